"""kill -9 in the middle of an ingest, then one plain command: nothing lost.

Each case copies a store that already holds two articles, starts a real
``kg ingest`` of four in a subprocess (one of the two rewritten, so the
inferred graph loses triples as well as gains them), and sends it SIGKILL at a moment
seen from outside (a progress line, or the reasoner's temp file appearing
in the store folder). Then the same ingest is run once more, plainly, and
the store must equal that of an ingest nobody interrupted: every quad of
every graph (the article graphs, their union and the inferred graph), no
temp file and no marker left.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kg_inprocess import kg

pytestmark = pytest.mark.slow  # each kills an ingest part way and runs the next one

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
FIRST = [ARTICLES / "sic-xiangxi-2019.txt", ARTICLES / "ghana-adf-loan-2018.txt"]
ALL: list[Path] = []  # filled by the fixture: the first article, the second rewritten, two new ones


def ingest(store: Path, paths: list[Path]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "ingest", "--workers", "1", "--store", str(store),
                             *map(str, paths)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            cwd=ROOT)


def digest(store: Path) -> str:
    """Every quad of the store, the default graph included, as one hash."""
    import pyoxigraph as ox

    db = ox.Store.read_only(str(store / "oxigraph"))
    lines = sorted(str(quad) for quad in db.quads_for_pattern(None, None, None, None))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def killed_at(store: Path, moment: Callable[[list[str]], bool]) -> list[str]:
    """Run the ingest of all four articles and SIGKILL it at ``moment``
    (checked against the stderr lines so far, every millisecond)."""
    process = ingest(store, ALL)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)  # type: ignore[arg-type]
    reader.start()
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if moment(lines):
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.001)
    process.wait(timeout=60)
    reader.join(timeout=10)
    assert process.returncode == -signal.SIGKILL, f"the ingest ended before the moment came: {lines}"
    return lines


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("faults")
    second = tmp / "changed" / FIRST[1].name
    second.parent.mkdir()
    second.write_bytes((ARTICLES / "guizhou-zhiyuan-cloud.txt").read_bytes())
    ALL[:] = [FIRST[0], second, ARTICLES / "graz-lund-partnership-2022.html",
              ARTICLES / "fenghuang-xiangjiang-bank-2022.txt"]
    base = tmp / "base"  # the stores nobody interrupts: kg's main in this process (tests/kg_inprocess.py)
    kg("ingest", "-q", "--workers", "1", "--store", str(base), *map(str, FIRST))
    reference = tmp / "reference"
    shutil.copytree(base, reference)
    kg("ingest", "-q", "--workers", "1", "--store", str(reference), *map(str, ALL))
    return {"base": base, "reference": reference}


def _line(text: str) -> Callable[[list[str]], bool]:
    return lambda lines: any(text in line for line in lines)


def _reasoner_file(store: Path) -> Callable[[list[str]], bool]:
    return lambda lines: any(store.glob(".inferred-*"))


MOMENTS = {
    "after the first article graph": lambda store: _line("[2/4] replaced"),
    "after the last article graph": lambda store: _line("[4/4] added"),
    "while validating": lambda store: _line("validating"),
    "while the reasoner writes": _reasoner_file,
}


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_a_killed_ingest_is_finished_by_the_next_one(stores, tmp_path: Path, moment: str) -> None:
    store = tmp_path / "store"
    shutil.copytree(stores["base"], store)
    killed_at(store, MOMENTS[moment](store))
    err = kg("ingest", "--workers", "1", "--store", str(store), *map(str, ALL)).stderr  # the next plain command
    assert "reasoning" in err, "the plain ingest finishes the inference the killed one owed"
    assert digest(store) == digest(stores["reference"])
    leftovers = [p.name for p in store.iterdir() if p.name not in ("kg.json", "oxigraph", "sources.json", "listings")]
    assert leftovers == [], "no marker, no temp file"


def test_a_query_says_when_the_inferred_graph_lags(stores, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(stores["base"], store)
    killed_at(store, _reasoner_file(store))
    query = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "partners"],
                           capture_output=True, text=True, cwd=ROOT)
    assert query.returncode == 0
    assert "the inferred graph lags the articles" in query.stderr and "kg infer --store" in query.stderr
