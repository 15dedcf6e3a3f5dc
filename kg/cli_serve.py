"""``kg serve``: the store over HTTP, as a SPARQL 1.1 endpoint with a query page.

Registered by :mod:`kg.cli` (``EXTENSIONS``); sending the store to other
servers and querying them is :mod:`kg.cli_remote`.
"""
from __future__ import annotations

import argparse
import os
import sys

from kg.cli_options import add_store_option
from kg.errors import EXIT_OK

__all__ = ["register"]


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the store as a SPARQL 1.1 endpoint with a query page")
    add_store_option(p)
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
