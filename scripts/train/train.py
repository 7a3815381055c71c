#!/usr/bin/env python3
"""Trains the block scorer on the `tune` half of the dev corpora and writes it as a Rust
table (src/blocks/trees.rs).

usage: train.py DUMP.jsonl CORPUS_DIR OUT.rs [--report]

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


def rust_table(model, names):
    trees = trees_of(model)
    lines = [
        "//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the",
        "//! tune half of the dev corpora. Do not edit: retrain.",
        "",
        "use super::model::Node;",
        "",
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


def report(model, pages):
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
        rules = [b[1][16] > 0 and b[1][17] > 0 for b in blocks]
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
    ap.add_argument("out")
    ap.add_argument("--report", action="store_true")
    a = ap.parse_args()
    names, pages = load(a.dump, a.corpus)
    model = fit([p for p in pages if p["half"] == "tune"])
    with open(a.out, "w", encoding="utf8") as f:
        f.write(rust_table(model, names))
    print(f"wrote {a.out}: {TREES} trees of at most {LEAVES} leaves")
    if a.report:
        report(model, pages)


if __name__ == "__main__":
    main()
