"""Constructions of areas read in the fortieth session (invented names and texts; real country names)."""
from __future__ import annotations

from invented import facts_of


def _areas(text: str) -> list[str]:
    return [area for agreement in facts_of(text).agreements for area in agreement.areas]


def test_a_list_parted_by_semicolons_after_a_cue() -> None:
    # the semicolons part the items; each keeps its own "and" and commas, as after a colon
    areas = _areas("Norvik University and Kestrel College signed a memorandum of understanding on Monday. Under the "
                   "MoU, the two agree to work together in staff and resources; teaching, apprenticeships and "
                   "placements; research and innovation; and public engagement.")
    assert "teaching, apprenticeships and placements" in areas and "research and innovation" in areas, areas
    assert "staff and resources" in areas, areas


def test_semicolons_parting_acts_are_no_list() -> None:
    # "invest in B; introduce C": each its own clause, not a field
    areas = _areas("Norvik and Kestrel signed a memorandum of understanding on Monday. The two sides will exchange "
                   "experiences in tourism; invest in hotels; introduce tourist products; and train guides.")
    assert not any(area.startswith(("invest", "introduce")) for area in areas), areas


def test_designated_areas_for_cooperation_include() -> None:
    areas = _areas("Norvik University and Kestrel College signed a memorandum of understanding on Monday. Designated "
                   "areas for cooperation include biotechnology; biology and chemistry; and energy.")
    assert "biology and chemistry" in areas and "energy" in areas, areas


def test_a_count_of_areas_then_a_dash_opens_the_list() -> None:
    # "in four areas - A; B": the dash opens the list as a colon does; the count is no item
    areas = _areas("Norvik University and Kestrel College signed a memorandum of understanding on Monday. Under the "
                   "MoU, the two agree to work together in four areas - staff and resources; teaching and placements; "
                   "research and innovation; and public engagement.")
    assert "staff and resources" in areas, areas
    areas = _areas("Norvik and Kestrel signed a memorandum of understanding on Monday. The two mayors agreed to "
                   "cooperate in four areas related to the urban economy – city safety, environment, welfare and tourism.")
    assert "city safety" in areas, areas


def test_the_principle_the_sides_work_in_closes_the_last_field() -> None:
    # "... and economy in the principle of equality": how they cooperate, not part of the field
    areas = _areas("Norvik and Kestrel signed a friendship agreement on Monday. Under the agreement, the two sides "
                   "will cooperate in the fields of culture, tourism and economy in the principle of equality.")
    assert "economy" in areas, areas


def test_to_strengthen_joint_efforts_in_a_list() -> None:
    # "joint efforts" is no field, the list after its "in" is (as after "to strengthen cooperation in")
    areas = _areas("Norvik University and Kestrel College signed a memorandum of understanding on Monday. The "
                   "agreement seeks to strengthen joint efforts in governance, public administration and academic research.")
    assert "public administration" in areas and "academic research" in areas, areas


def test_regarding_leads_a_field_and_through_tells_how() -> None:
    # "especially regarding B": the field is B; "through collaboration": how, not a field
    areas = _areas("Norvik University and Kestrel College signed an agreement on Monday. The aim of the agreement is "
                   "to enhance educational exchanges, especially regarding teacher training, through collaboration, "
                   "information and resource sharing.")
    assert "teacher training" in areas, areas
    assert not any(area.startswith(("regarding", "through")) for area in areas), areas


def test_a_sum_with_its_currency_code_written_onto_it_is_no_field() -> None:
    areas = _areas("Norvik and Kestrel Bank signed a loan agreement concerning roads, schools and clinics, involving "
                   "XOF55 billion.")
    assert not any("XOF55" in area for area in areas), areas


def test_when_the_documents_were_signed_ends_the_last_field() -> None:
    # "... and culture at the end of the 16th meeting", "... at a meeting": when, not part of the field
    areas = _areas("Norvik and Kestrel signed four cooperation documents in tourism, trade and culture at the end of "
                   "the 16th meeting of their commission.")
    assert "culture" in areas, areas
    areas = _areas("Norvik and Kestrel signed a declaration of intent on cooperation on farming, fishing and strategic "
                   "minerals at a meeting in Paris.")
    assert not any(" at " in area for area in areas), areas


def test_areas_of_interest_name_no_field() -> None:
    # "in the areas of interest and competence for both": which areas, not a list of them
    areas = _areas("Norvik University and Kestrel College signed an MoU on Monday. Under the MoU, the two will work "
                   "with businesses in the areas of interest and competence for both institutions.")
    assert not any(area.startswith(("interest", "competence")) for area in areas), areas


def test_such_fields_as_inside_a_list_begun_by_a_weaker_cue() -> None:
    # "cooperate in an all-round way in such fields as A, B": the fields follow "as"
    areas = _areas("Norvik and Kestrel signed a framework agreement on Monday. According to the agreement, the two "
                   "will cooperate in such fields as industrial robots, smart farming and green shipping.")
    assert "industrial robots" in areas, areas
    areas = _areas("Norvik and Kestrel signed a framework agreement on Monday. According to the agreement, the two "
                   "will cooperate in an all-round way in such fields as industrial robots, smart farming and green shipping.")
    assert "industrial robots" in areas, areas


def test_and_joint_efforts_in_opens_a_nested_list() -> None:
    # "B and joint efforts in C, D and E": B is a field of the outer list, C, D and E of the joint efforts
    areas = _areas("Norvik University and Kestrel College signed an agreement on Monday. Based on the agreement, the "
                   "two will encourage collaborative research, grant applications and joint efforts in e-learning, "
                   "consultancy and curriculum development.")
    assert "grant applications" in areas and "e-learning" in areas and "consultancy" in areas, areas


def test_in_addition_to_parts_two_fields_as_as_well_as_does() -> None:
    areas = _areas("Norvik and the Kestrel Fund signed a framework memorandum on Monday. The memorandum covers several "
                   "areas of cooperation including roads, water, tourism, industrial zones in addition to developing "
                   "human and institutional capacities.")
    assert "industrial zones" in areas and "developing human and institutional capacities" in areas, areas


def test_who_carries_out_the_field_is_no_part_of_it() -> None:
    # "... and gender policies implemented directly by the agency": who carries it out
    areas = _areas("Norvik and the Kestrel Agency signed a grant agreement on Monday. The agreement seeks to develop "
                   "the social sector through projects related to health, education, water, as well as gender "
                   "policies implemented directly by the agency.")
    assert "gender policies" in areas, areas


def test_a_count_with_its_figure_in_brackets_is_no_field() -> None:
    areas = _areas("Norvik and Kestrel Bank signed the loan agreements concerning three (3) priority projects, roads, "
                   "schools and clinics.")
    assert not any(area.startswith("three") for area in areas), areas
