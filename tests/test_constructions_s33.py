"""Constructions read in the thirty-third session (invented names and texts): bodies that must stay
apart, and words that name no body at all."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page, posts

from kg.extract import extract
from kg.facts import ArticleFacts


def _organizations(facts: ArticleFacts) -> dict[str, list[str]]:
    """Each body the article names, with its other names."""
    return {o.name: o.aliases for o in facts.organizations}


def _parties(facts: ArticleFacts) -> list[str]:
    return [p for a in facts.agreements for p in a.parties]


def test_a_shorter_name_listed_beside_a_longer_one_is_another_body() -> None:
    # "the University of Eastport, ..., Royal University of Eastport": two universities, not one named twice
    facts = facts_of("The Norland Space Agency signed memoranda of understanding with the University of "
                     "Eastport, Vale University, Royal University of Eastport and the Delta Institute of "
                     "Technology on Monday.")
    bodies = _organizations(facts)
    assert "University of Eastport" in bodies and "Royal University of Eastport" in bodies, bodies
    assert "University of Eastport" not in bodies["Royal University of Eastport"], bodies
    assert "University of Eastport" in _parties(facts), _parties(facts)


def test_a_shorter_name_in_another_sentence_is_the_same_body() -> None:
    # a later sentence's "University of Eastport" is the Royal University named before
    facts = facts_of("The Royal University of Eastport signed a memorandum of understanding with Vale "
                     "University on Monday.\n\nThe University of Eastport will host the first joint course.")
    bodies = _organizations(facts)
    assert "University of Eastport" not in bodies, bodies


def test_a_countrys_letters_before_a_ministry_name_the_same_ministry() -> None:
    # "the Ministry of Finance announced the NFR Ministry of Finance ... signed": one ministry
    facts = facts_of("Today the Ministry of Finance announced that the NFR Ministry of Finance and the Delta "
                     "Bank signed a financing agreement in Eastport.")
    bodies = _organizations(facts)
    assert not ("Ministry of Finance" in bodies and "NFR Ministry of Finance" in bodies), bodies


def test_a_lodge_named_after_a_government_is_no_party() -> None:
    # the venue "Norland State Government Lodge" does not swallow the government that signed
    facts = facts_of("Norland State Government has signed a memorandum of understanding with Delta Mills "
                     "to build a sugar factory.\n\nThe agreement was signed at the Norland State Government "
                     "Lodge, Eastport, on Monday.")
    parties = _parties(facts)
    assert "Norland State Government" in parties, parties
    assert "Norland State Government Lodge" not in parties, parties
    bodies = _organizations(facts)
    assert "Norland State Government" not in bodies.get("Norland State Government Lodge", []), bodies


def test_a_standard_operating_procedures_letters_name_no_body() -> None:
    # "(SOP)" after "Standard Operating Procedure" names the document, never a body
    facts = facts_of("Norland and Southland signed a Standard Operating Procedure (SOP) on the movement of "
                     "trucks on Monday. The SOP will ease trade across the border.")
    assert "SOP" not in _organizations(facts), _organizations(facts)
    assert facts.agreements, "the procedure is a signed document"


def test_a_credit_line_names_no_body(tmp_path: Path) -> None:
    # "Photo courtesy of ... via NNA", "source: NNA": the agency credited is none of the article's bodies
    article = page(tmp_path, "credit.txt",
                   "Vale University and Delta Institute sign MoU\n\n"
                   "Vale University signed a memorandum of understanding with the Delta Institute on Monday.\n\n"
                   "Photo courtesy of Vale University via NNA\n\n"
                   "The two institutions will exchange students.\n\n"
                   "source: NNA\n")
    facts = extract(article)
    assert "NNA" not in _organizations(facts), _organizations(facts)
    assert "NNA" not in article.text


def test_a_plural_title_of_two_countries_before_two_names() -> None:
    # "The Prime Ministers of Georgia and Azerbaijan A and B signed": each country's, in turn
    facts = facts_of("The Prime Ministers of Georgia and Azerbaijan Arden Slate and Tomas Vell signed a number of "
                     "agreements in Baku on Monday.")
    assert {("Arden Slate", "Prime Minister", "Georgia"), ("Tomas Vell", "Prime Minister", "Azerbaijan")} \
        <= posts(facts), posts(facts)


def test_a_title_naming_its_state_with_no_of_before_the_holder() -> None:
    # "Chief Minister Punjab A B": the state is the post's, not the first word of the holder's name
    facts = facts_of("In his message, Chief Minister Punjab Arden Slate congratulated the delegation after the "
                     "Lahore Chamber and the Norvik Institute signed a memorandum of understanding on trade.")
    assert ("Arden Slate", "Chief Minister", "Punjab") in posts(facts), posts(facts)
    assert not any(p.name.startswith("Punjab") for p in facts.people), [p.name for p in facts.people]


def test_a_title_of_a_province_of_a_country_then_the_holder_set_off() -> None:
    # "the Governor of X province of the Republic of Korea (RoK), A,": the country and its letters
    # qualify the province; the name after them is the governor's
    facts = facts_of("Mayor Ann Lee received the Governor of Norland province of the Republic of Korea (RoK), "
                     "Kim Jae Won, on December 3. The two sides then signed a memorandum of understanding.")
    assert ("Kim Jae Won", "Governor", "Norland") in posts(facts), posts(facts)


def test_a_title_of_a_company_with_its_letters_and_country_then_the_holder() -> None:
    # "signed between director of X Limited (XL), Myanmar, A and secretary of Y, B"
    facts = facts_of("The memorandum was signed between director of Vellmar Development Limited (VDL), Myanmar, "
                     "Aung Min Thu and secretary of Norvik Excellence Group, Manipur, India, Rahul Menon.")
    assert ("Aung Min Thu", "director", "Vellmar Development Limited") in posts(facts), posts(facts)


def test_a_country_whose_name_holds_an_elided_particle() -> None:
    # "the Government of Côte d'Ivoire": the particle and what follows are the country's name
    facts = facts_of("The Government of Côte d'Ivoire and the Delta Bank signed three loan agreements in Abidjan "
                     "on Monday.")
    assert "Government of Côte d'Ivoire" in _parties(facts), _parties(facts)


def test_a_headlines_pair_of_letters_and_a_name_is_two_bodies() -> None:
    # "POSTECH-Lindau University Conclude MOU": the letters name a body of their own in the article,
    # so the pair is not the university's longer name, and the university keeps its own
    facts = facts_of("NORTECH-Lindau Federal University Conclude MOU\n\n"
                     "NORTECH President Anna Berg signed a memorandum of understanding with the Lindau Federal "
                     "University on Monday. NORTECH and the Lindau Federal University will exchange students.")
    bodies = _organizations(facts)
    assert "Lindau Federal University" in bodies, bodies


def test_a_short_name_slashed_before_a_full_name_is_one_body() -> None:
    # "the Norhan / Lindau Institute Headquarters" in the sentence that names the "Norhan Lindau
    # Institute Headquarters": the same body, written with its short name and a slash
    facts = facts_of("The Vale University and Norhan Lindau Institute Headquarters held a signing ceremony at "
                     "the Norhan / Lindau Institute Headquarters in Beijing on Monday and signed an agreement.")
    bodies = _organizations(facts)
    assert "Lindau Institute Headquarters" not in bodies, bodies


def test_a_ministers_remit_in_lower_case_before_the_name() -> None:
    # "Norland's minister of equipment and transport, A, and Southland's minister of energy B"
    facts = facts_of("The first agreement was signed by Morocco's minister of equipment and transport, Anna Berg, "
                     "and Senegal's minister of energy and mining Li Ming.")
    assert {("Anna Berg", "minister of equipment and transport", "Morocco"),
            ("Li Ming", "minister of energy and mining", "Senegal")} <= posts(facts), posts(facts)


def test_a_title_word_in_lower_case_opens_no_name() -> None:
    # the model may read "responsible Hon A B" as one person: the lower-case word and the style are not
    # the name, and the witness is the full name, not the surname a later "Minister B's" gives
    facts = facts_of("The MoU was signed by Secretary Anna Berg and Secretary Li Ming in Canberra in the witness "
                     "of PNG’s Minister responsible Hon Timothy Masiu as well as other key representatives. The "
                     "signing coincided with Minister Masiu’s first visit to Australia.")
    witnesses = [w for a in facts.agreements for w in a.witnesses]
    assert witnesses == ["Timothy Masiu"], witnesses
