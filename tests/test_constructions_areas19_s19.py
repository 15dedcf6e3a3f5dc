"""Fields of cooperation: constructions read (or no longer read) in the
nineteenth session, each on a short invented article read through the
public extraction API."""
from __future__ import annotations

from invented import SIGNED as _SIGNED
from invented import areas_of


def test_subject_of_a_treaty_roadmap_or_statement_is_no_field() -> None:
    """"a treaty on cooperation in A", "a roadmap for cooperation in B",
    "a statement on joint cooperation in C", "other memorandums: on
    cooperation in D": the subject in a document's title, not a field."""
    got = areas_of(_SIGNED + "The parties also signed a roadmap for cooperation in fisheries for 2024-2026.")
    assert "fisheries" not in got, got
    got = areas_of(_SIGNED + "A treaty on cooperation in forestry was concluded by the two academies.")
    assert "forestry" not in got, got
    got = areas_of(_SIGNED + "The parties signed other memorandums: on cooperation in justice, mining and tourism.")
    assert not {"justice", "mining", "tourism"} & got, got


def test_what_the_agreement_is_expected_to_bring_is_no_field() -> None:
    """"The agreement is expected to enhance A", "it could pave the way
    for B": a hope for what the agreement brings, not what it lists; the
    month "May" is no hedge."""
    got = areas_of(_SIGNED + "The agreement is expected to enhance regional trade and diplomatic coordination.")
    assert not {"regional trade", "diplomatic coordination"} & got, got
    got = areas_of(_SIGNED + "The mayor said the agreement could pave the way for job creation and student exchanges.")
    assert "job creation" not in got, got
    got = areas_of("Norland and Lindau signed a memorandum of understanding on 5 May to cooperate in fisheries, "
                   "forestry and tourism.")
    assert {"fisheries", "forestry", "tourism"} <= got, got


def test_a_named_sides_own_aim_and_a_cut_span_are_no_fields() -> None:
    """"a grant to support Norland's development": the side's own aim, not
    a field; an item cut off inside its clause ("... technology with") is no
    field either."""
    got = areas_of("Delta Bank and Norland signed a grant agreement to support Norland’s development.")
    assert not {area for area in got if "development" in area}, got
    got = areas_of(_SIGNED + "The MoU aims to promote fisheries and the advanced state of science and technology with "
                             "in the region.")
    assert not {area for area in got if area.endswith(" with")}, got


def test_a_purpose_told_as_a_further_act_is_no_field() -> None:
    """"to foster trade and streamline tax matters": the verb "streamline"
    is no lead of the purpose list, its act is a further purpose, not a
    field; "efforts to combat A" keeps the act, which is the field."""
    got = areas_of(_SIGNED + "The agreement was signed to foster maritime trade and streamline tax matters.")
    assert "maritime trade" in got and "streamline tax matters" not in got, got


def test_a_speakers_words_about_the_agreement_give_no_purpose() -> None:
    """'"The MoU will strengthen A and B," said C' and "He went on to say
    that the partnership will boost A": what a speaker expects the
    agreement to do, not its terms."""
    got = areas_of(_SIGNED + "“The MoU will strengthen entrepreneurship and innovation,” said Anna Berg.")
    assert not {"entrepreneurship", "innovation"} & got, got
    got = areas_of(_SIGNED + "Li Ming went on to say that the partnership will boost port efficiency and cargo handling.")
    assert not {"port efficiency", "cargo handling"} & got, got
    got = areas_of(_SIGNED + "The MoU will strengthen fisheries research and coastal management.")
    assert {"fisheries research", "coastal management"} <= got, got
