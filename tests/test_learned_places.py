"""The learned place ranker (issue 11): where the rules find no place of
signing, a logistic model trained on the development set's tune gold picks
one of the places the parse names, or none. The texts are invented; the
model is the one kg ships (kg/knowledge/en/models/places.json).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from invented import facts_of

from kg.article import Article
from kg.errors import KnowledgeError
from kg.extract.linear import LinearModel, best, fit, model
from kg.extract.pipeline import rule_reading

MET_IN_KIGALI = ("The trade ministers of Rwanda and Kenya met in Kigali on Tuesday to discuss trade.\n\n"
                 "Rwanda and Kenya signed a memorandum of understanding on trade.")
VISIT_TO_NAIROBI = ("The president of Makerere University paid a visit to Nairobi last week, where he held talks "
                    "with officials of the University of Nairobi.\n\n"
                    "The two universities signed a memorandum of understanding on student exchange.")


def _rules_place(text: str) -> list[str | None]:
    article = Article(path=Path("construction.txt"), text=text, title=None, published=None,
                      source_department=None, sha256="")
    return [d.place for d in rule_reading(article).drafts]


@pytest.mark.parametrize("text, town", [(MET_IN_KIGALI, "Kigali"), (VISIT_TO_NAIROBI, "Nairobi")])
def test_a_town_the_rules_leave_is_taken_from_the_story(text: str, town: str) -> None:
    assert _rules_place(text) == [None]  # no rule reads these constructions
    assert [a.place for a in facts_of(text).agreements] == [town]


def test_the_countries_that_sign_are_not_where_they_signed() -> None:
    text = "Rwanda and Kenya signed a memorandum of understanding on trade on Tuesday."
    assert [a.place for a in facts_of(text).agreements] == [None]


def test_the_shipped_model_says_what_it_was_trained_on() -> None:
    shipped = model("en", "places")
    assert "tune articles" in shipped.about and 0 < shipped.threshold < 1
    assert shipped.weights["country"] < 0  # a country is rarely where a signing was


def test_fitting_learns_which_cue_tells_the_right_candidate() -> None:
    examples = [({"after_in": 1.0, "capitals": 1.0}, 1) for _ in range(20)]
    examples += [({"capitals": 1.0}, 0) for _ in range(20)]
    examples += [({"after_in": 1.0}, 1) for _ in range(5)] + [({"after_in": 1.0}, 0)]
    examples += [({"seen_once": 1.0}, 1)]
    learned = fit(examples, l2=1.0)
    assert learned.weights["after_in"] > 1 and learned.weights.get("capitals", 0.0) < 0
    assert "seen_once" not in learned.weights  # one example says nothing about the genre
    choice = best(learned, [("town", {"after_in": 1.0}), ("country", {"capitals": 1.0})])
    assert choice is not None and choice[0] == "town"
    strict = LinearModel(learned.weights, learned.bias, threshold=0.999)
    assert best(strict, [("town", {"after_in": 1.0})]) is None


def test_a_saved_model_reads_back_the_same(tmp_path: Path) -> None:
    learned = fit([({"a": 1.0}, 1), ({"a": 1.0}, 1), ({"b": 1.0}, 0), ({"b": 1.0}, 0)], about="test")
    path = tmp_path / "m.json"
    learned.save(path)
    again = LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
    for features in ({"a": 1.0}, {"b": 1.0}, {}):
        assert abs(again.probability(features) - learned.probability(features)) < 1e-5
    assert not path.with_suffix(".json.tmp").exists()


def test_a_damaged_model_is_named_in_one_line() -> None:
    with pytest.raises(KnowledgeError, match=r"^models/x\.json: not a model"):
        LinearModel.from_json({"weights": [1, 2]}, "models/x.json")
