"""Parties and the names of the bodies they rest on, read with constructions of
the nineteenth session, each on a short invented article read through the
public extraction API."""
from __future__ import annotations

from invented import facts_of


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_field_words_joined_by_and_stay_inside_a_name() -> None:
    """"Export and Credit Insurance Corporation", "Faculty of Computing and
    Informatics": two field words joined by "and" are one body's name, not two
    bodies."""
    assert "Norland Export and Credit Insurance Corporation" in _parties(
        "Delta Bank and the Norland Export and Credit Insurance Corporation signed an MoU.")
    assert "Faculty of Computing and Informatics" in _parties(
        "The Faculty of Computing and Informatics and Delta Bank signed an MoU.")


def test_a_list_of_fields_closed_by_and_light_industry() -> None:
    """"Ministry of Food, Agriculture and Light Industry": the list of fields
    closes with "and Light Industry"."""
    assert "Ministry of Food, Agriculture and Light Industry" in _parties(
        "An MoU between the Ministry of Food, Agriculture and Light Industry and Delta Bank was signed.")


def test_two_demonyms_and_prime_ministers_sign_for_their_countries() -> None:
    """"Kenyan and Ghanaian Prime Ministers signed a trade accord": the two
    countries are the sides, even when the phrase was first read as one
    body's name; "Prime" is the officials' word, not a demonym's."""
    assert _parties("Kenyan and Ghanaian Prime Ministers signed a trade accord in Norvik on Monday.") \
        == {"Kenya", "Ghana"}


def test_the_two_demonyms_and_foreign_ministers_sign_for_their_countries() -> None:
    """"The Kenyan and Ghanaian foreign ministers signed": a capital "The" opens the sentence."""
    assert _parties("The Kenyan and Ghanaian foreign ministers signed a trade accord in Norvik on Monday.") \
        == {"Kenya", "Ghana"}
