"""Constructions read in the thirty-fourth session (invented names and texts)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from invented import facts_of, page, posts, signatures

from kg.extract import extract


def test_a_title_narrowed_by_words_of_its_own_is_read_whole_after_the_name() -> None:
    # "A, Metro Coordinating Director of KMA": words no list holds narrow the core title
    facts = facts_of("The Kumasi Metropolitan Assembly (KMA) and the Lakeside Project Development "
                     "Agency (LPDA) signed a sister city agreement. The ceremony was attended by Mr. Kofi "
                     "Mensah Boateng, Metro Coordinating Director of KMA; Mr. Kwame Osei, Local Project Coordinator "
                     "of LPDA; and Mr. Victor Almeida, Communication Manager of LPDA.")
    read = posts(facts)
    assert ("Kofi Mensah Boateng", "Metro Coordinating Director", "Kumasi Metropolitan Assembly") in read, read
    assert ("Kwame Osei", "Local Project Coordinator", "Lakeside Project Development Agency") in read, read
    assert ("Victor Almeida", "Communication Manager", "Lakeside Project Development Agency") in read, read


def test_a_country_before_a_set_off_title_is_not_part_of_it() -> None:
    # "A, South African Minister of Transport": the country's minister, titled without the country
    read = posts(facts_of("The agreements were signed by Ms. Thandiwe Mokoena, South African Minister of Transport, "
                          "and her Ghanaian counterpart."))
    assert any(p[0] == "Thandiwe Mokoena" and p[1] == "Minister of Transport" for p in read), read


def test_a_list_of_titles_each_before_its_name_gives_each_name_its_own() -> None:
    # "The Mayor of X, A, the Consul General of Y in Z, B, the CEO of the Chinese oil company C, D": title first
    # throughout; a place's name may hold a particle ("Vila do Conde", "Rio de Janeiro"), and a body may be
    # named after what it is ("the Chinese oil company Cnooc")
    read = posts(facts_of("The Mayor of Vila do Conde, Fernando Costa, the Consul General of China in Rio de Janeiro, "
                          "Tian Min, the CEO of the Chinese oil company Cnooc in Brazil, Huang Yehua, and the President "
                          "of the Confucius Institute, Sun Yanping, were all present at the document signing ceremony."))
    assert ("Fernando Costa", "Mayor", "Vila do Conde") in read, read
    assert ("Tian Min", "Consul General", "China") in read, read
    assert ("Huang Yehua", "CEO", "Cnooc") in read, read
    assert not any(p[0] == "Fernando Costa" and p[1] == "Consul General" for p in read), read


def test_a_minister_who_signed_with_one_country_signed_for_the_other_one_named() -> None:
    # "The Minister of Foreign Affairs, A, signed an agreement with Malta, during the visit to Chile": A is Chile's
    facts = facts_of("The Minister of Foreign Affairs, Rodrigo Valdes Soto, subscribed today an Agreement of Political "
                     "Consultation with Malta, within the context of the Official Visit to Chile of the President of "
                     "Malta.")
    assert signatures(facts) == {("Rodrigo Valdes Soto", "Chile")}, signatures(facts)


def test_a_date_line_with_its_time_zone_and_section_under_a_long_menu(tmp_path: Path) -> None:
    # "Thursday, August 10, 2000, updated at 21:13(GMT+8)" then the section's name, under thirty menu lines
    menu = "\n\n".join(f"Menu item {n}" for n in range(30))
    article = page(tmp_path, "stamp.txt", f"{menu}\n\nThursday, August 10, 2000, updated at 21:13(GMT+8)\nBusiness\n\n"
                   "Norvik Bank Signs Agency Agreements\n\nNorvik Bank on Thursday signed agency agreements with "
                   "Lindau Bank on payment settlement.\n")
    assert article.published == date(2000, 8, 10), article.published
    facts = extract(article)
    assert [a.date for a in facts.agreements] == [date(2000, 8, 10)], facts.agreements


def test_the_counted_agreements_told_again_keep_the_kind_first_named() -> None:
    # "signed three development aid agreements ... A and B signed the three agreements ... The first agreement"
    facts = facts_of("The ministry and the USAID mission signed three development aid agreements on Tuesday. "
                     "Minister Wissam Haddad and Mission Director Jim Barnes signed the three agreements in the "
                     "presence of the ambassador. The first agreement, valued at 263 million dollars, seeks to "
                     "develop the social sector.")
    assert [a.kind for a in facts.agreements] == ["development aid agreement"] * 3, facts.agreements


def test_a_unit_set_off_after_a_title_is_the_posts_body_even_unknown_elsewhere() -> None:
    # "A, Director, Research and Development Cell.": a body named by its head word, set off after the title
    read = posts(facts_of("The university was represented by Professor Samrat Sabat, Director, Research and "
                          "Development Cell."))
    assert ("Samrat Sabat", "Director", "Research and Development Cell") in read, read


def test_a_university_office_named_by_its_remit_belongs_to_the_body_set_off_after_it() -> None:
    # "A, Dean of Academic Affairs, IIT Guwahati": the remit is the title's, the body comes after it
    read = posts(facts_of("IIT Guwahati signed an MoU with Mizoram University. Prof Rakesh Sharma, Dean of Academic "
                          "Affairs, IIT Guwahati, coordinated it."))
    assert ("Rakesh Sharma", "Dean of Academic Affairs", "IIT Guwahati") in read, read


def test_a_remit_then_the_body_it_is_of_after_a_set_off_name() -> None:
    # "A, Director of International Relations of IIT Norvik": the remit is the title's, the body is the last
    read = posts(facts_of("IIT Guwahati signed an MoU with Mizoram University. Prof Rakesh Sharma, Director of "
                          "International Relations of IIT Guwahati, coordinated it."))
    assert ("Rakesh Sharma", "Director of International Relations", "IIT Guwahati") in read, read


def test_initials_that_spell_a_little_word_after_a_style_of_address() -> None:
    # "Prof AS Achalkumar, Dean of ...": the capitals are initials, not the word "as"
    read = posts(facts_of("IIT Guwahati signed an MoU. Prof AS Achalkumar, Dean of Academic Affairs, IIT Guwahati, "
                          "coordinated it."))
    assert ("AS Achalkumar", "Dean of Academic Affairs", "IIT Guwahati") in read, read


def test_a_style_of_address_names_a_person_the_model_reads_as_a_body() -> None:
    # "Dr N Mohondas Singh" (the model: "Dr N", an organization) after a titled name and its set-off body
    facts = facts_of("IIT Guwahati signed an MoU with Mizoram University. Prof Rakesh Achalkumar, Dean, IIT Guwahati "
                     "and Dr N Mohondas Singh were also present.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Rakesh Achalkumar", "N Mohondas Singh"}


def test_state_ministers_who_sign_with_no_party_named_sign_for_their_states() -> None:
    # "signed between A, Health Minister, Tamil Nadu, and B, Health Minister, Meghalaya": the two states
    facts = facts_of("The MOU was signed between MA Subramaniam, Health Minister, Tamil Nadu, and PK Sangma, Health "
                     "Minister, Meghalaya at the Government Hospital in Chennai.")
    assert signatures(facts) == {("MA Subramaniam", "Tamil Nadu"), ("PK Sangma", "Meghalaya")}, signatures(facts)


def test_a_body_named_in_a_list_of_fields_is_no_field() -> None:
    # "cooperate in joint research, student exchange and Lomonosov Moscow State University": a body, not a field
    facts = facts_of("Norvik University signed a memorandum of understanding with Lakeside University on Monday. The "
                     "two sides will cooperate in joint research, student exchange and Lomonosov Moscow State "
                     "University.")
    assert {x for a in facts.agreements for x in a.areas} == {"joint research", "student exchange"}, facts.agreements
