"""Measures on a projection: who is central, which clusters form, how the
network grew. Free functions that take the graph first and return plain
data (lists of dicts, lists of sets), as networkx's own do.

>>> import networkx as nx
>>> G = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1})])
>>> [(r["node"], r["value"]) for r in rank(G, "weighted_degree")]
[('b', 3), ('a', 2), ('c', 1)]
"""
from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Any

from kg.network.data import NetworkError

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["MEASURES", "measure", "rank", "communities", "components", "ego_network", "growth",
           "betweenness_sample", "sampled_betweenness", "BETWEENNESS_BUDGET",
           "BETWEENNESS_MIN_SAMPLE"]

# Betweenness (Brandes) costs one shortest-path search per source node, each
# visiting every node and edge. Exact when nodes x (nodes + edges) is within
# this budget of visits; beyond it, estimated from budget / (nodes + edges)
# sources (at least BETWEENNESS_MIN_SAMPLE), which ranks the central nodes
# well enough to read the top of the table, in tens of seconds at 20,000
# organizations.
BETWEENNESS_BUDGET = 10_000_000
BETWEENNESS_MIN_SAMPLE = 50


def betweenness_sample(G: nx.Graph) -> int | None:
    """How many sources betweenness samples on ``G`` by default (None: exact)."""
    n, size = G.number_of_nodes(), G.number_of_nodes() + G.number_of_edges()
    if n * size <= BETWEENNESS_BUDGET:
        return None
    return min(n, max(BETWEENNESS_MIN_SAMPLE, BETWEENNESS_BUDGET // max(1, size)))


MEASURES = ("degree", "weighted_degree", "betweenness", "pagerank")


def measure(G: nx.Graph, name: str, *, weight: str = "weight", sample: int | None = None,
            seed: int = 0) -> dict[Any, float]:
    """One value per node for the measure ``name`` (one of ``MEASURES``).

    ``betweenness`` is normalised and unweighted (a path through two
    bodies is a path, however often they signed); on graphs too big for
    ``BETWEENNESS_BUDGET`` (see :func:`betweenness_sample`), or when
    ``sample`` is given, it is estimated from that many source nodes drawn
    with ``seed``.
    ``pagerank`` follows edge weights.
    """
    import networkx as nx

    name = name.replace("-", "_")
    if name == "degree":
        return dict(G.degree())
    if name == "weighted_degree":
        return dict(G.degree(weight=weight))
    if name == "betweenness":
        n = G.number_of_nodes()
        k = sample if sample is not None else betweenness_sample(G)
        if k is not None and k >= n:
            k = None
        if k and not G.is_directed() and not G.is_multigraph():
            return sampled_betweenness(G, k, seed)
        return nx.betweenness_centrality(G, k=k, seed=seed if k else None, normalized=True)
    if name == "pagerank":
        if G.number_of_nodes() == 0:
            return {}
        return nx.pagerank(G, weight=weight)
    raise NetworkError(f"no measure {name!r}; use one of {', '.join(MEASURES)}")


def sampled_betweenness(G: nx.Graph, k: int, seed: int = 0) -> dict[Any, float]:
    """Normalised betweenness estimated from ``k`` source nodes, as
    ``nx.betweenness_centrality(G, k=k, seed=seed, normalized=True)``
    computes it on an undirected graph: the same sources (drawn the same
    way), Brandes' path counts and dependencies, the same rescaling.

    Each breadth-first search runs a level at a time as sparse
    matrix-vector products (scipy) instead of a Python step per edge:
    at 100k agreements 71 sources take about a second, not 17. Sums are
    taken in another order than networkx's, so values agree to about
    1e-15 relative; they are rounded to 12 significant digits so nodes
    whose betweenness is mathematically equal compare equal (and rank by
    name) rather than by rounding noise.
    """
    import random

    import numpy as np
    import scipy.sparse as sparse

    nodes = list(G)
    n = len(nodes)
    sources = random.Random(seed).sample(nodes, k)  # networkx's draw for an integer seed
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in G.edges() if u != v]
    rows = np.array([a for a, _ in pairs] + [b for _, b in pairs], dtype=np.int64)
    cols = np.array([b for _, b in pairs] + [a for a, _ in pairs], dtype=np.int64)
    adjacency = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    total = np.zeros(n)
    for source in sources:
        s = index[source]
        depth = np.full(n, -1, dtype=np.int64)
        sigma = np.zeros(n)  # shortest paths from s (whole numbers, exact in floats)
        depth[s], sigma[s] = 0, 1.0
        levels = [np.array([s])]
        while True:
            reach = np.zeros(n)
            reach[levels[-1]] = sigma[levels[-1]]
            counts = adjacency @ reach
            found = np.flatnonzero((counts > 0) & (depth < 0))
            if not found.size:
                break
            depth[found] = len(levels)
            sigma[found] = counts[found]
            levels.append(found)
        delta = np.zeros(n)
        for level in range(len(levels) - 1, 0, -1):
            ahead, behind = levels[level], levels[level - 1]
            coeff = np.zeros(n)
            coeff[ahead] = (1.0 + delta[ahead]) / sigma[ahead]
            delta[behind] += sigma[behind] * (adjacency @ coeff)[behind]
        delta[s] = 0.0  # a source is not between itself and others
        total += delta
    if n - 1 >= 2:  # networkx's rescaling of a sample, endpoints excluded
        scale_source = 1 / ((k - 1) * (n - 2)) if k > 1 else math.nan
        scale_other = 1 / (k * (n - 2))
        scale = np.full(n, scale_other)
        scale[[index[x] for x in sources]] = scale_source
        total *= scale
    return {node: float(f"{value:.12g}") for node, value in zip(nodes, total.tolist())}


def rank(G: nx.Graph, by: str = "degree", top: int | None = 10, **options: Any) -> list[dict[str, Any]]:
    """The ``top`` nodes by a measure, best first, ties by name.

    Each row has ``node`` (the IRI), ``name``, ``type``, ``value`` and the
    node's ``degree``.
    """
    values = measure(G, by, **options)
    order = sorted(values, key=lambda n: (-values[n], G.nodes[n].get("name", str(n)), str(n)))
    if top is not None:
        order = order[:top]
    return [{"node": n, "name": G.nodes[n].get("name", str(n)), "type": G.nodes[n].get("type", ""),
             "value": values[n], "degree": G.degree(n)} for n in order]


def communities(G: nx.Graph, *, weight: str = "weight", resolution: float = 1.0, seed: int = 0,
                annotate: bool = False) -> list[set]:
    """Louvain communities, largest first (ties by their smallest name).

    The seed makes the split repeatable. With ``annotate`` each node gets a
    ``community`` attribute (0 for the largest), which the drawings colour by.
    """
    import networkx as nx

    if G.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(G.nodes[n].get("name", str(n)) for n in c)))
    if annotate:
        for number, members in enumerate(ordered):
            for node in members:
                G.nodes[node]["community"] = number
    return ordered


def components(G: nx.Graph) -> list[set]:
    """Connected components, largest first."""
    import networkx as nx

    found = nx.connected_components(G)
    return sorted(found, key=lambda c: (-len(c), min(G.nodes[n].get("name", str(n)) for n in c)))


def ego_network(G: nx.Graph, node: Any, radius: int = 1) -> nx.Graph:
    """The node, its neighbours up to ``radius`` steps, and the edges among them."""
    import networkx as nx

    if node not in G:
        raise NetworkError(f"{node}: not in this network; check the name or widen the selection")
    ego = nx.ego_graph(G, node, radius=radius)
    ego.graph.update(G.graph, ego=node, radius=radius)
    return ego


def growth(G: nx.Graph) -> list[dict[str, Any]]:
    """How an organization network grew, year by year.

    Works on :func:`kg.network.organization_graph` (edges carry ``dates``,
    nodes ``years``). Per year: agreements signed that year, organizations
    and ties active that year, new ones, and the cumulative network's size,
    number of components, largest component and density; ``leader`` is the
    organization with most partners that year.
    """
    import networkx as nx

    by_year = G.graph.get("agreements_by_year", {})
    years = set(by_year)
    for _, _, dates in G.edges(data="dates"):
        years.update(d[:4] for d in dates or [] if d)
    if not years:
        return []
    edges_in: dict[str, list] = {year: [] for year in years}
    for u, v, dates in G.edges(data="dates"):
        for year in {d[:4] for d in dates or [] if d}:
            edges_in[year].append((u, v))
    nodes_in: dict[str, set] = {year: set() for year in years}
    for node, signed in G.nodes(data="years"):
        for year in signed or []:
            nodes_in.setdefault(year, set()).add(node)
    cumulative = nx.Graph()
    seen_nodes: set = set()
    rows = []
    for year in sorted(years):
        active_edges = edges_in[year]
        active_nodes = nodes_in.get(year, set())
        new_ties = [(u, v) for u, v in active_edges if not cumulative.has_edge(u, v)]
        for node in active_nodes:
            cumulative.add_node(node)
        cumulative.add_edges_from(active_edges)
        new_orgs = set(cumulative) - seen_nodes
        seen_nodes |= new_orgs
        partners: Counter[str] = Counter()
        for u, v in active_edges:
            partners[u] += 1
            partners[v] += 1
        leader = min(partners, key=lambda n: (-partners[n], G.nodes[n].get("name", ""))) if partners else None
        parts = list(nx.connected_components(cumulative)) if cumulative else []
        rows.append({
            "year": int(year),
            "agreements": by_year.get(year, 0),
            "organizations": len(active_nodes),
            "new_organizations": len(new_orgs),
            "ties": len(active_edges),
            "new_ties": len(new_ties),
            "total_organizations": cumulative.number_of_nodes(),
            "total_ties": cumulative.number_of_edges(),
            "components": len(parts),
            "largest_component": max((len(p) for p in parts), default=0),
            "density": round(nx.density(cumulative), 4) if cumulative.number_of_nodes() > 1 else 0.0,
            "leader": G.nodes[leader].get("name", leader) if leader else "",
        })
    return rows

