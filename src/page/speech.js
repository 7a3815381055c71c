// Read aloud in the reader view, with the Web Speech API. src/page/reader_view.rs attaches it
// when the view opens and detaches it when the view closes; the toolbar's "Read aloud" button
// (built by src/page/render.rs) starts, pauses and resumes; the controls beside it stop and choose
// speed and voice. Kept in JavaScript: it is event plumbing around a browser API, and in Rust
// every closure and binding would cost wasm size.
//
// What is read: the title, then every block of the article with text (headings, paragraphs,
// list items, quotes, captions, table cells) in reading order, nothing else (the view holds
// nothing of the removed clutter). One utterance per block, or per group of sentences when a
// block is long. `lang` is the article's language, else the page's. Voices are optional: with
// an empty `getVoices()` (voices not loaded, or none installed) the browser's default voice
// speaks, and `voiceschanged`, when it comes, only fills the voice list.

/** Elements that make a reading block; a text belongs to the closest one around it. */
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, caption, td, th, dt, dd, "
  + "div, figure, section, header, table, ul, ol, dl";
/** Parts of the view that are not the article: site name, meta line, page separators. */
const NOT_READ = ".dr-site, .dr-meta, .dr-page-break, [hidden], [aria-hidden='true']";
/** Long utterances are split at sentences up to this length: Chromium's speech back ends stop
 * utterances that speak for more than about 15 seconds. */
const MAX_UTTERANCE = 280;
const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];
const HIGHLIGHT = "dr-speaking";

/** @typedef {{ rate: number, voice: string }} Choice  speed, and a `voiceURI` ("": the default) */
/** @typedef {{ element: Element, text: string }} ReadingBlock */

/**
 * One reading, from start to stop: the block being read, its utterances and the one being
 * said; `utterance` is the one the engine has (null once cancelled).
 * @typedef {object} Session
 * @property {boolean} paused
 * @property {Element | null} element
 * @property {string[]} texts
 * @property {number} sentence
 * @property {SpeechSynthesisUtterance | null} utterance
 */

/**
 * Read aloud attached to an open reader view.
 * @typedef {object} View
 * @property {SpeechSynthesis} synth
 * @property {HTMLElement} button
 * @property {HTMLElement} article
 * @property {HTMLElement} root
 * @property {string} storageKey
 * @property {Session | null} session
 * @property {string} lang
 * @property {Choice} choice
 * @property {HTMLElement} controls
 * @property {HTMLSelectElement} voiceSelect
 * @property {() => void} onToggle
 */

/** @type {View | null} */
let view = null;

/** The view read aloud is attached to: what runs between attach and detach has one. */
function attached() {
  if (!view) throw new Error("declutter: read aloud is not attached to a reader view");
  return view;
}

/** The attached view and its reading session: what speaks runs while reading. */
function reading() {
  const current = attached();
  if (!current.session) throw new Error("declutter: not reading aloud");
  return { current, session: current.session };
}

function synthesis() {
  const synth = globalThis.speechSynthesis;
  return synth && typeof globalThis.SpeechSynthesisUtterance === "function" ? synth : null;
}

/** @param {string | null | undefined} lang */
function primary(lang) {
  return String(lang ?? "").split(/[-_]/)[0].toLowerCase();
}

// ---- the reader's choices, kept with the other reader settings (`key=value;...`) ----

/** @param {string} key @returns {[string, string][]} */
function readPairs(key) {
  try {
    return (localStorage.getItem(key) ?? "").split(";").filter((pair) => pair.includes("="))
      .map((pair) => /** @type {[string, string]} */ ([pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1)]));
  } catch {
    return []; // no storage (privacy modes, sandboxed frames)
  }
}

/** @param {string} key @returns {Choice} */
function storedChoice(key) {
  const pairs = new Map(readPairs(key));
  const rate = Number(pairs.get("rate"));
  let voice = "";
  try {
    voice = decodeURIComponent(pairs.get("voice") ?? "");
  } catch {
    // a malformed value: the default voice
  }
  return { rate: SPEEDS.includes(rate) ? rate : 1, voice };
}

/** @param {string} key @param {Choice} choice */
function saveChoice(key, { rate, voice }) {
  const kept = readPairs(key).filter(([name]) => name !== "rate" && name !== "voice");
  kept.push(["rate", String(rate)], ["voice", encodeURIComponent(voice)]);
  try {
    localStorage.setItem(key, kept.map(([name, value]) => `${name}=${value}`).join(";"));
  } catch {
    // not kept, as with the other settings
  }
}

// ---- what is read ----

/** The article's reading blocks in order. @param {Element} article @returns {ReadingBlock[]} */
function readingBlocks(article) {
  /** @type {ReadingBlock[]} */
  const blocks = [];
  const walker = article.ownerDocument.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nextText = () => /** @type {Text | null} */ (walker.nextNode());
  for (let node = nextText(); node; node = nextText()) {
    const parent = node.parentElement;
    if (!node.data.trim() || !parent || parent.closest(NOT_READ)) continue;
    const block = parent.closest(BLOCKS);
    if (!block || !article.contains(block)) continue;
    const last = blocks[blocks.length - 1];
    if (last?.element === block) last.text += node.data;
    else blocks.push({ element: block, text: node.data });
  }
  return blocks
    .map(({ element, text }) => ({ element, text: text.replace(/\s+/g, " ").trim() }))
    .filter(({ text }) => text);
}

/** A block's text as utterances: whole, or sentences grouped up to MAX_UTTERANCE.
 * @param {string} text
 * @param {string} lang */
function utteranceTexts(text, lang) {
  if (text.length <= MAX_UTTERANCE) return [text];
  /** @type {string[]} */
  let parts;
  try {
    const segmenter = new Intl.Segmenter(lang || undefined, { granularity: "sentence" });
    parts = Array.from(segmenter.segment(text), (piece) => piece.segment);
  } catch {
    parts = text.match(/[^.!?…]+[.!?…]*\s*/g) ?? [text];
  }
  /** @type {string[]} */
  const texts = [];
  let current = "";
  for (const part of parts) {
    if (current && (current + part).length > MAX_UTTERANCE) {
      texts.push(current.trim());
      current = "";
    }
    current += part;
  }
  if (current.trim()) texts.push(current.trim());
  return texts;
}

// ---- speaking ----

function chosenVoice() {
  const { choice, synth } = attached();
  if (!choice.voice) return null;
  return synth.getVoices().find((voice) => voice.voiceURI === choice.voice) ?? null;
}

/** @param {Element | null} element */
function highlight(element) {
  const { article, root } = attached();
  article.querySelector(`.${HIGHLIGHT}`)?.classList.remove(HIGHLIGHT);
  if (!element) return;
  element.classList.add(HIGHLIGHT);
  const box = element.getBoundingClientRect();
  const frame = root.getBoundingClientRect();
  if (box.top < frame.top + 60 || box.bottom > frame.bottom) {
    const reduce = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)")?.matches;
    element.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }
}

/** Starts reading at `block` (an entry of readingBlocks); ends the session after the last one.
 * @param {ReadingBlock | undefined} block */
function readBlock(block) {
  const { current, session } = reading();
  if (!block) {
    stop();
    return;
  }
  session.element = block.element;
  session.texts = utteranceTexts(block.text, current.lang);
  session.sentence = 0;
  highlight(block.element);
  speakCurrent();
}

/** The block after the current one, looked up again: later pages may have been appended. */
function nextBlock() {
  const { current, session } = reading();
  const blocks = readingBlocks(current.article);
  const at = blocks.findIndex((block) => block.element === session.element);
  return blocks[at + 1];
}

function speakCurrent() {
  const { current, session } = reading();
  const text = session.texts[session.sentence];
  if (text === undefined) {
    readBlock(nextBlock());
    return;
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = current.lang;
  utterance.rate = current.choice.rate;
  const voice = chosenVoice();
  if (voice) utterance.voice = voice;
  utterance.onend = () => {
    if (view?.session?.utterance !== utterance) return; // cancelled, paused or replaced
    session.sentence += 1;
    speakCurrent();
  };
  utterance.onerror = (event) => {
    if (view?.session?.utterance !== utterance) return;
    if (event?.error === "interrupted" || event?.error === "canceled") return;
    session.sentence += 1; // a sentence the engine cannot say is skipped
    speakCurrent();
  };
  session.utterance = utterance;
  try {
    current.synth.speak(utterance);
  } catch {
    stop();
  }
}

/** @param {Element | null} fromElement */
function start(fromElement) {
  const current = attached();
  current.synth.cancel();
  const blocks = readingBlocks(current.article);
  const at = fromElement ? blocks.findIndex((block) => block.element === fromElement) : 0;
  current.session = { paused: false, element: null, texts: [], sentence: 0, utterance: null };
  readBlock(blocks[Math.max(at, 0)]);
  showState();
}

/** Pausing cancels the sentence and resuming says it again: `pause()`/`resume()` are unreliable
 * across engines (Chromium's resume after a long pause, engines that ignore pause). */
function pause() {
  const { current, session } = reading();
  session.paused = true;
  session.utterance = null;
  current.synth.cancel();
  showState();
}

function resume() {
  reading().session.paused = false;
  speakCurrent();
  showState();
}

function stop() {
  if (!view?.session) return;
  view.session = null;
  view.synth.cancel();
  highlight(null);
  showState();
}

/** Says the current sentence again, with a new speed or voice. */
function restartSentence() {
  const current = attached();
  if (!current.session || current.session.paused) return;
  current.session.utterance = null;
  current.synth.cancel();
  speakCurrent();
}

function showState() {
  if (!view) return;
  const { button, controls, session } = view;
  const playing = Boolean(session && !session.paused);
  button.setAttribute("aria-pressed", String(playing));
  button.textContent = playing ? "❚❚ Pause" : session ? "▶ Resume" : "▶ Read aloud";
  button.title = playing ? "Pause reading aloud" : "Read the article aloud";
  controls.hidden = !session;
}

// ---- controls ----

/** @param {Document} doc @param {string} value @param {string} label @param {boolean} selected */
function option(doc, value, label, selected) {
  const element = doc.createElement("option");
  element.value = value;
  element.textContent = label;
  element.selected = selected;
  return element;
}

/** @param {Document} doc @param {string} text @param {HTMLElement} control */
function labelled(doc, text, control) {
  const label = doc.createElement("label");
  label.className = "dr-speech-label";
  label.append(text, " ", control);
  return label;
}

/** The controls beside the button: Stop, speed (`rate` chosen) and voice.
 * @param {HTMLElement} button
 * @param {number} rate */
function buildControls(button, rate) {
  const doc = button.ownerDocument;
  const controls = doc.createElement("div");
  controls.className = "dr-speech";
  controls.setAttribute("role", "group");
  controls.setAttribute("aria-label", "Read aloud controls");
  controls.hidden = true;
  const stopButton = doc.createElement("button");
  stopButton.type = "button";
  stopButton.textContent = "■ Stop";
  stopButton.setAttribute("aria-label", "Stop reading");
  stopButton.addEventListener("click", () => stop());
  const speed = doc.createElement("select");
  speed.setAttribute("aria-label", "Speed");
  for (const speedRate of SPEEDS) speed.append(option(doc, String(speedRate), `${speedRate}×`, speedRate === rate));
  speed.addEventListener("change", () => choose({ rate: Number(speed.value) }));
  const voice = doc.createElement("select");
  voice.setAttribute("aria-label", "Voice");
  voice.addEventListener("change", () => choose({ voice: voice.value }));
  controls.append(stopButton, labelled(doc, "Speed", speed), labelled(doc, "Voice", voice));
  button.after(controls);
  return { controls, voiceSelect: voice };
}

/** @param {Partial<Choice>} change */
function choose(change) {
  const current = attached();
  current.choice = { ...current.choice, ...change };
  saveChoice(current.storageKey, current.choice);
  restartSentence();
}

/** The voices for the article's language (all of them when its language is unknown). */
function fillVoices() {
  if (!view) return;
  const wanted = primary(view.lang);
  const voices = view.synth.getVoices().filter((voice) => !wanted || primary(voice.lang) === wanted);
  const select = view.voiceSelect;
  const doc = select.ownerDocument;
  select.replaceChildren(option(doc, "", "Default", true));
  for (const voice of voices) {
    select.append(option(doc, voice.voiceURI, `${voice.name} (${voice.lang})`, voice.voiceURI === view.choice.voice));
  }
}

/** @param {MouseEvent} event */
function onArticleClick(event) {
  const target = /** @type {Element} */ (event.target);
  if (!view?.session || target.closest("a, button, select, summary")) return;
  const blocks = new Set(readingBlocks(view.article).map(({ element }) => element));
  let element = target.closest(BLOCKS);
  while (element && !blocks.has(element)) element = element.parentElement?.closest(BLOCKS) ?? null;
  if (element) start(element);
}

// ---- the interface for reader_view.rs ----

/**
 * Sets up read aloud in an opened reader view: `shadow` is its shadow root, `storageKey` the
 * localStorage key of the reader settings. The language is the article container's `lang` (the
 * article's), else the page's. Hides the button where the browser cannot speak.
 * @param {ShadowRoot} shadow
 * @param {string} storageKey
 */
export function attachReadAloud(shadow, storageKey) {
  detachReadAloud();
  const button = /** @type {HTMLElement | null} */ (shadow.querySelector(".dr-read-aloud"));
  const article = /** @type {HTMLElement | null} */ (shadow.querySelector(".dr-article"));
  const root = /** @type {HTMLElement | null} */ (shadow.querySelector(".dr-root"));
  const synth = synthesis();
  if (!button || !article || !root) return;
  if (!synth) {
    button.hidden = true;
    return;
  }
  const choice = storedChoice(storageKey);
  const { controls, voiceSelect } = buildControls(button, choice.rate);
  view = {
    synth, button, article, root, storageKey, session: null,
    lang: article.lang || root.ownerDocument.documentElement.lang || "",
    choice, controls, voiceSelect, onToggle: () => toggleReadAloud(),
  };
  button.addEventListener("click", view.onToggle);
  article.addEventListener("click", onArticleClick);
  synth.addEventListener?.("voiceschanged", fillVoices);
  fillVoices();
}

/** Stops speech and takes read aloud off the view (the view is closing). */
export function detachReadAloud() {
  if (!view) return;
  stop();
  view.button.removeEventListener("click", view.onToggle);
  view.article.removeEventListener("click", onArticleClick);
  view.synth.removeEventListener?.("voiceschanged", fillVoices);
  view = null;
}

/** Starts reading, pauses or resumes; returns whether it is reading now. */
export function toggleReadAloud() {
  if (!view) return false;
  if (!view.session) start(null);
  else if (view.session.paused) resume();
  else pause();
  return Boolean(view.session && !view.session.paused);
}
