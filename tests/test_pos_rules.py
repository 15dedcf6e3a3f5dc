"""The compiled attribute ruler (kg.pos_rules) gives the parse spaCy's own
gives: the same fine tags, parts of speech and dependencies on real files."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import nlp, pos_rules

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "data" / "articles").iterdir()) + sorted((ROOT / "tests" / "fixtures" / "blind" / "articles").iterdir())


def _reading(doc) -> list[tuple[str, str, str, int, str]]:
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_the_pipeline_uses_the_compiled_ruler() -> None:
    assert isinstance(nlp.pipeline().get_pipe("attribute_ruler"), pos_rules.FastAttributes)


def test_compiled_ruler_reads_every_bundled_article_as_spacys_does() -> None:
    spacys = nlp._load(compiled=False)
    ours = nlp.pipeline()
    assert not isinstance(spacys.get_pipe("attribute_ruler"), pos_rules.FastAttributes)
    texts = [f.read_text(encoding="utf-8") for f in FILES]
    assert len(texts) >= 20
    for path, text in zip(FILES, texts):
        assert _reading(ours(text)) == _reading(spacys(text)), path.name


def test_a_pattern_that_cannot_be_compiled_exactly_is_refused() -> None:
    with pytest.raises(ValueError):
        pos_rules.compile_rules([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}, "index": 0}])
    with pytest.raises(ValueError):
        pos_rules.compile_rules([{"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "PROPN"}, "index": 0}])


def test_later_patterns_win_as_in_spacy() -> None:
    ruler = pos_rules.FastAttributes([
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 0},
        {"patterns": [[{"TAG": "NN", "LOWER": "nobody"}]], "attrs": {"POS": "PRON"}, "index": 0},
    ])
    doc = nlp._load(compiled=False).make_doc("nobody and somebody")
    for token in doc:
        token.tag_ = "NN"
    assert [t.pos_ for t in ruler(doc)] == ["PRON", "NOUN", "NOUN"]


def test_a_remembered_row_gives_the_same_reading_in_another_context() -> None:
    """One-token rules are remembered per token row; a two-token rule ("there"
    as expletive + "is" -> VERB) still depends on the token before."""
    ruler = pos_rules.FastAttributes([
        {"patterns": [[{"LOWER": "is"}]], "attrs": {"POS": "AUX"}, "index": 0},
        {"patterns": [[{"DEP": "expl"}, {"LOWER": "is"}]], "attrs": {"POS": "VERB"}, "index": 1},
    ])
    make = nlp._load(compiled=False).make_doc
    first, second = make("there is"), make("it is")
    for doc, dep in ((first, "expl"), (second, "nsubj")):
        doc[0].dep_ = dep
        doc[1].dep_ = "ROOT"
    assert [t.pos_ for t in ruler(first)][1] == "VERB"
    assert [t.pos_ for t in ruler(second)][1] == "AUX"
    again = make("there is")
    again[0].dep_, again[1].dep_ = "expl", "ROOT"
    assert [t.pos_ for t in ruler(again)][1] == "VERB"
