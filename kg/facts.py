"""The facts model: plain data between extraction and RDF.

Everything an extractor finds in one article is an :class:`ArticleFacts`.
Entities refer to each other by *name* (the preferred name of an
organization or person), never by IRI: minting identifiers is the RDF
mapper's job, so a rule-based extractor, another NLP pipeline or a
researcher's curation file can all produce the same model.

Offsets are character offsets into :attr:`kg.article.Article.text`, so every
fact can be traced to the sentence it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import datetime

__all__ = [
    "Evidence",
    "Organization",
    "Person",
    "PostHolding",
    "Signature",
    "Agreement",
    "ArticleFacts",
]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a mention span and the sentence around it."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass
class Organization:
    """A body that can sign, hold posts or be a party: a government, a
    company, a university, a department, or a place acting as a body."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None  # "government", "company", "university", "department", ...
    evidence: list[Evidence] = field(default_factory=list)
    # a curation file's word on this entity (renamed, merged, split), if any
    curated_by: str | None = None
    # tells apart two entities that share a name ("Wang Wei" of two companies)
    qualifier: str | None = None


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    curated_by: str | None = None
    qualifier: str | None = None


@dataclass
class PostHolding:
    """A person holding a post ("President") in an organization, as stated."""

    person: str
    title: str
    organization: str | None
    evidence: list[Evidence] = field(default_factory=list)
    curated_by: str | None = None  # set when a curation file added this fact


@dataclass
class Signature:
    """One person signing an agreement, for one side when the text says so."""

    person: str
    on_behalf_of: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    curated_by: str | None = None


@dataclass
class Agreement:
    """One agreement signed (or announced as signed) in the article."""

    kind: str  # short lower-case phrase: "memorandum of understanding"
    title: str | None = None  # a quoted name such as "Agreement on Science and Technology Cooperation"
    date: datetime.date | None = None
    place: str | None = None
    parties: list[str] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    witnesses: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # evidence for individual facts, keyed by what they say
    party_evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    witness_evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    area_evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    date_evidence: list[Evidence] = field(default_factory=list)
    place_evidence: list[Evidence] = field(default_factory=list)
    # facts a curation file added: "party:NAME", "witness:NAME", "area:NAME",
    # "date", "place" -> the curation file that says so
    curated: dict[str, str] = field(default_factory=dict)
    curated_by: str | None = None  # the whole agreement was added by curation


@dataclass
class ArticleFacts:
    """All facts taken from one article."""

    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    posts: list[PostHolding] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)

    def organization(self, name: str) -> Organization | None:
        """The organization whose preferred name or alias is ``name``."""
        for org in self.organizations:
            if name == org.name or name in org.aliases:
                return org
        return None

    def person(self, name: str) -> Person | None:
        for person in self.people:
            if name == person.name or name in person.aliases:
                return person
        return None
