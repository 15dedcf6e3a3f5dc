"""Where a signing was, when no rule says: the learned place ranker.

The time-and-place rules read the constructions that say where a signing
took place ("signed in Nairobi", "a ceremony held at State House"). Many
articles say it less directly: the dateline's city, a visit told two
sentences before, a palace named in the headline. Each such cue is weak
and no rule can weigh them all, so for an agreement the rules left without
a place, every place the parse names (GPE, LOC, FAC entities) is a
candidate, described by named features (where it stands, the words around
it, whether it names a party or a country), and a logistic model trained
on the development set's gold (``python bench/train.py places``) takes the
best candidate when it is likely enough.

The features are words and positions, not one language's rules: a second
language trains its own weights from its own gold.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.agreements import Draft
from kg.extract.document import Document
from kg.extract.linear import Features, LinearModel, best, model, words_around
from kg.extract.mentions import MentionIndex
from kg.extract.time_place import is_a_province
from kg.knowledge import knowledge

__all__ = ["Candidate", "place_candidates", "rank_places", "PLACE_LABELS"]

PLACE_LABELS = ("GPE", "LOC", "FAC")
_K = knowledge("en")
_SIGN_RE = re.compile(r"(?i)\b" + _K.sign_words + r"\b")
_HELD_RE = re.compile(r"(?i)\b(?:held|took\s+place|hosted|venue)\b")
_VISIT_RE = re.compile(r"(?i)\bvisit")
_MET_RE = re.compile(r"(?i)\b(?:met|meeting|talks)\b")
_HERE_RE = re.compile(r"(?i)\bhere\b")
_COUNTRIES = frozenset(c.casefold() for c in _K.countries)
# a province's own name ("a city in Balkh Province"): where a town stands, never a signing's place
_PROVINCE_NAME_RE = re.compile(r"\s(?:Province|Prefecture|Oblast|Governorate)$")


@dataclass(frozen=True)
class Candidate:
    """One place the parse names, as a candidate for one agreement."""

    name: str
    start: int
    end: int
    features: Features


def _place_name(text: str) -> str:
    """The name as a place is written: no leading article or possessive, a
    dateline's capitals in title case."""
    name = re.sub(r"^(?:the|The)\s+", "", text.strip())
    name = re.sub(r"['’]s$", "", name).strip(" ,.;:")
    return name.title() if name.isupper() and len(name) > 3 else name



def _sentence_position(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def place_candidates(doc: Document, index: MentionIndex, draft: Draft) -> list[Candidate]:
    """Every place the parse names, with what a reader would weigh about it
    as the place of this agreement's signing."""
    mentions = [(e.start_char, e.end_char, e.label_) for e in doc.parsed.ents if e.label_ in PLACE_LABELS]
    if not mentions or not draft.sentences:
        return []
    starts = [s for s, _ in doc.sentences]
    signing = sorted({_sentence_position(starts, a) for a, _ in draft.sentences})
    counts = Counter(_place_name(doc.text[a:b]).casefold() for a, b, _ in mentions)
    party_names = {n.casefold() for p in draft.parties for n in p.names()}
    orgs = index.org_mentions
    out: list[Candidate] = []
    seen_body = 0
    for rank, (a, b, label) in enumerate(mentions):
        name = _place_name(doc.text[a:b])
        if not name or not re.search(r"[A-Za-z]", name) or is_a_province(doc.text, name) or _PROVINCE_NAME_RE.search(name):
            continue  # (a province the text calls one is no signing's place: "Zhejiang province", "Balkh Province")
        key = name.casefold()
        f: dict[str, float] = {f"label={label}": 1.0}
        if a < doc.body_start:
            f["headline"] = 1.0
        else:
            seen_body += 1
            if seen_body == 1:
                f["first_in_body"] = 1.0
            if a - doc.body_start < 4 and re.match(r"\s*(?:,|\(|–|—|-|:|\.)", doc.text[b : b + 3]):
                f["dateline"] = 1.0
        if rank == 0:
            f["first_named"] = 1.0
        n = counts[key]
        f["named_once" if n == 1 else "named_twice" if n == 2 else "named_often"] = 1.0
        if key in _COUNTRIES:
            f["country"] = 1.0
        if key in party_names:
            f["names_a_party"] = 1.0
        for m in orgs:
            if m.start <= a and b <= m.end and (m.start, m.end) != (a, b):
                f["inside_a_body_name"] = 1.0
                break
            if (m.start, m.end) == (a, b):
                f["is_a_body_name"] = 1.0
        if doc.text[a:b].isupper() and len(name) > 3:
            f["capitals"] = 1.0
        if len(name.split()) > 2:
            f["long_name"] = 1.0
        f.update(words_around(doc.text, a, b))
        last = name.split()[-1].casefold() if label == "FAC" else ""
        if last:
            f[f"facility={last}"] = 1.0
        position = _sentence_position(starts, a)
        gap = min(abs(position - s) for s in signing)
        if gap == 0:
            f["in_signing_sentence"] = 1.0
        elif gap == 1:
            f["next_to_signing_sentence"] = 1.0
        elif gap <= 3:
            f["near_signing_sentence"] = 1.0
        else:
            f["far_from_signing"] = 1.0
        if position < signing[0]:
            f["before_signing"] = 1.0
        sentence = doc.text[slice(*doc.sentences[position])] if doc.sentences else ""
        for cue, pattern in (("sentence_signs", _SIGN_RE), ("sentence_held", _HELD_RE),
                             ("sentence_visit", _VISIT_RE), ("sentence_meeting", _MET_RE),
                             ("sentence_here", _HERE_RE)):
            if pattern.search(sentence):
                f[cue] = 1.0
        out.append(Candidate(name, a, b, f))
    return out


def _described(candidates: list[Candidate]) -> Iterator[tuple[Candidate, Features]]:
    for c in candidates:
        yield c, c.features


def rank_places(doc: Document, index: MentionIndex, drafts: list[Draft], ranker: LinearModel | None = None) -> None:
    """Give each agreement the rules left without a place the candidate the
    model finds likely enough, if any."""
    ranker = ranker or model("en", "places")
    for draft in drafts:
        if draft.place is not None:
            continue
        top = best(ranker, _described(place_candidates(doc, index, draft)))
        if top is not None:
            chosen: Candidate = top[0]
            draft.place, draft.place_span = chosen.name, (chosen.start, chosen.end)
