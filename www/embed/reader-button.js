// Adds a "Reader view" button to the page. One line embeds it:
//
//   <script type="module" src="https://your.site/embed/reader-button.js"></script>
//
// Options go in the query string, e.g. reader-button.js?theme=sepia&fontFamily=sans&label=Lesemodus
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

function createButton() {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = params.get("label") ?? "Reader view";
  button.title = "Show this article without ads and clutter";
  button.dataset.declutterButton = "";
  Object.assign(button.style, {
    position: "fixed",
    right: "16px",
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
  button.addEventListener("click", async () => {
    try {
      const { toggleReaderMode } = await loadDeclutter();
      toggleReaderMode(readerOptions);
    } catch (error) {
      console.error("declutter:", error);
      alert(`Reader view is not available: ${error.message ?? error}`);
    }
  });
  document.body.append(button);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", createButton, { once: true });
} else {
  createButton();
}
