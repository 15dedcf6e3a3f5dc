"""Constructions read in the forty-seventh session (invented sentences, one construction each)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page

from kg.extract import extract


def test_two_places_signing_with_the_country_one_is_in_after_it() -> None:
    # "Nebraska state of the US": the country after a place's name says where it is, the place signs
    facts = facts_of("Lindau province and Velsk state of the US signed a memorandum of understanding on "
                     "cooperation at a ceremony on July 12, 2023.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lindau province", "Velsk state"}, mou.parties


def test_a_titled_person_after_a_place_is_not_a_country() -> None:
    # only a country may follow a place's name: "of Velsk" after a mayor is a post, not where he is
    facts = facts_of("Lindau city and the Mayor of Velsk signed a memorandum of understanding on July 12, 2023.")
    for mou in facts.agreements:
        assert "Mayor" not in " ".join(mou.parties), mou.parties


def test_a_minister_whose_ministry_is_unwritten_signs_for_the_country_the_other_signer_is_not() -> None:
    facts = facts_of("Kuwaiti Amir Sheikh Meshal Al-Ahmad and visiting President of Uzbekistan Anna Berg oversaw on "
                     "Monday the signing of an agreement. It was signed by Minister of Commerce and Industry Khalifa "
                     "Al-Askar and Uzbek Foreign Minister Baxtiyor Saidov.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Kuwait", "Uzbekistan"}, agreement.parties
    assert {(s.person, s.on_behalf_of) for s in agreement.signatures} == {
        ("Khalifa Al-Askar", "Kuwait"), ("Baxtiyor Saidov", "Uzbekistan")}


def test_two_kinds_counted_in_one_signing_are_each_counted(tmp_path: Path) -> None:
    # "five agreements and five memoranda": ten documents, and "They were signed ... on Tuesday" dates them all
    text = (" date 2024-04-23 Lindau and Velsk have signed three agreements and two memoranda of understanding to "
            "expand cooperation on investment.\nThey were signed in the presence of Prime Minister Anna Berg at the "
            "Prime Minister's Office in Dhaka on Tuesday.\n")
    facts = extract(page(tmp_path, "story.txt", text))
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["agreement"] * 3 + ["memorandum of understanding"] * 2, kinds
    assert {str(a.date) for a in facts.agreements} == {"2024-04-23"}, [a.date for a in facts.agreements]
    assert all(a.witnesses == ["Anna Berg"] for a in facts.agreements)


def test_three_kinds_of_one_tally_stay_one_count() -> None:
    # "three interregional and seven commercial agreements": one kind counted by its sorts, not two counts
    facts = facts_of("Lindau and Velsk signed three interregional and seven commercial agreements on Monday.")
    assert len(facts.agreements) <= 1, [a.kind for a in facts.agreements]


def test_a_hall_after_the_witnesses_of_a_signing_is_where_it_was() -> None:
    facts = facts_of("Following the talks, the agreement was signed between Lindau University and the Velsk Institute "
                     "in the presence of the emir and the prime minister at Korbi Hall.")
    (agreement,) = facts.agreements
    assert agreement.place == "Korbi Hall", agreement.place


def test_a_hall_after_a_post_is_still_where_the_post_is_held() -> None:
    facts = facts_of("The agreement was signed between Lindau University and the Velsk Institute by Anna Berg, "
                     "Advisor at the Ministry of Commerce.")
    (agreement,) = facts.agreements
    assert agreement.place != "Ministry of Commerce", agreement.place


def test_his_excellency_in_two_bare_letters_is_no_part_of_the_name() -> None:
    facts = facts_of("The MoU was signed by H E Saeed Hamood al Mawali, Minister of Transport of Oman, and Dr Anna "
                     "Berg, Minister of Trade of Kenya. H E Mawali said it would help both countries.")
    assert {p.name for p in facts.people} == {"Saeed Hamood al Mawali", "Anna Berg"}, [p.name for p in facts.people]
    (mou,) = facts.agreements
    assert ("Saeed Hamood al Mawali", "Oman") in {(s.person, s.on_behalf_of) for s in mou.signatures}


def test_a_ministers_listed_remit_keeps_its_fields_that_also_open_titles() -> None:
    # "Information Technology" is a field here, though "Chief Information Officer" is a title
    facts = facts_of("The MoU was signed by Anna Berg, Minister of Transport, Communications and Information "
                     "Technology of Oman, and Peter Otieno, Minister of Trade of Kenya.")
    assert ("Anna Berg", "Minister of Transport, Communications and Information Technology", "Oman") in {
        (p.person, p.title, p.organization) for p in facts.posts}, facts.posts


def test_the_body_that_represents_a_named_side_is_no_side() -> None:
    facts = facts_of("The Republic of Kenya, represented by the Ministry of Trade, and the Lakeside University signed "
                     "a memorandum of understanding on Sunday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Republic of Kenya", "Lakeside University"}, mou.parties


def test_a_firm_described_as_a_major_is_no_person_styled_major() -> None:
    # "infrastructure major Larsen & Toubro": a firm described by its trade; "Major A B" is a rank
    facts = facts_of("The Kenya Navy has signed a memorandum of understanding with infrastructure major Larsen & "
                     "Toubro (L&T) for collaboration on projects.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kenya Navy", "Larsen & Toubro"}, mou.parties


def test_a_rank_written_with_a_hyphen_is_no_part_of_the_name() -> None:
    facts = facts_of("The MoU was signed by Vice-Admiral Anna Berg, Chief of Staff of the Kenya Navy, and Peter "
                     "Otieno, Rector of Lakeside University.")
    assert "Anna Berg" in {p.name for p in facts.people}, [p.name for p in facts.people]
    assert not any("Admiral" in p.name for p in facts.people), [p.name for p in facts.people]


def test_places_between_with_their_level_in_lower_case_and_their_countries() -> None:
    # "Shaanxi province of China and Antwerp Province of Belgium": the places, not the countries they are in
    facts = facts_of("On September 8, Anna Berg met with Peter Otieno's delegation. Both sides signed the memorandum "
                     "between Lindau province of China and Velsk Province of Belgium.")
    (memo,) = facts.agreements
    # (the first as the text writes it, with its level: "Lindau province")
    assert set(memo.parties) == {"Lindau province", "Velsk Province"}, memo.parties


def test_an_agreement_glued_to_its_article_is_still_read() -> None:
    # a web page that lost the space: "signed theMemorandum Between ..."
    facts = facts_of("On September 8, Anna Berg met with Peter Otieno's delegation. Both sides signed theMemorandum "
                     "Between Lindau Province and Velsk Province.")
    (memo,) = facts.agreements
    assert set(memo.parties) == {"Lindau Province", "Velsk Province"}, memo.parties


def test_a_headline_a_page_repeats_above_a_date_badge_names_no_longer_body(tmp_path: Path) -> None:
    # "... with Lakeside University", the same line again, then "27" and "Apr": the headline once, on its own line
    text = ("Kisumu Institute signed MOU with Lakeside University\nKisumu Institute signed MOU with Lakeside "
            "University\n27\nApr\n27/04/2021\nA memorandum of understanding was signed between the Kisumu Institute "
            "and Lakeside University on April 26th, 2021.\n")
    facts = extract(page(tmp_path, "story.txt", text))
    names = {o.name for o in facts.organizations}
    assert not any(n.startswith("Lakeside University ") for n in names), names
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kisumu Institute", "Lakeside University"}, mou.parties


def test_a_headline_wrapped_onto_a_second_line_is_one_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "story.txt", "Kisumu Institute and Lakeside University sign\nagreement on joint research"
                   "\n\nThe Kisumu Institute signed an agreement with Lakeside University on Monday.\n")
    assert article.title == "Kisumu Institute and Lakeside University sign agreement on joint research"


def test_the_signing_of_as_a_thing_makes_no_signer() -> None:
    # "Berg tweeted after signing of the MoU": the signing as a noun; she witnessed it, as the text said
    facts = facts_of("Lakeside University has signed a memorandum of understanding with the Kisumu Institute. The MoU "
                     "was signed on Saturday in the presence of Governor Anna Berg. \u201cIt is a great day,\u201d "
                     "Berg tweeted after signing of the MoU.")
    (mou,) = facts.agreements
    assert mou.signatures == [], mou.signatures
    assert mou.witnesses == ["Anna Berg"], mou.witnesses


def test_a_date_line_of_two_towns_names_no_side() -> None:
    # "Lindau-Velsk, 2 Feb. 2009 (WAM):": where the story was filed; the cities between which it was signed sign
    facts = facts_of("Lindau-Velsk, 2 Feb. 2009 (WAM): Anna Berg, General Manager of the Lindau City Municipality and "
                     "Peter Otieno, Lord Mayor of Velsk City Council, today jointly signed a sister city agreement "
                     "between Lindau City and Velsk City.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Lindau City", "Velsk City"}, agreement.parties
    assert {(s.person, s.on_behalf_of) for s in agreement.signatures} == {
        ("Anna Berg", "Lindau City"), ("Peter Otieno", "Velsk City")}


def test_a_body_described_with_a_indefinite_article_is_no_name() -> None:
    # "with a Japanese university": the text names it after; the description is no second side
    facts = facts_of("The University of Otago has signed a memorandum of understanding with a Japanese university. The "
                     "agreement was signed in Sapporo by Vice-Chancellor Anna Berg and Hokkaido University President "
                     "Peter Otieno.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"University of Otago", "Hokkaido University"}, mou.parties


def test_letters_that_spell_a_whole_run_keep_a_name_inside_it_the_bodys() -> None:
    # "Vietnam National University Ho Chi Minh (VNUHCM)": the letters spell the run, so "Ho Chi Minh" is no person
    facts = facts_of("The memorandum was signed between Vietnam National University Ho Chi Minh (VNUHCM), represented "
                     "by Vice President Anna Berg, and Jeju National University (JNU), represented by President "
                     "Peter Otieno, on February 23, 2012.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Vietnam National University Ho Chi Minh", "Jeju National University"}, mou.parties
    assert "Ho Chi Minh" not in {p.name for p in facts.people}


def test_a_ticker_of_other_headlines_split_by_bars_is_no_part_of_the_story(tmp_path: Path) -> None:
    ticker = ("Visa centre in Dhaka shuts down early | Market update: shares tumble 120 points at the bell | Minister "
              "resigns after stadium fiasco | Court refuses to act on the chargesheet | Rain lashes the coast again")
    article = page(tmp_path, "story.txt", f"{ticker}\n\nLindau, July 3: The Lakeside University and the Kisumu "
                   "Institute today signed a memorandum of understanding on joint research.\n")
    assert "Dhaka" not in article.text and "Dhaka" not in (article.title or ""), article.text


def test_a_kind_of_firm_in_letters_is_no_bodys_name() -> None:
    # "SME" names no one body: a bureau's letters in brackets, or "Chinese SME's", never join two articles
    facts = facts_of("Anna Berg, Director General of Lindau Small and Medium Enterprises (SME) Bureau, attended. The "
                     "Kisumu Institute signed a memorandum of understanding with Lakeside University to bring more "
                     "SMEs into the market.")
    names = {o.name for o in facts.organizations} | {a for o in facts.organizations for a in o.aliases}
    assert "SME" not in names and "SMEs" not in names, names


def test_a_page_stamp_under_a_heading_is_no_part_of_the_bodys_name(tmp_path: Path) -> None:
    text = ("Lindau Institute Of Microbiology\n\nLindau Sciences & Technology Library\n\nAgreement between Lakeside "
            "University and Velsk Provincial Government\nUpdate time: 2009-08-30\nText Size: A A A\n\nOn Aug 9, "
            "Lakeside University and Velsk Provincial Government signed an agreement on joint research.\n")
    facts = extract(page(tmp_path, "story.txt", text))
    assert "Velsk Provincial Government" in {o.name for o in facts.organizations}
    assert not any(o.name.endswith("Update") for o in facts.organizations)


def test_the_news_agency_of_a_date_line_opens_no_bodys_name() -> None:
    facts = facts_of("ASTANA. KAZINFORM Delta Bank says it will lend 5 billion tenge to Lindau Holding. The bank "
                     "signed a memorandum of understanding with Lindau Holding on Monday.")
    assert "Delta Bank" in {o.name for o in facts.organizations}, [o.name for o in facts.organizations]
