// The options page: reader defaults, auto-open sites (with the host permissions they need),
// the badge-everywhere opt-in, the user's filter rules and the rules made with "Hide an
// element…" (listed one a row, to edit or remove). Everything is kept in storage.local.
import { parseRule } from "../picker/rules.js";
import { ext, loadSettings, normalizeSettings, originPatterns, parseSites } from "./shared.js";

const ALL_SITES = "*://*/*";
/** An element of options.html, which has each one asked for. @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ (byId("options"));
const status = byId("status");
const ruleList = byId("picked-rules");

/** @param {string} message */
function say(message, { error = false } = {}) {
  status.textContent = message;
  status.classList.toggle("error", error);
}

function showRangeValues() {
  byId("fontSize-value").textContent = `${form.fontSize.value} px`;
  byId("contentWidth-value").textContent = `${form.contentWidth.value} em`;
}

/** @param {import("./shared.js").Settings} settings */
function fill(settings) {
  form.theme.value = settings.theme;
  form.fontFamily.value = settings.fontFamily;
  form.fontSize.value = settings.fontSize;
  form.contentWidth.value = settings.contentWidth;
  form.autoSites.value = settings.autoSites;
  form.filters.value = settings.filters;
  form.badgeEverywhere.checked = settings.badgeEverywhere;
  showRangeValues();
  showPickedRules(settings.pickedRules);
}

/** One row per picked rule: the rule in a text field, and a Remove button. @param {string[]} rules */
function showPickedRules(rules) {
  ruleList.replaceChildren(...rules.map((rule) => {
    const row = document.createElement("li");
    const input = Object.assign(document.createElement("input"), { type: "text", value: rule, spellcheck: false });
    input.setAttribute("aria-label", "Rule");
    const remove = Object.assign(document.createElement("button"), { type: "button", textContent: "Remove" });
    remove.setAttribute("aria-label", `Remove ${rule}`);
    remove.addEventListener("click", () => {
      row.remove();
      showEmptyHint();
    });
    row.append(input, remove);
    return row;
  }));
  showEmptyHint();
}

function showEmptyHint() {
  byId("no-picked-rules").hidden = ruleList.children.length > 0;
}

/** The rules in the list, or `{ invalid }` naming the first that is not a rule.
 * @returns {{ rules: string[], invalid?: undefined } | { invalid: string, rules?: undefined }} */
function readPickedRules() {
  const rules = [];
  for (const input of ruleList.querySelectorAll("input")) {
    const text = input.value.trim();
    const parsed = parseRule(text);
    input.setAttribute("aria-invalid", String(Boolean(text && parsed.error)));
    if (text && parsed.error) return { invalid: `${text}: ${parsed.error}` };
    if (text) rules.push(text);
  }
  return { rules };
}

function read() {
  return normalizeSettings({
    theme: form.theme.value,
    fontFamily: form.fontFamily.value,
    fontSize: form.fontSize.value,
    contentWidth: form.contentWidth.value,
    autoSites: form.autoSites.value,
    filters: form.filters.value,
    badgeEverywhere: form.badgeEverywhere.checked,
    pickedRules: readPickedRules().rules ?? [],
  });
}

/** Drops optional host permissions that the saved settings no longer need. @param {string[]} needed */
async function releaseUnneeded(needed) {
  const { origins = [] } = await ext.permissions.getAll();
  const unneeded = origins.filter((origin) => !needed.includes(origin));
  if (unneeded.length) await ext.permissions.remove({ origins: unneeded });
}

form.addEventListener("input", showRangeValues);

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const picked = readPickedRules();
  if (picked.invalid) {
    say(`Not a rule: ${picked.invalid}`, { error: true });
    return;
  }
  const settings = read();
  const { sites, invalid } = parseSites(settings.autoSites);
  if (invalid.length) {
    say(`Not a site: ${invalid.join(", ")}`, { error: true });
    return;
  }
  const needed = settings.badgeEverywhere ? [ALL_SITES] : originPatterns(sites);
  // permissions.request must be called while the click still counts as a user gesture: no
  // await before it.
  const granted = needed.length ? ext.permissions.request({ origins: needed }) : Promise.resolve(true);
  granted
    .then(async (ok) => {
      if (!ok) {
        say("The browser did not grant access to those sites; nothing was saved.", { error: true });
        return;
      }
      await ext.storage.local.set(settings);
      await releaseUnneeded(needed);
      say("Saved.");
    })
    .catch((error) => say(`Could not save: ${error.message ?? error}`, { error: true }));
});

async function showShortcut() {
  const commands = await ext.commands.getAll().catch(() => []);
  const shortcut = commands.find((command) => command.name === "toggle-reader")?.shortcut;
  const where = navigator.userAgent.includes("Firefox")
    ? "about:addons → ⚙ → Manage Extension Shortcuts"
    : "chrome://extensions/shortcuts";
  byId("shortcut").textContent = shortcut
    ? `Keyboard shortcut: ${shortcut} (change it in ${where}).`
    : `No keyboard shortcut is set; choose one in ${where}.`;
}

loadSettings().then(fill, (error) => say(`Could not load the settings: ${error.message ?? error}`, { error: true }));
showShortcut();
