"""``kg network``: the graph as a network, from the command line.

Prints the top entities by a measure, the communities, the connected
components, a path told as facts, or the year-by-year growth; ``--output``
writes the network as GraphML, GEXF, a PNG/SVG drawing or an interactive
HTML view. Reads the embedded store (``--store``) or a SPARQL endpoint
(``--endpoint``) the same way.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli_options import add_store_option
from kg.errors import EXIT_OK

__all__ = ["register", "cmd_network"]

_EPILOG = """examples:
  kg network --store out/store                              top 10 organizations by degree
  kg network --store out/store --by pagerank --top 20 --from 2019 --kind "memorandum of understanding"
  kg network --store out/store --communities
  kg network --store out/store --path "State Information Center" "Long Xiaohua"
  kg network --store out/store --ego "State Information Center" --output sic.png
  kg network --store out/store --growth
  kg network --endpoint http://127.0.0.1:7878/query --output network.html
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "network", help="who cooperates with whom: centrality, communities, paths, growth, pictures",
        description="Explore the knowledge graph as a network (networkx).", epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    where = p.add_mutually_exclusive_group()
    add_store_option(where, endpoints=p)
    where.add_argument("--endpoint", metavar="URL", help="a SPARQL 1.1 query endpoint instead of the store")
    p.add_argument("--projection", "-P", choices=("organizations", "posts", "agreements", "people", "entities"),
                   help="organizations linked by shared agreements (default), people to organizations by posts, "
                        "agreements and parties, people who signed or witnessed together, or all entities "
                        "(default for --path)")
    sel = p.add_argument_group("which agreements count")
    sel.add_argument("--from", dest="start", metavar="DATE", help="signed on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    sel.add_argument("--to", dest="end", metavar="DATE", help="signed on or before")
    sel.add_argument("--kind", help='agreement kind, as stored ("memorandum of understanding")')
    sel.add_argument("--field", help='field of cooperation ("digital economy")')
    sel.add_argument("--asserted-only", action="store_true", help="only what the articles state, no inferred facts")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--by", choices=("degree", "weighted-degree", "betweenness", "pagerank"),
                      help="rank entities by this measure (the default report, by degree)")
    what.add_argument("--communities", action="store_true", help="Louvain communities, largest first")
    what.add_argument("--components", action="store_true", help="connected components, largest first")
    what.add_argument("--path", nargs=2, metavar=("FROM", "TO"), help="shortest path between two entities, as facts")
    what.add_argument("--growth", action="store_true", help="how the organization network grew, year by year")
    p.add_argument("--ego", metavar="ENTITY", help="restrict to the neighbourhood of one entity (name or IRI)")
    p.add_argument("--radius", type=int, default=1, help="steps around --ego (default 1)")
    p.add_argument("--top", type=int, default=10, help="rows of the ranking (default 10; 0 for all)")
    p.add_argument("--sample", type=int, help="estimate betweenness from this many source nodes")
    p.add_argument("--seed", type=int, default=0, help="random seed for Louvain, sampling and layout")
    p.add_argument("--format", "-f", choices=("table", "csv", "tsv", "json"),
                   help="report format (default: table on a terminal, csv otherwise)")
    p.add_argument("--output", "-o", type=Path,
                   help="write the network: .graphml, .gexf, .png, .svg or .html (interactive, offline)")
    p.add_argument("--title", help="title of the picture or HTML view")
    p.add_argument("--labels", type=int, help="how many nodes to name in a picture (default: all up to 40, else 30)")
    p.set_defaults(func=cmd_network)


def _source(args: argparse.Namespace):
    from kg.network.sources import EndpointSource, StoreSource

    if args.endpoint:
        url = args.endpoint
        try:  # the remote module guesses the query URL from a server's base URL
            from kg.remote import Endpoint

            url = Endpoint.at(url).query_url
        except ImportError:
            pass
        return EndpointSource(url, asserted_only=args.asserted_only)
    from kg.cli_options import open_store_of

    return StoreSource(open_store_of(args, read_only=True), asserted_only=args.asserted_only)


def _number(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.6f}".rstrip("0").rstrip(".")


def cmd_network(args: argparse.Namespace) -> int:
    from kg.network import measures, paths, projections
    from kg.network.data import NetworkError
    from kg.results import Rows, write_rows

    if args.top < 0 or args.radius < 0:
        raise NetworkError("--top and --radius take a number of 0 or more")
    if args.output is not None:
        from kg.network.files import OUTPUT_FORMATS

        if args.output.suffix.lower() not in OUTPUT_FORMATS:
            raise NetworkError(f"{args.output}: unknown output type; name the file with one of "
                               f"{', '.join(OUTPUT_FORMATS)}")
    name = args.projection or ("entities" if args.path else "organizations")
    if args.growth and name != "organizations":
        raise NetworkError("--growth follows the organization network; drop --projection or use organizations")
    G = projections.projection(name, _source(args), start=args.start, end=args.end, kind=args.kind,
                               field=args.field)
    if G.number_of_nodes() == 0:
        print(f"kg network: no {name} match {G.graph['selection']}; widen the selection or check the store",
              file=sys.stderr)
    if args.ego:
        G = measures.ego_network(G, paths.find_node(G, args.ego), radius=args.radius)
    measures.communities(G, annotate=True, seed=args.seed)
    fmt = args.format or ("table" if sys.stdout.isatty() else "csv")
    report = args.by or args.communities or args.components or args.path or args.growth or not args.output
    highlight = None
    rows: Rows | None = None
    if args.path:
        path = paths.shortest_path(G, *args.path)
        highlight = path.nodes
        rows = Rows(["step", "from_name", "to_name", "fact", "from", "to"],
                    [[str(i), G.nodes[s.source]["name"], G.nodes[s.target]["name"], s.sentence, s.source, s.target]
                     for i, s in enumerate(path.steps, start=1)])
        if fmt == "table":
            print(f"{path.names[0]} → {path.names[-1]}: {len(path)} step{'s' if len(path) != 1 else ''}")
            for i, step in enumerate(path.steps, start=1):
                print(f"  {i}. {step.sentence}")
            rows = None
    elif args.communities or args.components:
        groups = (measures.communities(G, seed=args.seed) if args.communities else measures.components(G))
        label = "community" if args.communities else "component"
        table = []
        for number, members in enumerate(groups, start=1):
            ordered = sorted(members, key=lambda n: (-G.degree(n), G.nodes[n].get("name", "")))
            table.append([str(number), str(len(members)), G.nodes[ordered[0]].get("name", ""),
                          "; ".join(G.nodes[n].get("name", n) for n in ordered)])
        rows = Rows([label, "size", "best_connected", "members"], table[: args.top or None])
    elif args.growth:
        grown = measures.growth(G)
        columns = list(grown[0]) if grown else ["year"]
        rows = Rows(columns, [[_number(r[c]) if not isinstance(r[c], str) else r[c] for c in columns] for r in grown])
    elif report:
        by = (args.by or "degree").replace("-", "_")
        ranked = measures.rank(G, by, top=args.top or None, sample=args.sample, seed=args.seed)
        extra = [] if by == "degree" else ["degree"]
        rows = Rows(["rank", "name", "type", by, *extra, "node"],
                    [[str(i), r["name"], r["type"], _number(r["value"]), *([str(r["degree"])] if extra else []),
                      r["node"]] for i, r in enumerate(ranked, start=1)])
    if rows is not None:
        write_rows(rows, fmt, sys.stdout)
    if args.output:
        from kg.network.files import write

        title = args.title
        if title is None and args.path:
            title = f"From {path.names[0]} to {path.names[-1]} in {len(path)} step{'s' if len(path) != 1 else ''}"
        write(G, args.output, title=title, labels=args.labels, seed=args.seed, highlight=highlight)
        print(f"kg network: wrote {G.number_of_nodes():,} nodes and {G.number_of_edges():,} links to {args.output}",
              file=sys.stderr)
    return EXIT_OK
