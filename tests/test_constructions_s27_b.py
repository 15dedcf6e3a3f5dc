"""Constructions read in the twenty-seventh session, parties (invented names and texts)."""
from __future__ import annotations

from invented import facts_of


def test_a_country_named_alone_is_no_surname_of_a_person_whose_name_ends_with_it() -> None:
    # "Source: Kofi Ghana" may be read as a person's name; "Ghana" alone, opening the signing
    # sentence, is still the country that signs
    facts = facts_of("Ghana signed a grant agreement with the Coastal Bank on Monday.\nSource: Kofi Ghana")
    sides = [sorted(a.parties) for a in facts.agreements]
    assert sides == [["Coastal Bank", "Ghana"]], sides


def test_the_signer_opposite_a_foreign_envoy_signed_for_the_other_country_of_the_article() -> None:
    facts = facts_of("Secretary Economic Affairs Division Anna Berg and Ambassador of Japan Karl Olsen signed the "
                     "exchange notes in Islamabad on Saturday. Pakistan will receive a grant for a water project.")
    signed = sorted((s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures)
    assert signed == [("Anna Berg", "Pakistan"), ("Karl Olsen", "Japan")], signed
    facts = facts_of("Coordinating Economic Minister Anna Berg and Japanese Foreign Minister Karl Olsen signed here "
                     "Friday the Memorandum of Cooperation on the metropolitan area, worth US$24 billion.\n\n"
                     "President Lars Vik of Indonesia witnessed the signing.")
    signed = sorted((s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures)
    assert signed == [("Anna Berg", "Indonesia"), ("Karl Olsen", "Japan")], signed


def test_no_country_is_read_off_a_currency_or_a_post_naming_a_body() -> None:
    # "U.S.$24 million" names a currency, not the United States; "NAQS Minister A" serves the body
    # NAQS, and is not placed by the countries the article names
    facts = facts_of("Norway signs U.S.$24 million loan\n\nFinance Minister Anna Berg and the Coastal Bank Country "
                     "Director, Karl Olsen, signed a memorandum of understanding for Norway on Monday.")
    signed = [(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures]
    assert ("Karl Olsen", "United States") not in signed, signed
    facts = facts_of("NAQS Minister Anna Berg and Minister of Agriculture of Norway Karl Olsen signed a protocol on "
                     "wheat. Lars Vik, Premier of China, attended.")
    signed = [(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures]
    assert ("Anna Berg", "China") not in signed, signed


def test_the_us_written_with_full_stops_is_a_side_that_signs() -> None:
    facts = facts_of("Norway and the U.S. on Tuesday signed an agreement regarding humanitarian assistance between "
                     "the two countries.")
    sides = [sorted(a.parties) for a in facts.agreements]
    assert sides == [["Norway", "U.S."]], sides  # (as written: the article never writes "United States")
