"""Constructions read in the fifty-seventh session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_list_parted_by_semicolons_keeps_the_body_its_first_post_names() -> None:
    # "welcomed by the USJ Rector, Professor A; Vice-Rector for Research, Professor B; ...": the posts
    # after the first name no body, and semicolons part the list as commas do
    held = posts(facts_of("Lindau University (LU) signed a memorandum of understanding with Norvik College on "
                          "Monday. The guests were welcomed by the LU Rector, Professor Tomas Brand; Vice-Rector "
                          "for Internationalisation and Strategic Development, Professor Anna Berg; and Pro-Rector "
                          "for Research, Dr. Karl Stein."))
    assert ("Anna Berg", "Vice-Rector for Internationalisation and Strategic Development", "Lindau University") in held, held
    assert ("Karl Stein", "Pro-Rector for Research", "Lindau University") in held, held


def test_a_semicolon_list_of_people_with_their_own_bodies_keeps_each_body() -> None:
    # guard: each item names its own body, so the first item's body is not carried over
    held = posts(facts_of("Lindau University signed a memorandum of understanding with Norvik College on Monday. "
                          "Present were the Rector of Lindau University, Professor Tomas Brand; the President of "
                          "Norvik College, Dr. Anna Berg; and the Mayor of Lindau City, Karl Stein."))
    assert ("Anna Berg", "President", "Norvik College") in held, held
    assert not any(p[0] == "Karl Stein" and p[2] == "Lindau University" for p in held), held


def test_a_ranked_plural_title_inside_a_list_gives_each_name_the_title_at_the_lists_body() -> None:
    # "PUMCH President A, Party Secretary B, Vice Presidents C and D, as well as ...": "Vice" is the title's
    # rank, not a mark naming whose the title is, so the two names each hold "Vice President" at the list's body
    held = posts(facts_of("Lindau University and Norvik Hospital signed a strategic cooperation agreement on "
                          "Monday. Norvik Hospital President Tomas Brand, Party Secretary Wang Lei, Vice Presidents "
                          "Yang Dong and Du Bin attended the signing ceremony."))
    assert ("Yang Dong", "Vice President", "Norvik Hospital") in held, held
    assert ("Du Bin", "Vice President", "Norvik Hospital") in held, held


def test_a_universitys_first_word_before_party_secretary_names_the_university() -> None:
    # "Beihang Party Secretary A, President B and Vice President C": "Beihang" is the first word of
    # "Beihang University", which the article names, not a city, so the list's posts are the university's
    held = posts(facts_of("Lindau Hospital and Norvik University signed an agreement on Monday at Norvik "
                          "University. Norvik Party Secretary Zhao Lei, President Wang Peng and Vice President Tao "
                          "Zhi attended the signing ceremony."))
    assert ("Zhao Lei", "Party Secretary", "Norvik University") in held, held
    assert ("Wang Peng", "President", "Norvik University") in held, held


def test_a_citys_party_secretary_stays_the_citys() -> None:
    # guard: "Hengyang Party Secretary A": no university or company of the article starts with the word
    held = posts(facts_of("Hengyang City and Lindau Group signed an agreement on Monday. Hengyang Party Secretary "
                          "Zhao Lei and Lindau Group President Wang Peng attended."))
    assert any(p[0] == "Zhao Lei" and p[1] == "Party Secretary" and "Hengyang" in p[2] for p in held), held


def test_people_said_to_represent_a_body_hold_their_bodiless_posts_there() -> None:
    # "Representing Prince Mohammad bin Fahd University was the Vice President for Academic Affairs, Dr. A
    # while the Vice President for Academic Affairs Dr. B, represented Al Akhawayn University"
    held = posts(facts_of("Norvik University and Lindau University signed a memorandum of understanding on Monday. "
                          "Representing Prince Karl bin Olaf University was the Vice President for Academic Affairs, "
                          "Dr. Tomas Brand while the Vice President for Research Dr. Anna Berg, represented Lindau "
                          "University."))
    assert ("Tomas Brand", "Vice President for Academic Affairs", "Prince Karl bin Olaf University") in held, held
    assert ("Anna Berg", "Vice President for Research", "Lindau University") in held, held


def test_a_list_opened_by_representing_a_body_holds_its_posts_there() -> None:
    # "Representing UEF were Dr. A, President; Dr. B, Vice President; ..."
    held = posts(facts_of("Norvik University and Lindau University signed a memorandum of understanding on Monday. "
                          "Representing Norvik University were Dr. Tomas Brand, President; Dr. Karl Stein, Vice "
                          "President; and Ms. Anna Berg, Dean of Law."))
    assert ("Tomas Brand", "President", "Norvik University") in held, held
    assert ("Karl Stein", "Vice President", "Norvik University") in held, held


def test_field_words_between_a_title_and_a_name_are_the_titles_remit() -> None:
    # "Director External Linkages Fauzia Hadi Ali": no style of address before the name, but the words
    # after the title are field words and the model starts a name after them
    facts = facts_of("Norvik University signed an MoU with Lindau Foundation on Monday. Norvik University Director "
                     "External Linkages Fauzia Hadi Ali was present on the occasion.")
    names = {p.name for p in facts.people}
    assert "Fauzia Hadi Ali" in names and not any("Linkages" in n for n in names), names
    assert any(p[0] == "Fauzia Hadi Ali" and p[1] == "Director External Linkages" for p in posts(facts)), posts(facts)
