"""The extractor's genre patterns, each on a small invented article.

The fixtures in tests/fixtures/articles are written for these tests: their
organizations and people are fictitious. Each test names the pattern it
guards, so a failing rule says which way of writing it broke.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.article import Article, read_article
from kg.extract import extract
from kg.facts import ArticleFacts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


def facts_of(stem: str) -> ArticleFacts:
    path = next(FIXTURES.glob(f"{stem}.*"))
    return extract(read_article(path))


def posts(facts: ArticleFacts) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.title, p.organization) for p in facts.posts}


def sides(facts: ArticleFacts, index: int = 0) -> dict[str, str | None]:
    return {s.person: s.on_behalf_of for s in facts.agreements[index].signatures}


def test_mou_between_university_and_company() -> None:
    facts = facts_of("pattern-mou-university")
    (mou,) = facts.agreements
    assert mou.kind == "memorandum of understanding"
    assert mou.date == date(2024, 5, 8)
    assert mou.place == "MPU Innovation Hall"  # a venue, no city given
    assert set(mou.parties) == {"Marlow Polytechnic University", "Tessaline Robotics Co., Ltd."}
    # honorifics are not part of names; the acronym introduced in brackets resolves
    assert sides(facts) == {"Irene Castell": "Marlow Polytechnic University",
                            "Zhou Pengfei": "Tessaline Robotics Co., Ltd."}
    assert mou.witnesses == ["Alan Greaves"]
    assert mou.areas == ["service robot design", "graduate internships", "continuing education for engineers"]
    assert "MPU" in facts.organization("Marlow Polytechnic University").aliases


def test_acronym_introduced_then_used() -> None:
    facts = facts_of("pattern-three-parties")
    assert ("Lin Yue", "President", "Donghai Institute of Oceanography") in posts(facts)
    assert facts.organization("DIO").name == "Donghai Institute of Oceanography"
    assert facts.organization("Bluefin Marine").name == "Bluefin Marine Engineering Group Co., Ltd."


def test_three_parties_signing_for_their_respective_institutions() -> None:
    facts = facts_of("pattern-three-parties")
    (agreement,) = facts.agreements
    assert agreement.kind == "tripartite cooperation agreement"
    assert agreement.parties == ["Administrative Committee of Haibin New District",
                                 "Donghai Institute of Oceanography", "Bluefin Marine Engineering Group Co., Ltd."]
    assert sides(facts) == {"Ma Qiang": "Administrative Committee of Haibin New District",
                            "Lin Yue": "Donghai Institute of Oceanography",
                            "Xu Dawei": "Bluefin Marine Engineering Group Co., Ltd."}
    assert agreement.place == "Haibin"


def test_several_agreements_at_one_event() -> None:
    facts = facts_of("pattern-two-agreements")
    first, second = facts.agreements
    assert first.kind == "investment agreement" and second.kind == "cooperation agreement"
    assert set(first.parties) == {"Ruizhou Municipal People's Government", "Greenvale Foods Co., Ltd."}
    assert set(second.parties) == {"Ruizhou University", "Greenvale Foods Co., Ltd."}
    # the event's date and city, the year from the date line
    assert first.date == second.date == date(2022, 9, 15)
    assert first.place == second.place == "Hefang"
    # witnesses of "the signing of two agreements" witness both
    assert set(first.witnesses) == set(second.witnesses) == {"Wen Lihua", "Bo Xinyu"}
    assert sides(facts, 0) == {"Tao Jun": "Ruizhou Municipal People's Government",
                               "Kang Rui": "Greenvale Foods Co., Ltd."}
    assert sides(facts, 1) == {"Hu Min": "Ruizhou University", "Yan Qiu": "Greenvale Foods Co., Ltd."}
    assert first.areas == [] and second.areas == ["food safety testing", "cold chain logistics",
                                                   "training of food engineers"]


def test_signers_named_without_a_side() -> None:
    facts = facts_of("pattern-signers-no-side")
    (agreement,) = facts.agreements
    assert sides(facts) == {"Fei Yong": None, "Dou Hanlin": None}
    assert agreement.witnesses == ["Xie Ming"]
    # "LINJIANG, June 21 --" is the dateline; "Wednesday (June 19)" the signing
    assert agreement.date == date(2019, 6, 19)
    assert agreement.place == "Linjiang"
    assert facts.organization("Qingliu Group").name == "Qingliu Pipeline Group Co., Ltd."


def test_meeting_with_hoped_for_agreement_and_counts_gives_no_agreement() -> None:
    facts = facts_of("pattern-negative-meeting")
    assert facts.agreements == []
    # "He Wenbo" is a name, not the pronoun
    assert ("He Wenbo", "Governor", "Lanshan Province") in posts(facts)
    assert ("Liang Fei", "Vice Governor", "Lanshan Province") in posts(facts)


def test_joined_posts_and_deputy_titles() -> None:
    facts = facts_of("pattern-witnessed-by")
    held = posts(facts)
    assert ("Pan Yi", "Deputy Secretary", "Qinghe County Party Committee") in held
    assert ("Pan Yi", "County Magistrate", "Qinghe County") in held
    # a title before the name, its body implied by the county of the article
    assert ("Lu Fang", "Deputy County Magistrate", "Qinghe County") in held
    assert ("Cui Ning", "General Manager", "Beiyuan Water Group Co., Ltd.") in held


def test_witnesses_before_signers_in_one_sentence() -> None:
    facts = facts_of("pattern-witnessed-by")
    (agreement,) = facts.agreements
    assert set(agreement.witnesses) == {"Sun Hao", "Guo Liang", "Lu Fang"}
    assert sides(facts) == {"Pan Yi": "Qinghe County People's Government",
                            "Cui Ning": "Beiyuan Water Group Co., Ltd."}


def test_html_page_city_partnership() -> None:
    facts = facts_of("pattern-city-partnership")
    (agreement,) = facts.agreements
    assert agreement.kind == "city partnership agreement"
    assert agreement.date == date(2022, 10, 3)
    assert agreement.place == "Brenmark"
    # "Vogt signed for the City of Brenmark and Aaland for the Municipality of Oster"
    assert sides(facts) == {"Clara Vogt": "City of Brenmark", "Henrik Aaland": "Municipality of Oster"}
    assert set(agreement.parties) == {"City of Brenmark", "Municipality of Oster"}
    assert set(agreement.witnesses) == {"Jonas Lind", "Maria Falk"}
    assert agreement.areas == ["renewable heating", "cycling infrastructure", "youth exchange"]
    assert ("Maria Falk", "Director of International Affairs", "Oster University") in posts(facts)


@pytest.mark.parametrize("path", sorted(FIXTURES.iterdir()), ids=lambda p: p.stem)
def test_every_reference_is_an_entity_and_every_fact_has_evidence(path: Path) -> None:
    article = read_article(path)
    facts = extract(article)
    orgs = {o.name for o in facts.organizations}
    people = {p.name for p in facts.people}
    for agreement in facts.agreements:
        assert agreement.evidence
        assert set(agreement.parties) <= orgs
        assert all(p in agreement.party_evidence and agreement.party_evidence[p] for p in agreement.parties)
        for signature in agreement.signatures:
            assert signature.person in people and signature.evidence
            assert signature.on_behalf_of is None or signature.on_behalf_of in orgs
        assert all(w in people and agreement.witness_evidence[w] for w in agreement.witnesses)
        assert all(agreement.area_evidence[a] for a in agreement.areas)
        for e in agreement.evidence + agreement.date_evidence + agreement.place_evidence:
            assert e.sentence_start <= e.start < e.end <= e.sentence_end <= len(article.text)
    for post in facts.posts:
        assert post.person in people and post.organization in orgs and post.evidence


# ------------------------------------------------------------ robustness


def _article(text: str, title: str | None = None) -> Article:
    full = f"{title}\n\n{text}" if title else text
    return Article(path=Path("hostile.txt"), text=full, title=title, published=date(2020, 1, 1),
                   source_department=None, sha256="0" * 64)


HOSTILE = [
    "",
    " ",
    "\n\n\n",
    "(((((",
    "))))) “ ” ‘ ’ \" ' ( ) [ ]",
    "signed signed signed agreement agreement the the",
    "A and B signed a (memorandum of understanding (MoU on",
    "Mayor of Mayor of Mayor of",
    "Secretary of the Party Committee and and and President of",
    "On , , , signed by and and for for on behalf of",
    "The People's Government of of of (X) (hereinafter referred to as “",
    "Witnessed by , the two chairmen then witnessed the ceremony.",
    "雅 安 市 签 署 协 议 ✓ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u200b\u202e\ufeff",
    "He He He He signed for hers and for his company.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_crashes(text: str) -> None:
    facts = extract(_article(text))
    assert isinstance(facts, ArticleFacts)


_WORDS = st.sampled_from([
    "signed", "a", "the", "agreement", "MoU", "on behalf of", "both sides", "and", ",", ".", "(", ")", "“", "”",
    "Secretary", "of", "Party", "Committee", "Mayor", "Vice", "Group", "Co.,", "Ltd.", "University", "He",
    "Zhang", "Wei", "Li", "Ming", "witnessed", "by", "in", "Beijing", "on", "March", "11", "2019", "cooperate",
    "areas", "such as", "for", "his", "hers", "People's", "Government", "Peoples", "\n\n", "'s", "Dr.", "—",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=120))
def test_random_genre_words_never_crash(words: list[str]) -> None:
    extract(_article(" ".join(words), title="Signing"))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_random_unicode_never_crashes(text: str) -> None:
    extract(_article(text))


@pytest.mark.slow
def test_a_long_file_is_read_piece_by_piece_and_its_last_story_as_alone() -> None:
    """A long file is parsed in pieces cut between paragraphs (how fast is
    bench/extract.py --size's job): a story after many pieces of other text
    gives the facts it gives alone, its evidence shifted by what came before."""
    from kg.nlp import CHUNK_CHARS, parse

    story = (FIXTURES / "pattern-two-agreements.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    filler = "The harbour was quiet that week, and the markets opened late on most days.\n\n"
    before = filler * (3 * CHUNK_CHARS // len(filler))
    text = before + story
    assert parse(text).text == text
    one, many = extract(_article(story)), extract(_article(text))

    def facts(found, shift: int) -> list:
        return [(a.kind, a.parties, [(s.person, s.on_behalf_of) for s in a.signatures], a.witnesses, a.areas,
                 sorted((e.start - shift, e.end - shift) for e in a.evidence)) for a in found.agreements]

    assert facts(many, len(before)) == facts(one, 0)
    assert len(one.agreements) == 2


# ------------------------------------------------------- patterns from blind articles


def facts_from(body: str, published: date | None = None) -> ArticleFacts:
    """Facts of a short invented article given as text."""
    title = "Headline of the story"
    return extract(Article(path=Path("inline.txt"), text=f"{title}\n\n{body}", title=title, published=published,
                           source_department=None, sha256="0"))


def test_put_pen_to_paper_watched_by_lower_case_posts() -> None:
    facts = facts_from(
        "Harbour Rovers FC have agreed a partnership with Kestrel Athletic FC.\n\n"
        "Rovers chief executive Aoife Brennan and Kestrel president Taro Hayashi put pen to paper on the "
        "three-year partnership agreement on Thursday 4 July in Galway, watched by first-team manager Liam Doyle "
        "and academy director Orla Quinn.", published=date(2024, 7, 5))
    (deal,) = facts.agreements
    assert deal.kind == "partnership agreement"  # how long it runs is not its kind
    assert deal.date == date(2024, 7, 4)
    assert set(deal.parties) == {"Harbour Rovers FC", "Kestrel Athletic FC"}
    assert set(deal.witnesses) == {"Liam Doyle", "Orla Quinn"}


def test_two_agreements_of_different_kinds_in_one_signing() -> None:
    facts = facts_from(
        "LILONGWE, 4 June 2024 -- The Government of the Republic of Malawi and the Eastern and Southern African "
        "Development Bank (ESADB) on June 3rd signed a grant agreement worth US$18.5 million and a loan agreement "
        "of US$42 million.")
    assert [a.kind for a in facts.agreements] == ["grant agreement", "loan agreement"]
    for agreement in facts.agreements:
        assert set(agreement.parties) == {"Government of the Republic of Malawi",
                                          "Eastern and Southern African Development Bank"}
        assert agreement.date == date(2024, 6, 3)


def test_title_of_body_then_name() -> None:
    facts = facts_from(
        "The People's Committee of Ha Nam province and Daeseong Electronics Co., Ltd. signed a memorandum of "
        "understanding on June 5.\n\n"
        "Attending the ceremony were Chairman of the Provincial People's Committee Le Minh Quang; Chairman of "
        "Daeseong Group Choi Young-jin.\n\n"
        "General Director of Daeseong Electronics Kim Sang-woo signed for the company.", published=date(2024, 6, 6))
    assert ("Le Minh Quang", "Chairman", "Provincial People's Committee") in posts(facts)
    assert ("Choi Young-jin", "Chairman", "Daeseong Group") in posts(facts)
    assert ("Kim Sang-woo", "General Director", "Daeseong Electronics Co., Ltd.") in posts(facts)
    assert not any(o.name.endswith(("Le Minh Quang", "Choi Young-jin")) for o in facts.organizations)
    assert set(facts.agreements[0].witnesses) == {"Le Minh Quang", "Choi Young-jin"}


def test_dateline_city_when_the_text_names_only_a_seat() -> None:
    facts = facts_from(
        "KATHMANDU, Jan. 23 -- The Government of Nepal and the Himal Infrastructure Bank signed a loan agreement "
        "at the Ministry of Finance on Wednesday.", published=date(2025, 1, 23))
    (loan,) = facts.agreements
    assert loan.place == "Kathmandu"
    assert loan.date == date(2025, 1, 22)


def test_background_signing_of_an_earlier_year_is_not_an_agreement() -> None:
    facts = facts_from(
        "Ozark Plains University and Mekong Delta University of Agriculture signed a memorandum of understanding "
        "on Thursday.\n\nThe university signed an exchange agreement with a Thai institution in 2019.",
        published=date(2024, 10, 14))
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"]


def test_acronym_the_text_never_spells_out() -> None:
    facts = facts_from(
        "Torrens Valley University has formalised a partnership with a Chilean university.\n\n"
        "TVU Vice-Chancellor Professor Alison Kerr and the Rector of the Universidad del Valle de Elqui, "
        "Dr Felipe Araya, signed a memorandum of understanding in Adelaide on Monday.", published=date(2024, 5, 14))
    (mou,) = facts.agreements
    assert sides(facts) == {"Alison Kerr": "Torrens Valley University",
                            "Felipe Araya": "Universidad del Valle de Elqui"}


def test_first_and_second_agreement_signed_here() -> None:
    facts = facts_from(
        "ISLAMABAD, Mar 14: Two Memoranda of Understanding were signed at the Prime Minister's Office here on "
        "Wednesday (March 13) with Abu Dhabi-based Gulf Digital Ventures (GDV), paving the way for data centres "
        "in Pakistan.\n\n"
        "The first MoU, between the Ministry of Information Technology and Telecommunication (MoITT) and GDV, "
        "was signed in the presence of Prime Minister Shahid Rehman.\n\n"
        "The second MoU was signed between the National IT Skills Council (NITSC) and GDV.",
        published=date(2024, 3, 14))
    first, second = facts.agreements
    assert set(first.parties) == {"Ministry of Information Technology and Telecommunication", "Gulf Digital Ventures"}
    assert set(second.parties) == {"National IT Skills Council", "Gulf Digital Ventures"}
    for agreement in (first, second):
        assert agreement.place == "Islamabad"
        assert agreement.date == date(2024, 3, 13)


@pytest.mark.parametrize("head,title,published", [
    ("SILK ROAD BUSINESS REVIEW\nHome > Economy > Investment\n\nThree deals signed at the Fergana Valley Forum\n\n"
     "20.11.2024, 11:42   |   Views: 2 318   |   Reading time: 4 min\n\n",
     "Three deals signed at the Fergana Valley Forum", date(2024, 11, 20)),
    ("Newsroom > Global engagement\n\nTVU strikes exchange deal with Chilean university\n\n"
     "By Megan O'Donnell | 14 May 2024 | 4 minute read\n\n",
     "TVU strikes exchange deal with Chilean university", date(2024, 5, 14)),
], ids=["masthead-and-menus", "breadcrumb-and-byline"])
def test_masthead_breadcrumb_and_byline_date_are_not_the_story(tmp_path: Path, head: str, title: str,
                                                               published: date) -> None:
    page = tmp_path / "story.txt"
    page.write_text(head + "NAMANGAN, 20 November (SRBR) -- Three agreements were signed on Tuesday.\n", encoding="utf-8")
    article = read_article(page)
    assert article.title == title
    assert article.published == published


def test_a_utf16_file_with_its_byte_order_mark_is_read_as_its_utf8_twin(tmp_path: Path) -> None:
    from kg.article import read_article
    from kg.errors import ArticleError

    source = FIXTURES / "pattern-two-agreements.txt"
    text = source.read_text(encoding="utf-8")
    for encoding in ("utf-16", "utf-16-be"):
        wide = tmp_path / f"{encoding}.txt"
        raw = text.encode(encoding)
        wide.write_bytes(raw if encoding == "utf-16" else b"\xfe\xff" + raw)
        assert read_article(wide).text == read_article(source).text
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe" + "Agreement".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate half
    with pytest.raises(ArticleError, match=r"broken\.txt: marked as UTF-16 but not valid UTF-16"):
        read_article(broken)
