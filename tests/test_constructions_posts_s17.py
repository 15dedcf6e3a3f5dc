"""Posts (seventeenth session): constructions of a person's title and body in
English news. Each case is a short invented article read through the public
API (the countries are real ones: a country's offices are read from the
country lists)."""
from __future__ import annotations

from invented import facts_of, posts


def test_heads_of_state_before_two_names_go_with_the_sentence_s_two_countries_in_order() -> None:
    facts = facts_of("Ghana and Kenya signed a treaty on friendship in Norvik on Monday. Heads of state Anna "
                     "Berg and Karl Holm signed the treaty between Ghana and Kenya after talks.")
    read = posts(facts)
    assert ("Anna Berg", "Head of state", "Ghana") in read
    assert ("Karl Holm", "Head of state", "Kenya") in read


def test_plural_foreign_ministers_before_two_names_go_with_the_article_s_two_countries() -> None:
    facts = facts_of("Ghana and Kenya signed a trade agreement on Monday. The foreign ministers, Anna Berg "
                     "and Karl Holm, signed the agreement in Norvik.")
    read = posts(facts)
    assert ("Anna Berg", "Foreign Minister", "Ghana") in read
    assert ("Karl Holm", "Foreign Minister", "Kenya") in read


def test_a_country_s_two_prime_ministers_are_both_that_country_s() -> None:
    facts = facts_of("Ghana and Kenya signed a border treaty on Monday. Ghana's two prime ministers, Anna Berg "
                     "and Karl Holm, and visiting Kenyan Prime Minister Li Ming signed the document.")
    read = posts(facts)
    assert ("Anna Berg", "Prime Minister", "Ghana") in read
    assert ("Karl Holm", "Prime Minister", "Ghana") in read


def test_ministers_of_a_remit_from_both_countries_keep_the_remit() -> None:
    facts = facts_of("Ghana and Kenya signed a trade agreement on Monday. Ministers of Trade and Industry from "
                     "both countries, Anna Berg and Karl Holm, signed the agreement in Norvik.")
    read = posts(facts)
    assert ("Anna Berg", "Minister of Trade and Industry", "Ghana") in read
    assert ("Karl Holm", "Minister of Trade and Industry", "Kenya") in read


def test_two_countries_marks_before_a_plural_title_go_in_order() -> None:
    facts = facts_of("Ghana and Kenya signed a trade agreement. Kenyan and Ghanaian foreign ministers Anna Berg "
                     "and Karl Holm signed it.")
    read = posts(facts)
    assert ("Anna Berg", "Foreign Minister", "Kenya") in read
    assert ("Karl Holm", "Foreign Minister", "Ghana") in read


def test_vice_presidents_before_two_names_are_the_body_s_not_a_country_s() -> None:
    facts = facts_of("Norland University and Lindau University signed an agreement. Norland University's "
                     "President Anna Berg and vice presidents Karl Holm and Li Ming signed the agreement.")
    read = posts(facts)
    assert ("Karl Holm", "Vice President", "Norland University") in read
    assert ("Li Ming", "Vice President", "Norland University") in read


def test_a_title_written_in_full_and_short_for_one_body_is_one_post() -> None:
    facts = facts_of("Ghana and Kenya signed a trade agreement on Monday. Ghana's Foreign Minister Anna Berg "
                     "signed for Ghana. Minister Anna Berg said the agreement would open markets.")
    read = {p for p in posts(facts) if p[0] == "Anna Berg"}
    assert read == {("Anna Berg", "Foreign Minister", "Ghana")}


def test_a_rank_before_a_title_is_another_post() -> None:
    facts = facts_of("Norland University and the Delta Bank signed an agreement. It was signed by Anna Berg, "
                     "Vice President of Norland University. Karl Holm, President of Norland University, and "
                     "Anna Berg, President of the Delta Bank, attended.")
    read = posts(facts)
    assert ("Anna Berg", "Vice President", "Norland University") in read
    assert ("Karl Holm", "President", "Norland University") in read


def test_a_plural_title_then_each_country_with_its_holder() -> None:
    facts = facts_of("Ghana and Kenya signed a trade agreement on Monday. The Foreign Affairs Ministers of Ghana, "
                     "Anna Berg, and Kenya, Karl Holm, have held talks in Accra.")
    read = posts(facts)
    assert ("Anna Berg", "Foreign Affairs Minister", "Ghana") in read
    assert ("Karl Holm", "Foreign Affairs Minister", "Kenya") in read


def test_a_plural_title_then_each_body_with_its_holder() -> None:
    facts = facts_of("Norland University and the Delta Bank signed an agreement. The chairmen of Norland "
                     "University, Anna Berg, and the Delta Bank, Karl Holm, attended.")
    read = posts(facts)
    assert ("Anna Berg", "chairman", "Norland University") in read
    assert ("Karl Holm", "chairman", "Delta Bank") in read
