"""The countries an article names: how often, which two it is about, the
one it is written from, and the country a phrase writes ("... of the Kingdom
of Bahrain").

Posts, sides and the cross-article resolver all ask these questions of
article text; the answers are counted once per text (a country written
inside a longer one, "Guinea" in "Papua New Guinea", counts only as the
longer one, and a currency, "US dollars", names no country).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.names import OrgEntry
from kg.knowledge import knowledge

__all__ = ["COUNTRY_FORMS", "FORMAL_NAME_RE", "SUBNATIONAL_RE", "a_country", "countries_named", "country_counts", "sole_country",
           "two_countries", "written_country", "written_forms"]

_K = knowledge("en")
_COUNTRIES = _K.countries


_GOVERNMENT_NAME_RE = re.compile(r"(?i)^(?:the\s+)?(?:federal\s+|national\s+)?government\s+of\s+(?:the\s+)?(.+)$|^(.+?)\s+government$")


def a_country(entry: OrgEntry) -> bool:
    """Whether a side is a country or its government ("Rwanda", "the
    Government of Ghana", "Kenyan Government")."""
    if entry.name in _COUNTRIES:
        return True
    match = _GOVERNMENT_NAME_RE.match(entry.name)
    named = (match.group(1) or match.group(2)) if match else None
    return named is not None and (named in _COUNTRIES or named in _K.country_of_adjective)


# every way of writing a country (name, formal name, adjective), compiled once: an article is
# searched for each of them several times, and compiling them per call was a third of extraction
# (longest first: "Guinea" inside "Papua New Guinea" is no mention of Guinea)
COUNTRY_FORMS = sorted(((written, re.compile(r"(?<![\w-])" + re.escape(written) + r"(?![\w-])"), country)
                         for written, country in {**{c: c for c in _COUNTRIES}, **_K.country_of_adjective,
                                                  **_K.country_of_official_name}.items()),
                        key=lambda form: -len(form[0]))


# a country's formal name as a text writes it, listed ("Russian Federation") or a style before a short name
# ("Kingdom of Norway"), compiled once for the passes that look for one
FORMAL_NAME_RE = re.compile(r"(?<![\w-])" + _K.country_of_official_name.pattern + r"(?![\w-])")


def countries_named(text: str) -> frozenset[str]:
    """The countries a text names, by their names, formal names or adjectives."""
    return frozenset(country for country, _ in _counted_countries(text))


def country_counts(text: str) -> dict[str, int]:
    """How often the article names each country, by its name, formal name or
    adjective; a name written inside a longer one ("Guinea" in "Papua New
    Guinea", "Congo" in "Democratic Republic of the Congo") counts only as
    the longer one. (Several passes ask of the same article: counted once.)"""
    return dict(_counted_countries(text))


def written_forms(text: str) -> dict[str, dict[str, int]]:
    """How often the article writes each country in each of its forms
    (short name, formal name, adjective): {"Bahrain": {"Kingdom of Bahrain": 3,
    "Bahraini": 1}}; a form written inside a longer one counts only as the
    longer one."""
    forms: dict[str, dict[str, int]] = {}
    for written, country, hits in _counted_forms(text):
        forms.setdefault(country, {})[written] = hits
    return forms


@lru_cache(maxsize=4)
def _counted_countries(text: str) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for _, country, hits in _counted_forms(text):
        counts[country] = counts.get(country, 0) + hits
    return tuple(counts.items())


@lru_cache(maxsize=4)
def _counted_forms(text: str) -> tuple[tuple[str, str, int], ...]:
    found: list[tuple[str, str, int]] = []
    taken: list[tuple[int, int]] = []
    for written, pattern, country in COUNTRY_FORMS:
        if written not in text:
            continue
        spans = [m.span() for m in pattern.finditer(text)]
        # (a currency: "in US dollars" names no country)
        # (a region: "Latin American" names no United States)
        hits = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in taken)
                and _K.currency_after_re.match(text, s[1]) is None
                and _K.region_before_re.search(text, max(0, s[0] - 10), s[0]) is None]
        taken += hits
        if hits:
            found.append((written, country, len(hits)))
    return tuple(found)


def two_countries(text: str) -> tuple[str, str] | None:
    """The two countries an article is about: the only two it names, or the
    two it names most, when each other is named at most half as often as
    the second ("Ghana and South Africa signed ...; Ghana exports to Togo
    and Benin")."""
    counts = country_counts(text)
    if len(counts) == 2:
        first, second = counts
        return first, second
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if len(ranked) >= 2 and ranked[1][1] >= 2 and all(2 * n <= ranked[1][1] for _, n in ranked[2:]):
        return ranked[0][0], ranked[1][0]
    return None


def sole_country(text: str) -> str | None:
    """The one country an article names, when it names just one, by its
    name (a demonym alone may be a company's or a visitor's: "British")
    and more than once, and names no state or province with its own
    government ("Chief Minister", "provincial government")."""
    named = country_counts(text)
    if len(named) != 1 or SUBNATIONAL_RE.search(text):
        return None
    country = next(iter(named))
    written = [country] + [o for o, c in _K.country_of_official_name.items() if c == country]
    hits = sum(len(re.findall(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)) for w in written)
    return country if hits >= 2 else None


SUBNATIONAL_RE = re.compile(r"(?i)\b(?:chief\s+minister|premier|state\s+government|provincial\s+government|"
                             r"government\s+of\s+(?:the\s+)?(?:state|province)|governor)\b")
_OF_COUNTRY_RE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?P<country>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})")


def written_country(text: str, pos: int) -> str | None:
    """"... of Argentina", "... of the Kingdom of Bahrain" right at ``pos``: the country."""
    match = _OF_COUNTRY_RE.match(text, pos)
    if match is None:
        return None
    words = match.group("country").split()
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size]).rstrip(".")
        if written in _COUNTRIES:
            return written
        if written in _K.country_of_official_name:
            return _K.country_of_official_name[written]
    return None
