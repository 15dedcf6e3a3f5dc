"""Constructions read in the thirty-ninth session (invented names and texts; real country names)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_listed_remit_whose_middle_field_the_model_reads_as_a_body() -> None:
    # the model reads "African Cooperation" as an organization; it is a field of the minister's remit
    facts = facts_of("Piet Vermeer signed on behalf of the Ghanaian government, while Moroccan Minister of Foreign "
                     "Affairs, African Cooperation and Moroccan Expatriates, Anna Berg, signed on behalf of hers.")
    assert ("Anna Berg", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
            "Morocco") in posts(facts), posts(facts)


def test_a_remit_ending_on_a_field_word_then_a_styled_name() -> None:
    # "Entrepreneurship" is a field (organizations.yaml field_words): the remit ends there, "Dr." opens the name
    facts = facts_of("He met the Indian Minister of Skill Development and Entrepreneurship Dr. Piet Vermeer in Delhi.")
    assert ("Piet Vermeer", "Minister of Skill Development and Entrepreneurship", "India") in posts(facts), \
        posts(facts)


def test_his_highness_before_a_sheikh_s_name() -> None:
    # the model reads "H.H. Sheikh" as a person of its own; "H.H." is a style of address (people.yaml)
    facts = facts_of("The agreement was signed by H.H. Sheikh Hamad bin Rashid Al Fahim, Minister of Energy and "
                     "Infrastructure, and Piet Vermeer, Minister of Energy of Ghana.")
    assert any(p[:2] == ("Hamad bin Rashid Al Fahim", "Minister of Energy and Infrastructure") for p in posts(facts)), \
        posts(facts)
