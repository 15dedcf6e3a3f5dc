"""The body of a post the text leaves implicit (issue 11): the group a
person is named in says whose post it is, even when the title is written
bare. Each case is a short invented article read through the public
extraction API."""
from __future__ import annotations

from invented import facts_of, posts


def test_an_unnamed_counterpart_makes_the_named_minister_the_other_countrys() -> None:
    facts = facts_of("Minister of Culture and Tourism Peter Vale and his Norwegian counterpart signed the "
                     "agreement on trade between Iceland and Norway in Oslo. Iceland and Norway agreed to cooperate.")
    assert ("Peter Vale", "Minister of Culture and Tourism", "Iceland") in posts(facts)


def test_a_list_closed_by_and_other_staff_of_a_body_is_that_bodys() -> None:
    facts = facts_of("The Meridian Robotics Company signed an agreement with Lakeview Town on May 3. Vice "
                     "President Tom Brandt, Deputy Director Ella Moss and Ian Holt and other senior managers of "
                     "Meridian Robotics Company attended the ceremony.")
    assert {("Tom Brandt", "Vice President", "Meridian Robotics Company"),
            ("Ella Moss", "Deputy Director", "Meridian Robotics Company")} <= posts(facts)


def test_a_body_represented_by_a_list_of_people_holds_their_posts() -> None:
    facts = facts_of("The Harbor Institute of Design signed an agreement with Lindqvist College on June 2. The "
                     "Harbor Institute of Design was represented by Prof Anna Kell, Vice Rector, and Dr Mark Fenn, "
                     "Registrar.")
    assert {("Anna Kell", "Vice Rector", "Harbor Institute of Design"),
            ("Mark Fenn", "Registrar", "Harbor Institute of Design")} <= posts(facts)


def test_officials_from_a_body_listed_after_including_hold_posts_there() -> None:
    facts = facts_of("The Harbor Institute of Design signed an agreement with Lindqvist College on June 2. "
                     "Several faculty members from Lindqvist College attended the ceremony, including Dr. Omar "
                     "Reyes, Vice President, and Ms. Lena Park, Registrar.")
    assert {("Omar Reyes", "Vice President", "Lindqvist College"),
            ("Lena Park", "Registrar", "Lindqvist College")} <= posts(facts)


def test_the_leader_of_a_places_delegation_holds_a_bare_post_there() -> None:
    facts = facts_of("Welcoming the Norvik delegation led by Governor Ola Brandt, Party Secretary Nguyen Tuan of "
                     "Lakeside Province said he believes cooperation will grow. The Norvik visitors toured the port.")
    assert ("Ola Brandt", "Governor", "Norvik") in posts(facts)
    assert ("Ola Brandt", "Governor", "Lakeside Province") not in posts(facts)


def test_the_head_of_a_delegation_from_a_body_holds_a_bare_post_there() -> None:
    facts = facts_of("On Monday, Governor Li Wei met the government delegation from Eastbay Prefecture headed by "
                     "the prefecture deputy Party secretary Wen Hao. Assistance for Eastbay Prefecture is a task "
                     "shared by both sides.")
    assert ("Wen Hao", "deputy Party secretary", "Eastbay Prefecture") in posts(facts)


def test_a_head_beside_another_countrys_head_is_the_other_of_the_two_countries_an_article_is_about() -> None:
    facts = facts_of("Norway and Iceland signed two agreements in Oslo on Monday. The ceremonies were witnessed by "
                     "President Ola Berg and Iceland President Jon Sigurdsson. Norway also sells fish to Chile.")
    assert ("Ola Berg", "President", "Norway") in posts(facts)


def test_no_pair_of_countries_when_a_third_is_named_as_often() -> None:
    facts = facts_of("Norway and Iceland signed two agreements in Oslo on Monday. The ceremonies were witnessed by "
                     "President Ola Berg and Iceland President Jon Sigurdsson. Chile and Norway trade, and Chile "
                     "sells copper.")
    assert not any(p[0] == "Ola Berg" and p[2] == "Norway" for p in posts(facts))


def test_ministers_accompanying_a_head_hold_offices_of_the_heads_country() -> None:
    facts = facts_of("The signing was witnessed by Prime Minister Tan Hock of Malaysia, who was accompanied by Trade "
                     "Minister Lee Wen and Deputy Foreign Affairs Minister Ali Baba. China and Malaysia signed three "
                     "memorandums of understanding in Nanning.")
    assert {("Lee Wen", "Trade Minister", "Malaysia"),
            ("Ali Baba", "Deputy Foreign Affairs Minister", "Malaysia")} <= posts(facts)


def test_a_minister_accompanying_a_head_marked_by_nationality_is_that_countrys() -> None:
    facts = facts_of("The agreement was signed in Madrid between Chile and Spain, as part of the tour that the "
                     "Chilean President, accompanied by the Minister of Foreign Affairs, Roberto Ampuero, is carrying "
                     "out in Europe. Spain and Chile agreed to cooperate.")
    assert ("Roberto Ampuero", "Minister of Foreign Affairs", "Chile") in posts(facts)
