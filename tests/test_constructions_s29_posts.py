"""Posts read in the twenty-ninth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_state_offices_are_of_the_one_state_the_article_names() -> None:
    # "Chief Minister A, Minister for Industries B, Chief Secretary C were present", in a story that names
    # Kerala but never "the Government of Kerala": the offices are Kerala's
    facts = facts_of("A memorandum was signed between the Kerala Port Corporation and the Norvik Trade Office "
                     "in Kochi on Monday.\n\nChief Minister Anna Berg, Minister for Industries Li Ming and Chief "
                     "Secretary Tom Hale were present.")
    rows = sorted(p for p in posts(facts) if p[0] in ("Anna Berg", "Li Ming", "Tom Hale"))
    assert rows == [("Anna Berg", "Chief Minister", "Kerala"),
                    ("Li Ming", "Minister for Industries", "Kerala"),
                    ("Tom Hale", "Chief Secretary", "Kerala")], rows


def test_a_governor_is_of_the_one_state_the_article_names() -> None:
    # "in the presence of Governor A" in a story of Assam, which names no province or county
    facts = facts_of("Guwahati: The Assam Skills Office has signed an MoU with the Norvik Institute of Design in "
                     "the presence of Governor Anna Berg on Friday.")
    assert ("Anna Berg", "Governor", "Assam") in posts(facts), posts(facts)


def test_a_state_set_off_after_the_title_is_the_posts() -> None:
    # "A, Chief Secretary, Kerala, met ...": the state set off after the title is the post's body
    facts = facts_of("Today, Anna Berg, Chief Secretary, Kerala, met the delegation of Delta Motors.")
    assert ("Anna Berg", "Chief Secretary", "Kerala") in posts(facts), posts(facts)


def test_a_state_set_off_after_a_field_ministers_title_is_the_posts() -> None:
    # "A, Health Minister, Kerala, and B, Health Minister, Goa": each minister's state, not an unnamed ministry
    facts = facts_of("The MOU was signed between Tom Hale, Health Minister, Kerala, and Anna Berg, Health "
                     "Minister, Goa at the city hospital.")
    rows = sorted(p for p in posts(facts) if p[0] in ("Anna Berg", "Tom Hale"))
    assert rows == [("Anna Berg", "Health Minister", "Goa"), ("Tom Hale", "Health Minister", "Kerala")], rows


def test_a_national_office_stays_the_countrys_in_a_story_of_one_state() -> None:
    # "Chief Minister A ... Prime Minister B" in a story that names Kerala but no state's government: the
    # chief minister is Kerala's, the prime minister the country's, not Kerala's
    facts = facts_of("Thiruvananthapuram: Chief Minister Anna Berg met the Ambassador of Nepal, Tom Hale, on "
                     "Monday and said India and Nepal would work together under Prime Minister Li Ming. The "
                     "Kerala Tourism Office signed an MoU with the Nepal Tourism Board.")
    rows = {p for p in posts(facts) if p[0] in ("Anna Berg", "Li Ming")}
    assert ("Anna Berg", "Chief Minister", "Kerala") in rows, rows
    assert ("Li Ming", "Prime Minister", "Kerala") not in rows, rows
