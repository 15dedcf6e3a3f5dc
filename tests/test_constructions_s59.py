"""Constructions read in the fifty-ninth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, signatures

_SIGNED = ("The Norland Provincial Government and the Delta Water Corporation signed a memorandum of "
           "understanding on smart city development on Monday. ")


def test_two_people_who_represented_one_side_at_the_signing_both_signed() -> None:
    # "A and B represented X at the signing ceremony": both signed for X, though the sentence names one side
    facts = facts_of(_SIGNED + "Vice Governor Anna Berg and Planning Director Li Ming represented the "
                     "provincial government at the online signing ceremony.")
    people = {s[0] for s in signatures(facts)}
    assert {"Anna Berg", "Li Ming"} <= people, signatures(facts)


def test_people_who_represented_two_sides_respectively_each_signed_for_theirs() -> None:
    # "A and B represented X and Y, respectively": the first for the first side, the second for the second
    facts = facts_of(_SIGNED + "Governor Anna Berg and Chief Executive Li Ming represented the Norland "
                     "Provincial Government and the Delta Water Corporation, respectively, in the presence of "
                     "officials of both sides.")
    held = set(signatures(facts))
    assert ("Anna Berg", "Norland Provincial Government") in held, held
    assert ("Li Ming", "Delta Water Corporation") in held, held


def test_people_who_represented_their_own_bodies_at_the_signing_signed() -> None:
    # guard: "A, Title of X, and B, Title of Y, represented their cities in the signing ceremony" was read
    # before this session (each signer's side from the post); reading the joined subject must keep both
    facts = facts_of("Lindau and Norvik signed a letter of intent to become sister cities on Monday. Anna "
                     "Berg, Deputy Mayor of Lindau, and Li Ming, Deputy Mayor of Norvik, represented their "
                     "cities in the signing ceremony.")
    people = {s[0] for s in signatures(facts)}
    assert {"Anna Berg", "Li Ming"} <= people, signatures(facts)


def test_one_person_representing_one_side_with_no_signing_told_is_no_signer() -> None:
    # guard: after a signing, "A represented the ministry" alone (no second side, no signing named in the
    # sentence) may tell of a delegation, not of who signed
    facts = facts_of(_SIGNED + "Anna Berg represented the ministry of finance.")
    assert "Anna Berg" not in {s[0] for s in signatures(facts)}, signatures(facts)


def test_the_other_side_s_representative_told_next_signed_for_it() -> None:
    # "A and B represented the province at the signing ceremony. Meanwhile, C was representative of the
    # firm": C is the other side's signer
    facts = facts_of(_SIGNED + "Vice Governor Anna Berg represented the provincial government at the online "
                     "signing ceremony. Meanwhile, General Director of the Delta Water Corporation Li Ming was "
                     "representative of the firm.")
    assert "Li Ming" in {s[0] for s in signatures(facts)}, signatures(facts)


def test_people_who_represented_the_parties_countries_respectively_signed() -> None:
    # "A and B represented the Kingdom of X and the USA, respectively": the sides are the parties' countries
    facts = facts_of("The Norland Science Agency and the Embassy of Delta signed a protocol on science "
                     "cooperation on Monday. Agency President Anna Berg and Chargé d'Affaires Li Ming "
                     "represented Norland and Delta, respectively, in the presence of officials.")
    people = {s[0] for s in signatures(facts)}
    assert {"Anna Berg", "Li Ming"} <= people, signatures(facts)


def test_a_province_after_its_country_s_possessive_is_the_side() -> None:
    # "South China's X Province on Friday signed an agreement with Y": the province signs, not the country
    parties = set(facts_of("Southwest China's Lixi Province on Friday signed an agreement with Delta Group to "
                           "deepen cooperation in trade.").agreements[0].parties)
    assert {"Lixi Province", "Delta Group"} <= parties, parties
    assert "China" not in parties and "Southwest China" not in parties, parties


def test_a_place_pair_after_its_country_s_possessive_is_named_without_it() -> None:
    # "Northeast China's X province and Y signed": the province's own name, without the country's
    parties = set(facts_of("Northeast China's Lixi city and Daqing city signed a framework agreement on "
                           "integrated development.").agreements[0].parties)
    assert {"Lixi city", "Daqing city"} <= parties, parties
    assert not any("China" in p for p in parties), parties
