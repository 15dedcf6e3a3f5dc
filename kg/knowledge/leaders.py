"""Heads of state and government, ministers and the heads of regions and
cities, by name (``<lang>/leaders.jsonl``, ``<lang>/ministers.jsonl``,
``<lang>/cabinet.jsonl``, ``<lang>/regional.jsonl``), compiled once.

News writes its own officials without their country or region ("President A
witnessed the signing", "Health Minister B signed", "Governor C attended"),
and a reader who follows the news knows whose they are. The passes ask these
lists only to choose between the countries and regions the article itself
names, so a name they list never brings a body the text does not mention;
and a listed name is a person's where the small model reads it as a body.

The files are gazetteers, not lists of cues: each entry is a person (their
name and the other ways news writes it), the country or region, and the
offices held from 1995 on (ministers and regional heads: 2000 on); they have
no example sentences (tests/test_leaders.py checks their shape and that
every country is one countries.yaml names).
"""
from __future__ import annotations

import unicodedata
from functools import cache

from kg.errors import KnowledgeError
from kg.knowledge import read_file

__all__ = ["leader_key", "leader_countries", "minister_countries", "cabinet_countries", "regional_heads", "regions_led",
           "surname_countries", "known_public_names", "first_name_keys", "unaccented"]


def leader_key(name: str) -> str:
    """A person's name compared without case, accents, dots, hyphens, a
    generation or a middle initial ("Andrés Manuel López Obrador" is "andres
    manuel lopez obrador", "Benigno S. Aquino III" is "benigno aquino")."""
    plain = unaccented(name).casefold()
    for mark in (".", ",", "-", "’", "'", "‘"):
        plain = plain.replace(mark, " ")
    words = plain.split()
    while len(words) > 2 and words[-1] in _GENERATIONS:
        words.pop()  # "Benigno S. Aquino III" is written "Benigno S. Aquino" as often
    if len(words) > 2:
        # a middle initial is written or not ("Cesar V. Purisima", "Cesar Purisima")
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


def unaccented(text: str) -> str:
    """``text`` without its accents ("Bogotá": "Bogota", "López": "Lopez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv", "2nd", "3rd", "4th"})


@cache
def leader_countries(lang: str = "en") -> dict[str, str]:
    """Each listed way of writing a leader's name, to their country. A name
    listed for two countries is left out: it tells neither."""
    return _by_name(lang, "leaders", None)


@cache
def surname_countries(lang: str = "en") -> dict[str, frozenset[str]]:
    """The countries whose listed leaders end their names with each word
    ("abe": Japan; "lee": South Korea, Singapore, ...): for a leader the text
    names by surname alone ("President Duterte"), where one country the
    article names is the only one."""
    found: dict[str, set[str]] = {}
    for entry in read_file(lang, "leaders").get("leaders") or []:
        for written in [entry["name"], *(entry.get("also") or [])]:
            words = leader_key(written).split()
            if len(words) >= 2:
                found.setdefault(words[-1], set()).add(entry["country"])
    return {word: frozenset(countries) for word, countries in found.items()}


@cache
def regional_heads(lang: str = "en", office: str | None = None) -> dict[str, frozenset[str]]:
    """Each listed way of writing the name of a state's, province's or
    city's head (governor, premier, chief minister, mayor, party secretary;
    ``<lang>/regional.jsonl``), to the regions they headed, named bare
    ("Zhejiang", "Ontario", "Kaduna"); with ``office``, only the regions
    they headed in that office ("Governor": Li Qiang governed Zhejiang, he
    was party secretary of Jiangsu and Shanghai)."""
    found: dict[str, set[str]] = {}
    for entry in read_file(lang, "regional").get("regional") or []:
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("region"):
            raise KnowledgeError(f"kg/knowledge/{lang}/regional.jsonl: every entry needs a name and a region ({entry!r})")
        if office is not None and office not in (entry.get("offices") or []):
            continue
        for written in [entry["name"], *(entry.get("also") or [])]:
            found.setdefault(leader_key(written), set()).add(entry["region"])
    return {key: frozenset(regions) for key, regions in found.items()}


@cache
def regions_led(lang: str = "en") -> frozenset[str]:
    """Every region or city whose head the regional list names ("Karachi",
    "Jalisco", "Seoul"): places a governing title may name with no "of"."""
    return frozenset(region for regions in regional_heads(lang).values() for region in regions)


@cache
def minister_countries(lang: str = "en", office: str = "Foreign Minister") -> dict[str, str]:
    """Each listed way of writing the name of one who held ``office``
    ("Foreign Minister", "Finance Minister"), to their country."""
    return _by_name(lang, "ministers", office)


@cache
def cabinet_countries(lang: str = "en") -> dict[str, str]:
    """Each listed way of writing the name of one who sat in a national
    cabinet (``<lang>/cabinet.jsonl``, every portfolio; with the foreign and
    finance ministers, who sat there too), to their country: for a minister
    of any portfolio written without one ("Health Minister A", "Minister for
    Transport B"). A name two countries claim tells neither. (Not the heads
    of government: a minister's title read for one is more often the next
    name's.)"""
    found: dict[str, set[str]] = {}
    for name in ("cabinet", "ministers"):
        _collect(lang, name, None, found)
    return {key: next(iter(countries)) for key, countries in found.items() if len(countries) == 1}


@cache
def known_public_names(lang: str = "en") -> frozenset[str]:
    """Every listed way, of two words or more, of writing the name of a
    leader, a minister or a region's head (compared with :func:`leader_key`):
    a name the small model reads as a body ("Kassym-Jomart Tokayev" as an
    organization) or misses is a person's all the same."""
    names: set[str] = set()
    for name in ("leaders", "ministers", "cabinet", "regional"):
        for entry in read_file(lang, name).get(name) or []:
            for written in [entry["name"], *(entry.get("also") or [])]:
                if len((folded := leader_key(written)).split()) >= 2:
                    names.add(folded)
    return frozenset(names)


@cache
def first_name_keys(lang: str = "en") -> frozenset[str]:
    """The first word of every name :func:`known_public_names` holds: where a
    search for those names may begin."""
    return frozenset(name.split()[0] for name in known_public_names(lang))


def _by_name(lang: str, name: str, office: str | None) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    _collect(lang, name, office, found)
    return {key: next(iter(countries)) for key, countries in found.items() if len(countries) == 1}


def _collect(lang: str, name: str, office: str | None, found: dict[str, set[str]]) -> None:
    for entry in read_file(lang, name).get(name) or []:
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("country"):
            raise KnowledgeError(f"kg/knowledge/{lang}/{name}.yaml: every entry needs a name and a country ({entry!r})")
        if office is not None and office not in (entry.get("offices") or []):
            continue
        for written in [entry["name"], *(entry.get("also") or [])]:
            found.setdefault(leader_key(written), set()).add(entry["country"])
