#!/usr/bin/env python3
"""Dumps the text blocks and their features of every dev-corpus page (examples/blocks.rs).

usage: dump.py CORPUS_DIR OUT.jsonl [--bin target/release/examples/blocks]
Page ids in the dump are CORPUS/ID (readability/001, wcxb/0504, ...).
"""
import argparse
import os
import subprocess
import sys
import tempfile

CORPORA = (("readability", ".html"), ("snippets", ".html"), ("markdown", ".html"), ("wcxb", ".html.gz"))
BATCH = 100


def pages(corpus_dir):
    for name, suffix in CORPORA:
        folder = os.path.join(corpus_dir, name, "pages")
        if not os.path.isdir(folder):
            continue
        for f in sorted(os.listdir(folder)):
            if f.endswith(suffix):
                yield f"{name}/{f[:-len(suffix)]}", os.path.join(folder, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--bin", default="target/release/examples/blocks")
    a = ap.parse_args()
    todo = list(pages(a.corpus))
    with open(a.out, "w", encoding="utf8") as out, tempfile.TemporaryDirectory() as tmp:
        for k in range(0, len(todo), BATCH):
            part, listing = os.path.join(tmp, "part.jsonl"), os.path.join(tmp, "list.tsv")
            with open(listing, "w", encoding="utf8") as f:
                f.write("".join(f"{i}\t{p}\n" for i, p in todo[k:k + BATCH]))
            subprocess.run([a.bin, part, listing], check=True)
            with open(part, encoding="utf8") as f:
                header, *lines = f.read().split("\n")
            if k == 0:
                out.write(header + "\n")
            out.write("\n".join(l for l in lines if l) + "\n")
            print(f"{min(k + BATCH, len(todo))}/{len(todo)} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
