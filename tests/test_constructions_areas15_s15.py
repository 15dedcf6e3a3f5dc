"""Fields of cooperation (session 15), each on a short invented article read
through the public extraction API: "the foci of cooperation will be A, B",
"will work toward A", "collaborate for the promotion of A", "to further the
collaboration between the parties in A".
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
