// End-to-end: the demo site, the reader view and the JS API in headless Chromium.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ARTIFACTS, useDemo } from "./demo.mjs";

const { openPage } = useDemo();

/** Screenshot kept as a test artifact. `caret: "initial"`: Playwright's caret hiding would leave
 * `style=""` on the page's inputs and break the unchanged-DOM assertion. */
function screenshot(page, name) {
  return page.screenshot({ path: join(ARTIFACTS, name), caret: "initial", animations: "disabled" });
}

/** Page state the reader view must give back unchanged. */
function pageState(page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    focused: document.activeElement?.outerHTML ?? null,
    search: document.querySelector("#portal-search")?.value ?? null,
  }));
}

describe("German portal sample", () => {
  test("reader view shows the article without teasers and restores the page on close", async () => {
    const { page, errors, close } = await openPage("/samples/portal-news.html");
    await page.getByRole("button", { name: "Alle akzeptieren" }).click();
    await page.fill("#portal-search", "Sicherheitsabkommen Japan");
    await page.evaluate(() => window.scrollTo(0, 600));
    const readerButton = page.getByRole("button", { name: "Reader view" });
    await readerButton.focus();
    const before = await pageState(page);

    await readerButton.click();
    const reader = page.locator("declutter-reader");
    await reader.locator(".dr-content").waitFor();
    await assert.doesNotReject(reader.getByText("Die USA und Japan wollen angesichts der Bedrohungen").waitFor({ state: "visible" }));
    assert.equal(await reader.locator(".dr-title").textContent(), "USA und Japan stärken Sicherheitszusammenarbeit");
    assert.match(await reader.locator(".dr-content figcaption").textContent(), /© Hiro Komae\/AP\/dpa/);
    for (const clutter of ["Kimmich redet Klartext", "Empfehlungen der Redaktion", "Anzeige", "Auch interessant", "Gesponserte Inhalte"]) {
      assert.equal(await reader.getByText(clutter).count(), 0, `${clutter} shown in the reader view`);
    }
    await screenshot(page, "portal-news-reader.png");
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      body: getComputedStyle(document.body).display,
      toolbar: getComputedStyle(document.querySelector("declutter-reader").shadowRoot.querySelector(".dr-toolbar")).display,
    }));
    assert.deepEqual(printed, { body: "none", toolbar: "none" }, "print shows more than the article");
    await page.emulateMedia({ media: "screen" });
    await reader.getByRole("toolbar").getByRole("button", { name: "Sepia" }).click();
    await screenshot(page, "portal-news-reader-sepia.png");

    await reader.getByRole("button", { name: "Close reader view (Escape)" }).click();
    assert.equal(await reader.count(), 0, "host element left in the page");
    assert.deepEqual(await pageState(page), before);
    assert.deepEqual(errors, []);
    await close();
  });

  test("keyboard: focus stays in the view, Escape returns focus to the button", async () => {
    const { page, close } = await openPage("/samples/portal-news.html");
    await page.getByRole("button", { name: "Reader view" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("declutter-reader .dr-content").waitFor();
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press(presses % 3 === 0 ? "Shift+Tab" : "Tab");
      const inside = await page.evaluate(() => document.activeElement?.localName === "declutter-reader");
      assert.ok(inside, `focus left the reader view after ${presses + 1} presses`);
    }
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("declutter-reader").count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Reader view");
    await close();
  });
});

describe("other samples", () => {
  test("the Arabic article is laid out right to left", async () => {
    const { page, close } = await openPage("/samples/rtl-arabic.html");
    await page.getByRole("button", { name: "Reader view" }).click();
    const article = page.locator("declutter-reader .dr-article");
    await article.waitFor();
    assert.equal(await article.evaluate((element) => getComputedStyle(element).direction), "rtl");
    assert.match(await article.textContent(), /عادت الحركة إلى الأسواق القديمة/);
    assert.doesNotMatch(await article.textContent(), /احصل على خصم/);
    await screenshot(page, "rtl-arabic-reader.png");
    await close();
  });

  test("the blog post keeps code blocks and scrolls its table", async () => {
    const { page, close } = await openPage("/samples/blog-code.html", { width: 420, height: 800 });
    await page.getByRole("button", { name: "Reader view" }).click();
    const content = page.locator("declutter-reader .dr-content");
    await content.waitFor();
    const code = await content.locator("pre").first().textContent();
    assert.match(code, /\n {4}match node\.value\(\) \{/);
    const table = await content.locator("table").evaluate((table) => ({
      overflow: getComputedStyle(table.parentElement).overflowX,
      scrolls: table.parentElement.scrollWidth > table.parentElement.clientWidth,
    }));
    assert.deepEqual(table, { overflow: "auto", scrolls: true });
    assert.equal(await content.getByText("You may also like").count(), 0);
    await close();
  });
});

describe("JavaScript API", () => {
  test("returns plain camelCase objects, throws Errors, drives the view", async () => {
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
      "publishedTime", "readingMinutes", "removed", "siteName", "text", "title"]);
    assert.deepEqual(result.removedKeys, ["kind", "reason", "selector", "textLength"]);
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
});

describe("playground", () => {
  test("shows the cleaned article, Markdown, metadata and removed blocks", async () => {
    const { page, errors, close } = await openPage("/playground/?sample=/samples/portal-news.html");
    await page.locator("#stats").getByText("blocks removed").waitFor();
    const preview = page.frameLocator("#preview");
    await preview.getByText("Die USA und Japan wollen angesichts").waitFor();
    assert.equal(await preview.getByText("Kimmich redet Klartext").count(), 0);
    await page.getByRole("tab", { name: /Removed/ }).click();
    assert.ok(await page.locator("#removed .kind-recommendation").count() > 0, "no recommendation block listed");
    await page.getByRole("tab", { name: "Metadata" }).click();
    const metadata = JSON.parse(await page.locator("#metadata").textContent());
    assert.equal(metadata.siteName, "meinportal.de");
    await page.getByRole("tab", { name: "Markdown" }).click();
    assert.match(await page.locator("#markdown").textContent(), /Die USA und Japan wollen angesichts/);
    await screenshot(page, "playground.png");
    assert.deepEqual(errors, []);
    await close();
  });
});
