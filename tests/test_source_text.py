"""The package's source and data files hold no control characters.

A pattern written as "\\b" inside a plain (not raw) Python string becomes a
backspace character: the regular expression then never matches and nothing
says so. This test finds such characters in every source and data file.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_no_control_characters_in_the_sources() -> None:
    found = []
    for path in sorted(p for folder in ("kg", "ontology", "queries", "bench", "tests") for p in (ROOT / folder).rglob("*")):
        if path.suffix not in (".py", ".yaml", ".yml", ".json", ".rq", ".ttl", ".html", ".js", ".css"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _CONTROL_RE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]!r}")
    assert not found, "control characters (a '\\b' written in a plain string?):\n" + "\n".join(found)
