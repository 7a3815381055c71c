// `declutter/declutter_bg.wasm` as scripts/build-extension.mjs bundles it: esbuild's binary
// loader makes the file's bytes the default export.
declare const bytes: Uint8Array;
export default bytes;
