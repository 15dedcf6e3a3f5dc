"""More ways real news lists the fields an agreement covers (issue 11, the
third batch of the development set), each on a short invented article read
through the public extraction API: "in areas of" without "the", "sectors,
including", "partnerships in", "supporting industries such as"; a list of
documents each told with its own purpose ("an MoU for A, an MoU for B");
purposes told in the sentence after the agreement ("It aims to ...", "Its
aim is to ..."); and where a list ends when a full stop lacks its space.
"""
from __future__ import annotations

import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of



@pytest.mark.parametrize("text,areas", [
    # "in areas of" with no article, a list's examples after ", including"
    (_SIGNED + "The MoU was inked in Nairobi for collaboration and partnership in areas of upstream exploration, "
     "midstream, downstream, and clean energy options, including carbon capture.",
     {"upstream exploration", "midstream", "downstream", "clean energy options", "carbon capture"}),
    # "in various sectors, including": the comma before the examples
    (_SIGNED + "The grants will support the state's development efforts in various sectors, including rural "
     "development, administrative reform and health.",
     {"rural development", "administrative reform", "health"}),
    # "partnerships in" (a lower-case common noun, not a post's "Lead for Global Partnerships in ...")
    (_SIGNED + "Under the agreement, the two sides will encourage partnerships in tourism, industry and services.",
     {"tourism", "industry", "services"}),
    # "cooperate in supporting industries such as A, B": the examples are the fields
    (_SIGNED + "According to the agreement, the two sides will cooperate in supporting industries such as "
     "infrastructure construction and equipment manufacturing.",
     {"infrastructure construction", "equipment manufacturing"}),
    # "It aims to A, strengthen B": the agreement named in the sentence before; "X's efforts to" leads in
    ("The Lakeside Agency and the Kisumu Institute signed a grant agreement worth $5 million on Monday. "
     "It aims to support the county's efforts to combat malaria, strengthen the rule of law, and increase "
     "voter registration.",
     {"combat malaria", "rule of law", "voter registration"}),
    # "Its aim is to ... provide greater opportunities for A": the opportunity's field
    (_SIGNED + "Its aim is to provide greater opportunities for student development.", {"student development"}),
])
def test_fields_are_read(text: str, areas: set[str]) -> None:
    assert areas <= areas_of(text)


def test_each_document_keeps_its_own_purpose() -> None:
    # "an MoU for customs cooperation, an MoU for ...": the next document's purpose is not this one's
    found = areas_of("Turkey and Iran signed four memoranda of understanding on Monday. The documents include an "
                     "MoU for customs cooperation, an MoU for the exchange of archives, and an agreement on "
                     "cooperation in the field of veterinary medicine.")
    assert {"customs cooperation", "veterinary medicine"} <= found
    assert not any("MoU" in area for area in found)


def test_it_without_an_agreement_before_gives_no_purpose() -> None:
    # "It aims to ..." after a sentence about a company, not the agreement: no field
    found = areas_of(_SIGNED + "The agency opened a new office in Kisumu last year. It aims to boost tourism and "
                     "improve local roads.")
    assert not found & {"tourism", "local roads"}


def test_a_full_stop_without_its_space_ends_the_list() -> None:
    found = areas_of("The County Committee and the Friendship Association signed a memorandum of understanding on "
                     "cooperation on May 15.Under the MoU, the association will support delegations.")
    assert not any("Under" in area for area in found)


def test_a_title_with_partnerships_in_is_no_field() -> None:
    found = areas_of(_SIGNED + "The delegation included Mian Ng, Lead for Global Partnerships in Social and "
                     "Cultural Engagement, and Jimi Ogunnusi.")
    assert not found & {"Social", "Cultural Engagement"}


def test_a_list_before_as_well_as_ends_with_its_own_and() -> None:
    # "A, B and C as well as D": "B" and "C" are two fields, as in a list without "as well as"
    found = areas_of(_SIGNED + "Under the agreement, the two sides will hold exchanges in various fields such as "
                     "planting, breeding and deep processing of farm products as well as food processing and logistics.")
    assert {"planting", "breeding", "deep processing of farm products", "food processing", "logistics"} <= found


def test_an_item_led_by_in_is_read_without_it() -> None:
    # "..., as well as in the exchange of data": the preposition repeated before an item is no part of it
    found = areas_of(_SIGNED + "The MoU seeks to promote cooperation in fisheries, as well as in the exchange of "
                     "climate data.")
    assert "exchange of climate data" in found
    assert not any(area.startswith("in ") for area in found)


def test_the_goals_told_in_the_sentence_after_the_agreement() -> None:
    # "The key goals include A, B": the agreement named in the sentence before
    found = areas_of("The Lakeside University and the City Council have signed a civic agreement on Monday. "
                     "The key goals include supercharging culture in the city, building a child friendly city and "
                     "delivering economic growth and skills.")
    assert {"supercharging culture in the city", "building a child friendly city",
            "delivering economic growth and skills"} <= found


def test_acts_with_their_objects_keep_their_own_and() -> None:
    # "promoting A and opening B": two acts; "and" inside an act's object stays in it, "and the C" starts a field
    found = areas_of("The MoU was signed with objectives like promoting industry-institute interface and opening "
                     "channels of interaction between the academic staff of the Lakeside Institute, Kisumu and "
                     "officials of the Kisumu Mining Company.")
    assert "industry-institute interface" in found
    found = areas_of(_SIGNED + "The MoU also touches on promoting farm creation and the safety of food and "
                     "agricultural products.")
    assert "safety of food and agricultural products" in found


def test_what_a_speaker_praises_is_no_field() -> None:
    # "He thanked A and acknowledged B's focus on local jobs": praise, not what the agreement lists
    found = areas_of(_SIGNED + "The minister thanked the agency and acknowledged the institute's focus on local "
                     "jobs and local business participation.")
    assert not found & {"local jobs", "local business participation"}


def test_a_nested_list_ends_with_its_own_and() -> None:
    # "recognition of goods, reciprocity, labour mobility and C": no "and" closes a list inside
    # "recognition of ...", so "reciprocity" is a field; "exchange of researchers, teachers and students" stays whole
    found = areas_of(_SIGNED + "The document covers several topics including mutual recognition of goods, "
                     "reciprocity, labour mobility and a direct to consumer trade system.")
    assert {"mutual recognition of goods", "reciprocity", "labour mobility"} <= found
    found = areas_of(_SIGNED + "The memorandum is for the exchange of researchers, teachers and students.")
    assert "exchange of researchers, teachers and students" in found
