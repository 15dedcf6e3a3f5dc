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
def test_a_bad_file_among_many_is_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for source in sorted(ARTICLES.iterdir())[:9]:
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    with Store(tmp_path / "store") as store:
        report = ingest_paths(store, [folder], workers=2)
    assert len(report.added) == 9
    assert [(p.name, "empty" in message) for p, message in report.failed] == [("empty.txt", True)]
