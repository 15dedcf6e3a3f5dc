"""Constructions of the thirteenth session (agreements, areas): each case is a
short invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of


def test_cooperation_documents_counted_in_the_plural_are_agreements_with_their_fields() -> None:
    facts = facts_of("At the Grand Hall, the two heads of state witnessed the signing of 20 cooperation documents "
                     "covering the fields of trade, science and technology, and media.")
    assert facts.agreements, "the counted cooperation documents were not read"
    assert {a.kind for a in facts.agreements} == {"cooperation document"}
    assert set(facts.agreements[0].areas) == {"trade", "science and technology", "media"}


def test_two_cooperation_documents_are_two_agreements() -> None:
    facts = facts_of("Norland and Lindau signed two cooperation documents on tourism.")
    assert [a.kind for a in facts.agreements] == ["cooperation document", "cooperation document"]
