"""Who the sides are (issue 11, tenth session): a description the body's own
name follows at once, and a Chinese government whose head word is written
in lower case. Each case is a short invented article read through the
public extraction API.
"""
from __future__ import annotations

from invented import facts_of


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_a_description_then_the_bodys_name_is_that_body() -> None:
    parties = _parties("The Government of Kenya has signed a Memorandum of Understanding (MoU) with a Norland "
                       "company, Deltabridge S.A. for the construction of ten steel bridges.")
    assert parties == {"Government of Kenya", "Deltabridge S.A."}


def test_a_municipal_peoples_government_in_lower_case_is_a_side() -> None:
    parties = _parties("The Norvik Machinery Group Corporation signed a strategic cooperation framework agreement "
                       "with the Lindau Municipal People's government.")
    assert parties == {"Norvik Machinery Group Corporation", "Lindau Municipal People's Government"}


def test_a_word_and_of_open_a_bodys_name() -> None:
    facts = facts_of("Lindau and Norvik signed a sister port MoU. The MoU was signed by Anna Berg, CEO of the Port of "
                     "Lindau Authority, and Li Ming, chairman of Norvik International Port Group.")
    assert ("Anna Berg", "Port of Lindau Authority") in {(s.person, s.on_behalf_of) for a in facts.agreements
                                                         for s in a.signatures}


def test_a_title_before_of_stays_out_of_the_name() -> None:
    facts = facts_of("Delta Bank and Norvik signed an MoU. It was witnessed by Deputy Administrator for Policy and "
                     "Programming of the Norvik Agency for Development (NAD) Anna Berg.")
    assert "Norvik Agency for Development" in {o.name for o in facts.organizations}


def test_a_headlines_verb_is_no_part_of_the_body_it_names() -> None:
    facts = facts_of("Lakeside University Vice-President Visits Norvik University\n\nAnna Berg, President of Norvik "
                     "University, signed an agreement with Lakeside University on Monday.")
    names = {o.name for o in facts.organizations}
    assert "Norvik University" in names and not any(n.startswith("Visits") for n in names)


def test_a_body_opened_by_a_word_and_of_after_and() -> None:
    facts = facts_of("MPA Lindau and Port of Norvik Authority have renewed their Memorandum of Understanding (MoU) "
                     "on cooperation in port digitalisation.")
    assert "Port of Norvik Authority" in {o.name for o in facts.organizations}
