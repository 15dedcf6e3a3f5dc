"""Where a name stands in a text as a whole word, found without a pattern.

Passes look for the names an article gives (a body's aliases, a party's
short forms, a city) all over its text. Writing ``re.finditer(r"(?<![\\w-])"
+ re.escape(name) + r"(?![\\w-])", text)`` compiles one expression per name,
and the names are new in every article, so Python's cache of expressions
cannot help: the compiling cost more than the search. A plain string search
with the two boundary checks gives the same matches, in the same order.
"""
from __future__ import annotations

from collections.abc import Iterator

__all__ = ["word_spans"]

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
