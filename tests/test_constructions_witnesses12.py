"""Who witnessed (issue 11, tenth session): people present for a side, and
people attending after "with". Each case is a short invented article read
through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of


def _witnesses(text: str) -> set[str]:
    return {w for a in facts_of(text).agreements for w in a.witnesses}


def test_people_present_on_behalf_of_a_side_witnessed() -> None:
    assert _witnesses("Delta Bank and Norvik Foods signed an MoU on Monday. Director Anna Berg and Director Li Ming "
                      "were present on behalf of Delta Bank.") == {"Anna Berg", "Li Ming"}


def test_people_attending_the_ceremony_after_with_witnessed() -> None:
    assert _witnesses("Delta Bank and Norvik Foods signed a cooperation agreement in Lindau on Monday, with Anna Berg, "
                      "general manager of Delta Bank, and Li Ming, vice president of Norvik Foods, attending the "
                      "signing ceremony.") == {"Anna Berg", "Li Ming"}


def test_present_at_a_ceremony_named_with_its_kind() -> None:
    assert _witnesses("Delta Motors and Norvik Auto signed a joint venture agreement on Monday. Also present at the "
                      "inking ceremony were Prime Minister Anna Berg and President Li Ming.") == {"Anna Berg", "Li Ming"}
