"""Constructions of English that name an agreement's parties (issue 11,
parties11), each on a short invented article read through the public
extraction API."""
from __future__ import annotations

from invented import facts_of


def test_a_passive_signing_names_its_agent_after_when_it_was_signed() -> None:
    facts = facts_of("A memorandum of understanding was signed on Monday by Lakeside University and the Kisumu "
                     "Institute of Technology.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Kisumu Institute of Technology"}


def test_a_passive_signing_names_its_agent_after_where_and_when_it_was_signed() -> None:
    facts = facts_of("The MoU was signed in Nairobi on 12 May 2024 by Lakeside University and Kisumu Polytechnic.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Kisumu Polytechnic"}


def test_who_attends_the_ceremony_is_no_agent_of_the_signing() -> None:
    facts = facts_of("The MoU was signed at a ceremony attended by Lakeside University and Kisumu Polytechnic.")
    (mou,) = facts.agreements
    assert mou.parties == []


def test_a_series_signed_today_by_two_countries_gives_each_agreement_told_after_its_sides() -> None:
    facts = facts_of("A series of agreements were signed today by Kenya and Ghana after the meeting of the "
                     "presidents.\n\nFinally, a declaration of intent was signed on tourism.")
    (declaration,) = facts.agreements
    assert set(declaration.parties) == {"Kenya", "Ghana"}


def test_the_subjects_of_a_deed_done_with_the_signing_are_its_sides() -> None:
    facts = facts_of("The Nairobi City Council and Lakeside University marked their partnership with the signing "
                     "of a memorandum of understanding.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Nairobi City Council", "Lakeside University"}


def test_countries_that_conclude_talks_by_signing_are_both_sides() -> None:
    facts = facts_of("Kenya and Ghana concluded the talks by signing an agreement on trade.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Kenya", "Ghana"}


def test_a_visit_ended_with_a_signing_names_no_side() -> None:
    facts = facts_of("President Anna Berg ended her visit to Accra with the signing of an agreement on trade.")
    (agreement,) = facts.agreements
    assert agreement.parties == []


def test_the_two_countries_are_the_pair_named_just_before() -> None:
    facts = facts_of("Kenya and Ghana held talks in Accra on Monday. The two countries signed an agreement on trade.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Kenya", "Ghana"}


def test_both_universities_are_the_two_universities_named_before() -> None:
    facts = facts_of("Lakeside University and Kisumu Polytechnic have long worked together. The two universities "
                     "signed a memorandum of understanding on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Kisumu Polytechnic"}


def test_signed_between_the_two_countries_refers_back_too() -> None:
    facts = facts_of("Kenya and Ghana held talks. An agreement on trade was signed between the two countries on "
                     "Monday.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Kenya", "Ghana"}


def test_both_countries_said_of_what_the_agreement_serves_is_no_side() -> None:
    facts = facts_of("The Kenya News Agency signed an MoU with the Ghana News Agency. The MoU, signed in Accra, comes "
                     "within the framework of relations between Kenya and Ghana, supported by the leaders of both "
                     "countries.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kenya News Agency", "Ghana News Agency"}


def test_what_is_signed_at_a_meeting_between_two_sides_is_between_them() -> None:
    facts = facts_of("On June 27, a cooperation symposium between Lakeside University and the Kisumu County "
                     "Government was held in Kisumu. At the symposium, a cooperation agreement was signed.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Lakeside University", "Kisumu County Government"}


def test_a_signing_not_said_to_be_at_the_meeting_takes_no_sides_from_it() -> None:
    facts = facts_of("Talks between Lakeside University and Kisumu Polytechnic were held on Monday.\n\n"
                     "In other news, a memorandum of understanding on water was signed in Nakuru.")
    (mou,) = facts.agreements
    assert mou.parties == []


def test_a_dateline_city_in_capitals_is_no_side() -> None:
    facts = facts_of("MOMBASA: The Ministry of Water Affairs has signed a memorandum of understanding (MoU) with "
                     "Lakeside Convention and Exhibition Centre (LCEC) for jointly organising events.")
    (mou,) = facts.agreements
    assert "MOMBASA" not in mou.parties and "Ministry of Water Affairs" in mou.parties


def test_the_outlet_that_reports_the_signing_is_no_side() -> None:
    facts = facts_of("The Kenya Broadcasting Corporation reports that the MoU was signed by Gov. Anna Berg of "
                     "Nakuru and the chairman of the company.")
    (mou,) = facts.agreements
    assert "Kenya Broadcasting Corporation" not in mou.parties


def test_a_body_that_says_it_has_signed_is_a_side() -> None:
    facts = facts_of("Lakeside Bank said that it has signed a loan agreement with Kisumu Polytechnic.")
    (loan,) = facts.agreements
    assert set(loan.parties) == {"Lakeside Bank", "Kisumu Polytechnic"}


def test_a_possessor_before_the_agreement_is_no_word_of_its_kind() -> None:
    for text, kind in (("The government signed Japan’s grant for school buildings on Monday.", "grant"),
                       ("The minister signed the today’ s loan agreement with Lakeside Bank.", "loan agreement"),
                       ("The firms signed a shareholders’ agreement on Monday.", "shareholders’ agreement")):
        (agreement,) = facts_of(text).agreements
        assert agreement.kind == kind, text


def test_both_counties_are_two_places_named_with_their_kind_before() -> None:
    facts = facts_of("Officials of Mombasa and Kisumu counties met on Monday. Both counties signed a twinning "
                     "agreement.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Mombasa", "Kisumu"}


def test_a_body_of_a_country_is_the_side_not_its_country() -> None:
    facts = facts_of("Lakoil of Norway and Kamneft of Russia signed a deal on Friday to establish several joint "
                     "ventures.")
    (deal,) = facts.agreements
    assert set(deal.parties) == {"Lakoil", "Kamneft"}


def test_a_post_of_a_country_names_no_body() -> None:
    facts = facts_of("The President of Ghana signed an agreement with Kenya.")
    (agreement,) = facts.agreements
    assert "President" not in agreement.parties


def test_the_state_of_a_country_is_the_country() -> None:
    facts = facts_of("The Kingdom of Bahrain and the State of Kuwait signed an agreement on trade.")
    (agreement,) = facts.agreements
    # (named as the article writes them: it never writes "Bahrain" or "Kuwait" alone)
    assert set(agreement.parties) == {"Kingdom of Bahrain", "State of Kuwait"}
