"""Where and when a signing took place, as real pages tell it (issue 11,
eighth round): the occasion told before a list of agreements signed
together, the sentence after that refers back to them all, the town of a
meeting told next to the signing, the town visited rather than a venue, and a
date line with no mark after its day. Each text is invented; each test reads
it through the public extraction API.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from invented import facts_of, page
from kg.extract import extract


def _when_and_where(text: str, published: date | None = date(2024, 5, 17)) -> list[tuple[date | None, str | None]]:
    return [(a.date, a.place) for a in facts_of(text, published).agreements]


def test_a_list_signed_together_takes_the_occasion_told_in_the_paragraph_before() -> None:
    text = ("President Lakeland received President Norland at the People's Great Hall today. The heads of state "
            "held official talks and attended the signing ceremony.\n\n"
            "The foreign ministers of the two countries signed a total of two documents.\n\n"
            "These include:\n\n"
            "-the Plan for the celebration of the 70th anniversary of diplomatic relations,\n\n"
            "-Memorandum of Understanding on the organization of a joint exhibition,\n")
    read = _when_and_where(text)
    assert read and set(read) == {(date(2024, 5, 17), "People's Great Hall")}


def test_the_paragraph_before_of_another_time_gives_no_day_or_place() -> None:
    text = ("President Lakeland received President Norland at the People's Great Hall in 2019. The heads of state "
            "held official talks and attended the signing ceremony.\n\n"
            "The foreign ministers of the two countries signed a total of two documents.\n\n"
            "These include:\n\n"
            "-the Plan for the celebration of the 70th anniversary of diplomatic relations,\n\n"
            "-Memorandum of Understanding on the organization of a joint exhibition,\n")
    assert {where for _, where in _when_and_where(text)} == {None}


def test_the_sentence_after_that_refers_back_to_them_all_gives_the_place() -> None:
    text = ("Norland and Lakeland signed eight Memoranda of Understanding yesterday as the two presidents renewed "
            "the ties between the two countries.\n\n"
            "The presidents witnessed the exchange of the eight MOUs after their bilateral meeting in Malacañang.\n\n"
            "These are:\n\n"
            "1. MoU between the Department of Agriculture and Enterprise Lakeland on Agricultural Cooperation.\n\n"
            "2. MoU between the Development Bank of Norland and Infrastructure Lakeland on knowledge sharing.\n")
    read = _when_and_where(text)
    assert read and set(read) == {(date(2024, 5, 16), "Malacañang")}


def test_the_town_of_the_meeting_told_just_after() -> None:
    text = ("Premier Lakeland and Governor Norland have announced the signing of a memorandum of understanding.\n\n"
            "The two leaders met in Detroit on Friday.")
    assert [where for _, where in _when_and_where(text)] == ["Detroit"]


def test_the_town_of_the_talks_told_just_before_a_sentence_of_the_signing() -> None:
    text = ("Norland and Pakistan on Monday signed two memoranda of understanding. The two sides held delegation "
            "level talks led by the foreign ministers here in Islamabad. The two ministers signed the memoranda "
            "for cooperation in the field of culture.")
    assert {where for _, where in _when_and_where(text)} == {"Islamabad"}


def test_a_meeting_still_to_come_or_held_earlier_gives_no_place() -> None:
    later = ("Premier Lakeland and Governor Norland have announced the signing of a memorandum of understanding.\n\n"
             "The two leaders will meet in Detroit next month.")
    earlier = ("Premier Lakeland and Governor Norland have announced the signing of a memorandum of understanding.\n\n"
               "The two leaders had met in Detroit earlier.")
    assert [where for _, where in _when_and_where(later)] == [None]
    assert [where for _, where in _when_and_where(earlier)] == [None]


def test_the_town_visited_in_another_sentence_rather_than_the_venue() -> None:
    text = ("A visiting Norland business delegation signed a Memorandum of Understanding on investment with the "
            "Lakeland Investment Office on Monday. The agreement was signed during a visit to Los Angeles by the "
            "delegation. Director Zhang and Mayor Villa signed the MOU at a ceremony held in the City Hall.")
    assert {where for _, where in _when_and_where(text)} == {"Los Angeles"}


def test_a_date_line_with_no_mark_after_its_day_gives_here_its_town(tmp_path: Path) -> None:
    article = page(tmp_path, "mou.txt",
                   "Hamirpur, September 29\n"
                   "Lakeside Institute of Technology and Norland Institute of Technology signed a Memorandum of "
                   "Understanding (MoU) for academic research here today.\n")
    (mou,) = extract(article).agreements
    assert mou.place == "Hamirpur"


def test_a_room_told_in_words_is_the_place_as_told() -> None:
    text = ("The signing ceremony of the cooperation framework agreement between Lakeside University and Nordhavn "
            "Wind was held in the sixth meeting room of the university on May 12.")
    assert _when_and_where(text) == [(date(2024, 5, 12), "sixth meeting room of the university")]


def test_a_room_of_a_named_park_is_the_room_as_told() -> None:
    text = ("Lakeside University signed a framework agreement with Nordhavn Wind in the training center of Zizhu "
            "High-Tech Park on Monday.")
    assert _when_and_where(text) == [(date(2024, 5, 13), "training center of Zizhu High-Tech Park")]


def test_a_room_not_told_which_gives_the_building_named() -> None:
    text = "Lakeside University signed a memorandum of understanding with Nordhavn Wind at a room of Hanam City Hall."
    assert [where for _, where in _when_and_where(text)] == ["Hanam City Hall"]


def test_a_room_of_a_signing_still_to_come_is_no_place() -> None:
    text = ("Lakeside University will sign a memorandum of understanding with Nordhavn Wind in the main hall of "
            "the university next month.")
    assert [where for _, where in _when_and_where(text)] in ([], [None])


def test_where_the_one_who_signs_is_told_in_the_subject_is_no_signing_place() -> None:
    text = ("Pingding county in the city of Yangquan, North Norland's Shanxi province, recently signed a framework "
            "agreement with Lakeside Agricultural University to deepen cooperation.")
    assert [where for _, where in _when_and_where(text)] == [None]


def test_a_day_then_the_town_before_the_verb_is_where_they_signed() -> None:
    text = ("Norland and the Delta Development Bank (DDB) Group on Tuesday in Lusaka, signed a US$ 24 million "
            "Loan Agreement to finance the budget.")
    assert _when_and_where(text) == [(date(2024, 5, 14), "Lusaka")]


def test_a_word_for_a_town_is_not_its_name() -> None:
    text = ("Officials of Lakeside and Norland met in the Cornish city for a special ceremony and signed a twinning "
            "agreement on Monday.")
    assert [where for _, where in _when_and_where(text)] == [None]


def test_a_body_then_its_hall_is_one_venue() -> None:
    text = ("A Deed of Adherence was signed between the Ministry of Coal (MOC) and Delta Mining on May 15. The "
            "signing ceremony was organised at the Ministry of Coal, Conference Hall in the presence of the "
            "Additional Secretary.")
    assert [where for _, where in _when_and_where(text)] == ["Ministry of Coal, Conference Hall"]


def test_a_word_for_the_capital_then_its_name_without_a_comma() -> None:
    text = ("Lakeside University and Nordhavn Wind inked a memorandum of understanding in the Omani capital Muscat "
            "on Wednesday.")
    assert _when_and_where(text) == [(date(2024, 5, 15), "Muscat")]


def test_the_town_of_the_event_the_signing_was_on_the_sidelines_of() -> None:
    davos = ("On the sidelines of the World Economic Forum in Davos, Maharashtra signed a memorandum of "
             "understanding with Nordhavn Wind.")
    nairobi = ("Norland signed a grant agreement with the Delta Bank on the sidelines of the 2024 Annual General "
               "Meeting of the Delta Bank in Nairobi.")
    assert [where for _, where in _when_and_where(davos)] == ["Davos"]
    assert [where for _, where in _when_and_where(nairobi)] == ["Nairobi"]


def test_the_town_of_a_visit_with_the_visitor_named_between() -> None:
    town = ("Lakeside University and Nordhavn Wind signed a memorandum of understanding during the visit of the "
            "Prime Minister to Beijing on Wednesday.")
    country = ("Lakeside University and Nordhavn Wind signed a memorandum of understanding during the visit of the "
               "Prime Minister to Kazakhstan on Wednesday.")
    assert _when_and_where(town) == [(date(2024, 5, 15), "Beijing")]
    assert _when_and_where(country) == [(date(2024, 5, 15), None)]


def test_a_day_then_the_local_time_in_brackets_is_the_signing_day() -> None:
    text = "Lakeside University and Nordhavn Wind on May 14 (local time) signed a memorandum of understanding."
    assert _when_and_where(text) == [(date(2024, 5, 14), None)]


def test_a_day_first_date_written_with_hyphens() -> None:
    text = "Lakeside University and Nordhavn Wind signed a memorandum of understanding on 14-05-2024."
    assert _when_and_where(text) == [(date(2024, 5, 14), None)]
