"""A page in a language kg does not read is refused by name, before any rule reads it as English."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.article import read_article
from kg.errors import ArticleError
from kg.reading_language import english_word_share, reads_as_english, unread_script
from kg_inprocess import kg as run_kg

FOUNDING = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles" / "sic-xiangxi-2019.txt"

# invented texts: each says one signing in one language
CHINESE = ("湘南市人民政府与北湖大学签署战略合作框架协议\n\n2024年5月5日，湘南市人民政府与北湖大学在长沙签署战略合作框架协议。"
           "市长李明与校长王华代表双方签约。双方将在人才培养、科学研究等领域开展合作。\n")
RUSSIAN = ("Москва, 5 мая 2024 — Правительство Северного края и Озёрный университет подписали меморандум о "
           "сотрудничестве в области образования. Документ подписали губернатор края и ректор университета.\n")
FRENCH = ("Le gouvernement de la Norlande et la Banque du Lac ont signé mardi à Dakar un accord de prêt de 50 millions "
          "d'euros pour la construction de routes rurales. Le ministre des Finances a signé pour la Norlande, et le "
          "directeur de la banque pour celle-ci.\n")
ENGLISH = ("The Norland Government and Lakeside University signed a memorandum of understanding in Nairobi on "
           "Tuesday. The minister of education signed for the government and the vice-chancellor for the "
           "university, which will cooperate in research and training.\n")


@pytest.mark.parametrize(("text", "script"), [(CHINESE, "Chinese characters"), (RUSSIAN, "Cyrillic"),
                                              (ENGLISH, None), (FRENCH, None), ("2024 — 5/5", None)])
def test_the_script_a_text_is_written_in(text: str, script: str | None) -> None:
    assert unread_script(text) == script


def test_english_has_its_function_words_and_french_has_few() -> None:
    assert english_word_share(ENGLISH)[0] >= 0.2
    assert english_word_share(FRENCH)[0] <= 0.05
    assert reads_as_english(ENGLISH) and not reads_as_english(FRENCH)
    assert reads_as_english("Norland Lakeside Accord")  # too short to judge: read


@pytest.mark.parametrize(("name", "text", "said"), [
    ("xiangnan.txt", CHINESE, "written in Chinese characters"),
    ("moskva.txt", RUSSIAN, "written in Cyrillic"),
    ("dakar.txt", FRENCH, "not written in English"),
    ("xiangnan.html", f"<html><head><meta charset='utf-8'><title>协议</title></head><body><article><p>"
                      f"{CHINESE}</p></article></body></html>", "written in Chinese characters"),
])
def test_a_page_in_another_language_is_refused_by_name(tmp_path: Path, name: str, text: str, said: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and said in message and "English" in message and "\n" not in message


def test_an_english_page_with_chinese_menus_is_read(tmp_path: Path) -> None:
    # a Chinese portal's English page: its menus are Chinese, its story English
    path = tmp_path / "portal.txt"
    path.write_text("首页\n新闻中心\n政务公开\n\n" + ENGLISH, encoding="utf-8")
    assert "Lakeside University" in read_article(path).text


def test_ingest_refuses_the_page_and_keeps_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "xiangnan.txt").write_text(CHINESE, encoding="utf-8")
    (folder / "founding.txt").write_text(FOUNDING.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    result = run_kg("ingest", "--store", str(store), str(folder), check=False)
    assert result.returncode == 1
    refused = [line for line in result.stderr.splitlines() if "xiangnan.txt" in line]
    assert len(refused) == 1 and "written in Chinese characters" in refused[0], result.stderr
    again = run_kg("query", "--store", str(store), "agreements", "--format", "csv", check=True)
    assert len(again.stdout.strip().splitlines()) == 2  # the header and the founding article's one agreement


def test_menu_lines_do_not_outvote_the_prose(tmp_path: Path) -> None:
    # sixty menu words and no function word among them, then two lines of English prose
    path = tmp_path / "menus.txt"
    path.write_text("\n\n".join(f"Menu item {n}" for n in range(30)) + "\n\n" + ENGLISH, encoding="utf-8")
    assert "Lakeside University" in read_article(path).text
