"""Constructions read in the twenty-seventh session, agreements (invented names and texts)."""
from __future__ import annotations

from invented import facts_of


def test_two_officials_named_with_their_departments_sign_the_mou_the_story_told() -> None:
    # "A, Principal Secretary, Health Department and B, Director, HR, NTPC signed the MoU": the
    # departments read beside the officials are no sides of another MoU
    facts = facts_of("A MoU was signed today between the Government of Norway and the Velsk Power Corporation for "
                     "a medical college. Karl Olsen, Principal Secretary to Government Health & FW Department and "
                     "Sri K.L. Berg Director, HR, Velsk Power Corporation signed the MoU.")
    kinds = [a.kind for a in facts.agreements]
    assert kinds == ["mou"], kinds


def test_a_roadmap_and_a_strategy_document_are_signed_documents() -> None:
    facts = facts_of("Norway and Sweden signed a roadmap for cooperation in education on Monday.")
    assert [a.kind for a in facts.agreements] == ["roadmap"], facts.agreements
    facts = facts_of("The Coastal Bank and Norway also signed a five-year country strategy document on Monday.")
    assert [a.kind for a in facts.agreements] == ["country strategy document"], facts.agreements


def test_an_intent_letter_is_a_signed_document() -> None:
    facts = facts_of("Lindau Province and Velsk Province signed an intent letter on friendly relations on Monday.")
    assert [a.kind for a in facts.agreements] == ["intent letter"], facts.agreements


def test_notes_exchanged_are_an_exchange_of_notes() -> None:
    # "A and B exchanged notes for two loan projects": the exchange is the signing
    facts = facts_of("Norwegian Ambassador Anna Berg and Foreign Secretary Karl Olsen exchanged notes for two loan "
                     "projects on Monday in Lindau.")
    assert [a.kind for a in facts.agreements] == ["exchange of notes"], facts.agreements


def test_the_words_before_notes_exchanged_are_no_part_of_the_kind() -> None:
    # "The foreign ministries of the two countries exchanged notes on ...": "countries" is the subject
    facts = facts_of("The foreign ministries of the two countries exchanged notes on the opening of a consulate. "
                     "Norway and Sweden signed a trade agreement on Monday.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["exchange of notes", "trade agreement"], kinds
