// Background: Chrome's service worker, Firefox's (non-persistent) background script; the same
// bundle for both. It holds no state of its own (either may be stopped at any time): settings
// live in storage.local, per-tab state in the toolbar button's per-tab badge and title.
//
// Permissions: activeTab + scripting let it inject the content script into the current tab after
// a gesture (toolbar button, keyboard command, context menu). Host permissions are optional and
// only requested from the options page, for the auto-open sites and, if the user wants it, for
// the readerable badge on every page; without them the badge is only known after a gesture.
import {
  classifyScriptError, errorMessage, ext, loadSettings, matchesSites, parseSites, readerOptions, restrictedReason,
} from "./shared.js";

/* global DECLUTTER_IN_PLACE */ // set by scripts/build-extension.mjs: pkg/ exports declutterPage()

/** @typedef {import("./content.js").ActionResult} ActionResult */
/** @typedef {import("./content.js").RunOptions} RunOptions */
/** @typedef {{ state: string, title: string, result?: ActionResult }} Performed */

const COMMAND = "toggle-reader";
const READ_ALOUD = "read-aloud";
const MENU_READER = "open-reader";
const MENU_DECLUTTER = "declutter-page";
const MENU_PICK = "pick-element";
const CONTENT_SCRIPT = "content.js";
const FRAME_PAGE = "reader.html";

/** Page HTML waiting for its reader frame (see content.js), by one-time token.
 * @type {Map<string, import("./content.js").FramePayload>} */
const framePayloads = new Map();

/** @type {Record<string, { text: string, color: string }>} */
const BADGES = {
  open: { text: "on", color: "#2563eb" },
  readerable: { text: "✓", color: "#1a7f37" },
  "not-readerable": { text: "", color: "#6b7280" },
  decluttered: { text: "−", color: "#7c3aed" },
  picking: { text: "…", color: "#d6006f" },
  unavailable: { text: "✕", color: "#6b7280" },
  error: { text: "!", color: "#b91c1c" },
  none: { text: "", color: "#6b7280" },
};

/** @type {string | undefined} */
let shortcutText;
async function shortcut() {
  if (shortcutText === undefined) {
    const commands = await ext.commands.getAll().catch(() => []);
    shortcutText = commands.find((command) => command.name === COMMAND)?.shortcut ?? "";
  }
  return shortcutText ? ` (${shortcutText})` : "";
}

/** @param {string} state @param {string} detail */
async function titleFor(state, detail) {
  switch (state) {
    case "open": return `Declutter: reader view open — click to close${await shortcut()}`;
    case "readerable": return `Declutter: this page looks like an article — click for the reader view${await shortcut()}`;
    case "not-readerable": return "Declutter: no article detected on this page — click to try the reader view anyway";
    case "decluttered": return `Declutter: ${detail} — "Declutter page" in the context menu restores it`;
    case "picking": return "Declutter: point at the block to hide — ↑/↓ or the wheel for a larger or smaller block, Enter to hide, Esc to leave";
    case "unavailable": return `Declutter can't run here: ${detail}`;
    case "error": return `Declutter: ${detail}`;
    default: return `Declutter — click for the reader view${await shortcut()}`;
  }
}

/**
 * Sets the tab's badge and tooltip; the tooltip always says what the badge means.
 * @param {number} tabId
 * @param {string} state
 * @param {string} [detail]
 * @returns {Promise<Performed>}
 */
async function setBadge(tabId, state, detail = "") {
  const badge = BADGES[state] ?? BADGES.none;
  const count = state === "decluttered" ? /^\d+/.exec(detail)?.[0] : undefined;
  const text = count ? count.slice(0, 4) : badge.text;
  const title = await titleFor(state, detail);
  await Promise.all([
    ext.action.setBadgeText({ tabId, text }),
    ext.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    ext.action.setTitle({ tabId, title }),
  ]).catch(() => {}); // the tab may have closed meanwhile
  return { state, title };
}

/** @type {Record<string, string>} */
const UNAVAILABLE = {
  "browser page": "browsers don't let extensions change their own pages (settings, new tab, extensions, PDF viewer)",
  "add-on store": "browsers don't let extensions change the add-on store",
  "no access": "the browser did not give Declutter access to this page (browser pages and add-on stores are off limits; for other pages use the toolbar button, the shortcut or the context menu)",
};

/**
 * Runs a content-script action in the tab: injects the bundle the first time (once per document,
 * it stays in the isolated world), then calls it. Rejects when the browser refuses to script
 * the page.
 * @param {number} tabId
 * @param {string} action
 * @param {RunOptions} options
 * @returns {Promise<ActionResult>}
 */
async function runInTab(tabId, action, options) {
  /** Runs in the page (serialized by executeScript). @param {string} name @param {RunOptions} opts */
  const call = (name, opts) => {
    const api = globalThis.__declutterExtension;
    return api ? api.run(name, opts) : { missing: true };
  };
  const target = { tabId };
  let [injection] = await ext.scripting.executeScript({ target, func: call, args: [action, options] });
  if (injection?.result?.missing) {
    await ext.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
    [injection] = await ext.scripting.executeScript({ target, func: call, args: [action, options] });
  }
  // Firefox reports errors thrown in the page here (a field Chrome's results do not have).
  const { error } = /** @type {{ error?: unknown }} */ (injection ?? {});
  if (error) throw error;
  return injection?.result ?? { error: "the page did not answer" };
}

/** Badge state after an action's result. @param {ActionResult} result @returns {[string, string?]} */
function stateOf(result) {
  if (result.error) return ["error", result.error];
  if (result.decluttered) {
    const skipped = result.filterErrors ? `; ${result.filterErrors} filter lines skipped (see the options page)` : "";
    return ["decluttered", `${result.hidden} blocks hidden${skipped}`];
  }
  if (result.picking) return ["picking"];
  if (result.open) return ["open"];
  if (result.readerable === true) return ["readerable"];
  if (result.readerable === false) return ["not-readerable"];
  return ["none"];
}

/**
 * What the toolbar button, the shortcut and the context menu call. `action`: toggle, open,
 * close, declutter (in-place mode), readerable, auto. Resolves to { state, title, result }.
 * @param {chrome.tabs.Tab | undefined} tab
 * @param {string} action
 * @returns {Promise<Performed>}
 */
export async function perform(tab, action) {
  const tabId = tab?.id;
  if (!tab || tabId === undefined || tabId === ext.tabs.TAB_ID_NONE) return { state: "error", title: "no tab" };
  const reason = restrictedReason(tab.url);
  if (reason) return setBadge(tabId, "unavailable", UNAVAILABLE[reason]);
  const settings = await loadSettings();
  let result;
  try {
    result = await runInTab(tabId, action, readerOptions(settings));
  } catch (error) {
    const message = errorMessage(error);
    const kind = classifyScriptError(message);
    // Background checks without a gesture fail quietly: nothing was asked of the extension.
    if (action === "readerable" || action === "auto") return { state: "none", title: message };
    if (kind === "browser page") return setBadge(tabId, "unavailable", UNAVAILABLE[kind]);
    if (kind) return setBadge(tabId, "unavailable", `${UNAVAILABLE[kind]}. The browser said: ${message}`);
    return { ...(await setBadge(tabId, "error", message)), result: { error: message } };
  }
  if (result.wasmBlocked) {
    // The page's CSP refuses wasm even to content scripts: reader view in an extension frame.
    const token = crypto.randomUUID();
    const { html, url } = /** @type {{ html: string, url: string }} a blocked result has both */ (result);
    framePayloads.set(token, { html, url, options: readerOptions(settings), readAloud: action === "read-aloud" });
    setTimeout(() => framePayloads.delete(token), 60_000);
    result = await runInTab(tabId, "frame", { token });
  }
  // Closing the reader view: show whether the page is readerable (the content script is loaded).
  if (result.open === false && result.readerable === undefined && !result.error) {
    result = { ...result, ...(await runInTab(tabId, "readerable", {}).catch(() => ({}))) };
  }
  const [state, detail] = stateOf(result);
  return { ...(await setBadge(tabId, state, detail)), result };
}

async function activeTab() {
  const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/** After a page has loaded: auto-open listed sites, readerable badge where allowed. @param {chrome.tabs.Tab} tab */
async function pageLoaded(tab) {
  // tab.url is only visible with a host permission for the page (no "tabs" permission).
  if (!tab.url || restrictedReason(tab.url) || !/^https?:/.test(tab.url)) return;
  const settings = await loadSettings();
  const listed = matchesSites(tab.url, parseSites(settings.autoSites).sites);
  if (!listed && !settings.badgeEverywhere) return;
  const { protocol, hostname } = new URL(tab.url);
  const origin = `${protocol}//${hostname}/*`; // patterns without a port match every port
  if (!(await ext.permissions.contains({ origins: [origin] }).catch(() => false))) return;
  await perform(tab, listed ? "auto" : "readerable");
}

async function createMenus() {
  await ext.contextMenus.removeAll();
  const report = () => {
    if (ext.runtime.lastError) console.warn("declutter: context menu:", ext.runtime.lastError.message);
  };
  /** @type {["page", "selection", "action"]} */
  const contexts = ["page", "selection", "action"];
  ext.contextMenus.create({ id: MENU_READER, title: "Open in reader view", contexts }, report);
  if (DECLUTTER_IN_PLACE) {
    ext.contextMenus.create({ id: MENU_DECLUTTER, title: "Declutter page (hide ads and recommendations; again to restore)", contexts }, report);
  }
  ext.contextMenus.create({ id: MENU_PICK, title: "Hide an element…", contexts: ["page", "selection"] }, report);
}

ext.runtime.onInstalled.addListener(createMenus);
ext.runtime.onStartup?.addListener(createMenus);

ext.action.onClicked.addListener((tab) => perform(tab, "toggle"));

/** @param {string} command @param {chrome.tabs.Tab | undefined} tab */
async function onCommand(command, tab) {
  if (command === COMMAND) return perform(tab ?? (await activeTab()), "toggle");
  if (command === READ_ALOUD) return perform(tab ?? (await activeTab()), "read-aloud");
  return undefined;
}

/** @param {chrome.contextMenus.OnClickData} info @param {chrome.tabs.Tab | undefined} tab */
function onMenu(info, tab) {
  if (info.menuItemId === MENU_READER) return perform(tab, "open");
  if (info.menuItemId === MENU_DECLUTTER) return perform(tab, "declutter");
  if (info.menuItemId === MENU_PICK) return perform(tab, "pick");
  return undefined;
}

ext.commands.onCommand.addListener(onCommand);
ext.contextMenus.onClicked.addListener(onMenu);

// The content script reports when the reader view was closed from inside the page (its close
// button or Escape), so the badge does not keep saying "on".
/**
 * A further page of a multi-page article, for a content script whose own `fetch` the page's CSP
 * blocks (Firefox). Only pages of the tab's own origin, which activeTab lets the extension read.
 * The body goes back as Base64 (messages are JSON in Chrome), decoded by the content script.
 * @param {string} url
 * @param {string | undefined} pageUrl the sender's
 */
async function fetchForPage(url, pageUrl) {
  if (new URL(url).origin !== new URL(pageUrl ?? "").origin) throw new Error("only pages of the tab's own site");
  const response = await fetch(url, { credentials: "include", redirect: "follow", headers: { Accept: "text/html" } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return { ok: response.ok, status: response.status, url: response.url, type: response.headers.get("content-type"), body: btoa(binary) };
}

ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type === "declutter-frame-payload" && sender.id === ext.runtime.id
      && sender.url?.startsWith(ext.runtime.getURL(FRAME_PAGE))) {
    const payload = framePayloads.get(message.token) ?? null;
    framePayloads.delete(message.token);
    sendResponse(payload);
    return false;
  }
  if (message?.type === "declutter-fetch-page" && sender.tab?.id !== undefined && sender.id === ext.runtime.id) {
    fetchForPage(message.url, sender.url).then(sendResponse, (error) => sendResponse({ error: errorMessage(error) }));
    return true; // answers asynchronously
  }
  if (message?.type === "declutter-reader-closed" && sender.tab?.id !== undefined && sender.id === ext.runtime.id) {
    setBadge(sender.tab.id, message.readerable ? "readerable" : "not-readerable");
  }
  return false;
});

ext.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === "loading") setBadge(tabId, "none");
  else if (change.status === "complete") pageLoaded(tab).catch((error) => console.warn("declutter:", error));
});

// For the end-to-end test and for debugging from the background console.
globalThis.declutterBackground = Object.freeze({
  perform, onCommand, onMenu, activeTab, features: Object.freeze({ inPlace: DECLUTTER_IN_PLACE }),
});
