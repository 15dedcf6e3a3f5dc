"""The embedded on-disk store: pyoxigraph (RocksDB) under ``--store DIR``.

One named graph per article, replaced whole in one transaction when the
article is ingested again (the semantics of a Graph Store Protocol PUT).
Inferred triples live in a graph of their own, so queries and exports can
take the articles' word alone or together with what follows from it.

The default graph of the database is kept equal to the union of the article
graphs, each triple once, and is what queries read; see :meth:`Store.dataset`.

Layout of DIR::

    DIR/kg.json           settings the store was made with (the IRI base)
    DIR/oxigraph/         the pyoxigraph database
    DIR/sources.json      where each article was last read from (for messages)
    DIR/inference-owed    present while the inferred graph lags the articles

The inferred graph is derived from the article graphs, so every change to
them first writes ``inference-owed`` (naming the graphs about to change),
and only a completed inference removes it. A process killed in between
leaves the marker, and the next writing command finishes the work; see
:meth:`Store.owe_inference`.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import MissingStoreError, StoreError
from kg.iri import Minter
from kg.vocab import AGR, DEFAULT_BASE, PREFIXES

__all__ = ["Store", "DEFAULT_STORE"]

DEFAULT_STORE = Path(".kg-store")
_SETTINGS = "kg.json"
_OWED = "inference-owed"
_SOURCES = "sources.json"
_UNION_OWED = "union-owed"
_TEMP_PATTERNS = (".inferred-*", ".kg-*.tmp")  # files a killed process may leave behind
# 2: the default graph mirrors the union of the article graphs
# 3: articles are known by kg.iri.article_key (case, punctuation and scripts kept)
STORE_FORMAT = 3
ALL_GRAPHS = "all"  # inference owed for the whole store, changed graphs unknown


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the
    new content, never a truncated file (temp file, fsync, rename)."""
    temp = path.with_name(f".kg-{path.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def _lines(quads: Iterable[ox.Quad]) -> str:
    """Quads as N-Triples lines for a SPARQL update's data block (their graph is the block's)."""
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


class Store:
    """A kg store folder. Opens (and creates) the database on first use.

    ``read_only=True`` opens a snapshot that other processes may write
    beside; it is what ``kg query`` and ``kg export`` use, so they work
    while a server or another ingest holds the store.
    """

    def __init__(self, path: Path | str = DEFAULT_STORE, *, base: str | None = None, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        settings = self._load_settings()
        if base and settings.get("base") and settings["base"] != base:
            raise StoreError(
                f"{self.path}: this store was made with IRI base {settings['base']}; "
                f"use that base or a new --store folder"
            )
        self.base = base or settings.get("base") or DEFAULT_BASE
        self.minter = Minter(self.base)
        self._db: ox.Store | None = None
        self._owed: set[str] | None = None  # graphs named in the marker, as last read or written
        if not read_only and settings and settings.get("format", 1) < STORE_FORMAT:
            self._upgrade(settings)
        if not read_only and not settings:
            if self.path.is_dir() and any(self.path.iterdir()):
                # never write a database into someone's folder of other files
                raise StoreError(f"{self.path}: a folder of other files, not a kg store; "
                                 f"give --store a new or empty folder")
            self._save_settings({"base": self.base, "format": STORE_FORMAT})

    # ------------------------------------------------------------ lifecycle

    def _load_settings(self) -> dict:
        settings_file = self.path / _SETTINGS
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder; give --store a folder path")
        if not settings_file.exists():
            if self.read_only and not (self.path / "oxigraph").exists():
                raise MissingStoreError(
                    f"{self.path}: no kg store here; run 'kg ingest --store {self.path} ARTICLES' first")
            return {}
        try:
            settings = json.loads(settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{settings_file}: unreadable store settings ({exc}); restore it or use a new --store") from None
        if not isinstance(settings, dict) or not isinstance(settings.get("base", ""), str):
            raise StoreError(f"{settings_file}: store settings must be a JSON object with a string 'base', "
                             f"found {type(settings).__name__}; restore it or use a new --store")
        return settings

    def _save_settings(self, settings: dict) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path / _SETTINGS, (json.dumps(settings, indent=1) + "\n").encode("utf-8"))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store ({exc.strerror}); check the path and permissions") from None

    def setting(self, name: str, default: object = None) -> object:
        """One value of the store's settings file (``kg.json``)."""
        return self._load_settings().get(name, default)

    def remember(self, name: str, value: object) -> None:
        """Keep ``value`` in the store's settings (``None`` forgets it)."""
        settings = self._load_settings()
        if value is None:
            settings.pop(name, None)
        else:
            settings[name] = value
        self._save_settings(settings)

    def _upgrade(self, settings: dict) -> None:
        """Bring a store made by an earlier kg to :data:`STORE_FORMAT`.

        Each step is safe to repeat, and the format number is written only
        once all are done, so a store interrupted half way is upgraded again.
        """
        version = settings.get("format", 1)
        if version < 2:
            self.rebuild_union()  # a store from before the union mirror
        if version < 3:
            if self._rekey_articles():
                self.rebuild_union()
                self.owe_inference(None)
        self._save_settings({**settings, "format": STORE_FORMAT})

    def _rekey_articles(self) -> int:
        """Rename article graphs minted from the old lossy slug of their file
        stem to :func:`kg.iri.article_key`'s name; returns how many moved.

        The graph, the article node, its mentions, agreements and post
        holdings carry the key in their IRIs; every other IRI stays.
        Statement nodes keep their old opaque names until the article is
        next ingested.
        """
        query = (f"SELECT ?g ?name WHERE {{ GRAPH ?g {{ ?article <{AGR}fileName> ?name ; "
                 f"<{AGR}contentHash> ?hash }} }}")
        graph_prefix = self.minter.base + "graph/"
        moved = 0
        solutions = self.db.query(query)
        assert isinstance(solutions, ox.QuerySolutions)
        for row in list(solutions):
            old_graph, name = row["g"].value, row["name"].value
            new_graph = self.minter.graph(Path(name).stem)
            if not old_graph.startswith(graph_prefix) or new_graph == old_graph:
                continue
            old_key, new_key = old_graph[len(graph_prefix):], new_graph[len(graph_prefix):]
            renames = [(f"{self.minter.base}{family}/{old_key}", f"{self.minter.base}{family}/{new_key}")
                       for family in ("graph", "article", "agreement", "holding")]

            def rename(term, renames=renames):
                if isinstance(term, ox.NamedNode):
                    for old, new in renames:
                        if term.value == old or term.value.startswith((old + "#", old + "/")):
                            return ox.NamedNode(new + term.value[len(old):])
                return term

            target = ox.NamedNode(new_graph)
            quads = [ox.Quad(rename(q.subject), q.predicate, rename(q.object), target)
                     for q in self.db.quads_for_pattern(None, None, None, ox.NamedNode(old_graph))]
            quads = self._restate(quads)
            self.db.extend(quads)  # the new graph first: a crash between leaves both, redone next time
            self.db.update(f"DROP SILENT GRAPH <{old_graph}>")
            moved += 1
        return moved

    def _restate(self, quads: list[ox.Quad]) -> list[ox.Quad]:
        """Rename the statement nodes whose triple changed: a statement's IRI
        is minted from the triple it is about (see :meth:`Minter.statement`)."""
        rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        parts: dict[ox.NamedNode, dict[str, object]] = {}
        for quad in quads:
            if quad.predicate.value in (rdf + "subject", rdf + "predicate", rdf + "object") \
                    and isinstance(quad.subject, ox.NamedNode) \
                    and quad.subject.value.startswith(self.minter.base + "statement/"):
                parts.setdefault(quad.subject, {})[quad.predicate.value[len(rdf):]] = quad.object
        renamed: dict[ox.NamedNode, ox.NamedNode] = {}
        for node, triple in parts.items():
            if set(triple) == {"subject", "predicate", "object"}:
                subject, predicate, obj = triple["subject"], triple["predicate"], triple["object"]
                renamed[node] = ox.NamedNode(self.minter.statement(subject.value, predicate.value,  # type: ignore[attr-defined]
                                                                   obj.value))  # type: ignore[attr-defined]
        return [ox.Quad(renamed.get(q.subject, q.subject), q.predicate, renamed.get(q.object, q.object),  # type: ignore[arg-type]
                        q.graph_name) for q in quads]

    @property
    def db(self) -> ox.Store:
        """The pyoxigraph store, opened on first use."""
        if self._db is None:
            location = str(self.path / "oxigraph")
            try:
                self._db = ox.Store.read_only(location) if self.read_only else ox.Store(location)
            except OSError as exc:
                if "lock" in str(exc).lower():
                    raise StoreError(
                        f"{self.path}: the store is in use by another kg process (a running 'kg serve'?); "
                        f"stop it or wait for it to finish"
                    ) from None
                raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
            if not self.read_only:
                self._remove_leftovers()
                if (self.path / _UNION_OWED).exists():  # a rebuild a killed process did not finish
                    self.rebuild_union()
        return self._db

    def open(self) -> None:
        """Open the database now rather than on first use (a read-only
        snapshot then shows the files as they are at this moment)."""
        _ = self.db

    def _remove_leftovers(self) -> None:
        """Delete temp files a killed kg process left in the store folder
        (only the holder of the write lock, so never another's live file)."""
        for pattern in _TEMP_PATTERNS:
            for leftover in self.path.glob(pattern):
                try:
                    leftover.unlink()
                except OSError:
                    pass

    # ------------------------------------------------------- inference owed

    def owe_inference(self, graphs: Iterable[str] | None) -> None:
        """Record, durably and before they change, that these article graphs
        (``None``: the store as a whole) will need the inferred graph
        recomputed. Cheap when they are already recorded."""
        owed = self.inference_owed()
        wanted = {ALL_GRAPHS} if graphs is None else set(graphs)
        if owed is not None and (ALL_GRAPHS in owed or wanted <= owed):
            return
        merged = wanted | (owed or set())
        if ALL_GRAPHS in merged:
            merged = {ALL_GRAPHS}
        try:
            write_atomically(self.path / _OWED, (json.dumps(sorted(merged), ensure_ascii=False) + "\n").encode())
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write to the store ({exc.strerror}); "
                             f"check its permissions and free space; nothing was changed") from None
        self._owed = merged

    def inference_owed(self) -> set[str] | None:
        """The article graphs changed since the inferred graph was last
        recomputed (containing :data:`ALL_GRAPHS` when unknown), or ``None``
        when nothing is owed."""
        marker = self.path / _OWED
        if not marker.exists():
            self._owed = None
            return None
        try:
            graphs = json.loads(marker.read_text(encoding="utf-8"))
            owed = {str(g) for g in graphs} if isinstance(graphs, list) else {ALL_GRAPHS}
        except (OSError, ValueError):
            owed = {ALL_GRAPHS}  # a marker cut short by a crash: check everything
        self._owed = owed
        return owed

    def inference_paid(self) -> None:
        """The inferred graph now follows from every article graph."""
        try:
            (self.path / _OWED).unlink()
        except FileNotFoundError:
            pass
        self._owed = None

    # ------------------------------------------------------------- sources

    def sources(self) -> dict[str, str]:
        """Article graph IRI -> the file it was last read from (absolute)."""
        try:
            data = json.loads((self.path / _SOURCES).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def record_sources(self, read_from: dict[str, str]) -> None:
        """Remember where these article graphs were read from."""
        if not read_from:
            return
        sources = {**self.sources(), **read_from}
        try:
            write_atomically(self.path / _SOURCES,
                             json.dumps(sources, ensure_ascii=False, indent=0, sort_keys=True).encode("utf-8"))
        except OSError:
            pass  # only messages depend on it

    def close(self) -> None:
        if self._db is not None and not self.read_only:
            self._db.flush()
        self._db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------- graphs

    def article_graphs(self) -> list[str]:
        """IRIs of the graphs that hold what articles say."""
        inferred = self.minter.inferred_graph()
        prefix = self.minter.base + "graph/"
        return sorted(
            g.value for g in self.db.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(prefix) and g.value != inferred
        )

    def graph_triples(self, graph_iri: str) -> set[tuple]:
        """The (subject, predicate, object) terms one graph holds."""
        return {(q.subject, q.predicate, q.object)
                for q in self.db.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))}

    def has_graph(self, graph_iri: str) -> bool:
        """Whether the store holds a non-empty graph of this IRI."""
        return any(True for _ in self.db.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)))

    def compare_graph(self, graph_iri: str, quads: list) -> str:
        """``"absent"``, ``"same"`` or ``"different"``: how the stored graph
        stands to ``quads`` (what ingest asks before writing an article)."""
        existing = self.graph_triples(graph_iri)
        if not existing:
            return "absent"
        return "same" if existing == {(q.subject, q.predicate, q.object) for q in quads} else "different"

    def graph_hash(self, graph_iri: str) -> str | None:
        """The content hash recorded in an article graph, if the graph exists."""
        query = (
            "SELECT ?hash WHERE { GRAPH ?g { ?article <%sfileName> ?name ; <%scontentHash> ?hash } }"
            % (AGR, AGR)
        )
        solutions = self.db.query(query, substitutions={ox.Variable("g"): ox.NamedNode(graph_iri)})
        assert isinstance(solutions, ox.QuerySolutions), "a SELECT answers with solutions"
        for row in solutions:
            return row["hash"].value
        return None

    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Replace one article graph's content in a single transaction.

        The store's default graph mirrors the union of the article graphs,
        each triple once (see :meth:`query`); the same update keeps it in
        step: triples only the old graph held leave it, the new ones enter.
        Either the old content or the new is visible, never a mix: a
        failure half way leaves what was stored before.
        """
        graph = ox.NamedNode(graph_iri)
        quads = list(quads)
        self.owe_inference([graph_iri])
        if not any(True for _ in self.db.quads_for_pattern(None, None, None, graph)):
            # a new graph: one transactional insert of it and its union copies
            # is three times faster than parsing the same as an update
            try:
                self.db.extend([ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
                               + [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads])
            except OSError as exc:
                raise StoreError(f"{self.path}: writing graph {graph_iri} failed ({exc}); the store is unchanged") from None
            return
        body = _lines(quads)
        self._write_graph(graph_iri, (
            f"{self._forget_union(graph)} ;\n"
            f"DROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }} ;\n"
            f"INSERT DATA {{\n{body}\n}}"
        ))

    def patch_graph(self, graph_iri: str, removed: Iterable[ox.Quad], added: Iterable[ox.Quad]) -> None:
        """Take some triples out of an article graph and put others in, in
        one transaction that keeps the union in step (a triple leaves it
        only when no other article graph holds it): what renaming a node
        in a few graphs costs, without rewriting them whole."""
        graph = ox.NamedNode(graph_iri)
        removed, added = list(removed), list(added)
        inferred = ox.NamedNode(self.minter.inferred_graph())
        values = " ".join(f"({q.subject} {q.predicate} {q.object})" for q in removed)
        self.owe_inference([graph_iri])
        self._write_graph(graph_iri, (
            f"DELETE DATA {{ GRAPH {graph} {{\n{_lines(removed)}\n}} }} ;\n"
            f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {values} }} ?s ?p ?o "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {inferred}) }} }} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{_lines(added)}\n}} }} ;\n"
            f"INSERT DATA {{\n{_lines(added)}\n}}"
        ))

    def _write_graph(self, graph_iri: str, update: str) -> None:
        """Run one update that writes an article graph: all of it or, on failure, none."""
        try:
            self.db.update(update)
        except OSError as exc:
            raise StoreError(f"{self.path}: writing graph {graph_iri} failed ({exc}); the store is unchanged") from None

    def drop_graph(self, graph_iri: str) -> None:
        """Remove an article graph (and what only it held from the union)."""
        graph = ox.NamedNode(graph_iri)
        self.owe_inference([graph_iri])
        self.db.update(f"{self._forget_union(graph)} ;\nDROP SILENT GRAPH {graph}")

    def _forget_union(self, graph: ox.NamedNode) -> str:
        """An update that removes from the union the triples no article
        graph but ``graph`` holds."""
        inferred = ox.NamedNode(self.minter.inferred_graph())
        return (
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph} && ?other != {inferred}) }} }}"
        )

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update from a user (the endpoint's update mode),
        then recompute the union, since the update may change any graph.

        Write into named graphs: the default graph is the union and is
        recomputed from them, so a triple written straight into it does not
        stay. The recomputation costs time in proportion to the store; bulk
        loading belongs to ``kg ingest``.
        """
        self.owe_inference(None)
        self.db.update(sparql, prefixes=PREFIXES)
        self.rebuild_union()

    def rebuild_union(self) -> None:
        """Recompute the default graph from the article graphs (after a bulk
        load, or to repair a store written by another tool).

        Not one transaction: a marker file stands while it runs, and a
        store opened for writing with the marker still there is rebuilt.
        """
        marker = self.path / _UNION_OWED
        write_atomically(marker, b"the default graph is being rebuilt from the article graphs\n")
        self.db.clear_graph(ox.DefaultGraph())
        inferred = self.minter.inferred_graph()

        def union() -> Iterator[ox.Quad]:
            for quad in self.db.quads_for_pattern(None, None, None, None):
                if not isinstance(quad.graph_name, ox.DefaultGraph) and quad.graph_name.value != inferred:
                    yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())

        self.db.bulk_extend(union())
        self.db.flush()
        marker.unlink()

    # -------------------------------------------------------------- reading

    def dataset(self, asserted_only: bool = False) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
        """The graphs a query's default graph is made of.

        Not pyoxigraph's union of all named graphs: that union is a
        multiset (a label that thirty articles state comes back thirty
        times, and joins multiply the copies), so kg keeps the union itself,
        each triple once, in the store's default graph, and adds the
        inferred graph (whose triples are never also asserted) unless
        ``asserted_only``.
        """
        graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.DefaultGraph()]
        if not asserted_only:
            graphs.append(ox.NamedNode(self.minter.inferred_graph()))
        return graphs

    def query(self, sparql: str, *, asserted_only: bool = False):
        """Run SPARQL over what the articles say (and, unless
        ``asserted_only``, what follows from it); ``GRAPH`` reaches each
        article graph by its IRI. Parameters are bound by the caller's
        query path (:func:`kg.params.query_bound`), not here."""
        return self.db.query(sparql, default_graph=self.dataset(asserted_only), prefixes=PREFIXES)

    def query_graphs(self, sparql: str, *, default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()):
        """Run SPARQL over the graphs a client named by IRI (the protocol's
        ``default-graph-uri`` and ``named-graph-uri``) instead of kg's own
        dataset (:meth:`dataset`)."""
        defaults: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.NamedNode(g) for g in default_graphs]
        named: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(g) for g in named_graphs]
        return self.db.query(sparql, default_graph=defaults or None, named_graphs=named or None, prefixes=PREFIXES)

    def triples(self, asserted_only: bool = False) -> Iterator[ox.Triple]:
        """Each triple of the articles (and of the inference) once."""
        for quad in self.db.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield quad.triple
        if not asserted_only:
            for quad in self.db.quads_for_pattern(None, None, None, ox.NamedNode(self.minter.inferred_graph())):
                if not any(True for _ in self.db.quads_for_pattern(quad.subject, quad.predicate, quad.object,
                                                                   ox.DefaultGraph())):
                    yield quad.triple

    def match(self, subject: ox.NamedNode | ox.BlankNode | None = None, predicate: ox.NamedNode | None = None,
              object: ox.NamedNode | ox.BlankNode | ox.Literal | None = None, *,
              graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads matching a pattern (``None`` matches anything): in one
        article graph given by IRI, else in the union of the article graphs
        (each triple once, never the inferred graph)."""
        where = ox.NamedNode(graph) if graph is not None else ox.DefaultGraph()
        return self.db.quads_for_pattern(subject, predicate, object, where)

    def match_subjects(self, subjects: Iterable[ox.NamedNode], predicate: ox.NamedNode | None = None
                       ) -> Iterator[ox.Quad]:
        """:meth:`match` for many subjects at once (what validation reads)."""
        for subject in subjects:
            yield from self.db.quads_for_pattern(subject, predicate, None, ox.DefaultGraph())

    def select_tsv(self, sparql: str, *, graph: str | None = None) -> str:
        """A SELECT's solutions as TSV text written by Oxigraph itself (no
        Python object per term: the reasoner reads millions of rows so),
        over the union of the article graphs or one graph given by IRI."""
        where = ox.NamedNode(graph) if graph is not None else ox.DefaultGraph()
        solutions = self.db.query(sparql, default_graph=where)
        assert isinstance(solutions, ox.QuerySolutions), "select_tsv runs SELECT queries"
        return (solutions.serialize(format=ox.QueryResultsFormat.TSV) or b"").decode("utf-8")

    def remove_lines(self, graph: str, lines: list[str]) -> None:
        """Delete triples, given as N-Triples lines, from one graph."""
        target = ox.NamedNode(graph)
        for start in range(0, len(lines), 20_000):  # an update of bounded size
            self.db.update(f"DELETE DATA {{ GRAPH {target} {{\n{''.join(lines[start:start + 20_000])}}} }}")

    def load_turtle(self, path: Path | str, graph: str) -> None:
        """Add a Turtle file's triples to one graph with Oxigraph's bulk
        loader (not one transaction: callers keep an owed marker around it)."""
        self.db.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(graph))

    def load_article_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Add article-graph quads with Oxigraph's bulk loader, each also to
        the default graph, the union the store keeps (see :meth:`dataset`).
        Not one transaction and no inference owed: for building benchmark
        data fast (:mod:`kg.synthetic`), not for ingesting articles."""

        def with_union() -> Iterator[ox.Quad]:
            for quad in quads:
                yield quad
                yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())

        self.db.bulk_extend(with_union())

    def compact(self) -> None:
        """Merge the database's files (after a big bulk load: lookups then
        search fewer files)."""
        self.db.optimize()

    def flush(self) -> None:
        """Write everything buffered to disk."""
        self.db.flush()

    def count(self, asserted_only: bool = False) -> int:
        return sum(1 for _ in self.triples(asserted_only=asserted_only))

    def quads(self, asserted_only: bool = False) -> Iterator[ox.Quad]:
        inferred = self.minter.inferred_graph()
        for quad in self.db.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                continue
            if asserted_only and quad.graph_name.value == inferred:
                continue
            yield quad
