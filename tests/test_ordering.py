"""kg sorts a query's final ORDER BY in Python (kg.ordering); the store's own
ORDER BY is the oracle: both must put rows in the same order."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph import select_rows
from kg.ordering import sort_rows, split_order
from kg.queries import named_queries
from kg.store import Store

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _int(v: str) -> ox.Literal:
    return ox.Literal(v, datatype=ox.NamedNode(XSD + "integer"))


# Groups of terms SPARQL orders among themselves (it leaves the order between
# literals of unrelated types to the engine, and Oxigraph's is not total).
GROUPS = {
    "nodes": [ox.NamedNode(EX + "b"), ox.NamedNode(EX + "a"), ox.BlankNode("z1"), None],
    "numbers": [_int("10"), _int("9"), ox.Literal("2.5", datatype=ox.NamedNode(XSD + "decimal")), _int("-3"),
                ox.Literal("1e1", datatype=ox.NamedNode(XSD + "double")), None],
    "dates": [ox.Literal(d, datatype=ox.NamedNode(XSD + "date")) for d in ("2021-03-01", "2019-12-31", "2020-01-02")],
    "strings": [ox.Literal("Zhang"), ox.Literal("apple"), ox.Literal("Émile"), ox.Literal("Zh"), None],
    "durations": [ox.Literal(d, datatype=ox.NamedNode(XSD + "dayTimeDuration")) for d in ("P3D", "PT30H", "PT1M", "-P1D")],
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("group", sorted(GROUPS))
def test_python_order_matches_the_store(group: str, descending: bool) -> None:
    store = ox.Store()
    for i, term in enumerate(GROUPS[group]):
        row = ox.NamedNode(f"{EX}row{i}")
        store.add(ox.Quad(row, ox.NamedNode(EX + "in"), ox.Literal("yes")))
        if term is not None:
            store.add(ox.Quad(row, ox.NamedNode(EX + "v"), term))
    query = "SELECT ?s ?v WHERE { ?s <http://example.org/in> ?x OPTIONAL { ?s <http://example.org/v> ?v } } ORDER BY " + \
        ("DESC(?v)" if descending else "?v")
    by_store = [solution["v"] for solution in store.query(query)]
    text, keys = split_order(query)
    rows = [[solution["s"], solution["v"]] for solution in store.query(text)]
    by_python = [row[1] for row in sort_rows(rows, ["s", "v"], keys)]
    assert [str(t) for t in by_python] == [str(t) for t in by_store]


def test_only_a_final_order_by_of_plain_variables_is_taken_over() -> None:
    assert split_order("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s DESC(?o)")[1] == [("s", False), ("o", True)]
    assert split_order("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5") is None
    assert split_order("SELECT * WHERE { ?s ?p ?o } ORDER BY STR(?s)") is None
    assert split_order("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s } }") is None
    assert split_order("SELECT * WHERE { ?s ?p ?o }") is None
    # sorted by a variable it does not return: left to the store, which can
    assert split_order("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o") is None
    assert split_order("SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY ?o") is None
    assert split_order("SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY DESC(?n)")[1] == [("n", True)]


def test_named_queries_come_out_in_the_order_the_store_gives(gold_store: Path) -> None:
    """Each shipped query whose ORDER BY kg takes over: the ORDER BY columns
    read the same, row by row, whichever side sorted."""
    taken_over = 0
    with Store(gold_store, read_only=True) as store:
        for name, query in named_queries().items():
            split = split_order(query.text)
            if split is None:
                continue
            keys = [key for key, _ in split[1]]
            ours = select_rows(store, query.text)
            solutions = store.query(query.text)
            theirs = [[solution[k] for k in keys] for solution in solutions]
            if any(k not in ours.variables for k in keys):  # left to the store: the same rows exactly
                assert ours.rows == [[solution[v] for v in ours.variables] for solution in store.query(query.text)]
                continue
            at = [ours.variables.index(k) for k in keys]
            assert [[row[i] for i in at] for row in ours.rows] == theirs, name
            taken_over += 1
    assert taken_over >= 15


def test_a_key_the_query_does_not_return_is_left_to_the_store(gold_store: Path) -> None:
    query = "SELECT ?name WHERE { ?a agr:party ?org . ?org skos:prefLabel ?name } ORDER BY ?a ?name"
    with Store(gold_store, read_only=True) as store:
        ours = [row[0].value for row in select_rows(store, query).rows]
        theirs = [solution["name"].value for solution in store.query(query)]
    assert ours == theirs and ours
