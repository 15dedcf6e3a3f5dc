"""Constructions read in the forty-second session (invented sentences)."""
from __future__ import annotations

import pytest
from invented import facts_of, signatures


@pytest.mark.parametrize("signed", [
    "The agreement was signed on behalf of Norland Shipping by Chairman Anna Berg and President Li Ming, and on "
    "behalf of Lakeside Ports by Chairman Wang Tao and President Zhou Hua.",
    "On behalf of Norland Shipping, Chairman Anna Berg and President Li Ming while on behalf of Lakeside Ports, "
    "Chairman Wang Tao and President Zhou Hua signed the agreement.",
])
def test_two_people_after_one_on_behalf_of_both_sign_for_that_side(signed: str) -> None:
    facts = facts_of("Norland Shipping and Lakeside Ports signed a framework agreement in Lindau on Monday. " + signed)
    assert signatures(facts) == {("Anna Berg", "Norland Shipping"), ("Li Ming", "Norland Shipping"),
                                 ("Wang Tao", "Lakeside Ports"), ("Zhou Hua", "Lakeside Ports")}


def test_a_place_and_its_country_after_the_date_before_the_verb_are_no_side() -> None:
    facts = facts_of("The Government of Norland and the Lakeside Development Bank on Monday, October 25th, 2010 in "
                     "Jeddah, Saudi Arabia, signed funding agreements worth US$40 million for five projects.")
    (funding,) = facts.agreements
    assert set(funding.parties) == {"Government of Norland", "Lakeside Development Bank"}, funding.parties
    assert funding.place == "Jeddah"
