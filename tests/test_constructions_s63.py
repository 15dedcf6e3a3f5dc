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


def test_every_item_of_a_list_after_with_signed() -> None:
    # "A signed swap agreements separately with B, Swiss National Bank Chairman C, D and Hungarian National Bank
    # Governor E": the items set off by commas, each with its title, are signers up to the one an "and" brings
    facts = facts_of("Central bank renews swaps\n\nDuring the meetings, Norland Bank Governor Anna Berg signed "
                     "bilateral currency swap agreements separately with Lindau Bank President Li Ming, Delta Bank "
                     "Governor Omar Farouk, Swiss National Bank Chairman Karl Olsen and Hungarian National Bank "
                     "Governor Maria Lopez, according to the statement.")
    assert signatures(facts) == {("Anna Berg", "Norland Bank"), ("Li Ming", "Lindau Bank"),
                                 ("Omar Farouk", "Delta Bank"), ("Karl Olsen", "Swiss National Bank"),
                                 ("Maria Lopez", "Hungarian National Bank")}, signatures(facts)


def test_a_comma_after_with_and_no_and_closing_a_list_names_no_second_signer() -> None:
    # "signed the MoU with B, President of X, Mayor C looking on": no "and" closes a list, so C is no signer
    facts = facts_of("Norvik signs MoU\n\nMayor Anna Berg signed the MoU with Li Ming, President of Lindau "
                     "University, Governor Karl Olsen looking on.")
    assert "Karl Olsen" not in {name for name, _ in signatures(facts)}, signatures(facts)
