"""For whom each signer signed: the learned side chooser.

The sides rules read a signer's side where the text ties it ("signed on
behalf of X", "X's president A signed", a post read beside the name). They
leave many signers without one (the post is told elsewhere, the signers are
listed before the sides, the side is only the party the other signer did
not take) and give some the wrong one. For every signer, the rules' choice,
every party of the agreement, every body of the signer's posts and every
body named in the signer's sentence are candidates, described by named
features (the rules chose it, it is the body of the signer's post, another
signer took it, signer and party stand in the same place of their lists,
how far apart they are named), and a logistic model (``python
bench/train.py sides``) takes the best candidate in place of the rules'
choice when it is likely enough. A signer still without a side whom kg's
lists of leaders, ministers and regional heads know takes the country or
region they served, where the article names it as a body; a titled signer
still without one then takes the likeliest open party, however unsure (the
development set's readers give almost every such signer a side); a bare name
keeps none.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.agreements import SIGNED_WITH, Draft
from kg.extract.document import Document
from kg.extract.linear import Features, LinearModel, best, model
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry
from kg.extract.people import PersonMention
from kg.extract.posts import posts_by_person
from kg.extract.sides import governed_key
from kg.knowledge.leaders import cabinet_countries, leader_countries, leader_key, regional_heads, unaccented

__all__ = ["SideCandidate", "side_candidates", "choose_sides", "RULES_CHOICE"]

RULES_CHOICE = "the_rules_choice"


@dataclass(frozen=True)
class SideCandidate:
    """One body a signer may have signed for."""

    entry: OrgEntry
    features: Features


def _distance_bucket(chars: int) -> str:
    return "close" if chars < 60 else "near" if chars < 200 else "far"


def side_candidates(doc: Document, index: MentionIndex, draft: Draft, signer: int,
                    posts_of: dict[str, list[str]]) -> list[SideCandidate]:
    """The bodies signer number ``signer`` of the draft may have signed for,
    each with what a reader would weigh about it."""
    name, ruled, (start, end) = draft.signatures[signer]
    post_bodies = [e for org in posts_of.get(name, []) if (e := index.orgs.resolve(org)) is not None]
    taken = {id(e) for i, (_, e, _) in enumerate(draft.signatures) if e is not None and i != signer}
    sentence = doc.sentence_at(start)
    named = [e for m in index.org_mentions_between(*sentence) if (e := index.orgs.resolve(m.name)) is not None]
    entries: list[OrgEntry] = []
    for e in [*([ruled] if ruled is not None else []), *draft.parties, *post_bodies, *named]:
        if all(e is not x for x in entries):
            entries.append(e)
    if not entries:
        return []
    order = bisect.bisect_left(sorted(sp[0] for _, _, sp in draft.signatures), start)
    open_parties = [p for p in draft.parties if id(p) not in taken]
    out: list[SideCandidate] = []
    for e in entries:
        f: dict[str, float] = {RULES_CHOICE: 1.0} if e is ruled else {}
        is_party = any(e is p for p in draft.parties)
        f["party" if is_party else "not_a_party"] = 1.0
        if any(e is b for b in post_bodies):
            f["body_of_a_post" if is_party else "body_of_a_post&not_a_party"] = 1.0
        if id(e) in taken:
            f["taken_by_another_signer"] = 1.0
        if is_party and len(open_parties) == 1 and open_parties[0] is e:
            f["the_one_party_left"] = 1.0
        if is_party:
            rank = next(i for i, p in enumerate(draft.parties) if p is e)
            f["same_place_in_lists" if rank == order else "other_place_in_lists"] = 1.0
        f[f"kind={e.kind or 'body'}"] = 1.0
        f[f"parties={min(len(draft.parties), 3)}"] = 1.0
        f[f"signers={min(len(draft.signatures), 3)}"] = 1.0
        in_sentence = [(m.start, m.end) for m in index.org_mentions_between(*sentence)
                       if index.orgs.resolve(m.name) is e]
        in_sentence += [s for s in draft.party_spans.get(e.name, []) if sentence[0] <= s[0] < sentence[1]]
        if in_sentence:
            gap = min(min(abs(a - end), abs(start - b)) for a, b in in_sentence)
            f[f"same_sentence_{_distance_bucket(gap)}"] = 1.0
            if any(a >= end for a, _ in in_sentence):
                f["named_after_the_signer"] = 1.0
            if any(b <= start for _, b in in_sentence):
                f["named_before_the_signer"] = 1.0
        else:
            f["not_in_the_signers_sentence"] = 1.0
        out.append(SideCandidate(e, f))
    return out


def _described(candidates: list[SideCandidate]) -> Iterator[tuple[SideCandidate, Features]]:
    for c in candidates:
        yield c, c.features


def choose_sides(doc: Document, index: MentionIndex, drafts: list[Draft], found: list[PersonMention],
                 chooser: LinearModel | None = None) -> None:
    """Give each signer the side the model finds best, when it is likely
    enough and not what the rules chose already."""
    chooser = chooser or model("en", "sides")
    posts_of = posts_by_person(found)
    titled = {m.name for m in found if m.posts}
    for draft in drafts:
        # every signer weighed against the rules' sides, as in training, then all changed at once
        choices = [best(chooser, _described(side_candidates(doc, index, draft, i, posts_of)))
                   for i in range(len(draft.signatures))]
        for i, top in enumerate(choices):
            name, side, span = draft.signatures[i]
            if top is not None and top[0].entry is not side:
                draft.signatures[i] = (name, top[0].entry, span)
        _known_people_sides(index, draft)
        _guess_open_sides(doc, index, draft, chooser, posts_of, titled)


def _known_people_sides(index: MentionIndex, draft: Draft) -> None:
    """A signer still without a side whom kg's lists know (a head of state
    or government, a minister, a region's head: kg/knowledge/en/leaders.jsonl
    and the others) signed for the country or region they served, where the
    article names it as a body (or, for an agreement short of a party, only
    writes its name): a reader who follows the news knows whose "Kim
    Hyun-mee" is when the text only says she signed. Never a body or place
    the article does not name."""
    for i, (name, side, span) in enumerate(draft.signatures):
        if side is not None:
            continue
        key = leader_key(name)
        served = leader_countries().get(key) or cabinet_countries().get(key)
        regions = regional_heads().get(key, frozenset())
        if served is None and len(regions) == 1:
            served = next(iter(regions))
        entry = index.orgs.resolve(served) if served is not None else None
        if entry is None and len(draft.parties) < 2:
            # (the one region the lists give, else the country: a region's head first)
            named = next(iter(regions)) if len(regions) == 1 else served if not regions else None
            entry = _region_named(index, draft, named) if named is not None else None
        if entry is not None:
            draft.signatures[i] = (name, entry, span)


def _region_named(index: MentionIndex, draft: Draft, region: str) -> OrgEntry | None:
    """The body a listed head's region (or a listed minister's country) is,
    where the article writes it but reads no body of that name: its
    government as the article names it ("the government of Ceara"), else the
    region itself ("Wisconsin and Shaanxi will identify areas"), which is then
    a party. Asked only for an agreement with fewer than two parties."""
    key = governed_key(region)
    governing = [e for e in index.orgs.entries if not e.is_place and governed_key(e.name) == key]
    written = re.search(r"(?<![\w-])" + re.escape(region) + r"(?![\w-])", index.doc.text) or \
        re.search(r"(?<![\w-])" + re.escape(unaccented(region)) + r"(?![\w-])", index.doc.text)
    if len(governing) == 1:
        entry = governing[0]
    elif written is not None and not governing and not any(
            not e.is_place and key < governed_key(e.name) for e in index.orgs.entries):
        # (not where a body of the region's is named: "Glasgow City Council")
        entry = index.orgs.add(written.group(), index.doc.evidence(*written.span()))
        entry.is_place = False
    else:
        return None
    if len(draft.parties) < 2 and entry not in draft.parties and written is not None:
        draft.add_party(entry, written.span())
    return entry


def _guess_open_sides(doc: Document, index: MentionIndex, draft: Draft, chooser: LinearModel,
                      posts_of: dict[str, list[str]], titled: set[str]) -> None:
    """Signers still without a side, who hold a post that names no body
    ("Finance Secretary A"), take the model's likeliest party that no other
    signer signed for, likeliest first, however unsure: the gold
    leaves a side empty only when nothing ties the signer to one (23 of
    1,485 gold signatures), so a guess among the open parties costs nothing
    where there was no answer. A guess is the signature's only: no post
    takes its body from it (``Draft.guessed_sides``), but for a post that
    names no body at all and a guessed side that is a country: "Energy
    Secretary A and Minister of Trade B signed" in a story of two
    countries, where the state is the only body either post can be of."""
    # (a signer whose post names a body that is no party is tied to that body, not open; one named with no
    # post at all, "signed by A and B", is tied to nothing a reader could go by)
    open_signers = [i for i, (name, side, _) in enumerate(draft.signatures)
                    if side is None and not posts_of.get(name) and name in titled]
    guesses: list[tuple[float, int, OrgEntry]] = []
    for i in open_signers:
        for candidate in side_candidates(doc, index, draft, i, posts_of):
            if any(candidate.entry is p for p in draft.parties) and not _signed_with(doc, index, draft, i, candidate.entry):
                guesses.append((chooser.probability(candidate.features), i, candidate.entry))
    taken = {id(side) for _, side, _ in draft.signatures if side is not None}
    for _, i, entry in sorted(guesses, key=lambda g: -g[0]):
        name, side, span = draft.signatures[i]
        if side is None and id(entry) not in taken:
            draft.signatures[i] = (name, entry, span)
            draft.guessed_sides.add(name)
            taken.add(id(entry))


_WITH_RE = re.compile(SIGNED_WITH + "$", re.IGNORECASE)


def _signed_with(doc: Document, index: MentionIndex, draft: Draft, signer: int, entry: OrgEntry) -> bool:
    """Whether the signer's own sentence names ``entry`` as the one signed
    with ("Foreign Minister A signed an agreement with Malta"): the other
    side, never a guess for the signer's."""
    _, _, (start, end) = draft.signatures[signer]
    sentence = doc.sentence_at(start)
    spans = [(m.start, m.end) for m in index.org_mentions_between(*sentence) if index.orgs.resolve(m.name) is entry]
    spans += [sp for sp in draft.party_spans.get(entry.name, []) if sentence[0] <= sp[0] < sentence[1]]
    return any(a >= end and _WITH_RE.search(doc.text[max(end, a - 40) : a]) for a, _ in spans)
