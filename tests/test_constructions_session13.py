"""Constructions of the thirteenth session (agreements, areas): each case is a
short invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def test_cooperation_documents_counted_in_the_plural_are_agreements_with_their_fields() -> None:
    facts = facts_of("At the Grand Hall, the two heads of state witnessed the signing of 20 cooperation documents "
                     "covering the fields of trade, science and technology, and media.")
    assert facts.agreements, "the counted cooperation documents were not read"
    assert {a.kind for a in facts.agreements} == {"cooperation document"}
    assert set(facts.agreements[0].areas) == {"trade", "science and technology", "media"}


def test_two_cooperation_documents_are_two_agreements() -> None:
    facts = facts_of("Norland and Lindau signed two cooperation documents on tourism.")
    assert [a.kind for a in facts.agreements] == ["cooperation document", "cooperation document"]


def test_fields_that_are_the_spirit_of_the_cooperation_are_no_fields() -> None:
    facts = facts_of("Delta University and Norvik University signed a framework agreement on Monday. The two "
                     "universities will cooperate in research, resource sharing, common development and mutual "
                     "benefit and win-win, and in teacher training on the basis of mutual benefit.")
    areas = set(facts.agreements[0].areas)
    assert {"research", "resource sharing"} <= areas
    assert not areas & {"common development", "mutual benefit", "win-win", "basis of mutual benefit"}


def test_a_mixed_case_acronym_the_text_never_declares_names_its_body() -> None:
    facts = facts_of("The University of Norvik and Lindau University have signed a memorandum of understanding "
                     "(MoU) to promote academic exchanges. The MoU was signed by UoN Vice-Chancellor Prof Anna "
                     "Berg and Lindau University President Li Ming in Lindau.")
    assert ("Anna Berg", "University of Norvik") in signatures(facts)
    assert {p for a in facts.agreements for p in a.parties} == {"University of Norvik", "Lindau University"}
