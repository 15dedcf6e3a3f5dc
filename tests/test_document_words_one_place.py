"""The words for a signed document are kinds.yaml's heads, read the same by
every pass: a head the file lists is a document in the areas pass's frames
("According to the contract, ...", "The treaty, signed by ..., will ...")
as it is when the agreements pass finds it, not only the few heads a
pattern once spelled by hand.

Invented sentences, one frame each, run once per head the file lists."""
from __future__ import annotations

import pytest

from invented import areas_of
from kg.knowledge import entries

_HEADS = sorted(h["text"] for h in entries("en", "kinds")["heads"] if not h.get("plural"))


@pytest.mark.parametrize("head", _HEADS)
def test_what_both_sides_will_do_under_any_head_is_its_area(head: str) -> None:
    # "According to the <head>, both sides will develop A and B": the document's terms
    found = areas_of(f"Norvik Port Authority and Lindau Shipping Company signed a {head} in Norvik on Tuesday. "
                     f"According to the {head}, both sides will develop cold-chain logistics and port digitalisation.")
    assert "cold-chain logistics and port digitalisation" in found, found


@pytest.mark.parametrize("head", _HEADS)
def test_what_any_head_will_facilitate_is_its_area(head: str) -> None:
    # "The <head>, signed by A and B, will facilitate A": the document as the subject, its signers set off
    found = areas_of(f"Norland and Lakeland signed a {head} in Norvik on Tuesday. The {head}, signed by Minister "
                     "Anna Berg and Minister Li Ming, will facilitate joint research in marine biology.")
    assert "joint research in marine biology" in found, found
