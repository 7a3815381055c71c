// Bundler smoke test (make test-bundler): the npm package in pkg/ used from a Vite app the way an
// npm user would use it. pkg/ is packed with `npm pack` (so only what package.json's "files"
// publishes is there), installed from the tarball into a copy of this app in target/bundler/,
// built with `vite build`, served with `vite preview`, and the page is checked in headless
// Chromium (puppeteer-core): wasm-pack's `new URL('declutter_bg.wasm', import.meta.url)` must come out of the
// build as an emitted asset that the page fetches and instantiates. The same app is checked under
// the dev server (`vite`), which serves the package through its dependency pre-bundling.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { build, createServer, preview } from "vite";
import { launch } from "../e2e/browsers.mjs";
import { ROOT } from "../e2e/harness.mjs";

const SOURCE = join(ROOT, "tests", "bundler");
const SCRATCH = join(ROOT, "target", "bundler");
const APP = join(SCRATCH, "app");
const DIST = join(APP, "dist");

const TITLE = "Harbour ferries return to a full timetable";
const ARTICLE_TEXT = "the harbour ferries will run their full timetable again from Monday";
const CLUTTER = ["Advertisement", "Switch your energy tariff", "Related", "Ten things to do on a rainy weekend", "Tram line 4 closed"];

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

let server;
let devServer;
let browser;

before(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const [{ filename }] = JSON.parse(run("npm", ["pack", join(ROOT, "pkg"), "--pack-destination", SCRATCH, "--json"], ROOT));
  cpSync(SOURCE, APP, { recursive: true, filter: (path) => !/(node_modules|dist|\.test\.mjs)$/.test(path) });
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", join(SCRATCH, filename)], APP);
  await build({ root: APP, configFile: false, logLevel: "warn" });
  server = await preview({ root: APP, configFile: false, logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } });
  devServer = await createServer({ root: APP, configFile: false, logLevel: "warn", server: { host: "127.0.0.1", port: 0 } });
  await devServer.listen();
  browser = await launch("chromium");
});

after(async () => {
  await browser?.close();
  await server?.close();
  await devServer?.close();
});

/**
 * Opens the app at `url` and checks that it shows the cleaned article without the clutter, with
 * no error, warning or failed request; returns the URL path the wasm was fetched from.
 */
async function checkApp(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (["error", "warn"].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  const wasmResponse = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith(".wasm"));
  await page.goto(url);
  const response = await wasmResponse;
  assert.equal(response.status(), 200);
  assert.equal(response.headers()["content-type"], "application/wasm");

  await page.waitForFunction(() => document.body.dataset.state);
  const state = await page.evaluate(() => ({ ...document.body.dataset }));
  assert.equal(state.state, "ready", state.error);
  const text = (selector) => page.$eval(selector, (element) => element.textContent);
  assert.equal(await text("#title"), TITLE);
  await assert.doesNotReject(page.waitForSelector(`::-p-text(${ARTICLE_TEXT})`, { visible: true, timeout: 5000 }));
  const article = await text("#article");
  assert.match(article, /accessible for wheelchairs and prams/);
  for (const clutter of CLUTTER) {
    assert.ok(!article.includes(clutter), `"${clutter}" rendered in the article`);
  }
  assert.match(await text("#meta"), /[1-9]\d* blocks removed/);
  assert.deepEqual(problems, []);
  await page.close();
  return new URL(response.url()).pathname;
}

describe("declutter in a Vite app", () => {
  test("the package is installed from its tarball, by name", () => {
    const installed = JSON.parse(readFileSync(join(APP, "node_modules", "declutter", "package.json"), "utf8"));
    assert.equal(installed.name, "declutter");
    assert.match(JSON.parse(readFileSync(join(APP, "package.json"), "utf8")).dependencies.declutter, /^file:.*\.tgz$/);
  });

  test("vite build emits the .wasm as an asset, byte for byte, and the bundle refers to it", () => {
    const assets = readdirSync(join(DIST, "assets"));
    const wasm = assets.filter((name) => name.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `assets: ${assets.join(", ")}`);
    assert.ok(readFileSync(join(DIST, "assets", wasm[0])).equals(readFileSync(join(ROOT, "pkg", "declutter_bg.wasm"))),
      "the emitted wasm differs from pkg/declutter_bg.wasm");
    const bundles = assets.filter((name) => name.endsWith(".js"));
    assert.ok(bundles.some((name) => readFileSync(join(DIST, "assets", name), "utf8").includes(wasm[0])),
      `no JS bundle refers to ${wasm[0]}`);
    assert.ok(statSync(join(DIST, "index.html")).isFile());
  });

  test("the built app shows the cleaned article in Chromium, without the ad and the Related list", async () => {
    assert.match(await checkApp(server.resolvedUrls.local[0]), /^\/assets\/declutter_bg-[\w-]+\.wasm$/);
  });

  test("the app works under the dev server too", async () => {
    assert.match(await checkApp(devServer.resolvedUrls.local[0]), /\/declutter_bg\.wasm$/);
  });
});
