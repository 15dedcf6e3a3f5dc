"""Fields of cooperation told with constructions read in the eighteenth
session, each on a short invented article read through the public
extraction API."""
from __future__ import annotations

from invented import SIGNED as _SIGNED
from invented import areas_of


def test_agreement_as_subject_concerns_or_includes_its_fields() -> None:
    """"The agreement includes/concerns/addresses A, B and C": what one
    agreement holds; a list of documents ("the documents include an MoU
    on ...") is not read so."""
    got = areas_of(_SIGNED + "The agreement will include interflow of teachers and students, joint seminars "
                             "and research projects.")
    assert {"interflow of teachers and students", "joint seminars", "research projects"} <= got
    got = areas_of(_SIGNED + "The memorandum addresses water supply and public health.")
    assert {"water supply", "public health"} <= got
    got = areas_of(_SIGNED + "The documents include an MoU on customs and a protocol on fisheries.")
    assert not {area for area in got if "MoU" in area or "protocol" in area}, got


def test_areas_of_cooperation_between_the_sides_then_bullets() -> None:
    """"The areas of cooperation between A and B include but are not
    limited to:" and a bullet list, after a sentence that names the
    agreement: each bullet is a field."""
    text = ("The Norland Bank and the Lindau Bank signed a memorandum of understanding on Monday. "
            "The areas of cooperation between Norland Bank and Lindau Bank include but are not limited to:\n\n"
            "– Project recommendation and co-financing;\n\n– Bond underwriting and investment;\n\n"
            "– Internet finance.\n\nThe banks will meet again next year.")
    assert {"Project recommendation and co-financing", "Bond underwriting and investment",
            "Internet finance"} <= areas_of(text)


def test_words_for_the_list_are_no_fields() -> None:
    """"focus on priorities such as A and B", "covers several strategic
    projects", "four other areas considered strategic", "key focus areas":
    the words that stand for the list (or count it) are not fields."""
    got = areas_of(_SIGNED + "The loan will focus on priorities such as rural roads and the digital highway.")
    assert {"rural roads", "digital highway"} <= got
    assert "priorities" not in got
    got = areas_of(_SIGNED + "The memorandum covers water supply, public health, key focus areas "
                             "and four other areas considered strategic.")
    assert got == {"water supply", "public health"}, got
