"""People the statistical model names: the pass that finds people written
without a title.

The rule passes find a person through the post written around the name
("Governor Long Xiaohua", "Cheng Xiaobo, President of SIC"). News also
names people bare ("Barnabas Nawangwe and Jo Midgley signed the MoU"). The
model's PERSON entities give those names; this pass keeps the ones that
look like a person's name (two to four name words once honorifics and
titles are dropped, not an organization of the article) and registers
them, so that the signer and witness rules see them like any other person.
"""
from __future__ import annotations

from kg.extract.document import Document
from kg.extract.lexicon import HONORIFICS, TITLE_WORDS
from kg.extract.mentions import bare_name_tokens
from kg.extract.names import OrgRegistry
from kg.extract.people import PersonRegistry

__all__ = ["add_named_people"]

_POSSESSIVE = ("'s", "’s")


def _person_name(text: str) -> str | None:
    """The name inside a PERSON entity's text, or None when it is not one."""
    words = text.split()
    while words and (words[0].casefold() in HONORIFICS or words[0].casefold() in TITLE_WORDS):
        words.pop(0)
    if words and words[-1].endswith(_POSSESSIVE):
        words[-1] = words[-1][:-2]
    name = " ".join(words)
    return name if bare_name_tokens(name) else None


def add_named_people(doc: Document, people: PersonRegistry, orgs: OrgRegistry) -> None:
    """Register every person the model names that the article's bodies do not claim."""
    for entity in doc.parsed.ents:
        if entity.label_ != "PERSON":
            continue
        name = _person_name(entity.text)
        if name is None or orgs.resolve(name, allow_bare=True) is not None:
            continue
        people.add(name)
