// Rules made with the block picker: one EasyList element-hiding rule per hidden block, for the
// site it was made on (`example.com##.promo-box`). The core applies them in both modes through
// its `filters` option; its domain matching keeps a site's rules to that site and its subdomains.

/** The site a rule is made for: the page's host without a leading `www.`. @param {string} url */
export function siteOf(url) {
  try {
    const { protocol, hostname } = new URL(url);
    if (!/^(https?|file):$/.test(protocol) || !hostname) return null;
    return hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** The rule hiding `selector` on the page's site, or null where there is no site (file:, about:).
 * @param {string} url
 * @param {string} selector */
export function ruleFor(url, selector) {
  const site = siteOf(url);
  return site ? `${site}##${selector}` : null;
}

const RULE = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*)##(.+)$/;

/**
 * `{ site, selector }` of a picked rule, or `{ error }`: it must name one site and a selector the
 * browser can parse (`doc` checks it).
 * @param {string} text
 * @param {Document | undefined} doc
 * @returns {{ site: string, selector: string, error?: undefined } | { error: string }}
 */
export function parseRule(text, doc = globalThis.document) {
  const match = RULE.exec(String(text).trim());
  if (!match) return { error: "not a rule of the form example.com##selector" };
  try {
    doc?.createDocumentFragment().querySelector(match[2]);
  } catch {
    return { error: `not a CSS selector: ${match[2]}` };
  }
  return { site: match[1], selector: match[2] };
}

/** Adds a rule to a list (no duplicates); returns the new list. @param {string[]} rules @param {string} rule */
export function withRule(rules, rule) {
  return rules.includes(rule) ? [...rules] : [...rules, rule];
}

/** Removes a rule from a list; returns the new list. @param {string[]} rules @param {string} rule */
export function withoutRule(rules, rule) {
  return rules.filter((known) => known !== rule);
}

/** The `filters` option for the core: the user's own filter text and the picked rules.
 * @param {string | null | undefined} userFilters
 * @param {string[]} rules */
export function filtersFor(userFilters, rules) {
  return [String(userFilters ?? "").trim(), ...rules].filter(Boolean).join("\n");
}
