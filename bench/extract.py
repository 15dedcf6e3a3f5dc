"""How fast kg reads articles: on one core, and in parallel worker processes.

The articles of a folder (default: the bundled data/articles; the real
development set's cache data/devset/texts works too) are copied N times under
distinct names, so that ingest really writes every copy, then timed:

    on one core (the process pinned to one CPU), each stage against the one before it:
      read      read_article only (boilerplate removal, title, date line)
      extract   read + extraction (spaCy's pipeline and the passes), the texts parsed
                in batches as kg ingest does; extract(article) one at a time is reported too
      ingest    read + extract + map to RDF + resolve + write the store
    on every core:
      workers   read + extract in 1 process, then in --workers processes (this one,
                already warm, and --workers - 1 spawned ones, each loading the pipeline,
                which the figure includes): the speed-up; then each again in a fresh
                process, as `kg ingest --workers N` runs, its start and loading included

The English pipeline is loaded before any timing but the fresh processes'. Targets (issue 11): extraction
at least 15 articles/s on one core; 2 workers at least 1.7 times one.

With --size, one big file instead: the source folder's stories joined into
files of 0.1, 0.25, 0.5, 1 and 2 MB, each read and extracted on one core, with
the seconds per MB against the 0.1 MB file's (issue 12: time grows linearly,
so the ratio stays near 1). CPU time is reported, so other load on the
machine does not bend the line.

Usage: python bench/extract.py [--copies N] [--source DIR] [--workers N]
       python bench/extract.py --size [--source DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".html", ".htm")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of the source folder (default 20)")
    parser.add_argument("--source", type=Path, default=ROOT / "data" / "articles", help="folder of articles")
    parser.add_argument("--workers", type=int, default=2, help="worker processes to compare with one (default 2)")
    parser.add_argument("--size", action="store_true", help="time one file of 0.1 to 2 MB instead")
    args = parser.parse_args()
    if args.size:
        return by_size(args.source)

    from kg.article import read_article
    from kg.extract import extract
    from kg.ingest import BATCH, ingest_paths, read_articles
    from kg.nlp import describe, pipeline
    from kg.store import Store

    pipeline()  # loaded once, outside every timing
    cold = next(iter(sorted(p for p in args.source.iterdir() if p.suffix.lower() in SUFFIXES)), None)
    if cold is not None:
        extract(read_article(cold))  # and the passes' first use (their patterns compiled), outside too
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    sources = sorted(p for p in args.source.iterdir() if p.suffix.lower() in SUFFIXES)
    if not sources:
        print(f"bench: no articles in {args.source}", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        folder = work / "articles"
        files = copy_articles(sources, folder, args.copies)
        n = len(files)

        if cores:
            os.sched_setaffinity(0, {cores[0]})  # one core, as the target says
        start = time.perf_counter()
        articles = [read_article(p) for p in files]
        read_s = time.perf_counter() - start

        start = time.perf_counter()
        facts = [f for _, _, f, _ in read_articles(files, workers=1) if f is not None]
        extract_s = time.perf_counter() - start
        agreements = sum(len(f.agreements) for f in facts)

        start = time.perf_counter()
        for p in files:
            extract(read_article(p))
        single_s = time.perf_counter() - start

        store = Store(work / "store")
        start = time.perf_counter()
        report = ingest_paths(store, [folder], workers=1)
        ingest_s = time.perf_counter() - start
        triples = store.count()
        store.close()

        if cores:
            os.sched_setaffinity(0, set(cores))
        start = time.perf_counter()
        one = sum(1 for _ in read_articles(files, workers=1))
        one_s = time.perf_counter() - start
        start = time.perf_counter()
        many = sum(1 for _ in read_articles(files, workers=args.workers))
        many_s = time.perf_counter() - start
        assert one == many == n
        cold_one_s = cold_seconds(files, 1, work)
        cold_many_s = cold_seconds(files, args.workers, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"{n} articles ({len(sources)} from {args.source} x {args.copies} copies), {len(articles)} read, "
          f"{agreements} agreements, {triples:,} triples after ingest; pipeline {describe()}")
    print(f"{'stage':<10} {'seconds':>9} {'articles/s':>11} {'x read':>8}   (one core)")
    for name, seconds in (("read", read_s), ("extract", extract_s), ("ingest", ingest_s)):
        print(f"{name:<10} {seconds:>9.3f} {n / seconds:>11.1f} {seconds / read_s:>8.2f}")
    print(f"extraction alone: {n / max(extract_s - read_s, 1e-9):.1f} articles/s, texts parsed {BATCH} at a time "
          f"as kg ingest does; {n / max(single_s - read_s, 1e-9):.1f} articles/s one at a time (extract(article)); "
          f"ingest: {report.summary()}")
    print(f"{'workers':<10} {'seconds':>9} {'articles/s':>11} {'x 1 worker':>11}   ({len(cores) or '?'} cores)")
    print(f"{1:<10} {one_s:>9.3f} {n / one_s:>11.1f} {1.0:>11.2f}")
    print(f"{args.workers:<10} {many_s:>9.3f} {n / many_s:>11.1f} {one_s / many_s:>11.2f}")
    print("in a fresh process each, as `kg ingest --workers N` reads (start, imports and pipeline included):")
    print(f"{1:<10} {cold_one_s:>9.3f} {n / cold_one_s:>11.1f} {1.0:>11.2f}")
    print(f"{args.workers:<10} {cold_many_s:>9.3f} {n / cold_many_s:>11.1f} {cold_one_s / cold_many_s:>11.2f}")
    return 0 if report.ok else 1


# what `kg ingest` does before it writes: read and extract every file, in N workers
_COLD_READ = ("import sys; from pathlib import Path; from kg.ingest import read_articles; "
              "paths = [Path(p) for p in Path(sys.argv[1]).read_text(encoding='utf-8').splitlines()]; "
              "sys.exit(0 if sum(1 for _ in read_articles(paths, workers=int(sys.argv[2]))) == len(paths) else 1)")


def cold_seconds(files: list[Path], workers: int, work: Path) -> float:
    """Wall-clock seconds for a new Python process to read and extract
    ``files`` in ``workers`` processes: what a user waits for, the
    interpreter's start, kg's imports and the pipeline's loading included."""
    listing = work / "files.txt"
    listing.write_text("\n".join(str(p) for p in files), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _COLD_READ, str(listing), str(workers)], check=True, cwd=ROOT)
    return time.perf_counter() - start


def copy_articles(sources: list[Path], folder: Path, copies: int) -> list[Path]:
    """``copies`` copies of each source article in ``folder`` (made if missing),
    each under a file name of its own (``stem-007.txt``), so that an ingest
    stores every copy as an article of its own; their paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    width = max(3, len(str(copies - 1)))
    for copy in range(copies):
        for source in sources:
            shutil.copy(source, folder / f"{source.stem}-{copy:0{width}d}{source.suffix}")
    return sorted(folder.iterdir())


SIZES_MB = (0.1, 0.25, 0.5, 1.0, 2.0)


def by_size(source: Path) -> int:
    """Extraction time of one file as it grows: linear, or the ratio shows it."""
    from kg.article import read_article
    from kg.extract import extract
    from kg.nlp import MAX_CHARS, pipeline

    pipeline()
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if cores:
        os.sched_setaffinity(0, {cores[0]})
    stories = []
    for path in sorted(p for p in source.iterdir() if p.suffix.lower() == ".txt"):
        stories.append(read_article(path).text)
    if not stories:
        print(f"bench: no .txt articles in {source}", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="kg-bench-size-"))
    print(f"one file of many stories ({len(stories)} from {source}, repeated); limit {MAX_CHARS:,} characters")
    print(f"{'MB':>5} {'chars':>10} {'agreements':>11} {'cpu s':>8} {'s per MB':>9} {'x 0.1 MB':>9}")
    base = None
    try:
        for size in SIZES_MB:
            wanted = int(size * 1_000_000)
            parts: list[str] = []
            length = 0
            while length < wanted:
                story = stories[len(parts) % len(stories)]
                parts.append(story)
                length += len(story) + 2
            heading = "Many stories in one file\n\n"
            text = "\n\n".join(parts)[: min(wanted, MAX_CHARS - len(heading))]
            path = work / f"size-{size}.txt"
            path.write_text(heading + text, encoding="utf-8")
            start = time.process_time()
            facts = extract(read_article(path))
            seconds = time.process_time() - start
            per_mb = seconds / (len(text) / 1_000_000)
            base = base or per_mb
            print(f"{size:>5} {len(text):>10,} {len(facts.agreements):>11} {seconds:>8.2f} {per_mb:>9.2f} "
                  f"{per_mb / base:>9.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
