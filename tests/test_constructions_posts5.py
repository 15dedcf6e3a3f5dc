"""People and their posts as real news writes them (issue 11, fifth round),
each on a short invented article: whose country a foreign minister or a
head of state or government is, when the text does not write it beside the
title.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_foreign_minister_is_his_countrys_even_where_the_ministry_is_named() -> None:
    facts = facts_of("Foreign Minister Anna Berg of Ghana opened the talks. Officials of the Ministry of Foreign "
                     "Affairs and the Norwegian embassy attended.")
    held = posts(facts)
    assert ("Anna Berg", "Foreign Minister", "Ghana") in held
    assert not any(org == "Ministry of Foreign Affairs" for person, _, org in held if person == "Anna Berg")


def test_a_foreign_minister_whose_country_is_unsaid_is_not_given_the_ministry() -> None:
    # two countries' ministries are named: which one is hers is not written beside her title
    facts = facts_of("The Minister of Foreign Affairs, Anna Berg, met the Cabinet Secretary of the Ministry of "
                     "Foreign Affairs of the Republic of Kenya, Li Ming. A memorandum was signed between the "
                     "Ministry of Foreign Affairs of the Republic of Ghana and the Ministry of Foreign Affairs of "
                     "the Republic of Kenya.")
    held = posts(facts)
    assert not any(org == "Ministry of Foreign Affairs" for person, _, org in held if person == "Anna Berg")


def test_a_foreign_minister_beside_a_counterpart_is_the_other_countrys() -> None:
    facts = facts_of("External Affairs Minister Anna Berg held talks with his Ghanaian counterpart Li Ming in "
                     "Oslo. The Ministry of External Affairs said Norway and Ghana would sign a memorandum.")
    held = posts(facts)
    assert ("Anna Berg", "External Affairs Minister", "Norway") in held


def test_a_head_of_state_in_a_sentence_that_names_one_country() -> None:
    facts = facts_of("The agency and Rwanda signed a grant agreement in Paris, France. Last year its chief "
                     "executive Li Ming was in Rwanda, where he met President Anna Berg.")
    assert ("Anna Berg", "President", "Rwanda") in posts(facts)


def test_a_head_of_state_beside_another_countrys_head_is_the_other_countrys() -> None:
    facts = facts_of("Ghana and Norway signed two memoranda of understanding on Tuesday. The ceremonies were "
                     "witnessed by President Anna Berg and Ghana President Li Ming.")
    held = posts(facts)
    assert ("Anna Berg", "President", "Norway") in held
    assert ("Li Ming", "President", "Ghana") in held


def test_a_country_gone_to_or_spoken_of_is_not_the_heads() -> None:
    facts = facts_of("Ghana and Norway signed two memoranda of understanding on Tuesday. President Anna Berg "
                     "said Norway had much to teach. Prime Minister Li Ming will fly to Norway today.")
    held = posts(facts)
    assert not any(org == "Norway" for person, _, org in held if person in ("Anna Berg", "Li Ming"))


def test_two_heads_without_their_countries_in_one_sentence_are_left_unsaid() -> None:
    facts = facts_of("Bahrain and Kenya signed a memorandum of understanding. The ties grow under the "
                     "leadership of King Anna Berg and President Li Ming of the Bahraini people.")
    held = posts(facts)
    assert not any(org == "Bahrain" for person, _, org in held if person in ("Anna Berg", "Li Ming"))


def test_a_list_opened_by_the_body_its_people_come_from() -> None:
    facts = facts_of("Delta University and Norland College signed a memorandum of understanding. The event was "
                     "attended, by Delta University, the rector, Anna Berg, Research Coordinator, Li Ming, and "
                     "by Norland College, the Dean, Kofi Mensah.")
    held = posts(facts)
    assert ("Anna Berg", "rector", "Delta University") in held
    assert ("Li Ming", "Research Coordinator", "Delta University") in held


def test_a_team_from_a_body_comprising_people_with_their_posts() -> None:
    facts = facts_of("Delta University and the Norland Research Foundation (NRF) signed a memorandum of "
                     "understanding. Prof. Kofi Mensah exchanged the documents with a team from NRF comprising "
                     "Anna Berg, Registrar; Li Ming, Director.")
    held = posts(facts)
    assert ("Anna Berg", "Registrar", "Norland Research Foundation") in held
    assert ("Li Ming", "Director", "Norland Research Foundation") in held


def test_people_along_with_one_whose_post_names_its_body() -> None:
    facts = facts_of("Delta Coalfields Limited (DCL) signed a memorandum of understanding with Norland University. "
                     "Chairman-cum-Managing Director, DCL, Kofi Mensah graced the ceremony, along with Anna Berg, "
                     "Director (Finance), Li Ming, Director (Personnel) and Ama Owusu, Chief Vigilance Officer.")
    held = posts(facts)
    for person in ("Anna Berg", "Li Ming", "Ama Owusu"):
        assert any(p == person and org == "Delta Coalfields Limited" for p, _, org in held), held


def test_a_list_after_a_sentence_break_is_not_opened_by_the_body_before() -> None:
    facts = facts_of("Delta University and Norland College signed a memorandum of understanding, said Delta "
                     "University. Rector Anna Berg and Dean Li Ming of Norland College attended.")
    held = posts(facts)
    assert ("Anna Berg", "Rector", "Delta University") not in held


def test_a_party_committee_written_in_lower_case_by_its_level() -> None:
    facts = facts_of("Lundan Municipal People's Government and Delta Agricultural Group Co., Ltd signed a cooperation "
                     "agreement. Deng Li, vice Secretary of municipal party committee and Mayor, and Xu Wei, chairman "
                     "of Delta Agricultural Group Co., Ltd, attended the signing ceremony.")
    held = posts(facts)
    assert ("Deng Li", "vice Secretary", "municipal party committee") in held
    assert ("Deng Li", "Mayor", "Lundan") in held


def test_a_secretary_of_the_municipal_party_committee_and_director_of_a_named_body() -> None:
    facts = facts_of("Lundan signed a framework agreement with Delta Construction Corporation. Lin Ping, Secretary "
                     "of the municipal Party committee and director of the Standing Committee of the Municipal "
                     "People's Congress, witnessed the signing.")
    held = posts(facts)
    assert ("Lin Ping", "Secretary", "municipal Party committee") in held
    assert ("Lin Ping", "director", "Standing Committee of the Municipal People's Congress") in held


def test_a_member_of_a_named_body_in_a_chain_of_posts() -> None:
    facts = facts_of("Delta Industries Group signed a framework agreement with Lundan. Chen Ping, member of the "
                     "Political Bureau of the CPC Central Committee and Secretary of the Lundan Municipal Committee, "
                     "attended. Li Ming, a member of the delegation, spoke.")
    held = posts(facts)
    assert ("Chen Ping", "member", "Political Bureau of the CPC Central Committee") in held
    assert ("Chen Ping", "Secretary", "Lundan Municipal Committee") in held
    assert not any(person == "Li Ming" for person, _, _ in held)


def test_a_post_written_after_who_is_or_as_without_a_comma() -> None:
    facts = facts_of("Delta Gold Group signed an agreement with Lundan Province. Liu Ping who is the deputy secretary "
                     "of Provincial Party Committee attended the ceremony. Lu Ming as the president of Delta Gold "
                     "Group signed the agreement.")
    held = posts(facts)
    assert ("Liu Ping", "deputy secretary", "Provincial Party Committee") in held
    assert ("Lu Ming", "president", "Delta Gold Group") in held


def test_a_foreign_minister_who_signs_is_the_one_country_the_article_names() -> None:
    facts = facts_of("The Minister of Foreign Affairs, Anna Berg, signed a memorandum of understanding with the "
                     "Regional Representative of the Delta Refugee Agency, Li Ming. The Ministry of Foreign Affairs "
                     "said Ghana would share information with the agency. Ghana welcomed the memorandum.")
    held = posts(facts)
    assert ("Anna Berg", "Minister of Foreign Affairs", "Ghana") in held


def test_a_governor_and_a_mayor_hold_the_place_not_its_government_or_council() -> None:
    facts = facts_of("The Lundu State Government signed a memorandum of understanding with Delta Bank. Governor "
                     "Anna Berg signed for the state. Li Ming, City Mayor of Norby City Council, and Kofi Mensah, "
                     "Deputy Governor of the Bank of Lundu, attended.")
    held = posts(facts)
    assert ("Anna Berg", "Governor", "Lundu State") in held
    assert ("Li Ming", "City Mayor", "Norby") in held
    assert ("Kofi Mensah", "Deputy Governor", "Bank of Lundu") in held


def test_a_county_governor_keeps_the_county_government() -> None:
    facts = facts_of("The Lundu County Government signed a memorandum of understanding with Delta University. "
                     "Governor Anna Berg signed for the county.")
    held = posts(facts)
    assert ("Anna Berg", "Governor", "Lundu County Government") in held


def test_a_president_who_heads_a_body_or_a_vice_president_is_not_given_the_sentences_country() -> None:
    facts = facts_of("Delta University and Norland College signed an exchange agreement. Vice President Li Ming "
                     "led a delegation that visited colleges in Japan. Anna Berg, president of Delta Hospital, "
                     "attended. Later President Anna Berg toured Norland in Ghana.")
    held = posts(facts)
    assert not any(org in ("Japan", "Ghana") for _, _, org in held), held


def test_a_name_the_person_goes_by_in_quotes_inside_the_name() -> None:
    facts = facts_of("Delta Cities International signed a memorandum with the Norland association. Attending were "
                     "Treasurer Li Ming and Board of Directors member Stephen “Tim” Berg.")
    held = posts(facts)
    assert any(person == "Stephen “Tim” Berg" for person, _, _ in held), held


def test_a_country_is_no_lists_body() -> None:
    facts = facts_of("Delta Agency and the Government of Peru signed an agreement. Delta Administrator Kofi Mensah, "
                     "US Ambassador in Peru Anna Berg, Prime Minister Li Ming and others celebrated the partnership.")
    held = posts(facts)
    assert not any(person == "Li Ming" and org in ("United States", "US") for person, _, org in held), held


def test_a_body_written_after_its_seat() -> None:
    facts = facts_of("Anna Berg, President of the Oslo-based Nordic Investment Bank (NIB), and Li Ming, Minister of "
                     "Finance of Ghana, signed the framework agreement.")
    held = posts(facts)
    assert ("Anna Berg", "President", "Nordic Investment Bank") in held, held
