"""Constructions read in the twenty-fourth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts, signatures, signers_of


def test_initials_glued_to_a_name_set_off_before_its_title() -> None:
    signers = signers_of("The agreement was signed by D.Batbayar, Minister of Energy of Norland, and A.V.Petrov, "
                         "Minister of Energy of Southland.")
    assert set(signers) == {"D.Batbayar", "A.V.Petrov"}, signers


def test_a_surname_in_capitals_after_a_title() -> None:
    signers = signers_of("Norland and Lakeside University signed a friendship agreement on Monday. Norland City "
                         "Mayor TANAKA Hiroshi and Lakeside University President Anna BERG signed the agreement.")
    assert "TANAKA Hiroshi" in signers, signers


def test_a_surname_in_capitals_before_the_title_set_off_after_it() -> None:
    signers = signers_of("An Exchange of Notes was signed between Norland and Southland on Monday. On the other hand "
                         "IWAMA Kenji, Ambassador of Southland in Norland signed the 'Exchange of Notes' for the "
                         "government of Southland.")
    assert signers.get("IWAMA Kenji") == "Government of Southland", signers


def test_a_verb_after_and_shares_the_subject_of_the_verb_before() -> None:
    signers = signers_of("President Wang Lin, Vice-President Zhang Hua and Vice-President Zhai Ming met with the "
                         "delegation, and signed the MOU with Lakeside University.")
    assert set(signers) == {"Wang Lin", "Zhang Hua", "Zhai Ming"}, signers


def test_an_agreement_named_again_between_its_side_and_another_and_the_subjects_side() -> None:
    facts = facts_of("President Wang Lin met with the delegation of the University of Technology of Lakeland (UTL), "
                     "and signed the MOU with UTL.\n\nHe believed that the MOU between NKU and UTL will surely "
                     "promote research.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"University of Technology of Lakeland", "NKU"}, agreement.parties
    assert signatures(facts) == {("Wang Lin", "NKU")}


def test_a_city_the_model_names_after_with_is_a_side() -> None:
    facts = facts_of("Lindau signed a sister city agreement with Istanbul on Monday.")
    (agreement,) = facts.agreements
    assert "Istanbul" in agreement.parties, agreement.parties


def test_the_side_after_an_agreement_the_parse_joins_to_the_verb() -> None:
    facts = facts_of("The Sultanate of Oman signed, this morning, a co-operation and “Partnership Agreement” with "
                     "Britain with the intention of developing relations.")
    (agreement,) = facts.agreements
    assert "Britain" in agreement.parties, agreement.parties


def test_a_country_adjective_before_a_field_and_a_title() -> None:
    facts = facts_of("Norland and Oman signed an agreement on Monday. Signatories were the Omani Minister Anna Berg "
                     "and British Foreign Secretary Jon Hale.")
    assert ("Jon Hale", "Foreign Secretary", "United Kingdom") in posts(facts), posts(facts)


def test_quoted_words_that_go_on_from_the_agreement_name_its_fields() -> None:
    facts = facts_of("The Government of Norland and the Government of Lindau have signed a memorandum of "
                     "understanding.\n\nAnna Berg explained that it is a cooperation agreement \"in very diverse "
                     "fields, such as scientific research, ports and culture\". She said more.")
    (agreement,) = facts.agreements
    assert set(agreement.areas) == {"scientific research", "ports", "culture"}, agreement.areas


def test_a_field_after_one_whose_own_list_has_closed_and_a_noun_in_ing() -> None:
    facts = facts_of("The Lindau Port Authority and the Norvik Port Group signed a memorandum of understanding on "
                     "Monday.\n\nThe agreement foresees an exchange of know-how and information, training, development "
                     "of initiatives for cleaner ports, etc.")
    (agreement,) = facts.agreements
    assert set(agreement.areas) == {"exchange of know-how and information", "training",
                                    "development of initiatives for cleaner ports"}, agreement.areas


def test_a_quotation_after_the_agreement_is_named_with_no_speaker_between() -> None:
    facts = facts_of("The highlight of the visit was the signing of a Memorandum of Understanding, whereby both the "
                     "Lindau Institute and the Norvik Commission \"will collaborate for the development of scientific "
                     "capacity, particularly in the fields of physics, mathematics and ICT.\"")
    (agreement,) = facts.agreements
    assert {"physics", "mathematics", "ICT"} <= set(agreement.areas), agreement.areas


def test_signers_listed_after_namely_one_opening_each_item() -> None:
    signers = signers_of("The agreement was signed by the bank governors for the three countries, namely: Ana Lopez, "
                         "Finance Minister of Ghana; Abu Kamara, Deputy Minister for Economic Management of Liberia "
                         "(signing on behalf of Finance Minister Sam Tweed); and Omar Bashir, Sudan’s Undersecretary of "
                         "Economic Planning.")
    assert signers == {"Ana Lopez": "Ghana", "Abu Kamara": "Liberia", "Omar Bashir": "Sudan"}, signers


def test_a_ministry_of_listed_fields_then_its_secretarys_name() -> None:
    facts = facts_of("The MoUs were signed by Secretary at the Ministry of Culture, Tourism and Civil Aviation Ram "
                     "Prasad Thapa and by Lindau's civil aviation secretary Omar Faruk.")
    assert ("Ram Prasad Thapa", "Secretary", "Ministry of Culture, Tourism and Civil Aviation") in posts(facts), \
        posts(facts)


def test_a_ministry_of_listed_fields_closed_by_and() -> None:
    facts = facts_of("The Ministry of Culture, Tourism and Civil Aviation signed the MoU with Lindau Airlines.")
    (agreement,) = facts.agreements
    assert "Ministry of Culture, Tourism and Civil Aviation" in agreement.parties, agreement.parties


def test_an_abbreviated_head_before_of_heads_a_body() -> None:
    facts = facts_of("The University of Lindau and Norvik University signed an MoU. Professor Anil Perera, Head, "
                     "Dept. of Geography, and Dr. Mala Fernando, Head, Department of Commercial Law, also "
                     "participated at the meeting.")
    assert ("Anil Perera", "Head", "Dept. of Geography") in posts(facts), posts(facts)


def test_a_side_named_with_its_known_parent_is_no_new_side() -> None:
    facts = facts_of("A Memorandum of Understanding was signed between NESAC and the Government of Norland on "
                     "December 20, 2021 at Lindau.\n\nNESAC signs MoU with Department of Science and Technology, Government of "
                     "Norland\n\nThe MoU was signed by Anil Rao, Director, NESAC.")
    assert len(facts.agreements) == 1, [(a.kind, a.parties) for a in facts.agreements]
    assert set(facts.agreements[0].parties) == {"NESAC", "Government of Norland"}, facts.agreements[0].parties


def test_the_parsed_subject_of_signed_after_a_presence_is_no_witness() -> None:
    facts = facts_of("In the presence of the Ambassador of Norland, Omar Haddad, the mayors Anna Berg and Li Ming "
                     "signed the friendship agreement.")
    (agreement,) = facts.agreements
    assert agreement.witnesses == ["Omar Haddad"], agreement.witnesses
    assert {s.person for s in agreement.signatures} == {"Anna Berg", "Li Ming"}


def test_a_body_s_letters_after_title_name_of() -> None:
    signers = signers_of("President Darryll Pines of UMD and President Cheng-Chih Wu of NTNU signed the agreement.")
    assert signers == {"Darryll Pines": "UMD", "Cheng-Chih Wu": "NTNU"}, signers


def test_a_chain_of_posts_set_off_by_commas_each_with_its_body() -> None:
    facts = facts_of("Norland Province and Lindau Corporation signed the MOU. On the side of Norland province, there "
                     "were Mr. Tran Van Minh, Deputy Secretary of the provincial Party Committee, Chairman of the "
                     "provincial People's Committee; and leaders of some departments.")
    titles = {(title, body) for person, title, body in posts(facts) if person == "Tran Van Minh"}
    assert ("Chairman", "People's Committee") in titles, titles


def test_minister_responsible_for_a_remit_and_the_next_person_s_field_title() -> None:
    facts = facts_of("Oman and Britain signed a partnership agreement. Signatories were Yousif Salem, the Omani "
                     "Minister Responsible for Foreign Affairs and British Foreign Secretary Jon Hale.")
    assert {("Yousif Salem", "Minister Responsible for Foreign Affairs", "Oman"),
            ("Jon Hale", "Foreign Secretary", "United Kingdom")} <= posts(facts), posts(facts)
