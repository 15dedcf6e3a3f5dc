"""The learned party linker (issue 11): bodies the article names that no
signing rule made a party are weighed by a logistic model trained on the
development set's tune gold, and added when likely enough. The texts are
invented; the model is the one kg ships (kg/knowledge/en/models/parties.json).
"""
from __future__ import annotations

from pathlib import Path

from invented import facts_of

from kg.article import Article
from kg.extract.linear import model
from kg.extract.party_linker import party_candidates
from kg.extract.pipeline import rule_reading

PARTNERS_LISTED_LATER = (
    "The Norland Space Agency signed memoranda of understanding with three universities on Monday.\n\n"
    "The memoranda were signed with Kestrel University, the Marlow Institute of Technology and "
    "Brightwater University, and cover research on small satellites.")
BACKGROUND_BODY = (
    "The Norland Ministry of Health signed a memorandum of understanding with Kestrel University on Monday.\n\n"
    "The Asian Development Bank published a report on regional trade last year.")


def _reading(text: str):
    return rule_reading(Article(path=Path("construction.txt"), text=text, title=None, published=None,
                                source_department=None, sha256=""))


def test_partners_named_in_a_later_sentence_become_parties() -> None:
    rules = _reading(PARTNERS_LISTED_LATER)
    assert {p.name for d in rules.drafts for p in d.parties} == {"Norland Space Agency"}  # the rules stop here
    parties = {p for a in facts_of(PARTNERS_LISTED_LATER).agreements for p in a.parties}
    assert {"Kestrel University", "Marlow Institute of Technology", "Brightwater University"} <= parties


def test_a_body_told_of_beside_a_two_sided_signing_is_no_party() -> None:
    [agreement] = facts_of(BACKGROUND_BODY).agreements
    assert sorted(agreement.parties) == ["Kestrel University", "Norland Ministry of Health"]


def test_the_candidates_are_the_bodies_no_agreement_has() -> None:
    reading = _reading(BACKGROUND_BODY)
    names = [c.name for c in party_candidates(reading.doc, reading.index, reading.drafts)]
    assert names == ["Asian Development Bank"]
    assert party_candidates(reading.doc, reading.index, []) == []  # no agreement, nobody to join


def test_the_shipped_model_says_what_it_was_trained_on() -> None:
    shipped = model("en", "parties")
    assert "tune articles" in shipped.about and "cross-validation" in shipped.about
    assert 0 < shipped.threshold < 1
    # a body named far from any signing sentence, beside two sides already read, is rarely a third
    assert shipped.weights["signing=in"] > shipped.weights.get("signing=far", 0.0)
