"""How far two careful readers agree, and where the extractor stands between them.

    python bench/readers.py [--part tune|check|all] [--readers-only] [-v]

The development set's gold was written once, by one reader per article. For
a sample of tune and check articles a second reader, who never saw the first gold nor
ran kg, wrote the facts again from the same text (``data/devset/second/``,
same format). This scores, with the scorer's own matching
(``tests/gold_matching.py``) and per fact type:

- the second reading against the gold: how much two careful readers agree,
  the ceiling a reader of any kind can be expected to reach on this gold;
  once with every name the second reader gives for a thing (" | "), and once
  with its first name only, as the extractor gives one name per field;
- the extractor against the gold, on the same articles (the usual score);
- the extractor against the second reading.

A fact type where the readers themselves agree little is one whose gold
conventions leave room (the extent of a field of cooperation, the body of an
implied post), not one where the extractor alone is weak. ``-v`` lists every
row the two readers disagree on (leave it out for the check part, whose
misses no one reads); ``--readers-only`` leaves the extractor out, so that
the readers' agreement on the check part can be measured without scoring
the extractor there in the middle of a piece of work.

Needs the text cache for the extractor's columns (data/devset/README.md).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import GOLD, part_of, text_path  # noqa: E402
from gold_matching import FACT_TYPES, THRESHOLDS, gold_rows, name_matches, prf, score_rows, system_rows  # noqa: E402

SECOND = ROOT / "data" / "devset" / "second"
Counts = dict[str, list[int]]


def _readers_match(mine: tuple, theirs: tuple, thresholds: tuple) -> bool:
    """A row of one reading matches a row of another when each field of it,
    under any of the names it gives (" | "), matches the other's; an unknown
    body or side in the other reading matches anything, as in the scorer."""
    for i, (value, other, threshold) in enumerate(zip(mine, theirs, thresholds)):
        if i > 0 and other is None:
            continue
        names = [part for part in str(value).split("|")] if value is not None else [None]
        if not any(name_matches(name, other, threshold) for name in names):
            return False
    return True


def match_readings(mine: list[tuple], theirs: list[tuple], thresholds: tuple) -> tuple[int, list, list]:
    """Greedy one-to-one matching, as the scorer does: (matched, only in mine, only in theirs)."""
    return score_rows(mine, theirs, thresholds, _readers_match)


def first_names(rows: list[tuple]) -> list[tuple]:
    """A reading's rows with one name per field, the first it gives, as the extractor writes them."""
    return [tuple(None if value is None else str(value).split("|")[0].strip() for value in row) for row in rows]


def _add(totals: Counts, kind: str, result: tuple[int, list, list]) -> None:
    counts = totals.setdefault(kind, [0, 0, 0])
    counts[0] += result[0]
    counts[1] += len(result[1])
    counts[2] += len(result[2])


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def readings(second: Path, part: str) -> list[Path]:
    """The second reading's files of one part of the set ("all" for both)."""
    return [path for path in sorted(second.glob("*.yaml")) if part in ("all", part_of(path.stem))]


def compare(files: list[Path], verbose: bool, with_kg: bool = True) -> dict[str, Counts]:
    """The comparisons over the articles of ``files``, the extractor's only ``with_kg``."""
    from kg.article import read_article
    from kg.extract import extract

    columns: dict[str, Counts] = {"second vs gold": {}, "second, 1 name": {}, "kg vs gold": {}, "kg vs second": {}}
    for number, path in enumerate(files, start=1):
        print(f"\r{number}/{len(files)} {path.stem:<60}", end="", file=sys.stderr)
        gold_path = GOLD / path.name
        if not gold_path.exists():
            raise SystemExit(f"{path}: no gold file {gold_path.name} in {GOLD}")
        gold = gold_rows(_load(gold_path))
        other = gold_rows(_load(path))
        text = text_path(path.stem)
        mine = system_rows(extract(read_article(str(text)))) if with_kg and text.exists() else None
        for kind in FACT_TYPES:
            readers = match_readings(other[kind], gold[kind], THRESHOLDS[kind])
            _add(columns["second vs gold"], kind, readers)
            _add(columns["second, 1 name"], kind, match_readings(first_names(other[kind]), gold[kind], THRESHOLDS[kind]))
            if verbose and (readers[1] or readers[2]):
                for row in readers[1]:
                    print(f"{path.stem} {kind} only second: {row}")
                for row in readers[2]:
                    print(f"{path.stem} {kind} only gold:   {row}")
            if mine is not None:
                _add(columns["kg vs gold"], kind, match_readings(mine[kind], gold[kind], THRESHOLDS[kind]))
                _add(columns["kg vs second"], kind, match_readings(mine[kind], other[kind], THRESHOLDS[kind]))
    print(file=sys.stderr)
    return columns


def table(columns: dict[str, Counts], articles: int, part: str) -> str:
    names = [name for name, counts in columns.items() if counts]
    where = "" if part == "all" else f" of the {part} part"
    lines = [f"{articles} articles{where} read twice; F1 per fact type (tp/fp/fn below)",
             f"{'fact type':<12}" + "".join(f"{name:>16}" for name in names)]
    for kind in (*FACT_TYPES, "ALL"):
        cells = []
        for name in names:
            counts = columns[name]
            tp, fp, fn = ([sum(c[i] for c in counts.values()) for i in range(3)] if kind == "ALL"
                          else counts.get(kind, [0, 0, 0]))
            cells.append(f"{prf(tp, fp, fn)[2]:>16.3f}")
        lines.append(f"{kind:<12}" + "".join(cells))
    totals = []
    for name in names:
        tp, fp, fn = (sum(c[i] for c in columns[name].values()) for i in range(3))
        totals.append(f"{f'{tp}/{fp}/{fn}':>16}")
    lines.append(f"{'':<12}" + "".join(totals))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="the second reading's folder")
    parser.add_argument("--part", choices=("tune", "check", "all"), default="all",
                        help="the articles of one part of the set (default: all)")
    parser.add_argument("--readers-only", action="store_true", help="compare the two readings only, not kg")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every row the readers disagree on")
    args = parser.parse_args(argv)
    files = readings(args.second, args.part) if args.second.is_dir() else []
    if not files:
        print(f"{args.second}: no second reading (*.yaml) of the {args.part} part to compare", file=sys.stderr)
        return 2
    columns = compare(files, args.verbose, with_kg=not args.readers_only)
    print(table(columns, len(files), args.part))
    return 0


if __name__ == "__main__":
    sys.exit(main())
