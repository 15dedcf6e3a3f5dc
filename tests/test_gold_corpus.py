"""The extractor against the gold corpus, scored by the corpus scorer's rules.

Runs read_article + extract on every article of data/articles that has a
gold file in tests/fixtures/gold, turns the facts into the rows the named
queries give, and matches them with tests/gold_matching.py. Run with -s to
see the per-fact-type table and every miss.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gold_matching import article_pairs, assert_consistent, report, score_article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"

# best corpus micro-F1 reached (0.996), less a small margin for harmless changes
MICRO_F1_FLOOR = 0.98
TYPE_F1_FLOOR = 0.90
FOUNDING = "sic-xiangxi-2019"

PAIRS = article_pairs(ARTICLES, GOLD)


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, tuple[int, list, list]]]:
    return {path.stem: score_article(path, gold) for path, gold in PAIRS}


def test_corpus_is_there() -> None:
    assert len(PAIRS) >= 19, "the bundled corpus and its gold files are expected in data/ and tests/fixtures/gold"


def test_founding_article_is_perfect(results) -> None:
    misses = {kind: (fp, fn) for kind, (_, fp, fn) in results[FOUNDING].items() if fp or fn}
    assert not misses, f"{FOUNDING} must be entirely right: {misses}"


def test_corpus_scores(results) -> None:
    f, per_type = report(results)
    low = [(kind, round(score, 3)) for kind, score in per_type.items() if score < TYPE_F1_FLOOR]
    assert f >= MICRO_F1_FLOOR, f"corpus micro-F1 fell to {f:.3f} (floor {MICRO_F1_FLOOR})"
    assert not low, f"fact types below {TYPE_F1_FLOOR}: {low}"


@pytest.mark.parametrize("path,gold_path", PAIRS, ids=[p.stem for p, _ in PAIRS])
def test_facts_are_consistent(path: Path, gold_path: Path) -> None:
    """Every name a fact refers to is the preferred name of an entity, and
    every evidence span lies inside the text and its sentence."""
    assert_consistent(path)
