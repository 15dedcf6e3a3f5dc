"""One batch resolves people the same in any order, and a second ingest of
it writes nothing.

The first article names Ravi Menon with no body of his; the second, later in
the batch, makes him Prime Minister of Norland, which the first names too.
Had the second been stored first, the first's Ravi Menon would join that
node; ingested together, he joins it as well, in both file orders."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg_inprocess import kg as run_kg

UNTIED = ("Norland and Kestria sign a trade agreement\n\n"
          "LINDAU, May 3, 2024 -- Norland and Kestria signed a trade agreement on Friday in the presence of Ravi "
          "Menon. The agreement lowers duties on farm goods and machinery between the two countries.\n")
TIED = ("Norland and Delta Mining sign an MoU\n\n"
        "LINDAU, May 10, 2024 -- Norland and Delta Mining signed a memorandum of understanding on Friday. The Prime "
        "Minister of Norland, Ravi Menon, witnessed the signing. The two sides will cooperate in copper mining.\n")


def menon_nodes(store: Path) -> set[str]:
    rows = csv.DictReader(io.StringIO(run_kg("entities", "--store", str(store), "--format", "csv").stdout))
    return {r["entity"] for r in rows if r["name"] == "Ravi Menon"}


@pytest.mark.parametrize("first, second", [("a-untied", "b-tied"), ("b-untied", "a-tied")])
def test_a_person_joins_the_node_a_later_article_of_the_batch_ties_to_a_body_both_name(
        tmp_path: Path, first: str, second: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{first}.txt").write_text(UNTIED, encoding="utf-8")
    (folder / f"{second}.txt").write_text(TIED, encoding="utf-8")
    store = tmp_path / "store"
    run_kg("ingest", "--store", str(store), "--quiet", str(folder))
    assert menon_nodes(store) == {"https://w3id.org/kg-agreements/id/person/ravi-menon"}
    again = run_kg("ingest", "--store", str(store), str(folder)).stderr
    assert "0 added, 0 replaced, 2 unchanged" in again


FORMAL = ("Norland and the Kingdom of Bahrain sign a trade agreement\n\n"
          "LINDAU, May 3, 2024 -- Norland and the Kingdom of Bahrain signed a trade agreement on Friday. The "
          "agreement lowers duties on farm goods and machinery between the two countries.\n")
SHORT = ("Bahrain and Kestria sign an MoU\n\n"
         "LINDAU, May 10, 2024 -- Bahrain and Kestria signed a memorandum of understanding on tourism on Friday. "
         "The two sides will cooperate in hotel training.\n")


def _bahrain(store: Path) -> list[dict[str, str]]:
    rows = csv.DictReader(io.StringIO(run_kg("entities", "--store", str(store), "--format", "csv").stdout))
    return [r for r in rows if "Bahrain" in r["name"] or "Bahrain" in r["aliases"]]


@pytest.mark.parametrize("first, second", [("a-formal", "b-short"), ("b-formal", "a-short")])
def test_a_country_is_one_node_named_by_its_short_name_in_either_order(tmp_path: Path, first: str, second: str) -> None:
    """Its IRI comes from the country, not from the name the store met first;
    its preferred name is the first article's way of writing it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{first}.txt").write_text(FORMAL, encoding="utf-8")
    (folder / f"{second}.txt").write_text(SHORT, encoding="utf-8")
    store = tmp_path / "store"
    run_kg("ingest", "--store", str(store), "--quiet", str(folder))
    (row,) = _bahrain(store)
    assert row["entity"] == "https://w3id.org/kg-agreements/id/organization/bahrain" and row["articles"] == "2"
    assert row["name"] == ("Kingdom of Bahrain" if first < second else "Bahrain")


def test_an_article_that_writes_only_the_formal_name_names_the_country_so(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "formal.txt").write_text(FORMAL, encoding="utf-8")
    store = tmp_path / "store"
    run_kg("ingest", "--store", str(store), "--quiet", str(folder))
    (row,) = _bahrain(store)
    assert (row["entity"], row["name"]) == ("https://w3id.org/kg-agreements/id/organization/bahrain", "Kingdom of Bahrain")
