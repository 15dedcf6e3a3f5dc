"""Constructions read in the thirty-first session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_sums_in_us_dollars_do_not_make_a_second_country() -> None:
    # a development bank's loan to one country, its sums "in US dollars": a minister named without a
    # body, who only attends, holds his post in the one country the article is about
    facts = facts_of("The Ruritania Development Bank and the Government of Fiji today signed two loans for roads "
                     "in Fiji.\n\nThe Minister for Treasury, Bram Oltek, and Sela Voss, Country Director of the "
                     "bank, attended today's ceremony.\n\nA $30 million (all figures in US dollars) loan will "
                     "rebuild roads in Fiji.")
    assert ("Bram Oltek", "Minister for Treasury", "Fiji") in posts(facts), posts(facts)


def test_a_second_country_named_as_such_still_counts() -> None:
    # the currency word only discounts the money: a country named in its own right keeps the article two
    facts = facts_of("The Ruritania Development Bank and the Government of Fiji today signed two loans for roads "
                     "in Fiji.\n\nThe Minister for Treasury, Bram Oltek, and Sela Voss, Country Director of the "
                     "bank, attended today's ceremony.\n\nThe United States and Fiji have also signed a "
                     "trade deal, the United States said.")
    assert not any(p[0] == "Bram Oltek" and p[2] == "Fiji" for p in posts(facts)), posts(facts)


def test_a_minister_signs_for_the_one_country_though_sums_are_in_us_dollars() -> None:
    # "Minister of Economic Development A signed ... with Delta Bank Country Director B" in an article of
    # one country: A signed for it, whatever currency the sums are given in
    facts = facts_of("Fiji and Delta Bank sign loan for rural roads\n\nMinister of Economic Development Bram "
                     "Oltek signed a loan agreement with Delta Bank Country Director Sela Voss in Suva on "
                     "Monday.\n\nThe $30 million loan (all figures in US dollars) will rebuild rural roads "
                     "in Fiji.")
    sides = {s.person: s.on_behalf_of for a in facts.agreements for s in a.signatures}
    assert sides.get("Bram Oltek") == "Fiji", sides


def test_a_length_written_in_figures_is_no_word_of_the_kind() -> None:
    # "a 5-year memorandum of understanding": the length, like "five-year", is left out of the kind
    facts = facts_of("Delta University and Norvik College on Monday signed a 5-year memorandum of understanding "
                     "in Suva.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"], [a.kind for a in facts.agreements]


def test_a_bare_agreement_with_its_topic_before_a_new_kind_is_one_more() -> None:
    # "signed a 5-year agreement on bilateral cooperation and a memorandum of understanding on a PhD
    # programme": two documents, the memorandum named here for the first time
    facts = facts_of("Delta University and Norvik College have signed a 5-year agreement on bilateral cooperation "
                     "and a memorandum of understanding on a joint doctoral programme in Suva on Monday.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["agreement on bilateral cooperation", "memorandum of understanding"], kinds


def test_a_months_abbreviation_before_its_day_ends_no_sentence() -> None:
    # "on Friday (Dec. 13, 2019)": the date in brackets is the signing's, not the Friday of the page's date
    facts = facts_of("Norland and Delta Bank signed a loan agreement on Friday (Dec. 13, 2019) in Manila.")
    assert [a.date.isoformat() if a.date else None for a in facts.agreements] == ["2019-12-13"]
    from kg.article import split_sentences

    assert len(split_sentences("The MoU was signed on Sept. 5, 2019 in Norvik. It runs for five years.")) == 2


def test_a_date_line_in_brackets_dates_a_weekday() -> None:
    # "CITY, (Agency - 21st Feb, 2024) ... signed ... here on Monday": the Monday before the date line's day
    facts = facts_of("NORVIK, (Norvik News - 21st Feb, 2024) A Memorandum of Understanding has been signed "
                     "between Kestrel University and Marlow College here on Monday.", published=None)
    assert [a.date.isoformat() if a.date else None for a in facts.agreements] == ["2024-02-19"]
