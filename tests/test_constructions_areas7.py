"""What is no field of cooperation though it sits in a list of them (issue
11), each on a short invented article read through the public extraction
API: a list's tail "among others", the speaker after a quotation ('...,"
said Sec. Lopez'), the sides themselves ("paves the way for both
organizations to ..."), and how they work ("in a deep and strategic
manner").
"""
from __future__ import annotations

import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of


@pytest.mark.parametrize("text,areas", [
    # "among others" closes the list: no field
    (_SIGNED + "The two universities also inked an MoU on cooperation in personnel training in the spheres of "
     "health care, technology and economy, among others.", {"health care"}),
    # the speaker named after a quotation is no field (nor, since the nineteenth session, what the speaker
    # expects the agreement to bring: test_constructions_areas19_s19.py)
    (_SIGNED + "“The MoU will promote joint research, trade fairs and student exchange,” said Sec. Lopez.",
     set()),
    # the sides of the agreement are no field
    (_SIGNED + "The MoU paves the way for both organizations to work closely on water supply.", set()),
    # how they cooperate is no field
    (_SIGNED + "Under the agreement, the two sides cooperate in a deep and strategic manner.", set()),
])
def test_what_is_no_field(text: str, areas: set[str]) -> None:
    got = areas_of(text)
    assert got >= areas
    assert not {area for area in got if area.lower().startswith(("among others", "said", "both", "deep"))
                or "manner" in area}, got


def test_fields_of_other_agreements_are_not_this_ones() -> None:
    text = (_SIGNED + "The MoU covers joint research and staff exchange. Twelve other agreements were signed "
            "during the event, including cooperation on youth, tourism and infrastructure.")
    assert areas_of(text) == {"joint research", "staff exchange"}


def test_places_after_a_cue_are_where_not_what() -> None:
    text = (_SIGNED + "Under the MoU, the two agencies will cooperate in Kenya and the countries of East Africa, "
            "particularly Uganda, Rwanda and Tanzania.")
    assert not {area for area in areas_of(text) if area.startswith(("Kenya", "Uganda", "Rwanda", "Tanzania"))}


@pytest.mark.parametrize("text,areas", [
    # "including cooperation in the field of A": the field is A
    (_SIGNED + "The memorandum aims at cooperation in the field of creative awareness, including cooperation in the "
     "field of initiatives and projects.", {"initiatives and projects"}),
    # "through the exchange of ...": how they cooperate, not a further field
    (_SIGNED + "The agreement will allow both countries to deepen cooperation in telecommunications, through the "
     "exchange of information, skills and expertise.", {"telecommunications"}),
])
def test_what_follows_a_lead(text: str, areas: set[str]) -> None:
    got = areas_of(text)
    assert got >= areas
    assert not {area for area in got if area.lower().startswith(("cooperation in", "through", "skills", "expertise"))}, got
