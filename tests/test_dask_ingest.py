"""``kg ingest --scheduler``: reading on a real Dask cluster gives the store a local ingest gives.

A ``LocalCluster`` of two worker processes on 127.0.0.1 reads the bundled
articles (plus an empty file, which must fail by its name as it does
locally) under a curation file; every quad of the resulting store, the
inferred graph included, must equal that of a plain local ingest of the
same files. A worker killed with SIGKILL mid-batch loses no article, a
second ingest changes nothing, the command line reaches the same cluster,
an unreachable scheduler is one line, and a local ingest never imports Dask.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import distributed  # the test extra installs it: a missing Dask fails here, it is not skipped
import pytest

from conftest import free_port
from kg.errors import ClusterError, UsageError
from kg.graph import KnowledgeGraph
from kg.ingest import ingest_paths
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
CURATION = """
rename:
  organizations:
    "State Information Center": "State Information Centre of China"
retract:
  - {article: hunan-gba-fair-2021, witness: Deng Qun}
"""
EMPTY = "the file is empty"


def digest(store: Path) -> str:
    """Every quad of the store (article graphs, their union, the inferred graph) as one hash."""
    import pyoxigraph as ox

    db = ox.Store.read_only(str(store / "oxigraph"))
    lines = sorted(str(quad) for quad in db.quads_for_pattern(None, None, None, None))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """The articles with an empty file among them, a curation file, and the
    store a local one-process ingest of them makes: the reference."""
    work = tmp_path_factory.mktemp("dask")
    folder = work / "articles"
    shutil.copytree(ARTICLES, folder)
    (folder / "empty.txt").write_text("\n", encoding="utf-8")
    curation = work / "curation.yaml"
    curation.write_text(CURATION, encoding="utf-8")
    with KnowledgeGraph(work / "reference") as graph:
        report = graph.ingest([folder], curation=curation, workers=1)
    assert len(report.added) == 19 and [p.name for p, _ in report.failed] == ["empty.txt"]
    return {"work": work, "articles": folder, "curation": curation, "reference": work / "reference"}


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each, and a client the tests use to watch them."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as local, distributed.Client(local) as client:
        yield local, client


@pytest.mark.slow
@pytest.mark.server
def test_a_cluster_ingest_stores_what_a_local_ingest_stores(corpus, cluster, tmp_path: Path) -> None:
    local, _ = cluster
    read: list[tuple[int, int]] = []
    with KnowledgeGraph(tmp_path / "store") as graph:
        report = graph.ingest([corpus["articles"]], curation=corpus["curation"], scheduler=local.scheduler_address,
                              on_read=lambda number, total, path: read.append((number, total)))
    assert len(report.added) == 19
    [(failed, message)] = report.failed
    assert failed == corpus["articles"] / "empty.txt" and message.startswith(f"{failed}: ") and EMPTY in message
    assert read == [(n, 20) for n in range(1, 21)], "the progress counts every finished article once"
    assert digest(tmp_path / "store") == digest(corpus["reference"])


@pytest.mark.slow
@pytest.mark.server
def test_a_worker_killed_mid_batch_loses_no_article(corpus, cluster, tmp_path: Path) -> None:
    local, client = cluster
    killed: list[int] = []

    def kill_a_busy_worker(number: int, total: int, path: Path) -> None:
        if number != 2:
            return
        busy = max(client.processing().items(), key=lambda item: len(item[1]))
        assert busy[1], "the batch still has articles on the workers"
        pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    with KnowledgeGraph(tmp_path / "store") as graph:
        report = graph.ingest([corpus["articles"]], curation=corpus["curation"], scheduler=local.scheduler_address,
                              on_read=kill_a_busy_worker)
    assert killed and killed[0] not in client.run(os.getpid).values(), "the killed worker was replaced"
    assert len(report.added) == 19 and len(report.failed) == 1
    assert digest(tmp_path / "store") == digest(corpus["reference"])
    client.wait_for_workers(2, timeout=60)


@pytest.mark.slow
@pytest.mark.server
def test_the_command_line_ingests_on_the_cluster_and_again_changes_nothing(corpus, cluster) -> None:
    local, _ = cluster
    store = corpus["work"] / "cli-store"
    command = [sys.executable, "-m", "kg", "ingest", "--scheduler", local.scheduler_address, "--store", str(store),
               "--curation", "curation.yaml", "articles"]  # relative paths: the workers run elsewhere
    first = subprocess.run(command, capture_output=True, text=True, cwd=corpus["work"], timeout=300)
    assert first.returncode == 1, first.stderr  # the empty file
    assert f"kg ingest: articles/empty.txt: {EMPTY}" in first.stderr, "named as given, not as the workers saw it"
    assert "19 added, 0 replaced, 0 unchanged" in first.stderr
    assert digest(store) == digest(corpus["reference"])
    again = subprocess.run(command, capture_output=True, text=True, cwd=corpus["work"], timeout=300)
    assert "0 added, 0 replaced, 19 unchanged" in again.stderr, again.stderr
    assert digest(store) == digest(corpus["reference"])


@pytest.mark.slow
@pytest.mark.server
def test_a_scheduler_lost_mid_batch_is_one_error_and_nothing_written(tmp_path: Path) -> None:
    """A scheduler and a worker started with Dask's own commands; the scheduler is killed after one article."""
    address = f"tcp://127.0.0.1:{free_port()}"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    log = open(tmp_path / "dask.log", "w")
    scheduler = subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                  "--no-dashboard"], stdout=log, stderr=log)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                               "--no-dashboard", "--no-nanny"], stdout=log, stderr=log, cwd=tmp_path)
    try:
        with KnowledgeGraph(tmp_path / "store") as graph, pytest.raises(ClusterError) as lost:
            graph.ingest([ARTICLES], scheduler=address, on_read=lambda number, total, path: scheduler.kill())
        assert str(lost.value).startswith(f"{address}: ") and "nothing was written" in str(lost.value)
        with Store(tmp_path / "store") as store:
            assert store.article_graphs() == []
    finally:
        for process in (worker, scheduler):
            process.kill()
            process.wait(30)
        log.close()


@pytest.mark.slow  # a kg process of its own
def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    result = subprocess.run([sys.executable, "-m", "kg", "ingest", "--scheduler", address, "--store",
                             str(tmp_path / "store"), str(ARTICLES / "sic-xiangxi-2019.txt")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kg ingest: {address}: cannot reach a Dask scheduler") and "dask worker" in line


def test_workers_and_a_scheduler_together_are_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store, pytest.raises(UsageError, match="--workers does not apply"):
        ingest_paths(store, [ARTICLES / "sic-xiangxi-2019.txt"], workers=2, scheduler="tcp://127.0.0.1:1")


@pytest.mark.slow  # a kg process of its own
def test_a_local_ingest_imports_nothing_of_dask(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from kg.cli import main\n"
        f"code = main(['ingest', '--no-reason', '--store', {str(tmp_path / 'store')!r}, "
        f"{str(ARTICLES / 'sic-xiangxi-2019.txt')!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.split(None, 1) == ["0", "[]\n"], result.stdout + result.stderr
