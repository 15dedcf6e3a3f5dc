"""Fields of cooperation read only where the text gives them as the
agreement's (issue 11), each on a short invented article read through the
public extraction API: what talks discussed or a visitor reaffirmed, clauses,
counts and sums of money, ties and who is encouraged to act are no fields; a
name holding "and" stays one item; a subject said to be "part of the
agreement" lists its fields; a closing "in <place>" the article named before
is cut; a speaker's words after a quotation that names the agreement are his.
"""
from __future__ import annotations

import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of


@pytest.mark.parametrize("text", [
    # what another meeting discussed, and what a visitor reaffirmed, are not the agreement's fields
    _SIGNED + "Another meeting was held between the two ministers to discuss bilateral cooperation in the energy sector.",
    _SIGNED + "The visiting minister reaffirmed the commitment to strengthen relations in diverse sectors, "
              "including trade, investment and aviation.",
    # a wish where no agreement is named
    _SIGNED + "In future the two cities should explore ways to cooperate in tourism and logistics.",
    _SIGNED + "There is great potential for cooperation in agriculture, mining and fisheries.",
    # ties, and who is to act, are no fields
    _SIGNED + "The MoU was signed to strengthen the longstanding cooperation between the two sides.",
    _SIGNED + "The agreement calls for the two governments to encourage schools to participate in joint activities.",
])
def test_what_is_no_field(text: str) -> None:
    assert areas_of(text) == set()


def test_clauses_counts_and_sums_are_no_fields() -> None:
    text = (_SIGNED + "The MoU covers water supply, 61 countries and loans of up to 68 billion yen. "
            "The two agencies will also cooperate in tourism and civil aviation during a joint committee meeting.")
    got = areas_of(text)
    assert {"water supply", "tourism", "civil aviation"} <= got
    assert not {area for area in got if area[0].isdigit() or "yen" in area or "meeting" in area}, got


def test_a_name_holding_and_stays_whole() -> None:
    text = _SIGNED + "The two sides will cooperate on the establishment of a Nuclear Science and Technology Center."
    assert areas_of(text) == {"establishment of a Nuclear Science and Technology Center"}


@pytest.mark.parametrize("sentence,areas", [
    ("The building of an industrial park, a sightseeing park and a logistics park are also part of the agreement.",
     {"industrial park", "sightseeing park", "logistics park"}),
    ("The organization of coordinated teaching and conducting joint editions of monographs are other actions "
     "that are contemplated in the agreement.", {"coordinated teaching", "joint editions of monographs"}),
    ("Exchange programmes involving researchers, faculty and students will be another highlight of the MoU.",
     {"Exchange programmes involving researchers, faculty and students"}),
    # who is part of the agreement's team is no field
    ("Mr Otieno is also part of the agreement team.", set()),
])
def test_a_subject_said_to_be_part_of_the_agreement(sentence: str, areas: set[str]) -> None:
    assert areas_of(_SIGNED + sentence) == areas


def test_a_place_named_before_is_cut_from_the_last_item() -> None:
    text = ("The European Bank and Ukraine signed a framework agreement on Monday. The agreement will allow the bank "
            "to finance projects in the areas of environment, transport and energy infrastructure in Ukraine.")
    assert areas_of(text) == {"environment", "transport", "energy infrastructure"}


def test_a_speakers_words_after_a_quotation_are_his() -> None:
    after = (_SIGNED + 'The director said: "This memorandum comes from our vision," stressing that this cooperation '
             "aims to strengthen relations in the field of creativity, innovation and exchange.")
    assert areas_of(after) == set()
    inside = (_SIGNED + '"This agreement strengthens our bonds, and we will collaborate in areas that include '
              'economic development, tourism and culture," the mayor said.')
    assert areas_of(inside) == {"economic development", "tourism", "culture"}


def test_while_and_a_new_subject_end_the_list() -> None:
    text = ("The two ministries signed two MoUs on Monday. One of these MoUs aims to enhance technical cooperation for "
            "the protection of the environment while the second one is meant for mutual recognition of seafarers' "
            "certificates.")
    assert areas_of(text) >= {"technical cooperation for the protection of the environment"}


def test_cooperation_told_as_background_is_no_term() -> None:
    # a sentence that names no agreement and tells no commitment ("will", "agreed", "signed") describes what
    # the sides already share, not the fields of what they signed
    background = _SIGNED + "The two agencies share deep-rooted relations and cooperation in different fields, especially media."
    assert areas_of(background) == set()
    signed = _SIGNED + "The signed projects focus on improvement in the fields of transportation and disaster risk reduction."
    assert areas_of(signed) == {"transportation", "disaster risk reduction"}
    # a word for what was signed, or a commitment in the cue itself, tells the terms
    pact = _SIGNED + "The pact commits the two towns to collaborate in tourism, music education and crafts."
    assert areas_of(pact) == {"tourism", "music education", "crafts"}
    span = _SIGNED + "The affiliation will span graduate medical education, nursing and clinical research."
    assert areas_of(span) == {"graduate medical education", "nursing", "clinical research"}
