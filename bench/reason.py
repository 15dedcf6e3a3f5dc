"""OWL 2 RL inference on synthetic graphs: kg's fast engine against owlrl, in one run.

    .venv/bin/python bench/reason.py                        # 1k, 10k and 100k agreements
    .venv/bin/python bench/reason.py --sizes 1000 --cap 300
    .venv/bin/python bench/reason.py --data /tmp/kg-bench   # keep the stores for the next run

For each size a deterministic synthetic store is built (kg.synthetic, the
same mapping as real ingest). Then, each in its own child process pinned
to one CPU core (so peak memory is that engine's alone):

* fast   kg's engine: read the triples the rules use from the store,
         derive to fixpoint, serialise the inferred triples (no store write)
* owlrl  the reference: dump the asserted graph, rdflib + owlrl closure,
         cut down to kg's definition of "inferred"; capped at --cap seconds,
         and not run on larger sizes once it missed the cap
* write  ``kg infer`` end to end: the fast engine plus writing the inferred
         graph into the on-disk store (Oxigraph's bulk loader)

Where kg infer's time goes at 100k agreements (CPU seconds, one core,
measured piece by piece on the synthetic store, Nov 2026): Oxigraph
decoding the 4.7M rows the rules read into TSV ~31 (about 3.5 us per IRI,
a RocksDB lookup each; a COUNT of the same rows takes 0.2), parsing them in
Python ~8, the rules ~9, lines out ~4, the bulk load of the 4.5M inferred
triples into their named graph ~51 (six indexes; about 9 us a triple even
into an empty store, mostly sorting and allocating keys inside Oxigraph),
and the compaction after it ~22. A SPARQL INSERT of the same triples costs
about 24 us each, and Store.load about 23: the bulk loader is the fastest
way in that pyoxigraph offers.

Both engines' triples are compared line by line; the table says whether
they agree. Seconds are wall-clock, memory is the child's peak RSS.
Targets (issue 4): fast >= 50x owlrl at 1k with the same triples; 100k
agreements within 60 s on one core under 4 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _child(engine: str, store_path: str, out: str) -> None:
    """Run one engine; print a JSON line of its figures."""
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    except (AttributeError, OSError):
        pass
    from kg.reason.inference import InferenceReport, derived_lines, infer
    from kg.store import Store

    started = time.perf_counter()
    if engine == "write":
        with Store(store_path) as store:
            report = infer(store)
        count = report.inferred
        phases = report.seconds
    else:
        report = InferenceReport(engine)
        with Store(store_path, read_only=True) as store, open(out, "w", encoding="utf-8") as stream:
            count = 0
            for line in derived_lines(store, engine, report):
                stream.write(line)
                count += 1
        phases = report.seconds
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak_mb,
                      "count": count, "asserted": report.asserted,
                      "phases": {k: round(v, 2) for k, v in phases.items()}}))


def run_child(engine: str, store: Path, out: Path, cap: float | None) -> dict | None:
    """Figures of one engine run, or None when it missed the cap."""
    command = [sys.executable, __file__, "--child", engine, str(store), str(out)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=cap, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"bench/reason.py: the {engine} run failed:\n{exc.stderr}") from None
    return json.loads(done.stdout.strip().splitlines()[-1])


def build(size: int, folder: Path) -> tuple[Path, int, float]:
    """A synthetic store of ``size`` agreements (reused when already built)."""
    from kg.store import Store
    from kg.synthetic import load_synthetic

    path = folder / f"synthetic-{size}"
    marker = path / "bench-quads"
    if marker.exists():
        return path, int(marker.read_text()), 0.0
    shutil.rmtree(path, ignore_errors=True)
    started = time.perf_counter()
    with Store(path) as store:
        quads = load_synthetic(store, size)
    marker.write_text(str(quads))
    return path, quads, time.perf_counter() - started


def same_lines(a: Path, b: Path) -> bool:
    with open(a, encoding="utf-8") as fa, open(b, encoding="utf-8") as fb:
        return set(fa) == set(fb)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--cap", type=float, default=300.0, help="seconds owlrl may take per size (default 300)")
    parser.add_argument("--data", type=Path, help="folder to build (and keep) the synthetic stores in")
    parser.add_argument("--child", nargs=3, metavar=("ENGINE", "STORE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0

    folder = args.data or Path(tempfile.mkdtemp(prefix="kg-bench-reason-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"# bench/reason.py  cores pinned: 1 per engine run  data: {folder}", flush=True)
    header = (f"{'agreements':>10} {'triples':>10} {'inferred':>10} {'fast s':>8} {'fast cpu':>8} {'fast MB':>8} "
              f"{'owlrl s':>9} {'owlrl MB':>9} {'ratio':>7} {'agree':>6} {'kg infer s':>11} {'infer cpu s':>11} {'write MB':>9}")
    print(header)
    owlrl_ok = True
    rows = []
    try:
        for size in args.sizes:
            store, quads, built = build(size, folder)
            if built:
                print(f"# built {size:,} agreements ({quads:,} quads) in {built:.0f} s", file=sys.stderr, flush=True)
            fast = run_child("fast", store, folder / f"fast-{size}.ttl", None)
            attempted = owlrl_ok
            owl = run_child("owlrl", store, folder / f"owlrl-{size}.ttl", args.cap) if attempted else None
            owlrl_ok = owl is not None
            write_copy = folder / f"write-{size}"
            shutil.rmtree(write_copy, ignore_errors=True)
            shutil.copytree(store, write_copy)
            write = run_child("write", write_copy, folder / "unused", None)
            shutil.rmtree(write_copy, ignore_errors=True)
            agree = same_lines(folder / f"fast-{size}.ttl", folder / f"owlrl-{size}.ttl") if owl else None
            ratio = f"{owl['seconds'] / fast['seconds']:.0f}x" if owl else "-"
            owl_s = f"{owl['seconds']:.1f}" if owl else f">{args.cap:.0f}" if attempted else "not run"
            row = (f"{size:>10,} {fast['asserted']:>10,} {fast['count']:>10,} {fast['seconds']:>8.1f} "
                   f"{fast['cpu']:>8.1f} {fast['peak_mb']:>8.0f} {owl_s:>9} {(owl['peak_mb'] if owl else 0):>9.0f} {ratio:>7} "
                   f"{'yes' if agree else 'NO' if agree is False else '-':>6} {write['seconds']:>11.1f} "
                   f"{write['cpu']:>11.1f} {write['peak_mb']:>9.0f}")
            print(row, flush=True)
            print(f"#   fast phases {fast['phases']}; kg infer phases {write['phases']}"
                  + (f"; owlrl phases {owl['phases']}" if owl else ""), flush=True)
            if size >= 100_000:
                verdict = "PASS" if write["seconds"] < 60 and write["peak_mb"] < 4096 else "FAIL"
                print(f"#   kg infer at {size:,}: {write['seconds']:.1f} s wall, {write['cpu']:.1f} s CPU, "
                      f"{write['peak_mb']:.0f} MB peak; target < 60 s on one core, < 4 GB: {verdict}"
                      f" (load average {os.getloadavg()[0]:.1f})", flush=True)
            rows.append((size, fast, owl, agree))
    finally:
        if not args.data:
            shutil.rmtree(folder, ignore_errors=True)
    print("# triples: asserted triples the fast engine read (those whose property or class an axiom mentions);"
          " owlrl read the whole asserted graph")
    return 0 if all(agree is not False for *_, agree in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
