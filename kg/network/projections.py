"""Projections of the knowledge graph onto networkx graphs.

Every node is keyed by its IRI and carries ``name`` and ``type``
(``organization``, ``person`` or ``agreement``) and counts; every edge says
which facts make it (the agreements, with dates, or the posts), so a
picture or a path can be explained from the graph alone. Each projection
takes the same restriction (date range, agreement kind, field of
cooperation) and reads asserted facts only, or inferred ones too, as asked.

>>> from kg.network import organization_graph
>>> G = organization_graph("out/store", start="2019", kind="memorandum of understanding")  # doctest: +SKIP
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Any

from kg.network.data import PARTS, NetworkData, NetworkError, fetch, select
from kg.network.sources import as_source

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["PROJECTIONS", "organization_graph", "person_organization_graph", "agreement_party_graph",
           "people_graph", "entity_graph", "projection", "network_data"]


def network_data(source: Any, *, start: object = None, end: object = None, kind: str | None = None,
                 field: str | None = None, asserted_only: bool = False,
                 parts: tuple[str, ...] = PARTS) -> NetworkData:
    """The facts behind the projections, read once and reusable by all of
    them (pass the result as ``source`` to any projection)."""
    if isinstance(source, NetworkData):
        return source
    return fetch(as_source(source, asserted_only=asserted_only), select(start, end, kind, field), parts)


def _new_graph(data: NetworkData, projection: str, asserted_only: bool) -> nx.Graph:
    import networkx as nx

    G = nx.Graph()
    G.graph.update(projection=projection, selection=data.selection.describe(), asserted_only=asserted_only)
    return G


def _org_node(G: nx.Graph, data: NetworkData, iri: str, **extra: object) -> None:
    if iri not in G:
        G.add_node(iri, name=data.name(iri), type="organization",
                   category=data.categories.get(iri, "Organization"), **extra)


def _person_node(G: nx.Graph, data: NetworkData, iri: str) -> None:
    if iri not in G:
        G.add_node(iri, name=data.name(iri), type="person")


def _dated(data: NetworkData, agreements: list[str]) -> list[str]:
    """Agreements in date order (undated last), so an edge's facts read as a timeline."""
    if len(agreements) < 2:  # most edges: nothing to sort
        return list(agreements)
    return sorted(agreements, key=lambda a: (data.agreements[a].date or "9999", a))


def organization_graph(source: Any, *, asserted_only: bool = False, **selection: Any) -> nx.Graph:
    """Organizations linked when they are parties to the same agreement.

    Edge ``weight`` is the number of shared agreements; ``agreements``,
    ``dates`` and ``kinds`` list them in date order. Node ``agreements``
    counts the selected agreements an organization is party to, ``first``
    and ``last`` give its first and last signing date, ``years`` the years
    it signed in.
    """
    data = network_data(source, asserted_only=asserted_only, parts=("agreements", "parties"), **selection)
    G = _new_graph(data, "organizations", asserted_only)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    count: Counter[str] = Counter()
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    signed_in: dict[str, set[str]] = defaultdict(set)
    years: Counter[str] = Counter()
    for agreement in data.agreements.values():
        if agreement.date:
            years[agreement.date[:4]] += 1
        parties = sorted(set(agreement.parties))
        for org in parties:
            _org_node(G, data, org)
            count[org] += 1
            if agreement.date:
                first[org] = min(first.get(org, agreement.date), agreement.date)
                last[org] = max(last.get(org, agreement.date), agreement.date)
                signed_in[org].add(agreement.date[:4])
        for a, b in combinations(parties, 2):
            shared[(a, b)].append(agreement.iri)
    for org in G:
        G.nodes[org]["agreements"] = count[org]
        if org in first:
            G.nodes[org]["first"] = first[org]
            G.nodes[org]["last"] = last[org]
            G.nodes[org]["years"] = sorted(signed_in[org])
    for (a, b), agreements in sorted(shared.items()):
        ordered = _dated(data, agreements)
        G.add_edge(a, b, weight=len(ordered), agreements=ordered,
                   dates=[data.agreements[x].date or "" for x in ordered],
                   kinds=[data.agreements[x].kind or "" for x in ordered],
                   relation="co-party")
    G.graph["agreements"] = len(data.agreements)
    G.graph["agreements_by_year"] = dict(sorted(years.items()))
    G.graph["agreement_info"] = {iri: _agreement_info(a, data) for iri, a in data.agreements.items()}
    return G


def _agreement_info(agreement, data: NetworkData) -> dict[str, object]:
    return {"name": agreement.name or data.name(agreement.iri), "kind": agreement.kind, "date": agreement.date,
            "place": agreement.place, "fields": list(agreement.fields)}


def person_organization_graph(source: Any, *, asserted_only: bool = False, **selection: Any) -> nx.Graph:
    """People linked to the organizations they hold posts in (bipartite:
    ``bipartite`` is 0 for people, 1 for organizations). Edge ``titles``
    lists the posts, ``weight`` counts them. A date range keeps posts
    observed in it; a kind or field keeps people who signed or witnessed
    such an agreement."""
    data = network_data(source, asserted_only=asserted_only, parts=("posts",), **selection)
    G = _new_graph(data, "posts", asserted_only)
    for person, org, title, observed in data.posts:
        _person_node(G, data, person)
        G.nodes[person]["bipartite"] = 0
        _org_node(G, data, org)
        G.nodes[org]["bipartite"] = 1
        if G.has_edge(person, org):
            edge = G.edges[person, org]
        else:
            G.add_edge(person, org, titles=[], observed=[], relation="post")
            edge = G.edges[person, org]
        if title and title not in edge["titles"]:
            edge["titles"].append(title)
        if observed and observed not in edge["observed"]:
            edge["observed"].append(observed)
        edge["weight"] = max(1, len(edge["titles"]))
    for node, degree in G.degree():
        G.nodes[node]["posts"] = degree
    return G


def agreement_party_graph(source: Any, *, asserted_only: bool = False, **selection: Any) -> nx.Graph:
    """Agreements and their parties as a bipartite graph (``bipartite`` 0
    for agreements, 1 for organizations); agreement nodes carry ``kind``,
    ``date``, ``place`` and ``fields``."""
    data = network_data(source, asserted_only=asserted_only, parts=("agreements", "parties"), **selection)
    G = _new_graph(data, "agreements", asserted_only)
    for iri in _dated(data, list(data.agreements)):
        agreement = data.agreements[iri]
        G.add_node(iri, type="agreement", bipartite=0, name=agreement.name or data.name(iri),
                   kind=agreement.kind or "", date=agreement.date or "", place=agreement.place or "",
                   fields=list(agreement.fields), parties=len(set(agreement.parties)))
        for org in agreement.parties:
            _org_node(G, data, org, bipartite=1)
            G.add_edge(iri, org, relation="party", weight=1)
    for node, attrs in G.nodes(data=True):
        if attrs["type"] == "organization":
            attrs["agreements"] = G.degree(node)
    return G


def people_graph(source: Any, *, asserted_only: bool = False, **selection: Any) -> nx.Graph:
    """People linked when they signed or witnessed the same agreement.

    Edge ``weight`` counts the shared agreements (listed in ``agreements``
    with their ``dates``); nodes count what each person ``signed`` and
    ``witnessed``."""
    data = network_data(source, asserted_only=asserted_only, parts=("agreements", "signatures", "witnesses"),
                        **selection)
    G = _new_graph(data, "people", asserted_only)
    present: dict[str, set[str]] = defaultdict(set)
    signed: Counter[str] = Counter()
    witnessed: Counter[str] = Counter()
    for agreement, person, _org in data.signatures:
        present[agreement].add(person)
        signed[person] += 1
    for agreement, person in data.witnesses:
        present[agreement].add(person)
        witnessed[person] += 1
    for person in sorted(set(signed) | set(witnessed)):
        _person_node(G, data, person)
        G.nodes[person].update(signed=signed[person], witnessed=witnessed[person])
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for agreement, people in present.items():
        for a, b in combinations(sorted(people), 2):
            shared[(a, b)].append(agreement)
    for (a, b), agreements in sorted(shared.items()):
        ordered = _dated(data, agreements)
        G.add_edge(a, b, weight=len(ordered), agreements=ordered,
                   dates=[data.agreements[x].date or "" for x in ordered], relation="co-signing")
    G.graph["agreement_info"] = {iri: _agreement_info(a, data) for iri, a in data.agreements.items()}
    return G


def entity_graph(source: Any, *, asserted_only: bool = False, **selection: Any) -> nx.Graph:
    """Organizations and people in one graph, every edge a list of facts:
    two organizations party to the same agreement, a person holding a post
    in an organization, a person signing for one, a person witnessing an
    agreement an organization is party to. This is the graph paths are
    found in, so each step can be told as the fact it stands for.

    Each edge's ``facts`` is a list of dicts with ``relation`` (``co-party``,
    ``post``, ``signed-for``, ``witnessed``), ``subject`` and ``object``
    (IRIs, in the direction the fact reads) and the agreement or title.
    """
    data = network_data(source, asserted_only=asserted_only, **selection)
    G = _new_graph(data, "entities", asserted_only)

    def fact(a: str, b: str, record: dict[str, object]) -> None:
        if not G.has_edge(a, b):
            G.add_edge(a, b, facts=[], weight=0, relation=record["relation"])
        edge = G.edges[a, b]
        if record not in edge["facts"]:
            edge["facts"].append(record)
            edge["weight"] = len(edge["facts"])

    for agreement_iri in _dated(data, list(data.agreements)):
        agreement = data.agreements[agreement_iri]
        parties = sorted(set(agreement.parties))
        for org in parties:
            _org_node(G, data, org)
        for a, b in combinations(parties, 2):
            fact(a, b, {"relation": "co-party", "subject": a, "object": b, "agreement": agreement_iri})
    for person, org, title, _observed in data.posts:
        _person_node(G, data, person)
        _org_node(G, data, org)
        fact(person, org, {"relation": "post", "subject": person, "object": org, "title": title or "post holder"})
    for agreement_iri, person, side in data.signatures:
        _person_node(G, data, person)
        if side:
            _org_node(G, data, side)
            fact(person, side, {"relation": "signed-for", "subject": person, "object": side,
                                "agreement": agreement_iri})
    for agreement_iri, person in data.witnesses:
        _person_node(G, data, person)
        for org in sorted(set(data.agreements[agreement_iri].parties)):
            fact(person, org, {"relation": "witnessed", "subject": person, "object": org,
                               "agreement": agreement_iri})
    G.graph["agreement_info"] = {iri: _agreement_info(a, data) for iri, a in data.agreements.items()}
    return G


PROJECTIONS = {
    "organizations": organization_graph,
    "posts": person_organization_graph,
    "agreements": agreement_party_graph,
    "people": people_graph,
    "entities": entity_graph,
}


def projection(name: str, source: Any, *, asserted_only: bool = False, **selection: Any) -> nx.Graph:
    """The projection called ``name`` (a key of ``PROJECTIONS``)."""
    try:
        build = PROJECTIONS[name]
    except KeyError:
        raise NetworkError(f"no projection {name!r}; use one of {', '.join(PROJECTIONS)}") from None
    return build(source, asserted_only=asserted_only, **selection)
