"""Constructions of posts read in the twelfth session: whose office a post
written without its body is. Each case is a short invented article read
through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_country_named_inside_a_longer_name_is_not_a_third_country() -> None:
    # "Guinea" inside "Papua New Guinea" leaves the article one of two countries:
    # the president written without a country is the other one's
    facts = facts_of("Chile and Papua New Guinea signed two memoranda of understanding on Tuesday in Santiago.\n"
                     "President Anna Berg received Papua New Guinea Prime Minister Li Ming at the palace, where the "
                     "two leaders witnessed the signing.\n"
                     "The memoranda cover fisheries and mining between Chile and Papua New Guinea.\n")
    assert ("Anna Berg", "President", "Chile") in posts(facts)
