// In-place mode on the dev corpora, in headless Chromium (puppeteer-core): how reliably removed blocks map back to
// live elements, and what the default in-place pass hides of the article (issue 5's precision).
//
//   node scripts/inplace-rate.mjs        (make wasm first: it loads pkg/)
//   CORPUS_ROOT=dir   corpora root (default ../shared/corpus): readability/pages, snippets/pages,
//                     snippets/truth.json
//   LIMIT=n           only the first n pages of each corpus (quick runs)
//   VERBOSE=1         print every block that did not resolve, every `with` string taken and
//                     every `without` string left visible, with its kind
//   CORPORA=a,b       only these corpora (readability, snippets)
//   CONCURRENCY=n     pages measured at once (default 3)
//   KINDS=a,b         kinds for the precision pass (default: declutterPage's default kinds)
//   PKG=dir           the wasm package to measure (default pkg/; another build's, to compare)
//
// Each page is served from a fake origin with `Content-Security-Policy: script-src 'self'
// 'wasm-unsafe-eval'` and every request other than the page and pkg/ aborted: the page's own
// scripts never run (the parser still runs with scripting on, as in a real visit, so <noscript>
// is text on both sides of the round trip), and nothing leaves the machine.
//
// Resolve rate: declutterPage({kinds: all, observe: false}); a block counts as resolved when
// the API hid its live element AND document.querySelectorAll(selector) finds exactly that one
// element (an independent check of the child-index path).
// Precision (snippets corpus, default kinds): a `with` string is "taken" when it is in the
// page's rendered text (body.innerText) before and not after; a `without` string is "left
// visible" when it is in the rendered text after.
// By kind: each `without` string is put under the kind of the smallest block that clean()
// (the reader view's extraction) reports holding it; strings in no reported block are "kept"
// when the reader view keeps them and "not the article" when it drops them with the rest of
// the page. For each kind: how many stay visible after the default in-place pass.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { launch } from "../tests/e2e/browsers.mjs";
import { ROOT } from "../tests/e2e/harness.mjs";

const CORPUS_ROOT = resolve(process.env.CORPUS_ROOT ?? join(ROOT, "..", "shared", "corpus"));
const LIMIT = Number(process.env.LIMIT ?? Infinity);
const VERBOSE = Boolean(process.env.VERBOSE);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 3);
const ORIGIN = "http://corpus.invalid";
const KINDS = process.env.KINDS ? process.env.KINDS.split(",") : undefined;
const ALL_KINDS = ["ad", "recommendation", "navigation", "social", "comments", "newsletter", "consent", "other"];
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm" };
const PKG = resolve(process.env.PKG ?? join(ROOT, "pkg"));

const ONLY = process.env.CORPORA?.split(",");
const corpora = [
  { name: "readability", dir: join(CORPUS_ROOT, "readability", "pages"), truth: {} },
  { name: "snippets", dir: join(CORPUS_ROOT, "snippets", "pages"), truth: JSON.parse(readFileSync(join(CORPUS_ROOT, "snippets", "truth.json"), "utf8")) },
];

/** Serves the corpus pages (/page/<file>) and pkg/ from the fake origin; aborts
 * everything else (data: URLs are no requests). */
async function serveCorpus(page, dir) {
  await page.setBypassServiceWorker(true);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (url.protocol === "data:") return request.continue();
    if (url.origin !== ORIGIN) return request.abort();
    if (url.pathname.startsWith("/pkg/")) {
      return request.respond({ body: readFileSync(join(PKG, url.pathname.slice("/pkg/".length))), contentType: TYPES[extname(url.pathname)] ?? "application/octet-stream" });
    }
    const file = url.pathname.startsWith("/page/") ? decodeURIComponent(url.pathname.slice("/page/".length)) : "";
    if (file.endsWith(".html") && !file.includes("/") && existsSync(join(dir, file))) {
      return request.respond({
        body: readFileSync(join(dir, file)),
        headers: { "content-type": "text/html", "content-security-policy": "script-src 'self' 'wasm-unsafe-eval'" },
      });
    }
    return request.abort();
  });
}

/** Runs in the page. */
async function measure({ origin, allKinds, kinds, withs, withouts }) {
  const declutter = await import(`${origin}/pkg/declutter.js`);
  await declutter.default({ module_or_path: `${origin}/pkg/declutter_bg.wasm` });
  const rendered = () => document.body ? document.body.innerText.replace(/\s+/g, " ") : "";
  const normalize = (text) => text.replace(/\s+/g, " ").trim();
  const article = declutter.cleanDocument();
  const readerText = normalize(article.text);
  const holders = article.removed.flatMap((block) => {
    let element = null;
    try {
      element = document.querySelector(block.selector);
    } catch {
      // a path the browser's selector parser refuses: not located
    }
    return element ? [{ kind: block.kind, length: block.textLength, text: normalize(element.textContent) }] : [];
  }).sort((a, b) => a.length - b.length);
  const kindOf = (text) => holders.find((holder) => holder.text.includes(text))?.kind
    ?? (readerText.includes(text) ? "kept" : "not the article");

  const all = declutter.declutterPage({ kinds: allKinds, observe: false });
  const blocks = all.removed.map((block) => {
    let matches = -1;
    try {
      matches = document.querySelectorAll(block.selector).length;
    } catch {
      // as above: counted as -1
    }
    const element = block.hidden ? document.querySelector(block.selector) : null;
    const unique = matches === 1 && element?.hasAttribute("data-declutter-hidden");
    return { kind: block.kind, selector: block.selector, hidden: block.hidden, unique, matches, problem: block.problem };
  });
  declutter.restorePage();

  const before = rendered();
  const inPlace = declutter.declutterPage({ observe: false, ...(kinds ? { kinds } : {}) });
  const after = rendered();
  declutter.restorePage();
  const present = (list, text) => list.map(normalize).filter((s) => s && text.includes(s));
  const withBefore = present(withs, before);
  const withoutBefore = present(withouts, before);
  const byKind = {};
  for (const text of withoutBefore) {
    const kind = kindOf(text);
    const entry = (byKind[kind] ??= { present: 0, visible: 0, strings: [] });
    entry.present += 1;
    if (after.includes(text)) {
      entry.visible += 1;
      entry.strings.push(text);
    }
  }
  return {
    byKind,
    blocks,
    defaultHidden: inPlace.hidden,
    withPresent: withBefore.length,
    withTaken: withBefore.filter((s) => !after.includes(s)),
    withoutPresent: withoutBefore.length,
    withoutVisible: withoutBefore.filter((s) => after.includes(s)).length,
    restored: rendered() === before,
  };
}

function emptyTotals() {
  return { pages: 0, failed: 0, blocks: 0, resolved: 0, unique: 0, problems: {}, withPresent: 0, withTaken: 0, withoutPresent: 0, withoutVisible: 0, hidden: 0, restoreMismatch: 0, byKind: {} };
}

function add(totals, result, name, file) {
  totals.pages += 1;
  totals.blocks += result.blocks.length;
  totals.hidden += result.defaultHidden;
  for (const block of result.blocks) {
    if (block.hidden) totals.resolved += 1;
    if (block.hidden && block.unique) totals.unique += 1;
    if (!block.hidden) {
      const kind = (block.problem ?? "unknown").replace(/\d+/g, "N");
      totals.problems[kind] = (totals.problems[kind] ?? 0) + 1;
      if (VERBOSE) console.log(`  unresolved ${name}/${file} ${block.kind} ${block.selector}: ${block.problem}`);
    } else if (!block.unique && VERBOSE) {
      console.log(`  not unique ${name}/${file} ${block.selector}: querySelectorAll found ${block.matches}`);
    }
  }
  totals.withPresent += result.withPresent;
  totals.withTaken += result.withTaken.length;
  totals.withoutPresent += result.withoutPresent;
  totals.withoutVisible += result.withoutVisible;
  for (const [kind, { present, visible, strings }] of Object.entries(result.byKind)) {
    const entry = (totals.byKind[kind] ??= { present: 0, visible: 0 });
    entry.present += present;
    entry.visible += visible;
    if (VERBOSE) strings.forEach((text) => console.log(`  visible ${kind} ${name}/${file}: ${JSON.stringify(text)}`));
  }
  if (!result.restored) totals.restoreMismatch += 1;
  if (VERBOSE) result.withTaken.forEach((s) => console.log(`  taken ${name}/${file}: ${JSON.stringify(s)}`));
}

async function runCorpus(browser, corpus) {
  const totals = emptyTotals();
  const files = readdirSync(corpus.dir).filter((file) => file.endsWith(".html")).sort().slice(0, LIMIT);
  const context = await browser.createBrowserContext();
  const queue = [...files];
  const worker = async () => {
    const page = await context.newPage();
    await serveCorpus(page, corpus.dir);
    for (let file = queue.shift(); file; file = queue.shift()) await runPage(page, corpus, file, totals);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await context.close();
  return totals;
}

async function runPage(page, corpus, file, totals) {
  const truth = corpus.truth[file.replace(/\.html$/, "")] ?? {};
  try {
    await page.goto(`${ORIGIN}/page/${encodeURIComponent(file)}`, { waitUntil: "load", timeout: 20_000 });
    const result = await page.evaluate(measure, { origin: ORIGIN, allKinds: ALL_KINDS, kinds: KINDS, withs: truth.with ?? [], withouts: truth.without ?? [] });
    add(totals, result, corpus.name, file);
  } catch (error) {
    totals.failed += 1;
    console.log(`  failed ${corpus.name}/${file}: ${String(error.message ?? error).split("\n")[0]}`);
  }
}

const percent = (part, whole) => (whole ? ((100 * part) / whole).toFixed(2) : "n/a") + "%";

function report(name, totals) {
  console.log(`\n${name}: ${totals.pages} pages (${totals.failed} could not be loaded)`);
  console.log(`  resolve rate    ${totals.resolved}/${totals.blocks} removed blocks = ${percent(totals.resolved, totals.blocks)} (all kinds)`);
  console.log(`  exactly one     ${totals.unique}/${totals.blocks} = ${percent(totals.unique, totals.blocks)} (querySelectorAll finds exactly the hidden element)`);
  for (const [problem, count] of Object.entries(totals.problems)) console.log(`    unresolved: ${count} × ${problem}`);
  console.log(`  default pass    ${totals.hidden} blocks hidden; restore mismatches: ${totals.restoreMismatch}`);
  if (totals.withPresent || totals.withoutPresent) {
    console.log(`  with taken      ${totals.withTaken}/${totals.withPresent} = ${percent(totals.withTaken, totals.withPresent)} (target < 1%)`);
    console.log(`  without visible ${totals.withoutVisible}/${totals.withoutPresent} = ${percent(totals.withoutVisible, totals.withoutPresent)}`);
    console.log("  without strings by the kind of the block holding them (visible after the default pass):");
    const hiddenKinds = KINDS ?? ["ad", "recommendation", "consent", "newsletter", "social", "comments"];
    let clutterPresent = 0;
    let clutterVisible = 0;
    for (const [kind, { present, visible }] of Object.entries(totals.byKind).sort((a, b) => b[1].present - a[1].present)) {
      const hidden = hiddenKinds.includes(kind);
      if (hidden) {
        clutterPresent += present;
        clutterVisible += visible;
      }
      console.log(`    ${kind.padEnd(16)} ${String(visible).padStart(4)}/${String(present).padEnd(4)} visible${hidden ? "" : "   (not a hidden kind)"}`);
    }
    console.log(`  hidden kinds    ${clutterVisible}/${clutterPresent} = ${percent(clutterVisible, clutterPresent)} visible`);
  }
}

const browser = await launch("chromium");
try {
  for (const corpus of corpora.filter((corpus) => !ONLY || ONLY.includes(corpus.name))) report(corpus.name, await runCorpus(browser, corpus));
} finally {
  await browser.close();
}
