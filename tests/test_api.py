"""The Python API an analyst uses: a store folder or an endpoint opened as
a knowledge graph, named queries with parameters, rows as dicts or a
DataFrame, export; and the runnable examples in the docstrings."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.errors import QueryError
from kg.graph import KnowledgeGraph, RemoteKnowledgeGraph, open_graph

SIC = "https://w3id.org/kg-agreements/id/organization/state-information-center"


def test_named_query_with_a_name_parameter(gold_store: Path) -> None:
    with KnowledgeGraph(gold_store, read_only=True) as graph:
        (row,) = graph.run("partners-of", org="SIC").dicts()
        assert row["org"] == SIC and row["agreements"] == 1
        with pytest.raises(QueryError, match="no organization is named"):
            graph.run("partners-of", org="Nobody Inc")


def test_dataframe(gold_store: Path) -> None:
    frame = KnowledgeGraph(gold_store, read_only=True).frame("agreements-per-kind")
    assert list(frame.columns) == ["kind", "kind_name", "agreements", "first_date", "last_date"]
    assert frame["agreements"].sum() == 20  # numbers, not text


def test_export_round_trips(gold_store: Path, tmp_path: Path) -> None:
    import rdflib

    size = KnowledgeGraph(gold_store, read_only=True).export(tmp_path / "out.ttl")
    assert size > 0
    graph = rdflib.Graph().parse(tmp_path / "out.ttl")
    assert (rdflib.URIRef(SIC), None, None) in graph


def test_endpoint_backed_graph_answers_like_the_store(gold_store: Path, oxigraph_server: str, tmp_path: Path) -> None:
    from conftest import ARTICLES

    local = KnowledgeGraph(gold_store, read_only=True)
    remote = open_graph(oxigraph_server)
    assert isinstance(remote, RemoteKnowledgeGraph)
    from kg.remote import push

    push(local.store, remote.endpoint)
    assert remote.run("partners-of", org="SIC").dicts() == local.run("partners-of", org="SIC").dicts()
    rows = remote.query("SELECT ?name WHERE { ?org skos:prefLabel ?name }", org=kg.IRI(SIC))
    assert [r["name"] for r in rows.dicts()] == ["State Information Center"]
    size = remote.export(tmp_path / "remote.ttl")
    assert size > 0 and b"State Information Center" in (tmp_path / "remote.ttl").read_bytes()
    assert ARTICLES.exists()
