// Completes pkg/ after `wasm-pack build` so the package publishes as `declutter`:
// - package.json: wasm-pack copies name, version, description, license, repository and keywords
//   from Cargo.toml; this adds what it leaves out (ES module type, exports map, homepage) and
//   checks the files list;
// - pages.js: the multi-page module (src/page/pages.js), copied in and wired to the module's own
//   exports at the end of declutter.js. It cannot be a wasm-bindgen snippet: snippets cannot
//   import the module that imports them. It exports `cleanAllPages` and `setPageFetchFallback`
//   and installs the reader view's page follower (src/page/follow.js, a snippet).
import { copyFileSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";

const PKG = new URL("../pkg/", import.meta.url);
const WIRED = "// declutter: multi-page articles (scripts/finish-pkg.mjs)";

/** The snippet directory wasm-bindgen named after the crate and a hash. */
function followSnippet() {
  const snippets = new URL("snippets/", PKG);
  for (const dir of readdirSync(snippets)) {
    if (existsSync(new URL(`${dir}/src/page/follow.js`, snippets))) return `./snippets/${dir}/src/page/follow.js`;
  }
  throw new Error("pkg/snippets/*/src/page/follow.js missing: is src/page/follow.js imported by the crate?");
}

function wirePages() {
  copyFileSync(new URL("../src/page/pages.js", import.meta.url), new URL("pages.js", PKG));
  const entry = new URL("declutter.js", PKG);
  const code = readFileSync(entry, "utf8");
  if (code.includes(WIRED)) return;
  writeFileSync(entry, `${code}
${WIRED}
import { multiPage as __declutterMultiPage } from "./pages.js";
import { setPageFollower as __declutterSetPageFollower } from "${followSnippet()}";
const __declutterPages = __declutterMultiPage({ joinPages, appendReaderPage });
__declutterSetPageFollower(__declutterPages.followInReader);
export const cleanAllPages = __declutterPages.cleanAllPages;
export const setPageFetchFallback = __declutterPages.setPageFetchFallback;
`);
}

wirePages();

const path = new URL("../pkg/package.json", import.meta.url);
const pkg = JSON.parse(readFileSync(path, "utf8"));

const required = ["declutter_bg.wasm", "declutter.js", "declutter.d.ts", "pages.js", "snippets"];
pkg.name = "declutter";
pkg.type = "module";
pkg.main = "declutter.js";
pkg.module = "declutter.js";
pkg.types = "declutter.d.ts";
pkg.files = [...new Set([...(pkg.files ?? []), ...required, "declutter_bg.wasm.d.ts"])];
pkg.exports = {
  ".": { types: "./declutter.d.ts", default: "./declutter.js" },
  "./declutter_bg.wasm": "./declutter_bg.wasm",
  "./package.json": "./package.json",
};
pkg.homepage ??= pkg.repository?.url;

for (const field of ["description", "license", "repository", "version"]) {
  if (!pkg[field]) throw new Error(`pkg/package.json lacks "${field}": set it in Cargo.toml`);
}
for (const file of required) {
  if (!existsSync(new URL(`../pkg/${file}`, import.meta.url))) throw new Error(`pkg/${file} missing`);
}
writeFileSync(path, JSON.stringify(pkg, null, 2) + "\n");
console.log(`pkg/package.json: ${pkg.name}@${pkg.version}, files: ${pkg.files.join(", ")}`);
