"""Writing a network to a file, the format chosen by the file's suffix.

GraphML and GEXF carry only scalar attributes, so lists (an edge's
agreements and dates) are joined with " | " and the graph-wide lookup
tables are left out; the node's IRI stays its id, its name becomes the
``label`` Gephi and Cytoscape show.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.network.data import NetworkError

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["OUTPUT_FORMATS", "write", "write_graphml", "write_gexf", "flat_copy"]

OUTPUT_FORMATS = {
    ".graphml": "GraphML (Cytoscape, Gephi, yEd)",
    ".gexf": "GEXF (Gephi)",
    ".png": "PNG drawing",
    ".svg": "SVG drawing",
    ".html": "interactive HTML view, works offline",
    ".htm": "interactive HTML view, works offline",
}


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return " | ".join(str(v) for v in value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def flat_copy(G: nx.Graph) -> nx.Graph:
    """A copy with scalar attributes only, and a ``label`` on every node."""
    import networkx as nx

    H = nx.Graph()
    H.graph.update({k: _scalar(v) for k, v in G.graph.items() if not isinstance(v, dict) and v is not None})
    for node, attrs in G.nodes(data=True):
        flat = {k: _scalar(v) for k, v in attrs.items() if v is not None and not isinstance(v, dict)}
        flat.setdefault("label", attrs.get("name", str(node)))
        H.add_node(node, **flat)
    for u, v, attrs in G.edges(data=True):
        flat = {k: _scalar(v) for k, v in attrs.items() if v is not None and k != "facts"}
        if "facts" in attrs:
            from kg.network.paths import edge_sentences

            flat["facts"] = " | ".join(edge_sentences(G, u, v))
        H.add_edge(u, v, **flat)
    return H


def write_graphml(G: nx.Graph, path: Path | str) -> None:
    import networkx as nx

    nx.write_graphml(flat_copy(G), str(path))


def write_gexf(G: nx.Graph, path: Path | str) -> None:
    import networkx as nx

    nx.write_gexf(flat_copy(G), str(path))


def write(G: nx.Graph, path: Path | str, **options: Any) -> Path:
    """Write ``G`` as the file's suffix says (see ``OUTPUT_FORMATS``);
    drawing options (``title``, ``labels``, ``size``) go to the drawer."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise NetworkError(f"{path}: unknown output type; name the file with one of "
                           f"{', '.join(OUTPUT_FORMATS)}")
    if path.parent and not path.parent.exists():
        raise NetworkError(f"{path}: folder {path.parent} does not exist; create it first")
    try:
        if suffix == ".graphml":
            write_graphml(G, path)
        elif suffix == ".gexf":
            write_gexf(G, path)
        elif suffix in (".png", ".svg"):
            from kg.network.drawing import draw

            draw(G, path, **options)
        else:
            from kg.network.html import write_html

            write_html(G, path, **options)
    except OSError as exc:
        raise NetworkError(f"{path}: cannot write ({exc.strerror or exc}); check the path and permissions") from None
    return path
