"""Constructions of posts read in the twelfth session: whose office a post
written without its body is. Each case is a short invented article read
through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_country_named_inside_a_longer_name_is_not_a_third_country() -> None:
    # "Guinea" inside "Papua New Guinea" leaves the article one of two countries:
    # the president written without a country is the other one's
    facts = facts_of("Chile and Papua New Guinea signed two memoranda of understanding on Tuesday in Santiago.\n"
                     "President Anna Berg received Papua New Guinea Prime Minister Li Ming at the palace, where the "
                     "two leaders witnessed the signing.\n"
                     "The memoranda cover fisheries and mining between Chile and Papua New Guinea.\n")
    assert ("Anna Berg", "President", "Chile") in posts(facts)


_HOME = ("Chile and Norway signed a memorandum of understanding on fisheries on Monday in Santiago.\n"
         "The memorandum was signed by Anna Berg and Li Ming.\n"
         "President Karl Holm witnessed the signing.\n"
         "Also present was Norwegian Trade Minister Erik Lund.\n"
         "Foreign Minister Maria Soto said the fleets would share data.\n"
         "Chile exports salmon to Norway.\n")


def test_an_office_written_without_a_country_is_the_one_the_paper_leaves_unmarked() -> None:
    # the paper marks only Norway's officials ("Norwegian Trade Minister"): its unmarked ones are Chile's
    found = posts(facts_of(_HOME))
    assert ("Karl Holm", "President", "Chile") in found
    assert ("Maria Soto", "Foreign Minister", "Chile") in found
    assert ("Erik Lund", "Trade Minister", "Norway") in found


def test_a_head_met_on_a_visit_to_the_marked_country_is_not_given_the_other() -> None:
    text = _HOME.replace("Chile exports salmon to Norway.", "Anna Berg later flew to Norway and met President Olav Dahl.")
    assert not any(p[0] == "Olav Dahl" for p in posts(facts_of(text)))


def test_a_vice_chancellor_written_as_vc_or_dvc_holds_the_post() -> None:
    assert ("Anna Berg", "VC", "Lindau College") in posts(facts_of(
        "The Lindau College VC, Prof Dr Anna Berg, signed the agreement with Delta Bank."))
    assert ("Li Ming", "DVC", "Norland University") in posts(facts_of(
        "The DVC of Norland University, Prof. Li Ming, signed the agreement with Delta Bank."))
