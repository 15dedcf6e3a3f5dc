"""Constructions of agreements read in the eleventh session: how many
agreements an article tells of, and of what kind. Each case is a short
invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of


def _kinds(text: str) -> list[str]:
    return sorted(a.kind for a in facts_of(text).agreements)


def test_agreements_listed_with_commas_each_with_its_own_partner_are_one_each() -> None:
    facts = facts_of("At the forum, Norvik Port Authority signed a joint venture agreement with Delta Shipping Lines, a "
                     "strategic cooperation agreement with Lindau Logistics Group, and a memorandum of cooperation "
                     "with Abu Varna Ports Group.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["joint venture agreement", "memorandum of cooperation", "strategic cooperation agreement"]
    memo = next(a for a in facts.agreements if a.kind == "memorandum of cooperation")
    assert "Abu Varna Ports Group" in memo.parties and "Delta Shipping Lines" not in memo.parties


def test_a_statement_of_intent_is_a_kind_of_agreement() -> None:
    assert _kinds("The Norvik Development Commission signed a statement of intent with Lindau Motors on Monday "
                  "to cooperate on electric vehicles.") == ["statement of intent"]


def test_a_protocol_of_intentions_keeps_its_whole_kind() -> None:
    assert _kinds("The government of Lindau and Norvik Oil signed a protocol of intentions today to conduct joint "
                  "studies on roads.") == ["protocol of intentions"]


def test_agreements_signed_with_counted_bodies_are_one_with_each() -> None:
    assert _kinds("At the fair in Lindau, the Norvik city government signed memorandums of understanding with four "
                  "corporations, including Delta Foods and Varna Cloud.") == ["memorandum of understanding"] * 4


def test_counted_bodies_that_sign_agreements_with_one_body_sign_one_each() -> None:
    assert _kinds("Three Norvik universities have signed separate MoUs with Lindau Agriculture University. "
                  "The MoUs aim to promote academic cooperation.") == ["mou"] * 3


def test_an_agreement_told_again_with_its_side_named_as_its_government_is_one() -> None:
    facts = facts_of("On May 6, 2024, the Government of Norland signed an MoU with Delta Systems to promote digital "
                     "services. President Anna Berg witnessed the signing of a Memorandum of Understanding (MoU) "
                     "between Norland and Delta Systems in Lindau.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"]


def test_notes_signed_and_exchanged_are_an_exchange_of_notes() -> None:
    assert _kinds("Anna Berg, Minister of Foreign Affairs of Norland, signed and exchanged notes for the Water "
                  "Equipment Programme with Li Ming, Ambassador of Lindau, in Varna on Monday.") == ["exchange of notes"]


def test_the_exchange_notes_signed_are_an_exchange_of_notes_not_the_grant_they_are_for() -> None:
    assert _kinds("Li Ming, Ambassador of Lindau to Norland, signed the Exchange Notes for Lindau's Grant Aid for "
                  "Economic Development at the Prime Minister's Office on Wednesday.") == ["exchange of notes"]
