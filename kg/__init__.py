"""kg: a knowledge graph of agreements read from news articles.

The public verbs are importable from here; heavy libraries (pyoxigraph,
trafilatura, rdflib, networkx) load only when a verb that needs them runs,
so ``import kg`` stays fast.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"  # the one place: pyproject.toml reads it, the ontology repeats it

__all__ = [
    "KnowledgeGraph",
    "Store",
    "read_article",
    "extract",
    "ingest_paths",
    "export",
    "KgError",
    "IRI",
    "__version__",
]

_LAZY = {
    "KnowledgeGraph": "kg.graph",
    "Store": "kg.store",
    "read_article": "kg.article",
    "extract": "kg.extract",
    "ingest_paths": "kg.ingest",
    "export": "kg.export",
    "KgError": "kg.errors",
    "IRI": "kg.terms",
}

if TYPE_CHECKING:  # pragma: no cover
    from kg.article import read_article
    from kg.errors import KgError
    from kg.export import export
    from kg.extract import extract
    from kg.graph import KnowledgeGraph
    from kg.ingest import ingest_paths
    from kg.store import Store
    from kg.terms import IRI


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
