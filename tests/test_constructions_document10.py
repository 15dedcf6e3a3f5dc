"""Reading the article itself (issue 11, document10): where the headline is,
where the body begins, and where a sentence ends. Each case is an invented
page read as kg reads files, or an invented text split into sentences as the
extractor splits it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.article import split_sentences
from kg.extract import extract
from kg.extract.document import Document
from invented import page


def _sentences(text: str) -> list[str]:
    return [text[b:e] for b, e in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "The MoU was signed in the presence of Lakeside Premier Fr. John Okello and his delegation.",
    "The accord was signed by Brig. Gen. Peter Otieno and Capt. Amina Yusuf for the two navies.",
    "Environment Secretary Ma. Antonia Reyes led the exchange of the signed agreements.",
    "State Minister Md. Rafiqul Karim signed for the Ministry of Foreign Affairs.",
    "The grant adds another Rs. 16.5 billion to the programme for rural roads.",
    "Call the press office on 551-5710 Ext. 2314 for the text of the agreement.",
], ids=["father", "ranks", "ma-first-name", "md-first-name", "rupees", "extension"])
def test_a_style_rank_or_short_form_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_surname_that_looks_like_a_short_form_still_ends_its_sentence() -> None:
    text = "The agreement was announced by Vice Governor Ma. The two sides will meet again in May."
    assert _sentences(text) == ["The agreement was announced by Vice Governor Ma.",
                                "The two sides will meet again in May."]


def test_a_signer_after_a_style_is_read_in_the_sentence_of_the_signing(tmp_path: Path) -> None:
    article = page(tmp_path, "style.txt", "Lakeside and Kisumu sign port MoU\n\n"
                   "The Lakeside Port Authority and the Kisumu Port Company signed a memorandum of understanding "
                   "on Monday in the presence of Kisumu Premier Fr. John Okello and officials of both bodies.\n")
    doc = Document(article)
    opening = next(doc.text[s:e] for s, e in doc.body_sentences())
    assert opening.endswith("officials of both bodies.")
    (mou,) = extract(article).agreements
    assert set(mou.parties) == {"Lakeside Port Authority", "Kisumu Port Company"}


def test_a_stamped_first_line_that_is_the_first_sentence_opens_the_body(tmp_path: Path) -> None:
    article = page(tmp_path, "stamped.txt", " date 2024-07-03 The signing of the memorandum of understanding "
                   "between the Lakeside Port Authority and the Kisumu Port Company took place at the Civic Hall "
                   "in Kisumu on Tuesday\n\nThe two bodies will share training and data on cargo.\n")
    assert article.title is None
    assert article.published == date(2024, 7, 3)
    assert article.text.startswith("The signing of the memorandum of understanding")
    (mou,) = extract(article).agreements
    assert set(mou.parties) == {"Lakeside Port Authority", "Kisumu Port Company"}


def test_a_long_first_line_whose_verb_has_its_auxiliary_is_no_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "opening.txt", "Kenya and Ghana have signed a Memorandum of Understanding on "
                   "cooperation in port management and customs.\n\nThe ministers said more would follow.\n")
    assert article.title is None
    assert article.text.startswith("Kenya and Ghana have signed")


def test_a_short_headline_ended_by_a_full_stop_stays_the_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "headline.txt", "Kenya and Ghana sign Agreements.\n\n"
                   "Kenya and Ghana signed two memoranda of understanding on Tuesday.\n")
    assert article.title == "Kenya and Ghana sign Agreements."


def test_site_furniture_captions_and_bylines_are_neither_headline_nor_body(tmp_path: Path) -> None:
    article = page(tmp_path, "furniture.txt", "Connect with us\n\nOff the wire\n\nHome >News >Business\n\n"
                   "Kenya, Ghana sign port cooperation MoU\n\nBy Amina Yusuf, Staff Reporter\n\n"
                   "Photo: KNA\n\n(Photo: Lakeside Daily)\n\n"
                   "This website uses cookies to improve your experience; by browsing you accept them.\n\n"
                   "The Kenya Ports Authority and the Ghana Ports and Harbours Authority signed a memorandum of "
                   "understanding in Mombasa on Tuesday.\n\nSpread the love\n")
    assert article.title == "Kenya, Ghana sign port cooperation MoU"
    body = article.text[article.body_start:]
    assert body.startswith("The Kenya Ports Authority")
    for furniture in ("Amina Yusuf", "Photo", "cookies", "Spread the love", "Connect with us", "Home >"):
        assert furniture not in article.text


def test_a_section_name_before_the_headline_is_not_part_of_it(tmp_path: Path) -> None:
    article = page(tmp_path, "section.txt", "Economy\nKenya, Ghana sign agreement to boost two-way trade\n"
                   "Updated: 2024-05-16 14:48\n\nKenya and Ghana signed a trade agreement on Thursday.\n")
    assert article.title == "Kenya, Ghana sign agreement to boost two-way trade"
    assert article.published == date(2024, 5, 16)


def test_a_heading_in_the_body_is_not_glued_to_the_next_sentence(tmp_path: Path) -> None:
    article = page(tmp_path, "heading.txt", "Lakeside University signs MoU with Kisumu Polytechnic\n\n"
                   "Lakeside University has signed a memorandum of understanding with Kisumu Polytechnic.\n"
                   "Partnership for Sustainable Development\n"
                   "The newly signed MoU sets up joint courses in renewable energy.\n")
    doc = Document(article)
    sentences = [doc.text[s:e] for s, e in doc.body_sentences()]
    assert "Partnership for Sustainable Development" in sentences
    assert "The newly signed MoU sets up joint courses in renewable energy." in sentences


def test_a_line_that_stops_on_a_word_that_goes_on_is_joined(tmp_path: Path) -> None:
    article = page(tmp_path, "goes_on.txt", "Ports sign MoU\n\n"
                   "The memorandum was signed by the Lakeside Port Authority and\n"
                   "Kisumu Port Company in the presence of Governor Amina Yusuf.\n")
    doc = Document(article)
    sentences = [doc.text[s:e] for s, e in doc.body_sentences()]
    assert sentences == ["The memorandum was signed by the Lakeside Port Authority and Kisumu Port Company in the "
                         "presence of Governor Amina Yusuf."]


def test_hard_wrapped_text_keeps_its_sentences_whole(tmp_path: Path) -> None:
    wrapped = ("Ports sign MoU\n\n"
               "The Lakeside Port Authority signed a memorandum of\n"
               "understanding with the Kisumu Port Company on Monday\n"
               "in the presence of Governor Amina Yusuf of Lakeside\n"
               "County and officials of the two port bodies who had\n"
               "travelled to the city for the ceremony at the Hall.\n")
    doc = Document(page(tmp_path, "wrapped.txt", wrapped))
    assert len(doc.body_sentences()) == 1


def test_the_lines_of_a_fact_box_are_read_together(tmp_path: Path) -> None:
    article = page(tmp_path, "box.txt", "Three bodies join forces on wind technicians\n\n"
                   "Published: 6 March 2024\n\nAT A GLANCE\nDocument: tripartite cooperation agreement\n"
                   "Signed: 2024-03-05, Gdansk\nGoal: 400 technicians by 2028\n\n"
                   "The three bodies signed the agreement at the university.\n")
    assert "AT A GLANCE Document: tripartite cooperation agreement Signed: 2024-03-05, Gdansk" in article.text


def test_a_sentence_glued_to_the_next_by_a_lost_space_is_split() -> None:
    text = ("Both sides will help firms in the locality.The two sides also pledged to open a training centre. "
            "Talks were held with Davaasuren.Ts, Energy Minister of Mongolia.")
    assert _sentences(text) == ["Both sides will help firms in the locality.",
                                "The two sides also pledged to open a training centre.",
                                "Talks were held with Davaasuren.Ts, Energy Minister of Mongolia."]
