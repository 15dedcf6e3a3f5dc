"""Logistic models over named features: the learned part of reading.

Hand-written rules fit the articles they were written against and little
else; where a choice weighs many weak cues (which of the places an article
names is where the signing was), a model trained on the development set's
gold weighs them better. A model here is a plain table of named weights,
kept as JSON beside the language's other knowledge
(``kg/knowledge/<lang>/models/<name>.json``): it is read without any
learning library, a reader can see which cue counts for how much, and
retraining (``python bench/train.py``) rewrites one file.

Fitting is L2-regularised logistic regression by Newton's method on a
dense matrix: the models are small (hundreds of features, thousands of
examples), so this converges in a few steps, deterministically.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KnowledgeError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

__all__ = ["Features", "LinearModel", "best", "fit", "model", "parse_features", "words_around"]

Features = Mapping[str, float]

_WORD_RE = re.compile(r"[\w'’-]+|[^\w\s]")


def words_around(text: str, start: int, end: int) -> dict[str, float]:
    """The words (and punctuation) right before and after a mention, as
    features: the last word before it ("prev=in"), the last two ("prev2=signed
    in"), the first after it ("next=,"). Lower-cased; a window of 60
    characters before and 40 after, so a long word does not reach far."""
    before = [w.casefold() for w in _WORD_RE.findall(text[max(0, start - 60) : start])][-2:]
    after = [w.casefold() for w in _WORD_RE.findall(text[end : end + 40])][:1]
    f: dict[str, float] = {}
    if before:
        f[f"prev={before[-1]}"] = 1.0
    if len(before) == 2:
        f[f"prev2={before[0]} {before[1]}"] = 1.0
    if after:
        f[f"next={after[0]}"] = 1.0
    return f


def parse_features(parsed: SpacyDoc, start: int, end: int, governing: re.Pattern[str]) -> dict[str, float]:
    """Where a mention stands in its sentence's dependency tree: its own
    relation, the word it hangs from when that is a preposition or a
    conjunction ("by", "with", "and"), the verb that governs it (how far up,
    which word) and whether that verb is one ``governing`` names (a signing
    verb)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return {}
    root = span.root
    f = {f"dep={root.dep_}": 1.0}
    if root.head.pos_ in ("ADP", "CCONJ", "SCONJ"):  # the word, not the topic
        f[f"head={root.head.lower_}"] = 1.0
    if root.dep_ == "conj":
        f[f"conj_of={root.head.dep_}"] = 1.0
    for depth, node in enumerate(root.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            f[f"verb_depth={min(depth, 3)}"] = 1.0
            f[f"verb={node.lower_}"] = 1.0
            if governing.fullmatch(node.text):
                f["governed_by_a_signing_verb"] = 1.0
            break
    return f


@dataclass(frozen=True)
class LinearModel:
    """Weights of named features, a bias, and the probability above which
    the model's best candidate is taken."""

    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5
    about: str = ""

    def probability(self, features: Features) -> float:
        """How likely the candidate these features describe is the right one."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        if z < -40:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        ordered = dict(sorted(self.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])))
        return {"about": self.about, "threshold": round(self.threshold, 4), "bias": round(self.bias, 6),
                "weights": {k: round(v, 6) for k, v in ordered.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any], where: str) -> LinearModel:
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            return cls(weights, float(data["bias"]), float(data.get("threshold", 0.5)), str(data.get("about", "")))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KnowledgeError(f"{where}: not a model (weights, bias, threshold): {exc}") from None

    def save(self, path: Path) -> None:
        """Write the model (a temporary file renamed over the old one, so a
        failed write leaves the old model whole)."""
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(path)


@cache
def model(lang: str, name: str) -> LinearModel:
    """A shipped model, read once per process."""
    where = f"kg/knowledge/{lang}/models/{name}.json"
    path = resources.files("kg.knowledge").joinpath(lang).joinpath("models").joinpath(f"{name}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError(f"{where}: missing; reinstall kg or retrain it (python bench/train.py)") from None
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"{where}: not valid JSON ({exc})") from None
    return LinearModel.from_json(data, where)


def fit(examples: Sequence[tuple[Features, int]], l2: float = 1.0, about: str = "",
        min_count: int = 2, steps: int = 25) -> LinearModel:
    """Logistic regression of the labels (1 or 0) on the features.

    Features seen in fewer than ``min_count`` examples are left out: a cue
    seen once says more about that article than about the genre."""
    import numpy as np

    counts: dict[str, int] = {}
    for features, _ in examples:
        for name in features:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    column = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(examples), len(names) + 1))
    x[:, -1] = 1.0  # the bias, not regularised
    y = np.array([float(label) for _, label in examples])
    for row, (features, _) in enumerate(examples):
        for name, value in features.items():
            if name in column:
                x[row, column[name]] = value
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.0
    w = np.zeros(len(names) + 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40, 40)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    weights = {n: float(w[i]) for n, i in column.items() if abs(w[i]) > 1e-6}
    return LinearModel(weights, float(w[-1]), about=about)


def best(model: LinearModel, candidates: Iterable[tuple[Any, Features]]) -> tuple[Any, float] | None:
    """The candidate the model likes most, with its probability, if any
    reaches the model's threshold."""
    top: tuple[Any, float] | None = None
    for item, features in candidates:
        p = model.probability(features)
        if top is None or p > top[1]:
            top = (item, p)
    if top is None or top[1] < model.threshold:
        return None
    return top
