"""Signers' sides and parties (session 18): constructions read with invented names."""
from __future__ import annotations

from invented import facts_of, signatures


def test_country_name_government_without_article_is_the_country() -> None:
    # "on behalf of Norway government": the country, not the division the signer's post names
    facts = facts_of("Anna Berg, Secretary, Economic Relations Division (ERD) signed the grant agreement "
                     "on behalf of Norway government. Li Ming signed for Sweden.")
    assert ("Anna Berg", "Norway") in signatures(facts)
