"""Constructions read in the twenty-seventh session, parties in lists and headlines (invented names and texts)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page

from kg.extract import extract


def _parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in facts_of(text).agreements]


def _headline_parties(folder: Path, text: str) -> list[list[str]]:
    """The parties of a page whose first line is its headline."""
    return [sorted(a.parties) for a in extract(page(folder, "headline.txt", text)).agreements]


def test_one_plural_body_of_two_countries_is_two_sides() -> None:
    # "the Ministries of Foreign Affairs of A and B" is not between the countries A and B
    sides = _parties("Following the talks, the premiers witnessed the signing of documents, with following "
                     "documents signed:\n\nPlan of cooperation between the Ministries of Foreign Affairs of Norway "
                     "and Sweden for 2025-2027,\n\nAgreement between the Lindau Trade Bank and the Velsk Export "
                     "Center on credit lines.")
    assert ["Ministry of Foreign Affairs of Norway", "Ministry of Foreign Affairs of Sweden"] in sides, sides
    sides = _parties("The municipal councils of Oslo and Stockholm signed an agreement on cooperation on Monday.")
    assert sides == [["municipal council of Oslo", "municipal council of Stockholm"]], sides


def test_two_countries_adjectives_before_a_plural_body_name_two_sides() -> None:
    # "the Russian and Chinese Olympic committees": one committee of each country
    sides = _parties("A memorandum was also signed between the Norwegian and Swedish Olympic committees on "
                     "Monday.")
    assert sides == [["Norwegian Olympic committee", "Swedish Olympic committee"]], sides
    sides = _parties("Norwegian and Swedish sports authorities signed a memorandum of understanding on Monday.")
    assert sides == [["Norwegian sports authority", "Swedish sports authority"]], sides


def test_the_cities_a_headline_makes_sign_are_the_sides(tmp_path: Path) -> None:
    # a headline has no date line: the places it opens with, as the subject of "sign", are the sides
    sides = _headline_parties(tmp_path, "Lindau, Velsk cities sign MoU to establish friendship\n\nAnna Berg, the "
                              "Mayor of Lindau, and Karl Olsen, Chairman of the standing committee of Velsk, signed "
                              "the friendship agreement in Oslo.\n")
    assert sides == [["Lindau", "Velsk"]], sides
    sides = _headline_parties(tmp_path, "Norvik City and Velsk City sign sisterhood pact\n\nThe city government "
                              "of Norvik and Velsk City of Japan have signed sisterhood agreement on April 25, 2023.\n")
    assert sides == [["Norvik City", "Velsk City"]], sides


def test_a_headline_of_two_countries_names_no_sides(tmp_path: Path) -> None:
    # the countries of a headline sign through the bodies the text goes on to name
    sides = _headline_parties(tmp_path, "Norway, Sweden sign two MoUs\n\nThe Lindau Trade Bank and the Velsk "
                              "Export Center signed two memoranda of understanding on Monday.\n")
    assert all("Norway" not in s and "Sweden" not in s for s in sides), sides
