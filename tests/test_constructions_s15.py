"""Constructions of the fifteenth session: each case is a short invented
article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of


def _kinds(text: str) -> list[str]:
    return [a.kind for a in facts_of(text).agreements]


def test_an_agreement_of_collaboration_is_its_own_kind() -> None:
    assert _kinds("On behalf of both universities, President Anna Berg and Li Ming signed the agreement of "
                  "collaboration during the ceremony.") == ["agreement of collaboration"]
    assert _kinds("Norland and Lindau signed two agreements of cooperation in Norvik on Monday.") == [
        "agreement of cooperation", "agreement of cooperation"]


def test_a_kind_said_with_of_is_the_headlines_kind_said_more_fully() -> None:
    """"contract" in the headline, "a contract of cooperation" in the body:
    one agreement, of the fuller kind; "collaboration agreement" and "the
    agreement of collaboration" are one kind said two ways."""
    assert _kinds("Norland University signs contract with Lindau\n\nNorland University and the Lindau city "
                  "government signed a contract of cooperation on Monday in Lindau.") == ["contract of cooperation"]
    facts = facts_of("Lakeside University signs collaboration agreement\n\nThe signing ceremony between Lakeside "
                     "University and Norvik University was held on July 9, 2015.\n\nOn behalf of both universities, "
                     "President Anna Berg and Li Ming signed the agreement of collaboration during the ceremony.")
    assert [(a.kind, str(a.date)) for a in facts.agreements] == [("agreement of collaboration", "2015-07-09")]


def test_a_new_memorandum_of_understanding_is_the_memorandum_told_after() -> None:
    facts = facts_of("Delta Bank and Norvik Port signed a new memorandum of understanding in Lindau on Monday. "
                     "The memorandum of understanding was signed by Anna Berg and Li Ming.")
    assert len(facts.agreements) == 1


def test_a_datelines_city_before_its_country_and_a_hyphen_is_no_side() -> None:
    """"CEBU, Philippines - A and B signed": the city opens a dateline
    ended by a hyphen, as by a dash, and is where the news comes from."""
    for dash in ("-", "–", "—"):
        facts = facts_of(f"Two countries sign pact\n\nCEBU, Philippines {dash} Norland and Southland signed a "
                         "cooperation agreement on Monday.")
        assert [p for a in facts.agreements for p in a.parties] == ["Norland", "Southland"], dash
