"""Constructions read in the fifty-fourth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import SIGNED, areas_of, facts_of, posts


def test_a_chain_of_ministers_titles_before_a_name_is_all_the_names() -> None:
    # "Minister of Oil and Minister of Finance Dr. A signed": both posts are A's (the first was dropped, read
    # as the title of someone unnamed)
    held = posts(facts_of("Kuwait and Norway signed a memorandum of understanding on Monday. Minister of Oil and "
                          "Minister of Finance Dr. Saad Al-Amir signed the memorandum."))
    assert {("Saad Al-Amir", "Minister of Oil", "Kuwait"), ("Saad Al-Amir", "Minister of Finance", "Kuwait")} <= held, held


def test_a_chain_set_apart_by_commas_before_a_name_is_all_the_names() -> None:
    # "Deputy Prime Minister, Minister of Oil and Minister of State ... Dr. A signed an MoU"
    held = posts(facts_of("Kuwait and Norway signed a memorandum of understanding on Monday. Deputy Prime Minister, "
                          "Minister of Oil and Minister of Finance Dr. Saad Al-Amir signed the memorandum."))
    assert ("Saad Al-Amir", "Deputy Prime Minister", "Kuwait") in held, held
    assert ("Saad Al-Amir", "Minister of Oil", "Kuwait") in held, held


def test_a_chain_of_bodies_posts_before_a_name_is_all_the_names() -> None:
    # "headed by Member of the Standing Committee of the CPC X Provincial Committee and Executive Vice Governor of
    # X Province A visited ..."
    held = posts(facts_of("The Norvik delegation headed by Member of the Standing Committee of the Norvik Provincial "
                          "Committee and Vice Governor of Norvik Province Chen Liang signed an agreement with "
                          "Lindau University on Monday."))
    bodies = {org for person, _, org in held if person == "Chen Liang"}
    assert "Standing Committee of the Norvik Provincial Committee" in bodies and "Norvik" in bodies, held


def test_a_title_after_a_name_set_off_is_not_the_next_names() -> None:
    # guard: "A, Minister of Oil, and Minister of Finance B signed": the first title is A's, the second B's
    held = posts(facts_of("Kuwait and Norway signed a memorandum of understanding on Monday. Saad Al-Amir, Minister "
                          "of Oil, and Minister of Finance Jonas Berg signed the memorandum."))
    assert ("Jonas Berg", "Minister of Oil", "Kuwait") not in held and ("Jonas Berg", "Minister of Oil", "Norway") \
        not in held, held


def test_what_the_agreements_encourage_or_allow_for_are_fields() -> None:
    # "The agreements would encourage research collaboration, ...", "The MOU allows for the sharing of information"
    assert "research collaboration" in areas_of(SIGNED + "The agreement would encourage research collaboration.")
    assert "sharing of information" in areas_of(SIGNED + "The MoU allows for the sharing of information.")


def test_people_an_agreement_encourages_to_act_are_no_field() -> None:
    # guard: "The agreement encourages participants nominated by their home institution to apply for admission"
    assert not areas_of(SIGNED + "The agreement encourages participants nominated by their home institution to apply "
                                 "for admission.")


def test_a_speaker_reporting_the_signing_tells_what_the_agreement_is_for() -> None:
    # "X on Thursday said it has signed a memorandum of understanding with Y for development of teaching
    # programmes, R&D activities and ...": the speaker reports the agreement; its purpose is no wish
    got = areas_of("Norvik University said it has signed a memorandum of understanding with Lindau College for "
                   "development of teaching programmes, joint research and promoting exchange of students.")
    assert {"development of teaching programmes", "joint research", "exchange of students"} <= got, got


def test_a_speaker_hoping_for_an_agreement_gives_no_field() -> None:
    # guard: "The mayor said the city hoped to sign an agreement with Lindau for tourism development"
    facts = facts_of("Norvik and Lindau signed a memorandum of understanding on Monday. The mayor said the city "
                     "hoped to sign another agreement with Lindau for tourism development.")
    assert "tourism development" not in {area for a in facts.agreements for area in a.areas}


def test_what_the_cooperation_includes_after_the_agreement_are_its_fields() -> None:
    # "... signed a MoU on academic cooperation. The cooperation mainly includes zoological studies, genetic
    # resources and conservation, ..."
    got = areas_of(SIGNED + "The cooperation mainly includes coastal studies, fish genetics and marine ecology.")
    assert {"coastal studies", "fish genetics", "marine ecology"} <= got, got


def test_the_signing_held_between_two_people_after_counted_agreements_names_their_signers() -> None:
    # "... three agreements between Rwanda and Guinea Bissau ... The signing was held between the countries'
    # Ministers of Foreign Affairs, A and his counterpart B and witnessed by ..."
    facts = facts_of("Norway and Ghana signed three agreements on Monday. The signing was held between Foreign "
                     "Minister Jonas Berg and Foreign Minister Kofi Mensah.")
    signers = {s.person for a in facts.agreements for s in a.signatures}
    assert {"Jonas Berg", "Kofi Mensah"} <= signers, signers


def test_a_plural_title_before_a_holder_and_his_counterpart_is_each_ones() -> None:
    # "the countries' Ministers of Foreign Affairs, A and his counterpart B": B is named as A's counterpart
    facts = facts_of("Norway and Ghana signed three agreements on Monday. The signing was held between the "
                     "countries' Ministers of Foreign Affairs, Jonas Berg and his counterpart Kofi Mensah.")
    held = posts(facts)
    assert {("Jonas Berg", "Minister of Foreign Affairs", "Norway"),
            ("Kofi Mensah", "Minister of Foreign Affairs", "Ghana")} <= held, held


def test_a_date_line_with_its_year_and_no_mark_names_the_town_here_means() -> None:
    # "Addis Ababa November 12/2019 Addis Ababa and ... have signed", "New Delhi, April 21, 2022 The Indian Navy
    # has signed ... The MoU was signed here yesterday": the town, a day and its year, then the story
    facts = facts_of("Navy signs MoU\n\nNew Delhi, April 21, 2022 The Norvik Navy has signed a memorandum of "
                     "understanding with Lindau Works. The MoU was signed here yesterday by Anna Berg on behalf of "
                     "the Norvik Navy and Li Ming on behalf of Lindau Works.")
    assert [a.place for a in facts.agreements] == ["New Delhi"], [a.place for a in facts.agreements]


def test_the_deputy_of_an_office_whose_title_names_its_body_holds_it_of_that_body() -> None:
    # "Consul General of Pakistan, Mr. A and Vice Consul General, Mr. B joined the ceremony virtually"
    held = posts(facts_of("Norvik University and Lindau College signed an MoU on Monday. Consul General of Pakistan, "
                          "Mr. Janbaz Ali and Vice Consul General, Mr. Ghulam Rasool joined the ceremony virtually."))
    assert ("Ghulam Rasool", "Vice Consul General", "Pakistan") in held, held


def test_another_post_of_a_deputy_is_not_the_office_bodys() -> None:
    # guard: "Secretary of the Provincial Committee A and Deputy Secretary and Governor B": B's governorship is no
    # post of the Party committee
    held = posts(facts_of("Norvik Province and Lindau Rail signed an agreement on Monday. Secretary of the Norvik "
                          "Provincial Committee Li Wen, Deputy Secretary and Governor Zhou Ming attended."))
    assert not any(person == "Zhou Ming" and title == "Governor" and org and "Committee" in org
                   for person, title, org in held), held


def test_an_honours_letters_after_a_name_do_not_hide_the_post_set_off_after_them() -> None:
    # "Dr. A, T.I., Head, International Office, presented an overview"
    held = posts(facts_of("Norvik University and Lindau College signed an MoU on Monday. Dr. Hammad Ali, T.I., Head, "
                          "International Office, presented an overview of the university."))
    assert ("Hammad Ali", "Head", "International Office") in held, held
