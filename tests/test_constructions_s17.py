"""Constructions of the seventeenth session: each case is a short invented
article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of


def _kinds(text: str) -> list[str]:
    return [a.kind for a in facts_of(text).agreements]


def test_a_title_in_capitals_runs_on_through_of_for_and_the() -> None:
    """"the Framework Agreement on the Construction of Norvik High-Tech Park":
    the name goes on past its small words while capitalised words follow,
    rather than stopping at a fragment no reader would call it ("framework
    agreement on the construction")."""
    text = ("The signing ceremony of the Framework Agreement on the Construction of Norvik High-Tech Park "
            "(2023-2027) among the People's Government of Norvik District and Delta Park Co., Ltd was held in "
            "Norvik on March 3, 2025.")
    assert _kinds(text) == ["framework agreement on the construction of norvik high-tech park"]
    text = ("Delta Bank and Lindau signed the Cooperation Agreement on Support for the Recovery of Tourism "
            "on March 3, 2025.")
    assert _kinds(text) == ["cooperation agreement on support for the recovery of tourism"]


def test_a_title_in_capitals_stops_before_the_place_and_the_day() -> None:
    """The name does not take the sentence's place or day: "in Norvik" and
    "on Monday" are no part of it."""
    text = "Delta Bank and Lindau signed the Framework Agreement on Cooperation in Norvik on Monday."
    kinds = _kinds(text)
    assert len(kinds) == 1 and "norvik" not in kinds[0] and "monday" not in kinds[0]
