"""Constructions read in the twenty-eighth session, places and dates (invented names and texts)."""
from __future__ import annotations

from invented import facts_of


def test_a_province_the_text_calls_one_is_no_place_of_the_signing() -> None:
    # "Lindau" is named "Lindau province" elsewhere: a forum "taking place in Lindau" puts the signing in
    # the province, which is no signing's place (a town or a venue is)
    facts = facts_of("Norvik Port signed a cooperation agreement with Delta Shipping Lines. The agreement was "
                     "signed during a maritime forum taking place in Lindau this week.\n\nNorvik Port is the "
                     "largest port of Lindau province.")
    assert facts.agreements and [a.place for a in facts.agreements] == [None], [a.place for a in facts.agreements]


def test_a_month_a_comma_and_the_day_with_no_space_is_a_date() -> None:
    # "on July,4": the day written straight after the month's comma
    from kg.dates import find_dates

    assert [(f.month, f.day) for f in find_dates("The bank signed the loan in Norvik on July,4, under which")] == [(7, 4)]
    assert find_dates("May,12,000 people came") == []


def test_the_datelines_day_is_not_the_signing_day_of_news_announced() -> None:
    # "NORVIK, Aug 20, 2024, AGENCY. ... have signed ..., reported the agency": the day the story was filed;
    # when the signing was the story does not say
    facts = facts_of("NORVIK, Aug 20, 2024, NORPRESS. Norland and Lindau have signed an economic cooperation "
                     "agreement, reported the Norpress agency.\n\nThe agreement covers trade.", published=None)
    assert facts.agreements and [a.date for a in facts.agreements] == [None], [a.date for a in facts.agreements]


def test_the_opening_day_of_a_stretch_of_days_is_its_first_day() -> None:
    # "at the inaugural day of the week held from 13th to 18th May": the 13th, not the last day, nor no day
    facts = facts_of("The Lindau Government signed three MoUs with Delta Motors at the inaugural day of the Norvik "
                     "Investment Week organised in Norvik from 13th to 18th May, 2023.")
    assert facts.agreements and {str(a.date) for a in facts.agreements} == {"2023-05-13"}, [a.date for a in facts.agreements]


def test_a_stamp_in_brackets_after_the_headline_dates_the_page(tmp_path) -> None:
    # "Loan to fund roads in Lindau ( 2001-11-24 00:32 ) (1 )": the headline and its stamp on one line, with a count
    # of comments after; the stamp dates the page, so "Friday" has a day
    from invented import page
    from kg.extract import extract

    article = page(tmp_path, "stamp.txt", ".contact us |.about us\nHome News Business Sports\n"
                   "news... ...\n    Focus on... ...\n\nLoan to fund roads in Lindau\n( 2001-11-24 00:32 ) (1 )\n\n"
                   "Delta Bank signed a loan contract with Lindau Bank in Norvik Friday.\n\nThe loan will fund roads.\n")
    assert str(article.published) == "2001-11-24"
    assert [str(a.date) for a in extract(article).agreements] == ["2001-11-23"]


def test_a_town_in_what_the_agreement_is_about_is_not_where_it_was_signed() -> None:
    # "exchanged notes on the establishment of the Lindau consulate-general in Norvik": Norvik is where the
    # consulate will be, not where the notes were exchanged (which was in the Grand Hall, told before)
    facts = facts_of("Norland and Lindau signed a trade agreement in the Grand Hall of the Republic on Tuesday. "
                     "The foreign ministries of the two countries exchanged notes on the establishment of the "
                     "Lindau consulate-general in Norvik.")
    assert facts.agreements and "Norvik" not in [a.place for a in facts.agreements], [a.place for a in facts.agreements]


def test_a_day_without_its_year_takes_no_year_from_history() -> None:
    # the only whole date is history ("on November 30, 1966"), and a later month is told ("in May 2022"): the
    # year of "May 18" is not told, so the signing has no date rather than one in 1966
    facts = facts_of("Norland and Lindau signed a memorandum of understanding in the margins of the forum held on "
                     "May 18, in Norvik.\n\nThe ambassador was accredited in May 2022.\n\nNorland and Lindau "
                     "established diplomatic relations on November 30, 1966.", published=None)
    assert facts.agreements and [a.date for a in facts.agreements] == [None], [a.date for a in facts.agreements]
