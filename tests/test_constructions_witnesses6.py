"""How real articles name a signing's witnesses (issue 11), each construction
on a short invented article read through the public extraction API: lists
whose items are kept apart by semicolons, lists the sentence splitter cut
after an initial, people standing around other words before "witnessing",
group words standing for people named earlier ("the two leaders"), events
that are not the signing, companions after "with", and a witness who is
therefore no signer.
"""
from __future__ import annotations

import pytest

from invented import facts_of, signatures

SIGNED = "Lakeside University and the Kisumu Institute signed a memorandum of understanding on Monday. "


def witnesses_of(text: str) -> set[str]:
    facts = facts_of(text)
    assert facts.agreements, "the invented article should give an agreement"
    return {w for agreement in facts.agreements for w in agreement.witnesses}


def test_a_semicolon_list_before_were_also_present() -> None:
    text = SIGNED + ("Anna Berg, Dean Faculty Welfare at Lakeside University; Peter Otieno, Registrar at the Kisumu "
                     "Institute; Ruth Kamau; and Tom Reyes, Assistant Registrar; were also present.")
    assert witnesses_of(text) == {"Anna Berg", "Peter Otieno", "Ruth Kamau", "Tom Reyes"}


def test_a_semicolon_list_after_included_runs_to_the_sentence_end() -> None:
    text = SIGNED + ("Officials attending the signing ceremony included Cheng Hua, deputy director of the Lakeside "
                     "Service Center; Li Ming, director of the region's education department; and Zhang Wei, its "
                     "deputy director.")
    assert witnesses_of(text) == {"Cheng Hua", "Li Ming", "Zhang Wei"}


def test_a_list_after_were_goes_on_past_its_and_item() -> None:
    text = SIGNED + ("Also present to witness the MoU signing ceremony were Education Minister Anna Berg and "
                     "Culture Minister Peter Otieno, Chief Secretary Ruth Kamau and Secretary-General Tom Reyes.")
    assert witnesses_of(text) == {"Anna Berg", "Peter Otieno", "Ruth Kamau", "Tom Reyes"}


def test_people_after_other_words_before_witnessing() -> None:
    text = ("Lakeside University president Anna Berg and Kisumu Institute president Peter Otieno signed the "
            "memorandum of understanding, with representatives from the 23 universities involved as well as "
            "Deputy Minister of Education Ruth Kamau and Mayor Tom Reyes witnessing, it said.")
    facts = facts_of(text)
    (mou,) = facts.agreements
    assert set(mou.witnesses) == {"Ruth Kamau", "Tom Reyes"}
    assert {s.person for s in mou.signatures} == {"Anna Berg", "Peter Otieno"}


@pytest.mark.parametrize("sentence", [
    "The heads of the states held official talks and attended the signing ceremony.",
    "The two leaders witnessed the signing of the memorandum of understanding.",
    "The memorandum of understanding was signed in the presence of the two leaders.",
    "Both countries’ leaders were present at the ceremony of signing a memorandum of understanding.",
], ids=["heads-of-state-attended", "two-leaders-witnessed", "presence-of-two-leaders", "both-countries-leaders"])
def test_a_group_word_stands_for_the_two_people_named_before(sentence: str) -> None:
    text = ("President Anna Berg of Norland received President Li Ming of Southland at the palace today. "
            "Norland and Southland signed a memorandum of understanding on trade. " + sentence)
    assert witnesses_of(text) == {"Anna Berg", "Li Ming"}


@pytest.mark.parametrize("sentence", [
    "The delegation met and held discussions with the governor in the presence of Foreign Minister Anna Berg.",
    "The forum was attended by over 500 people, including Governor Anna Berg.",
    "The commission session, co-chaired by Deputy Prime Minister Anna Berg, reviewed trade.",
], ids=["met-in-the-presence-of", "forum-attended-by", "co-chaired-session"])
def test_who_attended_another_event_is_no_witness(sentence: str) -> None:
    assert witnesses_of(SIGNED + sentence) == set()


def test_the_exchange_of_the_documents_is_the_signing_and_its_witnesses_sign_nothing() -> None:
    text = ("Norland and Southland signed eight memoranda of understanding on Monday. President Anna Berg and "
            "President Li Ming witnessed the exchange of the eight documents after their meeting.")
    facts = facts_of(text)
    assert {w for a in facts.agreements for w in a.witnesses} == {"Anna Berg", "Li Ming"}
    assert not {p for p, _ in signatures(facts)} & {"Anna Berg", "Li Ming"}


def test_a_companion_after_with_witnessed_too() -> None:
    text = ("On September 24, the city signed a cooperation framework agreement with the Lakeside Construction "
            "Company. Lin Wei, Secretary of the municipal Party committee, witnessed the signing of the agreement "
            "with Huang Min, vice president of the Lakeside Construction Company.")
    assert witnesses_of(text) == {"Lin Wei", "Huang Min"}


def test_who_attended_and_also_signed_is_a_signer() -> None:
    text = ("On August 23, the governors of two provinces held a video meeting. Anna Berg, Governor of Norland "
            "Province, and Li Ming, Governor of Southland Province, attended the meeting and jointly signed the "
            "memorandum on trade cooperation.")
    facts = facts_of(text)
    (memo,) = facts.agreements
    assert memo.witnesses == []
    assert {s.person for s in memo.signatures} == {"Anna Berg", "Li Ming"}


def test_a_body_named_before_a_persons_post_in_a_witness_list() -> None:
    text = ("Witnessed by Norland President Anna Berg, Communist Party of Southland General Secretary Li Ming and "
            "Southland President Tom Reyes, General Manager Wang Hua of Lakeside Engineering and General Manager "
            "Du Wei of Southland Chemicals signed the master contract on November 16, 2006.")
    (contract,) = facts_of(text).agreements
    assert contract.witnesses == ["Anna Berg", "Li Ming", "Tom Reyes"]


def test_an_unknown_body_after_a_listed_name_does_not_end_the_list() -> None:
    text = SIGNED + ("The MOU signing ceremony was attended by Commissioner Shawn Chang of KOTRA Invest KOREA and "
                     "President Doh Dong-hee of KMOU.")
    assert witnesses_of(text) == {"Shawn Chang", "Doh Dong-hee"}


@pytest.mark.parametrize("sentence,expected", [
    ("The memorandum was signed under the patronage of Governor Faisal Al Qasimi.", {"Faisal Al Qasimi"}),
    ("The agreement was signed with the participation of Minister Lucia Ferreira and Mayor Tomas Ruiz.",
     {"Lucia Ferreira", "Tomas Ruiz"}),
    ("The deed was signed in the august presence of Secretary Rafael Ortiz.", {"Rafael Ortiz"}),
    ("Also attending were Deputy Mayor Lena Hoff and Dean Omar Farouk.", {"Lena Hoff", "Omar Farouk"}),
    ("Dignitaries present included Minister Sara Haddad and Ambassador Kenji Sato.", {"Sara Haddad", "Kenji Sato"}),
    ("Chief Minister Ravi Shankar was the chief guest on the occasion.", {"Ravi Shankar"}),
], ids=["patronage", "participation", "august-presence", "also-attending", "dignitaries-present", "chief-guest"])
def test_cues_of_the_genre(sentence: str, expected: set[str]) -> None:
    assert witnesses_of(SIGNED + sentence) == expected


def test_a_signing_told_after_the_meeting_keeps_its_witnesses() -> None:
    text = ("On November 21, Governor Anna Berg met with Chairman Li Ming and his party in Lanzhou. After the "
            "meeting, in the presence of Anna Berg and Li Ming, Vice Governor Tom Reyes and General Manager Ruth "
            "Kamau signed a strategic cooperation agreement. Secretary-General Zhou Wei attended the meeting and "
            "the signing ceremony.")
    (deal,) = facts_of(text).agreements
    assert set(deal.witnesses) == {"Anna Berg", "Li Ming", "Zhou Wei"}
    assert {s.person for s in deal.signatures} == {"Tom Reyes", "Ruth Kamau"}


def test_they_stands_for_the_people_of_the_talks_before() -> None:
    text = ("President Anna Berg and President Li Ming held talks in Lisbon on Monday. After the talks, they "
            "witnessed the signing of a memorandum of understanding on trade.")
    assert witnesses_of(text) == {"Anna Berg", "Li Ming"}


@pytest.mark.parametrize("sentence", [
    "The MoU was signed by Tom Reyes and Ruth Kamau while Minister Anna Berg and Ambassador Li Ming looked on.",
    "Among those who witnessed the signing were Minister Anna Berg and Ambassador Li Ming.",
], ids=["while-looked-on", "among-those-who-witnessed"])
def test_more_ways_to_say_who_watched(sentence: str) -> None:
    assert witnesses_of(SIGNED + sentence) == {"Anna Berg", "Li Ming"}


def test_who_attended_the_ceremony_witnessed_each_agreement_signed_at_it() -> None:
    text = ("Lakeside University and the University of Oviedo signed a memorandum of understanding on Monday. "
            "The two universities also signed a student exchange agreement. Dean Anna Berg and Provost Li Ming "
            "also participated in the signing ceremony.")
    facts = facts_of(text)
    assert len(facts.agreements) == 2
    assert all(set(a.witnesses) == {"Anna Berg", "Li Ming"} for a in facts.agreements)


def test_a_newly_named_agreement_keeps_its_own_witnesses() -> None:
    text = ("Norland and Southland sealed an intergovernmental agreement on space cooperation on Monday. "
            "Additionally, a memorandum of cooperation between the Norland Space Agency and the Southland "
            "Space Agency was signed. An intergovernmental agreement on space cooperation was signed at the "
            "embassy in the presence of Minister Anna Berg and Ambassador Li Ming.")
    facts = facts_of(text)
    witnessed = {a.kind: set(a.witnesses) for a in facts.agreements}
    assert witnessed.get("intergovernmental agreement") == {"Anna Berg", "Li Ming"}
    assert witnessed.get("memorandum of cooperation") == set()


def test_a_caption_shows_the_witnesses_at_the_ceremony() -> None:
    text = ("Lakeside University and the City of Wuhu signed a strategic cooperation agreement on May 30. Vice "
            "President Cao Shaobing and Vice Mayor Zheng Ming signed the agreement on behalf of the two sides.\n\n"
            "President Yuan Liang and Mayor He Mao in the agreement signing ceremony\n\n"
            "On behalf of the city, Mayor He Mao welcomed President Yuan Liang.")
    (deal,) = facts_of(text).agreements
    assert set(deal.witnesses) == {"Yuan Liang", "He Mao"}


@pytest.mark.parametrize("sentence,expected", [
    ("The function was presided by Vice-Chancellor Saji Gopinath.", {"Saji Gopinath"}),
    ("On hand to witness the signing were Mayor Eva Lind and Dean Omar Farouk.", {"Eva Lind", "Omar Farouk"}),
    ("Governor Peter Anyang and Mayor Eva Lind were witnesses to the signing.", {"Peter Anyang", "Eva Lind"}),
    ("Mayor Eva Lind hosted the signing ceremony at the town hall.", {"Eva Lind"}),
    ("Mayor Eva Lind hosted the delegation at the town hall.", set()),
], ids=["presided-by", "on-hand-to-witness", "witnesses-to", "hosted-the-ceremony", "hosted-a-delegation"])
def test_more_cues_of_the_genre(sentence: str, expected: set[str]) -> None:
    assert witnesses_of(SIGNED + sentence) == expected


def test_names_with_initials_before_were_also_present() -> None:
    text = ("Lakeside University and the Kisumu Institute signed a memorandum of understanding. The MoU was signed by "
            "Prof TG Sitharam, Director, Lakeside University, and Prof KRS Sambasiva Rao, Vice-Chancellor, Kisumu "
            "Institute on July 26, 2021. Prof AS Achalkumar, Dean (Outreach Education Programme), Lakeside "
            "University and Dr N Mohondas Singh, Associate Professor, Department of Chemistry, Kisumu Institute "
            "were also present.")
    assert witnesses_of(text) == {"AS Achalkumar", "N Mohondas Singh"}


def test_an_unnamed_counterpart_is_the_one_met_before() -> None:
    text = ("A joint statement was issued after the meeting between visiting Minister of Education Anna Berg and "
            "host Minister of Education and Training, Li Ming, in Adelaide. Three institutional agreements were "
            "also signed in the presence of Minister Anna Berg and her Australian counterpart.")
    assert witnesses_of(text) == {"Anna Berg", "Li Ming"}


def test_also_present_during_the_signing_were() -> None:
    assert witnesses_of(SIGNED + "Also present during the signing were Dean Omar Farouk and Provost Clara Lind.") \
        == {"Omar Farouk", "Clara Lind"}


def test_a_list_the_reader_cannot_open_still_names_its_people() -> None:
    text = SIGNED + ("The exchange of the MoU was attended by Lakeside's Prof Geetika, dean (RGIA), Prof Rajesh Gupta, "
                     "head, electrical engineering department and Prof Shivesh Sharma, officiating Registrar.")
    assert {"Rajesh Gupta", "Shivesh Sharma"} <= witnesses_of(text)


def test_who_attended_an_inauguration_is_no_witness() -> None:
    assert witnesses_of(SIGNED + "Attending the inauguration were the Wali of the region, Lamine Benomar, and "
                                 "Mayor Li Ming.") == set()
