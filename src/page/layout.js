// What only the browser's layout knows, for in-place mode (src/page/overlays.rs and
// in_place.rs): which elements the page pins over itself (`position: fixed` or `sticky`) and how
// much of the window each covers, and whether `html` or `body` locks scrolling. Written in JS
// because the same walk through web-sys bindings costs about 3 KB of the gzipped wasm.

/** Whether the page pins the element and shows it. */
export function isPinned(element) {
  const style = getComputedStyle(element);
  return (style.position === "fixed" || style.position === "sticky")
    && style.display !== "none" && style.visibility !== "hidden";
}

/** Share of the window's area the element's box covers (0 to 1). */
function coveredShare(element) {
  const rect = element.getBoundingClientRect();
  const width = Math.min(rect.right, innerWidth) - Math.max(rect.left, 0);
  const height = Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0);
  return width > 0 && height > 0 ? (width * height) / (innerWidth * innerHeight) : 0;
}

/**
 * The outermost pinned, shown elements of the body that are not inside `skip` (a selector):
 * a flat array of element, covered share, element, covered share, ...
 */
export function pinnedElements(skip) {
  const found = [];
  let last = null;
  for (const element of document.body?.querySelectorAll("*") ?? []) {
    if ((last && last.contains(element)) || element.closest(skip) || !isPinned(element)) continue;
    found.push(element, coveredShare(element));
    last = element;
  }
  return found;
}

/** Whether the element's computed `overflow-y` stops the page from scrolling. */
export function locksScrolling(element) {
  const overflow = getComputedStyle(element).overflowY;
  return overflow === "hidden" || overflow === "clip";
}
