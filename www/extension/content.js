// The content script. scripts/build-extension.mjs bundles it with pkg/declutter.js and the wasm
// bytes into one classic script (MV3 content scripts cannot be ES modules), which the background
// injects with chrome.scripting.executeScript into the page's isolated world. The wasm is inlined
// rather than fetched from a chrome-extension:// URL: no web_accessible_resources for it and no
// fetch that a page's connect-src could get in the way of.
//
// Pages whose Content-Security-Policy forbids wasm: Chrome applies the page's policy to
// WebAssembly compilation in content scripts too, so there init() fails. Then the reader view
// runs in an extension frame instead (reader.html, which loads this same bundle: extension
// pages may compile wasm): the background hands the page's HTML over to the frame, which
// lays over the page. Extension frames are not subject to the page's CSP.
//
// Injected once per document; afterwards the background calls globalThis.__declutterExtension.run()
// (see background.js, which defines the actions and their results).
//
// `declutter` is pkg/ (scripts/build-extension.mjs tells esbuild so; tsconfig.json maps the name
// to the declarations in types/).
import init, * as declutter from "declutter";
import wasmBytes from "declutter/declutter_bg.wasm";
import { documentHtml as pageHtml } from "../../src/page/shadow.js";
import { hideAnElement } from "../picker/picker.js";
import { withoutRule, withRule } from "../picker/rules.js";

/**
 * Options of an action: the reader's (shared.js, readerOptions), or a frame's one-time token.
 * @typedef {import("declutter").ReaderOptions & { token?: string }} RunOptions
 */

/**
 * What an action answers (background.js turns it into the badge). `missing`: the content script
 * is not injected yet (background.js); `wasmBlocked`: the page's CSP refuses wasm, and `html` and
 * `url` are the page's for the reader view in a frame.
 * @typedef {object} ActionResult
 * @property {boolean} [open]
 * @property {string} [title]
 * @property {boolean} [restyled]
 * @property {boolean} [reading]
 * @property {boolean} [frame]
 * @property {boolean} [readerable]
 * @property {boolean} [decluttered]
 * @property {number} [hidden]
 * @property {number} [removed]
 * @property {number} [filterErrors]
 * @property {boolean} [picking]
 * @property {boolean} [inPlace]
 * @property {string} [error]
 * @property {boolean} [missing]
 * @property {boolean} [wasmBlocked]
 * @property {string} [html]
 * @property {string} [url]
 */

/**
 * The page handed over to the reader frame (background.js keeps it until the frame asks).
 * @typedef {object} FramePayload
 * @property {string} html
 * @property {string} url
 * @property {import("declutter").ReaderOptions} [options]
 * @property {boolean} [readAloud]
 */

const GLOBAL = "__declutterExtension";
const HOST_TAG = "declutter-reader";
const TOAST_ID = "declutter-extension-toast";
const FRAME_ID = "declutter-extension-frame";
const runtime = () => (globalThis.browser ?? globalThis.chrome)?.runtime;
const storage = () => (globalThis.browser ?? globalThis.chrome)?.storage?.local;

/** @type {Promise<unknown> | null} */
let loading = null;
let decluttered = false;
/** @type {Promise<unknown> | null} */
let picking = null;

/** @param {(rules: string[]) => string[]} change */
async function updatePickedRules(change) {
  const { pickedRules = [] } = await storage().get("pickedRules");
  await storage().set({ pickedRules: change(Array.isArray(pickedRules) ? pickedRules : []) });
}
/** @param {string} rule */
const savePickedRule = (rule) => updatePickedRules((rules) => withRule(rules, rule));
/** @param {string} rule */
const removePickedRule = (rule) => updatePickedRules((rules) => withoutRule(rules, rule));

function load() {
  loading ??= init({ module_or_path: wasmBytes });
  return loading;
}

/** A multi-page article's further pages through the background when this script's own `fetch`
 * fails (Firefox applies the page's CSP to it).
 * @param {string} url */
async function fetchThroughBackground(url) {
  const answer = await runtime().sendMessage({ type: "declutter-fetch-page", url });
  if (!answer || answer.error) throw new Error(answer?.error ?? "the extension did not answer");
  const bytes = Uint8Array.from(atob(answer.body), (c) => c.charCodeAt(0));
  return { ok: answer.ok, status: answer.status, url: answer.url, headers: { get: () => answer.type }, arrayBuffer: async () => bytes.buffer };
}
declutter.setPageFetchFallback?.(fetchThroughBackground);

/** The in-place mode (declutterPage/restorePage) is newer than the reader view: detect it. */
function inPlaceApi() {
  const api = declutter;
  return typeof api.declutterPage === "function" && typeof api.restorePage === "function" ? api : null;
}

/**
 * The reader view puts its CSS in a <style> element inside its shadow root. Chrome lets styles
 * added from an isolated world through the page's CSP; where a browser applies the page's
 * `style-src` to them the element has no sheet, and a constructed style sheet (not subject to
 * CSP) carries the same rules.
 */
function ensureReaderStyles() {
  const shadow = document.querySelector(HOST_TAG)?.shadowRoot;
  const style = shadow?.querySelector("style");
  if (!shadow || !style || style.sheet) return false;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(style.textContent);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return true;
}

/** A short message at the top of the page, for failures the user would otherwise not see.
 * @param {string} message */
function toast(message) {
  document.getElementById(TOAST_ID)?.remove();
  const host = document.createElement("div");
  host.id = TOAST_ID;
  const shadow = host.attachShadow({ mode: "closed" });
  const box = document.createElement("div");
  box.setAttribute("role", "status");
  box.textContent = message;
  // Inline styles through the CSSOM: allowed under any page CSP.
  Object.assign(box.style, {
    position: "fixed", top: "16px", left: "50%", transform: "translateX(-50%)", zIndex: "2147483647",
    maxWidth: "min(90vw, 520px)", padding: "10px 16px", borderRadius: "8px",
    font: "500 14px/1.4 system-ui, sans-serif", color: "#fff", background: "#1b1b1f",
    boxShadow: "0 4px 16px rgba(0,0,0,.35)",
  });
  shadow.append(box);
  (document.body ?? document.documentElement).append(host);
  setTimeout(() => host.remove(), 5000);
}

function removeToast() {
  document.getElementById(TOAST_ID)?.remove();
}

/** @param {unknown} error @returns {ActionResult} */
function failure(error, { quiet = false } = {}) {
  const message = String(/** @type {{ message?: unknown } | null} */ (error)?.message ?? error).replace(/^declutter:\s*/, "");
  if (!quiet) toast(`Declutter: ${message}`);
  return { error: message };
}

/** Tells the background when the reader view goes away by itself (its close button, Escape). */
function watchClose() {
  const host = document.querySelector(HOST_TAG);
  const parent = host?.parentNode;
  if (!parent) return;
  closeObserver?.disconnect();
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    observer.disconnect();
    let readerable = false;
    try {
      readerable = declutter.isProbablyReaderable(document);
    } catch {
      // the badge then just shows nothing
    }
    runtime()?.sendMessage({ type: "declutter-reader-closed", readerable })?.catch?.(() => {});
  });
  observer.observe(parent, { childList: true });
  closeObserver = observer;
}

/** @type {MutationObserver | null} */
let closeObserver = null;

/** @param {RunOptions} options */
function openReader(options) {
  removeToast();
  const article = declutter.enterReaderMode(options);
  const restyled = ensureReaderStyles();
  watchClose();
  return { open: true, title: article.title, restyled };
}

function closeReader() {
  closeObserver?.disconnect(); // the background sets the badge itself
  closeObserver = null;
  declutter.exitReaderMode();
  return { open: false };
}

/** The page's HTML as the wasm's cleanDocument() reads it: open shadow roots included (the same
 * code, imported from the package's source, since here the wasm may not run). */
function documentHtml() {
  return pageHtml(document, HOST_TAG);
}

/** Reads the article aloud: opens the reader view first if needed, else pauses or resumes.
 * @param {RunOptions} options */
function readAloud(options) {
  const opened = declutter.isReaderModeOpen() ? { open: true } : openReader(options);
  return { ...opened, reading: declutter.toggleReadAloud() };
}

// ---- the reader view in an extension frame (pages that forbid wasm) ----

const frameElement = () => /** @type {HTMLIFrameElement | null} */ (document.getElementById(FRAME_ID));

/** @param {MessageEvent} event */
function onFrameMessage(event) {
  const frame = frameElement();
  if (!frame || event.source !== frame.contentWindow || event.data?.type !== "declutter-frame-closed") return;
  closeFrame();
  runtime()?.sendMessage({ type: "declutter-reader-closed", readerable: true })?.catch?.(() => {});
}

function closeFrame() {
  const frame = frameElement();
  removeEventListener("message", onFrameMessage);
  if (frame) {
    frame.remove();
    previousFocus?.focus?.({ preventScroll: true });
  }
  previousFocus = null;
  return { open: false };
}

/** @type {(Element & Partial<HTMLOrSVGElement>) | null} */
let previousFocus = null;

/** @param {RunOptions} options */
function showFrame({ token }) {
  closeFrame();
  removeToast();
  previousFocus = document.activeElement;
  const frame = document.createElement("iframe");
  frame.id = FRAME_ID;
  frame.title = "Reader view";
  frame.src = `${runtime().getURL("reader.html")}#${encodeURIComponent(String(token))}`;
  Object.assign(frame.style, {
    position: "fixed", inset: "0", width: "100vw", height: "100vh", maxWidth: "none", maxHeight: "none",
    margin: "0", padding: "0", border: "0", zIndex: "2147483647", background: "#fff", display: "block",
  });
  frame.addEventListener("load", () => frame.focus(), { once: true });
  addEventListener("message", onFrameMessage);
  document.documentElement.append(frame);
  return { open: true, frame: true };
}

/**
 * In reader.html: shows the page's HTML, handed over by the background, in the reader view.
 * The frame's own document is replaced by the page's (scripts from DOMParser never run, and the
 * extension page's CSP allows none anyway), so enterReaderMode() reads it as it would the page.
 * @param {FramePayload} payload
 * @param {() => void} onClose
 */
async function renderInFrame({ html, url, options = {}, readAloud: startReading = false }, onClose) {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const inert = "script, iframe, frame, object, embed, base, meta[http-equiv], "
    + "link[rel~=stylesheet], link[rel~=preload], link[rel~=modulepreload], link[rel~=prefetch], link[rel~=icon], link[rel~=manifest]";
  for (const element of parsed.querySelectorAll(inert)) element.remove();
  const base = parsed.createElement("base");
  base.href = url;
  parsed.head.prepend(base);
  await load();
  document.documentElement.replaceWith(document.adoptNode(parsed.documentElement));
  const article = declutter.enterReaderMode({ ...options, url });
  ensureReaderStyles();
  document.title = article.title;
  if (startReading) declutter.toggleReadAloud();
  addEventListener("message", (event) => {
    if (event.source === parent && event.data?.type === "declutter-read-aloud") declutter.toggleReadAloud();
  });
  const host = /** @type {Element} the view just opened */ (document.querySelector(HOST_TAG));
  new MutationObserver((_, observer) => {
    if (host.isConnected) return;
    observer.disconnect();
    onClose();
  }).observe(/** @type {ParentNode} */ (host.parentNode), { childList: true });
  return { open: true, title: article.title };
}

function idle() {
  return /** @type {Promise<void>} */ (new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  }));
}

/** @type {Record<string, (options: RunOptions) => ActionResult | Promise<ActionResult>>} */
const actions = {
  toggle: (options) => (declutter.isReaderModeOpen() ? closeReader() : openReader(options)),
  open: (options) => (declutter.isReaderModeOpen() ? { open: true } : openReader(options)),
  close: () => closeReader(),
  "read-aloud": (options) => readAloud(options),
  // Sites on the auto-open list: only pages that look like articles, and no message otherwise.
  auto: async (options) => {
    if (declutter.isReaderModeOpen()) return { open: true, readerable: true };
    await idle();
    if (!declutter.isProbablyReaderable(document)) return { open: false, readerable: false };
    return { ...openReader(options), readerable: true };
  },
  declutter: (options) => {
    const api = inPlaceApi();
    if (!api) return failure("this version cannot declutter pages in place");
    if (decluttered) {
      api.restorePage();
      decluttered = false;
      return { decluttered: false };
    }
    const result = api.declutterPage(options.filters ? { filters: options.filters } : {});
    decluttered = true;
    return {
      decluttered: true, hidden: result?.hidden ?? 0, removed: result?.removed?.length ?? 0,
      filterErrors: result?.filterErrors?.length ?? 0,
    };
  },
  // "Hide an element…": answers at once; the picker saves the rule when the user hides a block.
  pick: () => {
    if (declutter.isReaderModeOpen()) closeReader();
    picking ??= hideAnElement({ save: savePickedRule, remove: removePickedRule }).finally(() => {
      picking = null;
    });
    return { picking: true };
  },
  readerable: async () => {
    await idle();
    return { readerable: declutter.isProbablyReaderable(document), open: declutter.isReaderModeOpen() };
  },
  state: () => ({ open: declutter.isReaderModeOpen(), decluttered, inPlace: inPlaceApi() !== null }),
};

/** @param {string} action @param {RunOptions} [options] @returns {Promise<ActionResult>} */
async function run(action, options = {}) {
  const frame = frameElement();
  if (frame) {
    if (action === "toggle" || action === "close") return closeFrame();
    if (action === "open" || action === "auto") return { open: true, frame: true };
    if (action === "read-aloud") {
      frame.contentWindow?.postMessage({ type: "declutter-read-aloud" }, "*");
      return { open: true, frame: true };
    }
  }
  if (action === "frame") return showFrame(options);
  const perform = actions[action];
  if (!perform) return { error: `unknown action ${action}` };
  try {
    await load();
  } catch (error) {
    // Most likely the page's CSP: the background then opens the reader view in a frame.
    if (action === "toggle" || action === "open" || action === "read-aloud") return { wasmBlocked: true, html: documentHtml(), url: location.href };
    if (action === "readerable" || action === "auto") return {};
    if (action === "close") return { open: false };
    const { message, name } = /** @type {{ message?: string, name?: string }} */ (error ?? {});
    return failure(`this page does not let extensions run WebAssembly (${message || name || error}), so it cannot be decluttered in place`);
  }
  try {
    return await perform(options);
  } catch (error) {
    return failure(error, { quiet: action === "readerable" || action === "auto" });
  }
}

if (!globalThis[GLOBAL]) {
  Object.defineProperty(globalThis, GLOBAL, { value: Object.freeze({ run, renderInFrame }), configurable: false });
}
