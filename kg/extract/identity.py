"""Which names may join a body across articles: the pass that keeps places
out of bodies' names and generic names inside their article.

Cross-article resolution joins bodies that share a name. Two kinds of
name would make it join strangers: a place written beside a body ("China",
"Guiyang", read as another name of a university or a bank), and a generic
name ("Ministry of Finance", "Provincial Party Committee", "International
Convention Centre") that names a different body in every article. A place
is never kept as another name of a body, and a generic name is qualified by
its article, so that it stays a node of that article alone; such a name,
or letters many bodies share, is kept as another name of a body but joins
no other article's body (``joins_strangers``, used by kg.resolve).
"""
from __future__ import annotations

import re
from collections.abc import Collection

from kg.extract.document import Document
from kg.extract.lexicon import COMPANY_SUFFIXES, FIELD_WORDS, ORG_HEADS
from kg.extract.names import name_key
from kg.facts import ArticleFacts
from kg.knowledge import knowledge

__all__ = ["settle_identities", "is_generic_name", "joins_strangers"]

_K = knowledge("en")
_COUNTRIES = set(_K.countries) | {a for a in _K.country_of_adjective if a.isupper()}
_PLACE_LABELS = ("GPE", "LOC")
_DEMONYMS = {w.casefold() for w in _K.country_of_adjective if not w.isupper()}
_DESCRIPTIVE_WORDS = _DEMONYMS | {w.casefold() for w in FIELD_WORDS}
_PLACE_WORDS = {w.casefold() for c in _K.countries for w in c.split()} | {"africa", "asia", "europe", "america"}


_REMIT_HEADS = {"ministry", "department", "bureau", "office", "commission", "committee", "council", "secretariat",
                "directorate", "agency", "authority", "administration", "division", "unit", "board"}


def is_generic_name(name: str, places: Collection[str] = ()) -> bool:
    """A name that names a different body in every article: a remit head and
    what it covers, with no place in it ("Ministry of Finance", "Board of
    Directors"), or only level words and heads ("Provincial Party
    Committee", "Union", "International Convention Centre")."""
    words = name_key(name).replace("’", "'").split()
    if not words:
        return False
    if len(words) >= 3 and words[0] in _REMIT_HEADS and words[1] == "of":
        text = " " + " ".join(words) + " "
        return not any(f" {place} " in text for place in places)
    if all(w in ORG_HEADS or w in _K.generic_name_words for w in words):
        return True
    if re.sub(r"[\s-]+", " ", name.casefold().removeprefix("the ")) in _K.branch_families:
        return True  # "Indian Institute of Technology" with no campus: which of them, only its article says
    if _K.agreement_head_re.search(name):
        return True  # "University-Level Exchange Agreement" read as a body: each article's own
    # a description, not a name: "Chinese company", "Iranian holding company" (a people's adjective and
    # heads only), "Co., Ltd" (company forms only), "Finance" (one field); "State Information Center" is a name
    if all(w.rstrip(".") + "." in COMPANY_SUFFIXES or w in COMPANY_SUFFIXES for w in words):
        return True
    if len(words) == 1 and words[0] in FIELD_WORDS:
        return True
    return len(words) <= 3 and any(w in _DEMONYMS for w in words) and all(
        w in _DEMONYMS or w in ORG_HEADS or w in _K.generic_name_words for w in words)


def _seat_in_brackets(name: str, alias: str, aliases: list[str]) -> bool:
    """"African Development Bank (Abidjan)" beside "(AfDB)": one capitalised word that is no
    acronym, no word of the name and not spelled by it, where the body has an acronym already, is
    where the body sits, not another of its names."""
    if " " in alias or not alias[:1].isupper() or alias.isupper() or sum(c.isupper() for c in alias) > 1:
        return False
    if name_key(alias) in name_key(name).split():
        return False
    has_acronym = any(a != alias and " " not in a and sum(c.isupper() for c in a) >= 2 for a in aliases)
    return has_acronym


def _unnamed_person(name: str, lower_words: Collection[str] = ()) -> bool:
    """A "person" whose every word is a place, a people's adjective or a field ("Africa", "African
    Development"), or a word the article also writes in lower case ("Vocational Training", where it
    writes "vocational training"): a misreading that must not join other articles."""
    words = name_key(name).replace("’", "'").split()
    return bool(words) and all(w in _DESCRIPTIVE_WORDS or w in _PLACE_WORDS or w in lower_words for w in words)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.casefold() not in ("of", "and", "the", "for")).upper()


# the letters of a family of bodies with many branches ("IIT", "IIM", "AIIMS"): any branch's, not one body's
_FAMILY_LETTERS = {_initials(f) for f in _K.branch_families}


_SCHOOL_RE = re.compile(r"(?i)\b(?:university|universit[ée]|college|institute|school|academy)\b")


def joins_strangers(alias: str, name: str, places: Collection[str] = ()) -> bool:
    """Another name of a body that other articles give other bodies: a
    generic name ("Indian Institute of Technology", "People's Committee",
    "General Directorate"), a family's letters ("IIT"), or a school's two
    letters ("KU" is Kasetsart University in one article and the University
    of Kerala in another)."""
    if name in _COUNTRIES or alias in _COUNTRIES:
        return False  # "US", "UK": a country's letters are its own
    letters = alias.replace(".", "").replace("-", "")
    if letters.isupper() and (letters in _FAMILY_LETTERS or len(letters) <= 2 and _SCHOOL_RE.search(name)):
        return True
    return is_generic_name(alias, places)


def settle_identities(doc: Document, facts: ArticleFacts) -> None:
    """Drop place names from bodies' other names (a country keeps its formal
    name); qualify generic names, and "people" named only by places or
    fields, by the article."""
    places = {name_key(e.text) for e in doc.parsed.ents if e.label_ in _PLACE_LABELS} | {name_key(c) for c in _COUNTRIES}
    for org in facts.organizations:
        org.aliases = [a for a in org.aliases if (name_key(a) not in places or name_key(a) == name_key(org.name)
                                                   or _K.country_of_official_name.get(a) == org.name
                                                   or _K.country_of_adjective.get(a) == org.name and a.isupper())
                       and not _seat_in_brackets(org.name, a, org.aliases)  # "Russian Federation" of Russia
                       ]
        if org.qualifier is None and is_generic_name(org.name, places):
            org.qualifier = doc.article.stem
    lower_words = {t for t in doc.token_texts if t.islower()}
    for person in facts.people:
        if person.qualifier is None and _unnamed_person(person.name, lower_words):
            person.qualifier = doc.article.stem
