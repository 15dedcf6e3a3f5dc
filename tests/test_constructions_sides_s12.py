"""Constructions of the sides of a signing read in the twelfth session: the
bodies that signed and the side each signer signed for. Each case is a short
invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, signatures


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_a_museum_of_a_country_is_one_body() -> None:
    parties = _parties("The National Art Museum of Norland (NAMON) and the Lindau Gallery have signed a letter of "
                       "intent for cooperation over the next five years.")
    assert "National Art Museum of Norland" in parties and "National Art Museum" not in parties


def test_a_bank_named_by_two_conjoined_adjectives_is_one_body() -> None:
    parties = _parties("On 15 March the Industrial and Commercial Bank of Norland (ICBN) signed a strategic "
                       "cooperative agreement in Lindau with Delta Bank.")
    assert "Industrial and Commercial Bank of Norland" in parties


def test_a_university_named_after_a_prince_is_a_body_not_a_person() -> None:
    facts = facts_of("On June 23, 2023, the Lindau Institute (LI) signed a memorandum of understanding with Prince of "
                     "Norvik University (PNU). Dr. Anna Berg, Vice President of PNU, signed on behalf of PNU.")
    parties = {p for a in facts.agreements for p in a.parties}
    assert "Prince of Norvik University" in parties and "Norvik University" not in parties
    assert ("Anna Berg", "Prince of Norvik University") in signatures(facts)


def test_a_university_named_after_a_prince_with_his_patronymic_is_one_body() -> None:
    parties = _parties("The Lindau Institute signed a memorandum of understanding with the Prince Ali bin Omar "
                       "University on Monday.")
    assert "Prince Ali bin Omar University" in parties and "Omar University" not in parties


def test_a_prince_of_a_country_is_no_body() -> None:
    parties = _parties("In the presence of Prince Ali of Norland, the Lindau Institute signed a memorandum of "
                       "understanding with Delta University on Monday.")
    assert not any(p.startswith("Prince") for p in parties)


def test_a_seat_in_brackets_before_a_company_suffix_is_part_of_the_name() -> None:
    facts = facts_of("The Norland Monetary Authority signed a clearing agreement with Bank of Lindau (Delta Bay) "
                     "Limited (BOLDB) on Monday. Anna Berg, chief executive of BOLDB, signed for the bank.")
    parties = {p for a in facts.agreements for p in a.parties}
    assert "Bank of Lindau (Delta Bay) Limited" in parties and "Limited" not in parties


def test_a_branch_of_a_bank_named_by_conjoined_adjectives_is_one_side() -> None:
    parties = _parties("NORVIK, April 18, 2013. The Norland Bank signed a clearing agreement with the Lindau Branch "
                       "of Industrial and Commercial Bank of Norland.")
    assert "Lindau Branch of Industrial and Commercial Bank of Norland" in parties
    assert "Lindau Branch of Industrial" not in parties


def test_two_titles_joined_by_and_after_a_body_end_its_name() -> None:
    facts = facts_of("Last month, a Memorandum of Understanding was signed by University of Lindau Vice-Chancellor "
                     "and President, Professor Anna Berg, and Norvik Christ College Vice-Chancellor and Principal, "
                     "Professor Li Ming.")
    parties = {p for a in facts.agreements for p in a.parties}
    assert "University of Lindau Vice-Chancellor" not in parties
    assert ("Anna Berg", "University of Lindau Vice-Chancellor") not in signatures(facts)
