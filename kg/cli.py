"""The ``kg`` command: a thin layer over the Python API.

Data goes to stdout, progress and errors to stderr. Exit status: 0 on
success, 1 when some input was bad (the rest was still done), 2 when the
command line itself was wrong. Every error is one line that names the file
or store involved and says what to do next.

Commands beyond the core ones live in modules of their own (``kg.cli_*``),
each with a ``register(subparsers)`` function, listed in ``EXTENSIONS``.
"""
from __future__ import annotations

import argparse
import sys
from importlib import import_module
from pathlib import Path

from kg.cli_options import add_store_option, open_store_of, store_endpoints
from kg.errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, KgError, import_failure
from kg.formats import rdf_format_names

__all__ = ["main", "EXTENSIONS"]

EXTENSIONS: tuple[str, ...] = ("kg.cli_network", "kg.cli_serve", "kg.cli_remote", "kg.cli_reason")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="A knowledge graph of agreements read from news articles.")
    parser.add_argument("--version", action="version", version=f"kg {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("ingest", help="read articles (.txt, .html, .htm, or folders) into the store")
    add_store_option(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--base", help="IRI base for a new store (default: https://w3id.org/kg-agreements/id/)")
    p.add_argument("--curation", type=Path, metavar="FILE",
                   help="a curation file (YAML) to apply; remembered by the store for later ingests")
    p.add_argument("--no-curation", dest="curation", action="store_false",
                   help="apply no curation file, and forget the one the store remembers")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    p.add_argument("--workers", type=_positive_int, metavar="N",
                   help="processes that read and extract articles (default: one per core); one process writes")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="read and extract on the workers of this running Dask scheduler (pip install "
                        "'kg-agreements[cluster]'); this process still writes")
    p.add_argument("--no-reason", dest="reason", action="store_false",
                   help="store the articles only: no SHACL check, no inferred graph (run 'kg infer' later)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("query", help="run a named query or a .rq file")
    add_store_option(p)
    p.add_argument("query", metavar="NAME|FILE")
    p.add_argument("--format", "-f", choices=("csv", "tsv", "json", "table"),
                   help="output format (default: table on a terminal, csv otherwise)")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query variable to a value (an IRI, or a literal)")
    p.add_argument("--asserted-only", action="store_true", help="only what the articles state, no inferred facts")
    p.add_argument("--endpoint", metavar="URL",
                   help="run it on a remote SPARQL endpoint instead of the store (its base or query URL)")
    p.add_argument("--allow-service", action="append", default=[], metavar="URL",
                   help="let the query reach this endpoint with SERVICE (repeat for more); any other SERVICE is refused")
    p.add_argument("--timeout", type=_seconds, default=300.0, metavar="SECONDS",
                   help="stop the query after this long (default: 300; 0 for no limit)")
    p.add_argument("--limit", metavar="N", help="write at most N rows: one page of the answer (default: every row)")
    p.add_argument("--offset", metavar="K", help="skip the first K rows of the answer (pages of a listing are consistent)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("queries", help="list the named queries")
    p.set_defaults(func=cmd_queries)

    p = sub.add_parser("export", help="write the graph as Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML")
    add_store_option(p)
    p.add_argument("--format", "-f", choices=rdf_format_names(),
                   help="default: the one the --output suffix names (.ttl .trig .nt .nq .jsonld .rdf), else turtle")
    p.add_argument("--output", "-o", type=Path, help="file to write, outside the store (default: stdout)")
    p.add_argument("--asserted-only", action="store_true", help="leave out the inferred graph")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="counts of organizations, people, posts and agreements")
    add_store_option(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("entities", help="organizations and people with their names and article counts")
    add_store_option(p)
    p.add_argument("--type", choices=("organization", "person"))
    p.add_argument("--format", "-f", choices=("csv", "tsv", "json", "table"))
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("explain", help="an entity's facts with the sentences they come from")
    add_store_option(p)
    p.add_argument("entity", metavar="IRI|NAME")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_explain)

    for module in EXTENSIONS:
        import_module(module).register(sub)
    return parser


def _version() -> str:
    from kg import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its message
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    try:
        return int(args.func(args) or EXIT_OK)
    except KgError as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except ImportError as exc:  # a reader's library (trafilatura, lxml...) missing or broken
        failure = import_failure(exc)
        print(f"kg {args.command}: {failure}", file=sys.stderr)
        return failure.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted; the store keeps every article written before", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


# ------------------------------------------------------------- commands


def cmd_ingest(args: argparse.Namespace) -> int:
    from kg.errors import CurationError
    from kg.graph import KnowledgeGraph

    show = not args.quiet

    def progress(number: int, total: int, path: Path, status: str) -> None:
        if status not in ("added", "replaced", "unchanged"):
            print(f"kg ingest: {status}", file=sys.stderr)
        elif show:
            print(f"[{number}/{total}] {status:9} {path}", file=sys.stderr)

    def reading(number: int, total: int, path: Path) -> None:
        if not show:
            return
        if sys.stderr.isatty():
            end = "\n" if number == total else ""
            print(f"\rreading [{number}/{total}] {path.name[:60]:<60}", end=end, file=sys.stderr, flush=True)
        elif number == total or number % max(10, total // 10) == 0:  # a log: a line per tenth
            print(f"kg ingest: read {number} of {total} articles", file=sys.stderr, flush=True)

    def note(line: str) -> None:
        if show or " replaces the article " in line or "matches nothing" in line or "signs agreement" in line:
            print(f"kg ingest: {line}", file=sys.stderr, flush=True)

    try:
        with KnowledgeGraph(args.store, base=args.base, **store_endpoints(args)) as graph:
            report = graph.ingest(args.paths, curation=args.curation, reason=args.reason, notify=note,
                                  progress=progress, workers=args.workers, on_read=reading,
                                  scheduler=args.scheduler)
    except CurationError as exc:
        for line in getattr(exc, "problems", [str(exc)]):
            print(f"kg ingest: {line}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK if report.ok else EXIT_FAILURE


def _note_inference_owed(store, command: str) -> None:
    """A reading command cannot bring the inferred graph up to date, but
    says when there is one and it lags the articles, rather than answer
    from it silently (a store never reasoned over has nothing stale)."""
    if store.inference_owed() is not None and store.has_graph(store.minter.inferred_graph()):
        print(f"kg {command}: note: the inferred graph lags the articles (an ingest is running, was "
              f"interrupted, or ran with --no-reason); 'kg infer --store {store.path}' brings it up to date",
              file=sys.stderr)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is below 0")
    return number


def cmd_query(args: argparse.Namespace) -> int:
    from kg.graph import KnowledgeGraph
    from kg.params import page_bounds, parse_params
    from kg.queries import load_query
    from kg.results import write_rows

    fmt = args.format or ("table" if sys.stdout.isatty() else "csv")
    parse_params(args.param)  # a malformed --param is a wrong command line, whatever the store
    limit, offset = page_bounds(args.limit, args.offset)  # so is a bad --limit or --offset
    if args.endpoint:
        from kg.cli_remote import remote_query

        return remote_query(args, fmt)
    load_query(args.query)  # an unknown name fails before the store is opened
    from kg.abandon import QueryTimeoutError, exit_now, run_abandonable

    params = parse_params(args.param)
    try:  # Ctrl-C while the store opens stops the query as surely as Ctrl-C during it
        graph = KnowledgeGraph(args.store, read_only=True, allow_service=args.allow_service,
                               **store_endpoints(args))
        if not args.asserted_only:
            _note_inference_owed(graph.store, "query")
        # in a thread, so that Ctrl-C and --timeout stop it at once (kg/abandon.py);
        # named-query parameters are bound as values; names resolve to entities; a listing
        # kept ready streams (kg/listings.py), anything else is evaluated whole here
        rows = run_abandonable(lambda: graph.stream(args.query, asserted_only=args.asserted_only, limit=limit,
                                                    offset=offset, **params),
                               args.timeout, what=f"the query {args.query}")
    except KeyboardInterrupt:
        exit_now(130, "kg query: interrupted; the query was stopped")
    except QueryTimeoutError as exc:
        exit_now(EXIT_FAILURE, f"kg query: {exc}")
    try:
        write_rows(rows, fmt, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader had enough (kg query ... | head): not an error
        _stdout_to_devnull()
    return EXIT_OK


def _stdout_to_devnull() -> None:
    """After a broken pipe, point stdout at /dev/null, so that the flush
    at exit does not fail a second time with a traceback."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def cmd_queries(args: argparse.Namespace) -> int:
    from kg.queries import named_queries

    for name, query in named_queries().items():
        params = "".join(f" [--param {p}=...]" for p in query.parameters)
        print(f"{name:24} {query.description}{params}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export, format_for, serialize

    fmt = format_for(args.output, args.format)  # a contradiction fails before the store is opened
    store = open_store_of(args, read_only=True)
    if not args.asserted_only:
        _note_inference_owed(store, "export")
    if args.output is None:
        sys.stdout.buffer.write(serialize(store, fmt, asserted_only=args.asserted_only))
        return EXIT_OK
    size = export(store, args.output, fmt, asserted_only=args.asserted_only)
    print(f"kg export: wrote {size:,} bytes of {fmt} to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.stats import stats

    for label, value in stats(open_store_of(args, read_only=True)).items():
        print(f"{label:16} {value:>8,}")
    return EXIT_OK


def cmd_entities(args: argparse.Namespace) -> int:
    from kg.graph import KnowledgeGraph
    from kg.queries import load_query
    from kg.results import write_rows

    graph = KnowledgeGraph(args.store, read_only=True, **store_endpoints(args))
    rows = graph.query(load_query("entities").text)
    if args.type:
        wanted = {"organization": "Organization", "person": "Person"}[args.type]
        at = rows.variables.index("type")
        rows.rows = [row for row, values in zip(rows.rows, rows.values()) if str(values[at]).endswith(wanted)]
    write_rows(rows, args.format or ("table" if sys.stdout.isatty() else "csv"), sys.stdout)
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from kg.explain import explain

    found = explain(open_store_of(args, read_only=True), args.entity)
    if args.format == "json":
        print(json.dumps(asdict(found), ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{found.label}  <{found.iri}>")
    print(f"  types: {', '.join(found.types)}")
    if found.aliases:
        print(f"  also named: {'; '.join(found.aliases)}")
    if found.sources:
        print(f"  from: {', '.join(found.sources)}")
    for fact in found.facts:
        where = f"  [{', '.join(fact.sources)}]" if fact.sources else ""
        where += "  (inferred)" if fact.inferred else ""
        print(f"- {fact.subject_label} —{fact.predicate_label}→ {fact.object_label}{where}")
        for sentence in fact.sentences:
            print(f"    “{sentence}”")
    return EXIT_OK
