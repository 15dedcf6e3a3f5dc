"""Constructions read in the eleventh session (issue 11): signers who share
a side set off after the pair, titles of people chosen but not yet in
office, and a country whose name opens with an honorific's word. Each case
is a short invented article read through the public extraction API.
"""
from __future__ import annotations

from datetime import date

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


def _dates_and_places(text: str) -> list[tuple[str | None, str | None]]:
    return [(str(a.date) if a.date else None, a.place) for a in facts_of(text).agreements]


def test_a_signing_during_the_ceremony_told_before_has_its_date() -> None:
    told = _dates_and_places(
        "Lakeside University signs collaboration agreement\n\n"
        "The signing ceremony of collaboration between Lakeside University and Norvik University was held on "
        "July 9, 2015. The presidents of both universities attended the ceremony.\n\n"
        "In his opening speech, President Anna Berg welcomed the guests. On behalf of both universities, "
        "President Anna Berg and Li Ming signed the agreement of collaboration during the ceremony.")
    assert [d for d, _ in told] == ["2015-07-09"]


def test_agreements_signed_during_the_meeting_have_the_meetings_date() -> None:
    told = _dates_and_places(
        "Norland and Lindau sign two memoranda\n\n"
        "President Anna Berg received Prime Minister Li Ming at Bogor Palace on Monday (15/7/2024).\n\n"
        "The two memoranda of understanding signed during the meeting were:\n\n"
        "1. MoU on Cross Border Movement of Buses\n\n2. MoU on Cooperation in the Field of Health")
    assert told and {d for d, _ in told} == {"2024-07-15"}


def test_an_agreement_told_in_the_lead_paragraph_gives_its_day() -> None:
    facts = facts_of("Norvik and Lindau strengthened their bond through a sister city agreement on Tuesday in "
                     "Norvik.\n\nNorvik Mayor Anna Berg and Lindau Mayor Li Ming signed a memorandum of "
                     "understanding (MoU) for a sister city partnership.", published=date(2024, 10, 30))
    assert [str(a.date) for a in facts.agreements] == ["2024-10-29"]


def test_an_owners_town_before_a_common_noun_is_no_place() -> None:
    told = _dates_and_places(
        "Norvik signs investment agreement\n\nThe growth of the city has increased confidence in Delta Land's "
        "Norvik investments. An investment agreement was jointly signed after the meeting.")
    assert [p for _, p in told] == [None]


def test_a_date_line_in_brackets_before_a_colon_dates_the_report() -> None:
    facts = facts_of("NORVIK: (Thursday, April 18, 2019): Lakeside University and Norvik University signed a "
                     "memorandum of understanding on Tuesday.", published=None)
    assert [str(a.date) for a in facts.agreements] == ["2019-04-16"]


def test_the_bodys_head_word_with_s_before_a_title_is_the_body_the_text_names() -> None:
    posts = _posts("The Norvik Foundation signed an MoU with the Ministry of Lindau Development. The MoU was signed "
                   "by Li Ming, Deputy Chairman of the foundation’s Board, and Anna Berg, the Ministry’s "
                   "Undersecretary, in the presence of the Crown Prince.")
    assert ("Anna Berg", "Undersecretary", "Ministry of Lindau Development") in posts


def test_a_titles_own_short_form_in_brackets_stays_out_of_the_name() -> None:
    facts = facts_of("Delta Bank and the Lindau Port Authority signed an MoU. Lindau Port Authority Assistant Chief "
                     "Executive Officer (CEO) Anna Berg and Secretary Li Ming signed the MoU yesterday.")
    assert "Anna Berg" in {s.person for a in facts.agreements for s in a.signatures}
    assert ("Anna Berg", "Assistant Chief Executive Officer", "Lindau Port Authority") in {
        (h.person, h.title, h.organization) for h in facts.posts}


def test_a_city_mayors_city_keeps_the_word_city() -> None:
    posts = _posts("Norvik City Mayor Anna Berg and Lindau City Mayor Li Ming signed a memorandum of understanding "
                   "(MoU) for a sister city partnership.")
    assert ("Li Ming", "Mayor", "Lindau City") in posts


def _witnesses(text: str) -> set[str]:
    return {w for a in facts_of(text).agreements for w in a.witnesses}


def test_people_in_attendance_at_the_ceremony_in_a_town_witnessed_it() -> None:
    witnesses = _witnesses("Lakeside University and Norvik University signed two agreements on Monday. Also in "
                           "attendance at the ceremony in Lindau were Executive Vice President Anna Berg, Vice "
                           "President Li Ming, and Dean of Education Omar Farouk.")
    assert witnesses == {"Anna Berg", "Li Ming", "Omar Farouk"}


def test_whose_person_it_is_before_a_listed_name() -> None:
    witnesses = _witnesses("Lindau and the Norvik Group signed an investment pact on Monday. The pact was signed in "
                           "the presence of the Norvik group’s Anna Berg, Li Ming, and Omar Farouk.")
    assert witnesses == {"Anna Berg", "Li Ming", "Omar Farouk"}


def test_a_signer_named_with_a_bodys_possessive_signed_for_that_body() -> None:
    sides = _sides("Delta Oil signed a memorandum of understanding with Nesra Holding Company and the Lindau "
                   "Foundation. The MoU was signed by Vice President of Delta Oil Li Ming, Nesra’s Anna Berg and "
                   "Omar Farouk of the Lindau Foundation.")
    assert ("Anna Berg", "Nesra Holding Company") in sides


def test_a_title_then_a_body_without_a_head_word_then_the_name() -> None:
    posts = _posts("Delta Bank signed an MoU with the state government. Speaking at the event, Executive Vice "
                   "Chairman, Norvik General Investment, Anna Berg said the agreement will help.")
    assert ("Anna Berg", "Executive Vice Chairman", "Norvik General Investment") in posts
