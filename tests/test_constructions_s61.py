"""Constructions read in the sixty-first session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_a_country_ending_one_paragraph_is_no_body_of_the_title_opening_the_next() -> None:
    # "... President B of Lakeland\n\nPresident A gave ...": a line with no stop, then a paragraph that opens
    # with a title; the country is B's, not the next paragraph's president's
    facts = facts_of("Norland and Lakeland signed two agreements on Tuesday. All the signing ceremonies were "
                     "witnessed by President Anna Berg of Norland and President Li Ming of Lakeland\n\n"
                     "President Berg gave the assurance that her administration would follow up on the agreements.")
    held = posts(facts)
    assert ("Anna Berg", "President", "Norland") in held, held
    assert ("Anna Berg", "President", "Lakeland") not in held, held


def test_the_agreements_they_had_signed_names_no_signer() -> None:
    # "A gave the assurance that ... the agreements they had signed for mutual benefits": a relative clause
    # on the documents, whose "they" is not A; A, named as a witness, stays one
    facts = facts_of("Norland and Lakeland signed two agreements on Tuesday. The ceremonies were witnessed by "
                     "President Anna Berg of Norland and President Li Ming of Lakeland.\n\nPresident Berg gave the "
                     "assurance that her administration would help consummate the agreements they had signed for "
                     "mutual benefits.")
    assert "Anna Berg" not in {s[0] for s in signatures(facts)}, signatures(facts)
    assert "Anna Berg" in {w for a in facts.agreements for w in a.witnesses}, [a.witnesses for a in facts.agreements]
