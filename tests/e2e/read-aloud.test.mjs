// End-to-end: read aloud in the reader view (src/page/speech.js), in every browser of BROWSERS.
//
// `speechSynthesis` is replaced before the page loads by a stub that records every utterance
// (text, lang, rate, voice) and fires its events: `end` on the next task, or, with
// `window.__hold` set, only when the test says so (a sentence "being spoken"); `cancel()` fires
// `error: interrupted` like the real one. `getVoices()` returns `window.__voices` (none by
// default) and `voiceschanged` fires only when a test fires it.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { BROWSERS } from "./browsers.mjs";
import { ARTIFACTS, useSite } from "./site.mjs";

const SAMPLE = "/samples/read-aloud.html";
const CLUTTER = ["Publicité", "kayaks", "À lire aussi", "Vous aimerez aussi", "Newsletter", "Accepter", "Mentions légales", "Rubriques"];

function installSpeechStub() {
  const listeners = new Set();
  window.__spoken = [];
  window.__cancels = 0;
  window.__voices = [];
  let current = null;
  const finish = (utterance) => {
    if (current !== utterance) return;
    current = null;
    utterance.onend?.({ type: "end" });
  };
  const synth = {
    get speaking() { return current !== null; },
    getVoices: () => window.__voices,
    speak(utterance) {
      window.__spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.voiceURI ?? null });
      current = utterance;
      if (!window.__hold) setTimeout(() => finish(utterance), 0);
    },
    cancel() {
      window.__cancels += 1;
      const utterance = current;
      current = null;
      if (utterance) setTimeout(() => utterance.onerror?.({ type: "error", error: "interrupted" }), 0);
    },
    pause() {},
    resume() {},
    addEventListener: (type, listener) => type === "voiceschanged" && listeners.add(listener),
    removeEventListener: (type, listener) => listeners.delete(listener),
  };
  window.__finishCurrent = () => finish(current);
  window.__voicesChanged = () => listeners.forEach((listener) => listener({ type: "voiceschanged" }));
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      Object.assign(this, { text, lang: "", rate: 1, voice: null, onend: null, onerror: null });
    }
  };
  // prefers-reduced-motion, as the test sets it (puppeteer's Firefox has no media emulation).
  const matchMedia = window.matchMedia.bind(window);
  window.matchMedia = (query) => (query.includes("prefers-reduced-motion")
    ? { matches: Boolean(window.__reduceMotion), media: query, addEventListener() {}, removeEventListener() {} }
    : matchMedia(query));
  const scrollIntoView = Element.prototype.scrollIntoView;
  window.__scrolls = [];
  Element.prototype.scrollIntoView = function (options) {
    window.__scrolls.push(options?.behavior ?? null);
    return scrollIntoView.call(this, options);
  };
}

const collapse = (text) => text.replace(/\s+/g, " ").trim();
const inReader = (page, fn, ...args) => page.$eval("declutter-reader", fn, ...args);
const readAloudButton = (page) => page.$("declutter-reader >>> .dr-read-aloud");
const spoken = (page) => page.evaluate(() => window.__spoken);

async function openReader(page) {
  await page.locator("::-p-aria([name=\"Reader view\"][role=\"button\"])").click();
  await page.waitForSelector("declutter-reader >>> .dr-read-aloud");
}

/** Waits until the stub has been asked to say `count` utterances. */
function waitForSpoken(page, count) {
  return page.waitForFunction((count) => window.__spoken.length >= count, {}, count);
}

/** The reader view's state: button, controls, highlighted block, voice list. */
function readerState(page) {
  return inReader(page, (host) => {
    const root = host.shadowRoot;
    const button = root.querySelector(".dr-read-aloud");
    const controls = root.querySelector(".dr-speech");
    const voice = root.querySelector("select[aria-label='Voice']");
    return {
      hidden: button.hidden,
      pressed: button.getAttribute("aria-pressed"),
      label: button.textContent,
      controls: controls ? !controls.hidden : false,
      highlighted: root.querySelector(".dr-speaking")?.textContent.replace(/\s+/g, " ").trim() ?? null,
      voices: voice ? [...voice.options].map((option) => option.value) : [],
      voice: voice?.value ?? null,
      speed: root.querySelector("select[aria-label='Speed']")?.value ?? null,
    };
  });
}

for (const name of BROWSERS) {
  describe(`read aloud in ${name}`, () => {
    const { openPage, url } = useSite(name);

    test("reads the title, headings, paragraphs, list items, quote and caption in order, in the article's language, and nothing of the clutter", async () => {
      const { page, errors, close } = await openPage("about:blank");
      await page.evaluateOnNewDocument(installSpeechStub);
      await page.goto(url(SAMPLE));
      await openReader(page);
      const blocks = await inReader(page, (host) => {
        const root = host.shadowRoot;
        const title = root.querySelector(".dr-title").textContent;
        const content = [...root.querySelectorAll(".dr-content h2, .dr-content p, .dr-content li, .dr-content figcaption")]
          .filter((element) => !element.querySelector("p, li"))
          .map((element) => element.textContent);
        return [title, ...content];
      });
      assert.equal((await readerState(page)).voices.join(), "", "no voices: only the default");
      await (await readAloudButton(page)).click();
      await page.waitForFunction(() => window.__spoken.length > 5 && !window.speechSynthesis.speaking);
      await page.waitForFunction(() => document.querySelector("declutter-reader").shadowRoot.querySelector(".dr-read-aloud").getAttribute("aria-pressed") === "false");
      const said = await spoken(page);
      assert.deepEqual([...new Set(said.map((u) => u.lang))], ["fr-FR"], "every utterance in the article's language");
      const text = collapse(said.map((u) => u.text).join(" "));
      let at = 0;
      for (const block of blocks.map(collapse)) {
        const found = text.indexOf(block, at);
        assert.ok(found >= at, `not read, or out of order: ${block.slice(0, 60)}`);
        at = found + block.length;
      }
      for (const clutter of CLUTTER) assert.ok(!text.includes(clutter), `${clutter} was read aloud`);
      assert.ok(text.startsWith("À Marseille, les calanques se visitent sur réservation"), "the title comes first");
      assert.ok(said.every((u) => u.text.length <= 280), "long blocks are split at sentences");
      const state = await readerState(page);
      assert.equal(state.controls, false, "the controls go when the article is finished");
      assert.equal(state.highlighted, null);
      assert.deepEqual(errors, []);
      await close();
    });

    test("pause, resume, a click on a paragraph, speed, voice (filtered to French, kept with the settings) and the highlight", async () => {
      const { page, errors, close } = await openPage("about:blank");
      await page.evaluateOnNewDocument(() => {
        window.__hold = true;
        window.__voicesLater = [
          { name: "Amélie", lang: "fr-FR", voiceURI: "amelie-fr" },
          { name: "Thomas", lang: "fr_CA", voiceURI: "thomas-ca" },
          { name: "Anna", lang: "de-DE", voiceURI: "anna-de" },
          { name: "Samantha", lang: "en-US", voiceURI: "samantha-us" },
        ];
      });
      await page.evaluateOnNewDocument(installSpeechStub);
      await page.goto(url(SAMPLE));
      await openReader(page);
      await (await readAloudButton(page)).click();
      await waitForSpoken(page, 1);
      let state = await readerState(page);
      assert.equal(state.pressed, "true");
      assert.equal(state.controls, true);
      assert.equal(state.highlighted, "À Marseille, les calanques se visitent sur réservation");

      // Voices arrive late (voiceschanged): the list fills with the French ones only.
      await page.evaluate(() => { window.__voices = window.__voicesLater; window.__voicesChanged(); });
      state = await readerState(page);
      assert.deepEqual(state.voices, ["", "amelie-fr", "thomas-ca"]);

      // Pause cancels the sentence; resume says it again.
      await (await readAloudButton(page)).click();
      state = await readerState(page);
      assert.deepEqual([state.pressed, state.label.includes("Resume")], ["false", true]);
      assert.ok((await page.evaluate(() => window.__cancels)) >= 2);
      await (await readAloudButton(page)).click();
      await waitForSpoken(page, 2);
      const [first, again] = await spoken(page);
      assert.equal(again.text, first.text, "resume starts the sentence again");

      // Speed and voice: the next utterance uses them, and they are saved.
      await page.select("declutter-reader >>> select[aria-label='Speed']", "1.5");
      await page.select("declutter-reader >>> select[aria-label='Voice']", "amelie-fr");
      await waitForSpoken(page, 4);
      const latest = (await spoken(page)).at(-1);
      assert.deepEqual([latest.rate, latest.voice, latest.lang], [1.5, "amelie-fr", "fr-FR"]);
      const stored = await page.evaluate(() => localStorage.getItem("declutter:reader-settings"));
      assert.match(stored, /rate=1\.5/);
      assert.match(stored, /voice=amelie-fr/);

      // A click on a paragraph reads from there, highlighted and scrolled into view, smoothly.
      const target = "Avant la réservation, jusqu'à trois mille personnes";
      await inReader(page, (host, target) => {
        [...host.shadowRoot.querySelectorAll(".dr-content p")].find((p) => p.textContent.startsWith(target)).click();
      }, target);
      await page.waitForFunction((target) => window.__spoken.at(-1).text.startsWith(target), {}, target);
      state = await readerState(page);
      assert.ok(state.highlighted.startsWith(target));
      const visible = await inReader(page, (host) => {
        const box = host.shadowRoot.querySelector(".dr-speaking").getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      assert.ok(visible, "the block being read is scrolled into view");
      assert.ok((await page.evaluate(() => window.__scrolls)).includes("smooth"));
      await page.screenshot({ path: join(ARTIFACTS, `read-aloud-${name}.png`) });

      // The next block follows when the sentence ends.
      await page.evaluate(() => window.__finishCurrent());
      await page.waitForFunction((target) => !window.__spoken.at(-1).text.startsWith(target), {}, target);
      assert.ok((await spoken(page)).at(-1).text.startsWith("La crique de Sugiton"), "the caption comes next");

      // Stop: no highlight, no controls, nothing speaking.
      await page.click("declutter-reader >>> button[aria-label='Stop reading']");
      state = await readerState(page);
      assert.deepEqual([state.pressed, state.controls, state.highlighted], ["false", false, null]);
      assert.equal(await page.evaluate(() => window.speechSynthesis.speaking), false);

      // Reopened, the reader keeps speed and voice.
      await page.keyboard.press("Escape");
      await openReader(page);
      await page.evaluate(() => window.__voicesChanged());
      state = await readerState(page);
      assert.deepEqual([state.speed, state.voice], ["1.5", "amelie-fr"]);
      assert.deepEqual(errors, []);
      await close();
    });

    test("Escape closes the reader view and stops speech; reduced motion scrolls without animation", async () => {
      const { page, errors, close } = await openPage("about:blank");
      await page.evaluateOnNewDocument(() => { window.__hold = true; window.__reduceMotion = true; });
      await page.evaluateOnNewDocument(installSpeechStub);
      await page.goto(url(SAMPLE));
      await openReader(page);
      await (await readAloudButton(page)).click();
      await waitForSpoken(page, 1);
      await inReader(page, (host) => [...host.shadowRoot.querySelectorAll(".dr-content p")].at(-1).click());
      await waitForSpoken(page, 2);
      const scrolls = await page.evaluate(() => window.__scrolls);
      assert.ok(scrolls.length > 0 && scrolls.every((behavior) => behavior === "auto"), `scrolls: ${scrolls}`);
      const cancels = await page.evaluate(() => window.__cancels);
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !document.querySelector("declutter-reader"));
      assert.equal(await page.evaluate(() => window.speechSynthesis.speaking), false);
      assert.ok((await page.evaluate(() => window.__cancels)) > cancels);
      assert.deepEqual(errors, []);
      await close();
    });

    test("without speechSynthesis the button is not shown", async () => {
      const { page, errors, close } = await openPage("about:blank");
      await page.evaluateOnNewDocument(() => {
        Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
      });
      await page.goto(url(SAMPLE));
      await openReader(page);
      assert.equal((await readerState(page)).hidden, true);
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
