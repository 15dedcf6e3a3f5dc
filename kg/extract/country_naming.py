"""A country named the way its article writes it.

The passes read "the Kingdom of Bahrain" as the country Bahrain
(``formal_country_names``), so that every way of writing one country is one
side within the article and one node across articles. But a reader quoting
an article that only ever writes "the Kingdom of Bahrain" names the party,
the signer's side and the minister's country that way. So, once the sides
are chosen, a country the article never writes by its short name takes the
formal name it writes most, or else its letters ("the UAE"); the short name
stays one of its names, and articles still join on it.
"""
from __future__ import annotations

import re

from kg.extract.agreements import Draft
from kg.extract.countries import FORMAL_NAME_RE, written_forms
from kg.extract.document import Document
from kg.extract.lexicon import COUNTRY_LETTERS
from kg.extract.names import OrgRegistry
from kg.knowledge import knowledge

__all__ = ["countries_as_written"]

_K = knowledge("en")


def _formal_names(text: str) -> tuple[dict[str, dict[str, int]], list[tuple[int, int]]]:
    """Each country's formal names as the text writes them, how often, and where."""
    named: dict[str, dict[str, int]] = {}
    spans: list[tuple[int, int]] = []
    for match in FORMAL_NAME_RE.finditer(text):
        written = " ".join(match.group().split())
        country = _K.country_of_official_name.get(written)
        if country is not None:
            named.setdefault(country, {})[written] = named.get(country, {}).get(written, 0) + 1
            spans.append(match.span())
    return named, spans


def _written_alone(text: str, country: str, formal_spans: list[tuple[int, int]]) -> bool:
    """Whether the text writes the country's short name outside its formal names."""
    return any(not any(a <= m.start() and m.end() <= b for a, b in formal_spans)
               for m in re.finditer(r"(?<![\w-])" + re.escape(country) + r"(?![\w-])", text))


def countries_as_written(doc: Document, orgs: OrgRegistry, drafts: list[Draft]) -> None:
    """Rename each country the article writes only by a formal name ("the
    Sultanate of Oman") or by its letters ("the UAE") to that name, in every
    fact that refers to it."""
    formal, formal_spans = _formal_names(doc.text)
    letters = written_forms(doc.text)
    for entry in orgs.entries:
        if entry.is_place or entry.name not in _K.countries or _written_alone(doc.text, entry.name, formal_spans):
            continue
        forms = formal.get(entry.name) or {form: n for form, n in letters.get(entry.name, {}).items() if form in COUNTRY_LETTERS}
        if not forms:
            continue
        short = entry.name
        orgs.rename(entry, max(forms, key=lambda form: (forms[form], len(form))))
        entry.aliases = [alias for alias in entry.aliases if alias != entry.name]
        orgs.add_alias(entry, short)
        for draft in drafts:
            if short in draft.party_spans:
                draft.party_spans.setdefault(entry.name, []).extend(draft.party_spans.pop(short))
