// The CSS selector of a block the user picked, for an EasyList rule that must find the same
// block after a reload: the shortest selector that matches exactly that element in the page,
// built from stable ids and class names first, from tags and positions only when nothing else
// tells the block apart. Ids and classes that a build tool or a framework generated (hashes,
// counters, state classes) change between deploys or page views and are never used.

/**
 * Ids and class names that a build tool, a framework or a counter generated, each with why:
 * they change between deploys or page views, so a rule naming them would not survive a reload.
 */
const GENERATED_NAMES = [
  /^(css|sc|jsx|svelte|emotion|styled|ember|ng|v|data-v)-/i, // CSS-in-JS and framework prefixes
  /\d{3,}/, // counters and database ids: post-12345, comment-4711
  /(^|[_-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{4,}$/, // hash suffixes: card__3xK9a, Title_2kXb
  /(^|[_-])(?![a-z]*[a-z]{3})(?=(?:[^_-]*(?:[a-z][A-Z]|[A-Z][a-z])){3})[A-Za-z]{5,}$/, // kVtMtA
];
/** Class names that say what state the block is in now, not what it is. */
const STATE_CLASSES = /^(is|has|js-is|js-has)-|^(active|open|opened|closed|visible|hidden|show|shown|hover|focus|selected|current|sticky|fixed|loaded|loading|animated|in|fade)$/;
/** Most selector steps tried above the block before falling back to a path. */
const MAX_ANCESTOR_STEPS = 4;
/** Longest name kept: longer ones are data, not names. */
const MAX_NAME_LENGTH = 40;

/** Whether an id or class name looks generated (see GENERATED_NAMES) or is not a plain name.
 * @param {string} name */
export function isGeneratedName(name) {
  if (!name || name.length > MAX_NAME_LENGTH || !/^[A-Za-z_-][\w-]*$/.test(name)) return true;
  return GENERATED_NAMES.some((pattern) => pattern.test(name));
}

/** `CSS.escape`, or a plain escape where there is no CSSOM. @param {string} value */
const cssEscape = (value) => (typeof globalThis.CSS?.escape === "function" ? CSS.escape(value) : value.replace(/[^\w-]/g, "\\$&"));

/** The stable classes of an element, most specific-looking first (longer names say more).
 * @param {Element} element */
function stableClasses(element) {
  return [...element.classList]
    .filter((name) => !isGeneratedName(name) && !STATE_CLASSES.test(name) && !name.startsWith("declutter"))
    .sort((a, b) => b.length - a.length)
    .slice(0, 4);
}

/** Selectors naming the element alone, shortest first: `#id`, `.class`, `tag.class`, `.a.b`.
 * @param {Element} element */
function ownCandidates(element) {
  const tag = element.localName;
  const candidates = [];
  if (element.id && !isGeneratedName(element.id)) candidates.push(`#${cssEscape(element.id)}`);
  const classes = stableClasses(element).map((name) => `.${cssEscape(name)}`);
  for (const name of classes) candidates.push(name, `${tag}${name}`);
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) candidates.push(`${tag}${classes[i]}${classes[j]}`);
  }
  candidates.push(tag);
  return candidates;
}

/** `tag:nth-of-type(n)`, or the plain tag when it is the only one of its kind. @param {Element} element */
function positional(element) {
  const tag = element.localName;
  const siblings = element.parentElement ? [...element.parentElement.children].filter((child) => child.localName === tag) : [element];
  return siblings.length === 1 ? tag : `${tag}:nth-of-type(${siblings.indexOf(element) + 1})`;
}

/** @param {string} selector @param {Element} element */
function matchesOnly(selector, element) {
  try {
    const found = element.ownerDocument.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

/** The best step for an ancestor: a stable id or class, else its tag. @param {Element} element */
function ancestorStep(element) {
  return ownCandidates(element)[0];
}

/** The shortest selector that matches `element` and nothing else in its document.
 * @param {Element} element
 * @returns {string} */
export function selectorFor(element) {
  const own = ownCandidates(element);
  const found = own.find((selector) => matchesOnly(selector, element));
  if (found) return found;
  // Scope the element's own names by a few stable ancestors: `#sidebar .promo`, `.story aside`.
  let ancestor = element.parentElement;
  for (let steps = 0; ancestor && ancestor.localName !== "html" && steps < MAX_ANCESTOR_STEPS; steps++) {
    const scope = ancestorStep(ancestor);
    for (const candidate of [...own, positional(element)]) {
      for (const combinator of [" > ", " "]) {
        const selector = `${scope}${combinator}${candidate}`;
        if (matchesOnly(selector, element)) return selector;
      }
    }
    ancestor = ancestor.parentElement;
  }
  return fullPath(element);
}

/** Last resort: positions from the nearest ancestor with a stable id (or from `body`).
 * @param {Element} element */
function fullPath(element) {
  const steps = [];
  for (let node = /** @type {Element | null} */ (element); node && node.localName !== "html"; node = node.parentElement) {
    if (node !== element && node.id && !isGeneratedName(node.id)) {
      steps.unshift(`#${cssEscape(node.id)}`);
      break;
    }
    steps.unshift(node.localName === "body" ? "body" : positional(node));
    if (node.localName === "body") break;
  }
  return steps.join(" > ");
}
