"""Constructions read in the twenty-seventh session, posts (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts

SIGNED = "The Lindau Trade Board and Velsk University signed a memorandum of understanding on Monday in Lindau. "


def test_posts_of_curation_advice_teaching_and_staff_are_titles() -> None:
    # a curator, an adviser, a lecturer, a councillor and an envoy hold posts at the body
    # written after their titles, as a director does
    for sentence, title, body in (
            ("Anna Berg, curator of the Velsk Museum, said the deal was good.", "curator", "Velsk Museum"),
            ("Anna Berg, Senior Lecturer at Velsk University, said the deal was good.", "Senior Lecturer",
             "Velsk University"),
            ("Councillor Anna Berg of the Velsk City Council said the deal was good.", "Councillor",
             "Velsk City Council"),
            ("Anna Berg, the Envoy of the Velsk Embassy in Norway, said the deal was good.", "Envoy",
             "Velsk Embassy in Norway")):
        found = posts(facts_of(SIGNED + sentence))
        assert ("Anna Berg", title, body) in found, (sentence, found)
    found = posts(facts_of(SIGNED + "Anna Berg, Special Adviser to the Governor of Velsk, said the deal was good."))
    assert any(p[0] == "Anna Berg" and p[1].startswith("Special Adviser") for p in found), found


def test_an_owners_mark_before_the_body_is_no_part_of_its_name() -> None:
    found = posts(facts_of(SIGNED + "Anna Berg, Director General of the state-owned Velsk Ports Authority (VPA), "
                                    "which now runs the port, has stated that the deal is good."))
    assert ("Anna Berg", "Director General", "Velsk Ports Authority") in found, found


def test_a_caption_place_between_a_titled_name_and_its_body() -> None:
    text = ("Velsk University (VU) and Lindau Normal University (LNU) signed a memorandum of understanding on "
            "Monday in Lindau.\n\nAnna Berg (3rd from right) with President Karl Olsen (5th from left) of VU, "
            "President Li Ming (6th from left) of LNU and others.")
    found = posts(facts_of(text))
    assert ("Karl Olsen", "President", "Velsk University") in found, found
    assert ("Li Ming", "President", "Lindau Normal University") in found, found
