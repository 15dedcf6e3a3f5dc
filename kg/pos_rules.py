"""The pipeline's attribute ruler, compiled into lookups for what kg reads.

en_core_web_sm's ``attribute_ruler`` turns the tagger's fine tags into
coarse parts of speech (``NN`` -> ``NOUN``, "that"/``WDT`` -> ``PRON``...)
and marks whitespace tokens. It runs a spaCy Matcher over every token for
179 patterns, most of them setting lemmas and morphology, which kg never
reads; that matcher was a tenth of all extraction time (bench/extract.py).

This component applies the same patterns, read from the loaded pipeline (the
model stays the only source of its rules), but only those that set ``POS``,
``TAG`` or ``DEP``, and finds a token's candidates by its tag instead of
trying every pattern. As in spaCy, every match is found on the parse as it
stands, then applied in pattern order, so a later pattern wins.
``compile_rules`` refuses a pattern it cannot read exactly (an operator,
another attribute): kg then keeps spaCy's own component.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from collections.abc import Callable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "compile_rules", "FastAttributes"]

COMPONENT = "kg_attributes"
_READ = ("POS", "TAG", "DEP")  # what the passes read; lemmas and morphology are not
# the token attributes the patterns test, read once per token into a row (a tuple in this order):
# building spaCy's Token objects again for every pattern tried was most of this component's time
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_Row = tuple[str, str, str, bool]


def _rows(doc: Doc) -> list[_Row]:
    """Each token's tested attributes, in the order of ``_FIELDS``."""
    return [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]


def _test(key: str, value: Any) -> Callable[[_Row], bool]:
    """One token attribute's condition as a function of its row, or ValueError."""
    if key not in _FIELDS:
        raise ValueError(f"attribute {key} is not compiled")
    at = _FIELDS.index(key)
    if not isinstance(value, dict):
        return lambda row: row[at] == value
    if len(value) != 1:
        raise ValueError(f"condition {value} is not compiled")
    (op, arg), = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda row: row[at] in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda row: row[at] not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda row: bool(pattern.search(row[at]))
    raise ValueError(f"operator {op} is not compiled")


@dataclass(frozen=True)
class _Rule:
    order: int  # the pattern's place in the ruler: later ones win
    tests: tuple[tuple[Callable[[_Row], bool], ...], ...]  # per token of the pattern
    index: int  # which token of the match takes the attributes
    attrs: tuple[tuple[str, str], ...]

    def matches_at(self, rows: list[_Row], i: int) -> bool:
        if i + len(self.tests) > len(rows):
            return False
        for k, tests in enumerate(self.tests):
            row = rows[i + k]
            for test in tests:
                if not test(row):
                    return False
        return True


def compile_rules(patterns: list[dict[str, Any]]) -> tuple[dict[str, list[_Rule]], list[_Rule]]:
    """The ruler's patterns that set what kg reads, keyed by the fine tag
    their first token must have (those with no such tag in a list of their
    own). Raises ValueError for a pattern that cannot be compiled exactly."""
    by_tag: dict[str, list[_Rule]] = defaultdict(list)
    untagged: list[_Rule] = []
    for order, entry in enumerate(patterns):
        attrs = tuple((k, v) for k, v in entry["attrs"].items() if k in _READ)
        if not attrs:
            continue
        for pattern in entry["patterns"]:
            if any(not isinstance(spec, dict) or "OP" in spec for spec in pattern):
                raise ValueError(f"pattern {pattern} is not compiled")
            tests = tuple(tuple(_test(k, v) for k, v in spec.items()) for spec in pattern)
            rule = _Rule(order, tests, int(entry.get("index", 0)), attrs)
            first_tag = pattern[0].get("TAG") if pattern else None
            if isinstance(first_tag, str):
                by_tag[first_tag].append(rule)
            else:
                untagged.append(rule)
    return dict(by_tag), untagged


class FastAttributes:
    """The compiled ruler as a pipeline component."""

    # a token row's single-token matches are remembered (a word with its tag and dependency recurs
    # across articles), up to this many rows; then all are forgotten at once and remembered afresh
    _MEMO_ROWS = 100_000

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        by_tag, untagged = compile_rules(patterns)
        # the rules of one token depend on that token's row alone: their matches are remembered per row
        self.single_by_tag = {tag: [r for r in rules if len(r.tests) == 1] for tag, rules in by_tag.items()}
        self.single_untagged = [r for r in untagged if len(r.tests) == 1]
        self.longer = [r for rules in by_tag.values() for r in rules if len(r.tests) > 1] \
            + [r for r in untagged if len(r.tests) > 1]
        self._memo: dict[_Row, tuple[_Rule, ...]] = {}

    def _single_matches(self, row: _Row) -> tuple[_Rule, ...]:
        """The one-token rules that match a token of this row."""
        hits = self._memo.get(row)
        if hits is None:
            rows = [row]
            hits = tuple(rule for rule in (*self.single_by_tag.get(row[0], ()), *self.single_untagged)
                         if rule.matches_at(rows, 0))
            if len(self._memo) >= self._MEMO_ROWS:
                self._memo.clear()
            self._memo[row] = hits
        return hits

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
        rows = _rows(doc)
        for i, row in enumerate(rows):
            for rule in self._single_matches(row):
                found.append((rule.order, i + rule.index, rule.attrs))
            for rule in self.longer:
                if rule.matches_at(rows, i):
                    found.append((rule.order, i + rule.index, rule.attrs))
        found.sort(key=lambda f: (f[0], f[1]))
        for _order, target, attrs in found:
            token = doc[target]
            for key, value in attrs:
                if key == "POS":
                    token.pos_ = value
                elif key == "TAG":
                    token.tag_ = value
                else:
                    token.dep_ = value
        return doc
