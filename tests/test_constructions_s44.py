"""Constructions read in the forty-fourth session (invented sentences).

As in the session before, each was found by writing the genre's usual ways of
saying one thing (data/variants/en.yaml) and checking which of them kg read;
the tests keep the ones that were missed."""
from __future__ import annotations

import pytest
from invented import areas_of, facts_of

SIDES = "Lakeside University and the Kisumu Institute"


def _witnesses(text: str) -> set[str]:
    return {w for a in facts_of(text).agreements for w in a.witnesses}


@pytest.mark.parametrize("text", [
    f"{SIDES} signed a memorandum of understanding on Monday under the auspices of Governor Anna Berg and "
    "Minister Peter Otieno.",
    f"{SIDES} signed a memorandum of understanding on Monday before Governor Anna Berg and Minister Peter Otieno.",
    f"Governor Anna Berg and Minister Peter Otieno witnessed as {SIDES} signed a memorandum of understanding on "
    "Monday.",
])
def test_witnesses_told_after_the_signing_by_other_words(text: str) -> None:
    assert _witnesses(text) == {"Anna Berg", "Peter Otieno"}


@pytest.mark.parametrize("text", [
    f"{SIDES} signed a memorandum of understanding before the end of the year.",
    f"{SIDES} signed a memorandum of understanding before Governor Anna Berg arrived in Nairobi to open the fair.",
])
def test_before_a_time_or_an_event_names_no_witness(text: str) -> None:
    assert _witnesses(text) == set()


SIGNED = f"{SIDES} signed a memorandum of understanding on Monday. "


@pytest.mark.parametrize("sentence", [
    "The partnership will mean collaboration in relation to agriculture, health and education.",
    "The MoU aims to increase opportunities for agriculture, health and education.",
    "The agreement is intended to promote joint work in agriculture, health and education.",
    "The areas of cooperation are: agriculture, health and education.",
    "The MoU is aimed at strengthening ties in agriculture, health and education.",
    "The collaboration will include agriculture, health and education.",
])
def test_fields_told_in_other_words_after_the_signing(sentence: str) -> None:
    assert areas_of(SIGNED + sentence) == {"agriculture", "health", "education"}


@pytest.mark.parametrize("sentence", [
    "The Kisumu Institute was represented by its Director, Dr Peter Otieno.",
    "The Kisumu Institute, led by its Director Peter Otieno, visited the university.",
])
def test_its_title_is_a_post_of_the_side_that_sends_its_own(sentence: str) -> None:
    facts = facts_of(f"{SIDES} signed an MoU on Monday. {sentence}")
    assert ("Peter Otieno", "Director", "Kisumu Institute") in {(p.person, p.title, p.organization) for p in facts.posts}


@pytest.mark.parametrize(("text", "post"), [
    ("The MoU was signed by Chairman of Delta Power R V Sheshan and Lakeside University.",
     ("R V Sheshan", "Chairman", "Delta Power")),
    ("The MoU was signed by Director of Delta Power K. K. Pant and Lakeside University.",
     ("K. K. Pant", "Director", "Delta Power")),
    ("The MoU was signed by Chairman of the Delta Power Corporation R V Sheshan and Lakeside University.",
     ("R V Sheshan", "Chairman", "Delta Power Corporation")),
])
def test_initials_then_a_family_name_end_the_body_before_them(text: str, post: tuple[str, str, str]) -> None:
    facts = facts_of(text)
    assert post in {(p.person, p.title, p.organization) for p in facts.posts}
    assert (post[0], post[2]) in {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}


def test_one_middle_initial_stays_inside_the_name() -> None:
    facts = facts_of("The loan was signed by Secretary of Finance Cesar V. Purisima and Ambassador Kenji Sato.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Cesar V. Purisima", "Kenji Sato"}


def test_singed_is_a_misspelt_signed() -> None:
    facts = facts_of("The memorandum was singed by Vice-Chancellor Anna Berg of Lakeside University and Director "
                     "Peter Otieno of the Kisumu Institute.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Anna Berg", "Peter Otieno"}


def test_a_counterpart_from_a_side_named_after_the_word_holds_the_same_post_there() -> None:
    facts = facts_of("Somerton Mayor Gerardo Anaya and his counterpart from Puerto Penasco, Jorge Pivac, signed an "
                     "agreement reaffirming ties.")
    assert ("Jorge Pivac", "Mayor", "Puerto Penasco") in {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Jorge Pivac", "Puerto Penasco") in {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}


@pytest.mark.parametrize("text", [
    "The Mayor of Amur City, Mr. Ivan Petrov, signed the letter of intent along with the Mayor of Weinan City, "
    "Mr. Xi Ming.",
    "The Mayor of Amur City, Mr. Ivan Petrov, signed the letter of intent alongside the Mayor of Weinan City, "
    "Mr. Xi Ming.",
])
def test_the_one_who_signed_along_with_the_subject_signed_too(text: str) -> None:
    facts = facts_of(text)
    assert {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures} == {
        ("Ivan Petrov", "Amur City"), ("Xi Ming", "Weinan City")}


def test_one_addressed_as_a_person_is_no_side() -> None:
    facts = facts_of("On the occasion, Mr. Musokotwane and the WFP Country Director, Pablo Recalde, signed a memorandum "
                     "of understanding on a framework.")
    assert not any(o.name.startswith("Mr") for o in facts.organizations)
    assert facts.agreements[0].parties == ["WFP"]


@pytest.mark.parametrize("text", [
    "DIMAPUR, FEBRUARY 9 (MExN): St. Joseph University signed a Memorandum of Understanding (MoU) with the "
    "Department of Technical Education on February 9.",
    "St. Joseph University (SJU), Nagaland signed a Memorandum of Understanding (MoU) with the Department of "
    "Technical Education, Nagaland, on February 9.",
])
def test_a_dateline_with_its_day_and_a_state_set_off_after_a_body_are_no_sides(text: str) -> None:
    (mou,) = facts_of(text).agreements
    assert set(mou.parties) == {"St. Joseph University", "Department of Technical Education"}


def test_a_list_of_sides_after_with_keeps_a_county_that_the_list_goes_on_from() -> None:
    (mou,) = facts_of("Lakeside University signed an MoU with the Kisumu Institute, Nakuru County and the Kenya "
                      "Ports Authority.").agreements
    assert "Nakuru County" in mou.parties


def test_one_who_stands_in_for_a_minister_holds_no_ministers_post() -> None:
    facts = facts_of("The MoU was signed in the presence of the Representative of the Minister of Higher Education, "
                     "Prof. Jean Essono, and the Rector.")
    assert {(p.person, p.title) for p in facts.posts} == {
        ("Jean Essono", "Representative of the Minister of Higher Education")}


def test_a_governing_title_then_its_province_set_off_by_a_comma_before_the_name() -> None:
    facts = facts_of("Chief Minister Punjab, Maryam Nawaz, witnessed the signing of the MoU between Lakeside University "
                     "and the Kisumu Institute.")
    assert ("Maryam Nawaz", "Chief Minister", "Punjab") in {(p.person, p.title, p.organization) for p in facts.posts}
    assert facts.agreements[0].witnesses == ["Maryam Nawaz"]
