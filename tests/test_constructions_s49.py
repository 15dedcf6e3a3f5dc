"""Constructions read in the forty-ninth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def test_a_spaced_dash_sets_a_title_and_its_body_off_after_a_name() -> None:
    # "A – Chief Technology Officer USF, signed the MoU": the dash does what a comma does
    facts = facts_of("The Lakeside Health Fund (LHF) and the Norvik Institute of Technology signed a memorandum of "
                     "understanding. On Tuesday, Anna Berg – Chief Executive Officer LHF, and Li Ming – Registrar "
                     "Norvik Institute of Technology, signed the MoU.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert {("Anna Berg", "Chief Executive Officer", "Lakeside Health Fund"),
            ("Li Ming", "Registrar", "Norvik Institute of Technology")} <= posts, posts
    (mou,) = facts.agreements
    assert {(s.person, s.on_behalf_of) for s in mou.signatures} == {
        ("Anna Berg", "Lakeside Health Fund"), ("Li Ming", "Norvik Institute of Technology")}, mou.signatures


def test_a_dash_closing_an_aside_gives_no_post_to_the_name_before_it() -> None:
    # "... participants included the envoy A – the Mayor of Rome said": the dash ends the aside
    facts = facts_of("Lindau and Norvik signed a sister city agreement on Monday. During the ceremony – guests "
                     "included the Special Envoy of Norland Anna Berg – the Mayor of Lindau said the bridge was built.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert not any(person == "Anna Berg" and title == "Mayor" for person, title, _ in posts), posts


def test_the_one_who_speaks_after_signing_signed() -> None:
    # "..., Banque Misr Vice Chairman A told Xinhua after signing the MoU": the speaker signed it
    facts = facts_of("The Lakeside Bank and the Norvik Bank signed a memorandum of understanding on Sunday. \"It is "
                     "a good day,\" Lakeside Bank Vice Chairman Peter Otieno told reporters after signing the MoU.")
    (mou,) = facts.agreements
    assert [(s.person, s.on_behalf_of) for s in mou.signatures] == [("Peter Otieno", "Lakeside Bank")], mou.signatures


def test_one_who_says_what_will_follow_a_signing_did_not_sign_it() -> None:
    # "A said that after signing the MoU the banks would ...": A speaks of the signing, no more
    facts = facts_of("The Lakeside Bank and the Norvik Bank signed a memorandum of understanding on Sunday. Lakeside "
                     "Bank Vice Chairman Peter Otieno said that after signing the MoU the banks would lend more.")
    (mou,) = facts.agreements
    assert not mou.signatures, mou.signatures


def test_a_campus_named_after_its_university_is_not_the_university() -> None:
    # "held at the Science Park, Prince of Songkla University Hatyai Campus": a venue, not the party's name
    facts = facts_of("The signing ceremony of the MoU between Lakeside University and Norvik University was held at "
                     "the Science Park, Norvik University Kisumu Campus. The MoU was signed by Anna Berg, President of "
                     "Lakeside University; and Li Ming, President of Norvik University.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Norvik University"}, mou.parties


def test_a_lower_case_minister_of_a_remit_holds_the_implied_ministry_not_the_remit() -> None:
    # "Amado Boudou, minister of Economy and Public Finance": no body called "Economy and Public Finance"
    facts = facts_of("Peter Otieno, president of the Lakeside Bank, and Li Ming, minister of Economy and Public "
                     "Finance, signed two loan agreements.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Li Ming", "minister of Economy and Public Finance", "Ministry of Economy and Public Finance") in posts, posts
    assert all("Economy and Public Finance" != party for a in facts.agreements for party in a.parties)


def test_after_in_the_presence_of_a_witness_the_last_two_joined_by_and_signed() -> None:
    # "In the presence of the president of X, W, A, president of CAF, and B, minister of ..., signed two loans"
    facts = facts_of("In the presence of the president of Norland, Anna Berg, Peter Otieno, president of the "
                     "Lakeside Bank, and Li Ming, Minister of Finance, signed a loan agreement.")
    (loan,) = facts.agreements
    assert loan.witnesses == ["Anna Berg"], loan.witnesses
    assert {s.person for s in loan.signatures} == {"Peter Otieno", "Li Ming"}, loan.signatures


def test_people_listed_after_in_the_presence_of_before_a_passive_all_witnessed() -> None:
    # "In the presence of A and B, the agreement was signed by ...": no subject to take from the list
    facts = facts_of("In the presence of President Anna Berg and Premier Li Ming, the agreement was signed by the "
                     "two ministers.")
    (agreement,) = facts.agreements
    assert set(agreement.witnesses) == {"Anna Berg", "Li Ming"}, agreement.witnesses


def test_a_region_adjective_and_a_dollar_sum_name_no_country() -> None:
    # "US$640 million ... CAF - Latin American development bank": an article of Argentina alone, so its
    # minister, whose ministry the text never names, signs for Argentina
    facts = facts_of("US$640 million for roads in Argentina\n\nIn Mar del Plata, Peter Otieno, president of the "
                     "Lakeside Bank - Latin American development bank, and Li Ming, Minister of Economy and Public "
                     "Finance, signed a loan agreement of US$640 million. Argentina will build roads.")
    (loan,) = facts.agreements
    assert ("Li Ming", "Argentina") in {(s.person, s.on_behalf_of) for s in loan.signatures}, loan.signatures


def test_a_region_written_after_a_town_stands_for_the_town_as_a_side() -> None:
    # "between Wa in the Upper West Region and Ouahigouya in the Yatenga Province ... between the two cities"
    facts = facts_of("The sister-city relationship between Kisumu in the Upper West Region and Eldoret in the Yatenga "
                     "Province of Kenya was formalised on Tuesday with the signing of a Memorandum of Understanding "
                     "between the two cities.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kisumu", "Eldoret"}, mou.parties


def test_ghanas_heads_of_local_government_hold_one_title() -> None:
    # "A, Municipal Chief Executive, signed for Wa": the assembly's level is part of the title
    facts = facts_of("Kisumu and Eldoret signed a sister city agreement on Monday. Mr Peter Otieno, Municipal Chief "
                     "Executive, signed for Kisumu while Mr Li Ming, the Mayor of Eldoret, signed for his city.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Peter Otieno", "Municipal Chief Executive", "Kisumu") in posts, posts


def test_a_listed_remit_runs_into_a_styled_name() -> None:
    # "Minister of Electricity, Water and Renewable Energy Dr. Jassem Al-Ostad signed": the style opens the name
    facts = facts_of("Kenya and Norland signed agreements in Nairobi. Minister of Electricity, Water and Renewable "
                     "Energy Dr. Peter Otieno signed an MoU with the Lindau Energy Agency regarding power systems.")
    posts = {(p.person, p.title) for p in facts.posts}
    assert ("Peter Otieno", "Minister of Electricity, Water and Renewable Energy") in posts, posts


def test_the_town_and_country_a_body_is_of_are_not_sides() -> None:
    # "X (FPCCI) and Y (NST) a non-profit organization of Zurich, Switzerland have signed a MoU"
    facts = facts_of("The Lakeside Chamber of Commerce (LCC) and the Norvik Climate Trust (NCT) a non-profit "
                     "organization of Zurich, Switzerland have signed a Memorandum of Understanding today in Nairobi.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside Chamber of Commerce", "Norvik Climate Trust"}, mou.parties


def test_the_meeting_after_a_signing_ceremony_was_held_is_that_ceremony() -> None:
    # "X and Y held a ... signing ceremony. ... A held the meeting, B and C attended the meeting"
    facts = facts_of("On Monday, Lakeside University and the Kisumu Institute held an agreement signing ceremony. "
                     "Anna Berg and Li Ming signed the agreement. Peter Otieno held the meeting, and Mary Wanjiru "
                     "and Ravi Kumar attended the meeting.")
    (agreement,) = facts.agreements
    assert {"Mary Wanjiru", "Ravi Kumar"} <= set(agreement.witnesses), agreement.witnesses


def test_a_title_alone_that_witnessed_is_its_one_holder() -> None:
    # "Caretaker Prime Minister A met ... The prime minister witnessed the signing of a MoU"
    facts = facts_of("Prime Minister Anna Berg met the delegation in Lindau. The prime minister witnessed the "
                     "signing of a Memorandum of Understanding between the Lindau Port Trust and the Norvik Ports Group.")
    (mou,) = facts.agreements
    assert mou.witnesses == ["Anna Berg"], mou.witnesses


def test_a_title_alone_held_by_two_names_no_witness() -> None:
    # two prime ministers named before: which one "the prime minister" is, the text does not say
    facts = facts_of("Prime Minister Anna Berg met Prime Minister Li Ming in Lindau. The prime minister witnessed "
                     "the signing of a Memorandum of Understanding between the Lindau Port Trust and the Norvik "
                     "Ports Group.")
    (mou,) = facts.agreements
    assert not mou.witnesses, mou.witnesses


def test_his_excellencys_letters_start_the_holders_name_not_the_bodys() -> None:
    # "Secretary-General of the Ministry of Foreign Affairs H E Dr. A chaired the Qatari side"
    facts = facts_of("Qatar and Malta held political consultations in Valletta. Secretary-General of the Lindau "
                     "Chamber of Commerce H E Dr. Anna Berg chaired the Qatari side.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", "Secretary-General", "Lindau Chamber of Commerce") in posts, posts


def test_an_event_named_for_a_town_is_no_person_and_leaves_the_town_a_place() -> None:
    # "signed ... in Tokyo ... / With the upcoming Tokyo Olympics and World Expo 2025 in Osaka, ...": the
    # Olympics are no one, so "Tokyo" is no one's name and stays the signing's town
    facts = facts_of("The Lakeside Trade Corporation has signed a memorandum of cooperation with the Norvik Trade "
                     "Organisation in Tokyo to further enhance bilateral ties.\n\nWith the upcoming Tokyo Olympics "
                     "and Paralympics, as well as World Expo 2025 in Osaka, there are many opportunities.")
    (moc,) = facts.agreements
    assert moc.place == "Tokyo", moc.place
    assert not any("Olympics" in p.person for p in facts.posts)


def test_a_dateline_after_an_aggregators_source_gives_the_town_of_here() -> None:
    # "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Sept 18 (KUNA) -- ... signed ... here"
    facts = facts_of("(MENAFN- Kuwait News Agency (KUNA)) NAIROBI, Sept 18 (KUNA) -- Lakeside University and the "
                     "Kisumu Institute signed a memorandum of understanding here on Monday.")
    (mou,) = facts.agreements
    assert mou.place == "Nairobi", mou.place


def test_a_styled_name_then_a_title_of_a_body_with_no_comma() -> None:
    # "Professor Rumen Mladenov Rector of Plovdiv University signed the MoU"
    facts = facts_of("Prof. Anna Berg, Director, Lakeside University and Professor Peter Otieno Rector of Kisumu "
                     "University signed the MoU with Kisumu University.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Peter Otieno", "Rector", "Kisumu University") in posts, posts
    (mou,) = facts.agreements
    assert ("Peter Otieno", "Kisumu University") in {(s.person, s.on_behalf_of) for s in mou.signatures}
