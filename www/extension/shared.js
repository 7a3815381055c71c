// Shared by the background script and the options page: settings, site patterns, page classes.
import { filtersFor } from "../picker/rules.js";

/** The extension API: Firefox's promise-based `browser`, else Chrome's `chrome` (promises in MV3). */
export const ext = globalThis.browser ?? globalThis.chrome;

export const THEMES = ["auto", "light", "dark", "sepia"];
export const FONTS = ["serif", "sans"];
export const FONT_SIZE = { min: 12, max: 32, default: 19 };
export const CONTENT_WIDTH = { min: 24, max: 60, default: 36 };

/**
 * The extension's settings, as kept in storage.local (see DEFAULT_SETTINGS).
 * @typedef {object} Settings
 * @property {NonNullable<import("declutter").ReaderOptions["theme"]>} theme
 * @property {NonNullable<import("declutter").ReaderOptions["fontFamily"]>} fontFamily
 * @property {number} fontSize
 * @property {number} contentWidth
 * @property {string} autoSites
 * @property {string} filters
 * @property {boolean} badgeEverywhere
 * @property {string[]} pickedRules
 */

/** @type {Readonly<Settings>} */
export const DEFAULT_SETTINGS = Object.freeze({
  theme: "auto",
  fontFamily: "serif",
  fontSize: FONT_SIZE.default,
  contentWidth: CONTENT_WIDTH.default,
  /** Sites that open in reader view automatically, one pattern a line (see parseSites). */
  autoSites: "",
  /** User filter rules, EasyList element hiding (`##.selector`, `example.com##.selector`). */
  filters: "",
  /** Check every page for the badge (needs the optional <all_urls> host permission). */
  badgeEverywhere: false,
  /** Rules made with "Hide an element…", one `site##selector` each (www/picker/rules.js). */
  pickedRules: [],
});

/** @param {unknown} value @param {{ min: number, max: number, default: number }} range */
const clamp = (value, { min, max, default: fallback }) => {
  const number = Math.round(Number(value));
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
};

/**
 * Settings from storage, with defaults for missing keys and out-of-range values fixed.
 * @param {{ [key: string]: any }} [stored] what storage.local holds: anything
 * @returns {Settings}
 */
export function normalizeSettings(stored = {}) {
  const settings = { ...DEFAULT_SETTINGS, ...stored };
  return {
    theme: THEMES.includes(settings.theme) ? settings.theme : DEFAULT_SETTINGS.theme,
    fontFamily: FONTS.includes(settings.fontFamily) ? settings.fontFamily : DEFAULT_SETTINGS.fontFamily,
    fontSize: clamp(settings.fontSize, FONT_SIZE),
    contentWidth: clamp(settings.contentWidth, CONTENT_WIDTH),
    autoSites: String(settings.autoSites ?? ""),
    filters: String(settings.filters ?? ""),
    badgeEverywhere: settings.badgeEverywhere === true,
    pickedRules: Array.isArray(settings.pickedRules)
      ? [...new Set(settings.pickedRules.filter((rule) => typeof rule === "string" && rule.includes("##")))]
      : [],
  };
}

/** @returns {Promise<Settings>} */
export async function loadSettings() {
  return normalizeSettings(await ext.storage.local.get(Object.keys(DEFAULT_SETTINGS)));
}

/**
 * Options for enterReaderMode()/declutterPage() from the settings; `filters` (the user's rules
 * and the picked ones) only when there are any.
 * @param {Settings} settings
 * @param {string} [url]
 */
export function readerOptions(settings, url) {
  /** @type {import("declutter").ReaderOptions} */
  const options = {
    theme: settings.theme,
    fontFamily: settings.fontFamily,
    fontSize: settings.fontSize,
    contentWidth: settings.contentWidth,
  };
  if (url) options.url = url;
  const filters = filtersFor(settings.filters, settings.pickedRules);
  if (filters) options.filters = filters;
  return options;
}

const HOST = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/;

/**
 * The auto-open list: one site a line. `example.com` (or `*.example.com`) means the host and its
 * subdomains; a full URL is reduced to its host. Blank lines and `#` comments are skipped.
 * Returns { sites: [host...], invalid: [line...] }.
 * @param {string} text
 */
export function parseSites(text) {
  /** @type {string[]} */
  const sites = [];
  /** @type {string[]} */
  const invalid = [];
  for (const raw of String(text).split("\n")) {
    let line = raw.replace(/#.*/, "").trim().toLowerCase();
    if (!line) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(line)) {
      try {
        line = new URL(line).hostname;
      } catch {
        invalid.push(raw.trim());
        continue;
      }
    }
    line = line.replace(/\/.*$/, "").replace(/^\*\./, "").replace(/\.$/, "");
    if (HOST.test(line) && !sites.includes(line)) sites.push(line);
    else if (!HOST.test(line)) invalid.push(raw.trim());
  }
  return { sites, invalid };
}

/** Host permission patterns for the sites (the site itself and its subdomains). @param {string[]} sites */
export function originPatterns(sites) {
  return sites.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]);
}

/** Whether the URL's host is one of the sites or a subdomain of one. @param {string} url @param {string[]} sites */
export function matchesSites(url, sites) {
  let host;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

const INTERNAL_SCHEMES = new Set([
  "about:", "chrome:", "chrome-extension:", "chrome-search:", "chrome-untrusted:", "devtools:", "edge:",
  "brave:", "opera:", "vivaldi:", "moz-extension:", "resource:", "view-source:", "jar:", "blob:", "data:",
]);
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/accounts-static\.cdn\.mozilla\.net\//,
  /^https:\/\/addons\.cdn\.mozilla\.net\//,
];

/**
 * Why the extension cannot run on a page, or null when it may. Browsers forbid scripting their
 * own pages (settings, new tab, PDF viewer, extension pages) and the add-on stores.
 * @param {string | undefined} url
 */
export function restrictedReason(url) {
  if (!url) return null; // unknown without a host permission: try, and classify the error
  let protocol;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return null;
  }
  if (INTERNAL_SCHEMES.has(protocol)) return "browser page";
  if (STORE_PAGES.some((pattern) => pattern.test(url))) return "add-on store";
  return null;
}

/**
 * Classifies an executeScript failure: "browser page" (Chrome: "Cannot access a chrome:// URL",
 * "The extensions gallery cannot be scripted"), "no access" (no host permission and no activeTab
 * grant: Chrome's "Cannot access contents of ...", Firefox's "Missing host permission for the tab",
 * which Firefox also says on about: pages), or null for anything else.
 * @param {string} message
 */
export function classifyScriptError(message) {
  const text = String(message);
  if (/Cannot access an? [a-z-]+:\/\/ URL|cannot be scripted/i.test(text)) return "browser page";
  if (/permission|Cannot access contents/i.test(text)) return "no access";
  return null;
}

/** The message of what was thrown (an Error's `message`, else the value), as a string.
 * @param {unknown} error */
export function errorMessage(error) {
  return String(/** @type {{ message?: unknown } | null | undefined} */ (error)?.message ?? error);
}
