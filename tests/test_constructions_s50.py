"""Constructions read in the fiftieth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.title, p.organization) for p in facts_of(text).posts}


def test_a_lower_case_modifier_before_a_field_ministers_title_stays_in_the_title() -> None:
    # "Rudolf Scharping, former Defense Minister of Germany": the country's office, held before
    posts = _posts("Tang Wei met with Ola Dahl, former Defense Minister of Norway, on Sept 8.")
    assert ("Ola Dahl", "former Defense Minister", "Norway") in posts, posts


def test_a_narrow_modifier_in_lower_case_is_not_read_into_a_field_ministers_title() -> None:
    # "the state Finance Minister A": "state" says whose minister, it is no part of the title
    posts = _posts("The state Finance Minister Ola Dahl attended the signing.")
    assert not any(title.casefold().startswith("state") for _, title, _ in posts), posts


def test_a_full_time_post_is_a_post() -> None:
    # "Zhang Jianguo, full-time vice chairman of Shaanxi People's Association for Friendship ..."
    posts = _posts("Ola Dahl, full-time vice chairman of the Lindau Friendship Association, attended the signing.")
    assert ("Ola Dahl", "full-time vice chairman", "Lindau Friendship Association") in posts, posts


def test_titles_listed_with_commas_all_belong_to_the_body_the_last_names() -> None:
    # "Chen Li, Party chief, chairman and president of China Mobile Shanghai"
    posts = _posts("Karl Brenner, Party chief, chairman and president of Lindau Telecom, attended the signing.")
    assert {("Karl Brenner", "Party chief", "Lindau Telecom"), ("Karl Brenner", "chairman", "Lindau Telecom"),
            ("Karl Brenner", "president", "Lindau Telecom")} <= posts, posts


def test_a_title_set_off_alone_does_not_take_the_next_persons_title() -> None:
    # "A, Chairman, B, Secretary of X": no list of titles, two people
    posts = _posts("Karl Brenner, Chairman, and Ola Dahl, Secretary of the Lindau Trade Council, attended the signing.")
    assert not any(person == "Karl Brenner" and title == "Secretary" for person, title, _ in posts), posts
