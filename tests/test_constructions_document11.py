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


def test_share_buttons_under_the_headline_are_not_part_of_it(tmp_path: Path) -> None:
    article = page(tmp_path, "share.txt", "Kisumu signs sister city agreement with Truro, Cornwall\n"
                   "Share - WeChat\n"
                   "Kisumu city in western Kenya established a sister city relationship with Truro of the United "
                   "Kingdom on Tuesday, aiming to deepen friendly exchanges between the two cities and their people.\n"
                   "Twitter Facebook Linkedin\n"
                   "The agreement was signed by the mayors of the two cities.\n")
    assert article.title == "Kisumu signs sister city agreement with Truro, Cornwall"
    assert "WeChat" not in article.text and "Linkedin" not in article.text
    (agreement,) = extract(article).agreements
    assert "Truro" in agreement.parties


def test_a_copyright_footer_is_not_read(tmp_path: Path) -> None:
    article = page(tmp_path, "footer.txt", "Lakeside and Kisumu sign port MoU\n\n"
                   "The Lakeside Port Authority and the Kisumu Port Company signed a memorandum of understanding "
                   "on Monday.\n\nCopyright 2024 Lakeside Daily Media Group. All rights reserved.\n")
    assert "rights reserved" not in article.text
    assert not any("Media Group" in org.name for org in extract(article).organizations)


def test_a_list_of_other_dated_stories_is_not_read_as_this_article(tmp_path: Path) -> None:
    article = page(tmp_path, "related.txt", "Lakeside and Kisumu sign port MoU\n\n"
                   "The Lakeside Port Authority and the Kisumu Port Company signed a memorandum of understanding "
                   "on Monday.\n"
                   "- Former Nakuru Governor, Peter Mwangi Opens Fish Market - September 5, 2025\n"
                   "- Eldoret and Kitale Sign Water Agreement | 2025-09-03\n"
                   "- Nyeri County and Karatina University Sign Collaboration Agreement - A\n")
    assert "Mwangi" not in article.text and "Karatina" not in article.text
    facts = extract(article)
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside Port Authority", "Kisumu Port Company"}
    assert not any("Mwangi" in post.person for post in facts.posts)


def test_a_breadcrumb_without_spaces_is_not_the_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "crumbs.txt", "Position: Index>>News>>Content\n"
                   "Lakeside University Signs a Framework Agreement With Kisumu Polytechnic.\n"
                   "Mar 20, 2024 Jane Achieng\n"
                   "On Monday, Lakeside University signed a framework agreement with Kisumu Polytechnic. "
                   "The two institutions will exchange staff and students.\n")
    assert article.title == "Lakeside University Signs a Framework Agreement With Kisumu Polytechnic."
    assert article.published == date(2024, 3, 20)
    assert "Index" not in article.text


def test_a_sites_software_warning_is_not_the_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "warning.txt", "Error message\n"
                   "User warning: The following module is missing from the file system: media_gallery. For "
                   "information about how to fix this, see the documentation page. in _drupal_trigger_error() "
                   "(line 1143 of /var/www/includes/bootstrap.inc).\n"
                   "Lakeside and Kisumu Sign MOU on Port Cooperation\n\n"
                   "Nairobi\n\n"
                   "Tuesday, September 24, 2024\n\n"
                   "The Lakeside Port Authority and the Kisumu Port Company signed a memorandum of understanding "
                   "today in Nairobi.\n")
    assert article.title == "Lakeside and Kisumu Sign MOU on Port Cooperation"
    assert article.published == date(2024, 9, 24)
    assert "module" not in article.text


def test_a_sentence_broken_by_a_blank_line_is_read_whole(tmp_path: Path) -> None:
    article = page(tmp_path, "broken.txt", "Kenya and Uganda discuss rail link\n\n"
                   "The issues were discussed when Ambassador of Uganda to Kenya John Okello paid a courtesy\n\n"
                   "call on the Foreign Secretary at the Ministry of Foreign Affairs recently.\n\n"
                   "The two sides agreed to meet again in May.\n")
    assert "paid a courtesy call on the Foreign Secretary" in article.text
    assert article.text.count("\n\n") == 2


def test_a_photo_caption_above_the_story_is_read_in_the_body_not_as_the_headline(tmp_path: Path) -> None:
    article = page(tmp_path, "caption.txt", "Governor Jane Achieng (R) and Chairman Peter Mwangi of the "
                   "Lakeside Chamber of Commerce exchange the MoU (Photo: lakesidenews.ke)\n\n"
                   "Kisumu (KNA) – Kisumu County and the Lakeside Chamber of Commerce signed a memorandum of "
                   "understanding on trade on May 15.\n\n"
                   "The two sides will hold a trade fair every year.\n")
    assert article.title is None
    assert article.text.startswith("Kisumu (KNA) – Kisumu County")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1].startswith("Governor Jane Achieng (R)")
    facts = extract(article)
    assert ("Peter Mwangi", "Lakeside Chamber of Commerce") in {(p.person, p.organization) for p in facts.posts}


def test_a_file_photo_line_gives_the_headline_its_place(tmp_path: Path) -> None:
    article = page(tmp_path, "file-photo.txt", "Lakeside Space Agency. (File Photo: KNA)\n\n"
                   "LSA, Kisumu Polytechnic ink MoU for a space innovation centre\n\n"
                   "The Lakeside Space Agency and Kisumu Polytechnic signed a memorandum of understanding on "
                   "Monday.\n")
    assert article.title == "LSA, Kisumu Polytechnic ink MoU for a space innovation centre"
    assert "(File Photo: KNA)" in article.text
