"""People and their posts as real news writes them (issue 11, seventh round),
each on a short invented article: a list of people with bare posts closed by
the body they come from.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_list_closed_by_its_body() -> None:
    facts = facts_of("Secretary of the Party Committee Anna Berg, President Li Ming, Vice President Tom Okafor from Lakeside "
                     "University, and President Sara Quist of Hilltop College attended. Li Ming and Sara Quist "
                     "signed the agreement.")
    held = posts(facts)
    assert ("Anna Berg", "Secretary of the Party Committee", "Lakeside University") in held
    assert ("Li Ming", "President", "Lakeside University") in held
    assert ("Tom Okafor", "Vice President", "Lakeside University") in held
    assert ("Sara Quist", "President", "Hilltop College") in held



def test_a_place_closing_a_list_is_no_body() -> None:
    # people listed and then "from Nairobi" come from a city; the city is not the body of their posts
    facts = facts_of("Director Anna Berg, Registrar Li Ming from Nairobi visited Lakeside University, where "
                     "the two universities signed a memorandum.")
    held = posts(facts)
    assert ("Li Ming", "Registrar", "Nairobi") not in held
    assert ("Anna Berg", "Director", "Nairobi") not in held
