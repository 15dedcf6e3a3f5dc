"""Constructions of agreements read in the eleventh session: how many
agreements an article tells of, and of what kind. Each case is a short
invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of


def _kinds(text: str) -> list[str]:
    return sorted(a.kind for a in facts_of(text).agreements)


def test_agreements_listed_with_commas_each_with_its_own_partner_are_one_each() -> None:
    facts = facts_of("At the forum, Norvik Port Authority signed a joint venture agreement with Delta Shipping Lines, a "
                     "strategic cooperation agreement with Lindau Logistics Group, and a memorandum of cooperation "
                     "with Abu Varna Ports Group.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["joint venture agreement", "memorandum of cooperation", "strategic cooperation agreement"]
    memo = next(a for a in facts.agreements if a.kind == "memorandum of cooperation")
    assert "Abu Varna Ports Group" in memo.parties and "Delta Shipping Lines" not in memo.parties
