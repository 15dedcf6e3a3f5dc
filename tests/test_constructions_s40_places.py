"""Constructions of places, dates and agreements read in the fortieth session (invented names and texts;
real country, state and city names)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of

from kg.article import Article
from kg.extract.pipeline import rule_reading
from kg.extract.place_ranker import place_candidates


def _places(text: str) -> list[str | None]:
    return [a.place for a in facts_of(text).agreements]


def test_a_town_then_its_state_after_a_comma_is_the_town() -> None:
    # "in Gandhinagar, Gujarat" after a venue: Gujarat is the state the town stands in, not where it was signed
    assert _places("Norvik University and Kestrel Ltd exchanged copies of the MoU in the presence of Minister "
                   "Jan Smit at the ongoing defence exhibition NORVEX 2022 in Gandhinagar, Gujarat.") == ["Gandhinagar"]


def test_a_venue_then_its_state_after_a_comma_is_the_venue() -> None:
    assert _places("Norvik Institute has signed a memorandum of understanding with Kestrel Private Limited at "
                   "IIT Mandi, Himachal Pradesh, as per an official statement.") == ["IIT Mandi"]


def test_a_venue_in_a_town_then_a_province_is_the_town() -> None:
    assert _places("Jan Smit spoke at the signing of a memorandum of understanding on trade between Norvik Group and "
                   "the Kestrel Department of Commerce at Valmora Guesthouse in Lindau, Yunnan Province, China on "
                   "Wednesday.") == ["Lindau"]


def test_a_weekday_and_a_day_without_a_year_in_an_undated_article_take_the_year_that_fits() -> None:
    # no date line, no whole date: 13 December fell on a Friday in 2019, one of the years the story names
    facts = facts_of("Norvik and the Kestrel Bank have signed a loan agreement worth US$623 million for programmes "
                     "of 2019 and 2020. Signing the accord on Friday (Dec. 13) were Finance Secretary Jan Smit and "
                     "Kestrel Vice President Piet Vermeer. From 2009 to 2018, the bank lent US$7.2 billion.",
                     published=None)
    assert [str(a.date) for a in facts.agreements] == ["2019-12-13"], facts.agreements


def test_a_town_read_with_city_is_named_as_the_article_names_it() -> None:
    # "in Lindau City" once, "Lindau" and "Lindau Municipal Government" otherwise: the town is "Lindau"
    assert _places("On the cooperation meeting in Lindau City on August 12, Norvik Group signed a strategic "
                   "cooperation agreement with Lindau Municipal Government. Lindau has grown fast, and Norvik "
                   "has invested in Lindau since 2010.") == ["Lindau"]


def test_a_town_the_article_calls_city_throughout_keeps_the_word() -> None:
    assert _places("Norvik University signed a memorandum of understanding with Kestrel College in Lindau City on "
                   "Monday. Lindau City and Norvik have been partners since 2010.") == ["Lindau City"]


def test_works_the_agreement_is_about_are_no_place_of_the_signing() -> None:
    # "a textile factory in Lindau", "building infrastructure in Lindau": where the works stand (places.yaml works_nouns)
    assert _places("Norvik Oil signed a memorandum of understanding (MoU) with Kestrel Holding Company and Valmora "
                   "Charity to set up a textile factory in Lindau.") == [None]
    assert _places("President Jan Smit witnessed the signing ceremony of a deal that will focus on building "
                   "infrastructure in Lindau and its surrounding areas.") == [None]


def test_works_named_after_at_are_the_venue() -> None:
    assert _places("Norvik Oil and Kestrel Holding signed a memorandum of understanding at the new factory in "
                   "Lindau on Monday.") == ["Lindau"]


def test_a_relative_day_told_as_the_day_of_a_statement_is_no_signing_day() -> None:
    # "In a statement, Friday, A said ...", "In a statement issued here today": when the statement was made
    facts = facts_of("Norvik and Kestrel have signed a cooperation agreement on green growth. In a statement, Friday, "
                     "First Secretary Jan Smit said the agreement was signed by Minister Anna Berg and Minister Piet "
                     "Vermeer.")
    assert [a.date for a in facts.agreements] == [None], facts.agreements
    facts = facts_of("Norvik University has signed a memorandum of understanding with Kestrel University. In a "
                     "statement issued here today, Anna Berg said the MoU was signed by the two rectors.")
    assert [a.date for a in facts.agreements] == [None], facts.agreements


def test_a_town_the_day_and_a_single_dash_opening_the_story_are_its_date_line() -> None:
    facts = facts_of("Lindau, Oct 23 - The Ministries of Foreign Affairs of Norvik and Kestrel have signed a "
                     "memorandum of cooperation to coordinate their moves.")
    assert [a.date for a in facts.agreements] == [None], facts.agreements


def test_an_embassy_or_consulate_in_a_town_is_no_place_of_the_signing() -> None:
    # where the mission sits, told of a statement or of a guest (places.yaml works_nouns)
    assert _places("Norvik signed a loan agreement with the Kestrel Fund for a new road, according to a statement "
                   "from the Norvik embassy in Lindau.") == [None]
    assert _places("Norvik University signed a memorandum of understanding with Kestrel College. Present for the "
                   "signing was Jan Smit, head of post for the Norvik Consulate in Lindau.") == [None]


def test_a_body_s_headquarter_told_in_words_is_the_venue_named_whole() -> None:
    # "in the headquarter of X" (the singular many writers use): the room's word and whose it is (places.yaml rooms)
    assert _places("On June 8, the signing ceremony of the Lindau power plant contract was held in the headquarter "
                   "of Norvik Power Corporation.") == ["headquarter of Norvik Power Corporation"]


def test_the_document_signed_refers_back_to_the_one_agreement_told() -> None:
    # "While signing the document at X": the one agreement just told was signed there (kinds.yaml collective_nouns)
    assert _places("The Kestrel State University has signed a Memorandum of Understanding with Norvik Polytechnic to "
                   "run degree programmes. While signing the document at the university's senate building, the Vice "
                   "Chancellor, Prof. Jan Smit, praised the polytechnic.") == ["university's senate building"]


def test_a_signing_verb_s_past_form_before_a_bare_head_is_no_word_of_the_kind() -> None:
    # "They also exchanged protocol for X": the verb, then the document with no article
    facts = facts_of("Norvik City and Kestrel Institute signed a partnership agreement. They also exchanged protocol "
                     "for geothermal development, which they plan to develop first.")
    assert sorted(a.kind for a in facts.agreements) == ["partnership agreement", "protocol"], facts.agreements


def test_a_country_s_possessive_before_a_word_for_a_town_and_its_name() -> None:
    # "in Myanmar's largest city Yangon": the possessive stands where "the" does (places.yaml town_words)
    assert _places("Norvik Federation and the Kestrel Chamber signed a memorandum on Thursday. The memorandum was "
                   "signed by the Chairman of Norvik Federation, Jan Smit, in Myanmar's largest city Yangon on "
                   "Thursday.") == ["Yangon"]


def test_a_venue_told_with_a_lower_case_noun_then_its_town_after_a_comma() -> None:
    # "at the Ministry of Finance office, Lindau.": the office's town closes the clause; the town is the place
    assert _places("The Minister of Finance Jan Smit signed the grant agreement with Piet Vermeer, the Director-General "
                   "of Kestrel Bank, at the Ministry of Finance office, Lindau.") == ["Lindau"]


def test_a_province_s_own_name_is_no_candidate_of_the_place_ranker() -> None:
    # "a city in Balkh Province": the learned ranker no longer offers a name ending in "Province"
    text = ("A signing ceremony of the letter of intent for Norvik and Lindau, a city in Balkh Province of "
            "Afghanistan, to become sister cities took place on the morning of September 23.")
    reading = rule_reading(Article(path=Path("x.txt"), text=text, title=None, published=None,
                                   source_department=None, sha256=""))
    names = [c.name for d in reading.drafts for c in place_candidates(reading.doc, reading.index, d)]
    assert reading.drafts and "Balkh Province" not in names, names


def test_a_room_of_a_body_told_by_its_head_word_alone_is_the_room() -> None:
    # "at the Senate Room of the University": "the University" is the side told before, not part of the room's
    # name (but "the Syndicate Chamber of the KU" names whose chamber it is)
    assert _places("Norvik University and Kestrel Ltd signed a memorandum of understanding. The official signing "
                   "ceremony was held on May 22, 2025, at the Senate Room of the University.") == ["Senate Room"]
