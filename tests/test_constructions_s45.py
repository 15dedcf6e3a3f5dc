"""Constructions read in the forty-fifth session (invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest
from invented import facts_of

SIGNED = "Lakeside University and the Kisumu Institute signed a memorandum of understanding"


@pytest.mark.parametrize("text, day", [
    (f"KISUMU, March 4, 2024 -- {SIGNED} on Monday.", date(2024, 3, 4)),
    (f"KISUMU, March 4, 2024 - {SIGNED} on Monday.", date(2024, 3, 4)),
    (f"KISUMU, March 6, 2024 -- {SIGNED} yesterday.", date(2024, 3, 5)),
    (f"KISUMU, March 6, 2024 -- {SIGNED} last Friday.", date(2024, 3, 1)),
])
def test_a_relative_day_counts_back_from_the_dateline_not_the_page(text: str, day: date) -> None:
    """The page is dated 2024-05-17 (a re-post, weeks later): "on Monday" is
    the Monday of the story's own week, the one its dateline gives."""
    (agreement,) = facts_of(text, published=date(2024, 5, 17)).agreements
    assert agreement.date == day


def test_without_a_dated_dateline_the_page_date_is_the_story_day() -> None:
    (agreement,) = facts_of(f"KISUMU -- {SIGNED} on Monday.", published=date(2024, 5, 17)).agreements
    assert agreement.date == date(2024, 5, 13)


def test_a_dateline_later_than_the_page_is_not_the_story_day() -> None:
    """A date after the page's own is no dateline of this page's story (a
    caption, an event announced): the page's date stays the reference."""
    (agreement,) = facts_of(f"KISUMU, June 4, 2024 -- {SIGNED} on Monday.", published=date(2024, 5, 17)).agreements
    assert agreement.date == date(2024, 5, 13)


@pytest.mark.parametrize("purpose", [
    "for the promotion of inter-institutional teaching, research, faculty development and cultural exchange",
    "for establishment and promotion of inter-institutional teaching; research; faculty development; and cultural "
    "exchange",
])
def test_the_promotion_of_a_list_is_a_field_for_each(purpose: str) -> None:
    text = (f"A memorandum of understanding was signed between Lakeside University and the Kisumu Institute "
            f"{purpose}.")
    (agreement,) = facts_of(text).agreements
    assert agreement.areas == ["inter-institutional teaching", "research", "faculty development", "cultural exchange"]


def test_the_exchange_of_a_list_stays_one_field() -> None:
    text = ("Lakeside University signed a collaboration agreement with the Kisumu Institute for the exchange of "
            "researchers, teachers and students.")
    (agreement,) = facts_of(text).agreements
    assert agreement.areas == ["exchange of researchers, teachers and students"]


def test_a_long_signing_between_two_described_bodies_still_holds_its_purpose() -> None:
    """The agreement word opens a cue that runs past 120 characters: its own
    holder, however long the sides' names."""
    text = ("A memorandum of understanding has been signed between Lakeside University of Science and Technology "
            "and the Nairobi-based Kisumu Institute of Population Studies for the promotion of teaching, research "
            "and cultural exchange.")
    (agreement,) = facts_of(text).agreements
    assert agreement.areas == ["teaching", "research", "cultural exchange"]


def test_a_list_parted_by_semicolons_ends_where_a_quotation_opens() -> None:
    text = ("A memorandum of understanding was signed between Lakeside University and the Kisumu Institute for "
            "the promotion of teaching; research; and cultural exchange \u201cfor the good of students and "
            "faculties,\u201d the university said.")
    (agreement,) = facts_of(text).agreements
    assert agreement.areas == ["teaching", "research", "cultural exchange"]
