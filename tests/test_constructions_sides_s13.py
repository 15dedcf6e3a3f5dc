"""Constructions of the side each signer signed for, read in the thirteenth
session. Each case is a short invented article read through the public
extraction API.
"""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page, signatures

from kg.extract import extract


def test_the_last_signer_takes_the_last_side_once_a_country_and_its_government_are_one() -> None:
    facts = facts_of("The Government of Norland and the Government of Norvik signed an Exchange of Notes on a grant "
                     "for economic development on Wednesday. The Hon Prime Minister, Rev. Dr. Anna Berg and His "
                     "Excellency, Mr. Li Ming, Ambassador of Norvik to Norland, signed the notes at the Prime "
                     "Minister's Office.")
    assert ("Anna Berg", "Government of Norland") in signatures(facts)


def test_a_company_of_the_country_a_signer_was_placed_at_is_the_side(tmp_path: Path) -> None:
    article = page(tmp_path, "contract.txt",
                   "DECO signs master contract for fertilizer project with Ghana\n\n"
                   "Publish time:11/17/2006 9:26:00 AM      Source: DNPC\n\n"
                   "Witnessed by Norvik President Karl Lund and Ghanaian President Eva Holm, General Manager Anna Berg "
                   "of Delta Engineering Corporation (a subsidiary of Delta Holding) and General Manager Li Ming of "
                   "Ghana Chemicals Group (a company under the Ghanaian Industry Ministry) signed the master "
                   "contract for the fertilizer project located in Lindau, Ghana on November 16, 2006.\n")
    facts = extract(article)
    assert ("Li Ming", "Ghana Chemicals Group") in signatures(facts)
    assert "Ghana" not in {p for a in facts.agreements for p in a.parties}


def test_a_minister_in_an_article_about_one_country_signs_for_it() -> None:
    facts = facts_of("Minister of Economic Development Anna Berg on Monday signed a 125 million USD loan agreement "
                     "with Delta Bank Country Director Li Ming to finance a road corridor in Ghana, the bank said. "
                     "The road will link Lindau with Norvik.")
    assert ("Anna Berg", "Ghana") in signatures(facts)


def test_a_title_read_as_a_side_is_no_party() -> None:
    facts = facts_of("Anna Berg signed an agreement with the Country Representative in Ghana, Li Ming, on Monday.")
    assert "Country Representative" not in {p for a in facts.agreements for p in a.parties}


def test_the_body_a_side_phrase_describes_is_the_party_of_that_kind() -> None:
    facts = facts_of("The Lindau state government and Norvik Technical University, Ghana, have signed a Memorandum "
                     "of Understanding to enhance education. He said that the state commissioner for higher "
                     "education, Anna Berg and Li Ming, president of the university, signed the MoU on behalf of the "
                     "Lindau government and the university, respectively, in Accra on Thursday. The MoU adds to the "
                     "summer school programme already run by Lindau State University and the University of Delta, "
                     "United Kingdom.")
    assert ("Li Ming", "Norvik Technical University") in signatures(facts)
