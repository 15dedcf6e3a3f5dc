"""Listings that stream (issue 14): pages, a reader that stops early, bad
page bounds, kept rows that never outlive the store, and ``kg serve``
sending a listing with chunked transfer encoding.

The store is a synthetic graph of 600 agreements (kg.synthetic, mapped by
the code real ingest uses), inferred with :meth:`KnowledgeGraph.infer`, so
its listings are kept ready as their first readers keep them;
the longest listings run past one block of kept rows (1,000).
"""
from __future__ import annotations

import csv
import http.client
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, KgServer
from kg_inprocess import kg

AGREEMENTS = 600


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.replace("\r\n", "\n"))))


@pytest.fixture(scope="module")
def listed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.graph import KnowledgeGraph
    from kg.synthetic import load_synthetic

    path = tmp_path_factory.mktemp("streaming") / "store"
    with KnowledgeGraph(path) as graph:
        load_synthetic(graph.store, AGREEMENTS)
        graph.infer(validate=False)
    return path


def assert_kept_rows_are_the_query_rows(store_path: Path) -> int:
    """Every answer kg keeps, read from its kept rows, is the query's
    answer evaluated as written, row for row in the query's order, whole
    and in pages across block edges; ``agreements-in-field`` for each
    field, by IRI and by name, too. Returns the longest listing's rows."""
    from kg.graph import run_named, stream_named
    from kg.listings import KEPT, ready_listing
    from kg.queries import load_query
    from kg.store import Store
    from kg.terms import IRI

    longest = 0
    with Store(store_path, read_only=True) as store:
        for name in KEPT:
            assert ready_listing(store, load_query(name)) is not None, f"{name} is not kept ready"
            kept = stream_named(store, name, {})
            evaluated = run_named(store, name, {})  # the query evaluated as written
            assert kept.variables == evaluated.variables
            assert list(kept.terms()) == evaluated.rows, name
            page = stream_named(store, name, {}, offset=990, limit=25)
            assert list(page.terms()) == evaluated.rows[990:1015], name
            longest = max(longest, len(evaluated.rows))
        fields = {row[0]: row[1] for row in run_named(store, "agreements-in-field", {}).rows}
        assert fields
        for field, name in fields.items():
            for given in (IRI(field.value), name.value):
                kept = stream_named(store, "agreements-in-field", {"field": given})
                evaluated = run_named(store, "agreements-in-field", {"field": given})
                assert kept.total == len(evaluated.rows) > 0
                assert list(kept.terms()) == evaluated.rows, (field, given)
                page = stream_named(store, "agreements-in-field", {"field": given}, offset=2, limit=3)
                assert list(page.terms()) == evaluated.rows[2:5]
        nowhere = IRI("https://example.org/no-such-field")
        assert list(stream_named(store, "agreements-in-field", {"field": nowhere}).terms()) == []
    return longest


def test_kept_answers_give_the_rows_the_queries_give(listed_store: Path) -> None:
    assert assert_kept_rows_are_the_query_rows(listed_store) > 1000  # the longest cross a block edge


def test_kept_answers_of_the_bundled_corpus_are_its_query_rows(corpus_store: Path, tmp_path: Path) -> None:
    store_path = tmp_path / "store"
    shutil.copytree(corpus_store, store_path)
    kg("infer", "--store", str(store_path))  # what kg ingest does after storing the articles
    assert_kept_rows_are_the_query_rows(store_path)


def test_an_inference_derives_nothing_and_the_first_reader_keeps_the_rows(listed_store: Path, tmp_path: Path) -> None:
    """``kg infer`` no longer pays for every listing: the rows of each are
    derived by its first reader, then read by every later one; rows of the
    store before an inference are never read after it."""
    from kg.listings import ready_listing
    from kg.queries import load_query
    from kg.store import Store

    store_path = tmp_path / "store"
    shutil.copytree(listed_store, store_path)
    parties = load_query("parties")
    assert ready_listing(Store(store_path, read_only=True), parties) is not None  # derived by this reader
    kg("infer", "--store", str(store_path))
    assert ready_listing(Store(store_path, read_only=True), parties, derive=False) is None
    assert not list((store_path / "listings").glob("*.json")), "the inference derived listings"
    first = kg("query", "--store", str(store_path), "parties", "--limit", "5").stdout
    assert ready_listing(Store(store_path, read_only=True), parties, derive=False) is not None
    assert ready_listing(Store(store_path, read_only=True), load_query("posts"), derive=False) is None
    assert kg("query", "--store", str(store_path), "parties", "--limit", "5").stdout == first
    # a field's rows are kept as first evaluated, the whole answer is not derived for them
    in_field = ["query", "--store", str(store_path), "agreements-in-field", "--param", "field=digital economy"]
    copy = tmp_path / "agreements-in-field.rq"  # not a shipped query: never read from kept rows
    shutil.copy(ROOT / "queries" / "agreements-in-field.rq", copy)
    evaluated = kg("query", "--store", str(store_path), str(copy), "--param", "field=digital economy").stdout
    assert kg(*in_field).stdout == evaluated and len(evaluated.splitlines()) > 10
    assert ready_listing(Store(store_path, read_only=True), load_query("agreements-in-field"), derive=False) is None
    assert len(list((store_path / "listings").glob("agreements-in-field@*.json"))) == 1
    assert kg(*in_field).stdout == evaluated


def test_rows_read_while_an_inference_completes_are_not_kept(listed_store: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """An inference that completes while a reader evaluates a listing (in
    another process, in life) starts a new epoch: the rows that reader
    read may be the old store's, so they are given to it alone, never kept."""
    from kg import graph as graph_module
    from kg.graph import stream_named
    from kg.listings import forget_listings, ready_listing
    from kg.queries import load_query
    from kg.store import Store

    store_path = tmp_path / "store"
    shutil.copytree(listed_store, store_path)
    kg("infer", "--store", str(store_path))
    evaluate = graph_module.select_rows

    def evaluated_as_an_inference_completes(store, sparql, **options):
        rows = evaluate(store, sparql, **options)
        forget_listings(store)  # what kg.reason.inference.infer does before it completes
        return rows

    monkeypatch.setattr(graph_module, "select_rows", evaluated_as_an_inference_completes)
    with Store(store_path, read_only=True) as store:
        rows = list(stream_named(store, "witnesses", {}).terms())
        assert ready_listing(store, load_query("witnesses"), derive=False) is None
    monkeypatch.undo()
    with Store(store_path, read_only=True) as store:
        assert list(stream_named(store, "witnesses", {}).terms()) == rows
        assert ready_listing(store, load_query("witnesses"), derive=False) is not None


def test_pages_on_the_command_line_concatenate_to_the_whole_listing(listed_store: Path) -> None:
    whole = csv_rows(kg("query", "--store", str(listed_store), "parties", "--format", "csv").stdout)
    assert len(whole) > 1001
    pages: list[list[str]] = []
    for offset in range(0, len(whole) - 1, 500):
        page = csv_rows(kg("query", "--store", str(listed_store), "parties", "--format", "csv",
                           "--limit", "500", "--offset", str(offset)).stdout)
        assert page[0] == whole[0]
        pages.extend(page[1:])
    assert pages == whole[1:]
    beyond = csv_rows(kg("query", "--store", str(listed_store), "parties", "--offset", "100000").stdout)
    assert beyond == [whole[0]]


def test_json_lines_make_one_results_document(listed_store: Path) -> None:
    text = kg("query", "--store", str(listed_store), "signatories", "--format", "json", "--limit", "3",
              "--offset", "1").stdout
    document = json.loads(text)
    assert document["head"]["vars"][:5] == ["agreement", "person", "person_name", "on_behalf_of",
                                            "on_behalf_of_name"]
    assert len(document["results"]["bindings"]) == 3 and len(text.splitlines()) == 3 + 3


def test_a_reader_that_stops_early_ends_the_listing_quietly(listed_store: Path) -> None:
    """``kg query ... | head -1``: exit status 0 and nothing on stderr."""
    process = subprocess.Popen([sys.executable, "-m", "kg", "query", "--store", str(listed_store), "signatories",
                                "--format", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"agreement,person,")
    process.stdout.close()  # what head does after its line: the rest of a listing far larger than the pipe is refused
    assert process.wait(60) == 0
    assert process.stderr.read() == b""


@pytest.mark.parametrize("option, value", [("--limit", "ten"), ("--limit", "-5"), ("--offset", "1.5"),
                                           ("--offset", "")])
def test_bad_page_bounds_are_one_clear_line(listed_store: Path, option: str, value: str) -> None:
    done = kg("query", "--store", str(listed_store), "parties", option, value, check=False)
    if value == "":  # an empty offset is no offset
        assert done.returncode == 0
        return
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [f"kg query: {option} {value}: give a whole number of rows, 0 or more"]


def test_python_pages_match_the_whole(listed_store: Path) -> None:
    from kg.graph import KnowledgeGraph
    from kg.errors import UsageError

    with KnowledgeGraph(listed_store, read_only=True) as graph:
        whole = graph.run("areas")
        page = graph.run("areas", limit=7, offset=995)
        assert page.rows == whole.rows[995:1002]
        stream = graph.stream("areas", offset=len(whole) - 2)
        assert stream.total == 2 and [row for row in stream] == whole.values()[-2:]
        with pytest.raises(UsageError, match="--limit -1"):
            graph.run("areas", limit=-1)


def test_kept_rows_never_outlive_a_change_of_the_store(listed_store: Path, tmp_path: Path) -> None:
    """A new article stored without reasoning is in the listing at once
    (the query is evaluated while inference is owed); after ``kg infer``
    the kept rows hold it too, and pages stay consistent."""
    from kg.mapping import map_article
    from kg.synthetic import synthetic_articles
    from kg.store import Store

    store_path = tmp_path / "store"
    shutil.copytree(listed_store, store_path)
    article, facts = list(synthetic_articles(AGREEMENTS + 1, seed=11))[-1]
    article = type(article)(path=Path("late-news.txt"), text=article.text, title=article.title,
                            published=article.published, source_department=None, sha256="f" * 64)
    with Store(store_path) as store:
        graph = store.minter.graph("late-news")
        store.replace_graph(graph, map_article(article, facts, store.minter))
    late = f"{Store(store_path, read_only=True).minter.base}agreement/late-news/1"

    def agreements() -> list[str]:
        return [row[0] for row in csv_rows(kg("query", "--store", str(store_path), "parties").stdout)[1:]]

    assert late in agreements()
    kg("infer", "--store", str(store_path))
    listed = agreements()
    assert late in listed and listed == sorted(listed)
    from kg.listings import ready_listing
    from kg.queries import load_query

    assert ready_listing(Store(store_path, read_only=True), load_query("parties")) is not None


@pytest.mark.server
def test_the_server_streams_a_listing_in_chunks_with_the_rows_of_the_cli(listed_store: Path) -> None:
    cli = csv_rows(kg("query", "--store", str(listed_store), "posts", "--format", "csv").stdout)
    with KgServer(listed_store) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        connection.request("GET", "/queries/posts?format=csv")
        response = connection.getresponse()
        assert response.status == 200 and response.getheader("Transfer-Encoding") == "chunked"
        assert response.getheader("X-KG-Rows") == str(len(cli) - 1)
        served = csv_rows(response.read().decode("utf-8"))
        connection.close()
        assert served == cli
        # pages of it, in JSON, are the same rows
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        connection.request("GET", "/queries/posts?limit=4&offset=998",
                           headers={"Accept": "application/sparql-results+json"})
        document = json.loads(connection.getresponse().read())
        connection.close()
        names = [binding["person_name"]["value"] for binding in document["results"]["bindings"]]
        assert names == [row[1] for row in cli[999:1003]]
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        connection.request("GET", "/queries/posts?offset=x")
        response = connection.getresponse()
        assert response.status == 400
        assert response.read().decode().splitlines() == ["offset=x: give a whole number of rows, 0 or more"]
        connection.close()
