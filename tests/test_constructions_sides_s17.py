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


def test_a_group_word_that_signs_stands_for_the_two_people_named_before() -> None:
    """"A and B met at the residence. During this meeting, they signed the
    agreement", "Following the meeting, the mayors signed": the group word is
    the two people the sentence before names; not where that sentence names
    more people than the word counts, nor people without the title the word
    gives ("the two ministers" are not a king and an emir)."""
    text = ("Mayor of Lindau Anna Berg met her Norvik counterpart, Mayor Li Ming, on Monday. During this "
            "meeting, they signed the sisterhood agreement.")
    assert {s[0] for s in signatures(facts_of(text))} == {"Anna Berg", "Li Ming"}
    text = ("Mayor of Lindau Anna Berg held a meeting with Mayor of Norvik Li Ming on Monday. Following the "
            "meeting, the Mayors signed a cooperation program.")
    assert signatures(facts_of(text)) == {("Anna Berg", "Lindau"), ("Li Ming", "Norvik")}
    text = ("Mayor Anna Berg of Lindau, Mayor Li Ming of Norvik and Governor Omar Farouk met on Monday. "
            "They signed the agreement.")
    assert not signatures(facts_of(text))
    text = ("King Karl Olsen sent greetings to Emir Peter Holm on Monday. The two ministers signed the minutes "
            "of the council's meeting and a cooperation agreement.")
    assert not signatures(facts_of(text))


def test_a_country_that_owns_a_body_is_not_its_side() -> None:
    """"Peru's state-owned Delta Group and ... signed", "with Peru's
    state-owned Delta Power Limited": the body signs, not the country that
    owns it (past words in small letters that describe the body); but
    "Peru's Minister for Education, A, ... signed" is Peru's signing."""
    text = ("Peru's state-owned Delta Group and Chile's Lindau Basic Industries Corp signed a strategic "
            "cooperation agreement in Norvik on Thursday.")
    assert _parties(text) == {"Delta Group", "Lindau Basic Industries Corp"}
    text = ("Investment Board Lindau on Thursday signed a memorandum of understanding with Peru's state-owned "
            "Delta Power Limited.")
    assert _parties(text) == {"Investment Board Lindau", "Delta Power Limited"}
    text = ("Peru’s Minister for Tertiary Education, Senator Anna Berg, and Chilean Minister for Higher "
            "Education, Li Ming, recently signed a memorandum of understanding.")
    assert signatures(facts_of(text)) == {("Anna Berg", "Peru"), ("Li Ming", "Chile")}
