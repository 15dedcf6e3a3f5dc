"""Where the rows come from: the embedded store or a remote SPARQL endpoint.

Every projection is built from SPARQL SELECT results, read through a *row
source*: any callable that takes a query and returns its solutions as dicts
of plain strings (IRIs as IRIs, literals as their lexical form, ``None``
where unbound). That one narrow seam is what lets the same network code run
over the on-disk store and over any SPARQL 1.1 endpoint.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from kg.errors import RemoteError

__all__ = ["Row", "RowSource", "StoreSource", "EndpointSource", "as_source"]

Row = dict[str, "str | None"]


class RowSource(Protocol):
    """A query in, its solutions out as plain-string rows."""

    def __call__(self, sparql: str) -> list[Row]: ...


class StoreSource:
    """Rows from the embedded pyoxigraph store.

    ``asserted_only`` leaves the inferred graph out, exactly as
    ``kg query --asserted-only`` does.
    """

    def __init__(self, store: Any, *, asserted_only: bool = False):
        self.store = store
        self.asserted_only = asserted_only

    def __call__(self, sparql: str) -> list[Row]:
        import pyoxigraph as ox

        solutions = self.store.query(sparql, asserted_only=self.asserted_only)
        names = [v.value for v in solutions.variables]
        rows: list[Row] = []
        for solution in solutions:
            row: Row = {}
            for name in names:
                term = solution[name]
                if term is None:
                    row[name] = None
                elif isinstance(term, ox.BlankNode):
                    row[name] = f"_:{term.value}"
                else:
                    row[name] = term.value
            rows.append(row)
        return rows

    def __repr__(self) -> str:
        return f"StoreSource({str(self.store.path)!r}, asserted_only={self.asserted_only})"


class EndpointSource:
    """Rows from a SPARQL 1.1 endpoint over HTTP (SPARQLWrapper).

    kg keeps one named graph per article and the inferred triples in a
    graph ending ``/graph/inferred``. The embedded store queries the union
    of those graphs; to get the same answers from a server whatever its
    default-graph policy, the source lists the endpoint's named graphs once
    and names them as the query's default graph (``default-graph-uri``),
    leaving the inferred graph out when ``asserted_only``. An endpoint that
    keeps everything in its default graph (no named graphs) is queried as
    it is. ``dataset="as-is"`` skips the listing for endpoints whose default
    graph is already the union.
    """

    def __init__(self, url: str, *, asserted_only: bool = False, dataset: str = "named-graphs",
                 timeout: int = 120):
        if dataset not in ("named-graphs", "as-is"):
            raise ValueError("dataset must be 'named-graphs' or 'as-is'")
        self.url = url
        self.asserted_only = asserted_only
        self.dataset = dataset
        self.timeout = timeout
        self._graphs: list[str] | None = None

    def _run(self, sparql: str, graphs: list[str]) -> list[Row]:
        from SPARQLWrapper import JSON, POST, URLENCODED, SPARQLWrapper

        client = SPARQLWrapper(self.url)
        client.setMethod(POST)
        client.setRequestMethod(URLENCODED)
        client.setReturnFormat(JSON)
        client.setTimeout(self.timeout)
        client.setQuery(sparql)
        for graph in graphs:
            client.addDefaultGraph(graph)
        try:
            result = client.queryAndConvert()
        except Exception as exc:  # SPARQLWrapper raises urllib and its own errors alike
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise RemoteError(f"{self.url}: SPARQL query failed ({reason}); check the endpoint URL "
                              f"and that the server is running") from None
        if not isinstance(result, dict) or "results" not in result:
            raise RemoteError(f"{self.url}: the answer is not SPARQL JSON results; is this a SPARQL query endpoint?")
        names = result.get("head", {}).get("vars", [])
        rows = []
        for binding in result["results"]["bindings"]:
            rows.append({name: (binding[name]["value"] if name in binding else None) for name in names})
        return rows

    def graphs(self) -> list[str]:
        """The named graphs that make up the default graph of each query."""
        if self._graphs is None:
            rows = self._run("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", [])
            names: list[str] = sorted(str(r["g"]) for r in rows if r.get("g"))
            if self.asserted_only:
                names = [g for g in names if not g.endswith("/graph/inferred")]
            self._graphs = names
        return names if self._graphs is None else self._graphs

    def __call__(self, sparql: str) -> list[Row]:
        graphs = self.graphs() if self.dataset == "named-graphs" else []
        return self._run(sparql, graphs)

    def __repr__(self) -> str:
        return f"EndpointSource({self.url!r}, asserted_only={self.asserted_only})"


def as_source(target: Any, *, asserted_only: bool = False) -> Callable[[str], list[Row]]:
    """A row source for whatever the caller has: a row source already, a
    :class:`kg.store.Store`, a :class:`kg.graph.KnowledgeGraph`, an
    ``http(s)://`` endpoint URL or a :class:`kg.remote.Endpoint`, or the
    path of a store folder."""
    from kg.store import Store
    from kg.store_remote import RemoteStore

    if isinstance(target, (StoreSource, EndpointSource)):
        return target
    if isinstance(target, (Store, RemoteStore)):
        return StoreSource(target, asserted_only=asserted_only)
    store = getattr(target, "store", None)
    if isinstance(store, (Store, RemoteStore)):
        return StoreSource(store, asserted_only=asserted_only)
    if isinstance(target, str) and target.startswith(("http://", "https://")):
        return EndpointSource(target, asserted_only=asserted_only)
    if isinstance(getattr(target, "query_url", None), str):  # a kg.remote.Endpoint
        return EndpointSource(target.query_url, asserted_only=asserted_only)
    if isinstance(target, (str, Path)):
        return StoreSource(Store(target, read_only=True), asserted_only=asserted_only)
    if callable(target):
        return target
    raise TypeError(f"cannot read a network from {type(target).__name__}; give a Store, a KnowledgeGraph, "
                    f"a store folder, an endpoint URL or a row source")
