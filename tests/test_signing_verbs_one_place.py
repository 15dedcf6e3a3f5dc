"""The signing verbs are spelled in one place, signing.yaml, and every pass
reads them from there: a verb added to the file is read by the passes that
stop at a signing verb or read one in a fixed frame ("were signed", "to
sign", "had signed"), not only by the ones that search for a signing.

Invented sentences, one construction each, run once per form the file
lists; and a scan of the extractor's sources for a hand-spelled list."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from invented import facts_of, signatures
from kg.errors import KnowledgeError
from source_literals import string_literals
from kg.knowledge import _fill_in, entries, knowledge

_ROOT = Path(__file__).resolve().parent.parent
# the verbs that report a signing in any voice, by themselves or with an agreement as their object (not the
# nouns and passives read only next to a document's head word, nor "reach", whose agreements talks reach)
_VERBS: list[dict[str, Any]] = [v for v in entries("en", "signing")["verbs"]
                                if not (v.get("not_heads") or v.get("object_after") or v.get("subject_before"))]
_PAST = sorted({f for v in _VERBS for f in v["forms"] if " " not in f and f.endswith("ed")})
_BASE = sorted({f for v in _VERBS for f in v["forms"] if " " not in f and (f + "s" in v["forms"] or f + "es" in v["forms"])})


@pytest.mark.parametrize("form", _PAST)
def test_topics_listed_before_any_past_form_are_one_agreement_each(form: str) -> None:
    # "The MoUs on A, B and C were <past form> ...": one MoU on each subject, whichever verb the file lists
    facts = facts_of(f"The memoranda of understanding on tourism, culture and railways were {form} in Norvik on "
                     "Tuesday by the Norland Minister of Trade Anna Berg and the Lakeland Minister of Industry Li Ming.")
    assert len(facts.agreements) == 3, [a.kind for a in facts.agreements]


@pytest.mark.parametrize("form", _BASE)
def test_a_meeting_held_to_sign_names_both_sides_as_signers(form: str) -> None:
    # "A met (in X today) with B to <verb> an agreement": the meeting's two sides signed it
    facts = facts_of(f"Norvik Mayor Anna Berg met in Lindau today with Lindau Mayor Li Ming to {form} a twinning "
                     "agreement.")
    assert {("Anna Berg", "Norvik"), ("Li Ming", "Lindau")} <= signatures(facts), signatures(facts)


def test_a_meeting_to_renew_ties_names_no_signer() -> None:
    # guard: a verb that signs only with an agreement as its object ("renew") signs nothing without one
    facts = facts_of("Norvik Mayor Anna Berg met in Lindau on Sunday with Lindau Mayor Li Ming to renew the ties of "
                     "the two cities. On Monday, the Norvik Chamber of Commerce and the Lindau Trade Council signed a "
                     "memorandum of understanding.")
    assert not {s[0] for s in signatures(facts)} & {"Anna Berg", "Li Ming"}, signatures(facts)


@pytest.mark.parametrize("form", _PAST)
def test_witness_cues_in_the_data_files_take_every_past_form(form: str) -> None:
    # witnesses.yaml writes "{signed}" where its cues take a signing verb: "signed ... before A", "signed ...
    # in front of A", "signed under the auspices of A" read each past form signing.yaml lists
    told = {"before": "The two universities {} a memorandum of understanding on Monday before Governor Anna Berg "
                      "and Minister Peter Otieno.",
            "in front of": "The two ministers {} the accord in front of President Ana Ruiz.",
            "under the auspices of": "The agreement was {} under the auspices of Minister Ahmed Al Mansoori."}
    for cue, text in told.items():
        facts = facts_of(text.format(form))
        assert [w for a in facts.agreements for w in a.witnesses], (cue, [a.kind for a in facts.agreements])


def test_an_unknown_placeholder_in_a_data_file_is_named_in_the_error() -> None:
    # a misspelt placeholder would otherwise be read as the literal words "{sigend}"
    with pytest.raises(KnowledgeError, match=r"witnesses\.yaml: unknown placeholder \{sigend\} in a 'cue'; the known "
                                             r"ones are .*\{signed\}"):
        _fill_in("en", "witnesses", "cue", "(?:{sigend}) before")


def test_no_extractor_module_spells_the_signing_verbs_itself() -> None:
    # a pattern that spells "signed", two past forms or three forms of the verbs is a list the file should
    # give: lists spelled by hand are how the same verb came to be read in one pass and missed in the next
    # (one other form may stand for itself: "executed by" a project's builder, a page's "subscribe", "sign in")
    forms = knowledge("en").sign_word_set
    word = re.compile(r"(?<![\w-])[a-z][\w-]*(?![\w-])")
    sources = [*sorted((_ROOT / "kg" / "extract").glob("*.py")), _ROOT / "kg" / "article.py"]
    spelled = [f"{path.relative_to(_ROOT)}:{line}: {sorted(found)}"
               for path in sources for line, literal in string_literals(path)
               if (found := set(word.findall(literal)) & forms)
               and ("signed" in found or len({f for f in found if f.endswith("ed")}) > 1 or len(found) > 2)]
    assert not spelled, "\n".join(spelled)
