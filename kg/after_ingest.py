"""What follows an ingest: validate what changed, then reason.

The two steps live apart (:mod:`kg.validate` checks SHACL shapes,
:mod:`kg.reason` computes the OWL 2 RL closure) and neither imports the
other; this module is where they meet, in the order that keeps the
inferred graph sound: data that would make OWL RL merge two entities is
refused before any reasoning runs.
"""
from __future__ import annotations

from collections.abc import Callable

__all__ = ["infer_after_ingest"]

_UNREAD = object()


def infer_after_ingest(store, changed_graphs: list[str], engine: str = "fast",
                       notify: Callable[[str], None] | None = None, owed: object = _UNREAD):
    """What ``kg ingest`` does once the articles are stored: check the
    nodes of the changed article graphs with SHACL, refuse (raising
    :class:`kg.errors.ValidationError`) when reasoning would merge
    entities, else recompute the inferred graph.

    Returns ``(validation report, inference report)``; ``(None, None)``
    when no article changed, the store owes no inference (see
    :meth:`kg.store.Store.owe_inference`) and it has an inferred graph, so
    ingesting the same articles twice writes nothing. Graphs an earlier,
    interrupted command changed are checked and reasoned over as well:
    ``owed`` is what the store owed before this ingest began (read now when
    not given), so graphs the ingest only considered are not checked.
    """
    import pyoxigraph as ox

    from kg.listings import keep_listings_ready
    from kg.reason.inference import infer
    from kg.store import ALL_GRAPHS
    from kg.validate import check_before_reasoning

    graph = ox.NamedNode(store.minter.inferred_graph())
    if owed is _UNREAD:
        owed = store.inference_owed()
    has_inferred = store.has_graph(graph.value)
    if not changed_graphs and not owed and has_inferred:
        keep_listings_ready(store, notify)
        return None, None
    if isinstance(owed, set) and ALL_GRAPHS in owed:
        focus = None  # which graphs changed is not known: check the whole store
    else:
        focus = sorted(set(changed_graphs) | (owed if isinstance(owed, set) else set()))
    say = notify or (lambda line: None)
    if owed:
        say("finishing the inference an earlier command left owed")
    validation = check_before_reasoning(store, focus, notify=say)
    if validation.problems:
        say(f"{validation.summary()}; 'kg validate' lists them")
    say("reasoning (OWL 2 RL)")
    inference = infer(store, engine)
    say(inference.summary())
    keep_listings_ready(store, say)  # the listings' rows, kept for fast reading (kg/listings.py)
    return validation, inference
