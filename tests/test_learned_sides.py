"""The learned side chooser (issue 11): every signer's side is chosen among
the rules' choice, the agreement's parties, the bodies of the signer's posts
and the bodies the signer's sentence names, by a logistic model trained on
the development set's tune gold. The texts are invented.
"""
from __future__ import annotations

from pathlib import Path

from kg.article import Article
from kg.extract.linear import LinearModel, model
from kg.extract.party_linker import link_parties
from kg.extract.pipeline import Reading, rule_reading
from kg.extract.posts import posts_by_person
from kg.extract.side_chooser import RULES_CHOICE, choose_sides, side_candidates

SIGNERS_WITHOUT_SIDES = (
    "Kestrel University and the Norland Ministry of Health signed a memorandum of understanding on nursing "
    "training on Monday.\n\nThe memorandum was signed by Anna Berg and Tomas Lind.")
SIGNERS_WITH_SIDES = (
    "The memorandum of understanding was signed by Anna Berg, vice-chancellor of Kestrel University, and "
    "Tomas Lind, director of the Marlow Nursing Board, on Monday.")


def _reading(text: str) -> Reading:
    reading = rule_reading(Article(path=Path("construction.txt"), text=text, title=None, published=None,
                                   source_department=None, sha256=""))
    link_parties(reading.doc, reading.index, reading.drafts)
    return reading


def _sides(reading: Reading) -> list[tuple[str, str | None]]:
    return [(n, e.name if e else None) for d in reading.drafts for n, e, _ in d.signatures]


def test_every_party_is_a_candidate_for_a_signer_left_without_a_side() -> None:
    reading = _reading(SIGNERS_WITHOUT_SIDES)
    assert _sides(reading) == [("Anna Berg", None), ("Tomas Lind", None)]
    [draft] = reading.drafts
    candidates = side_candidates(reading.doc, reading.index, draft, 0, posts_by_person(reading.found))
    assert [c.entry.name for c in candidates] == ["Kestrel University", "Norland Ministry of Health"]
    assert not any(RULES_CHOICE in c.features for c in candidates)
    assert "same_place_in_lists" in candidates[0].features and "other_place_in_lists" in candidates[1].features


def test_a_model_that_weighs_the_order_of_the_lists_pairs_signers_with_sides() -> None:
    reading = _reading(SIGNERS_WITHOUT_SIDES)
    in_order = LinearModel({"same_place_in_lists": 4.0}, bias=-2.0, threshold=0.5)
    choose_sides(reading.doc, reading.index, reading.drafts, reading.found, in_order)
    assert _sides(reading) == [("Anna Berg", "Kestrel University"), ("Tomas Lind", "Norland Ministry of Health")]


def test_the_rules_choice_stands_unless_another_side_is_likelier() -> None:
    reading = _reading(SIGNERS_WITH_SIDES)
    ruled = _sides(reading)
    assert ruled == [("Anna Berg", "Kestrel University"), ("Tomas Lind", "Marlow Nursing Board")]
    [draft] = reading.drafts
    candidates = side_candidates(reading.doc, reading.index, draft, 0, posts_by_person(reading.found))
    assert RULES_CHOICE in candidates[0].features and candidates[0].entry.name == "Kestrel University"
    choose_sides(reading.doc, reading.index, reading.drafts, reading.found)  # the shipped model
    assert _sides(reading) == ruled
    contrary = LinearModel({"other_place_in_lists": 4.0}, bias=-2.0, threshold=0.5)
    choose_sides(reading.doc, reading.index, reading.drafts, reading.found, contrary)
    assert _sides(reading) == [("Anna Berg", "Marlow Nursing Board"), ("Tomas Lind", "Kestrel University")]


def test_the_shipped_model_trusts_the_rules_choice() -> None:
    shipped = model("en", "sides")
    assert "tune articles" in shipped.about and 0 < shipped.threshold < 1
    assert shipped.weights[RULES_CHOICE] > 1
