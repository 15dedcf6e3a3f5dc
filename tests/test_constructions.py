"""The constructions real news uses that the extractor used to miss (issue 11),
each on a short invented article: signing verbs in the passive ("sealed
by"), plain active signings between bodies with acronyms, sides named in
the parse's subject and "with" object, chains of posts around a name,
people named without a title, witnesses introduced by other verbs, counted
agreements, and dates and places written the ways real pages write them.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import extract
from invented import facts_of, page, posts, signatures


def test_sealed_by_names_the_signers() -> None:
    facts = facts_of("Kisumu Power Company and Lakeside University signed a memorandum of understanding on "
                     "Monday. The MoU was sealed by Amina Yusuf and Peter Otieno.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kisumu Power Company", "Lakeside University"}
    assert {s.person for s in mou.signatures} == {"Amina Yusuf", "Peter Otieno"}


def test_passive_signing_gives_sides_from_the_signers_posts() -> None:
    facts = facts_of("The agreement was signed by Amina Yusuf, Chief Executive Officer of Nordhavn Wind, and "
                     "Peter Otieno, Managing Director of Kisumu Power.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Nordhavn Wind", "Kisumu Power"}
    assert signatures(facts) == {("Amina Yusuf", "Nordhavn Wind"), ("Peter Otieno", "Kisumu Power")}


def test_active_signing_between_a_county_and_a_college_with_acronyms() -> None:
    facts = facts_of("The County Government of Kisumu has signed a Memorandum of Understanding (MoU) with "
                     "Kisumu National Polytechnic (KNP) to train young people in renewable energy.")
    (mou,) = facts.agreements
    assert mou.kind == "memorandum of understanding"
    assert set(mou.parties) == {"County Government of Kisumu", "Kisumu National Polytechnic"}


@pytest.mark.parametrize("text,parties", [
    ("The Chinese government has signed a memorandum of understanding with the Honduran government on "
     "jointly promoting the Belt and Road Initiative.", {"Chinese government", "Honduran government"}),
    ("The State Grid has signed a memorandum of understanding with Japan-based SoftBank Corp, Russia-based "
     "Rosseti and Korea Electric Power Corp in an effort to support a power grid.", {"State Grid", "SoftBank Corp", "Rosseti", "Korea Electric Power Corp"}),
    ("Trans Nzoia County Government has signed a Memorandum of Understanding (MoU) with Nigeria's Bells "
     "University of Technology to set up a campus.", {"Trans Nzoia County Government", "Bells University of Technology"}),
    ("The China Road and Bridge Corporation signed a contract with Oman Convention and Exhibition Centre in Muscat.",
     {"China Road and Bridge Corporation", "Oman Convention and Exhibition Centre"}),
], ids=["lower-case-governments", "based-in", "possessive-country", "names-with-and"])
def test_sides_read_from_the_parse(text: str, parties: set[str]) -> None:
    (agreement,) = facts_of(text).agreements
    assert set(agreement.parties) == parties


def test_chain_of_posts_around_a_name() -> None:
    facts = facts_of("Zhang Wei, member of the Standing Committee of the Hunan Provincial Party Committee and "
                     "Minister of the Organization Department of the Hunan Provincial Party Committee, attended "
                     "the signing ceremony. Hunan Province signed a framework agreement with Nordhavn Wind.")
    assert posts(facts) >= {
        ("Zhang Wei", "member of the Standing Committee", "Hunan Provincial Party Committee"),
        ("Zhang Wei", "Minister", "Organization Department of the Hunan Provincial Party Committee"),
    }


def test_people_named_without_a_title_sign_for_their_sides_respectively() -> None:
    facts = facts_of("Amina Yusuf and Peter Otieno signed the agreement on behalf of Kisumu Power Company and "
                     "Lakeside University respectively.")
    assert signatures(facts) == {("Amina Yusuf", "Kisumu Power Company"), ("Peter Otieno", "Lakeside University")}


@pytest.mark.parametrize("text,witness", [
    ("The signing ceremony was graced by Governor Joyce Laboso. Kisumu Power Company signed a cooperation "
     "agreement with Lakeside University.", "Joyce Laboso"),
    ("Kisumu Power Company signed a cooperation agreement with Lakeside University, in a ceremony officiated "
     "by Vice Chancellor Ruth Wanjiku.", "Ruth Wanjiku"),
    ("Kisumu Power Company signed a cooperation agreement with Lakeside University. Deputy Governor Mark "
     "Ochieng also took part in the ceremony.", "Mark Ochieng"),
], ids=["graced-by", "officiated-by", "took-part-in"])
def test_witnesses_introduced_by_other_verbs(text: str, witness: str) -> None:
    (agreement,) = facts_of(text).agreements
    assert agreement.witnesses == [witness]


def test_counted_agreements_share_their_sentence_and_the_later_signers() -> None:
    facts = facts_of("Egypt and the United States signed on Wednesday three agreements for grants worth $45 "
                     "million. Egyptian Minister of Investment Sahar Nasr signed the agreements with Sherry "
                     "Carlin, mission director of USAID, at a meeting in Cairo.")
    assert len(facts.agreements) == 3
    for agreement in facts.agreements:
        assert agreement.kind == "agreement" and agreement.place == "Cairo"
        assert agreement.date == date(2024, 5, 15)
        assert set(agreement.parties) == {"Egypt", "United States"}
        assert ("Sahar Nasr", "Egypt") in {(s.person, s.on_behalf_of) for s in agreement.signatures}
    assert ("Sahar Nasr", "Minister of Investment", "Egypt") in posts(facts)


def test_a_stored_page_opening_dates_the_article(tmp_path: Path) -> None:
    article = page(tmp_path, "stored.txt", " date 2019-11-08 Two news agencies agree to boost exchanges\n"
                   "SEOUL, Nov. 8 -- Alpha News Agency and Beta News signed an agreement Friday to expand "
                   "cooperation.\n")
    assert article.published == date(2019, 11, 8)
    assert article.title == "Two news agencies agree to boost exchanges"
    (agreement,) = extract(article).agreements
    assert agreement.date == date(2019, 11, 8)


def test_a_ticker_of_other_headlines_does_not_hide_the_date_line(tmp_path: Path) -> None:
    ticker = "  • ".join(f"Other headline number {n} about something else entirely" for n in range(6))
    article = page(tmp_path, "ticker.txt", "Off the wire\n\n" + ticker + "\nYou are here:   Home\n\n"
                   "Two universities sign MOUs\n\nNorland Daily, December 7, 2015 Adjust font size:\n\n"
                   "Three memoranda of understanding were signed here Monday between Norland University and "
                   "Southland University.\n")
    assert article.published == date(2015, 12, 7)
    assert "Other headline" not in article.text
    assert {a.date for a in extract(article).agreements} == {date(2015, 12, 7)}


def test_a_generic_ministry_stays_in_its_article_and_a_place_is_no_alias() -> None:
    facts = facts_of("The Ministry of Finance signed a loan agreement with Lakeside Development Bank in Kigali.")
    ministry = next(o for o in facts.organizations if o.name == "Ministry of Finance")
    assert ministry.qualifier == "construction"
    assert all("Kigali" not in o.aliases for o in facts.organizations)


def test_an_article_longer_than_the_parser_reads_is_refused_by_name(tmp_path: Path) -> None:
    from kg.ingest import ingest_paths
    from kg.store import Store

    huge = tmp_path / "huge.txt"
    huge.write_text("Agreements\n\n" + "The two sides signed a cooperation agreement in Beijing. " * 40000,
                    encoding="utf-8")
    with Store(tmp_path / "store") as store:
        report = ingest_paths(store, [huge], workers=1)
    ((path, message),) = report.failed
    assert path == huge and str(huge) in message and "split the file" in message


# ------------------------------------------------------- second session on real articles


def test_an_envoy_to_a_country_then_a_name_of_three_words() -> None:
    facts = facts_of("Delta News and Norland Press signed a memorandum of understanding on Thursday, witnessed "
                     "by Indonesian Ambassador to Namibia Wisnu Edi Pratignyo.")
    (mou,) = facts.agreements
    assert mou.witnesses == ["Wisnu Edi Pratignyo"]
    # (the people's adjective and the posting make one title, as news and the gold write it whole)
    assert ("Wisnu Edi Pratignyo", "Indonesian Ambassador to Namibia", "Indonesia") in posts(facts)


def test_a_presiding_officer_who_signed_is_a_signer_not_a_witness() -> None:
    facts = facts_of("Makerere University has signed a memorandum of understanding with the University of the West "
                     "of England (UWE). The signing ceremony was presided over by Vice Chancellor Professor Barnabas "
                     "Nawangwe, who signed on behalf of Makerere University, while Deputy Vice Chancellor Jo Midgley "
                     "signed on behalf of UWE.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Makerere University", "University of the West of England"}
    assert signatures(facts) == {("Barnabas Nawangwe", "Makerere University"),
                                 ("Jo Midgley", "University of the West of England")}
    assert mou.witnesses == []


def test_a_state_officer_and_a_bank_officer_sign_for_their_own_sides() -> None:
    facts = facts_of("The Government of Ethiopia and the Government of France signed two grant agreements on "
                     "Thursday. Finance Minister Ahmed Shide and Agence Française de Développement (AFD) Country "
                     "Director Valerie Tehio signed the agreements.")
    assert len(facts.agreements) == 2
    assert signatures(facts) == {("Ahmed Shide", "Government of Ethiopia"), ("Valerie Tehio", "Government of France")}
    assert ("Valerie Tehio", "Country Director", "Agence Française de Développement") in posts(facts)


def test_signers_on_behalf_of_both_parties_make_their_bodies_the_parties() -> None:
    facts = facts_of("Representatives of Tsinghua University and the city met on November 5 in Shenzhen to sign an "
                     "agreement. Jiang Peixue, vice president of Tsinghua University, and Chen Qing, vice mayor of "
                     "the Shenzhen Municipal People's Government, signed the agreement on behalf of both parties.")
    (deal,) = facts.agreements
    assert set(deal.parties) == {"Tsinghua University", "Shenzhen Municipal People's Government"}
    assert signatures(facts) == {("Jiang Peixue", "Tsinghua University"),
                                 ("Chen Qing", "Shenzhen Municipal People's Government")}
    assert deal.place == "Shenzhen"


def test_a_counterpart_holds_the_post_just_named_for_his_country() -> None:
    facts = facts_of("Saudi Minister of Foreign Affairs Prince Faisal bin Farhan and his Kuwaiti counterpart "
                     "Abdullah Ali Al-Yahya witnessed the signing of two memorandums of understanding in Kuwait City.")
    assert ("Faisal bin Farhan", "Minister of Foreign Affairs", "Saudi Arabia") in posts(facts)
    assert ("Abdullah Ali Al-Yahya", "Minister of Foreign Affairs", "Kuwait") in posts(facts)


def test_agreements_between_pairs_of_bodies_each_get_their_pair() -> None:
    facts = facts_of("Three memorandums of understanding were signed here on Monday between universities of the two "
                     "countries.\n\nThe signing of the MOUs between Northern Lakes University (NLU) and Tsinghua "
                     "University, Coastal Technological University (CTU) and Peking University, as well as Harbour "
                     "University of Design (HUD) and Zhejiang University was witnessed by the two ministers.")
    assert [set(a.parties) for a in facts.agreements] == [
        {"Northern Lakes University", "Tsinghua University"},
        {"Coastal Technological University", "Peking University"},
        {"Harbour University of Design", "Zhejiang University"},
    ]


def test_an_agreement_named_in_capitals_without_quotes_keeps_its_name() -> None:
    facts = facts_of("At the meeting, Ningbo and Ganzhou signed the Ningbo-Ganzhou Framework Agreement on "
                     "Cooperation in Ningbo.")
    (deal,) = facts.agreements
    assert deal.title == "Ningbo-Ganzhou Framework Agreement on Cooperation"
    assert deal.kind == "ningbo-ganzhou framework agreement on cooperation"


def test_a_countrys_minister_after_the_name_holds_the_countrys_post() -> None:
    facts = facts_of("Rwanda and France signed two financing agreements on Friday. The agreements were signed by "
                     "Uzziel Ndagijimana, Rwanda's Minister of Finance and economic planning and Jeremie Blin, "
                     "Chargé d'affaires of France to Rwanda, in Kigali.")
    # (the remit goes on in lower case: the whole is the title)
    assert ("Uzziel Ndagijimana", "Minister of Finance and economic planning", "Rwanda") in posts(facts)
    assert signatures(facts) == {("Uzziel Ndagijimana", "Rwanda"), ("Jeremie Blin", "France")}


def test_a_body_then_the_country_its_post_covers() -> None:
    facts = facts_of("Ghana and the African Development Bank (AfDB) signed a grant agreement in Accra. The AfDB Ghana "
                     "Country Manager, Eyerusalem Fasika, who signed on behalf of the bank, said it was proud.")
    assert ("Eyerusalem Fasika", "Country Manager", "African Development Bank") in posts(facts)
    assert ("Eyerusalem Fasika", "African Development Bank") in signatures(facts)


def test_initials_are_part_of_a_name_and_a_repeated_model_body_is_a_body() -> None:
    facts = facts_of("IIT Madras and Sambalpur University signed a MoU at the IIT Madras campus on Saturday. The "
                     "signatories include Prof. V. Kamakoti, Director, IIT Madras, and Dr. Nruparaj Sahu, Registrar, "
                     "Sambalpur University.")
    assert ("V. Kamakoti", "Director", "IIT Madras") in posts(facts)
    assert signatures(facts) == {("V. Kamakoti", "IIT Madras"), ("Nruparaj Sahu", "Sambalpur University")}


def test_a_signer_the_text_places_at_a_party_signed_for_it() -> None:
    facts = facts_of("Kumamoto University and Anhui University signed a student exchange agreement on Thursday. "
                     "President Cheng Hua and three other delegates from Anhui University attended the ceremony. "
                     "President Cheng Hua and President Shinji Harada signed the agreement.")
    assert signatures(facts) == {("Cheng Hua", "Anhui University"), ("Shinji Harada", "Kumamoto University")}


def test_a_campus_after_the_acronym_is_part_of_the_name() -> None:
    facts = facts_of("The Indian Institute of Technology (IIT) Delhi signed a memorandum of understanding with the "
                     "Ministry of Higher Education and Scientific Research on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Indian Institute of Technology Delhi",
                                "Ministry of Higher Education and Scientific Research"}
    assert "IIT Delhi" in facts.organization("Indian Institute of Technology Delhi").aliases


def test_a_signer_whose_body_the_parties_sentence_left_out_signs_for_it() -> None:
    facts = facts_of("Nordhavn Institute of Technology signed a memorandum of understanding with the Delta Bank on "
                     "Monday.\n\nPeter Otieno, Registrar of Lakeside University, Amina Yusuf, Director of the "
                     "Nordhavn Institute of Technology, and Li Ming signed the MoU.")
    (mou,) = facts.agreements
    assert signatures(facts) == {("Peter Otieno", "Lakeside University"),
                                 ("Amina Yusuf", "Nordhavn Institute of Technology"), ("Li Ming", None)}
    assert "Lakeside University" in mou.parties


def test_two_open_signers_of_one_body_are_left_open() -> None:
    facts = facts_of("Lakeside University signed a memorandum of understanding with the Delta Bank on Monday.\n\n"
                     "Peter Otieno, Registrar of Kisumu Polytechnic, and Amina Yusuf, Director of Kisumu Polytechnic, "
                     "signed the MoU.")
    assert signatures(facts) == {("Peter Otieno", None), ("Amina Yusuf", None)}


@pytest.mark.parametrize("text,post", [
    ("Iranian Oil Minister Javad Oji signed the document.", ("Javad Oji", "Oil Minister", "Iran")),
    ("Labor and Social Protection Minister Anton Kotyakov signed the document.",
     ("Anton Kotyakov", "Labor and Social Protection Minister", "Ministry of Labor and Social Protection")),
    ("Odisha Industries Minister Pratima Sethy attended.", ("Pratima Sethy", "Industries Minister", "Odisha")),
    ("Odisha Finance Minister Anna Berg attended.", ("Anna Berg", "Finance Minister", "Odisha")),
    ("Prime Minister Li Qiang attended.", None),
])
def test_any_field_before_minister_names_the_ministry_unless_a_place_or_state_does(text, post) -> None:
    held = posts(facts_of("Headline\n\n" + text))
    if post is None:  # "Prime" is part of the title, not a field
        assert not any(org and "Prime" in org for _, _, org in held), held
    else:
        assert post in held, held


def test_an_indefinite_agreement_between_new_sides_is_another_one() -> None:
    facts = facts_of("Headline\n\nAkmola and South Kazakhstan regions have entered into a memorandum of cooperation.\n\n"
                     "The governors of Akmola and South Kazakhstan regions – Malik Murzalin and Zhansseit Tuimebayev – "
                     "signed the memorandum of cooperation.\n\nLLP ENKI and the Construction Department of Shymkent "
                     "signed a memorandum of cooperation on supply of goods.")
    first, second = facts.agreements
    assert set(first.parties) == {"Akmola", "South Kazakhstan"}
    assert signatures(facts) == {("Malik Murzalin", "Akmola"), ("Zhansseit Tuimebayev", "South Kazakhstan")}
    assert "LLP ENKI" in second.parties and not second.signatures


def test_a_list_of_companies_written_with_their_legal_form_first_is_several_bodies() -> None:
    facts = facts_of("Headline\n\nMajor enterprises such as JSC Kokshetau Mineral Water, JSC Tynys, LLP ENKI and "
                     "Guangzhou Ruiyun Medical Devices Co., Ltd. work with the region. A distribution agreement was "
                     "signed between JSC Kokshetau Mineral Water and LLP Azamat.")
    names = {o.name for o in facts.organizations}
    assert {"JSC Kokshetau Mineral Water", "JSC Tynys", "Guangzhou Ruiyun Medical Devices Co., Ltd."} <= names
    (deal,) = facts.agreements
    assert set(deal.parties) == {"JSC Kokshetau Mineral Water", "LLP Azamat"}


def test_a_name_with_an_acronym_of_its_own_is_not_the_longer_name_holding_its_words() -> None:
    facts = facts_of("Headline\n\nThe University of Kerala (KU) has a Memorandum of Understanding (MoU) with the "
                     "Digital University of Kerala (DUK). On Monday, the MoU was signed by DUK registrar P Suresh Babu "
                     "and KU registrar K S Anil Kumar.")
    assert {"University of Kerala", "Digital University of Kerala"} <= {o.name for o in facts.organizations}
    assert signatures(facts) == {("P Suresh Babu", "Digital University of Kerala"),
                                 ("K S Anil Kumar", "University of Kerala")}


@pytest.mark.parametrize("text,body", [
    ("Nordhavn Institute signed a memorandum of understanding with Vinayaka Mission's Research Foundation (VMRF) "
     "on Monday.", "Vinayaka Mission's Research Foundation"),
    ("National Institute of Technology - Tiruchi (NIT-T) signed a memorandum of understanding with Lakeside "
     "University on Monday.", "National Institute of Technology - Tiruchi"),
    ("Lakeside University signed a memorandum of understanding with the China Education Association for "
     "International Exchange (CEAIE) on Monday.", "China Education Association for International Exchange"),
])
def test_a_name_reaches_as_far_as_its_acronym_spells(text, body) -> None:
    (mou,) = facts_of("Headline\n\n" + text).agreements
    assert body in mou.parties, mou.parties


def test_an_aside_after_a_remit_is_part_of_the_title() -> None:
    held = posts(facts_of("Headline\n\nSingapore's Acting Minister for Education (Higher Education and Skills) "
                          "Ong Ye Kung witnessed the signing of the memorandum of understanding."))
    assert ("Ong Ye Kung", "Acting Minister for Education (Higher Education and Skills)", "Singapore") in held


def test_an_honorific_before_a_witness_post_is_neither_a_body_nor_the_end_of_the_list() -> None:
    facts = facts_of("Headline\n\nNESAC signed a memorandum of understanding with the Government of Arunachal "
                     "Pradesh on Monday. The event was witnessed by Hon’ble Chief Minister Shri Pema Khandu and "
                     "Deputy Chief Minister Chowna Mein.")
    (mou,) = facts.agreements
    assert {"Pema Khandu", "Chowna Mein"} <= set(mou.witnesses)
    assert not any(org and "ble" in org for _, _, org in posts(facts))


def test_a_signed_loan_is_a_loan_agreement_and_a_head_before_another_is_its_qualifier() -> None:
    loan = facts_of("Headline\n\nThe Government of Norland and the Delta Bank on Thursday signed a $130 million loan "
                    "to raise farmers' income.")
    assert [a.kind for a in loan.agreements] == ["loan agreement"]
    mou = facts_of("Headline\n\nA loan memorandum of understanding was also signed between Norland and Southland.")
    assert [a.kind for a in mou.agreements] == ["loan memorandum of understanding"]


def test_a_masthead_then_a_section_and_date_line_then_the_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "masthead.txt",
                   "THE NORLAND DISPATCH\nEconomy | Posted on: 2025-01-23 07:15\n\n"
                   "Norland signs $95 million loan with the Delta Bank\n\nBy Our Correspondent\n\n"
                   "Lund, Jan. 23 -- The Government of Norland and the Delta Bank on Wednesday signed a loan "
                   "agreement worth US$ 95 million.\n")
    assert article.title == "Norland signs $95 million loan with the Delta Bank"
    assert article.published == date(2025, 1, 23)
    assert len(extract(article).agreements) == 1


def test_a_ministers_level_before_the_field_stays_in_the_title_and_the_country_owns_the_post() -> None:
    facts = facts_of("A memorandum of understanding was signed between "
                     "Iran’s Deputy Health Minister Parviz Kamali and Vladimir Orlov, Russia’s Deputy Economy Minister.")
    assert {("Parviz Kamali", "Deputy Health Minister", "Iran"),
            ("Vladimir Orlov", "Deputy Economy Minister", "Russia")} <= posts(facts)
    assert signatures(facts) == {("Parviz Kamali", "Iran"), ("Vladimir Orlov", "Russia")}


def test_a_lower_case_remit_and_a_second_title_share_the_body_after_them() -> None:
    facts = facts_of("The agreement was signed by Jeffrey Moss, executive "
                     "vice president for academic affairs and provost at Lakeside University, and Ana Ruiz, president "
                     "of the University of Oviedo. Maria Lopez, Lakeside’s vice president for hemispheric and global "
                     "affairs, Tom Bell, dean of the College of Arts, also attended.")
    assert {("Jeffrey Moss", "executive vice president for academic affairs", "Lakeside University"),
            ("Jeffrey Moss", "provost", "Lakeside University"),
            ("Maria Lopez", "vice president for hemispheric and global affairs", "Lakeside University")} <= posts(facts)
    assert signatures(facts) == {("Jeffrey Moss", "Lakeside University"), ("Ana Ruiz", "University of Oviedo")}


def test_a_government_that_signs_is_a_party_and_its_minister_signs_for_the_country() -> None:
    facts = facts_of("The government of Rwanda, on May 31, signed a financing agreement "
                     "with the African Development Fund (ADF).\n\nUzziel Mutesi, Minister of Finance and Economic "
                     "Planning and Solomon Quartey, Vice-President for Private Sector, Infrastructure and "
                     "Industrialization at the African Development Bank, signed the agreement on behalf of both parties.")
    (deal,) = facts.agreements
    assert set(deal.parties) == {"Rwanda", "African Development Fund"}
    assert signatures(facts) == {("Uzziel Mutesi", "Rwanda"), ("Solomon Quartey", "African Development Fund")}
    assert ("Uzziel Mutesi", "Minister of Finance and Economic Planning", "Rwanda") in posts(facts)
    assert ("Solomon Quartey", "Vice-President for Private Sector, Infrastructure and Industrialization",
            "African Development Bank") in posts(facts)


def test_a_link_to_another_story_is_not_read_as_this_articles_news(tmp_path: Path) -> None:
    facts = extract(page(tmp_path, "agencies.txt",
                         "News agencies sign MoU\n\nThe signing of the MoU was done on Thursday by Anna Berg, "
                         "President Director of Delta News, and Li Ming, CEO of Norland Press.\n\n"
                         "Related news: Indonesia, Malaysia ink MoU on news agency ties\n\n"
                         "ALSO READ: Kagame hosts investment firm official\n"))
    assert len(facts.agreements) == 1
    assert set(facts.agreements[0].parties) == {"Delta News", "Norland Press"}


def test_a_witness_list_reads_past_his_highness_and_a_body_whose_name_has_an_and() -> None:
    facts = facts_of("In the presence of His Highness Sheikh Rashid bin Saif Al Amri, Head of Delta Municipality and "
                     "Planning Department and His Excellency Eng. Omar Khalid Al Hashimi, Minister of Infrastructure "
                     "Development, the Ministry of Infrastructure Development signed a memorandum of understanding with "
                     "the Municipality and Planning Department.")
    (mou,) = facts.agreements
    assert set(mou.witnesses) == {"Rashid bin Saif Al Amri", "Omar Khalid Al Hashimi"}
    assert not mou.signatures


def test_a_witness_named_after_an_unknown_post_and_an_honorific() -> None:
    facts = facts_of("The two mayors signed the twinning agreement on Tuesday. The signing was witnessed by our Town "
                     "Clerk Mr Alan Hurst and Mr Adrian Camilleri as well as council members.")
    (deal,) = facts.agreements
    assert set(deal.witnesses) == {"Alan Hurst", "Adrian Camilleri"}


def test_agreements_told_after_a_count_are_between_the_counted_sides() -> None:
    facts = facts_of("Norland and the Union of the Comoros signed, Monday in Rabat, three cooperation agreements. "
                     "The two parties signed a memorandum of understanding on political consultations. Another "
                     "memorandum of understanding was signed in the area of diplomatic training. A cooperation "
                     "protocol was also signed in the area of health.")
    assert len(facts.agreements) == 3
    for agreement in facts.agreements:
        assert set(agreement.parties) == {"Norland", "Union of the Comoros"}  # one side, named as written


@pytest.mark.parametrize("text, person, title, body", [
    ("The MoU was signed following a meeting between Norland Prime Minister Sheikh Hasina and the bank's "
     "president.", "Sheikh Hasina", "Prime Minister", "Norland"),
    ("Fiji remains committed, the Samoan High Commissioner H.E Aliioaiga Feturi Elisaia said in Suva.",
     "Aliioaiga Feturi Elisaia", "High Commissioner", "Samoa"),
])
def test_a_name_of_one_word_the_model_knows_and_honorifics_cut_by_the_tokenizer(text, person, title, body) -> None:
    assert (person, title, body) in posts(facts_of(text))


def test_a_plural_title_of_one_body_shared_by_two_signers_after_a_post_in_lower_case() -> None:
    facts = facts_of("The MOU was signed by Olaf Berg, the Norland minister of economic affairs, labour and transport, "
                     "and the managing directors of Cuxport, Andreas Hahn and Peter Zinn, and gives the port a new berth.")
    assert {("Andreas Hahn", "managing director", "Cuxport"), ("Peter Zinn", "managing director", "Cuxport")} <= posts(facts)
    assert {("Andreas Hahn", "Cuxport"), ("Peter Zinn", "Cuxport")} <= signatures(facts)
    assert "Olaf Berg" in {person for person, _ in signatures(facts)}


@pytest.mark.parametrize("body", [
    "Mexican Business Council for Foreign Trade, Investment and Technology",
    "Agency for Science, Technology and Research",
    "Center for Global and Strategic Studies",
    "Nitrohim Group of Companies LLP",
    "Ministry of Finance and National Economy",
])
def test_a_bodys_name_reads_on_across_what_it_is_for_and_a_listed_remit(body) -> None:
    facts = facts_of(f"The {body} signed a memorandum of understanding with Lakeside University on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {body, "Lakeside University"}


def test_a_title_a_comma_then_the_holder_whose_verb_follows() -> None:
    facts = facts_of("On 29 November, the Vice Chancellor of Lakeside University, Professor John Okello hosted a "
                     "delegation from Norland University.")
    assert ("John Okello", "Vice Chancellor", "Lakeside University") in posts(facts)


@pytest.mark.parametrize("text, post", [
    ("External Affairs Minister Anna Berg signed the MoU.", ("Anna Berg", "External Affairs Minister",
                                                              "Ministry of External Affairs")),
    ("The Foreign Minister Anna Berg signed the MoU.", ("Anna Berg", "Foreign Minister", "Ministry of Foreign Affairs")),
])
def test_a_foreign_or_external_affairs_minister_heads_that_ministry(text, post) -> None:
    assert post in posts(facts_of(text))


def test_a_minister_of_state_is_a_rank_and_an_acronym_after_a_title_is_not_part_of_it() -> None:
    facts = facts_of("Minister of State Alan Dunn attended. Foreign Minister (FM) Ishaq Darr signed the MoU.")
    assert all(p.organization != "Ministry of State" for p in facts.posts)
    assert all("(FM)" not in p.title for p in facts.posts)


def test_a_remit_then_a_name_of_three_words_or_with_an_initial() -> None:
    facts = facts_of("The two universities signed a memorandum of understanding. Singapore's Acting Minister for "
                     "Education Ong Ye Kong said the partnership matters.\n\nChief Minister M.K. Stalin, Minister for Higher "
                     "Education K. Ponmudi, Chief Secretary V. Irai Anbu and senior officials were present.")
    assert ("Ong Ye Kong", "Acting Minister for Education", "Singapore") in posts(facts)
    assert "K. Ponmudi" in facts.agreements[0].witnesses


def test_a_country_is_a_side_through_its_own_body_and_a_bodys_country_is_not_a_party() -> None:
    facts = facts_of("France, through its development bank, Agence Française de Développement (AFD), and Rwanda on "
                     "Tuesday signed two financing agreements.")
    assert all(set(a.parties) == {"Agence Française de Développement", "Rwanda"} for a in facts.agreements)
    facts = facts_of("The minister witnessed the signing of a financial cooperation agreement between the Ministry of "
                     "Economic Affairs, Pakistan, and the Federal Ministry for Economic Cooperation and Development, "
                     "Germany.")
    (deal,) = facts.agreements
    assert set(deal.parties) == {"Ministry of Economic Affairs", "Federal Ministry for Economic Cooperation and Development"}


def test_witnesses_joined_virtually_after_a_body_or_a_description_and_an_envoy_named_with_a_style() -> None:
    facts = facts_of("The MoU was signed by Director General of KUNA Dr. Fatima Salem and SPA President Dr. Fahad Aqran "
                     "with the presence of Saudi Ambassador to Kuwait Prince Sultan bin Saad Al-Saud. The event was also "
                     "joined virtually by Remy Rioux, AFD's CEO. Also in attendance were the Rector of the Polytechnic, "
                     "Ajula Matthew, an engineer, and the Registrar, Mr. Iorlaha Amos.")
    (mou,) = facts.agreements
    assert set(mou.witnesses) == {"Sultan bin Saad Al-Saud", "Remy Rioux", "Ajula Matthew", "Iorlaha Amos"}
    # (the people's adjective and the posting make one title, as news and the gold write it whole)
    assert ("Sultan bin Saad Al-Saud", "Saudi Ambassador to Kuwait", "Saudi Arabia") in posts(facts)


def test_a_place_the_model_takes_for_a_person_and_a_title_whose_holder_follows_the_body() -> None:
    facts = facts_of("The People’s Committee of Bac Ninh province and the administration of Gyeongsangbuk province "
                     "signed a memorandum of understanding in Bac Ninh city on November 29. Welcoming the delegation led "
                     "by Governor Lee Cheol Woo, Secretary of Bac Ninh’s Party Committee Nguyen Anh Tuan said he "
                     "believes the MoU will help.")
    assert "Bac Ninh" not in {p.name for p in facts.people}
    assert not any(p.person == "Lee Cheol Woo" and p.title == "Secretary" for p in facts.posts)


def test_each_item_of_a_list_of_signed_documents_is_an_agreement() -> None:
    facts = facts_of("The cabinet published a list of documents signed on February 19 in Ankara at the meeting of the "
                     "joint commission between Azerbaijan and Turkey. The documents are listed below:\n\n"
                     "- Protocol on cooperation in the field of vocational education between the Government of "
                     "Azerbaijan and the Government of Turkey;\n\n"
                     "- Memorandum of Understanding on cooperation in the field of halal products accreditation;\n\n"
                     "- Protocol on cooperation between the Turkish Accreditation Agency (TURKAK) and the Azerbaijan "
                     "Accreditation Center (AzAK).")
    kinds = [a.kind for a in facts.agreements]
    assert kinds == ["protocol", "memorandum of understanding", "protocol"]
    # (the countries of the second are the governments the first names: one side, one name)
    assert [set(a.parties) for a in facts.agreements] == [
        {"Government of Azerbaijan", "Government of Turkey"}, {"Government of Azerbaijan", "Government of Turkey"},
        {"Turkish Accreditation Agency", "Azerbaijan Accreditation Center"}]
    assert all(a.place == "Ankara" and a.areas == [] for a in facts.agreements)


def test_agreements_in_the_plural_with_several_companies_are_one_with_each() -> None:
    facts = facts_of("HYDERABAD: In a major investment boost, the Telangana government has signed several MoUs with "
                     "three Hyderabad-based companies Megha Engineering and Infrastructure Limited, CtrlS Datacentres and "
                     "Skyroot Aerospace during the World Economic Forum in Davos.")
    assert sorted(tuple(sorted(a.parties)) for a in facts.agreements) == sorted([
        ("Megha Engineering and Infrastructure Limited", "Telangana government"),
        ("CtrlS Datacentres", "Telangana government"), ("Skyroot Aerospace", "Telangana government")])


def test_section_names_before_the_headline_and_a_list_of_related_stories(tmp_path: Path) -> None:
    article = page(tmp_path, "boc.txt",
                   "Business\n\nMoney\n\nLakeside Bank signs cooperation agreement with Norland Bank\n\n"
                   "Updated: 2010-12-25 09:44\n\n"
                   "Lakeside Bank announced on Friday that it had signed a comprehensive cooperation agreement with "
                   "Norland Bank.\n\nRelated readings:\nDelta Bank signs MoU with Southland Bank\n"
                   "Delta Bank posts 27% rise in profit\n\nThe bank set up a representative office in Taipei.\n")
    assert article.title == "Lakeside Bank signs cooperation agreement with Norland Bank"
    assert "Delta" not in article.text
    facts = extract(article)
    assert [set(a.parties) for a in facts.agreements] == [{"Lakeside Bank", "Norland Bank"}]


def test_a_re_signed_twinning_partnership_signed_by_officials_including_the_mayors() -> None:
    facts = facts_of("A twinning partnership between Truro and a French town has been re-signed to mark its 45th "
                     "anniversary. The partnership was re-signed by officials from both countries including Truro's mayor "
                     "Carol Swann and her Morlaix counterpart Jean-Paul Vermeer.")
    (twinning,) = facts.agreements
    assert twinning.kind == "twinning partnership"
    assert signatures(facts) == {("Carol Swann", "Truro"), ("Jean-Paul Vermeer", "Morlaix")}


def test_a_title_with_its_field_then_a_name_with_a_middle_initial() -> None:
    facts = facts_of("The Japan International Cooperation Agency (JICA) lends to the Philippines. President of JICA "
                     "Akihiko Tanabe and Secretary of Finance Cesar V. Purisma signed the loan agreements for the two "
                     "projects.")
    assert {p.name for p in facts.people} >= {"Akihiko Tanabe", "Cesar V. Purisma"}
    assert not any("Purisma" in party for a in facts.agreements for party in a.parties)


def test_a_title_whose_remit_is_listed_up_to_and_and_a_counterpart_holding_its_head() -> None:
    facts = facts_of("Morocco and the Union of the Comoros signed, Monday in Rabat, five cooperation agreements. These "
                     "agreements were signed by Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, "
                     "Nasser Bourita and his Comoran counterpart Dhoihir Dhoulkamal, following bilateral talks.")
    assert ("Nasser Bourita", "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad", "Morocco") in posts(facts)
    assert ("Dhoihir Dhoulkamal", "Minister of Foreign Affairs", "Union of the Comoros") in posts(facts)
    assert signatures(facts) == {("Nasser Bourita", "Morocco"), ("Dhoihir Dhoulkamal", "Union of the Comoros")}


def test_a_list_of_people_after_a_title_is_no_remit() -> None:
    facts = facts_of("The agreement was signed by Ouyang Zhen, dean of SIGS, Wu Xiaofei, SIGS CPC Secretary, and Ji "
                     "Shishen, dean of the research institute.")
    assert not any("Wu Xiaofei" in p.organization for p in facts.posts if p.organization)


def test_letters_with_full_stops_are_one_word_in_a_bodys_name() -> None:
    facts = facts_of("The minister signed the agreements with Sherry Carlo, mission director of the U.S. Agency for "
                     "International Development at a meeting in Cairo.")
    assert ("Sherry Carlo", "mission director", "U.S. Agency for International Development") in posts(facts)


def test_a_names_initials_end_no_sentence_and_stay_in_the_name() -> None:
    facts = facts_of("The MoU was signed in the presence of Vice Chancellor Andy Lang and Vice Chancellor H.D. "
                     "Karunaratna on 26th July 2023. Director S.A.V. Satya Murthi attended the signing.")
    (mou,) = facts.agreements
    assert {"H.D. Karunaratna", "S.A.V. Satya Murthi"} <= set(mou.witnesses)


def test_posts_listed_after_one_that_names_its_body_are_at_that_body() -> None:
    facts = facts_of("The Lakeside Institute of Technology (Lakeside Tech) welcomed the delegation. They were received "
                     "by Lakeside Tech President Kazuo Masuda, Executive Vice President for Research Initiatives Osamu "
                     "Watanabi, and Vice President for International Affairs Nobuhiro Hayashida.")
    assert {("Osamu Watanabi", "Lakeside Institute of Technology"),
            ("Nobuhiro Hayashida", "Lakeside Institute of Technology")} <= {
        (p.person, p.organization) for p in facts.posts}


def test_a_title_then_the_body_after_a_comma_before_a_lower_case_word() -> None:
    facts = facts_of("The MoU was signed with the presence of Andy Lang, Vice Chancellor, University of Northumbria and "
                     "H.D. Karunaratna, Vice Chancellor, University of Colombo on 26th July 2023.")
    assert ("H.D. Karunaratna", "Vice Chancellor", "University of Colombo") in posts(facts)


def test_a_governor_named_without_a_body_governs_the_county_government_that_signs() -> None:
    facts = facts_of("The Trans Nzoia County Government has signed a memorandum of understanding with Bells University "
                     "of Technology. Speaking at the ceremony, Governor George Natemba described the deal as a game-changer.")
    assert ("George Natemba", "Governor", "Trans Nzoia County Government") in posts(facts)


def test_an_earlier_signing_is_told_apart_by_the_opening_date_when_the_page_has_no_date() -> None:
    # no publication date and no date line: the story's year is the one its first full date gives
    facts = facts_of("On October 29, 2015, Lakeside University concluded a student exchange agreement with "
                     "Norland University.\n\nThe School of Letters of Lakeside University previously concluded a "
                     "department-level exchange agreement with the Institute of Hui Studies in 2010. President Anna "
                     "Berg of Norland University and President Li Ming signed the agreement.", published=None)
    (agreement,) = facts.agreements
    assert str(agreement.date) == "2015-10-29"
    assert set(agreement.parties) == {"Lakeside University", "Norland University"}
    assert {s.person for s in agreement.signatures} == {"Anna Berg", "Li Ming"}


def test_a_formal_country_name_is_the_country() -> None:
    facts = facts_of("The strategic agreement between the Islamic Republic of Iran and the Russian Federation was "
                     "signed by Iranian Oil Minister Ali Rezaei and Russian Deputy Prime Minister Ivan Petrov.")
    (agreement,) = facts.agreements
    # (one party each, named as the article writes it: it never writes "Iran" or "Russia" alone)
    assert set(agreement.parties) == {"Islamic Republic of Iran", "Russian Federation"}
    assert signatures(facts) == {("Ali Rezaei", "Islamic Republic of Iran"), ("Ivan Petrov", "Russian Federation")}
    russia = next(o for o in facts.organizations if o.name == "Russian Federation")
    assert "Russia" in russia.aliases


def test_a_rank_written_with_a_full_stop_ends_no_sentence() -> None:
    facts = facts_of("The MoU was signed by Col. Saif Al Hamli, Under-Secretary of the Ministry of Interior, and "
                     "Prof. Anna Berg, President of Lakeside University, at a ceremony in Abu Dhabi.")
    assert signatures(facts) == {("Saif Al Hamli", "Ministry of Interior"), ("Anna Berg", "Lakeside University")}


@pytest.mark.parametrize("text, witnesses", [
    ("Officials attending the signing ceremony included Cheng Hua, deputy director of the Lakeside Centre; "
     "Anna Berg, president of the university.", {"Cheng Hua", "Anna Berg"}),
    ("Li Wen, Party secretary of Hebei Province; Zhou Ming, acting governor of Hebei, and Anna Berg, president "
     "of Norland Bank, attended the signing ceremony.", {"Li Wen", "Zhou Ming", "Anna Berg"}),
    ("Chairman Li Wen graced the MoU signing ceremony, organised virtually, along with O P Singh, Director "
     "(Technical/Operations), K R Vasudevan, Director (Finance), and Keshav Rao, Director (Personnel).",
     {"Li Wen", "O P Singh", "K R Vasudevan", "Keshav Rao"}),
])
def test_witnesses_in_lists_of_names_and_posts(text: str, witnesses: set[str]) -> None:
    facts = facts_of("Lakeside University and Norland Bank signed a memorandum of understanding on Monday. " + text)
    (mou,) = facts.agreements
    assert set(mou.witnesses) == witnesses


def test_the_two_parties_of_a_signing_are_the_two_just_described() -> None:
    facts = facts_of("Shared research has provided the foundation for a significant agreement between Lakeside "
                     "University and Murdoch University.\n\nA Memorandum of Understanding was signed between the "
                     "two parties in Dunedin this afternoon.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Murdoch University"}


def test_a_count_that_pairs_its_sides_gives_one_pair_to_each_agreement() -> None:
    facts = facts_of("Norland Province has signed six agreements on cooperation with partners in Minsk. An agreement "
                     "on strategic cooperation was signed between the Lakeside Construction Corporation and the "
                     "Minsk Housing Company.\n\nThe parties signed four agreements on inter-university contacts, "
                     "namely between Lakeside University and Vitebsk State University, Norland Agricultural University and "
                     "Belarus Agrarian University, Norland Medical University and Grodno Medical University, the "
                     "Norland Economic University and Minsk Technical University.")
    pairs = {frozenset(a.parties) for a in facts.agreements}
    assert {frozenset({"Lakeside University", "Vitebsk State University"}),
            frozenset({"Norland Agricultural University", "Belarus Agrarian University"}),
            frozenset({"Norland Medical University", "Grodno Medical University"}),
            frozenset({"Norland Economic University", "Minsk Technical University"}),
            frozenset({"Lakeside Construction Corporation", "Minsk Housing Company"})} <= pairs
    assert len(facts.agreements) == 6  # the count of six holds the five told and one more


def test_signers_with_a_plural_post_for_their_sides_respectively() -> None:
    facts = facts_of("Ghana and South Africa signed an agreement on energy on Monday. The agreement was signed by "
                     "Mr Kofi Mensah and Mr Ben Martins, Ministers of Energy for Ghana and South Africa respectively.")
    assert signatures(facts) == {("Kofi Mensah", "Ghana"), ("Ben Martins", "South Africa")}


def test_signed_on_the_part_of_each_state() -> None:
    facts = facts_of("Qatar and Kuwait signed five memoranda of understanding in Doha on Monday. The agreements were "
                     "signed on the part of the State of Qatar by His Excellency Sheikh Hamad Al Thani, Minister of "
                     "Foreign Affairs, and on the part of the sisterly State of Kuwait, His Excellency Sheikh Ahmed "
                     "Al Sabah, Minister of Foreign Affairs.")
    assert {(s.person, s.on_behalf_of) for s in facts.agreements[0].signatures} == {
        ("Hamad Al Thani", "Qatar"), ("Ahmed Al Sabah", "Kuwait")}


def test_a_count_then_another_document_in_one_signing() -> None:
    facts = facts_of("On the sidelines of the session, Qatar and Kuwait signed three memoranda of understanding, and "
                     "the meeting minutes of the fifth session of the Joint Committee.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["meeting minutes"] + ["memorandum of understanding"] * 3


def test_one_signing_told_as_one_of_a_count_adds_no_others() -> None:
    facts = facts_of("Lakeside University signed a memorandum of understanding with Norland Bank, one of five "
                     "agreements signed at the forum on Monday.")
    assert len(facts.agreements) == 1


@pytest.mark.parametrize("where, place", [
    ("at Bailou Hotel, Shijiazhuang this week", "Shijiazhuang"),
    ("at the Ministry of Foreign Affairs in Singhadurbar, Kathmandu", "Kathmandu"),
    ("at the Governor's Lodge in Asokoro, Abuja", "Abuja"),
])
def test_a_venue_or_quarter_then_its_town_gives_the_town(where: str, place: str) -> None:
    facts = facts_of(f"Lakeside University and Norland Bank signed a memorandum of understanding {where}.")
    (mou,) = facts.agreements
    assert mou.place == place


@pytest.mark.parametrize("text, witnesses", [
    ("JICA signed a loan agreement with the Government of Mongolia today, with Prime Minister Sukhbaatar Batbold "
     "in attendance.", {"Sukhbaatar Batbold"}),
    ("Lakeside University signed a memorandum of understanding with Norland Bank. President Anna Berg and "
     "President Li Ming oversaw the signing after their talks.", {"Anna Berg", "Li Ming"}),
    ("Lakeside University signed a memorandum of understanding with Norland Bank. Muhammad Iqbal Choudhary, "
     "Coordinator General, witnessed the occasion.", {"Muhammad Iqbal Choudhary"}),
    ("The Odisha government signed an MoU with IIM Sambalpur on Monday in the presence of Science and Technology "
     "Minister Krushna Chandra Patra and Principal Secretary Chithra Arumugam.",
     {"Krushna Chandra Patra", "Chithra Arumugam"}),
])
def test_witnesses_in_attendance_overseeing_or_of_the_occasion(text: str, witnesses: set[str]) -> None:
    (agreement,) = facts_of(text).agreements
    assert set(agreement.witnesses) == witnesses


def test_ministers_of_two_countries_signing_make_the_countries_parties() -> None:
    facts = facts_of("The grant agreement was signed by Japanese Foreign Minister Takeshi Iwaya and Mongolian "
                     "Foreign Minister Batmunkh Battsetseg following their talks in Tokyo on Tuesday.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Japan", "Mongolia"}
    assert signatures(facts) == {("Takeshi Iwaya", "Japan"), ("Batmunkh Battsetseg", "Mongolia")}


def test_agreements_told_after_an_uncounted_plural_share_its_sides() -> None:
    facts = facts_of("Thailand and South Korea on Monday signed several agreements. A memorandum of understanding "
                     "on language study was signed. A cooperation agreement on trade was also signed.")
    assert facts.agreements and all({"Thailand", "South Korea"} <= set(a.parties) for a in facts.agreements)


@pytest.mark.parametrize("skip_link", ["Skip to main content", "Click acá para ir directamente al contenido"])
def test_a_skip_link_is_no_title(tmp_path: Path, skip_link: str) -> None:
    article = page(tmp_path, "skip.txt", f"{skip_link}\n\nNorland and Southland sign agreements on trade\n\n"
                                         "Tuesday, October 9, 2018\n\nNorland and Southland signed two agreements "
                                         "on trade today in the capital.\n")
    assert article.title == "Norland and Southland sign agreements on trade"
    assert str(article.published) == "2018-10-09"


def test_a_signer_with_a_post_then_on_behalf_of_the_side() -> None:
    facts = facts_of("Mahanadi Coalfields Limited (MCL) today signed a Memorandum of Understanding (MoU) with Lakeside "
                     "University. The MoU was signed by Awadh Kishore Pandey, HoD (Innovation Cell) on behalf of MCL "
                     "while Anna Berg signed on behalf of the university.")
    assert ("Awadh Kishore Pandey", "Mahanadi Coalfields Limited") in signatures(facts)


def test_each_signer_of_a_list_with_posts_and_their_own_behalf() -> None:
    facts = facts_of("A Deed of Adherence was signed by the Ministry of Coal (MOC), NTPC and NML on Monday. It was signed "
                     "by Shri M. Nagaraju, Additional Secretary, on behalf of the Ministry of Coal, Shri Animesh Jain, "
                     "CEO, on behalf of NML & Shri T. K. Konar, GM (TS), on behalf of NTPC.")
    assert {("M. Nagaraju", "Ministry of Coal"), ("Animesh Jain", "NML")} <= signatures(facts)


def test_a_signing_a_speaker_recalls_is_background() -> None:
    facts = facts_of("The two foreign secretaries held talks in Suva on Monday. He highlighted that Norland and "
                     "Southland signed a MOU in February this year to expand trade.")
    assert facts.agreements == []


def test_a_signing_a_speaker_reports_today_is_news() -> None:
    facts = facts_of("The minister noted that Norland and Southland signed a MOU on trade on Monday.")
    assert len(facts.agreements) == 1


def test_an_amount_written_short_is_not_part_of_the_kind() -> None:
    facts = facts_of("The bank and the region signed a EUR 500m loan agreement on Monday.")
    assert [a.kind for a in facts.agreements] == ["loan agreement"]


def test_a_delegation_represented_at_talks_names_no_signer() -> None:
    facts = facts_of("Lakeside University and the Norland Higher Education Council signed a memorandum of "
                     "understanding on Monday.\n\nThe University was represented by Professor Anna Berg, Director, "
                     "and Professor Li Ming, Director of Research.")
    assert signatures(facts) == set()


def test_signers_written_as_post_comma_honorific_name() -> None:
    facts = facts_of("The MOU was jointly signed by the Australian High Commissioner to Norland, His Excellency Jon "
                     "Philp, and the Minister for State Enterprises, Hon William Duma, at a ceremony in Port Moresby.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Jon Philp", "William Duma"}


def test_a_sentence_opening_in_a_city_places_its_signing() -> None:
    facts = facts_of("In Milan on 21 December 2009 the European Investment Bank and the Lombardy Region signed a "
                     "framework agreement.")
    assert [a.place for a in facts.agreements] == ["Milan"]


def test_a_heading_then_the_story_of_its_signing_is_one_agreement() -> None:
    facts = facts_of("Signing of Japanese ODA Loan with Mongolia\n\nToday, the Japan International Cooperation "
                     "Agency (JICA) signed a Japanese ODA loan agreement with the Government of Mongolia.")
    assert len(facts.agreements) == 1


def test_a_caption_after_the_story_adds_no_agreement() -> None:
    facts = facts_of("President Anna Berg and Mayor Li Ming signed a cooperation agreement between Lakeside University "
                     "and the Wuhu Municipal Government on May 30.\n\nAgreement Signing Ceremony\n\nThe agreement "
                     "covers joint research.")
    assert len(facts.agreements) == 1


def test_agreements_with_a_count_of_bodies_namely_listed_are_one_with_each() -> None:
    facts = facts_of("Inner Mongolia Normal University (IMNU) signed cooperation agreements with three foreign "
                     "universities at the ceremony, namely the Mongolian State University of Education, Tajik State "
                     "Pedagogical University and Uzbekistan's Tashkent State Normal University.")
    assert {frozenset(a.parties) for a in facts.agreements} == {
        frozenset({"Inner Mongolia Normal University", other}) for other in (
            "Mongolian State University of Education", "Tajik State Pedagogical University",
            "Tashkent State Normal University")}


def test_an_agreement_then_a_declaration_are_two() -> None:
    facts = facts_of("An agreement was also signed between Norland Exports and Investments and the General Directorate "
                     "of Trade of Southland, with the aim of strengthening relations. Finally, a declaration of "
                     "intentions was signed in preparation for talks.")
    assert sorted(a.kind for a in facts.agreements) == ["agreement", "declaration of intentions"]


def test_the_five_year_mou_is_read_as_referring_back() -> None:
    from kg.extract.agreements import find_agreement_phrases
    text = "The five-year memorandum of understanding (MOU), signed at the centre, sets the stage."
    (phrase,) = find_agreement_phrases(text, 0, len(text))
    assert phrase.definite and phrase.kind == "memorandum of understanding"


@pytest.mark.parametrize("text, witnesses", [
    ("The MoU was signed by the two chief executives. Union Minister Shri Anil Rao, Norwegian Foreign Minister Ms "
     "Anna Berg and ONGC CMD Dr Alka Mittal were present on the occasion.", {"Anil Rao", "Anna Berg", "Alka Mittal"}),
    ("The MoU was signed by the two ministries. Also present to witness the MoU signing ceremony were Education "
     "Minister Datuk Seri Mahdzir Khalid and Governor Li Ming.", {"Mahdzir Khalid", "Li Ming"}),
])
def test_witnesses_present_on_the_occasion(text: str, witnesses: set[str]) -> None:
    (agreement,) = facts_of(text).agreements
    assert set(agreement.witnesses) == witnesses


def test_a_delegation_head_is_no_signer_when_the_sides_signed() -> None:
    facts = facts_of("At the invitation of the Wuhu Municipal Government, President Anna Berg and her delegation "
                     "visited Wuhu City and the sides signed a cooperation agreement.")
    assert signatures(facts) == set()


def test_signers_on_behalf_of_both_sides_still_sign() -> None:
    facts = facts_of("Li Wen as the president of Lakeside Group, and Zhou Ming as the executive deputy governor "
                     "respectively on behalf of both sides signed the Strategic Cooperation Framework Agreement.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Li Wen", "Zhou Ming"}


@pytest.mark.parametrize("where", ["in PNG's", "at the Prime Minister's", "in Singapore and", "in the Kazakh capital"])
def test_what_cannot_name_a_place_is_no_place(where: str) -> None:
    facts = facts_of(f"Lakeside University and Norland Bank signed a memorandum of understanding {where} office today.")
    assert [a.place for a in facts.agreements] == [None]


def test_a_building_the_model_takes_for_a_person_then_its_city() -> None:
    facts = facts_of("The National Dryland Agriculture Authority (NDAA) and the Indian Institute of Space Applications "
                     "for Agriculture (IISAA), Bengaluru, signed a Memorandum of Understanding (MoU) on 17th September "
                     "2024 at Krishi Bhawan, New Delhi, in the presence of Shri Anil Rao, Union Minister of State.")
    assert [a.place for a in facts.agreements] == ["New Delhi"]


def test_a_building_after_the_agreements_subject_is_where_it_was_signed() -> None:
    facts = facts_of("On January 8, CRBC and the Ministry of Public Works of Afghanistan signed an agreement on "
                     "repairing and reconstructing the highway from Dare-e-Sof to Yakawlang at the Presidential Palace "
                     "in Kabul.")
    assert [a.place for a in facts.agreements] == ["Kabul"]


def test_on_the_occasion_a_second_signing_shares_its_day_and_place() -> None:
    facts = facts_of("Norland and the Delta Bank on Tuesday in Lusaka signed a loan agreement.\n\nOn the occasion, the "
                     "minister and the WFP Country Director signed a memorandum of understanding on a grant the bank's "
                     "president endorsed during his visit last year.")
    assert [(a.kind, str(a.date), a.place) for a in facts.agreements] == [
        ("loan agreement", "2024-05-14", "Lusaka"), ("memorandum of understanding", "2024-05-14", "Lusaka")]


def test_a_description_is_no_body_and_a_seat_is_no_name() -> None:
    # "with a Chinese company": a body described, never named, is no side (nor a node other articles could share)
    facts = facts_of("Norland signed a memorandum of understanding with a Chinese company on Monday. A press release of "
                     "the African Development Bank (Abidjan) says so. Zambia and the African Development Bank (AfDB) "
                     "signed a loan agreement on Tuesday.")
    orgs = {o.name: o for o in facts.organizations}
    assert "Chinese company" not in orgs, sorted(orgs)
    assert orgs["African Development Bank"].aliases == ["AfDB"]


def test_an_agreement_read_as_a_body_stays_in_its_article() -> None:
    from kg.extract.identity import is_generic_name
    assert is_generic_name("University-Level Exchange Agreement")
    assert not is_generic_name("Tsinghua University")


def test_the_governor_who_says_they_signed_is_no_signer_and_one_agreement() -> None:
    facts = facts_of("Missouri has signed a memorandum of understanding to boost trade with Quebec. Governor Jay Nixon "
                     "said Missouri and Quebec signed an agreement to boost trade over the next four years.")
    assert len(facts.agreements) == 1
    assert "Jay Nixon" not in {s.person for s in facts.agreements[0].signatures}


def test_witnesses_listed_with_posts_in_lower_case() -> None:
    facts = facts_of("MNNIT signed an MoU with ITI Limited on Tuesday. The exchange of MoU was attended by Prof Anna "
                     "Berg, dean (RGIA), Prof Li Ming, Prof In-charge, training and placement, Prof Rakesh Narain, "
                     "head, electrical engineering department and Prof Shivesh Sharma, officiating Registrar.")
    (mou,) = facts.agreements
    assert set(mou.witnesses) == {"Anna Berg", "Li Ming", "Rakesh Narain", "Shivesh Sharma"}


def test_witnesses_attended_by_a_side_then_its_people() -> None:
    facts = facts_of("The University of Murcia and the Autonomous University of Ciudad Juarez signed a collaboration "
                     "agreement. The event was attended, by the University of Murcia, the rector, José Antonio "
                     "Cobacho, and the Dean of the Faculty of Veterinary Medicine, Antonio Rouco.")
    (agreement,) = facts.agreements
    assert "José Antonio Cobacho" in agreement.witnesses


def test_fields_told_with_agreements_in_the_plural_are_theirs() -> None:
    facts = facts_of("Norland and Southland signed several memoranda of understanding in the fields of tourism and "
                     "fisheries.")
    assert facts.agreements
    assert {"tourism", "fisheries"} <= {area for a in facts.agreements for area in a.areas}


def test_the_signed_agreements_included_one_each_with_its_field() -> None:
    facts = facts_of("Norland and Southland on Monday signed several agreements. The documents include an MoU for "
                     "customs cooperation, an MoU for cooperation between central banks, and a cooperation document "
                     "on archive materials.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["cooperation document", "mou", "mou"]
    assert "customs cooperation" in {area for a in facts.agreements for area in a.areas}
    assert all({"Norland", "Southland"} <= set(a.parties) for a in facts.agreements)


def test_the_witnesses_sentence_says_where_the_signing_was() -> None:
    facts = facts_of("Norland and Southland signed Tuesday a treaty on extradition.\n\nPresident Anna Berg and the "
                     "visiting President Li Ming oversaw the signing after their official talks held at the Great Hall "
                     "of the People.")
    (treaty,) = facts.agreements
    assert treaty.place == "Great Hall of the People"
    assert set(treaty.witnesses) == {"Anna Berg", "Li Ming"}


def test_a_ceremony_held_at_a_venue_before_the_signing_places_it() -> None:
    facts = facts_of("A signing ceremony of Chinese and foreign universities was held at the Inner Mongolia "
                     "International Exhibition Center on Sept 26.\n\nLakeside University signed a cooperation "
                     "agreement with Norland University at the ceremony.")
    assert [a.place for a in facts.agreements] == ["Inner Mongolia International Exhibition Center"]


def test_a_closing_source_line_dates_a_reprint(tmp_path: Path) -> None:
    article = page(tmp_path, "reprint.txt", "Norland and Southland sign eight documents\n\nNorland and Southland signed "
                   "Tuesday a treaty on extradition.\n\n( Xinhua News Agency October 30, 2001)\n\nIn This Series\n")
    assert str(article.published) == "2001-10-30"
    (treaty,) = extract(article).agreements
    assert str(treaty.date) == "2001-10-30"


def test_witnesses_listed_on_along_with() -> None:
    facts = facts_of("Norland and the European Union signed development grants on Monday. Attended at the ceremony "
                     "Minister of International Cooperation Rania Al Mashat, EU ambassador Christian Berger along with "
                     "Dr. Yasmine Fouad, Minister of Environment, and Ambassador Amr Abu Eish, Head of the Technical "
                     "Office.")
    (grants,) = facts.agreements
    assert {"Yasmine Fouad", "Amr Abu Eish"} <= set(grants.witnesses)


def test_a_countrys_letters_are_the_country() -> None:
    facts = facts_of("The UAE and Norland signed a memorandum of understanding on trade.")
    (mou,) = facts.agreements
    assert "UAE" in mou.parties  # (named as written)
    uae = next(o for o in facts.organizations if o.name == "UAE")
    assert "United Arab Emirates" in uae.aliases


def test_all_before_a_country_opens_a_bodys_name() -> None:
    facts = facts_of("The All India Institute of Medical Sciences signed an MoU with Nordhavn Wind on Monday.")
    assert "All India Institute of Medical Sciences" in {o.name for o in facts.organizations}


def test_a_mayor_signs_for_the_city_and_the_other_signer_for_the_other_side() -> None:
    facts = facts_of("Lakeside University signed an MOU with Norvik City on the 15th. President Amina Yusuf and "
                     "Mayor Peter Otieno signed the agreement at Norvik City Hall and agreed to strengthen "
                     "cooperation for the development of the two institutions.")
    (mou,) = facts.agreements
    assert signatures(facts) == {("Amina Yusuf", "Lakeside University"), ("Peter Otieno", "Norvik City")}


def test_a_for_far_from_the_signing_names_no_side() -> None:
    facts = facts_of("Kisumu Power Company and Lakeside University signed an agreement on Monday. Amina Yusuf and "
                     "Peter Otieno signed it at the city hall, and called it a milestone for Lakeside University.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Kisumu Power Company", "Lakeside University"}
    assert ("Peter Otieno", "Lakeside University") not in signatures(facts)


def test_a_signer_serves_a_body_named_only_in_the_post() -> None:
    facts = facts_of("Lucknow: NIT-Kanpur and the Northern Command have signed an MoU to collaborate on research. "
                     "The MoU, signed by Prof. Amina Yusuf, director of NIT-K, and Lieutenant General Peter Otieno, "
                     "GOC-in-C, Northern Command, will facilitate joint projects.")
    (mou,) = facts.agreements
    assert ("Amina Yusuf", "NIT-K") in signatures(facts)
    assert "NIT-K" in mou.parties


def test_counted_deals_told_one_by_one_with_ordinals() -> None:
    facts = facts_of("Officials from Norland signed three deals with Southland this week at a tourism symposium. "
                     "The first Memorandum of Understanding (MoU) was a cooperation framework agreement between "
                     "Nordhavn Wind Company and Lakeside University, while the second MoU was a cooperation agreement "
                     "between Kisumu Power Company and Lakeside University. The third MoU was an investment "
                     "contract between Delta Bank and Kisumu Power Company.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"] * 3
    assert [set(a.parties) for a in facts.agreements] == [
        {"Nordhavn Wind Company", "Lakeside University"}, {"Kisumu Power Company", "Lakeside University"},
        {"Delta Bank", "Kisumu Power Company"}]


def test_an_ordinal_item_of_a_counted_kind_keeps_the_kind() -> None:
    facts = facts_of("Norland and Southland on Tuesday signed two financing agreements worth 49 million euros. "
                     "The agreements were signed by Amina Yusuf and Peter Otieno in Kigali. The first agreement, "
                     "said Minister Yusuf, consists of a concessional budget loan. The second agreement supports "
                     "vaccines.")
    assert [a.kind for a in facts.agreements] == ["financing agreement", "financing agreement"]
    assert "fourth agreement" not in {a.kind for a in facts_of(
        "Norland and Southland signed four agreements on Monday. The fourth agreement touches on agriculture."
    ).agreements}


def test_a_kind_written_in_capitals_keeps_its_words() -> None:
    facts = facts_of("Amina Yusuf, President of Delta Bank, and Peter Otieno, Governor of Norland Province, signed "
                     "the Bank-Government Cooperation Agreement in Norvik on Monday.")
    (agreement,) = facts.agreements
    assert agreement.kind == "bank-government cooperation agreement"


def test_a_definite_agreement_signed_years_before_is_background() -> None:
    facts = facts_of("Norland and Southland signed an agreement on farming on Monday. \"Since the signing of the "
                     "Free Trade Agreement in 2008, our exports have tripled,\" the minister said.",
                     published=date(2013, 4, 8))
    assert [a.kind for a in facts.agreements] == ["agreement on farming"]


@pytest.mark.parametrize("name", [
    "China Railway No.4 Engineering Group Co., Ltd.",
    "Jiangxi People's Association for Friendship with Foreign Countries",
    "Department of Culture, Radio, Television, Publication and Sports of Hainan Province",
    "Ministry of Investment, Industry and Trade of Uzbekistan",
    "Ministry of Architecture and Construction of Belarus",
    "Ministry of Science and Technology of the People's Republic of China",
])
def test_long_names_of_bodies_are_read_whole(name: str) -> None:
    facts = facts_of(f"The {name} signed a memorandum of understanding with Lakeside University on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {name, "Lakeside University"}


def test_signed_by_a_on_behalf_of_x_and_b_on_behalf_of_y() -> None:
    facts = facts_of("The agreement was signed by Amina Yusuf on behalf of Delta Bank and Governor Peter Otieno "
                     "on behalf of Norland County.")
    assert signatures(facts) == {("Amina Yusuf", "Delta Bank"), ("Peter Otieno", "Norland County")}


def test_an_opening_on_behalf_of_the_two_nations_gives_each_signer_a_side() -> None:
    facts = facts_of("Norland and Southland signed a defence pact on Monday. On behalf of the two nations, the "
                     "agreement was signed by Amina Yusuf and Peter Otieno at a hotel in Kampala.")
    assert signatures(facts) == {("Amina Yusuf", "Norland"), ("Peter Otieno", "Southland")}


def test_an_agreement_for_a_purpose_does_not_hide_the_signers_countries() -> None:
    facts = facts_of("The Ghanaian Foreign Minister, Amina Yusuf, and her Kenyan counterpart, Peter Otieno, held a "
                     "meeting on Thursday. Yusuf and Otieno signed a Cooperation Agreement for Agricultural "
                     "Development.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Ghana", "Kenya"}


_SIGNED = "Delta Bank and Lakeside University signed an MoU on Monday. "


@pytest.mark.parametrize("sentence", [
    "The MoU was signed by Delta Bank CEO Amina Yusuf and Lakeside University Vice-Chancellor Peter Otieno.",
    "Representing Delta Bank, Amina Yusuf signed the MoU, while Peter Otieno signed for Lakeside University.",
    "On behalf of Delta Bank, Amina Yusuf signed the agreement, while Peter Otieno signed for Lakeside University.",
    "Signing for Delta Bank was Amina Yusuf, while Peter Otieno signed for Lakeside University.",
    "Amina Yusuf, CEO, signed for Delta Bank, and Peter Otieno, Vice-Chancellor, for Lakeside University.",
    "The MoU was signed by the bank's chief executive, Amina Yusuf, and the university's vice-chancellor, Peter Otieno.",
])
def test_each_signer_signs_for_the_side_the_sentence_gives(sentence: str) -> None:
    facts = facts_of(_SIGNED + sentence)
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Delta Bank", "Lakeside University"}
    assert signatures(facts) == {("Amina Yusuf", "Delta Bank"), ("Peter Otieno", "Lakeside University")}


def test_a_minister_signs_for_the_one_country_not_for_an_unwritten_ministry() -> None:
    facts = facts_of("Finance Minister Amina Yusuf and Delta Bank Vice President Peter Otieno on Monday signed an "
                     "agreement on a EUR 300 million loan. Croatian Deputy Prime Minister Mary Wanjiku attended the "
                     "ceremony.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Croatia", "Delta Bank"}
    assert ("Amina Yusuf", "Croatia") in signatures(facts)


def test_posts_that_name_a_party_by_its_head_word_give_the_sides() -> None:
    facts = facts_of("The Delta Foundation for Regions Development and the Ministry of Infrastructure Development today "
                     "signed a memorandum of understanding. The MoU was signed by Amina Yusuf, Deputy Chairman of "
                     "the foundation’s Board, and Peter Otieno, the Ministry’s Undersecretary, in the presence of "
                     "Mary Wanjiku.")
    assert signatures(facts) == {("Amina Yusuf", "Delta Foundation for Regions Development"),
                                 ("Peter Otieno", "Ministry of Infrastructure Development")}
    (mou,) = facts.agreements
    assert mou.witnesses == ["Mary Wanjiku"]


def test_an_opening_that_names_both_sides_gives_each_signer_the_one_their_post_says() -> None:
    facts = facts_of("ULAANBAATAR - Representing the Governments of Japan and Mongolia, Minister of Foreign Affairs "
                     "Amina Yusuf and Ambassador of Japan to Mongolia Peter Otieno signed the letters of exchange "
                     "on a scholarship project.")
    assert signatures(facts) == {("Amina Yusuf", "Mongolia"), ("Peter Otieno", "Japan")}


def test_a_signer_holding_a_countrys_office_signs_for_the_country() -> None:
    facts = facts_of("The Belt and Road Forum signed an MoU on Friday. Chinese Ambassador to Nepal Amina Yusuf "
                     "and Nepal’s Foreign Secretary Peter Otieno signed the MoU in Kathmandu.")
    assert ("Amina Yusuf", "China") in signatures(facts)


def test_signers_named_after_their_posts_in_a_list_the_item_reader_cannot_walk_still_sign() -> None:
    facts = facts_of("The memorandum was signed by the Director-General of the Delta Authority for Residency in "
                     "Lakeside, Major General Amina Yusuf, and the Chairman of the Board of Directors of the Norland "
                     "Inventors Association, Peter Otieno, in the presence of the Assistant Director-General, "
                     "Brigadier Mary Wanjiku.")
    assert {person for person, _ in signatures(facts)} == {"Amina Yusuf", "Peter Otieno"}
    (mou,) = facts.agreements
    assert mou.witnesses == ["Mary Wanjiku"]


def test_a_compound_military_rank_before_a_signers_name_is_passed_over() -> None:
    facts = facts_of("The MoU was signed by Lt. General Amina Yusuf, Under-Secretary of the Ministry of Interior, "
                     "and Prof. Peter Otieno, President of the Lakeside University, on the sidelines of a ceremony.")
    assert signatures(facts) == {("Amina Yusuf", "Ministry of Interior"), ("Peter Otieno", "Lakeside University")}



def test_a_signer_signs_for_the_one_party_the_words_about_them_name() -> None:
    facts = facts_of("Kenya and Ghana signed an agreement on economic and technical cooperation. The agreement was "
                     "signed between the Chairman of Ghana’s International Development Cooperation Agency John Mensah "
                     "and Treasury Secretary David Kamau.")
    assert signatures(facts) == {("John Mensah", "Ghana"), ("David Kamau", "Kenya")}


def test_a_place_whose_name_ends_in_s_before_a_title_keeps_its_s() -> None:
    facts = facts_of("A Chinese business delegation signed a memorandum of understanding with Los Angeles on Monday. "
                     "Zhang Wei and Los Angeles Mayor Antonio Villaraigosa signed the MOU at City Hall.")
    assert ("Antonio Villaraigosa", "Mayor", "Los Angeles") in posts(facts)


def test_a_particle_joined_by_a_hyphen_is_part_of_the_name() -> None:
    facts = facts_of("The Lakeside University and the Delta Fund signed a memorandum of understanding on Monday. "
                     "The MoU was signed by Lakeside University president Dr Hassan al-Marzouqi and Delta Fund director "
                     "general Khalifa bin Jassim al-Rashidi in the presence of officials from both institutions.")
    assert {person for person, _ in signatures(facts)} == {"Hassan al-Marzouqi", "Khalifa bin Jassim al-Rashidi"}


def test_a_style_written_with_an_apostrophe_and_a_post_before_the_comma_give_signer_and_side() -> None:
    facts = facts_of("Australia’s Minister for Tertiary Education, Senator John Mensah, and Malaysian Minister for "
                     "Higher Education, Dato’ Rahman Halim bin Nordin, recently signed a Memorandum of Understanding "
                     "(MoU) between the two nations.")
    assert signatures(facts) == {("John Mensah", "Australia"), ("Rahman Halim bin Nordin", "Malaysia")}


def test_a_company_acronym_then_a_title_acronym_before_a_name() -> None:
    facts = facts_of("The MoU was signed by NWPC CMD Anna Berg and DSC CEO Peter Olsen on behalf of the two companies "
                     "today in New Delhi.")
    assert signatures(facts) == {("Anna Berg", "NWPC"), ("Peter Olsen", "DSC")}
    assert ("Anna Berg", "CMD", "NWPC") in posts(facts)


def test_a_partys_initials_before_a_post_with_and_in_it_name_the_signers_side() -> None:
    facts = facts_of("Lakeside University and the Kisumu Foundation yesterday signed a memorandum of understanding. "
                     "The agreement was signed by LU Vice President for Research and Graduate Studies Prof John "
                     "Mensah in the presence of officials from both institutions.")
    assert signatures(facts) == {("John Mensah", "Lakeside University")}


def test_respectively_gives_a_signer_the_side_of_their_place_in_the_list_when_the_other_is_unread() -> None:
    facts = facts_of("The government of Bangladesh has signed a loan agreement of $250 million with the Delta "
                     "Infrastructure Bank (DIB). Amina Yusuf, secretary Economic Relations Division, and DJ Otieno, "
                     "vice president, Investment Operations Region 1, signed the loan agreement virtually on behalf "
                     "of the government of Bangladesh and DIB respectively.")
    assert ("Amina Yusuf", "Bangladesh") in signatures(facts)


def test_the_three_parties_are_those_the_sentence_before_names() -> None:
    facts = facts_of("Nairobi, capital of Kenya, has announced to deepen cooperation with the Delta Center for "
                     "Aerospace Science and the Lakeside Technology Company.\nThe three parties signed a strategic "
                     "cooperation agreement in Nairobi on Monday to build a think tank for the aerospace industry.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Nairobi", "Delta Center for Aerospace Science", "Lakeside Technology Company"}


def test_a_sum_between_the_article_and_the_kind_still_refers_back() -> None:
    from invented import facts_of

    facts = facts_of("Minister A. Berg of the Lakeside Agency on Monday signed a 40 million USD loan agreement with "
                     "the Kisumu Institute. The 40 million USD agreement was signed under a 15-year term. "
                     "The $40m loan agreement will fund roads.")
    assert len(facts.agreements) == 1, [a.kind for a in facts.agreements]


def test_an_accent_typed_for_an_apostrophe_keeps_a_name_whole(tmp_path: Path) -> None:
    facts = extract(page(tmp_path, "grant.txt", "China signs grant\n\nThe Government of the People`s Republic of China "
                         "and the Lakeside Agency signed a grant agreement on Monday. The People´s Bank of Kisumu "
                         "attended.\n"))
    names = {o.name for o in facts.organizations} | {a for o in facts.organizations for a in o.aliases}
    assert "Republic of China" not in names, names
    assert any(n.replace("’", "'") == "People's Bank of Kisumu" for n in names), names


def test_a_surname_spelt_like_a_modal_verb_is_no_wish() -> None:
    # "May" and "Will" are names within a sentence; in lower case, or in a headline's capitals, a wish
    done = facts_of("Rector Anna Berg and Chief Executive Anthony May signed a memorandum of understanding on Monday.")
    assert [a.kind for a in done.agreements] == ["memorandum of understanding"]
    assert facts_of("Chief Executive Anthony May will sign a memorandum of understanding with the bank.").agreements == []
    assert facts_of("The province may sign a framework agreement with the group.").agreements == []


def test_a_head_in_capitals_may_close_a_hyphenated_name() -> None:
    read = facts_of("The Municipality of Lindau and the county of Norvik deepened their relationship by signing a "
                    "Twinning-Agreement on June 14.")
    assert [a.kind for a in read.agreements] == ["twinning agreement"]
    assert facts_of("The two sides signed a non-agreement clause.").agreements == []
