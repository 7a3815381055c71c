// Browser benchmark: declutter's clean(html) (wasm) against DOMParser + Readability.js, page by
// page on the readability corpus, in one headless Chromium (puppeteer-core).
//
//   node scripts/bench-browser.mjs        (make bench-browser builds pkg/ first)
//   CORPUS=dir  pages to use (default ../shared/corpus/readability/pages)
//   REPS=n      timed repetitions per page and engine (default 7), after one warm-up run each
//
// Each page's runs alternate the order of the two engines, so neither always runs on a warm
// cache or right after a GC. The page is served cross-origin isolated for 5 µs timer resolution.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "../tests/e2e/browsers.mjs";
import { ROOT, startServer } from "../tests/e2e/harness.mjs";

const CORPUS = resolve(process.env.CORPUS ?? join(ROOT, "..", "shared", "corpus", "readability", "pages"));
const REPS = Number(process.env.REPS ?? 7);
const TARGET_RATIO = 0.5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** Runs in the page: times both engines on one HTML string. */
function timeBothEngines({ html, reps }) {
  const engines = {
    declutter: () => window.declutter.clean(html),
    readability: () => new window.Readability(new DOMParser().parseFromString(html, "text/html")).parse(),
  };
  const times = { declutter: [], readability: [] };
  const failures = {};
  for (let run = 0; run <= reps; run++) {
    const order = run % 2 ? ["readability", "declutter"] : ["declutter", "readability"];
    for (const name of order) {
      const started = performance.now();
      try {
        engines[name]();
      } catch (error) {
        failures[name] = String(error?.message ?? error);
      }
      if (run > 0) times[name].push(performance.now() - started);
    }
  }
  return { times, failures };
}

async function preparePage(browser, serverUrl) {
  const page = await browser.newPage();
  await page.goto(new URL("/", serverUrl).href);
  await page.addScriptTag({ url: "/vendor/readability/Readability.js" });
  await page.evaluate(async () => {
    const module = await import("/pkg/declutter.js");
    await module.default();
    window.declutter = module;
  });
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  return { page, isolated };
}

function corpusPages() {
  return readdirSync(CORPUS).filter((name) => name.endsWith(".html")).sort();
}

function report(rows, failures, isolated) {
  const declutter = rows.map((row) => row.declutter);
  const readability = rows.map((row) => row.readability);
  const ratios = rows.map((row) => row.declutter / row.readability);
  const sum = (values) => values.reduce((total, value) => total + value, 0);
  const medianRatio = median(declutter) / median(readability);
  const wasmGzip = gzipSync(readFileSync(join(ROOT, "pkg", "declutter_bg.wasm")), { level: 9 }).length;
  const ms = (value) => `${value.toFixed(2)} ms`;
  console.log(`pages: ${rows.length} from ${CORPUS}, ${REPS} timed runs per page and engine (cross-origin isolated: ${isolated})`);
  console.log(`declutter   clean(html):            median ${ms(median(declutter))}, p90 ${ms(percentile(declutter, 0.9))}, total ${ms(sum(declutter))}`);
  console.log(`readability DOMParser + parse():    median ${ms(median(readability))}, p90 ${ms(percentile(readability, 0.9))}, total ${ms(sum(readability))}`);
  console.log(`ratio declutter/readability: median of page medians ${medianRatio.toFixed(3)}, median per-page ratio ${median(ratios).toFixed(3)}, totals ${(sum(declutter) / sum(readability)).toFixed(3)}  (target <= ${TARGET_RATIO}: ${medianRatio <= TARGET_RATIO ? "met" : "MISSED"})`);
  console.log(`declutter_bg.wasm: ${(wasmGzip / 1024).toFixed(1)} KiB after gzip -9 (${wasmGzip} bytes)`);
  for (const [name, errors] of Object.entries(failures)) {
    console.log(`${name} threw on ${errors.length} page(s): ${errors.slice(0, 5).join("; ")}`);
  }
  const slowest = [...rows].sort((a, b) => b.declutter / b.readability - a.declutter / a.readability).slice(0, 5);
  console.log(`highest ratios: ${slowest.map((row) => `${row.name} ${(row.declutter / row.readability).toFixed(2)}`).join(", ")}`);
}

async function main() {
  const server = await startServer({ isolate: true });
  const browser = await launch("chromium");
  try {
    const { page, isolated } = await preparePage(browser, server.url);
    const rows = [];
    const failures = {};
    for (const name of corpusPages()) {
      const html = readFileSync(join(CORPUS, name), "utf8");
      const result = await page.evaluate(timeBothEngines, { html, reps: REPS });
      for (const [engine, message] of Object.entries(result.failures)) {
        (failures[engine] ??= []).push(`${name}: ${message}`);
      }
      rows.push({ name, declutter: median(result.times.declutter), readability: median(result.times.readability) });
    }
    report(rows, failures, isolated);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
