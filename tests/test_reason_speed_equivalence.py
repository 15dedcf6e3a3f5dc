"""The fast path of ``kg infer`` gives the same inferred graph as the plain one.

The engine reads only what its rules use, as SPARQL TSV written by
Oxigraph, one query per property or class (literals only where a rule
needs them); these tests feed a second engine every asserted triple one at
a time as pyoxigraph terms, take its output one tuple at a time, and
require the same triples, stored by ``infer``, on the bundled corpus's gold
facts, on a small synthetic store and on data with blank nodes and literals
where the rules must skip them; and ``infer`` works on a store not opened
before it.
"""
from __future__ import annotations


import pyoxigraph as ox
from conftest import ARTICLES, GOLD, load_gold
from kg.reason.engine import Closure
from kg.reason.inference import infer, inferred_turtle
from kg.reason.rules import load_rules
from kg.store import Store


# an agreement whose signing and one party are blank nodes, a literal
# where an IRI belongs, and a post holding: the rules derive from all of them,
# the inferred graph keeps no blank node and no literal subject
BLANKS = """
@prefix agr: <https://w3id.org/kg-agreements/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix ex: <https://example.org/t/> .
ex:g {
  ex:a1 a agr:Agreement ; agr:party ex:o1 , _:o2 , ex:o3 ; prov:wasGeneratedBy _:s1 ;
        skos:prefLabel "agreement one"@en , "7"^^<http://www.w3.org/2001/XMLSchema#integer> .
  _:s1 agr:hasSignature [ agr:signer ex:p1 ; agr:onBehalfOf ex:o1 ; agr:inCapacityOf "Mayor" ] .
  _:o2 skos:prefLabel "a party without a name" .
  ex:h1 a agr:PostHolding ; org:member ex:p1 ; org:organization ex:o1 ; agr:observedOn "2020-01-02" .
}
"""


def _plain(store: Store) -> tuple[list[str], set]:
    """The reference path: every asserted triple fed to the engine as
    pyoxigraph terms, the derived triples taken one tuple at a time."""
    closure = Closure(load_rules())
    for triple in store.triples(asserted_only=True):
        closure.add(str(triple.subject), str(triple.predicate), str(triple.object))
    closure.run()
    lines = [f"{s} {p} {o} .\n" for s, p, o in closure.derived()]
    return lines, _parsed("".join(lines))


def _parsed(turtle: str) -> set:
    return {(t.subject, t.predicate, t.object) for t in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}


def _stored_inferred(store: Store) -> set:
    return {(q.subject, q.predicate, q.object)
            for q in store.match(None, None, None, graph=store.minter.inferred_graph())}


def _check(store: Store) -> int:
    """Fast and plain paths agree, and ``infer`` stores exactly that graph."""
    _, plain = _plain(store)
    fast = _parsed(inferred_turtle(store))
    assert fast == plain
    report = infer(store)
    assert report.inferred == len(fast) == report.added
    assert _stored_inferred(store) == fast
    return len(fast)


def test_same_inferred_graph_on_the_gold_facts(tmp_path):
    with Store(tmp_path / "store") as store:
        load_gold(store, GOLD, ARTICLES)
        assert _check(store) > 1500


def test_same_inferred_graph_on_a_synthetic_store(tmp_path):
    from kg.synthetic import load_synthetic

    with Store(tmp_path / "store") as store:
        load_synthetic(store, 150)
        assert _check(store) > 5000


def test_same_inferred_graph_with_blank_nodes_and_literals(tmp_path):
    with Store(tmp_path / "store") as store:
        store.replace_graph("https://example.org/t/g", list(ox.parse(BLANKS, format=ox.RdfFormat.TRIG)))
        count = _check(store)
        inferred = _stored_inferred(store)
    assert count > 10
    assert not any(isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode) for s, _, o in inferred)
    party_to = ox.NamedNode("https://w3id.org/kg-agreements/ontology#partyTo")
    assert (ox.NamedNode("https://example.org/t/o1"), party_to, ox.NamedNode("https://example.org/t/a1")) in inferred


def test_infer_on_a_store_not_yet_opened(tmp_path):
    """The first writable opening sweeps leftover temp files: infer opens
    the store before making its own, so the bulk load finds it."""
    from kg.synthetic import load_synthetic

    with Store(tmp_path / "store") as store:
        load_synthetic(store, 20)
    fresh = Store(tmp_path / "store")
    try:
        report = infer(fresh)
        assert report.inferred > 0 and len(_stored_inferred(fresh)) == report.inferred
    finally:
        fresh.close()
