"""Sides and signers (sixteenth session): constructions of the genre, with invented names."""
from __future__ import annotations

from invented import facts_of, signatures


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_ties_between_two_places_are_the_sides() -> None:
    # an agreement whose sentence names no side, but the ties it serves between two places
    text = ("Governor Anna Berg signed a Memorandum of Understanding on Monday to expand collaboration "
            "between Talvia State and Lindau Prefecture in the innovation economy.")
    assert _parties(text) == {"Talvia State", "Lindau Prefecture"}


def test_ties_between_places_after_the_signing_noun() -> None:
    text = ("Governor Anna Berg and Vice Governor Li Ming announced Monday the signing of a Memorandum of "
            "Understanding that expands a partnership between Talvia State and Lindau Prefecture, Norland.")
    assert _parties(text) == {"Talvia State", "Lindau Prefecture"}


def test_ties_between_places_do_not_replace_named_sides() -> None:
    # bodies that sign are often said to serve ties between their countries: the bodies stay the sides
    text = ("Delta Bank and Norvik University signed a Memorandum of Understanding on Monday to expand "
            "cooperation between Talvia State and Lindau Prefecture.")
    assert _parties(text) == {"Delta Bank", "Norvik University"}


def test_signer_titled_with_a_sides_name_in_another_sentence() -> None:
    # "Lindau Prefecture Vice Governor Li Ming" told first; "signed by ... Vice Governor Li Ming" later
    text = ("Governor Anna Berg and Lindau Prefecture Vice Governor Li Ming announced Monday the signing of a "
            "Memorandum of Understanding that expands a partnership between Talvia State and Lindau Prefecture, "
            "Norland. The agreement, signed by Governor Berg and Vice Governor Li Ming during the mission, "
            "promotes trade.")
    assert signatures(facts_of(text)) == {("Anna Berg", "Talvia State"), ("Li Ming", "Lindau Prefecture")}


def test_head_of_two_places_signs_for_the_one_the_other_signer_does_not_head() -> None:
    # the list before gives Anna Berg a second post (Talvia's, Li Ming's): Talvia is Li Ming's side, Lindau hers
    text = ("The Lindau Invest forum was attended by over 500 people, including Governor of Lindau region Anna Berg, "
            "Governor of Talvia region Li Ming, and Governor of Norvik Region Peter Holm. In this respect, the "
            "governors of Lindau and Talvia regions, Anna Berg and Li Ming, inked a memorandum of interregional "
            "collaboration.")
    assert signatures(facts_of(text)) == {("Anna Berg", "Lindau"), ("Li Ming", "Talvia")}


def test_municipal_administrations_of_two_places_are_the_sides() -> None:
    text = ("A memorandum of understanding was signed by the municipal administrations of Lindau and Norvik in "
            "Talvia on Tuesday.")
    assert _parties(text) == {"Lindau", "Norvik"}


def test_of_after_the_second_mayor_is_not_the_first_ones() -> None:
    # "Mayor A and Mayor B of Norvik": Norvik is B's; A signed for the other side
    text = ("A memorandum of understanding was signed by the municipal administrations of Lindau and Norvik in "
            "Talvia on Tuesday. In ceremonies held at the Lindau City Hall, Mayor Anna Berg and Mayor Li Ming of "
            "Norvik signed the historic agreement.")
    assert signatures(facts_of(text)) == {("Anna Berg", "Lindau"), ("Li Ming", "Norvik")}
