// The hostile-markup corpus of tests/e2e/hostile.test.mjs, and the pages it is served in.
//
// Each vector is markup an attacker controls, placed inside an otherwise ordinary article between
// harmless paragraphs. `PWN` in a vector stands for a payload that reports the vector's name if it
// ever runs: `__hit(name, this)` where the probe (below) is defined, else `top.postMessage`
// (data: documents, srcdoc and cross-origin frames, popups). The probe tells the page's own copy
// of a vector (the live page of the reader-view test runs its own markup, as any page does) from
// a copy that declutter put into its output.
//
// Fields: `html` (markup in the article; a string with PWN and TRIP, or a function of the payload),
// `head` (markup for <head>), `keep` (harmless text of the vector that must survive),
// `readerLosesClosingWords` (why the reader view may drop the text after the vector).

/** Cross-origin documents an attacker controls (fulfilled by the test's route; nothing leaves the machine). */
export const ATTACKER = "https://attacker.invalid";
/**
 * Requests under this path must never happen once declutter ran (navigation, prefetch, ping, CSS
 * loads). `TRIP` in a vector becomes `/hostile/tripwire/<vector name>/`.
 */
export const TRIPWIRE = "/hostile/tripwire/";

export function payload(name) {
  return `self.__hit?__hit('${name}',this):top.postMessage('pwned:${name}','*')`;
}

const b64 = (text) => Buffer.from(text).toString("base64");
const entities = (text, hex = false) => [...text].map((c) => (hex ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`)).join("");
const IMAGE = "/samples/img/harbour.svg";
const MISSING = "/hostile/missing.png";

export const VECTORS = [
  // ---- event handlers ----
  { name: "img-onerror", html: `<img src="${MISSING}" onerror="PWN" alt="a broken image">` },
  { name: "img-onload", html: `<img src="${IMAGE}" onload="PWN" alt="The harbour at dawn" width="400" height="200">` },
  { name: "img-onerror-unquoted", html: `<img src=x onerror=PWN>` },
  { name: "svg-onload", html: `<svg width="20" height="20" onload="PWN"><rect width="20" height="20"/></svg>` },
  { name: "body-onload", html: `<body onload="PWN" onpageshow="PWN">` },
  { name: "input-autofocus-onfocus", html: `<input autofocus onfocus="PWN" value="typed">` },
  { name: "contenteditable-onfocus", html: `<div contenteditable tabindex="0" autofocus onfocus="PWN" onfocusin="PWN">Editable note text</div>`, keep: ["Editable note text"] },
  { name: "details-ontoggle", html: `<details open ontoggle="PWN"><summary>Details summary line</summary>Details body text</details>`, keep: ["Details summary line", "Details body text"] },
  { name: "details-closed-ontoggle", html: `<details ontoggle="PWN"><summary>Closed details summary</summary>Closed details body</details>`, keep: ["Closed details summary"] },
  { name: "popover-ontoggle", html: `<div popover="manual" id="hostile-popover" ontoggle="PWN" onbeforetoggle="PWN">Popover text</div><button popovertarget="hostile-popover">Show popover</button>` },
  { name: "paragraph-mouse-handlers", html: `<p onmouseover="PWN" onmouseenter="PWN" onclick="PWN" onpointerdown="PWN">A paragraph with mouse handlers in it, hovered and clicked by the test.</p>`, keep: ["A paragraph with mouse handlers in it"] },
  { name: "css-animation-onanimationstart", html: `<style>@keyframes hostile-spin{from{opacity:.9}to{opacity:1}}</style><p style="animation:hostile-spin 10ms" onanimationstart="PWN" onanimationend="PWN">Animated paragraph text</p>`, keep: ["Animated paragraph text"] },
  { name: "marquee-onstart", html: `<marquee loop="1" scrollamount="50" onstart="PWN" onfinish="PWN">Marquee text</marquee>` },
  { name: "video-source-onerror", html: `<video controls><source src="/hostile/missing.mp4" type="video/mp4" onerror="PWN"></video>` },
  { name: "audio-onerror", html: `<audio controls src="/hostile/missing.mp3" onerror="PWN" onloadstart="PWN"></audio>` },
  { name: "svg-animate-onbegin", html: `<svg width="20" height="20"><rect width="20" height="20"><animate attributeName="x" from="0" to="1" dur="20ms" onbegin="PWN" onend="PWN"/></rect></svg>` },
  { name: "svg-set-onbegin", html: `<svg width="20" height="20"><set attributeName="fill" to="red" begin="0s" onbegin="PWN"/></svg>` },
  { name: "svg-image-onerror", html: `<svg width="20" height="20"><image href="${MISSING}" onerror="PWN"/><image xlink:href="${MISSING}" onerror="PWN"/></svg>` },
  { name: "custom-element-upgrade", html: `<x-hostile>Custom element text</x-hostile>`, keep: ["Custom element text"] },
  { name: "customized-builtin-is", html: `<p is="x-hostile-p">Customized paragraph text, an ordinary paragraph to everyone but the page's own definition.</p>`, keep: ["Customized paragraph text"] },

  // ---- script URLs, however written ----
  { name: "a-href-javascript", html: `<p>Read <a href="javascript:PWN">the script link text</a> here.</p>`, keep: ["the script link text"] },
  { name: "a-href-vbscript", html: `<p><a href="vbscript:PWN">vbscript link</a></p>` },
  { name: "a-href-javascript-mixed-case-spaces", html: `<p><a href="  JaVaScRiPt:PWN">mixed case link</a></p>` },
  { name: "a-href-javascript-tab-entity", html: `<p><a href="jav&#x09;ascript:PWN">tab entity link</a></p>` },
  { name: "a-href-javascript-newline-entity", html: `<p><a href="java&NewLine;script&colon;PWN">newline entity link</a></p>` },
  { name: "a-href-javascript-decimal-entities", html: `<p><a href="${entities("javascript:")}PWN">decimal entity link</a></p>` },
  { name: "a-href-javascript-hex-entities", html: `<p><a href="${entities("javascript:", true)}PWN">hex entity link</a></p>` },
  { name: "a-href-javascript-entities-no-semicolon", html: `<p><a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058PWN">padded entity link</a></p>` },
  { name: "a-href-javascript-control-prefix", html: `<p><a href="&#1;&#14; javascript:PWN">control prefix link</a></p>` },
  { name: "a-href-javascript-comment-newline", html: `<p><a href="javascript://%0aPWN">comment newline link</a></p>` },
  { name: "a-href-data-html", html: `<p><a href="data:text/html,<script>PWN</script>">data link</a></p>` },
  { name: "a-href-data-html-base64", html: (pwn) => `<p><a href="data:text/html;base64,${b64(`<script>${pwn}</script>`)}">base64 data link</a></p>` },
  { name: "a-href-data-svg", html: (pwn) => `<p><a href="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${pwn}"/>`)}">svg data link</a></p>` },
  { name: "area-href-javascript", html: `<map name="hostile-map"><area shape="rect" coords="0,0,400,200" href="javascript:PWN" alt="map area"></map><img src="${IMAGE}" usemap="#hostile-map" alt="Map of the harbour" width="400" height="200">` },
  { name: "svg-a-xlink-href", html: `<svg width="120" height="20"><a xlink:href="javascript:PWN"><text x="0" y="15">svg xlink link</text></a><a href="javascript:PWN"><text x="60" y="15">svg link</text></a></svg>` },
  { name: "svg-animate-href", html: `<svg width="120" height="20"><a id="hostile-animated"><animate attributeName="href" values="javascript:PWN" dur="1s"/><text x="0" y="15">animated link</text></a></svg>` },
  { name: "svg-set-href", html: `<svg width="120" height="20"><a><set attributeName="href" to="javascript:PWN"/><text x="0" y="15">set link</text></a></svg>` },
  { name: "math-href", html: `<p><math href="javascript:PWN"><mi href="javascript:PWN">x</mi><maction actiontype="statusline" xlink:href="javascript:PWN"><mtext>math action</mtext></maction></math></p>` },
  { name: "iframe-src-javascript", html: `<iframe src="javascript:PWN"></iframe>` },
  { name: "object-data-javascript", html: `<object data="javascript:PWN"></object>` },
  { name: "embed-src-javascript", html: `<embed src="javascript:PWN">` },
  { name: "video-poster-javascript", html: `<video poster="javascript:PWN" src="javascript:PWN" controls></video>` },
  { name: "img-srcset-javascript", html: `<picture><source srcset="javascript:PWN 1x"><img src="${IMAGE}" srcset="javascript:PWN 2x" alt="Harbour picture"></picture>` },
  { name: "lazy-image-javascript", html: `<img src="/img/placeholder.gif" data-src="javascript:PWN" data-srcset="javascript:PWN 1x" alt="lazy">` },
  { name: "blockquote-cite-javascript", html: `<blockquote cite="javascript:PWN"><p>Quoted words from the harbour master.</p></blockquote>`, keep: ["Quoted words from the harbour master."] },
  { name: "form-action-javascript", html: `<form action="javascript:PWN"><input type="submit" value="Submit form"></form>` },
  { name: "button-formaction-javascript", html: `<form action="TRIPform"><button formaction="javascript:PWN">Send</button><input type="image" src="${MISSING}" formaction="javascript:PWN" onerror="PWN" alt="send"></form>` },
  { name: "form-action-http", html: `<form action="TRIPform" method="get"><input name="q" value="x"><button>Search the archive</button></form>` },

  // ---- inline documents, frames, plugins ----
  { name: "iframe-srcdoc", html: `<iframe srcdoc="<script>PWN</script><img src=x onerror=&quot;PWN&quot;>"></iframe>` },
  { name: "iframe-data-html", html: `<iframe src="data:text/html,<script>PWN</script>"></iframe>` },
  { name: "iframe-embed-host-with-srcdoc", html: `<iframe src="https://www.youtube.com/embed/abc" srcdoc="<script>PWN</script>" onload="PWN"></iframe>` },
  { name: "iframe-attacker-page", html: `<iframe src="${ATTACKER}/page.html?v=iframe-attacker-page"></iframe>` },
  {
    name: "iframe-embed-allowlist-path",
    html: `<iframe src="${ATTACKER}/archive.org/embed/page.html?v=iframe-embed-allowlist-path" width="400" height="100"></iframe>`,
  },
  {
    name: "iframe-embed-allowlist-backslash",
    html: `<iframe src="${ATTACKER}\\.youtube.com/embed/page.html?v=iframe-embed-allowlist-backslash" width="400" height="100"></iframe>`,
  },
  { name: "object-data-html", html: `<object data="data:text/html,<script>PWN</script>" type="text/html"></object>` },
  { name: "object-svg-document", html: (pwn) => `<object type="image/svg+xml" data="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg"><script>${pwn}</script></svg>`)}"></object>` },
  { name: "embed-svg-document", html: (pwn) => `<embed type="image/svg+xml" src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${pwn}"/>`)}">` },
  { name: "object-param-javascript", html: `<object><param name="src" value="javascript:PWN"><param name="movie" value="javascript:PWN">Object fallback text</object>` },
  { name: "img-data-svg-onload", html: (pwn) => `<img src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" onload="${pwn}"><script>${pwn}</script><rect width="400" height="200" fill="teal"/></svg>`)}" alt="An inline drawing of the ferry">` },
  { name: "script-inline", html: `<script>PWN</script>` },
  { name: "script-src-data", html: `<script src="data:text/javascript,PWN"></script>` },
  { name: "svg-script", html: `<svg width="20" height="20"><script>PWN</script><script href="data:text/javascript,PWN"></script></svg>` },
  { name: "svg-foreignobject", html: `<svg width="200" height="50"><foreignObject width="200" height="50"><img src=x onerror="PWN"><p>foreign paragraph</p></foreignObject></svg>` },
  { name: "svg-use-data-url", html: (pwn) => `<svg width="20" height="20"><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${pwn}"/></svg>`)}#x"/></svg>` },

  // ---- namespace confusion and mutation XSS ----
  { name: "svg-style-img", html: `<svg><style><img src=x onerror="PWN"></style></svg>` },
  { name: "svg-p-style-breakout", html: `<svg></p><style><a id="</style><img src=1 onerror=PWN>">` },
  { name: "svg-desc-img", html: `<svg width="20" height="20"><desc><img src=x onerror="PWN"></desc><title><img src=x onerror="PWN"></title></svg>` },
  { name: "math-mglyph-style", html: `<math><mtext><table><mglyph><style><img src=x onerror="PWN"></style></mglyph></table></mtext></math>` },
  {
    name: "math-mglyph-style-comment",
    html: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=PWN&gt;"></mglyph></table></mtext></math>`,
    // Chromium's DOM has an HTML <mglyph> (foster-parented out of the table) holding an HTML
    // <style>; its serialization, which the reader view extracts from, reparses with a MathML
    // <mglyph> and <style>, where "<!--" opens a comment that runs to the end of the page.
    readerLosesClosingWords: "the live DOM's serialization does not reparse to the same tree",
  },
  // Inside a <div>: nothing but the end of an ancestor closes the outer <form> here.
  { name: "form-math-mglyph", html: `<div><form><math><mtext></form><form><mglyph><style></math><img src onerror="PWN"></style></mglyph></form></mtext></math></div>` },
  { name: "math-annotation-xml-html", html: `<math><annotation-xml encoding="text/html"><img src=x onerror="PWN"></annotation-xml></math>` },
  { name: "math-style-breakout", html: `<math><style><img src=x onerror="PWN"></style></math>` },
  { name: "noscript-title-breakout", html: `<noscript><p title="</noscript><img src=x onerror=PWN>"></p></noscript>` },
  { name: "noscript-lazy-image", html: `<noscript><img src="${MISSING}" onerror="PWN" srcset="javascript:PWN 1x" alt="noscript image"></noscript>` },
  { name: "noembed-breakout", html: `<noembed><img title="</noembed><img src=x onerror=PWN>"></noembed>` },
  { name: "noframes-breakout", html: `<noframes><p title="</noframes><img src=x onerror=PWN>"></p></noframes>` },
  { name: "xmp-breakout", html: `<xmp><p title="</xmp><img src=x onerror=PWN>"></p></xmp>` },
  { name: "iframe-text-breakout", html: `<iframe><p title="</iframe><img src=x onerror=PWN>"></p></iframe>` },
  { name: "title-in-body", html: `<title><img src=x onerror="PWN"></title>` },
  { name: "textarea-markup", html: `<textarea><img src=x onerror="PWN"></textarea>` },
  { name: "comment-hidden-markup", html: `<!-- <img src=x onerror="PWN"> -->` },
  { name: "comment-abrupt-close", html: `<!--><img src=x onerror="PWN">-->` },
  { name: "bogus-comment", html: `<! x="><img src=x onerror=PWN>"><?xml x="><img src=x onerror=PWN>"?>` },
  { name: "escaped-markup-in-text", html: `<p>An escaped tag shown as text: &lt;img src=x onerror="PWN"&gt; stays text.</p>`, keep: ["An escaped tag shown as text: <img src=x onerror="] },
  { name: "markup-in-attribute", html: `<p title="&lt;img src=x onerror=PWN&gt;" data-x="</p><img src=x onerror=PWN>">A paragraph with markup in its attributes.</p>` },
  { name: "attribute-quote-breakout", html: `<p><abbr title="&quot; onmouseover=&quot;PWN">ABBR</abbr> <time datetime="&quot;&gt;&lt;img src=x onerror=PWN&gt;">today</time> <img src="${IMAGE}" alt="&quot;&gt;&lt;img src=x onerror=PWN&gt;" width="40" height="20"></p>`, keep: ["ABBR", "today"] },
  { name: "code-class-breakout", html: `<pre><code class="language-js&quot; onmouseover=&quot;PWN">let ferries = 12;</code></pre>`, keep: ["let ferries = 12;"] },
  { name: "link-href-quote-breakout", html: `<p><a href="https://example.com/&quot; onmouseover=&quot;PWN" title="&quot; onclick=&quot;PWN">quoted href link</a></p>`, keep: ["quoted href link"] },
  { name: "table-foster-parenting", html: `<table><tr><td>cell text</td></tr><img src=x onerror="PWN"><style><img src=x onerror="PWN"></style></table>` },
  { name: "template-content", html: `<template><img src=x onerror="PWN"><script>PWN</script></template>` },
  { name: "declarative-shadow-root", html: `<div><template shadowrootmode="open"><img src=x onerror="PWN"><slot></slot></template>Shadow host text</div>`, keep: ["Shadow host text"] },
  { name: "mathjax-script-tex", html: `<p>Formula <script type="math/tex">x &lt; 1 </annotation></math><img src=x onerror=PWN></script> inline.</p>` },
  { name: "data-math-markup", html: `<p>Formula <span class="math" data-math="</annotation></math><img src=x onerror=PWN>">x</span> inline.</p>` },

  // ---- the document around the article ----
  { name: "base-href-javascript", head: `<base href="javascript:PWN//">`, html: `<base href="javascript:PWN//"><p><a href="relative-page.html">relative link</a></p>` },
  { name: "base-href-elsewhere", html: `<base href="${ATTACKER}/"><p><a href="other-page.html">another relative link</a></p>` },
  { name: "meta-refresh-javascript", head: `<meta http-equiv="refresh" content="0;url=javascript:PWN">`, html: `<meta http-equiv="refresh" content="0;url=javascript:PWN">` },
  { name: "meta-refresh-navigation", html: `<meta http-equiv="refresh" content="0;url=TRIPmeta-refresh">` },
  { name: "meta-csp-injection", html: `<meta http-equiv="Content-Security-Policy" content="img-src 'none'">` },
  { name: "link-prefetch", html: `<link rel="prefetch" href="TRIPprefetch"><link rel="stylesheet" href="TRIPstylesheet">` },
  { name: "link-ping", html: `<p><a href="#hostile-fragment" ping="TRIPping">fragment link with ping</a></p>`, keep: ["fragment link with ping"] },
  { name: "tabnabbing-target-blank", html: `<p><a href="${ATTACKER}/tab.html?v=tabnabbing-target-blank" target="_blank" rel="opener">open the source in a new tab</a></p>`, keep: ["open the source in a new tab"] },

  // ---- metadata (the reader view shows title, site, byline, date and the lead image) ----
  {
    name: "metadata-markup",
    head: `<meta name="author" content="<img src=x onerror=PWN>"><meta property="og:site_name" content="<svg onload=PWN>">
<meta property="article:published_time" content="&quot;&gt;&lt;img src=x onerror=PWN&gt;">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Field notes <img src=x onerror=PWN>", "author": {"name": "<svg onload=PWN>"}}</script>`,
    html: `<p class="byline">By <a rel="author" href="javascript:PWN">An <img src=x onerror="PWN"> Author</a></p>`,
  },
  {
    name: "metadata-lead-image-url",
    head: `<meta property="og:image" content="javascript:PWN"><meta name="twitter:image" content="data:text/html,<script>PWN</script>">
<script type="application/ld+json">{"@type": "NewsArticle", "image": {"url": "javascript:PWN"}}</script>`,
    html: ``,
  },

  // ---- CSS ----
  { name: "css-style-element", html: `<style>@import "TRIPcss-import"; body, .dr-content { background: url("TRIPcss-url") !important; display: none !important }</style>` },
  { name: "css-expression", html: `<p style="width: expression(PWN); background: url(javascript:PWN)">Paragraph with a scripted style.</p>`, keep: ["Paragraph with a scripted style."] },
  { name: "css-url-request", html: `<p style="background-image: url(TRIPinline-style)">Paragraph with a background image.</p>` },
  { name: "css-overlay", html: `<div style="position: fixed; inset: 0; z-index: 2147483647; background: white">Fake login overlay</div>` },

  // ---- the embedding page ----
  { name: "dom-clobbering", html: `<img name="getElementById" id="querySelector" src="${IMAGE}" alt="clobbering image" width="40" height="20"><form name="cookie"><input name="domain"></form><a id="__hit" href="#x">clobbering link</a>` },
];

const LOREM = [
  "The harbour ferries will run their full timetable again from Monday, the transport authority said on Thursday",
  "after eight months of repairs to the landing stages. Boats leave every fifteen minutes in the rush hours and every",
  "half hour during the day, and the monthly passes that were valid for the replacement buses remain valid on board.",
].join(" ");

/** Text in front of and behind the vector that must survive cleaning. */
export const openingWords = (name) => `Opening words before the ${name} vector.`;
export const closingWords = (name) => `Closing words after the ${name} vector.`;

export function vectorHtml(vector, field = "html") {
  const markup = vector[field] ?? "";
  const pwn = payload(vector.name);
  const html = typeof markup === "function" ? markup(pwn) : markup.replaceAll("PWN", pwn);
  return html.replaceAll("TRIP", `${TRIPWIRE}${vector.name}/`);
}

/** An article page holding one vector. */
export function articlePage(vector) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Field notes: ${vector.name}</title>
${vectorHtml(vector, "head")}
</head>
<body>
<main>
<article>
<h1>Field notes on the ${vector.name} vector</h1>
<p>${openingWords(vector.name)} ${LOREM}</p>
<p>${LOREM} The city and the port company share the cost of about twelve million euros.</p>
${vectorHtml(vector)}
<p>${closingWords(vector.name)} ${LOREM}</p>
</article>
</main>
</body>
</html>`;
}

/**
 * The probe, run first in every test page (as a classic inline script): defines `__hit`, the
 * message listener, two custom elements whose upgrade counts as a hit, and `__hostile.poke(root)`
 * `__hostile.inertness(root)` and `__hostile.clobbered()` for the test. A hit from a node of the page's own light DOM
 * outside `[data-hostile-target]` is the page running its own markup (kept in `__pageHits`);
 * every other hit after `__hostile.arm()` is declutter's (in `__hits`).
 */
export function probe() {
  const hits = [];
  const pageHits = [];
  let armed = false;
  // The page's own markup may clobber document.querySelector & co. (the dom-clobbering vector).
  const { querySelector, querySelectorAll } = Document.prototype;
  const readerRoot = () => querySelector.call(document, "declutter-reader")?.shadowRoot ?? null;
  const frameOf = (source) => {
    const frames = [...querySelectorAll.call(document, "iframe, frame, object, embed")];
    const reader = readerRoot();
    if (reader) frames.push(...reader.querySelectorAll("iframe, frame, object, embed"));
    return frames.find((frame) => { try { return frame.contentWindow === source; } catch { return false; } }) ?? source;
  };
  const isPageOwn = (where) => {
    if (!(where instanceof Node) || !where.isConnected || where.getRootNode() !== document) return false;
    const element = where instanceof Element ? where : where.parentElement;
    return !element?.closest("[data-hostile-target]");
  };
  const describe = (where) => {
    if (where instanceof Element) return `<${where.localName}> in ${where.getRootNode() === document ? "the document" : "a shadow root"}`;
    if (where === window) return "the window";
    // A frame's window that frameOf could not place (Firefox gives an <object> holding a data:
    // document no contentWindow), whose conversion to a string is a cross-origin access.
    try {
      return where ? String(where) : "an unknown context";
    } catch {
      return "a cross-origin window";
    }
  };
  window.__hit = (name, where) => {
    const record = { name: String(name), where: describe(where) };
    (armed && !isPageOwn(where) ? hits : pageHits).push(record);
  };
  const onMessage = (event) => {
    if (typeof event.data === "string" && event.data.startsWith("pwned:")) window.__hit(event.data.slice(6), frameOf(event.source));
  };
  addEventListener("message", onMessage);
  customElements.define("x-hostile", class extends HTMLElement {
    connectedCallback() { window.__hit("custom-element-upgrade", this); }
  });
  customElements.define("x-hostile-p", class extends HTMLParagraphElement {
    connectedCallback() { window.__hit("customized-builtin-is", this); }
  }, { extends: "p" });

  const XLINK = "http://www.w3.org/1999/xlink";
  const DANGEROUS_ELEMENTS = new Set(["script", "style", "link", "meta", "base", "object", "embed", "applet", "frame",
    "frameset", "form", "input", "button", "textarea", "select", "template", "foreignobject", "animate", "set",
    "animatemotion", "animatetransform", "handler", "listener", "portal", "dialog", "noscript"]);
  const DANGEROUS_ATTRIBUTES = new Set(["srcdoc", "style", "formaction", "action", "is", "popover", "popovertarget",
    "autofocus", "contenteditable", "xml:base", "ping", "shadowrootmode"]);
  // URL parsers drop C0 controls and spaces (U+0000 to U+0020) wherever they stand in a scheme.
  const normalize = (value) => Array.from(value).filter((c) => c > " ").join("").toLowerCase();

  window.__hostile = {
    arm() { armed = true; },
    /**
     * Replaces the document with `html` as a page load would parse it (the window, its wasm
     * module and this probe stay); resolves when the new document has loaded.
     */
    replaceDocument(html) {
      hits.length = 0;
      pageHits.length = 0;
      armed = false;
      document.open();
      // document.open() erased the window's event listeners.
      addEventListener("message", onMessage);
      const loaded = new Promise((resolve) => {
        addEventListener("load", resolve, { once: true });
        // Firefox fires no load event at a document that starts to navigate away as it
        // completes (a meta refresh), though the navigation goes nowhere (a 204 answer).
        document.addEventListener("readystatechange", () => {
          if (document.readyState === "complete") setTimeout(resolve, 100);
        });
      });
      document.write(html);
      document.close();
      return loaded;
    },
    hits: () => hits,
    pageHits: () => pageHits,
    readerRoot,
    /** What in `root` could run script, load a document, restyle the page or leak the opener. */
    inertness(root) {
      const problems = [];
      for (const element of root.querySelectorAll("*")) {
        const tag = element.localName.toLowerCase();
        if (DANGEROUS_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
        if (tag.includes("-") && element.namespaceURI === "http://www.w3.org/1999/xhtml") problems.push(`custom element <${tag}>`);
        if (tag === "iframe" && !/^https?:$/.test(new URL(element.getAttribute("src") ?? "about:blank", document.baseURI).protocol)) {
          problems.push(`iframe with src ${element.getAttribute("src")}`);
        }
        for (const { name, value } of element.attributes) {
          const lower = name.toLowerCase();
          const url = normalize(value);
          if (lower.startsWith("on")) problems.push(`${lower} on <${tag}>`);
          if (DANGEROUS_ATTRIBUTES.has(lower)) problems.push(`${lower} on <${tag}>`);
          if (/^(javascript|vbscript|livescript):/.test(url) || /(^|[\s,])(javascript|vbscript):/.test(value.toLowerCase())) {
            problems.push(`script URL in ${lower} on <${tag}>`);
          }
          const imageData = ["src", "srcset", "poster"].includes(lower) && ["img", "source", "video"].includes(tag) && url.startsWith("data:image/");
          if (url.startsWith("data:") && !imageData) problems.push(`data: URL in ${lower} on <${tag}>`);
          if (/expression\(|url\(["']?javascript/.test(url)) problems.push(`scripted CSS in ${lower} on <${tag}>`);
        }
        if (element.getAttributeNS(XLINK, "href") && !element.getAttributeNS(XLINK, "href").startsWith("#")) {
          problems.push(`xlink:href on <${tag}>`);
        }
        if (tag === "a" && element.hasAttribute("target") && !/\bnoopener\b/.test(element.getAttribute("rel") ?? "")) {
          problems.push("link opens a window without noopener");
        }
        if (element.shadowRoot) problems.push(`shadow root on <${tag}>`);
      }
      return problems;
    },
    /** Document and window properties that markup in the page has replaced (DOM clobbering). */
    clobbered() {
      const names = ["getElementById", "querySelector", "querySelectorAll", "createElement"].filter((name) => typeof document[name] !== "function");
      if (typeof document.cookie !== "string") names.push("cookie");
      if (typeof window.__hit !== "function") names.push("window.__hit");
      return names;
    },
    /**
     * Does to `root` what a reader would: hovers, focuses and clicks every element, toggles
     * details, clicks every link that does not lead to a web page (those would only navigate
     * the test page away), scrolls images and media into view so lazy ones load.
     */
    async poke(root) {
      const elements = [...root.querySelectorAll("*")];
      for (const element of elements) {
        for (const type of ["pointerover", "pointerenter", "mouseover", "mouseenter", "mousemove", "pointerdown", "mousedown", "mouseup"]) {
          const Event = type.startsWith("pointer") ? PointerEvent : MouseEvent;
          element.dispatchEvent(new Event(type, { bubbles: true, cancelable: true, composed: true }));
        }
        element.focus?.();
        // Lazy images and media load near the viewport only.
        if (/^(img|video|audio|iframe|object|embed|svg|image)$/.test(element.localName)) element.scrollIntoView({ block: "center" });
        if (element.localName === "details") element.open = !element.open;
      }
      for (const element of elements) {
        const href = element.getAttribute("href") ?? element.getAttributeNS(XLINK, "href") ?? element.getAttribute("formaction");
        let web = false;
        try { web = href !== null && /^https?:$/.test(new URL(href, document.baseURI).protocol) && !href.startsWith("#"); } catch { /* not a URL */ }
        if (web) continue;
        element.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, composed: true }));
        // A javascript: URL runs in a task of its own, and the next navigation would cancel it.
        if (href !== null || element.localName === "button" || element.localName === "input") await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return elements.length;
    },
  };
}
