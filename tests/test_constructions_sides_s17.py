"""Constructions of the seventeenth session about the sides of an agreement
and its signers: each case is a short invented article read through the
public extraction API."""
from __future__ import annotations

from invented import facts_of, signatures


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_the_subject_of_a_deed_done_after_signing_signed() -> None:
    """"A and B exchanged gifts after signing agreements": the people who did
    something after signing an agreement are its signers; not those who met
    "after signing ceremonies ended" (no agreement is the object)."""
    text = ("Lindau Deputy Mayor Anna Berg and Norvik Mayor Li Ming exchanged gifts after signing agreements "
            "for their towns to become sister cities on Monday.")
    assert signatures(facts_of(text)) == {("Anna Berg", "Lindau"), ("Li Ming", "Norvik")}
    text = ("Mr. Karl Olsen, Vice-President, Delta Bank (left) and Mr. Peter Holm, Ambassador of Norland to "
            "Lindau, shook hands after signing loan agreements.")
    assert signatures(facts_of(text)) == {("Karl Olsen", "Delta Bank"), ("Peter Holm", "Norland")}
    text = ("The agreements were signed on Monday; Mayor Anna Berg and Mayor Li Ming met again after signing "
            "ceremonies ended in Lindau.")
    assert not signatures(facts_of(text))
