"""Reading articles in several processes gives the very store one process gives."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.ingest import ingest_paths
from kg.store import Store

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def _quads(store: Store) -> set[tuple[str, str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store.db.quads_for_pattern(
        None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph)}


@pytest.mark.slow
def test_two_workers_give_the_same_store_as_one(tmp_path: Path) -> None:
    read: list[int] = []
    with Store(tmp_path / "one") as one, Store(tmp_path / "two") as two:
        first = ingest_paths(one, [ARTICLES], workers=1)
        second = ingest_paths(two, [ARTICLES], workers=2, on_read=lambda n, total, path: read.append(n))
        assert first.ok and second.ok and len(second.added) == len(first.added) == 19
        assert read == list(range(1, 20)), "every article read is reported, in order"
        assert _quads(one) == _quads(two)


@pytest.mark.slow
def test_bad_files_among_many_are_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    """Bad files at the front and in the middle: with two workers, the
    spawned one reads the first batches and this process the next ones, so
    both report a bad file by name and read the rest of their batch."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, source in enumerate(sorted(ARTICLES.iterdir())[:12]):
        (folder / f"{number + 1:02d}-{source.name}").write_bytes(source.read_bytes())
    (folder / "00-empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "05-nothing.html").write_text("<html><body><nav>Home | About</nav></body></html>", encoding="utf-8")
    read: list[int] = []
    with Store(tmp_path / "store") as store:
        report = ingest_paths(store, [folder], workers=2, on_read=lambda n, total, path: read.append(n))
    assert len(report.added) == 12
    assert sorted(p.name for p, _ in report.failed) == ["00-empty.txt", "05-nothing.html"]
    assert all(p.name in message for p, message in report.failed), "each message names its file"
    assert read == list(range(1, 15)), "every file read is reported, in order"


def test_articles_read_in_a_batch_have_the_facts_each_has_alone(tmp_path: Path) -> None:
    """The ingest parses texts a batch at a time (faster); each article's
    facts are the very facts extract() gives it alone, and a bad file inside
    a batch is reported while the rest of its batch is read."""
    from kg.article import read_article
    from kg.extract import extract
    from kg.ingest import BATCH, read_articles

    sources = sorted(ARTICLES.iterdir())[: BATCH + 3]
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for number, source in enumerate(sources):
        if number == 2:
            bad = folder / "02-empty.txt"
            bad.write_text("   \n", encoding="utf-8")
            paths.append(bad)
        copy = folder / f"{number:02d}-{source.name}"
        copy.write_bytes(source.read_bytes())
        paths.append(copy)
    results = list(read_articles(paths, workers=1))
    assert [r[0] for r in results] == paths
    for path, article, facts, error in results:
        if path.name == "02-empty.txt":
            assert article is None and facts is None and error and "empty" in error
            continue
        assert error is None and facts is not None
        assert repr(facts) == repr(extract(read_article(path))), path.name
