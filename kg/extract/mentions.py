"""Where people and organizations are named, for the role rules to walk.

Signatory, witness and party rules read lists ("A, Secretary of X, and B,
Mayor of Y, signed ..."). This module indexes every span that names a
person (the whole phrase with the post) or a body, so those rules can step
from one item of a list to the next.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.document import Document
from kg.extract.intervals import LONGEST, Intervals
from kg.extract.lexicon import HONORIFICS, NAME_PARTICLES
from kg.extract.names import OrgMention, OrgRegistry
from kg.extract.occurrences import written_at
from kg.extract.people import (
    PersonMention,
    PersonRegistry,
    name_after,
    _plain_word,
    is_name_token,
)
from kg.knowledge.places import place_knowledge

__all__ = ["Span", "MentionIndex"]

# "His Highness", "Her Excellency", "Shaikh", "Sayyid": styles from the knowledge files, before a name
_STYLE_RE = re.compile(r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+|(?:"
                       + "|".join(re.escape(h[:1].upper() + h[1:]) for h in sorted(HONORIFICS, key=len, reverse=True)
                                  if h[:1].isalpha()) + r")\s+)")
_NOT_PERSON_LABELS = {"GPE", "LOC", "FAC"}  # the small model often calls a person ORG; places it gets right


_NAME_CHAR_RE = re.compile(r"[\w-]")  # a name written inside a longer word is not that name
_WORD_CHAR_RE = re.compile(r"[\w'’-]")
_NAME_GOES_ON_RE = re.compile(r"\s+[A-Z][a-z]")  # "Berger" before "Anna" is part of another name


@dataclass(frozen=True)
class Span:
    """A person named in the text: the name, and the phrase around it."""

    name: str
    start: int  # the phrase (name with its posts) begins here
    end: int
    name_start: int
    name_end: int


class MentionIndex:
    """Every person phrase and organization name, sorted by position."""

    def __init__(self, doc: Document, people: PersonRegistry, found: list[PersonMention],
                 orgs: OrgRegistry, org_mentions: list[OrgMention]) -> None:
        self.doc = doc
        self.people = people
        self.orgs = orgs
        self.org_mentions = sorted(org_mentions, key=lambda m: m.start)
        self._org_starts = [m.start for m in self.org_mentions]
        self._org_by_start = {m.start: m for m in reversed(self.org_mentions)}
        self._org_by_end: dict[int, OrgMention] = {}
        for m in reversed(self.org_mentions):
            self._org_by_end[m.end] = m
            self._org_by_end[m.full_end] = m
        spans: dict[int, Span] = {}
        for f in found:
            spans[f.phrase_start] = Span(f.name, f.phrase_start, f.phrase_end, f.start, f.end)
        covered = Intervals((s.start, s.end) for s in spans.values())
        names = sorted((e.name for e in people.entries.values()), key=len, reverse=True)
        if names:
            for start, end in written_at(doc.text, names, _NAME_CHAR_RE):
                if covered.holds(start):
                    continue
                window = max(0, start - 16)
                honor = re.search(r"(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Academician)\s+$", doc.text[window:start])
                phrase_start = window + honor.start() if honor else start
                spans[phrase_start] = Span(self._canonical(doc.text[start:end]), phrase_start, end, start, end)
        # a surname alone ("Berger signed for ...", "Professor Marsh said")
        covered = Intervals((s.start, s.end) for s in spans.values())
        singles: dict[str, str] = {}
        for entry in people.entries.values():
            parts = entry.name.split()
            for token in {parts[0], parts[-1]}:
                owner = people.by_token(token)
                if owner is not None and owner.name == entry.name:
                    singles[token] = entry.name
            if len(parts) >= 3 and parts[-2].casefold() in NAME_PARTICLES and parts[-2][:1].isupper():
                # "Al Zayani" for "Abdullatif Bin Rashid Al Zayani": a surname with its particle, capitalised
                # (not "da Silva", which "Lula da Silva" writes after another name)
                tail = " ".join(parts[-2:])
                if sum(e.name.endswith(" " + tail) for e in people.entries.values()) == 1:
                    singles[tail] = entry.name
        if singles:
            for start, end in written_at(doc.text, sorted(singles, key=len, reverse=True), _WORD_CHAR_RE, _NAME_GOES_ON_RE):
                if covered.holds(start):
                    continue
                if re.search(r"[A-Z][\w'’-]*\s+$", doc.text[max(0, start - 30) : start]) and not \
                        re.search(r"(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Academician|Mayor|President|Governor|"
                                  r"Chairman|Minister|Director)\s+$", doc.text[max(0, start - 20) : start]):
                    continue
                name = singles[doc.text[start:end]]
                spans[start] = Span(name, start, end, start, end)
        self.person_spans = sorted(spans.values(), key=lambda s: s.start)
        self.phrase_ranges = [(s.start, s.end) for s in self.person_spans]
        self._phrases = Intervals(self.phrase_ranges)

    def _canonical(self, name: str) -> str:
        entry = self.people.get(name)
        return entry.name if entry else name

    def in_person_phrase(self, start: int, end: int) -> bool:
        return self._phrases.contains(start, end)

    def org_mentions_around(self, start: int, end: int) -> list[OrgMention]:
        """The name mentions that begin shortly before ``start`` or before
        ``end``: all that can hold or overlap ``text[start:end]`` (no name
        runs longer than a few hundred characters)."""
        lo = bisect.bisect_left(self._org_starts, start - LONGEST)
        hi = bisect.bisect_left(self._org_starts, end)
        return self.org_mentions[lo:hi]

    def persons_between(self, start: int, end: int) -> list[Span]:
        return [s for s in self.person_spans if start <= s.name_start and s.name_end <= end]

    def person_at(self, pos: int, allow_bare: bool = False) -> Span | None:
        """The person whose phrase starts at ``pos`` (spaces skipped); with
        ``allow_bare``, also an unknown two- or three-word name there."""
        text = self.doc.text
        while pos < len(text) and text[pos] == " ":
            pos += 1
        # "the Chief Executive Officer of X, Mette Kristiansen": the phrase starts after "the"
        lead = re.match(r"(?:the|its|their|his|her)\s+", text[pos : pos + 7])
        if lead and any(s.start == pos + lead.end() for s in self.person_spans):
            pos += lead.end()
        for span in self.person_spans:
            if span.start == pos or span.name_start == pos:
                return span
            if span.start > pos:
                break
        honor = re.match(r"(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Academician|(?:Vice|Rear)-Admiral|H\.?\s?E\.?|Hon\.?|Eng\.|Sheikh|Sheikha|"
                         r"Dato['’]?\s+Seri|Dato['’]?|Datuk|Tan\s+Sri|Shri|Sri|Smt\.?|Kumari)\s+", text[pos:pos + 14]) \
            or _STYLE_RE.match(text, pos)
        if honor:
            inner = self.person_at(pos + honor.end(), allow_bare)
            if inner:
                return inner
        named = name_after(self.doc, pos, self.people)
        if named and (allow_bare or self.people.get(named[2]) is not None):
            start, end, name = named
            if " " not in name.strip() and self.people.get(name) is None:
                return None
            if allow_bare and self.orgs.resolve(name, allow_bare=True) is not None:
                return None
            if allow_bare and self.people.get(name) is None and (
                    self.doc.entity_label(start, end) in _NOT_PERSON_LABELS
                    or place_knowledge("en").event_head_re.search(name)):
                return None  # "Lower Saxony": the model reads a place, a venue or a body; "Tokyo Olympics": an event
            if allow_bare:
                self.people.add(name)
            return Span(name, pos, end, start, end)
        return None

    def org_mentions_between(self, start: int, end: int) -> list[OrgMention]:
        """The name mentions beginning in ``[start, end)``, in order."""
        return self.org_mentions[bisect.bisect_left(self._org_starts, start) : bisect.bisect_left(self._org_starts, end)]

    def org_ending_at(self, end: int) -> OrgMention | None:
        return self._org_by_end.get(end)

    def org_starting_at(self, start: int) -> OrgMention | None:
        return self._org_by_start.get(start)


def bare_name_tokens(text: str) -> bool:
    """Two or three capitalised words that can be a person's name."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(is_name_token(w) and not _plain_word(w) for w in words)
