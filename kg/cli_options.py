"""Command-line options that several ``kg`` commands share, defined once so
that every command reads them alike (the same default, the same help)."""
from __future__ import annotations

import argparse
import os
from typing import Any

from kg.stores import store_location

__all__ = ["add_store_option", "open_store_of", "store_endpoints"]


def add_store_option(parser: Any, *, endpoints: Any = True) -> None:
    """``--store DIR|URL`` on a parser or argument group: the store folder,
    or a SPARQL server's URL; by default ``$KG_STORE`` or ``.kg-store``.

    With ``endpoints`` (the parser itself, or the parser to put them on
    when ``parser`` is a group whose options exclude each other), also
    ``--update-endpoint`` and ``--graph-store``, for a server whose update
    and Graph Store URLs are not beside its query URL (default
    ``$KG_UPDATE_ENDPOINT``, ``$KG_GRAPH_STORE``)."""
    parser.add_argument("--store", type=store_location, default=store_location(os.environ.get("KG_STORE", ".kg-store")),
                        metavar="DIR|URL",
                        help="store folder, or a SPARQL 1.1 server's URL (its base or query URL) "
                             "(default: $KG_STORE or .kg-store)")
    target = parser if endpoints is True else endpoints
    if not target:
        return
    target.add_argument("--update-endpoint", dest="store_update", metavar="URL",
                        default=os.environ.get("KG_UPDATE_ENDPOINT") or None,
                        help="with --store URL: the server's SPARQL Update URL, if not beside the query URL "
                             "(…/update); Virtuoso: …/sparql (default: $KG_UPDATE_ENDPOINT)")
    target.add_argument("--graph-store", dest="store_graph_store", metavar="URL",
                        default=os.environ.get("KG_GRAPH_STORE") or None,
                        help="with --store URL: the server's Graph Store URL, if not beside the query URL (…/store); "
                             "Virtuoso: …/sparql-graph-crud; 'none' writes by SPARQL Update (default: $KG_GRAPH_STORE)")


def store_endpoints(args: argparse.Namespace) -> dict[str, Any]:
    """The ``update`` and ``graph_store`` keywords of :func:`kg.stores.open_store`
    that the command line gave."""
    return {"update": getattr(args, "store_update", None), "graph_store": getattr(args, "store_graph_store", None)}


def open_store_of(args: argparse.Namespace, *, read_only: bool = False, base: str | None = None):
    """The store ``--store`` (and its endpoint options) names."""
    from kg.stores import open_store

    return open_store(args.store, base=base, read_only=read_only, **store_endpoints(args))
