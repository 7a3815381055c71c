// Adds a "Reader view" button to the page. One line embeds it:
//
//   <script type="module" src="https://your.site/embed/reader-button.js"></script>
//
// Options go in the query string, e.g. reader-button.js?theme=sepia&fontFamily=sans&label=Lesemodus
// `declutter` adds a second button, "Declutter page", that hides the page's ads and teaser blocks
// in place (declutterPage) and turns into "Restore page" (restorePage); `declutterLabel` and
// `restoreLabel` rename it. A page URL ending in #declutter=page or #declutter=reader starts that
// mode on load (the demo index links to the samples this way). With `declutter`, a third button,
// "Hide an element…", starts the block picker (www/picker/): the block the user points at is
// hidden, and its rule (`site##selector`) is kept in localStorage and passed to both modes as
// `filters` from then on; Undo takes it back.
// The wasm module and the picker are only downloaded on the first click.
const scriptUrl = new URL(import.meta.url);
const moduleUrl = new URL("../pkg/declutter.js", scriptUrl);
const pickerUrl = new URL("../picker/picker.js", scriptUrl);
const rulesUrl = new URL("../picker/rules.js", scriptUrl);
const RULES_KEY = "declutter.pickedRules";
const params = scriptUrl.searchParams;

const readerOptions = {};
for (const key of ["theme", "fontFamily"]) {
  if (params.has(key)) readerOptions[key] = params.get(key);
}
for (const key of ["fontSize", "contentWidth", "charThreshold"]) {
  if (params.has(key)) readerOptions[key] = Number(params.get(key));
}

/** The picked rules kept for this origin (its pages' site rules). */
function pickedRules() {
  try {
    const rules = JSON.parse(localStorage.getItem(RULES_KEY) ?? "[]");
    return Array.isArray(rules) ? rules.filter((rule) => typeof rule === "string") : [];
  } catch {
    return [];
  }
}

/** The options for both modes: the query string's, plus the picked rules as `filters`. */
function modeOptions() {
  const rules = pickedRules();
  return rules.length ? { ...readerOptions, filters: rules.join("\n") } : readerOptions;
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
    toggleReaderMode(modeOptions());
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
      const result = declutterPage(modeOptions());
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

/** "Hide an element…": the block picker, next to the other two buttons. */
function createPickerButton(readerButton, declutterButton) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = params.get("pickerLabel") || "Hide an element…";
  button.title = "Point at a block and press Enter to hide it on this site from now on (Esc to leave)";
  button.dataset.declutterButton = "picker";
  styleButton(button, 16 + readerButton.offsetWidth + 8 + declutterButton.offsetWidth + 8);
  button.addEventListener("click", () => startPicking(button));
  document.body.append(button);
  return button;
}

async function startPicking(button) {
  try {
    const [{ hideAnElement }, { withRule, withoutRule }] = await Promise.all([import(pickerUrl.href), import(rulesUrl.href)]);
    const store = (change) => localStorage.setItem(RULES_KEY, JSON.stringify(change(pickedRules())));
    button.disabled = true;
    await hideAnElement({
      save: (rule) => store((rules) => withRule(rules, rule)),
      remove: (rule) => store((rules) => withoutRule(rules, rule)),
    });
  } catch (error) {
    console.error("declutter:", error);
    alert(`The picker is not available: ${error.message ?? error}`);
  } finally {
    button.disabled = false;
  }
}

function setUp() {
  const readerButton = createButton();
  const declutterButton = params.has("declutter") ? createDeclutterButton(readerButton) : null;
  if (declutterButton) createPickerButton(readerButton, declutterButton);
  const start = new URLSearchParams(location.hash.slice(1)).get("declutter");
  if (start === "reader") readerButton.click();
  if (start === "page") declutterButton?.click();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", setUp, { once: true });
} else {
  setUp();
}
