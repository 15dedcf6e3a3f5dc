"""What every kg store offers, and the one place a ``--store`` value is opened.

kg keeps its graph either in the embedded store (:class:`kg.store.Store`, a
folder) or on a SPARQL 1.1 server (:class:`kg.store_remote.RemoteStore`, a
URL). The commands, the Python API and ``kg serve`` talk to either through
the methods :class:`KgStore` lists, and get one from :func:`open_store`, so
that ``kg ingest --store DIR`` and ``kg ingest --store http://...`` run the
same code.

>>> store_location("http://127.0.0.1:7878")
'http://127.0.0.1:7878'
>>> store_location("my-store")
PosixPath('my-store')
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from kg.iri import Minter

__all__ = ["KgStore", "open_store", "store_location", "is_url"]


def is_url(where: object) -> bool:
    """Whether a ``--store`` value names a server rather than a folder."""
    return isinstance(where, str) and where.lower().startswith(("http://", "https://"))


def store_location(value: str | Path) -> str | Path:
    """A ``--store`` value as given: a URL stays text (a path would fold its
    ``//``), anything else is a folder path."""
    if isinstance(value, Path):
        return value
    return value if is_url(value) else Path(value)


@runtime_checkable
class KgStore(Protocol):
    """The store as kg's commands use it.

    Article graphs (one per article, replaced whole), the inferred graph
    (``minter.inferred_graph()``, recomputed by :mod:`kg.reason`), and the
    bookkeeping a store keeps beside them: settings (the IRI base, the
    remembered curation file), where each article was read from, and
    which article graphs the inferred graph has not caught up with.
    Terms are pyoxigraph's, whatever keeps them.
    """

    path: Any  # where the store is, for messages: a folder (Path) or a URL (str)
    base: str
    minter: Minter
    read_only: bool

    # bookkeeping
    def setting(self, name: str, default: object = None) -> object: ...
    def remember(self, name: str, value: object) -> None: ...
    def sources(self) -> dict[str, str]: ...
    def record_sources(self, read_from: dict[str, str]) -> None: ...
    def owe_inference(self, graphs: Iterable[str] | None) -> None: ...
    def inference_owed(self) -> set[str] | None: ...
    def inference_paid(self) -> None: ...

    # article graphs
    def article_graphs(self) -> list[str]: ...
    def has_graph(self, graph_iri: str) -> bool: ...
    def compare_graph(self, graph_iri: str, quads: list) -> str: ...
    def replace_graph(self, graph_iri: str, quads: Iterable) -> None: ...
    def patch_graph(self, graph_iri: str, removed: Iterable, added: Iterable) -> None: ...
    def drop_graph(self, graph_iri: str) -> None: ...
    def update(self, sparql: str) -> None: ...

    # reading
    def query(self, sparql: str, *, asserted_only: bool = False) -> Any: ...
    def query_graphs(self, sparql: str, *, default_graphs: Iterable[str] = (),
                     named_graphs: Iterable[str] = ()) -> Any: ...
    def select_tsv(self, sparql: str, *, graph: str | None = None) -> str: ...
    def match(self, subject: Any = None, predicate: Any = None, object: Any = None, *,
              graph: str | None = None) -> Iterator: ...
    def match_subjects(self, subjects: Iterable[Any], predicate: Any = None) -> Iterator: ...
    def triples(self, asserted_only: bool = False) -> Iterator: ...
    def quads(self, asserted_only: bool = False) -> Iterator: ...
    def count(self, asserted_only: bool = False) -> int: ...

    def open(self) -> None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Any: ...
    def __exit__(self, *exc: object) -> None: ...


def open_store(where: str | Path, *, base: str | None = None, read_only: bool = False,
               update: str | None = None, graph_store: str | None = None) -> KgStore:
    """The store a ``--store`` value names: an ``http(s)://`` URL is a SPARQL
    server (its query URL or base; ``update`` and ``graph_store`` give the
    other endpoints where they are not beside it, see
    :meth:`kg.remote.Endpoint.at`), anything else a store folder."""
    if is_url(where):
        from kg.store_remote import RemoteStore

        return RemoteStore(str(where), base=base, read_only=read_only, update=update, graph_store=graph_store)
    from kg.store import Store

    return Store(where, base=base, read_only=read_only)
