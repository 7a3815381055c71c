// Adds a "Reader view" button to the page. One line embeds it:
//
//   <script type="module" src="https://your.site/embed/reader-button.js"></script>
//
// Options go in the query string, e.g. reader-button.js?theme=sepia&fontFamily=sans&label=Lesemodus
// `declutter` adds a second button, "Declutter page", that hides the page's ads and teaser blocks
// in place (declutterPage) and turns into "Restore page" (restorePage); `declutterLabel` and
// `restoreLabel` rename it. A page URL ending in #declutter=page or #declutter=reader starts that
// mode on load (the demo index links to the samples this way).
// The wasm module is only downloaded on the first click.
const scriptUrl = new URL(import.meta.url);
const moduleUrl = new URL("../pkg/declutter.js", scriptUrl);
const params = scriptUrl.searchParams;

const readerOptions = {};
for (const key of ["theme", "fontFamily"]) {
  if (params.has(key)) readerOptions[key] = params.get(key);
}
for (const key of ["fontSize", "contentWidth", "charThreshold"]) {
  if (params.has(key)) readerOptions[key] = Number(params.get(key));
}

let declutter;
async function loadDeclutter() {
  if (!declutter) {
    const module = await import(moduleUrl.href);
    await module.default();
    declutter = module;
  }
  return declutter;
}

function styleButton(button, right) {
  Object.assign(button.style, {
    position: "fixed",
    right: `${right}px`,
    bottom: "16px",
    zIndex: "2147483000",
    padding: "10px 16px",
    font: "600 14px/1.2 system-ui, sans-serif",
    color: "#fff",
    background: "#1b1b1f",
    border: "0",
    borderRadius: "999px",
    boxShadow: "0 2px 10px rgba(0,0,0,.3)",
    cursor: "pointer",
  });
}

async function toggleReader() {
  try {
    const { toggleReaderMode } = await loadDeclutter();
    toggleReaderMode(readerOptions);
  } catch (error) {
    console.error("declutter:", error);
    alert(`Reader view is not available: ${error.message ?? error}`);
  }
}

function createButton() {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = params.get("label") ?? "Reader view";
  button.title = "Show this article without ads and clutter";
  button.dataset.declutterButton = "";
  styleButton(button, 16);
  button.addEventListener("click", toggleReader);
  document.body.append(button);
  return button;
}

/** "Declutter page" / "Restore page": in-place mode, next to the reader button. */
function createDeclutterButton(readerButton) {
  const labels = { off: params.get("declutterLabel") || "Declutter page", on: params.get("restoreLabel") || "Restore page" };
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = labels.off;
  button.title = "Hide ads, teasers and cookie layers on this page, keeping its design";
  button.dataset.declutterPageButton = "";
  styleButton(button, 16 + readerButton.offsetWidth + 8);
  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", () => toggleDeclutter(button, labels));
  document.body.append(button);
  return button;
}

async function toggleDeclutter(button, labels) {
  try {
    const { declutterPage, restorePage } = await loadDeclutter();
    const on = button.getAttribute("aria-pressed") !== "true";
    if (on) {
      const result = declutterPage(readerOptions);
      button.title = `${result.hidden} blocks hidden`;
    } else {
      restorePage();
    }
    button.textContent = on ? labels.on : labels.off;
    button.setAttribute("aria-pressed", String(on));
  } catch (error) {
    console.error("declutter:", error);
    alert(`Decluttering is not available: ${error.message ?? error}`);
  }
}

function setUp() {
  const readerButton = createButton();
  const declutterButton = params.has("declutter") ? createDeclutterButton(readerButton) : null;
  const start = new URLSearchParams(location.hash.slice(1)).get("declutter");
  if (start === "reader") readerButton.click();
  if (start === "page") declutterButton?.click();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", setUp, { once: true });
} else {
  setUp();
}
