// Multi-page articles in the browser: finding and fetching the pages of `cleanAllPages()` and of
// the reader view's further pages.
//
// Starting from the live document, the next-page link is followed (`<link rel=next>`, `rel=next`
// anchors, "Next"/"Weiter"/"Nächste Seite"/"Suivant"/"Siguiente"/"Successivo" and numbered links
// in pagination blocks, "next page" phrases anywhere), same origin and the same article's URL
// only, each page fetched once. Joining is the core's (src/multipage/join.rs, the one join that
// `declutter --join` uses too): the fetched pages go to the wasm module's `joinPages`
// (`cleanAllPages`) or, one by one as they arrive, to `appendReaderPage` (the reader view, which
// extracts each page with its own options and joins it to the pages before).
//
// Why JavaScript: finding links in a DOM and fetching is what the browser does natively, and the
// same in Rust would add to the wasm module's size. scripts/finish-pkg.mjs copies this file into
// pkg/ and wires it to the module's exports (`multiPage({ joinPages, appendReaderPage })`);
// nothing here runs script of the pages: fetched HTML is parsed with DOMParser (inert) to find
// the next link, and read by the core.

/** Pages read at most, the first included, unless `maxPages` says otherwise. */
export const DEFAULT_MAX_PAGES = 10;

/** @typedef {import("declutter").CleanOptions} CleanOptions */
/** A fetched page: the URL it came from and its HTML. @typedef {{ url: string, html: string }} FetchedPage */

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

/**
 * `doc.querySelectorAll(selector)` through the prototype: a page's `<form name="querySelectorAll">`
 * or `<img name=…>` shadows the document's own methods (DOM clobbering).
 * @param {Document} doc
 * @param {string} selector
 */
function select(doc, selector) {
  return Document.prototype.querySelectorAll.call(doc, selector);
}

/** The page number the document's own pager marks as current. @param {Document} doc */
function currentPage(doc) {
  for (const element of select(doc, "[aria-current='page'], [class*='current'], .active")) {
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
  for (const link of select(doc, "link[rel][href]")) if (hasRelNext(link)) levels[0].push(link);
  for (const anchor of select(doc, "a[href]")) {
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
  const base = select(doc, "base[href]")[0]?.getAttribute("href");
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
 * Fetches the pages after page 1 (`firstUrl`), starting at `next`, and hands each to
 * `onPage(page)` (which returns false to stop: the page had no article, or the reader view
 * closed); resolves to `{ pages, note }`: the URLs used, page 1's first, and why it stopped early
 * (null at the article's last page).
 * @param {object} following
 * @param {string} following.firstUrl
 * @param {string | null} following.next
 * @param {number} following.maxPages
 * @param {(page: FetchedPage) => boolean} following.onPage
 * @returns {Promise<{ pages: string[], note: string | null }>}
 */
async function follow({ firstUrl, next, maxPages, onPage }) {
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
    if (!onPage({ url: landed.href, html: page.html })) return { pages, note: `${landed.href}: no article on the page` };
    pages.push(landed.href);
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

/**
 * The multi-page API over the wasm module's exports.
 * @param {object} exports
 * (internal exports, left out of the package's declarations: `cleanAllPages` and the reader
 * view are their public face)
 * @param {(urls: string[], htmls: string[], options?: import("declutter").CleanOptions | null) => import("declutter").MultiPageArticle} exports.joinPages
 * @param {(generation: number, html: string, url: string) => boolean} exports.appendReaderPage
 */
export function multiPage({ joinPages, appendReaderPage }) {
  /** @param {import("declutter").AllPagesOptions} options */
  async function cleanAllPages(options = {}) {
    const maxPages = maxPagesOf(options);
    const { maxPages: _, ...cleanOptions } = options ?? {};
    const firstUrl = pageUrl(cleanOptions.url ?? location.href)?.href ?? location.href;
    const next = nextPageUrl(document, firstUrl);
    /** @type {FetchedPage[]} */
    const fetched = [];
    const { note } = await follow({ firstUrl, next, maxPages, onPage: (page) => fetched.push(page) > 0 });
    const article = joinPages(fetched.map((page) => page.url), fetched.map((page) => page.html), { ...cleanOptions, url: firstUrl });
    return { ...article, pagesNote: article.pagesNote ?? note };
  }

  /** For the reader view (called by enterReaderMode through src/page/follow.js): fetches the
   * further pages for the view of `generation`, which joins and shows them while it stays open.
   * @param {string} url
   * @param {number} maxPages
   * @param {number} generation */
  function followInReader(url, maxPages, generation) {
    const firstUrl = pageUrl(url)?.href;
    if (!firstUrl || maxPages < 2) return;
    // After the view has shown page 1, and outside the wasm call that opened it: nothing the
    // page's markup does to the discovery can make opening the view fail.
    setTimeout(() => {
      Promise.resolve()
        .then(() => follow({ firstUrl, next: nextPageUrl(document, firstUrl), maxPages, onPage: (page) => appendReaderPage(generation, page.html, page.url) }))
        .then(({ note }) => note && console.warn(`declutter: further pages: ${note}`))
        .catch((error) => console.warn("declutter: further pages:", error));
    }, 0);
  }

  /** Sets (or with null, removes) what fetches a page when `fetch` fails: `(url) => Promise` of
   * a Response-like `{ ok, status, url, headers: { get }, arrayBuffer() }`.
   * @param {PageFetchFallback | null} fallback */
  function setPageFetchFallback(fallback) {
    fetchFallback = typeof fallback === "function" ? fallback : null;
  }

  return { cleanAllPages, followInReader, setPageFetchFallback };
}
