"""Counts that summarise a store for a person glancing at it."""
from __future__ import annotations

from kg.stores import KgStore as Store
from kg.vocab import AGR, FOAF, ORG

__all__ = ["stats"]

_COUNTED = {
    "articles": "<http://schema.org/NewsArticle>",
    "organizations": f"<{ORG}Organization>",
    "people": f"<{FOAF}Person>",
    "posts": f"<{ORG}Post>",
    "post holdings": f"<{AGR}PostHolding>",
    "agreements": f"<{AGR}Agreement>",
}


def stats(store: Store) -> dict[str, int]:
    """Distinct instances of the main classes, and the triple count."""
    counts = {}
    for label, cls in _COUNTED.items():
        rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}")
        counts[label] = int(next(iter(rows))["n"].value)
    counts["triples"] = store.count()
    return counts
