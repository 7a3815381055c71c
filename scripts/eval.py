#!/usr/bin/env python3
"""Runs the declutter CLI over the evaluation corpora and prints scores.

usage: eval.py [CORPUS_DIR] [--bin PATH] [--only readability|snippets|markdown] [--worst N] [--out DIR]
CORPUS_DIR defaults to ../shared/corpus. Scores use ../shared/tools/score.py
(4-gram shingle F1) and score_snippets.py; Markdown is scored with the same
shingle F1 on the Markdown text plus the share of expected lines found verbatim.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_cli(binary, files, url_of=None):
    """Runs the CLI once per batch in JSON mode; returns {path: article}."""
    out = {}
    batch = 64
    for i in range(0, len(files), batch):
        chunk = files[i:i + batch]
        if url_of:
            # URLs differ per file: one call each
            for f in chunk:
                args = [binary, "--format", "json"] + (["--url", url_of(f)] if url_of(f) else []) + [f]
                res = subprocess.run(args, capture_output=True, text=True)
                for line in res.stdout.splitlines():
                    a = json.loads(line); out[a["file"]] = a
        else:
            res = subprocess.run([binary, "--format", "json"] + chunk, capture_output=True, text=True)
            for line in res.stdout.splitlines():
                a = json.loads(line); out[a["file"]] = a
    return out


def score_tool(tools, name):
    sys.path.insert(0, tools)
    return __import__(name)


def eval_readability(binary, corpus, tools, outdir, worst):
    pages = os.path.join(corpus, "readability", "pages")
    files = sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".html"))
    arts = run_cli(binary, files)
    pred = {os.path.basename(f)[:-5]: {"articleBody": arts.get(f, {}).get("text", "")} for f in files}
    path = os.path.join(outdir, "declutter-readability.json")
    json.dump(pred, open(path, "w"), ensure_ascii=False)
    print("== readability corpus (truth: Readability.js output) ==")
    args = [sys.executable, os.path.join(tools, "score.py"), os.path.join(corpus, "readability", "truth.json"), path]
    if worst:
        args += ["--worst", str(worst)]
    subprocess.run(args)
    truth = json.load(open(os.path.join(corpus, "readability", "truth.json")))
    titles = sum(1 for k, v in truth.items() if (v.get("title") or "").strip() and (v.get("title") or "").strip() in (arts.get(os.path.join(pages, k + ".html"), {}).get("title") or "") or (arts.get(os.path.join(pages, k + ".html"), {}).get("title") or "x") in (v.get("title") or ""))
    print(f"titles matching (either contains the other): {titles}/{len(truth)}")


def eval_snippets(binary, corpus, tools, outdir, worst):
    pages = os.path.join(corpus, "snippets", "pages")
    truth = json.load(open(os.path.join(corpus, "snippets", "truth.json")))
    files = sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".html"))
    url_of = lambda f: truth.get(os.path.basename(f)[:-5], {}).get("url")
    arts = run_cli(binary, files)
    pred = {os.path.basename(f)[:-5]: {"articleBody": arts.get(f, {}).get("text", "")} for f in files}
    path = os.path.join(outdir, "declutter-snippets.json")
    json.dump(pred, open(path, "w"), ensure_ascii=False)
    print("== snippets corpus (with/without strings) ==")
    subprocess.run([sys.executable, os.path.join(tools, "score_snippets.py"), os.path.join(corpus, "snippets", "truth.json"), path])
    if worst:
        norm = lambda t: " ".join((t or "").split())
        rows = []
        for k, item in truth.items():
            out = norm(pred.get(k, {}).get("articleBody", ""))
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


def eval_markdown(binary, corpus, tools, outdir, worst):
    pages = os.path.join(corpus, "markdown", "pages")
    expected = os.path.join(corpus, "markdown", "expected")
    files = sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".html"))
    arts = run_cli(binary, files)
    score = score_tool(tools, "score")
    truth, pred, line_hits, line_total = {}, {}, 0, 0
    for f in files:
        k = os.path.basename(f)[:-5]
        exp_path = os.path.join(expected, k + ".md")
        if not os.path.exists(exp_path):
            continue
        exp = strip_front_matter(open(exp_path, encoding="utf8").read())
        got = arts.get(f, {}).get("markdown", "")
        truth[k] = {"articleBody": exp}
        pred[k] = {"articleBody": got}
        got_lines = set(l.strip() for l in got.splitlines() if l.strip())
        exp_lines = [l.strip() for l in exp.splitlines() if l.strip() and not l.startswith("---")]
        line_total += len(exp_lines)
        line_hits += sum(1 for l in exp_lines if l in got_lines)
    f1, p, r, per = score.score(truth, pred)
    print("== markdown corpus ==")
    print(f"markdown shingle F1 {f1:.3f} prec {p:.3f} recall {r:.3f}  pages<0.5: {sum(1 for v in per.values() if v < 0.5)}")
    print(f"expected Markdown lines found verbatim: {line_hits}/{line_total} ({line_hits / max(1, line_total):.3f})")
    for k, v in sorted(per.items(), key=lambda kv: kv[1])[:worst]:
        print(f"    {v:.3f} {k}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "declutter"))
    ap.add_argument("--only")
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "eval"))
    a = ap.parse_args()
    tools = os.path.join(a.corpus, "..", "tools")
    os.makedirs(a.out, exist_ok=True)
    for name, fn in [("readability", eval_readability), ("snippets", eval_snippets), ("markdown", eval_markdown)]:
        if a.only and a.only != name:
            continue
        if os.path.isdir(os.path.join(a.corpus, name)):
            fn(a.bin, a.corpus, tools, a.out, a.worst)


if __name__ == "__main__":
    main()
