// End-to-end: in-place mode ("Declutter page") on the German portal sample in headless Chromium.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ARTIFACTS, useDemo } from "./demo.mjs";

const { openPage } = useDemo();

/** The page's DOM (minus the two demo buttons, whose labels and titles change) and what shows. */
function pageState(page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true);
    clone.querySelectorAll("[data-declutter-button], [data-declutter-page-button]").forEach((button) => button.remove());
    return { body: clone.outerHTML, sheets: document.adoptedStyleSheets.length };
  });
}

const ARTICLE_TEXT = "Die USA und Japan wollen angesichts der Bedrohungen";
const CLUTTER = {
  "teaser grid": ".recommendations",
  "superbanner ad": "#ad-superbanner",
  "in-article ad": "#ad-inarticle-1",
  "sidebar ad": "#ad-sidebar",
  "sponsored widget": ".sponsored-widget",
  "consent layer": "#cmp-consent",
};

describe("in-place mode on the German portal sample", () => {
  test("Declutter page hides ads, teasers and the consent layer but keeps the article and the site's design", async () => {
    const { page, errors, close } = await openPage("/samples/portal-news.html");
    const before = await pageState(page);
    const declutterButton = page.getByRole("button", { name: "Declutter page" });
    await declutterButton.click();
    const restoreButton = page.getByRole("button", { name: "Restore page" });
    await restoreButton.waitFor();

    await assert.doesNotReject(page.getByText(ARTICLE_TEXT).waitFor({ state: "visible" }));
    assert.ok(await page.locator("h1[itemprop=headline]").isVisible(), "headline hidden");
    assert.ok(await page.locator("figure.article-image").isVisible(), "article image hidden");
    for (const [name, selector] of Object.entries(CLUTTER)) {
      assert.equal(await page.locator(selector).isVisible(), false, `${name} still visible`);
    }
    assert.equal(await page.getByText("Das könnte Dich auch interessieren").isVisible(), false);
    assert.ok(await page.locator(".main-nav").isVisible(), "the site's navigation was hidden (not a default kind)");
    assert.ok(await page.locator(".portal-header").isVisible(), "the site's header was hidden");
    const design = await page.evaluate(() => getComputedStyle(document.querySelector(".portal-header")).backgroundColor);
    assert.equal(design, "rgb(230, 0, 0)", "the site's own CSS no longer applies");
    const status = await page.evaluate(async () => (await import("/pkg/declutter.js")).declutterStatus());
    assert.equal(status.unresolved, 0, JSON.stringify(status.removed.filter((block) => !block.hidden)));
    assert.ok(status.hidden >= Object.keys(CLUTTER).length, `only ${status.hidden} blocks hidden`);
    // caret: "initial": Playwright's caret hiding would leave style="" on the inputs.
    await page.screenshot({ path: join(ARTIFACTS, "in-place.png"), fullPage: true, caret: "initial", animations: "disabled" });

    await restoreButton.click();
    await declutterButton.waitFor();
    for (const [name, selector] of Object.entries(CLUTTER)) {
      assert.ok(await page.locator(selector).isVisible(), `${name} not back after restore`);
    }
    assert.deepEqual(await pageState(page), before, "the page is not as it was");
    assert.equal(await page.locator("[data-declutter-hidden], [data-declutter-outline]").count(), 0);
    assert.deepEqual(errors, []);
    await close();
  });

  test("an ad injected after decluttering is hidden by the observer", async () => {
    const { page, errors, close } = await openPage("/samples/portal-news.html#declutter=page");
    await page.getByRole("button", { name: "Restore page" }).waitFor();
    await page.evaluate(() => {
      const late = document.createElement("div");
      late.className = "ad-slot";
      late.id = "late-ad";
      late.dataset.adUnit = "/1234/portal/news/late";
      late.innerHTML = '<span class="ad-label">Anzeige</span><a href="https://ads.example.invalid/x" rel="sponsored"><img src="/samples/img/ad-rectangle.svg" alt="Angebot" width="300" height="250"></a>';
      document.querySelector(".article-body p:nth-of-type(3)").after(late);
    });
    await page.locator("#late-ad").waitFor({ state: "hidden", timeout: 3000 });
    assert.equal(await page.locator("#late-ad").getAttribute("data-declutter-hidden"), "ad");
    assert.ok(await page.getByText(ARTICLE_TEXT).isVisible());
    assert.deepEqual(errors, []);
    await close();
  });
});

describe("playground explanations", () => {
  test("Show outlines a removed block in the script-free original page", async () => {
    const { page, errors, close } = await openPage("/playground/?sample=/samples/portal-news.html");
    await page.locator("#stats").getByText("blocks removed").waitFor();
    await page.getByRole("tab", { name: /Removed/ }).click();
    const row = page.locator("#removed tr", { has: page.locator(".kind-recommendation") }).filter({ hasText: "matches recommendation pattern" }).first();
    await row.getByRole("button", { name: /Show/ }).click();
    assert.equal(await page.getByRole("tab", { name: "Original page" }).getAttribute("aria-selected"), "true");
    await page.locator("#original-status").getByText(/^recommendation: /).waitFor();
    const outlined = page.frameLocator("#original").locator("section.recommendations");
    assert.match(await outlined.evaluate((element) => element.style.outline), /solid 3px/);
    assert.equal(await page.locator("#original").getAttribute("sandbox"), "allow-same-origin", "the original page may run scripts");
    assert.deepEqual(errors, []);
    await close();
  });
});
