"""Remote triple stores, through the standard protocols only.

- Query: SPARQL 1.1 Protocol through SPARQLWrapper. A named query's
  parameters are bound by a ``VALUES`` block whose terms pyoxigraph
  serializes (:mod:`kg.params`), never by pasting user text.
- Push: the Graph Store HTTP Protocol, one ``PUT`` per article graph, so
  pushing again replaces each graph instead of adding to it; SPARQL 1.1
  Update (``DROP SILENT GRAPH`` + ``INSERT DATA``) when the server has no
  graph store.

kg's queries expect the endpoint's default graph to be the union of the
named graphs, as the embedded store's is: start Oxigraph with
``--union-default-graph``, Fuseki with ``tdb2:unionDefaultGraph true``;
Virtuoso and GraphDB do this by default.
"""
from __future__ import annotations

import http.client
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit, urlunsplit

from kg.errors import RemoteError

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

    from kg.results import Rows

__all__ = ["Endpoint", "PushReport", "push"]

_UA = "kg (https://w3id.org/kg-agreements)"


def _sibling(url: str, name: str) -> str:
    """``http://h/ds/query`` + ``update`` -> ``http://h/ds/update``."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    head = path.rsplit("/", 1)[0] if "/" in path else ""
    return urlunsplit((parts.scheme, parts.netloc, f"{head}/{name}", "", ""))


@dataclass(frozen=True)
class Endpoint:
    """Where a remote store answers queries, updates and graph writes.

    Give the server's base URL (Oxigraph's layout: ``/query``, ``/update``,
    ``/store``) or its query URL; the others are guessed beside it unless
    given.

    >>> e = Endpoint.at("http://127.0.0.1:7878")
    >>> e.query_url, e.update_url, e.store_url
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> Endpoint.at("http://example.org/ds/sparql").update_url
    'http://example.org/ds/update'
    >>> Endpoint.at("http://h:7200/repositories/kg").store_url   # GraphDB
    'http://h:7200/repositories/kg/rdf-graphs/service'
    """

    query_url: str
    update_url: str
    store_url: str | None
    timeout: float = 60.0
    token: str | None = None  # sent as 'Authorization: Bearer' with writes (kg serve --allow-updates prints one)

    @classmethod
    def at(cls, url: str, *, update: str | None = None, store: str | None = None, timeout: float = 60.0,
           token: str | None = None) -> Endpoint:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise RemoteError(f"{url}: not an http(s) URL; give the endpoint as http://HOST:PORT/...")
        segments = parts.path.strip("/").split("/")
        if len(segments) == 2 and segments[0] == "repositories":  # GraphDB (RDF4J's layout)
            repository = url.rstrip("/")
            return cls(repository, update or f"{repository}/statements",
                       store or f"{repository}/rdf-graphs/service", timeout, token)
        last = parts.path.rstrip("/").rsplit("/", 1)[-1]
        if last in ("query", "sparql"):
            query_url = url
        elif last in ("store", "data", "update"):
            query_url = _sibling(url, "query")
        else:
            query_url = url.rstrip("/") + "/query"
        guessed_store = url if last in ("store", "data") else _sibling(query_url, "store")
        return cls(query_url, update or _sibling(query_url, "update"), store or guessed_store, timeout, token)

    # ------------------------------------------------------------ queries

    def _wrapper(self, sparql: str):
        from SPARQLWrapper import POST, SPARQLWrapper

        wrapper = SPARQLWrapper(self.query_url, agent=_UA)
        wrapper.setMethod(POST)  # named queries are long; GET URLs can be cut
        wrapper.setTimeout(int(self.timeout))
        wrapper.setQuery(sparql)
        return wrapper

    def _run(self, wrapper):
        import urllib.error

        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        try:
            return wrapper.query()
        except SPARQLWrapperException as exc:
            status = _STATUS.get(type(exc).__name__)
            raise RemoteError(_answered(self.query_url, status, _response_of(exc))) from None
        except urllib.error.HTTPError as exc:
            raise RemoteError(_answered(self.query_url, exc.code, exc.read())) from None
        except OSError as exc:
            reason = getattr(exc, "reason", None) or exc
            raise RemoteError(f"{self.query_url}: nothing answered there ({reason}); is the server running?") from None

    def select(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> Rows:
        """Run a SELECT (or ASK) remotely; rows as :class:`kg.results.Rows`
        of pyoxigraph terms, as the embedded store gives."""
        from SPARQLWrapper import JSON

        from kg.params import insert_values
        from kg.results import Rows

        wrapper = self._wrapper(_with_prefixes(insert_values(sparql, bindings or {})))
        wrapper.setReturnFormat(JSON)
        document = self._run(wrapper).convert()
        if "boolean" in document:
            import pyoxigraph as ox

            return Rows(["boolean"], [[ox.Literal(bool(document["boolean"]))]])
        variables = document.get("head", {}).get("vars", [])
        rows = [[_term(b.get(v)) for v in variables] for b in document.get("results", {}).get("bindings", [])]
        return Rows(variables, rows)

    def graph(self, sparql: str, fmt: str = "turtle") -> bytes:
        """Run a CONSTRUCT or DESCRIBE remotely; the graph serialized in
        ``fmt`` (a name from :mod:`kg.formats`), asked for by its media type."""
        from kg.formats import rdf_format

        media = rdf_format(fmt).media_type.split(";")[0]
        wrapper = self._wrapper(_with_prefixes(sparql))
        wrapper.setOnlyConneg(True)
        wrapper.addCustomHttpHeader("Accept", media)
        response = self._run(wrapper).response
        sent = (response.headers.get("Content-Type") or "").split(";")[0].strip()
        if sent and sent != media:
            raise RemoteError(f"{self.query_url}: asked for {media}, the endpoint sent {sent}; "
                              "ask for a format it writes (turtle and ntriples are the most common)")
        return response.read()

    def lookup(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> list[dict]:
        """Rows as dicts of terms: what :func:`kg.params.bind` needs to
        resolve names against the remote store."""
        rows = self.select(sparql, bindings)
        return [dict(zip(rows.variables, row)) for row in rows.rows]

    def lacks_inferred_graph(self) -> bool:
        """Whether the store holds agreements with parties but not one
        ``agr:partyTo`` (the inverse OWL RL always infers from them): the
        sign of a ``kg push`` without ``--inferred``. Two index lookups;
        the ASK stops at its first solution."""
        from kg.vocab import AGR

        rows = self.select(f"ASK {{ ?agreement <{AGR}party> ?party . "
                           f"FILTER NOT EXISTS {{ ?any <{AGR}partyTo> ?other }} }}")
        answer = rows.values()
        return bool(answer) and answer[0][0] is True

    # ------------------------------------------------------------ writing

    def _connection(self, url: str) -> tuple[http.client.HTTPConnection, str]:
        parts = urlsplit(url)
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        return cls(parts.netloc, timeout=self.timeout), parts.path or "/"

    def update(self, sparql: str, conn=None) -> None:
        """Send one SPARQL 1.1 Update. A server that refuses it (401, 403,
        or a query-only endpoint) is one line saying how to open it."""
        status, reason, body = self._send("POST", self.update_url, "", sparql.encode(), "application/sparql-update",
                                          conn)
        if status >= 300:
            raise RemoteError(_refused_update(self.update_url, status, reason, body))

    def post_query(self, sparql: str, accept: str, *, default_graphs: Iterable[str] = (),
                   named_graphs: Iterable[str] = (), conn=None) -> tuple[str, bytes]:
        """Run any query by the protocol's URL-encoded POST, asking for
        ``accept``; the media type the server answered in and its bytes.
        ``default_graphs`` and ``named_graphs`` become the protocol's
        ``default-graph-uri`` and ``named-graph-uri``."""
        from urllib.parse import urlencode

        fields = [("query", _with_prefixes(sparql))]
        fields += [("default-graph-uri", g) for g in default_graphs]
        fields += [("named-graph-uri", g) for g in named_graphs]
        status, reason, media, body = self._exchange("POST", self.query_url, "", urlencode(fields).encode(),
                                                     "application/x-www-form-urlencoded", conn, accept=accept)
        if status >= 300:
            raise RemoteError(_answered(self.query_url, status, body or reason.encode()))
        return media, body

    def put_graph(self, graph: str, ntriples: bytes, conn=None) -> int:
        """Replace one graph by a Graph Store Protocol PUT; the HTTP status."""
        if not self.store_url:
            return 404
        from kg.formats import rdf_format

        status, _, _ = self._send("PUT", self.store_url, f"graph={quote(graph, safe='')}", ntriples,
                                  rdf_format("ntriples").media_type, conn)
        return status

    def _send(self, method: str, url: str, query: str, body: bytes, content_type: str, conn=None):
        status, reason, _, data = self._exchange(method, url, query, body, content_type, conn)
        return status, reason, data

    def _exchange(self, method: str, url: str, query: str, body: bytes | None, content_type: str | None,
                  conn=None, *, accept: str | None = None) -> tuple[int, str, str, bytes]:
        """One HTTP request: status, reason, the answer's media type, its body."""
        own = conn is None
        try:
            if own:
                conn, path = self._connection(url)
            else:
                path = urlsplit(url).path or "/"
        except (http.client.HTTPException, ValueError) as exc:
            raise RemoteError(f"{url}: not a URL kg can reach ({exc}); check it") from None
        target = f"{path}?{query}" if query else path
        try:
            headers = {"User-Agent": _UA}
            if content_type:
                headers["Content-Type"] = content_type
            if accept:
                headers["Accept"] = accept
            if self.token:
                headers["Authorization"] = f"Bearer {self.token}"
            conn.request(method, target, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
            media = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            return response.status, response.reason, media, data
        except (OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise RemoteError(f"{url}: nothing answered there ({reason}); is the server running?") from None
        finally:
            if own and conn is not None:
                conn.close()


_STATUS = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404, "URITooLong": 414,
           "EndPointInternalError": 500}


def _response_of(exc: Exception) -> bytes:
    """The body SPARQLWrapper kept in an exception's message, if any."""
    import ast

    text = str(exc)
    _, found, tail = text.partition("Response:\n")
    if not found:
        return b""
    try:
        value = ast.literal_eval(tail.strip())
    except (ValueError, SyntaxError):
        return tail.encode()
    return value if isinstance(value, bytes) else str(value).encode()


def _answered(url: str, status: int | None, body: bytes) -> str:
    """What the server at ``url`` answered, in one line, and what to try.

    >>> _answered("http://h/x", 404, b"<html><title>Not Found</title>")
    'http://h/x: the server there answered HTTP 404 (<html><title>Not Found</title>); is this its SPARQL query URL? kg serve answers at /sparql and /query, Oxigraph at /query, Fuseki at /DATASET/sparql'
    """
    lines = [line.strip() for line in body.decode("utf-8", "replace").splitlines() if line.strip()]
    said = f" ({lines[0][:200]})" if lines else ""
    code = f"HTTP {status}" if status else "an error"
    hint = {404: "; is this its SPARQL query URL? kg serve answers at /sparql and /query, Oxigraph at /query, "
                 "Fuseki at /DATASET/sparql",
            400: "; the server could not run the query",
            401: "; the server wants credentials"}.get(status or 0, "")
    return f"{url}: the server there answered {code}{said}{hint}"


def _refused_update(url: str, status: int, reason: str, body: bytes) -> str:
    """Why the server at ``url`` did not take an update, in one line."""
    lines = [line.strip() for line in body.decode("utf-8", "replace").splitlines() if line.strip()]
    said = f": {lines[0][:160]}" if lines else ""
    if status in (401, 403):
        return (f"{url}: the server refuses updates (HTTP {status} {reason}{said}); let this client write there "
                f"(Virtuoso: GRANT SPARQL_UPDATE TO \"SPARQL\"; Fuseki: an updatable dataset) or give the "
                f"store's update URL with --update-endpoint")
    if status in (404, 405, 415, 501):
        return (f"{url}: no SPARQL Update there (HTTP {status} {reason}{said}); give the server's update URL with "
                f"--update-endpoint (Oxigraph: /update, Virtuoso: /sparql, Fuseki: /DATASET/update)")
    return f"{url}: the update failed (HTTP {status} {reason}{said})"


def _with_prefixes(sparql: str) -> str:
    """kg's prefixes declared for a remote engine, where the query uses one
    it does not declare (the embedded store knows them without)."""
    import re

    from kg.vocab import PREFIXES

    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", sparql, flags=re.IGNORECASE)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()
               if p not in declared and re.search(rf"\b{p}:", sparql)]
    return "\n".join(missing + [sparql]) if missing else sparql


def _term(binding: dict | None):
    import pyoxigraph as ox

    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if binding.get("datatype"):
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


# ================================================================ push


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    protocol: str = "graph store"

    def summary(self) -> str:
        return f"{self.graphs} graphs ({self.triples:,} triples) sent by {self.protocol}"


def push(store, endpoint: Endpoint, *, inferred: bool = False,
         progress: Callable[[int, int, str], None] | None = None) -> PushReport:
    """Send every article graph of ``store`` (and the inferred graph when
    ``inferred``) to ``endpoint``, each replacing the remote graph of the
    same name."""
    import pyoxigraph as ox

    from kg.nif import published

    graphs = list(store.article_graphs())
    if inferred:
        graphs.append(store.minter.inferred_graph())
    store_url = endpoint.store_url
    use_update = not store_url
    report = PushReport(protocol="SPARQL Update" if use_update else "graph store")
    conn: http.client.HTTPConnection | None = None
    if store_url:
        conn, _ = endpoint._connection(store_url)
    try:
        for number, graph in enumerate(graphs, start=1):
            triples = [published(ox.Triple(q.subject, q.predicate, q.object))
                       for q in store.match(graph=graph)]
            if not triples and graph == store.minter.inferred_graph():
                continue
            payload = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            if not use_update and store_url:
                try:
                    status = endpoint.put_graph(graph, payload, conn)
                except RemoteError:  # a kept-alive connection the server closed: once more on a new one
                    if conn is not None:
                        conn.close()
                    conn, _ = endpoint._connection(store_url)
                    status = endpoint.put_graph(graph, payload, conn)
                if status in (404, 405, 415, 501):
                    use_update = True  # no graph store here: say it with SPARQL Update
                    report.protocol = "SPARQL Update"
                elif status >= 300:
                    raise RemoteError(f"{endpoint.store_url}: PUT of graph <{graph}> failed with HTTP {status}")
            if use_update:
                body = payload.decode("utf-8")
                endpoint.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}")
            report.graphs += 1
            report.triples += len(triples)
            if progress is not None:
                progress(number, len(graphs), graph)
    finally:
        if conn is not None:
            conn.close()
    return report
