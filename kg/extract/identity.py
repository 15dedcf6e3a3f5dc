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
from kg.extract.lexicon import COMPANY_SUFFIXES, FIELD_WORDS, HONORIFICS, ORG_HEADS
from kg.extract.names import name_key
from kg.facts import ArticleFacts
from kg.knowledge import knowledge

__all__ = ["settle_identities", "is_generic_name", "joins_strangers", "other_bodies", "telling_words"]

_K = knowledge("en")
_COUNTRIES = set(_K.countries) | {a for a in _K.country_of_adjective if a.isupper()}
_PLACE_LABELS = ("GPE", "LOC")
_DEMONYMS = {w.casefold() for w in _K.country_of_adjective if not w.isupper()}
_DESCRIPTIVE_WORDS = _DEMONYMS | {w.casefold() for w in FIELD_WORDS}
_PLACE_WORDS = {w.casefold() for c in _K.countries for w in c.split()} | {"africa", "asia", "europe", "america"}


_REMIT_HEADS = {"ministry", "department", "bureau", "office", "commission", "committee", "council", "secretariat",
                "directorate", "agency", "authority", "administration", "division", "unit", "board", "faculty", "school"}


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
    spelled = re.sub(r"[\s-]+", " ", name.casefold().removeprefix("the "))
    if spelled in _K.branch_families:
        return True  # "Indian Institute of Technology" with no campus: which of them, only its article says
    if spelled in _K.ambiguous_names:
        return True  # "Republic of China": Taiwan, or the People's Republic written short; only its article says
    if len(words) == 1 and name.strip().upper() in _FAMILY_LETTERS:
        return True  # "AIIMS" alone: which of the family's campuses, only its article says
    if _K.agreement_head_re.search(name):
        return True  # "University-Level Exchange Agreement" read as a body: each article's own
    # a description, not a name: "Chinese company", "Iranian holding company" (a people's adjective and
    # heads only), "Co., Ltd" (company forms only), "Finance" (one field); "State Information Center" is a name
    if all(w.rstrip(".") + "." in COMPANY_SUFFIXES or w in COMPANY_SUFFIXES for w in words):
        return True
    if len(words) == 1 and words[0] in FIELD_WORDS:
        return True
    if any(w in ORG_HEADS for w in words) and all(w in ORG_HEADS or w in FIELD_WORDS or w in ("and", "&", "of")
                                                  for w in words):
        # a remit before its head, no place: "Finance Ministry", "Press Office"; or a unit named by its field
        # after its head, of whichever university or ministry the article tells: "College of Engineering"
        return True
    if len(words) == 1 and len(name.strip()) <= 2 and not name.strip().isupper():
        return True  # "Wa", a town of two letters: no other article's "WA" (Western Australia) or "Wa"
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


def _name_words(name: str) -> list[str]:
    """The words of a person's name, less honorifics ("Mr. Sato" is one word of name)."""
    return [w for w in name.split() if w.casefold() not in HONORIFICS and w.casefold().rstrip(".") not in HONORIFICS]


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


_LINKING_WORDS = {"of", "the", "and", "for", "in", "at", "on", "&",
                  # words of a kind or a level, which bodies of one kind share: "Port Authority", "National Bank"
                  "port", "ports", "national", "international", "general", "central", "federal", "state", "cooperation"}


def _own_words(name: str) -> set[str]:
    """The words that tell one body from others of its kind: not its heads
    ("Bank", "Authority"), company forms or linking words."""
    words = re.split(r"[\s\-/]+", name_key(name).replace("’", "'"))
    return {w for w in words if w and w not in _LINKING_WORDS and w not in ORG_HEADS
            and w.rstrip(".") + "." not in COMPANY_SUFFIXES and w not in COMPANY_SUFFIXES
            and w not in _K.generic_name_words}


def telling_words(name: str) -> set[str]:
    """The words of a body's name that tell it from others of its kind, lower
    case ("Mountains of the Moon University": mountains, moon)."""
    return _own_words(name)


def other_bodies(name: str, other: str) -> bool:
    """Whether two bodies' full names, which share a short name, name two
    bodies: no word of one tells it apart as the other's does ("Inter-American
    Development Bank" and "Islamic Development Bank" are both "IDB";
    "Philippine Ports Authority" and "Piraeus Port Authority" both "PPA"),
    where "Export-Import Bank of China" and "China Exim Bank" share "China".
    A name that is only letters ("ADB") is the other's short form."""
    if name_key(name) == name_key(other) or name.replace(".", "").isupper() or other.replace(".", "").isupper():
        return False
    heads = {w for w in re.split(r"[\s\-/]+", name_key(name)) if w in ORG_HEADS}
    other_heads = {w for w in re.split(r"[\s\-/]+", name_key(other)) if w in ORG_HEADS}
    if not heads & set(re.split(r"[\s\-/]+", name_key(other))):
        # "Sinopec" and "China Petroleum and Chemical Corporation": a brand beside its full name; but
        # "Northwestern Michigan College" and "Nagpur Municipal Corporation", both "NMC", are two
        # bodies of two kinds, each with a head of its own and none of the other's; and two full names
        # of three words or more with no telling word in common ("National Centre for Physics" and
        # "National Citizen Party", both "NCP") are two bodies whatever their heads
        both_full = len(name.split()) >= 3 and len(other.split()) >= 3
        return (bool(heads) and bool(other_heads) and not other_heads & set(re.split(r"[\s\-/]+", name_key(name)))
                or both_full) \
            and bool(_own_words(name)) and bool(_own_words(other)) \
            and not _words_meet(_own_words(name), _own_words(other), name, other)
    mine, theirs = _own_words(name), _own_words(other)
    fields = {w.casefold() for w in FIELD_WORDS}
    if mine - fields and theirs - fields:  # what they do ("Development") tells less than whose they are
        mine, theirs = mine - fields, theirs - fields
    return bool(mine) and bool(theirs) and not _words_meet(mine, theirs, name, other)


def _words_meet(mine: set[str], theirs: set[str], name: str, other: str) -> bool:
    """Whether two names share a telling word, written alike ("African" and
    "Africa") or as letters of the other's words ("US" and "United States")."""
    if any(a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)) for a in mine for b in theirs):
        return True
    for short, whole in ((mine, other), (theirs, name)):
        words = [w for w in re.split(r"[\s\-/]+", name_key(whole)) if w]
        runs = {"".join(w[0] for w in words[i:j]) for i in range(len(words)) for j in range(i + 2, min(i + 5, len(words) + 1))}
        if any(2 <= len(w) <= 4 and w in runs for w in short):
            return True
    return False


def _a_countys_state(text: str, name: str) -> bool:
    """"Fulton County, Georgia": a country's name that is also a US state's
    (``us_state_homonyms``), written in the article only as a county's state."""
    before = _K.us_state_homonyms.get(name)
    if before is None:
        return False
    written = [m.start() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
    return bool(written) and all(before.search(text[max(0, at - 40) : at]) for at in written)


def settle_identities(doc: Document, facts: ArticleFacts) -> None:
    """Drop place names from bodies' other names (a country keeps its formal
    name and its letters, or its short name when the article names it by
    those); qualify generic names, and "people" named only by places or
    fields, or by a surname alone, by the article."""
    places = {name_key(e.text) for e in doc.parsed.ents if e.label_ in _PLACE_LABELS} | {name_key(c) for c in _COUNTRIES}
    for org in facts.organizations:
        org.aliases = [a for a in org.aliases if (name_key(a) not in places or name_key(a) == name_key(org.name)
                                                   or _K.country_of_official_name.get(a) == org.name
                                                   or _K.country_of_official_name.get(org.name) == a
                                                   or _K.country_of_adjective.get(org.name) == a
                                                   or _K.country_of_adjective.get(a) == org.name and a.isupper())
                       and not _seat_in_brackets(org.name, a, org.aliases)  # "Russian Federation" of Russia
                       ]
        # (a country's formal name is one country's, however generic its head: "Russian Federation")
        if org.qualifier is None and _K.country_of_official_name.get(org.name) is None \
                and (is_generic_name(org.name, places) or _a_countys_state(doc.text, org.name)):
            org.qualifier = doc.article.stem
    lower_words = {t for t in doc.token_texts if t.islower()}
    for person in facts.people:
        if person.qualifier is None and (_unnamed_person(person.name, lower_words)
                                         or len(_name_words(person.name)) == 1):
            person.qualifier = doc.article.stem  # a surname alone ("Sato"): which Sato, only the article says
