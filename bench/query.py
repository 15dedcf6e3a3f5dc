"""Every named query, timed on a synthetic graph in the embedded store and
in rdflib's own SPARQL engine over the same triples, in one run.

    .venv/bin/python bench/query.py                 # 100k agreements (slow: rdflib loads ~7M triples)
    .venv/bin/python bench/query.py --agreements 10000 --runs 5

Prints one line per query: the embedded store's median, rdflib's median
(each rdflib run capped at --cap seconds, run in a forked child so it can
be stopped), and their ratio. Parameters get real values from the graph
(the busiest organization, its top partner, the busiest signatory, ...).
Target: every named query under 1 s median in the embedded store.

The embedded store is timed as ``kg query`` runs a query (parameters bound
by VALUES, a final ORDER BY sorted in Python, every row decoded). A fresh
synthetic store is inferred over, as ``kg ingest`` leaves it. The floor
column is what reading the answer's terms alone costs (rows x columns x
the cost of one term, measured on a one-pattern listing in the same run):
a listing of 200k rows cannot be faster than its floor.

``--in-memory`` times the same queries on a copy of the store in
pyoxigraph's in-memory store, to tell the on-disk dictionary's share of a
query's time from the evaluation's. ``--page N`` times the first N rows
of each query in the store's order (its final ORDER BY dropped), to tell
what paging the listings would gain.
"""
from __future__ import annotations

import argparse
import multiprocessing
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.ordering import split_order  # noqa: E402
from kg.params import bind, query_bound  # noqa: E402
from kg.reason.inference import infer  # noqa: E402
from kg.queries import named_queries  # noqa: E402
from kg.store import Store  # noqa: E402
from kg.synthetic import load_synthetic  # noqa: E402
from kg.vocab import PREFIXES  # noqa: E402


def parameter_values(store: Store) -> dict[str, str]:
    """Values for every parameter a shipped query takes, found in the graph."""
    def first(sparql: str) -> dict:
        return next(iter(store.query(sparql)))

    org = first("SELECT ?org (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a agr:party ?org } GROUP BY ?org ORDER BY DESC(?n) LIMIT 1")["org"]
    other = first("SELECT ?o WHERE { ?a agr:party ?org , ?o FILTER(?o != ?org) } LIMIT 1".replace("?org", f"<{org.value}>"))["o"]
    person = first("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s agr:signer ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1")["p"]
    field = first("SELECT ?f WHERE { ?f a agr:CooperationField } LIMIT 1")["f"]
    return {"org": org.value, "other": other.value, "organization": org.value, "person": person.value,
            "about": org.value, "field": field.value, "title": "Governor", "date": "2020-01-01"}


class InMemoryCopy(Store):
    """The store's default and inferred graphs copied into pyoxigraph's
    in-memory store (``--in-memory``): tells how much of a query's time
    is the on-disk dictionary and how much is Oxigraph's evaluation."""

    def __init__(self, folder: Path):
        import pyoxigraph as ox

        super().__init__(folder, read_only=True)
        disk, self._memory = super().db, ox.Store()
        for graph in self.dataset():
            with tempfile.NamedTemporaryFile(suffix=".nt") as dump:
                disk.dump(dump, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
                dump.flush()
                self._memory.bulk_load(path=dump.name, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)

    @property
    def db(self):
        return self._memory


_MEMORY: InMemoryCopy | None = None  # set by --in-memory before the timing children fork


def _embedded_child(conn, folder: str, text: str, bindings: dict, runs: int) -> None:
    """Times the query as ``kg query`` runs it: parameters bound by VALUES,
    a final ORDER BY sorted in Python (kg.graph.select_rows), every row
    decoded into Python terms."""
    import pyoxigraph as ox

    from kg.graph import select_rows

    store = _MEMORY if _MEMORY is not None else Store(folder, read_only=True)
    terms = {k: (ox.NamedNode(v) if v.startswith("http") else ox.Literal(v)) for k, v in bindings.items()}
    times, count, columns = [], 0, 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = select_rows(store, text, substitutions=terms)
        times.append(time.perf_counter() - started)
        count, columns = len(rows), len(rows.variables)
    conn.send((statistics.median(times), count, columns))


def first_page(text: str, rows: int) -> str:
    """The query cut to its first ``rows`` rows in the store's order: a
    final ORDER BY of plain variables is dropped (kg sorts those after the
    store has answered, so a page of them would need every row first)."""
    split = split_order(text)
    if split is not None:
        text = split[0]
    if re.search(r"\bLIMIT\s+\d+\s*$", text, re.IGNORECASE):
        return text  # already cut by the query itself
    return f"{text.rstrip()}\nLIMIT {rows}"


def time_embedded(folder: Path, text: str, bindings: dict, runs: int, cap: float) -> tuple:
    """Median seconds in the embedded store, rows and columns, in a child
    process stopped after ``cap`` seconds in all (Nones then)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_embedded_child, args=(child, str(folder), text, bindings, runs))
    process.start()
    if parent.poll(cap):
        result = parent.recv()
        process.join()
        return result
    process.kill()
    process.join()
    return None, None, None


def seconds_per_term(store: Store) -> float:
    """What reading one term of a result row costs in this store: the
    baseline for listings, whose time is mostly decoding their terms.
    Measured on the plainest listing, one triple pattern (median of 3)."""
    from kg.graph import select_rows

    times, terms = [], 1
    for _ in range(3):
        started = time.perf_counter()
        rows = select_rows(store, "SELECT ?agreement ?party WHERE { ?agreement agr:party ?party }")
        times.append(time.perf_counter() - started)
        terms = max(1, len(rows) * 2)
    return statistics.median(times) / terms


# ------------------------------------------------------------ rdflib

_GRAPH = None


def rdflib_graph(store: Store):
    """The union of the article graphs as one rdflib Graph (distinct
    triples: what the embedded store's union default graph holds)."""
    import pyoxigraph as ox
    import rdflib

    def term(t):
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))

    graph = rdflib.Graph()
    for triple in store.triples():
        graph.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return graph


def _rdflib_child(conn, text: str, bindings: dict) -> None:
    import rdflib

    init = {k: (rdflib.URIRef(v) if v.startswith("http") else rdflib.Literal(v)) for k, v in bindings.items()}
    started = time.perf_counter()
    try:
        rows = len(list(_GRAPH.query(text, initNs=PREFIXES, initBindings=init)))
    except Exception as exc:  # rdflib cannot evaluate every query: say so, do not time it
        conn.send((None, f"{type(exc).__name__}"))
        return
    conn.send((time.perf_counter() - started, rows))


def time_rdflib(text: str, bindings: dict, runs: int, cap: float) -> tuple[float | None, int | None]:
    context = multiprocessing.get_context("fork")
    times, rows = [], None
    for _ in range(runs):
        parent, child = context.Pipe()
        process = context.Process(target=_rdflib_child, args=(child, text, bindings))
        process.start()
        if parent.poll(cap):
            elapsed, rows = parent.recv()
            process.join()
            if elapsed is None:
                return None, rows  # rows holds rdflib's error
            times.append(elapsed)
        else:
            process.kill()
            process.join()
            return None, None
    return statistics.median(times), rows


def main() -> int:
    global _GRAPH, _MEMORY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="embedded runs per query (median)")
    parser.add_argument("--rdflib-runs", type=int, default=1, help="rdflib runs per query (median)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per run before a query is stopped (both engines)")
    parser.add_argument("--no-rdflib", action="store_true", help="time the embedded store only")
    parser.add_argument("--store", type=Path, help="reuse (or build) the synthetic store here")
    parser.add_argument("--in-memory", action="store_true",
                        help="time the embedded engine on an in-memory copy of the store instead of on disk")
    parser.add_argument("--page", type=int, metavar="N",
                        help="time only each query's first N rows, in the store's order (what paging would cost)")
    args = parser.parse_args()

    folder = args.store or Path(tempfile.mkdtemp(prefix="kg-bench-query-")) / "store"
    fresh = not (folder / "oxigraph").exists()
    store = Store(folder)
    if fresh:
        started = time.perf_counter()
        quads = load_synthetic(store, args.agreements)
        print(f"loaded {args.agreements:,} agreements ({quads:,} quads) in {time.perf_counter() - started:.1f} s",
              flush=True)
        started = time.perf_counter()
        report = infer(store)  # as kg ingest does: partners and members read inferred facts
        print(f"inferred: {report.summary()} in {time.perf_counter() - started:.1f} s", flush=True)
    store.close()
    store = Store(folder, read_only=True)  # the timing children open it read-only too
    values = parameter_values(store)
    queries = named_queries()

    def lookup(text, subs):
        return list(query_bound(store, text, subs))

    if not args.no_rdflib:
        started = time.perf_counter()
        _GRAPH = rdflib_graph(store)
        print(f"rdflib graph: {len(_GRAPH):,} triples in {time.perf_counter() - started:.1f} s", flush=True)

    if args.in_memory:
        started = time.perf_counter()
        _MEMORY = store = InMemoryCopy(folder)
        print(f"in-memory copy: {len(store.db):,} quads in {time.perf_counter() - started:.1f} s", flush=True)

    per_term = seconds_per_term(store)
    print(f"reading a result term costs {per_term * 1e6:.2f} µs here (floor = rows x columns x that)", flush=True)
    print(f"\n{'query':24} {'rows':>7} {'embedded s':>11} {'floor s':>8} {'x floor':>8} {'rdflib s':>10} {'rdflib/embedded':>16}")
    slow = []
    for name, query in queries.items():
        params = {p: values[p] for p in query.parameters if p in values}
        bindings = bind(query, params, lookup)
        plain = {k: v.value for k, v in bindings.items()}
        text = first_page(query.text, args.page) if args.page else query.text
        embedded, rows, columns = time_embedded(folder, text, plain, args.runs, args.cap * args.runs)
        if embedded is None:
            print(f"{name:24} {'-':>7} {'>' + format(args.cap, 'g'):>11} {'-':>8} {'-':>8} {'-':>10} {'-':>16}", flush=True)
            slow.append(name)
            continue
        if embedded >= 1.0:
            slow.append(name)
        if args.no_rdflib:
            other, ratio = "-", "-"
        else:
            seconds, detail = time_rdflib(text, plain, args.rdflib_runs, args.cap)
            if isinstance(detail, str):
                other, ratio = "error", detail
            else:
                other = f"{seconds:.3f}" if seconds is not None else f">{args.cap:g}"
                ratio = f"{seconds / embedded:.1f}x" if seconds is not None else f">{args.cap / embedded:.0f}x"
        floor = rows * columns * per_term
        times_floor = f"{embedded / floor:.1f}x" if floor >= 0.05 else "-"  # only listings have a floor worth the name
        print(f"{name:24} {rows:>7} {embedded:>11.3f} {floor:>8.2f} {times_floor:>8} {other:>10} {ratio:>16}", flush=True)
    if args.page or args.in_memory:
        measured = " and ".join(([f"the first {args.page} rows only"] if args.page else [])
                                + (["an in-memory copy"] if args.in_memory else []))
        print(f"\nover 1 s median ({measured}, not the target's measure): {', '.join(slow) or 'none'}")
    else:
        print(f"\ntarget (every named query under 1 s median, embedded): "
              f"{'met' if not slow else 'missed by ' + ', '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
