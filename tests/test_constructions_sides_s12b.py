"""Constructions of the sides of a signing read in the twelfth session (second
pass): the bodies that signed and the side each signer signed for. Each case
is a short invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_a_university_named_after_a_king_keeps_the_style() -> None:
    facts = facts_of("King Harald University President Anna Berg signed a memorandum of understanding with "
                     "Delta Bank.")
    parties = {p for a in facts.agreements for p in a.parties}
    assert "King Harald University" in parties and "Harald University" not in parties
    assert ("Anna Berg", "King Harald University") in signatures(facts)

