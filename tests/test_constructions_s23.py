"""Constructions read in the twenty-third session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of


def test_the_mou_told_again_with_one_side_and_a_misread_body_is_the_same_mou() -> None:
    facts = facts_of("Norvik Friendship Hospital and Lakeside Hospital have signed the Memorandum of Understanding "
                     "(MOU) on December 05, 2024.\n\nDr. Anna Berg, Director of NFH and Dr. Li Ming, Chief, Medical "
                     "Superintendent, Lakeside Hospital signed the MOU in presence of Omar Haddad, Country Director "
                     "of KOICA.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"]


def test_the_agreement_signed_earlier_by_other_bodies_stays_another_one() -> None:
    facts = facts_of("Norvik Group and the Lindau Provincial Government signed a strategic cooperation framework "
                     "agreement on July 4. It follows the strategic cooperation agreement signed by Norvik Group and "
                     "the Lindau Geology Bureau in February.\n\nAnna Berg, president of Norvik Group, and Li Ming, "
                     "vice governor, signed the Strategic Cooperation Framework Agreement between the Lindau "
                     "Provincial Government and Norvik Group.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["strategic cooperation agreement", "strategic cooperation framework agreement"], kinds
    framework = next(a for a in facts.agreements if a.kind == "strategic cooperation framework agreement")
    assert {s.person for s in framework.signatures} == {"Anna Berg", "Li Ming"}
