"""Posts (fourteenth session): constructions of a person's title and body in
English news. Each case is a short invented article read through the public
API (people's adjectives need real countries: the model knows no invented
ones)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_an_envoys_nationality_and_posting_make_one_title() -> None:
    facts = facts_of("The Delta Bank and Kenya signed a grant agreement on Monday. It was signed by the Spanish "
                     "Ambassador to Kenya, Anna Berg, and the Kenyan Ambassador to Papua New Guinea Karl Olsen.")
    read = posts(facts)
    assert ("Anna Berg", "Spanish Ambassador to Kenya", "Spain") in read
    assert ("Karl Olsen", "Kenyan Ambassador to Papua New Guinea", "Kenya") in read


def test_a_possessive_country_stays_out_of_an_envoys_title() -> None:
    facts = facts_of("The Delta Bank and Kenya signed a grant agreement on Monday. It was signed by Kenya's "
                     "Ambassador to Nepal, Anna Berg, and Li Ming.")
    assert ("Anna Berg", "Ambassador to Nepal", "Kenya") in posts(facts)


def test_a_name_after_an_envoys_posting_stops_at_its_and() -> None:
    facts = facts_of("The Delta Bank and Kenya signed a grant agreement on Monday. It was signed by Kenya's "
                     "Ambassador to Nepal Anna Berg and Karl Olsen, President of the Delta Bank.")
    read = posts(facts)
    assert ("Anna Berg", "Ambassador to Nepal", "Kenya") in read
    assert not any(person == "Karl Olsen" and org == "Kenya" for person, _, org in read)


def test_a_bodys_last_words_before_a_title_are_no_field() -> None:
    facts = facts_of("The Norvik Chamber of Commerce and the Delta Bank signed a memorandum of understanding on "
                     "Monday. The signing, witnessed by the Norvik Chamber of Commerce chairman Karl Olsen and the "
                     "Lindau Department of Education Director Anna Berg, took place at the hotel.")
    read = posts(facts)
    assert ("Karl Olsen", "chairman", "Norvik Chamber of Commerce") in read
    assert ("Anna Berg", "Director", "Lindau Department of Education") in read


def test_a_field_before_a_title_still_reads_as_the_titles() -> None:
    facts = facts_of("Norland and the Delta Bank signed a loan agreement on Monday. It was signed by Norland's "
                     "Trade Secretary Anna Berg and Karl Olsen, President of the Delta Bank.")
    assert ("Anna Berg", "Trade Secretary", "Norland") in posts(facts)


def test_a_middle_initial_that_is_also_a_word_stays_in_the_name() -> None:
    facts = facts_of("The Delta Bank and the Lindau Institute signed a memorandum of understanding on Monday. It was "
                     "signed by Karl A. Olsen, Chairman of the Delta Bank, and Anna Berg, Director of the Lindau "
                     "Institute.")
    assert ("Karl A. Olsen", "Chairman", "Delta Bank") in posts(facts)
    assert ("Karl A. Olsen", "Delta Bank") in signatures(facts)


def test_a_ministers_remit_joined_by_and_ends_on_a_field_before_the_name() -> None:
    facts = facts_of("Kenya and the Delta Bank signed a loan agreement on Monday. It was signed by Kenya's minister "
                     "of Defence and Veteran Affairs Anna Maria Berg and Karl Olsen, President of the Delta Bank.")
    read = posts(facts)
    assert ("Anna Maria Berg", "minister of Defence and Veteran Affairs", "Kenya") in read
    assert ("Karl Olsen", "President", "Delta Bank") in read


def test_a_name_right_after_a_ministers_and_is_no_remit() -> None:
    facts = facts_of("Kenya and the Delta Bank signed a loan agreement on Monday. It was signed by the Minister of "
                     "Finance and Anna Berg, Director of the Delta Bank.")
    read = posts(facts)
    assert ("Anna Berg", "Director", "Delta Bank") in read
    assert not any("Anna" in title for _, title, _ in read)
