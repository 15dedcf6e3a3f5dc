"""Constructions of posts read in the twelfth session (second helper): a US
governor written without his state, and the like. Each case is a short
invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_us_governor_written_as_gov_governs_the_state_the_article_names() -> None:
    # "Gov. A" with no state: the one US state the story names, though the other side is a province
    facts = facts_of("Gov. Anna Berg on Tuesday signed a memorandum of understanding with a province in the north.\n"
                     "Berg met Norvik Province Governor Li Ming on the trip.\n"
                     "Oregon exports wheat to the region.\n")
    found = posts(facts)
    assert ("Anna Berg", "Governor", "Oregon") in found  # (a short form is named by its full form)
    assert ("Li Ming", "Governor", "Norvik Province") in found


def test_a_governor_governs_the_one_state_his_sentence_names() -> None:
    facts = facts_of("Governor Anna Berg from the State of Oregon led the delegation to Norvik Province.\n"
                     "The delegation signed a memorandum of understanding with Norvik Province.\n")
    assert ("Anna Berg", "Governor", "State of Oregon") in posts(facts)


def test_a_lieutenant_governor_keeps_his_whole_title() -> None:
    facts = facts_of("The agreement, signed by Governor Anna Berg and Lieutenant Governor Li Ming during the "
                     "Oregon trade mission, promotes trade.\n")
    found = posts(facts)
    assert ("Anna Berg", "Governor", "Oregon") in found
    assert ("Li Ming", "Governor", "Oregon") not in found


def test_a_name_before_and_is_no_field_of_the_next_ministers_title() -> None:
    # "Trade Minister A and Foreign Minister B": "Berg and Foreign" is no conjoined field
    facts = facts_of("Kenya and Lindau signed a trade agreement on Monday. Trade Minister Anna Berg and "
                     "Foreign Minister Li Ming attended the signing.\n")
    found = posts(facts)
    assert ("Li Ming", "Foreign Minister", "Ministry of Foreign Affairs") in found
    assert not any(p[0] == "Li Ming" and p[1] == "Minister" for p in found)


def test_conjoined_fields_still_make_one_ministers_title() -> None:
    facts = facts_of("Kenyan Trade and Industry Minister Anna Berg signed the agreement with Lindau.\n")
    assert ("Anna Berg", "Trade and Industry Minister", "Kenya") in posts(facts)


def test_a_subsidiary_named_by_company_and_country_is_no_person() -> None:
    # "A, director, Delta India, head, ...": Delta India opens Delta India Private Limited's name
    facts = facts_of("Lakeside University signed a memorandum with Delta India Private Limited. “The collaboration "
                     "will bring expertise,” Anna Berg, director, Delta India, head, Delta R&D Centre, said.\n")
    assert not any(p[0] == "Delta India" for p in posts(facts))
