"""Signers read in the thirtieth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, signatures


def test_a_side_represented_by_its_officer_in_the_signing_sentence() -> None:
    # "X, represented by its Vice-President A, and Y, represented by its President B, signed": each for hers
    facts = facts_of("This morning in Lindau, the Norvik Development Fund (NDF), represented by its Director "
                     "General Anna Berg, and the Lindau Region, represented by its Governor Li Ming, signed a loan "
                     "contract of EUR 40 million for the city's tram network.")
    assert signatures(facts) == {("Anna Berg", "Norvik Development Fund"), ("Li Ming", "Lindau Region")}, \
        signatures(facts)
