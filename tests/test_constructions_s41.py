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


@pytest.mark.parametrize("title", ["Information and Communications Minister", "Science, Technology and Innovation Minister"])
def test_a_minister_s_listed_fields_are_his_title_though_a_title_s_core_holds_them(title: str) -> None:
    # ("Chief Information Officer", "Chief Technology Officer" hold the same words)
    facts = facts_of(f"Nepal and China signed a memorandum in Beijing on Monday. The delegation included Nepal's {title} "
                     "Kofi Mensah.")
    assert ("Kofi Mensah", title, "Nepal") in posts(facts), posts(facts)


def test_a_country_s_mark_carries_to_a_minister_whose_ministry_only_the_title_implies() -> None:
    facts = facts_of("The signing ceremony was attended by Egyptian Prime Minister Kofi Mensah, Investment Minister "
                     "Anna Berg, Chinese Ambassador to Egypt Li Ming and other officials. Egypt and China signed "
                     "an agreement on the zone.")
    assert ("Anna Berg", "Investment Minister", "Egypt") in posts(facts), posts(facts)


def test_a_title_whose_place_has_its_unit_word_belongs_to_the_name_after_it() -> None:
    facts = facts_of("The forum was attended by Governor of Lundby region Kofi Mensah, Governor of Norvik region Anna "
                     "Berg, and others. The two regions signed a memorandum of collaboration in Lundby on Monday.")
    assert not any(p[0] == "Kofi Mensah" and p[2] == "Norvik" for p in posts(facts)), posts(facts)


def test_a_remit_s_last_fields_set_off_before_another_title_are_nobody() -> None:
    facts = facts_of("Mauritius and Mozambique signed a memorandum on gas in Maputo on Monday. In a statement, the "
                     "Minister of Public Infrastructure and Land Transport, Minister of Foreign Affairs, Regional "
                     "Integration and International Trade, Mr Kofi Mensah, said the deal was key.")
    assert not any(p.name == "Land Transport" for p in facts.people), [p.name for p in facts.people]
