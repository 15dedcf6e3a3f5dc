"""Sides (fourteenth session): who the parties and signatories of an
agreement are, read from constructions of English news. Each case is a short
invented article read through the public API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_those_who_announce_the_signing_of_an_agreement_signed_it() -> None:
    text = ("Norvik Premier Anna Berg and Lindau Governor Li Ming have announced the signing of a memorandum of "
            "understanding. The two leaders met in Lindau on Friday.")
    assert {("Anna Berg", "Norvik"), ("Li Ming", "Lindau")} <= signatures(facts_of(text))
    assert {"Norvik", "Lindau"} <= _parties(text)


def test_a_governorate_is_a_body_that_signs() -> None:
    parties = _parties("A cooperation agreement between Norvik Governorate and the Lindau Construction Company was "
                       "signed at the chamber of commerce.")
    assert {"Norvik Governorate", "Lindau Construction Company"} <= parties


def test_a_charity_is_a_body_that_signs() -> None:
    facts = facts_of("Delta Oil has signed a memorandum of understanding with Norvik Holding Company and Lindau "
                     "Charity to set up a textile factory in Lindau. It was signed by Anna Berg of Delta Oil and "
                     "Lindau's Li Ming.")
    assert "Lindau Charity" in {p for a in facts.agreements for p in a.parties}


def test_the_by_of_a_visit_after_an_active_signing_names_the_visitor_not_a_signer() -> None:
    facts = facts_of("Delta Motors signed an agreement to build a new factory in Lindau during a visit to its "
                     "headquarters on Monday by Norvik's President Anna Berg.")
    assert facts.agreements
    assert not any(person == "Anna Berg" for person, _ in signatures(facts))


def test_the_by_of_a_visit_after_a_passive_signing_names_the_signer() -> None:
    facts = facts_of("The memorandum was signed during the official visit to Lindau by Brigadier Anna Berg, "
                     "Commander of the Norvik Medical Services.")
    assert any(person == "Anna Berg" for person, _ in signatures(facts))
