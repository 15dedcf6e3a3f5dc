"""Constructions that name an agreement's parties (issue 11, parties8), each
on a short invented article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of


def test_numbered_list_after_an_introduction_line_gives_each_item_its_sides() -> None:
    facts = facts_of("Kenya and Ghana signed two memoranda of understanding on Tuesday.\n\n"
                     "The leaders witnessed the exchange of the two MoUs.\n\nThese are:\n\n"
                     "1. MoU between the Kenya Ports Authority and the Ghana Ports and Harbours Authority on "
                     "port management with Digital Tools.\n\n"
                     "2. MoU between the Kenya Revenue Authority and the Ghana Revenue Authority on customs.\n")
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Ghana Ports and Harbours Authority", "Kenya Ports Authority"],
        ["Ghana Revenue Authority", "Kenya Revenue Authority"]]
