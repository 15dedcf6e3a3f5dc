"""How many of the genre's ways of saying one thing kg reads.

data/variants/en.yaml holds short invented texts, each with the one fact a
careful reader takes from it (a date, a place, the signers and their sides,
a post, the witnesses, the parties, how many agreements, the fields). The
development set measures kg on the articles its rules were tuned against;
these variants measure whether a rule written for one phrasing also reads
its neighbours ("The ceremony was held on 5 May" after "signed ... on 5 May",
"represented the university" after "signed for the university").

Prints, per kind of fact, the cases read and the total; with -v each case
missed, with what kg read instead.

Usage: python bench/variants.py [-v] [FILE]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.article import Article  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.facts import ArticleFacts  # noqa: E402

DEFAULT = ROOT / "data" / "variants" / "en.yaml"
PUBLISHED = date(2024, 5, 17)


def facts_of(text: str) -> ArticleFacts:
    return extract(Article(path=Path("variant.txt"), text=text, title=None, published=PUBLISHED,
                           source_department=None, sha256=""))


def read(fact: str, facts: ArticleFacts) -> Any:
    """What kg read of the kind ``fact``, in the form the cases write it."""
    agreements = facts.agreements
    if fact == "date":
        return [str(a.date) if a.date else None for a in agreements]
    if fact == "place":
        return [a.place for a in agreements]
    if fact == "signatures":
        return sorted([s.person, s.on_behalf_of] for a in agreements for s in a.signatures)
    if fact == "post":
        return sorted([p.person, p.title, p.organization] for p in facts.posts)
    if fact == "witnesses":
        return sorted({w for a in agreements for w in a.witnesses})
    if fact == "parties":
        return sorted({p for a in agreements for p in a.parties})
    if fact == "areas":
        return sorted({x for a in agreements for x in a.areas})
    if fact == "agreements":
        return len(agreements)
    raise ValueError(f"unknown fact {fact!r}")


def is_read(fact: str, want: Any, got: Any) -> bool:
    """Whether kg read the case's fact: the one agreement's date or place, the
    post among those read, or exactly the signers, witnesses, parties, fields
    or count of agreements the case wants."""
    if fact in ("date", "place"):
        return bool(got == [None if want is None else str(want)])
    if fact == "post":
        return want in got
    if fact == "signatures":
        return bool(got == sorted(want))
    if fact in ("witnesses", "parties", "areas"):
        return bool(got == sorted(set(want)))
    return bool(got == want)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every case missed")
    args = parser.parse_args()
    try:
        cases = yaml.safe_load(args.file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        print(f"{args.file}: cannot read the variants ({' '.join(str(err).split())})", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for case in cases:
        fact = case["fact"]
        got = read(fact, facts_of(case["text"]))
        total[fact] += 1
        if is_read(fact, case["want"], got):
            hits[fact] += 1
        elif args.verbose:
            print(f"MISSED {fact}: want {case['want']!r}, read {got!r}\n    {case['text']}")
    print(f"{'fact':12} {'read':>5} {'cases':>6}")
    for fact in sorted(total):
        print(f"{fact:12} {hits[fact]:5d} {total[fact]:6d}")
    print(f"{'all':12} {sum(hits.values()):5d} {sum(total.values()):6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
