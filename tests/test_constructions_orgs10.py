"""Bodies' names read whole (issue 11): the ways real news writes a body's
name that the name reader used to cut short or run on past, each on a short
invented article read through the public extraction API."""
from __future__ import annotations

import pytest

from invented import facts_of


def _bodies(text: str) -> set[str]:
    return {o.name for o in facts_of(text).organizations}


@pytest.mark.parametrize(("text", "whole"), [
    # "for A and B": one closing word of what the body is for, though it is a head word too
    ("Nadia Kamel, Head of the Central Agency for Organization and Administration, signed the agreement "
     "with the Ministry of Planning.", "Central Agency for Organization and Administration"),
    # field words joined by "and" before the head word
    ("The Technical Education and Skills Development Authority of Varnholt signed an MoU with Keldor "
     "Polytechnic.", "Technical Education and Skills Development Authority of Varnholt"),
    ("General Manager Li Wen of Tarvos Contracting and Engineering Corporation signed the contract.",
     "Tarvos Contracting and Engineering Corporation"),
    # "of A and B": fields a ministry or council covers
    ("The Ministry of Health and Medical Education signed an agreement with the Keldor Academy.",
     "Ministry of Health and Medical Education"),
    ("Chair of the Department of Art and Art History, Tomas Brenner, attended the signing.",
     "Department of Art and Art History"),
    # "Committee on ...", "Fund for ...": what a body deliberates on or pays for
    ("The agreement was signed with the Presidential Committee on Balanced Regional Growth of Kenya "
     "on July 3.", "Presidential Committee on Balanced Regional Growth of Kenya"),
    ("Omar Bessam, chief executive officer of the Keldor Fund for Development, signed the loan.",
     "Keldor Fund for Development"),
    # a word in brackets inside the name, before its head
    ("The Ministry of Energy and the Tarvos Construction and Investment (Holdings) Corporation signed a "
     "deal.", "Tarvos Construction and Investment (Holdings) Corporation"),
    # a place's head word in lower case after the place
    ("The People's Committee of Varnholt province signed an MoU with Keldor University.",
     "People's Committee of Varnholt province"),
])
def test_a_body_name_is_read_whole(text: str, whole: str) -> None:
    assert whole in _bodies(text)


@pytest.mark.parametrize(("text", "whole", "not_read"), [
    # "Mr", "Dr" open the holder's name; they are never a word of a body's name
    ("Charge d'affaires of the Keldor Embassy in Varnholt Mr. Zhang Wei attended the signing.",
     "Keldor Embassy in Varnholt", "Keldor Embassy in Varnholt Mr"),
    ("Former Chief Commissioner of Government of Varnholt Dr. G.V. Krishnan attended the signing.",
     "Government of Varnholt", "Government of Varnholt Dr. G"),
])
def test_a_body_name_stops_before_a_style(text: str, whole: str, not_read: str) -> None:
    bodies = _bodies(text)
    assert whole in bodies and not_read not in bodies


def test_a_list_of_bodies_is_not_read_as_one() -> None:
    bodies = _bodies("The Varnholt Fund signed the agreement with Huawei and Keldor Mobile Group.")
    assert "Keldor Mobile Group" in bodies
    assert not any(" and " in b for b in bodies)


def test_a_weekday_after_a_board_is_not_its_remit() -> None:
    assert not any("Monday" in b for b in _bodies("The MoU was signed by the Keldor Board on Monday."))


@pytest.mark.parametrize(("text", "whole"), [
    # an ordinal opens a name that reaches its head word
    ("The Bank of Keldor and the First Commercial Bank signed the agreement.", "First Commercial Bank"),
    # a plural head before "of": "Chambers of Commerce and Industry"
    ("The Federation of Keldor Chambers of Commerce and Industry signed an MoU with Varnholt University.",
     "Federation of Keldor Chambers of Commerce and Industry"),
    # a place in brackets inside a company's name
    ("The Keldor Tea (Hunan) Co., Ltd. signed the contract.", "Keldor Tea (Hunan) Co., Ltd."),
])
def test_more_names_read_whole(text: str, whole: str) -> None:
    assert whole in _bodies(text)


def test_a_title_and_its_holder_end_a_body_name() -> None:
    bodies = _bodies("The signing was attended by University of Keldor Vice-Chancellor Karen Doyle and others.")
    assert "University of Keldor" in bodies
    assert not any("Chancellor" in b for b in bodies)


def test_an_acronym_in_brackets_is_not_a_word_of_the_name() -> None:
    bodies = _bodies("The African Development Bank (AfDB) Group signed the loan.")
    assert not any("(AfDB)" in b for b in bodies)


def test_a_sentence_opening_ordinal_is_not_a_name() -> None:
    assert _bodies("First, the Keldor Bank signed the agreement.") == {"Keldor Bank"}


def test_a_service_written_after_a_styled_name_is_not_a_body() -> None:
    bodies = _bodies("The deed was signed by Shri Anil Kumar Jha, IAS, Secretary, Ministry of Coal, and Keldor "
                     "Mining Corporation.")
    assert "IAS" not in bodies and "Keldor Mining Corporation" in bodies


def test_a_currency_code_by_its_amount_is_not_a_body() -> None:
    bodies = _bodies("Within the forum, 11 memorandums of cooperation totaling over KZT 200 billion were signed "
                     "by Keldor Bank and Varnholt Mining Corporation.")
    assert "KZT" not in bodies and "Keldor Bank" in bodies


def test_what_a_body_is_for_ends_at_the_comma_before_its_holder() -> None:
    bodies = _bodies("Bakari also held a meeting with the director of the Keldor Agency for International "
                     "Development Cooperation, Anton Leis, during which they discussed issues.")
    assert "Keldor Agency for International Development Cooperation" in bodies
