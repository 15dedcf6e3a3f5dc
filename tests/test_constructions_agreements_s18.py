"""Agreements told with constructions read in the eighteenth session, each
on a short invented article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of


def test_plural_kind_then_colon_and_topics_is_one_agreement_per_topic() -> None:
    """"signed a number of other memorandums: on cooperation in A, B and C":
    the colon opens the list of the documents' subjects, one memorandum each."""
    facts = facts_of("Presidents Anna Berg and Li Ming signed a treaty on friendly relations between Norland "
                     "and Lindau in Norvik on Monday. The parties signed a number of other memorandums: on "
                     "cooperation in justice, tourism, environmental protection and protection of industrial "
                     "property.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds.count("memorandum") == 4, kinds
    # (the subjects name the memoranda; like a title's subject they are not read as fields of cooperation)


def test_plural_kind_with_a_list_of_fields_and_no_colon_stays_one() -> None:
    """"signed agreements in energy, transport and culture": fields of cooperation
    of the agreements, not a list of documents."""
    facts = facts_of("Norland and Lindau signed cooperation agreements in energy, transport and culture in Norvik "
                     "on Monday.")
    assert len(facts.agreements) == 1, [a.kind for a in facts.agreements]
