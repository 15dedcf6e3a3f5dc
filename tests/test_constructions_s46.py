"""Constructions read in the forty-sixth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def test_a_body_named_after_a_doctor_keeps_the_style_in_its_name() -> None:
    facts = facts_of("Dr Ram Manohar Lohia Avadh University signed a memorandum of understanding with Lakeside "
                     "University on Monday. Vice-Chancellor Anna Berg signed for Dr Ram Manohar Lohia Avadh University.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Dr Ram Manohar Lohia Avadh University", "Lakeside University"}, mou.parties
    assert [(s.person, s.on_behalf_of) for s in mou.signatures] == [("Anna Berg", "Dr Ram Manohar Lohia Avadh University")]


def test_a_doctor_of_a_university_is_still_a_person() -> None:
    facts = facts_of("Dr Anna Berg of Lakeside University and Dr. Peter Otieno, Director of Kisumu Institute, signed a "
                     "memorandum of understanding on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Kisumu Institute"}, mou.parties
    assert {p.name for p in facts.people} == {"Anna Berg", "Peter Otieno"}
