// The demo server and a browser around one end-to-end test file (node:test hooks).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { launchBrowser, ROOT, startServer } from "./harness.mjs";

/** Where the end-to-end tests keep their screenshots. */
export const ARTIFACTS = join(ROOT, "target", "e2e-artifacts");

/**
 * For a test file driving the demo: starts the server and a browser before its tests, closes
 * both after them, and returns
 * - `openPage(path, viewport)` → `{ page, context, errors, close }`, a page in a context of its
 *   own (page errors are collected in `errors`),
 * - `newContext(viewport)`, a browser context (to set up routes before going anywhere),
 * - `demoUrl(path)`, the absolute URL of a path on the demo server.
 */
export function useDemo() {
  let server;
  let browser;
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const demoUrl = (path) => new URL(path, server.url).href;
  const newContext = (viewport = { width: 1280, height: 900 }) => browser.newContext({ viewport });
  async function openPage(path, viewport) {
    const context = await newContext(viewport);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(demoUrl(path));
    return { page, context, errors, close: () => context.close() };
  }
  return { openPage, newContext, demoUrl };
}
