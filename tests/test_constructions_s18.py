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
