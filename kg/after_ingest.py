"""What follows an ingest: validate what changed, then reason.

The two steps live apart (:mod:`kg.validate` checks SHACL shapes,
:mod:`kg.reason` computes the OWL 2 RL closure) and neither imports the
other; this module is where they meet, in the order that keeps the
inferred graph sound: data that would make OWL RL merge two entities is
refused before any reasoning runs.
"""
from __future__ import annotations

__all__ = ["infer_after_ingest"]


def infer_after_ingest(store, changed_graphs: list[str], engine: str = "fast"):
    """What ``kg ingest`` does once the articles are stored: check the
    nodes of the changed article graphs with SHACL, refuse (raising
    :class:`kg.errors.ValidationError`) when reasoning would merge
    entities, else recompute the inferred graph.

    Returns ``(validation report, inference report)``; ``(None, None)``
    when no article changed and the store already has an inferred graph,
    so ingesting the same articles twice writes nothing.
    """
    import pyoxigraph as ox

    from kg.reason.inference import infer
    from kg.validate import check_before_reasoning

    graph = ox.NamedNode(store.minter.inferred_graph())
    has_inferred = any(True for _ in store.db.quads_for_pattern(None, None, None, graph))
    if not changed_graphs and has_inferred:
        return None, None
    validation = check_before_reasoning(store, changed_graphs)
    return validation, infer(store, engine)
