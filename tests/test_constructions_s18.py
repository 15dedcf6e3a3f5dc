"""Constructions of the eighteenth session: each case is a short invented
article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of


def test_a_year_range_is_the_term_an_agreement_runs_for_not_another_time() -> None:
    """"a roadmap for cooperation in education for 2024-2026" tells how long
    the roadmap runs, not of an earlier occasion: it was signed where and
    when the agreement before it was."""
    text = ("NORVIK, May 3 (Agency) -- Norland and Lindau signed a trade agreement in Norvik on May 3, 2024.\n\n"
            "The two sides also signed a roadmap for cooperation in education for 2024-2026.\n")
    agreements = facts_of(text).agreements
    assert [a.place for a in agreements] == ["Norvik", "Norvik"]


def test_a_year_told_alone_is_still_another_time() -> None:
    """"an agreement signed in 2019" is of another occasion: it takes neither
    the day nor the place of the signing told before."""
    text = ("NORVIK, May 3 (Agency) -- Norland and Lindau signed a trade agreement in Norvik on May 3, 2024.\n\n"
            "The two sides had also signed a visa agreement in 2019.\n")
    places = [a.place for a in facts_of(text).agreements]
    assert places[0] == "Norvik" and all(p != "Norvik" for p in places[1:])


def test_a_line_holding_only_a_date_dates_the_page(tmp_path) -> None:
    """A page that gives its date only as a line of its own under the story
    ("Saturday November 24, 2001, 10:37 AM |"), not in its head, is dated by
    it, so "on Friday" has a day."""
    from kg.extract import extract
    from invented import page

    article = page(tmp_path, "delta.txt", "Delta Bank signs loan\n\nDelta Bank signed a loan contract with Lindau "
                   "Bank in Norvik on Friday.\n\nThe loan will fund roads.\n\nNorvik Daily |\n\n"
                   "Saturday November 24, 2001, 10:37:38 AM |\n\nLeave a Reply\n")
    assert str(article.published) == "2001-11-24"
    assert [str(a.date) for a in extract(article).agreements] == ["2001-11-23"]


def test_a_date_inside_a_sentence_does_not_date_the_page(tmp_path) -> None:
    """"He came on 12 Oct 2022" tells of a day, it does not date the page."""
    from invented import page

    article = page(tmp_path, "norvik.txt", "Norvik signs pact\n\nThe city of Norvik signed a memorandum of "
                   "understanding with Delta Bank in Lindau.\n\nThe mayor came on 12 Oct 2022.\n")
    assert article.published is None


def test_the_years_an_agreement_runs_for_are_no_part_of_its_field() -> None:
    """"an agreement to cooperate in education for 2024-2026": the field is
    education; the years are how long the agreement runs."""
    text = ("Norland and Lindau signed an agreement to cooperate in education for 2024-2026 in Norvik on May 3, "
            "2024.")
    assert [f for a in facts_of(text).agreements for f in a.areas] == ["education"]


def test_a_field_ends_before_was_concluded() -> None:
    """"A treaty on cooperation in science and technology was concluded by
    A and B": the verb is no part of a field (and, since the nineteenth
    session, the subject a treaty's title names is no field either)."""
    text = "A treaty on cooperation in science and technology was concluded by Norland and Lindau in Norvik."
    facts = facts_of(text)
    assert facts.agreements
    assert not any("concluded" in f for a in facts.agreements for f in a.areas)
