"""Entities across articles: acronyms, short names and namesakes, through
real ingest of fixture articles written for these tests."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "resolution"


def kg(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout


def rows(store: Path, name: str, *extra: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(kg("query", "--store", str(store), name, "--format", "csv", *extra))))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The full-name article first, then the acronym-only one, then the namesake's."""
    path = tmp_path_factory.mktemp("resolution") / "store"
    for name in ("northwind-lakeside-2022.txt", "neri-hillcrest-mou-2023.txt", "hillcrest-port-2023.txt"):
        kg("ingest", "--store", str(path), str(FIXTURES / name))
    return path


def test_acronym_in_a_later_article_is_the_same_organization(store: Path) -> None:
    parties = rows(store, "parties")
    neri = {r["party"] for r in parties if "Northwind" in r["party_name"] or r["party_name"] == "NERI"}
    assert len(neri) == 1, parties
    (iri,) = neri
    assert {r["party_name"] for r in parties if r["party"] == iri} == {"Northwind Energy Research Institute"}
    entities = {r["entity"]: r for r in rows(store, "entities")}
    assert entities[iri]["articles"] == "2"
    assert "NERI" in entities[iri]["aliases"]


def test_same_person_with_a_shared_organization_is_one_node(store: Path) -> None:
    signers = rows(store, "signatories")
    neri_signers = {r["person"] for r in signers if r["person_name"] == "Zhang Wei"
                    and "Northwind" in (r["on_behalf_of_name"] or "")}
    assert len(neri_signers) == 1


def test_namesakes_with_different_organizations_stay_apart(store: Path) -> None:
    zhang = {r["person"] for r in rows(store, "signatories") if r["person_name"] == "Zhang Wei"}
    assert len(zhang) == 2
    career = rows(store, "posts")
    by_person = {}
    for r in career:
        if r["person_name"] == "Zhang Wei":
            by_person.setdefault(r["person"], set()).add(r["organization_name"])
    assert sorted(map(sorted, by_person.values())) == [["Hillcrest Port Authority"], ["Northwind Energy Research Institute"]]


@pytest.mark.slow
def test_ingest_order_does_not_split_the_acronym(tmp_path: Path) -> None:
    """A batch ingest resolves its articles against each other as well."""
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), str(FIXTURES))
    names = {r["party_name"] for r in rows(store, "parties")}
    assert "NERI" not in names
