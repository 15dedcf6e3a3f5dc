"""Whole-word search without a pattern per name (kg.extract.occurrences):
the spans are exactly those of the regular expression it replaces, on
texts made of the characters that decide a word's edges."""
from __future__ import annotations

import random
import re

import pytest

from kg.extract.occurrences import word_spans

_ALPHABET = ["a", "b", "A", "-", "_", "'", "’", "s", " ", ".", "é", "1", "\n"]


def _expected(text: str, word: str, start: int, end: int, possessive: bool) -> list[tuple[int, int]]:
    tail = r"(?:['’]s)?" if possessive else ""
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + tail + r"(?![\w-])")
    return [m.span() for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("possessive", [False, True])
def test_same_spans_as_the_pattern_on_generated_texts(possessive: bool) -> None:
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        word = "".join(rng.choice(_ALPHABET[:4] + ["."]) for _ in range(rng.randint(1, 3)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert list(word_spans(text, word, start, end, possessive)) == _expected(text, word, start, end, possessive), \
            (text, word, start, end)


def test_names_in_an_invented_sentence() -> None:
    text = "Norland's envoy met Norland-Kestrel staff; Norland and Norlandia signed, and so did Norland."
    assert list(word_spans(text, "Norland")) == [(0, 7), (43, 50), (84, 91)]
    assert list(word_spans(text, "Norland", possessive=True))[0] == (0, 9)
    assert list(word_spans(text, "Norland", 10)) == [(43, 50), (84, 91)]
    assert list(word_spans(text, "")) == []


def test_a_province_is_what_the_text_calls_one() -> None:
    from kg.extract.time_place import is_a_province

    assert is_a_province("Officials of Nordhavn province signed the MoU in Kestrel.", "Nordhavn")
    assert is_a_province("It was signed in the state of Marlow by the two sides.", "Marlow")
    assert is_a_province("Nordhavn Autonomous Region signed it.", "Nordhavn")
    # a town of the province's name, or a name only inside a longer word
    assert not is_a_province("Nordhavn province and Nordhavn city signed it.", "Nordhavn")
    assert not is_a_province("The city of Nordhavn, in Nordhavn province, signed it.", "Nordhavn")
    assert not is_a_province("West-Nordhavn province signed it.", "Nordhavn")
    assert not is_a_province("Nordhavner province signed it.", "Nordhavn")
    assert not is_a_province("Nordhavn signed it with Kestrel province.", "Nordhavn")
