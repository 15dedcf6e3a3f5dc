"""Fields of cooperation introduced by the words for fields themselves
(issue 11), each on a short invented article read through the public
extraction API: "priority areas include A, B", "areas in which ..., such as
A", "four areas ...: A, B", "for the sectors of A"; documents of cooperation
covering fields; and "under the MoU" after a field is not part of it.
"""
from __future__ import annotations

import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of


@pytest.mark.parametrize("sentence, fields", [
    ("Under the memorandum, priority areas include port logistics, cold storage and customs training.",
     {"port logistics", "cold storage", "customs training"}),
    ("The memorandum sets out areas in which the two will work together, such as seed testing, irrigation "
     "and farm credit.", {"seed testing", "irrigation", "farm credit"}),
    ("The memorandum names three areas the partners agree to pursue: nursing education, telemedicine and "
     "hospital management.", {"nursing education", "telemedicine", "hospital management"}),
    ("The memorandum will fund projects for the sectors of water supply, roads and rural power.",
     {"water supply", "roads", "rural power"}),
])
def test_the_words_for_fields_introduce_a_list(sentence: str, fields: set[str]) -> None:
    assert fields <= areas_of(_SIGNED + sentence)


def test_priority_areas_outside_any_agreement_are_background() -> None:
    text = _SIGNED + "The memorandum was welcomed by both sides. Priority areas of the province include mining and fisheries."
    assert not {"mining", "fisheries"} & areas_of(text)


def test_cooperation_documents_covering_fields() -> None:
    text = ("The two presidents attended the ceremony in the capital on Monday, where the Lakeside Agency and the "
            "Kisumu Institute signed a memorandum of understanding. The two presidents also witnessed the signing "
            "of 12 cooperation documents covering the fields of aquaculture, space science and media.")
    assert {"aquaculture", "space science", "media"} <= areas_of(text)


def test_the_agreement_named_again_after_a_field_is_not_part_of_it() -> None:
    got = areas_of(_SIGNED + "The two will cooperate in teacher training and laboratory research under the MoU.")
    assert {"teacher training", "laboratory research"} <= got
    assert not any("MoU" in area for area in got), got


def test_ties_goals_and_occasions_are_no_fields() -> None:
    text = (_SIGNED + "The memorandum covers deeper cooperation, their shared goals and the margins of the annual summit. "
            "The memorandum also covers its supply of spare parts and seed testing.")
    got = areas_of(text)
    assert {"supply of spare parts", "seed testing"} <= got
    assert not {area for area in got if "cooperation" in area or "goals" in area or "margins" in area}, got
