"""A network as a picture (PNG or SVG) that reads at 30 nodes and at 3,000.

Choices that keep a large drawing informative: node area grows with degree,
colour says the community (the eight largest get their own colours and a
legend naming their best-connected member, the rest share muted tones),
edges are thin and faint so clusters show as shapes, and only the
best-connected nodes are labelled where no two names overlap and none is
cut off (:mod:`kg.network.labels`), on a light box so they stay legible
over edges; an SVG keeps every name as text, searchable and editable. The picture is exactly ``size`` pixels, so it fits a
report page the same way every time.
"""
from __future__ import annotations

import io
import math
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["draw", "PALETTE", "community_colours", "default_title"]

# colour-blind-safe qualitative colours (Okabe-Ito, then Tol's muted set)
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#882255", "#117733",
           "#332288", "#999933", "#44AA99", "#AA4499"]
_MUTED = "#9AA3AD"
_SHAPES = {"organization": "o", "person": "^", "agreement": "s"}

_TITLES = {
    "organizations": "Organizations linked by the agreements they signed together",
    "posts": "People and the organizations they hold posts in",
    "agreements": "Agreements and their parties",
    "people": "People who signed or witnessed the same agreements",
    "entities": "Organizations and people, linked by agreements, posts and signatures",
}


def default_title(G: nx.Graph) -> str:
    title = _TITLES.get(G.graph.get("projection", ""), "Network")
    if G.graph.get("ego"):
        centre = G.nodes[G.graph["ego"]].get("name", G.graph["ego"])
        title = f"Around {centre} ({G.graph.get('radius', 1)} step{'s' if G.graph.get('radius', 1) != 1 else ''})"
    return title


def community_colours(G: nx.Graph) -> dict[Any, str]:
    """A colour per node from its community; finds communities if the
    nodes carry none."""
    if not all("community" in a for _, a in G.nodes(data=True)):
        from kg.network.measures import communities

        communities(G, annotate=True)
    colours = {}
    for node, number in G.nodes(data="community"):
        colours[node] = PALETTE[number] if number < len(PALETTE) else _MUTED
    return colours


def _centres(G: nx.Graph, pos: dict) -> dict[int, tuple[float, float]]:
    """The mean position of each community's members."""
    sums: dict[int, list[float]] = {}
    for v, number in G.nodes(data="community"):
        entry = sums.setdefault(number, [0.0, 0.0, 0])
        entry[0] += pos[v][0]
        entry[1] += pos[v][1]
        entry[2] += 1
    return {c: (x / k, y / k) for c, (x, y, k) in sums.items()}


def _place_labels(ax, G: nx.Graph, pos: dict, area: dict, candidates: list, wanted: int, font: float) -> int:
    """Name up to ``wanted`` nodes, in the order given, each where it
    overlaps no other name and stays inside the plotting area (see
    :mod:`kg.network.labels`); returns how many were named. Sizes are
    measured with the renderer the picture is drawn with, in pixels."""
    from kg.network.labels import Label, place

    renderer = ax.figure.canvas.get_renderer()
    scale = ax.figure.dpi / 72  # points to pixels
    to_pixels = ax.transData.transform
    order: list = []
    for v in candidates:
        if v not in order:
            order.append(v)
    texts = {v: _label(G.nodes[v].get("name", str(v))) for v in order}
    sizes = {}
    for v in order:
        probe = ax.text(0, 0, texts[v], fontsize=font)
        extent = probe.get_window_extent(renderer)
        probe.remove()
        sizes[v] = (float(extent.width), float(extent.height))
    centre = {v: (float(x), float(y)) for v, (x, y) in ((v, to_pixels(pos[v])) for v in G)}
    radius = {v: math.sqrt(area[v]) / 2 * scale for v in G}
    labels = [Label(v, centre[v][0], centre[v][1], radius[v], sizes[v][0], sizes[v][1]) for v in order]
    box = ax.bbox
    chosen = place(labels, (box.x0, box.y0, box.x1, box.y1), nodes=[(*centre[v], radius[v]) for v in G])
    # a light box behind each name keeps it legible over links; not a stroke
    # path effect, which would turn the SVG's text into outlines
    halo = {"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}
    named = 0
    for v in order:
        spot = chosen.get(v)
        if spot is None or named >= wanted:
            continue
        named += 1
        leader = dict(arrowstyle="-", color="#9aa5b1", linewidth=0.6, shrinkA=0,
                      shrinkB=radius[v] / scale) if spot.detached else None
        ax.annotate(texts[v], pos[v], xytext=(spot.dx / scale, spot.dy / scale), textcoords="offset points",
                    ha=spot.ha, va=spot.va, fontsize=font, color="#1f2933", bbox=halo, zorder=4,
                    arrowprops=leader, annotation_clip=False)
    return named


def _label(text: str, width: int = 28) -> str:
    text = text if len(text) <= 60 else text[:57] + "…"
    return "\n".join(textwrap.wrap(text, width)) or text


def draw(G: nx.Graph, path: Path | str, *, title: str | None = None, labels: int | None = None,
         size: tuple[int, int] = (1600, 1200), dpi: int = 100, seed: int = 0,
         highlight: list | None = None) -> Path:
    """Draw ``G`` to ``path`` (``.png`` or ``.svg``), ``size`` pixels.

    ``labels`` is how many nodes get a name (default: all up to 40 nodes,
    then the 30 best connected). ``highlight`` is a list of nodes (a path)
    drawn on top with its edges in black.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    from kg.network.layout import layout

    path = Path(path)
    n = G.number_of_nodes()
    colours = community_colours(G) if n else {}
    pos = layout(G, seed=seed, aspect=0.77 * size[0] / (0.86 * size[1]))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = Figure(figsize=(size[0] / dpi, size[1] / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)  # a renderer to measure the names with before drawing them
    ax = fig.add_axes((0.01, 0.04, 0.77, 0.86))
    ax.set_axis_off()
    ax.set_aspect("equal")
    heading = title or default_title(G)
    ties = G.number_of_edges()
    selection = G.graph.get("selection", "all agreements")
    fig.text(0.015, 0.975, heading, fontsize=17, weight="bold", va="top", color="#1f2933")
    fig.text(0.015, 0.935, f"{n:,} nodes, {ties:,} links · {selection}", fontsize=11, va="top", color="#52606d")
    if n == 0:
        ax.text(0.5, 0.5, "Nothing to draw: no facts match this selection", ha="center", va="center",
                fontsize=14, color="#52606d", transform=ax.transAxes)
        _save(fig, path, dpi)
        return path

    degree = dict(G.degree())
    top_degree = max(degree.values()) or 1
    big = n > 300
    # node area (points^2): a readable range at any scale
    max_area = 900 if n <= 40 else (420 if n <= 300 else 160)
    min_area = 60 if n <= 40 else (18 if n <= 300 else 4)
    area = {v: min_area + (max_area - min_area) * math.sqrt(degree[v] / top_degree) for v in G}

    weights = [w or 1 for _, _, w in G.edges(data="weight", default=1)]
    top_weight = max(weights, default=1)
    segments, widths, edge_colours = [], [], []
    between: dict[tuple[int, int], float] = {}
    for (u, v, w) in G.edges(data="weight", default=1):
        cu, cv = G.nodes[u]["community"], G.nodes[v]["community"]
        if n > 1000 and cu != cv:
            # thousands of links between clusters would grey the whole picture
            # over: draw one line per pair of communities instead, below
            key = (min(cu, cv), max(cu, cv))
            between[key] = between.get(key, 0) + (w or 1)
            continue
        segments.append((pos[u], pos[v]))
        widths.append((0.4 if big else 0.8) + (2.0 if big else 4.0) * ((w or 1) / top_weight) ** 0.5)
        same = colours[u] == colours[v] and colours[u] != _MUTED
        edge_colours.append(colours[u] if same else "#7b8794")
    edges = LineCollection(segments, linewidths=widths, colors=edge_colours,
                           alpha=0.12 if n > 1000 else (0.25 if big else 0.45), zorder=1)
    ax.add_collection(edges)
    if between:
        centres = _centres(G, pos)
        strongest = max(between.values())
        lines = [(centres[a], centres[b]) for a, b in between]
        ax.add_collection(LineCollection(
            lines, colors="#52606d", alpha=0.35, zorder=1,
            linewidths=[0.3 + 5 * (count / strongest) ** 0.7 for count in between.values()]))

    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 0.08
    side = 0.16  # room for the half of a centred label that overhangs the outermost nodes
    ax.set_xlim(min(xs) - side, max(xs) + side)
    ax.set_ylim(min(ys) - pad, max(ys) + pad * 1.6)
    ax.apply_aspect()  # fix the data-to-pixel mapping now: label placement measures in pixels

    order = sorted(G, key=lambda v: degree[v])  # hubs drawn last, on top
    for kind, marker in _SHAPES.items():
        members = [v for v in order if G.nodes[v].get("type", "organization") == kind]
        if not members:
            continue
        ax.scatter([pos[v][0] for v in members], [pos[v][1] for v in members], s=[area[v] for v in members],
                   c=[colours[v] for v in members], marker=marker, linewidths=0.6 if not big else 0.2,
                   edgecolors="white", alpha=0.95 if n <= 1000 else 0.8, zorder=2)

    if highlight:
        chain = [v for v in highlight if v in pos]
        ax.plot([pos[v][0] for v in chain], [pos[v][1] for v in chain], color="#111111", linewidth=2.5, zorder=3)
        ax.scatter([pos[v][0] for v in chain], [pos[v][1] for v in chain], s=[area[v] * 1.3 for v in chain],
                   facecolors="none", edgecolors="#111111", linewidths=1.8, zorder=3)

    wanted = labels if labels is not None else (n if n <= 40 else 30)
    ranked = sorted(G, key=lambda v: (-degree[v], -G.degree(v, weight="weight"), G.nodes[v].get("name", "")))
    if big:  # every coloured community's hub first, so each cluster is named
        hubs: dict[int, Any] = {}
        for v in ranked:
            hubs.setdefault(G.nodes[v]["community"], v)
        ranked = [hubs[c] for c in sorted(hubs) if c < len(PALETTE)] + ranked
    must = [v for v in (highlight or []) if v in G]
    named = _place_labels(ax, G, pos, area, must + ranked, wanted + len(must), 10 if n <= 40 else 8.5)

    # legend: the largest communities, each named after its best-connected member
    groups: dict[int, list] = {}
    for v, number in G.nodes(data="community"):
        groups.setdefault(number, []).append(v)
    handles = []
    for number in sorted(groups)[: len(PALETTE)]:
        members = groups[number]
        if len(members) < 2 and len(groups) > 1:
            continue
        hub = max(members, key=lambda v: (degree[v], G.nodes[v].get("name", "")))
        name = G.nodes[hub].get("name", str(hub))
        name = name if len(name) <= 30 else name[:29] + "…"
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=9, color=PALETTE[number],
                              label=f"{len(members)} around {name}"))
    kinds = {G.nodes[v].get("type", "organization") for v in G}
    if len(kinds) > 1:
        for kind in sorted(kinds):
            handles.append(Line2D([], [], marker=_SHAPES.get(kind, "o"), linestyle="", markersize=8,
                                  color="#52606d", label=kind))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9, frameon=False,
                  title="communities (size, best connected)" if len(kinds) == 1 else "communities and kinds",
                  title_fontsize=9)
    note = "node size: number of links · colour: community (Louvain)"
    if named < n:
        note += f" · {named} of {n:,} named: the best connected that fit"
    if n > 1000:
        note += " · grey lines: links between communities, width by count"
    fig.text(0.985, 0.012, note, fontsize=9, ha="right", va="bottom", color="#7b8794")
    _save(fig, path, dpi)
    return path


def _save(fig: Any, path: Path, dpi: int) -> None:
    """Write the figure; an SVG keeps its text as text (searchable,
    selectable, editable), not as glyph outlines, and carries the font the
    names were measured with (:mod:`kg.network.svg_fonts`), so they land
    where they were placed on any viewer."""
    import matplotlib

    if path.suffix.lower() != ".svg":
        fig.savefig(path, dpi=dpi, facecolor="white")
        return
    from kg.network.svg_fonts import embed_fonts

    buffer = io.StringIO()
    # a fixed salt for the clip-path ids and no date: the same graph gives
    # the same file, byte for byte, so a picture under version control only
    # changes when the network does
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        fig.savefig(buffer, format="svg", dpi=dpi, facecolor="white", metadata={"Date": None})
    path.write_text(embed_fonts(buffer.getvalue()), encoding="utf-8")
