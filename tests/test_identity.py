"""An article's identity: different files never become one article.

An article is known by its file stem exactly as written (kg.iri.article_key):
names that differ only by case, punctuation or script stay apart, the same
name read again is the same article, and a file that replaces an article
read from another path says so. Stores made before keys existed are
re-keyed when first opened for writing.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_inprocess import kg as run_kg

from kg.iri import Minter, article_key, slug
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
ONE = ARTICLES / "sic-xiangxi-2019.txt"
OTHER = ARTICLES / "ghana-adf-loan-2018.txt"


def kg(*args: str) -> subprocess.CompletedProcess:
    return run_kg(*args, check=False)


def sources(store: Path) -> list[str]:
    out = kg("query", "--store", str(store), "agreements", "--format", "csv").stdout
    return sorted({row["source"] for row in csv.DictReader(io.StringIO(out))})


def test_keys_keep_clean_names_and_tell_the_others_apart() -> None:
    assert article_key("sic-xiangxi-2019") == "sic-xiangxi-2019"  # the IRIs of existing stores stay
    names = ["Kingsbridge Dongting", "kingsbridge-dongting", "Kingsbridge_Dongting", "KINGSBRIDGE DONGTING",
             "签约仪式", "合作协议", "签约仪式 (2)", "签约仪式-2", "report", "Report", "café", "cafe\u0301"]
    keys = [article_key(n) for n in names]
    assert len(set(keys)) == len(names)
    assert article_key("签约仪式") == "签约仪式", "Unicode letters are kept, not dropped"
    assert all(ox.NamedNode(Minter().graph(n)) for n in names), "every key makes a valid IRI"


@pytest.mark.slow
def test_names_differing_by_case_punctuation_or_script_are_four_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    names = ["Kingsbridge Dongting.txt", "kingsbridge-dongting.txt", "签约仪式.txt", "合作协议.txt"]
    for name, source in zip(names, [ONE, OTHER, ONE, OTHER]):
        shutil.copy(source, folder / name)
    store = tmp_path / "store"
    run = kg("ingest", "--store", str(store), str(folder))
    assert run.returncode == 0, run.stderr
    assert "4 added, 0 replaced" in run.stderr
    assert sources(store) == sorted(names)
    again = kg("ingest", "--store", str(store), str(folder))
    assert "0 added, 0 replaced, 4 unchanged" in again.stderr


@pytest.mark.slow
def test_a_file_replacing_an_article_from_another_path_says_so(tmp_path: Path) -> None:
    for folder, source in (("a", ONE), ("b", OTHER)):
        (tmp_path / folder).mkdir()
        shutil.copy(source, tmp_path / folder / "report.txt")
    store = tmp_path / "store"
    assert kg("ingest", "--store", str(store), str(tmp_path / "a")).returncode == 0
    run = kg("ingest", "--store", str(store), "-q", str(tmp_path / "b"))
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("\n") == 1
    assert "replaces the article read from" in run.stderr and str(tmp_path / "a" / "report.txt") in run.stderr
    # the same file moved elsewhere, unchanged: the same article, nothing to say
    (tmp_path / "c").mkdir()
    shutil.move(tmp_path / "b" / "report.txt", tmp_path / "c" / "report.txt")
    moved = kg("ingest", "--store", str(store), "-q", str(tmp_path / "c"))
    assert moved.returncode == 0 and moved.stderr == ""


class _OldMinter(Minter):
    """How kg named an article's IRIs before article keys: the lossy slug."""

    def article(self, stem: str) -> str:
        return f"{self.base}article/{slug(stem)}"

    def graph(self, stem: str) -> str:
        return f"{self.base}graph/{slug(stem)}"

    def agreement(self, article_stem: str, index: int) -> str:
        return f"{self.base}agreement/{slug(article_stem)}/{index}"

    def holding(self, article_stem: str, person: str, organization: str | None, title: str) -> str:
        return super().holding("x", person, organization, title).replace("/holding/x/",
                                                                          f"/holding/{slug(article_stem)}/")


@pytest.mark.slow
def test_a_store_made_before_article_keys_is_rekeyed(tmp_path: Path) -> None:
    from kg.article import read_article
    from kg.ingest import extract_article
    from kg.mapping import map_article

    article_file = tmp_path / "articles" / "SIC Xiangxi (2019).txt"
    article_file.parent.mkdir()
    shutil.copy(ONE, article_file)
    fresh = tmp_path / "fresh"
    assert kg("ingest", "--store", str(fresh), "--no-reason", str(article_file)).returncode == 0

    old = tmp_path / "old"
    article = read_article(article_file)
    with Store(old) as store:
        quads = map_article(article, extract_article(article), _OldMinter(store.base))
        store.replace_graph(_OldMinter(store.base).graph(article.stem), quads)
        store.inference_paid()
    settings = json.loads((old / "kg.json").read_text())
    (old / "kg.json").write_text(json.dumps({**settings, "format": 2}))

    with Store(old) as store:  # opened for writing: re-keyed
        assert store.article_graphs() == [store.minter.graph(article.stem)]
        assert store.inference_owed() is not None, "the inferred graph names the old IRIs: owed"
    with Store(old, read_only=True) as migrated, Store(fresh, read_only=True) as made_now:
        assert set(migrated.quads()) == set(made_now.quads()), "the same quads as a store made today"
    run = kg("ingest", "--store", str(old), str(article_file))
    assert run.returncode == 0 and "0 added, 0 replaced, 1 unchanged" in run.stderr, run.stderr
    assert "reasoning" in run.stderr
