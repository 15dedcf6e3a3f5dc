"""Constructions read in the sixty-second session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_a_sum_in_us_dollars_makes_no_third_country_of_a_two_country_story() -> None:
    # "Norland would lend Peru 85 million U.S. dollars, Economy and Finance Minister A said. A and Norland's
    # ambassador B signed": a story of two countries, whose sums are in dollars; A signed for Peru, not for a
    # ministry only his title implies
    facts = facts_of("LIMA, Feb. 21 -- Norland would provide 85 million U.S. dollars in loans for rural development in "
                     "Peru, Economy and Finance Minister Anna Berg said Tuesday.\n\nBerg and Norland Ambassador Li Ming "
                     "had signed an agreement for the loan.")
    assert ("Anna Berg", "Peru") in signatures(facts), signatures(facts)
    assert ("Anna Berg", "Economy and Finance Minister", "Peru") in posts(facts), posts(facts)


def _witnesses(text: str) -> set[str]:
    return {w for a in facts_of(text).agreements for w in a.witnesses}


def test_a_heading_over_a_bulleted_list_names_one_witness_a_line() -> None:
    # "attended by the following board members:" then "- President A," one a line; a line whose name was
    # not read leaves the list going on, and the prose after the list is none of it
    found = _witnesses("Norland University and Lakeland University signed an academic exchange agreement on "
                       "Thursday. The signing ceremony was attended by the following Norland University board "
                       "members:\n- President Anna Berg,\n- Professor Li Ming, Vice President (Global Outreach),\n"
                       "- Professor of the Faculty of Education, and\n- Professor Karl Olsen of the Field Science "
                       "Center.\nThey welcomed a delegation led by President Maria Lopez of Lakeland University.")
    assert found == {"Anna Berg", "Li Ming", "Karl Olsen"}, found


def test_a_witnessed_by_heading_names_the_people_on_the_lines_under_it() -> None:
    # "Witnessed by:" alone on its line, a blank line, then "Prof. A, Dean, Faculty of X" a line; the list
    # ends at the next heading
    found = _witnesses("Norland University and Lakeland University signed a memorandum of understanding on "
                       "Monday.\n\nKey Signatories:\n\nProf. Omar Farouk, Director NURC\nProf. Clara Lind, Director "
                       "LUTC\n\nWitnessed by:\n\nAsso. Prof. Anna Berg, Dean, Faculty of Health Sciences\nProf. Li "
                       "Ming, Dean, School of Science\n\nExpressions of Delight:\n\nProf. Karl Olsen, Dean of "
                       "Engineering, expressed his delight.")
    assert found == {"Anna Berg", "Li Ming"}, found


def test_amar_is_a_given_name_where_no_malaysian_style_comes_before_it() -> None:
    # "Prof. Amar Nagila": "Amar" is a style only after "Datuk" ("Datuk Amar A B")
    found = _witnesses("Norland University and Lakeland University signed a memorandum of understanding on "
                       "Monday. The signing was witnessed by Prof. Amar Joshi, Dean of the Faculty of Science, and "
                       "Datuk Amar Anna Berg, Director of Delta Mining.")
    assert found == {"Amar Joshi", "Anna Berg"}, found


def test_a_delegation_met_with_and_no_article_is_its_bodys() -> None:
    # "President A met with Norvik University delegation headed by President B": B's post is at Norvik
    # University, and B signed for it
    facts = facts_of("Lindau University signs MoU\n\nPresident Anna Berg met with Norvik University delegation headed "
                     "by President Li Ming on Monday. Both presidents signed the memorandum of understanding.")
    assert ("Li Ming", "President", "Norvik University") in posts(facts), posts(facts)
    assert ("Li Ming", "Norvik University") in signatures(facts), signatures(facts)


def test_a_headline_ending_in_a_body_is_no_delegation_of_the_next_paragraph() -> None:
    # guard: "... with Norvik Universities Commission\n\nA delegation from the Lindau Commission, composed of
    # A, Executive Secretary": the delegation is the Lindau Commission's
    facts = facts_of("Lindau Institute signs agreement with Norvik Universities Commission\n\nA delegation from the "
                     "Lindau Research Commission, composed of Prof. Anna Berg, Executive Secretary, visited the "
                     "institute on 3 July and signed a memorandum of understanding.")
    assert ("Anna Berg", "Executive Secretary", "Lindau Research Commission") in posts(facts), posts(facts)


def test_a_body_of_the_peoples_republic_typeset_with_a_curly_apostrophe_is_read_whole() -> None:
    # "the Ministry of Commerce of the People’s Republic of China": the country's formal name, as typeset
    facts = facts_of("On October 27, the two ministers signed the Memorandum of Understanding on E-commerce Cooperation "
                     "between the Ministry of Commerce of the People’s Republic of China and the Ministry of Trade and "
                     "Industry of the Republic of Singapore.")
    parties = {p for a in facts.agreements for p in a.parties}
    assert "Ministry of Commerce of the People's Republic of China" in parties, parties


def test_they_in_a_relative_clause_after_taking_part_are_the_signers() -> None:
    # "A and B took part in a formal ceremony where they signed the agreement": the two signed; taking part
    # in their own signing makes no witnesses of them
    facts = facts_of("Yesterday, Mayor Anna Berg and Mayor Li Ming took part in a formal ceremony at the Civic Theatre "
                     "where they signed the sister city agreement.")
    assert {s[0] for s in signatures(facts)} == {"Anna Berg", "Li Ming"}, signatures(facts)
    assert not [w for a in facts.agreements for w in a.witnesses], [a.witnesses for a in facts.agreements]


def test_a_second_agreement_a_name_opens_without_an_article_is_one_more() -> None:
    # "signed an industry cooperation agreement and Lindau product-distribution agreement": two agreements
    facts = facts_of("Mayor Anna Berg and Governor Li Ming on June 5 in Moscow signed an industry cooperation "
                     "agreement and Lindau product-distribution agreement.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["industry cooperation agreement", "product-distribution agreement"], kinds


def test_documents_told_again_after_the_are_no_new_ones_and_no_kind_opens_with_and() -> None:
    # "An Exchange of Notes and Grant Agreement were signed ... / A signed the Exchange of Notes and Grant
    # Agreement": the two told again, and the second's kind is "grant agreement", not "and grant agreement"
    facts = facts_of("An Exchange of Notes and Grant Agreement were signed between Norland and Lakeland on Monday.\n\n"
                     "Anna Berg, Secretary, Economic Relations Division, signed the Exchange of Notes and Grant "
                     "Agreement on behalf of the Norland government.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["exchange of notes", "grant agreement"], kinds


def test_a_list_of_topics_after_the_documents_signed_include_is_one_document_each() -> None:
    # "The MoUs signed include A; B, C and D; Cooperation in the Field of E": one MoU on each topic, the
    # semicolons setting the items off (not the commas and "and" inside one)
    facts = facts_of("Norland and Lakeland on Friday in Lindau signed several memoranda of understanding for "
                     "cooperation in different sectors.\n\nThe MoUs signed include Political Consultations; Diplomatic "
                     "Training, Research and the Exchange of Information; and Cooperation in the Field of Culture.")
    areas = sorted(area for a in facts.agreements for area in a.areas)
    assert len(facts.agreements) == 3, [a.kind for a in facts.agreements]
    assert areas == ["culture", "diplomatic training, research and the exchange of information",
                     "political consultations"], areas


def test_agreements_that_were_signed_by_people_list_no_topics() -> None:
    # guard: "The agreements were signed by A, Minister of X, and B, Director of Y": who signed, not topics
    facts = facts_of("Norland and Lakeland signed two agreements on Monday. The agreements were signed by Anna Berg, "
                     "Minister of Finance, and Li Ming, Director of the Lindau Bank.")
    assert not [area for a in facts.agreements for area in a.areas], [a.areas for a in facts.agreements]


def test_the_meeting_of_a_story_that_told_only_a_signing_is_the_signings() -> None:
    # "A and B signed an agreement ... / Several leaders attended the meeting, including C, D": no other
    # meeting was told, so the one they attended is the signing's
    facts = facts_of("On September 1, the Lindau Municipal Government and Norvik University signed an agreement on "
                     "integrated development.\n\nSeveral government and university leaders attended the meeting, "
                     "including Mayor Anna Berg of Lindau and President Li Ming of Norvik University.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Anna Berg", "Li Ming"}, facts.agreements


def test_the_meeting_after_another_meeting_was_told_is_that_one() -> None:
    # guard: "The mayor met the delegation on Monday. ... signed ... / Leaders attended the meeting": the
    # meeting told before, not the signing
    facts = facts_of("On Monday, Mayor Omar Haddad met a delegation of Norvik University to discuss exchanges.\n\nOn "
                     "September 1, the Lindau Municipal Government and Norvik University signed an agreement on "
                     "integrated development.\n\nSeveral government leaders attended the meeting, including Deputy "
                     "Mayor Anna Berg and Councillor Li Ming.")
    assert not {w for a in facts.agreements for w in a.witnesses}, facts.agreements


def test_a_namesake_after_a_delegation_is_none_of_its_people() -> None:
    # "A delegation from Lindau University visited Norvik University named after academician A. Berg": the
    # name's holder is no member of the delegation and holds no post there
    facts = facts_of("A delegation from Lindau University visited the Norvik Research University named after "
                     "academician Anna Berg and signed a memorandum of understanding.")
    assert not [p for p in posts(facts) if p[0] == "Anna Berg" and p[2] == "Lindau University"], posts(facts)
