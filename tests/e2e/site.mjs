// The demo server and one browser (Chromium or Firefox, puppeteer-core) around a group of
// end-to-end tests that run in every browser of BROWSERS.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { launch } from "./browsers.mjs";
import { ROOT, startServer } from "./harness.mjs";

/** Where the end-to-end tests keep their screenshots. */
export const ARTIFACTS = join(ROOT, "target", "e2e-artifacts");

/**
 * Inside a `describe`: starts the demo server and the browser `name` before its tests and
 * closes both after them. Returns
 * - `openPage(path, viewport)` → `{ page, errors, close }`: a page in a browser context of its
 *   own (a fresh profile's storage), page errors collected in `errors`;
 * - `url(path)`, the absolute URL of a path on the demo server (`host` replaces `localhost`);
 * - `browser()`, the puppeteer Browser.
 */
export function useSite(name, launchExtra = {}) {
  let server;
  let browser;
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    browser = await launch(name, launchExtra);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const url = (path, host) => {
    const absolute = new URL(path, server.url);
    if (host) absolute.hostname = host;
    return absolute.href;
  };
  async function openPage(path, viewport) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport ?? { width: 1280, height: 900 });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(path.includes("://") ? path : url(path));
    return { page, errors, close: () => context.close() };
  }
  return { openPage, url, browser: () => browser };
}

/** Loads pkg/declutter.js into the page (once) as `window.__declutter`. */
export function loadDeclutter(page) {
  return page.evaluate(async () => {
    if (!window.__declutter) {
      const module = await import("/pkg/declutter.js");
      await module.default();
      window.__declutter = module;
    }
  });
}

/** The page's rendered text with whitespace runs collapsed (hidden blocks are not in it). */
export function renderedText(page) {
  return page.evaluate(() => document.body.innerText.replace(/\s+/g, " "));
}
