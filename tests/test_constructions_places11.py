"""Where a signing took place, read whole and told as a place (issue 11,
eleventh round): a post's office is a building, not a town ("the Prime
Minister's Office"); a field ("in the Field of Health"), the kind of
document ("In the MoU signing ceremony") are no place; a person's name
after a venue is cut off ("the Varuna Palace of Governor Banda"). Each text is
invented; each test reads it through the public extraction API.
"""
from __future__ import annotations

from datetime import date

from invented import facts_of


def _places(text: str) -> list[str | None]:
    return [a.place for a in facts_of(text, date(2024, 5, 17)).agreements]


def test_a_posts_office_is_the_place_not_a_town_named_like_the_post() -> None:
    text = "The Premier and the Ambassador of Norland signed the Exchange of Notes at the Prime Minister’s Office on Wednesday."
    assert _places(text) == ["Prime Minister's Office"]


def test_a_field_named_in_a_list_of_documents_is_no_place() -> None:
    text = ("Norland and Lakeland signed four memoranda of understanding on Monday.\n\n"
            "1. MoU on Cooperation in the Field of Trade\n\n"
            "2. MoU on Cooperation in the Field of Health\n")
    assert "Field of Health" not in _places(text) and "Field of Trade" not in _places(text)


def test_the_kind_of_document_before_its_ceremony_is_no_place() -> None:
    text = ("Lakeside University has signed a Memorandum of Understanding (MoU) with Nordhavn College today. "
            "In the MoU signing ceremony with Nordhavn College, the two vice chancellors vowed to hold conferences.")
    assert _places(text) == [None]


def test_a_persons_name_after_a_venue_is_cut_off() -> None:
    text = ("The pact between Lakeside Holdings and Nordhavn Wind was signed at the Varuna Palace of "
            "Governor Joseph Banda on Monday.")
    assert _places(text) == ["Varuna Palace"]


def _dates(text: str, published: date | None = date(2024, 5, 17)) -> list[date | None]:
    return [a.date for a in facts_of(text, published).agreements]


def test_a_day_given_again_in_brackets_in_another_places_time_is_not_a_date_line() -> None:
    text = ("Norland and Lakeland signed a trade agreement during the President's state visit to Lakeland on "
            "Thursday, May 16 (early Friday, May 17, Norland time).")
    assert _dates(text) == [date(2024, 5, 16)]


def test_the_last_day_of_a_stretch_of_days_is_not_the_signing_day() -> None:
    text = ("Lakeside Holdings signed a memorandum of understanding with the state government on the first day of "
            "the investment week organised in Pune from 13th-to 16th May, 2024.")
    assert date(2024, 5, 16) not in _dates(text)


def test_an_initial_after_at_is_no_place() -> None:
    text = ("The Government of Marlow and the Government of the Isles of Fenn signed a memorandum of understanding "
            "for a clinic to be built at the expense of H.H. Sheikh Omar bin Tariq, Ruler of Marlow.")
    assert _places(text) == [None]


def test_a_body_named_with_a_head_word_and_a_countrys_region_are_no_place() -> None:
    text = ("Talks between the presidents of Norland and Lakeland were held in Port Ellis.\n\n"
            "Among the documents signed were a memorandum on investment cooperation in Lakeland's Far East and "
            "a treaty on the rights of the participants in the Harrow Tensing company.")
    assert set(_places(text)) == {"Port Ellis"}


def test_two_places_joined_by_a_hyphen_qualify_what_follows_and_name_no_place() -> None:
    text = ("President Lin Wei attended the promotion day held by the Embassy of Norland in Lindau.\n\n"
            "During the event, the hosts praised the work of the university in China-Africa cooperation.\n\n"
            "Afterwards, President Lin Wei and the Minister of Agriculture of Norland, Omar Tesfaye, signed a "
            "memorandum of understanding.")
    assert _places(text) == ["Lindau"]


def test_a_town_and_its_country_without_a_comma_is_the_town() -> None:
    read = _places("The Ministry of Trade and Delta Holdings signed a memorandum of understanding in Nairobi Kenya "
                   "on Monday.")
    assert read == ["Nairobi"]
    assert "South" not in _places("Delta Holdings signed a supply agreement in South China on Monday.")
