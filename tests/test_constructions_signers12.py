"""Who signed (issue 11, tenth session): the one across the table after what
the agreement is on, "concluded an MOU with", a signing "between" two people
after when and where it happened, and a meeting "between" two leaders that
names no signer. Each case is a short invented article read through the
public extraction API.
"""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_the_one_across_the_table_after_what_the_agreement_is_on() -> None:
    facts = facts_of("At the conference, Anna Berg, mayor of Lindau, signed a memorandum of friendly cooperation "
                     "via video call with Li Ming, mayor of Delta, Norland.")
    assert signatures(facts) == {("Anna Berg", "Lindau"), ("Li Ming", "Delta")}


def test_a_mayor_who_concluded_an_mou_with_two_mayors() -> None:
    facts = facts_of("On September 9, Lindau Mayor Anna Berg concluded an exchange and cooperation MOU with "
                     "Delta Mayor Li Ming and Norvik Mayor Peter Otieno at Delta City Hall.")
    assert signatures(facts) == {("Anna Berg", "Lindau"), ("Li Ming", "Delta"), ("Peter Otieno", "Norvik")}


def test_concluding_talks_signs_nothing() -> None:
    facts = facts_of("Lindau and Delta signed an MoU on Monday. Mayor Anna Berg concluded her visit to Delta "
                     "with Mayor Li Ming on Tuesday.")
    assert not signatures(facts)


def test_signed_between_two_people_after_when_and_where() -> None:
    facts = facts_of("Lusaka, May 3 - The grant agreement was signed this afternoon in Brussels, Belgium, between "
                     "Finance Minister Anna Berg and European Commissioner for Development Li Ming.")
    assert {person for person, _ in signatures(facts)} == {"Anna Berg", "Li Ming"}


def test_a_meeting_between_two_leaders_names_no_signer() -> None:
    facts = facts_of("Norland and Delta signed four memorandums of understanding on the sidelines of a meeting "
                     "between Norland's President Anna Berg and her Delta counterpart Li Ming in Lindau. "
                     "The instruments were signed following a bilateral meeting between Prime Minister "
                     "Peter Otieno and President Li Ming.")
    assert not {person for person, _ in signatures(facts)} & {"Anna Berg", "Li Ming", "Peter Otieno"}


def test_a_country_ending_a_title_is_no_part_of_the_next_name() -> None:
    facts = facts_of("Baku, May 3 - China has allocated a grant to Azerbaijan. The agreement has been signed by "
                     "Chinese Ambassador to Azerbaijan Hun Lei and Azerbaijani Deputy Prime Minister Abid Rzayev.")
    assert signatures(facts) == {("Hun Lei", "China"), ("Abid Rzayev", "Azerbaijan")}
    assert {p.name for p in facts.people} == {"Hun Lei", "Abid Rzayev"}


def test_a_surname_the_model_leaves_out_after_a_country() -> None:
    facts = facts_of("Fiji and Vanuatu signed an MOU. The Prime Minister of Fiji, Commodore Josaia Voreqe Bainimarama "
                     "met in New York today with the Prime Minister of Vanuatu Moana Carcasses Kalosil to sign a "
                     "Memorandum of Understanding on development cooperation.")
    assert "Moana Carcasses Kalosil" in {p.name for p in facts.people}
    assert "Moana Carcasses" not in {p.name for p in facts.people}


def test_a_country_of_two_words_before_a_name_is_no_part_of_it() -> None:
    facts = facts_of("Colombo, May 3 - A memorandum of cooperation was signed in Colombo on Tuesday by Sri Lankan "
                     "ports minister Sagala Perera, Indian high commissioner to Sri Lanka Rajinder Singh Sodhi and "
                     "a Japanese representative.")
    assert "Rajinder Singh Sodhi" in {p.name for p in facts.people}
    assert not any(p.name.startswith("Lanka") for p in facts.people)


def test_a_prime_minister_written_in_lower_case_after_the_name() -> None:
    facts = facts_of("Mongolia and Russia signed an MoU on Monday at the meeting co-chaired by Ulzii Bataar, deputy "
                     "prime minister of Mongolia, and Sergey Donov, minister of natural resources of Russia.")
    assert ("Ulzii Bataar", "deputy prime minister", "Mongolia") in posts(facts)


def test_initials_glued_to_a_name_are_part_of_it() -> None:
    facts = facts_of("Mongolia and China signed a memorandum of understanding on trade on Monday. President Kh.Bold "
                     "and Foreign Minister D.Gansukh attended the signing ceremony.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Kh.Bold", "D.Gansukh"}


def test_a_name_with_accents_after_a_ministers_field() -> None:
    facts = facts_of("Missouri and Quebec signed an agreement to boost trade. The agreement was signed by Québec "
                     "Minister of Industrial Policy Élaine Zakaïb and Missouri director Mike Downing.")
    assert ("Élaine Zakaïb", "Minister of Industrial Policy", "Québec") in posts(facts)


def test_the_one_who_represented_a_side_while_another_signed() -> None:
    facts = facts_of("Delta Mining signed an MoU with Lakeside Institute. The MoU was signed by Anna Berg, Head "
                     "(Innovation Cell) on behalf of Delta Mining while Prof. Li Ming, Deputy Director and Dean, "
                     "represented the Lakeside Institute.")
    assert ("Li Ming", "Lakeside Institute") in signatures(facts)
