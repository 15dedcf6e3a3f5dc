"""``kg serve`` and ``kg push``: the store over HTTP, and into other stores.

Registered by :mod:`kg.cli` (``EXTENSIONS``); ``kg query --endpoint URL``
is handled by :func:`remote_query`, called from ``kg.cli.cmd_query``.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kg.errors import EXIT_OK

__all__ = ["register", "remote_query"]


def _store_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=Path(os.environ.get("KG_STORE", ".kg-store")),
                        help="store folder (default: $KG_STORE or .kg-store)")


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the store as a SPARQL 1.1 endpoint with a query page")
    _store_arg(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=_seconds, default=30.0, help="seconds a query may run (default: 30)")
    p.add_argument("--row-limit", type=int, default=10_000, help="most rows (or triples) per answer (default: 10000)")
    p.add_argument("--workers", type=int, default=0,
                   help="queries run at once, each in its own process (default: one per core)")
    p.add_argument("--queue-wait", type=_seconds, default=30.0, metavar="SECONDS",
                   help="how long a query may wait for a free worker before 503 (default: 30)")
    p.add_argument("--allow-updates", action="store_true",
                   help="accept SPARQL Update, with the token printed at start-up (the store is then held for "
                        "writing: no 'kg ingest' beside it)")
    p.add_argument("--allow-service", action="append", default=[], metavar="URL",
                   help="let queries reach this endpoint with SERVICE (repeat for more); any other SERVICE is refused")
    p.add_argument("--quiet", "-q", action="store_true", help="no line per request")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("push", help="send every article graph to a remote store (Graph Store Protocol PUT)")
    _store_arg(p)
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


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"{value} is not above 0")
    return number


def cmd_serve(args: argparse.Namespace) -> int:
    import signal

    from kg.serve import ServerSettings, bind, serve
    from kg.serve.security import new_token

    token = (os.environ.get("KG_UPDATE_TOKEN") or new_token()) if args.allow_updates else ""
    settings = ServerSettings(store=args.store, host=args.host, port=args.port, timeout=args.timeout,
                              row_limit=args.row_limit, allow_updates=args.allow_updates, workers=args.workers,
                              queue_wait=args.queue_wait, allow_service=tuple(args.allow_service),
                              update_token=token)
    running = bind(settings)

    def ready(engine) -> None:
        mode = "updates allowed" if args.allow_updates else "read-only"
        print(f"kg serve: {running.url} (SPARQL at /sparql or /query; store {args.store}, {mode}, "
              f"{engine.size} worker{'s' if engine.size != 1 else ''})", file=sys.stderr, flush=True)
        if args.allow_updates:
            print(f"kg serve: updates need the header 'Authorization: Bearer {token}'", file=sys.stderr, flush=True)

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # ended by SIGTERM as cleanly as by Ctrl-C
    try:
        serve(running, quiet=args.quiet, ready=ready)
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    from kg.remote import Endpoint, push
    from kg.store import Store

    endpoint = Endpoint.at(args.endpoint, update=args.update_endpoint, store=args.graph_store, token=args.token)
    if args.sparql_update:
        endpoint = Endpoint(endpoint.query_url, endpoint.update_url, None, endpoint.timeout, endpoint.token)

    def progress(number: int, total: int, graph: str) -> None:
        if not args.quiet:
            print(f"[{number}/{total}] {graph}", file=sys.stderr)

    report = push(Store(args.store, read_only=True), endpoint, inferred=args.inferred, progress=progress)
    print(f"kg push: {report.summary()} -> {args.endpoint}", file=sys.stderr)
    return EXIT_OK


def remote_query(args: argparse.Namespace, fmt: str) -> int:
    """``kg query --endpoint URL NAME``: the named query run remotely."""
    from kg.graph import RemoteKnowledgeGraph
    from kg.params import parse_params
    from kg.results import write_rows

    graph = RemoteKnowledgeGraph(args.endpoint)
    rows = graph.run(args.query, **parse_params(args.param))
    write_rows(rows, fmt, sys.stdout)
    return EXIT_OK
