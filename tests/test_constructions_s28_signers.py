"""Signers read in the twenty-eighth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, signatures


def test_initials_without_stops_open_the_next_person_of_a_list() -> None:
    # "..., and DJ Kolam, vice president of X": capitals written before the name and nowhere else alone
    # are the person's initials, so the second item of the list is a person and a signer
    facts = facts_of("Anna Berg, secretary of the Finance Division, and DJ Kolam, vice president of the Lindau "
                     "Bank, signed the loan agreement on Monday.")
    assert ("DJ Kolam", "Lindau Bank") in signatures(facts), signatures(facts)
    # capitals that stand alone elsewhere ("The DB said") are a body's short name, not a person's initials
    facts = facts_of("The Delta Bank (DB) and the Government of Norland signed a loan agreement on Monday. "
                     "Anna Berg, Minister of Finance, and DB Kolam signed it. The DB said the loan helps roads.")
    assert all(name != "DB Kolam" for name, _ in signatures(facts)), signatures(facts)


def test_a_national_post_read_after_the_sides_places_its_signer() -> None:
    # the minister's country is read only once the sides are assigned (a national office written without
    # its country, the other minister's marked "Chinese"): the one party it names is the signer's side
    facts = facts_of("Minister for Primary Industries Karl Olsen has signed a strategic plan on farming "
                     "cooperation between Norway and China. The Chinese Minister of Agriculture Wu Tianming "
                     "attended the signing.")
    assert ("Karl Olsen", "Norway") in signatures(facts), signatures(facts)


def test_the_plan_as_the_subject_of_a_signing_is_no_wish() -> None:
    # "The plan was signed with ...": the document signed, not "plan to sign"; the person after "with" signed
    facts = facts_of("Minister for Primary Industries Karl Olsen has signed a strategic plan on farming "
                     "cooperation between Norway and China. The plan was signed with his counterpart, the "
                     "Chinese Minister of Agriculture Wu Tianming.")
    assert ("Wu Tianming", "China") in signatures(facts), signatures(facts)


def test_a_country_before_a_post_in_lower_case_opens_a_signer_of_the_list() -> None:
    # "by Norwegian ports minister A, Danish high commissioner to Norway B and ...": the first item is read
    # past the country and the lower-case post, so the list goes on to the second
    facts = facts_of("The Memorandum of Cooperation was signed in Lund on Tuesday by Norwegian ports minister Karl "
                     "Olsen, Danish high commissioner to Norway Jens Berg and a Swedish representative.")
    assert ("Jens Berg", "Denmark") in signatures(facts), signatures(facts)


def test_sri_before_a_country_adjective_is_no_honorific() -> None:
    facts = facts_of("The Memorandum of Cooperation was signed in Lund on Tuesday by Sri Lankan ports minister "
                     "Karl Olsen, Indian high commissioner to Sri Lanka Jens Berg and a Japanese representative.")
    assert ("Jens Berg", "India") in signatures(facts), signatures(facts)


def test_people_joined_by_and_before_signed_on_behalf_of_all_sign_for_that_side() -> None:
    # "A and B signed on behalf of X while C signed on behalf of Y": both A and B signed for X
    facts = facts_of("The MoU was signed on Monday. The Chairman of Lindau Food Systems Limited Mr Karl Olsen "
                     "and the Special Adviser to the Governor on Special Duties, Dr Jens Berg signed on behalf of "
                     "the State Government while the Director of Delta Investment Anna Lind signed on behalf of "
                     "Union Bank.")
    rows = signatures(facts)
    assert ("Karl Olsen", "State Government") in rows, rows
    assert ("Jens Berg", "State Government") in rows, rows
    assert ("Anna Lind", "Union Bank") in rows, rows
