"""People and their posts as real news writes them (issue 11), each on a
short invented article: national offices and the country the text gives
them, fields written before a title, and the people a title runs into.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_national_office_of_the_country_written_after_it() -> None:
    facts = facts_of("The Argentine side was led by Anna Berg, Deputy Foreign Minister of Argentina. "
                     "The talks covered trade.")
    assert ("Anna Berg", "Deputy Foreign Minister", "Argentina") in posts(facts)


def test_a_minister_of_the_one_country_an_article_names() -> None:
    facts = facts_of("Egypt signed two grant agreements with the Delta Fund on Monday in Cairo, in the presence "
                     "of Minister of Environment Anna Berg. Egypt will use the grants for clean water.")
    assert ("Anna Berg", "Minister of Environment", "Egypt") in posts(facts)


def test_a_minister_of_an_article_naming_two_countries_is_left_to_the_ministry() -> None:
    # no country is written for her: the reader does not guess between Egypt and Kenya
    facts = facts_of("Egypt and Kenya signed two agreements on Monday in the presence of Minister of "
                     "Environment Anna Berg.")
    assert not any(org in ("Egypt", "Kenya") for person, _, org in posts(facts) if person == "Anna Berg")


def test_a_field_before_a_title_is_the_titles() -> None:
    facts = facts_of("Trade Secretary Anna Berg said the Philippines would seal five deals in Tokyo. The "
                     "Philippines expects new investment.")
    held = posts(facts)
    assert not any(org == "Trade" for _, _, org in held)
    assert ("Anna Berg", "Trade Secretary", "Philippines") in held


def test_a_body_written_right_after_a_lower_case_title() -> None:
    facts = facts_of("Fatima Yasmin, secretary Economic Relations Division, and Anna Berg, vice president of the "
                     "Delta Bank, signed the loan agreement on behalf of the government of Norland and the bank.")
    held = posts(facts)
    assert ("Fatima Yasmin", "secretary", "Economic Relations Division") in held
    assert not any(person == "Economic Relations Division" for person, _, _ in held)


def test_a_listed_name_with_its_own_post_after_it_does_not_take_the_title_before() -> None:
    facts = facts_of("Anna Berg, the standing commissioner of the Norland District Committee and Deputy Head of "
                     "Norland District Government, Li Ming, the Secretary of the Party Committee of Lund Town, "
                     "and Omar Haddad attended the signing ceremony.")
    held = posts(facts)
    assert not any(person == "Li Ming" and title == "Deputy Head" for person, title, _ in held)
    # (the town's own Party committee belongs to the title: s28 posts3)
    assert ("Li Ming", "Secretary of the Party Committee", "Lund Town") in held


def test_titles_before_names_in_a_list_of_reversed_appositives() -> None:
    facts = facts_of("Deputy Prime Minister of Uzbekistan, Jamshid Khojayev, Deputy Head of the Russian Government, "
                     "Denis Manturov, and the President of Tatarstan, Rustam Minnikhanov, attended the forum.")
    held = posts(facts)
    assert ("Jamshid Khojayev", "Deputy Prime Minister", "Uzbekistan") in held
    assert ("Denis Manturov", "Deputy Head", "Russian Government") in held


def test_a_remit_stops_where_the_next_persons_phrase_starts() -> None:
    facts = facts_of("Chinese Ambassador to Nepal Yu Hong and Nepal's Foreign Secretary Shankar Bairagi signed the MoU "
                     "in Kathmandu. The agreement on transport was signed by Mrs Dzifa Attivor, Minister for "
                     "Transport and Mrs Dipuo Peters, South African Minister of Transport.")
    held = posts(facts)
    assert ("Yu Hong", "Chinese Ambassador to Nepal", "China") in held
    assert not any("Mrs" in title or "Nepal's" in person for person, title, _ in held)


def test_chains_of_ministers_before_names() -> None:
    facts = facts_of("Deputy Prime Minister and Minister of Finance Krishna Mahara and Minister for Foreign Affairs "
                     "Prakash Sharan Mahat were present. The delegation will include Minister for Physical Planning "
                     "and Transport Management Ramesh Lekhak and Nepal's Foreign Secretary Shankar Bairagi.")
    held = posts(facts)
    people = {p.name for p in facts.people}
    assert {"Prakash Sharan Mahat", "Ramesh Lekhak", "Shankar Bairagi"} <= people
    assert ("Shankar Bairagi", "Foreign Secretary", "Nepal") in held
    # the ministry of the second title is not the first title's body
    assert not any(title == "Deputy Prime Minister" and org == "Ministry of Finance" for _, title, org in held)


def test_a_city_before_a_mayor_is_the_city_not_its_council() -> None:
    facts = facts_of("El Paso City Council voted for the twinning before El Paso Mayor Oscar Leeser and Chihuahua "
                     "City Mayor Ana Granados signed the agreement.")
    held = posts(facts)
    assert ("Oscar Leeser", "Mayor", "El Paso") in held
    assert ("Ana Granados", "Mayor", "Chihuahua City") in held


def test_a_monarch_of_the_country_before_the_title() -> None:
    facts = facts_of("The ties grew after the visit of Morocco's King Mohammed VI to Accra. Kuwait's Amir Sheikh "
                     "Mishaal Al-Ahmad Al-Jaber Al-Sabah attended. CGSS President Syed Khalid Amir Jaffery spoke.")
    held = posts(facts)
    assert ("Mohammed VI", "King", "Morocco") in held
    assert ("Mishaal Al-Ahmad Al-Jaber Al-Sabah", "Amir", "Kuwait") in held
    assert not any(title == "Amir" and person == "Jaffery" for person, title, _ in held)


def test_a_place_before_a_title_inside_the_models_person_is_still_the_place() -> None:
    facts = facts_of("Hengyang Mayor Zhu Jian and Ruiyun President Ouyang Ming signed the agreement on behalf of "
                     "their respective sides.")
    assert ("Zhu Jian", "Mayor", "Hengyang") in posts(facts)


def test_the_person_who_leads_a_countrys_side_holds_its_posts() -> None:
    facts = facts_of("The Indian side was led by Vijay Thakur Singh, Secretary (East) and the Argentine side was led "
                     "by Pablo Tettamanti, Deputy Foreign Minister. The Qatari side was chaired by HE Deputy Prime "
                     "Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani.")
    held = posts(facts)
    assert ("Vijay Thakur Singh", "Secretary (East)", "India") in held
    assert ("Pablo Tettamanti", "Deputy Foreign Minister", "Argentina") in held
    assert ("Mohammed bin Abdulrahman Al Thani", "Minister of Foreign Affairs", "Qatar") in held


def test_a_states_offices_are_of_the_one_state_whose_government_is_named() -> None:
    facts = facts_of("The Tamil Nadu government signed an MoU with the Centre for Governance in the presence of "
                     "Chief Minister M.K. Stalin, Deputy Chief Minister, Cabinet Ministers, Chief Secretary and others. "
                     "Minister for Finance Palanivel Thiaga Rajan and Chief Secretary V. Irai Anbu also attended.")
    held = posts(facts)
    assert {("M.K. Stalin", "Chief Minister", "Tamil Nadu"), ("V. Irai Anbu", "Chief Secretary", "Tamil Nadu"),
            ("Palanivel Thiaga Rajan", "Minister for Finance", "Tamil Nadu")} <= held
    assert not any(person == "M.K. Stalin" and title == "Deputy Chief Minister" for person, title, _ in held)


def test_a_post_said_on_behalf_of_a_body_is_that_bodys() -> None:
    facts = facts_of("Wuhu Municipal Government and AUST signed a cooperation agreement. On behalf of AUST, "
                     "President Yuan Liang expressed his gratitude.")
    assert ("Yuan Liang", "President", "AUST") in posts(facts)


def test_initials_without_stops_and_long_arabic_names() -> None:
    facts = facts_of("Foreign Minister Dr AK Abdul Momen briefed reporters. The Minister of Foreign Affairs, Shaikh "
                     "Khalid bin Ahmed bin Mohammed Al Khalifa, met the delegation.")
    people = {p.name for p in facts.people}
    assert {"AK Abdul Momen", "Khalid bin Ahmed bin Mohammed Al Khalifa"} <= people


def test_a_ministry_nobody_names_in_an_article_of_two_countries_is_no_body() -> None:
    facts = facts_of("Chile and Spain signed four agreements in Madrid. The Chilean President was accompanied by the "
                     "Minister of Foreign Affairs, Roberto Ampuero.")
    assert not any(org == "Ministry of Foreign Affairs" for _, _, org in posts(facts))


def test_malay_and_arabic_honorifics_and_particles() -> None:
    facts = facts_of("Communications and Multimedia Minister Datuk Seri Dr Salleh Said Keruak attended. The agreement "
                     "was signed by Muna bint Salim al Jardaniyah, Under-Secretary of the Ministry of Manpower.")
    people = {p.name for p in facts.people}
    assert {"Salleh Said Keruak", "Muna bint Salim al Jardaniyah"} <= people
    assert not any(name.startswith(("Seri", "Datuk")) for name in people)


def test_an_ambassador_of_a_country_posted_to_another_then_the_name() -> None:
    facts = facts_of("Minister of Foreign Affairs Damdin Tsogtbaatar and Ambassador of Japan to Mongolia Kobayashi "
                     "Hiroyuki signed the letters. Ambassador of Japan to Nepal KIKUTA Yutaka signed the notes.")
    held = posts(facts)
    assert ("Kobayashi Hiroyuki", "Ambassador", "Japan") in held
    assert ("KIKUTA Yutaka", "Ambassador", "Japan") in held


def test_a_president_is_a_countrys_only_when_the_text_says_which() -> None:
    held = posts(facts_of("The MoU was signed in Lusaka in the presence of President Anna Berg of Zambia. Zambia "
                          "welcomed it, and Zambia's banks too."))
    assert ("Anna Berg", "President", "Zambia") in held
    held = posts(facts_of("President Li Ming of the university visited Wuhu. China and China's cities welcomed it."))
    assert not any(org == "China" for _, _, org in held)


def test_a_counterpart_holds_the_fullest_title_of_the_person_before() -> None:
    facts = facts_of("Foreign Affairs Minister Gustavo Meza-Cuadra met the OAS. In addition, Minister Meza-Cuadra and "
                     "his Colombian counterpart Claudia Blum reaffirmed the bilateral commitments.")
    assert ("Claudia Blum", "Foreign Affairs Minister", "Colombia") in posts(facts)


def test_one_name_after_a_courtesy_style_and_a_branch_after_an_acronym() -> None:
    facts = facts_of("The All-India Institute of Medical Sciences (AIIMS) signed an MoU with Patanjali University. "
                     "In his address, AIIMS Rishikesh Director Prof Ravikant said the MoU would help research.")
    assert ("Ravikant", "Director", "All-India Institute of Medical Sciences") in posts(facts)


def test_a_plural_title_shared_out_over_styled_names_with_letters_after_them() -> None:
    facts = facts_of("The leaders welcomed the talks between the Prime Ministers of Australia and New Zealand, the Hon "
                     "Scott Morrison MP and Rt Hon Jacinda Ardern, in Queenstown.")
    held = posts(facts)
    assert {("Scott Morrison", "Prime Minister", "Australia"), ("Jacinda Ardern", "Prime Minister", "New Zealand")} <= held


def test_styles_end_a_bodys_name_and_a_name_word_before_a_particle_stays() -> None:
    facts = facts_of("The MoU was signed by the Director-General of Education Tan Sri Dr Khair Mohamed Yusof and the "
                     "Director-General of the National Visual Art Development Board Prof Datuk Dr Mohamed Najib Ahmad "
                     "Dawa. A second MoU was signed by Sayyid Said bin Sultan al Busaidiy, Under-Secretary of the "
                     "Ministry of Arts.")
    people = {p.name for p in facts.people}
    assert {"Khair Mohamed Yusof", "Mohamed Najib Ahmad Dawa", "Said bin Sultan al Busaidiy"} <= people
    assert not any("Prof" in (org or "") or "Tan" == person for person, _, org in posts(facts))


def test_a_places_body_written_with_a_lower_case_level() -> None:
    facts = facts_of("The People's Committee of Ha Nam province signed an MoU with KOVEA. Chairman of the Ha Nam "
                     "provincial People's Committee Nguyen Xuan Dong attended.")
    assert ("Nguyen Xuan Dong", "Chairman", "Ha Nam provincial People's Committee") in posts(facts)


def test_a_minister_of_a_field_of_several_words_then_a_name_of_three() -> None:
    facts = facts_of("Egypt's Ministry of International Cooperation signed the grants. Attending the ceremony were "
                     "Minister of International Cooperation Rania Al Mashat and President of ICBC Gu Shu.")
    held = posts(facts)
    assert ("Rania Al Mashat", "Minister of International Cooperation", "Ministry of International Cooperation") in held
