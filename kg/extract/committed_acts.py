"""What the sides commit to do, read from a sentence's dependency parse.

News tells an agreement's terms as acts as often as it lists fields: "the
two sides will jointly build a logistics hub, develop cold storage and
train customs officers", "Both parties will co-operate to build research
labs, to provide scholarships and to implement joint projects". Each act's
object ("a logistics hub", "cold storage", "customs officers") is a field
of the agreement. A regular expression cannot follow such a chain of
verbs, each with its own object; the parse does: a verb the sides' subject
governs with "will" or "shall" (or after "agreed to", "committed to":
``undertaking_verbs``), its
coordinated verbs and the purposes told with "to", and each one's direct
object.

Only a subject that stands for the sides opens a chain ("the two sides",
"both parties", "they", knowledge: areas.yaml ``commitment_subjects``); an
act that is no term of cooperation ("will sign", "will meet", knowledge:
``not_committed_acts``) gives nothing. This module finds the objects; the
areas reader cleans them as it cleans any list's items, and asks only in a
sentence that says it tells the agreement's terms ("Under the agreement,",
"In the document,", or "It aims to" after the agreement): measured on the
development set's tuning part, the sides' acts elsewhere ("the two sides
will create favourable conditions") are seldom what a reader lists as the
agreement's fields, and a named subject ("Norland will give full play to")
never was.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.knowledge import entries

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

__all__ = ["committed_objects"]

_AREAS = entries("en", "areas")
# "the two sides", "both parties", "they": a subject that stands for the agreement's sides
_SIDES_RE = re.compile("^(?:" + "|".join(f"(?:{e['pattern']})" for e in _AREAS["commitment_subjects"]) + ")$", re.I)
# "sign", "meet", "visit": acts that are no term of cooperation
_NOT_ACTS = frozenset(e["verb"] for e in _AREAS["not_committed_acts"])
# "agreed to build", "committed to develop", "pledged to train": the sides' undertaking
_UNDERTAKINGS = frozenset(f for e in _AREAS["undertaking_verbs"] for f in e["forms"])
# "will cooperate to build", "work together to develop": the purpose is the act (the pipeline has no
# lemmatizer: words are compared as written, and acts after "will" or "to" are written in their base form)
_COOPERATING = frozenset(f for e in _AREAS["cooperating_verbs"] for f in e["forms"])


def committed_objects(doc: SpacyDoc) -> list[tuple[int, int]]:
    """The character spans (in ``doc``) of the objects of the acts a
    sentence's sides commit to, in their order."""
    spans: list[tuple[int, int]] = []
    for verb in doc:
        if not _commits(verb):
            continue
        for act in _acts(verb):
            if act.lower_ in _NOT_ACTS:
                continue
            for obj in act.children:
                if obj.dep_ != "dobj" or obj.pos_ == "PRON":
                    continue
                span = _phrase(obj)
                if span not in spans and not any(a <= span[0] and span[1] <= b for a, b in spans):
                    spans.append(span)
    return sorted(spans)


def _commits(verb: Token) -> bool:
    """Whether ``verb`` heads a commitment of the sides: "the two sides will
    build", "both parties agreed to develop" (the subject is the sides')."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "conj":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.lower_ in _UNDERTAKINGS:
        return False  # "agreed" itself: its "to" clause is the act, reached through it below
    head = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ in _UNDERTAKINGS else None
    if head is not None:
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in _UNDERTAKINGS:
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    elif not any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children):
        return False
    return subject is not None and _stands_for_sides(subject)


def _stands_for_sides(subject: Token) -> bool:
    """Whether the subject phrase is the sides' ("the two sides", "Both
    parties", "They")."""
    words = [t for t in subject.subtree if not t.is_punct]
    return bool(words) and bool(_SIDES_RE.match(" ".join(t.text for t in words)))


def _acts(verb: Token) -> list[Token]:
    """``verb``, the verbs coordinated with it and the purposes told with
    "to" after them ("cooperate to build A, to provide B and to implement
    C"); a cooperating verb itself is no act."""
    acts: list[Token] = []
    todo = [verb]
    while todo:
        act = todo.pop(0)
        if act in acts:
            continue
        acts.append(act)
        for child in act.children:
            if child.dep_ == "conj" and child.pos_ == "VERB":
                todo.append(child)
            elif child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and \
                    act.lower_ in _COOPERATING | {verb.lower_} and \
                    (any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
                     or child.lower_ in _COOPERATING):  # "co-operate", which the parse cuts at its hyphen
                todo.append(child)
    return [a for a in acts if a.lower_ not in _COOPERATING]


def _phrase(obj: Token) -> tuple[int, int]:
    """The span of the object's phrase without its leading determiner."""
    words = [t for t in obj.subtree]
    while words and (words[0].dep_ in ("det", "predet", "poss", "case") or words[0].is_punct):
        words.pop(0)
    while words and words[-1].is_punct:
        words.pop()
    if not words:
        return obj.idx, obj.idx + len(obj)
    return words[0].idx, words[-1].idx + len(words[-1])
