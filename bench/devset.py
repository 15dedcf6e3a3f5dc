"""The real development set: which articles it holds, their cached texts, and scores.

data/devset/gold/<id>.yaml holds, for each real article, its url, the search
query that finds it and its gold facts (../shared/corpus/FORMAT.md). The
articles' texts are other people's words and are never committed: they live
in the git-ignored cache data/devset/texts/<id>.txt (see data/devset/README.md
for how to fill it).

The set is split once, by a fixed rule, into a tuning part (rules are written
against it) and a check part (scored at the start of a piece of work and at
its end only): an article is in the check part when the first hex digit of
sha256(id) is b, c, d, e or f (5/16 of ids, about a third).

Usage:
    python bench/devset.py status               # counts per part and region; texts missing from the cache
    python bench/devset.py score [--part tune|check|all] [--batch N|N-M|N,M] [-v] [--json OUT]
    python bench/devset.py save ID [FILE]       # put an article's text into the cache (FILE or stdin)

Scoring runs the extractor in-process and matches rows with the corpus
scorer's rules (tests/gold_matching.py), so figures agree with
../shared/tools/score.py.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "data" / "devset"
GOLD = DEVSET / "gold"
TEXTS = DEVSET / "texts"
CHECK_DIGITS = set("bcdef")

sys.path.insert(0, str(ROOT / "tests"))
# libyaml's safe loader where PyYAML was built with it (ten times faster), the pure-Python one elsewhere
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def part_of(article_id: str) -> str:
    """The fixed split: 'check' for ids whose sha256 starts with b-f, else 'tune'."""
    return "check" if hashlib.sha256(article_id.encode("utf-8")).hexdigest()[0] in CHECK_DIGITS else "tune"


@functools.cache
def batch_of(path: Path) -> int:
    """The batch an article came in (its gold's `batch`, 1 when absent): each batch's check part is
    unseen until the end of the work that follows it, so its figures are reported apart. Read once
    per file and process: choosing batches reads every gold file, often several times a run."""
    return int(yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER).get("batch") or 1)


def batches(spec: str) -> frozenset[int]:
    """The batches a --batch value names: "3", "1-6" or "1,2,5" (ranges and
    lists may mix), so that a batch kept unseen can be left out of a score."""
    numbers: set[int] = set()
    for piece in spec.split(","):
        low, _, high = piece.strip().partition("-")
        if not low.isdigit() or (high and not high.isdigit()) or (high and int(high) < int(low)):
            raise argparse.ArgumentTypeError(f"{spec!r} is not a batch, a range or a list of them (e.g. 3, 1-6, 1,2,5)")
        numbers.update(range(int(low), int(high or low) + 1))
    return frozenset(numbers)


def gold_files(part: str = "all", batch: int | frozenset[int] | None = None) -> list[Path]:
    wanted = frozenset({batch}) if isinstance(batch, int) else batch
    files = sorted(GOLD.glob("*.yaml"))
    return [f for f in files
            if (part == "all" or part_of(f.stem) == part) and (wanted is None or batch_of(f) in wanted)]


def text_path(article_id: str) -> Path:
    return TEXTS / f"{article_id}.txt"


def status() -> int:
    from collections import Counter

    files = gold_files()
    parts = Counter(part_of(f.stem) for f in files)
    regions = Counter(yaml.safe_load(f.read_text(encoding="utf-8")).get("region") for f in files)
    missing = [f.stem for f in files if not text_path(f.stem).exists()]
    batches = Counter((batch_of(f), part_of(f.stem)) for f in files)
    print(f"{len(files)} articles: {parts['tune']} tune, {parts['check']} check")
    print("batches: " + ", ".join(f"{b}: {batches[(b, 'tune')]} tune, {batches[(b, 'check')]} check"
                                  for b in sorted({b for b, _ in batches})))
    print("regions: " + ", ".join(f"{r} {n}" for r, n in regions.most_common()))
    print(f"texts cached: {len(files) - len(missing)}; missing: {len(missing)}")
    for stem in missing:
        gold = yaml.safe_load((GOLD / f"{stem}.yaml").read_text(encoding="utf-8"))
        print(f"  {stem}: search pages for {gold.get('query')!r}, take {gold.get('url')}")
    return 0


def save(article_id: str, source: str | None) -> int:
    if not (GOLD / f"{article_id}.yaml").exists():
        print(f"devset: no gold file data/devset/gold/{article_id}.yaml; write the gold first", file=sys.stderr)
        return 2
    text = Path(source).read_text(encoding="utf-8") if source else sys.stdin.read()
    if not text.strip():
        print(f"devset: the text for {article_id} is empty; nothing saved", file=sys.stderr)
        return 1
    TEXTS.mkdir(parents=True, exist_ok=True)
    text_path(article_id).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    print(f"saved {text_path(article_id).relative_to(ROOT)}")
    return 0


def score(part: str, verbose: bool, json_out: str | None, batch: frozenset[int] | None = None) -> int:
    import contextlib
    import io

    from gold_matching import report, score_article

    files = gold_files(part, batch)
    pairs = [(text_path(f.stem), f) for f in files if text_path(f.stem).exists()]
    if not pairs:
        print(f"devset: no cached texts for the {part} part; see data/devset/README.md to fill the cache",
              file=sys.stderr)
        return 1
    if len(pairs) < len(files):
        print(f"devset: {len(files) - len(pairs)} of {len(files)} texts are not cached; scoring the rest",
              file=sys.stderr)
    results = {}
    for number, (path, gold) in enumerate(pairs, start=1):
        print(f"\r[{number}/{len(pairs)}] {path.stem[:60]:<60}", end="", file=sys.stderr, flush=True)
        results[path.stem] = score_article(path, gold)
    print(file=sys.stderr)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        f1, per_type = report(results)
    lines = buffer.getvalue().splitlines()
    table = lines[lines.index(next(line for line in lines if line.startswith("fact type"))):]
    print("\n".join(lines if verbose else table))
    which = f"{part} part" + (f" of batch{'es' if len(batch) > 1 else ''} {_spec(batch)}" if batch else "")
    print(f"{which}: {len(pairs)} articles, micro-F1 {f1:.3f}")
    if json_out:
        Path(json_out).write_text(json.dumps({"part": part, "articles": len(pairs), "micro_f1": f1,
                                              "per_type": per_type}, indent=2), encoding="utf-8")
    return 0


def _spec(numbers: frozenset[int]) -> str:
    """ "1-6" for batches 1 to 6, "1,3" for two apart."""
    ordered = sorted(numbers)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}-{ordered[-1]}"
    return ",".join(map(str, ordered))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="counts, and the texts missing from the cache")
    p_score = sub.add_parser("score", help="score the extractor on a part of the set")
    p_score.add_argument("--part", choices=("tune", "check", "all"), default="tune")
    p_score.add_argument("-v", "--verbose", action="store_true", help="list every missed and spurious fact")
    p_score.add_argument("--json", help="also write the figures to this file")
    p_score.add_argument("--batch", type=batches, metavar="N|N-M|N,M",
                         help="only the articles of these batches (1: the first 128; e.g. 7, 1-6, 1,3)")
    p_save = sub.add_parser("save", help="put an article's text into the cache")
    p_save.add_argument("id")
    p_save.add_argument("file", nargs="?")
    args = parser.parse_args(argv)
    if args.command == "status":
        return status()
    if args.command == "save":
        return save(args.id, args.file)
    return score(args.part, args.verbose, args.json, args.batch)


if __name__ == "__main__":
    sys.exit(main())
