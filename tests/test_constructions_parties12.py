"""Who the sides are (issue 11, tenth session): a description the body's own
name follows at once, and a Chinese government whose head word is written
in lower case. Each case is a short invented article read through the
public extraction API.
"""
from __future__ import annotations

from invented import facts_of


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_a_description_then_the_bodys_name_is_that_body() -> None:
    parties = _parties("The Government of Kenya has signed a Memorandum of Understanding (MoU) with a Norland "
                       "company, Deltabridge S.A. for the construction of ten steel bridges.")
    assert parties == {"Government of Kenya", "Deltabridge S.A."}


def test_a_municipal_peoples_government_in_lower_case_is_a_side() -> None:
    parties = _parties("The Norvik Machinery Group Corporation signed a strategic cooperation framework agreement "
                       "with the Lindau Municipal People's government.")
    assert parties == {"Norvik Machinery Group Corporation", "Lindau Municipal People's government"}
