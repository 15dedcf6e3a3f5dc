"""The development set's second reading (data/devset/second) and the tool
that measures how far two readers agree (bench/readers.py).

The second reading is gold written again, by a reader who never saw the
first, for a sample of tune and of check articles: it must be well formed,
of articles the set holds, and the tool must count agreement as the scorer
counts a match. These tests read committed files only, so they run everywhere.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import devset  # noqa: E402
import readers  # noqa: E402

SECOND = sorted((ROOT / "data" / "devset" / "second").glob("*.yaml"))


def test_second_reading_is_a_sample_of_both_parts() -> None:
    parts = [devset.part_of(path.stem) for path in SECOND]
    for part in ("tune", "check"):
        assert parts.count(part) >= 50, f"the {part} part's figures need a sample of fifty articles or more"
    for path in SECOND:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert doc["id"] == path.stem, path
        assert (devset.GOLD / path.name).exists(), f"{path.name}: no such article in the set"
        assert set(doc) <= {"id", "published", "agreements", "posts"}, (path.name, set(doc))
        for agreement in doc["agreements"] or []:
            assert agreement.get("kind"), path.name
            for signer in agreement.get("signatories") or []:
                assert set(signer) == {"person", "on_behalf_of"}, (path.name, signer)
        for post in doc["posts"] or []:
            assert set(post) == {"person", "post", "organization"}, (path.name, post)


def _run(second: Path, *options: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "readers.py"), "--second", str(second), "-v", *options],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _row(output: str, kind: str) -> list[str]:
    return next(line.split() for line in output.splitlines() if line.startswith(kind + " ") or line == kind)


def test_a_reading_agrees_with_itself_and_counts_each_difference(tmp_path: Path) -> None:
    gold_path = devset.GOLD / "af-adf-five-countries-replenishment-2023.yaml"
    doc = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    (tmp_path / gold_path.name).write_text(yaml.safe_dump(doc), encoding="utf-8")
    same = _run(tmp_path)
    assert _row(same, "ALL")[1] == "1.000"

    # the second reader leaves out one field and writes a signer's side under another of its names
    areas = doc["agreements"][0]["areas"]
    left_out = areas.pop()
    signer = doc["agreements"][0]["signatories"][0]
    signer["on_behalf_of"] = signer["on_behalf_of"].split(" | ")[-1] + " | Republic of Nowhere"
    (tmp_path / gold_path.name).write_text(yaml.safe_dump(doc), encoding="utf-8")
    differs = _run(tmp_path)
    assert f"areas only gold:   ('{left_out}',)" in differs
    assert "signatories only" not in differs, "any of the names a reader gives may match"
    assert _row(differs, "areas")[1] == f"{2 * (len(areas)) / (2 * len(areas) + 1):.3f}"
    assert _row(differs, "signatories")[1] == "1.000"


def test_the_readers_alone_and_one_part(tmp_path: Path) -> None:
    tune = next(p for p in devset.gold_files("tune"))
    check = next(p for p in devset.gold_files("check"))
    for path in (tune, check):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    output = _run(tmp_path, "--part", "check", "--readers-only")
    assert output.startswith("1 articles of the check part read twice")
    assert "kg vs" not in output
    assert "kg vs gold" in _run(tmp_path) or not devset.text_path(tune.stem).exists()


def test_an_article_missing_from_the_set_is_named(tmp_path: Path) -> None:
    (tmp_path / "no-such-article.yaml").write_text("id: no-such-article\nagreements: []\nposts: []\n",
                                                   encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "readers.py"), "--second", str(tmp_path)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode != 0
    assert "no-such-article.yaml" in done.stderr and "no gold file" in done.stderr


@pytest.mark.parametrize("mine, theirs, expected", [
    (("Ministry of Finance | MoF",), ("MoF",), True),
    (("Ministry of Finance",), ("Finance Ministry | MoF",), False),
    (("A. Person", None), ("A. Person", "Some Body"), False),
    (("A. Person", "Some Body"), ("A. Person", None), True),
])
def test_rows_match_under_any_name_either_reader_gives(mine: tuple, theirs: tuple, expected: bool) -> None:
    assert readers._readers_match(mine, theirs, (0.9, 0.9)) is expected
