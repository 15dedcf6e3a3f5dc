"""The embedded on-disk store: pyoxigraph (RocksDB) under ``--store DIR``.

One named graph per article, replaced whole in one transaction when the
article is ingested again (the semantics of a Graph Store Protocol PUT).
Inferred triples live in a graph of their own, so queries and exports can
take the articles' word alone or together with what follows from it.

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
        if not read_only and not settings:
            self._save_settings({"base": self.base, "format": 1})

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
        """Replace one graph's content in a single transaction.

        Either the old content or the new is visible, never a mix: a failure
        half way leaves what was stored before.
        """
        graph = ox.NamedNode(graph_iri)
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        update = f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
        try:
            self.db.update(update)
        except OSError as exc:
            raise StoreError(f"{self.path}: writing graph {graph_iri} failed ({exc}); the store is unchanged") from None

    def drop_graph(self, graph_iri: str) -> None:
        self.db.update(f"DROP SILENT GRAPH <{graph_iri}>")

    # -------------------------------------------------------------- reading

    def dataset(self, asserted_only: bool = False) -> list[ox.NamedNode] | None:
        """The graphs a query's default graph is made of (None: all of them)."""
        if not asserted_only:
            return None
        return [ox.NamedNode(g) for g in self.article_graphs()]

    def query(self, sparql: str, *, asserted_only: bool = False,
              substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run SPARQL with the union of the article graphs (and the inferred
        graph unless ``asserted_only``) as the default graph."""
        graphs = self.dataset(asserted_only)
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()} or None
        if graphs is None:
            return self.db.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES, substitutions=subs)
        if not graphs:
            graphs = [ox.NamedNode(self.minter.base + "graph/none")]
        return self.db.query(sparql, default_graph=graphs, prefixes=PREFIXES, substitutions=subs)

    def triples(self, asserted_only: bool = False) -> Iterator[ox.Triple]:
        """Distinct triples of the union of the chosen graphs."""
        rows = self.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", asserted_only=asserted_only)
        for row in rows:
            yield ox.Triple(row["s"], row["p"], row["o"])

    def count(self, asserted_only: bool = False) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                          asserted_only=asserted_only)
        return int(next(iter(rows))["n"].value)

    def quads(self, asserted_only: bool = False) -> Iterator[ox.Quad]:
        inferred = self.minter.inferred_graph()
        for quad in self.db.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                continue
            if asserted_only and quad.graph_name.value == inferred:
                continue
            yield quad
