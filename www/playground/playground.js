// The playground: HTML in, cleaned article out, with everything declutter reports about it.
import init, { clean, locateRemoved } from "/pkg/declutter.js";

const $ = (id) => document.getElementById(id);
const input = { html: $("html"), url: $("url"), sample: $("sample"), auto: $("auto"), file: $("file") };
const out = {
  preview: $("preview"), markdown: $("markdown"), metadata: $("metadata"),
  removed: $("removed"), removedCount: $("removed-count"), stats: $("stats"), error: $("error"),
  original: $("original"), originalStatus: $("original-status"),
};
const OUTLINE = "3px solid #d6006f";
let lastArticle = null;

const PREVIEW_STYLE = `
  body { font: 19px/1.6 Georgia, "Noto Serif", serif; color: #1b1b1f; max-width: 38em; margin: 24px auto; padding: 0 20px; }
  img, video { max-width: 100%; height: auto; } figcaption { font: 14px system-ui, sans-serif; color: #555; }
  pre { background: #f3f3f5; padding: 12px; overflow-x: auto; } code { font-size: .85em; }
  table { border-collapse: collapse; display: block; overflow-x: auto; font: 15px system-ui, sans-serif; }
  th, td { border: 1px solid #ddd; padding: 4px 8px; } .meta { font: 14px system-ui, sans-serif; color: #666; }
  .site { font: 600 13px system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; color: #666; }`;

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A complete document for the sandboxed preview frame: no scripts allowed by CSP or sandbox. */
function previewDocument(article) {
  const meta = [article.byline, article.publishedTime, `${article.readingMinutes} min read`].filter(Boolean).map(escapeHtml).join(" · ");
  return `<!DOCTYPE html><html lang="${escapeHtml(article.lang ?? "")}" dir="${escapeHtml(article.dir ?? "auto")}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src * data: blob:; media-src *; style-src 'unsafe-inline'">
<base target="_blank"><style>${PREVIEW_STYLE}</style></head><body>
${article.siteName ? `<p class="site">${escapeHtml(article.siteName)}</p>` : ""}
<h1>${escapeHtml(article.title)}</h1><p class="meta">${meta}</p>
${article.content}</body></html>`;
}

function metadataOf(article) {
  const { content, text, markdown, removed, ...metadata } = article;
  return { ...metadata, removedBlocks: removed.length };
}

function showRemoved(removed) {
  out.removedCount.textContent = `(${removed.length})`;
  out.removed.replaceChildren(...removed.map((block) => {
    const row = document.createElement("tr");
    const show = Object.assign(document.createElement("button"), { type: "button", textContent: "Show" });
    show.setAttribute("aria-label", `Show the ${block.kind} block in the original page`);
    show.addEventListener("click", () => outlineInOriginal(block));
    const cells = [
      Object.assign(document.createElement("span"), { className: `kind kind-${block.kind}`, textContent: block.kind }),
      document.createTextNode(block.reason),
      document.createTextNode(`${block.textLength} chars`),
      Object.assign(document.createElement("code"), { textContent: block.selector }),
      show,
    ];
    for (const content of cells) row.insertCell().append(content);
    return row;
  }));
}

/** The page as given, in a frame without scripts; `<base>` points relative URLs at the page URL. */
let originalLoaded = Promise.resolve();

function showOriginal(html, url) {
  originalLoaded = new Promise((resolve) => out.original.addEventListener("load", resolve, { once: true }));
  const base = url ? `<base href="${escapeHtml(url)}">` : "";
  out.original.srcdoc = base && /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + base) : html;
  out.originalStatus.textContent = "The page as given, without its scripts.";
}

let outlined = null;

/** Switches to the original page and outlines the block there (the same lookup as in-place mode). */
async function outlineInOriginal(block) {
  selectTab($("tab-original"));
  await originalLoaded;
  const frameDocument = out.original.contentDocument;
  if (outlined) outlined.style.removeProperty("outline");
  outlined = frameDocument ? locateRemoved(block, frameDocument) : null;
  if (!outlined) {
    out.originalStatus.textContent = `This ${block.kind} block is not where the parsed page had it (${block.selector}).`;
    return;
  }
  outlined.style.setProperty("outline", OUTLINE, "important");
  outlined.scrollIntoView({ block: "center" });
  out.originalStatus.textContent = `${block.kind}: ${block.reason}`;
}

function showArticle(article, elapsedMs) {
  lastArticle = article;
  out.preview.srcdoc = previewDocument(article);
  out.markdown.textContent = article.markdown;
  out.metadata.textContent = JSON.stringify(metadataOf(article), null, 2);
  showRemoved(article.removed);
  out.stats.textContent = `${elapsedMs.toFixed(1)} ms · ${article.length} characters · ${article.removed.length} blocks removed`;
}

function runClean() {
  out.error.hidden = true;
  const html = input.html.value;
  if (!html.trim()) return;
  const options = input.url.value ? { url: input.url.value } : {};
  const started = performance.now();
  try {
    showArticle(clean(html, options), performance.now() - started);
    showOriginal(html, input.url.value);
  } catch (error) {
    out.error.textContent = `Could not clean this page: ${error.message}`;
    out.error.hidden = false;
  }
}

let timer;
function scheduleClean() {
  clearTimeout(timer);
  if (input.auto.checked) timer = setTimeout(runClean, 300);
}

/** Decodes a dropped file by its BOM or <meta charset>, like a browser would. */
async function readHtmlFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const declared = head.match(/<meta[^>]+charset=["']?\s*([\w-]+)/i)?.[1];
  try {
    return new TextDecoder(declared || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

async function loadFile(file) {
  input.html.value = await readHtmlFile(file);
  input.url.value = "";
  input.sample.value = "";
  runClean();
}

async function loadSample(path) {
  if (!path) return;
  const response = await fetch(path);
  input.html.value = await response.text();
  input.url.value = new URL(path, location.href).href;
  runClean();
}

function selectTab(tab) {
  for (const other of document.querySelectorAll("[role=tab]")) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !selected;
  }
  tab.focus();
}

function wireTabs() {
  const tabs = [...document.querySelectorAll("[role=tab]")];
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) selectTab(tabs[(index + step + tabs.length) % tabs.length]);
    });
  });
}

function wireDrop() {
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("dragging"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    const file = event.dataTransfer.files[0];
    if (file) loadFile(file);
  });
}

function wire() {
  $("clean").addEventListener("click", runClean);
  input.html.addEventListener("input", scheduleClean);
  input.url.addEventListener("change", scheduleClean);
  input.sample.addEventListener("change", () => loadSample(input.sample.value));
  input.file.addEventListener("change", () => input.file.files[0] && loadFile(input.file.files[0]));
  $("copy-markdown").addEventListener("click", async () => {
    if (lastArticle) await navigator.clipboard.writeText(lastArticle.markdown);
  });
  wireTabs();
  wireDrop();
}

await init();
wire();
const initialSample = new URLSearchParams(location.search).get("sample");
if (initialSample) {
  input.sample.value = initialSample;
  await loadSample(initialSample);
}
