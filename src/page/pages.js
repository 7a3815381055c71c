// Multi-page articles in the browser: `cleanAllPages()` and the reader view's further pages.
//
// Starting from the live document, the next-page link is followed (`<link rel=next>`, `rel=next`
// anchors, "Next"/"Weiter"/"Nächste Seite"/"Suivant"/"Siguiente"/"Successivo" and numbered links
// in pagination blocks, "next page" phrases anywhere), same origin and the same article's URL
// only, each page fetched once. Each page is cleaned by the wasm module's `clean()`; page 2
// onwards lose the blocks at their top that repeat page 1 (headline, byline, standfirst, a
// "page 2 of 3" line) and every page loses its pagination blocks, as `declutter --join` does
// (src/multipage/join.rs: the same rules and the same word tables, kept in step by the e2e test
// that compares both on the same pages).
//
// Why JavaScript: finding links in a DOM, fetching and stitching strings is what the browser
// does natively, and the same in Rust cost 18 KB of the gzipped wasm module, whose size budget
// is spent. scripts/finish-pkg.mjs copies this file into pkg/ and wires it to the module's
// exports (`multiPage({ clean, cleanDocument, appendReaderPage })`); nothing here runs script
// of the pages: fetched HTML is parsed with DOMParser (inert) and cleaned by the core.

/** Pages read at most, the first included, unless `maxPages` says otherwise. */
export const DEFAULT_MAX_PAGES = 10;

/** @typedef {import("declutter").Article} Article */
/** @typedef {import("declutter").CleanOptions} CleanOptions */
/** @typedef {typeof import("declutter").clean} Clean */
/** What one page adds to the joined article. @typedef {{ content: string, text: string, markdown: string }} Part */

// ---- the words of pagination (src/multipage/words.rs has the same lists) ----

/** Whole link texts (or `aria-label`/`title`) of a next-page link in a pagination block. */
const NEXT_PHRASES = [
  "next", "next page", "go to next page", "weiter", "nächste", "nächste seite", "zur nächsten seite",
  "vor", "suivant", "suivante", "page suivante", "siguiente", "página siguiente", "pagina siguiente",
  "successivo", "successiva", "pagina successiva", "avanti", "volgende", "volgende pagina",
  "następna", "następna strona", "dalej", "próxima", "próxima página", "seguinte",
];
/** Phrases that name the next *page* on their own, trusted outside a pagination block too. */
const NEXT_PAGE_PHRASES = [
  "next page", "go to next page", "nächste seite", "zur nächsten seite", "page suivante",
  "página siguiente", "pagina successiva", "volgende pagina", "następna strona", "próxima página",
];
/** Class, id or aria-label fragments of a pagination block (`paginat` covers pagination and
 * paginator; not a bare `seiten`: `seitenleiste` is a sidebar). */
const PAGINATION_NAMES = [
  "paginat", "pager", "paging", "pagenav", "page-nav", "page-numbers", "page-links",
  "post-nav-links", "nav-links", "seitennavigation", "blaettern", "blättern", "paginacion",
  "paginazione", "seitenwahl", "seitenzahl",
];
/** What a pagination block is made of besides numbers. */
const PAGER_WORDS = new Set([
  "next", "weiter", "nächste", "suivant", "suivante", "siguiente", "successivo", "successiva",
  "avanti", "volgende", "następna", "dalej", "próxima", "seguinte",
  "previous", "prev", "back", "zurück", "vorherige", "vorige", "précédent", "précédente",
  "anterior", "precedente", "indietro", "poprzednia", "wstecz",
  "page", "pages", "seite", "seiten", "pagina", "página", "páginas", "pagine", "strona", "strony",
  "teil", "part",
  "of", "von", "de", "di", "sur", "z", "van", "go", "to", "zu", "zur", "auf", "à", "la",
  "first", "last", "erste", "letzte", "première", "dernière", "primera", "última", "prima",
  "ultima", "eerste", "laatste", "pierwsza", "ostatnia",
]);
/** "page" in a URL path before the number (`/page/2`, `/seite-2`, `_p2`). */
const URL_PAGE_WORDS = ["page", "seite", "pagina", "p", "pg", "teil", "part", "s"];
/** Query parameters holding the page (`start` and `offset` hold no page number). */
const PAGE_PARAMETERS = ["page", "p", "pg", "paged", "pageno", "pagenum", "currentpage", "pn", "seite", "pagina", "start", "offset"];
/** Page numbers of one article stay small; larger numbers in URLs are article ids. */
const MAX_PAGE_NUMBER = 50;
/** Extensions a page URL may end in before its page marker (`story-2.html`). */
const PAGE_EXTENSIONS = ["html", "htm", "shtml", "php", "asp", "aspx", "jsp"];
/** Ancestors looked at for a pagination block: pagers wrap their links in an item, a list and a
 * nav or div at most. */
const PAGER_DEPTH = 5;
/** A pager is a line of numbers and a few words; longer text is the story. */
const MAX_PAGER_TEXT = 200;

/** Lowercase words of letters and digits, one space apart. @param {string | null} text */
export function normalize(text) {
  return (String(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** The number a page link shows: "2", "[2]", "Seite 2". @param {string | null} text */
export function pageNumber(text) {
  const words = normalize(text).split(" ");
  const digits = words.length === 1 ? words[0] : words.length === 2 && PAGER_WORDS.has(words[0]) ? words[1] : "";
  const number = /^\d+$/.test(digits) ? Number(digits) : 0;
  return number > 0 ? number : null;
}

/**
 * For text of nothing but page numbers and pager words: [numbers, words]; else null.
 * @param {string} text
 * @returns {[number, number] | null}
 */
export function pagerCounts(text) {
  let numbers = 0;
  let words = 0;
  for (const word of normalize(text).split(" ").filter(Boolean)) {
    if (/^\d+$/.test(word)) numbers += 1;
    else if (PAGER_WORDS.has(word)) words += 1;
    else return null;
  }
  return numbers + words > 0 ? [numbers, words] : null;
}

// ---- URLs: is this another page of the same article? ----

/** `…/page` → `…`: a URL page word after a separator; null when there is none. @param {string} path */
function stripPageWord(path) {
  for (const word of URL_PAGE_WORDS) {
    const head = path.slice(0, -word.length);
    if (path.length > word.length && path.slice(-word.length).toLowerCase() === word && /[/_-]$/.test(head)) {
      return head.slice(0, -1);
    }
  }
  return null;
}

/** A path's trailing page marker: `/story/2` → ["/story", 2], `/story/page/3` → ["/story", 3],
 * `/story-123_p2` → ["/story-123", 2]. At most three digits: longer numbers are ids.
 * @param {string} path
 * @returns {[string, number] | null} */
export function splitMarker(path) {
  const digits = /\d+$/.exec(path)?.[0];
  if (!digits || digits.length > 3) return null;
  const rest = path.slice(0, -digits.length);
  const base = /[/_,=.-]$/.test(rest) ? stripPageWord(rest.slice(0, -1)) ?? rest.slice(0, -1) : stripPageWord(rest);
  return base !== null && base.length > 1 ? [base, Number(digits)] : null;
}

/**
 * The parts of an http(s) URL that tell whether it is a page of the same article.
 * @typedef {object} PageUrl
 * @property {string} origin
 * @property {string} path  without trailing slashes and page extension
 * @property {string} query  the query without page parameters
 * @property {string} search
 * @property {number | null} page  the page number in the query or the path's marker
 * @property {string | null} markerBase  the path before its page marker
 * @property {string} href  without the fragment
 */

/** The parts of an http(s) URL that tell whether it is a page of the same article.
 * @param {string} href
 * @returns {PageUrl | null} */
export function pageUrl(href) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  let path = url.pathname.replace(/\/+$/, "");
  const extension = /\.([a-z]+)$/i.exec(path.slice(path.lastIndexOf("/")));
  if (extension && PAGE_EXTENSIONS.includes(extension[1].toLowerCase())) path = path.slice(0, -extension[0].length);
  const query = [];
  /** @type {number | null} */
  let page = null;
  for (const [key, value] of url.searchParams) {
    const name = key.toLowerCase();
    if (!PAGE_PARAMETERS.includes(name)) query.push(`${key}=${value}`);
    else if (name !== "start" && name !== "offset" && /^\d+$/.test(value)) page = Number(value);
  }
  const marker = splitMarker(path);
  return {
    origin: url.origin, path, query: query.join("&"), search: url.search,
    page: page ?? marker?.[1] ?? null, markerBase: marker?.[0] ?? null,
    href: url.href.replace(/#.*$/, ""),
  };
}

/**
 * Whether `next` is a further page of the article that starts at `first`, seen from `current`.
 * @param {PageUrl | null} next
 * @param {PageUrl} current
 * @param {PageUrl} first
 * @returns {next is PageUrl}
 */
export function continues(next, current, first) {
  if (!next || next.origin !== first.origin || next.href === current.href || next.href === first.href) return false;
  /** @param {number | null} n */
  const small = (n) => n !== null && n <= MAX_PAGE_NUMBER;
  const samePath = next.path === first.path && next.query === first.query && next.search !== current.search;
  const marked = next.markerBase === first.path && small(next.page);
  const siblings = next.markerBase !== null && next.markerBase === first.markerBase && small(next.page) && small(first.page);
  return samePath || marked || siblings;
}

// ---- the next-page link of a document ----

/** @param {Element} element */
function hasRelNext(element) {
  return (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("next");
}

/** @param {Element} element */
function saysPager(element) {
  const text = element.textContent ?? "";
  if (text.length > MAX_PAGER_TEXT || element.querySelectorAll("a").length < 2) return false;
  return (pagerCounts(text)?.[0] ?? 0) >= 2;
}

/** @param {Element} element */
function isPager(element) {
  const named = ["class", "id", "aria-label"].some((name) => {
    const value = (element.getAttribute(name) ?? "").toLowerCase();
    return PAGINATION_NAMES.some((token) => value.includes(token));
  });
  return named || saysPager(element);
}

/** @param {Element} element */
function inPager(element) {
  for (let node = /** @type {Element | null} */ (element), depth = 0; node && depth <= PAGER_DEPTH; node = node.parentElement, depth += 1) {
    if (isPager(node)) return true;
  }
  return false;
}

/** The page number the document's own pager marks as current. @param {Document} doc */
function currentPage(doc) {
  for (const element of doc.querySelectorAll("[aria-current='page'], [class*='current'], .active")) {
    const number = inPager(element) ? pageNumber(element.textContent) : null;
    if (number) return number;
  }
  return null;
}

/**
 * Links that may lead to the next page, strongest signal first, document order within one.
 * @param {Document} doc
 * @param {number} current
 */
function candidates(doc, current) {
  /** @type {Element[][]} */
  const levels = [[], [], [], [], []];
  for (const link of doc.querySelectorAll("link[rel][href]")) if (hasRelNext(link)) levels[0].push(link);
  for (const anchor of doc.querySelectorAll("a[href]")) {
    const text = anchor.textContent ?? "";
    const label = normalize(normalize(text) ? text : anchor.getAttribute("aria-label") || anchor.getAttribute("title") || "");
    if (hasRelNext(anchor)) levels[1].push(anchor);
    if (inPager(anchor)) {
      if (NEXT_PHRASES.includes(label)) levels[2].push(anchor);
      else if (pageNumber(text) === current + 1) levels[3].push(anchor);
    }
    if (NEXT_PAGE_PHRASES.includes(label)) levels[4].push(anchor);
  }
  return levels.flat();
}

/**
 * The URL of the page after `url` in `doc` that belongs to the article starting at `firstUrl`.
 * @param {Document} doc
 * @param {string} url
 * @returns {string | null}
 */
export function nextPageUrl(doc, url, firstUrl = url) {
  const current = pageUrl(url);
  if (!current) return null;
  const first = pageUrl(firstUrl) ?? current;
  const base = doc.querySelector("base[href]")?.getAttribute("href");
  const against = base ? new URL(base, url).href : url;
  const number = currentPage(doc) ?? current.page ?? 1;
  for (const element of candidates(doc, number)) {
    let href;
    try {
      href = new URL(/** @type {string} candidates have one */ (element.getAttribute("href")), against).href;
    } catch {
      continue;
    }
    const next = pageUrl(href);
    if (continues(next, current, first)) return next.href;
  }
  return null;
}

// ---- joining (src/multipage/join.rs does the same for `declutter --join`) ----

/** Page 1 blocks that later pages may repeat (standfirst, author box, lead figure). */
const HEADER_BLOCKS = 8;
/** At most this many blocks at the top of a later page go as repeats. */
const MAX_REPEATED = 6;
/** Pagination blocks looked for at either end of a page. */
const PAGER_BLOCKS = 3;
/** Words a byline line may have besides the name. */
const BYLINE_EXTRA_WORDS = 6;
const WRAPPERS = ["div", "article", "section", "main"];
/** Words and CJK characters read per minute (article::reading_minutes). */
const WORDS_PER_MINUTE = 220;
const CJK_PER_MINUTE = 500;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f\uff66-\uff9d]/u;

/** @param {Node} node @returns {node is Element} */
function isElement(node) {
  return node.nodeType === Node.ELEMENT_NODE;
}

/** Text of a node with a space where tags were, collapsed. @param {Node} node */
function textOf(node) {
  if (node.nodeType === Node.TEXT_NODE) return /** @type {Text} */ (node).data.replace(/\s+/g, " ").trim();
  const pieces = [];
  const walker = /** @type {Document} */ (node.ownerDocument).createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const nextText = () => /** @type {Text | null} */ (walker.nextNode());
  for (let text = nextText(); text; text = nextText()) pieces.push(text.data);
  return pieces.join(" ").replace(/\s+/g, " ").trim();
}

/** @param {Node} node */
function isBlank(node) {
  return node.nodeType !== Node.ELEMENT_NODE && !(node.textContent ?? "").trim();
}

/** The parent of an article's top-level blocks: its content, looking through single wrappers.
 * @param {Node} fragment */
function blocksParent(fragment) {
  let parent = fragment;
  for (let level = 0; level < 4; level += 1) {
    const items = Array.from(parent.childNodes).filter((node) => !isBlank(node));
    const only = items.length === 1 ? items[0] : null;
    if (!only || !isElement(only) || !WRAPPERS.includes(only.localName)) break;
    parent = only;
  }
  return parent;
}

/** @param {Node} node */
function hasLink(node) {
  return isElement(node) && (node.localName === "a" || node.querySelector("a") !== null);
}

/** @param {Node} node */
function isPagerBlock(node) {
  const counts = pagerCounts(textOf(node));
  if (!counts) return false;
  return hasLink(node) ? counts[1] > 0 || counts[0] >= 2 : counts[1] > 0 && counts[0] > 0;
}

/** @param {Node} node */
function keyOf(node) {
  const text = normalize(textOf(node));
  return text || ((isElement(node) ? node.outerHTML : node.textContent) ?? "").trim();
}

/** @param {string} text */
function withoutPageWords(text) {
  return normalize(text).split(" ").filter((word) => !PAGER_WORDS.has(word) && !/^\d+$/.test(word)).join(" ");
}

/** @param {string} text @param {string} title */
function isTitle(text, title) {
  const block = withoutPageWords(text);
  return block !== "" && block === withoutPageWords(title);
}

/** @param {string} text @param {string} byline */
function isByline(text, byline) {
  const names = normalize(byline).split(" ").filter(Boolean);
  const words = normalize(text).split(" ");
  return names.length > 0 && words.length <= names.length + BYLINE_EXTRA_WORDS && names.every((n) => words.includes(n));
}

/** @param {string} text */
export function readingMinutes(text) {
  if (!text.trim()) return 0;
  const cjk = Array.from(text).filter((c) => CJK.test(c)).length;
  const words = text.split(/\s+/).filter((w) => w && !Array.from(w).every((c) => CJK.test(c))).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE));
}

/** @param {string[]} pieces @param {string} separator */
function joined(pieces, separator) {
  return pieces.map((piece) => piece.trim()).filter(Boolean).join(separator);
}

/** Joins the articles of consecutive pages as they arrive. `clean` is the wasm module's. */
export class Joiner {
  /** @param {Article} first @param {Clean} clean */
  constructor(first, clean) {
    this.first = first;
    this.clean = clean;
    const parent = blocksParent(this.parse(first.content));
    this.headerKeys = Array.from(parent.childNodes).filter((node) => !isBlank(node)).slice(0, HEADER_BLOCKS).map(keyOf);
    this.parts = [this.partOf(first, false)];
  }

  /** The article HTML as the body of an inert document (DOMParser: nothing in it runs or loads).
   * @param {string} html */
  parse(html) {
    return new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, "text/html").body;
  }

  /** @param {Node} node */
  repeats(node) {
    const text = textOf(node);
    return this.headerKeys.includes(keyOf(node)) || isTitle(text, this.first.title)
      || (this.first.byline != null && isByline(text, this.first.byline));
  }

  /**
   * The page's body without pagination blocks and, for later pages, without repeats.
   * @param {Article} page
   * @param {boolean} later
   * @returns {Part}
   */
  partOf(page, later) {
    const body = this.parse(page.content);
    const items = Array.from(blocksParent(body).childNodes);
    /** @type {ChildNode[]} */
    const dropped = [];
    let index = 0;
    for (const item of items) {
      if (isBlank(item)) continue;
      if (!(isPagerBlock(item) || (later && index < MAX_REPEATED && this.repeats(item)))) break;
      dropped.push(item);
      index += 1;
    }
    const rest = items.filter((item) => !dropped.includes(item) && !isBlank(item));
    for (const item of rest.reverse().slice(0, PAGER_BLOCKS)) {
      if (!isPagerBlock(item)) break;
      dropped.push(item);
    }
    if (dropped.length === 0) return { content: page.content, text: page.text, markdown: page.markdown };
    for (const item of dropped) item.remove();
    const cut = this.clean(body.innerHTML, { charThreshold: 0 });
    return { content: cut.content, text: cut.text, markdown: cut.markdown };
  }

  /** Appends the next page; returns what it adds. @param {Article} page */
  add(page) {
    const part = this.partOf(page, true);
    this.parts.push(part);
    return part;
  }

  /** The joined article. */
  article() {
    const text = joined(this.parts.map((part) => part.text), "\n\n");
    const markdown = joined(this.parts.map((part) => part.markdown), "\n\n");
    return {
      ...this.first,
      content: this.parts.map((part) => part.content).join("\n"),
      text,
      markdown: markdown ? `${markdown}\n` : "",
      length: Array.from(text).length,
      readingMinutes: readingMinutes(text),
    };
  }
}

// ---- fetching ----

/** The charset of a response: its Content-Type, else a `<meta charset>` in the first bytes.
 * @param {string} contentType
 * @param {Uint8Array} bytes */
function charsetOf(contentType, bytes) {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType);
  if (declared) return declared[1];
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? "utf-8";
}

/** @param {Uint8Array} bytes @param {string} charset */
function decode(bytes, charset) {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // an unknown label
  }
}

/**
 * What `fetch` answers, as far as a page fetch reads it; a fallback answers the same.
 * @typedef {object} PageResponse
 * @property {boolean} ok
 * @property {number} status
 * @property {string} url
 * @property {{ get(name: string): string | null }} headers
 * @property {() => Promise<ArrayBuffer>} arrayBuffer
 */
/** @typedef {(url: string) => Promise<PageResponse>} PageFetchFallback */

/** Asked for a page when `fetch` itself fails (see `setPageFetchFallback`).
 * @type {PageFetchFallback | null} */
let fetchFallback = null;

/** What went wrong, for a note: an error's message, else what was thrown. @param {unknown} error */
function reason(error) {
  return /** @type {{ message?: unknown } | null | undefined} */ (error)?.message ?? error;
}

/** `fetch`, and the fallback when the request could not be made at all (a network error, which
 * is also what a page's CSP gives an extension's content script in Firefox).
 * @param {string} url
 * @returns {Promise<PageResponse>} */
async function request(url) {
  try {
    return await fetch(url, { credentials: "same-origin", redirect: "follow", headers: { Accept: "text/html" } });
  } catch (error) {
    if (!fetchFallback) throw error;
    return fetchFallback(url);
  }
}

/** Fetches a page (same-origin credentials, redirects followed): `{ url, html }`; throws with a
 * short reason when the request fails, the status is not 2xx or the response is not HTML.
 * @param {string} url */
async function fetchPage(url) {
  const response = await request(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  if (type && !/html/i.test(type)) throw new Error(`not an HTML page (${type})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { url: response.url || url, html: decode(bytes, charsetOf(type, bytes)) };
}

/**
 * Follows the pages after page 1 (held by `joiner`), calling `onPage(part, number)` for each
 * (it returns false to stop); resolves to `{ pages, note }`: the URLs used and why it stopped
 * early (null at the article's last page).
 * @param {object} following
 * @param {Joiner} following.joiner
 * @param {string} following.firstUrl
 * @param {string | null} following.next
 * @param {number} following.maxPages
 * @param {CleanOptions} following.options
 * @param {Clean} following.clean
 * @param {(part: Part, number: number) => boolean} following.onPage
 * @returns {Promise<{ pages: string[], note: string | null }>}
 */
async function follow({ joiner, firstUrl, next, maxPages, options, clean, onPage }) {
  const pages = [firstUrl];
  const first = pageUrl(firstUrl);
  while (next) {
    if (pages.includes(next)) return { pages, note: null }; // a loop: every page read once
    if (pages.length >= maxPages) return { pages, note: `stopped after ${pages.length} pages (maxPages); next: ${next}` };
    let page;
    try {
      page = await fetchPage(next);
    } catch (error) {
      return { pages, note: `${next}: ${reason(error)}` };
    }
    const landed = pageUrl(page.url);
    if (!landed || landed.origin !== first?.origin || pages.includes(landed.href)) {
      return { pages, note: `${next}: redirected to ${page.url}` };
    }
    let article;
    try {
      article = clean(page.html, { ...options, url: landed.href });
    } catch (error) {
      return { pages, note: `${landed.href}: ${reason(error)}` };
    }
    if (!article.content.trim()) return { pages, note: `${landed.href}: no article on the page` };
    pages.push(landed.href);
    if (onPage(joiner.add(article), pages.length) === false) return { pages, note: "stopped" };
    const parsed = new DOMParser().parseFromString(page.html, "text/html");
    next = nextPageUrl(parsed, landed.href, firstUrl);
  }
  return { pages, note: null };
}

/** @param {{ maxPages?: number | null } | null | undefined} options */
function maxPagesOf(options) {
  const max = options?.maxPages;
  if (max === undefined || max === null) return DEFAULT_MAX_PAGES;
  if (!Number.isInteger(max) || max < 1) throw new Error("declutter: invalid options: `maxPages` must be a whole number, 1 or more");
  return max;
}

/** "Page" on the reader view's separators, in the article's language. */
/** @type {Record<string, string | undefined>} */
const PAGE_WORDS = { de: "Seite", fr: "Page", es: "Página", it: "Pagina", nl: "Pagina", pl: "Strona", pt: "Página" };

/** @param {string | null | undefined} lang */
function pageWord(lang) {
  return PAGE_WORDS[String(lang ?? "").split(/[-_]/)[0].toLowerCase()] ?? "Page";
}

/** The open reader view's reading time, for the joined article: every label ("5 min read",
 * "5 Min. Lesezeit", "مدة القراءة: 5 د") holds the number once.
 * @param {number} minutes */
function updateReadingTime(minutes) {
  const label = document.querySelector("declutter-reader")?.shadowRoot?.querySelector(".dr-reading-time");
  if (label) label.textContent = (label.textContent ?? "").replace(/\d+/, String(minutes));
}

/**
 * The multi-page API over the wasm module's exports.
 * @param {object} exports
 * @param {Clean} exports.clean
 * @param {typeof import("declutter").cleanDocument} exports.cleanDocument
 * @param {(generation: number, separator: string, content: string, markdown: string) => boolean} exports.appendReaderPage
 */
export function multiPage({ clean, cleanDocument, appendReaderPage }) {
  /** @param {import("declutter").AllPagesOptions} options */
  async function cleanAllPages(options = {}) {
    const maxPages = maxPagesOf(options);
    const { maxPages: _, ...cleanOptions } = options ?? {};
    const firstUrl = pageUrl(cleanOptions.url ?? location.href)?.href ?? location.href;
    const joiner = new Joiner(cleanDocument({ ...cleanOptions, url: firstUrl }), clean);
    const next = nextPageUrl(document, firstUrl);
    const { pages, note } = await follow({ joiner, firstUrl, next, maxPages, options: cleanOptions, clean, onPage: () => true });
    return { ...joiner.article(), pages, pagesNote: note };
  }

  /** For the reader view (called by enterReaderMode through src/page/follow.js): appends the
   * further pages to the view of `generation` while it stays open.
   * @param {string} url
   * @param {number} maxPages
   * @param {number} generation */
  function followInReader(url, maxPages, generation) {
    // After the view has shown page 1, and outside the wasm call that opened it.
    setTimeout(() => startInReader(url, maxPages, generation), 0);
  }

  /** @param {string} url @param {number} maxPages @param {number} generation */
  function startInReader(url, maxPages, generation) {
    const firstUrl = pageUrl(url)?.href;
    const next = firstUrl && nextPageUrl(document, firstUrl);
    if (!next || maxPages < 2) return;
    const joiner = new Joiner(cleanDocument({ url: firstUrl }), clean);
    /** @param {Part} part @param {number} number */
    const show = (part, number) => {
      const sofar = joiner.article();
      const separator = number > 0 ? `${pageWord(joiner.first.lang)} ${number}` : "";
      if (!appendReaderPage(generation, separator, part.content, sofar.markdown)) return false;
      updateReadingTime(sofar.readingMinutes);
      return true;
    };
    const firstPart = joiner.parts[0];
    if (firstPart.content !== joiner.first.content && !show(firstPart, 0)) return; // page 1's pager goes
    follow({ joiner, firstUrl, next, maxPages, options: {}, clean, onPage: show })
      .then(({ note }) => note && note !== "stopped" && console.warn(`declutter: further pages: ${note}`))
      .catch((error) => console.warn("declutter: further pages:", error));
  }

  /** Sets (or with null, removes) what fetches a page when `fetch` fails: `(url) => Promise` of
   * a Response-like `{ ok, status, url, headers: { get }, arrayBuffer() }`.
   * @param {PageFetchFallback | null} fallback */
  function setPageFetchFallback(fallback) {
    fetchFallback = typeof fallback === "function" ? fallback : null;
  }

  return { cleanAllPages, followInReader, setPageFetchFallback };
}
