"""Posts (thirteenth session, second part): a title before a name with the
body after the name. Each case is a short invented article read through the
public API.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_mayor_of_a_city_written_with_its_level_keeps_the_level() -> None:
    facts = facts_of("Lakeside University and Norvik City signed an agreement on Tuesday. Governor Anna Berg and "
                     "Mayor Li Ming of Norvik City signed the document in Lindau.")
    read = posts(facts)
    assert ("Li Ming", "Mayor", "Norvik City") in read
    assert ("Li Ming", "Mayor", "Norvik") not in read


def test_a_governor_of_a_county_keeps_the_county() -> None:
    facts = facts_of("Governor Anna Berg of Lindau County signed a memorandum of understanding with Delta Bank "
                     "on Tuesday.")
    assert ("Anna Berg", "Governor", "Lindau County") in posts(facts)

