// End-to-end: the browser extension (www/extension/) in every browser of BROWSERS: Debian's
// Chromium (new headless mode) and Firefox ESR (a temporary add-on over WebDriver BiDi).
//
// The test builds both extensions from the current pkg/ into target/e2e-extension/ (so it needs
// `make wasm`, not `make extension`) and loads one into each browser (browsers.mjs,
// launchWithExtension). The user's gesture is real: Chromium's toolbar button is clicked through
// the DevTools protocol (Extensions.triggerAction), Firefox's shortcut Alt+Shift+R is pressed in
// the browser window; either gives the extension its activeTab grant exactly as from a user.
// Context menus are browser UI that neither protocol reaches; their handlers are called from the
// background (after a gesture granted activeTab).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS, launchWithExtension } from "./browsers.mjs";
import { ROOT } from "./harness.mjs";
import { CSP, startStaticServer } from "./static-server.mjs";
import {
  classifyScriptError, matchesSites, normalizeSettings, originPatterns, parseSites, readerOptions, restrictedReason,
} from "../../www/extension/shared.js";
import { filtersFor, parseRule, ruleFor, siteOf, withoutRule, withRule } from "../../www/picker/rules.js";

const ARTIFACTS = join(ROOT, "target", "e2e-artifacts");
const BUILD = join(ROOT, "target", "e2e-extension");
const EXTENSION = { chromium: join(BUILD, "chrome"), firefox: join(BUILD, "firefox") };
const ARTICLE_TITLE = "USA und Japan stärken Sicherheitszusammenarbeit";
const ARTICLE_TEXT = "Die USA und Japan wollen angesichts der Bedrohungen";
const TEASER_GRID = "Das könnte Dich auch interessieren";
const PARAGRAPH = "Blinken und Austin bekräftigten zudem ihr Bekenntnis";
const SHORTCUT = { chromium: /Alt\+Shift\+D/, firefox: /Alt\+Shift\+R/ };
const BROWSER_PAGE = { chromium: "chrome://version/", firefox: "about:blank" };

const NO_ARTICLE = `<!doctype html><html lang="en"><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/help">Help</a></nav><form><label>Email <input type="email"></label><button>Sign in</button></form>
</body></html>`;

let server;
let base;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-extension.mjs"), "--out", BUILD], { stdio: "inherit" });
  ({ server, base } = await startStaticServer({
    route: (path) => (path === "/no-article.html" ? { body: NO_ARTICLE } : null),
  }));
});

after(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The reader view's text parts, from the page or from the extension frame that holds it. */
async function readerIn(page) {
  const read = (host) => {
    const root = host?.shadowRoot;
    const content = root?.querySelector(".dr-content");
    if (!content) return null;
    const element = root.querySelector(".dr-root");
    return {
      title: root.querySelector(".dr-title")?.textContent, text: content.textContent,
      theme: element.dataset.theme, font: element.dataset.font, size: element.style.getPropertyValue("--dr-font-size"),
      width: element.style.getPropertyValue("--dr-width"), styled: getComputedStyle(element).position !== "static",
    };
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    const inPage = await page.$eval("declutter-reader", read).catch(() => null);
    if (inPage) return { ...inPage, where: "page" };
    const frameElement = await page.$("#declutter-extension-frame");
    const frame = await frameElement?.contentFrame();
    const inFrame = await frame?.$eval("declutter-reader", read).catch(() => null);
    if (inFrame) return { ...inFrame, where: "frame" };
    await pause(100);
  }
  assert.fail("no reader view appeared");
}

function assertArticle(reader) {
  assert.equal(reader.title, ARTICLE_TITLE);
  assert.ok(reader.text.includes(ARTICLE_TEXT), "the article text is missing");
  for (const clutter of [TEASER_GRID, "Kimmich redet Klartext", "Gesponserte Inhalte"]) {
    assert.ok(!reader.text.includes(clutter), `${clutter} shown in the reader view`);
  }
}

const readerGone = (page) => page.waitForFunction(() => !document.querySelector("declutter-reader, #declutter-extension-frame"));
const isShown = (page, text) => page.evaluate((text) => [...document.querySelectorAll("p, h2")].some((e) => e.textContent.includes(text) && e.checkVisibility()), text);

for (const name of BROWSERS) {
  describe(`extension in ${name}`, () => {
    let ext;
    before(async () => {
      ext = await launchWithExtension(name, EXTENSION[name]);
    });
    after(async () => {
      await ext?.browser.close();
    });

    async function openPage(path) {
      const page = await ext.browser.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error));
      await page.goto(/^[a-z]+:/.test(path) ? path : base + path);
      await page.bringToFront();
      return { page, errors };
    }

    const badge = () => ext.background("badge");

    async function waitForBadge(expected) {
      let last;
      for (let attempt = 0; attempt < 50; attempt++) {
        last = await badge();
        if (last.text === expected) return last;
        await pause(100);
      }
      assert.fail(`badge is ${JSON.stringify(last)}, expected "${expected}"`);
    }

    /**
     * The user's gesture on the tab (toolbar button or shortcut), then waits until the button's
     * tooltip changes (every gesture in these tests changes it). Headless Chromium now and then
     * runs the action without the activeTab grant a real click gives ("Cannot access contents of
     * the page"); the gesture is then repeated, at most twice, with a note in the output.
     */
    async function gesture(page) {
      for (let attempt = 1; ; attempt++) {
        await page.bringToFront();
        const before = await badge();
        await ext.toolbar(page);
        let now = before;
        for (let poll = 0; poll < 100 && now.title === before.title; poll++) {
          await pause(50);
          now = await badge();
        }
        if (!/Cannot access contents of the page/.test(now.title) || attempt === 3) return now;
        console.log(`# gesture ${attempt} on ${page.url()} ran without the activeTab grant; again`);
      }
    }

    test("the toolbar button (Chromium) or the shortcut (Firefox) opens the reader view with the options' defaults, and closes it", async () => {
      await ext.background("setStorage", { theme: "sepia", fontFamily: "sans", fontSize: 23, contentWidth: 40 });
      const { page, errors } = await openPage("/samples/portal-news.html");
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await gesture(page);
      const reader = await readerIn(page);
      assertArticle(reader);
      assert.equal(reader.where, "page");
      assert.deepEqual([reader.theme, reader.font, reader.size, reader.width, reader.styled], ["sepia", "sans", "23px", "40em", true]);
      const open = await waitForBadge("on");
      assert.match(open.title, /reader view open/);
      assert.match(open.title, SHORTCUT[name], "the shortcut is not assigned");

      const closed = await ext.background("command", "toggle-reader");
      assert.equal(closed.result.open, false);
      await readerGone(page);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, "page not restored");
      assert.match((await waitForBadge("✓")).title, /looks like an article/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`a page served with "${CSP}" gets the reader view (in an extension frame where the page's CSP reaches content scripts)`, async () => {
      await ext.background("setStorage", { theme: "dark" });
      const { page } = await openPage("/csp/samples/portal-news.html");
      // The policy is in force: the page's own reader button (a module script) never ran.
      assert.equal(await page.$("[data-declutter-button]"), null);
      await gesture(page);
      const reader = await readerIn(page);
      assertArticle(reader);
      assert.equal(reader.theme, "dark");
      // Chromium applies the page's CSP to wasm in content scripts, Firefox does not.
      assert.equal(reader.where, name === "chromium" ? "frame" : "page");
      await waitForBadge("on");
      if (name === "chromium") await page.screenshot({ path: join(ARTIFACTS, "extension-reader.png") });

      // The reader's own close button: the view (or its frame) goes, the badge follows.
      const frame = await (await page.$("#declutter-extension-frame"))?.contentFrame();
      const close = await (frame ?? page).waitForSelector("declutter-reader >>> button[aria-label='Close reader view (Escape)']");
      await close.click();
      await readerGone(page);
      await waitForBadge("✓");
      // And the gesture opens it again (content script already injected), and closes it.
      await gesture(page);
      assertArticle(await readerIn(page));
      await gesture(page);
      await readerGone(page);
      await page.close();
    });

    test("context menu: Open in reader view, and Declutter page (in-place mode) and restore", async () => {
      await ext.background("setStorage", {});
      const { page, errors } = await openPage("/samples/portal-news.html");
      await gesture(page); // the gesture that grants activeTab
      await readerIn(page);
      await gesture(page);
      await readerGone(page);
      const opened = await ext.background("menu", "open-reader");
      assert.equal(opened.state, "open");
      assertArticle(await readerIn(page));
      await ext.background("command", "toggle-reader");
      await readerGone(page);

      assert.equal((await ext.background("features")).inPlace, true, "the build left out in-place mode: pkg/ exports no declutterPage()");
      const before = await page.evaluate(() => document.body.outerHTML);
      assert.ok(await isShown(page, TEASER_GRID));
      const decluttered = await ext.background("menu", "declutter-page");
      assert.equal(decluttered.result.decluttered, true, JSON.stringify(decluttered));
      assert.ok(decluttered.result.hidden > 0);
      assert.equal(await isShown(page, TEASER_GRID), false, "the teaser grid is still shown");
      assert.ok(await isShown(page, ARTICLE_TEXT), "in-place mode hid the article");
      assert.equal((await badge()).text, String(decluttered.result.hidden));
      const restored = await ext.background("menu", "declutter-page");
      assert.equal(restored.result.decluttered, false);
      assert.ok(await isShown(page, TEASER_GRID));
      assert.equal(await page.evaluate(() => document.body.outerHTML), before, "restore did not give the page back");
      assert.deepEqual(errors, []);
      await page.close();
    });

    test("Hide an element…: the picked block's rule is stored for the site, listed in the options, and applied in both modes", async () => {
      await ext.background("setStorage", {});
      const { page, errors } = await openPage("/samples/portal-news.html");
      await page.locator("button ::-p-text(Alle akzeptieren)").click();
      await gesture(page);
      await readerIn(page);
      await gesture(page);
      await readerGone(page);
      const picking = await ext.background("menu", "pick-element");
      assert.equal(picking.state, "picking", JSON.stringify(picking));
      await page.waitForSelector("[data-declutter-ui=picker]");
      const point = await page.evaluate((text) => {
        const paragraph = [...document.querySelectorAll(".article-body p")].find((p) => p.textContent.includes(text));
        paragraph.scrollIntoView({ block: "center" });
        const rect = paragraph.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, PARAGRAPH);
      await page.mouse.move(point.x, point.y);
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForSelector("[data-declutter-ui=picker]", { hidden: true });
      assert.equal(await isShown(page, PARAGRAPH), false);
      let stored;
      for (let attempt = 0; attempt < 50 && !stored?.pickedRules?.length; attempt++) {
        await pause(100);
        stored = await ext.background("storage");
      }
      const [rule] = stored.pickedRules;
      assert.match(rule, /^localhost##\S/, JSON.stringify(stored));

      // The options page lists it; an edited rule and a removed one are saved as such.
      const options = await ext.openExtensionPage("options.html");
      await options.waitForFunction((rule) => [...document.querySelectorAll("#picked-rules input")].some((input) => input.value === rule), {}, rule);
      await options.$eval("#picked-rules input", (input, value) => { input.value = value; }, `${rule}, localhost##.most-read`);
      await options.locator("button ::-p-text(Save)").click();
      await options.waitForFunction(() => /Not a rule/.test(document.querySelector("#status").textContent));
      await options.$eval("#picked-rules input", (input, value) => { input.value = value; }, "localhost##.most-read");
      await options.locator("button ::-p-text(Save)").click();
      await options.waitForFunction(() => document.querySelector("#status").textContent === "Saved.");
      assert.deepEqual((await ext.background("storage")).pickedRules, ["localhost##.most-read"]);
      await options.$eval("#picked-rules input", (input, value) => { input.value = value; }, rule);
      await options.locator("button ::-p-text(Save)").click();
      await options.waitForFunction(() => document.querySelector("#status").textContent === "Saved.");
      assert.deepEqual((await ext.background("storage")).pickedRules, [rule]);
      await options.close();

      // After a reload (which ends the activeTab grant: a new gesture), both modes drop the block.
      await page.reload();
      await page.bringToFront();
      assert.ok(await isShown(page, PARAGRAPH), "the page itself is as the site made it");
      await gesture(page);
      const reader = await readerIn(page);
      assert.ok(!reader.text.includes(PARAGRAPH), "the reader view ignores the picked rule");
      assert.ok(reader.text.includes(ARTICLE_TEXT));
      await gesture(page);
      await readerGone(page);
      await ext.background("menu", "declutter-page");
      assert.equal(await isShown(page, PARAGRAPH), false, "in-place mode ignores the picked rule");
      await ext.background("menu", "declutter-page");
      assert.ok(await isShown(page, PARAGRAPH));
      assert.deepEqual(errors, []);
      await page.close();

      // Removing it in the options page: the block is shown again in the reader view.
      const again = await ext.openExtensionPage("options.html");
      await again.waitForSelector("#picked-rules input");
      await again.locator("#picked-rules button").click();
      await again.locator("button ::-p-text(Save)").click();
      await again.waitForFunction(() => document.querySelector("#status").textContent === "Saved.");
      assert.deepEqual((await ext.background("storage")).pickedRules, []);
      await again.close();
    });

    test("options page: shows the stored settings and saves changes", async () => {
      await ext.background("setStorage", { theme: "dark", fontSize: 21, filters: "##.newsletter" });
      const page = await ext.openExtensionPage("options.html");
      await page.waitForFunction(() => document.querySelector("[name=theme]").value === "dark");
      assert.equal(await page.$eval("[name=fontSize]", (input) => input.value), "21");
      assert.equal(await page.$eval("[name=filters]", (input) => input.value), "##.newsletter");
      await page.select("[name=theme]", "sepia");
      await page.select("[name=fontFamily]", "sans");
      await page.locator("button ::-p-text(Save)").click();
      await page.waitForFunction(() => document.querySelector("#status").textContent === "Saved.");
      const stored = await ext.background("storage");
      assert.equal(stored.theme, "sepia");
      assert.equal(stored.fontFamily, "sans");
      await page.$eval("[name=autoSites]", (input) => { input.value = "not a site!"; });
      await page.locator("button ::-p-text(Save)").click();
      await page.waitForFunction(() => document.querySelector("#status").textContent === "Not a site: not a site!");
      await page.close();
    });

    test("on a browser page it does nothing and says so on the button", async () => {
      const { page } = await openPage(BROWSER_PAGE[name]);
      await gesture(page);
      const shown = await waitForBadge("✕");
      assert.match(shown.title, /can't run here/);
      await page.close();
    });

    test("a page without an article: the reader view says so instead of opening empty", async () => {
      const { page } = await openPage("/no-article.html");
      await gesture(page);
      const shown = await waitForBadge("!");
      assert.match(shown.title, /no article/);
      assert.equal(await page.$("declutter-reader"), null);
      await page.close();
    });
  });
}

describe("extension build", () => {
  test("one manifest source, two manifests, minimal permissions", () => {
    const chrome = JSON.parse(readFileSync(join(EXTENSION.chromium, "manifest.json"), "utf8"));
    const firefox = JSON.parse(readFileSync(join(EXTENSION.firefox, "manifest.json"), "utf8"));
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
    const picked = normalizeSettings({ filters: "##.ad", pickedRules: ["example.com##.promo", 7, "example.com##.promo", "no rule"] });
    assert.deepEqual(picked.pickedRules, ["example.com##.promo"]);
    assert.equal(readerOptions(picked).filters, "##.ad\nexample.com##.promo");
    assert.deepEqual(normalizeSettings({ pickedRules: "x" }).pickedRules, []);
  });

  test("picked rules: one site each, parsed and listed", () => {
    assert.equal(siteOf("https://www.Example.com/a?b"), "example.com");
    assert.equal(siteOf("http://localhost:8080/x"), "localhost");
    assert.equal(siteOf("about:blank"), null);
    assert.equal(ruleFor("https://news.example.org/a", ".promo-box"), "news.example.org##.promo-box");
    assert.equal(ruleFor("about:blank", ".x"), null);
    assert.deepEqual(parseRule("example.com##.promo > p", null), { site: "example.com", selector: ".promo > p" });
    for (const bad of ["##.everywhere", "example.com#@#.x", "example.com##", "not a rule"]) assert.ok(parseRule(bad, null).error, bad);
    assert.deepEqual(withRule(["a##.x"], "a##.x"), ["a##.x"]);
    assert.deepEqual(withRule(["a##.x"], "b##.y"), ["a##.x", "b##.y"]);
    assert.deepEqual(withoutRule(["a##.x", "b##.y"], "a##.x"), ["b##.y"]);
    assert.equal(filtersFor("  ", []), "");
    assert.equal(filtersFor("##.ad\n", ["a##.x"]), "##.ad\na##.x");
  });
});
