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


CORP = ("Delta Petroleum and Chemical Corp signs an MoU with Kestria\n\n"
        "LINDAU, May 3, 2024 -- Delta Petroleum and Chemical Corp (Deltachem) signed a memorandum of understanding "
        "with the Kestria Ports Authority on Friday. The two sides will cooperate in fuel storage.\n")
CORPORATION = ("Deltachem signs an agreement with Norland\n\n"
               "LINDAU, May 10, 2024 -- Delta Petroleum and Chemical Corporation (Deltachem) signed a supply agreement "
               "with the Norland Energy Agency on Friday. Deltachem chairman Anna Berg said the deal covers jet fuel.\n")
SHORT_NAME = ("Deltachem meets a delegation\n\n"
              "LINDAU, May 17, 2024 -- Deltachem signed a cooperation agreement with the Lindau Workers' Union on "
              "Friday at its headquarters.\n")


@pytest.mark.parametrize("order", [("a", "b", "c"), ("c", "b", "a")])
def test_a_company_written_corp_and_corporation_is_one_node_and_a_second_ingest_writes_nothing(
        tmp_path: Path, order: tuple[str, str, str]) -> None:
    # "X Corp" in one article and "X Corporation" in another, both short-named "Deltachem", and a third
    # article naming it by the short name only: one node, and re-ingesting replaces nothing (two nodes
    # carrying the short name made the third article move between them on every ingest)
    folder = tmp_path / "articles"
    folder.mkdir()
    for prefix, text in zip(order, (CORP, CORPORATION, SHORT_NAME)):
        (folder / f"{prefix}-article.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    run_kg("ingest", "--store", str(store), "--quiet", str(folder))
    rows = csv.DictReader(io.StringIO(run_kg("entities", "--store", str(store), "--format", "csv").stdout))
    nodes = {r["entity"] for r in rows if "Delta Petroleum" in r["name"] or "Deltachem" in r["aliases"]}
    assert nodes == {"https://w3id.org/kg-agreements/id/organization/delta-petroleum-and-chemical-corporation"}, nodes
    for _ in range(2):
        assert "0 added, 0 replaced, 3 unchanged" in run_kg("ingest", "--store", str(store), str(folder)).stderr
