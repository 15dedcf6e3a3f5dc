"""Kept listings on a SPARQL server as the store (``kg/listings_remote.py``):
on a real Oxigraph server and a real Virtuoso 7 on 127.0.0.1, the kept
rows of every kept query are the rows live evaluation gives, whole and in
pages; an ingest or an inference makes the old rows unused; the kept
graphs are never seen by exports, stats or named queries.

The corpus is ingested once per engine (module fixtures of its own, which
drop what they wrote when done).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ARTICLES
from test_remote_store import Server, ingested, kg, lines

pytestmark = pytest.mark.server


def live(store, name: str, params: dict | None = None) -> tuple[list[str], list[list]]:
    """The query evaluated on the server as written, never from kept rows."""
    from kg.graph import run_named

    rows = run_named(store, name, params or {})
    return rows.variables, [list(row) for row in rows.rows]


def kept(store, name: str, params: dict | None = None):
    from kg.listings import kept_answer
    from kg.queries import shipped_query

    return kept_answer(store, shipped_query(name), params or {})


@pytest.fixture(scope="module")
def oxigraph_kept(oxigraph_server: str):
    yield from ingested(Server("oxigraph", oxigraph_server))


@pytest.fixture(scope="module")
def virtuoso_kept(virtuoso_server):
    yield from ingested(Server("virtuoso", virtuoso_server.sparql, virtuoso_server.sparql, virtuoso_server.graph_store))


class Checks:
    def test_kept_rows_are_the_live_rows_whole_and_in_pages(self, server: Server,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
        from kg.listings import FILTERED, KEPT
        from kg.store_remote import RemoteStore

        monkeypatch.setattr("kg.listings.BLOCK", 7)  # pages that cross blocks on a small corpus
        store = server.open(read_only=True)  # what kg query opens: kept rows are written all the same
        assert isinstance(store, RemoteStore)
        for name in KEPT:
            if name in FILTERED:
                continue
            variables, rows = live(store, name)
            listing = kept(store, name)
            assert listing is not None, name
            assert type(listing).__name__ == "RemoteListing"
            assert (listing.variables, list(map(list, listing.stream()))) == (variables, rows), name
            paged = [row for start in range(0, len(rows) + 5, 5) for row in map(list, listing.stream(start, 5))]
            assert paged == rows, name
            assert list(map(list, listing.stream(len(rows) - 3, 1000))) == rows[-3:], name
            assert len(rows) > 0, name

    def test_a_filtered_query_reads_the_whole_answer(self, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
        from kg.listings import derive_listings

        monkeypatch.setattr("kg.listings.BLOCK", 5)
        store = server.open()
        _, whole = live(store, "agreements-in-field")
        fields = sorted({row[1].value for row in whole if row[1] is not None})
        assert len(fields) >= 2
        for name in fields[:3]:  # kept for this value alone first, then read from the whole answer
            expected = live(store, "agreements-in-field", {"field": name})
            listing = kept(store, "agreements-in-field", {"field": name})
            assert listing is not None and (listing.variables, list(map(list, listing.stream()))) == expected
        derive_listings(store, ("agreements-in-field",))
        for name in fields[:3]:
            listing = kept(store, "agreements-in-field", {"field": name})
            assert listing is not None and listing.only is not None  # read from the whole answer
            assert list(map(list, listing.stream())) == live(store, "agreements-in-field", {"field": name})[1]

    def test_the_kept_graphs_are_no_fact(self, server: Server, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
        from kg.listings import KEPT, derive_listings

        store = server.open()
        derive_listings(store, KEPT)
        assert kept(store, "members") is not None
        assert kg(capsys, "export", *server.args(), "--output", str(tmp_path / "kept.nq"))[0] == 0
        exported = (tmp_path / "kept.nq").read_text(encoding="utf-8")
        assert "kg-agreements/store" not in exported and exported.count("\n") > 1000
        stats = kg(capsys, "stats", *server.args(), "--format", "json")[1]
        assert "kept" not in stats and "kg-agreements/store" not in stats
        assert sorted(store.article_graphs()) == sorted(store.sources())
        assert not any("/kept/" in graph for graph in store.article_graphs())
        for name in ("signatories", "busiest-organizations"):
            status, out, _ = kg(capsys, "query", name, "--format", "csv", *server.args())
            assert status == 0 and "kg-agreements/store" not in out

    def test_an_ingest_or_an_inference_retires_the_kept_rows(self, server: Server, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture) -> None:
        store = server.open()
        old = kept(store, "agreements")
        assert old is not None
        original = ARTICLES / "sic-xiangxi-2019.txt"
        edited = tmp_path / original.name
        edited.write_text(original.read_text(encoding="utf-8").replace("Beijing", "Tianjin"), encoding="utf-8")
        try:
            assert kg(capsys, "ingest", *server.args(), "--no-reason", str(edited))[0] == 0
            assert kept(store, "agreements") is None  # inference owed: evaluated as written
            assert kg(capsys, "infer", *server.args())[0] == 0
            assert not store.has_graph(old.graph)  # the old generation is dropped
            listing = kept(store, "agreements")
            assert listing is not None and listing.graph != old.graph
            assert list(map(list, listing.stream())) == live(store, "agreements")[1]
            places = {str(row[3]) for row in listing.stream() if "sic-xiangxi" in str(row[4])}
            assert places == {'"Tianjin"'}
            before = listing.graph
            assert kg(capsys, "infer", *server.args())[0] == 0  # an inference that changes nothing: a new epoch all the same
            assert kept(store, "agreements", None).graph != before  # type: ignore[union-attr]
            status, out, _ = kg(capsys, "query", "agreements", "--format", "csv", "--limit", "3", *server.args())
            assert status == 0 and len(lines(out)) == 4
            store.update("DELETE DATA { GRAPH <urn:kg-test:none> { <urn:a> <urn:b> <urn:c> } }")  # kg serve's updates
            assert kept(store, "agreements") is None
        finally:
            assert kg(capsys, "ingest", *server.args(), str(original))[0] == 0


class TestOxigraph(Checks):
    @pytest.fixture
    def server(self, oxigraph_kept: Server) -> Server:
        return oxigraph_kept


class TestVirtuoso(Checks):
    @pytest.fixture
    def server(self, virtuoso_kept: Server) -> Server:
        return virtuoso_kept
