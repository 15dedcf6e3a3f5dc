"""Constructions read in the fifty-third session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def _parties(text: str) -> list[str]:
    return [party for a in facts_of(text).agreements for party in a.parties]


def test_an_aggregators_source_and_the_dateline_town_are_no_sides_referred_back() -> None:
    # "(MENAFN- Kuwait News Agency (KUNA)) HANGZHOU, Sept 22 (KUNA) -- ... witnessed the signing ... The two
    # sides signed": the agency and the town the story was filed from are not the two sides
    parties = _parties("(MENAFN- Norvik News Agency (NNA)) HANGZHOU, Sept 22 (NNA) -- Crown Prince Anders Holm and "
                       "President Li Wen witnessed the signing of cooperation agreements at the lakeside guest house "
                       "on Friday.\nThe two sides signed a joint statement on a cooperation plan for 2024-28.")
    assert "Norvik News Agency" not in parties and "HANGZHOU" not in parties, parties
