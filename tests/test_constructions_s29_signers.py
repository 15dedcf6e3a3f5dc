"""Session 29 constructions for signers' sides: the side written right after
each signer, before the signing verb. The texts are invented."""
from __future__ import annotations

from pathlib import Path

from kg.article import Article
from kg.extract import extract


def _signers(text: str) -> set[tuple[str, str | None]]:
    facts = extract(Article(path=Path("construction.txt"), text=text, title=None, published=None,
                            source_department=None, sha256=""))
    return {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}


def test_each_subject_with_its_own_behalf_before_the_verb() -> None:
    text = ("The Harbour Board of Norvik and Lakeside University signed a memorandum of understanding on Monday.\n\n"
            "Anna Berg on behalf of Lakeside University and Tom Otieno on behalf of the Harbour Board of Norvik "
            "signed the memorandum in Kestrel.")
    assert _signers(text) == {("Anna Berg", "Lakeside University"), ("Tom Otieno", "Harbour Board of Norvik")}


def test_on_the_behalf_of_names_the_side() -> None:
    text = ("The memorandum of understanding was signed by Anna Berg on the behalf of Lakeside University and by "
            "Tom Otieno on the behalf of Norvik College in Kestrel on Monday.")
    assert _signers(text) == {("Anna Berg", "Lakeside University"), ("Tom Otieno", "Norvik College")}
