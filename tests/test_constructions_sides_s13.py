"""Constructions of the side each signer signed for, read in the thirteenth
session. Each case is a short invented article read through the public
extraction API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def test_the_last_signer_takes_the_last_side_once_a_country_and_its_government_are_one() -> None:
    facts = facts_of("The Government of Norland and the Government of Norvik signed an Exchange of Notes on a grant "
                     "for economic development on Wednesday. The Hon Prime Minister, Rev. Dr. Anna Berg and His "
                     "Excellency, Mr. Li Ming, Ambassador of Norvik to Norland, signed the notes at the Prime "
                     "Minister's Office.")
    assert ("Anna Berg", "Government of Norland") in signatures(facts)
