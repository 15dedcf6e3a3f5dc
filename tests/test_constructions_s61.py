"""Constructions read in the sixty-first session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_a_country_ending_one_paragraph_is_no_body_of_the_title_opening_the_next() -> None:
    # "... President B of Lakeland\n\nPresident A gave ...": a line with no stop, then a paragraph that opens
    # with a title; the country is B's, not the next paragraph's president's
    facts = facts_of("Norland and Lakeland signed two agreements on Tuesday. All the signing ceremonies were "
                     "witnessed by President Anna Berg of Norland and President Li Ming of Lakeland\n\n"
                     "President Berg gave the assurance that her administration would follow up on the agreements.")
    held = posts(facts)
    assert ("Anna Berg", "President", "Norland") in held, held
    assert ("Anna Berg", "President", "Lakeland") not in held, held


def test_the_agreements_they_had_signed_names_no_signer() -> None:
    # "A gave the assurance that ... the agreements they had signed for mutual benefits": a relative clause
    # on the documents, whose "they" is not A; A, named as a witness, stays one
    facts = facts_of("Norland and Lakeland signed two agreements on Tuesday. The ceremonies were witnessed by "
                     "President Anna Berg of Norland and President Li Ming of Lakeland.\n\nPresident Berg gave the "
                     "assurance that her administration would help consummate the agreements they had signed for "
                     "mutual benefits.")
    assert "Anna Berg" not in {s[0] for s in signatures(facts)}, signatures(facts)
    assert "Anna Berg" in {w for a in facts.agreements for w in a.witnesses}, [a.witnesses for a in facts.agreements]


def _dates(text: str) -> set[object]:
    return {a.date for a in facts_of(text, published=None).agreements}


def test_a_lead_telling_the_signing_as_news_is_dated_by_its_dateline() -> None:
    # "CITY, Monday 30 May 2022 – A has presided over the signing of ...": the day the story is filed
    found = _dates("Lindau, Norland, Monday 30 May 2022 – Minister of Foreign Affairs Anna Berg has presided over the "
                   "signing of three memoranda of understanding with her counterpart, Minister Li Ming.")
    assert {str(d) for d in found} == {"2022-05-30"}, found


def test_an_aggregators_bracketed_dateline_dates_no_signing() -> None:
    # guard: "CITY, (Aggregator / Agency - 21st Dec, 2021) X has signed": the day the story was carried
    found = _dates("LINDAU, (Delta Point / Norland News - 21st Dec, 2021) The Norland News Agency has signed a "
                   "memorandum of understanding with the Lakeland Press Agency.")
    assert found == {None}, found


def test_agreements_listed_in_the_plural_among_others_are_one_each() -> None:
    # "signed an agreement on A, MoUs on B and a declaration of intent on C": the plural takes no article
    facts = facts_of("Norland and Lakeland signed an agreement on education, MoUs on health and a declaration of "
                     "intent on finance in Lindau on Monday.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert len(kinds) == 3 and any("declaration" in k for k in kinds), kinds


def test_a_number_of_other_agreements_is_no_agreement_of_its_own() -> None:
    # guard: "the MoU as well as a number of other cooperative agreements": a vague set, not one more
    facts = facts_of("President Anna Berg and President Li Ming witnessed the signing of the memorandum of "
                     "understanding as well as a number of other cooperative agreements in such fields as education "
                     "and trade.")
    assert len(facts.agreements) == 1, [a.kind for a in facts.agreements]


def test_those_who_attended_another_meeting_are_no_witnesses() -> None:
    # guard for witnesses.yaml's "attended the meeting, including": a meeting the signing is not told at
    facts = facts_of("Norvik City and Lindau University signed a strategic cooperation agreement on Monday. The next "
                     "day, several government leaders attended the meeting of the county council, including Anna Berg "
                     "and Li Ming.")
    assert not [w for a in facts.agreements for w in a.witnesses], [a.witnesses for a in facts.agreements]


def test_a_plural_title_after_its_body_gives_each_listed_name_the_post() -> None:
    # "Delta Bank Deputy Governors A, B, C and D attended": the body written before the plural title
    facts = facts_of("Norvik Bank and Delta Bank signed a memorandum of understanding on Monday. Delta Bank Deputy "
                     "Governors Anna Berg, Li Ming, Carl Olsen and Wu Fang attended the signing.")
    held = posts(facts)
    for name in ("Anna Berg", "Li Ming", "Carl Olsen", "Wu Fang"):
        assert (name, "Deputy Governor", "Delta Bank") in held, held


def test_a_list_of_attendees_goes_on_into_a_town_s_councillors() -> None:
    # "..., Ambassador A and Norvik City Councillors B, C and D": the town before its head word is their body,
    # and the "and" before the mark joins the list of attendees, not two marks
    facts = facts_of("Norvik and Lindau signed a twinning agreement on Monday. Other attendees included the "
                     "Consul-General of Norland in Norvik, Ambassador Jose Pimentel and Norvik City Councillors Ana "
                     "Bailão, Michael Thompson and Cesar Palacio.")
    held = posts(facts)
    for name in ("Ana Bailão", "Michael Thompson", "Cesar Palacio"):
        assert (name, "Councillor", "Norvik") in held, held


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_a_company_named_short_after_its_full_name_is_the_same_party() -> None:
    # "Norvik Jumore E-commerce Co Ltd signed ... Jumore E-commerce also inked": the short name (a hyphenated
    # word the tokenizer cuts) is the company named before, not a body of its own
    found = _parties("Norvik Jumore E-commerce Co Ltd signed a strategic cooperation agreement with the Lindau "
                     "government. Jumore E-commerce also inked a deal with Lakeland Post.")
    assert "Norvik Jumore E-commerce Co Ltd" in found and not any(p.startswith("Jumore") for p in found), found


def test_a_body_named_without_its_form_and_place_is_the_same_party() -> None:
    # "Delta Grid Corporation of Norland announced ... The Delta Grid has signed": one body
    found = _parties("Delta Grid Corporation of Norland announced on Wednesday a cooperation scheme. The Delta Grid has "
                     "signed a memorandum of understanding with Lakeland Power Company in Lindau.")
    assert "Delta Grid" not in found and "Delta Grid Corporation of Norland" in found, found
