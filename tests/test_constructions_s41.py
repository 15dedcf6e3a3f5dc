"""Constructions read in the forty-first session (invented sentences; tests/test_leaders.py holds the
behaviour of the lists of leaders, ministers and regional heads)."""
from __future__ import annotations

import pytest
from invented import facts_of, posts


@pytest.mark.parametrize("after_name", [
    " with the hospital's director.",  # the title set off before the name, then the sentence goes on
    " (MP for Norvik Central) with the hospital's director.",  # an aside after the name, then the same
])
def test_a_title_set_off_before_a_name_the_sentence_goes_on_after(after_name: str) -> None:
    facts = facts_of("Ghana and the Norvik Hospital signed a memorandum of understanding in Rome on Monday. The MoU "
                     "was signed by the Health Minister, Hon. Kofi Mensah" + after_name)
    assert ("Kofi Mensah", "Health Minister", "Ghana") in posts(facts), posts(facts)
