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
    from spacy.tokens import Doc, Token

__all__ = ["COMPONENT", "compile_rules", "FastAttributes"]

COMPONENT = "kg_attributes"
_READ = ("POS", "TAG", "DEP")  # what the passes read; lemmas and morphology are not
_GETTERS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


def _test(key: str, value: Any) -> Callable[[Token], bool]:
    """One token attribute's condition as a function, or ValueError."""
    get = _GETTERS.get(key)
    if get is None:
        raise ValueError(f"attribute {key} is not compiled")
    if not isinstance(value, dict):
        return lambda t: get(t) == value
    if len(value) != 1:
        raise ValueError(f"condition {value} is not compiled")
    (op, arg), = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda t: get(t) in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda t: get(t) not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda t: bool(pattern.search(get(t)))
    raise ValueError(f"operator {op} is not compiled")


@dataclass(frozen=True)
class _Rule:
    order: int  # the pattern's place in the ruler: later ones win
    tests: tuple[tuple[Callable[[Token], bool], ...], ...]  # per token of the pattern
    index: int  # which token of the match takes the attributes
    attrs: tuple[tuple[str, str], ...]

    def matches_at(self, doc: Doc, i: int) -> bool:
        if i + len(self.tests) > len(doc):
            return False
        return all(test(doc[i + k]) for k, tests in enumerate(self.tests) for test in tests)


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

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        self.by_tag, self.untagged = compile_rules(patterns)

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
        for i, token in enumerate(doc):
            for rule in self.by_tag.get(token.tag_, ()):
                if rule.matches_at(doc, i):
                    found.append((rule.order, i + rule.index, rule.attrs))
            for rule in self.untagged:
                if rule.matches_at(doc, i):
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
