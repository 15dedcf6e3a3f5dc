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
