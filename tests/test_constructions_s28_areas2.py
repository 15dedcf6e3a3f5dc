"""Constructions of fields of cooperation read in the twenty-eighth session, areas (invented names and texts)."""
from __future__ import annotations

from invented import SIGNED, areas_of


def test_sides_going_to_collaborate_on_fields_told_before_the_agreement() -> None:
    # "are going to collaborate on A and B": what the sides set out to do, as "will collaborate" is
    text = ("Norland Institute of Technology and Lindau University are going to collaborate on marine biology "
            "and coastal engineering.\n\nA MoU towards this collaboration was signed at the Norland campus on Saturday.")
    assert {"marine biology", "coastal engineering"} <= areas_of(text), areas_of(text)


def test_work_towards_the_exchange_of_lists_a_field() -> None:
    # "will work towards the exchange of A": the act is the field, as "work towards exchanging A" is
    text = SIGNED + "Under the MoU, the two institutes will work towards the exchange of lecturers and the development of joint courses."
    assert {"exchange of lecturers", "development of joint courses"} <= areas_of(text), areas_of(text)


def test_a_purpose_list_goes_on_with_and_exchange_and_and_transfer() -> None:
    # "to increase A and exchange B and transfer C": each act starts an item of the purpose, its verb kept
    text = ("The Lindau Institute signed a memorandum of understanding with Norland University to increase joint "
            "fieldwork and exchange laboratory methods and transfer knowledge with NU's faculty.")
    assert {"joint fieldwork", "exchange laboratory methods", "transfer knowledge"} <= areas_of(text), areas_of(text)


def test_the_subject_in_a_title_with_its_short_name_is_no_field() -> None:
    # "their Memorandum of Understanding (MoU) on cooperation in A": the title's subject, as without "(MoU)"
    text = ("The Lindau Port Authority and the Norland Harbour Board signed a Memorandum of Understanding (MoU) on "
            "cooperation in harbour logistics on Monday.")
    assert "harbour logistics" not in areas_of(text), areas_of(text)


def test_what_the_sides_have_been_working_together_in_is_no_field() -> None:
    # "have been working together in A": cooperation before the agreement, not its terms
    text = (SIGNED + "Since their first MoU in 2015, the agency and the institute have been working together in key areas such as "
            "lake fisheries and water quality. Under the MoU, the two sides will cooperate in flood forecasting.")
    found = areas_of(text)
    assert "flood forecasting" in found and "lake fisheries" not in found, found


def test_sides_who_will_collaborate_to_develop_list_their_fields_after_the_agreement() -> None:
    # "the agency and the institute will collaborate to develop A, B and C": the sides' commitment, read
    # as "will cooperate in" is, though the sentence names no agreement
    text = (SIGNED + "Specifically, the agency and the institute will collaborate to develop river monitoring networks, "
            "flood warning systems and student field placements.")
    assert {"river monitoring networks", "flood warning systems", "student field placements"} <= areas_of(text), areas_of(text)
