"""Where and when a signing took place, as real pages tell it (issue 11):
the occasion referred back to, the town visited, a date line on a line of
its own, a word for the capital, and what names no signing's place or day
(a region, a host, a stretch of days). Each text is invented; each test
reads it through the public extraction API.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from invented import facts_of, page
from kg.extract import extract


def _when_and_where(text: str, published: date | None = date(2024, 5, 17)) -> list[tuple[date | None, str | None]]:
    return [(a.date, a.place) for a in facts_of(text, published).agreements]


def test_a_region_is_no_signing_place() -> None:
    text = ("The Regional Refugee Office signed a memorandum of understanding with the Ministry of Interior on Monday "
            "by video call. The minister commended the signing of the memorandum of understanding, which will "
            "provide aid to refugees in the countries of the Middle East region.")
    assert _when_and_where(text) == [(date(2024, 5, 13), None)]


def test_the_state_a_project_serves_is_no_signing_place() -> None:
    read = _when_and_where("The Government of Norland and the Delta Bank on Thursday signed a $130 million loan to "
                           "promote horticulture in the state of Himachal Pradesh.")
    assert read == [(date(2024, 5, 16), None)]


def test_a_host_named_after_invitation_is_no_place_and_a_stretch_of_days_is_no_signing_day() -> None:
    text = ("From May 9th to 10th, at the invitation of Wuhu Municipal Government, President Yuan Liang and his "
            "delegation visited Wuhu City and the sides signed a cooperation agreement.\n\n"
            "On the morning of May 10th, the signing ceremony of the cooperation agreement between Wuhu Municipal "
            "Government and Lakeside University was held in the Diamond Building of the Financial Center of Wuhu City.")
    assert _when_and_where(text) == [(date(2024, 5, 10), "Wuhu")]


def test_the_signing_ceremony_held_further_on_after_a_long_name() -> None:
    text = ("Four universities have signed separate memoranda of understanding with Lakeside University. "
            "The universities are Norland University, Delta University, Coastal University and Hill University. "
            "The memoranda aim to promote academic cooperation. They establish a framework for exchanges. "
            "Exchanges of students will begin next year. "
            "The signing ceremony between the four universities and Lakeside University "
            "was held at Comstech Secretariat, Islamabad under the patronage of the consortium.")
    assert {place for _, place in _when_and_where(text)} == {"Islamabad"}


def test_during_this_meeting_refers_back_to_where_they_met() -> None:
    text = ("On May 15, Governor Kim and Party Secretary Xin met at Dodamso, the former residence of the governors. "
            "During this meeting, they signed a sisterhood agreement.")
    assert _when_and_where(text) == [(date(2024, 5, 15), "Dodamso")]


def test_during_the_ceremony_refers_back_two_paragraphs() -> None:
    text = ("The Ministry of Planning and the Delta Bank organized a ceremony on Monday to sign development grants.\n\n"
            "Attending the ceremony were the minister and the ambassador of Norland.\n\n"
            "During the ceremony, the Ministry of Planning and the Delta Bank signed grant agreements worth "
            "138 million euros.")
    assert [d for d, _ in _when_and_where(text)] == [date(2024, 5, 13)]


def test_a_date_line_on_its_own_line_and_the_kazakh_capital(tmp_path: Path) -> None:
    article = page(tmp_path, "memo.txt",
                   "Kazakhstan and Norland ink memo of cooperation\n"
                   "    31 May 2023, 18:11\n"
                   "    ASTANA. KAZINFORM – The foreign ministers of Kazakhstan and Norland have signed a memorandum "
                   "of cooperation today in the Kazakh capital, Kazinform correspondent reports.\n")
    (memo,) = extract(article).agreements
    assert (memo.date, memo.place) == (date(2023, 5, 31), "Astana")


def test_the_town_visited_in_the_signing_sentence() -> None:
    text = ("The Governments of Norland and Vanuatu signed a memorandum of understanding on trade links, during a "
            "visit to Port Vila last week.")
    assert [p for _, p in _when_and_where(text)] == ["Port Vila"]


def test_the_town_a_delegation_came_to_in_the_sentence_before() -> None:
    text = ("Akmola and South Kazakhstan regions have entered into a memorandum of cooperation.\n\n"
            "A delegation of Akmola region came to Shymkent city on board the first flight of the new route. After "
            "the opening of the route, the governors of the two regions signed the memorandum of cooperation.")
    assert [p for _, p in _when_and_where(text)] == ["Shymkent"]


def test_a_word_for_a_town_then_its_name() -> None:
    text = "Kenya and Norland inked a loan agreement worth $20 million in the Kenyan capital, Nairobi, on Thursday."
    assert _when_and_where(text) == [(date(2024, 5, 16), "Nairobi")]


def test_signed_this_morning_is_the_day_of_the_article() -> None:
    text = "A trade agreement was signed between the Kenya Ports Authority and Norland Shipping in Mombasa this morning."
    assert _when_and_where(text) == [(date(2024, 5, 17), "Mombasa")]


def test_a_meeting_held_in_a_town_before_the_signing() -> None:
    text = ("On November 23, the integration meeting of Chongqing and the central enterprises was held in Chongqing. "
            "The China South Industries Group Corporation signed a strategic cooperation framework agreement with the "
            "Chongqing Municipal People's Government.")
    assert _when_and_where(text, date(2018, 1, 23)) == [(date(2017, 11, 23), "Chongqing")]


def test_a_body_named_as_the_venue_gives_way_to_where_the_ceremony_was_held() -> None:
    text = ("Lakeside Trade Agency signed a memorandum of understanding with Coastal Maritime University (CMU) at CMU "
            "on July 11.\n\nThe signing ceremony, held at the headquarters of CMU located in Yeongdo-gu, Busan, was "
            "attended by the president of the university.")
    assert [p for _, p in _when_and_where(text)] == ["Busan"]


def test_a_building_then_its_town_with_no_comma() -> None:
    assert [p for _, p in _when_and_where("Kenya and Norland signed a trade agreement at State House Nairobi on "
                                          "Wednesday.")] == ["Nairobi"]
    assert [p for _, p in _when_and_where("Kenya and Norland signed a trade agreement on Wednesday at Nairobi's "
                                          "State House.")] == ["Nairobi"]


def test_a_venue_in_the_city_of_the_date_line(tmp_path: Path) -> None:
    article = page(tmp_path, "erd.txt",
                   "Bangladesh and Norland sign agreement\n\n"
                   "DHAKA, May 15, 2024 (BSS) - Bangladesh and Norland signed an agreement at the Economic Relations "
                   "Division (ERD) in the city's Sher-e-Bangla Nagar area today.\n")
    (agreement,) = extract(article).agreements
    assert (agreement.date, agreement.place) == (date(2024, 5, 15), "Dhaka")


def test_the_day_the_paragraph_before_gives_the_occasion() -> None:
    text = ("Leaders of the city of El Paso and the Mexican city of Chihuahua met virtually to formalize their sister "
            "city status Monday morning.\n\n"
            "The City Council voted unanimously before the two mayors signed the sister city agreement.")
    assert [d for d, _ in _when_and_where(text)] == [date(2024, 5, 13)]


def test_an_earlier_time_in_the_paragraph_before_is_not_the_signing_day() -> None:
    text = ("The two cities held a first meeting on Monday of last year.\n\n"
            "The two mayors signed the sister city agreement.")
    assert [d for d, _ in _when_and_where(text)] == [None]


def test_a_date_line_in_brackets_is_no_signing_day(tmp_path: Path) -> None:
    article = page(tmp_path, "wam.txt",
                   "News agencies sign MoU\n\n"
                   "DUBAI, (UrduPoint / Pakistan Point News / WAM - 21st Dec, 2021) The Emirates News Agency (WAM) "
                   "has signed a Memorandum of Understanding (MoU) with the Mauritanian News Agency (AMI) to enhance "
                   "cooperation.\n")
    (mou,) = extract(article).agreements
    assert mou.date is None


def test_the_great_hall_of_the_people_by_its_whole_name() -> None:
    assert [p for _, p in _when_and_where("The Ministry of Commerce and the Ministry of Trade of Norland signed a "
                                          "protocol in the Great Hall of the People on Tuesday.")] == [
        "Great Hall of the People"]
    text = ("Under the witness of the two premiers, Minister Zhi Shuping and Minister Alexander Tkachev signed five "
            "cooperation documents, including the protocol on phytosanitary requirements on wheat to be exported "
            "from Russia to China in the Great Hall of the People on November 1.")
    assert "Great Hall of the People" in [p for _, p in _when_and_where(text)]


def test_the_town_visited_rather_than_the_venue_of_the_same_sentence() -> None:
    text = ("On March 23, during Secretary Xu Qin's visit to Macao, the Permanent Secretariat of Forum Macao and the "
            "Heilongjiang Province Department of Commerce signed a cooperation framework agreement at the Complex of "
            "Commerce and Trade Co-operation Platform for China and Portuguese-speaking Countries.")
    assert [p for _, p in _when_and_where(text)] == ["Macao"]


def test_the_place_of_an_event_still_to_come_is_not_the_signings() -> None:
    for event in ("the Crown Prince's arrival in Muscat", "the Crown Prince's visit to Muscat"):
        text = f"On the eve of {event}, Saudi Arabia and Oman signed 13 memoranda of understanding."
        assert {p for _, p in _when_and_where(text)} == {None}, event


def test_a_date_line_of_a_town_and_its_country(tmp_path: Path) -> None:
    article = page(tmp_path, "uz.txt",
                   "Association signs agreement\n\n"
                   "Tashkent, Uzbekistan (UzDaily.com) -- The Uzeltehsanoat Association and Norland Energy Solutions "
                   "signed a cooperation agreement here on Monday.\n")
    (agreement,) = extract(article).agreements
    assert agreement.place == "Tashkent"


def test_an_earlier_visit_or_an_event_of_another_year_gives_no_place() -> None:
    text = ("Governor Doyle previously visited Xi'an, the provincial capital, on trade missions in 2007 and 2009. "
            "He signed a memorandum of understanding with Governor Zhao Zhengyong.")
    assert {p for _, p in _when_and_where(text)} == {None}
    text = ("Mayor Hu met with District Chief Schuster on November 20. A memorandum of understanding was signed at "
            "the meeting. Mr. Hu invited Mr. Schuster to the Cultural Week, an event held in Xuchang in April 2019.")
    assert {p for _, p in _when_and_where(text, date(2018, 11, 22))} == {None}


def test_a_town_then_a_day_and_a_page_label() -> None:
    text = "The China Exim Bank signed a loan contract with Uzbekistan's Pakhta Bank in Beijing Friday."
    assert [p for _, p in _when_and_where(text)] == ["Beijing"]
    text = "In Short : The Delta Bank and the Government of Norland signed a $100 million loan on Tuesday."
    assert [p for _, p in _when_and_where(text)] == [None]


def test_an_agency_date_line_and_the_southern_locality(tmp_path: Path) -> None:
    article = page(tmp_path, "vna.txt",
                   "Binh Duong, Nebraska sign MoU\n\n"
                   "Binh Duong (VNA) – Binh Duong province and Nebraska state of the US signed a memorandum of "
                   "understanding (MoU) on cooperation at a ceremony in the Vietnamese southern locality on July 12.\n\n"
                   "On this occasion, the Eastern International University and the University of Nebraska-Omaha also "
                   "inked an MoU on cooperation in personnel training.\n")
    assert [a.place for a in extract(article).agreements] == ["Binh Duong", "Binh Duong"]
