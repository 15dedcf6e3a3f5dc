"""Agreements, dates and places (seventeenth session): constructions of
articles that list several signed documents, each on a short invented text."""
from __future__ import annotations

from invented import facts_of


def test_two_agreements_of_one_kind_joined_by_and_are_two() -> None:
    facts = facts_of("Norland and Lindau on Monday signed a cooperation agreement on rail transport and an "
                     "exchange agreement on customs data in Norvik.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["cooperation agreement", "exchange agreement"]
    assert {a.place for a in facts.agreements} == {"Norvik"}


def test_an_agreement_summed_up_with_a_memorandum_is_not_a_second_one() -> None:
    facts = facts_of("Norland and Lindau signed a memorandum of understanding on consultations on Monday. "
                     "The minister praised the ties, which culminated in the signing of an agreement on a joint "
                     "committee, as well as a memorandum of understanding on consultations.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"]


def test_a_long_list_of_documents_after_one_verb_gives_one_agreement_each() -> None:
    facts = facts_of("Norland and Lindau signed a letter of intent for the integration project for production and "
                     "defence between both countries, as well as a joint declaration of the ministries of health "
                     "and science and a memorandum of understanding on financial integration; and an agreement on "
                     "polar cooperation.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["agreement on polar cooperation", "joint declaration", "letter of intent", "memorandum of understanding"]


def test_the_count_nearest_the_agreements_counts_them() -> None:
    facts = facts_of("Norland and Lindau signed a treaty on extradition on Tuesday.\n\n"
                     "Trade promotion offices between the two countries signed two agreements for boosting trade.")
    assert sorted(a.kind for a in facts.agreements) == ["agreement", "agreement", "treaty"]


def test_a_tally_by_kinds_is_no_list() -> None:
    facts = facts_of("The forum in Norvik saw the signing of three regional and seven commercial agreements.")
    assert len(facts.agreements) <= 1
