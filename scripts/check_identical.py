#!/usr/bin/env python3
"""Checks that two builds of the CLI give the same JSON output on every page of the corpora.

usage: check_identical.py BASE_BIN NEW_BIN [CORPUS_DIR] [--ignore-embeds] [--show N]

Runs `--format json` over readability/, snippets/, markdown/ and wcxb/ (the gzipped WCXB pages
are decompressed into a temporary folder, so both builds read plain HTML) and compares the
outputs line by line. With --ignore-embeds, `<iframe>` elements and iframe-only Markdown lines
are taken out of both outputs first: the one change of behaviour a refactoring may make is the
sanitizer's embed policy. Pages whose only difference is the list of removed blocks are
counted apart. Exit status 0 when every article is identical, 1 otherwise.
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

BATCH = 64
IFRAME = re.compile(r"<iframe\b[^>]*>(?:</iframe>)?", re.S)


def corpus_files(root, tmp):
    """Every corpus page as a plain HTML path, in a fixed order."""
    files = []
    for name in ("readability", "snippets", "markdown", "wcxb"):
        pages = os.path.join(root, name, "pages")
        if not os.path.isdir(pages):
            continue
        for f in sorted(os.listdir(pages)):
            path = os.path.join(pages, f)
            if f.endswith(".html"):
                files.append(path)
            elif f.endswith(".html.gz"):
                out = os.path.join(tmp, f"{name}-{f[:-3]}")
                with gzip.open(path, "rb") as src, open(out, "wb") as dst:
                    dst.write(src.read())
                files.append(out)
    return files


def run(binary, files):
    """{file: JSON line} from one build."""
    out = {}
    for i in range(0, len(files), BATCH):
        res = subprocess.run([binary, "--format", "json", *files[i:i + BATCH]], capture_output=True)
        # split("\n"), not splitlines(): JSON strings may hold U+2028 and friends.
        for line in filter(None, res.stdout.decode("utf8").split("\n")):
            out[json.loads(line)["file"]] = line
    return out


def without_embeds(line):
    article = json.loads(line)
    article["content"] = IFRAME.sub("", article.get("content", ""))
    article["markdown"] = "\n".join(l for l in article.get("markdown", "").split("\n") if "<iframe" not in l)
    return json.dumps(article, sort_keys=True, ensure_ascii=False)


def without_removed(line):
    article = json.loads(line)
    article.pop("removed", None)
    return json.dumps(article, sort_keys=True, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("corpus", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
    ap.add_argument("--ignore-embeds", action="store_true")
    ap.add_argument("--show", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus_files(os.path.abspath(a.corpus), tmp)
        base, new = run(a.base, files), run(a.new, files)
    differ, embed_only, removed_only = [], 0, []
    for f in files:
        x, y = base.get(f), new.get(f)
        if x == y:
            continue
        if a.ignore_embeds and x and y and without_embeds(x) == without_embeds(y):
            embed_only += 1
        elif x and y and without_removed(x) == without_removed(y):
            removed_only.append(f)
        else:
            differ.append(f)
    same = len(files) - len(differ) - embed_only - len(removed_only)
    print(f"{len(files)} pages: {same} identical, {embed_only} differing only in embeds, "
          f"{len(removed_only)} in the removed list only, {len(differ)} in the article")
    for f in removed_only[:a.show]:
        print(f"  removed list differs: {f}")
    for f in differ[:a.show]:
        print(f"  article differs: {f}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
