"""Constructions read in the twenty-eighth session, signatories (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, signatures


def test_the_people_who_exchanged_the_document_signed_it() -> None:
    # "A and B exchanged the MoU", a caption's "A and B exchange the MoU": the verb with the document as
    # its object tells who signed it (not "exchanged gifts", nor the "exchange agreement" of students)
    facts = facts_of("Norvik and Lindau sign MoU\n\nNorvik Mayor Anna Berg and Lindau Governor Li Ming exchanged "
                     "the student exchange agreement on Monday in Lindau. Later, Deputy Mayor Omar Khan and "
                     "Governor Sara Lund exchanged gifts and views on tourism.")
    rows = sorted(s[0] for s in signatures(facts))
    assert rows == ["Anna Berg", "Li Ming"], rows


def test_the_team_one_exchanged_the_document_with_signed_it_too() -> None:
    facts = facts_of("Lakeside University Vice Chancellor Anna Berg exchanged the MoU document with a team from "
                     "Delta Institute comprising Li Ming, Registrar, and Omar Khan, Director.")
    rows = sorted(s[0] for s in signatures(facts))
    assert rows == ["Anna Berg", "Li Ming", "Omar Khan"], rows

