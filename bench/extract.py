"""How fast kg reads articles: extraction alone, and full ingest, on one core.

The bundled corpus is copied N times under distinct names (so ingest really
writes every copy), then timed in three stages, each against the one before
it as the baseline measured in the same run:

    read     read_article only (boilerplate removal, title, date line)
    extract  read + rule-based extraction
    ingest   read + extract + map to RDF + resolve + write the store

Usage: python bench/extract.py [--copies N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of the bundled corpus (default 20)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the target says

    from kg.article import read_article
    from kg.extract import extract
    from kg.ingest import ingest_paths
    from kg.store import Store

    sources = sorted(p for p in (ROOT / "data" / "articles").iterdir() if p.suffix in (".txt", ".html", ".htm"))
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        folder = work / "articles"
        folder.mkdir()
        for copy in range(args.copies):
            for source in sources:
                shutil.copy(source, folder / f"{source.stem}-{copy:03d}{source.suffix}")
        files = sorted(folder.iterdir())
        n = len(files)

        start = time.perf_counter()
        articles = [read_article(p) for p in files]
        read_s = time.perf_counter() - start

        start = time.perf_counter()
        articles = [read_article(p) for p in files]
        facts = [extract(a) for a in articles]
        extract_s = time.perf_counter() - start
        agreements = sum(len(f.agreements) for f in facts)

        store = Store(work / "store")
        start = time.perf_counter()
        report = ingest_paths(store, [folder])
        ingest_s = time.perf_counter() - start
        triples = store.count()
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"{n} articles ({len(sources)} bundled x {args.copies} copies), {agreements} agreements, "
          f"{triples:,} triples after ingest; one core")
    print(f"{'stage':<10} {'seconds':>9} {'articles/s':>11} {'x read':>8}")
    for name, seconds in (("read", read_s), ("extract", extract_s), ("ingest", ingest_s)):
        print(f"{name:<10} {seconds:>9.3f} {n / seconds:>11.1f} {seconds / read_s:>8.2f}")
    print(f"extraction alone: {n / max(extract_s - read_s, 1e-9):.1f} articles/s; ingest: {report.summary()}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
