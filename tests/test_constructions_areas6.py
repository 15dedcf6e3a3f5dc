"""Ways real news lists the fields an agreement covers that the rules
before the fourth batch of the development set missed (issue 11), each on a
short invented article read through the public extraction API: a colon's
run of items told apart by semicolons; "exchanges, including" in a sentence
that names the agreement; "cooperation agreements in A, B and C"; "areas of
cooperation involving"; what loans fund improvements to; what an agreement
stipulates or provides for; "In the memo, ..." and a pledge made by signing;
"focusing on" repeated before each field. And what is not the agreement's:
a count of areas, the fields of an agreement still to be signed, of "other
agreements", and a side's home named again after a field.
"""
from __future__ import annotations

import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of


@pytest.mark.parametrize("text,areas", [
    # a colon, then items told apart by semicolons that keep their own commas and "and"
    (_SIGNED + "The memorandum encompasses a broad range of issues including: trade and investment; education, "
     "youth and sport; labour mobility; and livestock development.",
     {"trade and investment", "education, youth and sport", "labour mobility", "livestock development"}),
    # "exchanges, including A, B and C" in a sentence that names the agreement
    (_SIGNED + "To support the initiatives in the MoU, the ministry will fund exchanges, including faculty visits, "
     "dual-degree programs and corporate internships.",
     {"faculty visits", "dual-degree programs", "corporate internships"}),
    # plural agreements, each told by its field
    ("Kenya and Ghana on Monday signed cooperation agreements in energy, nuclear power, transport and personnel "
     "training.", {"energy", "nuclear power", "transport", "personnel training"}),
    # "areas of cooperation involving"
    (_SIGNED + "The agreement proposes 12 areas of cooperation involving port services, customs clearance and "
     "policy coordination.", {"port services", "customs clearance", "policy coordination"}),
    # "investment" is a field like any other
    (_SIGNED + "The MoU provides for the two countries to cooperate more closely in areas of tourism, trade, "
     "investment and agriculture.", {"tourism", "trade", "investment", "agriculture"}),
    # what loans fund improvements to; the side's home named again after the last field is cut
    ("The Asian Development Bank and the Papua New Guinea Government signed two loan agreements to fund "
     "improvements to the Highlands road network and air services in Papua New Guinea.",
     {"Highlands road network", "air services"}),
    # what a loan is for financing
    ("The European Investment Bank and Serbia signed a loan agreement of 384m EUR for financing construction "
     "of a highway section.", {"construction of a highway section"}),
    # "In the document, ..." holds the agreement's purposes, though the sides "pledged" them
    (_SIGNED + "In the document, the two parties also pledged to share expertise in tourism, trade and the social "
     "sphere.", {"tourism", "trade", "social sphere"}),
    # a pledge made by signing is the agreement's, not a speaker's
    (_SIGNED + "By signing the MoU, both universities pledged to maintain and enhance academic collaboration, "
     "student well-being, and community engagement.",
     {"academic collaboration", "student well-being", "community engagement"}),
    # what the agreement stipulates
    (_SIGNED + "The memorandum stipulates the adoption of innovative programs for young inventors.",
     {"innovative programs for young inventors"}),
    # what the agreement entails, after "cooperation ... towards ensuring"
    (_SIGNED + "The MoU entails mutual cooperation between Kisumu Hospital and Lakeside Clinic towards ensuring "
     "sharing of human resources.", {"sharing of human resources"}),
    # "focusing on" before each field
    (_SIGNED + "According to the agreement, the two sides will carry out cooperation focusing on personnel "
     "training, focusing on discipline construction.", {"personnel training", "discipline construction"}),
])
def test_fields_are_read(text: str, areas: set[str]) -> None:
    assert areas <= areas_of(text)


def test_a_count_of_areas_is_no_field() -> None:
    found = areas_of(_SIGNED + "The MoU will strengthen relations through cooperation on a number of areas.")
    assert not any("number" in area for area in found)


def test_exchanges_including_needs_the_agreement_named() -> None:
    # past exchanges told about the universities, in a sentence that does not name the agreement
    found = areas_of(_SIGNED + "The two universities have already enjoyed substantial academic exchanges, "
                     "including researcher exchanges and joint research in the humanities.")
    assert not found & {"researcher exchanges", "joint research in the humanities"}


def test_an_agreement_still_to_be_signed_gives_no_field() -> None:
    found = areas_of(_SIGNED + "The parties agreed to conclude an intergovernmental agreement to cooperate in the "
                     "energy sector in the near future.")
    assert not any("energy" in area for area in found)


def test_other_agreements_keep_their_fields() -> None:
    found = areas_of("The two presidents witnessed the signing of the memorandum of understanding as well as a "
                     "number of other cooperative agreements in education, agriculture and trade.")
    assert not found & {"education", "agriculture", "trade"}


def test_a_region_beyond_the_sides_stays_in_the_field() -> None:
    found = areas_of(_SIGNED + "The two companies agreed to cooperate in marketing and sales cooperation in "
                     "Southeast Asia.")
    assert "sales cooperation in Southeast Asia" in found


def test_a_count_of_pillars_is_no_field() -> None:
    found = areas_of("The bank and the government signed a $100 million loan agreement on Monday. It covers three "
                     "main pillars.")
    assert not any("pillars" in area for area in found)


def test_what_a_speaker_apprised_students_of_is_not_the_agreement() -> None:
    found = areas_of(_SIGNED + "The director apprised students about the ongoing research in the field of robotics "
                     "and drone technologies at his institution.")
    assert "robotics" not in found


def test_the_singular_field_of_two_words_is_one_field() -> None:
    # "in the field of A and B": the singular names one field; "in the fields of A and B" names two
    assert "creativity and innovation" in areas_of(
        _SIGNED + "The MoU aims to enhance joint cooperation in the field of creativity and innovation.")
    assert {"education", "security"} <= areas_of(
        _SIGNED + "The agreement relates to cooperation in the fields of education and security.")


def test_the_sides_further_terms_after_the_agreement_are_its_fields() -> None:
    # "They also agreed to expand B" right after a sentence telling the agreement's terms
    found = areas_of("The Lakeside Agency and the Kisumu Institute signed a memorandum of understanding on Monday. "
                     "Under the agreement, the two agencies plan to run training programs for correspondents. "
                     "They also agreed to expand employee exchanges.")
    assert "employee exchanges" in found


def test_the_sides_agreeing_without_an_agreement_before_gives_no_field() -> None:
    found = areas_of(_SIGNED + "The weather in Kisumu was fine. They also agreed to expand employee exchanges.")
    assert "employee exchanges" not in found
