// The browsers the end-to-end tests run in, driven by puppeteer-core: Debian's Chromium over
// CDP and Debian's Firefox ESR over WebDriver BiDi (neither is downloaded by the tool).
//
//   E2E_BROWSERS=chromium,firefox   (default: both; one name runs one)
//
// A test file loops over BROWSERS and launches each with launch(name).
import puppeteer from "puppeteer-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./harness.mjs";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

/** Names from E2E_BROWSERS, in order. */
export const BROWSERS = (process.env.E2E_BROWSERS ?? "chromium,firefox")
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);

/** Launch options for puppeteer-core; `extra` is merged in (e.g. `{ enableExtensions: true }`). */
export function launchOptions(name, extra = {}) {
  switch (name) {
    case "chromium":
      return { browser: "chrome", executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...extra };
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
