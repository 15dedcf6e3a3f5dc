"""A SPARQL 1.1 server as kg's store: ``--store http://HOST:PORT/...``.

The same graphs as the embedded store (:mod:`kg.store`), kept by any server
that speaks the SPARQL 1.1 Protocol, Update and the Graph Store HTTP
Protocol (Oxigraph server, Virtuoso, Fuseki, GraphDB...):

- each article's graph is written by one Graph Store ``PUT`` (or, with no
  graph store, ``DROP`` + ``INSERT DATA``), so ingesting it again replaces
  it whole;
- the inferred graph (``minter.inferred_graph()``) is replaced whole when
  its content changes;
- queries read the server's default graph, which must be the union of its
  named graphs (Oxigraph ``--union-default-graph``, Fuseki
  ``unionDefaultGraph``; Virtuoso and GraphDB do so by default).
  ``asserted_only`` queries name the article graphs as their dataset
  instead, and kg's own reads (export, reasoning, validation) name the
  graphs they read, so neither the server's other graphs nor kg's
  bookkeeping reach them.

What the embedded store keeps in files beside its database lives on the
server, in one graph of kg's own (:data:`META_GRAPH`) that holds no article
fact: the settings (IRI base, remembered curation file), where each
article was read from, which article graphs inference still owes, and a
hash of each article graph's content as kg wrote it. The hash, not the
server's copy, decides whether an article changed: servers may write
literals back in another form (Virtuoso), and comparing hashes costs no
download. Every machine pointing at the server sees the same bookkeeping.
Its subjects and predicates are kg's own (:data:`KGS`), so the named
queries, which match the ontology's terms, never meet them.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import MissingStoreError, RemoteError, StoreError
from kg.iri import Minter
from kg.remote import Endpoint
from kg.vocab import DEFAULT_BASE

__all__ = ["RemoteStore", "META_GRAPH", "KGS"]

META_GRAPH = "https://w3id.org/kg-agreements/store"
KGS = "https://w3id.org/kg-agreements/store#"
STORE_FORMAT = 3  # as kg.store's: the same graphs, the same keys
ALL_GRAPHS = "all"
_RESULTS = "application/sparql-results+json"
_ANY = f"{_RESULTS}, application/sparql-results+xml;q=0.9, application/n-triples;q=0.8, text/turtle;q=0.7"
_BATCH = 2_000  # graphs named in one bookkeeping update
_PUT_LINES = 200_000  # inferred triples sent in one request

_META = f"<{META_GRAPH}>"


def _lit(text: str) -> str:
    """A string literal in SPARQL/N-Triples syntax, escaped by pyoxigraph."""
    return str(ox.Literal(text))


def content_hash(quads: Iterable[ox.Quad | ox.Triple]) -> str:
    """SHA-256 of a graph's triples as sorted N-Triples lines: the same for
    the same triples in any order (kg's article graphs have no blank nodes)."""
    lines = sorted(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


class RemoteStore:
    """kg's store on a SPARQL 1.1 server; see the module's docstring.

    ``url`` is the server's base or query URL; ``update`` and
    ``graph_store`` the other two endpoints where :meth:`Endpoint.at`
    would guess wrong (``graph_store="none"``: write by SPARQL Update).
    Opening it asks the server for kg's settings, so an unreachable server
    fails here, in one line naming the URL.
    """

    def __init__(self, url: str, *, base: str | None = None, read_only: bool = False, update: str | None = None,
                 graph_store: str | None = None, timeout: float = 300.0):
        no_graph_store = graph_store is not None and graph_store.lower() == "none"
        endpoint = Endpoint.at(url, update=update, store=None if no_graph_store else graph_store, timeout=timeout)
        if no_graph_store:
            endpoint = Endpoint(endpoint.query_url, endpoint.update_url, None, endpoint.timeout, endpoint.token)
        self.endpoint = endpoint
        self.path = url
        self.read_only = read_only
        settings = self._load_settings()
        if base and settings.get("base") and settings["base"] != base:
            raise StoreError(f"{url}: this store was made with IRI base {settings['base']}; "
                             f"use that base or another server (or dataset)")
        self.base = base or settings.get("base") or DEFAULT_BASE
        self.minter = Minter(self.base)
        self._prefix = self.base + "graph/"
        self._inferred = self.minter.inferred_graph()
        self._graphs: list[str] | None = None  # article graphs, until a write changes them
        self._hashes: dict[str, str] | None = None  # graph -> content hash, as recorded
        self._unsaved_hashes: dict[str, str] = {}
        self._owed: set[str] | None = None
        if read_only and not settings and not self._holds_articles():
            raise MissingStoreError(f"{url}: no kg store there (no kg settings, no article graphs under "
                                    f"{self._prefix}); run 'kg ingest --store {url} ARTICLES' first")
        if not read_only and not settings:
            self._save_settings({"base": self.base, "format": STORE_FORMAT})
        elif not read_only:  # a writing command learns now, not after reading every article, that it cannot write
            self._update(f"INSERT DATA {{ GRAPH {_META} {{ {_META} <{KGS}format> {STORE_FORMAT} }} }}")

    # ------------------------------------------------------------ protocol

    def _results(self, sparql: str, *, default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = (),
                 accept: str = _RESULTS):
        """A query's answer as pyoxigraph gives it for the embedded store:
        solutions, a boolean, or triples (for CONSTRUCT and DESCRIBE)."""
        media, body = self.endpoint.post_query(sparql, accept, default_graphs=default_graphs,
                                               named_graphs=named_graphs)
        if media in ("application/sparql-results+json", "application/json", ""):
            return _ask_answer(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        if media in ("application/sparql-results+xml", "application/xml"):
            return _ask_answer(ox.parse_query_results(body, format=ox.QueryResultsFormat.XML))
        formats = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                   "text/plain": ox.RdfFormat.N_TRIPLES}
        if media in formats:  # a graph: pyoxigraph's own triples object, as the embedded store answers
            scratch = ox.Store()
            scratch.load(body, format=formats[media])
            return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
        raise RemoteError(f"{self.endpoint.query_url}: answered in {media}, which kg does not read; "
                          f"is this a SPARQL query endpoint?")

    def _select(self, sparql: str, **dataset) -> ox.QuerySolutions:
        solutions = self._results(sparql, **dataset)
        if not isinstance(solutions, ox.QuerySolutions):
            raise RemoteError(f"{self.endpoint.query_url}: a SELECT was answered without solutions")
        return solutions

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open the store for writing")
        self.endpoint.update(sparql)

    def _kg_graphs(self, *, inferred: bool) -> str:
        """A filter keeping ``?kg_graph`` to the article graphs (and the inferred one)."""
        keep = f'STRSTARTS(STR(?kg_graph), {_lit(self._prefix)})'
        return f"FILTER({keep})" if inferred else f"FILTER({keep} && ?kg_graph != <{self._inferred}>)"

    # ------------------------------------------------------------ settings

    def _load_settings(self) -> dict:
        rows = list(self._select(f"SELECT ?v WHERE {{ GRAPH {_META} {{ {_META} <{KGS}settings> ?v }} }}"))
        if not rows:
            return {}
        try:
            settings = json.loads(rows[0]["v"].value)
        except ValueError as exc:
            raise StoreError(f"{self.path}: kg's settings on the server are unreadable ({exc}); "
                             f"fix or drop graph <{META_GRAPH}>") from None
        return settings if isinstance(settings, dict) else {}

    def _save_settings(self, settings: dict) -> None:
        value = _lit(json.dumps(settings, sort_keys=True))
        self._update(f"DELETE {{ GRAPH {_META} {{ {_META} <{KGS}settings> ?v }} }} "
                     f"WHERE {{ GRAPH {_META} {{ {_META} <{KGS}settings> ?v }} }} ;\n"
                     f"INSERT DATA {{ GRAPH {_META} {{ {_META} <{KGS}settings> {value} }} }}")

    def setting(self, name: str, default: object = None) -> object:
        """One value of the store's settings (kept on the server)."""
        return self._load_settings().get(name, default)

    def remember(self, name: str, value: object) -> None:
        """Keep ``value`` in the store's settings (``None`` forgets it)."""
        settings = self._load_settings()
        if value is None:
            if name not in settings:
                return
            settings.pop(name, None)
        else:
            settings[name] = value
        self._save_settings(settings)

    # ------------------------------------------------------- inference owed

    def owe_inference(self, graphs: Iterable[str] | None) -> None:
        """Record on the server, before they change, that these article
        graphs (``None``: all) need the inferred graph recomputed."""
        owed = self._owed if self._owed is not None else self.inference_owed()
        wanted = {ALL_GRAPHS} if graphs is None else set(graphs)
        if owed is not None and (ALL_GRAPHS in owed or wanted <= owed):
            return
        new = wanted - (owed or set())
        if ALL_GRAPHS in wanted:
            self._update(f"DELETE {{ GRAPH {_META} {{ {_META} <{KGS}owes> ?g }} }} "
                         f"WHERE {{ GRAPH {_META} {{ {_META} <{KGS}owes> ?g }} }} ;\n"
                         f"INSERT DATA {{ GRAPH {_META} {{ {_META} <{KGS}owes> {_lit(ALL_GRAPHS)} }} }}")
            self._owed = {ALL_GRAPHS}
            return
        for chunk in _chunks(sorted(new), _BATCH):
            body = " ".join(f"{_META} <{KGS}owes> {_lit(g)} ." for g in chunk)
            self._update(f"INSERT DATA {{ GRAPH {_META} {{ {body} }} }}")
        self._owed = (owed or set()) | new

    def inference_owed(self) -> set[str] | None:
        """The article graphs changed since the inferred graph was last
        recomputed (``{"all"}`` when unknown), or ``None``."""
        rows = self._select(f"SELECT ?g WHERE {{ GRAPH {_META} {{ {_META} <{KGS}owes> ?g }} }}")
        owed = {row["g"].value for row in rows}
        self._owed = owed or None
        return self._owed

    def inference_paid(self) -> None:
        """The inferred graph now follows from every article graph: the
        owed marker goes and, in the same update, a new epoch begins, so
        no listing rows kept before are used again (:mod:`kg.listings_remote`);
        their graphs are dropped after."""
        from kg.listings_remote import forget_generations, new_epoch_update, stale_generations

        update, epoch = new_epoch_update()
        self._update(update)
        self._owed = None
        forget_generations(self, stale_generations(self, epoch))

    # ------------------------------------------------------------- sources

    def sources(self) -> dict[str, str]:
        """Article graph IRI -> the file it was last read from."""
        rows = self._select(f"SELECT ?g ?from WHERE {{ GRAPH {_META} {{ ?g <{KGS}readFrom> ?from }} }}")
        return {row["g"].value: row["from"].value for row in rows}

    def record_sources(self, read_from: dict[str, str]) -> None:
        """Remember where these article graphs were read from (and the
        content hashes of the graphs written since the last call)."""
        if not self.read_only:
            self._set_per_graph("readFrom", read_from)
        self.flush()

    def _set_per_graph(self, name: str, values: dict[str, str]) -> None:
        """``<graph> kgs:NAME "value"`` in the bookkeeping graph, replacing the old value."""
        for chunk in _chunks(sorted(values), _BATCH):
            graphs = " ".join(f"<{g}>" for g in chunk)
            body = " ".join(f"<{g}> <{KGS}{name}> {_lit(values[g])} ." for g in chunk)
            self._update(f"DELETE {{ GRAPH {_META} {{ ?g <{KGS}{name}> ?v }} }} "
                         f"WHERE {{ GRAPH {_META} {{ VALUES ?g {{ {graphs} }} ?g <{KGS}{name}> ?v }} }} ;\n"
                         f"INSERT DATA {{ GRAPH {_META} {{ {body} }} }}")

    def _graph_hashes(self) -> dict[str, str]:
        if self._hashes is None:
            rows = self._select(f"SELECT ?g ?h WHERE {{ GRAPH {_META} {{ ?g <{KGS}contentHash> ?h }} }}")
            self._hashes = {row["g"].value: row["h"].value for row in rows}
        return self._hashes

    # -------------------------------------------------------------- graphs

    def _holds_articles(self) -> bool:
        answer = self._results(f"ASK {{ GRAPH ?kg_graph {{ ?s ?p ?o }} {self._kg_graphs(inferred=False)} }}")
        return bool(answer)

    def article_graphs(self) -> list[str]:
        """IRIs of the graphs that hold what articles say."""
        if self._graphs is None:
            rows = self._select(f"SELECT DISTINCT ?kg_graph WHERE {{ GRAPH ?kg_graph {{ ?s ?p ?o }} "
                                f"{self._kg_graphs(inferred=False)} }}")
            self._graphs = sorted(row["kg_graph"].value for row in rows)
        return list(self._graphs)

    def has_graph(self, graph_iri: str) -> bool:
        """Whether the server holds a non-empty graph of this IRI."""
        return bool(self._results(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"))

    def graph_triples(self, graph_iri: str) -> set[tuple]:
        """The (subject, predicate, object) terms one graph holds, as the server gives them back."""
        return {(q.subject, q.predicate, q.object) for q in self.match(graph=graph_iri)}

    def compare_graph(self, graph_iri: str, quads: list) -> str:
        """``"absent"``, ``"same"`` or ``"different"``: how the stored graph
        stands to ``quads``, by the content hash kg recorded when it wrote it."""
        known = self._graph_hashes().get(graph_iri)
        if known is not None:
            return "same" if known == content_hash(quads) else "different"
        return "different" if self.has_graph(graph_iri) else "absent"

    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Replace one article graph: a Graph Store PUT (the server swaps
        the graph whole), else DROP + INSERT DATA in one update request."""
        quads = list(quads)
        self.owe_inference([graph_iri])
        payload = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                               format=ox.RdfFormat.N_TRIPLES) or b""
        self._put(graph_iri, payload, "application/n-triples")
        self._graph_hashes()[graph_iri] = self._unsaved_hashes[graph_iri] = content_hash(quads)
        if self._graphs is not None and graph_iri not in self._graphs and graph_iri != self._inferred:
            self._graphs = sorted([*self._graphs, graph_iri])

    def patch_graph(self, graph_iri: str, removed: Iterable[ox.Quad], added: Iterable[ox.Quad]) -> None:
        """Take some triples out of an article graph and put others in: the
        graph is written again whole, which keeps the content hash that
        :meth:`compare_graph` reads exact."""
        gone = {(q.subject, q.predicate, q.object) for q in removed}
        kept = [q for q in self.match(graph=graph_iri) if (q.subject, q.predicate, q.object) not in gone]
        node = ox.NamedNode(graph_iri)
        self.replace_graph(graph_iri, kept + [ox.Quad(q.subject, q.predicate, q.object, node) for q in added])

    def _put(self, graph_iri: str, payload: bytes, media: str, *, append: bool = False) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open the store for writing")
        store_url = self.endpoint.store_url
        if not store_url:
            body = payload.decode("utf-8")
            drop = "" if append else f"DROP SILENT GRAPH <{graph_iri}> ;\n"
            self._update(f"{drop}INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")
            return
        from urllib.parse import quote

        status, reason, answer = self.endpoint._send("POST" if append else "PUT", store_url,
                                                     f"graph={quote(graph_iri, safe='')}", payload, media)
        if status in (404, 405, 501):
            raise RemoteError(f"{store_url}: no Graph Store there (HTTP {status} {reason}); give the server's "
                              f"Graph Store URL with --graph-store (Oxigraph: /store, Virtuoso: /sparql-graph-crud, "
                              f"Fuseki: /DATASET/data), or --graph-store none to write by SPARQL Update")
        if status in (401, 403):
            raise RemoteError(f"{store_url}: the server refuses to write graphs (HTTP {status} {reason}); let this "
                              f"client write there (Virtuoso: DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7)) or "
                              f"give --graph-store none to write by SPARQL Update")
        if status >= 300:
            said = answer.decode("utf-8", "replace").strip().splitlines()[:1]
            raise RemoteError(f"{store_url}: writing graph <{graph_iri}> failed (HTTP {status} {reason}"
                              f"{': ' + said[0][:160] if said else ''}); the graph keeps its old content")

    def drop_graph(self, graph_iri: str) -> None:
        """Remove an article graph and kg's notes about it."""
        self.owe_inference([graph_iri])
        self._update(f"DROP SILENT GRAPH <{graph_iri}> ;\n"
                     f"DELETE {{ GRAPH {_META} {{ <{graph_iri}> ?p ?o }} }} WHERE {{ GRAPH {_META} {{ <{graph_iri}> ?p ?o }} }}")
        self._graph_hashes().pop(graph_iri, None)
        self._unsaved_hashes.pop(graph_iri, None)
        self._graphs = None

    def update(self, sparql: str) -> None:
        """Run a user's SPARQL Update on the server (it may change any
        graph: inference is owed for all, and kg's hashes are forgotten)."""
        from kg.remote import _with_prefixes

        self.owe_inference(None)
        self._update(_with_prefixes(sparql))
        self._update(f"DELETE {{ GRAPH {_META} {{ ?g <{KGS}contentHash> ?h }} }} "
                     f"WHERE {{ GRAPH {_META} {{ ?g <{KGS}contentHash> ?h }} }}")
        self._hashes, self._graphs = None, None

    def clear(self) -> None:
        """Drop every graph of this store (articles, inferred, bookkeeping)."""
        from kg.listings_remote import forget_generations, stale_generations

        forget_generations(self, stale_generations(self, None))  # kept listings' rows
        for graph in [*self.article_graphs(), self._inferred, META_GRAPH]:
            self._update(f"DROP SILENT GRAPH <{graph}>")
        self._graphs, self._hashes, self._unsaved_hashes, self._owed = [], {}, {}, None

    def replace_inferred(self, lines: list[str]) -> tuple[int, int]:
        """Make the inferred graph hold these triples (Turtle lines without
        prefixes, as :mod:`kg.reason` writes them); ``(added, removed)``.
        Nothing is sent when they are what it holds."""
        from kg.reason.inference import _tsv_text_lines

        old = set(_tsv_text_lines(self.select_tsv("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", graph=self._inferred)))
        new = set(lines)
        added, removed = len(new - old), len(old - new)
        if added or removed:
            ordered = sorted(new)
            if not ordered:
                self._update(f"DROP SILENT GRAPH <{self._inferred}>")
            for start in range(0, len(ordered), _PUT_LINES):
                self._put(self._inferred, "".join(ordered[start:start + _PUT_LINES]).encode("utf-8"),
                          "text/turtle", append=start > 0)
        return added, removed

    # -------------------------------------------------------------- reading

    def _asserted_dataset(self) -> dict[str, list[str]]:
        """The article graphs as a query's dataset (default and named):
        what the articles say, without the inferred graph or anything else."""
        graphs = self.article_graphs() or [self._prefix]  # no article: an empty dataset
        return {"default_graphs": graphs, "named_graphs": graphs}

    def query(self, sparql: str, *, asserted_only: bool = False):
        """Run SPARQL over the server's default graph (the union of its
        graphs, inferred included) or, ``asserted_only``, over the article
        graphs alone; answers are pyoxigraph's, as the embedded store's."""
        dataset = self._asserted_dataset() if asserted_only else {}
        return _distinct(sparql, self._results(sparql, accept=_ANY, **dataset))

    def query_graphs(self, sparql: str, *, default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()):
        """Run SPARQL over the graphs a client named by IRI."""
        return _distinct(sparql, self._results(sparql, default_graphs=list(default_graphs),
                                               named_graphs=list(named_graphs), accept=_ANY))

    def select_tsv(self, sparql: str, *, graph: str | None = None) -> str:
        """A simple SELECT (one group of patterns) over the union of the
        article graphs, or one graph by IRI, as TSV in Oxigraph's syntax
        (what :mod:`kg.reason` reads), each solution once."""
        start, end = sparql.index("{"), sparql.rindex("}")
        body = sparql[start + 1:end]
        if graph is not None:
            where = f" GRAPH <{graph}> {{ {body} }} "
        else:
            where = f" GRAPH ?kg_graph {{ {body} }} {self._kg_graphs(inferred=False)} "
            sparql = re.sub(r"^\s*SELECT\s+(?!DISTINCT\b)", "SELECT DISTINCT ", sparql, flags=re.IGNORECASE)
            start, end = sparql.index("{"), sparql.rindex("}")
        solutions = self._select(sparql[:start + 1] + where + sparql[end:])
        return (solutions.serialize(format=ox.QueryResultsFormat.TSV) or b"").decode("utf-8")

    def match(self, subject: ox.NamedNode | ox.BlankNode | None = None, predicate: ox.NamedNode | None = None,
              object: ox.NamedNode | ox.BlankNode | ox.Literal | None = None, *,
              graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads matching a pattern (``None`` matches anything): in one
        graph given by IRI, else in the union of the article graphs (each
        triple once, never the inferred graph)."""
        terms = {"s": subject, "p": predicate, "o": object}
        pattern = " ".join(str(t) if t is not None else f"?{n}" for n, t in terms.items())
        free = [n for n, t in terms.items() if t is None]
        projection = " ".join(f"?{n}" for n in free) or "*"
        if graph is not None:
            sparql = f"SELECT {projection} WHERE {{ GRAPH <{graph}> {{ {pattern} }} }}"
            target: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(graph)
        else:
            sparql = (f"SELECT DISTINCT {projection} WHERE {{ GRAPH ?kg_graph {{ {pattern} }} "
                      f"{self._kg_graphs(inferred=False)} }}")
            target = ox.DefaultGraph()
        if not free:
            found = bool(self._results(sparql.replace(f"SELECT DISTINCT {projection} WHERE", "ASK")
                                       .replace(f"SELECT {projection} WHERE", "ASK")))
            return iter([ox.Quad(subject, predicate, object, target)] if found else [])  # type: ignore[arg-type]
        rows = self._select(sparql)
        return (ox.Quad(row["s"] if subject is None else subject, row["p"] if predicate is None else predicate,
                        row["o"] if object is None else object, target) for row in rows)

    def match_subjects(self, subjects: Iterable[ox.NamedNode], predicate: ox.NamedNode | None = None
                       ) -> Iterator[ox.Quad]:
        """:meth:`match` for many subjects, a few hundred to a request
        (validation reads every node an ingest touched)."""
        wanted = sorted(set(subjects), key=lambda node: node.value)
        verb = str(predicate) if predicate is not None else "?p"
        for chunk in _chunks([str(node) for node in wanted], 300):
            rows = self._select(f"SELECT DISTINCT ?s {'' if predicate is not None else '?p'} ?o WHERE {{ "
                                f"VALUES ?s {{ {' '.join(chunk)} }} GRAPH ?kg_graph {{ ?s {verb} ?o }} "
                                f"{self._kg_graphs(inferred=False)} }}")
            for row in rows:
                yield ox.Quad(row["s"], predicate if predicate is not None else row["p"], row["o"], ox.DefaultGraph())

    def triples(self, asserted_only: bool = False) -> Iterator[ox.Triple]:
        """Each triple of the articles (and of the inference) once."""
        rows = self._select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?kg_graph {{ ?s ?p ?o }} "
                            f"{self._kg_graphs(inferred=not asserted_only)} }}")
        return (ox.Triple(row["s"], row["p"], row["o"]) for row in rows)

    def quads(self, asserted_only: bool = False) -> Iterator[ox.Quad]:
        """Every quad of the article graphs (and of the inferred graph)."""
        rows = self._select(f"SELECT ?kg_graph ?s ?p ?o WHERE {{ GRAPH ?kg_graph {{ ?s ?p ?o }} "
                            f"{self._kg_graphs(inferred=not asserted_only)} }}")
        return (ox.Quad(row["s"], row["p"], row["o"], row["kg_graph"]) for row in rows)

    def count(self, asserted_only: bool = False) -> int:
        rows = list(self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ "
                                 f"GRAPH ?kg_graph {{ ?s ?p ?o }} {self._kg_graphs(inferred=not asserted_only)} }} }}"))
        return int(rows[0]["n"].value) if rows else 0

    # ------------------------------------------------------------ lifecycle

    def open(self) -> None:
        """Nothing to open: every request is its own."""

    def flush(self) -> None:
        """Write the content hashes of the graphs replaced since the last flush."""
        if self._unsaved_hashes and not self.read_only:
            hashes, self._unsaved_hashes = self._unsaved_hashes, {}
            self._set_per_graph("contentHash", hashes)

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.path!r}, base={self.base!r})"


_OUTER_SELECT = re.compile(r"\bSELECT\s+(DISTINCT\b)?", re.IGNORECASE)
_COMMENT = re.compile(r"(?m)^\s*#.*$")


def _distinct(sparql: str, answer):
    """The solutions of a ``SELECT DISTINCT`` each once, as SPARQL says.

    Virtuoso keeps a literal read from two graphs in two internal forms and
    may return equal rows twice; pyoxigraph's terms compare by value, so
    rows are made distinct here (in the server's order)."""
    if not isinstance(answer, ox.QuerySolutions):
        return answer
    outer = _OUTER_SELECT.search(_COMMENT.sub("", sparql))
    if outer is None or not outer.group(1):
        return answer
    from kg.results import json_term

    variables = [v.value for v in answer.variables]
    seen: set[tuple] = set()
    bindings = []
    for solution in answer:
        row = tuple(solution[name] for name in variables)
        if row not in seen:
            seen.add(row)
            bindings.append({name: json_term(term) for name, term in zip(variables, row) if term is not None})
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return ox.parse_query_results(json.dumps(document).encode("utf-8"), format=ox.QueryResultsFormat.JSON)


def _ask_answer(answer):
    """Virtuoso answers ASK with solutions of one variable, ``__ASK_RETVAL``
    (no row, or a row of 0, for false); the boolean pyoxigraph gives."""
    if isinstance(answer, ox.QuerySolutions) and [v.value for v in answer.variables] == ["__ASK_RETVAL"]:
        found = any(row[0] is not None and row[0].value not in ("0", "false") for row in answer)
        return ox.parse_query_results(b'{"head": {}, "boolean": %s}' % (b"true" if found else b"false"),
                                      format=ox.QueryResultsFormat.JSON)
    return answer


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
