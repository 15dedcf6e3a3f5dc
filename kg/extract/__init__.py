"""The rule-based extractor: article text in, :class:`kg.facts.ArticleFacts` out.

Plain Python and precompiled regular expressions, no models: fast enough
for hundreds of articles a second, and every rule readable in its module:

- ``lexicon``     titles, organization heads, honorifics
- ``document``    sentences, tokens, evidence spans
- ``names``       organization names, short names, resolution
- ``people``      people and the posts written around them
- ``mentions``    where people and bodies are named, for list rules
- ``agreements``  signing sentences, kinds, parties, date, place
- ``roles``       signatories and their sides, witnesses
- ``areas``       fields of cooperation
- ``pipeline``    the whole run, and the facts model with evidence
"""
from __future__ import annotations

from kg.extract.pipeline import extract

__all__ = ["extract"]
