"""The learned signer linker (issue 11): people the article names whom no
rule made a signer or a witness are weighed by a logistic model trained on
the development set's tune gold, and added as signers when likely enough and
a side is found for them. The texts are invented; the model is the one kg
ships (kg/knowledge/en/models/signers.json).
"""
from __future__ import annotations

from pathlib import Path

from invented import facts_of

from kg.article import Article
from kg.extract.linear import LinearModel, model
from kg.extract.party_linker import link_parties
from kg.extract.pipeline import rule_reading
from kg.extract.signer_linker import link_signers, signer_candidates

COMING_TOGETHER_TO_SIGN = (
    "Kestrel University and the Marlow Institute of Technology signed a memorandum of understanding on Monday.\n\n"
    "The ceremony saw Kestrel University's Dean of Science, Professor Anna Berg and Marlow Institute of "
    "Technology's Chief Scientist Omar Haddad coming together to shake hands over the agreement.")
SIGNED_AND_WITNESSED = (
    "Kestrel University signed a memorandum of understanding with the Marlow Institute of Technology on Monday. "
    "It was signed by Anna Berg, President of Kestrel University, and Omar Haddad, Rector of the Marlow "
    "Institute of Technology, in the presence of Governor Lena Fisk.\n\n"
    "Professor Carl Ode of Kestrel University spoke at the ceremony.")
NO_SIDE = (
    "Kestrel University and the Marlow Institute of Technology signed a memorandum of understanding on Monday.\n\n"
    "Carl Ode spoke about the memorandum.")


def _reading(text: str):
    reading = rule_reading(Article(path=Path("construction.txt"), text=text, title=None, published=None,
                                   source_department=None, sha256=""))
    link_parties(reading.doc, reading.index, reading.drafts)
    return reading


def test_signers_told_in_a_shape_no_rule_reads_are_added_with_their_side() -> None:
    rules = _reading(COMING_TOGETHER_TO_SIGN)
    assert [d.signatures for d in rules.drafts] == [[]]  # the rules read no signer here
    [agreement] = facts_of(COMING_TOGETHER_TO_SIGN).agreements
    assert ("Anna Berg", "Kestrel University") in {(s.person, s.on_behalf_of) for s in agreement.signatures}


def test_the_candidates_are_the_people_who_sign_and_witness_nothing() -> None:
    reading = _reading(SIGNED_AND_WITNESSED)
    assert [c.name for c in signer_candidates(reading.doc, reading.index, reading.drafts, reading.found)] \
        == ["Carl Ode"]
    assert signer_candidates(reading.doc, reading.index, [], reading.found) == []  # no agreement to sign


def test_a_person_no_side_is_found_for_is_not_added() -> None:
    # a linker that takes everyone, a side chooser that takes nothing: nobody with no post at a side is added
    everyone, nothing = LinearModel({}, bias=10.0), LinearModel({}, bias=-10.0)
    reading = _reading(NO_SIDE)
    link_signers(reading.doc, reading.index, reading.drafts, reading.found, linker=everyone, chooser=nothing)
    assert [d.signatures for d in reading.drafts] == [[]]
    reading = _reading(COMING_TOGETHER_TO_SIGN)
    link_signers(reading.doc, reading.index, reading.drafts, reading.found, linker=everyone, chooser=nothing)
    assert {(n, side.name if side else None) for n, side, _ in reading.drafts[0].signatures} \
        == {("Anna Berg", "Kestrel University"), ("Omar Haddad", "Marlow Institute of Technology")}


def test_the_shipped_model_says_what_it_was_trained_on() -> None:
    shipped = model("en", "signers")
    assert "tune articles" in shipped.about and "cross-validation" in shipped.about
    assert 0 < shipped.threshold < 1
    # a person a signing verb governs is more likely a signer than one after "in the presence of"
    assert shipped.weights["governed_by_a_signing_verb"] > shipped.weights.get("after_a_witness_cue", 0.0)
