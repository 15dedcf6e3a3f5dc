"""A SPARQL server as the store (``--store URL``): the bundled corpus
ingested into a real Oxigraph server and a real Virtuoso 7 on 127.0.0.1
answers every command as the embedded store does.

Both servers are shared by the session: each engine's fixture starts by
dropping kg's graphs of the default base (other modules push the gold
facts there) and drops what it wrote when done. Rows are compared as sorted
lists of typed Python values, never in the server's order.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ARTICLES, free_port, oxigraph_binary, stop, wait_for

pytestmark = pytest.mark.server

CONTRACT = ["agreements", "parties", "signatories", "witnesses", "posts", "areas"]
MORE = [("partners-of", {"org": "SIC"}), ("busiest-organizations", {}), ("agreements-per-year", {}),
        ("fields-per-year", {}), ("career", {"person": "Cheng Xiaobo"}), ("entities", {}), ("articles", {})]


def kg(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """``kg ARGS`` in this process (the English pipeline loads once): status, stdout, stderr."""
    from kg.cli import main

    capsys.readouterr()
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


class Server:
    """One engine as the store: ``--store`` and its endpoint options."""

    def __init__(self, name: str, url: str, update: str | None = None, graph_store: str | None = None):
        self.name, self.url, self.update, self.graph_store = name, url, update, graph_store
        self.options = [*(["--update-endpoint", update] if update else []),
                        *(["--graph-store", graph_store] if graph_store else [])]

    def args(self) -> list[str]:
        return ["--store", self.url, *self.options]

    def open(self, read_only: bool = False):
        from kg.stores import open_store

        return open_store(self.url, read_only=read_only, update=self.update, graph_store=self.graph_store)

    def graph(self):
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph(self.url, read_only=True, update=self.update, graph_store=self.graph_store)


@pytest.fixture(scope="module")
def embedded(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus as ``kg ingest`` leaves it in a folder: articles and the inferred graph."""
    from kg.graph import KnowledgeGraph

    path = tmp_path_factory.mktemp("embedded") / "store"
    shutil.copytree(corpus_store, path)
    with KnowledgeGraph(path) as graph:
        graph.infer()
    return path


def ingested(engine: Server):
    """The corpus ingested by ``kg ingest --store URL`` into one engine; dropped after."""
    from kg.cli import main
    from kg.store_remote import RemoteStore

    RemoteStore(engine.url, update=engine.update, graph_store=engine.graph_store).clear()
    assert main(["ingest", *engine.args(), "--workers", "1", "-q", str(ARTICLES)]) == 0
    yield engine
    RemoteStore(engine.url, update=engine.update, graph_store=engine.graph_store).clear()


def typed(rows) -> list[tuple]:
    """Rows as sorted tuples of typed values. ``GROUP_CONCAT`` joins in no
    order SPARQL fixes (its parts are sorted here), and of nothing it is
    ``""`` in Virtuoso and unbound in Oxigraph (the CSV is the same): None."""
    def value(term):
        if term == "":
            return None
        return " | ".join(sorted(term.split(" | "))) if isinstance(term, str) else term

    return sorted((tuple(value(term) for term in row) for row in rows.values()), key=repr)


def lines(text: str) -> list[str]:
    return sorted(text.splitlines())


class Checks:
    """What every engine must do as the store; subclasses give ``server``."""

    @pytest.mark.parametrize("name", CONTRACT)
    def test_the_contract_queries_answer_as_embedded(self, server: Server, embedded: Path, name: str) -> None:
        from kg.graph import KnowledgeGraph

        remote = server.graph().run(name)
        local = KnowledgeGraph(embedded, read_only=True).run(name)
        assert remote.variables == local.variables
        assert typed(remote) == typed(local)
        assert len(local) > 5


    def test_more_named_queries_answer_as_embedded(self, server: Server, embedded: Path) -> None:
        from kg.graph import KnowledgeGraph

        remote, local = server.graph(), KnowledgeGraph(embedded, read_only=True)
        for name, params in MORE:
            assert typed(remote.run(name, **params)) == typed(local.run(name, **params)), name


    def test_every_command_prints_what_the_embedded_store_prints(self, server: Server, embedded: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture) -> None:
        here = ["--store", str(embedded)]
        for command in (["query", "signatories", "--format", "csv"], ["stats"],
                        ["explain", "State Information Center"], ["explain", "Cheng Xiaobo", "--format", "json"],
                        ["network", "--top", "0", "--format", "csv"], ["network", "--communities", "--format", "csv"],
                        ["validate", "--format", "csv"]):
            remote, local = kg(capsys, *command, *server.args()), kg(capsys, *command, *here)
            assert remote[0] == local[0], (command, remote[2])
            assert lines(remote[1]) == lines(local[1]), command
        for suffix in ("nt", "nq"):
            assert kg(capsys, "export", *server.args(), "--output", str(tmp_path / f"remote.{suffix}"))[0] == 0
            kg(capsys, "export", *here, "--output", str(tmp_path / f"local.{suffix}"))
            remote_text = (tmp_path / f"remote.{suffix}").read_text(encoding="utf-8")
            assert lines(remote_text) == lines((tmp_path / f"local.{suffix}").read_text(encoding="utf-8"))
            assert "kg-agreements/store" not in remote_text  # kg's bookkeeping is no fact


    def test_infer_gives_the_embedded_inferred_graph(self, server: Server, embedded: Path, capsys: pytest.CaptureFixture) -> None:
        from kg.store import Store

        store = server.open()
        inferred = store.minter.inferred_graph()
        remote = {(q.subject, q.predicate, q.object) for q in store.match(graph=inferred)}
        local = {(q.subject, q.predicate, q.object) for q in Store(embedded, read_only=True).match(graph=inferred)}
        assert remote == local and len(local) > 1000
        status, _, err = kg(capsys, "infer", *server.args())
        assert status == 0 and "0 added, 0 removed" in err


    def test_ingest_twice_writes_nothing(self, server: Server, capsys: pytest.CaptureFixture) -> None:
        store = server.open(read_only=True)
        before = sorted(map(str, store.quads()))
        status, _, err = kg(capsys, "ingest", *server.args(), "--workers", "1", str(ARTICLES))
        assert status == 0 and "0 added, 0 replaced, 19 unchanged" in err
        assert "reasoning" not in err
        assert sorted(map(str, server.open(read_only=True).quads())) == before


    def test_an_edited_article_replaces_its_graph_alone(self, server: Server, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
        original = ARTICLES / "sic-xiangxi-2019.txt"
        edited = tmp_path / original.name
        edited.write_text(original.read_text(encoding="utf-8").replace("Beijing", "Tianjin"), encoding="utf-8")
        store = server.open(read_only=True)
        graph = store.minter.graph(original.stem)
        others = {g: sorted(map(str, store.match(graph=g))) for g in store.article_graphs() if g != graph}
        try:
            status, _, err = kg(capsys, "ingest", *server.args(), str(edited))
            assert status == 0 and "0 added, 1 replaced, 0 unchanged" in err
            after = server.open(read_only=True)
            assert {g: sorted(map(str, after.match(graph=g))) for g in others} == others
            places = {row["place"] for row in server.graph().run("agreements").dicts() if "sic-xiangxi" in row["source"]}
            assert places == {"Tianjin"}
            assert after.sources()[graph] == str(edited.resolve())
        finally:
            assert kg(capsys, "ingest", *server.args(), str(original))[0] == 0


    def test_a_second_machine_sees_the_same_bookkeeping(self, server: Server) -> None:
        store = server.open(read_only=True)
        assert store.setting("base") == store.base == "https://w3id.org/kg-agreements/id/"
        assert store.inference_owed() is None
        sources = store.sources()
        assert len(sources) == 19 and all(Path(path).parent == ARTICLES for path in sources.values())
        assert sorted(sources) == store.article_graphs()  # the bookkeeping graph is no article's


@pytest.fixture(scope="module")
def oxigraph_store(oxigraph_server: str):
    yield from ingested(Server("oxigraph", oxigraph_server))


@pytest.fixture(scope="module")
def virtuoso_store(virtuoso_server):
    yield from ingested(Server("virtuoso", virtuoso_server.sparql, virtuoso_server.sparql, virtuoso_server.graph_store))


class TestOxigraph(Checks):
    @pytest.fixture
    def server(self, oxigraph_store: Server) -> Server:
        return oxigraph_store

    def test_a_missing_graph_store_is_one_line(self, server: Server, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
        article = tmp_path / "a-new-article.txt"
        article.write_text((ARTICLES / "sic-xiangxi-2019.txt").read_text(encoding="utf-8"), encoding="utf-8")
        wrong = server.url.rstrip("/") + "/no-graph-store"
        status, _, err = kg(capsys, "ingest", "--store", server.url, *(["--update-endpoint", server.update]
                            if server.update else []), "--graph-store", wrong, "--no-reason", str(article))
        store = server.open()
        store.inference_paid()  # what the failed write owed; nothing was written
        assert status != 0
        assert f"{wrong}: no Graph Store there" in err and "--graph-store" in err
        assert store.minter.graph(article.stem) not in store.article_graphs()


    def test_kg_serve_serves_the_server_store(self, server: Server, embedded: Path, tmp_path: Path) -> None:
        """``kg serve --store URL``: the same factory as the CLI, the same answers."""
        import csv
        import io
        import sys
        import urllib.request

        from conftest import ROOT
        from kg.graph import KnowledgeGraph

        port = free_port()
        log = open(tmp_path / "serve.log", "w+")
        process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", server.url, "--port", str(port),
                                    "--workers", "1", "--quiet"], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            wait_for(f"http://127.0.0.1:{port}/sparql")
            request = urllib.request.Request(f"http://127.0.0.1:{port}/queries/parties", headers={"Accept": "text/csv"})
            with urllib.request.urlopen(request, timeout=30) as answer:
                served = list(csv.reader(io.StringIO(answer.read().decode("utf-8"))))
        finally:
            stop(process, log)
        local = KnowledgeGraph(embedded, read_only=True).run("parties")
        assert served[0] == local.variables
        assert sorted(map(tuple, served[1:])) == sorted(tuple(str(v) for v in row) for row in local.values())


class TestVirtuoso(Checks):
    """(Virtuoso never answers a PUT to a path it does not serve, so the
    missing Graph Store is checked on Oxigraph only.)"""

    @pytest.fixture
    def server(self, virtuoso_store: Server) -> Server:
        return virtuoso_store


def test_a_server_nobody_answers_is_one_line(capsys: pytest.CaptureFixture) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    status, out, err = kg(capsys, "stats", "--store", url)
    assert status != 0 and out == ""
    assert err.count("\n") == 1 and url in err and "is the server running?" in err


def test_a_server_that_refuses_updates_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    import pyoxigraph as ox

    location = tmp_path / "db"
    ox.Store(str(location)).flush()
    port = free_port()
    log = open(tmp_path / "server.log", "w+")
    process = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(url + "/query")
        status, _, err = kg(capsys, "ingest", "--store", url, str(ARTICLES / "sic-xiangxi-2019.txt"))
    finally:
        stop(process, log)
    assert status != 0 and err.count("\n") == 1
    assert f"{url}/update: " in err and "--update-endpoint" in err
