"""Posts read in the thirtieth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_countrys_mark_carries_over_a_comma_list_of_officials() -> None:
    # "Egyptian Prime Minister A, Investment Minister B, Chinese Ambassador to Egypt C": B is Egypt's
    facts = facts_of("The Egyptian government signed an investment agreement with Norvik Zone Company on Saturday."
                     "\n\nThe ceremony was attended by Egyptian Prime Minister Omar Haddad, Investment Minister "
                     "Karim Nassar, Chinese Ambassador to Egypt Li Wen as well as other officials.")
    assert ("Karim Nassar", "Investment Minister", "Egypt") in posts(facts), posts(facts)
    assert not any(p[0] == "Karim Nassar" and p[2] == "China" for p in posts(facts)), posts(facts)


def test_a_mark_does_not_carry_across_and_nor_from_an_envoy() -> None:
    # "Turkish Foreign Minister A and Minister for Education B signed": two sides, B not Turkey's;
    # "US Ambassador A, Prime Minister B": the host's prime minister follows the guest's envoy
    facts = facts_of("Pakistan and Turkey signed a Memorandum of Understanding on education on Wednesday.\n\n"
                     "The MoU was signed by Turkish Foreign Minister Ali Demir and Minister for Education Omar "
                     "Haddad in Islamabad.")
    assert not any(p[0] == "Omar Haddad" and p[2] == "Turkey" for p in posts(facts)), posts(facts)
    facts = facts_of("The agency signed a memorandum with the Peruvian ministries on Monday.\n\nUS Ambassador in "
                     "Peru Anna Berg, Prime Minister Carlos Ruiz, Minister of Economy Luis Vega attended.")
    assert not any(p[0] == "Carlos Ruiz" and p[2] == "United States" for p in posts(facts)), posts(facts)
