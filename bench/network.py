"""How fast kg's network analysis is on a synthetic graph of N agreements.

A synthetic store (kg.synthetic, mapped by the same code as real ingest) is
built once, then a fresh child process (so the store's loading does not
count toward its memory) times each stage and reports the process's peak
resident memory after it:

    rows        baseline: one plain SPARQL SELECT of every (agreement, party)
                pair, read into Python: the least any SPARQL-built
                projection must do
    projection  kg.network.organization_graph: agreements, fields, parties,
                names and classes read and turned into a weighted networkx graph
    pagerank    nx.pagerank (scipy) on the projection
    louvain     Louvain communities (networkx), seed 0
    betweenness betweenness centrality as kg computes it by default: exact on
                small graphs, else sampled (kg.network.measures.betweenness_sample);
                --sample N forces N sources
    growth      year-by-year growth table
    drawing     PNG of the whole projection (two-level layout), only with --draw

Each stage's time is also given as a ratio to the baseline measured in the
same run, with the CPU seconds the process spent in it (on a shared machine
wall seconds grow with the load; CPU seconds barely do). The target (issue
14): projection, PageRank, Louvain and betweenness under 30 s in all at 100k
agreements; the last line says whether this run met it. Peak RSS is the
process's high-water mark (it includes the store's own caches); "RSS after" is the resident memory once the stage is done.
Timings on a shared machine are noisy; run twice to see the spread.

Usage: python bench/network.py [--agreements 100000] [--store DIR] [--sample N] [--draw]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _peak_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    """Resident memory now (Linux), to tell the graph's share from the store's."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return float("nan")
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def _cpu_seconds() -> float:
    """CPU time (user and system) of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


TARGET_SECONDS = 30.0
TARGET_STAGES = ("projection", "pagerank", "louvain", "betweenness")


def _load() -> str:
    """The 1-minute load average (how shared the cores were)."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def build_store(path: Path, agreements: int) -> None:
    from kg.store import Store
    from kg.synthetic import load_synthetic

    marker = path / f"synthetic-{agreements}.done"
    if marker.exists():
        print(f"store: reusing {path} ({agreements:,} agreements)", file=sys.stderr)
        return
    started = time.perf_counter()
    with Store(path) as store:
        quads = load_synthetic(store, agreements)
    marker.write_text(str(quads))
    print(f"store: {agreements:,} agreements, {quads:,} quads loaded in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)


def stages(store_path: Path, sample: int, draw: bool) -> list[dict]:
    """Run in the child process: every stage, timed, with peak memory after it."""
    import kg.network as kn
    from kg.network.sources import StoreSource
    from kg.store import Store
    from kg.vocab import sparql_prologue

    store = Store(store_path, read_only=True)
    results = []

    def timed(name: str, run):
        started, cpu = time.perf_counter(), _cpu_seconds()
        value = run()
        results.append({"stage": name, "seconds": time.perf_counter() - started, "cpu": _cpu_seconds() - cpu,
                        "peak_mb": _peak_mb(), "rss_mb": _rss_mb()})
        return value

    source = StoreSource(store)
    pairs = timed("rows", lambda: source(sparql_prologue() + "SELECT ?agreement ?org WHERE { ?agreement agr:party ?org }"))
    results[-1]["detail"] = f"{len(pairs):,} rows"
    del pairs
    G = timed("projection", lambda: kn.organization_graph(source))
    results[-1]["detail"] = f"{G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges"
    timed("pagerank", lambda: kn.measure(G, "pagerank"))
    found = timed("louvain", lambda: kn.communities(G, seed=0, annotate=True))
    results[-1]["detail"] = f"{len(found):,} communities"
    k = sample or kn.measures.betweenness_sample(G)
    timed("betweenness", lambda: kn.measure(G, "betweenness", sample=k, seed=0))
    results[-1]["detail"] = f"sampled, {k} sources" if k else "exact"
    years = timed("growth", lambda: kn.growth(G))
    results[-1]["detail"] = f"{len(years)} years"
    if draw:
        out = Path(tempfile.mkdtemp(prefix="kg-bench-draw-")) / "network.png"
        timed("drawing", lambda: kn.draw(G, out))
        results[-1]["detail"] = str(out)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=100_000, help="synthetic agreements (default 100000)")
    parser.add_argument("--store", type=Path, help="store folder to build or reuse (default: a temporary folder)")
    parser.add_argument("--sample", type=int, default=0, help="betweenness sources (default: kg's own choice)")
    parser.add_argument("--draw", action="store_true", help="also time a PNG drawing of the whole projection")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    store = args.store or Path(tempfile.mkdtemp(prefix="kg-bench-network-")) / "store"
    if args.child:
        print(json.dumps(stages(store, args.sample, args.draw)))
        return 0
    build_store(store, args.agreements)
    load_before = _load()
    command = [sys.executable, __file__, "--child", "--store", str(store), "--sample", str(args.sample)]
    if args.draw:
        command.append("--draw")
    child = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return child.returncode
    results = json.loads(child.stdout.strip().splitlines()[-1])
    baseline = results[0]["seconds"]
    print(f"kg network on {args.agreements:,} synthetic agreements (baseline: plain SELECT of party rows)")
    print(f"{'stage':<12} {'seconds':>9} {'cpu s':>7} {'x baseline':>11} {'peak RSS MB':>12} {'RSS after MB':>13}  detail")
    for row in results:
        print(f"{row['stage']:<12} {row['seconds']:>9.2f} {row['cpu']:>7.2f} {row['seconds'] / baseline:>11.1f} "
              f"{row['peak_mb']:>12.0f} {row['rss_mb']:>13.0f}  {row.get('detail', '')}")
    analysis = sum(r["seconds"] for r in results[1:] if r["stage"] != "drawing")
    analysis_cpu = sum(r["cpu"] for r in results[1:] if r["stage"] != "drawing")
    print(f"{'total':<12} {analysis:>9.2f} {analysis_cpu:>7.2f} {analysis / baseline:>11.1f}  (projection through growth)")
    target = [r for r in results if r["stage"] in TARGET_STAGES]
    wall, cpu = sum(r["seconds"] for r in target), sum(r["cpu"] for r in target)
    verdict = "PASS" if wall < TARGET_SECONDS else "FAIL"
    print(f"{'+'.join(TARGET_STAGES)}: {wall:.1f} s wall, {cpu:.1f} s CPU, {wall / baseline:.1f}x the rows "
          f"baseline; target < {TARGET_SECONDS:.0f} s: {verdict}"
          + ("" if verdict == "PASS" or cpu >= TARGET_SECONDS else " (CPU within it: the machine is loaded)"))
    print(f"# load average before/after: {load_before} / {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
