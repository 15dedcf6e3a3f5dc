"""Sides of a signing read from the dependency parse.

The name rules read "A and B signed" and "signed ... with A, B and C" as
chains of names they know. News also writes the sides as noun phrases the
rules cannot take apart: "with Nigeria's Bells University of Technology",
"with Japan-based SoftBank Corp, Russia-based Rosseti and Korea Electric
Power Corp", "The Chinese government has signed ... with the Honduran
government". The parse gives the subject of the signing verb and the object
of its "with"/"between", and their conjuncts; each conjunct is the body
named there: a known name covering its head word, or else the phrase itself
without its determiner, possessor and "X-based" descriptor.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry
from kg.knowledge import knowledge

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["parsed_sides"]

_K = knowledge("en")
_COUNTRIES = set(_K.country_of_adjective.values())
_NOT_BODIES = {"plan", "programme", "program", "project", "initiative", "protocol", "declaration", "roadmap"}
_BODY_WORDS = {"government", "administration", "ministry", "company", "group", "university", "bank", "agency",
               "council", "authority", "corporation", "corp", "institute", "commission", "municipality"}


def parsed_sides(index: MentionIndex, sent: tuple[int, int], verb_start: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The bodies the parse makes the subject of the signing verb at
    ``verb_start`` or the object of its "with"/"between"."""
    doc = index.doc.parsed
    verb = next((t for t in doc if t.idx == verb_start), None)
    if verb is None:
        return []
    heads: list[Token] = []
    objects: list[Token] = []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or (
        [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" else [])
    for subject in subjects:
        heads += [subject, *subject.conjuncts]
    for prep in _preps(verb):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            objects += [obj, *obj.conjuncts]
    out: list[tuple[OrgEntry, tuple[int, int]]] = []
    for head in heads + objects:
        found = _body_at(index, head, sent, places=head in objects)
        if found is not None and all(found[0] is not e for e, _ in out):
            out.append(found)
    return out


def _preps(verb: Token) -> list[Token]:
    """"with"/"between" on the verb, or on its object ("signed an MoU with")."""
    preps = [c for c in verb.children if c.lower_ in ("with", "between")]
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        preps += [c for c in obj.children if c.lower_ in ("with", "between")]
        for inner in (c for c in obj.children if c.dep_ == "prep"):
            preps += [g for p in inner.children if p.dep_ == "pobj" for g in p.children
                      if g.lower_ in ("with", "between")]
    return preps


def _body_at(index: MentionIndex, head: Token, sent: tuple[int, int],
             places: bool = False) -> tuple[OrgEntry, tuple[int, int]] | None:
    """The body named by the noun phrase headed by ``head``; with ``places``,
    a province or city too ("between Hunan Province and COFCO")."""
    start, end = head.idx, head.idx + len(head.text)
    if not sent[0] <= start < sent[1] or index.in_person_phrase(start, end):
        return None
    for mention in index.org_mentions:
        if mention.start <= start and end <= max(mention.end, mention.full_end):
            entry = index.orgs.resolve(mention.name) or index.orgs.exact(mention.name)
            if entry is None or entry.is_place and not places:
                return None
            return entry, (mention.start, mention.end)
    if head.pos_ not in ("PROPN", "NOUN") or head.lower_ not in _BODY_WORDS and head.pos_ != "PROPN":
        return None
    dateline = head.text.isupper() and head.i + 1 < len(head.doc) and head.nbor(1).text == ","
    if (head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or dateline) and not places:
        return None  # "LILONGWE, 4 June 2024 -- ...": a dateline's city is no side
    tokens = [t for t in head.doc[head.left_edge.i : head.i + 1]]
    for k, token in enumerate(tokens):  # "Nigeria's", "Japan-based": what is said of the body
        if token.dep_ == "case" or token.lower_.endswith("-based") or token.lower_ == "based":
            tokens = tokens[k + 1 :]
            break
    while tokens and (tokens[0].dep_ in ("det", "punct") or tokens[0].lower_ in ("-", "based")):
        tokens = tokens[1:]
    if not tokens or not tokens[0].text[:1].isupper():
        return None
    if any(m.start < end and tokens[0].idx < m.end for m in index.org_mentions):
        return None  # "China Road and Bridge Corporation" read otherwise by the name rules: theirs
    name = head.doc.text[tokens[0].idx : end]
    words = name.split()
    if index.people.get(name) is not None or index.people.by_token(words[-1]) is not None \
            or name.casefold() in _K.stop_caps or _K.agreement_head_re.search(name) \
            or words[-1].casefold() in _NOT_BODIES or words[-1] in _COUNTRIES:
        return None  # a person, an agreement ("Three Memorandum", "Action Plan"), a place
    if len(words) == 1 and (words[0].casefold() in _K.org_heads or words[0].casefold() in _K.generic_bodies
                            or not (head.ent_type_ == "ORG" or words[0].isupper() and len(words[0]) >= 3)
                            or words[0].isupper() and words[0].title() in head.doc.text):
        return None  # "Sultanate", "Makurdi", "KUWAIT": one word is a body only when the model says so
    entry = index.orgs.resolve(name) or index.orgs.add(name)
    return entry, (tokens[0].idx, end)
