"""Constructions read in the twenty-eighth session, agreements (invented names and texts)."""
from __future__ import annotations

from invented import facts_of


def _kinds(text: str) -> list[str]:
    return sorted(a.kind for a in facts_of(text).agreements)


def test_a_numbered_list_goes_on_after_lines_on_what_an_item_does() -> None:
    # each item is followed by lines telling what it does ("This MoU will regulate ...", "The MoU
    # addresses ..."): they are no items of their own, and "4." after two such lines still goes on the list
    text = ("Norland and Southland Sign Four MoUs\n\n"
            "The two presidents met in Lindau on Monday.\n\n"
            "The four memoranda of understanding signed during the meeting were:\n\n"
            "1. MoU on Ferry Services\nThis MoU will regulate the boats that carry passengers between the two ports.\n\n"
            "2. MoU on Road Freight\nThe MoU is intended to ease the passage of lorries across the border.\n\n"
            "3. MoU on Cooperation in the Field of Health\nThis is an update of an older MoU which expired in 2020. "
            "The MoU addresses public health in the border towns.\n\n"
            "4. MoU on Cooperation in the Field of Education\nAn umbrella for training teachers and for scholarships.\n")
    facts = facts_of(text)
    assert len(facts.agreements) == 4, [(a.kind, a.title) for a in facts.agreements]


def test_the_story_mou_signed_with_one_side_named_another_way_is_that_mou() -> None:
    # "The MoU was signed with KIT-B": one side of the pair already read, named by a short form the
    # registry does not join to it, does not make a second MoU
    text = ("For the first time in the region, the Vessland Regional Government has signed a memorandum of "
            "understanding (MoU) with the Kanto Institute of Technology Brena. The MoU was signed between the "
            "secretary to the Governor, Lars Ek, and the institute's director Omar Feld. "
            "The MoU was signed with KIT-B to set up a joint laboratory.")
    assert _kinds(text) == ["memorandum of understanding"], _kinds(text)


def test_the_mou_on_one_topic_then_the_mou_on_another_are_two() -> None:
    # two definite MoUs, each named with a topic of its own that shares no word with the other's
    text = ("Norland and Southland signed two agreements in Lindau after talks at the Parliament House. "
            "The MOU on Fisheries Management was signed by Norland's Minister of Fisheries Ana Lind and Southland's "
            "Minister of Fisheries Piet Vos. The MOU on Tourism Promotion was signed by Norland's Minister of "
            "Tourism Eva Berg and Southland's Minister of Tourism Jan Smit.")
    assert _kinds(text) == ["mou", "mou"], _kinds(text)
