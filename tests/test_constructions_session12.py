"""Constructions of the twelfth session (agreements, dates, places): each case
is a short invented article read through the public extraction API.
"""
from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from invented import facts_of, page


def test_a_speakers_tally_of_agreements_signed_before_adds_none() -> None:
    facts = facts_of("Norland has allocated a grant to Lindau. The agreement has been signed by Norland Ambassador "
                     "Li Ming and Lindau Deputy Prime Minister Anna Berg. He also added that the countries have signed "
                     "10 agreements on technical and economic cooperation with a total worth of $41 million.")
    assert len(facts.agreements) == 1


def test_agreements_counted_in_the_news_itself_are_each_one() -> None:
    facts = facts_of("Norland and Lindau signed three agreements on trade on Monday in Norvik.")
    assert len(facts.agreements) == 3


def test_agreements_in_the_plural_with_their_subjects_listed_are_one_each() -> None:
    facts = facts_of("The MoUs on tourism cooperation, cultural exchange and railway routes were signed between "
                     "Norway and Chile at the Norvik Palace today.")
    assert len(facts.agreements) == 3
    assert {a.place for a in facts.agreements} == {"Norvik Palace"}


def test_agreements_counted_by_their_subjects_are_one_each() -> None:
    facts = facts_of("Memorandums of understanding on four different areas were signed between Norway and Chile "
                     "today in Norvik.")
    assert len(facts.agreements) == 4


def test_agreements_in_the_plural_on_one_subject_are_not_counted() -> None:
    facts = facts_of("The agreements on joint production were signed in Norvik by Delta Group and Lindau Mills.")
    assert len(facts.agreements) == 1


def test_a_numbered_list_of_agreements_after_a_witnessed_exchange_gives_one_each(tmp_path: Path) -> None:
    article = page(tmp_path, "exchange.txt",
                   "Norland and Lindau exchange agreements\n\n"
                   "Norland Prime Minister Anna Berg and her Lindau counterpart Li Ming on Friday witnessed the "
                   "exchange of three cooperation agreements.\n"
                   "The ceremony was held in Norvik.\n"
                   "According to Government Spokesperson Jonas Lind, the agreements include:\n"
                   "1. Memorandum of Understanding (MoU) on Trade Cooperation between Norway's Ministry of Commerce "
                   "and Chile's Ministry of Trade\n"
                   "2. MoU between Delta Bank and Norvik Province\n"
                   "3. Letter of Intent between Norvik University and Delta University to promote training\n")
    facts = extract(article)
    assert sorted(a.kind for a in facts.agreements) == ["letter of intent", "memorandum of understanding",
                                                         "memorandum of understanding"]
    assert {"Delta Bank", "Norvik Province", "Norvik University", "Delta University"} <= {
        p for a in facts.agreements for p in a.parties}
    assert {w for a in facts.agreements for w in a.witnesses} == {"Anna Berg", "Li Ming"}


def test_the_items_of_a_numbered_list_are_lines_of_their_own(tmp_path: Path) -> None:
    article = page(tmp_path, "list.txt", "Two MoUs signed\n\nThe documents signed include:\n"
                                         "1. MoU between Delta Bank and Norvik Province\n"
                                         "2. MoU between Lindau Mills and Norvik University\n")
    assert "\n\n2. MoU between Lindau Mills" in article.text


def test_last_night_is_the_day_before_the_articles_own_date() -> None:
    facts = facts_of("Prime Minister Anna Berg has witnessed the signing of three Memoranda of Understanding (MoUs) "
                     "between Norway and Chile private companies. The ceremony took place at the Grand Hotel Norvik "
                     "after the dinner last night.")
    assert {a.date.isoformat() for a in facts.agreements if a.date} == {"2024-05-16"}


def test_this_afternoon_is_the_articles_own_date() -> None:
    facts = facts_of("Norway and Chile this afternoon signed a Memorandum of Understanding on labour in Norvik.")
    assert [a.date.isoformat() for a in facts.agreements if a.date] == ["2024-05-17"]


def test_agreements_in_the_plural_with_the_preposition_said_again_are_one_each() -> None:
    assert len(facts_of("Norway and Chile signed agreements on trade and on investment in Norvik.").agreements) == 2
    assert len(facts_of("Norway and Chile signed agreements on trade and investment in Norvik.").agreements) == 1


def test_agreements_with_each_of_several_bodies_after_a_signing_ceremony_opener() -> None:
    facts = facts_of("At the signing ceremony, the Norvik provincial government also inked strategic cooperation "
                     "agreements with Southeast University, Lindau University and Delta Bank.")
    assert len(facts.agreements) == 3


def test_those_who_attended_the_forum_held_to_sign_an_agreement_witnessed_it() -> None:
    facts = facts_of("Norland Province and Delta Bank held a high-level forum in Norvik today to sign a cooperation "
                     "memorandum. Anna Berg, secretary of the provincial party committee; Li Ming, president of Delta "
                     "Bank; and Jonas Lind, vice president of Delta Bank, attended the forum.")
    assert len(facts.agreements) == 1
    assert set(facts.agreements[0].witnesses) == {"Anna Berg", "Li Ming", "Jonas Lind"}


def test_one_present_at_the_meeting_where_the_signers_met_and_signed_witnessed_it() -> None:
    facts = facts_of("On Monday, chairman of the Norland Football Association Anna Berg met with the president of the "
                     "Lindau Football Association, Li Ming, and signed a memorandum of cooperation between their "
                     "organisations. The association's vice-chairman Jonas Lind was also present at the meeting.")
    assert facts.agreements[0].witnesses == ["Jonas Lind"]


def test_those_at_a_meeting_no_sentence_ties_to_the_signing_witness_nothing() -> None:
    facts = facts_of("The two sides signed an agreement on trade. The next day, the delegation held talks on tourism. "
                     "Minister Jonas Lind attended the meeting.")
    assert not [w for a in facts.agreements for w in a.witnesses]



def test_a_long_attendance_list_of_titles_and_names_gives_every_person() -> None:
    facts = facts_of("The NFF and the Delta Foundation signed a five-year cooperation agreement in Norvik. Today’s "
                     "signing ceremony was attended by NFF President, Major General Anna Berg, WFA Council Member and "
                     "NFC Senior Vice-President, Mr Li Ming Al-Bakri, WFA Council Member, Mr Marco V. Lindqvist Jr., "
                     "NFF Vice-President, Dato’ Sri Maria Costa Lay, NFF Council Member, Mr Peter Holm, NFF General "
                     "Secretary, Mr Karl Weber and Lindau FA General Secretary, Mr Hans Meyer Al-Ansari.")
    assert {"Maria Costa Lay", "Peter Holm", "Karl Weber", "Hans Meyer Al-Ansari"} <= set(facts.agreements[0].witnesses)


def test_a_place_after_the_last_witness_is_no_witness() -> None:
    facts = facts_of("The MoU was inked on Monday by Secretary Anna Berg on behalf of the state government and by "
                     "Managing Director Li Ming for the company, in the presence of Chief Minister Jonas Lind at Lok "
                     "Seva Bhavan here.")
    assert [w for a in facts.agreements for w in a.witnesses] == ["Jonas Lind"]


def test_as_per_agreement_refers_to_the_agreement_just_told() -> None:
    facts = facts_of("The Port of Norvik and the port authority of Lindau signed a partnership agreement. As per "
                     "agreement signed at the Lindau port, both organisations will share expertise.")
    assert [a.kind for a in facts.agreements] == ["partnership agreement"]
