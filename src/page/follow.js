// The hook through which the reader view asks for a multi-page article's further pages.
// src/page/pages.js (copied into pkg/ by scripts/finish-pkg.mjs, since it imports the package's
// own exports, which a wasm-bindgen snippet cannot) installs the follower when the package loads;
// without it (the wasm-bindgen test build) the reader view shows page 1 only.
/** @typedef {(url: string, maxPages: number, generation: number) => void} PageFollower */

/** @type {PageFollower | null} */
let follower = null;

/** Installs the function that follows the pages. @param {PageFollower} follow */
export function setPageFollower(follow) {
  follower = follow;
}

/**
 * Called by src/page/mod.rs after the reader view opened on page 1.
 * @param {string} url
 * @param {number} maxPages
 * @param {number} generation
 */
export function followPages(url, maxPages, generation) {
  follower?.(url, maxPages, generation);
}
