"""A researcher's curation file, applied through ``kg ingest --curation``."""
from __future__ import annotations

import csv
import shutil
import io
from pathlib import Path

import pytest

from kg_inprocess import kg

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
FIXTURES = ROOT / "tests" / "fixtures" / "resolution"


def rows(store: Path, query: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(kg("query", "--store", str(store), query, "--format", "csv").stdout)))


def ask(store: Path, tmp_path: Path, sparql: str) -> list[dict[str, str]]:
    query = tmp_path / "q.rq"
    query.write_text(sparql, encoding="utf-8")
    return rows(store, str(query))


CURATION = """
curator: Test Curator
rename:
  organizations:
    "State Information Center": "State Information Centre of China"
retract:
  - {article: hunan-gba-fair-2021, witness: Deng Qun}
add:
  - {article: sic-xiangxi-2019, agreement: 1, area: poverty alleviation}
  - {article: sic-xiangxi-2019, post: {person: Long Xiaohua, title: Deputy Party Secretary, organization: Xiangxi Autonomous Prefecture}}
"""


@pytest.fixture(scope="module")
def curated(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("curation")
    curation = tmp / "curation.yaml"
    curation.write_text(CURATION, encoding="utf-8")
    store = tmp / "store"
    kg("ingest", "--store", str(store), "--curation", str(curation),
       str(ARTICLES / "sic-xiangxi-2019.txt"), str(ARTICLES / "hunan-gba-fair-2021.txt"))
    return store, curation


def test_rename_changes_the_preferred_name_everywhere(curated) -> None:
    store, _ = curated
    parties = {r["party_name"] for r in rows(store, "parties")}
    assert "State Information Centre of China" in parties
    assert "State Information Center" not in parties
    signed = {(r["person_name"], r["on_behalf_of_name"]) for r in rows(store, "signatories")}
    assert ("Cheng Xiaobo", "State Information Centre of China") in signed


def test_retracted_witness_is_gone(curated) -> None:
    store, _ = curated
    witnesses = {r["person_name"] for r in rows(store, "witnesses")}
    assert "Deng Qun" not in witnesses
    assert {"Zhang Weiguo", "Lin Hai"} <= witnesses


def test_added_facts_carry_the_curation_file_as_provenance(curated, tmp_path: Path) -> None:
    store, _ = curated
    assert "poverty alleviation" in {r["area_name"] for r in rows(store, "areas")}
    found = ask(store, tmp_path, """
        SELECT ?file WHERE {
          ?st rdf:predicate agr:area ; rdf:object ?area ; dcterms:source ?source .
          ?area skos:prefLabel "poverty alleviation" .
          ?source agr:fileName ?file .
        }""")
    assert [r["file"] for r in found] == ["curation.yaml"]
    posts = ask(store, tmp_path, """
        SELECT ?file WHERE {
          ?h a agr:PostHolding ; org:role/skos:prefLabel "Deputy Party Secretary" ;
             prov:wasAttributedTo/agr:fileName ?file .
        }""")
    assert [r["file"] for r in posts] == ["curation.yaml"]


@pytest.mark.slow
def test_the_store_remembers_the_curation_file(curated, tmp_path: Path) -> None:
    store, _ = curated
    result = kg("ingest", "--store", str(store), str(ARTICLES / "sic-xiangxi-2019.txt"))
    assert "1 unchanged" in result.stderr  # applied again, so nothing changes
    assert "poverty alleviation" in {r["area_name"] for r in rows(store, "areas")}


@pytest.mark.slow
def test_split_and_merge(tmp_path: Path) -> None:
    curation = tmp_path / "curation.yaml"
    curation.write_text("""
split:
  people:
    - {name: Zhang Wei, article: neri-hillcrest-mou-2023, qualifier: Hillcrest visiting fellow}
merge:
  organizations:
    - ["Eastbay Shipping Group Co., Ltd.", "Eastbay Shipping Group"]
""", encoding="utf-8")
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), "--curation", str(curation), str(FIXTURES))
    zhang = {r["person"] for r in rows(store, "signatories") if r["person_name"] == "Zhang Wei"}
    assert len(zhang) == 3  # the split one, plus the Northwind and the port namesakes
    assert any(iri.endswith("--hillcrest-visiting-fellow") for iri in zhang)


@pytest.mark.parametrize("text, message", [
    ("rename: [unclosed", "not valid YAML"),
    ("rewrite: {}", "unknown section"),
    ("add:\n  - {witness: Somebody}", "needs 'article'"),
])
def test_bad_curation_file_is_refused_and_the_store_kept(curated, tmp_path: Path, text: str, message: str) -> None:
    store, _ = curated
    before = kg("stats", "--store", str(store)).stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    result = kg("ingest", "--store", str(store), "--curation", str(bad), str(ARTICLES / "sic-xiangxi-2019.txt"),
                check=False)
    assert result.returncode == 1
    assert message in result.stderr and "bad.yaml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert kg("stats", "--store", str(store)).stdout == before


def test_the_python_api_applies_the_curation_the_store_remembers(curated, tmp_path: Path) -> None:
    """Issue 13 item 2: KnowledgeGraph.ingest is the ingest kg ingest runs."""
    import kg as api

    store, curation = curated
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    with api.KnowledgeGraph(copy) as graph:
        report = graph.ingest([ARTICLES / "sic-xiangxi-2019.txt"])
        assert [p.name for p in report.unchanged] == ["sic-xiangxi-2019.txt"], "the rename is applied again"
        parties = {row["party_name"] for row in graph.run("parties").dicts()}
    assert "State Information Centre of China" in parties


def test_what_applying_a_curation_finds_is_said(tmp_path: Path) -> None:
    curation = tmp_path / "notes.yaml"
    curation.write_text("""
merge:
  people:
    - ["Cheng Xiaobo", "Long Xiaohua"]
retract:
  - {article: sic-xiangxi-2019, witness: Nobody Ever}
  - {article: sic-xiangxi-2019, agreement: 9}
""", encoding="utf-8")
    store = tmp_path / "store"
    result = kg("ingest", "--store", str(store), "-q", "--curation", str(curation),
                str(ARTICLES / "sic-xiangxi-2019.txt"))
    lines = result.stderr.splitlines()
    assert [line for line in lines if "retract entry 1: matches nothing" in line]
    assert [line for line in lines if "retract entry 2: matches nothing" in line]
    signs = [line for line in lines if "Cheng Xiaobo now signs agreement 1" in line]
    assert signs and "for People" in signs[0] and "a merge or rename joined two signers" in signs[0]
    assert len(lines) == 3


def test_a_curation_file_is_remembered_only_once_it_applied(tmp_path: Path) -> None:
    store = tmp_path / "store"
    good = tmp_path / "good.yaml"
    good.write_text("retract:\n  - {article: sic-xiangxi-2019, witness: Nobody}\n", encoding="utf-8")
    kg("ingest", "--store", str(store), "-q", "--curation", str(good), str(ARTICLES / "sic-xiangxi-2019.txt"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("retract:\n  - {article: sic-xiangxi-2019, agrement: 1}\n  - {article: 3, party: [x]}\n",
                   encoding="utf-8")
    refused = kg("ingest", "--store", str(store), "--curation", str(bad), str(ARTICLES / "sic-xiangxi-2019.txt"),
                 check=False)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 3, "one line per problem"
    assert "line 2: retract entry 1: unknown key 'agrement'" in refused.stderr
    assert "line 3: retract entry 2 party: expected a name, found a list" in refused.stderr
    import json

    assert json.loads((store / "kg.json").read_text())["curation"] == str(good.resolve())


@pytest.mark.slow
def test_no_curation_forgets_the_remembered_file(tmp_path: Path) -> None:
    import json

    store = tmp_path / "store"
    gone = tmp_path / "gone.yaml"
    gone.write_text("retract:\n  - {article: sic-xiangxi-2019, witness: Nobody}\n", encoding="utf-8")
    kg("ingest", "--store", str(store), "-q", "--curation", str(gone), str(ARTICLES / "sic-xiangxi-2019.txt"))
    gone.unlink()
    assert kg("ingest", "--store", str(store), str(ARTICLES / "sic-xiangxi-2019.txt"), check=False).returncode == 1
    kg("ingest", "--store", str(store), "-q", "--no-curation", str(ARTICLES / "sic-xiangxi-2019.txt"))
    assert "curation" not in json.loads((store / "kg.json").read_text())
    kg("ingest", "--store", str(store), "-q", str(ARTICLES / "sic-xiangxi-2019.txt"))
