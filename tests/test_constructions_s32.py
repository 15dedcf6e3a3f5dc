"""Constructions read in the thirty-second session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_an_honorific_and_a_named_persons_surname_is_no_party() -> None:
    # "Mr Slate also signed ... with X", after "Minister ..., Arden Slate": the minister signed, and
    # "Mr Slate" is neither a party nor the body of his post
    facts = facts_of("Minister for Trade and Planning, Arden Slate said Veldonia is committed to hydrogen.\n\n"
                     "While in Lisbon, Mr Slate also signed a statement of intent with the Norvik Institute of "
                     "Technology.")
    parties = [p for a in facts.agreements for p in a.parties]
    assert parties and "Mr Slate" not in parties, parties
    assert not any(p[2] == "Mr Slate" for p in posts(facts)), posts(facts)


def test_an_honorific_opening_a_company_name_keeps_the_company() -> None:
    # an honorific before a word that is nobody's surname in the article is a company's name
    facts = facts_of("Dr Lindqvist Laboratories signed a memorandum of understanding with the Norvik Institute "
                     "of Technology in Lisbon on Monday.")
    parties = [p for a in facts.agreements for p in a.parties]
    assert "Dr Lindqvist Laboratories" in parties, parties
