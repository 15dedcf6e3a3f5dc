"""Where names stand in a text as whole words, found without a pattern.

Passes look for the names an article gives (a body's aliases, a party's
short forms, a city) all over its text. Writing ``re.finditer(r"(?<![\\w-])"
+ re.escape(name) + r"(?![\\w-])", text)`` compiles one expression per name,
and the names are new in every article, so Python's cache of expressions
cannot help: the compiling cost more than the search. A plain string search
with the two boundary checks gives the same matches, in the same order.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["word_spans", "written_at"]

_POSSESSIVES = ("'s", "’s")


def _joins(ch: str) -> bool:
    """Whether ``ch`` would continue a word: a letter, digit, "_" (what
    ``\\w`` matches) or a hyphen."""
    return ch.isalnum() or ch in "_-"


def word_spans(text: str, word: str, start: int = 0, end: int | None = None,
               possessive: bool = False) -> Iterator[tuple[int, int]]:
    """The spans of ``word`` in ``text[start:end]`` where no letter, digit,
    "_" or hyphen touches it on either side, left to right and not
    overlapping, as ``(?<![\\w-])word(?![\\w-])`` finds them (the character
    before ``start`` counts, the text ends at ``end``). With ``possessive``, a
    "'s" after the word belongs to the span ("Kenya's"), as ``(?:'s)?`` would."""
    if not word:
        return
    stop = len(text) if end is None else min(end, len(text))
    at = text.find(word, start, stop)
    while at >= 0:
        after = at + len(word)
        if at == 0 or not _joins(text[at - 1]):
            if possessive and text.startswith(_POSSESSIVES, after) and after + 2 <= stop \
                    and (after + 2 == stop or not _joins(text[after + 2])):
                yield at, after + 2
                at = text.find(word, after + 2, stop)
                continue
            if after == stop or not _joins(text[after]):
                yield at, after
                at = text.find(word, after, stop)
                continue
        at = text.find(word, at + 1, stop)


def written_at(text: str, names: list[str], word_char: re.Pattern[str],
               goes_on: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Where ``names`` (longest first) are written as whole words: neither
    touching a ``word_char`` nor followed by what ``goes_on`` matches; from
    left to right, without overlaps, the longest name where several start
    at one place. (It finds what one alternation of the names would, name
    by name with str.find: compiling that alternation anew for every
    article cost a tenth of reading it.)"""
    found: list[tuple[int, int, int]] = []
    for name in names:
        size = len(name)
        at = text.find(name) if size else -1
        while at >= 0:
            end = at + size
            if not (at > 0 and word_char.match(text, at - 1)) and not word_char.match(text, end) \
                    and not (goes_on is not None and goes_on.match(text, end)):
                found.append((at, -size, end))
            at = text.find(name, at + 1)
    found.sort()
    spans: list[tuple[int, int]] = []
    for start, _, end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans
