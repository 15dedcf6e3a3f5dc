"""Constructions of the fourteenth session: each case is a short invented
article read through the public extraction API (pages through kg's own
reading of head and date lines)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from invented import page

from kg.dates import find_dates
from kg.extract import extract


def test_a_month_with_a_comma_before_its_day_is_a_date_line(tmp_path: Path) -> None:
    article = page(tmp_path, "comma.txt", "Norland and Lindau sign MoU on trade\n\nJan, 14, 2020\n\n"
                   "Norland's Ministry of Trade signed this Tuesday January 14, a Memorandum of Understanding "
                   "with the Government of Lindau designed to encourage trade.\n")
    assert article.published == date(2020, 1, 14)
    assert [a.date for a in extract(article).agreements] == [date(2020, 1, 14)]


def test_a_month_with_a_comma_after_it_needs_its_year() -> None:
    assert find_dates("In May, 5 agreements were signed in Norvik.") == []
    assert [(d.year, d.month, d.day) for d in find_dates("Posted Sept, 3, 2021 by the desk")] == [(2021, 9, 3)]


def test_when_and_where_after_a_list_of_fields_are_no_field() -> None:
    from invented import facts_of

    facts = facts_of("In the presence of the two presidents, Norland and Lindau signed five agreements in the fields "
                     "of defence, agriculture, culture, health and trade in Norvik City on Monday.")
    assert {area for a in facts.agreements for area in a.areas} == {"defence", "agriculture", "culture", "health", "trade"}
    facts = facts_of("Delta Bank and Norvik University signed a memorandum of understanding to cooperate in research "
                     "and training during the visit of the bank's chairman.")
    assert set(facts.agreements[0].areas) == {"research", "training"}


def test_a_ministers_remit_that_is_also_a_head_word_is_no_body_before_the_name() -> None:
    from invented import facts_of, posts, signatures

    facts = facts_of("The agreement was signed by Kenyan Minister of Commerce Baraka Mwende and Japanese Ambassador "
                     "Kenji Otaru in Nairobi on Monday.")
    assert ("Baraka Mwende", "Minister of Commerce", "Kenya") in posts(facts)
    assert signatures(facts) == {("Baraka Mwende", "Kenya"), ("Kenji Otaru", "Japan")}
    assert not any("Mwende" in o.name for o in facts.organizations)


def test_a_signers_country_mark_before_a_remit_does_not_make_the_unmarked_president_the_other_countrys() -> None:
    from invented import facts_of, posts

    facts = facts_of("Witnessed by President Baraka Otieno, the agreement was signed by Kenyan Minister of Trade "
                     "Anna Berg and Japanese Ambassador Li Ming in Nairobi.")
    assert ("Anna Berg", "Minister of Trade", "Kenya") in posts(facts)
    assert ("Baraka Otieno", "President", "Japan") not in posts(facts)


def test_the_side_said_again_at_a_fields_end_is_no_part_of_it() -> None:
    from invented import facts_of

    facts = facts_of("Norvik Province and Delta Bank inked a strategic cooperation framework agreement on Tuesday. Under "
                     "the agreement, the bank will provide credit to support infrastructure, green energy and small "
                     "businesses in the province over the next five years.")
    assert set(facts.agreements[0].areas) == {"infrastructure", "green energy", "small businesses"}
