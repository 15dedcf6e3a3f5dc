"""Agreements told as the items of a list (issue 11): marks glued to the
word, items with no mark after an introduction ending in a colon, items that
open with an article or "draft", or with the capitalised words of their kind,
and document heads ("Plan", "Statement") that name a signed document only as
such an item. Each on a short invented article, through the public API.
"""
from __future__ import annotations

from invented import facts_of


def test_items_with_a_dash_glued_to_the_word_are_one_agreement_each() -> None:
    facts = facts_of("Norland and Southland signed a total of four documents.\n\nThese include:\n\n"
                     "-the Plan for the celebration of the 30th anniversary of relations,\n\n"
                     "-Memorandum of Understanding on a joint exhibition,\n\n"
                     "-MoU on renewing the trade programme between Norland and Southland,\n\n"
                     "-Economic and Technical Cooperation Agreement and\n\n"
                     "-Exchange of letters on the harbour project.")
    kinds = [a.kind for a in facts.agreements]
    assert kinds == ["plan", "mou", "mou",
                     "economic and technical cooperation agreement", "exchange of letters"]


def test_unmarked_lines_after_a_colon_are_one_agreement_each() -> None:
    facts = facts_of("Norland and Southland signed 3 agreements on Thursday.\n"
                     "Norland and Southland officials signed the following agreements:\n"
                     "A Memorandum of Understanding on a joint commission between Norland and Southland\n"
                     "A protocol amending the agreement between Norland and Southland on double taxation\n"
                     "A draft protocol on the air services agreement between Norland and Southland\n")
    kinds = [a.kind for a in facts.agreements]
    assert kinds == ["memorandum of understanding", "protocol", "draft protocol"]
    assert all(set(a.parties) == {"Norland", "Southland"} for a in facts.agreements)


def test_a_plan_outside_a_list_of_signed_documents_is_no_agreement() -> None:
    facts = facts_of("Norland and Southland signed a memorandum of understanding on trade.\n\n"
                     "The ministers discussed the following:\n\n"
                     "- the Plan for the new harbour,\n\n"
                     "- Convention Centre bookings for the summit.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"]


def test_lines_of_a_paragraph_without_a_colon_are_no_list() -> None:
    facts = facts_of("Norland and Southland signed two agreements on Thursday.\n"
                     "A Memorandum of Understanding on tourism was among them.")
    assert len(facts.agreements) == 2


def test_a_statement_or_plan_signed_is_the_agreement() -> None:
    facts = facts_of("The Minister for Trade Anna Berg on Friday signed a statement on closer cooperation in "
                     "fisheries between Kenya and Ghana with her Ghanaian counterpart, Kofi Mensah.")
    (statement,) = facts.agreements
    assert statement.kind == "statement"
    assert set(statement.parties) == {"Kenya", "Ghana"}
    facts = facts_of("Minister Anna Berg has signed a strategic plan on promoting agricultural cooperation between "
                     "Norland and Southland.")
    assert [a.kind for a in facts.agreements] == ["strategic plan"]


def test_a_plan_that_is_no_object_of_the_signing_is_no_agreement() -> None:
    facts = facts_of("Norland and Southland signed a deal under the plan for the harbour.")
    assert [a.kind for a in facts.agreements] == ["deal"]


def test_the_two_agreements_counts_the_letters_told_before() -> None:
    facts = facts_of("Kenya and Ghana signed Letters of Intent to establish sister-city relations between two pairs "
                     "of towns.\n\nAnna Berg, Minister of Trade of Kenya, signed the two agreements for the Kenyan side.")
    assert [a.kind for a in facts.agreements] == ["letter of intent", "letter of intent"]


def test_mous_with_counted_bodies_named_in_the_next_sentence_are_one_with_each() -> None:
    facts = facts_of("LAKESIDE: The Lakeside University of Technology (LUT) has taken a step toward academic "
                     "collaboration by signing (MoUs) with three universities in Ghana. The institutions included "
                     "Kumasi Technical University, Accra Institute of Technology and Tamale Polytechnic University.")
    pairs = {frozenset(a.parties) for a in facts.agreements}
    assert pairs == {frozenset({"Lakeside University of Technology", other}) for other in
                     ("Kumasi Technical University", "Accra Institute of Technology", "Tamale Polytechnic University")}


def test_a_count_of_bodies_not_listed_next_gives_no_pairs() -> None:
    facts = facts_of("The Lakeside University of Technology (LUT) signed MoUs with three universities in Ghana. "
                     "The talks covered research and student exchange.")
    # one MoU with each of the three (as the devset's articles count them), but no partner made up
    assert [a.parties for a in facts.agreements] == [["Lakeside University of Technology"]] * 3


def test_proceeded_to_sign_a_third_memorandum_is_one_more_agreement() -> None:
    facts = facts_of("Kenya and Ghana signed a cooperation agreement on local government on Monday.\n\n"
                     "Both ministers then proceeded to sign a third Memorandum of Understanding (MoU) relating to "
                     "cooperation in civil aviation.")
    assert [a.kind for a in facts.agreements] == ["cooperation agreement", "memorandum of understanding"]


def test_a_heading_names_the_sides_the_story_does_not() -> None:
    facts = facts_of("Kenya and Ghana Sign MOU on Development Cooperation\n\n"
                     "The Prime Minister of Kenya met in New York today with his counterpart to sign a Memorandum "
                     "of Understanding on development cooperation.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kenya", "Ghana"}


def test_officials_named_by_their_countries_give_the_countries_as_sides() -> None:
    facts = facts_of("Kenyan and Ghanaian officials signed a memorandum of understanding on trade on the sidelines "
                     "of a meeting between Kenya's President and his Ghanaian counterpart in Nairobi on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kenya", "Ghana"}
