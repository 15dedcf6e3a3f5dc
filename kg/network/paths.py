"""How two entities are connected, told as a chain of facts.

A path is found in :func:`kg.network.entity_graph` (organizations and
people, every edge a list of facts) and each step is told as the fact it
stands for: "Birch University signed a cooperation agreement with Cedar
Energy Group on 2020-01-20; Eva Ma is President of Dogwood Bank". The same
sentences describe a node's facts in the interactive view.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.network.data import NetworkError

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["Step", "FactPath", "find_node", "shortest_path", "fact_sentence", "edge_sentences"]


@dataclass
class Step:
    """One hop of a path: from one entity to the next, and why."""

    source: str
    target: str
    sentence: str
    facts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class FactPath:
    """A shortest path and its explanation."""

    nodes: list[str]
    names: list[str]
    steps: list[Step]

    def __len__(self) -> int:
        return len(self.steps)

    def explain(self, sep: str = "; ") -> str:
        """The path as one line of facts."""
        return sep.join(step.sentence for step in self.steps)


def _name(G: nx.Graph, node: str) -> str:
    return G.nodes[node].get("name", node) if node in G else node


def _article(kind: str | None) -> str:
    if not kind:
        return "an agreement"
    return ("an " if kind[:1].lower() in "aeiou" else "a ") + kind


def fact_sentence(G: nx.Graph, fact: dict[str, Any]) -> str:
    """One fact of an edge as a sentence, names in place of IRIs."""
    info = G.graph.get("agreement_info", {}).get(fact.get("agreement"), {})
    kind, when = info.get("kind"), info.get("date")
    on = f" on {when}" if when else ""
    subject, obj = _name(G, fact["subject"]), _name(G, fact["object"])
    relation = fact["relation"]
    if relation == "co-party":
        return f"{subject} signed {_article(kind)} with {obj}{on}"
    if relation == "post":
        return f"{subject} is {fact.get('title') or 'a post holder'} of {obj}"
    if relation == "signed-for":
        return f"{subject} signed {_article(kind)} for {obj}{on}"
    if relation == "witnessed":
        return f"{subject} witnessed the signing of {_article(kind)} by {obj}{on}"
    if relation == "party-to":
        return f"{subject} is a party to {obj}"
    if relation == "co-signing":
        return f"{subject} and {obj} both took part in signing {_article(kind)}{on}"
    return f"{subject} {relation} {obj}"


def edge_sentences(G: nx.Graph, u: str, v: str) -> list[str]:
    """Every fact behind the edge u-v, as sentences. Edges of the simple
    projections (no ``facts``) are told from their agreements or titles."""
    attrs = G.edges[u, v]
    facts = attrs.get("facts")
    if facts is None:
        facts = _implied_facts(G, u, v, attrs)
    return [fact_sentence(G, f) for f in facts]


def _implied_facts(G: nx.Graph, u: str, v: str, attrs: dict[str, Any]) -> list[dict[str, Any]]:
    relation = attrs.get("relation")
    if relation == "post":
        person, org = (u, v) if G.nodes[u].get("type") == "person" else (v, u)
        return [{"relation": "post", "subject": person, "object": org, "title": t} for t in attrs.get("titles") or [None]]
    if relation == "party":
        agreement, org = (u, v) if G.nodes[u].get("type") == "agreement" else (v, u)
        return [{"relation": "party-to", "subject": org, "object": agreement}]
    if relation == "co-signing":
        return [{"relation": "co-signing", "subject": u, "object": v, "agreement": a}
                for a in attrs.get("agreements") or []]
    return [{"relation": "co-party", "subject": u, "object": v, "agreement": a} for a in attrs.get("agreements") or []]


def find_node(G: nx.Graph, text: str) -> str:
    """The node meant by ``text``: an IRI, or a name (case-insensitive;
    a unique part of a name will do)."""
    if text in G:
        return text
    wanted = text.strip().casefold()
    exact = sorted(n for n, name in G.nodes(data="name") if name and name.casefold() == wanted)
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(n for n, name in G.nodes(data="name") if name and wanted in name.casefold())
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NetworkError(f"{text!r}: no entity of that name in this network; "
                           f"list names with 'kg network --top 50' or give an IRI")
    shown = ", ".join(sorted({G.nodes[n]['name'] for n in partial})[:5])
    raise NetworkError(f"{text!r}: {len(partial)} entities match ({shown}{', ...' if len(partial) > 5 else ''}); "
                       f"give the full name or the IRI")


def shortest_path(G: nx.Graph, source: str, target: str) -> FactPath:
    """The shortest path (fewest hops) between two entities, each step told
    as the first fact of its edge in date order. ``source`` and ``target``
    are IRIs or names."""
    import networkx as nx

    start, end = find_node(G, source), find_node(G, target)
    try:
        nodes = nx.shortest_path(G, start, end)
    except nx.NetworkXNoPath:
        raise NetworkError(f"{_name(G, start)} and {_name(G, end)} are not connected in this network; "
                           f"widen the selection or use the 'entities' projection") from None
    steps = []
    for u, v in zip(nodes, nodes[1:]):
        attrs = G.edges[u, v]
        facts = attrs.get("facts")
        if facts is None:
            facts = _implied_facts(G, u, v, attrs)
        # a shared agreement reads either way: tell it in the path's direction
        facts = [dict(f, subject=u, object=v) if f["relation"] in _SYMMETRIC and f["subject"] != u else f
                 for f in facts]
        facts = sorted(facts, key=lambda f: _fact_order(G, f))
        sentence = fact_sentence(G, facts[0]) if facts else f"{_name(G, u)} is linked to {_name(G, v)}"
        steps.append(Step(u, v, sentence, facts))
    return FactPath(nodes, [_name(G, n) for n in nodes], steps)


_SYMMETRIC = {"co-party", "co-signing"}


def _fact_order(G: nx.Graph, fact: dict[str, Any]) -> tuple:
    """Posts first (they say who someone is), then agreements by date."""
    rank = {"post": 0, "signed-for": 1, "co-party": 2, "witnessed": 3}.get(fact["relation"], 4)
    info = G.graph.get("agreement_info", {}).get(fact.get("agreement"), {})
    return (rank, info.get("date") or "9999", str(fact.get("agreement") or fact.get("title") or ""))
