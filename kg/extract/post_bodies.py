"""The body of a post written without one, as the rules imply it.

Many posts are written with no body ("Mayor Ana Costa", "the Vice
President, Li Ming"). Before the facts are assembled, the rules below give
such a post the body the article implies: the side its holder signed for,
the city or province the article is about, the one government among the
parties, the body written against the title or the one country the
sentence names. The facts assembler asks them post by post; a later pass
that decides where they give nothing (a learned linker was tried in the
twenty-third session, data/devset/README.md) asks the same rules, so that
both agree on which posts are left without a body.
"""
from __future__ import annotations

import re

from kg.extract.agreements import Draft
from kg.extract.countries import a_country
from kg.extract.lexicon import GOVERNMENT_TITLES
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry, name_key
from kg.extract.people import PersonMention, RawPost
from kg.extract.posts import implicit_org, person_lists, unsaid_body
from kg.knowledge import knowledge

__all__ = ["RuleBodies"]

_COUNTRIES = knowledge("en").countries

_CABINET_TITLE_RE = re.compile(r"(?i)\b(?:minister|secretary|governor|premier)\b")
_NOT_CABINET_RE = re.compile(r"(?i)secretary[\s-]+general|general\s+secretary|company\s+secretary|party|board|"
                             r"foreign|prime|ambassador|consul|envoy")
_GOVERNMENT_NAME_RE = re.compile(r"(?i)^(?:the\s+)?government\s+of\b|\bstate\s+government$")
_LEVELS = ("mayor", "governor", "magistrate")
_PREMIER_RE = re.compile(r"(?i)\bpremier\b")


def _sole_government(drafts: list[Draft]) -> str | None:
    """"Chief Minister Naveen X" in an article where the Government of
    Odisha signs: the one government among the parties, when there is
    only one."""
    governments = {p.name for d in drafts for p in d.parties if _GOVERNMENT_NAME_RE.search(p.name)}
    return governments.pop() if len(governments) == 1 else None


def _level(title: str) -> str | None:
    low = title.casefold()
    return next((level for level in _LEVELS if level in low), None)


class RuleBodies:
    """What the rules imply for the posts of one article's people: built
    once per article from its people and drafts, then asked post by post."""

    def __init__(self, index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
        self.index = index
        self.found = found
        self.drafts = drafts
        self.signer_side: dict[str, OrgEntry] = {}
        self.guessed_country: dict[str, OrgEntry] = {}
        for draft in drafts:
            for name, side, _ in draft.signatures:
                if side is not None and name not in draft.guessed_sides:
                    self.signer_side.setdefault(name, side)
                elif side is not None and a_country(side):
                    self.guessed_country.setdefault(name, side)
        # the places the article writes a mayor, a governor or a magistrate for
        self.explicit: dict[str, list[str]] = {level: [] for level in _LEVELS}
        for mention in found:
            for post in mention.posts:
                level = _level(post.title)
                if level and post.org and post.is_place and post.org not in self.explicit[level]:
                    self.explicit[level].append(post.org)
        self.colleagues = self._signers_colleagues()

    def _signers_colleagues(self) -> dict[int, OrgEntry]:
        """"Party Secretary A, President B, Vice President C, D, District
        Chief E attended", where B signs for Hubei University: the people
        listed next to a signer, up to the first whose post names a body,
        come with the signer from the body the signer signed for (a body,
        not a place or a country, whose officials are no staff list). The
        mentions' ids, to that body."""
        out: dict[int, OrgEntry] = {}
        for chain in person_lists(self.index.doc, self.found):
            runs: list[list[PersonMention]] = [[]]
            for mention in chain:
                if any(post.org is not None for post in mention.posts):
                    runs.append([])
                else:
                    runs[-1].append(mention)
            for run in runs:
                sides = {self.signer_side[m.name].name: self.signer_side[m.name] for m in run if m.name in self.signer_side}
                if len(run) < 2 or len(sides) != 1:
                    continue
                side = next(iter(sides.values()))
                if side.is_place or side.name in _COUNTRIES or _GOVERNMENT_NAME_RE.search(side.name):
                    continue
                for mention in run:
                    if mention.name not in self.signer_side:
                        out[id(mention)] = side
        return out

    def body(self, mention: PersonMention, post: RawPost) -> tuple[str | None, bool]:
        """The body (and whether it is a place) the rules imply for a post
        written without one; (None, False) where they imply none."""
        side = self.signer_side.get(mention.name)
        org_name: str | None
        if GOVERNMENT_TITLES.search(post.title) and side is not None and side.is_place:
            org_name, is_place = side.name, True
        elif side is not None and not GOVERNMENT_TITLES.search(post.title):
            org_name, is_place = side.name, False
        elif id(mention) in self.colleagues and _level(post.title) is None and not _PREMIER_RE.search(post.title):
            # (a party secretary beside a university's signer is the university's; a mayor is a place's)
            org_name, is_place = self.colleagues[id(mention)].name, False
        else:
            # a place whose "Mayor" is someone else is not this plain "Mayor"'s place
            taken = {p.org for m in self.found if m.name != mention.name for p in m.posts
                     if p.org and p.is_place and name_key(p.title) == name_key(post.title)}
            free = {k: [x for x in v if x not in taken] for k, v in self.explicit.items()}
            org_name, is_place = implicit_org(self.index, post.title, self.drafts, free, side, mention.phrase_start)
        if org_name is None and side is not None:
            org_name, is_place = side.name, side.is_place
        if org_name is None and _CABINET_TITLE_RE.search(post.title) and not _NOT_CABINET_RE.search(post.title):
            org_name, is_place = _sole_government(self.drafts), False
        if org_name is None:
            org_name, is_place = unsaid_body(self.index, mention, post)
        if org_name is None and mention.name in self.guessed_country:
            # a side the side chooser guessed, when it is a country: no rule tied the holder to another body
            org_name, is_place = self.guessed_country[mention.name].name, True
        return org_name, is_place
