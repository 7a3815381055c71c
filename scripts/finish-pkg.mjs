// Completes pkg/package.json after `wasm-pack build` so the package publishes as `declutter`:
// wasm-pack copies name, version, description, license, repository and keywords from Cargo.toml;
// this adds what it leaves out (ES module type, exports map, homepage) and checks the files list.
import { readFileSync, writeFileSync, existsSync } from "node:fs";

const path = new URL("../pkg/package.json", import.meta.url);
const pkg = JSON.parse(readFileSync(path, "utf8"));

const required = ["declutter_bg.wasm", "declutter.js", "declutter.d.ts"];
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
