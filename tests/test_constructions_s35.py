"""Constructions read in the thirty-fifth session (invented names and texts)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from invented import SIGNED, areas_of, facts_of, page, posts, signatures

from kg.extract import extract


def test_a_titled_name_at_or_from_a_body_holds_its_post_there() -> None:
    # "signed by Secretary A at the Ministry of Finance", "Vice Chancellor B from the University of X"
    read = posts(facts_of("The agreement was signed by Secretary Rajan Thapa at the Ministry of Finance and "
                          "Ambassador Jonas Weber."))
    assert ("Rajan Thapa", "Secretary", "Ministry of Finance") in read, read
    read = posts(facts_of("Vice Chancellor Professor Maren Lund from the University of Halden and Eastport Hospital "
                          "CEO Tom Ruiz signed a memorandum of understanding."))
    assert ("Maren Lund", "Vice Chancellor", "University of Halden") in read, read


def test_the_body_after_the_first_of_two_signers_is_not_the_second_ones() -> None:
    # "signed by Secretary A of the Ministry of Finance and Ambassador B": a pair, each of its own side
    read = posts(facts_of("The agreement was signed by Secretary Rajan Thapa of the Ministry of Finance and "
                          "Ambassador Jonas Weber."))
    assert ("Rajan Thapa", "Secretary", "Ministry of Finance") in read, read
    assert not any(p[0] == "Jonas Weber" for p in read), read


def test_a_university_is_not_the_university_hospitals_named_beside_it() -> None:
    # "The University of X and X University Hospitals": two bodies ("hospitals" is a head word of its own)
    facts = facts_of("The University of Halden and Halden University Hospitals (HUH) NHS Trust have strengthened "
                     "their partnership. Vice Chancellor Professor Maren Lund from the University of Halden and HUH "
                     "CEO Tom Ruiz signed a Memorandum of Understanding.")
    assert any("University of Halden" in a.parties for a in facts.agreements), facts.agreements
    assert ("Maren Lund", "University of Halden") in signatures(facts), signatures(facts)


def test_a_body_written_after_a_listed_name_closes_the_list_before_it() -> None:
    # "A, B, Vice President C of X, and President D of Y": X is A's and B's body, not Y
    read = posts(facts_of("Secretary of the Party Committee Anna Berg, President Li Ming, Vice President Tom Okafor of "
                          "Lakeside University, and President Sara Quist of Hilltop College attended. Li Ming and "
                          "Sara Quist signed the agreement."))
    assert ("Anna Berg", "Secretary of the Party Committee", "Lakeside University") in read, read
    assert ("Li Ming", "President", "Lakeside University") in read, read
    assert ("Sara Quist", "President", "Hilltop College") in read, read


def test_a_rank_before_a_name_set_off_after_a_title_is_only_its_style() -> None:
    # "Liberia's Minister of Foreign Affairs, Ambassador A B": the minister's post, not an ambassador's
    read = posts(facts_of("The agreements were signed by Norway's Minister of Foreign Affairs, Ambassador Dee Kamara, "
                          "and Tom Ruiz, President of the Eastport Bank."))
    assert ("Dee Kamara", "Minister of Foreign Affairs", "Norway") in read, read
    assert not any(p[0] == "Dee Kamara" and p[1] == "Ambassador" for p in read), read


def test_words_naming_a_unit_between_a_body_and_a_title_are_the_titles() -> None:
    # "Norvik Bank Regional Director A", "Norvik Bank Technical Director B": the bank's directors
    read = posts(facts_of("The agreement was signed by Norvik Bank Regional Director Tom Ruiz and Lindau College "
                          "Technical Director Anna Berg."))
    assert ("Tom Ruiz", "Regional Director", "Norvik Bank") in read, read
    assert ("Anna Berg", "Technical Director", "Lindau College") in read, read


def test_a_seat_after_a_body_head_word_stays_in_the_bodys_name_before_a_title() -> None:
    # "International Islamic University Chittagong Vice Chancellor A": the seat is the university's
    read = posts(facts_of("The MoU was signed by Northern Islamic University Kharan Vice Chancellor Prof. Dr. Rafiq "
                          "Ahmed and Lindau College President Anna Berg."))
    assert ("Rafiq Ahmed", "Vice Chancellor", "Northern Islamic University Kharan") in read, read


def test_a_lower_case_title_with_its_rank_after_a_name() -> None:
    # "A, joint secretary at MoF, signed": "joint", "additional", "permanent" narrow a lower-case title too
    read = posts(facts_of("The grant agreement was signed by Ram Bahadur Thapa, joint secretary at the Ministry of "
                          "Finance, and Anna Berg, permanent secretary of the Lindau Trade Council."))
    assert ("Ram Bahadur Thapa", "joint secretary", "Ministry of Finance") in read, read
    assert ("Anna Berg", "permanent secretary", "Lindau Trade Council") in read, read


def test_an_alternate_minister_is_a_title_not_a_name() -> None:
    # "in the presence of Greek Alternate Minister of Foreign Affairs A": A witnessed, as Greece's minister
    facts = facts_of("The memorandum was signed in Athens in the presence of Greek Alternate Minister of Foreign "
                     "Affairs Theo Karamanlis.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Theo Karamanlis"}, facts.agreements
    assert ("Theo Karamanlis", "Alternate Minister of Foreign Affairs", "Greece") in posts(facts), posts(facts)


def test_a_ruler_is_a_title_of_the_place_he_rules() -> None:
    # "Sheikh A, Deputy Ruler of Sharjah and President of the University of Sharjah": both posts
    read = posts(facts_of("Sheikh Omar bin Khalid Al Haddad, Deputy Ruler of Lindau and President of the University "
                          "of Lindau, witnessed the signing of the memorandum of understanding."))
    assert ("Omar bin Khalid Al Haddad", "Deputy Ruler", "Lindau") in read, read
    assert ("Omar bin Khalid Al Haddad", "President", "University of Lindau") in read, read


def test_a_list_of_documents_each_on_a_line_opened_by_a_dash(tmp_path: Path) -> None:
    # "— Agreement on cooperation between A and B;" one per line under the story: each line one agreement
    article = page(tmp_path, "dashes.txt", "Norland and Eastport sign new documents\n"
                   "LINDAU, 17.08.2018. Following talks, the two Presidents Tom Ruiz and Anna Berg signed the Joint "
                   "Statement. A package of three intergovernmental cooperation documents was also signed in the "
                   "presence of the heads of states Tom Ruiz and Anna Berg.\n"
                   "— Agreement on cooperation between the Norland Trade Union and the Eastport Trade Union;\n"
                   "— MoU on cooperation between the Norland News Agency and the Eastport News Agency;\n"
                   "— Agreement between the Norland Academy of Sciences and the Eastport Academy of Sciences on "
                   "scientific cooperation.\n")
    facts = extract(article)
    assert sorted(a.kind for a in facts.agreements) == ["agreement", "agreement on cooperation", "joint statement",
                                                       "mou"], [a.kind for a in facts.agreements]
    assert any(set(a.parties) == {"Norland News Agency", "Eastport News Agency"} for a in facts.agreements), \
        [a.parties for a in facts.agreements]


def test_an_action_plan_signed_is_a_document_not_a_wish() -> None:
    # "An action plan was signed between A and B": "plan" names the document ("the two sides plan to sign" is a wish)
    for text in ("An action plan was signed between the Lindau Region and the Norvik Region.",
                 "Action plans were signed between the Lindau Region and the Norvik Region."):
        facts = facts_of(text)
        assert [(a.kind, sorted(a.parties)) for a in facts.agreements] == [
            ("action plan", ["Lindau Region", "Norvik Region"])], facts.agreements
    assert not facts_of("The two sides plan to sign an agreement between the Lindau Region and the Norvik Region "
                        "in May.").agreements


def test_the_field_cooperation_is_in_is_the_field() -> None:
    # "bilateral cooperation in economy, trade and culture": economy is the field; "cooperation in all aspects
    # under the principle of equality" names none
    assert areas_of(SIGNED + "The MoU covers bilateral cooperation in economy, trade and culture.") \
        == {"economy", "trade", "culture"}
    assert areas_of(SIGNED + "The memorandum paves the way for future cooperation on investment projects in "
                    "infrastructure.") == {"investment projects in infrastructure"}
    read = areas_of(SIGNED + "Under the memorandum the two sides will carry out cooperation in all aspects under the "
                    "principle of equality and mutual benefit.")
    assert not any("aspects" in a for a in read), read


def test_clauses_manners_and_periods_are_no_fields() -> None:
    # "cooperation in health within a five-year period, in accordance with the existing laws": health alone
    read = areas_of(SIGNED + "The two sides agreed to cooperate in health within a five-year period, and in "
                    "accordance with the existing laws.")
    assert read == {"health"}, read


def test_a_delegation_set_off_before_who_leads_it_gives_the_leader_its_body() -> None:
    # "The Lindau delegation, led by Deputy Mayor A, signed ... with Norvik City": A is Lindau's, not Norvik's;
    # "the College delegation, led by CEO B": the one college the article names
    facts = facts_of("Lindau City and Norvik City signed a sister city agreement. The Lindau delegation, led by "
                     "Deputy Mayor Ko Min-su, signed the sister city agreement with Norvik City.")
    assert ("Ko Min-su", "Deputy Mayor", "Lindau") in posts(facts), posts(facts)
    read = posts(facts_of("The Lakeside Medical Training College (LMTC) signed an MoU with Kisumu County. The MoU was "
                          "signed during a visit of the College delegation, led by CEO Dr. Kelly Ouma."))
    assert ("Kelly Ouma", "CEO", "Lakeside Medical Training College") in read, read


def test_signers_who_met_in_the_lead_signed_on_the_day_of_their_meeting() -> None:
    # "A on Thursday held talks with B ... / A and B also signed an MoU": the meeting's day
    facts = facts_of("Foreign Minister Anna Berg on Thursday held talks with her Norvik counterpart Tom Ruiz in Lindau. "
                     "The two ministers reviewed existing agreements. Berg and Ruiz also signed an MoU between the "
                     "Lindau Diplomatic Institute and the Norvik Academy.", published=date(2025, 5, 22))
    assert [a.date for a in facts.agreements] == [date(2025, 5, 22)], facts.agreements
    # (others' meeting is not the signing's)
    facts = facts_of("Foreign Minister Anna Berg on Thursday held talks with her Norvik counterpart Tom Ruiz in Lindau. "
                     "The two ministers reviewed existing agreements. Li Ming and Omar Haddad signed an MoU between the "
                     "Lindau Diplomatic Institute and the Norvik Academy.", published=date(2025, 5, 22))
    assert [a.date for a in facts.agreements] == [None], facts.agreements


def test_documents_of_another_kind_told_after_a_count_are_among_those_counted() -> None:
    # "Three agreements were signed. Action plans were signed between A and B. A memorandum ... C and D": one
    # action plan with its sides, the memorandum with its own, and one more left unnamed
    facts = facts_of("Three agreements were signed at the forum. Action plans were signed between the Lindau Region "
                     "and the Norvik Region. A memorandum was signed between the Delta Port and the Eastport Group.")
    assert [(a.kind, sorted(a.parties)) for a in facts.agreements] == [
        ("action plan", ["Lindau Region", "Norvik Region"]), ("memorandum", ["Delta Port", "Eastport Group"]),
        ("agreement", [])], facts.agreements


def test_a_name_listed_after_people_the_model_names_is_a_persons() -> None:
    # "Municipal leaders Zhang Wei, Chen Jie and Zhao Lei attended": the small model misses the last name
    facts = facts_of("Lindau City and Norvik Group signed a strategic cooperation agreement. Municipal leaders Zhang "
                     "Wei, Chen Jie and Zhao Lei attended the signing ceremony.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Zhang Wei", "Chen Jie", "Zhao Lei"}, facts.agreements
    # (a body listed after a person is no person)
    facts = facts_of("Lindau City and Norvik Group signed an agreement. Zhang Wei and Eastport Bank attended.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Zhang Wei"}, facts.agreements


def test_a_countrys_officer_of_a_ministry_the_text_names_holds_the_post_at_the_ministry() -> None:
    # "the Ethiopian Director for Africa of the Ministry of Foreign Affairs, Ambassador A": the ministry's director
    # ("the Egyptian Minister of Investment B": the country's minister)
    read = posts(facts_of("Ambassador Tom Ruiz met with the Ethiopian Director for Central Africa of the Ministry of "
                          "Foreign Affairs, Ambassador Mohammed Abdi, and signed the memorandum of understanding."))
    assert ("Mohammed Abdi", "Director for Central Africa", "Ministry of Foreign Affairs") in read, read
    read = posts(facts_of("The loan agreement was signed by the Egyptian Minister of Investment Sahar Nabil and "
                          "Tom Ruiz."))
    assert ("Sahar Nabil", "Minister of Investment", "Egypt") in read, read


def test_an_ambassador_listed_after_a_banks_president_is_not_the_banks() -> None:
    # "the President of the CDB Dr A, Ambassador B, Permanent Representative of Italy": B is no officer of the bank
    read = posts(facts_of("The loan agreement was signed in Rome. Present at the signing were the President of the "
                          "Delta Bank Dr Hyde Leon, Ambassador Marco Rossi, and Tom Ruiz."))
    assert ("Hyde Leon", "President", "Delta Bank") in read, read
    assert not any(p[0] == "Marco Rossi" and p[2] == "Delta Bank" for p in read), read


def test_a_bodys_letters_are_not_the_foundation_named_after_it() -> None:
    # "UTAR President A signed the MoU. ... Wholly owned by UTAR Education Foundation Co. No. 578227-M": UTAR is
    # the university, not its foundation (nor the foundation's registration number)
    facts = facts_of("The MoU was signed by LKU President Tan Wei Ming and Lindau College. Tan said LKU welcomes the "
                     "partnership.\n\nWholly owned by LKU Education Foundation Co. No. 578227-M")
    assert ("Tan Wei Ming", "President", "LKU") in posts(facts), posts(facts)


def test_two_offices_held_as_one_post_joined_by_cum() -> None:
    # "Commissioner-cum-Secretary of the Education Department A": two offices, one title
    read = posts(facts_of("The MoU between the Lindau Sports Authority and Delta Rackets was signed in the presence "
                          "of Commissioner-cum-Secretary of the Education Department Rajesh Kumar."))
    assert ("Rajesh Kumar", "Commissioner-cum-Secretary", "Education Department") in read, read
