"""Deterministic IRIs minted from normalised names.

The same name gives the same IRI in every article and every run, so an
organization named in two articles is one node, and re-ingesting an article
produces byte-identical triples.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.vocab import DEFAULT_BASE

__all__ = ["slug", "article_key", "Minter"]

_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """``"People's Government of Xiangxi"`` -> ``"peoples-government-of-xiangxi"``.

    Accents are folded and apostrophes dropped (so the "Peoples" of a page
    that lost its apostrophes mints the same IRI); a leading "the" goes.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text).replace("&", " and ")
    text = _NON_WORD.sub("-", text).strip("-")
    text = re.sub(r"^the-", "", text)
    # "China Petroleum and Chemical Corp" and "... Corporation" are one name (the stop-less abbreviation a
    # headline or a wire writes): one IRI, so that articles writing either join one node
    text = re.sub(r"(?<![^-])corp(?![^-])", "corporation", text)
    return text or "unnamed"


_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_KEY_LENGTH = 60
_RESERVED_KEYS = {"inferred"}  # graph/inferred is the inferred graph, never an article's


def article_key(stem: str) -> str:
    """The name an article is known by in the store: its graph, its node,
    its agreements and mentions are minted from it.

    An article is known by its file name without the suffix (its *stem*),
    exactly as written: ``Kingsbridge Dongting`` and ``kingsbridge-dongting``
    are two articles, and so are two all-Chinese names. A stem that is
    already a clean lower-case slug is its own key, so the usual names give
    readable IRIs (and stores made before keys existed keep theirs); any
    other stem gives a readable slug (letters of every script kept, not
    transliterated) plus ``--`` and 8 hex digits of the SHA-256 of the stem.
    A clean slug never holds ``--``, so the two forms cannot meet.

    Why the file name, not the path or the content: the same file ingested
    again, from wherever, is the same article (re-ingest is idempotent, a
    moved folder does not duplicate its articles, and two machines mint the
    same IRIs); an edited file replaces its old version instead of becoming
    a second article. Two files of one name in different folders are one
    article: kg refuses them in one ingest and reports when a file replaces
    an article read from another path.

    >>> article_key("fenghuang-xiangjiang-bank-2022")
    'fenghuang-xiangjiang-bank-2022'
    >>> article_key("Kingsbridge Dongting")
    'kingsbridge-dongting--3688fb84'
    >>> article_key("签约仪式")
    '签约仪式'
    >>> article_key("签约仪式 (2)") != article_key("签约仪式 2")
    True
    >>> article_key("inferred") != "inferred"
    True
    """
    stem = str(stem)
    text = unicodedata.normalize("NFKC", stem).casefold()
    text = _APOSTROPHES.sub("", text)
    readable = _NOT_LETTER_OR_DIGIT.sub("-", text).strip("-")[:_KEY_LENGTH].strip("-")
    if readable and readable == stem and stem not in _RESERVED_KEYS:
        return stem
    import hashlib

    digest = hashlib.sha256(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{readable or 'article'}--{digest}"


@dataclass(frozen=True)
class Minter:
    """Mints every IRI kg writes, under one configurable base."""

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def prefixes(self) -> dict[str, str]:
        """Turtle prefixes for each family of IRIs, for readable exports."""
        families = ("organization", "person", "post", "role", "holding", "kind", "field", "place",
                    "article", "graph", "agreement", "statement", "curation")
        return {family: f"{self.base}{family}/" for family in families}

    def organization(self, name: str, qualifier: str | None = None) -> str:
        """``qualifier`` tells apart two bodies that share a name."""
        tail = f"--{slug(qualifier)}" if qualifier else ""
        return f"{self.base}organization/{slug(name)}{tail}"

    @staticmethod
    def is_qualified(iri: str) -> bool:
        """Whether an entity IRI carries a qualifier ("...--story-2021"): slugs
        never hold a double hyphen, qualifiers always do."""
        return "--" in iri.rsplit("/", 1)[-1]

    def person(self, name: str, qualifier: str | None = None) -> str:
        """``qualifier`` tells apart two people who share a name: the
        organization they are known by ("wang-wei--xinhai-logistics")."""
        tail = f"--{slug(qualifier)}" if qualifier else ""
        return f"{self.base}person/{slug(name)}{tail}"

    def curation(self, stem: str) -> str:
        """A curation file, the source of the facts it changes."""
        return f"{self.base}curation/{slug(stem)}"

    def role(self, title: str) -> str:
        return f"{self.base}role/{slug(title)}"

    def post(self, organization_name: str | None, title: str) -> str:
        where = slug(organization_name) if organization_name else "unknown-organization"
        return f"{self.base}post/{where}/{slug(title)}"

    def holding(self, article_stem: str, person: str, organization: str | None, title: str) -> str:
        where = slug(organization) if organization else "unknown-organization"
        return f"{self.base}holding/{article_key(article_stem)}/{slug(person)}/{where}/{slug(title)}"

    def kind(self, phrase: str) -> str:
        return f"{self.base}kind/{slug(phrase)}"

    def field(self, phrase: str) -> str:
        return f"{self.base}field/{slug(phrase)}"

    def place(self, name: str) -> str:
        return f"{self.base}place/{slug(name)}"

    def article(self, stem: str) -> str:
        """The article read from a file of this stem (see :func:`article_key`)."""
        return f"{self.base}article/{article_key(stem)}"

    def graph(self, stem: str) -> str:
        """The named graph that holds what one article says."""
        return f"{self.base}graph/{article_key(stem)}"

    def inferred_graph(self) -> str:
        return f"{self.base}graph/inferred"

    def agreement(self, article_stem: str, index: int) -> str:
        return f"{self.base}agreement/{article_key(article_stem)}/{index}"

    def mention(self, article_stem: str, start: int, end: int) -> str:
        """A span of the article's text, named the NIF way (RFC 5147 offsets)."""
        return f"{self.article(article_stem)}#char={start},{end}"

    def statement(self, subject: str, predicate_local: str, obj: str) -> str:
        """A node that carries the evidence of one plain triple."""
        import hashlib

        digest = hashlib.sha1(f"{subject} {predicate_local} {obj}".encode()).hexdigest()[:16]
        return f"{self.base}statement/{digest}"
