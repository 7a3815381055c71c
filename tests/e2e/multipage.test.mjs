// End-to-end: multi-page articles (src/page/pages.js): `cleanAllPages()` and the reader view's
// further pages, in every browser of BROWSERS, over the three-page longread sample served on
// loopback (static-server.mjs) with variants of it:
//   /samples/...            the sample as it is (page 1 → 2 → 3, page 3 the last)
//   /loop/...               page 3 has a next link back to page 1
//   /missing/...            page 3 answers 404
//   /foreign/...            page 1's next links point to another origin (127.0.0.1 vs localhost)
//   /slow/...               pages 2 and 3 answer after 700 ms (the reader shows page 1 before)
// Every request but the browser's own prefetches is counted, so that "each page fetched once" is
// checked. The joined text is compared with `declutter --join` on the same files: the CLI's Rust
// join and this JavaScript one agree.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { BROWSERS, launch } from "./browsers.mjs";
import { ROOT } from "./harness.mjs";
import { ARTIFACTS } from "./site.mjs";
import { mkdirSync } from "node:fs";
import { startStaticServer, wwwFile } from "./static-server.mjs";

const PAGES = ["longread.html", "longread-2.html", "longread-3.html"];
const VARIANTS = ["loop", "missing", "foreign", "slow"];

/** A variant's answer for a page: `{ status, body }`, or null for the sample as it is. */
async function variant(path, port) {
  const [, name, page] = /^\/([^/]+)\/(longread[^/]*\.html)$/.exec(path) ?? [];
  if (!VARIANTS.includes(name)) return null;
  const html = wwwFile(`samples/${page}`);
  if (name === "slow" && page !== "longread.html") await new Promise((resolve) => setTimeout(resolve, 700));
  if (name === "missing" && page === "longread-3.html") return { status: 404, body: "<h1>Not found</h1>" };
  if (name === "loop" && page === "longread-3.html") {
    return { body: html.replace('<link rel="prev"', '<link rel="next" href="longread.html"><link rel="prev"') };
  }
  if (name === "foreign" && page === "longread.html") {
    return { body: html.replaceAll('href="longread-', `href="http://127.0.0.1:${port}/foreign/longread-`) };
  }
  return { body: html };
}

function startServer() {
  const requests = new Map();
  let port = 0;
  const counting = (path, request) => {
    // Firefox prefetches `<link rel=next>` by itself (X-Moz: prefetch): not the module's fetches.
    const prefetch = request.headers["x-moz"] === "prefetch" || /prefetch/.test(`${request.headers.purpose ?? ""}${request.headers["sec-purpose"] ?? ""}`);
    if (!prefetch) requests.set(path, (requests.get(path) ?? 0) + 1);
  };
  return startStaticServer({ route: (path) => variant(path, port), onRequest: counting }).then((site) => {
    port = site.server.address().port;
    return { ...site, requests };
  });
}

/** `declutter --format text --join` over the sample's pages (the CLI is built if it is not). */
function cliJoinedText(pages) {
  execFileSync("cargo", ["build", "--release", "--features", "cli", "--bin", "declutter"], { cwd: ROOT, stdio: "inherit" });
  const files = pages.map((page) => join(ROOT, "www", "samples", page));
  return execFileSync(join(ROOT, "target", "release", "declutter"), ["--format", "text", ...files, "--join"], { encoding: "utf8" }).trim();
}

let site;
let base;
let cliText;

before(async () => {
  site = await startServer();
  base = site.base;
  cliText = cliJoinedText(PAGES);
});

after(() => new Promise((resolve) => site.server.close(resolve)));

const loadModule = (page) => page.evaluate(async () => {
  const module = await import("/pkg/declutter.js");
  await module.default();
  window.__declutter = module;
});

for (const name of BROWSERS) {
  describe(`multi-page articles in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser?.close());

    async function openPage(path) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const errors = [];
      page.on("pageerror", (error) => errors.push(error));
      site.requests.clear();
      await page.goto(`${base}${path}`);
      return { page, errors, close: () => context.close() };
    }

    const cleanAllPages = (page, options) => page.evaluate((options) => window.__declutter.cleanAllPages(options), options);

    test("cleanAllPages joins the three pages, each fetched once, as the CLI's --join does", async () => {
      const { page, errors, close } = await openPage("/samples/longread.html");
      await loadModule(page);
      const article = await cleanAllPages(page);
      assert.deepEqual(article.pages, PAGES.map((file) => `${base}/samples/${file}`));
      assert.equal(article.pagesNote, null);
      assert.equal(article.text, cliText, "the browser's join and the CLI's differ");
      assert.equal(article.title, "Die Rückkehr der Nachtzüge");
      assert.equal(article.byline, "Jana Keller");
      for (const once of ["Jahrzehntelang wurden Schlafwagen abgeschafft", "## Zwischen Linz und Frankfurt", "## Ankunft in Amsterdam"]) {
        assert.equal(article.markdown.split(once).length - 1, 1, `${once} not once in the Markdown`);
      }
      for (const clutter of ["Nächste Seite", "Weiter »", "Zurück", "Mehr zum Thema", "Frühbucherrabatt"]) {
        assert.ok(!article.text.includes(clutter), `${clutter} in the joined text`);
      }
      assert.ok(article.readingMinutes >= 2);
      assert.equal(site.requests.get("/samples/longread.html"), 1, "page 1 is not fetched again");
      assert.equal(site.requests.get("/samples/longread-2.html"), 1);
      assert.equal(site.requests.get("/samples/longread-3.html"), 1);
      assert.deepEqual(errors, []);
      await close();
    });

    test("a last page pointing back to page 1 ends the chain; a missing page 3 ends it with a note", async () => {
      const loop = await openPage("/loop/longread.html");
      await loadModule(loop.page);
      const looped = await cleanAllPages(loop.page);
      assert.equal(looped.pages.length, 3);
      assert.equal(looped.pagesNote, null);
      assert.equal(site.requests.get("/loop/longread.html"), 1, "page 1 fetched again");
      await loop.close();

      const missing = await openPage("/missing/longread.html");
      await loadModule(missing.page);
      const partial = await cleanAllPages(missing.page);
      assert.deepEqual(partial.pages, [`${base}/missing/longread.html`, `${base}/missing/longread-2.html`]);
      assert.equal(partial.pagesNote, `${base}/missing/longread-3.html: HTTP 404`);
      assert.ok(partial.text.includes("Gegen Mitternacht wird es still"), "page 2 is in");
      assert.ok(!partial.text.includes("Ankunft in Amsterdam"));
      assert.deepEqual(missing.errors, []);
      await missing.close();
    });

    test("maxPages and other origins bound the chain", async () => {
      const { page, close } = await openPage("/samples/longread.html");
      await loadModule(page);
      const two = await cleanAllPages(page, { maxPages: 2 });
      assert.equal(two.pages.length, 2);
      assert.match(two.pagesNote, /stopped after 2 pages \(maxPages\)/);
      const one = await cleanAllPages(page, { maxPages: 1 });
      assert.deepEqual([one.pages.length, one.text.includes("Gegen Mitternacht")], [1, false]);
      await assert.rejects(cleanAllPages(page, { maxPages: 0 }), /maxPages/);
      await close();

      const foreign = await openPage("/foreign/longread.html");
      await loadModule(foreign.page);
      const alone = await cleanAllPages(foreign.page);
      assert.deepEqual([alone.pages.length, alone.pagesNote], [1, null]);
      assert.equal(site.requests.get("/foreign/longread-2.html"), undefined, "another origin was fetched");
      await foreign.close();
    });

    test("next-page links: rel=next, pager words in six languages, numbers after the current page; not the next post", async () => {
      const { page, close } = await openPage("/samples/longread.html");
      const found = await page.evaluate(async () => {
        const { nextPageUrl } = await import("/pkg/pages.js");
        const next = (html, url) => nextPageUrl(new DOMParser().parseFromString(html, "text/html"), url);
        const words = ["Weiter »", "Nächste Seite", "Suivant", "Siguiente", "Successivo", "Next →"].map((word) => next(
          `<body><p>Story text</p><nav class="pager"><a href="/a/story-88.html">1</a> <a href="/a/story-88-2.html">${word}</a></nav></body>`,
          "https://example.com/a/story-88.html",
        ));
        return {
          words,
          linkRel: next('<head><link rel="next" href="/story/2"></head><body><div class="pagination"><a href="/story/3">3</a></div></body>', "https://example.com/story"),
          numbered: next('<body><ul class="page-numbers"><li><a href="?id=7">1</a></li><li><span aria-current="page">2</span></li><li><a href="?id=7&amp;page=3">3</a></li></ul></body>', "https://example.com/read?id=7&page=2"),
          nextPost: next(`<head><link rel="next" href="https://other.example/story/2"></head><body>
            <nav class="navigation post-navigation"><div class="nav-links"><a rel="next" href="/2024/05/another-story/">Next post: Another story</a><a href="/2024/05/another-story/">Next</a></div></nav>
            <a href="/about">next page</a></body>`, "https://example.com/2024/05/this-story/"),
          icon: next('<body><div class="pagination"><a href="/stories/lighthouse">1</a><a href="/stories/lighthouse/2" aria-label="Next page"><svg></svg></a></div></body>', "https://example.com/stories/lighthouse"),
        };
      });
      assert.deepEqual(found.words, Array(6).fill("https://example.com/a/story-88-2.html"));
      assert.equal(found.linkRel, "https://example.com/story/2");
      assert.equal(found.numbered, "https://example.com/read?id=7&page=3");
      assert.equal(found.nextPost, null);
      assert.equal(found.icon, "https://example.com/stories/lighthouse/2");
      await close();
    });

    test("the reader view shows page 1 at once and appends the next pages as they arrive", async () => {
      const { page, errors, close } = await openPage("/slow/longread.html");
      await page.locator("::-p-aria([name=\"Reader view\"][role=\"button\"])").click();
      await page.waitForSelector("declutter-reader >>> .dr-content");
      const view = () => page.$eval("declutter-reader", (host) => {
        const root = host.shadowRoot;
        return {
          text: root.querySelector(".dr-content").textContent,
          separators: [...root.querySelectorAll(".dr-page-break")].map((rule) => rule.textContent),
          minutes: root.querySelector(".dr-reading-time")?.textContent,
        };
      });
      const first = await view();
      assert.ok(first.text.includes("nur in Linz wachen alle auf"), "page 1 is shown");
      assert.deepEqual(first.separators, [], "page 2 shown before it arrived");
      await page.waitForFunction(() => document.querySelector("declutter-reader").shadowRoot.querySelectorAll(".dr-page-break").length === 2, { timeout: 10000 });
      const all = await view();
      assert.deepEqual(all.separators, ["Seite 2", "Seite 3"]);
      let at = 0;
      for (const part of ["Kurz nach halb zehn", "Gegen Mitternacht", "Ankunft in Amsterdam", "mit Dusche."]) {
        const found = all.text.indexOf(part, at);
        assert.ok(found >= at, `${part} missing or out of order`);
        at = found;
      }
      assert.equal(all.text.split("Jahrzehntelang wurden Schlafwagen").length - 1, 1, "the standfirst repeated");
      assert.notEqual(all.minutes, first.minutes, "the reading time is the joined article's");
      await page.$eval("declutter-reader", (host) => host.shadowRoot.querySelector(".dr-page-break").scrollIntoView({ block: "center" }));
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `multipage-reader-${name}.png`) });
      await page.keyboard.press("Escape");
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
