"""Titles of people the model names, read in the twenty-ninth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_name_set_off_after_a_title_and_its_bodys_head_word() -> None:
    # "the chairman of the X association, A, met ...": the body's head word in lower case, then the name
    facts = facts_of("During the visit of the delegation to Oslo, the chairman of the Norvik Steel Association, "
                     "Anna Berg, met with the management of Delta Motors. Later, the chairman of the Norvik Steel "
                     "association, Tom Hale, met with the press.")
    assert ("Tom Hale", "chairman", "Norvik Steel Association") in posts(facts), posts(facts)


def test_a_name_set_off_after_an_envoys_posting() -> None:
    # "the High Commissioner of X to Y, A, as the chief guest": the posting, then the name
    facts = facts_of("The signing ceremony was graced by the High Commissioner of Norvik to Delta, Tom Hale, "
                     "as the chief guest.")
    assert ("Tom Hale", "High Commissioner", "Norvik") in posts(facts), posts(facts)


def test_a_title_and_its_body_in_brackets_after_the_name() -> None:
    # "A (X general manager in charge of Y)": the body before the title, set off in brackets after the name
    facts = facts_of("Delta University signed an agreement with Norvik Steel Group on Monday. Delta president "
                     "Tom Hale and Li Ming (Norvik Steel Group general manager in charge of sales) attended the "
                     "ceremony.")
    assert ("Li Ming", "general manager", "Norvik Steel Group") in posts(facts), posts(facts)


def test_a_board_director_is_one_title() -> None:
    # "A (the Board Director of X)": a member of the company's board, not a director of a body "Board"
    facts = facts_of("Delta president Tom Hale and Anna Berg (the Board Director of Norvik Steel) attended the "
                     "signing ceremony.")
    assert ("Anna Berg", "Board Director", "Norvik Steel") in posts(facts), posts(facts)


def test_an_official_of_a_body_named_before_the_title() -> None:
    # "X official A": a body's official, named by the body before the word
    facts = facts_of("The delegation included Lakeside Ministry of Trade official Anna Berg and Director of the "
                     "Norvik Trade Office Tom Hale.")
    assert ("Anna Berg", "official", "Lakeside Ministry of Trade") in posts(facts), posts(facts)
