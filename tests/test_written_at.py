"""`written_at` finds names as one regular-expression alternation of them would
(whole words, leftmost, longest), without compiling one for every article."""
from __future__ import annotations

import random
import re

from kg.extract.occurrences import written_at

_NAMES = ["Anna Berg", "Berg", "Li Ming", "Ming", "Li", "Jon Berg-Lund", "Lund", "Ana", "Anna"]
_FILLER = [" ", ", ", "-", "'s ", " and ", "(", ") ", "x", "Anna-", " Sven "]


def _by_alternation(text: str, names: list[str], word: str, goes_on: str = "") -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<!{word})(?:" + "|".join(re.escape(n) for n in names) + rf")(?!{word})" + goes_on)
    return [m.span() for m in pattern.finditer(text)]


def test_the_longest_name_at_a_place_and_whole_words_only() -> None:
    names = sorted(_NAMES, key=len, reverse=True)
    text = "Anna Berg met Li Ming; Bergman and Jon Berg-Lund met Ming-Li and Anna."
    found = [text[a:b] for a, b in written_at(text, names, re.compile(r"[\w-]"))]
    assert found == ["Anna Berg", "Li Ming", "Jon Berg-Lund", "Anna"]


def test_it_agrees_with_one_alternation_on_random_texts() -> None:
    rng = random.Random(18)
    names = sorted(_NAMES, key=len, reverse=True)
    for _ in range(500):
        text = "".join(rng.choice(_NAMES + _FILLER) for _ in range(rng.randint(1, 12)))
        assert written_at(text, names, re.compile(r"[\w-]")) == _by_alternation(text, names, r"[\w-]")
        assert written_at(text, names, re.compile(r"[\w'’-]"), re.compile(r"\s+[A-Z][a-z]")) == \
            _by_alternation(text, names, r"[\w'’-]", r"(?!\s+[A-Z][a-z])")
