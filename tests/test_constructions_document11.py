"""Reading the article itself (issue 11, document11): which lines are the
headline, which are the body's first paragraph, and which are the page's own
furniture. Each case is an invented page read as kg reads files."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.article import read_article
from kg.extract import extract
from invented import page


def test_a_paragraph_broken_into_short_lines_is_the_body_not_a_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "wrapped.txt", "On\n"
                   "Tuesday, 4 March 2025, at 9:00 a.m., the signing ceremony of the Memorandum of\n"
                   "Understanding between the Lakeside Port Authority and the Kisumu Port Company\n"
                   "was held in the Civic Hall, Kisumu, where the chairman of the Lakeside Port\n"
                   "Authority, John Okello, welcomed the delegation and signed the MoU. The two\n"
                   "bodies will share training and data on cargo.\n")
    assert article.title is None
    assert article.published == date(2025, 3, 4)
    assert article.text.startswith("On Tuesday, 4 March 2025, at 9:00 a.m., the signing ceremony")
    (mou,) = extract(article).agreements
    assert set(mou.parties) == {"Lakeside Port Authority", "Kisumu Port Company"}


def test_a_two_line_headline_stays_the_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "headline.txt", "Lakeside Port Authority and Kisumu Port Company\n"
                   "sign MoU on cargo data\n\n"
                   "The Lakeside Port Authority and the Kisumu Port Company signed a memorandum of "
                   "understanding on Monday.\n")
    assert article.title == "Lakeside Port Authority and Kisumu Port Company sign MoU on cargo data"
    assert read_article(article.path).text.count("sign MoU on cargo data") == 1
