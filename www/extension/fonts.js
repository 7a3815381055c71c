// The reader's legible face, Atkinson Hyperlegible (SIL Open Font License 1.1, from the pinned
// npm package @fontsource/atkinson-hyperlegible; its licence ships beside it as fonts/OFL.txt).
// esbuild inlines the two Latin weights into the content script, which adds them to the page's
// document.fonts: @font-face does not work inside the reader's shadow root, a FontFace in the
// document does, and no web-accessible resource (no manifest change) is needed.
import regular from "@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2";
import bold from "@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2";

let added = false;

/** Adds the face to `doc` once; a page whose CSP forbids fonts from data keeps the fallback. @param {Document} doc */
export function addLegibleFace(doc) {
  if (added || typeof FontFace !== "function") return;
  added = true;
  for (const [bytes, weight] of /** @type {const} */ ([[regular, "400"], [bold, "700"]])) {
    try {
      const face = new FontFace("Atkinson Hyperlegible", bytes, { weight, style: "normal", display: "swap" });
      doc.fonts.add(face);
      face.load().catch(() => {});
    } catch {
      // The sans-serif stack stands in.
    }
  }
}
