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


def test_an_agreement_exchanged_between_two_officials_is_signed_by_them() -> None:
    facts = facts_of("The MoU was exchanged between Delta Bank Chairman Anna Berg and Lindau Governor Li Ming.")
    assert [a.kind for a in facts.agreements] == ["mou"]
    assert signatures(facts) == {("Anna Berg", "Delta Bank"), ("Li Ming", "Lindau")}


def test_agreements_exchanged_before_leaders_are_witnessed_by_them() -> None:
    facts = facts_of("The MoUs were exchanged in the presence of Prime Minister Anna Berg and President Li Ming.")
    assert facts.agreements
    assert set(facts.agreements[0].witnesses) == {"Anna Berg", "Li Ming"}


def test_ideas_exchanged_report_no_signing() -> None:
    facts = facts_of("Ideas were exchanged about security at the meeting, and the ministers hope to sign an "
                     "agreement next year.")
    assert not facts.agreements


def test_notes_exchanged_are_an_exchange_of_notes() -> None:
    facts = facts_of("The Notes were exchanged between Finance Secretary Anna Berg and Ambassador of Lindau Li Ming "
                     "for a health sector loan.")
    assert [a.kind for a in facts.agreements] == ["exchange of notes"]


def test_each_signer_takes_the_side_his_countrys_adjective_names() -> None:
    facts = facts_of("Norway and Chile signed an agreement. Foreign Minister Anna Berg signed for the Norwegian side "
                     "and Ambassador Li Ming for the Chilean side.")
    assert signatures(facts) == {("Anna Berg", "Norway"), ("Li Ming", "Chile")}


def test_the_government_a_countrys_adjective_names_is_that_country() -> None:
    facts = facts_of("Foreign Minister Anna Berg signed the agreement on behalf of the Norwegian government.")
    assert signatures(facts) == {("Anna Berg", "Norway")}


def test_a_place_and_a_body_the_model_joins_are_two_sides() -> None:
    # (the model reads "Lindau and Delta Group" as one organization, and "Lindau" after "in" as a place)
    facts = facts_of("The agreement between Lindau and Delta Group was signed on Monday in Lindau.")
    assert {p for a in facts.agreements for p in a.parties} == {"Lindau", "Delta Group"}
