"""bench/merge_audit.py on a real store: the joins across articles a person should read."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg_inprocess import kg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import merge_audit  # noqa: E402


def test_a_body_joined_across_articles_of_two_countries_is_listed(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    articles = {
        "kenya.txt": "Port signs MoU\n\nThe Delta Port Authority (DPA) and the Government of Kenya signed a "
                     "memorandum of understanding in Mombasa on Monday.\n",
        "ghana.txt": "Port signs MoU\n\nThe Delta Port Authority and the Government of Ghana signed a memorandum "
                     "of understanding in Accra on Tuesday.\n",
        "kenya-later.txt": "Port grows\n\nThe DPA and the Government of Kenya signed a loan agreement in Mombasa on "
                           "Friday.\n",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), *(str(tmp_path / name) for name in articles))
    assert merge_audit.main([str(store)]) == 0
    out = capsys.readouterr().out
    listed = out.split(" whose articles name no country in common:")[1].split(" named by letters alone:")[0]
    # the port authority spans a Kenyan and a Ghanaian story: listed with its articles and their countries
    assert "Delta Port Authority" in listed and "ghana: Ghana" in listed and "kenya: Kenya" in listed, out
    # Kenya itself spans two Kenyan stories only: not listed
    assert "  Kenya  <" not in listed, out
