"""Invented articles for the construction tests: a text read as an article
without a file, or a page written to a file and read as kg reads files.

Shared by tests/test_constructions*.py so that each test states only its
text and what must be read from it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.article import Article, read_article
from kg.extract import extract
from kg.facts import ArticleFacts


def facts_of(text: str, published: date | None = date(2024, 5, 17)) -> ArticleFacts:
    """The facts of a text with no headline and no date line of its own."""
    return extract(Article(path=Path("construction.txt"), text=text, title=None, published=published,
                           source_department=None, sha256=""))


def page(folder: Path, name: str, text: str) -> Article:
    """A page as a file in ``folder``, read as kg reads it (head, menus, date lines)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def signatures(facts: ArticleFacts) -> set[tuple[str, str | None]]:
    return {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}


def signers_of(text: str) -> dict[str, str | None]:
    """Each signer of a text's agreements and the side they signed for."""
    return dict(signatures(facts_of(text)))


def posts(facts: ArticleFacts) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.title, p.organization) for p in facts.posts}


# an agreement told first, so that a test of fields of cooperation can give its sentence alone after it
SIGNED = "The Lakeside Agency and the Kisumu Institute signed a memorandum of understanding on Monday. "


def areas_of(text: str) -> set[str]:
    """The fields of cooperation of every agreement read from ``text`` (which must give one)."""
    facts = facts_of(text)
    assert facts.agreements, "the invented article should give an agreement"
    return {area for agreement in facts.agreements for area in agreement.areas}
