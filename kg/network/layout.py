"""Node positions for pictures, shared by the PNG/SVG drawer and the HTML view.

Small graphs get a force-directed layout of the whole graph. Large ones
(thousands of nodes) are laid out in two levels, which is both fast and
what a reader wants to see: the communities are placed as discs by a
force layout of the community graph, then each community's members are
laid out inside its disc. Clusters stay visibly apart, and the cost grows
with the size of the largest community rather than the whole graph.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["layout", "SMALL_GRAPH"]

SMALL_GRAPH = 300  # up to this many nodes, one force layout of the whole graph


def layout(G: nx.Graph, *, seed: int = 0, aspect: float = 4 / 3) -> dict[Any, tuple[float, float]]:
    """Positions in [-1, 1] x [-1, 1], the same for the same graph and seed.

    Each connected component is laid out on its own, then the components
    are packed in rows, largest first, into a box of the given ``aspect``
    (force layouts alone push unconnected parts to the far corners and
    squeeze the interesting part into a spot). Uses the nodes'
    ``community`` attribute when present, else finds communities itself.
    """
    import networkx as nx

    if G.number_of_nodes() == 0:
        return {}
    parts = sorted(nx.connected_components(G), key=lambda c: (-len(c), min(map(str, c))))
    rank = {v: i for i, v in enumerate(G)}
    boxes = []
    for members in parts:
        sub = _ordered_subgraph(G, members, rank)
        boxes.append((_component_layout(sub, seed), math.sqrt(len(members))))
    return _normalise(_pack(boxes, aspect))


def _ordered_subgraph(G: nx.Graph, members: Any, rank: dict[Any, int]) -> nx.Graph:
    """The subgraph on ``members`` with its nodes in ``G``'s order (``rank``).

    networkx's subgraph views iterate a small node set in the set's own
    order, which follows string hashing and so changes from one process to
    the next; a force layout seeds its start from the node order, so the
    same graph and seed would give a different picture on every run."""
    import networkx as nx

    wanted = set(members)
    nodes = sorted(wanted, key=rank.__getitem__)
    H = nx.Graph()
    H.add_nodes_from((v, G.nodes[v]) for v in nodes)
    H.add_edges_from((u, v, data) for u, v, data in G.edges(nodes, data=True) if v in wanted)
    return H


def _component_layout(G: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """One connected component in [-1, 1]."""
    import networkx as nx

    n = G.number_of_nodes()
    if n == 1:
        return {next(iter(G)): (0.0, 0.0)}
    if n == 2:
        # one above the other: side by side, two centred labels run into each
        # other and into the next pair's
        a, b = sorted(G, key=str)
        return {a: (0.0, 1.0), b: (0.0, -1.0)}
    if n <= SMALL_GRAPH:
        pos = nx.spring_layout(G, seed=seed, iterations=200, k=1.8 / math.sqrt(n), weight=None)
        return _normalise(pos)
    groups: dict[int, list] = {}
    if all("community" in attrs for _, attrs in G.nodes(data=True)):
        for node, number in G.nodes(data="community"):
            groups.setdefault(number, []).append(node)
    else:
        from kg.network.measures import communities

        for number, members in enumerate(communities(G)):
            groups[number] = list(members)
    return _normalise(_two_level(G, list(groups.values()), seed))


def _pack(boxes: list[tuple[dict, float]], aspect: float) -> dict[Any, tuple[float, float]]:
    """Shelf packing: each component is a square of side 2 x scale (plus a
    margin), placed left to right in rows as wide as the aspect asks."""
    sides = [2 * scale * 1.25 + 1.0 for _, scale in boxes]
    row_width = max(max(sides), 1.3 * math.sqrt(sum(side * side for side in sides) * aspect))
    pos: dict[Any, tuple[float, float]] = {}
    x = y = 0.0
    row_height = 0.0
    for (inner, scale), side in zip(boxes, sides):
        if x > 0 and x + side > row_width:
            x, y = 0.0, y - row_height
            row_height = 0.0
        cx, cy = x + side / 2, y - side / 2
        for node, (px, py) in inner.items():
            pos[node] = (cx + px * scale, cy + py * scale)
        x += side
        row_height = max(row_height, side)
    return pos


def _two_level(G: nx.Graph, groups: list[list], seed: int) -> dict[Any, tuple[float, float]]:
    import networkx as nx
    import numpy as np

    index = {node: g for g, members in enumerate(groups) for node in members}
    Q = nx.Graph()
    Q.add_nodes_from(range(len(groups)))
    for u, v, w in G.edges(data="weight", default=1):
        a, b = index[u], index[v]
        if a != b:
            Q.add_edge(a, b, weight=Q.get_edge_data(a, b, {"weight": 0})["weight"] + (w or 1))
    radius = np.array([math.sqrt(len(m)) for m in groups], dtype=float)
    centres = nx.spring_layout(Q, seed=seed, iterations=100, weight="weight",
                               k=2.0 / math.sqrt(max(1, len(groups))))
    xy = np.array([centres[g] for g in range(len(groups))], dtype=float)
    # scale so discs have room, then push overlapping discs apart
    xy *= radius.sum() / max(1.0, math.sqrt(len(groups))) * 1.2
    rng = np.random.default_rng(seed)
    xy += rng.normal(scale=1e-3, size=xy.shape)
    for _ in range(60):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((delta ** 2).sum(-1)) + 1e-9
        need = (radius[:, None] + radius[None, :]) * 1.15
        overlap = np.clip(need - dist, 0, None)
        np.fill_diagonal(overlap, 0)
        if not overlap.any():
            break
        push = (delta / dist[..., None] * overlap[..., None] / 2).sum(1)
        xy += push
    pos: dict[Any, tuple[float, float]] = {}
    rank = {v: i for i, v in enumerate(G)}
    for g, members in enumerate(groups):
        if len(members) == 1:
            pos[members[0]] = tuple(xy[g])
            continue
        sub = _ordered_subgraph(G, members, rank)
        inner = nx.spring_layout(sub, seed=seed, iterations=50 if len(members) < 500 else 25,
                                 k=1.8 / math.sqrt(len(members)), weight=None)
        inner = _normalise(inner)
        for node, (x, y) in inner.items():
            pos[node] = (xy[g][0] + x * radius[g], xy[g][1] + y * radius[g])
    return pos


def _normalise(pos: dict[Any, Any]) -> dict[Any, tuple[float, float]]:
    """Centre and scale positions into [-1, 1] keeping the aspect ratio."""
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {node: ((float(p[0]) - cx) / span, (float(p[1]) - cy) / span) for node, p in pos.items()}
