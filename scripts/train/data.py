"""Training data for the block scorer: the blocks dumped by examples/blocks.rs, labelled
from the dev corpora's truths, split into the fixed halves of scripts/eval.py.

The page's words (its blocks' words, in order) are aligned with the words of the page's
true main text the way a diff aligns two files (difflib.SequenceMatcher, runs of two words
or more): a block is content when most of its words are matched, boilerplate when few are;
blocks in between are left out. For the snippets corpus, which only lists strings, a block holding a `with` string is
content and one holding a `without` string boilerplate.
"""
import difflib
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from eval import half_of  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)
# Shortest run of words that counts as matched (single words match by chance).
MIN_RUN = 2
# Shares of a block's words matched: content at or above, boilerplate at or below.
CONTENT_SHARE = 0.6
BOILERPLATE_SHARE = 0.2


def words(text):
    return WORD.findall((text or "").lower())


def grams(tokens, n):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def strip_front_matter(md):
    if md.startswith("```json"):
        end = md.find("\n```", 7)
        if end != -1:
            return md[end + 4:]
    return md


def load_truths(corpus):
    """{"corpus/id": ("text", main text) or ("snippets", with, without)}, page kinds and the
    pages' URLs (where the corpus gives them)."""
    truths, kinds, urls = {}, {}, {}
    for cid, t in json.load(open(os.path.join(corpus, "wcxb", "truth.json"), encoding="utf8")).items():
        truths[f"wcxb/{cid}"] = ("text", t["main_content"])
        kinds[f"wcxb/{cid}"] = t["type"]
        urls[f"wcxb/{cid}"] = t.get("url") or ""
    for cid, t in json.load(open(os.path.join(corpus, "readability", "truth.json"), encoding="utf8")).items():
        truths[f"readability/{cid}"] = ("text", t.get("articleBody") or "")
    expected = os.path.join(corpus, "markdown", "expected")
    for f in os.listdir(expected):
        if f.endswith(".md"):
            truths[f"markdown/{f[:-3]}"] = ("text", strip_front_matter(open(os.path.join(expected, f), encoding="utf8").read()))
    for cid, t in json.load(open(os.path.join(corpus, "snippets", "truth.json"), encoding="utf8")).items():
        truths[f"snippets/{cid}"] = ("snippets", t["with"], t["without"])
        urls[f"snippets/{cid}"] = t.get("url") or ""
    return truths, kinds, urls


def site_of(url, pid):
    """The site a page is from (its host without `www.`), or the page itself when unknown."""
    host = re.sub(r"^[a-z]+://", "", url or "").split("/")[0].lower()
    return re.sub(r"^www\d*\.", "", host) or pid


def label_blocks(blocks, truth):
    """A label per block: 1 content, 0 boilerplate, None unknown."""
    if truth[0] == "snippets":
        norm = lambda s: " ".join(s.split()).lower()
        with_, without = [norm(w) for w in truth[1]], [norm(w) for w in truth[2]]
        out = []
        for text, *_ in blocks:
            t = norm(text)
            if t and any(w in t or (len(t) > 12 and t in w) for w in with_):
                out.append(1)
            elif t and any(w == t or (len(w) > 3 and w in t) for w in without):
                out.append(0)
            else:
                out.append(None)
        return out
    truth_words = words(truth[1])
    page, owner = [], []
    for k, (text, *_) in enumerate(blocks):
        w = words(text)
        page += w
        owner += [k] * len(w)
    matcher = difflib.SequenceMatcher(None, page, truth_words, autojunk=False)
    total, hits = [0] * len(blocks), [0] * len(blocks)
    for k in owner:
        total[k] += 1
    for a, _, n in matcher.get_matching_blocks():
        if n >= MIN_RUN:
            for i in range(a, a + n):
                hits[owner[i]] += 1
    out = []
    for t, h in zip(total, hits):
        share = h / t if t else None
        out.append(None if share is None else 1 if share >= CONTENT_SHARE else 0 if share <= BOILERPLATE_SHARE else None)
    return out


def load(dump, corpus):
    """The dump's feature names ({"features": [...], "page_features": [...]}) and its pages as
    dicts: id, corpus, half, kind, site, blocks [(text, features, path)], page features, labels."""
    truths, kinds, urls = load_truths(corpus)
    pages, names = [], None
    with open(dump, encoding="utf8") as f:
        for line in f:
            row = json.loads(line)
            if "features" in row:
                names = row
                continue
            pid = row["id"]
            if pid not in truths:
                continue
            name, cid = pid.split("/", 1)
            pages.append({
                "id": pid,
                "corpus": name,
                "half": half_of(name, cid),
                "kind": kinds.get(pid, "article"),
                "site": site_of(urls.get(pid), pid),
                "blocks": row["blocks"],
                "page": row.get("page") or [],
                "labels": label_blocks(row["blocks"], truths[pid]),
                "truth": truths[pid],
            })
    return names, pages
