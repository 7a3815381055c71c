#!/usr/bin/env python3
"""Trains the block scorer and the page-kind classifier on the `tune` half of the dev corpora
and writes them as Rust tables (src/blocks/trees.rs, src/kind/weights.rs).

usage: train.py DUMP.jsonl CORPUS_DIR TREES.rs WEIGHTS.rs [--report]

The page-kind classifier is a multinomial logistic regression over the page features
(standardised, the scaling folded into the weights): WCXB's pages with their page types,
and the readability and markdown corpora's pages as articles (they are news and blog
posts), so that the classifier knows articles beyond one benchmark's.

The model is a small gradient-boosted tree ensemble (scikit-learn's
HistGradientBoostingClassifier): few trees of few leaves, because it ships in the wasm
module and runs on every block of every page. Blocks are weighted by their length (capped)
and each page's weights are scaled to the square root of its labelled blocks, so that a page
with thousands of menu items does not outweigh an article. With --report, the held-out half
is scored as the block texts joined (a proxy for the CLI's output; `make eval` is the real
measure).
"""
import argparse
import os
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import load  # noqa: E402

# Size of the ensemble: measured on the held-out half, 30 trees of 8 leaves score as well as
# 100 trees of 31 (0.833 against 0.829 word F1 on wcxb), at a fiftieth of the table.
TREES = 30
LEAVES = 8
LEARNING_RATE = 0.3
# Longest block text that still adds weight, in characters.
WEIGHT_CAP = 400
SEED = 7
KINDS = ["article", "documentation", "forum", "service", "listing", "collection", "product"]
# Regularisation of the kind classifier (sklearn's C; smaller is stronger).
KIND_C = 1.0


def training_set(pages):
    xs, ys, ws = [], [], []
    for page in pages:
        idx = [i for i, label in enumerate(page["labels"]) if label is not None]
        if not idx:
            continue
        xs.append(np.array([page["blocks"][i][1] for i in idx], dtype=np.float32))
        ys.append(np.array([page["labels"][i] for i in idx]))
        lengths = np.array([len(page["blocks"][i][0]) for i in idx], dtype=np.float64)
        w = np.minimum(lengths, WEIGHT_CAP) / 100 + 0.2
        ws.append(w / w.sum() * len(idx) ** 0.5)
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def fit(pages):
    x, y, w = training_set(pages)
    model = HistGradientBoostingClassifier(
        max_iter=TREES, max_leaf_nodes=LEAVES, learning_rate=LEARNING_RATE,
        early_stopping=False, random_state=SEED)
    model.fit(x, y, sample_weight=w)
    return model


def trees_of(model):
    """Per tree: nodes as (feature, threshold, left, right, leaf value), root first."""
    out = []
    for (predictor,) in model._predictors:
        nodes = []
        for n in predictor.nodes:
            if n["is_leaf"]:
                nodes.append((None, float(n["value"]), 0, 0))
            else:
                nodes.append((int(n["feature_idx"]), float(n["num_threshold"]), int(n["left"]), int(n["right"])))
        out.append(nodes)
    return out


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
    trees = trees_of(model)
    lines = [
        "//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the",
        "//! tune half of the dev corpora. Do not edit: retrain.",
        "",
        "use super::model::Node;",
        "",
        *schema_lines(names, "feature"),
        f"/// The score before any tree: the log-odds of content among the training blocks.",
        f"pub const BASELINE: f32 = {float(model._baseline_prediction.ravel()[0]):.6};",
        "",
        "/// Where each tree starts in [`NODES`].",
        f"pub const TREE_STARTS: [u16; {len(trees)}] = [",
    ]
    starts, flat = [], []
    for nodes in trees:
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
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
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
        p = model.predict_proba(np.array([b[1] for b in blocks], dtype=np.float32))[:, 1]
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
    a = ap.parse_args()
    names, pages = load(a.dump, a.corpus)
    tune = [p for p in pages if p["half"] == "tune"]
    model = fit(tune)
    with open(a.trees, "w", encoding="utf8") as f:
        f.write(rust_table(model, names["features"]))
    print(f"wrote {a.trees}: {TREES} trees of at most {LEAVES} leaves")
    scaler, kinds = fit_kinds(tune)
    with open(a.weights, "w", encoding="utf8") as f:
        f.write(kind_table(scaler, kinds, names["page_features"]))
    print(f"wrote {a.weights}: {len(KINDS)} kinds x {len(names['page_features'])} page features")
    if a.report:
        report(model, pages, names["features"])


if __name__ == "__main__":
    main()
