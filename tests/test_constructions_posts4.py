"""People and their posts as real news writes them (issue 11, fourth round),
each on a short invented article: a governing officer's place written
after the name, and local offices written with their level of government.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_governor_abbreviated_with_the_place_after_the_name() -> None:
    facts = facts_of("The memorandum was signed by Gov. Anna Berg of Norland and the chairman of Delta Cement Ltd, "
                     "Li Ming, on Friday.")
    held = posts(facts)
    assert ("Anna Berg", "Governor", "Norland") in held  # (a short form is named by its full form)


def test_a_mayor_with_the_city_after_the_name() -> None:
    facts = facts_of("The twinning charter was signed by Mayor Anna Berg of Lundby, who thanked the visitors.")
    assert ("Anna Berg", "Mayor", "Lundby") in posts(facts)


def test_a_place_after_the_name_is_not_read_for_a_title_that_governs_nothing() -> None:
    # a director of something is not the director of the place written after the name
    facts = facts_of("Director Anna Berg of Lundby said the plant would open next year.")
    assert not any(org == "Lundby" for _, _, org in posts(facts))


def test_a_local_office_written_with_its_level_is_the_places() -> None:
    facts = facts_of("Hubei Normal College and Lundan District Government signed the agreement. Lundan District "
                     "Secretary and District Chief Wang Li, District Director Zhou Ping and Vice District Chief "
                     "Hu Bin attended the signing ceremony.")
    held = posts(facts)
    assert ("Wang Li", "District Secretary", "Lundan District") in held
    assert ("Wang Li", "District Chief", "Lundan District") in held
    # written without the district: the one the article names
    assert ("Zhou Ping", "District Director", "Lundan District") in held
    assert ("Hu Bin", "Vice District Chief", "Lundan District") in held


def test_a_town_mayor_is_the_towns() -> None:
    facts = facts_of("Wujiang Town Mayor Chen Ping attended the signing of the cooperation agreement.")
    held = posts(facts)
    assert ("Chen Ping", "Town Mayor", "Wujiang Town") in held
    assert not any(org == "Wujiang" for _, _, org in held)


def test_a_middle_initial_that_is_also_a_word_stays_in_the_name() -> None:
    facts = facts_of("Present were Omar Haddad and the Secretary-General of the Tourism and Culture Ministry "
                     "Datuk Anna B. Berg.")
    held = posts(facts)
    assert ("Anna B. Berg", "Secretary-General", "Tourism and Culture Ministry") in held
    facts = facts_of("Present were Omar Haddad and the Secretary-General of the Tourism and Culture Ministry "
                     "Datuk Ab Lim A. Tambi.")
    assert ("Ab Lim A. Tambi", "Secretary-General", "Tourism and Culture Ministry") in posts(facts)


def test_a_country_is_never_the_holder_of_a_post() -> None:
    facts = facts_of("The loan was signed by Joint Secretary Anna Berg and Chief Representative of JICA Nepal "
                     "OKADA Yumi, according to the Ministry of Finance.")
    assert not any(person == "Nepal" for person, _, _ in posts(facts))


def test_an_appositive_with_an_indefinite_article() -> None:
    facts = facts_of("Professor Neal Berg, a senior vice-principal at Lakeside University, added that he was glad.")
    assert ("Neal Berg", "senior vice-principal", "Lakeside University") in posts(facts)


def test_a_post_in_a_relative_clause_after_the_name() -> None:
    facts = facts_of("The deal was witnessed by Sheikh Omar bin Rashid Al Lund, who is also the ruler of Dubai, "
                     "at the exhibition centre.")
    assert ("Omar bin Rashid Al Lund", "ruler", "Dubai") in posts(facts)


def test_a_lower_case_chair_of_a_department() -> None:
    facts = facts_of("Tomas Lind, chair of the Department of Art History, also took part in the signing.")
    assert ("Tomas Lind", "chair", "Department of Art History") in posts(facts)


def test_a_style_of_religious_rank_is_not_part_of_the_name() -> None:
    facts = facts_of("Iran's supreme leader Ayatollah Ali Haddad received the delegation.")
    held = posts(facts)
    assert ("Ali Haddad", "supreme leader", "Iran") in held
    assert not any(person.startswith("Ayatollah") for person, _, _ in held)


def test_the_body_a_country_owns_is_the_posts() -> None:
    facts = facts_of("Professor Andy Lim, who is deputy chief executive for research at Singapore's Agency for "
                     "Science, Technology and Research (A*STAR), joined the visit.")
    held = posts(facts)
    assert ("Andy Lim", "deputy chief executive for research", "Agency for Science, Technology and Research") in held
    assert not any(org == "Singapore" for _, _, org in held)


def test_a_month_that_is_a_surname_ends_a_name() -> None:
    facts = facts_of("The Lakeside National University (LNU) signed the MoU. LNU Acting Vice-Chancellor, Dr William "
                     "May, said that the MoU helps.")
    assert ("William May", "Acting Vice-Chancellor", "Lakeside National University") in posts(facts)
    facts = facts_of("LNU Vice-Chancellor Anna Berg May 5 said it was a fine day for the Lakeside National "
                     "University (LNU).")
    assert not any(person.endswith("May") for person, _, _ in posts(facts))


def test_a_title_then_its_body_then_the_name() -> None:
    facts = facts_of("Lakeside Coalfields Limited (LCL) signed an MoU with the institute. Chairman-cum-Managing "
                     "Director, LCL, Anna Berg graced the ceremony.")
    assert ("Anna Berg", "Chairman-cum-Managing Director", "Lakeside Coalfields Limited") in posts(facts)
    facts = facts_of("Lakeside Coalfields Limited (LCL) signed an MoU with the institute. Managing Director, LCL, "
                     "Anna Berg graced the ceremony.")
    assert ("Anna Berg", "Managing Director", "Lakeside Coalfields Limited") in posts(facts)


def test_the_counterpart_of_one_country_is_of_the_other() -> None:
    facts = facts_of("External Affairs Minister Anna Berg held talks with her Bangladesh counterpart Li Ming on trade "
                     "between India and Bangladesh. India and Bangladesh signed a pact.")
    held = posts(facts)
    assert ("Anna Berg", "External Affairs Minister", "India") in held
    assert ("Li Ming", "External Affairs Minister", "Bangladesh") in held


def test_the_counterpart_rule_does_not_guess_among_three_countries() -> None:
    facts = facts_of("President Anna Berg met her Venezuelan counterpart Li Ming. China, Cuba and Venezuela signed "
                     "a pact.")
    assert not any(person == "Anna Berg" and org in ("China", "Cuba") for person, _, org in posts(facts))
