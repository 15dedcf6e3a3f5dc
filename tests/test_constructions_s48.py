"""Constructions read in the forty-eighth session (invented sentences, one construction each)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page

from kg.dates import find_dates
from kg.extract import extract


def test_a_ministers_title_with_the_country_after_it_is_the_countrys_post() -> None:
    # "Minister of Agriculture and Fisheries of Malta": the country the text writes after the title holds
    # the post, even where the text also names the ministry as a body
    facts = facts_of("Malta, represented by the Ministry of Agriculture and Fisheries, and Iceland signed an "
                     "agreement. The agreement was signed by Anna Berg, Minister of Agriculture and Fisheries of "
                     "Malta, and Piet Olsen, Minister of Trade of Iceland.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", "Minister of Agriculture and Fisheries", "Malta") in posts, posts


def test_two_countries_marks_before_a_plural_remit_title_give_each_minister_a_country() -> None:
    # "Romanian and Portuguese Defense Ministers A and B": the marks, the remit, then the two names in order
    facts = facts_of("Kenyan and Ghanaian Health Ministers Anna Berg and Peter Otieno signed on Thursday in Nairobi "
                     "the Agreement between the Government of Kenya and the Government of Ghana on health cooperation.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert {("Anna Berg", "Health Minister", "Kenya"), ("Peter Otieno", "Health Minister", "Ghana")} <= posts, posts
    (agreement,) = facts.agreements
    assert all("Ministers" not in party for party in agreement.parties), agreement.parties


def test_a_semicolon_list_of_people_ending_with_and_others_were_present_gives_the_named_as_witnesses() -> None:
    # "A, Vice-Chancellor of X; B, ...; Proctor Professor Dr. C; D, serving as ..., and others were present"
    facts = facts_of("Lakeside University and the Kisumu Institute signed a memorandum of understanding on Saturday. "
                     "Anna Berg, Vice-Chancellor of Lakeside University; Li Ming, Vice-Chancellor of the Kisumu "
                     "Institute; Treasurer Professor Dr. Peter Otieno; Proctor Professor Dr. Mary Wanjiru; Ravi, "
                     "serving as the Focal Point and Additional Director (Audit), and others were present.")
    (mou,) = facts.agreements
    assert {"Anna Berg", "Li Ming", "Peter Otieno", "Mary Wanjiru"} <= set(mou.witnesses), mou.witnesses


def test_where_a_side_is_situated_is_not_where_it_signed() -> None:
    # "X, situated in Trishal, and Y, located in Tangail, have signed": the sides' seats, set off after their names
    facts = facts_of("Lakeside University, situated in Trishal, and the Kisumu Institute, located in Tangail, have "
                     "signed a memorandum of understanding. The MoU was signed on Saturday at the liaison office in "
                     "Dhaka.")
    (mou,) = facts.agreements
    assert mou.place == "Dhaka", mou.place


def test_capitalised_field_words_of_a_list_are_each_a_field() -> None:
    # "key sectors such as Agriculture, Health, and Energy": the parse may read the run as one name
    facts = facts_of("Lakeside University and the Kisumu Institute signed a memorandum of understanding to cooperate "
                     "in key sectors such as Agriculture, Health, and Energy.")
    (mou,) = facts.agreements
    assert {"Agriculture", "Health", "Energy"} <= set(mou.areas), mou.areas


def test_the_person_a_signer_stood_in_for_did_not_sign() -> None:
    # "A, who represented the Vice Chancellor, Prof. B": B is named, but did not sign
    facts = facts_of("The MoU was signed on behalf of Lakeside University by the Deputy Vice-Chancellor, Prof. Anna "
                     "Berg, who represented the Vice Chancellor, Prof. Mary Wanjiru, while the Director of Sports at "
                     "the Kisumu Institute, Prof. Li Ming, signed for the institute.")
    (mou,) = facts.agreements
    assert {s.person for s in mou.signatures} == {"Anna Berg", "Li Ming"}, mou.signatures


def test_signers_for_their_respective_governments_sign_for_the_states_of_their_posts() -> None:
    # "A, Ambassador of Japan, and B, Secretary of the Ministry of Finance of Nepal, on behalf of their
    # respective government": the states, not the ministry, even where the text names the ministry elsewhere
    facts = facts_of("An agreement was signed and exchanged between Taro Sato, Ambassador of Japan to Nepal, and Dr "
                     "Ram Thapa, Secretary of Ministry of Finance of the Government of Nepal on behalf of their "
                     "respective government amid a programme today at Subarna Hall, Ministry of Finance of Nepal.")
    (agreement,) = facts.agreements
    sides = {(s.person, s.on_behalf_of) for s in agreement.signatures}
    assert ("Ram Thapa", "Nepal") in sides or ("Ram Thapa", "Government of Nepal") in sides, sides


def test_a_body_for_the_promotion_of_something_keeps_its_whole_name() -> None:
    # "Council for the Promotion of International Trade", "Center for the Promotion of Knowledge and
    # Language Learning": what the body is for, after its article, with the act's objects
    facts = facts_of("The Lindau Provincial Committee of the Norland Council for the Promotion of International "
                     "Trade signed an MoU with Lakeside University on Monday.")
    (mou,) = facts.agreements
    assert "Lindau Provincial Committee of the Norland Council for the Promotion of International Trade" in mou.parties, \
        mou.parties


def test_a_minister_of_an_unnamed_ministry_beside_a_foreign_company_signs_for_the_other_country() -> None:
    # in a story of Kuwait and China, "Minister of Public Works A along with the deputy chairman of the
    # Chinese Company for Roads, B": the minister's ministry is never named; she signs for Kuwait
    facts = facts_of("Kuwait and China marked the deal on Monday. The contract was signed by Minister of Public Works "
                     "Dr. Anna Berg along with the deputy chairman of the Chinese Company for Roads and Bridges, Li "
                     "Ming.")
    (contract,) = facts.agreements
    assert ("Anna Berg", "Kuwait") in {(s.person, s.on_behalf_of) for s in contract.signatures}, contract.signatures


def test_a_page_stamp_with_the_weekday_between_day_and_month_dates_the_signing(tmp_path: Path) -> None:
    # "19th Tuesday, August 2025 - 19:48 UTC": the page's date, so "on Tuesday" is that day
    assert [(d.year, d.month, d.day) for d in find_dates("19th Tuesday, August 2025 - 19:48 UTC")] == [(2025, 8, 19)]
    text = ("Lindau and Velsk sign cooperation agreements\n\n19th Tuesday, August 2025 - 19:48 UTC\n\n"
            "The presidents of Lindau and Velsk on Tuesday signed two bilateral agreements in Montevideo.\n")
    facts = extract(page(tmp_path, "story.txt", text))
    assert facts.agreements and all(str(a.date) == "2025-08-19" for a in facts.agreements), \
        [a.date for a in facts.agreements]


def test_a_bodys_local_mission_signs_for_the_body() -> None:
    # "Director of the Kenya Resident Mission of the Asian Development Bank": the bank is the side
    facts = facts_of("The loan agreement was signed yesterday by Anna Berg, Secretary of the Ministry of Finance, and "
                     "Li Ming, Director of the Kenya Resident Mission of the Asian Development Bank.\n\nThe government "
                     "has borrowed before.")
    (loan,) = facts.agreements
    assert "Asian Development Bank" in loan.parties and "Kenya Resident Mission" not in loan.parties, loan.parties


def test_a_headline_glued_to_the_next_sentences_article_is_no_part_of_a_bodys_name() -> None:
    # "... to Promote Lindau-Velsk TradeThe Norland Council for the Promotion of International Trade": a page
    # glued its headline to the story; the body's name opens after the glued "The"
    facts = facts_of("Chambers Sign Framework to Promote Lindau-Velsk TradeThe Norland Council for the Promotion of "
                     "International Trade and the Lindau Chamber of Commerce signed a framework agreement on Monday.")
    (framework,) = facts.agreements
    assert "Norland Council for the Promotion of International Trade" in framework.parties, framework.parties


def test_a_bodys_remit_with_a_capitalised_and_stays_whole() -> None:
    # "Moscow State University of Culture And Arts": a list of fields closed by a capitalised "And" is the
    # body's own, so it is not cut to another university's name
    facts = facts_of("Lakeside University signed an agreement with the Norvik State University of Culture And Arts "
                     "on Monday.")
    (agreement,) = facts.agreements
    assert "Norvik State University of Culture And Arts" in agreement.parties, agreement.parties
