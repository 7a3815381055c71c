// End-to-end: the reader view and in-place mode agree about clutter, in every browser of
// BROWSERS. Each page under tests/fixtures/parity/ comes with the strings of its article, of its
// clutter (by kind: ad, recommendation, consent, newsletter, social, comments) and of the site's
// chrome (navigation, header, footer) in expectations.json. On each page:
//
// - the reader view's article (clean() over the live document) keeps every article string and
//   drops every clutter and chrome string;
// - in-place mode (declutterPage with its default kinds) leaves every article and chrome string
//   visible and hides every clutter string;
// - every block in-place mode hid is gone from the reader view too, and every block of a hidden
//   kind that clean() reports was found and hidden in place;
// - restorePage() gives the page back exactly: DOM, style sheets, scroll lock.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS } from "./browsers.mjs";
import { ROOT } from "./harness.mjs";
import { loadDeclutter, renderedText, useSite } from "./site.mjs";

const DIR = join(ROOT, "tests", "fixtures", "parity");
const EXPECTATIONS = JSON.parse(readFileSync(join(DIR, "expectations.json"), "utf8"));
const HIDDEN_KINDS = ["ad", "recommendation", "consent", "newsletter", "social", "comments"];
const normalize = (text) => text.replace(/\s+/g, " ").trim();

/** Everything restorePage() must give back. */
function pageState(page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    sheets: document.adoptedStyleSheets.length,
    overflow: [getComputedStyle(document.documentElement).overflowY, getComputedStyle(document.body).overflowY],
  }));
}

/** Runs both modes in the page; returns what each kept. */
async function bothModes(page) {
  await loadDeclutter(page);
  const article = await page.evaluate(() => {
    const { clean } = window.__declutter;
    const result = clean("<!DOCTYPE html>" + document.documentElement.outerHTML, { url: location.href });
    return { text: result.text, removed: result.removed };
  });
  const report = await page.evaluate(() => {
    const result = window.__declutter.declutterPage({ observe: false });
    return { removed: result.removed, hidden: result.hidden, unresolved: result.unresolved };
  });
  // The text of every block in-place mode hid, read while it is hidden (textContent ignores CSS).
  const hiddenTexts = await page.evaluate(() =>
    [...document.querySelectorAll("[data-declutter-hidden]")].map((element) => element.textContent.replace(/\s+/g, " ").trim()));
  return { article, report, hiddenTexts, visible: await renderedText(page) };
}

for (const name of BROWSERS) {
  describe(`reader view and in-place mode agree, in ${name}`, () => {
    const { openPage } = useSite(name);

    for (const [file, expected] of Object.entries(EXPECTATIONS)) {
      test(file, async () => {
        const { page, errors, close } = await openPage(`/fixtures/parity/${file}`, expected.viewport);
        const before = await pageState(page);
        const { article, report, hiddenTexts, visible } = await bothModes(page);
        const reader = normalize(article.text);
        const clutter = Object.entries(expected.clutter).flatMap(([kind, strings]) => strings.map((text) => ({ kind, text })));

        for (const text of expected.article) {
          assert.ok(reader.includes(text), `reader view lost article text "${text}"`);
          assert.ok(visible.includes(text), `in-place mode hid article text "${text}"`);
        }
        for (const { kind, text } of clutter) {
          const inReader = reader.includes(text);
          const inPlace = visible.includes(text);
          assert.ok(!(inReader && inPlace), `${kind} "${text}" is left by both modes`);
          assert.ok(!inReader, `${kind} "${text}": in-place mode hides it, the reader view keeps it`);
          assert.ok(!inPlace, `${kind} "${text}": the reader view drops it, in-place mode leaves it visible`);
        }
        for (const text of expected.chrome) {
          assert.ok(!reader.includes(text), `chrome "${text}" in the reader view`);
          assert.ok(visible.includes(text), `chrome "${text}" hidden in place (navigation, header and footer stay)`);
        }
        // Every hidden block is clutter to the reader view as well.
        for (const text of hiddenTexts.filter((text) => text.length >= 12)) {
          assert.ok(!reader.includes(text.slice(0, 60)), `in-place mode hid "${text.slice(0, 60)}", which the reader view keeps`);
        }
        // Every block of a hidden kind the core reports was found on the live page and hidden.
        const reported = article.removed.filter((block) => HIDDEN_KINDS.includes(block.kind)).length;
        assert.equal(report.unresolved, 0, JSON.stringify(report.removed.filter((block) => !block.hidden)));
        assert.ok(report.hidden >= reported, `${report.hidden} blocks hidden, the core reported ${reported}`);

        if (expected.scrollLocked) {
          assert.deepEqual(before.overflow.includes("hidden"), true, "the fixture does not lock scrolling");
          assert.deepEqual(await page.evaluate(() => [getComputedStyle(document.documentElement).overflowY, getComputedStyle(document.body).overflowY].includes("hidden")), false, "scroll lock not released");
          const scrolled = await page.evaluate(() => {
            window.scrollTo(0, 400);
            return window.scrollY;
          });
          assert.ok(scrolled > 0, "the page does not scroll after decluttering");
          await page.evaluate(() => window.scrollTo(0, 0));
        }
        await page.evaluate(() => window.__declutter.restorePage());
        assert.deepEqual(await pageState(page), before, "restorePage() did not give the page back");
        assert.deepEqual(errors, []);
        await close();
      });
    }
  });
}
