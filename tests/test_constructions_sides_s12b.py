"""Constructions of the sides of a signing read in the twelfth session (second
pass): the bodies that signed and the side each signer signed for. Each case
is a short invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_a_university_named_after_a_king_keeps_the_style() -> None:
    facts = facts_of("King Harald University President Anna Berg signed a memorandum of understanding with "
                     "Delta Bank.")
    parties = {p for a in facts.agreements for p in a.parties}
    assert "King Harald University" in parties and "Harald University" not in parties
    assert ("Anna Berg", "King Harald University") in signatures(facts)


def test_a_body_described_after_and_joins_the_subjects() -> None:
    parties = _parties("Delta Association and the Norlandic holding Norvik Energy Solutions signed a cooperation "
                       "agreement.")
    assert {"Delta Association", "Norvik Energy Solutions"} <= parties


def test_a_dateline_with_an_agency_opens_the_subjects() -> None:
    parties = _parties("Lindau, Norland (NorDaily.com) -- Delta Association and the Norlandic holding Norvik Energy "
                       "Solutions signed a cooperation agreement.")
    assert {"Delta Association", "Norvik Energy Solutions"} <= parties


def test_the_country_of_a_dateline_is_no_side() -> None:
    parties = _parties("Lindau, Norway -- Delta Association and Norvik Energy Solutions signed a cooperation agreement.")
    assert parties == {"Delta Association", "Norvik Energy Solutions"}


def test_a_body_described_by_its_country_after_between_is_the_side() -> None:
    parties = _parties("In addition, a memorandum was signed between the Kyrgyz company Delta Group and Norvik Farm "
                       "Service on a joint project.")
    assert "Delta Group" in parties and "Kyrgyz company" not in parties


def test_what_a_company_makes_is_no_word_of_its_name() -> None:
    parties = _parties("LINDAU (NNA) — Automaker Nordhavn Motors AG signed an agreement with Delta Bank on Monday.")
    assert "Nordhavn Motors AG" in parties and "Automaker Nordhavn Motors AG" not in parties
