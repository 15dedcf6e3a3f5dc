"""Signers' sides and parties (session 18): constructions read with invented names."""
from __future__ import annotations

from invented import facts_of, signatures


def test_country_name_government_without_article_is_the_country() -> None:
    # "on behalf of Norway government": the country, not the division the signer's post names
    facts = facts_of("Anna Berg, Secretary, Economic Relations Division (ERD) signed the grant agreement "
                     "on behalf of Norway government. Li Ming signed for Sweden.")
    assert ("Anna Berg", "Norway") in signatures(facts)


def test_a_governor_without_a_body_signs_for_the_one_state_named() -> None:
    # "Gov. A signed a memorandum with B": the US state the article names is the governor's side
    facts = facts_of("Gov. Anna Berg signed a memorandum of understanding with Lindau Mayor Li Ming on Friday. "
                     "Berg said the deal would open markets for Nevada farmers.")
    assert ("Anna Berg", "Nevada") in signatures(facts)


def test_a_minister_signing_for_the_ministry_signs_for_the_ministry_his_title_names() -> None:
    # "the Minister for X, Dr A, signed for the ministry": the Ministry for X, named nowhere else
    facts = facts_of("Lindau State signed a memorandum of understanding with the federal government on Monday. "
                     "Governor Anna Berg signed on behalf of the state, while the Minister for Youth Development, "
                     "Dr Li Ming, signed for the ministry.")
    assert ("Li Ming", "Ministry for Youth Development") in signatures(facts)
