"""Constructions read in the forty-seventh session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def test_two_places_signing_with_the_country_one_is_in_after_it() -> None:
    # "Nebraska state of the US": the country after a place's name says where it is, the place signs
    facts = facts_of("Lindau province and Velsk state of the US signed a memorandum of understanding on "
                     "cooperation at a ceremony on July 12, 2023.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lindau province", "Velsk state"}, mou.parties


def test_a_titled_person_after_a_place_is_not_a_country() -> None:
    # only a country may follow a place's name: "of Velsk" after a mayor is a post, not where he is
    facts = facts_of("Lindau city and the Mayor of Velsk signed a memorandum of understanding on July 12, 2023.")
    for mou in facts.agreements:
        assert "Mayor" not in " ".join(mou.parties), mou.parties


def test_a_minister_whose_ministry_is_unwritten_signs_for_the_country_the_other_signer_is_not() -> None:
    facts = facts_of("Kuwaiti Amir Sheikh Meshal Al-Ahmad and visiting President of Uzbekistan Anna Berg oversaw on "
                     "Monday the signing of an agreement. It was signed by Minister of Commerce and Industry Khalifa "
                     "Al-Askar and Uzbek Foreign Minister Baxtiyor Saidov.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Kuwait", "Uzbekistan"}, agreement.parties
    assert {(s.person, s.on_behalf_of) for s in agreement.signatures} == {
        ("Khalifa Al-Askar", "Kuwait"), ("Baxtiyor Saidov", "Uzbekistan")}
