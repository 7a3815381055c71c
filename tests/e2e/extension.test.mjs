// End-to-end: the browser extension (www/extension/) in Debian's Chromium, new headless mode.
//
// The test builds the Chrome extension from the current pkg/ into target/e2e-extension/ (so it
// needs `make wasm`, not `make extension`), starts Chromium with it loaded, and clicks the toolbar
// button through the DevTools protocol (Extensions.triggerAction, which needs
// --enable-unsafe-extension-debugging): that is the real click path, so the extension gets its
// activeTab grant exactly as from a user. Chromium is spawned here rather than by playwright so
// that a browser-level DevTools session is available (connectOverCDP).
//
// Keyboard shortcuts and context menus are browser UI that DevTools cannot reach; their handlers
// are called from the service worker instead (after a toolbar click granted activeTab).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from "./harness.mjs";
import {
  classifyScriptError, matchesSites, normalizeSettings, originPatterns, parseSites, readerOptions, restrictedReason,
} from "../../www/extension/shared.js";

const ARTIFACTS = join(ROOT, "target", "e2e-artifacts");
const BUILD = join(ROOT, "target", "e2e-extension");
const EXTENSION = join(BUILD, "chrome");
const ARTICLE_TITLE = "USA und Japan stärken Sicherheitszusammenarbeit";
const ARTICLE_TEXT = "Die USA und Japan wollen angesichts der Bedrohungen";
const TEASER_GRID = "Das könnte Dich auch interessieren";
const CSP = "default-src 'none'";

const NO_ARTICLE = `<!doctype html><html lang="en"><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/help">Help</a></nav><form><label>Email <input type="email"></label><button>Sign in</button></form>
</body></html>`;

// ---- a static server for www/: /csp/... is the same file with `Content-Security-Policy: default-src 'none'` ----
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".svg": "image/svg+xml", ".css": "text/css" };
function startServer() {
  const www = join(ROOT, "www");
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (path === "/no-article.html") {
      response.writeHead(200, { "content-type": TYPES[".html"] });
      response.end(NO_ARTICLE);
      return;
    }
    const csp = path.startsWith("/csp/");
    if (csp) path = path.slice(4);
    const file = normalize(join(www, path));
    if (!file.startsWith(www) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
      ...(csp ? { "content-security-policy": CSP } : {}),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let server;
let base;
let chromiumProcess;
let profile;
let browser;
let context;
let worker;
let extensionId;
let cdp;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-extension.mjs"), "--out", BUILD, "--browser", "chrome"], { stdio: "inherit" });
  server = await startServer();
  base = `http://localhost:${server.address().port}`;
  profile = mkdtempSync(join(tmpdir(), "declutter-extension-"));
  chromiumProcess = spawn(CHROMIUM, [
    ...CHROMIUM_ARGS, "--headless=new", "--enable-unsafe-extension-debugging", "--remote-debugging-port=0",
    `--user-data-dir=${profile}`, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
    "--window-size=1280,900", "about:blank",
  ], { stdio: ["ignore", "ignore", "pipe"] });
  const endpoint = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: chromiumProcess.stderr });
    lines.on("line", (line) => {
      const match = line.match(/DevTools listening on (ws:\S+)/);
      if (match) resolve(match[1]);
    });
    chromiumProcess.once("exit", (code) => reject(new Error(`chromium exited with ${code}`)));
  });
  browser = await chromium.connectOverCDP(endpoint);
  context = browser.contexts()[0];
  worker = context.serviceWorkers().find((sw) => sw.url().endsWith("/background.js"))
    ?? await context.waitForEvent("serviceworker", { predicate: (sw) => sw.url().endsWith("/background.js"), timeout: 15_000 });
  extensionId = new URL(worker.url()).host;
  cdp = await browser.newBrowserCDPSession();
});

after(async () => {
  // connectOverCDP's close() only disconnects: ask the browser itself to quit, and wait for it.
  await cdp?.send("Browser.close").catch(() => {});
  await browser?.close().catch(() => {});
  if (chromiumProcess && chromiumProcess.exitCode === null && chromiumProcess.signalCode === null) {
    const exited = once(chromiumProcess, "exit");
    const timer = setTimeout(() => chromiumProcess.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

async function openPage(path) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(path.startsWith("chrome:") ? path : base + path);
  await page.bringToFront();
  return { page, errors };
}

/**
 * Clicks the extension's toolbar button for the page's tab (the DevTools "tab" target) and waits
 * until the button's tooltip changes (every click in these tests changes it). Headless Chromium
 * now and then runs the action without the activeTab grant a real click gives ("Cannot access
 * contents of the page"); the click is then repeated, at most twice, with a note in the output.
 */
async function clickToolbarButton(page) {
  for (let attempt = 1; ; attempt++) {
    // A user clicks the button of the tab in front: activeTab is granted for the active tab only.
    await page.bringToFront();
    await page.waitForFunction(() => document.visibilityState === "visible");
    const before = await badge();
    const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const tab = targetInfos.find((target) => target.url === page.url());
    assert.ok(tab, `no tab target for ${page.url()}`);
    await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
    let now = before;
    for (let poll = 0; poll < 100 && now.title === before.title; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      now = await badge();
    }
    if (!/Cannot access contents of the page/.test(now.title) || attempt === 3) return now;
    console.log(`# toolbar click ${attempt} on ${page.url()} ran without the activeTab grant; clicking again`);
  }
}

/** The toolbar button's badge and tooltip for the active tab, and the extension's per-tab view of it. */
function badge() {
  return worker.evaluate(async () => {
    const tab = await globalThis.declutterBackground.activeTab();
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
}

async function waitForBadge(expected) {
  let last;
  for (let attempt = 0; attempt < 50; attempt++) {
    last = await badge();
    if (last.text === expected) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`badge is ${JSON.stringify(last)}, expected "${expected}"`);
}

function inActiveTab(method, ...args) {
  return worker.evaluate(async ([name, rest]) => {
    const background = globalThis.declutterBackground;
    const tab = await background.activeTab();
    if (name === "command") return background.onCommand(rest[0], undefined);
    if (name === "menu") return background.onMenu({ menuItemId: rest[0] }, tab);
    return background.perform(tab, rest[0]);
  }, [method, args]);
}

async function setOptions(values) {
  await worker.evaluate(async (settings) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(settings);
  }, values);
}

async function assertReader(reader) {
  await reader.locator(".dr-content").waitFor();
  assert.equal(await reader.locator(".dr-title").textContent(), ARTICLE_TITLE);
  await assert.doesNotReject(reader.getByText(ARTICLE_TEXT).waitFor({ state: "visible", timeout: 5000 }));
  for (const clutter of [TEASER_GRID, "Kimmich redet Klartext", "Gesponserte Inhalte"]) {
    assert.equal(await reader.getByText(clutter).count(), 0, `${clutter} shown in the reader view`);
  }
}

describe("extension in Chromium", () => {
  test("toolbar button opens the reader view in the page with the options' defaults; the shortcut's handler closes it", async () => {
    await setOptions({ theme: "sepia", fontFamily: "sans", fontSize: 23, contentWidth: 40 });
    const { page, errors } = await openPage("/samples/portal-news.html");
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await clickToolbarButton(page);
    const reader = page.locator("declutter-reader");
    await assertReader(reader);
    const root = reader.locator(".dr-root");
    assert.deepEqual(await root.evaluate((element) => ({
      theme: element.dataset.theme, font: element.dataset.font, size: element.style.getPropertyValue("--dr-font-size"),
      width: element.style.getPropertyValue("--dr-width"),
      styled: getComputedStyle(element).position !== "static",
    })), { theme: "sepia", font: "sans", size: "23px", width: "40em", styled: true });
    const open = await waitForBadge("on");
    assert.match(open.title, /reader view open/);
    assert.match(open.title, /Alt\+Shift\+D/, "the shortcut is not assigned");

    const closed = await inActiveTab("command", "toggle-reader");
    assert.equal(closed.result.open, false);
    assert.equal(await reader.count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, "page not restored");
    assert.match((await waitForBadge("✓")).title, /looks like an article/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`a page served with "${CSP}" gets the reader view in an extension frame`, async () => {
    await setOptions({ theme: "dark" });
    const { page } = await openPage("/csp/samples/portal-news.html");
    // The policy is in force: the page's own reader button (a module script) never ran.
    assert.equal(await page.locator("[data-declutter-button]").count(), 0);
    await clickToolbarButton(page);
    const frameElement = page.locator("#declutter-extension-frame");
    await frameElement.waitFor({ timeout: 10_000 }).catch(async (error) => {
      console.log("DEBUG", await badge(), page.frames().map((f) => f.url()));
      throw error;
    });
    const reader = frameElement.contentFrame().locator("declutter-reader");
    await assertReader(reader);
    assert.equal(await reader.locator(".dr-root").getAttribute("data-theme"), "dark");
    assert.equal(await page.locator("declutter-reader").count(), 0, "reader view in the page although wasm is forbidden there");
    assert.ok(await frameElement.evaluate((frame) => frame.getBoundingClientRect().width >= innerWidth - 1), "frame does not cover the page");
    await waitForBadge("on");
    await page.screenshot({ path: join(ARTIFACTS, "extension-reader.png") });

    // The reader's own close button: the frame goes, the badge follows.
    await reader.getByRole("button", { name: "Close reader view (Escape)" }).click();
    await frameElement.waitFor({ state: "detached" });
    await waitForBadge("✓");
    // And the toolbar button opens it again (content script already injected).
    await clickToolbarButton(page);
    await assertReader(page.locator("#declutter-extension-frame").contentFrame().locator("declutter-reader"));
    await clickToolbarButton(page);
    await frameElement.waitFor({ state: "detached" });
    await page.close();
  });

  test("context menu: Open in reader view and Declutter page (in-place mode, when the wasm has it)", async (t) => {
    await setOptions({});
    const { page, errors } = await openPage("/samples/portal-news.html");
    await clickToolbarButton(page); // the gesture that grants activeTab
    await page.locator("declutter-reader .dr-content").waitFor();
    await clickToolbarButton(page);
    await page.locator("declutter-reader").waitFor({ state: "detached" });
    const opened = await inActiveTab("menu", "open-reader");
    assert.equal(opened.state, "open");
    await assertReader(page.locator("declutter-reader"));
    await inActiveTab("command", "toggle-reader");

    const inPlace = await worker.evaluate(() => globalThis.declutterBackground.features.inPlace);
    if (!inPlace) {
      t.diagnostic("pkg/ has no declutterPage(): the Declutter page menu entry is left out of this build");
      await page.close();
      return;
    }
    const grid = page.getByText(TEASER_GRID);
    assert.ok(await grid.isVisible());
    const decluttered = await inActiveTab("menu", "declutter-page");
    assert.equal(decluttered.result.decluttered, true, JSON.stringify(decluttered));
    assert.ok(decluttered.result.hidden > 0);
    await grid.waitFor({ state: "hidden" });
    assert.ok(await page.getByText(ARTICLE_TEXT).isVisible(), "in-place mode hid the article");
    assert.equal((await badge()).text, String(decluttered.result.hidden));
    const restored = await inActiveTab("menu", "declutter-page");
    assert.equal(restored.result.decluttered, false);
    await grid.waitFor({ state: "visible" });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("options page: shows the stored settings and saves changes", async () => {
    await setOptions({ theme: "dark", fontSize: 21, filters: "##.newsletter" });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const form = page.locator("#options");
    await page.waitForFunction(() => document.querySelector("[name=theme]").value === "dark");
    assert.equal(await form.locator("[name=fontSize]").inputValue(), "21");
    assert.equal(await form.locator("[name=filters]").inputValue(), "##.newsletter");
    await form.locator("[name=theme]").selectOption("sepia");
    await form.locator("[name=fontFamily]").selectOption("sans");
    await form.getByRole("button", { name: "Save" }).click();
    await page.locator("#status").getByText("Saved.").waitFor();
    const stored = await worker.evaluate(() => chrome.storage.local.get(null));
    assert.equal(stored.theme, "sepia");
    assert.equal(stored.fontFamily, "sans");
    await form.locator("[name=autoSites]").fill("not a site!");
    await form.getByRole("button", { name: "Save" }).click();
    await page.locator("#status").getByText("Not a site: not a site!").waitFor();
    await page.close();
  });

  test("on a browser page it does nothing and says so on the button", async () => {
    const { page } = await openPage("chrome://version/");
    await clickToolbarButton(page);
    const shown = await waitForBadge("✕");
    assert.match(shown.title, /can't run here/);
    await page.close();
  });

  test("a page without an article: the reader view says so instead of opening empty", async () => {
    const { page } = await openPage("/no-article.html");
    await clickToolbarButton(page);
    const shown = await waitForBadge("!");
    assert.match(shown.title, /no article/);
    assert.equal(await page.locator("declutter-reader").count(), 0);
    await page.close();
  });
});

describe("extension build", () => {
  test("one manifest source, two manifests, minimal permissions", () => {
    const chrome = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"));
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-extension.mjs"), "--out", BUILD, "--browser", "firefox"]);
    const firefox = JSON.parse(readFileSync(join(BUILD, "firefox", "manifest.json"), "utf8"));
    for (const manifest of [chrome, firefox]) {
      assert.equal(manifest.manifest_version, 3);
      assert.deepEqual(manifest.permissions, ["activeTab", "scripting", "storage", "contextMenus"]);
      assert.equal(manifest.host_permissions, undefined);
      assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    }
    assert.deepEqual(chrome.background, { service_worker: "background.js" });
    assert.deepEqual(firefox.background, { scripts: ["background.js"] });
    assert.match(firefox.browser_specific_settings.gecko.id, /^[\w.-]+@[\w.-]+$/);
    assert.equal(chrome.browser_specific_settings, undefined);
    assert.equal(firefox.commands["toggle-reader"].suggested_key.default, "Alt+Shift+R");
  });

  test("settings and site lists", () => {
    assert.deepEqual(parseSites("example.com\n# comment\nhttps://News.Example.org/path?q\n*.blog.example.net\n\nnot a site\n"), {
      sites: ["example.com", "news.example.org", "blog.example.net"], invalid: ["not a site"],
    });
    assert.deepEqual(originPatterns(["example.com"]), ["*://example.com/*", "*://*.example.com/*"]);
    assert.ok(matchesSites("https://www.example.com/a", ["example.com"]));
    assert.ok(matchesSites("http://example.com:8080/", ["example.com"]));
    assert.ok(!matchesSites("https://notexample.com/", ["example.com"]));
    assert.ok(!matchesSites("file:///example.com", ["example.com"]));
    for (const url of ["chrome://settings/", "about:addons", "moz-extension://x/options.html", "https://chromewebstore.google.com/detail/x", "https://addons.mozilla.org/en-US/firefox/"]) {
      assert.ok(restrictedReason(url), url);
    }
    assert.equal(restrictedReason("https://example.com/"), null);
    assert.equal(classifyScriptError("Cannot access a chrome:// URL"), "browser page");
    assert.equal(classifyScriptError("The extensions gallery cannot be scripted."), "browser page");
    assert.equal(classifyScriptError("Missing host permission for the tab"), "no access");
    assert.equal(classifyScriptError("declutter found no article on this page"), null);
    const settings = normalizeSettings({ theme: "neon", fontSize: 99, contentWidth: "30", filters: "##.ad" });
    assert.deepEqual([settings.theme, settings.fontSize, settings.contentWidth], ["auto", 32, 30]);
    assert.equal(readerOptions(settings).filters, "##.ad");
    assert.equal("filters" in readerOptions(normalizeSettings({ filters: "  " })), false);
  });
});
