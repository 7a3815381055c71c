// The live page as a reader sees it: its DOM with the content of open shadow roots.
// Imported by src/page/live_document.rs, src/page/locate.rs and src/page/in_place.rs (through
// wasm-bindgen), and by the extension's content script, which needs the page's HTML where wasm
// cannot run. Kept in JavaScript: the DOM walks are native calls either way, and here they cost
// nothing of the wasm module's size.
//
// Shadow roots are written as declarative templates, <template shadowrootmode="open"> as the
// host's first child: the form `Element.getHTML()` writes and that the core reads back with the
// host's children in their slots (src/shadow.rs).

/** @param {Node} node @returns {node is Element} */
function isElement(node) {
  return node.nodeType === Node.ELEMENT_NODE;
}

/**
 * Every open shadow root in `root` (a document or shadow root), nested ones too, except those
 * of `skipTag` hosts (the reader view's own).
 * @param {Document | ShadowRoot} root
 * @param {string} skipTag
 * @returns {ShadowRoot[]}
 */
function openShadowRoots(root, skipTag) {
  /** @type {ShadowRoot[]} */
  const found = [];
  /** @type {(Document | ShadowRoot)[]} */
  const pending = [root];
  while (pending.length) {
    for (const element of /** @type {Document | ShadowRoot} */ (pending.pop()).querySelectorAll("*")) {
      const shadow = element.shadowRoot;
      if (shadow && element.localName !== skipTag) {
        found.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return found;
}

/** @param {string} value */
function escapeAttribute(value) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;");
}

/** @param {DocumentType | null} doctype */
function doctypeMarkup(doctype) {
  if (!doctype) return "";
  const { name, publicId, systemId } = doctype;
  if (publicId) return `<!DOCTYPE ${name} PUBLIC "${publicId}" "${systemId}">`;
  if (systemId) return `<!DOCTYPE ${name} SYSTEM "${systemId}">`;
  return `<!DOCTYPE ${name}>`;
}

/**
 * Serializes `root`'s children with the given shadow roots as templates, for browsers without
 * `getHTML()`: a copy in a document without a browsing context (nothing in it loads, runs or
 * upgrades), templates put into the copy's hosts, and the browser's own serializer.
 * @param {Element} root
 * @param {ShadowRoot[]} shadowRoots
 */
function innerHtmlWithShadows(root, shadowRoots) {
  const inert = root.ownerDocument.implementation.createHTMLDocument("");
  const copy = inert.importNode(root, true);
  addTemplates(root, copy, new Set(shadowRoots), inert);
  return copy.innerHTML;
}

/**
 * Puts a shadow template into each copied host; `original` and `copy` have the same tree.
 * @param {ParentNode} original
 * @param {ParentNode} copy
 * @param {Set<ShadowRoot>} wanted
 * @param {Document} inert
 */
function addTemplates(original, copy, wanted, inert) {
  const originals = original.querySelectorAll("*");
  const copies = copy.querySelectorAll("*");
  /** @type {[ShadowRoot, Element][]} */
  const hosts = [];
  originals.forEach((element, index) => {
    if (element.shadowRoot && wanted.has(element.shadowRoot)) hosts.push([element.shadowRoot, copies[index]]);
  });
  for (const [shadow, host] of hosts) {
    const template = inert.createElement("template");
    template.setAttribute("shadowrootmode", "open");
    for (const child of shadow.childNodes) template.content.append(inert.importNode(child, true));
    addTemplates(shadow, template.content, wanted, inert);
    host.prepend(template);
  }
}

/**
 * Doctype plus the document element's markup, with the open shadow roots as declarative
 * templates (`getHTML({serializableShadowRoots, shadowRoots})` where the browser has it, a copy
 * and walk otherwise). Without shadow roots this is exactly `outerHTML`.
 * @param {Document} doc
 * @param {string} skipTag
 * @returns {string}
 */
export function documentHtml(doc, skipTag) {
  const root = doc.documentElement;
  if (!root) return doctypeMarkup(doc.doctype);
  const shadowRoots = openShadowRoots(doc, skipTag);
  if (shadowRoots.length === 0) return doctypeMarkup(doc.doctype) + root.outerHTML;
  const inner = typeof root.getHTML === "function"
    ? root.getHTML({ serializableShadowRoots: true, shadowRoots })
    : innerHtmlWithShadows(root, shadowRoots);
  const attributes = Array.from(root.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join("");
  return `${doctypeMarkup(doc.doctype)}<${root.localName}${attributes}>${inner}</${root.localName}>`;
}

/**
 * Whether `node` is a shadow root. Not `instanceof ShadowRoot`: that is false for another
 * frame's nodes (the playground locates blocks in a frame's document).
 * @param {Node} node
 * @returns {node is ShadowRoot}
 */
function isShadowRoot(node) {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && "host" in node;
}

/**
 * The children of `node` in the tree a reader sees, the one the core builds from `documentHtml`:
 * a host's shadow tree instead of its own children, each `<slot>` replaced by the nodes assigned
 * to it or else by its fallback content. `elementsOnly` leaves out text and comments.
 * @param {Node} node
 * @param {string} skipTag
 * @param {boolean} elementsOnly
 * @returns {Node[]}
 */
export function composedChildren(node, skipTag, elementsOnly) {
  const shadow = isElement(node) && node.localName !== skipTag ? node.shadowRoot : null;
  /** @type {Node[]} */
  const out = [];
  for (const child of (shadow ?? node).childNodes) {
    if (isElement(child) && child.localName === "slot" && isShadowRoot(child.getRootNode())) {
      const assigned = /** @type {HTMLSlotElement} */ (child).assignedNodes();
      out.push(...(assigned.length ? assigned : composedChildren(child, skipTag, false)));
    } else {
      out.push(child);
    }
  }
  return elementsOnly ? out.filter((child) => child.nodeType === Node.ELEMENT_NODE) : out;
}

/**
 * Adds `sheet` to the shadow root `element` lives in (document-level sheets don't reach into
 * shadow trees); nothing for elements in the document itself.
 * @param {Element} element
 * @param {CSSStyleSheet} sheet
 */
export function adoptSheetAt(element, sheet) {
  const root = element.getRootNode();
  if (isShadowRoot(root) && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** Undoes `adoptSheetAt`. @param {Element} element @param {CSSStyleSheet} sheet */
export function dropSheetAt(element, sheet) {
  const root = element.getRootNode();
  if (isShadowRoot(root) && root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  }
}
