"""How many agreements (issue 11, tenth session): a company's "Ltd." that ends
a sentence, and agreements in the plural with several bodies told again in
the singular. Each case is a short invented article read through the public
API.
"""
from __future__ import annotations

from kg.article import split_sentences

from invented import facts_of


def test_a_company_name_ending_in_ltd_may_end_the_sentence() -> None:
    text = "Norvik Steel signed with Delta Bank Co., Ltd. The main leaders of the bank spoke. Deals with Ltd. Brands"
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences[0] == "Norvik Steel signed with Delta Bank Co., Ltd."
    assert sentences[1] == "The main leaders of the bank spoke."


def test_agreements_with_four_banks_told_again_in_the_singular_are_four() -> None:
    facts = facts_of("On March 9-10, Norvik Shipbuilding Group Co., Ltd. signed strategic cooperation agreements in "
                     "Lindau with Delta Bank Co., Ltd., Harbour Bank Co., Ltd., Northern Trust Bank Co., Ltd., and "
                     "Lakeside Construction Bank Co., Ltd. The leaders of the four banks said they would use the "
                     "signing of the strategic cooperation agreement to explore cooperation in areas such as "
                     "green shipping.")
    assert len(facts.agreements) == 4
    assert all(a.place == "Lindau" for a in facts.agreements)
    assert {p for a in facts.agreements for p in a.parties} >= {"Delta Bank Co., Ltd.", "Harbour Bank Co., Ltd."}
