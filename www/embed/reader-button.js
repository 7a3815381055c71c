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

// "Always keep on this site" in the reader's list of removed blocks: the rule
// (`example.com#@#selector`) joins the picked rules and goes to the core from the next run on.
document.addEventListener("declutter:keep-rule", (event) => {
  const rule = event.detail;
  if (typeof rule !== "string" || !rule.includes("#@#")) return;
  event.preventDefault();
  const rules = pickedRules();
  if (!rules.includes(rule)) localStorage.setItem(RULES_KEY, JSON.stringify([...rules, rule]));
});

// The reader's legible face (Atkinson Hyperlegible, SIL OFL, from the pinned npm package, served
// by scripts/serve.py under /fonts/atkinson/): in the document, where the reader's shadow root
// finds it (@font-face does not work inside a shadow root). Fetched only when the reader uses it.
function addLegibleFace() {
  if (typeof FontFace !== "function") return;
  for (const weight of ["400", "700"]) {
    const file = new URL(`../fonts/atkinson/atkinson-hyperlegible-latin-${weight}-normal.woff2`, scriptUrl);
    document.fonts.add(new FontFace("Atkinson Hyperlegible", `url(${JSON.stringify(file.href)})`, { weight, display: "swap" }));
  }
}
addLegibleFace();

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

/** Gap (CSS px) between the floating buttons and from the window's edges. */
const BUTTON_GAP = 16;

/**
 * Lays the floating buttons out from the bottom right of the screen (the visual viewport: on a
 * page wider than a phone, fixed boxes are placed in the wider layout viewport), right to left,
 * starting a row above when the next one would leave the screen (a phone is narrower than the
 * three side by side).
 * @param {HTMLElement[]} buttons
 */
function layoutButtons(buttons) {
  const screen = window.visualViewport;
  const width = screen?.width ?? document.documentElement.clientWidth;
  const height = screen?.height ?? window.innerHeight;
  const [left0, top0] = [screen?.offsetLeft ?? 0, screen?.offsetTop ?? 0];
  let right = BUTTON_GAP;
  let bottom = BUTTON_GAP;
  let rowHeight = 0;
  for (const button of buttons) {
    if (right > BUTTON_GAP && right + button.offsetWidth > width - BUTTON_GAP) {
      right = BUTTON_GAP;
      bottom += rowHeight + 8;
      rowHeight = 0;
    }
    // Where the screen is the layout viewport (desktops, mobile pages that fit), offsets from its
    // right and bottom edges, which a scrollbar coming or going does not change; on a page laid
    // out wider than the phone, a place computed on the visual viewport.
    // (The layout viewport, innerWidth, is wider than the screen by more than a classic
    // scrollbar's 15–17 px only when the page is laid out wider than the phone.)
    const zoomedOut = screen !== undefined && (left0 !== 0 || top0 !== 0 || window.innerWidth - width > 24);
    Object.assign(button.style, zoomedOut
      ? { right: "auto", bottom: "auto", left: `${left0 + width - right - button.offsetWidth}px`, top: `${top0 + height - bottom - button.offsetHeight}px` }
      : { left: "auto", top: "auto", right: `${right}px`, bottom: `${bottom}px` });
    button.style.maxWidth = `${width - 2 * BUTTON_GAP}px`;
    right += button.offsetWidth + 8;
    rowHeight = Math.max(rowHeight, button.offsetHeight);
  }
}

function setUp() {
  const readerButton = createButton();
  const declutterButton = params.has("declutter") ? createDeclutterButton(readerButton) : null;
  const pickerButton = declutterButton ? createPickerButton(readerButton, declutterButton) : null;
  const buttons = [readerButton, declutterButton, pickerButton].filter((button) => button !== null);
  layoutButtons(buttons);
  // The reader's "show the page without clutter instead" (a page that is no article): this
  // page's own in-place button, with the picked rules and its Restore state.
  if (declutterButton) {
    document.addEventListener("declutter:in-place", async (event) => {
      event.preventDefault();
      (await loadDeclutter()).exitReaderMode();
      if (declutterButton.getAttribute("aria-pressed") !== "true") declutterButton.click();
    });
  }
  addEventListener("resize", () => layoutButtons(buttons));
  window.visualViewport?.addEventListener("resize", () => layoutButtons(buttons));
  window.visualViewport?.addEventListener("scroll", () => layoutButtons(buttons));
  const start = new URLSearchParams(location.hash.slice(1)).get("declutter");
  if (start === "reader") readerButton.click();
  if (start === "page") declutterButton?.click();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", setUp, { once: true });
} else {
  setUp();
}
