"""Constructions read in the thirty-ninth session (invented names and texts; real country names)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page, posts, signatures

from kg.extract import extract


def test_a_listed_remit_whose_middle_field_the_model_reads_as_a_body() -> None:
    # the model reads "African Cooperation" as an organization; it is a field of the minister's remit
    facts = facts_of("Piet Vermeer signed on behalf of the Ghanaian government, while Moroccan Minister of Foreign "
                     "Affairs, African Cooperation and Moroccan Expatriates, Anna Berg, signed on behalf of hers.")
    assert ("Anna Berg", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
            "Morocco") in posts(facts), posts(facts)


def test_a_remit_ending_on_a_field_word_then_a_styled_name() -> None:
    # "Entrepreneurship" is a field (organizations.yaml field_words): the remit ends there, "Dr." opens the name
    facts = facts_of("He met the Indian Minister of Skill Development and Entrepreneurship Dr. Piet Vermeer in Delhi.")
    assert ("Piet Vermeer", "Minister of Skill Development and Entrepreneurship", "India") in posts(facts), \
        posts(facts)


def test_his_highness_before_a_sheikh_s_name() -> None:
    # the model reads "H.H. Sheikh" as a person of its own; "H.H." is a style of address (people.yaml)
    facts = facts_of("The agreement was signed by H.H. Sheikh Hamad bin Rashid Al Fahim, Minister of Energy and "
                     "Infrastructure, and Piet Vermeer, Minister of Energy of Ghana.")
    assert any(p[:2] == ("Hamad bin Rashid Al Fahim", "Minister of Energy and Infrastructure") for p in posts(facts)), \
        posts(facts)


def test_a_headline_names_the_agreement_the_story_signs_without_naming_it(tmp_path: Path) -> None:
    # the story tells only "A signed with B on October 18": the headline's agreement, its sides, the day told
    facts = extract(page(tmp_path, "headline.txt", "Norvik City, Kestrel City sign friendly exchange agreement\n\n"
                         "Source: Norvik city news   Date: 2016-10-19\n\nNorvik City, in Ghana, signed with Kestrel "
                         "City, Kenya on October 18 to seek friendly exchanges next year.\n\nThe two cities have been "
                         "sister cities since 1979.\n"))
    assert [a.kind for a in facts.agreements] == ["friendly exchange agreement"], facts.agreements
    assert sorted(facts.agreements[0].parties) == ["Kestrel City", "Norvik City"], facts.agreements[0].parties
    assert str(facts.agreements[0].date) == "2016-10-18", facts.agreements[0].date


def test_a_headline_agreement_needs_a_signing_in_the_story(tmp_path: Path) -> None:
    facts = extract(page(tmp_path, "unsigned.txt", "Norvik, Kestrel sign friendly exchange agreement\n\nSource: "
                         "Norvik city news   Date: 2016-10-19\n\nNorvik, a city in Ghana, welcomed a delegation "
                         "from Kestrel on October 18.\n"))
    assert facts.agreements == [], facts.agreements


def test_a_head_qualifying_a_later_head_is_no_agreement_of_its_own() -> None:
    # "a grant financing agreement" is one agreement, not a grant and a financing agreement
    facts = facts_of("Ghana and the Norvik Fund have signed a grant financing agreement for the Accra water project.")
    assert [a.kind for a in facts.agreements] == ["grant financing agreement"], facts.agreements


def test_a_kind_whose_lower_case_words_are_joined_by_and() -> None:
    facts = facts_of("On August 5, Norvik City Council signed a cooperation and understanding agreement with Kestrel.")
    assert [a.kind for a in facts.agreements] == ["cooperation and understanding agreement"], facts.agreements
    # the word before "and" a kind's head: two documents
    facts = facts_of("Ghana and the Norvik Fund signed a grant and a loan agreement in Accra on Monday.")
    assert len(facts.agreements) == 2, facts.agreements


def test_a_list_after_one_agreement_s_title_cue_is_its_fields() -> None:
    facts = facts_of("Ghana and Kenya signed a protocol agreement on cooperation in mining, hydrocarbons, electricity "
                     "and renewable energies.")
    assert facts.agreements[0].areas == ["mining", "hydrocarbons", "electricity", "renewable energies"], \
        facts.agreements
    # the title's subject alone is no field, nor are the subjects of several memorandums, one each
    facts = facts_of("Ghana and Kenya signed an agreement on cooperation in space exploration.")
    assert facts.agreements[0].areas == [], facts.agreements
    facts = facts_of("Ghana and Kenya signed a treaty on friendship on Monday. The parties signed a number of other "
                     "memorandums: on cooperation in justice, tourism, environmental protection and customs.")
    assert all(a.areas == [] for a in facts.agreements), facts.agreements


def test_of_two_cues_at_one_place_the_longer_reads_the_list() -> None:
    # "collaboration in" and "collaboration in relation to" start together: the list starts after the longer
    facts = facts_of("Norvik and Kestrel signed a memorandum of understanding on Monday. The partnership will include "
                     "collaboration in relation to education and training, research and innovation, estates and "
                     "infrastructure.")
    assert facts.agreements[0].areas[0] == "education and training", facts.agreements


def test_a_group_of_witnesses_then_their_names() -> None:
    for group in ("the heads of state", "the two presidents,"):
        facts = facts_of(f"The agreement was signed in the presence of {group} Anna Berg and Piet Vermeer.")
        assert facts.agreements[0].witnesses == ["Anna Berg", "Piet Vermeer"], (group, facts.agreements)


def test_a_tally_in_words_is_not_its_last_digit() -> None:
    # "twenty six documents" are not six documents to list one by one
    facts = facts_of("Twenty six cooperation documents were signed in the presence of Presidents Anna Berg and "
                     "Piet Vermeer.")
    assert len(facts.agreements) == 1, facts.agreements


def test_a_unit_s_short_name_right_after_a_title() -> None:
    # "Commercialization" is a field (organizations.yaml), so the office is named whole with its short name;
    # "Director ORIC" then holds the office
    facts = facts_of("Norvik University and Kestrel College signed an MoU on Monday. The ceremony was attended by the "
                     "Office of Research and Commercialization (ORIC), including Dr. Anna Berg, Director ORIC, and "
                     "others.")
    assert ("Anna Berg", "Director", "Office of Research and Commercialization") in posts(facts), posts(facts)


def test_a_news_agency_s_slashed_date_line_gives_the_year(tmp_path: Path) -> None:
    # "Baku/29.09.21/Turan:": the year of "on September 29" comes from the date line
    facts = extract(page(tmp_path, "slashed.txt", "Agreements signed between Ghana and Kenya\n\nAccra/29.09.21/Norvik: "
                         "The Prime Ministers of Ghana and Kenya, Anna Berg and Piet Vermeer, signed an agreement on "
                         "trade during a meeting in Accra on September 29.\n"))
    assert [str(a.date) for a in facts.agreements] == ["2021-09-29"], facts.agreements


def test_money_in_the_form_of_grants_is_no_agreement() -> None:
    # the signer's sentence tells how the bank has helped: "in the form of grant" is money, no second agreement
    facts = facts_of("Norvik Bank and Ghana signed a memorandum of understanding in Accra on Monday. The bank's "
                     "manager, Anna Berg, who signed on behalf of the bank, said that it had been providing support "
                     "to Ghana in the form of grant under the fund.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"], facts.agreements


def test_a_pair_of_titles_each_with_its_own_remit() -> None:
    # "President of Norvik Bank A and Secretary of Finance B": B is not the bank's; B signs for the other party
    facts = facts_of("Norvik Bank and the Philippines signed a loan agreement on Monday. President of Norvik Bank "
                     "Anna Berg and Secretary of Finance Piet Vermeer signed the loan agreement.")
    assert signatures(facts) == {("Anna Berg", "Norvik Bank"), ("Piet Vermeer", "Philippines")}, signatures(facts)


def test_a_headline_s_bodiless_title_is_the_post_the_story_gives_a_body(tmp_path: Path) -> None:
    # "Governor Berg signs ..." in the headline; the story's "Gov. Anna Berg" is Oregon's, as the one US
    # state it names; the other governor is the province's
    facts = extract(page(tmp_path, "governor.txt", "Governor Berg signs trade accord with Norvik province\n\n"
                         "Gov. Anna Berg on Tuesday signed a memorandum of understanding with a province in the "
                         "north.\n\nShe signed the agreement with Norvik Province Governor Li Ming.\n\nOregon "
                         "exports wheat to the region.\n"))
    held = {p for p in posts(facts) if p[0] == "Anna Berg"}
    assert held == {("Anna Berg", "Governor", "Oregon")}, held


def test_what_a_country_has_after_the_name_is_the_post_s() -> None:
    # "of Japan’s Kanagawa Prefecture": the prefecture the governor governs, not Japan; "of Bahrain’s state
    # visit": the possessive is the whole phrase's, the king's country is Bahrain
    facts = facts_of("Governor Anna Berg of Japan’s Norvik Prefecture signed an agreement with Piet Vermeer.")
    assert ("Anna Berg", "Governor", "Norvik Prefecture") in posts(facts), posts(facts)
    facts = facts_of("The deals were signed during King Hamad bin Isa Al Khalifa of Bahrain’s state visit to Oman.")
    assert ("Hamad bin Isa Al Khalifa", "King", "Bahrain") in posts(facts), posts(facts)


def test_a_nickname_in_quotes_then_a_middle_initial() -> None:
    # the quotes of "“Baste”" are no words of the name: the name goes on to its surname
    facts = facts_of("Norvik City Mayor Sebastian “Baste” Z. Berg and Kestrel City Mayor Piet Vermeer signed a "
                     "memorandum of understanding.")
    assert any(p[0] == "Sebastian “Baste” Z. Berg" for p in posts(facts)), posts(facts)


def test_a_secretary_to_the_body_he_serves() -> None:
    # "Secretary to the Ministry of Finance": the ministry is the post's body, named in the title too
    facts = facts_of("The agreement was signed by Anna Berg, Secretary to the Ministry of Finance, Planning and "
                     "Economic Development, and Piet Vermeer, Country Director of the Norvik Bank.")
    assert ("Anna Berg", "Secretary to the Ministry of Finance, Planning and Economic Development",
            "Ministry of Finance, Planning and Economic Development") in posts(facts), posts(facts)


def test_a_listed_field_of_two_words_opens_a_minister_s_remit() -> None:
    # "Women Affairs, Gender and Community Development Minister": the ministry keeps its first field whole
    facts = facts_of("The MoU was signed by Youth Affairs, Sport and Culture Minister Anna Berg and Piet Vermeer.")
    assert ("Anna Berg", "Youth Affairs, Sport and Culture Minister", "Ministry of Youth Affairs, Sport and Culture") \
        in posts(facts), posts(facts)


def test_ties_with_a_body_in_fields() -> None:
    facts = facts_of("Norvik Bank and Kestrel Bank signed a loan agreement on Monday. Under the deal, Norvik Bank will "
                     "enhance ties with Kestrel Bank in power, communication and transportation.")
    assert facts.agreements[0].areas == ["power", "communication", "transportation"], facts.agreements
