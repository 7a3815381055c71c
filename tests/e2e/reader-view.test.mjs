// End-to-end: the demo site, the reader view and the JS API, in every browser of BROWSERS.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { BROWSERS } from "./browsers.mjs";
import { ARTIFACTS, useSite } from "./site.mjs";

/** Page state the reader view must give back unchanged. */
function pageState(page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    focused: document.activeElement?.outerHTML ?? null,
    search: document.querySelector("#portal-search")?.value ?? null,
  }));
}

/** What the reader view shows: its title, its text and the figure's caption. */
function readerShows(page) {
  return page.$eval("declutter-reader", (host) => {
    const root = host.shadowRoot;
    return {
      title: root.querySelector(".dr-title")?.textContent,
      text: root.querySelector(".dr-content")?.textContent ?? "",
      caption: root.querySelector(".dr-content figcaption")?.textContent ?? "",
    };
  });
}

/**
 * Print media on (`on` true) or off. Chromium emulates it (CDP); Firefox's WebDriver BiDi has no
 * media emulation, so there the page's and the reader view's `@media print` rules are copied into
 * one constructed sheet per scope, as rules for every medium, and taken away again.
 */
async function emulatePrint(page, name, on) {
  if (name === "chromium") return page.emulateMediaType(on ? "print" : "screen");
  return page.evaluate((on) => {
    const scopes = [document, document.querySelector("declutter-reader").shadowRoot];
    for (const scope of scopes) {
      if (!on) {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((sheet) => !sheet.__print);
        continue;
      }
      const rules = [...scope.styleSheets, ...scope.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSMediaRule && /\bprint\b/.test(rule.conditionText))
        .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules.join("\n"));
      sheet.__print = true;
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    }
  }, on);
}

const button = (page, name) => page.locator(`::-p-aria([name="${name}"][role="button"])`);
const openReader = async (page) => {
  await button(page, "Reader view").click();
  await page.waitForSelector("declutter-reader >>> .dr-content");
};

for (const name of BROWSERS) {
  describe(`the demo in ${name}`, () => {
    const { openPage } = useSite(name);

    test("German portal sample: the reader view shows the article without teasers and restores the page on close", async () => {
      const { page, errors, close } = await openPage("/samples/portal-news.html");
      await button(page, "Alle akzeptieren").click();
      await page.type("#portal-search", "Sicherheitsabkommen Japan");
      await page.evaluate(() => window.scrollTo(0, 600));
      await page.focus("[data-declutter-button='']");
      const before = await pageState(page);

      await openReader(page);
      const shown = await readerShows(page);
      assert.equal(shown.title, "USA und Japan stärken Sicherheitszusammenarbeit");
      assert.ok(shown.text.includes("Die USA und Japan wollen angesichts der Bedrohungen"));
      assert.match(shown.caption, /© Hiro Komae\/AP\/dpa/);
      for (const clutter of ["Kimmich redet Klartext", "Empfehlungen der Redaktion", "Anzeige", "Auch interessant", "Gesponserte Inhalte"]) {
        assert.ok(!shown.text.includes(clutter), `${clutter} shown in the reader view`);
      }
      await page.screenshot({ path: join(ARTIFACTS, `portal-news-reader-${name}.png`) });
      await emulatePrint(page, name, true);
      const printed = await page.evaluate(() => ({
        body: getComputedStyle(document.body).display,
        toolbar: getComputedStyle(document.querySelector("declutter-reader").shadowRoot.querySelector(".dr-toolbar")).display,
      }));
      assert.deepEqual(printed, { body: "none", toolbar: "none" }, "print shows more than the article");
      await emulatePrint(page, name, false);
      await page.locator("declutter-reader >>> button[data-action='theme-sepia']").click();
      assert.equal(await page.$eval("declutter-reader", (host) => host.shadowRoot.querySelector(".dr-root").dataset.theme), "sepia");

      await page.locator("declutter-reader >>> button[aria-label='Close reader view (Escape)']").click();
      assert.equal(await page.$("declutter-reader"), null, "host element left in the page");
      assert.deepEqual(await pageState(page), before);
      assert.deepEqual(errors, []);
      await close();
    });

    test("keyboard: focus stays in the view, Escape returns focus to the button", async () => {
      const { page, close } = await openPage("/samples/portal-news.html");
      await page.focus("[data-declutter-button='']");
      await page.keyboard.press("Enter");
      await page.waitForSelector("declutter-reader >>> .dr-content");
      for (let presses = 0; presses < 40; presses++) {
        if (presses % 3 === 0) {
          await page.keyboard.down("Shift");
          await page.keyboard.press("Tab");
          await page.keyboard.up("Shift");
        } else {
          await page.keyboard.press("Tab");
        }
        const inside = await page.evaluate(() => document.activeElement?.localName === "declutter-reader");
        assert.ok(inside, `focus left the reader view after ${presses + 1} presses`);
      }
      await page.keyboard.press("Escape");
      assert.equal(await page.$("declutter-reader"), null);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Reader view");
      await close();
    });

    test("the Arabic article is laid out right to left", async () => {
      const { page, close } = await openPage("/samples/rtl-arabic.html");
      await openReader(page);
      const article = await page.$eval("declutter-reader", (host) => {
        const element = host.shadowRoot.querySelector(".dr-article");
        return { direction: getComputedStyle(element).direction, text: element.textContent };
      });
      assert.equal(article.direction, "rtl");
      assert.match(article.text, /عادت الحركة إلى الأسواق القديمة/);
      assert.doesNotMatch(article.text, /احصل على خصم/);
      await page.screenshot({ path: join(ARTIFACTS, `rtl-arabic-reader-${name}.png`) });
      await close();
    });

    test("the blog post keeps code blocks and scrolls its table", async () => {
      const { page, close } = await openPage("/samples/blog-code.html", { width: 420, height: 800 });
      await openReader(page);
      const content = await page.$eval("declutter-reader", (host) => {
        const root = host.shadowRoot.querySelector(".dr-content");
        const table = root.querySelector("table");
        return {
          code: root.querySelector("pre").textContent,
          overflow: getComputedStyle(table.parentElement).overflowX,
          scrolls: table.parentElement.scrollWidth > table.parentElement.clientWidth,
          text: root.textContent,
        };
      });
      assert.match(content.code, /\n {4}match node\.value\(\) \{/);
      assert.deepEqual([content.overflow, content.scrolls], ["auto", true]);
      assert.ok(!content.text.includes("You may also like"));
      await close();
    });

    test("JavaScript API: returns plain camelCase objects, throws Errors, drives the view", async () => {
      const { page, close } = await openPage("/samples/portal-news.html");
      const result = await page.evaluate(async () => {
        const declutter = await import("/pkg/declutter.js");
        await declutter.default();
        const html = document.documentElement.outerHTML;
        const article = declutter.clean(html, { url: location.href });
        const thrown = (call) => { try { call(); return null; } catch (error) { return { isError: error instanceof Error, message: error.message }; } };
        return {
          plain: Object.getPrototypeOf(article) === Object.prototype && !("free" in article),
          keys: Object.keys(article).sort(),
          removedKeys: Object.keys(article.removed[0] ?? {}).sort(),
          kinds: [...new Set(article.removed.map((block) => block.kind))],
          pageKind: article.pageKind,
          badScorer: thrown(() => declutter.clean(html, { scorer: "oracle" })),
          documentTitle: declutter.cleanDocument().title,
          readerable: [declutter.isProbablyReaderable(document), declutter.isProbablyReaderable(html)],
          badOption: thrown(() => declutter.clean(html, { charThreshold: "many" })),
          badTheme: thrown(() => declutter.enterReaderMode({ theme: "neon" })),
          tooLarge: thrown(() => declutter.clean(html, { maxBytes: 100 })),
          notHtml: thrown(() => declutter.isProbablyReaderable(42)),
          toggles: [declutter.toggleReaderMode(), declutter.isReaderModeOpen(), declutter.toggleReaderMode(), declutter.exitReaderMode()],
        };
      });
      assert.ok(result.plain, "clean() returned a wasm handle instead of a plain object");
      assert.deepEqual(result.keys, ["byline", "content", "dir", "excerpt", "lang", "leadImage", "length", "markdown",
        "pageKind", "publishedTime", "readingMinutes", "removed", "siteName", "text", "title"]);
      assert.deepEqual(result.removedKeys, ["kind", "reason", "selector", "textLength"]);
      assert.equal(result.pageKind, "article", "the portal's news story is an article");
      assert.ok(result.badScorer?.isError && /unknown scorer 'oracle'/.test(result.badScorer.message), JSON.stringify(result.badScorer));
      for (const kind of result.kinds) {
        assert.ok(["ad", "recommendation", "navigation", "social", "comments", "newsletter", "consent", "other"].includes(kind), kind);
      }
      assert.equal(result.documentTitle, "USA und Japan stärken Sicherheitszusammenarbeit");
      assert.deepEqual(result.readerable, [true, true]);
      for (const failure of ["badOption", "badTheme", "tooLarge", "notHtml"]) {
        assert.equal(result[failure]?.isError, true, `${failure} did not throw an Error`);
        assert.ok(result[failure].message.length > 0);
      }
      assert.match(result.tooLarge.message, /limit/);
      assert.deepEqual(result.toggles, [true, true, false, false]);
      await close();
    });

    test("playground: shows the cleaned article, Markdown, metadata and removed blocks", async () => {
      const { page, errors, close } = await openPage("/playground/?sample=/samples/portal-news.html");
      await page.waitForFunction(() => /blocks removed/.test(document.querySelector("#stats")?.textContent ?? ""));
      const preview = await (await page.$("#preview")).contentFrame();
      await preview.waitForFunction(() => document.body?.textContent.includes("Die USA und Japan wollen angesichts"));
      assert.equal(await preview.evaluate(() => document.body.textContent.includes("Kimmich redet Klartext")), false);
      await page.locator("#tab-removed").click();
      assert.ok(await page.$eval("#removed", (table) => table.querySelectorAll(".kind-recommendation").length) > 0, "no recommendation block listed");
      await page.locator("#tab-metadata").click();
      const metadata = JSON.parse(await page.$eval("#metadata", (element) => element.textContent));
      assert.equal(metadata.siteName, "meinportal.de");
      await page.locator("#tab-markdown").click();
      assert.match(await page.$eval("#markdown", (element) => element.textContent), /Die USA und Japan wollen angesichts/);
      await page.screenshot({ path: join(ARTIFACTS, `playground-${name}.png`) });
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
