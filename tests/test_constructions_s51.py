"""Constructions read in the fifty-first session (invented sentences, one construction each)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of

from kg.article import Article
from kg.extract import extract
from kg.facts import ArticleFacts


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.title, p.organization) for p in facts_of(text).posts}


def test_a_title_after_representative_of_is_the_named_persons_own() -> None:
    # "A, ... and representative of Mayor Eduardo Paes": Paes is the mayor, not anyone's representative
    facts = facts_of("The charter was signed by the Mayor of Lindau, Ola Dahl, and by the Mayor of Norvik, Karl Brenner. "
                     "The ceremony was attended by Tang Wei, representative of Mayor Ola Dahl.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert not any(person == "Ola Dahl" and "representative" in title for person, title, _ in posts), posts
    assert {("Ola Dahl", "Lindau"), ("Karl Brenner", "Norvik")} <= {
        (s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}, facts.agreements


def test_a_title_of_a_titled_person_names_no_body() -> None:
    # "Chief of Staff of President Mark Lind, Tom Reyes, signed": "President" is no body
    facts = facts_of("Chief of Staff of President Ola Dahl, Tang Wei, signed the MoU with Norvik University.")
    assert not any(p.organization == "President" for p in facts.posts), facts.posts
    assert "President" not in {party for a in facts.agreements for party in a.parties}, facts.agreements


def test_a_stand_in_set_off_by_a_comma_still_stands_in() -> None:
    # guard: "the Representative of the Minister of Higher Education, Prof. A": A stands in for the minister
    posts = _posts("The MoU was signed in the presence of the Representative of the Minister of Higher Education, "
                   "Prof. Ola Dahl.")
    assert any(person == "Ola Dahl" and title.startswith("Representative of the Minister") for person, title, _ in posts), posts


def test_a_number_word_inside_a_bodys_name_stays_in_it() -> None:
    # "China Three Gorges Corporation"
    facts = facts_of("The Lindau provincial government and Norvik Three Rivers Corporation signed a framework agreement.")
    assert "Norvik Three Rivers Corporation" in facts.agreements[0].parties, facts.agreements


def test_a_capitalised_number_word_before_a_body_opens_no_name() -> None:
    # guard: "Three of the banks ...", "Two Norvik banks signed": the number is no part of the name
    facts = facts_of("Two of the Norvik Bank branches and the Lindau Port Authority signed an MoU.")
    assert not any(party.startswith("Two") for a in facts.agreements for party in a.parties), facts.agreements


def test_a_plural_title_before_names_is_no_part_of_the_first_name() -> None:
    # "Principal Secretaries Chris Kiptoo and Joseph Mbugua from the National Treasury"
    facts = facts_of("The Lindau Bank signed the loan agreement with Norvik, witnessed by Principal Secretaries "
                     "Ola Dahl and Karl Brenner.")
    people = {p.person for p in facts.posts} | {w for a in facts.agreements for w in a.witnesses}
    assert "Ola Dahl" in people and not any(name.startswith("Secretaries") for name in people), people


def test_a_country_in_brackets_after_a_posts_place_leaves_the_name_its_holder() -> None:
    # "Governor of Tierra del Fuego (Argentina) Gustavo Melella signed a strategic agreement with ..."
    facts = facts_of("Governor of Lindau (Argentina) Ola Dahl signed a strategic agreement with Tang Wei, "
                     "representative of Norvik Energy.")
    assert ("Ola Dahl", "Governor", "Lindau") in {(p.person, p.title, p.organization) for p in facts.posts}, facts.posts
    assert ("Ola Dahl", "Lindau") in {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}


def test_signers_listed_with_the_town_each_comes_from_sign_for_it() -> None:
    # "signed by Andrzej Nowakowski from Plock, Serhij Sukhomlyn from Zhytomyr and Francisco de la Torre from Malaga"
    facts = facts_of("The agreement was signed by Ola Dahl from Gdansk, Karl Brenner from Lviv and Tang Wei from Malaga.")
    signed = {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}
    assert {("Ola Dahl", "Gdansk"), ("Karl Brenner", "Lviv"), ("Tang Wei", "Malaga")} <= signed, signed


def test_signers_listed_with_the_body_each_comes_from_are_all_read() -> None:
    # the middle one of three was lost: "by A from X, B from Y and C from Z"
    facts = facts_of("The agreement was signed by Ola Dahl from Norvik University, Karl Brenner from Lindau Bank "
                     "and Tang Wei from the Malaga Port Authority.")
    signed = {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}
    assert ("Karl Brenner", "Lindau Bank") in signed, signed


def test_a_place_after_to_before_a_title_set_off_is_no_persons_name() -> None:
    # "On her first official visit to Rio Grande do Sul, the U.S. Ambassador to Brazil, Elizabeth Frawley Bagley, and ..."
    facts = facts_of("On her first official visit to Rio Grande do Sul, the U.S. Ambassador to Brazil, Ola Dahl, "
                     "and the Governor of the State of Rio Grande do Sul, Karl Brenner, signed the memorandum.")
    posts = {(p.person, p.title) for p in facts.posts}
    assert ("Ola Dahl", "U.S. Ambassador to Brazil") in posts, posts
    assert not any(person == "Rio Grande do Sul" for person, _ in posts), posts


def test_a_second_agreement_listed_with_its_own_two_sides_is_theirs_alone() -> None:
    # "a MoU was signed between A and B, as well as a MoU between C and D"
    facts = facts_of("A MoU was signed between the Lindau Bank and the Norvik Fund, as well as a MoU between the "
                     "Lindau Agency and the Norvik Corporation.")
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Lindau Agency", "Norvik Corporation"], ["Lindau Bank", "Norvik Fund"]], facts.agreements


def test_a_second_agreement_with_its_own_partner_keeps_the_first_side() -> None:
    # guard: "A signed a MoU with B on trade and a MoU with C on tourism": A signs both
    facts = facts_of("The Lindau Bank signed a MoU with the Norvik Fund on trade and a MoU with the Norvik Agency on tourism.")
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Lindau Bank", "Norvik Agency"], ["Lindau Bank", "Norvik Fund"]], facts.agreements


def _undated(text: str) -> ArticleFacts:
    """The facts of a page with no date of its own (no date line, no page date)."""
    return extract(Article(path=Path("undated.txt"), text=text, title=None, published=None, source_department=None, sha256=""))


def test_a_weekday_on_a_page_without_a_date_is_the_one_such_day_it_names() -> None:
    # "Kenya and Japan on Thursday signed three MoUs", under a caption "... on February 8, 2024" (a Thursday)
    facts = _undated("Ola Dahl and Karl Brenner at the State House on February 8, 2024.\n\n"
                     "Lindau and Norvik on Thursday signed a memorandum of understanding on trade.")
    assert [str(a.date) for a in facts.agreements] == ["2024-02-08"], facts.agreements


def test_a_weekday_matching_no_day_the_page_names_stays_unknown() -> None:
    # guard: the caption's day is a Friday; "on Thursday" cannot be told
    facts = _undated("Ola Dahl and Karl Brenner at the State House on February 9, 2024.\n\n"
                     "Lindau and Norvik on Thursday signed a memorandum of understanding on trade.")
    assert [a.date for a in facts.agreements] == [None], facts.agreements


def test_a_place_the_letters_after_a_bodys_name_spell_is_part_of_the_name() -> None:
    # "The Arab Bank for Economic Development in Africa (BADEA) signed two loan agreements"
    facts = facts_of("The Lindau Bank for Economic Development in Africa (LBEDA) signed a loan agreement with Ethiopia.")
    assert "Lindau Bank for Economic Development in Africa" in facts.agreements[0].parties, facts.agreements


def test_a_place_the_letters_do_not_spell_stays_out_of_the_name() -> None:
    # guard: "the Lindau Bank in Norvik (LB)": the bank's letters, and where it is
    facts = facts_of("The Lindau Bank in Norvik (LB) signed an agreement with Ethiopia.")
    assert "Lindau Bank" in facts.agreements[0].parties, facts.agreements


def test_a_title_held_at_a_body_the_name_rules_miss_is_no_part_of_the_side() -> None:
    # "signed the loan agreement with the Deputy Chief Executive Officer of Agence française de Développement (AFD), A"
    facts = facts_of("The Lindau Bank signed the loan agreement with the Deputy Chief Executive Officer of Agence "
                     "française de Développement (AFD), Ola Dahl, in Paris.")
    parties = [p for a in facts.agreements for p in a.parties]
    assert "Agence française de Développement" in parties and not any(p.startswith("Deputy") for p in parties), parties


def test_a_countrys_name_before_an_envoys_posting_is_part_of_the_title() -> None:
    # "The agreement was signed by Malawi Ambassador to Egypt Caroline Bwanali Mussa and ..."
    posts = _posts("The agreement was signed by Kenya Ambassador to Egypt Ola Dahl and Lindau Fund director Karl Brenner.")
    assert ("Ola Dahl", "Kenya Ambassador to Egypt", "Kenya") in posts, posts


def test_a_countrys_possessive_before_an_envoys_posting_stays_out_of_the_title() -> None:
    # guard: "Ghana's Ambassador to Kenya A": the country's, the title without it
    posts = _posts("The agreement was signed by Kenya's Ambassador to Egypt Ola Dahl and Lindau Fund director Karl Brenner.")
    assert ("Ola Dahl", "Ambassador to Egypt", "Kenya") in posts, posts


def test_capitalised_words_that_qualify_a_noun_after_in_are_no_place() -> None:
    # "MoU on implementation of reconstruction package in the Cultural Heritage sector in Nepal"
    facts = facts_of("Lindau and Norvik signed an MoU on a reconstruction package in the Cultural Heritage sector.")
    assert [a.place for a in facts.agreements] == [None], facts.agreements


def test_a_place_with_its_head_word_or_a_venue_word_after_it_is_still_a_place() -> None:
    # guard: "in Lindau city", "at the Oita Prefectural offices"
    facts = facts_of("Lindau and Norvik signed an MoU in Beijing city on Monday.")
    assert [a.place for a in facts.agreements] == ["Beijing"], facts.agreements


def test_a_place_with_its_head_word_before_a_title_is_the_posts_place() -> None:
    # "Lusaka Province Permanent Secretary Charles Sipanje signed on behalf of the Zambian capital"
    posts = _posts("Lindau Province Permanent Secretary Ola Dahl signed the agreement with Norvik University.")
    assert ("Ola Dahl", "Permanent Secretary", "Lindau Province") in posts, posts


def test_a_listed_remit_whose_last_field_runs_into_a_three_word_name_keeps_the_name_whole() -> None:
    # "Caretaker Minister for Communication, Railways and Maritime Affairs Shahid Ashraf Tarar along with ..."
    facts = facts_of("Minister for Communication, Railways and Maritime Affairs Ola Karl Brenner signed the MoU with the "
                     "Lindau Port Authority.")
    assert [s.person for a in facts.agreements for s in a.signatures] == ["Ola Karl Brenner"], facts.agreements


def test_a_three_word_name_after_a_remit_naming_bodies_is_read_whole() -> None:
    # "led by director for Africa, Middle East and Regional Organisations Afonso Evaristo Eduardo, and ..."
    posts = _posts("The Angolan delegation was led by director for Africa, Middle East and Regional Organisations "
                   "Pedro Manuel Sousa, and the Lindau side by the permanent secretary.")
    assert any(person == "Pedro Manuel Sousa" for person, _, _ in posts), posts


def test_a_name_with_a_places_head_word_after_it_is_no_person() -> None:
    # "The forum opened in Yinchuan, Ningxia Hui autonomous region ... Ningxia signed an agreement with ..."
    facts = facts_of("The forum opened in Yinchuan, Ningxia Hui autonomous region, on June 8. During the forum, "
                     "Ningxia signed an agreement with Egypt's Sharqia governorate.")
    assert not any(s.person.startswith("Ningxia") for a in facts.agreements for s in a.signatures), facts.agreements
    assert "Ningxia" in [p for a in facts.agreements for p in a.parties], facts.agreements
