"""Signers read in the twenty-eighth session, second helper (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, signatures


def test_a_strategic_document_named_after_a_count_of_documents_has_its_signers() -> None:
    # "The strategic document ... was signed by A and B": a document of its own, after the count of them
    facts = facts_of("Norland and Southland signed three cooperation documents in Lund on Tuesday.\n\nThe strategic "
                     "document for the development of relations between Norland and Southland was signed by "
                     "Norland's Trade Minister Anna Berg and Southland's Deputy Prime Minister Karl Olsen.")
    rows = signatures(facts)
    assert ("Anna Berg", "Norland") in rows and ("Karl Olsen", "Southland") in rows, rows


def test_a_minister_in_lower_case_after_the_place_signs_for_that_place() -> None:
    # "A, the Upper Norland minister of transport": the place before the lower-case post is the post's,
    # and the signer's side
    facts = facts_of("The memorandum was signed by Karl Olsen, the Upper Norland minister of economic affairs, "
                     "and the managing directors of Lundport, Anna Berg and Jens Dahl.")
    assert ("Karl Olsen", "Upper Norland") in signatures(facts), signatures(facts)


def test_a_body_named_by_its_kind_alone_is_the_one_named_in_full_with_those_words() -> None:
    # "Chairman of the Presidential Committee A" after "the Presidential Committee on Rural Affairs" was
    # named: the post's body is the committee named in full (one such body), not a second, generic one
    from kg.extract.names import OrgRegistry
    from kg.extract.people import PersonMention, RawPost, _generic_bodies_whole

    orgs = OrgRegistry()
    orgs.add("Presidential Committee on Rural Affairs")
    orgs.add("Ministry of Trade")
    orgs.add("Presidential Committee")
    found = [PersonMention("Karl Olsen", 0, 10, 0, 10, [RawPost("Chairman", "Presidential Committee", False, 0, 8)])]
    _generic_bodies_whole(orgs, found)
    assert found[0].posts[0].org == "Presidential Committee on Rural Affairs", found[0].posts
    # two bodies named in full with those words: which one, the text does not say
    orgs.add("Presidential Committee on Coastal Affairs")
    found = [PersonMention("Karl Olsen", 0, 10, 0, 10, [RawPost("Chairman", "Presidential Committee", False, 0, 8)])]
    _generic_bodies_whole(orgs, found)
    assert found[0].posts[0].org == "Presidential Committee", found[0].posts


def test_a_hyphen_joined_pair_of_bodies_is_neither_of_them() -> None:
    # "a Larsen-Naval Group venture": two bodies joined by a hyphen, so "Naval Group" and "Larsen" are each
    # their own body, not short names of the pair; a parent's letters before a body ("OIC-COMSTECH") still
    # make one name
    from kg.extract.names import OrgRegistry

    orgs = OrgRegistry()
    pair = orgs.add("Larsen-Naval Group")
    assert orgs.add("Naval Group") is not pair
    assert orgs.resolve("Larsen", allow_bare=True) is None
    orgs = OrgRegistry()
    owned = orgs.add("NLC-Delta Group")
    assert orgs.resolve("Delta Group") is owned
