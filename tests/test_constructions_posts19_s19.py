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
