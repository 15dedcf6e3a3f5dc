"""Posts a careful reader attaches that the extractor used to read without a
body, or not at all (issue 11, posts): "respectively" lists of titles and
bodies, a body written right against a title, a state office's one country
in its sentence, a remit made only of field words, a listed remit that runs
into names, and a state's commissioner. Each on a short invented article.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_titles_and_bodies_given_respectively() -> None:
    facts = facts_of("The protocol on energy was signed by Mr Anna Berg and Mr Li Ming, Ministers of Energy for "
                     "Norway and Kenya respectively.")
    assert {("Anna Berg", "Minister of Energy", "Norway"), ("Li Ming", "Minister of Energy", "Kenya")} <= posts(facts)


def test_plural_title_before_the_names_given_respectively() -> None:
    facts = facts_of("Lakeside University (LU) and Kisumu Institute (KI) signed a memorandum of understanding in "
                     "the presence of vice-chancellors Dr Anna Berg and Dr Li Ming of LU and KI respectively.")
    held = posts(facts)
    assert ("Anna Berg", "vice-chancellor", "Lakeside University") in held
    assert ("Li Ming", "vice-chancellor", "Kisumu Institute") in held


def test_words_before_a_plural_title_must_be_title_words() -> None:
    facts = facts_of("Lakeside University (LU) and Kisumu Institute (KI) signed a memorandum of understanding in "
                     "presence of vice-chancellors Dr Anna Berg and Dr Li Ming of LU and KI respectively.")
    assert not any(title.startswith("presence") or title.startswith("in ") for _, title, _ in posts(facts))


def test_body_written_after_the_title_of_a_bare_post() -> None:
    facts = facts_of("The Lakeside Institute of Technology (LIT) and Kisumu University signed a memorandum of "
                     "understanding. Prof. Anna Berg, Dean (Academic Courses), LIT, spoke at the ceremony.")
    assert ("Anna Berg", "Dean (Academic Courses)", "Lakeside Institute of Technology") in posts(facts)


def test_state_office_takes_the_one_country_its_sentence_names() -> None:
    facts = facts_of("Kenya and Norway signed an agreement on fisheries in Oslo. Norway's fisheries agency will "
                     "train staff. In Nairobi, Kenya welcomed the step, Foreign Affairs Secretary Li Ming said.")
    assert ("Li Ming", "Foreign Affairs Secretary", "Kenya") in posts(facts)


def test_listed_remit_stops_at_a_name() -> None:
    facts = facts_of("The Minister for Treasury, Anna Berg, and the Country Director of the Lakeside Bank, "
                     "Li Ming, attended the signing of the loan agreement between Kenya and the Lakeside Bank in Nairobi, Kenya.")
    held = posts(facts)
    assert any(person == "Anna Berg" and title == "Minister for Treasury" for person, title, _ in held), held
    assert not any("Li Ming" in title for _, title, _ in held)


def test_name_set_off_by_commas_then_its_verb() -> None:
    facts = facts_of("Kisumu State Government has signed a memorandum of understanding with Lakeside Seeds "
                     "Company. Managing Director of Lakeside Seeds Company, Alhaji Anna Berg, signed for the company.")
    assert ("Anna Berg", "Managing Director", "Lakeside Seeds Company") in posts(facts)


def test_commissioner_for_a_field_is_the_states() -> None:
    facts = facts_of("Kisumu State Government has signed a memorandum of understanding with Lakeside Seeds "
                     "Company. In his speech, Commissioner for Commerce and Industry, Alhaji Anna Berg, thanked "
                     "the governor.")
    assert ("Anna Berg", "Commissioner for Commerce and Industry", "Kisumu State") in posts(facts)


def test_field_words_are_a_remit_not_a_body() -> None:
    facts = facts_of("India and Norway signed a memorandum of understanding on offshore wind. Union Minister of "
                     "Petroleum and Natural Gas Anna Berg attended the signing in New Delhi, India.")
    held = posts(facts)
    assert not any(org == "Petroleum and Natural Gas" for _, _, org in held), held
    assert any(person == "Anna Berg" and title == "Union Minister of Petroleum and Natural Gas"
               for person, title, _ in held), held


def test_a_country_marking_another_persons_post_is_not_this_ones() -> None:
    facts = facts_of("Pakistan and Kenya signed a memorandum of understanding on data centres in Islamabad. "
                     "Federal Minister for Trade Anna Berg, Ambassador of Kenya Li Ming and senior officials were "
                     "also present.")
    assert not any(person == "Anna Berg" and org == "Kenya" for person, _, org in posts(facts))


def test_said_after_a_given_name_is_a_name() -> None:
    facts = facts_of("Kisumu State Government has signed a memorandum of understanding with Lakeside Seeds Company. "
                     "Managing Director of Lakeside Seeds Company, Alhaji Musa Said, signed for the company.")
    assert ("Musa Said", "Managing Director", "Lakeside Seeds Company") in posts(facts)
