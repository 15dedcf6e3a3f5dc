"""The extractor: article text in, :class:`kg.facts.ArticleFacts` out.

A statistical base (spaCy's English pipeline, :mod:`kg.nlp`) and the genre's
knowledge as data (:mod:`kg.knowledge`), read by named passes, one module each:

- ``document``    the article's text, sentences, tokens, parse and evidence spans
- ``lexicon``     short names for the knowledge files' word lists, title patterns
- ``names``       organization names written by the rules, short names, resolution
- ``entities``    people and bodies the model names that the rules miss
- ``people``      people and the posts written around them
- ``posts``       posts stated elsewhere: headers, academic titles, implied bodies
- ``mentions``    where people and bodies are named, for the list rules
- ``agreements``  agreement phrases, kinds, signing verbs, dates and places in a sentence
- ``signings``    the article's agreements, sentence by sentence
- ``roles``       signers, the sides they name, and witnesses in a sentence
- ``sides``       sides from the parse, and the side each signer signed for
- ``time_place``  when and where each agreement was signed
- ``areas``       fields of cooperation
- ``assemble``    the facts model with evidence for each fact
- ``identity``    which names may join bodies of other articles
- ``pipeline``    the whole run as named passes
"""
from __future__ import annotations

from kg.extract.pipeline import extract

__all__ = ["extract"]
