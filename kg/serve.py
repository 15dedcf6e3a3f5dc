"""``kg serve``: the store over the SPARQL 1.1 Protocol, and a page to query it.

A thin layer over pyoxigraph: the stdlib HTTP server parses requests and
negotiates formats; pyoxigraph parses, evaluates and serializes.

Queries run in worker processes, because pyoxigraph cannot cancel a running
query: one that overruns the time limit is stopped by ending its worker,
which is then replaced. Workers open the store read-only, each a snapshot;
before every request a worker checks whether the store's files changed
(``kg ingest`` beside the server) and reopens it if so, so answers reflect
every ingest that has finished. With updates enabled there is one worker
holding the store for writing, and ``kg ingest`` must wait for the server.

Routes::

    GET  /                     the query page (kg/web/, no internet needed)
    GET  /sparql?query=...     SPARQL 1.1 Protocol query (also POST, form or
    POST /sparql               direct body); without a query: the service description
    POST /sparql  update=...   SPARQL 1.1 Update, only with --allow-updates
    GET  /queries              the named queries, as JSON
    GET  /queries/NAME?p=v     run a named query, parameters bound as values
"""
from __future__ import annotations

import json
import multiprocessing
import os
import queue
import sys
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, QueryError, StoreError

__all__ = ["ServerSettings", "QueryEngine", "make_server", "serve", "negotiate"]

WEB = Path(__file__).resolve().parent / "web"

# what a client may ask for -> (our format name, media type sent back)
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
MEDIA = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
    "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml",
}
_SHORT = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
          "ntriples": "ntriples", "nt": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld", "rdfxml": "rdfxml"}


@dataclass(frozen=True)
class ServerSettings:
    """How ``kg serve`` runs; the defaults are the safe ones."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds per query
    row_limit: int = 10_000  # solutions (or triples) per response
    allow_updates: bool = False
    workers: int = 2


def negotiate(accept: str | None, explicit: str | None, graph: bool) -> str:
    """The format to answer in: an explicit ``format=`` wins, then the
    Accept header's best-rated type we know, else JSON (results) or Turtle."""
    if explicit:
        fmt = _SHORT.get(explicit.lower().strip())
        if fmt:
            return fmt if (fmt in ("turtle", "ntriples", "jsonld", "rdfxml")) == graph else _default(graph)
    known = GRAPH_TYPES if graph else RESULT_TYPES
    choices = []
    for index, part in enumerate((accept or "").split(",")):
        media, *options = [p.strip() for p in part.split(";")]
        q = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    q = float(option[2:])
                except ValueError:
                    q = 0.0
        if media.lower() in known and q > 0:
            choices.append((-q, index, known[media.lower()]))
    return min(choices)[2] if choices else _default(graph)


def _default(graph: bool) -> str:
    return "turtle" if graph else "json"


# ================================================================ workers


@dataclass
class Answer:
    """What a worker sends back: an HTTP status and a body."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode())


class _StoreView:
    """A worker's handle on the store, reopened when its files change."""

    def __init__(self, path: Path, writable: bool):
        self.path = path
        self.writable = writable
        self.store = None
        self.signature: tuple = ()

    def _files(self) -> tuple:
        try:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns)
                                for e in os.scandir(self.path / "oxigraph") if e.is_file()))
        except OSError:
            return ()

    def get(self):
        from kg.store import Store

        if self.writable:
            if self.store is None:
                self.store = Store(self.path)
            return self.store
        signature = self._files()
        if self.store is None or signature != self.signature:
            self.store = Store(self.path, read_only=True)
            self.store.db  # open now, so the snapshot matches the signature
            self.signature = signature
        return self.store


def _worker_main(conn, store_path: str, writable: bool) -> None:
    """A worker process: answer requests from the server until told to stop."""
    view = _StoreView(Path(store_path), writable)
    while True:
        try:
            request = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if request is None:
            return
        try:
            answer = _handle(view, request)
        except KgError as exc:
            answer = _error(400 if isinstance(exc, QueryError) else 500, str(exc))
        except SyntaxError as exc:
            answer = _error(400, f"malformed SPARQL: {exc}")
        except Exception as exc:  # reported to the client, the worker lives on
            answer = _error(500, f"{type(exc).__name__}: {exc}")
        conn.send(answer)


def _handle(view: _StoreView, request: dict) -> Answer:
    import pyoxigraph as ox

    store = view.get()
    if request["kind"] == "update":
        store.update(request["sparql"])
        store.db.flush()
        return Answer(204, "text/plain", b"")
    from kg.ordering import select_sorted

    substitutions = None
    sparql = request["sparql"]
    if request.get("named"):
        from kg.params import bind
        from kg.queries import load_query

        named = load_query(request["named"])
        sparql = named.text

        def lookup(text, subs):
            return list(store.query(text, substitutions=dict(subs)))

        substitutions = bind(named, request.get("params") or {}, lookup)
    default_graphs = [ox.NamedNode(g) for g in request.get("default_graphs") or []]
    named_graphs = [ox.NamedNode(g) for g in request.get("named_graphs") or []]
    if default_graphs or named_graphs:
        if substitutions:  # bound as kg binds them everywhere: a VALUES block (kg.params)
            from kg.params import insert_values

            sparql = insert_values(sparql, substitutions)
        result = store.db.query(sparql, default_graph=default_graphs or None, named_graphs=named_graphs or None,
                                prefixes=_prefixes())
    else:
        # a final ORDER BY is sorted by kg, as kg query does (kg.ordering)
        result = select_sorted(store, sparql, substitutions=substitutions)
        if result is None:
            result = store.query(sparql, substitutions=substitutions)
    return _serialize(result, request, store)


def _take(items, limit: int) -> tuple[list, bool]:
    """Up to ``limit`` items, and whether more were left: the row limit
    that a response must say it hit."""
    taken = []
    for item in items:
        if len(taken) == limit:
            return taken, True
        taken.append(item)
    return taken, False


def _prefixes() -> dict[str, str]:
    from kg.vocab import PREFIXES

    return PREFIXES


def _serialize(result, request: dict, store) -> Answer:
    import pyoxigraph as ox

    limit = request["row_limit"]
    accept, explicit = request.get("accept"), request.get("format")
    if isinstance(result, ox.QueryBoolean):
        fmt = negotiate(accept, explicit, graph=False)
        body = result.serialize(format=_results_format(fmt))
        return Answer(200, MEDIA[fmt], body)
    if isinstance(result, ox.QueryTriples):
        fmt = negotiate(accept, explicit, graph=True)
        triples, truncated = _take(result, limit)
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                      "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
        prefixes = None if fmt == "ntriples" else {**_prefixes(), **store.minter.prefixes()}
        body = ox.serialize(triples, format=rdf_format, prefixes=prefixes) if prefixes else \
            ox.serialize(triples, format=rdf_format)
        return Answer(200, MEDIA[fmt], body, _limit_headers(limit, truncated, len(triples)))
    from kg.results import json_term

    from kg.results import Rows

    fmt = negotiate(accept, explicit, graph=False)
    if isinstance(result, Rows):  # sorted by kg
        variables = result.variables
        solutions, truncated = _take((dict(zip(variables, row)) for row in result.rows), limit)
    else:
        variables = [v.value for v in result.variables]
        solutions, truncated = _take(result, limit)
    bindings = [{name: json_term(solution[name]) for name in variables if solution[name] is not None}
                for solution in solutions]
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    body = json.dumps(document, ensure_ascii=False).encode()
    if fmt != "json":
        body = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(format=_results_format(fmt))
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


class _Worker:
    def __init__(self, context, settings: ServerSettings):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, str(settings.store), settings.allow_updates),
                                       daemon=True, name="kg-serve-worker")
        self.process.start()
        child.close()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryEngine:
    """A pool of worker processes answering queries within a time limit."""

    def __init__(self, settings: ServerSettings):
        self.settings = settings
        self._context = multiprocessing.get_context("spawn")
        size = 1 if settings.allow_updates else max(1, settings.workers)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(size):
            self._idle.put(_Worker(self._context, settings))
        self._closed = False

    def run(self, request: dict) -> Answer:
        request = {"row_limit": self.settings.row_limit, **request}
        try:
            worker = self._idle.get(timeout=self.settings.timeout)
        except queue.Empty:
            return _error(503, "the server is busy with other queries; try again shortly")
        try:
            worker.conn.send(request)
            if worker.conn.poll(self.settings.timeout):
                answer = worker.conn.recv()
            else:
                worker.stop(kill=True)
                worker = _Worker(self._context, self.settings)
                answer = _error(503, f"the query ran past the time limit of {self.settings.timeout:g} s and was "
                                     f"stopped; narrow it down, or restart kg serve with a longer --timeout")
                answer.headers["X-KG-Timeout"] = f"{self.settings.timeout:g}"
        except (EOFError, OSError):
            worker.stop(kill=True)
            worker = _Worker(self._context, self.settings)
            answer = _error(500, "the query worker failed; the server started a new one, try again")
        finally:
            self._idle.put(worker)
        return answer

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break


# ================================================================ HTTP


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    # set on the subclass made by make_server
    engine: QueryEngine
    settings: ServerSettings

    def log_message(self, format: str, *args) -> None:  # one line per request, on stderr
        if not getattr(self.server, "quiet", False):
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    # ---------------------------------------------------------- plumbing

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Row-Limit, X-KG-Rows, X-KG-Truncated, X-KG-Timeout, Warning")
        self.send_header("Vary", "Accept")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _answer(self, answer: Answer) -> None:
        self._send(answer.status, answer.content_type, answer.body, answer.headers)

    def _fail(self, status: int, message: str) -> None:
        self._answer(_error(status, message))

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    # ---------------------------------------------------------- methods

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self._static("index.html")
        if url.path.startswith("/static/"):
            return self._static(url.path[len("/static/"):])
        if url.path == "/queries":
            return self._list_queries()
        if url.path.startswith("/queries/"):
            return self._named(url.path[len("/queries/"):], params)
        if url.path == "/sparql":
            if "query" in params:
                return self._query(params["query"][0], params)
            if "update" in params:
                return self._fail(405, "updates must be sent with POST")
            return self._service_description()
        self._fail(404, f"{url.path}: nothing here; the SPARQL endpoint is /sparql and the query page is /")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path.startswith("/queries/"):
            return self._named(url.path[len("/queries/"):], params)
        if url.path != "/sparql":
            return self._fail(404, f"{url.path}: POST queries and updates to /sparql")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._fail(400, "the request body is not UTF-8")
        if kind == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            for key, values in params.items():
                form.setdefault(key, values)
            if "query" in form:
                return self._query(form["query"][0], form)
            if "update" in form:
                return self._update(form["update"][0])
            return self._fail(400, "the form has neither a 'query' nor an 'update' field")
        if kind == "application/sparql-query":
            return self._query(text, params)
        if kind == "application/sparql-update":
            return self._update(text)
        self._fail(415, f"unsupported Content-Type {kind or '(none)'}; use application/sparql-query, "
                        f"application/sparql-update or a form")

    # ---------------------------------------------------------- routes

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        request = {
            "kind": "query", "sparql": sparql, "accept": self.headers.get("Accept"),
            "format": (params.get("format") or [None])[0],
            "default_graphs": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", []),
        }
        self._answer(self.engine.run(request))

    def _update(self, sparql: str) -> None:
        if not self.settings.allow_updates:
            return self._fail(403, "this endpoint is read-only; start 'kg serve --allow-updates' to accept updates")
        self._answer(self.engine.run({"kind": "update", "sparql": sparql}))

    def _named(self, name: str, params: dict[str, list[str]]) -> None:
        from kg.queries import named_queries

        if name not in named_queries():
            return self._fail(404, f"no named query {name!r}; GET /queries lists them")
        values = {k: v[0] for k, v in params.items() if k != "format" and v and v[0] != ""}
        self._answer(self.engine.run({"kind": "query", "sparql": "", "named": name, "params": values,
                                      "accept": self.headers.get("Accept"),
                                      "format": (params.get("format") or [None])[0]}))

    def _list_queries(self) -> None:
        from kg.queries import named_queries

        listing = [{"name": q.name, "description": q.description, "parameters": q.parameters, "text": q.text}
                   for q in named_queries().values()]
        self._send(200, "application/json", json.dumps(listing, ensure_ascii=False).encode())

    def _static(self, name: str) -> None:
        path = (WEB / name).resolve()
        if WEB.resolve() not in path.parents or not path.is_file():
            return self._fail(404, f"{name}: no such file")
        types = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8"}
        self._send(200, types.get(path.suffix, "application/octet-stream"), path.read_bytes(),
                   {"Cache-Control": "no-cache"})

    def _service_description(self) -> None:
        import pyoxigraph as ox

        host = self.headers.get("Host") or f"{self.settings.host}:{self.settings.port}"
        me = ox.NamedNode(f"http://{host}/sparql")
        sd = "http://www.w3.org/ns/sparql-service-description#"
        formats = "http://www.w3.org/ns/formats/"

        def n(iri: str) -> ox.NamedNode:
            return ox.NamedNode(iri)

        rdf_type = n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        dataset, graph = ox.BlankNode(), ox.BlankNode()
        triples = [
            ox.Triple(me, rdf_type, n(sd + "Service")),
            ox.Triple(me, n(sd + "endpoint"), me),
            ox.Triple(me, n(sd + "supportedLanguage"), n(sd + "SPARQL11Query")),
            ox.Triple(me, n(sd + "feature"), n(sd + "UnionDefaultGraph")),
            ox.Triple(me, n(sd + "defaultDataset"), dataset),
            ox.Triple(dataset, rdf_type, n(sd + "Dataset")),
            ox.Triple(dataset, n(sd + "defaultGraph"), graph),
            ox.Triple(graph, rdf_type, n(sd + "Graph")),
            ox.Triple(me, n("http://purl.org/dc/terms/description"),
                      ox.Literal(f"kg knowledge graph of agreements; queries stop after {self.settings.timeout:g} s "
                                 f"and return at most {self.settings.row_limit} rows")),
        ]
        if self.settings.allow_updates:
            triples.append(ox.Triple(me, n(sd + "supportedLanguage"), n(sd + "SPARQL11Update")))
        for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                     "Turtle", "N-Triples", "JSON-LD"):
            triples.append(ox.Triple(me, n(sd + "resultFormat"), n(formats + name)))
        fmt = negotiate(self.headers.get("Accept"), None, graph=True)
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                      "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
        self._send(200, MEDIA[fmt], ox.serialize(triples, format=rdf_format))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    quiet = False


def make_server(settings: ServerSettings) -> tuple[_Server, QueryEngine]:
    """A ready HTTP server (bound, not yet serving) and its query engine."""
    from kg.store import Store

    if settings.allow_updates:
        Store(settings.store).close()  # create it if missing, as ingest would
    else:
        Store(settings.store, read_only=True)  # a clear error now if there is no store
    engine = QueryEngine(settings)
    handler = type("Handler", (_Handler,), {"engine": engine, "settings": settings})
    try:
        server = _Server((settings.host, settings.port), handler)
    except OSError as exc:
        engine.close()
        raise StoreError(f"cannot listen on {settings.host}:{settings.port} ({exc.strerror}); "
                         f"choose another --port") from None
    return server, engine


def serve(settings: ServerSettings, *, ready=None) -> None:
    """Serve until interrupted; ``ready(url)`` is called once listening."""
    server, engine = make_server(settings)
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}/"
    if ready is not None:
        ready(url)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        engine.close()
