"""Constructions read in the sixtieth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, signatures

_MET = ("Anna Berg, President of the Norland Academy of Sciences (NAS), met with Li Ming, President of the "
        "Delta Academy of Sciences (DAS), in Lindau on November 3. ")


def test_an_agreement_signed_between_the_two_presidents_names_them_as_signers() -> None:
    # "According to an MoU signed between the two presidents after the meeting": the presidents met before
    facts = facts_of(_MET + "According to a memorandum of understanding signed between the two presidents after "
                     "the meeting, the academies will host joint seminars.")
    held = set(signatures(facts))
    assert ("Anna Berg", "Norland Academy of Sciences") in held, held
    assert ("Li Ming", "Delta Academy of Sciences") in held, held


def test_an_agreement_signed_by_both_mayors_names_them_as_signers() -> None:
    # "a programme was signed by both mayors": the passive's agent is the group named just before
    facts = facts_of("Mayor of Lindau Anna Berg held a meeting with her Norvik counterpart Li Ming on Monday. "
                     "Following the meeting, a cooperation programme was signed by both mayors.")
    people = {s[0] for s in signatures(facts)}
    assert {"Anna Berg", "Li Ming"} <= people, signatures(facts)


def test_the_two_presidents_told_paragraphs_after_their_meeting_signed() -> None:
    # "the two presidents signed" where the nearest sentences before name the two people without their title:
    # the group stands for those the text names with it, further back
    facts = facts_of(_MET + "\n\nBerg briefed the delegation on the academy.\n\nLi Ming agreed with Berg on "
                     "the priorities.\n\nAfter the talks, the two presidents signed a memorandum of understanding "
                     "on joint seminars.")
    people = {s[0] for s in signatures(facts)}
    assert {"Anna Berg", "Li Ming"} <= people, signatures(facts)


def test_a_group_with_its_names_after_it_is_read_from_the_names() -> None:
    # guard: "signed by the two ministers, A and B": the names after the group are the signers, and no
    # pair told earlier is taken for them
    facts = facts_of("Minister Clara Holm met Minister Omar Reyes in Lindau on Monday. The treaty was signed by "
                     "the two ministers, Anna Berg and Li Ming, on Tuesday.")
    people = {s[0] for s in signatures(facts)}
    assert {"Anna Berg", "Li Ming"} <= people, signatures(facts)
    assert not people & {"Clara Holm", "Omar Reyes"}, signatures(facts)


def test_people_joined_by_as_well_as_both_signed_for_their_side() -> None:
    # "..., while X's Title, A, as well as its Title, B, signed for X": both are X's signers
    facts = facts_of("The Norland State Government has signed an MoU with Delta Petroleum Limited (DPL). Governor "
                     "Anna Berg signed the MoU on behalf of the state government while the DPL Executive Vice "
                     "President, Gas and Power, Li Ming, as well as its Managing Director, New Energy, Omar Reyes, "
                     "signed for the DPL at its head office in Lindau.")
    people = {s[0] for s in signatures(facts)}
    assert {"Anna Berg", "Li Ming", "Omar Reyes"} <= people, signatures(facts)
