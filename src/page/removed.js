// "What was removed" in the reader view, in plain words: the core reports each removed block with
// a kind and a reason written for developers ("class/id `ad` matches ad pattern `ad`"); this
// module shows the kind as a person names it ("Ad", "Related links") and what gave the block away
// as a short clause ("the site labels it “ad”"), grouped by kind. Each entry can be shown again
// in the article (the wasm finds and sanitizes the live block, `placeShown` puts it back where it
// stood) or kept on this site from now on (`keepRule`: an `example.com#@#selector` exception that
// the core honours on the next run, handed to whoever stores rules through a cancelable
// `declutter:keep-rule` event on the document).

/** The kinds, in the order the panel lists them, as a person names them. */
const KIND_TITLES = /** @type {const} */ ([
  ["ad", "Ads"],
  ["consent", "Cookie notices"],
  ["newsletter", "Newsletter sign-ups and offers"],
  ["recommendation", "Related links"],
  ["social", "Share buttons"],
  ["comments", "Comments"],
  ["navigation", "Site navigation"],
  ["other", "Other page parts"],
]);

/** One entry's short title by kind. */
const KIND_NAMES = /** @type {Record<string, string>} */ ({
  ad: "Ad", consent: "Cookie notice", newsletter: "Newsletter sign-up", recommendation: "Related links",
  social: "Share buttons", comments: "Comments", navigation: "Site navigation", other: "Page extra",
});

/** Words a developer would use; none of them may reach the user. */
const JARGON = /`|matches|pattern|class\/id|link density|selector|iframe|<\/?[a-z]+>|role=|attribute/i;

/** Shortens a quoted label of the page for display (they can be long headings). @param {string} text */
const quote = (text) => `“${text.length > 48 ? `${text.slice(0, 47)}…` : text}”`;

/**
 * Rules from the shape of a core reason to the clause shown: [pattern, clause(match)]. The first
 * that matches wins; the patterns follow the reason formats of src/clutter/ (judge.rs, labels.rs,
 * mod.rs), src/filters/ (user rules) and src/page/layout.js (pinned layers).
 * @type {Array<[RegExp, (m: RegExpMatchArray) => string]>}
 */
const CLAUSES = [
  [/^filter rule `([^`]*)`/, () => "one of your rules hides it"],
  [/(?:labelled|heading|captioned) '([^']+)' over links to another site/, (m) => `headed ${quote(m[1])}, with links to another site`],
  [/heading '([^']+)' over a list of/, (m) => `headed ${quote(m[1])}, over a list of links`],
  [/figure captioned '([^']+)'/, (m) => `a picture captioned ${quote(m[1])}`],
  [/block labelled '([^']+)'/, (m) => `it says ${quote(m[1])}`],
  [/link list under a removed/, () => "links under a heading that was removed"],
  [/^class\/id `([^`]+)`/, (m) => `the site names it ${quote(m[1].replace(/[-_]+/g, " "))}`],
  [/^attribute `[^`]*` marks an ad slot/, () => "the site reserves it for ads"],
  [/known ad host \(([^)]*)\)/, (m) => `loaded from the ad server ${m[1]}`],
  [/^iframe from (\S+)/, (m) => `a frame from ${m[1]}`],
  [/iframe without source/, () => "an empty frame"],
  [/^<nav>/, () => "the site's menu"],
  [/^<aside>/, () => "a box beside the article"],
  [/^<footer>/, () => "the foot of the page"],
  [/^page <header>/, () => "the top of the page, without the headline"],
  [/^role="([a-z]+)"/, (m) => `the page marks it as ${ROLE_WORDS[m[1]] ?? "not part of the story"}`],
  [/^form with little text/, () => "a short form"],
  [/^page control/, () => "a button of the page"],
  [/fixed layer covering (\d+)%/, (m) => `it covered ${m[1]}% of the screen`],
  [/fixed or sticky bar with a promotion/, () => "a bar pinned over the page with an offer"],
];

/** @type {Record<string, string>} */
const ROLE_WORDS = {
  navigation: "navigation", banner: "the page's banner", contentinfo: "the page's footer",
  complementary: "a side box", dialog: "a dialog", alertdialog: "a dialog", search: "a search box",
};

/**
 * The clause that says what gave a block away, in plain words. Combined reasons ("a; b") use the
 * first part that reads; a reason already in plain words (the scorer's, the article edges') is
 * kept; anything else falls back to a clause by kind.
 * @param {string} kind
 * @param {string} reason
 */
export function plainReason(kind, reason) {
  for (const part of String(reason).split("; ")) {
    for (const [pattern, clause] of CLAUSES) {
      const match = part.match(pattern);
      if (match) return clause(match);
    }
    // The plain reasons of the article's edges say the kind first ("Related links: listed …"):
    // the clause is what follows the colon.
    const plain = part.includes(": ") ? part.slice(part.indexOf(": ") + 2) : part;
    if (plain && !JARGON.test(plain)) return plain.charAt(0).toLowerCase() + plain.slice(1);
  }
  return FALLBACK[kind] ?? "it does not read like the story";
}

/** @type {Record<string, string>} */
const FALLBACK = {
  ad: "it looks like an ad", consent: "it asks about cookies", newsletter: "it asks you to sign up",
  recommendation: "it points to other stories", social: "it asks you to share", comments: "readers' comments",
  navigation: "links around the site", other: "it does not read like the story",
};

/**
 * The "What was removed" panel (hidden until the toolbar's toggle opens it): heading, hint, and
 * the entries of `renderRemoved`.
 * @param {Document} doc
 * @param {string[]} kinds
 * @param {string[]} reasons
 * @param {Uint32Array | number[]} lengths
 */
export function removedPanel(doc, kinds, reasons, lengths) {
  const panel = doc.createElement("section");
  panel.className = "dr-removed";
  panel.id = "dr-removed";
  panel.hidden = true;
  panel.setAttribute("aria-labelledby", "dr-removed-title");
  const title = doc.createElement("h2");
  title.className = "dr-removed-title";
  title.id = "dr-removed-title";
  title.tabIndex = -1;
  title.textContent = "What was removed";
  const hint = doc.createElement("p");
  hint.className = "dr-removed-hint";
  hint.textContent = kinds.length
    ? "Show puts a block back into the article; Always keep on this site keeps it from now on."
    : "Nothing: the page had no clutter declutter recognized.";
  const list = doc.createElement("ul");
  list.className = "dr-removed-list";
  renderRemoved(list, kinds, reasons, lengths);
  panel.append(title, hint, list);
  return panel;
}

/**
 * Fills the panel's list: one group per kind (a heading and its entries), each entry with its
 * name, its clause, its size and the Show and "Always keep on this site" buttons (their
 * `data-action` is run by the wasm, which knows the blocks).
 * @param {HTMLElement} list the panel's list element
 * @param {string[]} kinds
 * @param {string[]} reasons
 * @param {Uint32Array | number[]} lengths
 */
function renderRemoved(list, kinds, reasons, lengths) {
  const doc = list.ownerDocument;
  for (const [kind, title] of KIND_TITLES) {
    const members = kinds.flatMap((entryKind, index) => (entryKind === kind ? [index] : []));
    if (!members.length) continue;
    const group = doc.createElement("li");
    group.className = "dr-removed-group";
    const heading = doc.createElement("h3");
    heading.className = `dr-kind dr-kind-${kind}`;
    heading.textContent = `${title} (${members.length})`;
    const entries = doc.createElement("ul");
    entries.className = "dr-removed-entries";
    for (const index of members) entries.append(entry(doc, kind, reasons[index], Number(lengths[index]), index));
    group.append(heading, entries);
    list.append(group);
  }
}

/** @param {Document} doc @param {string} kind @param {string} reason @param {number} length @param {number} index */
function entry(doc, kind, reason, length, index) {
  const item = doc.createElement("li");
  item.className = "dr-removed-entry";
  item.dataset.index = String(index);
  const text = doc.createElement("p");
  text.className = "dr-reason";
  const name = doc.createElement("strong");
  name.textContent = KIND_NAMES[kind] ?? "Page extra";
  const size = length > 0 ? ` · ${words(length)}` : "";
  text.append(name, `: ${plainReason(kind, reason)}${size}`);
  const actions = doc.createElement("div");
  actions.className = "dr-removed-actions";
  actions.append(
    actionButton(doc, "show-removed", index, "Show", `Show this ${(KIND_NAMES[kind] ?? "block").toLowerCase()} in the article`),
    actionButton(doc, "keep-removed", index, "Always keep on this site", `Always keep on this site: ${(KIND_NAMES[kind] ?? "block").toLowerCase()}`),
  );
  item.append(text, actions);
  return item;
}

/** "about 40 words" from a length in characters (six characters a word, spaces included). @param {number} chars */
function words(chars) {
  const count = Math.max(1, Math.round(chars / 6));
  return count === 1 ? "one word" : `about ${count} words`;
}

/** @param {Document} doc @param {string} action @param {number} index @param {string} text @param {string} label */
function actionButton(doc, action, index, text, label) {
  const button = doc.createElement("button");
  button.type = "button";
  button.dataset.action = action;
  button.dataset.index = String(index);
  button.textContent = text;
  button.setAttribute("aria-label", label);
  return button;
}

/**
 * Puts a removed block (`fragment`, sanitized from the live `block`) back into the article at
 * the place it stood: after the last article paragraph whose text comes before the block on the
 * live page, else before the first that comes after it, else at the article's end.
 * @param {ShadowRoot} shadow
 * @param {Element} block the live element on the page
 * @param {DocumentFragment} fragment
 * @param {number} index
 */
export function placeShown(shadow, block, fragment, index) {
  const content = shadow.querySelector(".dr-content");
  if (!content) return;
  const wrapper = shadow.ownerDocument.createElement("div");
  wrapper.className = "dr-shown";
  wrapper.dataset.index = String(index);
  wrapper.append(fragment);
  const anchors = [...content.querySelectorAll("p, h2, h3, h4, li, blockquote, figcaption")];
  const texts = anchors.map((anchor) => normalized(anchor.textContent).slice(0, 60)).filter((text) => text.length >= 20);
  const { before, after } = neighbours(block, new Set(texts));
  const find = (/** @type {string | null} */ text) => text === null ? null
    : anchors.find((anchor) => normalized(anchor.textContent).startsWith(text)) ?? null;
  const previous = blockOf(content, find(before));
  const next = blockOf(content, find(after));
  if (previous) previous.after(wrapper);
  else if (next) next.before(wrapper);
  else content.append(wrapper);
  wrapper.setAttribute("tabindex", "-1");
  wrapper.focus({ preventScroll: true });
  wrapper.scrollIntoView({ block: "start" });
  const button = shadow.querySelector(`[data-action="show-removed"][data-index="${index}"]`);
  if (button) {
    button.textContent = "Shown in the article";
    button.removeAttribute("aria-label");
    button.setAttribute("aria-disabled", "true");
  }
}

/** @param {string | null} text */
const normalized = (text) => String(text ?? "").replace(/\s+/g, " ").trim();

/** The block to put a shown block beside: the paragraph or heading itself, or the list, table,
 * quote or figure it is part of. @param {Element} content @param {Element | null} element */
function blockOf(content, element) {
  const whole = element?.parentElement?.closest("ul, ol, table, blockquote, figure");
  return whole && content.contains(whole) ? whole : element;
}

/**
 * The texts (their starts) of the article blocks nearest before and after `block` on the live
 * page, in document order.
 * @param {Element} block
 * @param {Set<string>} known
 */
function neighbours(block, known) {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  /** @type {string | null} */
  let before = null;
  /** @type {string | null} */
  let after = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = /** @type {Element} */ (node);
    if (block.contains(element)) continue;
    const text = normalized(element.textContent).slice(0, 60);
    if (!known.has(text)) continue;
    if (block.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) before = text;
    else if (after === null) after = text;
  }
  return { before, after };
}

/** Class names a build tool or framework generated, or that say a state: no good for a rule. */
const UNSTABLE = /\d{3,}|^(?:css|sc|jsx|svelte|emotion)-|__[A-Za-z0-9]{4,}$|^(?:is|has)-|active|open|visible|hidden/;

/**
 * A selector for the live `block` that finds it again after a reload: its id, else its tag and
 * stable classes when they single it out, else the core's child path.
 * @param {Element} block
 * @param {string} path the core's CSS path of the block
 */
export function stableSelector(block, path) {
  const doc = block.ownerDocument;
  const unique = (/** @type {string} */ selector) => {
    try {
      return doc.querySelectorAll(selector).length === 1 && doc.querySelector(selector) === block;
    } catch {
      return false;
    }
  };
  if (block.id && !UNSTABLE.test(block.id) && unique(`#${CSS.escape(block.id)}`)) return `#${CSS.escape(block.id)}`;
  const classes = [...block.classList].filter((name) => !UNSTABLE.test(name)).map((name) => `.${CSS.escape(name)}`);
  const tagged = `${block.localName}${classes.join("")}`;
  if (classes.length && unique(tagged)) return tagged;
  return path;
}

/** The site a keep rule is for: the page's host without `www.`; null off the web. */
function site() {
  const { protocol, hostname } = location;
  return /^(https?|file):$/.test(protocol) && hostname ? hostname.toLowerCase().replace(/^www\./, "") : null;
}

/**
 * "Always keep on this site": the rule `site#@#selector` for the live block, handed to the page
 * or extension that keeps rules through a cancelable `declutter:keep-rule` event whose detail is
 * the rule (a string, which crosses an extension's isolated world). Says in the entry whether it
 * was kept: nobody cancelling the event means nothing stores rules here.
 * @param {ShadowRoot} shadow
 * @param {Element | null} block the live element, when found
 * @param {string} path the core's CSS path of the block
 * @param {number} index
 * @returns {string | null} the rule, when a store took it
 */
export function keepRule(shadow, block, path, index) {
  const host = site();
  const button = shadow.querySelector(`[data-action="keep-removed"][data-index="${index}"]`);
  const say = (/** @type {string} */ text) => {
    if (button) {
      button.textContent = text;
      button.removeAttribute("aria-label");
      button.setAttribute("aria-disabled", "true");
    }
  };
  if (!host) {
    say("Cannot keep: this page has no site");
    return null;
  }
  const rule = `${host}#@#${block ? stableSelector(block, path) : path}`;
  const event = new CustomEvent("declutter:keep-rule", { detail: rule, cancelable: true, bubbles: true });
  const stored = !document.dispatchEvent(event);
  say(stored ? `Kept on ${host} from now on` : "Not kept: this page stores no rules");
  return stored ? rule : null;
}
