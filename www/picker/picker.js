// "Hide an element…": the block picker of the extension and the demo, as content blockers have
// it. The block under the cursor is outlined; the arrow keys or the wheel move to its parent
// (up) and back towards the block first pointed at (down); Enter or a click hides it, Escape
// leaves. The page sees none of this: the outline lives in a closed shadow root on one host
// element, and the page's own handlers get no mouse or key event while the picker is open.
import { ruleFor } from "./rules.js";
import { selectorFor } from "./selector.js";

/** Marks our own elements: in-place mode and the picker never judge or pick them. */
export const UI_ATTR = "data-declutter-ui";
/** Set on a block the picker hid, until the page is loaded again. */
export const PICKED_ATTR = "data-declutter-picked";

const HIGHLIGHT = "#d6006f";
const HINT = "↑ ↓ or wheel: larger / smaller · Enter or click: hide · Esc: leave";
const CAPTURE = { capture: true, passive: false };

/** Pages never get these events while the picker is open. */
const SWALLOWED = ["mousedown", "mouseup", "pointerdown", "pointerup", "contextmenu", "auxclick", "dblclick", "keyup", "keypress"];

/** @param {Document} doc */
function createOverlay(doc) {
  const host = doc.createElement("div");
  host.setAttribute(UI_ATTR, "picker");
  const shadow = host.attachShadow({ mode: "closed" });
  const box = doc.createElement("div");
  const label = doc.createElement("div");
  // Inline styles through the CSSOM: allowed under any page CSP.
  Object.assign(box.style, {
    position: "fixed", zIndex: "2147483646", pointerEvents: "none", boxSizing: "border-box",
    outline: `3px solid ${HIGHLIGHT}`, background: "rgba(214, 0, 111, 0.12)", display: "none",
  });
  Object.assign(label.style, {
    position: "fixed", zIndex: "2147483647", pointerEvents: "none", left: "50%", bottom: "16px",
    transform: "translateX(-50%)", maxWidth: "90vw", padding: "8px 14px", borderRadius: "8px",
    font: "500 13px/1.4 system-ui, sans-serif", color: "#fff", background: "#1b1b1f", whiteSpace: "pre-line",
    boxShadow: "0 4px 16px rgba(0,0,0,.35)",
  });
  label.setAttribute("role", "status");
  shadow.append(box, label);
  doc.documentElement.append(host);
  return { host, box, label };
}

/** Our own elements: the picker's, the reader view, the demo's buttons. */
const OWN_UI = `[${UI_ATTR}], declutter-reader, [data-declutter-button], [data-declutter-page-button]`;

/**
 * Elements the picker may offer: inside `body`, not `body` itself, not our own UI.
 * @param {Element | null | undefined} element
 * @returns {element is Element}
 */
function pickable(element) {
  return element?.nodeType === 1 && element.closest("body") !== null && element.localName !== "body"
    && !element.closest(OWN_UI);
}

/**
 * Starts the picker in `doc`. `onPick(element, selector)` is called when the user hides a
 * block, `onCancel()` when they leave; either ends the picker. Returns `{ stop, current }`.
 * @param {object} picking
 * @param {(element: Element, selector: string) => void} picking.onPick
 * @param {() => void} [picking.onCancel]
 * @param {Document} [picking.doc]
 */
export function startPicker({ onPick, onCancel = () => {}, doc = document }) {
  const view = /** @type {Window} a document with a picker is shown */ (doc.defaultView);
  const { host, box, label } = createOverlay(doc);
  /** @type {Element | null} */
  let current = null;
  /** @type {Element[]} */
  const below = []; // the blocks left on the way up, for the way back down

  /** @param {Element} element */
  function show(element) {
    current = element;
    const rect = element.getBoundingClientRect();
    Object.assign(box.style, { display: "block", left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    label.textContent = `${selectorFor(element)}\n${HINT}`;
  }
  /** @param {Element | null} element */
  function point(element) {
    if (!pickable(element) || element === current) return;
    below.length = 0;
    show(element);
  }
  function larger() {
    const parent = current?.parentElement;
    if (current && parent && pickable(parent)) {
      below.push(current);
      show(parent);
    }
  }
  function smaller() {
    const child = below.pop() ?? [...(current?.children ?? [])].find(pickable);
    if (child) show(child);
  }
  /** @param {() => void} callback */
  function finish(callback) {
    stop();
    callback();
  }

  // Each handler's event is typed where it is written; they are registered by name.
  /** @type {Record<string, (event: any) => void>} */
  const handlers = {
    mousemove: (/** @type {MouseEvent} */ event) => point(doc.elementFromPoint(event.clientX, event.clientY)),
    click: (/** @type {MouseEvent} */ event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      point(doc.elementFromPoint(event.clientX, event.clientY));
      const picked = current;
      if (picked) finish(() => onPick(picked, selectorFor(picked)));
    },
    wheel: (/** @type {WheelEvent} */ event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.deltaY < 0) larger();
      else if (event.deltaY > 0) smaller();
    },
    keydown: (/** @type {KeyboardEvent} */ event) => {
      const picked = current;
      /** @type {Record<string, () => void>} */
      const keys = { ArrowUp: larger, ArrowDown: smaller, Escape: () => finish(onCancel),
        Enter: () => picked && finish(() => onPick(picked, selectorFor(picked))) };
      const action = keys[event.key];
      if (!action) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      action();
    },
    scroll: () => current && show(current),
  };
  /** @param {Event} event */
  const swallow = (event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const [type, handler] of Object.entries(handlers)) view.addEventListener(type, handler, CAPTURE);
  for (const type of SWALLOWED) view.addEventListener(type, swallow, CAPTURE);

  function stop() {
    for (const [type, handler] of Object.entries(handlers)) view.removeEventListener(type, handler, CAPTURE);
    for (const type of SWALLOWED) view.removeEventListener(type, swallow, CAPTURE);
    host.remove();
  }
  // Start on the block in the middle of the window, so that the keyboard alone can pick.
  point(doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 3));
  return { stop, current: () => current };
}

/** An element with an inline style: HTML, SVG and MathML elements. @typedef {Element & ElementCSSInlineStyle} Styled */

/** The inline `display` a picked block had, to put back on Undo.
 * @type {WeakMap<Element, { value: string, priority: string, hadStyle: boolean }>} */
const previousDisplay = new WeakMap();

/**
 * Hides a picked block at once (its rule hides it on later visits) with an inline style, which
 * no page CSP or content-script sandbox refuses, and marks it with PICKED_ATTR.
 * @param {Styled} element
 */
export function hideNow(element) {
  previousDisplay.set(element, {
    value: element.style.getPropertyValue("display"),
    priority: element.style.getPropertyPriority("display"),
    hadStyle: element.hasAttribute("style"),
  });
  element.style.setProperty("display", "none", "important");
  element.setAttribute(PICKED_ATTR, "");
}

/** Undoes hideNow(): the block's own inline style comes back as it was. @param {Styled} element */
export function showAgain(element) {
  const { value = "", priority = "", hadStyle = true } = previousDisplay.get(element) ?? {};
  if (value) element.style.setProperty("display", value, priority);
  else element.style.removeProperty("display");
  if (!hadStyle && !element.getAttribute("style")) element.removeAttribute("style");
  element.removeAttribute(PICKED_ATTR);
}

/**
 * A short message with an Undo button at the top of the page; `onUndo` runs when pressed.
 * @param {object} offer
 * @param {Document} [offer.doc]
 * @param {string} offer.text
 * @param {() => unknown} offer.onUndo
 * @param {number} [offer.ms]
 */
export function offerUndo({ doc = document, text, onUndo, ms = 10_000 }) {
  const host = doc.createElement("div");
  host.setAttribute(UI_ATTR, "undo");
  // Open: nothing in it is secret, and tests and assistive tools may reach the button.
  const shadow = host.attachShadow({ mode: "open" });
  const box = doc.createElement("div");
  box.setAttribute("role", "status");
  Object.assign(box.style, {
    position: "fixed", top: "16px", left: "50%", transform: "translateX(-50%)", zIndex: "2147483647",
    display: "flex", gap: "12px", alignItems: "center", maxWidth: "min(90vw, 640px)", padding: "10px 16px",
    borderRadius: "8px", font: "500 14px/1.4 system-ui, sans-serif", color: "#fff", background: "#1b1b1f",
    boxShadow: "0 4px 16px rgba(0,0,0,.35)",
  });
  const message = doc.createElement("span");
  message.textContent = text;
  const undo = doc.createElement("button");
  undo.type = "button";
  undo.textContent = "Undo";
  Object.assign(undo.style, { font: "inherit", color: "#1b1b1f", background: "#fff", border: "0", borderRadius: "6px", padding: "4px 10px", cursor: "pointer" });
  box.append(message, undo);
  shadow.append(box);
  doc.documentElement.append(host);
  const timer = setTimeout(() => host.remove(), ms);
  undo.addEventListener("click", async () => {
    clearTimeout(timer);
    host.remove();
    await onUndo();
  });
  return { button: undo, close: () => { clearTimeout(timer); host.remove(); } };
}

/**
 * The whole "Hide an element…" flow: pick, hide at once, save the site's rule (`save(rule)`,
 * see rules.js), offer Undo (`remove(rule)`, and the block comes back). Resolves to `{ rule, selector }` once a block
 * was hidden, or null when the user left; `undone` resolves when Undo was pressed.
 * @param {object} hiding
 * @param {Document} [hiding.doc]
 * @param {string} [hiding.url]
 * @param {(rule: string) => Promise<unknown>} hiding.save
 * @param {(rule: string) => Promise<unknown>} hiding.remove
 * @returns {Promise<{ rule: string | null, selector: string, undone: Promise<string | null> } | null>}
 */
export function hideAnElement({ doc = document, url = doc.location.href, save, remove }) {
  /** @type {Promise<string | null>} */
  let undone;
  /** @type {ReturnType<typeof hideAnElement>} */
  const result = new Promise((resolve) => {
    startPicker({
      doc,
      onCancel: () => resolve(null),
      onPick: async (picked, selector) => {
        const element = /** @type {Styled} */ (picked);
        hideNow(element);
        const rule = ruleFor(url, selector);
        if (rule) await save(rule);
        undone = new Promise((resolveUndo) => {
          offerUndo({
            doc,
            text: rule ? `Hidden on this site: ${rule}` : "Hidden until the page is reloaded.",
            onUndo: async () => {
              showAgain(element);
              if (rule) await remove(rule);
              resolveUndo(rule);
            },
          });
        });
        resolve({ rule, selector, undone });
      },
    });
  });
  return result;
}
