"""How far kg ingest scales out: one process, a --workers pool, a Dask cluster, in one run.

A synthetic corpus of N articles (default 10,000) is made as bench/extract.py
makes its own: the bundled articles copied under names of their own, so an
ingest stores every copy as an article of its own. The same files are then
ingested three times, each into a fresh store (read + extract + map +
resolve + write; no SHACL check or inference, which cost the same whichever
way the articles were read):

    one process   --workers 1: this process reads, extracts and writes
    workers       --workers W: W spawned processes read and extract, this one writes
    cluster       --scheduler: a LocalCluster of W worker processes (one thread
                  each) on 127.0.0.1 reads and extracts, this process writes

For each: seconds, articles/s and the ratio to one process, split into the
read phase (until the last article's facts are back) and the write phase
(the one writer mapping and storing them, after the read phase: kg resolves
names across the whole batch before it writes). Starting the workers and
loading the English pipeline in each is part of the read phase, as it is
for a user; starting the cluster itself is not (a cluster outlives ingests).

From these, the rates a bigger cluster multiplies: the per-worker read
rate (the cluster's read phase over its W workers) and the one writer's rate,
which no number of workers changes; then the estimated time of a 1M-article
ingest on N workers, 1M / (N x per-worker) + 1M / writer, and the writer's
memory per article held between the phases (what sets the batch size).

Usage: python bench/scale.py [--articles N] [--workers W] [--source DIR]
"""
from __future__ import annotations

import argparse
import gc
import math
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from extract import SUFFIXES, copy_articles  # bench/extract.py: the same corpus, made the same way

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MILLION = 1_000_000
CLUSTER_SIZES = (1, 2, 8, 32, 128)


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def children_cpu() -> float:
    """CPU seconds of this process's ended children (a --workers pool's processes)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu() -> float:
    """CPU seconds of the calling process, every thread (a Dask worker's, through ``client.run``)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Run:
    """One ingest's figures: wall-clock seconds in all and of the read phase;
    CPU seconds of the readers (this process, the pool's or the cluster's
    workers) and of the writer's write phase; memory held at the end of the
    read phase. CPU seconds are what a core of one's own would take, whatever
    else the machine is running."""

    def __init__(self, name: str, readers_cpu: Callable[[], float]) -> None:
        self.name = name
        self.readers_cpu = readers_cpu
        self.seconds = self.read_seconds = self.held_mb = self.read_cpu = self.write_cpu = 0.0
        self._start = self._rss = self._cpu = 0.0

    def on_read(self) -> Callable[[int, int, Path], None]:
        def seen(number: int, total: int, path: Path) -> None:
            if number == total:
                self.read_seconds = time.perf_counter() - self._start
                self.held_mb = rss_mb() - self._rss
                self._cpu = time.process_time()
        return seen

    def time(self, ingest: Callable[[Callable[[int, int, Path], None]], object]) -> object:
        gc.collect()
        self._rss = rss_mb()
        readers = self.readers_cpu()
        self._start = time.perf_counter()
        report = ingest(self.on_read())
        self.seconds = time.perf_counter() - self._start
        self.write_cpu = time.process_time() - self._cpu
        self.read_cpu = self.readers_cpu() - readers
        return report

    @property
    def write_seconds(self) -> float:
        return self.seconds - self.read_seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the corpus (default 10,000)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes, in the pool and the cluster (default 2)")
    parser.add_argument("--source", type=Path, default=ROOT / "data" / "articles", help="folder of articles to copy")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from kg.ingest import ingest_paths
    from kg.nlp import pipeline
    from kg.store import Store

    sources = sorted(p for p in args.source.iterdir() if p.suffix.lower() in SUFFIXES)
    if not sources:
        print(f"bench: no articles in {args.source}", file=sys.stderr)
        return 1
    pipeline()  # this process's pipeline is loaded outside every timing (the workers' are not)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-scale-"))
    runs: list[Run] = []
    try:
        files = copy_articles(sources, work / "articles", math.ceil(args.articles / len(sources)))
        files = files[: args.articles]
        n = len(files)
        load = os.getloadavg()

        def local(name: str, workers: int) -> None:
            run = Run(name, time.process_time if workers == 1 else children_cpu)
            with Store(work / f"store-{len(runs)}") as store:
                report = run.time(lambda seen: ingest_paths(store, files, workers=workers, on_read=seen))
            assert report.ok and len(report.added) == n, report.summary()  # type: ignore[attr-defined]
            runs.append(run)

        local("one process", 1)
        local(f"workers {args.workers}", args.workers)
        started = time.perf_counter()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            cluster_start = time.perf_counter() - started
            watcher = Client(cluster)
            run = Run(f"cluster {args.workers}", lambda: sum(watcher.run(own_cpu).values()))
            with watcher, Store(work / "store-cluster") as store:
                report = run.time(lambda seen: ingest_paths(store, files, scheduler=cluster.scheduler_address,
                                                            on_read=seen))
            assert report.ok and len(report.added) == n, report.summary()  # type: ignore[attr-defined]
            runs.append(run)
        end_load = os.getloadavg()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    one = runs[0]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{n:,} articles ({len(sources)} from {args.source}, copied under distinct names); {cores} cores; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start, "
          f"{end_load[0]:.2f} {end_load[1]:.2f} {end_load[2]:.2f} at the end")
    print(f"{'ingest':<14} {'seconds':>8} {'articles/s':>11} {'x one':>6} {'read s':>7} {'write s':>8}"
          f" {'readers cpu-s':>14} {'writer cpu-s':>13}")
    for run in runs:
        print(f"{run.name:<14} {run.seconds:>8.1f} {n / run.seconds:>11.1f} {one.seconds / run.seconds:>6.2f} "
              f"{run.read_seconds:>7.1f} {run.write_seconds:>8.1f} {run.read_cpu:>14.1f} {run.write_cpu:>13.1f}")
    cluster_run = runs[-1]
    per_worker = n / cluster_run.read_cpu  # articles per CPU second of a cluster worker
    writer = n / min(run.write_cpu for run in runs)
    held_kb = max(run.held_mb for run in runs) * 1000 / n
    print(f"(the LocalCluster took {cluster_start:.1f} s to start, not counted; cpu-s: CPU seconds, "
          f"of every reading process together, and of this process in the write phase)")
    print(f"per worker: {per_worker:.1f} articles per CPU second reading and extracting on a cluster worker "
          f"(one process: {n / one.read_cpu:.1f}; wall clock here: {n / cluster_run.read_seconds / args.workers:.1f} "
          f"per worker)")
    print(f"one writer: {writer:.1f} articles per CPU second mapping, resolving and storing (no number of "
          f"workers changes it); about {held_kb:.0f} KB per article held between the phases")
    print("1M articles, each worker and the writer with a core of its own:")
    print(f"{'workers':>8} {'read':>8} {'write':>8} {'total':>8}")
    write_h = MILLION / writer / 3600
    for workers in CLUSTER_SIZES:
        read_h = MILLION / (per_worker * workers) / 3600
        print(f"{workers:>8} {read_h:>7.1f}h {write_h:>7.1f}h {read_h + write_h:>7.1f}h")
    print(f"(the writer holds a batch between its phases: 1M articles at {held_kb:.0f} KB would need "
          f"{held_kb * MILLION / 1e6:.0f} GB; ingest them in batches that fit)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
