"""Reasoning over a store: read what the rules need, derive, write the inferred graph.

The inferred graph (``store.minter.inferred_graph()``) is recomputed whole
from the asserted triples each time, so it never keeps a consequence of an
article that was replaced. Both engines fill it with the same triples (see
:mod:`kg.reason.reference` for what "inferred" means):

``fast`` (default)
    :mod:`kg.reason.engine`. Reads from the store only the triples whose
    property or class an axiom mentions (no text, no offsets, no hashes),
    as N-Triples written by Oxigraph itself, and evaluates the compiled
    rules over integers.
``owlrl``
    The reference reasoner, on the whole asserted graph in rdflib. Minutes
    for a few thousand agreements; for checking and small stores.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, ReasoningError
from kg.vocab import OWL, RDFS

__all__ = ["InferenceReport", "ReasoningError", "infer", "inferred_turtle", "derived_lines",
           "ENGINES"]

ENGINES = ("fast", "owlrl")

# schema statements in the data would change the rules; kg's mapping never writes them
_SCHEMA_PREDICATES = [RDFS + "subClassOf", RDFS + "subPropertyOf", RDFS + "domain", RDFS + "range",
                      OWL + "inverseOf", OWL + "equivalentClass", OWL + "equivalentProperty",
                      OWL + "propertyChainAxiom", OWL + "sameAs"]


@dataclass
class InferenceReport:
    """What one run of the reasoner did."""

    engine: str
    asserted: int = 0          # triples read (fast: only those the rules use)
    inferred: int = 0          # triples in the inferred graph afterwards
    rounds: int = 0
    added: int = 0             # triples written to the inferred graph
    removed: int = 0           # triples taken out of it (no longer follow)
    seconds: dict[str, float] = field(default_factory=dict)  # phase -> wall seconds

    def summary(self) -> str:
        total = sum(self.seconds.values())
        return (f"{self.inferred:,} inferred triples from {self.asserted:,} asserted "
                f"({self.engine} engine, {total:.1f} s)")


def _read_fast(store, closure) -> int:
    """Feed the closure the asserted triples its rules use, each once.

    SPARQL SELECT results serialised as TSV by Oxigraph itself: no Python
    object per term, and the property (or class) is not decoded per row.
    """
    count = 0

    def select(sparql: str) -> str:  # over the union of the article graphs
        return store.select_tsv(sparql)

    for prop in closure.relevant_properties():
        use = closure.literal_use(prop)
        if use == "all":
            count += closure.add_pairs(prop, select(f"SELECT ?s ?o WHERE {{ ?s <{prop}> ?o }}"))
            continue
        # literals decoded only where a rule needs them (names, dates, hashes are most of the bytes)
        count += closure.add_pairs(prop, select(f"SELECT ?s ?o WHERE {{ ?s <{prop}> ?o FILTER(!isLiteral(?o)) }}"))
        if use == "subjects":
            count += closure.add_literal_subjects(
                prop, select(f"SELECT DISTINCT ?s WHERE {{ ?s <{prop}> ?o FILTER(isLiteral(?o)) }}"))
    for cls in closure.relevant_classes():
        count += closure.add_instances(cls, select(f"SELECT ?s WHERE {{ ?s a <{cls}> }}"))
    return count


def _check_schema_free(store) -> None:
    import pyoxigraph as ox

    for prop in _SCHEMA_PREDICATES:
        for quad in store.match(None, ox.NamedNode(prop)):
            if prop == OWL + "sameAs" and quad.subject == quad.object:
                continue
            raise ReasoningError(
                f"{store.path}: the data states {quad.subject} <{prop}> {quad.object}; kg's rules come from "
                f"the ontology only: move it to ontology/agreements.ttl or reason with --engine owlrl")


def _fast_lines(store, report: InferenceReport) -> Iterator[str]:
    from kg.reason.engine import Closure, FunctionalViolation
    from kg.reason.rules import load_rules

    clock = time.perf_counter()
    _check_schema_free(store)
    closure = Closure(load_rules())
    report.asserted = _read_fast(store, closure)
    report.seconds["read"] = time.perf_counter() - clock
    clock = time.perf_counter()
    closure.run()
    report.rounds = closure.rounds
    try:
        closure.check_functional()
    except FunctionalViolation as exc:
        raise ReasoningError(f"{store.path}: {exc}; OWL RL would merge them. Fix the data "
                             f"('kg validate' lists every such case); nothing was inferred") from None
    report.seconds["reason"] = time.perf_counter() - clock
    for s, p, o in closure.derived():
        yield f"{s} {p} {o} .\n"


def _owlrl_lines(store, report: InferenceReport) -> Iterator[str]:
    import pyoxigraph as ox

    from kg.reason.reference import reference_inferred

    clock = time.perf_counter()
    data = ox.serialize(store.triples(asserted_only=True), format=ox.RdfFormat.N_TRIPLES) or b""
    report.asserted = data.count(b"\n")
    report.seconds["read"] = time.perf_counter() - clock
    clock = time.perf_counter()
    triples = reference_inferred(data)
    report.seconds["reason"] = time.perf_counter() - clock
    # through Oxigraph, so terms are written exactly as the fast engine writes them
    scratch = ox.Store()
    scratch.load("".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples), format=ox.RdfFormat.N_TRIPLES)
    yield from _tsv_lines(scratch.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))


def _tsv_lines(solutions) -> Iterator[str]:
    """SELECT ?s ?p ?o solutions as Turtle lines, via Oxigraph's TSV writer."""
    import pyoxigraph as ox

    return _tsv_text_lines(solutions.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8"))


def _tsv_text_lines(text: str) -> Iterator[str]:
    """TSV of ?s ?p ?o solutions as Turtle lines."""
    for row in text.split("\n")[1:]:
        if row:
            yield row.replace("\t", " ", 2) + " .\n"


def derived_lines(store, engine: str = "fast", report: InferenceReport | None = None) -> Iterator[str]:
    """The inferred graph ``store`` calls for, one Turtle line (no prefixes)
    a triple, without writing anything."""
    report = report or InferenceReport(engine)
    if engine == "fast":
        return _fast_lines(store, report)
    if engine == "owlrl":
        return _owlrl_lines(store, report)
    raise KgError(f"unknown reasoning engine {engine!r}; use one of {', '.join(ENGINES)}")


def inferred_turtle(store, engine: str = "fast", report: InferenceReport | None = None) -> str:
    """:func:`derived_lines` as one text."""
    return "".join(derived_lines(store, engine, report))


# Inferred triples added or removed at once past which the store is compacted.
BIG_CHANGE = 500_000


def infer(store, engine: str = "fast") -> InferenceReport:
    """Recompute ``store``'s inferred graph from its asserted triples.

    Only the difference with the inferred graph already stored is written,
    so inferring again after a small ingest writes little. Raises
    :class:`ReasoningError`, leaving the inferred graph as it was, when a
    functional property has two values (OWL RL would then equate two people
    or two organizations).
    """
    import os
    import tempfile

    import pyoxigraph as ox

    if store.read_only:
        raise ReasoningError(f"{store.path}: opened read-only; open the store for writing to infer")
    if hasattr(store, "replace_inferred"):  # a SPARQL server (kg.store_remote): the graph goes over HTTP
        return _infer_replacing(store, engine)
    report = InferenceReport(engine)
    graph = ox.NamedNode(store.minter.inferred_graph())
    owed = store.inference_owed()
    if owed is None:
        store.owe_inference(None)  # replacing the inferred graph is not atomic either
        owed = {"all"}
    # open the database before making the temp file: the first opening for
    # writing sweeps away the .inferred-* files a killed run left behind
    store.open()
    handle, temp = tempfile.mkstemp(prefix=".inferred-", suffix=".ttl", dir=store.path)
    try:
        # the new graph goes to a file first: the engine's memory is freed
        # before the old graph is read for the difference
        clock = time.perf_counter()
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            batch: list[str] = []
            for line in derived_lines(store, engine, report):
                batch.append(line)
                report.inferred += 1
                if len(batch) >= 100_000:
                    out.write("".join(batch))
                    batch.clear()
            out.write("".join(batch))
        elapsed = time.perf_counter() - clock
        report.seconds["serialize"] = elapsed - report.seconds.get("read", 0) - report.seconds.get("reason", 0)
        clock = time.perf_counter()
        old = set(_tsv_text_lines(store.select_tsv("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", graph=graph.value)))
        if old:  # keep only what is not stored yet, in a second file
            with open(temp, encoding="utf-8") as stream, open(temp + ".new", "w", encoding="utf-8") as out:
                for line in stream:
                    if line in old:
                        old.discard(line)
                    else:
                        out.write(line)
                        report.added += 1
            os.replace(temp + ".new", temp)
        else:
            report.added = report.inferred
        removed = sorted(old)
        del old
        store.remove_lines(graph.value, removed)
        report.removed = len(removed)
        # the bulk loader leaves many overlapping files that every lookup
        # then searches: at 100k agreements compacting them (about 30 s)
        # made the aggregate queries 2-3x faster
        if report.added:
            store.load_turtle(temp, graph.value)
        if report.added + report.removed >= BIG_CHANGE:
            store.compact()
        report.seconds["write"] = time.perf_counter() - clock
        store.flush()
        from kg.listings import forget_listings

        forget_listings(store)  # rows kept from the old graph must not outlive it (kg/listings.py)
        store.inference_paid()  # only now: a kill before this leaves the marker, and the work is redone
    finally:
        for leftover in (temp, temp + ".new"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return report


def _infer_replacing(store, engine: str) -> InferenceReport:
    """:func:`infer` for a store that replaces the inferred graph whole
    (``store.replace_inferred``), as a SPARQL server does."""
    report = InferenceReport(engine)
    if store.inference_owed() is None:
        store.owe_inference(None)  # replacing the inferred graph is not atomic either
    clock = time.perf_counter()
    lines = list(derived_lines(store, engine, report))
    report.inferred = len(lines)
    report.seconds["serialize"] = (time.perf_counter() - clock - report.seconds.get("read", 0)
                                   - report.seconds.get("reason", 0))
    clock = time.perf_counter()
    report.added, report.removed = store.replace_inferred(lines)
    report.seconds["write"] = time.perf_counter() - clock
    store.inference_paid()  # only now: a failure before leaves the marker, and the work is redone
    return report


def _main() -> None:  # pragma: no cover - a developer's timing aid
    import sys

    from kg.store import Store

    with Store(Path(sys.argv[1])) as store:
        report = infer(store, sys.argv[2] if len(sys.argv) > 2 else "fast")
    print(report.summary(), {k: round(v, 2) for k, v in report.seconds.items()})


if __name__ == "__main__":  # pragma: no cover
    _main()
