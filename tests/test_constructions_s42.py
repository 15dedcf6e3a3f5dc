"""Constructions read in the forty-second session (invented sentences)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from invented import facts_of, posts, signatures
from kg_inprocess import kg


OMAN_ONLY_FORMAL = ("The Sultanate of Oman and the Norland Development Fund signed a loan agreement in Muscat on "
                    "Monday. The agreement was signed by Anna Berg, Minister of Finance of the Sultanate of Oman, "
                    "and Li Ming, Director General of the fund.")


def test_a_country_the_article_writes_only_by_its_formal_name_is_named_so_everywhere() -> None:
    facts = facts_of(OMAN_ONLY_FORMAL)
    (loan,) = facts.agreements
    assert "Sultanate of Oman" in loan.parties
    assert ("Anna Berg", "Sultanate of Oman") in signatures(facts)
    assert ("Anna Berg", "Minister of Finance", "Sultanate of Oman") in posts(facts)
    oman = next(o for o in facts.organizations if o.name == "Sultanate of Oman")
    assert "Oman" in oman.aliases  # (the short name stays one of its names: articles join on it)


def test_a_country_the_article_also_writes_by_its_short_name_keeps_the_short_name() -> None:
    facts = facts_of(OMAN_ONLY_FORMAL + " Oman will repay the loan over twenty years.")
    (loan,) = facts.agreements
    assert "Oman" in loan.parties and "Sultanate of Oman" not in loan.parties
    oman = next(o for o in facts.organizations if o.name == "Oman")
    assert "Sultanate of Oman" in oman.aliases


@pytest.mark.parametrize("more, side", [
    ("", "US"),  # the article writes the country only by its letters
    (" The United States will fund the programme.", "United States"),  # and by its name too
])
def test_a_country_written_by_its_letters_is_named_by_them_unless_its_name_is_written(more: str, side: str) -> None:
    facts = facts_of("The US and Norland signed a memorandum of understanding on health in Lindau on Monday." + more)
    (mou,) = facts.agreements
    assert set(mou.parties) == {side, "Norland"}, mou.parties


_OMAN_ARTICLES = {
    # only the formal name: named so, with "Oman" as its other name
    "oman-fund-loan": "Muscat, March 4, 2024\n\n" + OMAN_ONLY_FORMAL,
    # only the short name
    "oman-norland-mou": "Lindau, June 3, 2024\n\nOman and Norland signed a memorandum of understanding on tourism in "
                        "Lindau on Monday. Oman was represented by its ambassador, Sara Nilsen.",
    # both: named "Oman", with "Sultanate of Oman" as its other name (the reverse of the first)
    "oman-sweden-mou": "Oslo, July 8, 2024\n\nOman and Sweden signed a memorandum of understanding on fisheries in "
                       "Oslo on Monday. The Sultanate of Oman was represented by Omar Haddad.",
}


@pytest.mark.parametrize("order", [
    ("oman-fund-loan", "oman-norland-mou", "oman-sweden-mou"),
    ("oman-sweden-mou", "oman-fund-loan", "oman-norland-mou"),
    ("oman-norland-mou", "oman-sweden-mou", "oman-fund-loan"),
])
@pytest.mark.parametrize("together", [True, False])
def test_a_country_named_two_ways_in_three_articles_is_one_entity_with_a_name(
        tmp_path: Path, order: tuple[str, ...], together: bool) -> None:
    """Each article's other name for the country is another's name for it: one node, which keeps one
    preferred name, whether the articles are ingested together or one run after another."""
    paths = []
    for stem in order:
        path = tmp_path / f"{stem}.txt"
        path.write_text(_OMAN_ARTICLES[stem] + "\n", encoding="utf-8")
        paths.append(str(path))
    store = tmp_path / "store"
    for batch in ([paths] if together else [[p] for p in paths]):
        kg("ingest", "--store", str(store), "--quiet", *batch)
    entities = list(csv.DictReader(io.StringIO(kg("entities", "--store", str(store), "--format", "csv").stdout)))
    oman = [e for e in entities if "Oman" in (e["name"], *e["aliases"].split(" | "))]
    assert len(oman) == 1, oman
    assert oman[0]["articles"] == "3"
    checked = kg("validate", "--store", str(store))
    assert "0 violations" in checked.stdout + checked.stderr  # (a node with no preferred name is one)


@pytest.mark.parametrize("signed", [
    "The agreement was signed on behalf of Norland Shipping by Chairman Anna Berg and President Li Ming, and on "
    "behalf of Lakeside Ports by Chairman Wang Tao and President Zhou Hua.",
    "On behalf of Norland Shipping, Chairman Anna Berg and President Li Ming while on behalf of Lakeside Ports, "
    "Chairman Wang Tao and President Zhou Hua signed the agreement.",
])
def test_two_people_after_one_on_behalf_of_both_sign_for_that_side(signed: str) -> None:
    facts = facts_of("Norland Shipping and Lakeside Ports signed a framework agreement in Lindau on Monday. " + signed)
    assert signatures(facts) == {("Anna Berg", "Norland Shipping"), ("Li Ming", "Norland Shipping"),
                                 ("Wang Tao", "Lakeside Ports"), ("Zhou Hua", "Lakeside Ports")}


def test_a_place_and_its_country_after_the_date_before_the_verb_are_no_side() -> None:
    facts = facts_of("The Government of Norland and the Lakeside Development Bank on Monday, October 25th, 2010 in "
                     "Jeddah, Saudi Arabia, signed funding agreements worth US$40 million for five projects.")
    (funding,) = facts.agreements
    assert set(funding.parties) == {"Government of Norland", "Lakeside Development Bank"}, funding.parties
    assert funding.place == "Jeddah"
