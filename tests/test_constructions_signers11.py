"""Who signed, and for whom (issue 11, signers and sides): signer lists the
item reader stops in, people across the table after "signed ... with", the
signing told as a noun, sides named by a people's adjective, and national
offices that make their holder sign for the country. Each case is a short
invented article read through the public extraction API.
"""
from __future__ import annotations

import pytest

from invented import facts_of, signatures

TOLD = "Kisumu Power Company and Lakeside University signed a memorandum of understanding on Monday. "


@pytest.mark.parametrize("sentence", [
    "The MoU was signed by Kenya's Minister for Energy, Amina Yusuf and the University's Registrar in Kisumu, "
    "Peter Otieno.",
    "The MoU was signed by KPC managing director Amina Yusuf and Lakeside University registrar Peter Otieno.",
], ids=["possessive-titles", "lower-case-titles"])
def test_a_signed_by_list_goes_on_past_a_title_it_cannot_walk(sentence: str) -> None:
    facts = facts_of(TOLD + sentence)
    assert {person for person, _ in signatures(facts)} == {"Amina Yusuf", "Peter Otieno"}


def test_a_person_named_after_the_list_at_a_place_did_not_sign() -> None:
    facts = facts_of(TOLD + "The MoU was signed by KPC chief Amina Yusuf and Lakeside University registrar "
                     "Peter Otieno at the office of Governor John Kamau.")
    assert "John Kamau" not in {person for person, _ in signatures(facts)}


def test_a_side_phrase_ends_where_the_next_signer_is_named() -> None:
    facts = facts_of(TOLD + "The MoU was signed by Secretary of the Treasury Amina Yusuf on behalf of the "
                     "Government of Kenya and Peter Otieno, Chief Representative on behalf of Lakeside University.")
    assert signatures(facts) == {("Amina Yusuf", "Government of Kenya"), ("Peter Otieno", "Lakeside University")}


def test_everyone_listed_across_the_table_after_signed_with_signed() -> None:
    facts = facts_of("Lakeside University signed an MoU with Kisumu Power Company on Monday. The university's "
                     "Vice Chancellor, Prof Amina Yusuf, signed the agreements with the KPC's MD, Prof Peter "
                     "Otieno, and the Kisumu Water's CEO, Dr Jane Achieng.")
    assert {person for person, _ in signatures(facts)} == {"Amina Yusuf", "Peter Otieno", "Jane Achieng"}


def test_the_one_across_the_table_signed_when_the_signer_is_named_by_title_only() -> None:
    facts = facts_of(TOLD + "Minister of Energy O.Bat on Monday signed the loan agreement with Lakeside "
                     "University Registrar Peter Otieno to fund a campus.")
    assert "Peter Otieno" in {person for person, _ in signatures(facts)}


def test_field_words_in_a_post_name_no_signer() -> None:
    facts = facts_of("Delta Bank and Kisumu Power signed an MoU. The MoU was signed by Amina Yusuf, Director "
                     "of Technical Education and Vocational Training, and Peter Otieno, Chief Executive "
                     "Officer of Kisumu Power.")
    assert {person for person, _ in signatures(facts)} == {"Amina Yusuf", "Peter Otieno"}


def test_the_signing_told_as_a_noun_names_its_signers() -> None:
    facts = facts_of("A highlight of the meeting was the signing of the Delta Cooperation Arrangement by the "
                     "Minister for Trade, the Hon Anna Berg, and the Minister for Energy, the Hon Li Ming.")
    assert {person for person, _ in signatures(facts)} == {"Anna Berg", "Li Ming"}


def test_a_signing_hosted_by_someone_is_not_signed_by_them() -> None:
    facts = facts_of(TOLD + "The signing of the MoU, hosted by Governor Anna Berg, was a success.")
    assert "Anna Berg" not in {person for person, _ in signatures(facts)}


@pytest.mark.parametrize("text,expected", [
    ("Syria and China signed a grant agreement in Damascus on Monday. The agreement was signed by Anna Berg "
     "on the Syrian side and by Li Ming on the Chinese side.", {("Anna Berg", "Syria"), ("Li Ming", "China")}),
    ("The Syrian government and China signed a grant agreement in Damascus on Monday. Anna Berg, who signed "
     "the agreement on the Syrian side, thanked China.", {("Anna Berg", "Syrian government")}),
], ids=["each-side", "its-government"])
def test_a_side_named_by_its_peoples_adjective(text: str, expected: set) -> None:
    assert signatures(facts_of(text)) == expected


def test_a_national_secretary_signs_for_the_country() -> None:
    facts = facts_of("The Delta Foundation signed an MoU on the Belt and Road Initiative on Monday. Nepal's "
                     "Foreign Secretary Anna Berg and Li Ming, Director of the Delta Foundation, signed the MoU "
                     "in Kathmandu.")
    assert signatures(facts) == {("Anna Berg", "Nepal"), ("Li Ming", "Delta Foundation")}


def test_a_signer_for_a_city_signs_for_its_government_when_that_is_the_party() -> None:
    facts = facts_of("The Kisumu Municipal Government and Lakeside University signed a cooperation agreement on "
                     "Monday. Amina Yusuf, Deputy Mayor of Kisumu City, and Peter Otieno, Vice President of "
                     "Lakeside University, signed the agreement on behalf of Kisumu City and Lakeside University "
                     "respectively.")
    (agreement,) = facts.agreements
    assert signatures(facts) == {("Amina Yusuf", "Kisumu Municipal Government"),
                                 ("Peter Otieno", "Lakeside University")}
    assert set(agreement.parties) == {"Kisumu Municipal Government", "Lakeside University"}
