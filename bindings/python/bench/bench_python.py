#!/usr/bin/env python3
"""Pages per second of declutter's Python package against trafilatura on the same WCXB pages,
with one and two threads, and each run's memory (peak RSS of its process).

    python bench_python.py ../shared/corpus/wcxb/pages [--pages 300]

Each (extractor, threads) pair runs in a process of its own, so its peak RSS is its own: the pages
(held in memory as bytes) and what extracting them costs. pages/s is wall-clock time (what two
threads gain needs two idle cores); pages/CPU-s divides by the process's CPU time, which other
work on the machine changes little. No timed assertion: it prints numbers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Dict, List

#: Pages extracted before the clock starts: imports, lazy tables and the allocator settle.
WARM_UP_PAGES = 10


def sample(folder: Path, count: int) -> List[Path]:
    """`count` pages spread evenly over the folder in name order (the same every run)."""
    pages = sorted(p for p in folder.iterdir() if p.name.endswith((".html", ".html.gz")))
    step = max(1, len(pages) // count)
    return pages[::step][:count]


def load(paths: List[Path]) -> List[bytes]:
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in paths]


def extractor(name: str) -> Callable[[bytes], object]:
    if name == "declutter":
        import declutter

        return declutter.extract
    import trafilatura

    # trafilatura's default call: the main text, its comments and tables included.
    return trafilatura.extract


def rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def cpu_seconds() -> float:
    """This process's CPU time, all threads: what the pages cost whatever else the machine runs."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker(name: str, threads: int, paths: List[Path]) -> Dict[str, float]:
    """One measurement, in this process: prints its numbers as JSON."""
    pages = load(paths)
    extract = extractor(name)
    for page in pages[:WARM_UP_PAGES]:
        extract(page)
    loaded = rss_kb()
    start, cpu_start = time.perf_counter(), cpu_seconds()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(extract, pages))
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
    empty = sum(1 for r in results if not r)
    return {"pages": len(pages), "seconds": seconds, "cpu_seconds": cpu, "empty": empty,
            "rss_loaded_mb": loaded / 1024, "peak_rss_mb": rss_kb() / 1024}


def measure(name: str, threads: int, folder: Path, count: int) -> Dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, str(folder), "--pages", str(count), "--worker", name, "--threads", str(threads)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def versions() -> str:
    import declutter
    import trafilatura

    return f"declutter {declutter.__version__}, trafilatura {trafilatura.__version__}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--worker", choices=["declutter", "trafilatura"], help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    paths = sample(args.folder, args.pages)
    if args.worker:
        print(json.dumps(worker(args.worker, args.threads, paths)))
        return
    size = sum(len(p) for p in load(paths)) / 1e6
    print(f"{len(paths)} WCXB pages ({size:.1f} MB of HTML); {versions()}; "
          f"CPython {platform.python_version()}, {os.cpu_count()} cores")
    print(f"{'extractor':<12} {'threads':>7} {'pages/s':>9} {'ms/page':>8} {'speed-up':>9} "
          f"{'pages/CPU-s':>12} {'RSS loaded':>11} {'peak RSS':>9}")
    for name in ("declutter", "trafilatura"):
        single = None
        for threads in (1, 2):
            r = measure(name, threads, args.folder, args.pages)
            rate = r["pages"] / r["seconds"]
            single = single or rate
            print(f"{name:<12} {threads:>7} {rate:>9.1f} {1000 / rate:>8.2f} {rate / single:>8.2f}x "
                  f"{r['pages'] / r['cpu_seconds']:>12.1f} "
                  f"{r['rss_loaded_mb']:>9.0f}MB {r['peak_rss_mb']:>7.0f}MB"
                  + (f"  ({int(r['empty'])} pages without text)" if r["empty"] else ""))


if __name__ == "__main__":
    main()
