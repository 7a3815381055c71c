// The reader view's behaviour that needs no core: the wasm builds the view and its toolbar, then
// calls attachReaderUi; closing calls detachReaderUi first. Kept in JavaScript for the wasm's
// size. It
// - fits the view to the screen: a page without a mobile viewport (`<meta name=viewport
//   content="width=device-width">`) is laid out 980 px wide and shown zoomed out on a phone, and
//   the view, fixed to that layout viewport, would be as wide; while the view is open the page
//   gets `width=device-width`, and its own viewport comes back on close;
// - hides the toolbar while the reader scrolls down and brings it back on scrolling up (not under
//   prefers-reduced-motion, where nothing moves by itself);
// - runs the toolbar's menus (`<details>`): one open at a time, closed by a click elsewhere;
// - builds the outline of an article with three or more headings;
// - says when the result looks unreliable (not an article, or much less text than the page's
//   paragraphs) and offers in-place mode;
// - runs the reading aids: line focus, spacing, kept with the other settings.

const DEVICE_WIDTH = "width=device-width, initial-scale=1";

/** @typedef {{ shadow: ShadowRoot, root: HTMLElement, undo: Array<() => void>, storageKey: string }} Ui */
/** @type {Ui | null} */
let ui = null;

/**
 * Sets up the open view. `pageKind` and `textLength` are the article's (for the notice).
 * @param {ShadowRoot} shadow
 * @param {string} storageKey localStorage key of the reader settings
 * @param {string} pageKind
 * @param {number} textLength
 */
export function attachReaderUi(shadow, storageKey, pageKind, textLength) {
  detachReaderUi();
  const root = /** @type {HTMLElement | null} */ (shadow.querySelector(".dr-root"));
  if (!root) return;
  const current = { shadow, root, undo: /** @type {Array<() => void>} */ ([]), storageKey };
  ui = current;
  current.undo.push(fitViewport(root.ownerDocument));
  current.undo.push(autoHideToolbar(root));
  current.undo.push(runMenus(shadow, root));
  buildOutline(shadow);
  noticeIfUnreliable(shadow, pageKind, textLength);
  current.undo.push(readingAids(shadow, root, storageKey));
}

/** Undoes what attachReaderUi did to the page (the viewport); the view itself is going away. */
export function detachReaderUi() {
  const current = ui;
  ui = null;
  for (const undo of current?.undo.reverse() ?? []) undo();
}

// ---- the toolbar's controls ----

/**
 * @typedef {[action: string, text: string, label?: string]} Control
 * A button: its `data-action` (run by the wasm) or `ui:name:value` (run here), its visible text
 * and, where the text is a symbol, its spoken name.
 */

/** @param {Document} doc @param {string} tag @param {string} [className] @param {string} [text] */
function make(doc, tag, className, text) {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A symbol, and a word narrow screens hide visually (it stays the control's name).
 * @param {Document} doc @param {string} icon @param {string} word */
function iconLabel(doc, icon, word) {
  const symbol = make(doc, "span", "dr-icon", icon);
  symbol.setAttribute("aria-hidden", "true");
  return [symbol, make(doc, "span", "dr-label", word)];
}

/** @param {Document} doc @param {Control} control */
function controlButton(doc, [action, text, label]) {
  const button = make(doc, "button", "", text);
  button.setAttribute("type", "button");
  if (action.startsWith("ui:")) {
    const [, kind, value] = action.split(":");
    button.dataset.ui = kind;
    button.dataset.value = value;
    button.setAttribute("aria-pressed", "false");
  } else {
    button.dataset.action = action;
    if (action.startsWith("theme-")) button.className = `dr-swatch-${action.slice(6)}`;
  }
  if (label) {
    button.setAttribute("aria-label", label);
    button.title = label;
  }
  return button;
}

/** A labelled group of buttons. @param {Document} doc @param {string} label @param {Control[]} controls */
function group(doc, label, controls) {
  const element = make(doc, "div", "dr-group");
  element.setAttribute("role", "group");
  element.setAttribute("aria-label", label);
  const caption = make(doc, "span", "dr-group-label", label);
  caption.setAttribute("aria-hidden", "true");
  element.append(caption, ...controls.map((control) => controlButton(doc, control)));
  return element;
}

/** A toolbar menu: `<details>` with a summary and a panel (keyboard accessible as it is).
 * @param {Document} doc @param {string} className @param {string} icon @param {string} word @param {string} title */
function menu(doc, className, icon, word, title) {
  const details = make(doc, "details", `dr-menu ${className}`);
  const summary = make(doc, "summary");
  summary.title = title;
  summary.append(...iconLabel(doc, icon, word));
  const panel = make(doc, "div", "dr-menu-panel");
  panel.setAttribute("role", "group");
  panel.setAttribute("aria-label", title);
  details.append(summary, panel);
  return { details, panel };
}

/**
 * The toolbar, one slim row: Close, the Display menu, the Contents menu (filled when the article
 * has headings enough), Read aloud (speech.js runs it), the status, "What was removed" and the
 * More menu with the less-used actions. The wasm appends it and sets the pressed states.
 * @param {Document} doc
 * @param {number} removed how many blocks were removed
 */
export function buildToolbar(doc, removed) {
  const toolbar = make(doc, "div", "dr-toolbar");
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", "Reader view settings");
  const close = controlButton(doc, ["close", "", "Close reader view (Escape)"]);
  close.className = "dr-close";
  close.append(...iconLabel(doc, "✕", "Close"));
  const display = menu(doc, "dr-settings", "Aa", "Display", "Display settings");
  display.panel.append(
    group(doc, "Theme", [["theme-light", "Light"], ["theme-dark", "Dark"], ["theme-sepia", "Sepia"]]),
    group(doc, "Text size", [["text-smaller", "A−", "Smaller text"], ["text-larger", "A+", "Larger text"]]),
    group(doc, "Width", [["narrower", "→←", "Narrower column"], ["wider", "←→", "Wider column"]]),
    group(doc, "Font", [["font-serif", "Serif"], ["font-sans", "Sans"], ["font-legible", "Legible", "Legible (Atkinson Hyperlegible)"]]),
    group(doc, "Spacing", [["ui:spacing:normal", "Normal"], ["ui:spacing:wide", "Wide"], ["ui:spacing:wider", "Wider"]]),
    group(doc, "Line focus", [["ui:focus:0", "Off", "Line focus off"], ["ui:focus:1", "1", "Focus on 1 line"], ["ui:focus:3", "3", "Focus on 3 lines"], ["ui:focus:5", "5", "Focus on 5 lines"]]),
  );
  const outline = menu(doc, "dr-outline", "☰", "Contents", "Outline of the article");
  outline.details.hidden = true;
  const readAloud = make(doc, "button", "dr-read-aloud");
  readAloud.setAttribute("type", "button");
  readAloud.setAttribute("aria-label", "Read aloud");
  readAloud.setAttribute("aria-pressed", "false");
  readAloud.append(...iconLabel(doc, "▶", " Read aloud"));
  const status = make(doc, "span", "dr-status");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const toggle = controlButton(doc, ["toggle-removed", "", `What was removed (${removed})`]);
  toggle.removeAttribute("title");
  toggle.append(...iconLabel(doc, "Removed", "What was removed"), make(doc, "span", "dr-count", ` (${removed})`));
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", "dr-removed");
  const more = menu(doc, "dr-more", "⋯", "More", "More actions");
  more.panel.append(...[["copy-markdown", "Copy as Markdown"], ["save-html", "Save article"], ["save-markdown", "Save Markdown"], ["print", "Print"]]
    .map((control) => controlButton(doc, /** @type {Control} */ (control))));
  toolbar.append(close, display.details, outline.details, readAloud, make(doc, "span", "dr-spacer"), status, toggle, more.details);
  return toolbar;
}

// ---- the viewport ----

/**
 * Gives a page without a mobile viewport one while the view is open; returns what puts the
 * page's own back. A page whose viewport already says `width=device-width` is left alone.
 * @param {Document} doc
 */
function fitViewport(doc) {
  const metas = [...doc.querySelectorAll("meta[name='viewport' i]")];
  const mobile = metas.some((meta) => /(^|[\s,])width\s*=\s*device-width/i.test(meta.getAttribute("content") ?? ""));
  if (mobile) return () => {};
  const last = /** @type {HTMLMetaElement | undefined} */ (metas.at(-1));
  if (last) {
    const own = last.getAttribute("content");
    last.setAttribute("content", DEVICE_WIDTH);
    return () => (own === null ? last.removeAttribute("content") : last.setAttribute("content", own));
  }
  const meta = doc.createElement("meta");
  meta.name = "viewport";
  meta.content = DEVICE_WIDTH;
  meta.dataset.declutterUi = "";
  (doc.head ?? doc.documentElement).append(meta);
  return () => meta.remove();
}

// ---- the toolbar ----

/** How far (CSS px) the reader scrolls in one direction before the toolbar hides or comes back:
 * less would make it flicker on the small jitter of touch scrolling. */
const SCROLL_HYSTERESIS = 12;

/** @param {HTMLElement} root */
function autoHideToolbar(root) {
  const toolbar = /** @type {HTMLElement | null} */ (root.querySelector(".dr-toolbar"));
  const motion = root.ownerDocument.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)");
  if (!toolbar) return () => {};
  let last = root.scrollTop;
  const onScroll = () => {
    const y = root.scrollTop;
    if (Math.abs(y - last) < SCROLL_HYSTERESIS) return;
    // Kept while reduced motion is asked for, while a menu is open or focus is in the toolbar,
    // and near the top where it covers nothing of the article.
    const keep = motion?.matches || toolbar.querySelector("details[open]") || toolbar.contains(root.getRootNode() instanceof ShadowRoot ? /** @type {ShadowRoot} */ (root.getRootNode()).activeElement : null);
    const hide = y > last && y > toolbar.offsetHeight * 2 && !keep;
    toolbar.classList.toggle("dr-toolbar-hidden", hide);
    last = y;
  };
  const onFocus = () => toolbar.classList.remove("dr-toolbar-hidden");
  root.addEventListener("scroll", onScroll, { passive: true });
  toolbar.addEventListener("focusin", onFocus);
  return () => {
    root.removeEventListener("scroll", onScroll);
    toolbar.removeEventListener("focusin", onFocus);
  };
}

/** One menu open at a time; a click outside closes it. @param {ShadowRoot} shadow @param {HTMLElement} root */
function runMenus(shadow, root) {
  const menus = () => /** @type {HTMLDetailsElement[]} */ ([...shadow.querySelectorAll("details.dr-menu")]);
  /** @param {Event} event */
  const onToggle = (event) => {
    const opened = /** @type {HTMLDetailsElement} */ (event.target);
    if (!opened.open) return;
    for (const menu of menus()) if (menu !== opened) menu.open = false;
  };
  /** @param {Event} event */
  const onClick = (event) => {
    const target = /** @type {Node} */ (event.composedPath()[0]);
    for (const menu of menus()) {
      if (!menu.open || menu.contains(target)) continue;
      menu.open = false;
    }
    // An action in the "More" menu closes it once run.
    const action = /** @type {Element} */ (target).closest?.(".dr-more [data-action], .dr-more [data-ui]");
    const more = action?.closest("details");
    if (more instanceof HTMLDetailsElement) more.open = false;
  };
  for (const menu of menus()) menu.addEventListener("toggle", onToggle);
  root.addEventListener("click", onClick);
  return () => root.removeEventListener("click", onClick);
}

// ---- outline ----

/** An outline helps from three headings on; with fewer the article is short enough to scroll. */
const OUTLINE_MIN_HEADINGS = 3;

/** A list of links to the article's headings, in a menu of the toolbar. @param {ShadowRoot} shadow */
function buildOutline(shadow) {
  const content = shadow.querySelector(".dr-content");
  const slot = shadow.querySelector(".dr-outline");
  if (!content || !(slot instanceof HTMLElement)) return;
  const headings = /** @type {HTMLElement[]} */ ([...content.querySelectorAll("h2, h3, h4")]).filter((heading) => heading.textContent?.trim());
  if (headings.length < OUTLINE_MIN_HEADINGS) return;
  const doc = shadow.ownerDocument;
  const list = doc.createElement("ol");
  list.className = "dr-outline-list";
  headings.forEach((heading, index) => {
    if (!heading.id) heading.id = `dr-heading-${index + 1}`;
    heading.setAttribute("tabindex", "-1");
    const item = doc.createElement("li");
    item.className = `dr-outline-${heading.localName}`;
    const link = doc.createElement("a");
    link.href = `#${heading.id}`;
    link.dataset.ui = "outline";
    link.textContent = heading.textContent?.replace(/\s+/g, " ").trim() ?? "";
    link.addEventListener("click", (event) => {
      event.preventDefault();
      heading.scrollIntoView({ block: "start" });
      heading.focus({ preventScroll: true });
      const menu = link.closest("details");
      if (menu) menu.open = false;
    });
    item.append(link);
    list.append(item);
  });
  slot.querySelector(".dr-menu-panel")?.append(list);
  slot.hidden = false;
}

// ---- when the result looks unreliable ----

/** Paragraphs shorter than this are not counted as the page's prose (captions, teasers, bylines
 * are shorter; the core's safeguard uses the same 80 characters). */
const PROSE_PARAGRAPH = 80;
/** An article with less than this share of the page's paragraph prose has probably lost some of
 * the story: a third leaves room for long comment threads and sidebars of prose. */
const SHORT_SHARE = 0.33;
/** Below this much prose on the page (about 100 words) the comparison says nothing. */
const PROSE_MIN = 600;

/**
 * Says so at the top of the article when the page is not an article or the article holds much
 * less text than the page's paragraphs, and offers in-place mode (which keeps the whole page and
 * only hides the clutter) through a `declutter:in-place` event that the page's or the
 * extension's controls answer, or the module's own declutterPage when nobody does.
 * @param {ShadowRoot} shadow @param {string} pageKind @param {number} textLength
 */
function noticeIfUnreliable(shadow, pageKind, textLength) {
  const header = shadow.querySelector(".dr-header");
  if (!header) return;
  const doc = shadow.ownerDocument;
  let prose = 0;
  for (const paragraph of doc.querySelectorAll("body p")) {
    if (paragraph.closest("declutter-reader")) continue;
    const length = paragraph.textContent?.replace(/\s+/g, " ").trim().length ?? 0;
    if (length >= PROSE_PARAGRAPH) prose += length;
  }
  const short = prose >= PROSE_MIN && textLength < prose * SHORT_SHARE;
  const notArticle = pageKind !== "article" && pageKind !== "documentation";
  if (!short && !notArticle) return;
  const notice = doc.createElement("div");
  notice.className = "dr-notice";
  notice.setAttribute("role", "note");
  const text = doc.createElement("p");
  text.textContent = short
    ? "This may be only part of the page: the reader shows much less text than the page has."
    : "This page does not look like an article, so the reader may have left out parts of it.";
  const button = doc.createElement("button");
  button.type = "button";
  // Run by the wasm (closes the view, hides the clutter in place) unless the page or extension
  // answers the event with its own in-place control (its filters, its button's state).
  button.dataset.action = "in-place";
  button.textContent = "Show the page without clutter instead";
  button.addEventListener("click", (event) => {
    const asked = new CustomEvent("declutter:in-place", { cancelable: true, bubbles: true });
    if (!doc.dispatchEvent(asked)) event.stopPropagation();
  });
  notice.append(text, button);
  header.after(notice);
}

// ---- reading aids ----

/** Spacing steps: off, then wider letter, word and line spacing (the WCAG 1.4.12 text-spacing
 * values are the largest: 0.12em letters, 0.16em words, 1.5 lines … here 2 for the last step). */
const SPACINGS = [
  { name: "normal", letter: "0", word: "0", line: "1.6" },
  { name: "wide", letter: "0.05em", word: "0.1em", line: "1.8" },
  { name: "wider", letter: "0.12em", word: "0.16em", line: "2" },
];
/** Line focus: off or the number of lines left clear. */
const FOCUS_LINES = [0, 1, 3, 5];

/**
 * Spacing and line focus: buttons in the settings menu, keys while focus lines are on (Arrow
 * Down/Up or j/k move the band by a line), saved in the settings string beside the wasm's keys.
 * @param {ShadowRoot} shadow @param {HTMLElement} root @param {string} storageKey
 */
function readingAids(shadow, root, storageKey) {
  const stored = readStored(storageKey);
  let spacing = Math.max(0, SPACINGS.findIndex((step) => step.name === stored.get("spacing")));
  let focus = Math.max(0, FOCUS_LINES.indexOf(Number(stored.get("focus") ?? 0)));
  const content = /** @type {HTMLElement | null} */ (shadow.querySelector(".dr-content"));
  const band = shadow.ownerDocument.createElement("div");
  band.className = "dr-focus-band";
  band.setAttribute("aria-hidden", "true");
  band.hidden = true;
  content?.append(band);
  let top = 0;
  const apply = () => {
    const step = SPACINGS[spacing];
    root.style.setProperty("--dr-letter", step.letter);
    root.style.setProperty("--dr-word", step.word);
    root.style.setProperty("--dr-line", step.line);
    root.dataset.spacing = step.name;
    band.hidden = FOCUS_LINES[focus] === 0;
    setPressed(shadow, "spacing", step.name);
    setPressed(shadow, "focus", String(FOCUS_LINES[focus]));
    placeBand();
  };
  const lineHeight = () => content ? parseFloat(getComputedStyle(content).lineHeight) || 30 : 30;
  const placeBand = () => {
    if (band.hidden || !content) return;
    const lines = FOCUS_LINES[focus];
    band.style.top = `${top}px`;
    band.style.height = `${lines * lineHeight()}px`;
  };
  /** @param {number} lines */
  const moveBand = (lines) => {
    if (!content) return;
    const max = Math.max(0, content.scrollHeight - lineHeight());
    top = Math.min(max, Math.max(0, top + lines * lineHeight()));
    placeBand();
    band.scrollIntoView({ block: "center" });
  };
  /** @param {Event} event */
  const onClick = (event) => {
    const button = /** @type {Element} */ (event.composedPath()[0]).closest?.("[data-ui='spacing'], [data-ui='focus']");
    if (!(button instanceof HTMLElement)) return;
    if (button.dataset.ui === "spacing") spacing = Math.max(0, SPACINGS.findIndex((step) => step.name === button.dataset.value));
    else {
      focus = Math.max(0, FOCUS_LINES.indexOf(Number(button.dataset.value)));
      if (content) top = Math.max(0, root.scrollTop - content.offsetTop + 0.3 * root.clientHeight);
      top -= top % lineHeight();
    }
    apply();
    save(storageKey, { spacing: SPACINGS[spacing].name, focus: String(FOCUS_LINES[focus]) });
  };
  /** @param {KeyboardEvent} event */
  const onKey = (event) => {
    if (band.hidden || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = /** @type {Element} */ (event.composedPath()[0]);
    if (target?.closest?.("select, input, textarea, summary, details[open]")) return;
    const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    moveBand(step);
  };
  root.addEventListener("click", onClick);
  const doc = shadow.ownerDocument;
  doc.addEventListener("keydown", onKey, true);
  apply();
  return () => doc.removeEventListener("keydown", onKey, true);
}

/** @param {ShadowRoot} shadow @param {string} kind @param {string} value */
function setPressed(shadow, kind, value) {
  for (const button of shadow.querySelectorAll(`[data-ui='${kind}']`)) {
    button.setAttribute("aria-pressed", String(/** @type {HTMLElement} */ (button).dataset.value === value));
  }
}

/** The stored settings string as a map (`theme=dark;size=20;…`). @param {string} key */
function readStored(key) {
  /** @type {Map<string, string>} */
  const pairs = new Map();
  try {
    for (const pair of (localStorage.getItem(key) ?? "").split(";")) {
      const at = pair.indexOf("=");
      if (at > 0) pairs.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  } catch {
    // No storage (privacy modes, sandboxed frames): nothing was kept.
  }
  return pairs;
}

/** Sets some keys of the stored settings string, keeping the others. @param {string} key @param {Record<string, string>} values */
function save(key, values) {
  const pairs = readStored(key);
  for (const [name, value] of Object.entries(values)) pairs.set(name, value);
  try {
    localStorage.setItem(key, [...pairs].map(([name, value]) => `${name}=${value}`).join(";"));
  } catch {
    // As above: the choice lasts while the view is open.
  }
}
