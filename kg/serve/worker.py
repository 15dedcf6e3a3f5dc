"""A query worker: a process that opens the store and answers requests.

Queries run in worker processes because pyoxigraph cannot cancel a running
query: one that overruns the time limit is stopped by ending its process
(:mod:`kg.serve.pool` replaces it). Workers open the store read-only, each
a snapshot; before every request a worker checks whether the store's files
changed (``kg ingest`` beside the server) and reopens it if so, so answers
reflect every ingest that has finished.

A read-only snapshot can still lose files under it: the writer's compaction
deletes table files (``.sst``) the snapshot was opened on, and reading one
then fails with "Corruption ... No such file". The reader retries such a
request on a freshly opened snapshot, so clients never see the writer's
housekeeping.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from kg.errors import KgError, QueryError
from kg.serve.negotiation import MEDIA, negotiate
from kg.serve.request import Answer, SparqlRequest, error_answer

__all__ = ["READY", "StoreView", "answer_request", "worker_main"]

_RETRIES = 8
READY = "ready"  # what a worker sends once it can answer at full speed


class StoreView:
    """A worker's handle on the store, reopened when its files change."""

    def __init__(self, path: Path | str, writable: bool):
        self.path = path
        self.writable = writable
        self.store: Any = None
        self.signature: tuple = ()

    def _files(self) -> tuple:
        if isinstance(self.path, str):  # a SPARQL server as the store: every request reads it afresh
            return ()
        try:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns)
                                for e in os.scandir(self.path / "oxigraph") if e.is_file()))
        except OSError:
            return ()

    def get(self):
        from kg.stores import open_store

        if self.writable:
            if self.store is None:
                self.store = open_store(self.path)
            return self.store
        signature = self._files()
        if self.store is None or signature != self.signature:
            self.reopen(signature)
        return self.store

    def reopen(self, signature: tuple | None = None) -> None:
        """A fresh read-only snapshot (after the writer changed the files)."""
        from kg.stores import open_store

        self.store = None
        self.signature = self._files() if signature is None else signature
        store = open_store(self.path, read_only=True)
        store.open()  # now, so the snapshot matches the signature
        self.store = store


def worker_main(conn, store_path: str, writable: bool, settings: dict) -> None:
    """A worker process: answer requests from the server until told to stop."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    from kg.stores import store_location

    view = StoreView(store_location(store_path), writable)
    _warm_up(view)
    conn.send(READY)
    while True:
        try:
            request = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if request is None:
            return
        try:
            answer = answer_request(view, request, settings)
        except Exception as exc:  # whatever happens, the worker answers and lives on
            answer = error_answer(500, f"{type(exc).__name__}: {exc}")
        conn.send(answer)


def _warm_up(view: StoreView) -> None:
    """Import what answering takes and open the store, before the pool
    hands this worker a request: a query's time limit then measures the
    query, not the start of a fresh process (a worker replaced after a
    timeout would otherwise spend a slow machine's first seconds of the
    next query's budget on imports). A store that cannot be opened now is
    reported by the first request, as it would have been without this."""
    import pyoxigraph  # noqa: F401

    import kg.graph  # noqa: F401
    import kg.nif  # noqa: F401
    import kg.ordering  # noqa: F401
    import kg.queries  # noqa: F401
    import kg.results  # noqa: F401
    import kg.sparql_guard  # noqa: F401

    try:
        view.get()
    except Exception:  # noqa: BLE001 - the first request meets it again and answers it
        view.store = None


def answer_request(view: StoreView, request: SparqlRequest, settings: dict) -> Answer:
    """The answer to one request; errors become one-line HTTP errors."""
    for attempt in range(_RETRIES):
        try:
            return _handle(view, request, settings)
        except QueryError as exc:
            return error_answer(400, str(exc))
        except SyntaxError as exc:
            return error_answer(400, _syntax_message(exc, request))
        except (KgError, OSError, RuntimeError) as exc:
            # pyoxigraph reports RocksDB's errors as OSError or RuntimeError, and the store's
            # opening as KgError ("cannot open the store (IO error: No such file ...)")
            if isinstance(exc, KgError) and not _snapshot_lost(exc):
                return error_answer(500, str(exc))
            if view.writable or attempt == _RETRIES - 1 or not _snapshot_lost(exc):
                return error_answer(500, f"the store could not be read ({type(exc).__name__}: {exc}); try again")
            time.sleep(0.03 * (attempt + 1))
            try:
                view.reopen()
            except (KgError, OSError, RuntimeError):  # opening can meet the same compaction; try again
                view.store = None
        except Exception as exc:  # reported to the client, the worker lives on
            return error_answer(500, f"{type(exc).__name__}: {exc}")
    return error_answer(500, "the store kept changing under the query; try again")


def _snapshot_lost(exc: Exception) -> bool:
    """Whether the error is a snapshot whose files the writer removed."""
    text = str(exc).lower()
    return any(word in text for word in ("corruption", "no such file", "io error", "ioerror"))


def _syntax_message(exc: SyntaxError, request: SparqlRequest) -> str:
    """A parse error in one line, undeclared prefixes said plainly."""
    from kg.sparql_messages import explain_syntax_error

    return explain_syntax_error(str(exc), request.sparql or None)


def _handle(view: StoreView, request: SparqlRequest, settings: dict) -> Answer:
    from kg.sparql_guard import check_sparql

    allowed = settings.get("allow_service", ())
    store = view.get()
    if request.kind == "update":
        check_sparql(request.sparql, allowed)
        store.update(request.sparql)
        store.flush()
        return Answer(204, "text/plain", b"")
    if request.named:
        # the path kg query and KnowledgeGraph.run take; only a shipped query, never a file by path
        from kg.graph import stream_named
        from kg.queries import shipped_query

        rows = stream_named(store, shipped_query(request.named), dict(request.params), allow_service=allowed,
                            limit=request.limit, offset=request.offset)
        return _serialize(rows, request, store, settings["row_limit"])
    from kg.ordering import select_sorted

    sparql = request.sparql
    check_sparql(sparql, allowed)
    if request.default_graphs or request.named_graphs:
        result = store.query_graphs(sparql, default_graphs=request.default_graphs, named_graphs=request.named_graphs)
    else:
        # a final ORDER BY is sorted by kg, as kg query does (kg.ordering)
        result = select_sorted(store, sparql)
        if result is None:
            result = store.query(sparql)
    return _serialize(result, request, store, settings["row_limit"])


def _take(items, limit: int) -> tuple[list, bool]:
    """Up to ``limit`` items, and whether more were left: the row limit
    that a response must say it hit."""
    taken: list = []
    for item in items:
        if len(taken) == limit:
            return taken, True
        taken.append(item)
    return taken, False


def _prefixes() -> dict[str, str]:
    from kg.vocab import PREFIXES

    return PREFIXES


def _serialize(result, request: SparqlRequest, store, limit: int) -> Answer:
    import pyoxigraph as ox

    from kg.nif import published_all
    from kg.results import Rows, RowStream, json_term, term_rows

    if isinstance(result, ox.QueryBoolean):
        fmt = negotiate(request.accept, request.format, graph=False)
        return Answer(200, MEDIA[fmt], result.serialize(format=_results_format(fmt)) or b"")
    if isinstance(result, ox.QueryTriples):
        fmt = negotiate(request.accept, request.format, graph=True)
        triples, truncated = _take(published_all(result), limit)  # NIF offsets typed as export and push type them
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                      "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
        prefixes = None if fmt == "ntriples" else {**_prefixes(), **store.minter.prefixes()}
        body = ox.serialize(triples, format=rdf_format, prefixes=prefixes) if prefixes else \
            ox.serialize(triples, format=rdf_format)
        return Answer(200, MEDIA[fmt], body or b"", _limit_headers(limit, truncated, len(triples)))
    fmt = negotiate(request.accept, request.format, graph=False)
    if isinstance(result, (Rows, RowStream)):  # sorted by kg, or a named query's page
        variables = result.variables
        solutions, truncated = _take((dict(zip(variables, row)) for row in term_rows(result)), limit)
    else:
        variables = [v.value for v in result.variables]
        solutions, truncated = _take(result, limit)
    bindings = [{name: json_term(solution[name]) for name in variables if solution[name] is not None}
                for solution in solutions]
    document: dict[str, Any] = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    body = json.dumps(document, ensure_ascii=False).encode()
    if fmt != "json":
        body = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(
            format=_results_format(fmt)) or b""
    elif truncated:
        # clients that know to look see why the table stopped; others ignore the key
        document["kg"] = {"truncated": True, "row_limit": limit}
        body = json.dumps(document, ensure_ascii=False).encode()
    return Answer(200, MEDIA[fmt], body, _limit_headers(limit, truncated, len(bindings)))


def _limit_headers(limit: int, truncated: bool, count: int) -> dict[str, str]:
    headers = {"X-KG-Row-Limit": str(limit), "X-KG-Rows": str(count), "X-KG-Truncated": "true" if truncated else "false"}
    if truncated:
        headers["Warning"] = f'199 kg "result truncated at the row limit of {limit}"'
    return headers


def _results_format(fmt: str):
    import pyoxigraph as ox

    return {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[fmt]
