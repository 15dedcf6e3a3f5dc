"""Typed values, the same on every path: numbers, dates and IRIs come back
from a query as Python values (``frame``, ``.dicts()``, iterating the rows)
and go into one as RDF terms, whether the graph is the embedded store, a
remote Oxigraph server, or ``kg serve``."""
from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from conftest import ROOT, KgServer
from kg.errors import QueryError
from kg.graph import KnowledgeGraph, RemoteKnowledgeGraph

SIC = "https://w3id.org/kg-agreements/id/organization/state-information-center"
SINCE = """SELECT ?agreement ?date WHERE {
  ?agreement prov:wasGeneratedBy/schema:startDate ?date . FILTER(?date >= ?from)
} ORDER BY ?date ?agreement"""
NAME_OF = "SELECT ?name WHERE { ?org skos:prefLabel ?name }"
LITERALS = """SELECT ?n ?d ?x ?b ?day WHERE {
  VALUES (?n ?d ?x ?b ?day) { (42 2.5 1.5e0 true "2020-02-29"^^xsd:date) }
}"""


@pytest.fixture(scope="module")
def graphs(gold_store: Path, oxigraph_server: str, tmp_path_factory: pytest.TempPathFactory):
    """The gold facts three ways: embedded, pushed to Oxigraph, served by kg serve."""
    from kg.remote import push

    local = KnowledgeGraph(gold_store, read_only=True)
    oxigraph = RemoteKnowledgeGraph(oxigraph_server)
    push(local.store, oxigraph.endpoint, inferred=True)
    server = KgServer(gold_store)
    try:
        yield {"embedded": local, "oxigraph": oxigraph, "kg serve": RemoteKnowledgeGraph(server.sparql)}
    finally:
        server.stop()
        local.close()


PATHS = ["embedded", "oxigraph", "kg serve"]


@pytest.mark.server
@pytest.mark.parametrize("path", PATHS)
def test_a_date_binds_as_a_date(graphs: dict, path: str) -> None:
    rows = graphs[path].query(SINCE, from_=datetime.date(2021, 1, 1))
    assert len(rows) > 0
    assert all(isinstance(day, datetime.date) and day >= datetime.date(2021, 1, 1) for _, day in rows)
    assert len(graphs[path].query(SINCE, from_=datetime.date(2000, 1, 1))) > len(rows)


@pytest.mark.server
@pytest.mark.parametrize("path", PATHS)
def test_values_come_back_typed(graphs: dict, path: str) -> None:
    (row,) = graphs[path].query(LITERALS).dicts()
    assert row == {"n": 42, "d": Decimal("2.5"), "x": 1.5, "b": True, "day": datetime.date(2020, 2, 29)}
    assert type(row["n"]) is int and type(row["b"]) is bool


@pytest.mark.server
@pytest.mark.parametrize("path", PATHS)
def test_iris_go_in_as_iris_and_text_as_text(graphs: dict, path: str) -> None:
    graph = graphs[path]
    assert [r["name"] for r in graph.query(NAME_OF, org=kg.IRI(SIC)).dicts()] == ["State Information Center"]
    assert [r["name"] for r in graph.query(NAME_OF, org=ox.NamedNode(SIC)).dicts()] == ["State Information Center"]
    assert len(graph.query(NAME_OF, org="SIC")) == 0  # a literal is never an organization
    with pytest.raises(QueryError, match=r"looks like an IRI.*kg\.IRI"):
        graph.query(NAME_OF, org=SIC)


@pytest.mark.server
def test_named_queries_give_the_same_python_values_everywhere(graphs: dict) -> None:
    answers = {path: graphs[path].run("agreements-per-year").dicts() for path in PATHS}
    assert answers["embedded"] == answers["oxigraph"] == answers["kg serve"]
    years = [row["year"] for row in answers["embedded"] if row["year"] is not None]
    assert years and all(isinstance(year, int) for year in years)
    partners = {path: graphs[path].run("partners-of", org="SIC")[0] for path in PATHS}
    assert partners["embedded"] == partners["oxigraph"] == partners["kg serve"]
    assert isinstance(partners["embedded"]["org"], kg.IRI) and partners["embedded"]["agreements"] == 1


def test_frame_columns_are_typed(gold_store: Path) -> None:
    frame = KnowledgeGraph(gold_store, read_only=True).frame("agreements-per-year")
    assert str(frame["agreements"].dtype) == "Int64" and frame["agreements"].sum() == 20
    assert frame["organizations"].mean() > 1
    kinds = KnowledgeGraph(gold_store, read_only=True).frame("agreements-per-kind")
    assert kinds["first_date"].dtype.kind == "M"  # datetime64: dates, not text


def test_rows_show_what_they_hold(gold_store: Path) -> None:
    rows = KnowledgeGraph(gold_store, read_only=True).run("agreements-per-kind")
    text = repr(rows)
    assert text.startswith(f"<Rows: {len(rows)} rows × 5 columns>")
    assert "kind_name" in text.splitlines()[1] and "2019-03-11" in text
    assert len(text.splitlines()) == 1 + 2 + 5 + 1 and text.endswith(f"… {len(rows) - 5} more rows")


def test_a_param_without_equals_is_a_wrong_command_line(gold_store: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(gold_store), "partners-of",
                           "--param", "org"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "NAME=VALUE" in done.stderr


def test_a_broken_reader_library_is_one_line(tmp_path: Path) -> None:
    """The crash of a clean install (lxml.html.clean missing) as a user now
    sees it: one line naming the module and the repair, exit 2."""
    article = tmp_path / "page.html"
    article.write_text((ROOT / "data" / "articles" / "graz-lund-partnership-2022.html").read_text("utf-8"), "utf-8")
    script = ("import sys; sys.modules['lxml_html_clean'] = None; from kg.cli import main; "
              f"sys.exit(main(['ingest', '--workers', '1', '--store', {str(tmp_path / 'store')!r}, {str(article)!r}]))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.strip().splitlines()[-1:]
    assert "Traceback" not in done.stderr and "lxml" in line and "pip install" in line
