"""Constructions that name an agreement's parties (issue 11, parties8), each
on a short invented article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of


def test_numbered_list_after_an_introduction_line_gives_each_item_its_sides() -> None:
    facts = facts_of("Kenya and Ghana signed two memoranda of understanding on Tuesday.\n\n"
                     "The leaders witnessed the exchange of the two MoUs.\n\nThese are:\n\n"
                     "1. MoU between the Kenya Ports Authority and the Ghana Ports and Harbours Authority on "
                     "port management with Digital Tools.\n\n"
                     "2. MoU between the Kenya Revenue Authority and the Ghana Revenue Authority on customs.\n")
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Ghana Ports and Harbours Authority", "Kenya Ports Authority"],
        ["Ghana Revenue Authority", "Kenya Revenue Authority"]]


def test_bodies_after_signed_by_are_the_sides() -> None:
    facts = facts_of("Another memorandum was signed by Kisumu Power Company and Lakeside University as well as "
                     "Nyanza Water Board in February.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kisumu Power Company", "Lakeside University", "Nyanza Water Board"}


def test_signed_by_a_body_and_its_officer_names_no_body_as_signer() -> None:
    facts = facts_of("The MoU was signed by Kisumu Power CEO Amina Yusuf and Lakeside University Rector Peter "
                     "Otieno.")
    (mou,) = facts.agreements
    assert "Kisumu Power CEO" not in mou.parties


def test_a_country_owning_a_body_after_signed_by_gives_the_body() -> None:
    facts = facts_of("A joint declaration was signed by Kenya's Ministry of Trade and the Ministry of Commerce of "
                     "Ghana on trade in services.")
    (declaration,) = facts.agreements
    assert set(declaration.parties) == {"Ministry of Trade", "Ministry of Commerce of Ghana"}


def test_between_after_what_the_signing_is_for_names_the_sides() -> None:
    facts = facts_of("A Memorandum of Understanding was also signed for political consultation between the "
                     "Ministry of Foreign Affairs of Kenya and the Ministry of Foreign Affairs of Ghana.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Ministry of Foreign Affairs of Kenya", "Ministry of Foreign Affairs of Ghana"}


def test_who_reports_the_signing_is_no_side() -> None:
    facts = facts_of("The Kenyan Embassy in Accra said that an agreement on economic cooperation was signed "
                     "between Kenya and Ghana on Monday.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Kenya", "Ghana"}


def test_a_city_before_the_signing_countries_is_where_not_who() -> None:
    facts = facts_of("On the eve of the president's arrival in Nairobi, Ghana and Kenya signed a memorandum "
                     "of understanding on trade.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Ghana", "Kenya"}


def test_an_agreement_between_countries_told_again_between_their_bodies_is_one_agreement() -> None:
    facts = facts_of("Kenya on Tuesday signed a financial cooperation agreement with Ghana.\n\n"
                     "The minister witnessed the signing of the financial cooperation agreement between the "
                     "Ministry of Economic Affairs, Kenya, and the Ministry of Finance, Ghana.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Ministry of Economic Affairs", "Ministry of Finance"}


def test_the_governments_of_several_places_are_each_a_side() -> None:
    facts = facts_of("The governments of the municipalities of Mombasa and Kisumu as well as Nakuru county signed a "
                     "framework agreement on port cooperation on Tuesday.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Mombasa", "Kisumu", "Nakuru county"}


def test_the_governments_of_two_countries_stop_before_a_title() -> None:
    facts = facts_of("Representing the Governments of Kenya and Ghana, Minister of Foreign Affairs Amina Yusuf and "
                     "Ambassador Peter Otieno signed the exchange of letters on development support.")
    (letters,) = facts.agreements
    assert set(letters.parties) == {"Kenya", "Ghana"}


def test_a_person_named_with_the_body_signs_for_it_is_no_side() -> None:
    facts = facts_of("The Kisumu County Government signed a loan agreement with the Lakeside Development Bank.\n\n"
                     "Amina Yusuf, secretary of finance, and Tom Wekesa, vice president, signed the loan agreement "
                     "on behalf of the county and the bank respectively.")
    (loan,) = facts.agreements
    assert "Tom Wekesa" not in loan.parties


def test_signed_with_a_person_of_a_company_gives_the_company() -> None:
    facts = facts_of("Another MoU was inked with Tom Wekesa of Daybest Research Private Ltd for setting up drone "
                     "units.")
    (mou,) = facts.agreements
    assert "Daybest Research Private Ltd" in mou.parties
    assert "Tom Wekesa" not in mou.parties


def test_a_national_institute_is_named_with_its_seat() -> None:
    facts = facts_of("The All-India Institute of Medical Sciences, Rishikesh and Patanjali University, Haridwar, "
                     "have signed a Memorandum of Understanding.")
    (mou,) = facts.agreements
    assert "All-India Institute of Medical Sciences, Rishikesh" in mou.parties


def test_sides_among_several_after_a_long_title() -> None:
    facts = facts_of("The signing ceremony of the Framework Agreement on the Construction of Kisumu Lakeside "
                     "Industrial Park (2023-2027) among the People's Government of Kisumu District, the People's "
                     "Government of Maseno Town and the Lakeside Park Development Company was held on Monday.")
    (agreement,) = facts.agreements
    assert {"People's Government of Kisumu District", "People's Government of Maseno Town"} <= set(agreement.parties)


def test_two_bodies_read_as_one_name_are_two_sides() -> None:
    facts = facts_of("The second MoU was signed between the Government of Kerala and Lakeside Infrastructure Ltd. "
                     "in the defence sector.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Government of Kerala", "Lakeside Infrastructure Ltd."}


def test_a_ministry_of_two_fields_stays_one_side() -> None:
    facts = facts_of("The Ministry of Industry and Commerce signed a memorandum of understanding with Lakeside "
                     "Infrastructure Ltd. on Monday.")
    (mou,) = facts.agreements
    assert "Ministry of Industry and Commerce" in mou.parties


def test_two_countries_ministers_named_after_a_dateline_sign_for_their_countries() -> None:
    facts = facts_of("KAZINFORM – Kazakhstani and South Korean Foreign Ministers Murat Nurtleu and Park Jin have "
                     "signed a memorandum of cooperation for 2023-24 today in Astana.")
    (memo,) = facts.agreements
    assert set(memo.parties) == {"Kazakhstan", "South Korea"}


def test_a_body_read_only_as_its_kind_gets_the_words_that_say_which() -> None:
    facts = facts_of("An agreement was also signed between Lakeside Exports and Investments and the General "
                     "Directorate of International Economic Relations of Kenya, with the aim of promoting trade.")
    (agreement,) = facts.agreements
    assert "General Directorate of International Economic Relations of Kenya" in agreement.parties


def test_an_inline_list_of_instruments_gives_each_its_own_sides() -> None:
    facts = facts_of("Kenya and Ghana have signed four Memoranda of Understanding (MoUs) on Tuesday. The four "
                     "instruments that have been signed are: MoU on Cooperation in Higher Education between Kenya and "
                     "Ghana, MoU for cooperation between the Kenya Institute of Strategic Studies and the Ghana Centre "
                     "for Strategic Research, MoU on tourism, and MoU between the Kenya National Chamber of Commerce "
                     "and the Accra Chamber of Commerce on trade.")
    sides = [set(a.parties) for a in facts.agreements]
    assert {"Accra Chamber of Commerce", "Kenya National Chamber of Commerce"} in sides
    assert any("Kenya Institute of Strategic Studies" in s for s in sides)
