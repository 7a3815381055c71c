// A .woff2 file as scripts/build-extension.mjs bundles it: esbuild's binary loader makes the
// file's bytes the default export (www/extension/fonts.js).
declare const bytes: Uint8Array<ArrayBuffer>;
export default bytes;
