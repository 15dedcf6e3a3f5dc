"""People and their posts as real news writes them (issue 11, sixth round),
each on a short invented article: a remit that ends in a field, and a body's
name written straight before its holder's name.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_remit_that_ends_in_a_field_is_no_name() -> None:
    # "East Africa Cooperation" is the minister's remit, not a person called "Africa Cooperation"
    facts = facts_of("The Minister for Foreign Affairs and West Sahel Cooperation, Dr Anna Berg, and her Kenyan "
                     "counterpart Li Ming signed a memorandum in Nairobi. Ghana and Kenya agreed to meet again.")
    held = posts(facts)
    assert ("Anna Berg", "Minister for Foreign Affairs and West Sahel Cooperation", "Ghana") in held
    assert not any(person == "Sahel Cooperation" for person, _, _ in held)


def test_minister_of_state_is_a_rank_with_its_remit() -> None:
    facts = facts_of("The memorandum was signed by Anna Berg, Minister of State for Foreign Affairs of the UAE, "
                     "and Li Ming, Ghana's Minister of Trade.")
    held = posts(facts)
    assert ("Anna Berg", "Minister of State for Foreign Affairs", "UAE") in held  # (as written)
    assert not any(org == "State for Foreign Affairs" for _, _, org in held)


def test_a_body_ending_in_its_country_then_the_holder() -> None:
    facts = facts_of("Chairman of the Board of the Union of Furniture Makers of Kazakhstan Meiram Dossanov and "
                     "Deputy Chairman of the Board of the Korea Association of Textile Industry KOATI Park Ji-hoon "
                     "signed a memorandum on cooperation in Astana.")
    held = posts(facts)
    assert ("Meiram Dossanov", "Chairman of the Board", "Union of Furniture Makers of Kazakhstan") in held
    assert ("Park Ji-hoon", "Deputy Chairman of the Board", "Korea Association of Textile Industry") in held


def test_a_country_by_its_short_name_then_the_head_of_state() -> None:
    facts = facts_of("President of the PRC Xi Jinping received President of Mongolia Anna Berg at the Great Hall "
                     "today. The two heads of state held talks.")
    held = posts(facts)
    assert ("Xi Jinping", "President", "PRC") in held
    assert ("Anna Berg", "President", "Mongolia") in held


def test_a_ministers_field_then_the_country_then_the_name() -> None:
    facts = facts_of("On June 17 Minister of Foreign Affairs of Armenia Edward Nalbandyan visited the Kingdom "
                     "of Spain.")
    assert ("Edward Nalbandyan", "Minister of Foreign Affairs", "Armenia") in posts(facts)


def test_the_next_post_ends_the_body_before_it() -> None:
    # "Chairman of COFCO A and President of COFCO B": two people, each with the body written before the name
    facts = facts_of("The talks were attended by Chairman of COFCO Ning Gaoning and President of COFCO Patrick Yu.")
    held = posts(facts)
    assert ("Ning Gaoning", "Chairman", "COFCO") in held
    assert ("Patrick Yu", "President", "COFCO") in held
    assert ("Patrick Yu", "Chairman", "COFCO") not in held


def test_a_body_whose_acronym_is_not_its_short_name_keeps_it() -> None:
    facts = facts_of("Vice Governor Wan Qingliang, Vice Chairman of the Guangdong Provincial CPPCC Tang Bingquan "
                     "attended the opening ceremony.")
    assert ("Tang Bingquan", "Vice Chairman", "Guangdong Provincial CPPCC") in posts(facts)


def test_a_body_the_finder_ran_into_the_holders_name_is_cut_at_its_head() -> None:
    facts = facts_of("The agreement was signed by Anna Berg, Minister of Planning, Chairperson of the Board of "
                     "Directors of the Norland Sovereign Fund Ayman Soliman, and Li Ming of the Delta Bank.")
    held = posts(facts)
    assert ("Ayman Soliman", "Chairperson of the Board of Directors", "Norland Sovereign Fund") in held
    assert not any("Soliman" in (org or "") for _, _, org in held)


def test_minister_of_state_at_a_body() -> None:
    facts = facts_of("Sir Alan Duncan, Minister of State at the Foreign Office, attended the ceremony.")
    assert ("Alan Duncan", "Minister of State", "Foreign Office") in posts(facts)
