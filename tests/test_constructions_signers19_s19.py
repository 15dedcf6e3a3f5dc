"""Signers and witnesses (session 19), each on a short invented article read
through the public extraction API: "A and B were present in the programme" /
"at the MoU signing ceremony" (what the signing is called may come up to two
words after "the", and "in" introduces it as well as "at"), but not "present
in Lindau" (a place, no event).
"""
from __future__ import annotations

import pytest

from invented import facts_of

_SIGNED = "Lindau University and Norvik University signed a memorandum of understanding on Monday. "


def _witnesses(text: str) -> set[str]:
    return {w for a in facts_of(text).agreements for w in a.witnesses}


@pytest.mark.parametrize("sentence, people", [
    ("Finance Minister Anna Berg and Mayor Li Ming were present in the programme.", {"Anna Berg", "Li Ming"}),
    ("Finance Minister Anna Berg and Mayor Li Ming were present in the event.", {"Anna Berg", "Li Ming"}),
    ("Governor Omar Farouk and Dean Clara Lind were also present at the MoU signing ceremony.",
     {"Omar Farouk", "Clara Lind"}),
    ("Finance Minister Anna Berg and Mayor Li Ming were present in Lindau.", set()),
])
def test_present_at_what_the_signing_is_called(sentence: str, people: set[str]) -> None:
    assert _witnesses(_SIGNED + sentence) == people
