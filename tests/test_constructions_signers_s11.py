"""Signer constructions (session 11, signers): signers told before the text
names what they signed, ... Each case is a short invented article read
through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def test_signers_told_before_the_agreement_is_named_sign_the_one_told_next() -> None:
    facts = facts_of("The five-year programme was signed by Finance Minister Anna Berg on behalf of the Norland Government, and "
                     "Delta Bank President Jonas Lind on behalf of the bank. Anna Berg signing a $300 million loan "
                     "agreement with Delta Bank in Norvik on Monday.")
    assert {("Anna Berg", "Norland Government"), ("Jonas Lind", "Delta Bank")} <= signatures(facts)


def test_signers_told_before_with_no_side_are_not_given_to_the_next_agreement() -> None:
    facts = facts_of("Foreign Minister Anna Berg and Foreign Minister Li Ming signed a total of eight documents. "
                     "Among them, Norland and Lindau signed a loan agreement on roads.")
    assert not {name for name, _ in signatures(facts)} & {"Anna Berg", "Li Ming"}


def test_a_company_named_before_a_title_without_its_form_word_is_the_signers_side() -> None:
    facts = facts_of("Delta Group and Norland Basic Industries Corp signed a strategic cooperation agreement on "
                     "Thursday, Delta said. They will also invest in their joint venture Delta Nobic Lindau "
                     "Petrochemical Company Limited. The agreement was signed by Nobic Chairman Anna Berg, and Delta "
                     "Chairman Li Ming.")
    assert ("Li Ming", "Delta Group") in signatures(facts)


def test_the_person_signed_with_after_a_bracketed_short_name_and_a_place_signs_too() -> None:
    facts = facts_of("Lakeside University President Anna Berg signed a memorandum of understanding (MOU) on "
                     "cooperation in Norvik Tuesday with Li Ming, president of the Delta Institute.")
    assert "Li Ming" in {name for name, _ in signatures(facts)}


def test_the_person_signed_with_after_when_or_where_signs_too() -> None:
    for text in ("Norland's Minister of Health, Anna Berg, signed today with the Lindau Health Minister, Li Ming, "
                 "a memorandum of understanding on hospitals.",
                 "Anna Berg, Chairman of the Norvik Endowments Department, inked the MoU in Norvik with Li Ming, "
                 "Vice President of Lindau."):
        assert "Li Ming" in {name for name, _ in signatures(facts_of(text))}, text


def test_a_body_signed_with_whose_name_opens_like_a_persons_signs_nothing() -> None:
    facts = facts_of("The Lakeside Institute of Technology has signed a memorandum of understanding (MoU) with "
                     "Delta Norland Private Limited (DNPL) at Norvik, as per an official statement.")
    assert not {name for name, _ in signatures(facts)} & {"Delta Norland"}


def test_people_said_to_be_the_signatories_after_their_names_signed_for_their_sides() -> None:
    facts = facts_of("Norvik City and the Delta Institute signed an agreement on geothermal energy on Monday. "
                     "Mayor Anna Berg, on behalf of Norvik City and Director Li Ming, on behalf of the Delta "
                     "Institute, were the signatories on the agreement.")
    assert {("Anna Berg", "Norvik City"), ("Li Ming", "Delta Institute")} <= signatures(facts)


def test_one_of_the_signatories_is_the_person_just_named() -> None:
    facts = facts_of("Delta Mining signed an agreement with three Lakeside communities on Thursday. Lakeside "
                     "Council Chief Anna Berg, who was one of the signatories, said Mayor Li Ming had helped.")
    names = {name for name, _ in signatures(facts)}
    assert "Anna Berg" in names and "Li Ming" not in names


def test_a_by_after_another_deeds_participle_names_no_signer() -> None:
    facts = facts_of("Norland and the Delta Bank signed a loan agreement on Monday. Anna Berg and the Lindau Food "
                     "Programme Country Director, Jonas Lind, signed a memorandum of understanding on a grant to "
                     "flood victims endorsed by Delta Bank President Li Ming during his visit to Norland.")
    assert "Li Ming" not in {name for name, _ in signatures(facts)}


def test_a_body_the_signers_post_names_as_its_own_is_the_side_where_the_parties_leave_it_out() -> None:
    facts = facts_of("Norland and Lindau signed an agreement on Monday. Anna Berg, Chief, Medical Superintendent, "
                     "Norvik Hospital signed the MoU in presence of Li Ming, Mayor of Lindau.")
    assert ("Anna Berg", "Norvik Hospital") in signatures(facts)


def test_a_body_of_a_signers_remit_is_not_the_side() -> None:
    facts = facts_of("Norland and Lindau signed an agreement on Monday. Anna Berg, Minister for State Enterprises, "
                     "signed the MoU in presence of Li Ming, Mayor of Lindau.")
    assert ("Anna Berg", "State Enterprises") not in signatures(facts)


def test_sides_set_off_before_the_verb_respectively_are_one_each_in_order() -> None:
    facts = facts_of("Today, the Norland Ministry of Finance and the Delta Bank inked a financing agreement worth $30 "
                     "million. Dr Anna Berg and Mr Li Ming, representing the Delta Bank Office and the Norland "
                     "Ministry of Finance, respectively, signed the agreement.")
    assert {("Anna Berg", "Delta Bank Office"), ("Li Ming", "Norland Ministry of Finance")} <= signatures(facts)


def test_a_side_whose_opening_words_name_a_known_body_is_that_body() -> None:
    facts = facts_of("Today, the Norland Ministry of Finance and the Delta Bank inked a financing agreement worth $30 "
                     "million. Dr Anna Berg and Mr Li Ming, representing the Norland Ministry of Finance and the Delta "
                     "Bank Country, respectively, signed the agreement.")
    assert {("Anna Berg", "Norland Ministry of Finance"), ("Li Ming", "Delta Bank")} <= signatures(facts)
