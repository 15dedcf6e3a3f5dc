"""The HTTP layer of ``kg serve``: a Starlette application.

It only turns HTTP requests into :class:`kg.serve.request.SparqlRequest`
values for the worker pool (:mod:`kg.serve.pool`) and answers back into
HTTP; it never queries the store itself. The one thing it reads is a
listing kept ready after inference (:mod:`kg.listings`), a file it streams
a block at a time without holding a worker (:mod:`kg.serve.streaming`).
Answers go out with chunked transfer encoding. Routes::

    GET  /                       the query page (kg/web/, no internet needed)
    GET  /sparql?query=...       SPARQL 1.1 Protocol query (also POST, form or
    POST /sparql                 direct body); without a query: the service description
    POST /sparql  (update)       SPARQL 1.1 Update, only with --allow-updates and the token
    GET  /queries                the named queries, as JSON
    GET  /queries/NAME?p=v       run a named query, parameters bound as values
                                 (limit=N&offset=K: a page of its rows)
    GET  /prefixes               the prefixes kg declares for every query, as JSON

``/query`` is the same endpoint as ``/sparql``, the name most other stores
(and ``kg.remote``) use.
"""
from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from urllib.parse import parse_qs

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.resources import web_dir
from kg.serve.negotiation import MEDIA, negotiate
from kg.serve.pool import QueryEngine
from kg.serve.request import Answer, SparqlRequest, error_answer
from kg.serve.security import FORM_TYPES, origin_is_local, token_matches
from kg.serve.settings import ServerSettings
from kg.serve.streaming import PIECE, body_pieces, listing_pieces

__all__ = ["ENDPOINT_PATHS", "make_app"]

ENDPOINT_PATHS = ("/sparql", "/query")
_EXPOSED = "X-KG-Row-Limit, X-KG-Rows, X-KG-Truncated, X-KG-Timeout, Warning, Retry-After"
_STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".txt": "text/plain; charset=utf-8"}
_Params = dict[str, list[str]]


class _TooLarge(Exception):
    pass


def make_app(settings: ServerSettings, engine: QueryEngine) -> Starlette:
    """The application answering every route of ``kg serve``."""
    handlers = _Handlers(settings, engine)
    routes = [
        Route("/", handlers.page, methods=["GET"]),
        Route("/index.html", handlers.page, methods=["GET"]),
        Route("/static/{name:path}", handlers.static, methods=["GET"]),
        Route("/queries", handlers.list_queries, methods=["GET"]),
        Route("/prefixes", handlers.prefixes, methods=["GET"]),
        Route("/queries/{name}", handlers.named, methods=["GET", "POST"]),
        *(Route(path, handlers.endpoint, methods=["GET", "POST"]) for path in ENDPOINT_PATHS),
    ]
    app = Starlette(routes=routes, exception_handlers={404: _not_found, 405: _wrong_method})
    app.add_middleware(_Guard)
    return app


async def _not_found(request: Request, exc: Exception) -> Response:
    return _http(error_answer(404, f"{request.url.path}: nothing here; the SPARQL endpoint is /sparql (or /query) "
                                   f"and the query page is /"))


async def _wrong_method(request: Request, exc: Exception) -> Response:
    return _http(error_answer(405, f"{request.method} {request.url.path} is not supported; use GET or POST"))


class _Guard:
    """CORS preflights, one-line 404/405s, and no traceback ever sent."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] == "OPTIONS":
            return await _preflight()(scope, receive, send)
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # a bug of ours: one line to the client and the log, the server lives on
            import logging

            logging.getLogger("uvicorn.error").error("%s %s failed: %s: %s", scope["method"], scope["path"],
                                                     type(exc).__name__, exc)
            if not started:
                await _http(error_answer(500, f"internal error ({type(exc).__name__}); the server carries on"))(
                    scope, receive, send)


def _preflight() -> Response:
    return Response(status_code=204, headers={
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        # never Authorization: no page of another origin may send the update token
        "Access-Control-Allow-Headers": "Content-Type, Accept",
        "Access-Control-Max-Age": "86400",
    })


def _http(answer: Answer, *, cors: bool = True) -> Response:
    headers = _headers(answer.headers, cors)
    if answer.status == 200 and len(answer.body) > PIECE:  # a long answer goes out in pieces
        return StreamingResponse(_pieces(iter(body_pieces(answer.body))), status_code=answer.status,
                                 headers=headers, media_type=answer.content_type)
    return Response(answer.body, status_code=answer.status, headers=headers, media_type=answer.content_type)


def _headers(extra: dict[str, str], cors: bool) -> dict[str, str]:
    headers = {"Vary": "Accept", **extra}
    if cors:
        headers["Access-Control-Allow-Origin"] = "*"
        headers["Access-Control-Expose-Headers"] = _EXPOSED
    return headers


async def _pieces(pieces: Iterator[bytes], limiter: anyio.CapacityLimiter | None = None) -> AsyncIterator[bytes]:
    """Pieces made by blocking code (reading a file, serializing rows),
    each made in a thread so the server answers others meanwhile; the
    source is closed however the response ends (a client that hangs up)."""
    done = object()
    try:
        while True:
            piece = await anyio.to_thread.run_sync(next, pieces, done, limiter=limiter)
            if piece is done:
                return
            yield piece  # type: ignore[misc]
    finally:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()


class _Handlers:
    def __init__(self, settings: ServerSettings, engine: QueryEngine):
        self.settings = settings
        self.engine = engine
        # a thread per request that is running or waiting in line: enough that
        # the pool's own bound (max_waiting, queue_wait) is what refuses, not
        # a shared thread pool that would make requests wait without limit
        self._threads = anyio.CapacityLimiter(settings.max_waiting + settings.pool_size + 4)

    # ------------------------------------------------------------ plumbing

    async def _run(self, request: SparqlRequest, *, cors: bool = True) -> Response:
        return _http(await anyio.to_thread.run_sync(self.engine.run, request, limiter=self._threads), cors=cors)

    async def _body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.settings.max_body:
            raise _TooLarge
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.settings.max_body:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    # ------------------------------------------------------------ routes

    async def page(self, request: Request) -> Response:
        return self._file("index.html")

    async def static(self, request: Request) -> Response:
        return self._file(request.path_params["name"])

    def _file(self, name: str) -> Response:
        root = web_dir().resolve()
        path = (root / name).resolve()
        if root not in path.parents or not path.is_file():
            return _http(error_answer(404, f"{name}: no such file"))
        return Response(path.read_bytes(), media_type=_STATIC_TYPES.get(path.suffix, "application/octet-stream"),
                        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})

    async def list_queries(self, request: Request) -> Response:
        from kg.queries import named_queries

        listing = [{"name": q.name, "description": q.description, "parameters": q.parameters, "text": q.text}
                   for q in named_queries().values()]
        return _http(Answer(200, "application/json", json.dumps(listing, ensure_ascii=False).encode()))

    async def prefixes(self, request: Request) -> Response:
        """The prefixes every query may use undeclared (the page shows them)."""
        from kg.vocab import PREFIXES

        return _http(Answer(200, "application/json", json.dumps(PREFIXES, ensure_ascii=False).encode()))

    async def named(self, request: Request) -> Response:
        from kg.queries import named_queries

        name = request.path_params["name"]
        if name not in named_queries():  # never a path: the worker runs shipped queries only
            return _http(error_answer(404, f"no named query {name!r}; GET /queries lists them"))
        params = _pairs(request.query_params.multi_items())
        if request.method == "POST" and _media(request) == "application/x-www-form-urlencoded":
            try:
                form = _form(await self._body(request))
            except _TooLarge:
                return self._too_large()
            except UnicodeDecodeError:
                return _http(error_answer(400, "the request body is not UTF-8"))
            for key, values in form.items():
                params.setdefault(key, values)
        from kg.errors import UsageError
        from kg.params import page_bounds

        try:
            limit, offset = page_bounds(_first(params, "limit"), _first(params, "offset"), spelled="{name}={value}")
        except UsageError as exc:
            return _http(error_answer(400, str(exc)))
        bound = tuple((k, v[0]) for k, v in params.items()
                      if k not in ("format", "limit", "offset") and v and v[0] != "")
        fmt = negotiate(request.headers.get("accept"), _first(params, "format"), graph=False)
        if not bound:
            kept = await anyio.to_thread.run_sync(self._ready_listing, name, fmt, offset, limit,
                                                  limiter=self._threads)
            if kept is not None:  # kept ready: streamed from its file, no worker held
                rows, pieces = kept
                headers = {"X-KG-Rows": str(rows), "X-KG-Truncated": "false"}
                return StreamingResponse(_pieces(pieces, self._threads), headers=_headers(headers, cors=True),
                                         media_type=MEDIA[fmt])
        return await self._run(SparqlRequest("query", named=name, params=bound, accept=request.headers.get("accept"),
                                             format=_first(params, "format"), limit=limit, offset=offset))

    def _ready_listing(self, name: str, fmt: str, offset: int, limit: int | None) -> tuple[int, Iterator[bytes]] | None:
        """The rows and the pieces of a page of the shipped listing ``name``
        if its rows are kept ready and match the store
        (:func:`kg.listings.ready_listing`), its file already open; else None."""
        from kg.errors import KgError
        from kg.listings import ready_listing
        from kg.queries import shipped_query
        from kg.sparql_guard import check_sparql
        from kg.store import Store

        try:
            query = shipped_query(name)
            listing = ready_listing(Store(self.settings.store, read_only=True), query)
            if listing is None:
                return None
            check_sparql(query.text, self.settings.allow_service)
            return listing.count(offset, limit), listing_pieces(listing, fmt, offset, limit)
        except (KgError, OSError):
            return None  # the worker answers, and says what is wrong

    async def endpoint(self, request: Request) -> Response:
        params = _pairs(request.query_params.multi_items())
        if request.method == "GET":
            if "query" in params:
                return await self._query(request, params["query"][0], params)
            if "update" in params:
                return _http(error_answer(405, "updates must be sent with POST"), cors=False)
            return self._service_description(request)
        kind = _media(request)
        try:
            body = await self._body(request)
            text = body.decode("utf-8")
        except _TooLarge:
            return self._too_large()
        except UnicodeDecodeError:
            return _http(error_answer(400, "the request body is not UTF-8"))
        if kind == "application/x-www-form-urlencoded":
            form = _form(body)
            for key, values in params.items():
                form.setdefault(key, values)
            if "query" in form:
                return await self._query(request, form["query"][0], form)
            if "update" in form:
                return await self._update(request, form["update"][0], kind)
            return _http(error_answer(400, "the form has neither a 'query' nor an 'update' field"), cors=False)
        if kind == "application/sparql-query":
            return await self._query(request, text, params)
        if kind == "application/sparql-update":
            return await self._update(request, text, kind)
        return _http(error_answer(415, f"unsupported Content-Type {kind or '(none)'}; use application/sparql-query, "
                                       f"application/sparql-update or a form"), cors=False)

    async def _query(self, request: Request, sparql: str, params: _Params) -> Response:
        return await self._run(SparqlRequest(
            "query", sparql=sparql, accept=request.headers.get("accept"), format=_first(params, "format"),
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", []))))

    async def _update(self, request: Request, sparql: str, kind: str) -> Response:
        """An update passes four gates, each refusal one line saying why."""
        settings = self.settings
        if not settings.allow_updates:
            return _http(error_answer(403, "this endpoint is read-only; start 'kg serve --allow-updates' to accept "
                                           "updates"), cors=False)
        if not origin_is_local(request.headers.get("origin"), settings.port, settings.host):
            return _http(error_answer(403, f"updates from a page of another site ({request.headers.get('origin')}) "
                                           f"are refused"), cors=False)
        if kind in FORM_TYPES:
            return _http(error_answer(415, "updates must be sent as Content-Type: application/sparql-update, with "
                                           "the header 'Authorization: Bearer TOKEN' (the token kg serve printed at "
                                           "start-up)"), cors=False)
        if not token_matches(request.headers.get("authorization"), settings.update_token):
            return _http(error_answer(401, "updates need the header 'Authorization: Bearer TOKEN', with the token "
                                           "kg serve printed at start-up", WWW_Authenticate='Bearer realm="kg"'),
                         cors=False)
        return await self._run(SparqlRequest("update", sparql=sparql), cors=False)

    def _too_large(self) -> Response:
        return _http(error_answer(413, f"the request body is over {self.settings.max_body:,} bytes; send a shorter "
                                       f"query"))

    def _service_description(self, request: Request) -> Response:
        import pyoxigraph as ox

        host = request.headers.get("host") or f"{self.settings.host}:{self.settings.port}"
        me = ox.NamedNode(f"http://{host}{request.url.path}")
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
        fmt = negotiate(request.headers.get("accept"), None, graph=True)
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                      "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
        return _http(Answer(200, MEDIA[fmt], ox.serialize(triples, format=rdf_format) or b""))


def _media(request: Request) -> str:
    return (request.headers.get("content-type") or "").split(";")[0].strip().lower()


def _pairs(items) -> _Params:
    params: _Params = {}
    for key, value in items:
        params.setdefault(key, []).append(value)
    return params


def _form(body: bytes) -> _Params:
    return parse_qs(body.decode("utf-8"), keep_blank_values=True)


def _first(params: _Params, key: str) -> str | None:
    values = params.get(key)
    return values[0] if values else None

