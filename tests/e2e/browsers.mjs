// The browsers the end-to-end tests run in, driven by puppeteer-core: Debian's Chromium over
// CDP and Debian's Firefox ESR over WebDriver BiDi (neither is downloaded by the tool).
//
//   E2E_BROWSERS=chromium,firefox   (default: both; one name runs one)
//
// A test file loops over BROWSERS and launches each with launch(name), or with
// launchWithExtension(name, dir) for a browser with the extension loaded.
import puppeteer from "puppeteer-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./harness.mjs";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

/** Names from E2E_BROWSERS, in order. */
export const BROWSERS = (process.env.E2E_BROWSERS ?? "chromium,firefox")
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);

/** Launch options for puppeteer-core; `extra` is merged in (its `args` after the machine's flags). */
export function launchOptions(name, extra = {}) {
  switch (name) {
    case "chromium":
      return { browser: "chrome", executablePath: CHROMIUM, headless: true, ...extra, args: [...CHROMIUM_ARGS, ...(extra.args ?? [])] };
    case "firefox":
      return { browser: "firefox", executablePath: FIREFOX, headless: true, ...extra };
    default:
      throw new Error(`unknown browser '${name}' in E2E_BROWSERS (chromium, firefox)`);
  }
}

/** A headless browser with a fresh profile. */
export function launch(name, extra = {}) {
  return puppeteer.launch(launchOptions(name, extra));
}

// ---- the extension ----

/** The Firefox add-on's id (scripts/build-extension.mjs) and the moz-extension:// host it gets here. */
const GECKO_ID = "declutter@declutter.extension";
const FIREFOX_UUID = "d3c1a77e-0000-4000-8000-e2e000000014";

/**
 * Runs in the background (Chromium's service worker) or in an extension page (Firefox, whose
 * event page WebDriver cannot reach): one operation on the extension, with the tab in front.
 * Serialized by puppeteer, so it closes over nothing.
 */
async function backgroundOperation([operation, argument]) {
  const ext = globalThis.browser ?? globalThis.chrome;
  const background = globalThis.declutterBackground ?? (await ext.runtime.getBackgroundPage()).declutterBackground;
  const tab = await background.activeTab();
  const plain = (value) => JSON.parse(JSON.stringify(value ?? null));
  switch (operation) {
    case "badge":
      return { text: await ext.action.getBadgeText({ tabId: tab.id }), title: await ext.action.getTitle({ tabId: tab.id }) };
    case "command":
      return plain(await background.onCommand(argument, undefined));
    case "menu":
      return plain(await background.onMenu({ menuItemId: argument }, tab));
    case "perform":
      return plain(await background.perform(tab, argument));
    case "features":
      return plain(background.features);
    case "commands":
      return plain(await ext.commands.getAll());
    case "storage":
      return plain(await ext.storage.local.get(null));
    case "setStorage":
      await ext.storage.local.clear();
      await ext.storage.local.set(argument);
      return null;
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}

/** Opens an extension page in a new tab; BiDi never reports a moz-extension:// load as done. */
async function openFirefoxExtensionPage(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { timeout: 1500 }).catch(() => {});
  await page.waitForFunction(() => document.readyState === "complete" && location.protocol === "moz-extension:");
  return page;
}

/**
 * A browser with the unpacked extension in `dir` loaded (Chromium: `enableExtensions` over the
 * DevTools pipe; Firefox: a temporary add-on, `browser.installExtension`). Returns
 * - `browser`, the puppeteer Browser, and `origin`, the extension's `…-extension://id` origin;
 * - `background(operation, argument)`: see backgroundOperation;
 * - `toolbar(page)`: the user's gesture on the tab in front. Chromium clicks the toolbar button
 *   (Extensions.triggerAction, the real click path with its activeTab grant); Firefox presses
 *   the shortcut, Alt+Shift+R, as a trusted key event in the browser window (WebDriver's own
 *   key events reach the page only, not the browser's shortcuts), which needs system access;
 * - `openExtensionPage(path)`, a tab with one of the extension's pages.
 */
export async function launchWithExtension(name, dir) {
  if (name === "chromium") {
    const browser = await launch(name, { enableExtensions: [dir], pipe: true, args: ["--enable-unsafe-extension-debugging"], defaultViewport: { width: 1280, height: 900 } });
    const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().endsWith("/background.js"));
    const worker = await target.worker();
    const [extension] = (await browser.extensions()).values();
    return {
      browser,
      origin: `chrome-extension://${extension.id}`,
      background: (operation, argument) => worker.evaluate(backgroundOperation, [operation, argument]),
      toolbar: (page) => page.triggerExtensionAction(extension),
      async openExtensionPage(path) {
        const page = await browser.newPage();
        await page.goto(`chrome-extension://${extension.id}/${path}`);
        return page;
      },
    };
  }
  const browser = await launch(name, {
    args: ["-remote-allow-system-access"],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(dir);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const control = await openFirefoxExtensionPage(browser, `${origin}/options.html`);
  const { result } = await browser.connection.send("browsingContext.getTree", { "moz:scope": "chrome" });
  const chromeWindow = result.contexts[0].context;
  return {
    browser,
    origin,
    background: (operation, argument) => control.evaluate(backgroundOperation, [operation, argument]),
    async toolbar(page) {
      await page.bringToFront();
      const expression = `(() => {
        gBrowser.selectedBrowser.focus();
        const event = new KeyboardEvent("keypress", { key: "R", code: "KeyR", charCode: 82, altKey: true, shiftKey: true, bubbles: true, cancelable: true });
        document.documentElement.dispatchEvent(event);
        return event.defaultPrevented;
      })()`;
      const { result: answer } = await browser.connection.send("script.evaluate", { expression, target: { context: chromeWindow }, awaitPromise: false });
      if (answer.type !== "success" || answer.result.value !== true) throw new Error(`the shortcut was not taken: ${JSON.stringify(answer)}`);
    },
    openExtensionPage: (path) => openFirefoxExtensionPage(browser, `${origin}/${path}`),
  };
}
