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
    assert ("Anna Berg", "Gov.", "Norland") in held


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
