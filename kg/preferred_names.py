"""One preferred name per node across the store (SKOS integrity condition S14).

Each article graph names the nodes it mentions as the article writes them,
and two articles may write one node differently: "K. V. Kamath" and
"K.V. Kamath", "Vice-Premier" and "Vice Premier", "SABIC" and "Sabic".
Both spellings land on one node, so the union of the article graphs (what
SPARQL, the listings and the exports see) would give it two
``skos:prefLabel`` values, which SKOS forbids (one per language), and a
name that one article prefers and another lists as an alternative
(``skos:altLabel``), which SKOS forbids too (S13).

The rule kept here: the first article graph that names a node keeps its
spelling as the preferred name; a later article writes its own spelling as
an alternative, and writes the preferred spelling as preferred where it
has it at all (a country one article calls "Kingdom of Saudi Arabia" and
another gives only as an alias). Every article still carries every name it
read, in its own graph. After each ingest, :func:`settle_across_graphs` mends
what the order of articles got wrong: a node whose preferring graph was
replaced without it gets the most used alternative, and a spelling with
more capitals and otherwise the same ("ASEAN" after "Asean", "President"
after "president") takes the preferred place, in every graph.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from pyoxigraph import NamedNode, Quad

from kg.stores import KgStore
from kg.vocab import SKOS

__all__ = ["PreferredNames", "settle_across_graphs"]

_PREF = NamedNode(SKOS + "prefLabel")
_ALT = NamedNode(SKOS + "altLabel")


def _value(term: object) -> str:
    """An IRI's or a literal's text (a quad's subject or object)."""
    return getattr(term, "value", str(term))


class PreferredNames:
    """The preferred name each node has in the stored article graphs, kept
    up to date while an ingest writes one article graph after another."""

    def __init__(self, store: KgStore):
        articles = set(store.article_graphs())
        # node -> preferred name -> the article graphs that give it
        self._held: dict[str, dict[str, set[str]]] = {}
        self._named_in: dict[str, set[str]] = {}  # article graph -> nodes it names as preferred
        rows = store.query(f"SELECT ?g ?s ?l WHERE {{ GRAPH ?g {{ ?s <{SKOS}prefLabel> ?l }} }}",
                           asserted_only=True)
        for row in rows:
            graph = row["g"].value
            if graph in articles:
                self._hold(graph, row["s"].value, row["l"].value)

    def _hold(self, graph: str, node: str, name: str) -> None:
        self._held.setdefault(node, {}).setdefault(name, set()).add(graph)
        self._named_in.setdefault(graph, set()).add(node)

    def _forget(self, graph: str) -> None:
        """What the graph's earlier version preferred no longer counts: it is being replaced."""
        for node in self._named_in.pop(graph, set()):
            names = self._held.get(node, {})
            for name in list(names):
                names[name].discard(graph)
                if not names[name]:
                    del names[name]

    def settle(self, graph: str, quads: Iterable[Quad]) -> list[Quad]:
        """The article graph's quads with one preferred name per node: the
        one other graphs already prefer where there is one, else the
        article's first. The article's other names for the node become
        alternatives; none of its names is lost."""
        self._forget(graph)
        quads = list(quads)
        names: dict[str, list[str]] = {}  # node -> this article's names for it, preferred ones first
        for quad in quads:
            if quad.predicate == _PREF:
                names.setdefault(_value(quad.subject), []).append(_value(quad.object))
        for quad in quads:
            # an alternative counts where the node has a preferred name here or in another graph
            node = _value(quad.subject)
            if quad.predicate == _ALT and (node in names or self._held.get(node)):
                names.setdefault(node, []).append(_value(quad.object))
        chosen: dict[str, str | None] = {}
        for node, own in names.items():
            held = self._held.get(node)
            if held:
                # the name most graphs give (an older store may have several), the one with more capitals, then
                # the first in order; or this article's spelling of it with more capitals ("President" where
                # an earlier article wrote "president": settle_across_graphs makes the earlier one an alternative)
                preferred = min(held, key=lambda name: (-len(held[name]), -_capitals(name), name))
                better = max((name for name in own if name.casefold() == preferred.casefold()), key=_capitals,
                             default=preferred)
                chosen[node] = better if _capitals(better) > _capitals(preferred) \
                    else preferred if preferred in own else None
            else:
                # the article's first name for it, in the spelling with the most capitals the article gives it
                chosen[node] = max((name for name in own if name.casefold() == own[0].casefold()), key=_capitals)
        settled: dict[Quad, None] = {}
        for quad in quads:
            node = _value(quad.subject)
            if quad.predicate not in (_PREF, _ALT) or node not in chosen:
                settled[quad] = None
                continue
            name = _value(quad.object)
            predicate = _PREF if name == chosen[node] else _ALT
            settled[Quad(quad.subject, predicate, quad.object, quad.graph_name)] = None
        for node, kept in chosen.items():
            if kept is not None:
                self._hold(graph, node, kept)
        return list(settled)


def settle_across_graphs(store: KgStore, notify: Callable[[str], None] | None = None) -> list[str]:
    """Make alternatives preferred where the union needs it, after an ingest:

    - a node with alternatives only (the graph that preferred a name for it
      no longer names it) gets the name most article graphs give;
    - a graph written before another graph preferred one of its
      alternatives, and preferring no name of its own for the node, prefers
      that one too (a name is never preferred and alternative at once);
    - a spelling with more capitals than a preferred one, and otherwise the
      same, becomes the preferred one in every graph that has either.

    Returns the article graphs rewritten (inference is owed for them)."""
    articles = set(store.article_graphs())
    promote: dict[str, set[tuple[str, str]]] = {}  # graph -> (node, name) to make preferred there
    given: dict[str, Counter[str]] = {}
    holders: dict[tuple[str, str], set[str]] = {}
    for row in store.query(f"SELECT ?g ?s ?l WHERE {{ GRAPH ?g {{ ?s <{SKOS}altLabel> ?l }} "
                           f"FILTER NOT EXISTS {{ ?s <{SKOS}prefLabel> ?any }} }}", asserted_only=True):
        graph, node, name = row["g"].value, row["s"].value, row["l"].value
        if graph in articles:
            given.setdefault(node, Counter())[name] += 1
            holders.setdefault((node, name), set()).add(graph)
    for node, counts in given.items():
        name = min(counts, key=lambda n: (-counts[n], n))
        for graph in holders[(node, name)]:
            promote.setdefault(graph, set()).add((node, name))
    # a spelling with more capitals than a preferred one, and otherwise the same, takes its place
    better_cased = _better_cased(store)
    worse = {(node, preferred) for node, preferred, _ in better_cased}
    for row in store.query(f"SELECT ?g ?s ?l WHERE {{ GRAPH ?g {{ ?s <{SKOS}altLabel> ?l }} ?s <{SKOS}prefLabel> ?l "
                           f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s <{SKOS}prefLabel> ?own }} }} }}", asserted_only=True):
        if row["g"].value in articles and (row["s"].value, row["l"].value) not in worse:
            promote.setdefault(row["g"].value, set()).add((row["s"].value, row["l"].value))
    demote: dict[str, set[tuple[str, str]]] = {}  # graph -> (node, name) to make an alternative there
    for node, preferred, better in better_cased:
        for row in store.query(f"SELECT ?g ?l WHERE {{ GRAPH ?g {{ <{node}> ?p ?l }} "
                               f"FILTER(?p IN (<{SKOS}prefLabel>, <{SKOS}altLabel>)) }}", asserted_only=True):
            graph, name = row["g"].value, row["l"].value
            if graph in articles and name == preferred:
                demote.setdefault(graph, set()).add((node, preferred))
            elif graph in articles and name == better:
                promote.setdefault(graph, set()).add((node, better))
    for graph in sorted(set(promote) | set(demote)):
        up, down = promote.get(graph, set()), demote.get(graph, set())
        removed, added = [], []
        for quad in store.match(graph=graph):
            key = (_value(quad.subject), _value(quad.object))
            if quad.predicate == _ALT and key in up:
                removed.append(quad)
                added.append(Quad(quad.subject, _PREF, quad.object, quad.graph_name))
            elif quad.predicate == _PREF and key in down:
                removed.append(quad)
                added.append(Quad(quad.subject, _ALT, quad.object, quad.graph_name))
        if removed:
            store.patch_graph(graph, removed, added)
    rewritten = sorted(set(promote) | set(demote))
    if rewritten and notify is not None:
        notify(f"made a name preferred in {len(rewritten)} article graph(s), so each node has one preferred name")
    return rewritten


def _better_cased(store: KgStore) -> list[tuple[str, str, str]]:
    """Nodes whose preferred name another article writes with more capitals
    and otherwise the same ("Asean" and "ASEAN", "president" and
    "President"): the capitals are the name's own spelling (an acronym, a
    title as a vocabulary writes it), whichever article came first.
    Returns (node, preferred name, better spelling)."""
    found: dict[tuple[str, str], str] = {}
    for row in store.query(f"SELECT ?s ?p ?a WHERE {{ ?s <{SKOS}prefLabel> ?p . {{ ?s <{SKOS}altLabel> ?a }} UNION "
                           f"{{ ?s <{SKOS}prefLabel> ?a }} FILTER(LCASE(STR(?p)) = LCASE(STR(?a)) && STR(?p) != STR(?a)) }}",
                           asserted_only=True):
        node, preferred, other = row["s"].value, row["p"].value, row["a"].value
        best = found.get((node, preferred), preferred)
        if _capitals(other) > _capitals(best):
            found[(node, preferred)] = other
    return [(node, preferred, better) for (node, preferred), better in sorted(found.items())]


def _capitals(text: str) -> int:
    return sum(1 for c in text if c.isupper())
