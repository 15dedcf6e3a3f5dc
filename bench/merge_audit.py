"""Entities a store joins across articles that name no country in common: where to look for false merges.

The issue asks that no entity spanning several articles fuse two different
bodies. Most such joins are right (the Asian Development Bank in a Fiji story
and a Tonga story); the wrong ones seen so far were two bodies of two
countries sharing letters ("MSU": Michigan State University and Mahasarakham
University). This lists, for a store, every entity named in several article
graphs whose articles' named countries do not meet (read from the article
texts the store keeps), with its articles and their countries, for a person
to read; and the entities named by letters alone, with their articles.

Usage:
    python bench/merge_audit.py STORE            # a store folder or a SPARQL endpoint URL
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.countries import countries_named  # noqa: E402
from kg.stores import KgStore, open_store  # noqa: E402
from kg.vocab import FOAF, NIF, ORG, SKOS  # noqa: E402

_INFERRED = "/graph/inferred"
_LETTERS_RE = re.compile(r"(?:[A-Z][A-Za-z]?\.?){2,8}")


def entity_articles(store: KgStore) -> dict[str, tuple[str, set[str]]]:
    """Each organization and person with the article graphs that name it, when several do."""
    query = f"""
        SELECT DISTINCT ?node ?name ?g WHERE {{
          GRAPH ?g {{ {{ ?node ?p ?o }} UNION {{ ?s ?p ?node }} }}
          ?node <{SKOS}prefLabel> ?name .
          {{ ?node a <{ORG}Organization> }} UNION {{ ?node a <{FOAF}Person> }}
        }}"""
    found: dict[str, tuple[str, set[str]]] = {}
    for row in store.query(query, asserted_only=True):
        graph = row["g"].value
        if graph.endswith(_INFERRED):
            continue
        found.setdefault(row["node"].value, (row["name"].value, set()))[1].add(graph)
    return {node: entry for node, entry in found.items() if len(entry[1]) > 1}


def article_countries(store: KgStore) -> dict[str, frozenset[str]]:
    """The countries each article graph's text names."""
    query = f"SELECT ?g ?text WHERE {{ GRAPH ?g {{ ?context <{NIF}isString> ?text }} }}"
    return {row["g"].value: countries_named(row["text"].value) for row in store.query(query, asserted_only=True)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", help="a store folder or a SPARQL endpoint URL")
    args = parser.parse_args(argv)
    store = open_store(args.store, read_only=True)
    spanning = entity_articles(store)
    countries = article_countries(store)
    apart: list[tuple[str, str, list[str]]] = []
    letters: list[tuple[str, str, list[str]]] = []
    for node, (name, graphs) in sorted(spanning.items(), key=lambda item: item[1][0].casefold()):
        named = [countries.get(g, frozenset()) for g in sorted(graphs)]
        told = [c for c in named if c]
        if any(not (a & b) for i, a in enumerate(told) for b in told[i + 1:]):
            apart.append((node, name, sorted(graphs)))
        if _LETTERS_RE.fullmatch(name):
            letters.append((node, name, sorted(graphs)))
    by_kind: dict[str, int] = defaultdict(int)
    for node in spanning:
        by_kind["person" if "/person/" in node else "organization"] += 1
    print(f"{len(spanning)} entities in several articles ({by_kind['person']} people, "
          f"{by_kind['organization']} organizations)")
    print(f"\n{len(apart)} whose articles name no country in common:")
    for node, name, listed in apart:
        print(f"  {name}  <{node}>")
        for graph in listed:
            print(f"      {graph.rsplit('/', 1)[-1]}: {', '.join(sorted(countries.get(graph, ()))) or '-'}")
    print(f"\n{len(letters)} named by letters alone:")
    for _, name, listed in letters:
        print(f"  {name}: {', '.join(g.rsplit('/', 1)[-1] for g in listed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
