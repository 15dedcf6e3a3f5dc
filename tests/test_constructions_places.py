"""Where and when a signing took place, as real news tells it (issue 11), each
construction on a short invented article read through the public extraction
API: the dateline's city only where the text says "here", places that hang on
another clause's verb or on a person's title left out, a venue followed by its
city, a country that is no city, the occasion told after the signing ("At a
signing ceremony ... in Nairobi"), and the meeting an agreement's sentence
refers back to ("At the meeting, both parties signed ...").
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import extract
from invented import facts_of, page


def place_and_date(text: str) -> tuple[str | None, date | None]:
    (agreement,) = facts_of(text).agreements
    return agreement.place, agreement.date


def test_a_dateline_alone_is_where_the_story_was_filed_not_where_it_was_signed() -> None:
    place, _ = place_and_date("BEIJING, May 13 (Xinhua) -- The Chinese government has signed a memorandum of "
                              "understanding with the Honduran government on the Belt and Road Initiative, the "
                              "commission said on Tuesday.")
    assert place is None


def test_here_places_the_signing_in_the_datelines_city() -> None:
    place, when = place_and_date("ISLAMABAD, May 14: A memorandum of understanding between the Ministry of "
                                 "Information Technology and Gulf Digital Ventures was signed at the Prime "
                                 "Minister's Office here on Monday.")
    assert (place, when) == ("Islamabad", date(2024, 5, 13))


@pytest.mark.parametrize("text", [
    # a purpose clause
    "The Government of India and the Asian Development Bank signed a loan agreement on Thursday to raise "
    "farm incomes and promote horticulture in Himachal Pradesh.",
    # a description of a side
    "The University of Miami signed a student exchange agreement with the Universidad de Oviedo, ranked one of "
    "the best universities in Spain.",
    # what the sides plan to do
    "Under the agreement, signed by Cho Sung-boo and Toru Mizutani, the two agencies plan to run training "
    "programs for correspondents in Seoul and Tokyo.",
    # a person's post
    "The memorandum of understanding was signed by Said bin Sultan, Under-Secretary of the Ministry of Arts, and "
    "Mohsin al Balushi, Advisor at the Ministry of Commerce.",
    # what the agreement is for
    "A memorandum of understanding has been signed by Cuxport and the port authority for the construction of "
    "berth 4 at the Cuxport terminal in Cuxhaven.",
    # where a side is
    "The University of Miami signed a memorandum of understanding with the Universidad de Oviedo, located in "
    "the north of Spain.",
    # a country is no city
    "A letter of intent on friendly ties between Hunan Province and Somogy County was signed during the "
    "delegation's stay in Hungary.",
])
def test_a_place_of_something_else_is_not_where_it_was_signed(text: str) -> None:
    place, _ = place_and_date(text)
    assert place is None


def test_a_venue_then_its_city_gives_the_city() -> None:
    place, _ = place_and_date("Crue and CEAIE signed a memorandum of understanding on Friday. The MoU was "
                              "signed at Crue's Offices in Madrid and was attended by the rector.")
    assert place == "Madrid"
    place, _ = place_and_date("The Emirates News Agency has signed a memorandum of understanding with the "
                              "Mauritanian News Agency. The MoU, signed at WAM's office in Dubai, comes within "
                              "the framework of growing relations.")
    assert place == "Dubai"


def test_a_town_after_at_is_the_place() -> None:
    place, when = place_and_date("A Memorandum of Understanding was signed between NESAC and the Government of "
                                 "Arunachal Pradesh on December 20, 2021 at Pasighat for the use of space technology.")
    assert (place, when) == ("Pasighat", date(2021, 12, 20))
    place, _ = place_and_date("The University of Hyderabad and the Kerala State Higher Education Council signed a "
                              "Memorandum of Understanding on Thursday.\n\nThe formal signing ceremony took place at "
                              "Thiruvananthapuram in the office of Dr R Bindu, Minister for Higher Education.")
    assert place == "Thiruvananthapuram"


def test_the_signing_ceremony_told_after_the_signing_gives_its_place() -> None:
    place, _ = place_and_date("Ghana and the Coastal Development Bank have signed a grant agreement for small "
                              "businesses.\n\nAt a signing ceremony on the sidelines of the bank's annual meeting "
                              "in Nairobi, Kenya, the Minister of Finance thanked the bank.")
    assert place == "Nairobi"


def test_an_agreement_signed_at_the_meeting_told_before_takes_its_time_and_place() -> None:
    place, when = place_and_date("In the afternoon of May 15, a delegation from Ganzhou held talks in Ningbo "
                                 "with the mayor of Ningbo.\n\nAt the meeting, both parties signed a framework "
                                 "agreement on cooperation.")
    assert (place, when) == ("Ningbo", date(2024, 5, 15))


def test_a_meeting_the_day_before_dates_the_agreement_signed_after_it() -> None:
    place, when = place_and_date("Yesterday morning, the mayor met with the delegation of the Zurich Water "
                                 "Association.\n\nAfter the meeting, the delegation signed a strategic cooperation "
                                 "agreement with the Municipal Water Supplies Bureau.")
    assert (place, when) == (None, date(2024, 5, 16))


def test_a_date_after_menu_items_with_blank_lines_between_dates_the_page(tmp_path: Path) -> None:
    article = page(tmp_path, "page.txt",
                   "Shortcut to Body Shortcut to main menu\n\nInvest News\n\n  • Home\n\n  • About Us\n\n"
                   "  • Newsroom\n\n  • Invest News\nLakeside and Nordhavn join hands\nDate\n2022.07.13\n\n\n\n"
                   "Lakeside Agency held an MOU signing ceremony with Nordhavn University at its headquarters on "
                   "July 11.\n")
    assert article.published == date(2022, 7, 13)
    assert [a.date for a in extract(article).agreements] == [date(2022, 7, 11)]


def test_documents_signed_together_date_and_place_the_one_told_after() -> None:
    place, when = place_and_date("The Cabinet of Ministers has published a list of documents signed on May 15 in "
                                 "Ankara within the meeting of the joint commission.\n\nThe protocol of the 9th "
                                 "meeting of the joint commission was signed by the two deputy prime ministers.")
    assert (place, when) == ("Ankara", date(2024, 5, 15))


def test_a_room_of_a_body_is_named_with_the_body() -> None:
    place, _ = place_and_date("The University of Kerala has signed a Memorandum of Understanding with the Digital "
                              "University. In an event held at the Syndicate Chamber of the KU on Monday, the MoU was "
                              "signed by the two registrars.")
    assert place == "Syndicate Chamber of the KU"


def test_a_venue_located_in_a_district_of_a_town_gives_the_town() -> None:
    place, _ = place_and_date("Invest Korea signed an MOU with Korea Maritime University on Monday. The MOU was "
                              "signed at the headquarters of the university located in Yeongdo-gu, Busan, in the "
                              "presence of the commissioner.")
    assert place == "Busan"
