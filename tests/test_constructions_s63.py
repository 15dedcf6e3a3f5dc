"""Constructions read in the sixty-third session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, signatures


def test_a_sum_between_after_signing_and_the_agreement_keeps_the_signers() -> None:
    # "A, Director General of X, and B, the General Manager of Y, after signing the Sh17.9 billion tender award
    # agreement": a caption whose verb takes an agreement within six words, one of them an amount with its
    # currency and decimals
    facts = facts_of("Norland Roads Authority signs road deal with Lindau firm\n\nNorland Roads Authority (NRA) "
                     "Director General, Peter Hansen and Li Ming, the General Manager of Lindau Construction Company "
                     "Limited after signing the Sh17.9 billion tender award agreement in Norvik on Monday.\n\nThe road "
                     "will link the two towns.")
    assert signatures(facts) >= {("Peter Hansen", "Norland Roads Authority"),
                                 ("Li Ming", "Lindau Construction Company Limited")}, signatures(facts)


def test_a_sum_in_a_captions_present_sign_keeps_the_signers() -> None:
    # "A, President of X, and B, Mayor of Y, sign a US$2.5 million grant agreement": the present "sign" reports
    # a signing only with an agreement as its object, and the amount is one of the words before it
    facts = facts_of("Lindau gets grant\n\nAnna Berg, President of the Norland Development Bank, and Li Ming, Mayor "
                     "of Lindau, sign a US$2.5 million grant agreement at the bank's offices.")
    assert {name for name, _ in signatures(facts)} >= {"Anna Berg", "Li Ming"}, signatures(facts)
