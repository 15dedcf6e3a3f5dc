"""From the passes' drafts to the facts model: every post with its body,
every person, agreement, party, signature, witness and area, each with the
evidence it was read from, under the names the article finally uses.
"""
from __future__ import annotations

import re

from kg.extract.agreements import (
    Draft,
    written_kind,
)
from kg.extract.document import Document
from kg.extract.lexicon import FIELD_WORDS
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry, OrgRegistry, name_key
from kg.extract.occurrences import word_spans
from kg.extract.people import PersonMention
from kg.extract.post_bodies import RuleBodies
from kg.extract.posts import place_governed
from kg.knowledge import entries
from kg.facts import (
    Agreement,
    ArticleFacts,
    Evidence,
    Organization,
    Person,
    PostHolding,
    Signature,
)

__all__ = ["assemble"]


# a title's written short form and its full form ("gov." -> "Governor"): a post is named by the full form
# ("Gov. A" holds the post "Governor"); knowledge, titles.yaml
_TITLE_FULL_FORMS = {e["text"].casefold(): e["full"] for e in entries("en", "titles")["short_forms"]}


def _title_key(title: str) -> str:
    """A title's key, a short form's being its full form's ("Gov." is "Governor")."""
    return name_key(_TITLE_FULL_FORMS.get(title.casefold(), title))


def _shortened(short: str, full: str) -> bool:
    """Whether a title is another written short: "Minister" of "Foreign
    Minister" (only field words before it) or of "Minister of Foreign
    Affairs" (a remit after it). Not "President" of "Vice President", nor
    "Director" of "Managing Director": a rank or a kind before a title is
    another post."""
    short_key, full_key = name_key(short), name_key(full)
    if short.casefold() in _TITLE_FULL_FORMS and _title_key(short) == full_key:
        return True  # "Gov." of "Governor"
    if full_key.startswith(short_key + " ") and re.match(r"(?:of|for)\s", full_key[len(short_key) + 1 :]):
        return True
    if not full_key.endswith(" " + short_key):
        return False
    before = full_key[: -len(short_key) - 1].split()
    return bool(before) and all(w in FIELD_WORDS for w in before)


def _fullest_titles(holdings: list[tuple[str, str, OrgEntry, Evidence]]) -> list[tuple[str, str, OrgEntry, Evidence]]:
    """A person's post at a body written once in full and once short ("Foreign
    Minister A" ... "Minister A") is one post: the full title is kept."""
    return [h for h in holdings if not any(o[0] == h[0] and o[2] is h[2] and o[1] != h[1] and _shortened(h[1], o[1])
                                           for o in holdings)]


def assemble(doc: Document, index: MentionIndex, orgs: OrgRegistry, found: list[PersonMention], drafts: list[Draft]) -> ArticleFacts:
    text = doc.text
    facts = ArticleFacts()
    used: list[OrgEntry] = []

    def use(entry: OrgEntry) -> OrgEntry:
        if entry not in used:
            used.append(entry)
        return entry

    def org_entry(name: str, place: bool) -> OrgEntry:
        entry = orgs.resolve(name) if not place else (orgs.exact(name) or orgs.resolve(name, allow_subset=False))
        if entry is None:
            entry = orgs.add(name, place=place)
        return use(entry)

    rules = RuleBodies(index, found, drafts)
    seen_posts: set[tuple[str, str, str]] = set()
    titled: set[tuple[str, str]] = set()
    holdings: list[tuple[str, str, OrgEntry, Evidence]] = []
    for mention in found:
        for post in mention.posts:
            if post.org:
                titled.add((mention.name, _title_key(post.title)))
    # (the story's own mentions first, the headline's last: a post the headline writes short and without a
    # body, "Governor A signs ...", is the one the story gives its body, "Gov. A of Wisconsin")
    for mention in sorted(found, key=lambda m: m.phrase_start < doc.body_start):
        evidence = doc.evidence(mention.phrase_start, mention.phrase_end)
        for post in mention.posts:
            org_name, is_place = post.org, post.is_place
            if org_name is None:
                if (mention.name, _title_key(post.title)) in titled:
                    continue  # ("Governor A" in the headline, "Gov. A of Wisconsin" after: one post, the state's)
                if any(name == mention.name and _shortened(post.title, full) for name, full in titled):
                    continue  # ("Minister of Trade A" ... "minister A said": the post told in full, its body known)
                org_name, is_place = rules.body(mention, post)
                if org_name is None:
                    continue
            org_name, is_place = place_governed(post.title, org_name, is_place)
            entry = org_entry(org_name, is_place)
            key = (mention.name, name_key(post.title), entry.name)
            if key in seen_posts:
                continue
            seen_posts.add(key)
            titled.add((mention.name, _title_key(post.title)))
            holdings.append((mention.name, _TITLE_FULL_FORMS.get(post.title.casefold(), post.title), entry, evidence))

    # people
    for known_person in index.people.entries.values():
        spans = [s for s in index.person_spans if s.name == known_person.name]
        facts.people.append(Person(name=known_person.name,
                                   evidence=[doc.evidence(s.name_start, s.name_end) for s in spans]))

    # agreements (their parties' and sides' names are written at the end: entries may be renamed meanwhile)
    told: list[tuple[Agreement, Draft]] = []
    for draft in drafts:
        agreement = Agreement(kind=written_kind(draft, doc), title=draft.title, date=draft.date, place=draft.place)
        agreement.evidence = [doc.evidence(a, b) for a, b in draft.mentions]
        for party in draft.parties:
            use(party)
        for _, signed_for, _ in draft.signatures:
            if signed_for is not None:
                use(signed_for)
        told.append((agreement, draft))
        for name, span in draft.witnesses:
            agreement.witnesses.append(name)
            agreement.witness_evidence.setdefault(name, []).append(doc.evidence(*span))
        for area, span in draft.areas:
            agreement.areas.append(area)
            agreement.area_evidence.setdefault(area, []).append(doc.evidence(*span))
        if draft.date_span:
            agreement.date_evidence.append(doc.evidence(*draft.date_span))
        if draft.place_span:
            agreement.place_evidence.append(doc.evidence(*draft.place_span))
        facts.agreements.append(agreement)

    # organizations: every body named, by its final preferred name
    for entry in orgs.entries:
        if not entry.is_place:
            use(entry)
    for entry in used:
        found_at = list(entry.evidence)
        for alias in entry.aliases:
            for at, to in word_spans(text, alias):
                ev = doc.evidence(at, to)
                if ev not in found_at:
                    found_at.append(ev)
        if not found_at:
            for at, to in word_spans(text, entry.name):
                found_at.append(doc.evidence(at, to))
        facts.organizations.append(Organization(name=entry.name, aliases=list(entry.aliases), kind=entry.kind,
                                                evidence=found_at))
    # entries may have been renamed after they were referenced: their names now
    for agreement, draft in told:
        for party in draft.parties:
            agreement.parties.append(party.name)
            agreement.party_evidence[party.name] = [doc.evidence(a, b) for a, b in draft.party_spans.get(party.name, [])
                                                    if b > a]
        for name, side, span in draft.signatures:
            agreement.signatures.append(Signature(name, side.name if side else None, [doc.evidence(*span)]))
    for person, title, entry, evidence in _fullest_titles(holdings):
        facts.posts.append(PostHolding(person, title, entry.name, [evidence]))
    known = {o.name for o in facts.organizations}
    for entry in used:
        if entry.name not in known:
            facts.organizations.append(Organization(name=entry.name, aliases=list(entry.aliases), kind=entry.kind,
                                                    evidence=list(entry.evidence)))
            known.add(entry.name)
    names = {p.name for p in facts.people}
    for holding in facts.posts:
        if holding.person not in names:
            facts.people.append(Person(name=holding.person, evidence=list(holding.evidence)))
            names.add(holding.person)
    for agreement in facts.agreements:
        for signature in agreement.signatures:
            if signature.person not in names:
                facts.people.append(Person(name=signature.person))
                names.add(signature.person)
        for witness in agreement.witnesses:
            if witness not in names:
                facts.people.append(Person(name=witness))
                names.add(witness)
    return facts

