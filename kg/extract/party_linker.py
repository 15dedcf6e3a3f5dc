"""Which other bodies signed, when no rule says: the learned party linker.

The signing rules read the sides a signing sentence names in the shapes
they know ("A signed an MoU with B", "an agreement between A and B").
Real articles name the sides in many other shapes: a list of bodies before
the verb, the partner far after a long title, the sides in the headline
and the signing told with "the two sides". Most such sides are bodies the
entity passes found but no rule tied to the agreement. For each body (or
country) the article names that is not already a party of an agreement,
a logistic model (``python bench/train.py parties``) weighs named features
(where its mentions stand relative to the signing sentences and the verb,
the words around them, what kind of body it is, how many sides the
agreement already has) and adds it as a party when it is likely enough.

The features are positions, words and kinds, not one language's rules: a
second language trains its own weights from its own gold.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.agreements import SIGN_RE, Draft
from kg.extract.document import Document
from kg.extract.linear import Features, LinearModel, model, parse_features, words_around
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry
from kg.knowledge import knowledge

__all__ = ["PartyCandidate", "party_candidates", "link_parties"]

_K = knowledge("en")
_COUNTRIES = frozenset(c.casefold() for c in _K.countries)
# what stands between two names of one list ("A and B", "A, B", "A & B")
_LIST_JOIN_RE = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")


@dataclass
class PartyCandidate:
    """One body the article names and no agreement has as a party yet, with
    the agreement it stands nearest to and the spans it is named at."""

    name: str
    entry: OrgEntry | None
    spans: list[tuple[int, int]]
    draft: Draft
    features: Features


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.casefold()).strip()


def _named_bodies(doc: Document, index: MentionIndex) -> dict[str, tuple[str, OrgEntry | None, list[tuple[int, int]]]]:
    """Every body and country the article names, by key: its name, its
    registry entry if it has one, and where it is named."""
    bodies: dict[str, tuple[str, OrgEntry | None, list[tuple[int, int]]]] = {}
    by_entry: dict[int, str] = {}
    for m in index.org_mentions:
        entry = index.orgs.resolve(m.name)
        if entry is None:
            continue
        key = by_entry.setdefault(id(entry), _key(entry.name))
        bodies.setdefault(key, (entry.name, entry, []))[2].append((m.start, m.end))
    for ent in doc.parsed.ents:
        if ent.label_ != "GPE":
            continue
        text = re.sub(r"^(?:the|The)\s+", "", ent.text).strip()
        if text.casefold() not in _COUNTRIES:
            continue
        entry = index.orgs.resolve(text)
        key = by_entry.get(id(entry), _key(entry.name)) if entry is not None else _key(text)
        name = entry.name if entry is not None else text
        bodies.setdefault(key, (name, entry, []))[2].append((ent.start_char, ent.end_char))
    return bodies


def _count_bucket(n: int) -> str:
    return "none" if n == 0 else "one" if n == 1 else "two" if n == 2 else "more"


def party_candidates(doc: Document, index: MentionIndex, drafts: list[Draft]) -> list[PartyCandidate]:
    """Every body the article names that no agreement has as a party, with
    what a reader would weigh about it as one more side."""
    if not drafts:
        return []
    text = doc.text
    party_keys = {_key(n) for d in drafts for p in d.parties for n in p.names()}
    party_entries = {id(p) for d in drafts for p in d.parties}
    party_kinds = {p.kind for d in drafts for p in d.parties}
    starts = [s for s, _ in doc.sentences]

    def sentence_no(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    signing = {id(d): sorted({sentence_no(a) for a, _ in d.sentences}) for d in drafts}
    bodies = _named_bodies(doc, index)
    people = {_key(e.name) for e in index.people.entries.values()}
    first_body_key = None
    for key, (_, _, spans) in sorted(bodies.items(), key=lambda kv: min(kv[1][2])):
        if min(spans)[0] >= doc.body_start:
            first_body_key = key
            break
    party_spans = [sp for d in drafts for sps in d.party_spans.values() for sp in sps]
    out: list[PartyCandidate] = []
    for key, (name, entry, spans) in bodies.items():
        if key in party_keys or (entry is not None and id(entry) in party_entries):
            continue
        if len(key) < 2 or not re.search(r"[a-z]", key) or key in people:
            continue  # no name, or a person's name read as a body's too
        spans.sort()
        positions = [sentence_no(a) for a, _ in spans]
        # the agreement whose signing sentences this body stands nearest to
        gaps = [min((abs(p - s) for p in positions for s in signing[id(d)]), default=99) for d in drafts]
        gap = min(gaps)
        draft = drafts[gaps.index(gap)]
        f: dict[str, float] = {}
        kind = "country" if key in _COUNTRIES else (entry.kind if entry is not None else None) or "body"
        f[f"kind={kind}"] = 1.0
        if entry is not None and entry.is_place and kind != "country":
            f["place"] = 1.0
        if kind in party_kinds:
            f["kind_of_a_party"] = 1.0
        has = _count_bucket(len(draft.parties))
        f[f"parties={has}"] = 1.0
        n = len(spans)
        f["named_once" if n == 1 else "named_twice" if n == 2 else "named_often"] = 1.0
        if spans[0][0] < doc.body_start:
            f["headline"] = 1.0
        if key == first_body_key:
            f["first_body_named"] = 1.0
        where = "in" if gap == 0 else "next" if gap == 1 else "near" if gap <= 3 else "far"
        f[f"signing={where}"] = 1.0
        f[f"signing={where}&parties={has}"] = 1.0
        many = _count_bucket(len(drafts))
        f[f"agreements={many}"] = 1.0
        f[f"signing={where}&agreements={many}"] = 1.0
        if any(k in key or key in k for k in party_keys if len(k) > 3 and len(key) > 3):
            f["overlaps_a_party"] = 1.0
        # the mention in (or nearest to) a signing sentence, and the words around it
        a, b = min(spans, key=lambda s: min(abs(sentence_no(s[0]) - x) for x in signing[id(draft)]))
        sent = doc.sentences[sentence_no(a)] if doc.sentences else (0, len(text))
        said = [doc.sentences[n] for n in set(positions)] if doc.sentences else []
        if any(SIGN_RE.search(text, x, y) for x, y in said):
            f["named_where_a_signing_is_told"] = 1.0
        if any(_K.agreement_head_re.search(text, x, y) for x, y in said):
            f["named_where_an_agreement_is_told"] = 1.0
        if gap == 0:
            verb = SIGN_RE.search(text, sent[0], sent[1])
            if verb is not None:
                f["before_verb" if a < verb.start() else "after_verb"] = 1.0
                if draft.title and draft.title in text[sent[0]:sent[1]]:
                    f["title_in_sentence"] = 1.0
            if _K.forward_witness_re.search(text, sent[0], a):
                f["after_a_witness_cue"] = 1.0  # "in the presence of", "attended by"
            first = index.org_mentions_between(sent[0], sent[1])
            if first and first[0].start == a:
                f["first_body_of_sentence"] = 1.0
            for _, _, (ps, pe) in draft.signatures:
                if 0 <= a - pe < 60 or 0 <= ps - b < 40:
                    f["beside_a_signer"] = 1.0
            for _, (_, we) in draft.witnesses:
                if abs(a - we) < 60:
                    f["beside_a_witness"] = 1.0
        for x, y in spans:
            if any(0 <= x - pe <= 7 and _LIST_JOIN_RE.fullmatch(text, pe, x)
                   or 0 <= ps - y <= 7 and _LIST_JOIN_RE.fullmatch(text, y, ps)
                   for ps, pe in party_spans):
                f["listed_with_a_party"] = 1.0
                break
        if draft.title and any(n.casefold() in draft.title.casefold() for n in (entry.names() if entry else [name])):
            f["named_in_the_title"] = 1.0
        f[f"entity={doc.entity_label(a, b) or 'none'}"] = 1.0
        f.update(parse_features(doc.parsed, a, b, SIGN_RE))
        f.update(words_around(text, a, b))
        out.append(PartyCandidate(name, entry, spans, draft, f))
    return out


def _described(candidates: list[PartyCandidate]) -> Iterator[tuple[PartyCandidate, Features]]:
    for c in candidates:
        yield c, c.features


def link_parties(doc: Document, index: MentionIndex, drafts: list[Draft], linker: LinearModel | None = None) -> None:
    """Add as a party of its nearest agreement every body the model finds
    likely enough to be one more side."""
    linker = linker or model("en", "parties")
    for candidate, features in _described(party_candidates(doc, index, drafts)):
        if linker.probability(features) < linker.threshold:
            continue
        entry = candidate.entry or index.orgs.add(candidate.name, place=True)
        candidate.draft.add_party(entry, candidate.spans[0])
