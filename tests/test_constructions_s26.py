"""Constructions read in the twenty-sixth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of

from kg.extract.mentions import bare_name_tokens


def test_a_headline_in_capitals_names_no_person() -> None:
    # the model may read a headline's "Norco Signs Framework Agreement" as a person, and the body's
    # "Norco" would then be that person's surname rather than the company that signs: a signing verb
    # or an agreement's kind is no part of a person's name
    assert not bare_name_tokens("Norco Signs Framework Agreement")
    assert not bare_name_tokens("Norco Inks MoU")
    assert bare_name_tokens("Anna Berg")


def test_a_town_named_after_a_word_for_one_is_the_signing_place() -> None:
    for text, town in (("Norland and the Coastal Bank signed a grant agreement in the Egyptian resort city of "
                        "Sharm El-Sheikh.", "Sharm El-Sheikh"),
                       ("Norland and Kenya signed a trade agreement in the Kenyan port city of Mombasa on "
                        "Wednesday.", "Mombasa")):
        places = [a.place for a in facts_of(text).agreements]
        assert places == [town], places


def test_where_the_signing_took_place_on_the_sidelines_of_a_meeting() -> None:
    text = ("Norland and Ostmark signed an agreement with the Coastal Bank on Monday. The signing took place on the "
            "sidelines of the bank's annual meetings in the Egyptian resort city of Sharm El-Sheikh.")
    places = [a.place for a in facts_of(text).agreements]
    assert places == ["Sharm El-Sheikh"], places


def test_countries_spoken_of_after_said_are_not_the_speakers() -> None:
    from invented import posts

    facts = facts_of("Norway and Sweden signed two memorandums of understanding on Monday.\n\nAddressing the media, "
                     "Prime Minister Berglund said Norway has no better friend than Sweden.")
    assert not any(p[0] == "Berglund" and p[2] == "Sweden" for p in posts(facts)), posts(facts)


def test_an_agreement_of_the_same_kind_on_another_topic_between_bodies_of_the_two_countries_is_another() -> None:
    facts = facts_of("Presidents Anna Berg and Karl Olsen signed a treaty on friendly relations and cooperation "
                     "between Belarus and Mongolia in Ulaanbaatar.\n\nA treaty on cooperation in science and "
                     "technology was concluded by the Lindau Academy of Sciences of Belarus and the Ministry of "
                     "Education of Mongolia.")
    sides = [sorted(a.parties) for a in facts.agreements]
    assert sides == [["Belarus", "Mongolia"], ["Lindau Academy of Sciences of Belarus", "Ministry of Education of Mongolia"]], sides


def test_agreements_listed_with_semicolons_before_a_passive_verb_are_one_each() -> None:
    facts = facts_of("Norway and Sweden signed several agreements in Oslo on Monday. Memorandum of Understanding on "
                     "Fisheries Research; Exchange of Notes on a Feasibility Study of a Ferry Link; Framework "
                     "Agreement on Rail Transport; and Loan Agreement for the Vik Reservoir Project were also "
                     "inked on the occasion.")
    kinds = [a.kind for a in facts.agreements]
    assert len(kinds) == 4, kinds
    for kind, head in zip(kinds, ("memorandum of understanding", "exchange of notes", "framework agreement",
                                  "loan agreement")):
        assert kind.startswith(head), kinds


def test_an_agreement_on_a_topic_of_its_own_is_another_even_with_no_sides_read() -> None:
    facts = facts_of("Norway and Sweden signed a treaty on extradition on Tuesday. Officials signed a memorandum of "
                     "understanding on striking against transnational crimes. The sports authorities signed a "
                     "memorandum of understanding for promoting sports exchanges.")
    kinds = [a.kind for a in facts.agreements]
    assert kinds == ["treaty", "memorandum of understanding", "memorandum of understanding"], kinds


def test_those_deals_refer_back_and_the_agreements_signed_with_each_body_are_one_each() -> None:
    facts = facts_of("Lindau Province witnessed the signing of 50 major projects on Saturday. Those deals, signed in "
                     "Haikou, showed the province's attraction. At the signing ceremony, the Lindau provincial "
                     "government also inked strategic cooperation agreements with Southeast University, Norvik "
                     "University of Technology and the Delta Investment Company.")
    sides = sorted(sorted(a.parties) for a in facts.agreements)
    assert len(sides) == 3 and all("Lindau provincial government" in s for s in sides), sides


def test_a_memorandum_named_with_its_sides_after_another_one_is_not_that_other() -> None:
    facts = facts_of("Omran Group signed a memorandum with the Delta Real Estate Company on Monday. Another memorandum "
                     "was signed by the two fishing groups to boost cooperation in fisheries. The Lindau Stock "
                     "Exchange and the Norvik Securities Market signed a memorandum for cooperation.")
    sides = [sorted(a.parties) for a in facts.agreements]
    assert len(sides) == 3 and sides[2] == ["Lindau Stock Exchange", "Norvik Securities Market"], sides


def test_two_signings_told_in_two_clauses_of_one_sentence_are_two_agreements() -> None:
    facts = facts_of("Lindau Logistics signed an agreement with Norvik Shipping on Monday, while Delta Minerals "
                     "signed a deal with the Ostmark Phosphate Company.")
    sides = [sorted(a.parties) for a in facts.agreements]
    assert sides == [["Lindau Logistics", "Norvik Shipping"], ["Delta Minerals", "Ostmark Phosphate Company"]], sides


def test_what_the_sides_cooperate_in_is_a_field_even_when_it_is_an_act() -> None:
    facts = facts_of("Lindau University and Norvik Port signed a memorandum of understanding on cooperation in "
                     "training skilled dock workers.")
    areas = [area for a in facts.agreements for area in a.areas]
    assert areas == ["training skilled dock workers"], areas


def test_a_kind_written_in_capitals_keeps_its_words_joined_by_and() -> None:
    kinds = [a.kind for a in facts_of("Lindau signed a Friendship and Exchange Agreement with Norvik. Delta and "
                                      "Ostmark signed a Framework Agreement and a Concessional Loan Agreement.").agreements]
    assert kinds[0] == "friendship and exchange agreement" and len(kinds) == 3, kinds
