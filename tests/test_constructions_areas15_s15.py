"""Fields of cooperation (session 15), each on a short invented article read
through the public extraction API: "the foci of cooperation will be A, B",
"will work toward A", "collaborate for the promotion of A", "to further the
collaboration between the parties in A"; leads that are no part of a field
("including but not limited to", "in terms of"), "through ..." that tells how
and "and more" are cut; "besides promoting C" adds C; a capitalized pair
("Air Service and Transport") is one field; "Priority areas include A, B"
told after the agreement lists its fields; "collaborate to further develop A
and promote B" tells the fields, and "sectors of the country, such as C"
lists C.
"""
from __future__ import annotations

import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of


@pytest.mark.parametrize("sentence, fields", [
    ("The foci of cooperation will be urban planning, smart cities and water supply.",
     {"urban planning", "smart cities", "water supply"}),
    ("The memorandum will work toward developing curricula, standardization and testing.",
     {"standardization", "testing"}),
    ("Under the memorandum, the two institutes collaborate for the promotion of education, research and innovation.",
     {"education", "research", "innovation"}),
    ("The memorandum seeks to further the collaboration between the parties in port services, dredging and pilotage.",
     {"port services", "dredging", "pilotage"}),
])
def test_cues_that_introduce_fields(sentence: str, fields: set[str]) -> None:
    assert fields <= areas_of(_SIGNED + sentence)


def test_the_foci_of_cooperation_are_many_is_no_list() -> None:
    assert not areas_of(_SIGNED + "The areas of cooperation are many and will grow.")


def test_leads_are_cut_from_the_first_field() -> None:
    fields = areas_of(_SIGNED + "The memorandum lets the two collaborate in various areas including but not limited to "
                                "logistics, customs and training.")
    assert {"logistics", "customs", "training"} <= fields
    fields = areas_of(_SIGNED + "The memorandum features cooperation between the two institutes in terms of joint "
                                "research and visiting lecturers.")
    assert "joint research" in fields and not any(f.startswith("terms") for f in fields)


def test_how_told_with_through_is_cut() -> None:
    fields = areas_of(_SIGNED + "The memorandum will work toward developing curricula, standardization, testing and certification through "
                                "the agency's experience.")
    assert "testing and certification" in fields or "certification" in fields
    assert not any("experience" in f for f in fields)


def test_more_closes_a_list_without_being_a_field() -> None:
    fields = areas_of(_SIGNED + "The foci of cooperation will be urban planning, smart cities, and more.")
    assert "more" not in fields and "smart cities" in fields


def test_besides_adds_fields() -> None:
    fields = areas_of(_SIGNED + "The institutes will cooperate in education and laboratory work besides promoting the "
                                "exchange of students.")
    assert {"education", "laboratory work", "exchange of students"} <= fields
    fields = areas_of(_SIGNED + "Under the memorandum, both will collaborate in the field of oil refining, shipping, "
                                "besides exploring further options in solar power, wind power and hydrogen.")
    assert {"solar power", "wind power", "hydrogen"} <= fields


def test_a_capitalized_pair_is_one_field() -> None:
    text = _SIGNED + "Under the memorandum, the two ministries will cooperate on Air Service and Transport."
    assert "Air Service and Transport" in areas_of(text)


def test_a_lower_case_pair_is_two_fields() -> None:
    assert {"trade", "tourism"} <= areas_of(_SIGNED + "Under the memorandum, the two ministries will cooperate on trade and tourism.")


def test_fields_as_the_subject_after_the_agreement() -> None:
    text = (_SIGNED + "The agencies will share expertise. Priority areas include water supply, "
            "digitalization, education and entrepreneurship.")
    assert {"water supply", "digitalization", "education", "entrepreneurship"} <= areas_of(text)
    text = _SIGNED + "Other areas of collaboration include the training of nurses and the provision of laboratory services."
    assert {"training of nurses", "provision of laboratory services"} <= areas_of(text)


def test_bare_sectors_include_is_no_list_of_this_agreement() -> None:
    text = _SIGNED + "The sectors include railways, broadcasting and defence."
    assert not {"railways", "broadcasting", "defence"} & areas_of(text)


def test_collaborate_to_develop_tells_the_fields() -> None:
    text = (_SIGNED + "The memorandum states that the two parties will collaborate to further develop the broadband "
            "network of Norland and promote the digitization of various sectors of the country, such as transport, "
            "health care and education.")
    fields = areas_of(text)
    assert {"transport", "health care", "education"} <= fields
    assert not {"country", "such as transport"} & fields
