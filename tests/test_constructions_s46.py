"""Constructions read in the forty-sixth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def test_a_body_named_after_a_doctor_keeps_the_style_in_its_name() -> None:
    facts = facts_of("Dr Ram Manohar Lohia Avadh University signed a memorandum of understanding with Lakeside "
                     "University on Monday. Vice-Chancellor Anna Berg signed for Dr Ram Manohar Lohia Avadh University.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Dr Ram Manohar Lohia Avadh University", "Lakeside University"}, mou.parties
    assert [(s.person, s.on_behalf_of) for s in mou.signatures] == [("Anna Berg", "Dr Ram Manohar Lohia Avadh University")]


def test_a_doctor_of_a_university_is_still_a_person() -> None:
    facts = facts_of("Dr Anna Berg of Lakeside University and Dr. Peter Otieno, Director of Kisumu Institute, signed a "
                     "memorandum of understanding on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lakeside University", "Kisumu Institute"}, mou.parties
    assert {p.name for p in facts.people} == {"Anna Berg", "Peter Otieno"}


def test_heads_of_state_who_sign_sign_for_their_countries() -> None:
    facts = facts_of("Kenyan President Anna Berg and Ghanaian President Joseph Banda signed a memorandum of "
                     "understanding in Nairobi on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Kenya", "Ghana"}, mou.parties
    assert {(s.person, s.on_behalf_of) for s in mou.signatures} == {("Anna Berg", "Kenya"), ("Joseph Banda", "Ghana")}


def test_a_middle_name_finds_the_one_person_named_both_ways() -> None:
    # "Suluhu Hassan" and "Samia Suluhu Hassan" are one person, and "Suluhu" alone is she, not a body
    facts = facts_of("Tanzania's President Suluhu Hassan arrived in Entebbe. President Yoweri Museveni of Uganda "
                     "hosted President Samia Suluhu Hassan at State House. Museveni and Suluhu also signed two "
                     "memoranda of understanding on defence.")
    assert facts.agreements
    for mou in facts.agreements:
        assert "Suluhu" not in mou.parties, mou.parties
        assert any(s.person.endswith("Suluhu Hassan") for s in mou.signatures), mou.signatures


def test_witnesses_present_at_a_named_venue_and_a_given_name_that_is_a_place() -> None:
    facts = facts_of("Kuwait and Uzbekistan signed four agreements on Monday. Present at the signing ceremony at Bayan "
                     "Palace were Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah, and Acting Prime Minister Sheikh "
                     "Anna Berg.")
    assert facts.agreements
    for agreement in facts.agreements:
        assert set(agreement.witnesses) == {"Sabah Khaled Al-Hamad Al-Sabah", "Anna Berg"}, agreement.witnesses


def test_a_first_lady_is_named_without_her_style() -> None:
    facts = facts_of("Lakeside University and the Kisumu Institute signed a memorandum of understanding. Norland's "
                     "First Lady Anna Berg was present for the signing.")
    (mou,) = facts.agreements
    assert mou.witnesses == ["Anna Berg"], mou.witnesses


def test_a_chief_of_staff_is_one_title() -> None:
    facts = facts_of("The MoU was signed between Headquarters Northern Command represented by Lieutenant General Anna "
                     "Berg, Chief of Staff, Headquarters Northern Command and Lakeside University represented by Prof "
                     "Joseph Banda, Director, Lakeside University.")
    assert ("Anna Berg", "Chief of Staff", "Headquarters Northern Command") in {
        (p.person, p.title, p.organization) for p in facts.posts}, facts.posts
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Headquarters Northern Command", "Lakeside University"}, mou.parties


def test_a_company_written_in_capitals_beside_a_named_body() -> None:
    facts = facts_of("The signing ceremony for a strategic cooperation agreement between NORDWIND and Lakeside "
                     "University was held in Lindau on Monday.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"NORDWIND", "Lakeside University"}, agreement.parties


def test_a_posts_letters_are_no_bodys_name() -> None:
    # "Secretary to the State Government (SSG)": the letters are the post's; a body named by them would join
    # every other article's "SSG"
    for text in ("The Norland State Government on Wednesday signed a Memorandum of Understanding (MoU) with Delta "
                 "Sugar Company. The Secretary to the State Government (SSG), Prof. Anna Berg and the Managing "
                 "Director of the company, Joseph Banda, signed for both sides.",
                 "The Norland State Government signed a Memorandum of Understanding (MoU) with Delta Sugar Company. "
                 "The governor, who was represented by the Secretary to State Government, SSG, Prof. Anna Berg, spoke."):
        facts = facts_of(text)
        names = {n for o in facts.organizations for n in [o.name, *o.aliases]}
        assert "SSG" not in names, names
    assert ("Anna Berg", "Secretary to the State Government", "Norland State Government") in {
        (p.person, p.title, p.organization) for p in facts_of(
            "The Norland State Government on Wednesday signed a Memorandum of Understanding (MoU) with Delta Sugar "
            "Company. The Secretary to the State Government (SSG), Prof. Anna Berg and the Managing Director of the "
            "company, Joseph Banda, signed for both sides.").posts}


def test_where_an_envoy_sits_said_in_brackets_after_the_post() -> None:
    facts = facts_of("Argentina and Bangladesh signed an MoU on bilateral consultations. Foreign Secretary Masud Bin "
                     "Momen and Argentine Ambassador to Bangladesh (resident in New Delhi, India) Hugo Gobbi "
                     "witnessed the MoU signing ceremony.")
    (mou,) = facts.agreements
    assert set(mou.witnesses) == {"Masud Bin Momen", "Hugo Gobbi"}, mou.witnesses
    assert all(p.organization != "India" for p in facts.posts), facts.posts
