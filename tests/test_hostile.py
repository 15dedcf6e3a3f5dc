"""Hostile input to the store, ingest, curation and export, as one table of cases.

Each case prepares its input in a fresh folder beside a copy of a small
store, runs one real ``kg`` command (its ``main``, in this process:
tests/kg_inprocess.py), and checks three things: the exit
status, the message (one line per problem on stderr, no traceback), and
that the store's content digest is unchanged where nothing should change.
A case is a row of ``CASES``; its ``prepare`` step (when it needs one)
builds the hostile files and returns the command's arguments.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg_inprocess import kg

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "data" / "articles" / "sic-xiangxi-2019.txt"

# 9 levels of 9 aliases: a few hundred bytes that expand to 9**9 names
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))


def digest(store: Path) -> str:
    """The store's content: every quad, the settings and the curation it remembers."""
    import pyoxigraph as ox

    db = ox.Store.read_only(str(store / "oxigraph"))
    lines = sorted(str(quad) for quad in db.quads_for_pattern(None, None, None, None))
    lines.append((store / "kg.json").read_text(encoding="utf-8"))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


@dataclass
class Case:
    name: str
    prepare: Callable[[Path, Path], list[str]]  # (work folder, store) -> kg arguments
    exit: int
    message: str                 # a regular expression every case's stderr must match
    lines: int = 1               # lines on stderr
    unchanged: bool = True       # the store's digest after equals the digest before


def curation(text: str, *extra: str) -> Callable[[Path, Path], list[str]]:
    def prepare(work: Path, store: Path) -> list[str]:
        (work / "c.yaml").write_text(text, encoding="utf-8")
        return ["ingest", "--store", str(store), "--curation", str(work / "c.yaml"), *extra, str(ARTICLE)]
    return prepare


def args(*words: str) -> Callable[[Path, Path], list[str]]:
    """Arguments with {work} and {store} filled in."""
    return lambda work, store: [w.format(work=work, store=store) for w in words]


def symlink_loop(work: Path, store: Path) -> list[str]:
    (work / "articles" / "inner").mkdir(parents=True)
    shutil.copy(ARTICLE, work / "articles" / "inner" / ARTICLE.name)
    os.symlink(work / "articles", work / "articles" / "inner" / "back")
    return ["ingest", "--store", str(store), "-q", str(work / "articles")]


def settings_list(work: Path, store: Path) -> list[str]:
    (store / "kg.json").write_text("[1, 2]\n", encoding="utf-8")
    return ["ingest", "--store", str(store), str(ARTICLE)]


def nothing_remembered(work: Path, store: Path) -> list[str]:
    """A bad curation file is refused, then a plain ingest runs without it."""
    (work / "c.yaml").write_text("retract:\n  - {article: x, agrement: 3}\n", encoding="utf-8")
    first = kg("ingest", "--store", str(store), "--curation", str(work / "c.yaml"), str(ARTICLE), check=False)
    assert first.returncode == 1 and "agrement" in first.stderr
    return ["ingest", "--store", str(store), "-q", str(ARTICLE)]


def remembered_gone(work: Path, store: Path) -> list[str]:
    """The curation file the store remembers was deleted since."""
    (work / "c.yaml").write_text("retract:\n  - {article: x, witness: Nobody}\n", encoding="utf-8")
    first = kg("ingest", "--store", str(store), "-q", "--curation", str(work / "c.yaml"), str(ARTICLE), check=False)
    assert first.returncode == 0, first.stderr
    (work / "c.yaml").unlink()
    return ["ingest", "--store", str(store), str(ARTICLE)]


CASES = [
    Case("curation alias bomb", curation(ALIAS_BOMB), 1, r"line 2: YAML aliases .* not allowed"),
    Case("curation too big", curation("curator: x\n" + "#" * 1_100_000 + "\n"), 1, r"more than a curation file"),
    Case("curation not YAML", curation("rename: [\n"), 1, r"not valid YAML"),
    Case("curation a list", curation("- a\n- b\n"), 1, r"expected a mapping of curator, rename"),
    Case("curation an impossible date", curation("add:\n  - {article: x, date: 2020-02-30}\n"), 1,
         r"a value YAML cannot read \(day is out of range for month\)"),
    Case("curation a Python object", curation("!!python/object/apply:os.system [echo hi]\n"), 1,
         r"not valid YAML \(could not determine a constructor"),
    Case("curation unknown key in a retraction", curation("retract:\n  - {article: x, agrement: 3}\n"), 1,
         r"line 2: retract entry 1: unknown key 'agrement'", lines=2),
    Case("curation wrong types", curation(
        "rename:\n  organizations: [a]\nmerge:\n  people: [[one]]\nretract:\n  - {article: x, agreement: zero}\n"
        "add:\n  - {article: x, date: someday}\n  - {article: [x], party: 3.5}\n"), 1,
        r"rename.organizations: expected a mapping", lines=6),
    Case("bad curation is not remembered", nothing_remembered, 0, r"^$", lines=0),
    Case("remembered curation file gone", remembered_gone, 1,
         r"c.yaml: no such curation file.*\n.*remembers; fix it, give --curation FILE .* or --no-curation", lines=2),
    Case("export into the store's settings", args("export", "--store", "{store}", "--output", "{store}/kg.json"),
         2, r"inside the store"),
    Case("export into the database folder",
         args("export", "--store", "{store}", "--output", "{store}/oxigraph/x.ttl"), 2, r"inside the store"),
    Case("export suffix contradicts format",
         args("export", "--store", "{store}", "--output", "{work}/x.nt", "--format", "turtle"), 2,
         r"names ntriples by its suffix, --format says turtle"),
    Case("ingest a missing folder", args("ingest", "--store", "{store}", "{work}/no-such-folder"), 1,
         r"no-such-folder: no such file or folder", lines=2),
    Case("symbolic link loop", symlink_loop, 0 + 1, r"back: a symbolic link back into a folder .*loop"),
    Case("settings holding a list", settings_list, 1, r"kg.json: store settings must be a JSON object"),
    Case("validate a missing store", args("validate", "--store", "{work}/nowhere"), 2, r"no kg store here"),
    Case("query a missing store", args("query", "--store", "{work}/nowhere", "parties"), 2, r"no kg store here"),
]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("hostile") / "store"
    run = subprocess.run([sys.executable, "-m", "kg", "ingest", "--store", str(store), "-q", str(ARTICLE)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return store


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, small_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    work = tmp_path / "work"
    work.mkdir()
    argv = case.prepare(work, store)
    before = digest(store) if (store / "kg.json").read_text().startswith("{") else None
    result = kg(*argv, check=False)
    assert result.returncode == case.exit, result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(case.message, result.stderr, re.M), result.stderr
    assert len(result.stderr.splitlines()) == case.lines, result.stderr
    if case.unchanged and before is not None:
        assert digest(store) == before, "the store must not change"
    assert not list(store.glob(".*tmp")) and not list(store.glob(".inferred-*")), "no temp file left"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder, so none can be made unreadable")
def test_an_unreadable_subfolder_is_reported(small_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    os.chmod(folder / "locked", 0)
    try:
        result = subprocess.run([sys.executable, "-m", "kg", "ingest", "--store", str(tmp_path / "store"), "-q",
                                 str(folder)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    finally:
        os.chmod(folder / "locked", 0o700)
    assert result.returncode == 1
    assert re.search(r"locked: cannot read this folder \(Permission denied\)", result.stderr), result.stderr
    assert len(result.stderr.splitlines()) == 1
