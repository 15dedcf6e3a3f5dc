"""Posts (nineteenth session): constructions of a person's title and body in
English news. Each case is a short invented article read through the public
API."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_lower_case_title_keeps_the_field_words_written_before_it() -> None:
    facts = facts_of("Kenya and Norland signed four memorandums. They were signed by Kenyan civil aviation "
                     "secretary Anna Berg and Kenyan senior agriculture secretary Lars Holm.")
    read = posts(facts)
    assert ("Anna Berg", "civil aviation secretary", "Kenya") in read
    assert ("Lars Holm", "senior agriculture secretary", "Kenya") in read


def test_a_lower_case_title_after_a_possessive_country_keeps_its_modifier_and_field() -> None:
    facts = facts_of("Norland signed the trade pact in Norvik. Kenya's assistant trade minister Anna Berg "
                     "travelled to Norvik for the occasion.")
    assert ("Anna Berg", "assistant trade minister", "Kenya") in posts(facts)


def test_a_board_title_after_a_body_is_the_whole_title() -> None:
    facts = facts_of("Governor Li Ming met with Delta Group board chairman Anna Berg and her delegation. "
                     "The Delta Group and the Norvik Port signed an agreement.")
    assert ("Anna Berg", "board chairman", "Delta Group") in posts(facts)


def test_a_capitalised_title_takes_no_lower_case_words_before_it() -> None:
    facts = facts_of("The Delta Bank signed the agreement with the city. It was signed by the trade "
                     "Director Anna Berg of the Delta Bank.")
    titles = {title for person, title, body in posts(facts) if person == "Anna Berg"}
    assert not any(t.startswith("trade") for t in titles)


def test_an_ambassador_extraordinary_and_plenipotentiary_is_of_the_country_that_sends_him() -> None:
    facts = facts_of("The grant contract was signed at the embassy in Norvik, between Ambassador Extraordinary "
                     "and Plenipotentiary of Japan to Norland, H.E. Mr. Li Ming and the President of the Norvik "
                     "School Committee, Anna Berg.")
    read = posts(facts)
    assert ("Li Ming", "Ambassador Extraordinary and Plenipotentiary", "Japan") in read
    assert ("Anna Berg", "President", "Norvik School Committee") in read


def test_the_long_ambassador_title_set_off_after_the_name() -> None:
    facts = facts_of("Present at the meeting were Li Ming, Ambassador Extraordinary and Plenipotentiary of "
                     "Mongolia to Norland, and Anna Berg, Governor of Norvik district.")
    assert ("Li Ming", "Ambassador Extraordinary and Plenipotentiary", "Mongolia") in posts(facts)


def test_a_minister_s_remit_with_and_still_runs_to_the_name() -> None:
    facts = facts_of("Minister of Roads and Highways Anna Berg of Ghana signed the agreement with the Delta Bank.")
    assert ("Anna Berg", "Minister of Roads and Highways", "Ghana") in posts(facts)
