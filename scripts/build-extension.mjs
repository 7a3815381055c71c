#!/usr/bin/env node
// Builds the browser extension from www/extension/ and the wasm package in pkg/ (`make wasm`):
//
//   dist/chrome/, dist/firefox/              unpacked extensions (load these for development)
//   dist/declutter-chrome.zip, dist/declutter-firefox.zip
//
// One manifest source (www/extension/manifest.base.json) gives two manifests: Chrome gets
// `background.service_worker`, Firefox `background.scripts` and `browser_specific_settings.gecko`.
// esbuild bundles the background, the options page and the content script into classic scripts
// (MV3 content scripts cannot be ES modules); the content script carries pkg/declutter.js, the
// wasm bytes and the block picker (www/picker/).
// The toolbar icons are drawn here (no binary files in the repository). Zips are reproducible:
// sorted entries, fixed timestamps.
//
// Usage: node scripts/build-extension.mjs [--out DIR] [--browser chrome|firefox]...
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, deflateSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCE = join(ROOT, "www", "extension");
const PKG = join(ROOT, "pkg");
const GECKO_ID = "declutter@declutter.extension";
const BROWSERS = ["chrome", "firefox"];
const CHROME_SHORTCUT = "Alt+Shift+D";

function parseArgs(argv) {
  const args = { out: join(ROOT, "dist"), browsers: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") args.out = argv[++i];
    else if (argv[i] === "--browser") args.browsers.push(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!args.browsers.length) args.browsers = BROWSERS;
  for (const browser of args.browsers) if (!BROWSERS.includes(browser)) throw new Error(`unknown browser ${browser}`);
  return args;
}

/** The crate version, as a browser extension version (numbers and dots only). */
function version() {
  const cargo = readFileSync(join(ROOT, "Cargo.toml"), "utf8");
  const match = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m);
  if (!match) throw new Error("no [package] version in Cargo.toml");
  return match[1].replace(/[-+].*$/, "");
}

function manifestFor(browser, base) {
  const manifest = structuredClone({ ...base, version: version() });
  if (browser === "chrome") {
    // Chromium (checked: 156 on Linux) refuses to assign Alt+Shift+R to an extension, which would
    // leave the command without a shortcut; Alt+Shift+D is free. Firefox keeps Alt+Shift+R.
    manifest.commands["toggle-reader"].suggested_key = { default: CHROME_SHORTCUT };
    manifest.background = { service_worker: "background.js" };
    manifest.minimum_chrome_version = "116";
  } else {
    manifest.background = { scripts: ["background.js"] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: "142.0",
        data_collection_permissions: { required: ["none"] },
      },
    };
  }
  return manifest;
}

// ---- icons: a page with lines of text on a dark rounded square, drawn with 4x4 supersampling ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function png(size, pixels) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, [left, top, right, bottom, radius]) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function drawIcon(size) {
  // Shapes in unit coordinates, painted in order: [rect, color].
  const small = size <= 16;
  const lines = small ? [0.34, 0.5, 0.66] : [0.3, 0.41, 0.52, 0.63, 0.74];
  const shapes = [
    [[0, 0, 1, 1, 0.22], [0x1b, 0x1b, 0x1f]],
    [[0.2, 0.12, 0.8, 0.88, 0.06], [0xfa, 0xfa, 0xf7]],
    ...lines.map((y, i) => [
      [0.3, y - (small ? 0.045 : 0.03), i === lines.length - 1 ? 0.58 : 0.7, y + (small ? 0.045 : 0.03), 0.02],
      i === 0 ? [0xe6, 0x39, 0x46] : [0x3a, 0x3a, 0x42],
    ]),
  ];
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color = null;
          for (const [rect, fill] of shapes) if (insideRoundedRect(x, y, rect)) color = fill;
          if (color) {
            r += color[0]; g += color[1]; b += color[2]; a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a) pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples ** 2)], offset);
    }
  }
  return png(size, pixels);
}

// ---- zip (stored paths, deflated data, fixed 1980-01-01 timestamps) ----

function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))]))
    .sort();
}

// ---- build ----

async function bundle(entry, outfile, features) {
  await build({
    entryPoints: [join(SOURCE, entry)],
    outfile,
    bundle: true,
    format: "iife",
    target: ["chrome116", "firefox142"],
    charset: "utf8",
    legalComments: "none",
    loader: { ".wasm": "binary" },
    // The content script imports the package by its name: `declutter` and its wasm file.
    alias: { declutter: PKG },
    define: { DECLUTTER_IN_PLACE: String(features.inPlace) },
    // pkg/declutter.js only reads import.meta.url when init() is given no wasm; we always pass it.
    // wasm-bindgen names a snippet module once per directly imported function in its import
    // object ("./snippets/.../layout.js" twice, the same module both times).
    logOverride: { "empty-import-meta": "silent", "duplicate-object-key": "silent" },
    logLevel: "warning",
  });
}

async function buildBrowser(browser, out, features) {
  const dir = join(out, browser);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "icons"), { recursive: true });
  const base = JSON.parse(readFileSync(join(SOURCE, "manifest.base.json"), "utf8"));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifestFor(browser, base), null, 2) + "\n");
  await bundle("background.js", join(dir, "background.js"), features);
  await bundle("content.js", join(dir, "content.js"), features);
  await bundle("options.js", join(dir, "options.js"), features);
  for (const file of ["options.html", "options.css", "reader.html", "reader-frame.css", "reader-frame.js"]) cpSync(join(SOURCE, file), join(dir, file));
  for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, "icons", `icon-${size}.png`), drawIcon(size));
  const archive = join(out, `declutter-${browser}.zip`);
  writeFileSync(archive, zip(listFiles(dir).map((file) => [file, readFileSync(join(dir, file))])));
  return archive;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  for (const file of ["declutter.js", "declutter_bg.wasm"]) {
    if (!existsSync(join(PKG, file))) throw new Error(`pkg/${file} missing: run \`make wasm\` first`);
  }
  const glue = readFileSync(join(PKG, "declutter.js"), "utf8");
  const features = { inPlace: /export function declutterPage\b/.test(glue) && /export function restorePage\b/.test(glue) };
  mkdirSync(args.out, { recursive: true });
  for (const browser of args.browsers) {
    const archive = await buildBrowser(browser, args.out, features);
    console.log(`${relative(ROOT, archive)}: ${(statSync(archive).size / 1024).toFixed(0)} KiB`
      + ` (in-place mode ${features.inPlace ? "included" : "not in this wasm build"})`);
  }
}

main().catch((error) => {
  console.error(`build-extension: ${error.message}`);
  process.exit(1);
});
