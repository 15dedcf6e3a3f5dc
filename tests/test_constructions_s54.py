"""Constructions read in the fifty-fourth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_chain_of_ministers_titles_before_a_name_is_all_the_names() -> None:
    # "Minister of Oil and Minister of Finance Dr. A signed": both posts are A's (the first was dropped, read
    # as the title of someone unnamed)
    held = posts(facts_of("Kuwait and Norway signed a memorandum of understanding on Monday. Minister of Oil and "
                          "Minister of Finance Dr. Saad Al-Amir signed the memorandum."))
    assert {("Saad Al-Amir", "Minister of Oil", "Kuwait"), ("Saad Al-Amir", "Minister of Finance", "Kuwait")} <= held, held


def test_a_chain_set_apart_by_commas_before_a_name_is_all_the_names() -> None:
    # "Deputy Prime Minister, Minister of Oil and Minister of State ... Dr. A signed an MoU"
    held = posts(facts_of("Kuwait and Norway signed a memorandum of understanding on Monday. Deputy Prime Minister, "
                          "Minister of Oil and Minister of Finance Dr. Saad Al-Amir signed the memorandum."))
    assert ("Saad Al-Amir", "Deputy Prime Minister", "Kuwait") in held, held
    assert ("Saad Al-Amir", "Minister of Oil", "Kuwait") in held, held


def test_a_chain_of_bodies_posts_before_a_name_is_all_the_names() -> None:
    # "headed by Member of the Standing Committee of the CPC X Provincial Committee and Executive Vice Governor of
    # X Province A visited ..."
    held = posts(facts_of("The Norvik delegation headed by Member of the Standing Committee of the Norvik Provincial "
                          "Committee and Vice Governor of Norvik Province Chen Liang signed an agreement with "
                          "Lindau University on Monday."))
    bodies = {org for person, _, org in held if person == "Chen Liang"}
    assert "Standing Committee of the Norvik Provincial Committee" in bodies and "Norvik" in bodies, held


def test_a_title_after_a_name_set_off_is_not_the_next_names() -> None:
    # guard: "A, Minister of Oil, and Minister of Finance B signed": the first title is A's, the second B's
    held = posts(facts_of("Kuwait and Norway signed a memorandum of understanding on Monday. Saad Al-Amir, Minister "
                          "of Oil, and Minister of Finance Jonas Berg signed the memorandum."))
    assert ("Jonas Berg", "Minister of Oil", "Kuwait") not in held and ("Jonas Berg", "Minister of Oil", "Norway") \
        not in held, held
