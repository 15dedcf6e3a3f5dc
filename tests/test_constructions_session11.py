"""Constructions read in the eleventh session (issue 11): signers who share
a side set off after the pair, titles of people chosen but not yet in
office, and a country whose name opens with an honorific's word. Each case
is a short invented article read through the public extraction API.
"""
from __future__ import annotations

from invented import facts_of


def _sides(text: str) -> set[tuple[str, str | None]]:
    return {(s.person, s.on_behalf_of) for a in facts_of(text).agreements for s in a.signatures}


def test_a_side_set_off_after_a_pair_of_signers_is_both_signers() -> None:
    sides = _sides("The Norvik Chamber of Commerce (NCC) signed an MoU with the Lindau Food Association (LFA). "
                   "The MoU was signed by NCC President Anna Berg and Director and Legal Counsel Jonas Lind, for and "
                   "on behalf of NCC and LFA President Li Ming and President-elect Mary Wanjiru for and on behalf "
                   "of LFA.")
    assert sides == {("Anna Berg", "Norvik Chamber of Commerce"), ("Jonas Lind", "Norvik Chamber of Commerce"),
                     ("Li Ming", "Lindau Food Association"), ("Mary Wanjiru", "Lindau Food Association")}


def test_a_side_set_off_after_one_signer_of_a_list_is_that_signers_alone() -> None:
    sides = _sides("The Norvik Port Authority signed an MoU with the Lindau Port Authority. The MoU was signed by "
                   "Anna Berg, and Jonas Lind, on behalf of the Lindau Port Authority.")
    assert ("Jonas Lind", "Lindau Port Authority") in sides
    assert ("Anna Berg", "Lindau Port Authority") not in sides


def test_a_title_elect_is_the_post_of_one_chosen() -> None:
    facts = facts_of("The Lindau Food Association (LFA) signed an MoU with Delta Bank. LFA President-elect Anna "
                     "Berg signed for the association.")
    assert ("Anna Berg", "President-elect", "Lindau Food Association") in {
        (h.person, h.title, h.organization) for h in facts.posts}


def test_a_country_opened_by_an_honorifics_word_keeps_it_in_a_bodys_name() -> None:
    facts = facts_of("The Norvik Ports Authority and the Sri Lanka Food Processors Association signed a Memorandum "
                     "of Understanding (MoU) on Monday. Sri Anna Berg signed for the authority.")
    names = {o.name for o in facts.organizations}
    assert "Sri Lanka Food Processors Association" in names and "Lanka Food Processors Association" not in names
    assert "Anna Berg" in {p.name for p in facts.people}


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(h.person, h.title, h.organization) for h in facts_of(text).posts}


def test_a_body_its_owner_names_with_s_is_named_whole() -> None:
    posts = _posts("Norvik and Lindau signed an MoU. Secretary of Lindau’s Party Committee Anna Berg said the MoU "
                   "will open cooperation.")
    assert ("Anna Berg", "Secretary", "Lindau's Party Committee") in posts


def test_a_place_a_country_owns_is_the_governors_place() -> None:
    posts = _posts("Norvik and Lindau signed an MoU. The forum was attended by Governor of Russia's Lindau Region "
                   "Anna Berg, and others.")
    assert ("Anna Berg", "Governor", "Lindau Region") in posts


def test_a_signer_at_a_bodys_own_office_signs_for_the_body() -> None:
    sides = _sides("The Norvik Development Bank (NDB) and the Government of Lindau signed a loan agreement. "
                   "The signatories were Ms. Anna Berg, Joint Secretary, Ministry of Finance, for the Government "
                   "of Lindau, and Li Ming, Country Director of NDB’s Lindau Resident Mission, for NDB.")
    assert ("Li Ming", "Norvik Development Bank") in sides


def test_a_body_a_country_owns_signs_for_the_country() -> None:
    sides = _sides("An agreement on economic cooperation was signed between Sri Lanka and China on Monday.\n\n"
                   "The agreement was signed between the Chairman of China’s Norvik Cooperation Agency Anna Berg "
                   "and Treasury Secretary L.M. Perera.")
    assert ("Anna Berg", "China") in sides


def test_a_name_then_at_once_a_title_with_its_body_is_that_post() -> None:
    posts = _posts("Norvik and Lindau signed letters of intent to become sister cities. Anna Berg, Mayor of Norvik, "
                   "and Kang Jun Jie Deputy Mayor of Lindau represented their cities in the signing ceremony.")
    assert ("Kang Jun Jie", "Deputy Mayor", "Lindau") in posts
