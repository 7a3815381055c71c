// Fixed and sticky layers for in-place mode (src/page/overlays.rs), and the scroll lock.
//
// The core reads markup, and a subscription wall, an ad-blocker layer, an app banner or a sticky
// "Subscribe" bar is often a plain <div> that the site's CSS pins over the page: the reader view
// drops it because it is not the article, in-place mode finds it by what the browser lays out.
// Written in JS: the same walk and tables through web-sys bindings cost about 2 KB of the gzipped
// wasm, whose size budget is spent.

/** Share of the window a layer must cover to be a wall over the article: a cookie box or a
 * bottom bar covers a tenth or less, walls and their backdrops most of it. */
const COVERING_SHARE = 0.3;
/** Share of the article's length from which an element holds the article (app shells that
 * scroll the story inside a fixed frame): never hidden. */
const ARTICLE_SHARE = 0.5;
/** Longest text of a bar or box hidden for what it says; longer fixed blocks are content. */
const BAR_MAX_TEXT = 600;
/** Links from which a pinned bar is a menu: sticky navigation stays. */
const NAV_MIN_LINKS = 4;
/** Our own UI, never judged: the reader view, the demo's and the extension's buttons, toasts
 * and frames, the picker. */
const OWN_UI = "declutter-reader, [data-declutter-ui], [data-declutter-button], [data-declutter-page-button], "
  + "#declutter-extension-frame, #declutter-extension-toast";

/**
 * Words of promotions on pinned bars and boxes (lowercased text, padded with spaces), with the
 * kind they make the block. Prompts to subscribe, register or install the app are `newsletter`,
 * the kind of subscription prompts.
 */
const LAYER_WORDS = [
  ["ad blocker", "ad"], ["ad-blocker", "ad"], ["adblock", "ad"], ["werbeblocker", "ad"],
  ["bloqueur de pub", "ad"], ["bloqueador de anuncios", "ad"],
  ["cookies", "consent"], ["datenschutzeinstellungen", "consent"],
  ["subscri", "newsletter"], ["abonn", "newsletter"], [" abo ", "newsletter"], ["abo abschließen", "newsletter"],
  ["suscri", "newsletter"], ["abbona", "newsletter"], ["newsletter", "newsletter"],
  ["free stories", "newsletter"], ["free articles", "newsletter"], ["keep reading", "newsletter"],
  ["weiterlesen", "newsletter"], ["registrieren", "newsletter"], ["sign up", "newsletter"],
  ["in our app", "newsletter"], ["open in app", "newsletter"], ["get the app", "newsletter"],
  ["in der app", "newsletter"], ["app öffnen", "newsletter"],
];

/** Whether the page pins the element (`position: fixed` or `sticky`) and shows it.
 * @param {Element} element */
export function isPinned(element) {
  const style = getComputedStyle(element);
  return (style.position === "fixed" || style.position === "sticky")
    && style.display !== "none" && style.visibility !== "hidden";
}

/** Whether the element's computed `overflow-y` stops the page from scrolling.
 * @param {Element} element */
export function locksScrolling(element) {
  const overflow = getComputedStyle(element).overflowY;
  return overflow === "hidden" || overflow === "clip";
}

/** Share of the window's area the element's box covers (0 to 1). @param {Element} element */
function coveredShare(element) {
  const rect = element.getBoundingClientRect();
  const width = Math.min(rect.right, innerWidth) - Math.max(rect.left, 0);
  const height = Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0);
  return width > 0 && height > 0 ? (width * height) / (innerWidth * innerHeight) : 0;
}

/** A menu or the site's header: kept unless the caller hides navigation (the core reports it).
 * @param {Element} element */
function isNavigation(element) {
  return /^(nav|header)$/.test(element.localName)
    || /^(navigation|banner|menubar|menu)$/.test(element.getAttribute("role") ?? "")
    || element.querySelector("nav, [role=navigation]") !== null
    || element.getElementsByTagName("a").length >= NAV_MIN_LINKS;
}

/** The kind a pinned block's text makes it, or null. @param {string} text */
function kindOf(text) {
  const lower = ` ${text.toLowerCase()} `;
  return LAYER_WORDS.find(([word]) => lower.includes(word))?.[1] ?? null;
}

/**
 * What a pinned element is hidden as (`[kind, reason]`), or null when it stays.
 * @param {Element} element
 * @param {string[]} kinds
 * @param {number} articleLength
 * @returns {[string, string] | null}
 */
function judge(element, kinds, articleLength) {
  const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
  if ((articleLength > 0 && text.length >= ARTICLE_SHARE * articleLength) || isNavigation(element)) return null;
  const covered = coveredShare(element);
  const kind = kindOf(text);
  if (covered >= COVERING_SHARE) return [kind ?? "other", `fixed layer covering ${Math.round(covered * 100)}% of the window`];
  if (kind && kinds.includes(kind) && text.length <= BAR_MAX_TEXT) return [kind, "fixed or sticky bar with a promotion"];
  return null;
}

/** The element's path in the core's form: `html > body:nth-child(2) > div:nth-child(3)`.
 * @param {Element} element */
function pathOf(element) {
  const steps = [];
  for (let node = element; node.parentElement; node = /** @type {Element} */ (node.parentElement)) {
    steps.unshift(`${node.localName}:nth-child(${[...node.parentElement.children].indexOf(node) + 1})`);
  }
  return [document.documentElement.localName, ...steps].join(" > ");
}

/**
 * The pinned layers of the body to hide, outermost first, none inside `skip` (a selector) or
 * our own UI: a
 * flat array of element, kind, reason, path, element, kind, reason, path, ... `kinds` are the
 * kinds hidden (space-separated names); a layer covering the window is hidden whatever it says.
 * @param {string} skip
 * @param {string} kinds
 * @param {number} articleLength
 * @returns {(Element | string)[]}
 */
export function pinnedLayers(skip, kinds, articleLength) {
  /** @type {(Element | string)[]} */
  const found = [];
  /** @type {Element | null} */
  let last = null;
  for (const element of document.body?.querySelectorAll("*") ?? []) {
    // Preorder: the descendants of a pinned element come right after it.
    if ((last && last.contains(element)) || element.closest(`${skip}, ${OWN_UI}`) || !isPinned(element)) continue;
    last = element;
    const verdict = judge(element, kinds.split(" "), articleLength);
    if (verdict) found.push(element, ...verdict, pathOf(element));
  }
  return found;
}
