"""Places the small model takes for people, given back to places.

``en_core_web_sm`` tags some names of countries and provinces as PERSON when
they sign or speak ("Sri Lanka and the bank signed ...", "Davao Occidental
Governor ...", "Punjab Chief Minister ..."): the passes then look for that
"person's" post and side, and the place is lost as a party. A gazetteer
settles what rules cannot: an entity whose whole text is the name of a
country or of a country's first-level division (ISO 3166-1 and 3166-2, from
pycountry, plus the countries kg's own knowledge names) is a place (GPE).

Two guards keep real people: a name written after an honorific ("Mr Jordan")
stays a person, and so does a name that is a word of a longer person's name
in the same article ("Victoria" where "Victoria Mensah" is named). Town and
city names are not used: many are also given names or surnames.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "place_names", "places_from_people"]

COMPONENT = "kg_place_names"

# shorter division names ("Ba", "Est", "Sud") are also words of other names
_MIN_LENGTH = 4


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names of countries and their first-level divisions, as written."""
    import pycountry

    from kg.knowledge import knowledge

    names: set[str] = set(knowledge().countries)
    for country in pycountry.countries:
        names.update(getattr(country, attribute, None) or "" for attribute in ("name", "common_name", "official_name"))
    names.update(division.name for division in pycountry.subdivisions)
    return frozenset(name for name in names if len(name) >= _MIN_LENGTH)


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    from kg.knowledge import knowledge

    return knowledge().honorifics


def places_from_people(doc: Doc) -> Doc:
    """``doc`` with each PERSON entity that is wholly a country's or a
    division's name labelled GPE (see the module's docstring for the guards)."""
    from spacy.tokens import Span

    people = [entity for entity in doc.ents if entity.label_ == "PERSON"]
    if not people:
        return doc
    names = place_names()
    words_of_longer_names = {token.text for entity in people if len(entity) > 1 for token in entity}
    honorifics = _honorifics()
    changed = False
    entities = []
    for entity in doc.ents:
        if (entity.label_ == "PERSON" and entity.text in names and entity.text not in words_of_longer_names
                and not (entity.start > 0 and doc[entity.start - 1].lower_ in honorifics)):
            entities.append(Span(doc, entity.start, entity.end, label="GPE"))
            changed = True
        else:
            entities.append(entity)
    if changed:
        doc.ents = entities
    return doc
