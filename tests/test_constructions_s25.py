"""Constructions read in the twenty-fifth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts, signatures, signers_of


def _areas(text: str) -> list[str]:
    facts = facts_of(text)
    return [area for agreement in facts.agreements for area in agreement.areas]


_SIGNED = "Ridgeway University and the Norland Port Authority signed a memorandum of understanding on Monday. "


def test_the_objects_of_the_acts_the_sides_commit_to_are_fields() -> None:
    areas = _areas(_SIGNED + "Under the agreement, the two sides will jointly build a regional logistics hub, "
                             "develop cold-chain storage and train customs officers.")
    assert areas == ["regional logistics hub", "cold-chain storage", "customs officers"], areas


def test_purposes_of_cooperating_told_with_to_are_acts() -> None:
    areas = _areas(_SIGNED + "Under the MoU, both parties will co-operate to build marine laboratories, to provide "
                             "funding for graduate scholarships and to implement joint survey projects.")
    assert areas == ["marine laboratories", "funding for graduate scholarships", "joint survey projects"], areas


def test_what_the_sides_agreed_to_do_and_the_field_an_experience_is_in() -> None:
    areas = _areas(_SIGNED + "In the document, the two parties also pledged to exchange their experience in "
                             "coastal fisheries and set up a joint research centre.")
    assert areas == ["coastal fisheries", "joint research centre"], areas


def test_acts_that_are_no_term_and_acts_outside_the_agreement_give_no_field() -> None:
    areas = _areas(_SIGNED + "Under the agreement, the two sides will sign further contracts next year. The two "
                             "sides will build a new museum in the old town.")
    assert areas == [], areas


def test_the_person_after_with_where_the_agreement_is_written_in_full() -> None:
    signers = signers_of("Governor Anna Berg today signed a Memorandum of Understanding (MOU) with Lakeland Prefecture "
                         "Governor Karl Olsen to expand collaboration between Norland and Lakeland.")
    assert set(signers) == {"Anna Berg", "Karl Olsen"}, signers


def test_an_agreement_signed_with_a_person_in_the_passive() -> None:
    signers = signers_of("Minister of Trade Anna Berg has signed a memorandum of understanding on trade between Norland "
                         "and Southland. The MoU was signed with his counterpart, the Southland Minister of Trade "
                         "Karl Olsen.")
    assert set(signers) == {"Anna Berg", "Karl Olsen"}, signers


def test_two_people_who_met_to_sign_an_agreement() -> None:
    signers = signers_of("The Prime Minister of Norland, Anna Berg met in Geneva today with the Prime Minister of "
                         "Southland Karl Olsen to sign a Memorandum of Understanding on development cooperation.")
    assert signers == {"Anna Berg": "Norland", "Karl Olsen": "Southland"}, signers


def _places(text: str) -> list[str | None]:
    return [agreement.place for agreement in facts_of(text).agreements]


def test_a_town_after_a_signer_named_after_a_title() -> None:
    places = _places("The MoU was signed by Anna Berg and Delta's General Manager, Karl Olsen in Norvik.")
    assert places == ["Norvik"], places


def test_the_town_of_a_building_named_by_a_body_after_in() -> None:
    places = _places("The MoU was signed by Anna Berg and Karl Olsen in the Authority headquarters in Norvik.")
    assert places == ["Norvik"], places


def test_ministers_whose_remits_end_in_resource_development_and_training() -> None:
    held = set(posts(facts_of("The agreements were signed by Indian Minister of Human Resource Development Anna Berg "
                              "and Australian Minister of Education and Training, Karl Olsen in Adelaide.")))
    assert {("Anna Berg", "Minister of Human Resource Development", "India"),
            ("Karl Olsen", "Minister of Education and Training", "Australia")} <= held, held


def test_a_surname_in_the_headline_is_the_person_the_story_names_in_full() -> None:
    facts = facts_of("Gov. Berger and Lakeland Mayor Karl Olsen reaffirm sister-state agreement\n\nNORVIK - Governor "
                     "Anna Berger and Lakeland Mayor Karl Olsen announced Monday the signing of a Memorandum of "
                     "Understanding between Norland and Lakeland.\n\nThe agreement, signed by Governor Berger and "
                     "Mayor Olsen, promotes cooperation in education.")
    assert {s for s, _ in signatures(facts)} == {"Anna Berger", "Karl Olsen"}, signatures(facts)
    assert [(p, t) for p, t, _ in posts(facts) if p.endswith("Berger")] == [("Anna Berger", "Governor")], posts(facts)


def _parties(text: str) -> list[list[str]]:
    return [agreement.parties for agreement in facts_of(text).agreements]


def test_the_sides_of_the_many_agreements_one_was_among_are_not_its_own() -> None:
    parties = _parties("Norland's Delta Group and Southland Basic Industries signed a strategic cooperation agreement "
                       "in Lund on Thursday. The agreement was one of many signed between Kenya and Saudi Arabia "
                       "during the King's visit to Nairobi.")
    assert parties == [["Delta Group", "Southland Basic Industries"]], parties


def test_a_country_set_off_after_the_body_it_is_in_is_no_side() -> None:
    parties = _parties("Sports Authority of Norland on Tuesday signed a Memorandum of Understanding with Yonex, "
                       "Japan to promote badminton.")
    assert parties == [["Sports Authority of Norland", "Yonex"]], parties


def test_a_remit_ending_in_a_field_word_the_model_takes_into_the_name() -> None:
    facts = facts_of("The agreement was signed by Anna Berg and Minister of Education and Training Karl Olsen.")
    assert {s for s, _ in signatures(facts)} == {"Anna Berg", "Karl Olsen"}, signatures(facts)
    assert ("Karl Olsen", "Minister of Education and Training") in {(p, t) for p, t, _ in posts(facts)}, posts(facts)


def test_a_place_before_its_government_is_no_signer() -> None:
    signers = signers_of("A memorandum of understanding was signed between the Tamil Nadu government and the Centre "
                         "for Rural Studies in the presence of Chief Minister Anna Berg on Friday.")
    assert "Tamil Nadu" not in signers, signers


def test_a_one_word_name_the_model_reads_set_off_before_its_title() -> None:
    facts = facts_of("The memorandum was signed by Hu Ming, Governor of Lindau Province, and Degtyarev, Governor of "
                     "Norvik Kray.")
    assert ("Degtyarev", "Governor", "Norvik Kray") in posts(facts), posts(facts)
