#!/usr/bin/env python3
"""Articles at crawl scale with PySpark: WARC files (or a Parquet of `url, html`) in, a Parquet of
`url, title, byline, published_time, lang, page_kind, text, markdown` out, one row per HTML page.

    spark-submit --master local[4] examples/spark_extract.py \\
        --warc 'crawl/CC-MAIN-*.warc.gz' --out articles.parquet
    spark-submit --master yarn --num-executors 50 --executor-cores 4 \\
        --archives declutter-env.tar.gz#env --conf spark.pyspark.python=./env/bin/python \\
        examples/spark_extract.py --warc /shared/crawl/*.warc.gz --out hdfs:///articles
    python examples/spark_extract.py --parquet pages.parquet --out articles.parquet

The extraction runs in the executors' Python workers through `mapInPandas`, with the declutter
wheel installed there (README.md, "At scale"). WARC files are read by path, streamed record by
record: each must be readable at that path on the executors (a shared file system, or copied to
local disk first). A WARC file is one task, so a job has as many tasks as files; a Parquet input is
split as Spark splits it. Pages that can't be extracted (over the size limit, a file that is no
WARC) are counted on the worker's stderr and left out.
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from typing import Any, Dict, Iterator, List, Optional

import pandas as pd
from pyspark.sql import DataFrame, SparkSession

#: The output's columns, in order: Article attributes of the same names.
COLUMNS = ["url", "title", "byline", "published_time", "lang", "page_kind", "text", "markdown"]
SCHEMA = ", ".join(f"{name} string" for name in COLUMNS)
#: Rows per pandas batch handed back to Spark: a few MB of text, so a WARC of 40,000 pages
#: streams through in batches instead of one frame.
ROWS_PER_BATCH = 500


def row_of(article: Any) -> Dict[str, Optional[str]]:
    return {name: getattr(article, name) for name in COLUMNS}


def frame(rows: List[Dict[str, Optional[str]]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


def articles_of_warc_files(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """mapInPandas: rows of `path` in, the articles of those WARC files out."""
    import declutter

    for batch in batches:
        for path in batch["path"]:
            rows: List[Dict[str, Optional[str]]] = []
            articles = declutter.iter_warc(path)
            try:
                for article in articles:
                    rows.append(row_of(article))
                    if len(rows) == ROWS_PER_BATCH:
                        yield frame(rows)
                        rows = []
            except declutter.DeclutterError as error:
                print(f"spark_extract: {error}", file=sys.stderr)
            print(f"spark_extract: {path}: {articles.stats}", file=sys.stderr)
            if rows:
                yield frame(rows)


def articles_of_pages(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """mapInPandas: rows of `url, html` (html as text or bytes) in, their articles out."""
    import declutter

    for batch in batches:
        rows = []
        for url, html in zip(batch["url"], batch["html"]):
            # A missing page is None or NaN, as pandas holds nulls of a string column.
            if not isinstance(html, (str, bytes)):
                continue
            try:
                rows.append(row_of(declutter.extract(html, url)))
            except declutter.DeclutterError as error:
                print(f"spark_extract: {url}: {error}", file=sys.stderr)
        yield frame(rows)


def warc_articles(spark: SparkSession, paths: List[str]) -> DataFrame:
    """The articles of the WARC files, one task per file."""
    files = spark.createDataFrame([(p,) for p in paths], "path string")
    return files.repartition(max(1, len(paths))).mapInPandas(articles_of_warc_files, SCHEMA)


def page_articles(spark: SparkSession, parquet: str) -> DataFrame:
    """The articles of a Parquet of `url, html`."""
    pages = spark.read.parquet(parquet).select("url", "html")
    return pages.mapInPandas(articles_of_pages, SCHEMA)


def expand(patterns: List[str]) -> List[str]:
    """Local globs expanded on the driver; other paths (hdfs://, a path only the executors see)
    as given."""
    paths: List[str] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern)) if "://" not in pattern else []
        paths += matches or [pattern]
    return paths


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warc", nargs="+", default=[], help="WARC files (globs are expanded)")
    parser.add_argument("--parquet", help="a Parquet of url, html")
    parser.add_argument("--out", required=True, help="where the Parquet of articles goes")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (local[2])")
    args = parser.parse_args(argv)
    if not args.warc and not args.parquet:
        parser.error("give --warc FILES and/or --parquet FILE")
    return args


def main(argv: Optional[List[str]] = None) -> None:
    args = parse_args(argv)
    builder = SparkSession.builder.appName("declutter-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    started = time.perf_counter()
    parts = []
    if args.warc:
        parts.append(warc_articles(spark, expand(args.warc)))
    if args.parquet:
        parts.append(page_articles(spark, args.parquet))
    articles = parts[0] if len(parts) == 1 else parts[0].unionByName(parts[1])
    articles.write.mode("overwrite").parquet(args.out)
    count = spark.read.parquet(args.out).count()
    seconds = time.perf_counter() - started
    print(f"spark_extract: {count} articles to {args.out} in {seconds:.1f} s")
    spark.stop()


if __name__ == "__main__":
    main()
