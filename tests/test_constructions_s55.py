"""Constructions read in the fifty-fifth session (invented sentences, one construction each)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from invented import SIGNED, areas_of, facts_of, page, posts

from kg.extract import extract


def test_modifiers_that_share_a_generic_head_are_each_a_field() -> None:
    # "enhancing cooperation in the scientific, academic and research fields": three fields, as "in the
    # scientific, academic and other fields" already gave
    got = areas_of(SIGNED + "It aims at enhancing cooperation in the scientific, academic and research fields.")
    assert {"scientific", "academic", "research"} <= got, got


def test_a_place_word_before_a_generic_head_keeps_the_phrase_whole() -> None:
    # guard: "agriculture and rural areas": "rural" is where, not a field
    got = areas_of(SIGNED + "It aims at enhancing cooperation in the agricultural and rural areas.")
    assert "rural" not in got, got


def test_an_abbreviated_month_with_the_day_right_after_its_stop_is_a_date() -> None:
    # "A strategic cooperation framework agreement is signed between A and B on Feb.10."
    facts = facts_of("A strategic cooperation framework agreement is signed between Norvik District and Lindau "
                     "GmbH on Feb.10.", published=date(2023, 2, 13))
    assert [a.date for a in facts.agreements] == [date(2023, 2, 10)], [a.date for a in facts.agreements]


def test_a_closing_source_line_above_a_pages_links_dates_the_page(tmp_path: Path) -> None:
    # "(Xinhua News Agency January 23, 2007)" then "Related Stories" and a dozen links: the page's date, so
    # "on Monday" is the Monday before it
    links = "\n\n".join(f"Norvik Story Number {n}" for n in range(1, 13))
    article = page(tmp_path, "loan.txt", "Norvik lends to Lindau\n\nOfficials on Monday signed a loan agreement "
                   "between the Norvik Bank and the Lindau Ministry of Finance in Lindau City.\n\n(Norvik News "
                   f"Agency January 23, 2007)\n\nRelated Stories\n\n{links}\n")
    assert article.published == date(2007, 1, 23), article.published
    assert [a.date for a in extract(article).agreements] == [date(2007, 1, 22)]


def test_a_title_set_off_with_as_after_a_name_is_the_names() -> None:
    # "On behalf of the University of Guelph, Stuart McCook, as Assistant Vice President for International,
    # represents said institution": "as" after the comma sets the title off, as "A as the president of X" does
    held = posts(facts_of("Lindau University and Norvik College signed an MoU on Monday. Anna Berg, as Vice "
                          "President of Lindau University, represented the university."))
    assert ("Anna Berg", "Vice President", "Lindau University") in held, held


def test_a_country_adjective_between_as_and_a_title_names_the_posts_country() -> None:
    # "such as Zhai Leiming as Chinese Consul General in Ho Chi Minh City, Wei Xichen as ...": the consul is
    # China's, and both guests of the list attended the signing
    facts = facts_of("Lindau Port and Norvik Works signed a contract on Monday. The signing ceremony was attended "
                     "by Lindau president Mo Wenhe, as well as other guests, such as Zhai Leiming as Chinese Consul "
                     "General in Ho Chi Minh City, Wei Xichen as commercial counselor.")
    assert ("Zhai Leiming", "Consul General", "China") in posts(facts), posts(facts)
    assert {"Zhai Leiming", "Wei Xichen"} <= {w for a in facts.agreements for w in a.witnesses}, facts.agreements



def test_a_bodys_letters_after_a_title_end_before_the_next_styled_name() -> None:
    # "signed by Engnr. A, President FPCCI and Prof. Dr. B, Chairman X": the letters are the body, "and Prof."
    # opens the next person
    held = posts(facts_of("The Norvik Chamber of Commerce (NCC) and the Lindau Trust signed an MoU on Monday. The MoU "
                          "was signed by Engnr. Daroo Khan, President NCC and Prof. Dr. Anna Berg, Chairman Lindau "
                          "Trust."))
    assert ("Daroo Khan", "President", "Norvik Chamber of Commerce") in held, held



def test_a_title_after_and_the_set_off_before_the_next_name_is_that_names() -> None:
    # "A, President of X, and the Rector, B": the rectorship is B's (it was read as A's second post)
    held = posts(facts_of("Lindau University and the Norvik Chamber of Commerce signed an MoU on Monday. The MoU was "
                          "signed by Kashif Anwar, President of the Norvik Chamber of Commerce, and the Rector of Lindau "
                          "University, Anna Berg."))
    assert ("Kashif Anwar", "Rector", "Lindau University") not in held, held
    assert ("Anna Berg", "Rector", "Lindau University") in held, held


def test_a_second_title_after_and_the_with_no_name_after_it_stays_the_first_names() -> None:
    # guard: "A, President of X and the Chairman of Y." names no one after the second title: both are A's
    held = posts(facts_of("Lindau Bank and the Norvik Chamber of Commerce signed an MoU on Monday. The MoU was signed "
                          "by Kashif Anwar, President of the Norvik Chamber of Commerce and the Chairman of Lindau Bank."))
    assert ("Kashif Anwar", "Chairman", "Lindau Bank") in held, held


def test_a_minister_of_states_remit_before_a_name_is_part_of_the_post() -> None:
    # "UAE Minister of State for Foreign Trade Dr. A, Ambassador of UAE to Pakistan B along with ...": the
    # remit after "Minister of State" is the post's; the envoy's title runs into B's name and is B's
    held = posts(facts_of("Lindau Port and Norvik Ports signed an MoU on Monday. Norway's Minister of State for "
                          "Foreign Trade Dr. Anna Berg, Ambassador of Norway to Pakistan Jonas Holm along with other "
                          "officials were present."))
    assert ("Anna Berg", "Minister of State for Foreign Trade", "Norway") in held, held
    assert ("Jonas Holm", "Ambassador", "Norway") in held and ("Anna Berg", "Ambassador", "Norway") not in held, held


def test_a_states_name_before_a_title_is_the_states_not_a_body_named_after_it() -> None:
    # "Maryland Secretary of State A signed ... The mission is led by his office and the Maryland Department of
    # Commerce": the post is the state's
    held = posts(facts_of("Maryland Secretary of State John Hall today signed a memorandum of understanding between "
                          "the State of Maryland and the Norvik province. The mission is led by his office and the "
                          "Maryland Department of Commerce."))
    assert ("John Hall", "Secretary of State", "Maryland") in held, held


def test_a_body_named_state_grid_is_no_title() -> None:
    # guard: "State Grid of Ningbo Electric Power Company signed ... with our county": "State" opens a body's name
    # (no title word, though "Minister of State" is a title)
    facts = facts_of("Yesterday afternoon, State Grid of Ningbo Electric Power Company signed a strategic cooperation "
                     "agreement with our county. Smart grid construction will be launched through cooperation of "
                     "State Grid of Ningbo Electric Power Company and Xiangshan.")
    assert "State Grid of Ningbo Electric Power Company" in {p for a in facts.agreements for p in a.parties}, \
        [a.parties for a in facts.agreements]


def test_a_remit_after_on_is_part_of_the_post() -> None:
    # "Argentine Undersecretary on Foreign Policy, International Trade and Worship A and ... signed the MoU":
    # the remit after "on", listed with commas, ends at the holder's name
    facts = facts_of("Norway and Argentina signed an MoU on consultations on Monday. Argentine Undersecretary on "
                     "Foreign Policy, International Trade and Worship Claudio Rozencwaig and Norwegian Secretary "
                     "Jonas Holm signed the MoU on behalf of their respective sides.")
    assert ("Claudio Rozencwaig", "Undersecretary on Foreign Policy, International Trade and Worship", "Argentina") \
        in posts(facts), posts(facts)


def test_a_day_after_on_is_no_remit() -> None:
    # guard: "A, Lindau's Vice Chancellor on Monday signed it": "on Monday" is when, not what the post is for
    held = posts(facts_of("Norland and Lindau University signed an MoU. Anna Berg, Lindau's Vice Chancellor on Monday "
                          "signed it."))
    assert ("Anna Berg", "Vice Chancellor", "Lindau University") in held, held
