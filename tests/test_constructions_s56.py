"""Constructions read in the fifty-sixth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_bodys_name_that_holds_and_is_read_whole_before_its_holders_name() -> None:
    # "Associate Dean of Faculty of Physics and Optoelectronics, Professor A" and "Director of Admissions and
    # Career Guidance Centre, Mr. A": the words after "and" open no title and no name, so they end the body's name
    held = posts(facts_of("Norvik University and Lindau University signed an MoU on Monday. The Lindau "
                          "delegation comprised the Director of Admissions and Career Guidance Centre, Mr. Tomas "
                          "Brand; and the Associate Dean of Faculty of Physics and Optoelectronics, Professor Anna "
                          "Berg."))
    # (the unit's name may go into the title, with the university as the body, as the gold writes it)
    assert any(p[0] == "Tomas Brand" and "Admissions and Career Guidance Centre" in f"{p[1]} {p[2]}" for p in held), held
    assert any(p[0] == "Anna Berg" and "Physics and Optoelectronics" in f"{p[1]} {p[2]}" for p in held), held


def test_two_named_bodies_joined_by_and_stay_two() -> None:
    # guard: "A, Party Secretary and Chairman of Norvik Seaport Group and Lindau Port Group, B, ...": each side
    # of "and" is a body with its own head word, so the posts are A's and of the first body, not B's
    held = posts(facts_of("Norvik Seaport Group and Lindau Port Group signed an agreement on Monday. Present were "
                          "Tomas Brand, Chairman of Norvik Seaport Group and Lindau Port Group, Anna Berg, Vice "
                          "President of Lindau Port Group, and others."))
    assert ("Tomas Brand", "Chairman", "Norvik Seaport Group") in held, held
    assert not any(p[0] == "Anna Berg" and p[1] == "Chairman" for p in held), held


def test_counted_executive_programs_beside_counted_memoranda_are_each_an_agreement() -> None:
    # "three executive programs and two memorandums of understanding were signed in Muscat": five documents,
    # each signed there (the plural of "executive program" was missing from the kinds)
    facts = facts_of("On the occasion of the visit, three executive programs and two memorandums of understanding "
                     "were signed in Lindau City on Wednesday between Norland and Southland.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["executive programme"] * 3 + ["memorandum of understanding"] * 2, kinds
    assert {a.place for a in facts.agreements} == {"Lindau City"}, [a.place for a in facts.agreements]


def test_a_body_named_for_its_country_and_city_is_no_persons_name() -> None:
    # "Chen Li, Party chief, chairman and president of China Mobile Shanghai": "Mobile Shanghai" ends on a
    # city and holds no name, so it is the rest of the body's name, not a person holding the three posts
    held = posts(facts_of("Lindau City signed a strategic cooperation agreement on Monday. Present were Wang Lei, "
                          "Party chief, chairman and president of China Unicom Beijing, and Tomas Brand, mayor of "
                          "Lindau City."))
    assert ("Wang Lei", "president", "China Unicom Beijing") in held, held
    assert not any(p[0] == "Unicom Beijing" for p in held), held


def test_a_name_the_model_reads_as_a_place_is_still_a_name_after_a_title() -> None:
    # guard: "the ambassador of China in Damascus, Phuong Piao, who signed": the model takes the name for a
    # place, but the run starts inside that entity, so it is no body's name cut short
    held = posts(facts_of("Syria and China signed a grant agreement on Monday. The ambassador of China in Damascus, "
                          "Phuong Piao, who signed the agreement, praised the ties."))
    assert any(p[0] == "Phuong Piao" for p in held), held


def test_a_plural_title_set_off_after_names_is_each_names() -> None:
    # "Du Dongyun and Zhao Wen, Vice Presidents of SCUN", and with no comma before the title and a name the
    # model misses: "M. Noor Ahmed Khan, Muslim Mohamedi, Arshad Jamal Vice Presidents of FPCCI including ..."
    held = posts(facts_of("Lindau University and Norvik College signed an MoU on Monday. Present were Tomas Brand "
                          "and Anna Berg, Vice Presidents of Lindau University, and others."))
    assert {("Tomas Brand", "Vice President", "Lindau University"),
            ("Anna Berg", "Vice President", "Lindau University")} <= held, held
    held = posts(facts_of("FPCCI and the Trust signed an MoU on Monday. Present were M. Noor Ahmed Khan, Muslim "
                          "Mohamedi, Arshad Jamal Vice Presidents of FPCCI including Shakeel Ahmed Dhingra."))
    assert {("Muslim Mohamedi", "Vice President", "FPCCI"), ("Arshad Jamal", "Vice President", "FPCCI")} <= held, held


def test_a_plural_title_before_a_list_of_bodies_is_not_all_the_first_bodys() -> None:
    # guard: "A and B, Presidents of Norland University and Southland College": each heads one of them, so
    # neither is given the first body alone
    held = posts(facts_of("Lindau University and Norvik College signed an MoU on Monday. Present were Tomas Brand "
                          "and Anna Berg, Presidents of Norland University and Southland College, and others."))
    assert ("Anna Berg", "President", "Norland University") not in held, held


def test_initials_open_a_name_whatever_the_model_makes_of_the_surname() -> None:
    # guard: "a call on Prime Minister of India PK Sharma in Delhi": the model reads "Sharma" as a place here,
    # but initials open a person's name, so the run is no body's name cut short
    held = posts(facts_of("Lakeside University signed a memorandum of understanding with the Kisumu Institute after "
                          "a call on Prime Minister of India PK Sharma in Delhi."))
    assert ("PK Sharma", "Prime Minister", "India") in held, held
