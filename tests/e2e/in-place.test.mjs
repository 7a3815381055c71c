// End-to-end: in-place mode ("Declutter page") on the German portal sample, and the playground's
// explanations, in every browser of BROWSERS.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { BROWSERS } from "./browsers.mjs";
import { ARTIFACTS, useSite } from "./site.mjs";

/** The page's DOM (minus the demo's buttons, whose labels and titles change) and what shows. */
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
  "inline teaser": ".inline-teaser",
  "sidebar ad": "#ad-sidebar",
  "most-read list": ".most-read",
  "sponsored widget": ".sponsored-widget",
  "consent layer": "#cmp-consent",
};

const visible = (page, selector) => page.$eval(selector, (element) => element.checkVisibility()).catch(() => false);
const shows = (page, text) => page.evaluate((text) => document.body.innerText.includes(text), text);
const button = (page, name) => page.locator(`::-p-aria([name="${name}"][role="button"])`);

for (const name of BROWSERS) {
  describe(`in-place mode on the German portal sample, in ${name}`, () => {
    const { openPage } = useSite(name);

    test("Declutter page hides ads, teasers and the consent layer but keeps the article and the site's design", async () => {
      const { page, errors, close } = await openPage("/samples/portal-news.html");
      const before = await pageState(page);
      await button(page, "Declutter page").click();
      await button(page, "Restore page").wait();

      assert.ok(await shows(page, ARTICLE_TEXT), "the article was hidden");
      assert.ok(await visible(page, "h1[itemprop=headline]"), "headline hidden");
      assert.ok(await visible(page, "figure.article-image"), "article image hidden");
      for (const [what, selector] of Object.entries(CLUTTER)) {
        assert.equal(await visible(page, selector), false, `${what} still visible`);
      }
      assert.equal(await shows(page, "Das könnte Dich auch interessieren"), false);
      assert.ok(await visible(page, ".main-nav"), "the site's navigation was hidden (not a default kind)");
      assert.ok(await visible(page, ".portal-header"), "the site's header was hidden");
      const design = await page.$eval(".portal-header", (header) => getComputedStyle(header).backgroundColor);
      assert.equal(design, "rgb(230, 0, 0)", "the site's own CSS no longer applies");
      const status = await page.evaluate(async () => (await import("/pkg/declutter.js")).declutterStatus());
      assert.equal(status.unresolved, 0, JSON.stringify(status.removed.filter((block) => !block.hidden)));
      assert.ok(status.hidden >= Object.keys(CLUTTER).length, `only ${status.hidden} blocks hidden`);
      await page.screenshot({ path: join(ARTIFACTS, `in-place-${name}.png`), fullPage: true });

      await button(page, "Restore page").click();
      await button(page, "Declutter page").wait();
      for (const [what, selector] of Object.entries(CLUTTER)) {
        assert.ok(await visible(page, selector), `${what} not back after restore`);
      }
      assert.deepEqual(await pageState(page), before, "the page is not as it was");
      assert.equal(await page.$("[data-declutter-hidden], [data-declutter-outline], [data-declutter-unlocked]"), null);
      assert.deepEqual(errors, []);
      await close();
    });

    test("an ad injected after decluttering is hidden by the observer", async () => {
      const { page, errors, close } = await openPage("/samples/portal-news.html#declutter=page");
      await button(page, "Restore page").wait();
      await page.evaluate(() => {
        const late = document.createElement("div");
        late.className = "ad-slot";
        late.id = "late-ad";
        late.dataset.adUnit = "/1234/portal/news/late";
        late.innerHTML = '<span class="ad-label">Anzeige</span><a href="https://ads.example.invalid/x" rel="sponsored"><img src="/samples/img/ad-rectangle.svg" alt="Angebot" width="300" height="250"></a>';
        document.querySelector(".article-body p:nth-of-type(3)").after(late);
      });
      await page.waitForFunction(() => !document.querySelector("#late-ad").checkVisibility(), { timeout: 3000 });
      assert.equal(await page.$eval("#late-ad", (ad) => ad.getAttribute("data-declutter-hidden")), "ad");
      assert.ok(await shows(page, ARTICLE_TEXT));
      assert.deepEqual(errors, []);
      await close();
    });

    test("a subscription bar pinned late over the page is hidden by the observer, and the scroll lock it set is released", async () => {
      const { page, errors, close } = await openPage("/samples/portal-news.html#declutter=page");
      await button(page, "Restore page").wait();
      await page.evaluate(() => {
        const wall = document.createElement("div");
        wall.id = "late-wall";
        wall.style.cssText = "position: fixed; inset: 0; background: rgba(0,0,0,.7); z-index: 50";
        wall.innerHTML = "<p>Weiterlesen mit MeinPortal+: jetzt 4 Wochen für 0,99 € testen.</p>";
        document.body.append(wall);
        document.body.style.overflow = "hidden";
      });
      await page.waitForFunction(() => !document.querySelector("#late-wall").checkVisibility(), { timeout: 3000 });
      assert.equal(await page.$eval("body", (body) => getComputedStyle(body).overflowY), "auto");
      await button(page, "Restore page").click();
      assert.ok(await visible(page, "#late-wall"), "the wall is not back after restore");
      assert.equal(await page.$eval("body", (body) => getComputedStyle(body).overflowY), "hidden", "the page's own lock is not back");
      assert.deepEqual(errors, []);
      await close();
    });

    test("playground: Show outlines a removed block in the script-free original page", async () => {
      const { page, errors, close } = await openPage("/playground/?sample=/samples/portal-news.html");
      await page.waitForFunction(() => /blocks removed/.test(document.querySelector("#stats")?.textContent ?? ""));
      await page.locator("#tab-removed").click();
      const clicked = await page.evaluate(() => {
        const row = [...document.querySelectorAll("#removed tr")].find((tr) => tr.querySelector(".kind-recommendation") && tr.textContent.includes("matches recommendation pattern"));
        row?.querySelector("button").click();
        return Boolean(row);
      });
      assert.ok(clicked, "no recommendation row with a Show button");
      await page.waitForFunction(() => document.querySelector("#tab-original").getAttribute("aria-selected") === "true");
      await page.waitForFunction(() => /^recommendation: /.test(document.querySelector("#original-status").textContent));
      const frame = await (await page.$("#original")).contentFrame();
      assert.match(await frame.$eval("section.recommendations", (element) => element.style.outline), /solid 3px/);
      assert.equal(await page.$eval("#original", (element) => element.getAttribute("sandbox")), "allow-same-origin", "the original page may run scripts");
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
