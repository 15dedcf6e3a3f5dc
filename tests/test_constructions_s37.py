"""Constructions read in the thirty-seventh session (invented names and texts; real place names)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page, posts, signatures

from kg.extract import extract


def test_a_first_sentence_broken_at_a_fixed_width_is_no_headline(tmp_path: Path) -> None:
    # a plain-text release wrapped at about sixty characters: its first two lines run on into a
    # lower-case third line, so they are the first sentence's, not a headline
    article = page(tmp_path, "wrapped.txt",
                   "Norvik/NORPRESS/. Ministry of Coastal Development and\n"
                   "Fisheries of Namibia and the Harbour Authority of Estmark\n"
                   "signed a memorandum of understanding on cooperation.\n\n"
                   "The memorandum was signed by Anna Lindqvist, State Secretary of\n"
                   "the Ministry of Coastal Development and Fisheries, and by Piet\n"
                   "Vermeer, Director General of the Harbour Authority of Estmark.\n")
    assert article.title is None, article.title
    assert article.text.startswith("Norvik/NORPRESS/. Ministry of Coastal Development and Fisheries of Namibia"), \
        article.text[:120]
    facts = extract(article)
    (agreement,) = facts.agreements
    assert "Ministry of Coastal Development and Fisheries of Namibia" in agreement.parties, agreement.parties
    assert ("Anna Lindqvist", "Ministry of Coastal Development and Fisheries of Namibia") in signatures(facts), \
        signatures(facts)


def test_a_headline_over_a_paragraph_stays_the_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "headline.txt",
                   "Norland and Estmark sign fisheries memorandum\n"
                   "The Ministry of Coastal Development of Norland and the Harbour Authority of Estmark signed a "
                   "memorandum of understanding on Friday.\n")
    assert article.title == "Norland and Estmark sign fisheries memorandum", article.title


def test_a_body_acting_through_its_mission_is_the_party() -> None:
    # the model reads "DELTACORP" as a word qualifying "mission"; the body is the party all the same
    facts = facts_of("The Ministry of Planning and the DELTACORP mission to Jordan on Tuesday signed three "
                     "development aid agreements worth $40 million.")
    assert len(facts.agreements) == 3, facts.agreements
    assert all(set(a.parties) == {"Ministry of Planning", "DELTACORP"} for a in facts.agreements), \
        [a.parties for a in facts.agreements]


def test_a_place_after_to_before_the_verb_is_no_wish_to_sign() -> None:
    done = facts_of("The Harbour Authority and the Lindau Bank mission to Jordan signed an agreement on Monday.")
    assert [a.kind for a in done.agreements] == ["agreement"], done.agreements
    hoped = facts_of("The Harbour Authority hopes to formally sign an agreement with Lindau Bank.")
    assert hoped.agreements == [], hoped.agreements


def test_a_country_s_body_after_and_is_the_second_party() -> None:
    facts = facts_of("The Ministry of Labor, Invalids and Social Affairs and Singapore's Ministry of Manpower signed "
                     "a memorandum of understanding on Friday.")
    (agreement,) = facts.agreements
    assert agreement.parties == ["Ministry of Labor, Invalids and Social Affairs", "Ministry of Manpower"], \
        agreement.parties
    # a person's possessive is no country's: "Anna's" joins no body to the chain
    facts = facts_of("The Harbour Authority and Anna's Bakery Group signed a memorandum of understanding on Friday.")
    assert all("Harbour Authority" in a.parties for a in facts.agreements), facts.agreements


def test_a_party_secretary_listed_under_a_university_is_the_university_s() -> None:
    read = posts(facts_of("Lindau University and Norvik College signed an exchange agreement on Monday. NRVC was "
                          "represented at the ceremony by NRVC President Anna Berg, Deputy Party Secretary Piet "
                          "Vermeer, and Party Committee Office Director Lu Shengli."))
    assert ("Piet Vermeer", "Deputy Party Secretary", "NRVC") in read, read
    # a mayor's office stays its town's, whoever the list is under
    read = posts(facts_of("Lindau University and Norvik College signed an exchange agreement on Monday. Norvik "
                          "College was represented at the ceremony by President Anna Berg and Mayor Piet Vermeer."))
    assert not any(person == "Piet Vermeer" and org == "Norvik College" for person, _, org in read), read


def test_agreements_with_a_counted_list_of_bodies_named_two_sentences_on() -> None:
    facts = facts_of("The Lindau Savings Bank (LSB) on Thursday signed agency agreements with four foreign banks. "
                     "Under the agreements, LSB will settle payments for them. The four foreign banks include "
                     "Norvik Bank, the French Banque de Lorraine, Estmark Bank, Ltd., and Credit Provencal.")
    assert len(facts.agreements) == 4, facts.agreements
    others = sorted(p for a in facts.agreements for p in a.parties if p != "Lindau Savings Bank")
    assert others == ["Banque de Lorraine", "Credit Provencal", "Estmark Bank, Ltd.", "Norvik Bank"], others
    # a list with fewer items than the count names no agreement of its own per item
    facts = facts_of("The Lindau Savings Bank (LSB) on Thursday signed agency agreements with four foreign banks. "
                     "Under the agreements, LSB will settle payments for them. The four foreign banks include "
                     "Norvik Bank and the French Banque de Lorraine.")
    assert not any("Banque de Lorraine" in a.parties for a in facts.agreements), facts.agreements


def test_a_venue_in_a_named_city_gives_the_city() -> None:
    facts = facts_of("The ceremony, which took place in the Al Watan Palace in Abu Dhabi, included an MoU between "
                     "Lindau Bank and Norvik Port, which was signed by Anna Berg and Piet Vermeer.")
    assert [a.place for a in facts.agreements] == ["Abu Dhabi"], [a.place for a in facts.agreements]


def test_a_minister_s_remit_listed_in_lower_case_before_the_title_is_the_title_s() -> None:
    read = posts(facts_of("Cambodian public works and transport minister Sun Chanthol signed the agreement with "
                          "Lindau Bank on Monday."))
    assert ("Sun Chanthol", "public works and transport minister", "Cambodia") in read, read
    read = posts(facts_of("Morocco's energy, mining, water and environment minister Anna Berg signed the agreement "
                          "with Lindau Bank on Monday."))
    assert ("Anna Berg", "energy, mining, water and environment minister", "Morocco") in read, read


def test_the_counted_memoranda_told_again_are_the_same_ones() -> None:
    facts = facts_of("The Governments of Malawi and Zambia signed three memoranda of understanding on Saturday. "
                     "The three memoranda, signed by ministers from both countries, address fisheries, youth and "
                     "culture.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"] * 3, facts.agreements
    assert all("Governments" not in a.parties for a in facts.agreements), [a.parties for a in facts.agreements]


def test_an_agreement_s_letters_spelling_its_last_words_name_no_body() -> None:
    facts = facts_of("Lindau and Norland signed three agreements on Monday: the Avoidance of Double Taxation Agreement "
                     "(DTA), a Memorandum of Understanding (MoU) on Cultural Cooperation, and an MoU on Fisheries.")
    assert all("DTA" not in a.parties for a in facts.agreements), [a.parties for a in facts.agreements]
    assert "DTA" not in {o.name for o in facts.organizations}, facts.organizations


def test_a_body_owned_by_a_country_written_in_letters_is_the_party() -> None:
    facts = facts_of("Lindau Bank and Norvik Port signed an MoU. The ceremony also included the signing of an "
                     "agreement between the UAE’s Ministry of Defence and the Ministry of the Armed Forces of Senegal "
                     "regarding their technical and military cooperation.")
    agreement = facts.agreements[-1]
    assert agreement.kind == "agreement" and "Ministry of the Armed Forces of Senegal" in agreement.parties, \
        facts.agreements
    assert "United Arab Emirates" not in agreement.parties, agreement.parties
