"""Constructions of places, dates and agreements read in the fortieth session (invented names and texts;
real country, state and city names)."""
from __future__ import annotations

from invented import facts_of


def _places(text: str) -> list[str | None]:
    return [a.place for a in facts_of(text).agreements]


def test_a_town_then_its_state_after_a_comma_is_the_town() -> None:
    # "in Gandhinagar, Gujarat" after a venue: Gujarat is the state the town stands in, not where it was signed
    assert _places("Norvik University and Kestrel Ltd exchanged copies of the MoU in the presence of Minister "
                   "Jan Smit at the ongoing defence exhibition NORVEX 2022 in Gandhinagar, Gujarat.") == ["Gandhinagar"]


def test_a_venue_then_its_state_after_a_comma_is_the_venue() -> None:
    assert _places("Norvik Institute has signed a memorandum of understanding with Kestrel Private Limited at "
                   "IIT Mandi, Himachal Pradesh, as per an official statement.") == ["IIT Mandi"]


def test_a_venue_in_a_town_then_a_province_is_the_town() -> None:
    assert _places("Jan Smit spoke at the signing of a memorandum of understanding on trade between Norvik Group and "
                   "the Kestrel Department of Commerce at Valmora Guesthouse in Lindau, Yunnan Province, China on "
                   "Wednesday.") == ["Lindau"]
