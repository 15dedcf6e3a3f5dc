"""Constructions read in the nineteenth session (invented names and texts)."""
from __future__ import annotations

import datetime

from invented import facts_of


def _dates(text: str) -> list[datetime.date | None]:
    return [a.date for a in facts_of(text).agreements]


def test_the_visit_told_in_the_lead_dates_a_later_signing() -> None:
    text = ("Professor Li Ming, the President of Norvik University, visited Professor Anna Berg, Rector of "
            "Lindau University, on 9th June 2023 at the Senate Hall.\n\n"
            "The purpose of the visit was to formalize the ongoing collaboration through an MoU.\n\n"
            "Professor Anna Berg and Professor Li Ming signed the MoU between Lindau University and "
            "Norvik University.")
    assert _dates(text) == [datetime.date(2023, 6, 9)]


def test_a_lead_with_a_date_but_no_visit_dates_nothing() -> None:
    text = ("Lindau Ports Authority (Norvik Herald) - September 10, 2023 - 4:00pm\n\n"
            "The Lindau Ports Authority has entered into an agreement with the Norvik Port Authority to "
            "become sister ports.\n\n"
            "The agreement covers training and port services.")
    assert _dates(text) == [None]


def test_a_visit_told_as_earlier_in_the_lead_dates_nothing() -> None:
    text = ("Last year a delegation of Norvik University visited Lindau University on 3 July.\n\n"
            "The two universities signed a memorandum of understanding on student exchange.")
    assert _dates(text) == [None]


def test_the_visit_told_in_the_lead_places_a_later_signing() -> None:
    text = ("Professor Li Ming, the President of Norvik University, visited Professor Anna Berg, Rector of "
            "Lindau University, on 9th June 2023 at the Senate Hall.\n\n"
            "The purpose of the visit was to formalize the ongoing collaboration through an MoU.\n\n"
            "Professor Anna Berg and Professor Li Ming signed the MoU between Lindau University and "
            "Norvik University.")
    assert [a.place for a in facts_of(text).agreements] == ["Senate Hall"]


def test_the_body_visited_in_the_lead_places_a_later_signing() -> None:
    text = ("A delegation from the Norvik Universities Commission (NUC), led by its Executive Secretary "
            "Anna Berg, visited the Lindau Centre for Physics on 3 July.\n\n"
            "The two bodies signed an agreement on research training.")
    facts = facts_of(text)
    assert [(a.date, a.place) for a in facts.agreements] == [(datetime.date(2023, 7, 3), "Lindau Centre for Physics")]
