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
    p.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default: 30)")
    p.add_argument("--row-limit", type=int, default=10_000, help="most rows (or triples) per answer (default: 10000)")
    p.add_argument("--workers", type=int, default=2, help="queries run at once (default: 2)")
    p.add_argument("--allow-updates", action="store_true",
                   help="accept SPARQL Update (the store is then held for writing: no 'kg ingest' beside it)")
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
    p.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_push)


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import ServerSettings, make_server

    settings = ServerSettings(store=args.store, host=args.host, port=args.port, timeout=args.timeout,
                              row_limit=args.row_limit, allow_updates=args.allow_updates, workers=args.workers)
    server, engine = make_server(settings)
    server.quiet = args.quiet
    host, port = server.server_address[:2]
    mode = "updates allowed" if args.allow_updates else "read-only"
    print(f"kg serve: http://{host}:{port}/ (SPARQL at /sparql; store {args.store}, {mode})", file=sys.stderr,
          flush=True)
    import signal

    def stop(signum, frame):  # SIGTERM ends the server as cleanly as Ctrl-C
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        engine.close()
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    from kg.remote import Endpoint, push
    from kg.store import Store

    endpoint = Endpoint.at(args.endpoint, update=args.update_endpoint, store=args.graph_store)
    if args.sparql_update:
        endpoint = Endpoint(endpoint.query_url, endpoint.update_url, None, endpoint.timeout)

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
