"""The embedded on-disk store: pyoxigraph (RocksDB) under ``--store DIR``.

One named graph per article, replaced whole in one transaction when the
article is ingested again (the semantics of a Graph Store Protocol PUT).
Inferred triples live in a graph of their own, so queries and exports can
take the articles' word alone or together with what follows from it.

The default graph of the database is kept equal to the union of the article
graphs, each triple once, and is what queries read; see :meth:`Store.dataset`.

Layout of DIR::

    DIR/kg.json      settings the store was made with (the IRI base)
    DIR/oxigraph/    the pyoxigraph database
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.iri import Minter
from kg.vocab import AGR, DEFAULT_BASE, PREFIXES

__all__ = ["Store", "DEFAULT_STORE"]

DEFAULT_STORE = Path(".kg-store")
_SETTINGS = "kg.json"
STORE_FORMAT = 2  # 2: the default graph mirrors the union of the article graphs


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
        if not read_only and settings and settings.get("format", 1) < STORE_FORMAT:
            self.rebuild_union()  # a store from before the union mirror
            self._save_settings({**settings, "format": STORE_FORMAT})
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
                raise StoreError(f"{self.path}: no kg store here; run 'kg ingest --store {self.path} ARTICLES' first")
            return {}
        try:
            return json.loads(settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{settings_file}: unreadable store settings ({exc}); restore it or use a new --store") from None

    def _save_settings(self, settings: dict) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            (self.path / _SETTINGS).write_text(json.dumps(settings, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store ({exc.strerror}); check the path and permissions") from None

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
        return self._db

    def close(self) -> None:
        if self._db is not None and not self.read_only:
            self._db.flush()
        self._db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def curation(self, path: Path | None = None):
        """The curation file to apply at ingest: ``path`` when given (and
        remembered in the store's settings), else the one remembered."""
        from kg.curation import load_curation

        settings = self._load_settings()
        if path is not None:
            curation = load_curation(path)  # check it before remembering it
            settings["curation"] = str(Path(path).resolve())
            self._save_settings(settings)
            return curation
        remembered = settings.get("curation")
        return load_curation(remembered) if remembered else None

    # -------------------------------------------------------------- graphs

    def article_graphs(self) -> list[str]:
        """IRIs of the graphs that hold what articles say."""
        inferred = self.minter.inferred_graph()
        prefix = self.minter.base + "graph/"
        return sorted(
            g.value for g in self.db.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(prefix) and g.value != inferred
        )

    def graph_hash(self, graph_iri: str) -> str | None:
        """The content hash recorded in an article graph, if the graph exists."""
        query = (
            "SELECT ?hash WHERE { GRAPH ?g { ?article <%sfileName> ?name ; <%scontentHash> ?hash } }"
            % (AGR, AGR)
        )
        for row in self.db.query(query, substitutions={ox.Variable("g"): ox.NamedNode(graph_iri)}):
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
        if not any(True for _ in self.db.quads_for_pattern(None, None, None, graph)):
            # a new graph: one transactional insert of it and its union copies
            # is three times faster than parsing the same as an update
            try:
                self.db.extend([ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
                               + [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads])
            except OSError as exc:
                raise StoreError(f"{self.path}: writing graph {graph_iri} failed ({exc}); the store is unchanged") from None
            return
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        update = (
            f"{self._forget_union(graph)} ;\n"
            f"DROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }} ;\n"
            f"INSERT DATA {{\n{body}\n}}"
        )
        try:
            self.db.update(update)
        except OSError as exc:
            raise StoreError(f"{self.path}: writing graph {graph_iri} failed ({exc}); the store is unchanged") from None

    def drop_graph(self, graph_iri: str) -> None:
        """Remove an article graph (and what only it held from the union)."""
        graph = ox.NamedNode(graph_iri)
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
        self.db.update(sparql, prefixes=PREFIXES)
        self.rebuild_union()

    def rebuild_union(self) -> None:
        """Recompute the default graph from the article graphs (after a bulk
        load, or to repair a store written by another tool)."""
        self.db.clear_graph(ox.DefaultGraph())
        inferred = self.minter.inferred_graph()

        def union() -> Iterator[ox.Quad]:
            for quad in self.db.quads_for_pattern(None, None, None, None):
                if not isinstance(quad.graph_name, ox.DefaultGraph) and quad.graph_name.value != inferred:
                    yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())

        self.db.bulk_extend(union())

    # -------------------------------------------------------------- reading

    def dataset(self, asserted_only: bool = False) -> list[ox.NamedNode | ox.DefaultGraph]:
        """The graphs a query's default graph is made of.

        Not pyoxigraph's union of all named graphs: that union is a
        multiset (a label that thirty articles state comes back thirty
        times, and joins multiply the copies), so kg keeps the union itself,
        each triple once, in the store's default graph, and adds the
        inferred graph (whose triples are never also asserted) unless
        ``asserted_only``.
        """
        graphs: list[ox.NamedNode | ox.DefaultGraph] = [ox.DefaultGraph()]
        if not asserted_only:
            graphs.append(ox.NamedNode(self.minter.inferred_graph()))
        return graphs

    def query(self, sparql: str, *, asserted_only: bool = False,
              substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run SPARQL over what the articles say (and, unless
        ``asserted_only``, what follows from it); ``GRAPH`` reaches each
        article graph by its IRI."""
        if substitutions:
            # a VALUES block opening the WHERE clause rather than pyoxigraph's
            # substitutions: Oxigraph joins in the order written, so the
            # bound values then drive the whole evaluation (substitution left
            # some queries scanning the graph), and it binds variables the
            # query does not project as well
            from kg.params import insert_values

            sparql = insert_values(sparql, dict(substitutions))
        return self.db.query(sparql, default_graph=self.dataset(asserted_only), prefixes=PREFIXES)

    def triples(self, asserted_only: bool = False) -> Iterator[ox.Triple]:
        """Each triple of the articles (and of the inference) once."""
        for quad in self.db.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield quad.triple
        if not asserted_only:
            for quad in self.db.quads_for_pattern(None, None, None, ox.NamedNode(self.minter.inferred_graph())):
                if not any(True for _ in self.db.quads_for_pattern(quad.subject, quad.predicate, quad.object,
                                                                   ox.DefaultGraph())):
                    yield quad.triple

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
