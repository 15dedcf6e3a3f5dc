"""Which node an entity of a new article is: identity across articles.

An organization introduced as "State Information Center (SIC)" in one
article and named only "SIC" in the next is one node. Names are compared by
their slug (case, punctuation and apostrophes folded). An entity whose own
preferred name already has a node keeps it; otherwise the first existing node
that carries any of its names (preferred or alternative) is taken; otherwise
a new IRI is minted from its name.
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.facts import Organization, Person
from kg.iri import Minter, slug
from kg.vocab import FOAF, ORG, SKOS

__all__ = ["StoreResolver"]


class StoreResolver:
    """Resolves entities against what the store already holds.

    It reads every organization's and person's labels once, then learns
    the names of each article as it is ingested, so a batch of articles
    resolves against each other too.
    """

    def __init__(self, db: ox.Store, minter: Minter):
        self.minter = minter
        self._by_name: dict[tuple[str, str], str] = {}
        self._nodes: set[str] = set()
        query = f"""
            SELECT ?node ?type ?label WHERE {{
              VALUES ?type {{ <{ORG}Organization> <{FOAF}Person> }}
              ?node a ?type ; <{SKOS}prefLabel>|<{SKOS}altLabel> ?label .
            }}"""
        for row in db.query(query, use_default_graph_as_union=True):
            kind = "org" if row["type"].value.endswith("Organization") else "person"
            self._learn(kind, row["node"].value, [row["label"].value])

    def _learn(self, kind: str, iri: str, names: list[str]) -> None:
        self._nodes.add(iri)
        for name in names:
            self._by_name.setdefault((kind, slug(name)), iri)

    def __call__(self, entity: Organization | Person) -> str:
        kind = "org" if isinstance(entity, Organization) else "person"
        own = self.minter.organization(entity.name) if kind == "org" else self.minter.person(entity.name)
        names = [entity.name, *entity.aliases]
        if own in self._nodes:
            iri = own
        else:
            # people are matched on their full name only: a surname alone
            # ("Liu") would join unrelated people across articles
            candidates = names if kind == "org" else [entity.name]
            iri = next((self._by_name[(kind, slug(n))] for n in candidates if (kind, slug(n)) in self._by_name), own)
        self._learn(kind, iri, names)
        return iri
