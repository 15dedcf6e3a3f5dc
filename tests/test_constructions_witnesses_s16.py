"""Witnesses (session 16), each on a short invented article read through the
public extraction API: "Those who attended the ceremony were A (post), B
(post)", "Participating in the signing ceremony also were A, B", "The
representatives from X attending the ceremony included: A, B"; "Several deans
were present. These included A, B" (a sentence that goes on with the
attendants the one before announced); a list of
academics whose titles are abbreviated ("Assoc. Prof. Ts. Dr. A") read across
the full stops of those titles; "the Premiers witnessed" stands for the two
named before; those at another event ("was inaugurated by A in the presence
of B", "attended the opening ceremony") are no witnesses; "They also witnessed"
after two people named one sentence each; "..., and X State Department
official B" goes on with a list; "Addressing the signing ceremony of the MoU
between X and Y, Prime Minister A said" names a speaker, no signer. Dates: "The official
signing ceremony was held on May 22" told after the signing; "23 March,2021".
"""
from __future__ import annotations

import pytest

from invented import facts_of

_SIGNED = "Lindau University and Norvik University signed a memorandum of understanding on Monday. "


def _witnesses(text: str) -> set[str]:
    return {w for a in facts_of(text).agreements for w in a.witnesses}


@pytest.mark.parametrize("sentence, people", [
    ("Those who attended the ceremony were Li Ming (Mayor of Norvik and party secretary of the city), "
     "Anna Berg (President of Lindau University), Wang Tao (Deputy Director of the Planning Office of the "
     "municipal government), and officials of the city.", {"Li Ming", "Anna Berg", "Wang Tao"}),
    ("Participating in the signing ceremony also were the President of Delta Bank Dr Anna Berg, Ambassador "
     "Li Ming, Permanent Representative of Norland to the United Nations.", {"Anna Berg", "Li Ming"}),
    ("The representatives from the Norvik Institute attending the ceremony included: Mr. Li Ming, Executive "
     "Director, and Ms. Anna Berg, Protocol Manager, Norvik Institute.", {"Li Ming", "Anna Berg"}),
])
def test_cues_before_a_list_of_witnesses(sentence: str, people: set[str]) -> None:
    assert _witnesses(_SIGNED + sentence) == people


def test_abbreviated_academic_titles_do_not_end_the_list() -> None:
    text = _SIGNED + ("The ceremony was graced by Dr. Anna Berg, Director of International Affairs, Assoc. Prof. Ts. "
                      "Dr. Li Ming, Dean of the Faculty of Computing, Dr. Omar Farouk, Dean of the Faculty of Law, "
                      "and Ts. Dr. Lena Hoff, Dean of the Faculty of Management.")
    assert _witnesses(text) == {"Anna Berg", "Li Ming", "Omar Farouk", "Lena Hoff"}


@pytest.mark.parametrize("sentences, people", [
    ("Several deans of Lindau University were present. These included Anna Berg, Dean of Law; Li Ming, Dean of "
     "Science; and Omar Farouk.", {"Anna Berg", "Li Ming", "Omar Farouk"}),
    ("The signing was attended by Dean Anna Berg of Lindau University. Those from Norvik University included "
     "Li Ming, Registrar, and Omar Farouk, Bursar.", {"Anna Berg", "Li Ming", "Omar Farouk"}),
    ("Several deans attended the signing ceremony. Among them were Anna Berg and Li Ming.", {"Anna Berg", "Li Ming"}),
])
def test_a_sentence_that_goes_on_with_the_attendants(sentences: str, people: set[str]) -> None:
    assert _witnesses(_SIGNED + sentences) == people


def test_these_included_after_no_attendance_names_no_witness() -> None:
    text = _SIGNED + "The memorandum covers several fields. These included Anna Berg, Dean of Law, and Li Ming."
    assert _witnesses(text) == set()


def test_the_premiers_named_before_witness() -> None:
    text = ("Prime Minister Anna Berg held talks with her Norvik counterpart Li Ming on Monday. Following the "
            "talks, the Premiers witnessed a ceremony of signing documents of cooperation. The two sides signed "
            "an agreement on trade.")
    assert _witnesses(text) == {"Anna Berg", "Li Ming"}


@pytest.mark.parametrize("sentence", [
    "The trade fair was inaugurated by President Li Ming in the presence of Prime Minister Anna Berg.",
    "Governor Anna Berg and Mayor Li Ming attended the opening ceremony.",
])
def test_those_at_another_event_are_no_witnesses(sentence: str) -> None:
    assert _witnesses(_SIGNED + sentence) == set()


def test_a_date_line_with_no_space_after_the_comma() -> None:
    from kg.dates import find_dates
    assert [(f.year, f.month, f.day) for f in find_dates("23 March,2021")] == [(2021, 3, 23)]
    assert [(f.year, f.month, f.day) for f in find_dates("March 23,2021")] == [(2021, 3, 23)]


def test_the_signing_ceremony_held_on_a_day_told_after() -> None:
    text = ("Lindau University marked a milestone by signing a memorandum of understanding with Delta Bank. "
            "The official signing ceremony was held on May 22, 2024, at the Senate Room of the University.")
    assert [str(a.date) for a in facts_of(text).agreements] == ["2024-05-22"]


def test_a_speaker_after_a_phrase_about_the_signing_signs_nothing() -> None:
    text = ("Delta Bank on Thursday signed a memorandum of understanding with Norvik Bank. In the presence of Prime "
            "Minister Anna Berg, the memorandum was signed between Li Ming, Chief Executive Officer of Delta Bank and "
            "Omar Farouk, Managing Director of Norvik Bank. Addressing the signing ceremony of a memorandum of "
            "understanding between Delta Bank and Norvik Bank in the capital, Prime Minister Berg said the "
            "government will provide all kinds of support.")
    facts = facts_of(text)
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Li Ming", "Omar Farouk"}
    assert _witnesses(text) == {"Anna Berg"}


def test_they_stand_for_the_two_named_one_sentence_each() -> None:
    text = ("Norland and Southland on Monday signed three memoranda during the visit of Southland's Deputy Prime "
            "Minister Anna Berg. The two sides held talks led by the visiting deputy premier and Norland's Foreign "
            "Minister Li Ming. The two leaders signed two memoranda on culture and consular affairs. They also "
            "witnessed the memorandum signed between Delta Bank and Norvik Bank.")
    assert _witnesses(text) == {"Anna Berg", "Li Ming"}


def test_a_body_then_official_then_the_name_goes_on_with_the_list() -> None:
    text = _SIGNED + ("Also in attendance at the ceremony were Provost Dr. Anna Berg, Dean of Education Li Ming, "
                      "Norland Department of Education Director Omar Farouk, and Norland State Department of "
                      "Education official Lena Hoff.")
    assert _witnesses(text) == {"Anna Berg", "Li Ming", "Omar Farouk", "Lena Hoff"}
