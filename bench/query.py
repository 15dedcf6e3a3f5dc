"""Every named query at scale, timed in the embedded store and in Virtuoso
side by side, in one run, against the targets of issue 14.

    .venv/bin/python bench/query.py                        # 100k agreements (slow: builds and loads ~16M quads)
    .venv/bin/python bench/query.py --agreements 10000 --runs 3
    .venv/bin/python bench/query.py --store /tmp/kg-100k   # keep (or reuse) the synthetic store

A fresh synthetic store (kg.synthetic) is inferred over as ``kg ingest``
leaves it, then the answers kg keeps (kg.listings.KEPT) are derived, as
the first reader of each would after an inference; the seconds each step
took are printed. The same triples (the union of the article graphs and the
inferred graph) are bulk-loaded into a Virtuoso 7 started for the run
(tests/virtuoso.py, ``ld_dir`` + ``rdf_loader_run()``). Parameters get
real values from the graph (the busiest organization, its top partner,
the busiest signatory, ...).

Each named query is one of three kinds, and each kind has its targets:

* parameterised (it takes ``# param``s) and aggregate (every other query
  that is not a listing): median of ``--runs`` runs under 1 s;
* listing (:data:`kg.listings.LISTINGS`): its first 1,000 rows under 1 s
  (median), and all its rows within 2x its floor, the time decoding that
  many rows' terms costs in that engine (rows x columns x the cost of one
  term, measured on a one-pattern listing in the same run).

The embedded store is timed as ``kg query`` runs a query
(:func:`kg.graph.stream_named`: a kept listing read a block at a time,
anything else evaluated with parameters bound by VALUES and a final ORDER
BY sorted in Python), every row decoded into RDF terms. Virtuoso is timed
over the SPARQL protocol, every row of its JSON answer decoded into RDF
terms by pyoxigraph; a first page is the query with ``LIMIT 1000`` (its
ORDER BY kept, so Virtuoso sorts). Virtuoso is then also kg's store
(:class:`kg.store_remote.RemoteStore` on the same server): each listing's
rows are kept on it (:mod:`kg.listings_remote`, the seconds each
derivation took are printed) and its first page is read as ``kg query
--store URL NAME --limit 1000`` reads it (the column "kept s"). The table
prints pass or FAIL per target and engine (for listings' first pages on
Virtuoso, of the kept rows). ``--first-pages`` times the listings' first
pages only.

Older measures, still here: ``--rdflib`` adds rdflib's own engine over the
same triples; ``--in-memory`` times the embedded engine on an in-memory
copy of the store; ``--page N`` times the first N rows of each query as the
store evaluates it (its final ORDER BY dropped), without the kept listings.
"""
from __future__ import annotations

import argparse
import multiprocessing
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the throw-away Virtuoso of the tests

from kg.graph import stream_named  # noqa: E402
from kg.listings import FILTERED, KEPT, LISTINGS, derive_listings, keep_listings_ready  # noqa: E402
from kg.ordering import split_order  # noqa: E402
from kg.params import bind, insert_values, query_bound  # noqa: E402
from kg.queries import NamedQuery, named_queries  # noqa: E402
from kg.reason.inference import infer  # noqa: E402
from kg.store import Store  # noqa: E402
from kg.synthetic import load_synthetic  # noqa: E402
from kg.vocab import PREFIXES  # noqa: E402

PAGE = 1000  # rows of a listing's first page
TARGET = 1.0  # seconds: parameterised and aggregate queries, and a listing's first page
FLOOR_TIMES = 2.0  # a whole listing within this many times its floor


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


def kind_of(query: NamedQuery) -> str:
    if query.name in LISTINGS:
        return "listing"
    return "parameterised" if query.parameters else "aggregate"


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


# ------------------------------------------------------------ embedded


def _embedded_child(conn, folder: str, name: str, text: str | None, params: dict, runs: int,
                    limit: int | None) -> None:
    """Times the query as ``kg query`` runs it (kg.graph.stream_named),
    every row decoded into RDF terms; ``text`` (for --page) instead runs
    that text as kg.graph.select_rows would."""
    import pyoxigraph as ox

    from kg.graph import select_rows, stream_named
    from kg.terms import IRI as TermIRI

    store = _MEMORY if _MEMORY is not None else Store(folder, read_only=True)
    values = {k: (TermIRI(v) if v.startswith("http") else v) for k, v in params.items()}
    times, count, columns = [], 0, 0
    for _ in range(runs):
        started = time.perf_counter()
        if text is not None:
            terms = {k: (ox.NamedNode(v) if v.startswith("http") else ox.Literal(v)) for k, v in params.items()}
            rows = select_rows(store, text, substitutions=terms)
            count, columns = len(rows.rows), len(rows.variables)
        else:
            stream = stream_named(store, name, values, limit=limit)
            count, columns = sum(1 for _ in stream.terms()), len(stream.variables)
        times.append(time.perf_counter() - started)
    conn.send((statistics.median(times), count, columns, times[0]))


def time_embedded(folder: Path, name: str, params: dict, runs: int, cap: float, *, limit: int | None = None,
                  text: str | None = None) -> tuple:
    """Median seconds in the embedded store, rows and columns, in a child
    process stopped after ``cap`` seconds in all (Nones then)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_embedded_child, args=(child, str(folder), name, text, params, runs, limit))
    process.start()
    if parent.poll(cap):
        *result, first = parent.recv()
        process.join()
        FIRST[name if text is None else ""] = first
        return tuple(result)
    process.kill()
    process.join()
    return None, None, None


FIRST: dict[str, float] = {}  # the first of the runs just timed, by query: what its first reader paid


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


# ------------------------------------------------------------ Virtuoso

_BENCH_GRAPH = "urn:kg:bench"


class VirtuosoSide:
    """A Virtuoso 7 holding the store's triples, queried over the SPARQL
    protocol with every row decoded into RDF terms."""

    def __init__(self, store: Store, folder: Path, memory_mb: int):
        import pyoxigraph as ox

        self.folder, self.memory_mb = folder, memory_mb
        started = time.perf_counter()
        reused = (folder / "virtuoso.db").exists()
        self.server = self._start()
        if reused:  # --virtuoso-db: the triples an earlier run loaded
            self.dumped = self.loaded = 0.0
            self.triples = int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1][0][0].value)
            return
        dumps = folder / "load"
        dumps.mkdir(exist_ok=True)
        # the union of the article graphs and the inferred graph, each
        # triple once, as the embedded store's default dataset holds them
        for index, graph in enumerate(store.dataset()):
            with open(dumps / f"part-{index}.nt", "wb") as out:
                store.db.dump(out, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        self.dumped = time.perf_counter() - started
        started = time.perf_counter()
        self.server.sql(f"ld_dir('{dumps}', '*.nt', '{_BENCH_GRAPH}'); rdf_loader_run(); checkpoint;")
        self.loaded = time.perf_counter() - started
        self.triples = int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1][0][0].value)

    def _start(self):
        """Virtuoso on the folder's database, its address space capped: a
        query whose plan blows up (``articles`` took 21 GB once) then fails
        in Virtuoso alone instead of making the machine kill processes."""
        import resource

        from virtuoso import VirtuosoServer

        class Restarted(VirtuosoServer):
            """On a database that exists, the grants it holds are not an error."""

            def sql(self, statements: str) -> str:
                try:
                    return super().sql(statements)
                except RuntimeError as exc:
                    if "already have role" in str(exc):
                        return ""
                    raise

        server = Restarted(self.folder, memory_mb=self.memory_mb)
        cap = (2 * self.memory_mb + 4096) * 1024 * 1024
        resource.prlimit(server.process.pid, resource.RLIMIT_AS, (cap, cap))
        return server

    def _revive(self) -> bool:
        """Start Virtuoso again on its database if a query ended it; True if it had to."""
        if self.server.process.poll() is None:
            return False
        self.server.stop()
        self.server = self._start()
        return True

    def select(self, sparql: str, timeout: float = 600.0) -> tuple[list[str], list[list]]:
        """A SELECT's variables and rows (RDF terms), over HTTP."""
        import pyoxigraph as ox

        body = urllib.parse.urlencode({"query": _with_prefixes(sparql)}).encode()
        request = urllib.request.Request(self.server.sparql, data=body, method="POST", headers={
            "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = response.read()
        solutions = ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
        return [v.value for v in solutions.variables], [list(s) for s in solutions]

    def time(self, sparql: str, runs: int, cap: float) -> tuple:
        """Median seconds, rows and columns; (None, error, None) when
        Virtuoso refuses the query or takes longer than ``cap``."""
        times, count, columns = [], 0, 0
        for _ in range(runs):
            started = time.perf_counter()
            try:
                variables, rows = self.select(sparql, timeout=cap)
            except Exception as exc:  # an answer that is an error, or none in time: say which, do not time it
                if self._revive():
                    return None, "Virtuoso ended (out of memory?); restarted", None
                return None, _why(exc), None
            times.append(time.perf_counter() - started)
            count, columns = len(rows), len(variables)
        return statistics.median(times), count, columns

    def seconds_per_term(self) -> float:
        times, terms = [], 1
        for _ in range(3):
            started = time.perf_counter()
            _, rows = self.select("SELECT ?agreement ?party WHERE { ?agreement agr:party ?party }")
            times.append(time.perf_counter() - started)
            terms = max(1, len(rows) * 2)
        return statistics.median(times) / terms

    def kg_store(self):
        """The same server as kg's store (``--store URL``), its kept rows
        started afresh: a new epoch, so rows an earlier run kept are not read."""
        from kg.store_remote import RemoteStore

        store = RemoteStore(self.server.sparql, update=self.server.sparql, graph_store=self.server.graph_store,
                            timeout=600.0)
        store.inference_paid()
        return store

    def stop(self) -> None:
        self.server.stop()


def time_kept(store, name: str, runs: int) -> tuple[float, int]:
    """Median seconds to read a listing's first page from the rows kept
    on the server, as ``kg query --store URL NAME --limit 1000`` does
    (every term decoded); and the rows read."""
    times, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = list(stream_named(store, name, {}, limit=PAGE).terms())
        times.append(time.perf_counter() - started)
        count = len(rows)
    return statistics.median(times), count


def _why(exc: Exception) -> str:
    text = exc.read().decode("utf-8", "replace") if hasattr(exc, "read") else str(exc)
    return " ".join(text.split())[:60] or type(exc).__name__


def _with_prefixes(sparql: str) -> str:
    """kg's predeclared prefixes written out for another engine."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", sparql, flags=re.IGNORECASE)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join(missing + [sparql])


def virtuoso_text(query: NamedQuery, bindings: dict, limit: int | None = None) -> str:
    text = insert_values(query.text, bindings) if bindings else query.text
    return f"{text.rstrip()}\nLIMIT {limit}" if limit is not None else text


# ------------------------------------------------------------ rdflib (--rdflib)

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


def time_rdflib(text: str, bindings: dict, cap: float) -> tuple[float | None, int | str | None]:
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_rdflib_child, args=(child, text, bindings))
    process.start()
    if parent.poll(cap):
        elapsed, rows = parent.recv()
        process.join()
        return elapsed, rows
    process.kill()
    process.join()
    return None, None


# ------------------------------------------------------------ the run


def build(folder: Path, agreements: int) -> None:
    """A synthetic store as ``kg ingest`` leaves it: inferred, listings kept."""
    store = Store(folder)
    if not (folder / "kg.json").exists() or not any(store.db.quads_for_pattern(None, None, None, None)):
        started = time.perf_counter()
        quads = load_synthetic(store, agreements)
        print(f"loaded {agreements:,} agreements ({quads:,} quads) in {time.perf_counter() - started:.1f} s",
              flush=True)
    if store.inference_owed() is not None or not any(
            store.match(graph=store.minter.inferred_graph())):
        started = time.perf_counter()
        report = infer(store)  # as kg ingest does: partners and members read inferred facts
        print(f"inferred: {report.summary()} in {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    keep_listings_ready(store)  # what kg infer does after inference: nothing is derived now
    after_inference = time.perf_counter() - started
    print(f"after inference, listings cost kg infer {after_inference:.2f} s: each is derived by its first reader",
          flush=True)
    derived, seconds = {}, {}
    # what those first readers pay, once per inference: paid here, before the
    # timings; a FILTERED query is left to keep each value's rows as first read
    for name in (n for n in KEPT if n not in FILTERED):
        started = time.perf_counter()
        derived.update(derive_listings(store, (name,)))
        seconds[name] = time.perf_counter() - started
    if derived:
        print(f"derived {len(derived)} kept answers ({sum(derived.values()):,} rows) in {sum(seconds.values()):.1f} s "
              f"(what deriving them all at every inference cost): "
              + ", ".join(f"{name} {seconds[name]:.1f} s" for name in derived), flush=True)
    store.close()


def verdict(seconds: float | None, limit: float) -> str:
    return "-" if seconds is None else ("pass" if seconds <= limit else "FAIL")


def main() -> int:
    global _GRAPH, _MEMORY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=100_000, help="size of the synthetic graph (default 100000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--listing-runs", type=int, default=3, help="runs of each whole listing (median)")
    parser.add_argument("--cap", type=float, default=120.0, help="seconds per run before a query is stopped")
    parser.add_argument("--store", type=Path, help="reuse (or build) the synthetic store here")
    parser.add_argument("--no-virtuoso", action="store_true", help="time the embedded store only")
    parser.add_argument("--virtuoso-memory", type=int, default=2048, metavar="MB",
                        help="Virtuoso's page buffers (default 2048 MB; its address space is capped at 2x that + 4 GB)")
    parser.add_argument("--virtuoso-db", type=Path, metavar="DIR",
                        help="Virtuoso's folder: loaded by this run when new, reused as it is when it holds a database")
    parser.add_argument("--first-pages", action="store_true", help="time only the listings' first pages")
    parser.add_argument("--rdflib", action="store_true", help="also time rdflib's engine (slow: loads every triple)")
    parser.add_argument("--in-memory", action="store_true",
                        help="time the embedded engine on an in-memory copy of the store instead of on disk")
    parser.add_argument("--page", type=int, metavar="N",
                        help="time only each query's first N rows, in the store's order (what paging would cost)")
    args = parser.parse_args()

    folder = args.store or Path(tempfile.mkdtemp(prefix="kg-bench-query-")) / "store"
    build(folder, args.agreements)
    store = Store(folder, read_only=True)  # the timing children open it read-only too
    values = parameter_values(store)
    queries = named_queries()
    load = open("/proc/loadavg").read().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
    print(f"load average {' '.join(load)}", flush=True)

    def lookup(text, subs):
        return list(query_bound(store, text, subs))

    if args.page or args.in_memory or args.rdflib:
        return older_measures(args, folder, store, queries, values, lookup)

    virtuoso = None
    if not args.no_virtuoso:
        where = args.virtuoso_db or Path(tempfile.mkdtemp(prefix="kg-bench-virtuoso-"))
        virtuoso = VirtuosoSide(store, where, args.virtuoso_memory)
        if virtuoso.loaded:
            print(f"virtuoso: started and dumped the triples in {virtuoso.dumped:.1f} s, bulk-loaded "
                  f"{virtuoso.triples:,} triples in {virtuoso.loaded:.1f} s", flush=True)
        else:
            print(f"virtuoso: {virtuoso.triples:,} triples loaded by an earlier run ({where})", flush=True)
    try:
        return compare(args, folder, store, queries, values, lookup, virtuoso)
    finally:
        if virtuoso is not None:
            virtuoso.stop()


def compare(args, folder: Path, store: Store, queries: dict[str, NamedQuery], values: dict, lookup,
            virtuoso: VirtuosoSide | None) -> int:
    per_term = seconds_per_term(store)
    other_term = virtuoso.seconds_per_term() if virtuoso else None
    print(f"decoding a result term costs {per_term * 1e6:.2f} µs in the embedded store"
          + (f", {other_term * 1e6:.2f} µs from Virtuoso" if other_term else "")
          + " (a listing's floor = rows x columns x that)", flush=True)
    remote = virtuoso.kg_store() if virtuoso else None
    if remote is not None:
        derived = {}
        for name in LISTINGS:
            started = time.perf_counter()
            rows = derive_listings(remote, (name,)).get(name, 0)
            derived[name] = (time.perf_counter() - started, rows)
        print(f"virtuoso as kg's store: kept {len(derived)} listings ({sum(r for _, r in derived.values()):,} rows) in "
              f"{sum(s for s, _ in derived.values()):.1f} s (what their first readers pay after an inference): "
              + ", ".join(f"{name} {s:.1f} s" for name, (s, _) in derived.items()), flush=True)
    header = (f"\n{'query':22} {'kind':13} {'measure':10} {'rows':>7} {'target':>9} | {'embedded s':>10} {'ok':4}"
              + (f" | {'virtuoso s':>10} {'target':>9} {'ok':4}" if virtuoso else "")
              + (f" | {'kept s':>8}" if remote else ""))
    print(header + "\n" + "-" * (len(header) - 1), flush=True)
    failed: dict[str, list[str]] = {"embedded": [], "virtuoso": []}

    def line(name: str, kind: str, measure: str, rows, target: float, seconds, other=None, other_target=None,
             other_rows=None, kept=None) -> None:
        mine = verdict(seconds, target)
        shown = f"{seconds:10.3f}" if seconds is not None else f"{'>' + format(args.cap, 'g'):>10}"
        text = f"{name:22} {kind:13} {measure:10} {rows if rows is not None else '-':>7} {target:9.2f} | {shown} {mine:4}"
        if mine != "pass":
            failed["embedded"].append(f"{name} ({measure})")
        if virtuoso is not None:
            if isinstance(other_rows, str):  # Virtuoso's error
                text += f" | {'error':>10} {'-':>9} {'-':4} {other_rows}"
                failed["virtuoso"].append(f"{name} ({measure}: error)")
            else:
                theirs = verdict(other if kept is None else kept, other_target)
                shown = f"{other:10.3f}" if other is not None else f"{'-':>10}"
                text += f" | {shown} {other_target:9.2f} {theirs:4}"
                if kept is not None:
                    text += f" | {kept:8.3f}"
                if other_rows is not None and rows is not None and other_rows != rows:
                    text += f" ({other_rows} rows)"
                if theirs != "pass":
                    failed["virtuoso"].append(f"{name} ({measure})")
        print(text, flush=True)

    for name, query in queries.items():
        kind = kind_of(query)
        params = {p: values[p] for p in query.parameters if p in values}
        bindings = bind(query, params, lookup)
        if args.first_pages and kind != "listing":
            continue
        if kind != "listing":
            seconds, rows, _ = time_embedded(folder, name, params, args.runs, args.cap * args.runs)
            other, other_rows = None, None
            if virtuoso:
                other, other_rows, _ = virtuoso.time(virtuoso_text(query, bindings), args.runs, args.cap)
            line(name, kind, "median", rows, TARGET, seconds, other, TARGET, other_rows)
            if name in FILTERED and name in FIRST:
                print(f"{'':22} (its first run, evaluated and kept for that {FILTERED[name]}: {FIRST[name]:.3f} s)",
                      flush=True)
            continue
        seconds, rows, _ = time_embedded(folder, name, {}, args.runs, args.cap * args.runs, limit=PAGE)
        other, other_rows = None, None
        kept = None
        if virtuoso:
            other, other_rows, _ = virtuoso.time(virtuoso_text(query, {}, PAGE), args.runs, args.cap)
        if remote is not None:
            kept, kept_rows = time_kept(remote, name, args.runs)
            assert kept_rows == (rows or kept_rows), f"{name}: {kept_rows} kept rows in the first page, {rows} embedded"
        line(name, kind, f"first {PAGE}", rows, TARGET, seconds, other, TARGET, other_rows, kept)
        if args.first_pages:
            continue
        seconds, rows, columns = time_embedded(folder, name, {}, args.listing_runs, args.cap * args.listing_runs)
        floor = (rows or 0) * (columns or 0) * per_term
        other, other_rows, other_columns, other_floor = None, None, None, 0.0
        if virtuoso and other_term:
            other, other_rows, other_columns = virtuoso.time(virtuoso_text(query, {}), args.listing_runs, args.cap)
            if not isinstance(other_rows, str):
                other_floor = (other_rows or 0) * (other_columns or 0) * other_term
        line(name, kind, "all rows", rows, FLOOR_TIMES * floor, seconds, other, FLOOR_TIMES * other_floor, other_rows)
    print("\ntargets: parameterised and aggregate queries under 1 s median; a listing's first 1,000 rows under 1 s; "
          "all its rows within 2x its floor (the target column for 'all rows')"
          + ("; Virtuoso's first pages pass or fail by 'kept s', the kept rows read as kg query reads them" if remote
             else ""))
    for engine, names in failed.items():
        if engine == "virtuoso" and virtuoso is None:
            continue
        print(f"{engine}: {'every target met' if not names else 'missed: ' + ', '.join(names)}")
    return 0


def older_measures(args, folder: Path, store: Store, queries: dict[str, NamedQuery], values: dict, lookup) -> int:
    """--page, --in-memory and --rdflib: the measures that settled how the
    listings are served (evaluation, not the disk, and no first page
    without kept rows), printed as before."""
    global _GRAPH, _MEMORY
    if args.rdflib:
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
        embedded, rows, columns = time_embedded(folder, name, plain, args.runs, args.cap * args.runs, text=text)
        if embedded is None:
            print(f"{name:24} {'-':>7} {'>' + format(args.cap, 'g'):>11}", flush=True)
            slow.append(name)
            continue
        if embedded >= 1.0:
            slow.append(name)
        other, ratio = "-", "-"
        if args.rdflib:
            seconds, detail = time_rdflib(text, plain, args.cap)
            if isinstance(detail, str):
                other, ratio = "error", detail
            else:
                other = f"{seconds:.3f}" if seconds is not None else f">{args.cap:g}"
                ratio = f"{seconds / embedded:.1f}x" if seconds is not None else f">{args.cap / embedded:.0f}x"
        floor = rows * columns * per_term
        times_floor = f"{embedded / floor:.1f}x" if floor >= 0.05 else "-"
        print(f"{name:24} {rows:>7} {embedded:>11.3f} {floor:>8.2f} {times_floor:>8} {other:>10} {ratio:>16}", flush=True)
    print(f"\nover 1 s median: {', '.join(slow) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
