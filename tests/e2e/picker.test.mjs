// End-to-end: the block picker ("Hide an element…", www/picker/) on the demo, in every browser
// of BROWSERS. The user points at a paragraph of the article, walks up to its parent and back
// with the arrow keys and the wheel, presses Enter; the paragraph is hidden and its rule
// (`localhost##selector`) kept. Undo brings it back; picked again, the rule hides it after a
// reload in the reader view and in place, and never on another site.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { BROWSERS } from "./browsers.mjs";
import { loadDeclutter, renderedText, useSite } from "./site.mjs";

const SAMPLE = "/samples/portal-news.html";
const PARAGRAPH = "Blinken und Austin bekräftigten zudem ihr Bekenntnis";
const RULES_KEY = "declutter.pickedRules";

/** The centre of the first element matching `selector` that holds `text`, in CSS pixels. */
async function centreOf(page, selector, text) {
  return page.evaluate((selector, text) => {
    const element = [...document.querySelectorAll(selector)].find((candidate) => candidate.textContent.includes(text));
    element.scrollIntoView({ block: "center" });
    const rect = element.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector, text);
}

const pickedRules = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "[]"), RULES_KEY);
const isShown = (page, text) => page.evaluate((text) => [...document.querySelectorAll("p")].some((p) => p.textContent.includes(text) && p.checkVisibility()), text);
/** Clicks the demo's "Hide an element…" button and waits for the picker. */
async function openPicker(page) {
  await page.locator("button ::-p-text(Hide an element…)").click();
  await page.waitForSelector("[data-declutter-ui=picker]");
}

for (const name of BROWSERS) {
  describe(`block picker on the demo, in ${name}`, () => {
    const { openPage, url } = useSite(name);

    /** The sample with its consent layer answered, the picker open, and the paragraph's centre. */
    async function pickerOnSample() {
      const opened = await openPage(SAMPLE);
      await opened.page.locator("button ::-p-text(Alle akzeptieren)").click();
      await openPicker(opened.page);
      return { ...opened, ...(await centreOf(opened.page, ".article-body p", PARAGRAPH)) };
    }

    test("point, walk up and down, Enter hides the block and keeps its rule; Undo brings it back", async () => {
      const { page, errors, close, x, y } = await pickerOnSample();
      await page.mouse.move(x, y);
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowDown");
      await page.mouse.wheel({ deltaY: -100 });
      await page.mouse.wheel({ deltaY: 100 });
      await page.keyboard.press("Enter");
      await page.waitForSelector("[data-declutter-ui=picker]", { hidden: true });
      assert.equal(await isShown(page, PARAGRAPH), false, "the picked paragraph is still shown");
      const [rule] = await pickedRules(page);
      assert.match(rule, /^localhost##/);
      const selector = rule.slice("localhost##".length);
      const matches = await page.evaluate((selector, text) => {
        const found = [...document.querySelectorAll(selector)];
        return { count: found.length, right: found[0]?.textContent.includes(text) };
      }, selector, PARAGRAPH);
      assert.deepEqual(matches, { count: 1, right: true }, `${selector} does not match exactly the paragraph`);
      assert.doesNotMatch(selector, /data-declutter/);

      await page.locator("[data-declutter-ui=undo] >>> button").click();
      await page.waitForFunction((text) => [...document.querySelectorAll("p")].some((p) => p.textContent.includes(text) && p.checkVisibility()), {}, PARAGRAPH);
      assert.deepEqual(await pickedRules(page), [], "Undo left the rule");
      assert.equal(await page.$eval(".article-body", (body) => body.querySelector("[style], [data-declutter-picked]") === null), true, "Undo left a trace on the page");
      assert.deepEqual(errors, []);
      await close();
    });

    test("Escape leaves without hiding anything, and page handlers never saw the clicks", async () => {
      const { page, close } = await openPage(SAMPLE);
      await page.locator("button ::-p-text(Alle akzeptieren)").click();
      await page.evaluate(() => {
        window.__clicks = 0;
        document.addEventListener("click", () => window.__clicks++);
      });
      await openPicker(page);
      const before = await renderedText(page);
      await page.keyboard.press("Escape");
      await page.waitForSelector("[data-declutter-ui=picker]", { hidden: true });
      assert.equal(await renderedText(page), before);
      assert.deepEqual(await pickedRules(page), []);
      assert.equal(await page.evaluate(() => window.__clicks), 1, "only the click on the button reached the page");
      await close();
    });

    test("a picked rule hides the block after a reload in both modes, and only on its own site", async () => {
      const { page, errors, close, x, y } = await pickerOnSample();
      await page.mouse.click(x, y);
      await page.waitForSelector("[data-declutter-ui=picker]", { hidden: true });
      const [rule] = await pickedRules(page);
      assert.ok(rule, "no rule saved");

      await page.reload();
      assert.equal(await isShown(page, PARAGRAPH), true, "before either mode, the page is as the site made it");
      await page.locator("button ::-p-text(Declutter page)").click();
      await page.locator("button ::-p-text(Restore page)").wait();
      assert.equal(await isShown(page, PARAGRAPH), false, "in-place mode ignores the picked rule");
      await page.locator("button ::-p-text(Restore page)").click();
      await page.locator("button ::-p-text(Reader view)").click();
      await page.waitForSelector("declutter-reader >>> .dr-content");
      const reader = await page.$eval("declutter-reader", (host) => host.shadowRoot.querySelector(".dr-content").textContent);
      assert.ok(!reader.includes(PARAGRAPH), "the reader view ignores the picked rule");
      assert.ok(reader.includes("Die USA und Japan wollen angesichts"), "the reader view lost the rest of the article");
      assert.deepEqual(errors, []);
      await close();

      // The same page on another host name: the rule is for localhost only.
      const other = await openPage(url(SAMPLE, "127.0.0.1"));
      await loadDeclutter(other.page);
      const shown = await other.page.evaluate((filters, text) => {
        window.__declutter.declutterPage({ filters, observe: false });
        return [...document.querySelectorAll("p")].some((p) => p.textContent.includes(text) && p.checkVisibility());
      }, rule, PARAGRAPH);
      assert.equal(shown, true, `${rule} applied on 127.0.0.1`);
      await other.close();
    });

    test("selectors name stable ids and classes, never generated ones, and survive a reload", async () => {
      const { page, close } = await openPage("/fixtures/parity/harbour-gazette.html");
      const generated = () => {
        const box = document.createElement("div");
        box.className = "css-1x2y3z sc-bdVaJa";
        box.textContent = "A box styled by a CSS-in-JS library";
        document.querySelector(".entry-content").insertBefore(box, document.querySelector(".entry-content p:nth-of-type(3)"));
      };
      await page.evaluate(generated);
      const selectors = await page.evaluate(async () => {
        const { selectorFor } = await import("/picker/selector.js");
        const of = (css) => selectorFor(document.querySelector(css));
        return {
          strip: of("#promo-strip"),
          trending: of(".widget_text"),
          paragraph: of(".entry-content p:nth-of-type(4)"),
          generated: of(".css-1x2y3z"),
          comment: of(".comment-list li:nth-of-type(2)"),
        };
      });
      assert.equal(selectors.strip, "#promo-strip");
      assert.equal(selectors.trending, ".widget_text");
      for (const [what, selector] of Object.entries(selectors)) {
        assert.doesNotMatch(selector, /css-1x2y3z|sc-bdVaJa/, `${what}: ${selector} names a generated class`);
      }
      const texts = (list) => page.evaluate((list) => list.map((selector) => {
        const found = document.querySelectorAll(selector);
        return found.length === 1 ? found[0].textContent.trim().slice(0, 40) : `${found.length} matches`;
      }), list);
      const before = await texts(Object.values(selectors));
      await page.reload();
      await page.evaluate(generated);
      assert.deepEqual(await texts(Object.values(selectors)), before, "a selector finds another block after a reload");
      assert.ok(before.every((text) => !text.endsWith("matches")), JSON.stringify(before));
      await close();
    });
  });
}
