"""``kg push`` and ``kg query --endpoint``: the store sent to, and queried
on, other SPARQL servers (any store speaking the SPARQL 1.1 protocols).

Registered by :mod:`kg.cli` (``EXTENSIONS``); ``kg query --endpoint URL``
is handled by :func:`remote_query`, called from ``kg.cli.cmd_query``.
"""
from __future__ import annotations

import argparse
import os
import sys

from kg.cli_options import add_store_option
from kg.errors import EXIT_OK

__all__ = ["register", "remote_query"]


def register(sub) -> None:
    p = sub.add_parser("push", help="send every article graph to a remote store (Graph Store Protocol PUT)")
    add_store_option(p, endpoints=False)  # --update-endpoint and --graph-store name the target here
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="the remote server: its base URL, query URL or graph store URL")
    p.add_argument("--graph-store", metavar="URL", help="graph store URL if not beside the endpoint (…/store)")
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL Update URL if not beside the endpoint (…/update)")
    p.add_argument("--sparql-update", action="store_true", help="use SPARQL Update only, not the graph store")
    p.add_argument("--inferred", action="store_true", help="send the inferred graph too")
    p.add_argument("--token", default=os.environ.get("KG_UPDATE_TOKEN"), metavar="TOKEN",
                   help="sent as 'Authorization: Bearer TOKEN' with every write, as 'kg serve --allow-updates' asks "
                        "(default: $KG_UPDATE_TOKEN)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_push)


def cmd_push(args: argparse.Namespace) -> int:
    from kg.remote import Endpoint, push
    from kg.stores import open_store

    endpoint = Endpoint.at(args.endpoint, update=args.update_endpoint, store=args.graph_store, token=args.token)
    if args.sparql_update:
        endpoint = Endpoint(endpoint.query_url, endpoint.update_url, None, endpoint.timeout, endpoint.token)

    def progress(number: int, total: int, graph: str) -> None:
        if not args.quiet:
            print(f"[{number}/{total}] {graph}", file=sys.stderr)

    report = push(open_store(args.store, read_only=True), endpoint, inferred=args.inferred, progress=progress)
    print(f"kg push: {report.summary()} -> {args.endpoint}", file=sys.stderr)
    return EXIT_OK


def remote_query(args: argparse.Namespace, fmt: str) -> int:
    """``kg query --endpoint URL NAME``: the named query run remotely."""
    from kg.graph import RemoteKnowledgeGraph
    from kg.params import parse_params
    from kg.results import write_rows

    graph = RemoteKnowledgeGraph(args.endpoint)
    rows = graph.run(args.query, limit=getattr(args, "limit", None), offset=getattr(args, "offset", None) or 0,
                     **parse_params(args.param))
    write_rows(rows, fmt, sys.stdout)
    return EXIT_OK
