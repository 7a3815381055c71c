// "Save article" and "Save Markdown" in the reader view's More menu: one self-contained HTML file
// (the reader's styles inline, pictures as data URLs where the browser lets the page read them,
// else left as links) or the Markdown, downloaded through a blob link: no permission needed.

/** A file name from the article's title: letters, digits and dashes, at most 80 characters. @param {string} title */
function fileName(title) {
  const base = String(title).normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return base || "article";
}

/** Downloads `text` as `name`. @param {Document} doc @param {string} name @param {string} type @param {string} text */
function download(doc, name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  (doc.body ?? doc.documentElement).append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click's task: the URL lives a little longer.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * The Markdown of the article (with its title, source and date on top, as the clippers write it).
 * @param {ShadowRoot} shadow @param {string} markdown @param {string} title
 */
export function saveMarkdown(shadow, markdown, title) {
  const doc = shadow.ownerDocument;
  const byline = shadow.querySelector(".dr-byline")?.textContent ?? "";
  const date = shadow.querySelector(".dr-date time")?.getAttribute("datetime") ?? "";
  const header = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `source: ${JSON.stringify(doc.location?.href ?? "")}`,
    ...(byline ? [`author: ${JSON.stringify(byline)}`] : []),
    ...(date ? [`published: ${JSON.stringify(date)}`] : []),
    `saved: ${JSON.stringify(new Date().toISOString())}`,
    "---",
    "",
  ].join("\n");
  download(doc, `${fileName(title)}.md`, "text/markdown;charset=utf-8", `${header}${markdown}\n`);
}

/** A picture as a data URL, or null where the browser does not let the page read it (another
 * origin without CORS). @param {string} src */
async function dataUrl(src) {
  try {
    const response = await fetch(src, { credentials: "same-origin", mode: "cors" });
    if (!response.ok) return null;
    const blob = await response.blob();
    if (!blob.type.startsWith("image/")) return null;
    return await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}

/**
 * The article as one HTML file: the reader's styles, the article with its pictures inlined
 * where readable. The shown view is copied, so the file looks like the reader (theme included).
 * @param {ShadowRoot} shadow @param {string} title
 */
export async function saveArticle(shadow, title) {
  const doc = shadow.ownerDocument;
  const article = shadow.querySelector(".dr-article");
  const root = shadow.querySelector(".dr-root");
  if (!article || !root) return;
  const copy = /** @type {Element} */ (article.cloneNode(true));
  for (const node of copy.querySelectorAll(".dr-focus-band, .dr-notice, [data-declutter-ui]")) node.remove();
  const images = [...copy.querySelectorAll("img")];
  await Promise.all(images.map(async (image) => {
    const src = image.getAttribute("src");
    if (!src || src.startsWith("data:")) return;
    const absolute = new URL(src, doc.baseURI).href;
    image.removeAttribute("srcset");
    const inlined = await dataUrl(absolute);
    image.setAttribute("src", inlined ?? absolute);
  }));
  for (const link of copy.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href") ?? "";
    if (!href.startsWith("#")) link.setAttribute("href", new URL(href, doc.baseURI).href);
  }
  const css = [...shadow.querySelectorAll("style")].map((style) => style.textContent).join("\n");
  const theme = root.getAttribute("data-theme") ?? "auto";
  const font = root.getAttribute("data-font") ?? "serif";
  const escape = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html>
<html lang="${escape(article.getAttribute("lang") ?? doc.documentElement.lang ?? "")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="generator" content="declutter">
<link rel="canonical" href="${escape(doc.location?.href ?? "")}">
<style>${css.replace(/:host\b[^{]*\{[^}]*\}/g, "").replace(/<\/style/gi, "<\\/style")}
body { margin: 0; }
.dr-root { position: static; overflow: visible; animation: none; }</style>
</head>
<body>
<div class="dr-root" data-theme="${escape(theme)}" data-font="${escape(font)}" style="${escape(root.getAttribute("style") ?? "")}">
${copy.outerHTML}
</div>
</body>
</html>
`;
  download(doc, `${fileName(title)}.html`, "text/html;charset=utf-8", html);
}
