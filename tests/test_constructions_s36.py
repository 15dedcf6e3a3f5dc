"""Constructions read in the thirty-sixth session (invented names and texts; real place names)."""
from __future__ import annotations

from datetime import date

from invented import areas_of, facts_of, posts, signatures

from kg.nlp import parse


def test_a_province_the_small_model_takes_for_a_person_is_a_place() -> None:
    # en_core_web_sm tags "Davao Occidental" PERSON here: the province signed, its governor signed for it
    facts = facts_of("Davao Occidental signed a sisterhood agreement with Norvik City on Friday. "
                     "Governor Anna Lindqvist signed for the province.")
    assert any("Davao Occidental" in a.parties for a in facts.agreements), facts.agreements
    assert ("Anna Lindqvist", "Davao Occidental") in signatures(facts), signatures(facts)
    assert not any(person == "Davao Occidental" for person, _ in signatures(facts)), signatures(facts)


def test_a_country_is_a_place_but_a_person_of_the_same_name_stays_a_person() -> None:
    labels = {e.text: e.label_ for e in parse("Mr Jordan signed for the bank, while Sri Lanka was represented "
                                               "by its finance secretary.").ents}
    assert labels == {"Jordan": "PERSON", "Sri Lanka": "GPE"}, labels
    # a word of a longer person's name in the same text is that person's, not the place's
    labels = {e.text: e.label_ for e in parse("Victoria Mensah signed the memorandum. Later, Victoria thanked "
                                               "the delegation.").ents}
    assert labels.get("Victoria") != "GPE", labels


def test_a_title_written_with_a_curly_apostrophe_is_the_title() -> None:
    read = posts(facts_of("Norland's Foreign Minister Nestor Popol and Chinese Embassy Chargé d’Affaires Li Yun "
                          "have signed an economic and technical cooperation agreement."))
    assert ("Li Yun", "Chargé d’Affaires", "Chinese Embassy") in read, read


def test_an_agreement_the_article_only_abbreviates_keeps_the_abbreviation_as_its_kind() -> None:
    from kg.classify import agreement_classes

    only_short = facts_of("Lakeside University signed an MoU with Nordhavn Wind on Friday.")
    assert [a.kind for a in only_short.agreements] == ["mou"], only_short.agreements
    assert agreement_classes("mou")[0].endswith("MemorandumOfUnderstanding")
    spelled = facts_of("Lakeside University signed a Memorandum of Understanding (MoU) with Nordhavn Wind on Friday. "
                       "The MoU covers research.")
    assert [a.kind for a in spelled.agreements] == ["memorandum of understanding"], spelled.agreements


def test_an_agreement_takes_its_topic_but_not_a_preposition_of_its_own() -> None:
    kinds = [a.kind for a in facts_of("Norvik News Agency and the Halden Press signed an agreement on news exchange "
                                      "and cooperation in Norvik on Monday.").agreements]
    assert kinds == ["agreement on news exchange and cooperation"], kinds
    kinds = [a.kind for a in facts_of("Anna Berg signed the agreement on behalf of Norvik Port, and Jonas Weber "
                                      "signed for Halden Shipping.").agreements]
    assert kinds == ["agreement"], kinds
    kinds = [a.kind for a in facts_of("Norvik Port and Halden Shipping signed an agreement on Monday.").agreements]
    assert kinds == ["agreement"], kinds


def test_a_date_told_with_on_wins_over_a_page_date_glued_before_it() -> None:
    # a headline's date runs into the first sentence: "... Wednesday, October 27, 2010 The government ..."
    facts = facts_of("Norland, bank sign funding agreements Wednesday, October 27, 2010 The government of Norland and "
                     "the Coastal Bank on Monday, October 25th, 2010 in Eastport signed funding agreements worth "
                     "40 million dollars.", published=date(2010, 10, 27))
    assert {a.date for a in facts.agreements} == {date(2010, 10, 25)}, facts.agreements


def test_documents_of_several_kinds_listed_with_commas_after_one_verb_are_one_each() -> None:
    # "signed a cooperation program in the field of culture, an agreement on X, Y and Z, as well as a memorandum"
    kinds = sorted(a.kind for a in facts_of(
        "In Eastport, Norland and Lindau signed a cooperation program in the field of culture, an agreement on "
        "standardization, metrology and compliance, as well as a memorandum of understanding on trade.").agreements)
    assert kinds == ["agreement on standardization", "cooperation program", "memorandum of understanding"], kinds
    kinds = sorted(a.kind for a in facts_of("Norland and Lindau signed an agreement on standardization, a memorandum "
                                            "of understanding on trade and a protocol on customs.").agreements)
    assert kinds == ["agreement on standardization", "memorandum of understanding", "protocol"], kinds


def test_words_listed_before_and_other_sectors_are_the_fields() -> None:
    read = areas_of("Norvik and Halden signed a sister city agreement to cooperate in economic, trade, "
                    "scientific, technological and other sectors.")
    assert read == {"economic", "trade", "scientific", "technological"}, read


def test_the_areas_named_with_the_signing_are_listed_in_the_next_sentence() -> None:
    read = areas_of("Norland and Lindau on Tuesday signed a Memorandum of Understanding in key areas of cooperation.\n\n"
                    "The areas include agriculture, tourism, water and energy.")
    assert read == {"agriculture", "tourism", "water", "energy"}, read
    # not where the sentence before says no agreement was signed in them
    facts = facts_of("Norland and Lindau signed an agreement on energy on Tuesday. However, they did not sign any "
                     "agreement in other sectors.\n\nThe sectors include railways and defence.")
    assert not {"railways", "defence"} & {a for agreement in facts.agreements for a in agreement.areas}, facts.agreements


def test_places_each_followed_by_their_country_in_brackets_all_sign() -> None:
    facts = facts_of("Cities of Dakar (Senegal), Kinshasa (DRC) and Brazzaville (Congo) have signed a twinning "
                     "agreement on Wednesday in Kinshasa.")
    assert {p for a in facts.agreements for p in a.parties} == {"Dakar", "Kinshasa", "Brazzaville"}, facts.agreements


def test_the_deputy_of_an_office_named_with_its_country_holds_it_for_that_country() -> None:
    read = posts(facts_of("British High Commissioner Alex Ellis and Deputy High Commissioner Allen Gammel called on "
                          "Chief Minister Ravi Singh, who signed an MoU with the British Council."))
    assert ("Allen Gammel", "Deputy High Commissioner", "United Kingdom") in read, read


def test_a_name_whose_head_follows_of_the_is_whole_when_its_letters_say_so() -> None:
    # "Mountains of the Moon University (MMU)": a plain word, "of the", then the head; the letters spell it all
    facts = facts_of("The Vice-Chancellor of Halden University (HU) Prof. Celia Obua and the Vice-Chancellor of "
                     "Mountains of the Moon University (MMU) Prof. Pius Mark Achanga have signed an agreement on "
                     "bilateral cooperation.")
    assert ("Pius Mark Achanga", "Mountains of the Moon University") in signatures(facts), signatures(facts)
