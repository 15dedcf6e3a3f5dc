"""Train kg's learned reading choices on the development set's tune part.

    python bench/train.py MODEL [--batch 1-8] [--folds 5] [--dry-run]

Reads every tune article of the given batches with the rule passes
(``kg.extract.pipeline.rule_reading``), labels each candidate from the gold
by the scorer's own matching (a candidate place is right when it matches
the gold place of the article's agreements), and fits a logistic model
(``kg.extract.linear.fit``). Each model is one entry of ``TRAINERS``: a
function that turns the articles into groups of labelled candidates and
counts what the rules alone score, and how a group is decided ("top": the
best candidate if likely enough; "each": every candidate likely enough). The regularisation and the threshold
are chosen by cross-validation over articles (folds by a hash of the
article's id), so the figures printed are for articles the model did not
see; the check part is never read. The model is written to
``kg/knowledge/en/models/<name>.json`` unless ``--dry-run``.

Needs the text cache (data/devset/README.md).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import batches, gold_files, text_path  # noqa: E402

from kg.article import read_article  # noqa: E402
from kg.extract.linear import Features, LinearModel, fit  # noqa: E402
from kg.extract.pipeline import Reading, rule_reading  # noqa: E402
from kg.extract.party_linker import party_candidates  # noqa: E402
from kg.extract.party_linker import link_parties  # noqa: E402
from kg.extract.place_ranker import place_candidates  # noqa: E402
from kg.extract.posts import posts_by_person  # noqa: E402
from kg.extract.side_chooser import RULES_CHOICE, side_candidates  # noqa: E402
from kg.extract.signer_linker import signer_candidates  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from gold_matching import THRESHOLDS, gold_rows, name_matches, score_rows  # noqa: E402

MODELS = ROOT / "kg" / "knowledge" / "en" / "models"
L2_CHOICES = (0.3, 1.0, 3.0, 10.0)
THRESHOLD_GRID = tuple(round(0.30 + 0.05 * i, 2) for i in range(12))


@dataclass
class Group:
    """The candidates of one choice (for places: one agreement the rules left
    without a place), each with its features and whether it is right."""

    article: str
    candidates: list[tuple[Features, int]]


@dataclass
class Examples:
    groups: list[Group]
    # what the rules alone score on these articles, as the scorer counts the fact type
    tp: int
    fp: int
    fn: int


def place_examples(files: list[Path], progress: Callable[[int, int, str], None]) -> Examples:
    groups: list[Group] = []
    tp = fp = fn = 0
    for number, gold_path in enumerate(files, start=1):
        article_id = gold_path.stem
        progress(number, len(files), article_id)
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        reading = rule_reading(read_article(str(text_path(article_id))))
        gold_places = gold_rows(gold)["places"]
        found, fps, fns = score_rows([(d.place,) for d in reading.drafts if d.place], gold_places,
                                     THRESHOLDS["places"])
        tp, fp, fn = tp + found, fp + len(fps), fn + len(fns)
        wanted = [g[0] for g in gold_places]
        for draft in reading.drafts:
            if draft.place is not None:
                continue
            cands = place_candidates(reading.doc, reading.index, draft)
            labelled = [(c.features, int(any(name_matches(c.name, w, THRESHOLDS["places"][0]) for w in wanted)))
                        for c in cands]
            if labelled:
                groups.append(Group(article_id, labelled))
    return Examples(groups, tp, fp, fn)


def _added_examples(files: list[Path], progress: Callable[[int, int, str], None], threshold: float,
                    read: Callable[[str], Reading],
                    rows: Callable[[Reading, dict], tuple[list[tuple], list[tuple]]],
                    candidates: Callable[[Reading], list[tuple[Features, list[str]]]]) -> Examples:
    """One group per article for a linker that adds rows: every candidate (its features and the names it
    goes by) is right when a name matches a gold row the reading's own rows left unmatched (each gold row
    taken once); the counts are the reading's own rows against the gold."""
    groups: list[Group] = []
    tp = fp = fn = 0
    for number, gold_path in enumerate(files, start=1):
        article_id = gold_path.stem
        progress(number, len(files), article_id)
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        reading = read(article_id)
        mine, wanted_rows = rows(reading, gold)
        found, fps, fns = score_rows(mine, wanted_rows, (threshold,))
        tp, fp, fn = tp + found, fp + len(fps), fn + len(fns)
        wanted = [g[0] for g in fns]
        labelled = []
        for features, names in candidates(reading):
            hit = next((w for w in wanted if any(name_matches(n, w, threshold) for n in names)), None)
            if hit is not None:
                wanted.remove(hit)
            labelled.append((features, int(hit is not None)))
        if labelled:
            groups.append(Group(article_id, labelled))
    return Examples(groups, tp, fp, fn)


def _rules(article_id: str) -> Reading:
    return rule_reading(read_article(str(text_path(article_id))))


def _rules_and_parties(article_id: str) -> Reading:
    reading = _rules(article_id)
    link_parties(reading.doc, reading.index, reading.drafts)
    return reading


def party_examples(files: list[Path], progress: Callable[[int, int, str], None]) -> Examples:
    """One group per article: every body it names that no agreement has as
    a party, right when it matches a gold party the rules' parties left
    unmatched (parties are scored per article, as a set)."""
    return _added_examples(
        files, progress, THRESHOLDS["parties"][0], _rules,
        lambda r, gold: (sorted({(p.name,) for d in r.drafts for p in d.parties}), gold_rows(gold)["parties"]),
        lambda r: [(c.features, c.entry.names() if c.entry is not None else [c.name])
                   for c in party_candidates(r.doc, r.index, r.drafts)])


def side_examples(files: list[Path], progress: Callable[[int, int, str], None]) -> Examples:
    """One group per signer whose gold row names a side: every party of the
    agreement, body of the signer's posts and body named in the signer's
    sentence (the rules' choice marked), right when it matches the gold side."""
    groups: list[Group] = []
    tp = fp = fn = 0
    person_t, side_t = THRESHOLDS["signatories"]
    for number, gold_path in enumerate(files, start=1):
        article_id = gold_path.stem
        progress(number, len(files), article_id)
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        reading = rule_reading(read_article(str(text_path(article_id))))
        link_parties(reading.doc, reading.index, reading.drafts)
        wanted = gold_rows(gold)["signatories"]
        mine = sorted({(n, e.name if e else None) for d in reading.drafts for n, e, _ in d.signatures},
                      key=lambda r: (r[0], r[1] or ""))
        found, fps, fns = score_rows(mine, wanted, THRESHOLDS["signatories"])
        tp, fp, fn = tp + found, fp + len(fps), fn + len(fns)
        posts_of = posts_by_person(reading.found)
        for draft in reading.drafts:
            for i, (name, _, _) in enumerate(draft.signatures):
                gold_side = next((g[1] for g in wanted if name_matches(name, g[0], person_t)), None)
                if gold_side is None:
                    continue
                labelled = [(c.features, int(any(name_matches(n, gold_side, side_t) for n in c.entry.names())))
                            for c in side_candidates(reading.doc, reading.index, draft, i, posts_of)]
                if labelled:
                    groups.append(Group(article_id, labelled))
    return Examples(groups, tp, fp, fn)


def signer_examples(files: list[Path], progress: Callable[[int, int, str], None]) -> Examples:
    """One group per article: every person it names who signs or witnesses
    nothing after the rules (and the party linker), right when the person is
    a gold signer the rules' signers left unmatched. (The figures count
    people; a signer's row also needs the side right.)"""
    return _added_examples(
        files, progress, THRESHOLDS["signatories"][0], _rules_and_parties,
        lambda r, gold: (sorted({(n,) for d in r.drafts for n, _, _ in d.signatures}),
                         sorted({(g[0],) for g in gold_rows(gold)["signatories"]})),
        lambda r: [(c.features, [c.name]) for c in signer_candidates(r.doc, r.index, r.drafts, r.found)])


def fold_of(article_id: str, folds: int) -> int:
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % folds


@dataclass(frozen=True)
class Trainer:
    examples: Callable[[list[Path], Callable[[int, int, str], None]], Examples]
    decide: str  # "top", "each" or "switch"
    about: str
    # True when what the model takes replaces a row the rules gave (a wrong row made right), so a
    # right choice takes one wrong row away and a wrong one adds none
    replaces: bool = False
    # the least probability a taken candidate may have: a signer is added only when more likely than not
    # (the cross-validated figures count people, and a signer's row needs its side right as well)
    min_threshold: float = 0.0


TRAINERS = {
    "places": Trainer(place_examples, "top", "place of signing for agreements the rules leave without one"),
    "parties": Trainer(party_examples, "each", "bodies the article names that no rule made a party"),
    "signers": Trainer(signer_examples, "each", "people the article names whom no rule made a signer or witness",
                       min_threshold=0.5),
    # a side taken for a signer left without one turns a wrong row right (or leaves it wrong)
    "sides": Trainer(side_examples, "switch", "the side of each signer, the rules' choice one of the cues",
                     replaces=True),
}


def out_of_fold(ex: Examples, folds: int, l2: float, decide: str) -> list[tuple[float, int]]:
    """The candidates a decision may take, each with its probability under a
    model that did not see its article and whether it is right: for "top",
    each group's best candidate; for "each", every candidate; for "switch",
    each group's best candidate and what taking it instead of the rules'
    choice changes (1 right row more, -1 one less, 0 none)."""
    taken: list[tuple[float, int]] = []
    for k in range(folds):
        train = [c for g in ex.groups if fold_of(g.article, folds) != k for c in g.candidates]
        model = fit(train, l2=l2)
        for g in ex.groups:
            if fold_of(g.article, folds) == k:
                scored = [(model.probability(f), label) for f, label in g.candidates]
                if decide == "switch":  # what taking the best changes: +1 made right, -1 made wrong
                    top = max(range(len(scored)), key=lambda i: scored[i][0])
                    rules = next((i for i, (f, _) in enumerate(g.candidates) if RULES_CHOICE in f), None)
                    change = 0 if top == rules else scored[top][1] - (scored[rules][1] if rules is not None else 0)
                    taken.append((scored[top][0], change))
                else:
                    taken += [max(scored, key=lambda s: s[0])] if decide == "top" else scored
    return taken


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def added(tops: list[tuple[float, int]], threshold: float) -> tuple[int, int]:
    taken = [label for p, label in tops if p >= threshold]
    return sum(taken), len(taken) - sum(taken)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", choices=sorted(TRAINERS))
    ap.add_argument("--batch", type=batches, default=None, help="tune batches to train on (default: all)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    args = ap.parse_args(argv)
    files = [f for f in gold_files("tune", args.batch) if text_path(f.stem).exists()]
    if not files:
        print("train: no cached texts for the tune part; see data/devset/README.md to fill the cache",
              file=sys.stderr)
        return 1

    def progress(number: int, total: int, name: str) -> None:
        print(f"\r[{number}/{total}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)

    trainer = TRAINERS[args.model]
    ex = trainer.examples(files, progress)
    print(file=sys.stderr)
    n_candidates = sum(len(g.candidates) for g in ex.groups)
    print(f"{len(files)} tune articles; the rules alone: tp {ex.tp} fp {ex.fp} fn {ex.fn}, "
          f"F1 {f1(ex.tp, ex.fp, ex.fn):.3f}")
    print(f"{len(ex.groups)} choices, {n_candidates} candidates, "
          f"{sum(any(label for _, label in g.candidates) for g in ex.groups)} choices with a right one among them")
    best: tuple[float, float, float, int, int] | None = None  # (F1, l2, threshold, +tp, +fp)
    for l2 in L2_CHOICES:
        tops = out_of_fold(ex, args.folds, l2, trainer.decide)
        # a row the rules gave is only changed when the model finds the change more likely than not
        for t in (t for t in THRESHOLD_GRID if (t >= 0.5 or not trainer.replaces) and t >= trainer.min_threshold):
            more_tp, more_fp = added(tops, t)
            if trainer.decide == "switch":
                more_tp = sum(change for p, change in tops if p >= t)
            if trainer.replaces:
                more_fp = -more_tp
            score = f1(ex.tp + more_tp, ex.fp + more_fp, ex.fn - more_tp)
            if best is None or score > best[0] + 1e-9:
                best = (score, l2, t, more_tp, more_fp)
        print(f"  l2 {l2:>4}: best threshold so far {best[2]:.2f}")
    assert best is not None
    score, l2, threshold, more_tp, more_fp = best
    print(f"cross-validated ({args.folds} folds over articles): l2 {l2}, threshold {threshold:.2f}: "
          f"+{more_tp} right, +{more_fp} wrong; F1 {f1(ex.tp, ex.fp, ex.fn):.3f} -> {score:.3f}")
    trained = fit([c for g in ex.groups for c in g.candidates], l2=l2,
                  about=f"{trainer.about}; trained by bench/train.py on {len(ex.groups)} choices of "
                        f"{len(files)} tune articles; l2 {l2} and threshold chosen by {args.folds}-fold "
                        f"cross-validation (F1 {f1(ex.tp, ex.fp, ex.fn):.3f} -> {score:.3f} out of fold)")
    trained = LinearModel(trained.weights, trained.bias, threshold, trained.about)
    if args.dry_run:
        return 0
    MODELS.mkdir(parents=True, exist_ok=True)
    trained.save(MODELS / f"{args.model}.json")
    print(f"wrote {(MODELS / (args.model + '.json')).relative_to(ROOT)} ({len(trained.weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
