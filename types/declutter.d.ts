// The part of the wasm package's API that the type-checked JavaScript uses (content.js, and
// pages.js through the functions it is handed), so that `make lint` checks it without a wasm
// build: tsconfig.json maps the module name `declutter` here. The real declarations are
// pkg/declutter.d.ts (built by `make wasm` from src/wasm.rs); tsconfig.pkg.json maps the name to
// them, and `make typecheck-pkg` (in `make test`, after the wasm build) checks the same code
// against those, so this subset cannot drift from them unnoticed.

export type ClutterKind =
  | "ad" | "recommendation" | "navigation" | "social"
  | "comments" | "newsletter" | "consent" | "other";

export interface Article {
  title: string;
  byline: string | null;
  lang: string | null;
  content: string;
  text: string;
  markdown: string;
  length: number;
  readingMinutes: number;
}

export interface CleanOptions {
  url?: string;
  charThreshold?: number;
  filters?: string;
}

export interface ReaderOptions extends CleanOptions {
  theme?: "auto" | "light" | "dark" | "sepia";
  fontSize?: number;
  contentWidth?: number;
  fontFamily?: "serif" | "sans";
}

export interface DeclutterOptions extends CleanOptions {
  kinds?: ClutterKind[];
  observe?: boolean;
}

export interface DeclutterResult {
  removed: unknown[];
  hidden: number;
  filterErrors: unknown[];
}

export interface AllPagesOptions extends CleanOptions {
  maxPages?: number;
}

export function clean(html: string, options?: CleanOptions | null): Article;
export function cleanDocument(options?: CleanOptions | null): Article;
export function isProbablyReaderable(input: string | Document): boolean;
export function enterReaderMode(options?: ReaderOptions | null): Article;
export function exitReaderMode(): boolean;
export function isReaderModeOpen(): boolean;
export function toggleReadAloud(): boolean;
export function declutterPage(options?: DeclutterOptions | null): DeclutterResult;
export function restorePage(): boolean;
/** An article joined from its pages (`cleanAllPages`). */
export interface MultiPageArticle extends Article {
  pages: string[];
  pagesNote: string | null;
}
/** For pages.js: the live document's article joined with the further pages fetched. */
export function joinPages(urls: string[], htmls: string[], options?: CleanOptions | null): MultiPageArticle;
/** For pages.js: a further page for the reader view of `generation`; false stops following. */
export function appendReaderPage(generation: number, html: string, url: string): boolean;
export function setPageFetchFallback(
  fallback: ((url: string) => Promise<{ ok: boolean; status: number; url: string; headers: { get(name: string): string | null }; arrayBuffer(): Promise<ArrayBuffer> }>) | null,
): void;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export default function init(
  module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<unknown>;
