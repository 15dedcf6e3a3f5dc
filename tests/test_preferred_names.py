"""One preferred name per node, whatever the articles' spellings (SKOS S13, S14).

Two articles written for this test name one person ("Lee Min-ho", "Lee Min
Ho") and one title ("President", "president") differently. Ingested into one
store, each node has one skos:prefLabel in the union, no name is both
preferred and alternative, each article graph keeps the name it read, a
second ingest writes nothing, and when the first article is rewritten
without the person, the other spelling becomes preferred.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg_inprocess import kg as run_kg

FIRST = ("HARBOR CITY, March 4, 2024 - The Northwind Energy Institute signed a memorandum of understanding "
         "with the Lakeside Port Authority on Monday. Lee Min-ho, President of the Northwind Energy Institute, "
         "and Sara Okafor, Director of the Lakeside Port Authority, signed the MoU.\n")
SECOND = ("HARBOR CITY, June 10, 2024 - The Northwind Energy Institute signed a cooperation agreement with the "
          "Eastbay Shipping Company on Friday. Lee Min Ho, president of the Northwind Energy Institute, and Tom "
          "Berg, chairman of the Eastbay Shipping Company, signed the agreement.\n")
FIRST_WITHOUT_LEE = FIRST.replace("Lee Min-ho, President", "Ann Park, Vice President")

PERSON = "https://w3id.org/kg-agreements/id/person/lee-min-ho"
ROLE = "https://w3id.org/kg-agreements/id/role/president"


def kg(*args: str) -> str:
    return run_kg(*args).stdout


def select(store: Path, sparql: str) -> list[dict[str, str]]:
    query = store.parent / "q.rq"
    query.write_text("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" + sparql, encoding="utf-8")
    return list(csv.DictReader(io.StringIO(kg("query", "--store", str(store), str(query), "--format", "csv"))))


def names(store: Path, node: str) -> tuple[set[str], set[str]]:
    rows = select(store, f"SELECT ?p ?l WHERE {{ <{node}> ?p ?l FILTER(?p IN (skos:prefLabel, skos:altLabel)) }}")
    return ({r["l"] for r in rows if r["p"].endswith("prefLabel")},
            {r["l"] for r in rows if r["p"].endswith("altLabel")})


@pytest.fixture()
def own_oxigraph(tmp_path: Path):
    """An Oxigraph server of this test's own (the session's shared one keeps
    the default IRI base, and these tests set theirs)."""
    from conftest import oxigraph_in

    folder = tmp_path / "oxigraph"
    folder.mkdir()
    with oxigraph_in(folder) as url:
        yield url


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-northwind-lakeside.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b-northwind-eastbay.txt").write_text(SECOND, encoding="utf-8")
    return folder


def test_two_spellings_give_one_preferred_name_and_keep_the_other(tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), "--quiet", str(articles))
    assert names(store, PERSON) == ({"Lee Min-ho"}, {"Lee Min Ho"})
    preferred, alternative = names(store, ROLE)
    assert preferred == {"President"} and "president" in alternative
    # no node anywhere has two preferred names, or a name both preferred and alternative
    assert not select(store, "SELECT ?x WHERE { ?x skos:prefLabel ?a, ?b FILTER(?a != ?b) }")
    assert not select(store, "SELECT ?x WHERE { ?x skos:prefLabel ?l ; skos:altLabel ?l }")
    # the second article's graph still holds the name it read
    in_second = select(store, f"SELECT ?l WHERE {{ GRAPH ?g {{ <{PERSON}> skos:altLabel ?l }} "
                              "FILTER(CONTAINS(STR(?g), 'b-northwind-eastbay')) }")
    assert [r["l"] for r in in_second] == ["Lee Min Ho"]
    # the entities listing has one row for the person
    listed = [r for r in csv.DictReader(io.StringIO(kg("entities", "--store", str(store), "--format", "csv")))
              if r["entity"] == PERSON]
    assert len(listed) == 1 and listed[0]["name"] == "Lee Min-ho" and listed[0]["articles"] == "2"


def test_a_second_ingest_writes_nothing(tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), "--quiet", str(articles))
    assert "0 added, 0 replaced, 2 unchanged" in run_kg("ingest", "--store", str(store), str(articles)).stderr


def test_the_other_spelling_becomes_preferred_when_the_first_article_no_longer_names_the_person(
        tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), "--quiet", str(articles))
    (articles / "a-northwind-lakeside.txt").write_text(FIRST_WITHOUT_LEE, encoding="utf-8")
    kg("ingest", "--store", str(store), "--quiet", str(articles / "a-northwind-lakeside.txt"))
    assert names(store, PERSON) == ({"Lee Min Ho"}, set())
    assert not select(store, "SELECT ?x WHERE { ?x skos:prefLabel ?a, ?b FILTER(?a != ?b) }")
    # and the store stays as it is on the next ingest of both
    assert "0 added, 0 replaced, 2 unchanged" in run_kg("ingest", "--store", str(store), str(articles)).stderr


@pytest.mark.server
def test_a_sparql_server_store_gets_one_preferred_name_too(own_oxigraph: str, tmp_path: Path,
                                                          articles: Path) -> None:
    """The same rule through kg's remote store (its own IRI base, apart from
    the other modules' graphs on the shared server)."""
    base = "https://example.org/preferred-names-test/"
    kg("ingest", "--store", own_oxigraph, "--base", base, "--quiet", str(articles))
    person, role = base + "person/lee-min-ho", base + "role/president"
    query = tmp_path / "names.rq"
    query.write_text("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                     f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ <{person}> <{role}> }} ?x ?p ?l "
                     "FILTER(?p IN (skos:prefLabel, skos:altLabel)) }", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(kg("query", "--store", own_oxigraph, str(query), "--format", "csv"))))
    preferred = {(r["x"], r["l"]) for r in rows if r["p"].endswith("prefLabel")}
    assert preferred == {(person, "Lee Min-ho"), (role, "President")}
    assert (person, "Lee Min Ho") in {(r["x"], r["l"]) for r in rows if r["p"].endswith("altLabel")}
    assert "0 added, 0 replaced, 2 unchanged" in run_kg("ingest", "--store", own_oxigraph, "--base", base,
                                                        str(articles)).stderr


def test_a_spelling_with_more_capitals_is_preferred_whichever_article_came_first(tmp_path: Path) -> None:
    """"president" met first, "President" after: the capitals are the
    title's own spelling. Spellings that differ by more than case keep the
    first ("Lee Min Ho" here)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-northwind-eastbay.txt").write_text(SECOND, encoding="utf-8")
    (folder / "b-northwind-lakeside.txt").write_text(FIRST, encoding="utf-8")
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), "--quiet", str(folder))
    preferred, alternative = names(store, ROLE)
    assert preferred == {"President"} and "president" in alternative
    assert names(store, PERSON) == ({"Lee Min Ho"}, {"Lee Min-ho"})
    assert not select(store, "SELECT ?x WHERE { ?x skos:prefLabel ?l ; skos:altLabel ?l }")
    assert "0 added, 0 replaced, 2 unchanged" in run_kg("ingest", "--store", str(store), str(folder)).stderr


def test_the_capitals_win_over_a_spelling_more_articles_met_first(tmp_path: Path) -> None:
    """Two articles write "president", a third "President": one preferred
    name after the first ingest, the same after the second."""
    third = SECOND.replace("Eastbay Shipping Company", "Westport Rail Company").replace("Tom Berg", "Ida Holm")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-northwind-eastbay.txt").write_text(SECOND, encoding="utf-8")
    (folder / "b-northwind-westport.txt").write_text(third, encoding="utf-8")
    (folder / "c-northwind-lakeside.txt").write_text(FIRST, encoding="utf-8")
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), "--quiet", str(folder))
    preferred, alternative = names(store, ROLE)
    assert preferred == {"President"} and "president" in alternative
    assert not select(store, "SELECT ?x WHERE { ?x skos:prefLabel ?a, ?b FILTER(?a != ?b) }")
    assert not select(store, "SELECT ?x WHERE { ?x skos:prefLabel ?l ; skos:altLabel ?l }")
    assert "0 added, 0 replaced, 3 unchanged" in run_kg("ingest", "--store", str(store), str(folder)).stderr
    # the graphs the ingest renamed in are patched, and the union still holds exactly what they hold
    import pyoxigraph as ox

    from kg.store import Store

    with Store(store, read_only=True) as opened:
        union = {q.triple for q in opened.db.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        held = {q.triple for g in opened.article_graphs()
                for q in opened.db.quads_for_pattern(None, None, None, ox.NamedNode(g))}
    assert union == held


@pytest.mark.server
def test_a_sparql_server_store_renames_by_patching_graphs(own_oxigraph: str, tmp_path: Path) -> None:
    """"president" met first, "President" after, on a server: the first
    graph is written again with the weaker spelling as an alternative."""
    base = "https://example.org/preferred-names-capitals/"
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-northwind-eastbay.txt").write_text(SECOND, encoding="utf-8")
    (folder / "b-northwind-lakeside.txt").write_text(FIRST, encoding="utf-8")
    kg("ingest", "--store", own_oxigraph, "--base", base, "--quiet", str(folder))
    query = tmp_path / "role.rq"
    query.write_text("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                     f"SELECT ?p ?l WHERE {{ <{base}role/president> ?p ?l FILTER(?p IN (skos:prefLabel, skos:altLabel)) }}",
                     encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(kg("query", "--store", own_oxigraph, str(query), "--format", "csv"))))
    assert {r["l"] for r in rows if r["p"].endswith("prefLabel")} == {"President"}
    assert "president" in {r["l"] for r in rows if r["p"].endswith("altLabel")}
    assert "0 added, 0 replaced, 2 unchanged" in run_kg("ingest", "--store", own_oxigraph, "--base", base,
                                                        str(folder)).stderr
