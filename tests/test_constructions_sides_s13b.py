"""Constructions of the side each signer signed for, read in the second part
of the thirteenth session. Each case is a short invented article read
through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def test_a_country_named_at_the_end_of_a_sentence_is_named() -> None:
    facts = facts_of("Minister of Economic Development Anna Berg on Monday signed a 125 million USD loan agreement "
                     "with Delta Bank Country Director Li Ming. The loan will finance a road corridor in Ghana.")
    assert ("Anna Berg", "Ghana") in signatures(facts)


def test_a_mayor_of_a_city_named_with_its_head_word_signs_for_it() -> None:
    facts = facts_of("Anna Berg and Mayor Li Ming of Norvik City signed the agreement on Monday.")
    assert ("Li Ming", "Norvik City") in signatures(facts)
