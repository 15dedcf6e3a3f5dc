"""Posts (fifteenth session): constructions of a person's title and body in
English news. Each case is a short invented article read through the public
API."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_compound_rank_before_a_name_set_off_after_its_title_is_a_style() -> None:
    facts = facts_of("Norland University and the Delta Bank have signed an agreement. It was signed by the "
                     "President of Norland University, Major General Anna Berg, and the Director of the Delta "
                     "Bank, Lt. General Lars Holm, in Norvik.")
    read = posts(facts)
    assert ("Anna Berg", "President", "Norland University") in read
    assert ("Lars Holm", "Director", "Delta Bank") in read


def test_a_compound_rank_head_alone_still_opens_a_title() -> None:
    facts = facts_of("Norland University and the Delta Bank have signed an agreement. The Delta Bank's "
                     "General Manager Anna Berg signed it.")
    assert ("Anna Berg", "General Manager", "Delta Bank") in posts(facts)


def test_a_name_set_off_after_its_title_may_go_on_with_along_with() -> None:
    facts = facts_of("Norland University and the Delta Bank have signed an agreement. The President of Norland "
                     "University, Dr. Anna Berg along with the Chairman of the Delta Bank, Lars Holm, signed "
                     "the agreement.")
    read = posts(facts)
    assert ("Anna Berg", "President", "Norland University") in read
    assert ("Lars Holm", "Chairman", "Delta Bank") in read


def test_a_name_set_off_after_its_title_may_go_on_with_where() -> None:
    facts = facts_of("The MoU was signed by the Chairman of the Delta Bank, Lars Holm at the Norvik Lodge "
                     "with Norland University.")
    assert ("Lars Holm", "Chairman", "Delta Bank") in posts(facts)


def test_a_unit_headed_at_a_body_is_part_of_the_title() -> None:
    facts = facts_of("Norland and Lindau signed a grant agreement. It was signed by Anna Berg, Head of the "
                     "Technical Office of the Trade Partnership at the Ministry of Foreign Affairs, and Lars Holm.")
    assert ("Anna Berg", "Head of the Technical Office of the Trade Partnership", "Ministry of Foreign Affairs") \
        in posts(facts)


def test_a_body_headed_at_an_occasion_keeps_its_post() -> None:
    facts = facts_of("Norland and Lindau signed a grant agreement. It was signed by Anna Berg, President of the "
                     "Delta Bank at the Norvik ceremony, and Lars Holm.")
    assert ("Anna Berg", "President", "Delta Bank") in posts(facts)


def test_a_name_set_off_after_a_possessive_title_may_go_on_with_in() -> None:
    facts = facts_of("The Delta Bank and Norland University signed an MoU. It was signed by the Delta Bank's "
                     "General Manager, Lars Holm in Norvik, and Anna Berg.")
    assert ("Lars Holm", "General Manager", "Delta Bank") in posts(facts)
