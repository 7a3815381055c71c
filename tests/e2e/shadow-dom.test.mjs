// End-to-end: content inside shadow roots, in every browser of BROWSERS, on the web-components
// sample: script-attached open roots (the story's frame, the masthead, a teaser rail) and
// declarative ones (a byline card, a fact box), with named, default and fallback slots.
// cleanDocument(), the reader view and in-place mode read them; clean(html) of the served
// markup reads the declarative ones.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { BROWSERS } from "./browsers.mjs";
import { ARTIFACTS, loadDeclutter, useSite } from "./site.mjs";

const SAMPLE = "/samples/web-components.html";
/** The story in reading order: slotted headline, byline (a declarative root's default slot),
 * light paragraphs in the default slot, the fact box's named slot, the frame's own closing line. */
const STORY = [
  "On a rock two miles off the coast",
  "A turbine the size of a garden shed",
  "In numbers",
  "Turbine output: 12 kilowatts at peak flow",
  "The engineers who built it say",
  "eleven more stations",
  "This report first appeared in our spring print issue.",
];
const CLUTTER = ["Solar garden lights", "You may also like", "Counting seals", "Science Coast Travel", "The week's best science", "No figures supplied."];

function assertStory(text, where) {
  let at = 0;
  for (const part of STORY) {
    const found = text.indexOf(part, at);
    assert.ok(found >= at, `${where}: "${part}" missing or out of order`);
    at = found;
  }
  for (const clutter of CLUTTER) assert.ok(!text.includes(clutter), `${where}: "${clutter}" is in`);
}

for (const name of BROWSERS) {
  describe(`shadow roots in ${name}`, () => {
    const { openPage, url } = useSite(name);

    test("cleanDocument reads open shadow roots with their slots filled (getHTML, and the walk without it)", async () => {
      const { page, errors, close } = await openPage(SAMPLE);
      await loadDeclutter(page);
      const article = await page.evaluate(() => window.__declutter.cleanDocument());
      assert.equal(article.title, "The tide-powered lighthouse that runs itself");
      assertStory(article.text, "cleanDocument");
      assert.ok(article.removed.some((block) => block.kind === "ad" && block.selector.includes("story-frame")), "the ad inside the story's shadow root is reported");
      const walked = await page.evaluate(() => {
        const getHTML = Element.prototype.getHTML;
        delete Element.prototype.getHTML;
        try {
          return window.__declutter.cleanDocument().text;
        } finally {
          Element.prototype.getHTML = getHTML;
        }
      });
      assert.equal(walked, article.text, "the walk and getHTML() disagree");
      assert.deepEqual(errors, []);
      await close();
    });

    test("clean(html) of the served markup reads the declarative roots", async () => {
      const { page, close } = await openPage(SAMPLE);
      await loadDeclutter(page);
      const text = await page.evaluate(async (path) => {
        const html = await (await fetch(path)).text();
        return window.__declutter.clean(html, { url: location.href }).text;
      }, url(SAMPLE));
      assert.ok(text.includes("Turbine output: 12 kilowatts"), "the fact box's slot is filled");
      assert.ok(!text.includes("No figures supplied."), "the slot's fallback is shown although it is filled");
      await close();
    });

    test("the reader view shows the shadow content", async () => {
      const { page, errors, close } = await openPage(SAMPLE);
      await page.locator("::-p-aria([name=\"Reader view\"][role=\"button\"])").click();
      await page.waitForSelector("declutter-reader >>> .dr-content");
      const shown = await page.$eval("declutter-reader", (host) => ({
        title: host.shadowRoot.querySelector(".dr-title").textContent,
        text: host.shadowRoot.querySelector(".dr-content").textContent.replace(/\s+/g, " "),
      }));
      assert.equal(shown.title, "The tide-powered lighthouse that runs itself");
      assertStory(shown.text, "reader view");
      await page.screenshot({ path: join(ARTIFACTS, `shadow-reader-${name}.png`) });
      await page.keyboard.press("Escape");
      assert.deepEqual(errors, []);
      await close();
    });

    test("in-place mode hides clutter inside shadow roots and restorePage brings it back", async () => {
      const { page, errors, close } = await openPage(SAMPLE);
      await loadDeclutter(page);
      const shown = () => page.evaluate(() => {
        const frame = document.querySelector("story-frame").shadowRoot;
        const rail = document.querySelector("teaser-rail").shadowRoot;
        const visible = (element) => element.checkVisibility();
        return {
          ad: visible(frame.querySelector(".ad-slot")),
          rail: visible(rail.querySelector(".related")),
          story: visible(frame.querySelector(".story-body")),
          frameSheets: frame.adoptedStyleSheets.length,
        };
      });
      const before = await shown();
      const result = await page.evaluate(() => window.__declutter.declutterPage({ observe: false }));
      const hidden = result.removed.filter((block) => block.hidden).map((block) => block.kind);
      assert.ok(hidden.includes("ad") && hidden.includes("recommendation"), `hidden: ${hidden}`);
      // The ad lives in the story's shadow root: the hiding sheet is adopted there too.
      assert.deepEqual(await shown(), { ad: false, rail: false, story: true, frameSheets: before.frameSheets + 1 });
      await page.screenshot({ path: join(ARTIFACTS, `shadow-in-place-${name}.png`) });
      assert.equal(await page.evaluate(() => window.__declutter.restorePage()), true);
      assert.deepEqual(await shown(), before);
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
