"""The extractor against the gold corpus, scored by the corpus scorer's rules.

Runs read_article + extract on every article of data/articles that has a
gold file in tests/fixtures/gold, turns the facts into the rows the named
queries give, and matches them with tests/gold_matching.py. Run with -s to
see the per-fact-type table and every miss.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gold_matching import FACT_TYPES, THRESHOLDS, gold_rows, prf, score_rows, system_rows
from kg.article import ARTICLE_SUFFIXES, read_article
from kg.extract import extract

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"

# best corpus micro-F1 reached (0.996), less a small margin for harmless changes
MICRO_F1_FLOOR = 0.98
TYPE_F1_FLOOR = 0.90
FOUNDING = "sic-xiangxi-2019"

PAIRS = [
    (path, GOLD / f"{path.stem}.yaml")
    for path in sorted(ARTICLES.iterdir())
    if path.suffix.lower() in ARTICLE_SUFFIXES and (GOLD / f"{path.stem}.yaml").exists()
]


def _score(path: Path, gold_path: Path) -> dict[str, tuple[int, list, list]]:
    facts = extract(read_article(path))
    mine = system_rows(facts)
    gold = gold_rows(yaml.safe_load(gold_path.read_text(encoding="utf-8")))
    return {kind: score_rows(mine[kind], gold[kind], THRESHOLDS[kind]) for kind in FACT_TYPES}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, tuple[int, list, list]]]:
    return {path.stem: _score(path, gold) for path, gold in PAIRS}


def test_corpus_is_there() -> None:
    assert len(PAIRS) >= 19, "the bundled corpus and its gold files are expected in data/ and tests/fixtures/gold"


def test_founding_article_is_perfect(results) -> None:
    misses = {kind: (fp, fn) for kind, (_, fp, fn) in results[FOUNDING].items() if fp or fn}
    assert not misses, f"{FOUNDING} must be entirely right: {misses}"


def test_corpus_scores(results) -> None:
    totals = {kind: [0, 0, 0] for kind in FACT_TYPES}
    for stem, by_kind in sorted(results.items()):
        lines = []
        for kind, (tp, fps, fns) in by_kind.items():
            totals[kind][0] += tp
            totals[kind][1] += len(fps)
            totals[kind][2] += len(fns)
            lines += [f"    FN {kind}: {row}" for row in fns] + [f"    FP {kind}: {row}" for row in fps]
        if lines:
            print(f"{stem}:\n" + "\n".join(lines))
    print(f"\n{'fact type':<12} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    all_tp = all_fp = all_fn = 0
    low = []
    for kind in FACT_TYPES:
        tp, fp, fn = totals[kind]
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        p, r, f = prf(tp, fp, fn)
        print(f"{kind:<12} {tp:>5} {fp:>5} {fn:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
        if f < TYPE_F1_FLOOR:
            low.append((kind, round(f, 3)))
    p, r, f = prf(all_tp, all_fp, all_fn)
    print(f"{'ALL':<12} {all_tp:>5} {all_fp:>5} {all_fn:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    assert f >= MICRO_F1_FLOOR, f"corpus micro-F1 fell to {f:.3f} (floor {MICRO_F1_FLOOR})"
    assert not low, f"fact types below {TYPE_F1_FLOOR}: {low}"


@pytest.mark.parametrize("path,gold_path", PAIRS, ids=[p.stem for p, _ in PAIRS])
def test_facts_are_consistent(path: Path, gold_path: Path) -> None:
    """Every name a fact refers to is the preferred name of an entity, and
    every evidence span lies inside the text and its sentence."""
    article = read_article(path)
    facts = extract(article)
    orgs = {o.name for o in facts.organizations}
    people = {p.name for p in facts.people}
    for agreement in facts.agreements:
        assert set(agreement.parties) <= orgs
        for signature in agreement.signatures:
            assert signature.person in people
            assert signature.on_behalf_of is None or signature.on_behalf_of in orgs
        assert set(agreement.witnesses) <= people
    for post in facts.posts:
        assert post.person in people and (post.organization is None or post.organization in orgs)
    evidence = [e for o in facts.organizations for e in o.evidence] + [e for p in facts.people for e in p.evidence]
    for agreement in facts.agreements:
        evidence += agreement.evidence + agreement.date_evidence + agreement.place_evidence
        for spans in (*agreement.party_evidence.values(), *agreement.witness_evidence.values(),
                      *agreement.area_evidence.values()):
            evidence += spans
    for e in evidence:
        assert 0 <= e.sentence_start <= e.start < e.end <= e.sentence_end <= len(article.text)
