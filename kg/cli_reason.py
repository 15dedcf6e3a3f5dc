"""``kg infer`` and ``kg validate``: reasoning and SHACL checks from the command line.

``kg validate`` follows pySHACL's exit codes: 0 the graph conforms (warnings
allowed), 1 it has violations, 2 the command could not run. Each problem is
one line on stdout naming the node, the property, what is wrong and the
article(s) it came from.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli_options import add_store_option, open_store_of
from kg.errors import EXIT_FAILURE, EXIT_OK

__all__ = ["register", "cmd_infer", "cmd_validate"]


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "infer", help="recompute the inferred graph (OWL 2 RL) from what the articles state",
        description="Validate the asserted graph with SHACL, then derive what the ontology's OWL 2 RL axioms "
                    "imply into the store's inferred graph (kept apart from the articles' graphs).")
    add_store_option(p)
    p.add_argument("--engine", choices=("fast", "owlrl"), default="fast",
                   help="fast: kg's compiled rules (default); owlrl: the reference reasoner (slow, small stores)")
    p.add_argument("--no-validate", action="store_true",
                   help="skip the SHACL check (the engine still refuses two values of a functional property)")
    p.set_defaults(func=cmd_infer)

    p = subparsers.add_parser(
        "validate", help="check the asserted graph against the SHACL shapes (ontology/shapes.ttl)",
        description="Run pySHACL over what the articles state and print each problem with its article. "
                    "Exit status: 0 conforms (warnings allowed), 1 violations found, 2 could not run.")
    add_store_option(p)
    p.add_argument("--format", "-f", choices=("text", "csv", "json"), default="text")
    p.add_argument("--shapes", type=Path, metavar="FILE", help="other SHACL shapes (default: ontology/shapes.ttl)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
    p.set_defaults(func=cmd_validate)


def cmd_infer(args: argparse.Namespace) -> int:
    from kg.listings import keep_listings_ready
    from kg.reason.inference import infer
    from kg.validate import check_before_reasoning

    def say(line: str) -> None:  # progress for a person watching; a log gets the outcome only
        if sys.stderr.isatty():
            print(f"kg infer: {line}", file=sys.stderr, flush=True)

    with open_store_of(args) as store:
        if not args.no_validate:
            validation = check_before_reasoning(store, notify=say)
            if validation.problems:
                print(f"kg infer: {validation.summary()}; 'kg validate' lists them", file=sys.stderr)
        say(f"reasoning (OWL 2 RL, {args.engine} engine)")
        report = infer(store, args.engine)
        keep_listings_ready(store, say)  # the listings' rows, kept for fast reading (kg/listings.py)
    print(f"kg infer: {report.summary()}; {report.added:,} added, {report.removed:,} removed", file=sys.stderr)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    report = validate(open_store_of(args, read_only=True), shapes=args.shapes)
    if args.format == "text":
        for problem in report.problems:
            print(problem.line())
    elif args.format == "json":
        import json
        from dataclasses import asdict

        print(json.dumps([asdict(p) for p in report.problems], ensure_ascii=False, indent=1))
    else:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["severity", "focus", "path", "value", "message", "articles", "blocks_reasoning"])
        for p in report.problems:
            writer.writerow([p.severity, p.focus, p.path or "", p.value or "", p.message, " ".join(p.articles),
                             "yes" if p.blocks_reasoning else ""])
    if not args.quiet:
        print(f"kg validate: {report.summary()}", file=sys.stderr)
    return EXIT_OK if report.conforms else EXIT_FAILURE
