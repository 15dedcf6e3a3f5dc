"""Posts (thirteenth session): styles of address a name carries before it
and words before a title that are the title's own, not a body. Each case is
a short invented article read through the public API.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_cambodian_chain_of_styles_is_no_part_of_the_name() -> None:
    facts = facts_of("Norland and Cambodia signed two memorandums of understanding on labour on Monday. They were "
                     "signed by Anna Berg, Norland's Minister of Labour, and Ith Lena, Cambodian Minister of Labour, "
                     "in the presence of Samdech Akka Moha Sena Padei Techo Sok Vanna, Prime Minister of the Kingdom "
                     "of Cambodia. Later, Preah Bat Samdech Preah Boromneath Norodom Chan, King of Cambodia, "
                     "received the delegation. Samdech Vibol Sena Pheakdei Chea Rith, President of the Senate, also "
                     "met Anna Berg.")
    read = posts(facts)
    assert ("Sok Vanna", "Prime Minister", "Cambodia") in read
    assert ("Norodom Chan", "King", "Cambodia") in read
    assert ("Chea Rith", "President", "Senate") in read
