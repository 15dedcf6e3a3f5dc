"""Posts read in the twenty-eighth session, second posts helper (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_minister_remit_listed_with_commas_is_the_whole_title() -> None:
    # "Investment, Trade and Industry Minister": the comma list of field words is the title's, not cut
    # to its last two joined fields; "Local Government" is a minister's field of two words
    facts = facts_of("Norland and Delta Bank sign MoU\n\nThe signing in Lindau was witnessed by Prime Minister "
                     "Arvid Halvorsen of Norland, who was accompanied by Agriculture, Fisheries and Forestry Minister "
                     "Karl Obi and Local Government Development Minister Li Ming.")
    rows = {(p[0], p[1]) for p in posts(facts)}
    assert ("Karl Obi", "Agriculture, Fisheries and Forestry Minister") in rows, rows
    assert ("Li Ming", "Local Government Development Minister") in rows, rows


def test_people_who_go_together_with_a_minister_hold_offices_of_his_country() -> None:
    # "Together with A, Minister of Defense, B and ...": A was introduced with his post already, so the
    # title between A and B is B's; the people who go with A hold their offices for A's country
    facts = facts_of("Norway's senior officials hold talks with Swedish President\n\nOSLO - Foreign Minister Arvid Halvorsen led a delegation to "
                     "Sweden and met with President Tomas Brenner on Monday.\n\nTogether with Halvorsen, Minister of "
                     "Defense, Karl Obi and Minister of Fisheries, Li Ming, headed to Stockholm on Monday to attend "
                     "the ministerial meeting in Sweden.")
    rows = set(posts(facts))
    assert ("Karl Obi", "Minister of Defense", "Norway") in rows, rows
    assert ("Li Ming", "Minister of Fisheries", "Norway") in rows, rows
    assert not any(p[0] == "Arvid Halvorsen" and p[1] == "Minister of Defense" for p in rows), rows


def test_a_body_a_release_calls_its_own_is_the_body_of_its_people() -> None:
    # "Chairman A and Vice Chairman B of our council": the release's own body, named "our council"; the
    # body written after the last name of the pair is the first one's too
    facts = facts_of("On Monday, Chairman Anna Berg and Vice Chairman Li Ming of our council met with Chief "
                     "Representative Karl Obi of the Lindau Trade Council.")
    rows = set(posts(facts))
    assert ("Anna Berg", "Chairman", "our council") in rows, rows
    assert ("Li Ming", "Vice Chairman", "our council") in rows, rows


def test_the_first_of_a_pair_takes_the_body_written_after_the_second() -> None:
    facts = facts_of("On Monday, Chairman Anna Berg and Vice Chairman Li Ming of the Lindau Chamber of Commerce "
                     "met with Director Karl Obi of the Norland Trade Council.")
    assert ("Anna Berg", "Chairman", "Lindau Chamber of Commerce") in set(posts(facts)), posts(facts)


def test_a_post_written_after_our_is_of_the_release_s_own_body() -> None:
    # "met with our Chairman & CEO, Mr. A, and Vice Chairman, Mr. B" in a release about "our Group":
    # both titles joined by "&" are A's, and the list's posts are the group's
    facts = facts_of("Governor Meets Our Group Management\n\nOn Monday, the governor of Lindau, Mr. Arvid "
                     "Halvorsen, met with our Chairman & CEO, Mr. Karl Obi, and Vice Chairman, Mr. Li Ming, in "
                     "Oslo. Officials later visited our Group's headquarters.")
    rows = set(posts(facts))
    assert ("Karl Obi", "Chairman", "our Group") in rows, rows
    assert ("Karl Obi", "CEO", "our Group") in rows, rows
    assert ("Li Ming", "Vice Chairman", "our Group") in rows, rows


def test_two_posts_joined_by_an_ampersand_are_both_the_person_s() -> None:
    facts = facts_of("Mr. Karl Obi, secretary of the Lindau Party Committee & mayor of the Lindau People's "
                     "Government, attended the signing ceremony.")
    rows = {(p[0], p[1]) for p in posts(facts)}
    assert ("Karl Obi", "mayor") in rows, rows


def test_a_list_after_a_title_set_off_before_its_holder_gives_each_mayor_his_own_city() -> None:
    # "the mayor of A City, Mr. B C D, the mayor of E City, Mr. F": the title comes before each name;
    # a name whose first word is in capitals ("ZHANG") is the same person's name all the same
    facts = facts_of("Officials visited the plant, including the mayor of Chaoyang City, Mr. ZHANG Tie Min, the "
                     "mayor of Fuxin City, Mr. PAN Liguo, and the mayor of Tieling City, Mr. Zhang Jingqiang.")
    rows = set(posts(facts))
    assert ("ZHANG Tie Min", "mayor", "Fuxin City") not in rows, rows
    assert ("PAN Liguo", "mayor", "Fuxin City") in rows, rows


def test_a_bare_board_hands_no_body_on_down_a_list() -> None:
    # "X's Vice Chairman A, Board of Directors member B, and Director C": the board is X's,
    # not a body C holds posts at
    facts = facts_of("Delta Bank's Vice Chairman Anna Berg, Treasurer Karl Obi, Board of Directors member Li "
                     "Ming, and Director Tomas Brenner were also present at the signing.")
    assert not any(p[0] == "Tomas Brenner" and p[2] == "Board of Directors" for p in posts(facts)), posts(facts)
