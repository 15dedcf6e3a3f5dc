"""Constructions read in the twenty-seventh session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_surname_read_before_a_later_pass_names_the_person_in_full_is_that_person() -> None:
    # "Prime Minister Halvorsen" is read by the title before him; "Arvid Halvorsen" only by the pass that
    # reads "the Prime Ministers of A and B -- X and Y": the surname is the same man, not a third prime
    # minister whom the contrast of the two countries would give the other one
    facts = facts_of("Norway and Sweden sign two MoUs\n\nNorway and Sweden signed several Memorandums of "
                     "Understanding (MOUs) on sport at the Parliament premises in Oslo in the presence of the Prime "
                     "Ministers of Norway and Sweden -- Arvid Halvorsen and Tomas Brenner - after bilateral talks."
                     "\n\nAddressing media, Prime Minister Halvorsen said Norway has no better friend than Sweden.")
    rows = sorted(posts(facts))
    assert rows == [("Arvid Halvorsen", "Prime Minister", "Norway"), ("Tomas Brenner", "Prime Minister", "Sweden")], rows


def test_a_company_named_again_without_its_legal_form_is_that_company() -> None:
    # "Sweden Railway" after "Sweden Railway Corporation Limited" is the company, not the country Sweden
    # and a person "Railway"
    facts = facts_of("The Lindau Provincial Government and Sweden Railway Corporation Limited signed a strategic "
                     "cooperation agreement in Jinan. Vice Governor Ling Wen and Vice Secretary and President Chen "
                     "Wenjian of Sweden Railway Signed the agreement on behalf of both sides respectively.")
    rows = sorted(p for p in posts(facts) if p[0] == "Chen Wenjian")
    assert rows == [("Chen Wenjian", "President", "Sweden Railway Corporation Limited"),
                    ("Chen Wenjian", "Vice Secretary", "Sweden Railway Corporation Limited")], rows


def test_a_plural_of_a_body_word_is_no_part_of_a_person_name() -> None:
    # "The President of Crua Spanish Universities and Rector of ..., Anna Berg": the model may read
    # "Spanish Universities" as a person; the plural of a body's head word ends a body's name, never a
    # person's ("Banks", of a four-letter head, stays a surname)
    from kg.extract.mentions import bare_name_tokens

    assert not bare_name_tokens("Spanish Universities")
    assert not bare_name_tokens("Health Services Karl Olsen")
    assert bare_name_tokens("Tyra Banks")
    assert bare_name_tokens("Anna Berg")


def test_a_title_opened_by_a_capitalised_modifier_and_written_on_in_lower_case() -> None:
    # "Executive vice-president": the modifier in capitals, the rest in lower case, and the chain of two
    # posts before the body both read
    facts = facts_of("Lin Wei, Deputy Secretary of the Party Committee and Executive vice-president of Lindau "
                     "Mountains Cadre College, attended the signing of the agreement.")
    assert ("Lin Wei", "Executive vice-president", "Lindau Mountains Cadre College") in posts(facts), posts(facts)
    assert ("Lin Wei", "Deputy Secretary of the Party Committee", "Lindau Mountains Cadre College") in posts(facts)
