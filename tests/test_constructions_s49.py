"""Constructions read in the forty-ninth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def test_a_spaced_dash_sets_a_title_and_its_body_off_after_a_name() -> None:
    # "A – Chief Technology Officer USF, signed the MoU": the dash does what a comma does
    facts = facts_of("The Lakeside Health Fund (LHF) and the Norvik Institute of Technology signed a memorandum of "
                     "understanding. On Tuesday, Anna Berg – Chief Executive Officer LHF, and Li Ming – Registrar "
                     "Norvik Institute of Technology, signed the MoU.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert {("Anna Berg", "Chief Executive Officer", "Lakeside Health Fund"),
            ("Li Ming", "Registrar", "Norvik Institute of Technology")} <= posts, posts
    (mou,) = facts.agreements
    assert {(s.person, s.on_behalf_of) for s in mou.signatures} == {
        ("Anna Berg", "Lakeside Health Fund"), ("Li Ming", "Norvik Institute of Technology")}, mou.signatures


def test_a_dash_closing_an_aside_gives_no_post_to_the_name_before_it() -> None:
    # "... participants included the envoy A – the Mayor of Rome said": the dash ends the aside
    facts = facts_of("Lindau and Norvik signed a sister city agreement on Monday. During the ceremony – guests "
                     "included the Special Envoy of Norland Anna Berg – the Mayor of Lindau said the bridge was built.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert not any(person == "Anna Berg" and title == "Mayor" for person, title, _ in posts), posts


def test_the_one_who_speaks_after_signing_signed() -> None:
    # "..., Banque Misr Vice Chairman A told Xinhua after signing the MoU": the speaker signed it
    facts = facts_of("The Lakeside Bank and the Norvik Bank signed a memorandum of understanding on Sunday. \"It is "
                     "a good day,\" Lakeside Bank Vice Chairman Peter Otieno told reporters after signing the MoU.")
    (mou,) = facts.agreements
    assert [(s.person, s.on_behalf_of) for s in mou.signatures] == [("Peter Otieno", "Lakeside Bank")], mou.signatures


def test_one_who_says_what_will_follow_a_signing_did_not_sign_it() -> None:
    # "A said that after signing the MoU the banks would ...": A speaks of the signing, no more
    facts = facts_of("The Lakeside Bank and the Norvik Bank signed a memorandum of understanding on Sunday. Lakeside "
                     "Bank Vice Chairman Peter Otieno said that after signing the MoU the banks would lend more.")
    (mou,) = facts.agreements
    assert not mou.signatures, mou.signatures


def test_a_campus_named_after_its_university_is_not_the_university() -> None:
    # "held at the Science Park, Prince of Songkla University Hatyai Campus": a venue, not the party's name
    facts = facts_of("The signing ceremony of the MoU between Lakeside University and Norvik University was held at "
                     "the Science Park, Norvik University Kisumu Campus. The MoU was signed by Anna Berg, President of "
                     "Lakeside University; and Li Ming, President of Norvik University.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Norvik University"}, mou.parties
