"""OWL 2 RL inference over the store, kept apart from what the articles say.

What follows from the articles under the ontology's axioms (agreements'
parties cooperate with each other, a post holder is a member of the post's
organization, a department's agreements are its parent's...) is written to
one named graph of its own, ``store.minter.inferred_graph()``, recomputed
after every ingest or by ``kg infer``. Queries read it unless
``--asserted-only``; exports leave it out on request.

Modules, each with one job:

- :mod:`kg.reason.rules`: the ontology's axioms compiled into rule tables
- :mod:`kg.reason.engine`: the fast semi-naive evaluator of those rules
- :mod:`kg.reason.reference`: owlrl, the reference the engine is tested against
- :mod:`kg.reason.inference`: reading the store, writing the inferred graph

>>> import tempfile
>>> from kg.reason import infer
>>> from kg.store import Store
>>> from kg.synthetic import load_synthetic
>>> store = Store(tempfile.mkdtemp() + "/store")
>>> load_synthetic(store, 20) > 0
True
>>> report = infer(store)
>>> report.inferred > 0
True
>>> sparql = "ASK { ?a agr:cooperatesWith ?b FILTER(?a != ?b) }"
>>> bool(store.query(sparql)), bool(store.query(sparql, asserted_only=True))
(True, False)
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["infer", "inferred_turtle", "InferenceReport", "ReasoningError", "ENGINES",
           "load_rules", "RuleSet"]

_LAZY = {name: "kg.reason.inference" for name in
         ("infer", "inferred_turtle", "InferenceReport", "ReasoningError", "ENGINES")}
_LAZY.update(load_rules="kg.reason.rules", RuleSet="kg.reason.rules")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg.reason' has no attribute {name!r}")
