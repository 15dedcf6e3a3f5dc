"""Provenance to the sentence: ``kg explain``, ``kg entities`` and the
dated post queries, on the founding article."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg_inprocess import kg

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
BASE = "https://w3id.org/kg-agreements/id/"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("explain") / "store"
    kg("ingest", "--store", str(path), str(ARTICLES / "sic-xiangxi-2019.txt"), str(ARTICLES / "yueyang-xinhai-2019.txt"))
    return path


def test_explain_prints_facts_with_their_sentences(store: Path) -> None:
    out = kg("explain", "--store", str(store), "State Information Center").stdout
    assert out.startswith("State Information Center  <" + BASE + "organization/state-information-center>")
    assert "also named: SIC" in out
    assert "—party→ State Information Center" in out
    assert "“On the morning of March 11, 2019, the State Information Center (SIC)" in out
    assert "[sic-xiangxi-2019.txt]" in out


def test_explain_json_and_lookup_by_acronym(store: Path) -> None:
    found = json.loads(kg("explain", "--store", str(store), "sic", "--format", "json").stdout)
    assert found["iri"] == BASE + "organization/state-information-center"
    signatures = [f for f in found["facts"] if f["predicate"].endswith("onBehalfOf")]
    assert signatures and all(f["sentences"] for f in signatures)
    assert any("Cheng Xiaobo" in s for f in signatures for s in f["sentences"])


def test_explain_unknown_name_is_a_clear_error(store: Path) -> None:
    result = kg("explain", "--store", str(store), "Nobody Inc", check=False)
    assert result.returncode == 1
    assert "no entity has this name" in result.stderr and "kg entities" in result.stderr


def test_every_party_signature_and_post_has_evidence(store: Path, tmp_path: Path) -> None:
    query = tmp_path / "unsupported.rq"
    query.write_text("""
        SELECT ?fact WHERE {
          { ?fact a agr:Signature } UNION { ?fact a agr:PostHolding }
          UNION { ?fact a rdf:Statement ; rdf:predicate agr:party }
          FILTER NOT EXISTS { ?fact gaf:denotedBy/agr:sentence/nif:anchorOf ?sentence }
        }""", encoding="utf-8")
    out = kg("query", "--store", str(store), str(query), "--format", "csv").stdout
    assert out.strip() == "fact"
    query.write_text("""
        SELECT (COUNT(*) AS ?n) WHERE { ?agreement agr:party ?party .
          ?st rdf:subject ?agreement ; rdf:predicate agr:party ; rdf:object ?party . }""", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(kg("query", "--store", str(store), str(query), "--format", "csv").stdout)))
    assert int(rows[0]["n"]) >= 4


def test_mention_offsets_point_into_the_article_text(store: Path, tmp_path: Path) -> None:
    query = tmp_path / "mentions.rq"
    query.write_text("""
        SELECT ?anchor ?begin ?end ?text WHERE {
          ?m nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?c .
          ?c nif:isString ?text .
        }""", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(kg("query", "--store", str(store), str(query), "--format", "csv").stdout)))
    assert len(rows) > 20
    for row in rows:
        assert row["text"][int(row["begin"]):int(row["end"])] == row["anchor"]


def test_entities_lists_names_and_article_counts(store: Path) -> None:
    out = kg("entities", "--store", str(store), "--format", "csv", "--type", "organization").stdout
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["State Information Center"]["articles"] == "1"
    assert "SIC" in rows["State Information Center"]["aliases"]
    assert all(r["type"].endswith("Organization") for r in rows.values())


def test_career_and_post_holders_are_dated(store: Path) -> None:
    person = BASE + "person/cheng-xiaobo"
    out = kg("query", "--store", str(store), "career", "--param", f"person={person}", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["title"] for r in rows} == {"Secretary of the Party Committee", "President"}
    assert {r["first_observed"] for r in rows} == {"2019-03-13"}
    out = kg("query", "--store", str(store), "post-holders", "--param", "title=Governor",
             "--param", "date=2019-06-01", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["person_name"], r["observed"]) for r in rows] == [("Long Xiaohua", "2019-03-13")]
