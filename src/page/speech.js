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

let view = null;

function synthesis() {
  const synth = globalThis.speechSynthesis;
  return synth && typeof globalThis.SpeechSynthesisUtterance === "function" ? synth : null;
}

function primary(lang) {
  return String(lang ?? "").split(/[-_]/)[0].toLowerCase();
}

// ---- the reader's choices, kept with the other reader settings (`key=value;...`) ----

function readPairs(key) {
  try {
    return (localStorage.getItem(key) ?? "").split(";").filter((pair) => pair.includes("="))
      .map((pair) => [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1)]);
  } catch {
    return []; // no storage (privacy modes, sandboxed frames)
  }
}

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

/** The article's reading blocks in order: `{ element, text }`. */
function readingBlocks(article) {
  const blocks = [];
  const walker = article.ownerDocument.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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

/** A block's text as utterances: whole, or sentences grouped up to MAX_UTTERANCE. */
function utteranceTexts(text, lang) {
  if (text.length <= MAX_UTTERANCE) return [text];
  let parts;
  try {
    const segmenter = new Intl.Segmenter(lang || undefined, { granularity: "sentence" });
    parts = Array.from(segmenter.segment(text), (piece) => piece.segment);
  } catch {
    parts = text.match(/[^.!?…]+[.!?…]*\s*/g) ?? [text];
  }
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
  if (!view.choice.voice) return null;
  return view.synth.getVoices().find((voice) => voice.voiceURI === view.choice.voice) ?? null;
}

function highlight(element) {
  view.article.querySelector(`.${HIGHLIGHT}`)?.classList.remove(HIGHLIGHT);
  if (!element) return;
  element.classList.add(HIGHLIGHT);
  const box = element.getBoundingClientRect();
  const frame = view.root.getBoundingClientRect();
  if (box.top < frame.top + 60 || box.bottom > frame.bottom) {
    const reduce = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)")?.matches;
    element.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }
}

/** Starts reading at `block` (an entry of readingBlocks); ends the session after the last one. */
function readBlock(block) {
  const session = view.session;
  if (!block) {
    stop();
    return;
  }
  session.element = block.element;
  session.texts = utteranceTexts(block.text, view.lang);
  session.sentence = 0;
  highlight(block.element);
  speakCurrent();
}

/** The block after the current one, looked up again: later pages may have been appended. */
function nextBlock() {
  const blocks = readingBlocks(view.article);
  const at = blocks.findIndex((block) => block.element === view.session.element);
  return blocks[at + 1];
}

function speakCurrent() {
  const session = view.session;
  const text = session.texts[session.sentence];
  if (text === undefined) {
    readBlock(nextBlock());
    return;
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = view.lang;
  utterance.rate = view.choice.rate;
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
    view.synth.speak(utterance);
  } catch {
    stop();
  }
}

function start(fromElement) {
  view.synth.cancel();
  const blocks = readingBlocks(view.article);
  const at = fromElement ? blocks.findIndex((block) => block.element === fromElement) : 0;
  view.session = { paused: false, element: null, texts: [], sentence: 0, utterance: null };
  readBlock(blocks[Math.max(at, 0)]);
  showState();
}

/** Pausing cancels the sentence and resuming says it again: `pause()`/`resume()` are unreliable
 * across engines (Chromium's resume after a long pause, engines that ignore pause). */
function pause() {
  view.session.paused = true;
  view.session.utterance = null;
  view.synth.cancel();
  showState();
}

function resume() {
  view.session.paused = false;
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
  if (!view.session || view.session.paused) return;
  view.session.utterance = null;
  view.synth.cancel();
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

function option(doc, value, label, selected) {
  const element = doc.createElement("option");
  element.value = value;
  element.textContent = label;
  element.selected = selected;
  return element;
}

function labelled(doc, text, control) {
  const label = doc.createElement("label");
  label.className = "dr-speech-label";
  label.append(text, " ", control);
  return label;
}

function buildControls(button) {
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
  for (const rate of SPEEDS) speed.append(option(doc, String(rate), `${rate}×`, rate === view.choice.rate));
  speed.addEventListener("change", () => choose({ rate: Number(speed.value) }));
  const voice = doc.createElement("select");
  voice.setAttribute("aria-label", "Voice");
  voice.addEventListener("change", () => choose({ voice: voice.value }));
  controls.append(stopButton, labelled(doc, "Speed", speed), labelled(doc, "Voice", voice));
  button.after(controls);
  return { controls, voiceSelect: voice };
}

function choose(change) {
  view.choice = { ...view.choice, ...change };
  saveChoice(view.storageKey, view.choice);
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

function onArticleClick(event) {
  if (!view?.session || event.target.closest("a, button, select, summary")) return;
  const blocks = new Set(readingBlocks(view.article).map(({ element }) => element));
  let element = event.target.closest(BLOCKS);
  while (element && !blocks.has(element)) element = element.parentElement?.closest(BLOCKS);
  if (element) start(element);
}

// ---- the interface for reader_view.rs ----

/**
 * Sets up read aloud in an opened reader view: `shadow` is its shadow root, `storageKey` the
 * localStorage key of the reader settings. The language is the article container's `lang` (the
 * article's), else the page's. Hides the button where the browser cannot speak.
 */
export function attachReadAloud(shadow, storageKey) {
  detachReadAloud();
  const button = shadow.querySelector(".dr-read-aloud");
  const article = shadow.querySelector(".dr-article");
  const root = shadow.querySelector(".dr-root");
  const synth = synthesis();
  if (!button || !article || !root) return;
  if (!synth) {
    button.hidden = true;
    return;
  }
  view = {
    synth, button, article, root, storageKey, session: null,
    lang: article.lang || root.ownerDocument.documentElement.lang || "",
    choice: storedChoice(storageKey),
  };
  const { controls, voiceSelect } = buildControls(button);
  Object.assign(view, { controls, voiceSelect });
  view.onToggle = () => toggleReadAloud();
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
