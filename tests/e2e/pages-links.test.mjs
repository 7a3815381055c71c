// Unit tests (Node, no browser) of the parts of src/page/pages.js that need no DOM: page URLs,
// the words of pagination, and the word list shared with the Rust join (src/multipage/words.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";
import { continues, normalize, pageNumber, pagerCounts, pageUrl, splitMarker } from "../../src/page/pages.js";

test("page markers are found at the end of paths, and ids are not page numbers", () => {
  assert.deepEqual(splitMarker("/news/story/2"), ["/news/story", 2]);
  assert.deepEqual(splitMarker("/news/story/page/3"), ["/news/story", 3]);
  assert.deepEqual(splitMarker("/news/story-123_p2"), ["/news/story-123", 2]);
  assert.deepEqual(splitMarker("/news/seite-4"), ["/news", 4]);
  assert.equal(splitMarker("/news/story-20240517"), null);
  assert.equal(splitMarker("/news/story"), null);
  assert.equal(splitMarker("/2"), null);
});

test("another page of the same article, and what is not", () => {
  const first = pageUrl("https://example.com/a/story-123.html");
  const next = (href, current = first) => continues(pageUrl(href), current, first);
  assert.ok(next("https://example.com/a/story-123-2.html"));
  assert.ok(next("https://example.com/a/story-123/page/2"));
  assert.ok(!next("https://example.com/a/story-124.html"), "the next story is another article");
  assert.ok(!next("https://other.example/a/story-123-2.html"), "another origin");
  assert.ok(!next("https://example.com/a/story-123.html#comments"), "the page itself");
  const query = pageUrl("https://example.com/read?id=7");
  assert.ok(continues(pageUrl("https://example.com/read?id=7&page=2"), query, query));
  assert.ok(!continues(pageUrl("https://example.com/read?id=8"), query, query), "another id");
  const second = pageUrl("https://example.com/a/story-123-2.html");
  assert.ok(next("https://example.com/a/story-123-3.html", second), "page 3 seen from page 2");
  assert.equal(pageUrl("javascript:alert(1)"), null);
});

test("link texts and pager lines", () => {
  assert.equal(normalize("  Nächste Seite »"), "nächste seite");
  assert.equal(pageNumber("Seite 4"), 4);
  assert.equal(pageNumber("[3]"), 3);
  assert.equal(pageNumber("2 comments"), null);
  assert.deepEqual(pagerCounts("« Zurück 1 2 3 Weiter »"), [3, 2]);
  assert.equal(pagerCounts("Next, the council voted"), null);
});

test("the pager words are the Rust join's", () => {
  const rust = readFileSync(join(ROOT, "src", "multipage", "words.rs"), "utf8");
  const list = rust.slice(rust.indexOf("pub const PAGER_WORDS"), rust.indexOf("];", rust.indexOf("pub const PAGER_WORDS")));
  const rustWords = [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]).sort();
  const js = readFileSync(join(ROOT, "src", "page", "pages.js"), "utf8");
  const jsList = js.slice(js.indexOf("const PAGER_WORDS"), js.indexOf("]);", js.indexOf("const PAGER_WORDS")));
  const jsWords = [...jsList.matchAll(/"([^"]+)"/g)].map((match) => match[1]).sort();
  assert.deepEqual(jsWords, rustWords);
});

