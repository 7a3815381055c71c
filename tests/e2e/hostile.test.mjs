// End-to-end: the hostile-markup corpus (tests/e2e/hostile-vectors.mjs) in every browser of
// BROWSERS (puppeteer-core: Chromium over CDP, Firefox over WebDriver BiDi).
//
// 1. clean() output inserted into a live page with innerHTML, as an embedder does: every vector,
//    with and without the `url` option, in one page.
// 2. The reader view opened on a page holding the vector: one document per vector, written with
//    document.open/write into a page whose wasm module is already loaded (it is parsed as a page
//    load would parse it, and runs its own markup; the window and the module stay).
// After the content is in place, every element is hovered, focused and clicked, links that lead
// nowhere on the web are followed, and the test waits for images, media and animations. Then no
// payload may have run (`__hit` or a message from a frame or window), no dialog opened, the page
// neither navigated nor requested a tripwire URL, no popup kept its opener, the base URL is
// unchanged, nothing scriptable is left in the output, and the harmless text around (and in) the
// vector is still there, so that returning nothing cannot pass.
//
// Nothing leaves the machine: a tab answers its own requests (the demo server, the test's pages,
// the attacker's origin; anything else is aborted), and the browser itself resolves no host but
// localhost (popups, which open outside the tab's interception, fail to load instead).
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { BROWSERS } from "./browsers.mjs";
import { articlePage, ATTACKER, closingWords, openingWords, probe, TRIPWIRE, VECTORS } from "./hostile-vectors.mjs";
import { useSite } from "./site.mjs";

const SETTLE_MS = 150;
const HOST_PATH = "/hostile/host.html";
const byName = new Map(VECTORS.map((vector) => [vector.name, vector]));
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Launch options that keep each browser off the network: no host resolves but localhost. */
const OFFLINE = {
  chromium: { args: ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost"] },
  // A proxy that is not there (port 9, discard): Firefox then resolves no host itself.
  firefox: {
    extraPrefsFirefox: {
      "network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": 9,
      "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": 9, "network.proxy.no_proxies_on": "localhost, 127.0.0.1",
    },
  },
};

/** An attacker's document: reports itself to the top window and to its opener. */
const ATTACKER_PAGE = `<!DOCTYPE html><title>attacker</title><script>
const name = new URLSearchParams(location.search).get("v");
top.postMessage("pwned:" + name, "*");
if (window.opener) opener.postMessage("pwned:" + name, "*");
</script>`;

/** The embedder's page: the probe, then the wasm module (`window.declutter` once `__declutterReady`). */
const hostPage = (demoUrl) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Embedder</title>
<script>(${probe})()</script>
<script>
window.__declutterReady = import(${JSON.stringify(demoUrl("/pkg/declutter.js"))}).then(async (declutter) => {
  await declutter.default();
  window.declutter = declutter;
});
</script>
</head>
<body><h1>An embedder's page</h1><div id="targets"></div></body></html>`;

/**
 * Opens tabs in `browser()` (puppeteer) for the demo server at `url(path)`. A tab is a page in a
 * browser context and window of its own (background tabs have their timers and animations
 * throttled) whose requests stay on this machine: the demo server, the test's own pages under
 * /hostile/, the attacker's origin (answered here) and the tripwire; everything else is aborted.
 * `load()` goes to the embedder's page, `write(vector)` replaces its document by the vector's
 * page; each starts a new `log` of what happens to the page. Tabs are reused, one per concurrent
 * test (`withTab`).
 */
function tabs(browser, url) {
  async function openTab() {
    const context = await browser().createBrowserContext();
    const page = await context.newPage({ type: "window" });
    await page.setViewport({ width: 1280, height: 900 });
    const origin = new URL(url("/")).origin;
    let log;
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const target = new URL(request.url());
      if (target.protocol === "data:" || target.protocol === "blob:") return request.continue();
      if (target.origin === ATTACKER) return request.respond({ status: 200, contentType: "text/html", body: ATTACKER_PAGE });
      if (target.origin !== origin) return request.abort();
      if (target.pathname.startsWith(TRIPWIRE)) {
        log.tripwire.push({ name: target.pathname.slice(TRIPWIRE.length).split("/")[0], url: target.href, armed: log.armed });
        return request.respond({ status: 204, body: "" });
      }
      if (target.pathname === HOST_PATH) return request.respond({ status: 200, contentType: "text/html", body: hostPage(url) });
      if (target.pathname.startsWith("/hostile/")) return request.respond({ status: 404, contentType: "text/plain", body: "" });
      return request.continue();
    });
    const watch = (target) => target.on("dialog", (dialog) => {
      log.dialogs.push({ message: dialog.message(), armed: log.armed });
      dialog.dismiss().catch(() => {});
    });
    watch(page);
    // A popup's window.opener tells whether it could reach back (its document does not matter: it
    // loads nothing, see OFFLINE). Read once the popup is there, awaited before the assertions.
    page.on("popup", (popup) => {
      if (!popup) return;
      watch(popup);
      log.popups.push((async () => {
        for (let attempt = 0; attempt < 20; attempt++) {
          try {
            return { url: popup.url(), opener: await popup.evaluate(() => window.opener !== null) };
          } catch {
            await pause(50); // between documents
          }
        }
        return { url: popup.url(), opener: "unknown" };
      })());
    });
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && !log.loading) log.navigations.push(frame.url());
    });
    /** Closes popups, starts a new log and runs `loading`, whose navigations are not logged. */
    async function begin(loading) {
      for (const other of await context.pages()) if (other !== page) await other.close();
      log = { loading: true, armed: false, tripwire: [], dialogs: [], popups: [], navigations: [] };
      await loading();
      log.loading = false;
    }
    function load() {
      return begin(async () => {
        await page.goto(url(HOST_PATH));
        await page.evaluate(() => window.__declutterReady);
      });
    }
    return {
      page,
      get log() { return log; },
      /** The popups opened since the last `load()` or `write()`: `{ url, opener }` each. */
      popups: () => Promise.all(log.popups),
      load,
      /**
       * Replaces the document of the host page by `vector`'s page (no navigation, no new wasm
       * instance). A document honours `autofocus` once and only while nothing has the focus, and
       * Firefox keeps that state across document.open() and fires no focus event in a window in
       * the background: a vector with autofocus is written into a freshly loaded page in front.
       */
      async write(vector) {
        const html = articlePage(vector);
        if (/\bautofocus\b/.test(html)) {
          await load();
          await page.bringToFront();
        }
        await begin(() => page.evaluate((html) => {
          window.declutter.exitReaderMode(); // in case a failed test left it open
          return window.__hostile.replaceDocument(html);
        }, html));
      },
      async arm() {
        log.armed = true;
        await page.evaluate(() => window.__hostile.arm());
      },
    };
  }

  const idleTabs = [];

  /** Runs `work(tab)` with an idle tab (a new one when all are busy). */
  return async function withTab(work) {
    const tab = idleTabs.pop() ?? await openTab();
    try {
      return await work(tab);
    } finally {
      idleTabs.push(tab);
    }
  };
}

/** Navigations that left the page (a jump to a fragment of the same page does not count). */
function leftThePage(log, pageUrl) {
  const strip = (url) => url.split("#")[0];
  return log.navigations.filter((url) => strip(url) !== strip(pageUrl));
}

/** Assertions shared by both parts, for one vector. */
function assertHarmless(vector, { hits, problems, text, tripwire }, { closing = true, label = vector.name } = {}) {
  assert.deepEqual(hits, [], `${label}: a payload ran`);
  assert.deepEqual(tripwire, [], `${label}: the page requested a tripwire URL`);
  assert.deepEqual(problems, [], `${label}: scriptable markup left in the output`);
  const expected = [openingWords(vector.name), ...(closing ? [closingWords(vector.name)] : []), ...(vector.keep ?? [])];
  for (const kept of expected) {
    assert.ok(text.includes(kept), `${label}: "${kept}" missing from the output:\n${text}`);
  }
}

/**
 * Loads the embedder's page in `tab`, puts each vector's page through every variant ("with url"
 * and "without url": clean() with and without the url option, "uncleaned": the markup as it is)
 * and inserts the result with innerHTML, one box each; then pokes every box and reports, per
 * vector and variant, the hits, problems and text.
 */
async function insertEverything(tab, url, variants, vectors = VECTORS) {
  await tab.load();
  const { page } = tab;
  await tab.arm();
  const pages = vectors.map((vector) => ({ name: vector.name, html: articlePage(vector) }));
  await page.evaluate(({ pages, url, variants }) => {
    const targets = document.getElementById("targets");
    const base = document.baseURI;
    window.__results = {};
    for (const { name, html } of pages) {
      for (const variant of variants) {
        const box = document.createElement("div");
        box.dataset.hostileTarget = name;
        const problems = [];
        try {
          box.innerHTML = variant === "uncleaned" ? html : window.declutter.clean(html, variant === "with url" ? { url } : undefined).content;
        } catch (error) {
          problems.push(`clean() threw: ${error}`);
        }
        targets.append(box);
        if (document.baseURI !== base) problems.push(`base URL became ${document.baseURI}`);
        problems.push(...window.__hostile.clobbered().map((name) => `${name} clobbered`));
        (window.__results[name] ??= {})[variant] = { problems, box };
      }
    }
  }, { pages, url: url("/hostile/article.html"), variants });
  await pause(SETTLE_MS);
  await page.evaluate(async () => {
    // Uncleaned, the dom-clobbering vector replaces document.querySelectorAll.
    for (const box of Document.prototype.querySelectorAll.call(document, "[data-hostile-target]")) await window.__hostile.poke(box);
  });
  await pause(SETTLE_MS);
  return page.evaluate(() => {
    const hits = window.__hostile.hits();
    const out = { vectors: {}, unknownHits: hits.filter((hit) => !(hit.name in window.__results)), url: location.href, base: document.baseURI };
    for (const [name, variants] of Object.entries(window.__results)) {
      out.vectors[name] = {};
      for (const [variant, { problems, box }] of Object.entries(variants)) {
        out.vectors[name][variant] = {
          problems: [...problems, ...window.__hostile.inertness(box)],
          text: box.textContent.replace(/\s+/g, " "),
          hits: hits.filter((hit) => hit.name === name),
        };
      }
    }
    return out;
  });
}

/** Vectors whose payloads run when their markup is inserted with innerHTML uncleaned and poked. */
const CONTROL = [
  "img-onerror", "details-ontoggle", "svg-animate-onbegin", "custom-element-upgrade", "customized-builtin-is",
  "paragraph-mouse-handlers", "a-href-javascript", "a-href-javascript-tab-entity", "a-href-javascript-comment-newline",
  "area-href-javascript", "svg-a-xlink-href", "form-action-javascript", "iframe-srcdoc", "iframe-data-html",
  "iframe-attacker-page", "svg-style-img", "noscript-title-breakout",
];
/** Vectors whose payloads run when the page holding them loads (seen by the reader-view tests). */
const OWN_PAGE_CONTROL = ["img-onerror", "svg-onload", "input-autofocus-onfocus", "script-inline", "object-data-html", "declarative-shadow-root"];

for (const name of BROWSERS) {
  describe(`hostile markup in ${name}`, () => {
    const { url, browser } = useSite(name, OFFLINE[name]);
    const withTab = tabs(browser, url);

    describe("clean() output inserted with innerHTML into a live page", () => {
      let results;
      let log;
      let popups;

      before(() => withTab(async (tab) => {
        results = await insertEverything(tab, url, ["with url", "without url"]);
        log = tab.log;
        popups = await tab.popups();
      }));

      for (const vector of VECTORS) {
        test(vector.name, () => {
          const tripwire = log.tripwire.filter((request) => request.name === vector.name).map((request) => request.url);
          for (const [variant, result] of Object.entries(results.vectors[vector.name])) {
            assertHarmless(vector, { ...result, tripwire }, { label: `${vector.name}, clean() ${variant}` });
          }
        });
      }

      test("no dialog, navigation, popup with an opener or stray payload on the embedder's page", () => {
        assert.deepEqual(results.unknownHits, []);
        assert.deepEqual(log.dialogs, []);
        assert.deepEqual(leftThePage(log, results.url), []);
        assert.deepEqual(popups.filter((popup) => popup.opener !== false), []);
        assert.equal(results.base, results.url);
      });
    });

    /** Vectors whose payload ran in the live page itself (the page's own markup), by name. */
    const ranInOwnPage = [];

    describe("reader view opened on a page holding the vector", { concurrency: 4 }, () => {
      for (const vector of VECTORS) {
        test(vector.name, () => withTab(async (tab) => {
          if (!tab.page.url().endsWith(HOST_PATH)) await tab.load();
          await tab.write(vector);
          const { page, log } = tab;
          await pause(50); // the page runs its own markup, as any page would
          const initial = await page.evaluate(() => ({ url: location.href, base: document.baseURI }));
          await tab.arm();
          const opened = await page.evaluate(() => {
            try {
              return { title: window.declutter.enterReaderMode().title };
            } catch (error) {
              return { error: String(error) };
            }
          });
          assert.equal(opened.error, undefined, `enterReaderMode() threw: ${opened.error}`);
          await page.waitForSelector("declutter-reader >>> .dr-content");
          await pause(SETTLE_MS);
          await page.evaluate(() => window.__hostile.poke(window.__hostile.readerRoot().querySelector(".dr-article")));
          for (const [x, y] of [[100, 100], [640, 250], [1100, 400], [640, 550], [100, 700], [640, 850]]) await page.mouse.move(x, y);
          for (const link of await page.$$("declutter-reader >>> .dr-content a[target]")) await link.click().catch(() => {});
          await pause(SETTLE_MS);
          const state = await page.evaluate(() => {
            const root = window.__hostile.readerRoot().querySelector(".dr-article");
            return { problems: window.__hostile.inertness(root), text: root.textContent.replace(/\s+/g, " "), base: document.baseURI };
          });
          await page.evaluate(() => window.declutter.exitReaderMode());
          await pause(50);
          const hits = await page.evaluate(() => window.__hostile.hits());
          ranInOwnPage.push(...await page.evaluate(() => window.__hostile.pageHits().map((hit) => hit.name)));
          const tripwire = log.tripwire.filter((request) => request.armed && request.name === vector.name).map((request) => request.url);
          assertHarmless(vector, { ...state, hits, tripwire }, { closing: !vector.readerLosesClosingWords });
          assert.equal(state.base, initial.base, "the reader view changed the page's base URL");
          assert.deepEqual(log.dialogs.filter((dialog) => dialog.armed), []);
          assert.deepEqual(leftThePage(log, initial.url), []);
          assert.deepEqual((await tab.popups()).filter((popup) => popup.opener !== false), []);
        }));
      }
    });

    test("control: without declutter the same markup runs its payloads, so the tests above can see them", () => withTab(async (tab) => {
      const uncleaned = await insertEverything(tab, url, ["uncleaned"], CONTROL.map((vectorName) => byName.get(vectorName)));
      assert.deepEqual(CONTROL.filter((vectorName) => uncleaned.vectors[vectorName].uncleaned.hits.length === 0), [], "payloads that did not run");
      if (ranInOwnPage.length > 0) {
        assert.deepEqual(OWN_PAGE_CONTROL.filter((vectorName) => !ranInOwnPage.includes(vectorName)), [], "payloads that did not run in their page");
      }
    }));
  });
}
