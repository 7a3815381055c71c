#!/usr/bin/env python3
"""Trains the block scorer and the page-kind classifier on the `tune` half of the dev corpora
and writes them as Rust tables (src/blocks/trees.rs, src/kind/weights.rs).

usage: train.py DUMP.jsonl CORPUS_DIR TREES.rs WEIGHTS.rs [--report] [--grid]

The block scorer learns from human annotations only: WCXB's marked main content and the
snippets corpus' with/without strings (the readability corpus' expected text is
Readability.js's own output, and the markdown corpus' another tool's: neither is a label).
It is a small gradient-boosted tree ensemble (scripts/train/gbdt.py) built not to learn
single pages: every split leaves blocks of at least `min_pages` pages on each side, leaf
values are regularised, clipped and shrunk (no leaf is worth more than `LEAF_BOUND` log-odds,
which tests in src/blocks/model.rs check), and no feature is a page-wide constant. Its
settings are chosen by cross-validation grouped by site (`--grid`): folds never split a
site's pages, so a setting that memorises sites scores badly. Blocks are weighted by their
length (capped) and each page's weights are scaled to the square root of its labelled
blocks, so that a page with thousands of menu items does not outweigh an article.

The page-kind classifier is a multinomial logistic regression over the page features
(standardised, the scaling folded into the weights): WCXB's pages with their page types,
and the readability and markdown corpora's pages as articles (they are news and blog
posts: the page's kind, not its content, is what they label).

With --report, the held-out half is scored as the block texts joined (a proxy for the CLI's
output; `make eval` is the real measure).
"""
import argparse
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import load  # noqa: E402
import gbdt  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))

# The corpora whose truths are human annotations of content.
LABELLED = ("wcxb", "snippets")
# The settings cross-validation chose (`--grid` prints the comparison); see gbdt.Params.
PARAMS = gbdt.Params(trees=40, leaves=8, learning_rate=0.2, l2=10.0, leaf_cap=3.0, min_pages=15)
# What cross-validation compares: trees, leaves, learning rate, leaf cap, pages per side.
GRID = [
    dict(trees=t, leaves=l, learning_rate=r, leaf_cap=c, min_pages=m)
    for t, l, r in ((30, 8, 0.3), (40, 8, 0.2), (60, 6, 0.15), (40, 12, 0.2))
    for c in (2.0, 4.0)
    for m in (8, 20)
]
FOLDS = 3
# Bound on any leaf's value, in log-odds (src/blocks/model.rs's LEAF_BOUND checks the table).
LEAF_BOUND = 1.0
# Longest block text that still adds weight, in characters.
WEIGHT_CAP = 400
SEED = 7
KINDS = ["article", "documentation", "forum", "service", "listing", "collection", "product"]
# Regularisation of the kind classifier (sklearn's C; smaller is stronger).
KIND_C = 1.0


def training_set(pages):
    """Features, labels, weights and page numbers of the labelled blocks, grouped by page."""
    xs, ys, ws, gs = [], [], [], []
    for n, page in enumerate(pages):
        idx = [i for i, label in enumerate(page["labels"]) if label is not None]
        if not idx:
            continue
        xs.append(np.array([page["blocks"][i][1] for i in idx], dtype=np.float32))
        ys.append(np.array([page["labels"][i] for i in idx], dtype=np.float64))
        lengths = np.array([len(page["blocks"][i][0]) for i in idx], dtype=np.float64)
        w = np.minimum(lengths, WEIGHT_CAP) / 100 + 0.2
        ws.append(w / w.sum() * len(idx) ** 0.5)
        gs.append(np.full(len(idx), n))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws), np.concatenate(gs)


def fit(pages, params):
    x, y, w, g = training_set(pages)
    return gbdt.fit(x, y, w, g, params)[0]


def page_score(model, page):
    """How well the blocks the model keeps (p >= 0.5) read as the page's truth: WCXB's word
    F1, or for the snippets corpus the share of its strings judged right."""
    from score_wcxb import word_prf
    blocks = page["blocks"]
    if not blocks:
        return 0.0
    keep = model.probability(np.array([b[1] for b in blocks], dtype=np.float32)) >= 0.5
    text = "\n\n".join(b[0] for b, k in zip(blocks, keep) if k)
    truth = page["truth"]
    if truth[0] == "text":
        return word_prf(text, truth[1])[2]
    norm = lambda t: " ".join(t.split())
    text = norm(text)
    right = sum(norm(s) in text for s in truth[1]) + sum(norm(s) not in text for s in truth[2])
    return right / max(1, len(truth[1]) + len(truth[2]))


def cross_validate(pages, params):
    """Mean page score over folds grouped by site."""
    sites = [p["site"] for p in pages]
    scores = []
    for train, test in GroupKFold(n_splits=FOLDS).split(pages, groups=sites):
        model = fit([pages[i] for i in train], params)
        scores += [page_score(model, pages[i]) for i in test]
    return float(np.mean(scores))


def choose_params(pages):
    best = None
    for setting in GRID:
        params = gbdt.Params(**setting)
        score = cross_validate(pages, params)
        print(f"  cv {score:.4f}  {params}", flush=True)
        if best is None or score > best[0]:
            best = (score, params)
    print(f"chosen: {best[1]} (cv {best[0]:.4f})")
    return best[1]


def largest_leaf(model):
    return max(abs(n[1]) for nodes in model.trees for n in nodes if n[0] is None)


def single_page_leaves(supports, pages_of_rows):
    """Leaves whose training blocks all come from one page: printed, never expected."""
    found = []
    for t, counts in enumerate(gbdt.leaf_pages(supports, pages_of_rows)):
        found += [(t, k) for k, n in enumerate(counts) if n <= 1]
    return found


def schema_hash(names):
    """FNV-1a (64 bits) over the names, each followed by a newline: src/schema.rs's
    `schema_hash`. The tables carry it, and the crate refuses tables trained on other features."""
    h = 0xCBF29CE484222325
    for b in "".join(n + "\n" for n in names).encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def schema_lines(names, what):
    return [f"/// The hash of the {what} names the table was trained on (see src/schema.rs).",
            f"pub const SCHEMA: u64 = 0x{schema_hash(names):016x};", ""]


def rust_table(model, names):
    lines = [
        "//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the",
        "//! tune half of the dev corpora. Do not edit: retrain.",
        "",
        "use super::model::Node;",
        "",
        *schema_lines(names, "feature"),
        f"/// The score before any tree: the log-odds of content among the training blocks.",
        f"pub const BASELINE: f32 = {model.baseline:.6};",
        "",
        "/// Where each tree starts in [`NODES`].",
        f"pub const TREE_STARTS: [u16; {len(model.trees)}] = [",
    ]
    starts, flat = [], []
    for nodes in model.trees:
        starts.append(len(flat))
        flat.extend(nodes)
    lines += [f"    {s}," for s in starts]
    lines += ["];", "", "/// The nodes of all trees; children are numbered within their tree.",
              f"pub const NODES: [Node; {len(flat)}] = ["]
    for feature, value, left, right in flat:
        if feature is None:
            lines.append(f"    Node::leaf({value:.6}),")
        else:
            lines.append(f"    Node::split({feature}, {value:.6}, {left}, {right}), // {names[feature]}")
    lines += ["];", ""]
    return "\n".join(lines)


def fit_kinds(pages):
    """The kind classifier and the scaler it was trained behind."""
    rows = [p for p in pages if p["page"] and p["corpus"] in ("wcxb", "readability", "markdown")]
    x = np.array([p["page"] for p in rows], dtype=np.float64)
    y = np.array([KINDS.index(p["kind"]) for p in rows])
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=KIND_C, max_iter=5000, random_state=SEED).fit(scaler.transform(x), y)
    return scaler, model


def kind_table(scaler, model, names):
    """Weights on the raw features: w / sigma, and the intercept less w . mu / sigma."""
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    weights = model.coef_ / scale
    intercepts = model.intercept_ - (model.coef_ * scaler.mean_ / scale).sum(axis=1)
    lines = [
        "//! The page-kind classifier's weights, written by `make train` (scripts/train/train.py)",
        "//! from the tune half of the dev corpora. Do not edit: retrain.",
        "",
        "use super::PageFeature;",
        "",
        *schema_lines(names, "page feature"),
        "/// Per kind (in `PageKind::ALL`'s order): the score before any feature.",
        "pub const INTERCEPTS: [f32; 7] = [" + ", ".join(f"{v:.6}" for v in intercepts) + "];",
        "",
        "/// Per kind, a weight per page feature.",
        "pub const WEIGHTS: [[f32; PageFeature::COUNT]; 7] = [",
    ]
    for k, row in enumerate(weights):
        lines.append(f"    // {KINDS[k]}")
        lines.append("    [")
        lines += [f"        {v:.6}, // {names[j]}" for j, v in enumerate(row)]
        lines.append("    ],")
    lines += ["];", ""]
    return "\n".join(lines)


def report(model, pages, names):
    from score_wcxb import word_prf
    rows = {"rules": {}, "model": {}}
    for page in pages:
        if page["corpus"] != "wcxb" or page["half"] != "held-out":
            continue
        blocks = page["blocks"]
        truth = page["truth"][1]
        if not blocks:
            for k in rows:
                rows[k].setdefault(page["kind"], []).append(word_prf("", truth)[2])
            continue
        p = model.probability(np.array([b[1] for b in blocks], dtype=np.float32))
        selected, kept = names.index("in_selection"), names.index("kept_by_rules")
        rules = [b[1][selected] > 0 and b[1][kept] > 0 for b in blocks]
        for name, chosen in (("rules", rules), ("model", p >= 0.5)):
            text = "\n\n".join(b[0] for b, c in zip(blocks, chosen) if c)
            rows[name].setdefault(page["kind"], []).append(word_prf(text, truth)[2])
    for name, by_kind in rows.items():
        every = [f for v in by_kind.values() for f in v]
        kinds = " ".join(f"{k[:5]} {np.mean(v):.3f}" for k, v in sorted(by_kind.items()))
        print(f"held-out wcxb, block texts, {name}: {np.mean(every):.4f}  {kinds}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("corpus")
    ap.add_argument("trees")
    ap.add_argument("weights")
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--grid", action="store_true", help="choose the settings by grouped cross-validation")
    a = ap.parse_args()
    names, pages = load(a.dump, a.corpus)
    tune = [p for p in pages if p["half"] == "tune"]
    labelled = [p for p in tune if p["corpus"] in LABELLED]
    params = choose_params(labelled) if a.grid else PARAMS
    assert params.leaf_bound <= LEAF_BOUND, f"{params}: leaves could exceed {LEAF_BOUND}"
    x, y, w, g = training_set(labelled)
    model, supports = gbdt.fit(x, y, w, g, params)
    for tree, leaf in single_page_leaves(supports, g):
        print(f"warning: tree {tree}, leaf {leaf}: its training blocks come from one page")
    with open(a.trees, "w", encoding="utf8") as f:
        f.write(rust_table(model, names["features"]))
    print(f"wrote {a.trees}: {params}; largest leaf {largest_leaf(model):.4f} log-odds")
    scaler, kinds = fit_kinds(tune)
    with open(a.weights, "w", encoding="utf8") as f:
        f.write(kind_table(scaler, kinds, names["page_features"]))
    print(f"wrote {a.weights}: {len(KINDS)} kinds x {len(names['page_features'])} page features")
    if a.report:
        report(model, pages, names["features"])


if __name__ == "__main__":
    main()
