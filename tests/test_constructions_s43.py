"""Constructions read in the forty-third session (invented sentences).

Each was found by writing the genre's usual ways of saying one thing and
checking which of them kg read; the tests keep the ones that were missed."""
from __future__ import annotations

from datetime import date

import pytest
from invented import facts_of, posts, signatures

SIGNED = "The Lakeside Agency and the Kisumu Institute signed a memorandum of understanding in Nairobi. "


def _date_and_place(text: str) -> list[tuple[date | None, str | None]]:
    return [(a.date, a.place) for a in facts_of(text, published=None).agreements]


@pytest.mark.parametrize("later", [
    "The signing ceremony was held at the Hilton on 5 May 2024.",  # the place told before, the date only here
    "The ceremony was held on 5 May 2024.",
    "The ceremony took place on 5 May 2024 at the Hilton.",
])
def test_the_day_a_ceremony_was_held_after_the_signing_is_its_date(later: str) -> None:
    assert _date_and_place(SIGNED + later) == [(date(2024, 5, 5), "Nairobi")]


def test_a_ceremony_still_to_be_held_gives_no_date() -> None:
    assert _date_and_place(SIGNED + "The ceremony will be held on 5 June 2024.") == [(None, "Nairobi")]


def test_it_was_signed_tells_when_and_where_the_agreement_just_told_was_signed() -> None:
    text = ("The Lakeside Agency and the Kisumu Institute signed a memorandum of understanding. "
            "It was signed at the Hilton in Nairobi on 5 May 2024.")
    assert _date_and_place(text) == [(date(2024, 5, 5), "Nairobi")]


def test_a_weekday_in_brackets_after_a_date_is_the_dates_weekday_not_a_news_agency() -> None:
    text = SIGNED.replace(" in Nairobi.", " in Nairobi on 2 May 2024 (Thursday).")
    assert [a.date for a in facts_of(text).agreements] == [date(2024, 5, 2)]


def test_a_signing_ceremony_written_in_capitals_is_no_party() -> None:
    facts = facts_of("Today, a Signing Ceremony formalised an approved grant project for the Lakeside Primary "
                     "School. The grant was signed at the embassy in Apia, between Ambassador Extraordinary and "
                     "Plenipotentiary of Japan to Samoa, Jon Hale, and the President of the Lakeside School "
                     "Committee, Tofa Peniamina.")
    assert not any("Ceremony" in o.name for o in facts.organizations)
    (grant,) = facts.agreements
    assert set(grant.parties) == {"Japan", "Lakeside School Committee"}


def test_an_envoy_of_a_country_after_his_name_is_the_countrys_whatever_the_model_reads() -> None:
    # (the small model reads "Japan" here as no place at all)
    facts = facts_of("The agreement was signed by Ambassador Jon Hale of Japan and Ana Lim, President of the "
                     "Lakeside School Committee.")
    assert ("Jon Hale", "Ambassador", "Japan") in posts(facts)
    assert ("Jon Hale", "Japan") in signatures(facts)


@pytest.mark.parametrize("where, place", [
    ("in Dar es Salaam", "Dar es Salaam"),  # a particle in small letters inside a town's name
    ("in Rio de Janeiro", "Rio de Janeiro"),
    ("in Ho Chi Minh City", "Ho Chi Minh City"),  # three words and the level, and a person's name in it
    ("in Beijing's Great Hall of the People", "Beijing"),  # a town's building named whole: the town
])
def test_the_towns_the_genre_names_in_many_words_are_read_whole(where: str, place: str) -> None:
    text = f"The Lakeside Agency and the Kisumu Institute signed a memorandum of understanding {where} on Monday."
    assert [a.place for a in facts_of(text).agreements] == [place]


LAKESIDE_KISUMU = "Lakeside University and the Kisumu Institute of Technology have signed a memorandum of understanding. "
SIGNED_FOR_EACH = {("Anna Berg", "Lakeside University"), ("Peter Otieno", "Kisumu Institute of Technology")}


@pytest.mark.parametrize("after", [
    "Lakeside University was represented by Vice-Chancellor Anna Berg, while the Kisumu Institute of Technology "
    "was represented by Director Peter Otieno.",
    "Vice-Chancellor Anna Berg represented the university, while Director Peter Otieno represented the institute.",
])
def test_who_represented_each_side_in_the_sentence_after_the_signing_signed_for_it(after: str) -> None:
    assert signatures(facts_of(LAKESIDE_KISUMU + after)) == SIGNED_FOR_EACH


def test_someone_representing_a_body_that_is_no_party_after_the_signing_signs_nothing() -> None:
    facts = facts_of(LAKESIDE_KISUMU + "The ministers then met students, including David Farr representing the "
                                       "Student Guild.")
    assert "David Farr" not in {person for person, _ in signatures(facts)}


@pytest.mark.parametrize("text", [
    "The MoU was inked by Anna Berg from Lakeside University and Peter Otieno from the Kisumu Institute of "
    "Technology.",
    "Lakeside University and the Kisumu Institute of Technology signed a memorandum of understanding, with "
    "Vice-Chancellor Anna Berg and Director Peter Otieno signing for their institutions.",
])
def test_signers_from_their_bodies_and_signing_for_their_institutions(text: str) -> None:
    facts = facts_of(text)
    assert signatures(facts) == SIGNED_FOR_EACH
    assert set(facts.agreements[0].parties) == {"Lakeside University", "Kisumu Institute of Technology"}


@pytest.mark.parametrize("met, body", [
    ("Governor of the State of Jalisco Jorge Aristóteles Sandoval Díaz", "State of Jalisco"),  # the model: one body
    ("Governor of Jalisco Jorge Aristóteles Sandoval Díaz", "Jalisco"),
    ("Governor of Ontario Jorge Sandoval Díaz", "Ontario"),
])
def test_a_title_of_a_countrys_division_then_the_holders_name_with_no_comma(met: str, body: str) -> None:
    name = met.split(body)[1].strip()
    facts = facts_of(f"Premier Kathleen Wynne met {met} in Mexico City.")
    assert (name, "Governor", body) in posts(facts)


def test_a_spanish_name_is_called_by_the_first_of_its_two_family_names() -> None:
    facts = facts_of("Premier Kathleen Wynne met the Governor of the State of Jalisco, Jorge Aristóteles Sandoval "
                     "Díaz. Later, Governor Sandoval and Premier Wynne signed a memorandum of understanding between "
                     "Ontario and Jalisco.")
    assert {p.name for p in facts.people} >= {"Jorge Aristóteles Sandoval Díaz"}
    assert "Sandoval" not in {p.name for p in facts.people}
    sides = dict(signatures(facts))
    assert sides["Jorge Aristóteles Sandoval Díaz"] in ("Jalisco", "State of Jalisco")


def test_a_body_named_after_a_division_before_a_holders_name_stays_whole() -> None:
    # ("Delta" is also a Nigerian state: the body "Delta News" is still the one the name ends)
    facts = facts_of("The signing of the MoU was conducted on Thursday by President Director of Delta News Anna Berg "
                     "and CEO of Norland Press Li Ming.")
    assert ("Anna Berg", "President Director", "Delta News") in posts(facts)


def test_a_bodys_country_set_off_before_the_verb_is_where_it_is_not_a_party() -> None:
    facts = facts_of("Lakeside University, Kenya, has signed a memorandum of understanding with the Kisumu Institute "
                     "of Technology.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Kisumu Institute of Technology"}


def test_a_letter_of_cooperation_is_an_agreement() -> None:
    facts = facts_of("Lakeside University and the Kisumu Institute of Technology have signed a Letter of Cooperation.")
    assert [a.kind for a in facts.agreements] == ["letter of cooperation"]


def test_a_sites_top_picks_line_reports_no_signing_of_this_article(tmp_path) -> None:
    from invented import page
    article = page(tmp_path, "story.txt", "Two banks sign deal\n\nThe Delta Bank and the Norland Fund signed a loan "
                   "agreement in Lindau on Monday.\n\nTop Picks | Lindau Port signs MoU with Norland Shipping\n")
    from kg.extract import extract
    facts = extract(article)
    assert len(facts.agreements) == 1
    assert "Lindau Port" not in {o.name for o in facts.organizations}


@pytest.mark.parametrize("after", [
    "Key areas of cooperation are agriculture, health and education.",
    "The scope of cooperation includes agriculture, health and education.",
])
def test_fields_told_as_the_subject_after_the_signing(after: str) -> None:
    from invented import areas_of
    text = "Lakeside University and the Kisumu Institute signed a memorandum of understanding on Monday. " + after
    assert areas_of(text) == {"agriculture", "health", "education"}


def test_an_agreement_between_two_governments_named_by_their_peoples_adjectives() -> None:
    facts = facts_of("A technical cooperation agreement was signed between Armenian and Chinese governments on June 2.")
    (deal,) = facts.agreements
    assert set(deal.parties) == {"Armenia", "China"}


def test_a_memo_of_understanding_penned_in_a_capital_named_after_its_word() -> None:
    facts = facts_of("Cuba and Dominica signed a Memo of Understanding on Friday to establish technical cooperation in "
                     "agriculture. The accord was penned in the capital Roseau by Cuban ambassador Ulises L. Arranz.")
    (memo,) = facts.agreements
    assert memo.kind == "memo of understanding"
    assert set(memo.parties) == {"Cuba", "Dominica"}
    assert memo.place == "Roseau"


def test_here_after_a_dateline_town_written_in_small_letters_with_a_dash() -> None:
    facts = facts_of("Cairo– Egypt and Somalia signed here today a number of memorandums of understanding (MoUs) to "
                     "enhance joint cooperation.")
    assert [a.place for a in facts.agreements] == ["Cairo"]


def test_a_capitalised_opening_that_is_no_town_is_no_dateline_for_here() -> None:
    facts = facts_of("The Government of Nepal (GoN) and Japan signed here today two memorandums of understanding.")
    assert facts.agreements and {a.place for a in facts.agreements} == {None}


@pytest.mark.parametrize("text", [
    "The role of sister cities is to promote exchanges between two cities. The relationship is based on a formal "
    "agreement signed by the mayors of both cities.",
    "A Sister City relationship is formed when the mayor or highest elected official of a community and of a "
    "community in another country sign a formal agreement on behalf of their communities.",
    "A relationship is officially recognized after the highest elected officials from both communities signed a "
    "Memorandum of Understanding.",
])
def test_a_page_explaining_how_agreements_are_signed_reports_no_signing(text: str) -> None:
    assert facts_of(text).agreements == []


def test_a_relationship_formed_when_the_mayors_signed_is_news() -> None:
    # (told in the past: what happened, not what is done in general)
    facts = facts_of("The sister city relationship was formed when Mayor Anna Berg of Lindau and Mayor Li Ming of "
                     "Norvik signed a friendship agreement on Monday.")
    assert len(facts.agreements) == 1


def test_a_listed_mayor_after_his_citys_name_is_read_whole() -> None:
    # ("Mayor of Seoul Park Won Soon": the model reads the four words as one building; the regional heads'
    # list knows Park Won Soon as Seoul's mayor; a real name, as the gazetteer tests use)
    facts = facts_of("Mayor of Seoul Park Won Soon and KF President Yu Hyun Seok signed an MOU for mutual "
                     "collaboration at Seoul City Hall.")
    assert ("Park Won Soon", "Mayor", "Seoul") in posts(facts)
    assert "Won Soon" not in {p.name for p in facts.people}


def test_fields_parted_by_semicolons_start_after_the_words_that_introduce_them() -> None:
    from invented import areas_of
    text = ("Mayor Anna Berg of Lindau and Mayor Li Ming of Norvik signed an agreement on Friday. Under the agreement, "
            "the two cities will exchange information on exemplary cases in numerous sectors, including climate and "
            "the environment; culture, art, and tourism; smart cities; and urban regeneration.")
    assert areas_of(text) == {"climate and the environment", "culture, art, and tourism", "smart cities",
                              "urban regeneration"}


@pytest.mark.parametrize("text, post", [
    ("The MoU was signed by Dr. V. K. Singh, Director General, ICAR, and Mr. John Doe.",
     ("V. K. Singh", "Director General", "ICAR")),  # a body's letters set off after the title
    ("The MoU was signed by Anil Sharma, Director, AIIMS Delhi.", ("Anil Sharma", "Director", "AIIMS Delhi")),
    ("The MoU was signed by Shri Rajesh Kumar, IAS, Secretary, Department of Health, Government of Kerala.",
     ("Rajesh Kumar", "Secretary", "Department of Health")),  # a service's letters after the name
])
def test_posts_as_indian_copy_writes_them(text: str, post: tuple[str, str, str]) -> None:
    assert post in posts(facts_of(text))


def test_a_weekday_of_last_week() -> None:
    # (the article is dated Friday 17 May 2024: Thursday last week is 9 May)
    facts = facts_of("The Lakeside Agency signed a memorandum of understanding with the Kisumu Institute in Nairobi on "
                     "Thursday last week.")
    assert [a.date for a in facts.agreements] == [date(2024, 5, 9)]


def test_what_an_agreement_signed_on_a_day_covers_are_its_fields() -> None:
    from invented import areas_of
    assert areas_of("Lakeside University and the Kisumu Institute signed a memorandum of understanding on Monday "
                    "covering agriculture, health and education.") == {"agriculture", "health", "education"}


@pytest.mark.parametrize("text, post", [
    # South Asian copy writes a governing title, then its town with no "of" (real names: the regional heads'
    # list, which knows Karachi's mayors, is what tells the town from a given name)
    ("Mayor Karachi Murtaza Wahab signed the MoU on behalf of KMC.", ("Murtaza Wahab", "Mayor", "Karachi")),
    ("Mayor Islamabad Sheikh Anser Aziz signed the letter on behalf of MCI.", ("Anser Aziz", "Mayor", "Islamabad")),
])
def test_a_governing_title_then_its_town_with_no_of(text: str, post: tuple[str, str, str]) -> None:
    assert post in posts(facts_of(text))
