"""Constructions read in the fifty-eighth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_a_posting_title_without_its_article_after_by_gives_the_name_set_off_after_it() -> None:
    # "The MoU was signed by High Commissioner of India to Sri Lanka, A B and ...": the article left out
    # before the title, the posting after it, then the name set off by a comma
    facts = facts_of("Norvik University received a grant from Delta on Monday. The memorandum of understanding "
                     "was signed by High Commissioner of Delta to Norvik, Taranjit Singh Sandhu, and the Rector "
                     "of Norvik University, Anna Berg.")
    held = posts(facts)
    assert ("Taranjit Singh Sandhu", "High Commissioner", "Delta") in held, held
    assert any(s[0] == "Taranjit Singh Sandhu" for s in signatures(facts)), signatures(facts)


def test_a_posting_title_opening_a_sentence_gives_the_name_set_off_after_it() -> None:
    held = posts(facts_of("Norvik University signed a memorandum of understanding with Delta on Monday. High "
                          "Commissioner of Delta to Norvik, Taranjit Singh Sandhu, said the grant would help."))
    assert ("Taranjit Singh Sandhu", "High Commissioner", "Delta") in held, held


def test_a_caption_in_the_present_names_its_subjects_as_signers() -> None:
    # "USAID Administrator A and US Ambassador B sign Memorandum of Understanding with ...": a photo
    # caption tells the signing it shows in the present tense
    facts = facts_of("Norvik Agency Administrator Mark Green and Delta Ambassador Krishna Urs sign Memorandum of "
                     "Understanding with Lindau University.")
    people = {s[0] for s in signatures(facts)}
    assert {"Mark Green", "Krishna Urs"} <= people, signatures(facts)


def test_the_purpose_of_a_visit_that_was_made_still_names_its_signers() -> None:
    # guard: the bare "sign" after "to" of a coming together that was done ("visited X to sign") still
    # names who came as the signers, now that one entry holds both uses of the bare verb
    facts = facts_of("Party Secretary Anna Berg and District Director Li Ming visited Lakeside University on "
                     "March 14 to sign the framework agreement.")
    assert {"Anna Berg", "Li Ming"} <= {s[0] for s in signatures(facts)}, signatures(facts)


def test_a_present_sign_after_a_modal_is_a_plan_with_no_signers() -> None:
    # guard: "A and B will sign the MoU next week" reports no signing
    facts = facts_of("The ministers met on Monday. Mayor Anna Berg and Mayor Li Ming will sign the memorandum of "
                     "understanding next week.")
    assert not signatures(facts), signatures(facts)


def test_a_surname_two_spellings_of_one_name_share_is_no_body() -> None:
    # "ADB President Takehiko Nakao ... ADB President Takehico Nakao ... President Sirisena and Nakao signed":
    # which of the two the surname means is unsure, but it is a person's, never a party
    facts = facts_of("President Anil Perera met Delta Bank President Takehiko Nakao on Thursday. Delta Bank "
                     "President Takehico Nakao spoke.\n\nPresident Perera and Nakao discussed development "
                     "challenges, and signed three loan agreements worth $455 million.")
    assert not any(p == "Nakao" for a in facts.agreements for p in a.parties), [a.parties for a in facts.agreements]


def test_two_posts_joined_before_a_second_name_are_no_party() -> None:
    # "A, NRU Vice-Rector and Executive Officer and B, Rector of C signed ...": the posts the first signer
    # holds are not a body (the parse makes "Officer" the head of a subject under this one-word caption
    # headline)
    facts = facts_of("Photo\n\nTomas Brand, NRU Vice-Rector and Executive Officer and Karl Stein, Rector of LMinho signed a "
                     "Cooperation Agreement between NRU and LMinho on Monday.")
    parties = {p for a in facts.agreements for p in a.parties}
    assert not any("Officer" in p for p in parties), parties
