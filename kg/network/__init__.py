"""kg as a network: projections onto networkx graphs, measures, paths and pictures.

One flat API over small modules (as networkx does it); nothing heavy is
imported until a function runs.

On a small synthetic store (``kn.organization_graph("out/store",
field="digital economy")`` on yours):

>>> import tempfile
>>> import kg.network as kn
>>> from kg.store import Store
>>> from kg.synthetic import load_synthetic
>>> folder = tempfile.mkdtemp()
>>> store = Store(folder + "/store")
>>> load_synthetic(store, 30) > 0
True
>>> G = kn.organization_graph(store)
>>> len(kn.rank(G, "pagerank", top=5))
5
>>> kn.write(G, folder + "/network.html").name
'network.html'
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    # where rows come from
    "RowSource", "StoreSource", "EndpointSource", "as_source",
    # facts and selections
    "Selection", "NetworkData", "NetworkError", "select", "fetch",
    # projections
    "PROJECTIONS", "projection", "network_data", "organization_graph", "person_organization_graph",
    "agreement_party_graph", "people_graph", "entity_graph",
    # measures
    "MEASURES", "measure", "rank", "communities", "components", "ego_network", "growth",
    # paths
    "FactPath", "Step", "find_node", "shortest_path", "edge_sentences",
    # output
    "write", "write_graphml", "write_gexf", "draw", "write_html", "OUTPUT_FORMATS",
]

_HOME = {
    "RowSource": "sources", "StoreSource": "sources", "EndpointSource": "sources", "as_source": "sources",
    "Selection": "data", "NetworkData": "data", "NetworkError": "data", "select": "data", "fetch": "data",
    "PROJECTIONS": "projections", "projection": "projections", "network_data": "projections",
    "organization_graph": "projections", "person_organization_graph": "projections",
    "agreement_party_graph": "projections", "people_graph": "projections", "entity_graph": "projections",
    "MEASURES": "measures", "measure": "measures", "rank": "measures", "communities": "measures",
    "components": "measures", "ego_network": "measures", "growth": "measures",
    "FactPath": "paths", "Step": "paths", "find_node": "paths", "shortest_path": "paths",
    "edge_sentences": "paths",
    "write": "files", "write_graphml": "files", "write_gexf": "files", "OUTPUT_FORMATS": "files",
    "draw": "drawing", "write_html": "html",
}

if TYPE_CHECKING:  # pragma: no cover
    from kg.network.data import NetworkData, NetworkError, Selection, fetch, select
    from kg.network.drawing import draw
    from kg.network.files import OUTPUT_FORMATS, write, write_gexf, write_graphml
    from kg.network.html import write_html
    from kg.network.measures import MEASURES, communities, components, ego_network, growth, measure, rank
    from kg.network.paths import FactPath, Step, edge_sentences, find_node, shortest_path
    from kg.network.projections import (PROJECTIONS, agreement_party_graph, entity_graph, network_data,
                                        organization_graph, people_graph, person_organization_graph,
                                        projection)
    from kg.network.sources import EndpointSource, RowSource, StoreSource, as_source


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f"kg.network.{_HOME[name]}"), name)
    raise AttributeError(f"module 'kg.network' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
