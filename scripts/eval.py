#!/usr/bin/env python3
"""Runs the declutter CLI over the development corpora and prints the scores, for the whole
corpus and for its two fixed halves.

usage: eval.py [CORPUS_DIR] [--bin PATH] [--only readability|snippets|markdown|wcxb]
               [--half tune|held-out] [--scorer rules|model|both] [--worst N] [--out DIR]

Every corpus is split into two fixed halves by a hash of the page id (`half_of`): rules and
models are tuned on the `tune` half, and a change is judged by the `held-out` half, which no
one looks at page by page. Scores: ../shared/tools/score.py (4-gram shingle F1) for
readability and markdown, score_snippets.py (with/without strings), score_wcxb.py (WCXB's
word F1 per page type). The CLI's JSON for every page is kept in OUT (target/eval).
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HALVES = ("tune", "held-out")
BATCH = 64


def half_of(corpus, page_id):
    """The fixed half a page belongs to: the low bit of a SHA-1 of corpus name and page id."""
    digest = hashlib.sha1(f"{corpus}/{page_id}".encode()).digest()
    return HALVES[digest[0] & 1]


CLI_ARGS = []


def run_cli(binary, files, extra=()):
    """Runs the CLI in JSON mode, a batch of files per call; returns {path: article}."""
    out = {}
    for i in range(0, len(files), BATCH):
        res = subprocess.run([binary, "--format", "json", *CLI_ARGS, *extra, *files[i:i + BATCH]], capture_output=True)
        # split("\n"), not splitlines(): JSON strings may hold U+2028 and friends.
        for line in filter(None, res.stdout.decode("utf8").split("\n")):
            article = json.loads(line)
            out[article["file"]] = article
    return out


def page_files(a, name, suffix):
    """{page id: path} of a corpus (of the chosen half only, when one is chosen)."""
    pages = os.path.join(a.corpus, name, "pages")
    files = {f[:-len(suffix)]: os.path.join(pages, f) for f in sorted(os.listdir(pages)) if f.endswith(suffix)}
    return {i: f for i, f in files.items() if not a.half or half_of(name, i) == a.half}


def split(name, ids, wanted):
    """Ids of the whole corpus and of each half (only `wanted` when set)."""
    parts = [("all", sorted(ids))] if not wanted else []
    for h in HALVES:
        if not wanted or wanted == h:
            parts.append((h, sorted(i for i in ids if half_of(name, i) == h)))
    return parts


def write_json(path, value):
    with open(path, "w", encoding="utf8") as f:
        json.dump(value, f, ensure_ascii=False)


def score_shingles(tools, truth, pred, outdir, tag, worst):
    t, p = os.path.join(outdir, f"truth-{tag}.json"), os.path.join(outdir, f"pred-{tag}.json")
    write_json(t, truth)
    write_json(p, pred)
    args = [sys.executable, os.path.join(tools, "score.py"), t, p] + (["--worst", str(worst)] if worst else [])
    res = subprocess.run(args, capture_output=True, text=True)
    return res.stdout.strip()


def eval_readability(a, tools):
    files = page_files(a, "readability", ".html")
    arts = run_cli(a.bin, list(files.values()))
    truth = json.load(open(os.path.join(a.corpus, "readability", "truth.json"), encoding="utf8"))
    print("== readability (truth: Readability.js output), 4-gram shingle F1 ==")
    for part, ids in split("readability", [i for i in files if i in truth], a.half):
        pred = {i: {"articleBody": arts.get(files[i], {}).get("text", "")} for i in ids}
        out = score_shingles(tools, {i: truth[i] for i in ids}, pred, a.out, f"readability-{part}", a.worst)
        print(f"[{part}, {len(ids)} pages]\n{out}")


def eval_snippets(a, tools):
    files = page_files(a, "snippets", ".html")
    arts = run_cli(a.bin, list(files.values()))
    truth = json.load(open(os.path.join(a.corpus, "snippets", "truth.json"), encoding="utf8"))
    print("== snippets (with/without strings) ==")
    for part, ids in split("snippets", [i for i in files if i in truth], a.half):
        out = score_with_tool(a, tools, "score_snippets.py", f"snippets-{part}", truth, arts, files, ids, [])
        print(f"[{part}, {len(ids)} pages]\n{out}")
        if a.worst:
            print_worst_snippets({i: truth[i] for i in ids}, arts, files, a.worst)


def score_with_tool(a, tools, script, name, truth, arts, files, ids, extra):
    """Writes the truth and our texts of `ids` as `truth-NAME.json` and `declutter-NAME.json` in
    the output folder and returns what the shared scorer `script` prints for them."""
    t, p = os.path.join(a.out, f"truth-{name}.json"), os.path.join(a.out, f"declutter-{name}.json")
    write_json(t, {i: truth[i] for i in ids})
    write_json(p, {i: {"articleBody": arts.get(files[i], {}).get("text", "")} for i in ids})
    res = subprocess.run([sys.executable, os.path.join(tools, script), t, p] + extra, capture_output=True, text=True)
    return res.stdout.rstrip()


def print_worst_snippets(truth, arts, files, worst):
    norm = lambda t: " ".join((t or "").split())
    rows = []
    for k, item in truth.items():
        out = norm(arts.get(files[k], {}).get("text", ""))
        miss = [w for w in item["with"] if norm(w) not in out]
        kept = [w for w in item["without"] if norm(w) in out]
        if miss or kept:
            rows.append((len(miss) + len(kept), k, miss, kept))
    for _, k, miss, kept in sorted(rows, reverse=True)[:worst]:
        print(f"    {k}: missing {miss[:3]} kept {kept[:3]}")


def strip_front_matter(md):
    """Expected files open with a ```json block of metadata; the body follows it."""
    if md.startswith("```json"):
        end = md.find("\n```", 7)
        if end != -1:
            return md[end + 4:].lstrip("\n")
    return md


def eval_markdown(a, tools):
    files = page_files(a, "markdown", ".html")
    expected_dir = os.path.join(a.corpus, "markdown", "expected")
    # The expected files' metadata block is cut off above; our header (title, byline, source) is
    # left out the same way, so that body is compared with body.
    arts = run_cli(a.bin, list(files.values()), ["--markdown-header", "none"])
    expected = {}
    for i in files:
        path = os.path.join(expected_dir, i + ".md")
        if os.path.exists(path):
            expected[i] = strip_front_matter(open(path, encoding="utf8").read())
    print("== markdown (shingle F1 of the Markdown; expected lines found verbatim) ==")
    for part, ids in split("markdown", list(expected), a.half):
        got = {i: arts.get(files[i], {}).get("markdown", "") for i in ids}
        out = score_shingles(tools, {i: {"articleBody": expected[i]} for i in ids},
                             {i: {"articleBody": got[i]} for i in ids}, a.out, f"markdown-{part}", a.worst)
        hits = total = 0
        for i in ids:
            lines = set(l.strip() for l in got[i].splitlines() if l.strip())
            want = [l.strip() for l in expected[i].splitlines() if l.strip() and not l.startswith("---")]
            total += len(want)
            hits += sum(1 for l in want if l in lines)
        print(f"[{part}, {len(ids)} pages]\n{out}\nexpected lines found verbatim: {hits}/{total} ({hits / max(1, total):.3f})")


def eval_wcxb(a, tools):
    files = page_files(a, "wcxb", ".html.gz")
    arts = run_cli(a.bin, list(files.values()))
    truth = json.load(open(os.path.join(a.corpus, "wcxb", "truth.json"), encoding="utf8"))
    print("== wcxb (WCXB word F1 per page type) ==")
    for part, ids in split("wcxb", [i for i in files if i in truth], a.half):
        extra = ["--worst", str(a.worst)] if a.worst else []
        out = score_with_tool(a, tools, "score_wcxb.py", f"wcxb-{part}", truth, arts, files, ids, extra)
        print(f"[{part}, {len(ids)} pages]\n{out}")


CORPORA = [("readability", eval_readability), ("snippets", eval_snippets), ("markdown", eval_markdown), ("wcxb", eval_wcxb)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "declutter"))
    ap.add_argument("--only")
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "eval"))
    ap.add_argument("--scorer", choices=("rules", "model", "both"), help="passed to the CLI")
    a = ap.parse_args()
    if a.scorer:
        CLI_ARGS.extend(["--scorer", a.scorer])
    tools = os.path.join(a.corpus, "..", "tools")
    os.makedirs(a.out, exist_ok=True)
    for name, fn in CORPORA:
        if (not a.only or a.only == name) and os.path.isdir(os.path.join(a.corpus, name)):
            fn(a, tools)


if __name__ == "__main__":
    main()
