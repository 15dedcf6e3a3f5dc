"""Fixtures shared by the whole test suite.

Two stores of the bundled corpus (``data/articles``), each built once per
test session in a temporary folder:

``corpus_store``
    The articles ingested exactly as ``kg ingest`` does (extractor and all).
    What users get; answers depend on the extractor's quality.
``gold_store``
    The hand-written gold facts of the same articles (``tests/fixtures/gold``)
    mapped by the same code, with the real article files as sources. Every
    fact in it is known, so queries can be tested for exact answers.

Both return the store folder's path; open it with
``kg.store.Store(path, read_only=True)`` or pass it to ``kg ... --store``.
Tests must not write to them: make a store of your own for that.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with ``data/articles`` ingested the way ``kg ingest`` does."""
    from kg.ingest import ingest_paths
    from kg.store import Store

    path = tmp_path_factory.mktemp("corpus") / "store"
    with Store(path) as store:
        report = ingest_paths(store, [ARTICLES])
    assert report.ok, f"ingesting the bundled corpus failed: {report.failed}"
    return path


@pytest.fixture(scope="session")
def gold_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the gold facts of the bundled corpus, no extractor involved."""
    from kg.store import Store

    path = tmp_path_factory.mktemp("gold") / "store"
    with Store(path) as store:
        load_gold(store, GOLD, ARTICLES)
    return path


# ------------------------------------------------------------ gold -> store


def _split_names(text: str) -> tuple[str, list[str]]:
    names = [part.strip() for part in str(text).split("|") if part.strip()]
    return names[0], names[1:]


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def gold_facts(doc: dict):
    """One gold YAML document as the facts model an extractor would produce."""
    from kg.facts import Agreement, ArticleFacts, Organization, Person, PostHolding, Signature

    facts = ArticleFacts()
    orgs: dict[str, Organization] = {}
    people: set[str] = set()

    def org(text: str | None) -> str | None:
        if not text:
            return None
        name, aliases = _split_names(text)
        if name in orgs:
            orgs[name].aliases.extend(a for a in aliases if a not in orgs[name].aliases)
        else:
            orgs[name] = Organization(name=name, aliases=aliases)
            facts.organizations.append(orgs[name])
        return name

    def person(name: str) -> str:
        if name not in people:
            people.add(name)
            facts.people.append(Person(name=name))
        return name

    for item in doc.get("agreements") or []:
        facts.agreements.append(Agreement(
            kind=_split_names(item["kind"])[0],
            date=_as_date(item.get("date")),
            place=_split_names(item["place"])[0] if item.get("place") else None,
            parties=[org(p) for p in item.get("parties") or []],
            signatures=[Signature(person(s["person"]), org(s.get("on_behalf_of")))
                        for s in item.get("signatories") or []],
            witnesses=[person(w) for w in item.get("witnesses") or []],
            areas=[_split_names(a)[0] for a in item.get("areas") or []],
        ))
    for holding in doc.get("posts") or []:
        facts.posts.append(PostHolding(person(holding["person"]), holding["post"], org(holding.get("organization"))))
    return facts


def load_gold(store, gold: Path, articles: Path | None = None) -> int:
    """Map every gold file of a folder into ``store``; returns how many.

    With ``articles``, the real article file of the same stem is the
    source; otherwise a stand-in article carries the gold file's id.
    """
    import yaml

    from kg.article import Article, read_article
    from kg.mapping import map_article
    from kg.resolve import StoreResolver

    resolver = StoreResolver(store, store.minter)
    files = sorted(gold.glob("*.yaml"))
    for file in files:
        doc = yaml.safe_load(file.read_text(encoding="utf-8"))
        found = sorted(articles.glob(f"{doc['id']}.*")) if articles else []
        if found:
            article = read_article(found[0])
        else:
            text = f"Stand-in article for {doc['id']}"
            article = Article(path=Path(f"{doc['id']}.txt"), text=text, title=text,
                              published=_as_date(doc.get("published")), source_department=None,
                              sha256=hashlib.sha256(doc["id"].encode()).hexdigest())
        quads = map_article(article, gold_facts(doc), store.minter, resolver)
        store.replace_graph(store.minter.graph(article.stem), quads)
    return len(files)


# ------------------------------------------------------------ servers


def free_port() -> int:
    """A TCP port nobody listens on at the moment, on 127.0.0.1."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen, log) -> None:
    """End a server the tests started, killing it if it will not stop."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
    log.close()


def wait_for(url: str, seconds: float = 30.0) -> None:
    """Until ``url`` answers HTTP (any status), or fail the test."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{url} did not come up within {seconds:g} s")
            time.sleep(0.1)


class KgServer:
    """A real ``kg serve`` process on a free port of 127.0.0.1; stopped by
    :meth:`stop` (or leaving the ``with`` block), by its process id."""

    def __init__(self, store: Path, *options: str):
        import subprocess
        import sys

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.sparql = f"{self.url}/sparql"
        self.log = open(Path(store).parent / f"serve-{self.port}.log", "w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(self.port), "--quiet", *options],
            stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            wait_for(self.sparql)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        import signal

        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(10)
            except Exception:
                self.process.kill()
                self.process.wait(10)
        self.log.close()

    def __enter__(self) -> KgServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def oxigraph_binary() -> str:
    """The Oxigraph server of the test extra; a test that needs it fails
    (never skips) when it is missing, since the install is then broken."""
    import shutil
    import sys

    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.fail("the Oxigraph server is not installed: pip install -e '.[test]' (it brings oxigraph)")
    return binary


def pytest_configure(config: pytest.Config) -> None:
    """Under ``make test``'s parallel processes (pytest-xdist), give each its
    own share of the cores. The commands a test runs inherit it, so ``kg
    ingest`` takes one worker per core it may use (one, not every core on
    the machine) and the processes stop fighting over the same cores: a
    spawned worker loads the whole English pipeline, which cost more than it
    saved when every test process spawned one."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    if not worker.startswith("gw") or count < 2 or not hasattr(os, "sched_setaffinity"):
        return
    cores = sorted(os.sched_getaffinity(0))
    share = cores[int(worker[2:]) % count :: count]
    if share and len(cores) >= count:
        os.sched_setaffinity(0, share)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses the suite's Oxigraph or Virtuoso server is a ``server`` test,
    whether or not its module says so (``make check`` leaves those out)."""
    for item in items:
        if {"oxigraph_server", "virtuoso_server"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.server)


@contextlib.contextmanager
def oxigraph_in(folder: Path) -> Iterator[str]:
    """A real Oxigraph server (``pip install oxigraph``) on 127.0.0.1 keeping
    its data in ``folder``, with its default graph the union of the named
    graphs, as kg's queries expect. Yields its base URL; stopped on exit."""
    port = free_port()
    log = open(folder / "server.log", "w+")
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(folder / "data"), "--bind",
                                f"127.0.0.1:{port}", "--union-default-graph"], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/query")
        yield url
    finally:
        stop(process, log)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory):
    """The session's shared Oxigraph server (:func:`oxigraph_in`)."""
    with oxigraph_in(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Virtuoso 7 (Debian's ``virtuoso-opensource``) on free ports of
    127.0.0.1 with a throw-away database (see ``tests/virtuoso.py``); yields
    the running :class:`virtuoso.VirtuosoServer`, stopped at the end of the
    session. Skips, saying how to install it, where there is no Virtuoso;
    ``.ci/run`` installs it."""
    from virtuoso import INSTALL_HINT, VirtuosoServer, virtuoso_binary

    if virtuoso_binary() is None:
        pytest.skip(f"no Virtuoso on this machine; install it with: {INSTALL_HINT}")
    with VirtuosoServer(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server
