"""The analyst's entry point: one object over a store folder.

>>> import kg
>>> graph = kg.KnowledgeGraph("demo-store")          # doctest: +SKIP
>>> graph.ingest(["data/articles"])                   # doctest: +SKIP
>>> graph.run("parties").dicts()[0]["party_name"]     # doctest: +SKIP
'State Information Center'
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.ingest import IngestReport, ingest_paths
from kg.queries import load_query
from kg.results import Rows, rows_from_solutions
from kg.store import DEFAULT_STORE, Store

__all__ = ["KnowledgeGraph"]


class KnowledgeGraph:
    """A knowledge graph of agreements kept in a store folder.

    Parameters
    ----------
    store : path of the store folder (created when missing)
    base : IRI base for new stores; an existing store keeps its own
    read_only : open a snapshot for reading beside a running writer
    """

    def __init__(self, store: Path | str = DEFAULT_STORE, *, base: str | None = None, read_only: bool = False):
        self.store = Store(store, base=base, read_only=read_only)

    def ingest(self, paths: Iterable[Path | str], **options) -> IngestReport:
        """Ingest article files or folders; see :func:`kg.ingest.ingest_paths`."""
        return ingest_paths(self.store, paths, **options)

    def query(self, sparql: str, *, asserted_only: bool = False, **bindings: object) -> Rows:
        """Run a SELECT query; keyword arguments bind its variables to values."""
        solutions = self.store.query(sparql, asserted_only=asserted_only, substitutions=_terms(bindings))
        return rows_from_solutions(solutions)

    def run(self, name: str, *, asserted_only: bool = False, **bindings: object) -> Rows:
        """Run a named query (``queries/NAME.rq``) or a ``.rq`` file."""
        return self.query(load_query(name).text, asserted_only=asserted_only, **bindings)

    def export(self, output: Path | str, fmt: str = "turtle", *, asserted_only: bool = False) -> int:
        from kg.export import export

        return export(self.store, output, fmt, asserted_only=asserted_only)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _terms(bindings: dict[str, object]) -> dict:
    """Python values as RDF terms: IRIs stay IRIs, the rest become literals."""
    import pyoxigraph as ox

    terms = {}
    for name, value in bindings.items():
        if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            terms[name] = value
        elif isinstance(value, str) and value.startswith(("http://", "https://", "urn:")):
            terms[name] = ox.NamedNode(value)
        else:
            terms[name] = ox.Literal(str(value))
    return terms
