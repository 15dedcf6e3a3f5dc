"""The corpus scorer's matching rules, written again for the test suite.

Facts are compared as row tuples: a system name matches a gold name when,
after normalisation (case, punctuation and "the" ignored, "-" as a space,
"&" as "and"), it equals one of the gold's " | " alternatives or is similar
enough (difflib ratio at or above the fact type's threshold). A gold field
left null after the first accepts any system value. Matching is greedy and
one to one; agreements, dates and places count once per agreement, the
other fact types once per article.
"""
from __future__ import annotations

from collections.abc import Callable

import re
import unicodedata
from difflib import SequenceMatcher

__all__ = ["FACT_TYPES", "THRESHOLDS", "normalise", "name_matches", "score_rows", "gold_rows", "system_rows", "prf"]

FACT_TYPES = ("agreements", "dates", "places", "parties", "signatories", "witnesses", "posts", "areas")
PER_AGREEMENT = ("agreements", "dates", "places")
THRESHOLDS = {
    "agreements": (0.75,), "dates": (1.0,), "places": (0.9,), "parties": (0.9,),
    "signatories": (0.9, 0.9), "witnesses": (0.9,), "posts": (0.9, 0.85, 0.9), "areas": (0.8,),
}
_PUNCT = re.compile(r"[\"'’‘“”`´.,;:()\[\]]")


def normalise(name: object) -> str:
    if name is None:
        return ""
    text = unicodedata.normalize("NFKC", str(name)).casefold()
    text = _PUNCT.sub("", text).replace("-", " ").replace("&", " and ")
    return " ".join(w for w in text.split() if w != "the")


def name_matches(system: object, gold: object, threshold: float) -> bool:
    mine = normalise(system)
    options = [normalise(part) for part in str(gold).split("|")] if gold is not None else []
    options = [o for o in options if o]
    if not mine or not options:
        return not mine and not options
    return any(mine == o or SequenceMatcher(None, mine, o).ratio() >= threshold for o in options)


def _row_matches(mine: tuple, gold: tuple, thresholds: tuple) -> bool:
    return all((i > 0 and g is None) or name_matches(s, g, t)
               for i, (s, g, t) in enumerate(zip(mine, gold, thresholds)))


def _unique(rows: list[tuple]) -> list[tuple]:
    seen, out = set(), []
    for row in rows:
        key = tuple(normalise(x) for x in row)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def score_rows(system: list[tuple], gold: list[tuple], thresholds: tuple,
               row_matches: Callable[[tuple, tuple, tuple], bool] | None = None) -> tuple[int, list[tuple], list[tuple]]:
    """Greedy one-to-one matching: (true positives, spurious, missed); ``row_matches`` replaces the
    scorer's test of one row against another (bench/readers.py matches two readings' names both ways)."""
    matches = row_matches or _row_matches
    remaining = list(gold)
    hits, spurious = 0, []
    for row in system:
        match = next((g for g in remaining if matches(row, g, thresholds)), None)
        if match is None:
            spurious.append(row)
        else:
            remaining.remove(match)
            hits += 1
    return hits, spurious, remaining


def gold_rows(doc: dict) -> dict[str, list[tuple]]:
    rows: dict[str, list[tuple]] = {k: [] for k in FACT_TYPES}
    for item in doc.get("agreements") or []:
        rows["agreements"].append((item.get("kind"),))
        if item.get("date"):
            rows["dates"].append((str(item["date"]),))
        if item.get("place"):
            rows["places"].append((item["place"],))
        rows["parties"] += [(p,) for p in item.get("parties") or []]
        rows["signatories"] += [(s.get("person"), s.get("on_behalf_of")) for s in item.get("signatories") or []]
        rows["witnesses"] += [(w,) for w in item.get("witnesses") or []]
        rows["areas"] += [(a,) for a in item.get("areas") or []]
    rows["posts"] = [(p.get("person"), p.get("post"), p.get("organization")) for p in doc.get("posts") or []]
    return {k: (v if k in PER_AGREEMENT else _unique(v)) for k, v in rows.items()}


def system_rows(facts) -> dict[str, list[tuple]]:
    """The rows the RDF layer's named queries give for these facts."""
    rows: dict[str, list[tuple]] = {k: [] for k in FACT_TYPES}
    for agreement in facts.agreements:
        rows["agreements"].append((agreement.kind,))
        if agreement.date:
            rows["dates"].append((agreement.date.isoformat(),))
        if agreement.place:
            rows["places"].append((agreement.place,))
        rows["parties"] += [(p,) for p in agreement.parties]
        rows["signatories"] += [(s.person, s.on_behalf_of) for s in agreement.signatures]
        rows["witnesses"] += [(w,) for w in agreement.witnesses]
        rows["areas"] += [(a,) for a in agreement.areas]
    rows["posts"] = [(p.person, p.title, p.organization) for p in facts.posts]
    return {k: (v if k in PER_AGREEMENT else _unique(v)) for k, v in rows.items()}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_article(path, gold_path) -> dict[str, tuple[int, list, list]]:
    """Extract one article and score its rows against its gold file."""
    import yaml

    from kg.article import read_article
    from kg.extract import extract

    mine = system_rows(extract(read_article(path)))
    gold = gold_rows(yaml.safe_load(gold_path.read_text(encoding="utf-8")))
    return {kind: score_rows(mine[kind], gold[kind], THRESHOLDS[kind]) for kind in FACT_TYPES}


def report(results: dict[str, dict[str, tuple[int, list, list]]]) -> tuple[float, dict[str, float]]:
    """Print every miss and the per-fact-type table (seen with pytest -s);
    return the micro-F1 and each fact type's F1."""
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
    per_type = {}
    all_tp = all_fp = all_fn = 0
    for kind in FACT_TYPES:
        tp, fp, fn = totals[kind]
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        p, r, f = prf(tp, fp, fn)
        per_type[kind] = f
        print(f"{kind:<12} {tp:>5} {fp:>5} {fn:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    p, r, f = prf(all_tp, all_fp, all_fn)
    print(f"{'ALL':<12} {all_tp:>5} {all_fp:>5} {all_fn:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    return f, per_type


def assert_consistent(path, *, evidence_for_links: bool = False) -> None:
    """Every name a fact refers to is the preferred name of an entity, and
    every evidence span lies inside the text and its sentence; with
    ``evidence_for_links``, every party and signature has evidence too."""
    from kg.article import read_article
    from kg.extract import extract

    article = read_article(path)
    facts = extract(article)
    orgs = {o.name for o in facts.organizations}
    people = {p.name for p in facts.people}
    for agreement in facts.agreements:
        assert set(agreement.parties) <= orgs
        for signature in agreement.signatures:
            assert signature.person in people
            assert signature.on_behalf_of is None or signature.on_behalf_of in orgs
            assert signature.evidence or not evidence_for_links
        assert all(agreement.party_evidence.get(p) for p in agreement.parties) or not evidence_for_links
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


def article_pairs(articles, gold) -> list:
    """(article, gold file) for every article in ``articles`` with a gold
    file of the same stem in ``gold``."""
    from kg.article import ARTICLE_SUFFIXES

    return [
        (path, gold / f"{path.stem}.yaml")
        for path in sorted(articles.iterdir())
        if path.suffix.lower() in ARTICLE_SUFFIXES and (gold / f"{path.stem}.yaml").exists()
    ]
