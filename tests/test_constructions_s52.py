"""Constructions read in the fifty-second session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def _parties(text: str) -> list[str]:
    return [party for a in facts_of(text).agreements for party in a.parties]


def test_a_campus_town_after_the_acronym_is_part_of_the_name() -> None:
    # "Indian Institute of Technology (IIT) Guwahati has signed": the model calls the town a person
    parties = _parties("LINDAU: National Institute of Design (NID) Lindau has signed a Memorandum of Understanding "
                       "with Norvik University.")
    assert "National Institute of Design Lindau" in parties, parties


def test_a_title_or_a_style_after_the_acronym_is_no_campus() -> None:
    # guard: "the Vice-Chancellor of Mountains of the Moon University (MMU) Prof. A", "(NCB) Chairman A"
    facts = facts_of("The Vice-Chancellor of Norvik Lakes University (NLU) Prof. Ola Dahl and the Northern "
                     "Commercial Bank (NCB) Chairman Tang Wei signed a cooperation agreement.")
    parties = [party for a in facts.agreements for party in a.parties]
    assert {"Norvik Lakes University", "Northern Commercial Bank"} <= set(parties), parties



def test_a_visitors_mark_before_a_place_and_title_is_no_part_of_the_place() -> None:
    # "Visiting Aichi Governor Hideaki Omura said": the governor of Aichi
    posts = {(p.person, p.title, p.organization) for p in facts_of(
        "Lindau Prefecture and Norvik signed an MoU on Monday. Visiting Lindau Governor Ola Dahl said the deal "
        "would help.").posts}
    assert ("Ola Dahl", "Governor", "Lindau") in posts, posts


def test_a_french_a_inside_a_bodys_name_keeps_the_town() -> None:
    # "Université du Québec à Montréal": one university, not a university and a town
    parties = _parties("The Université du Québec à Chicoutimi signed a memorandum of understanding with Norvik "
                       "University on Monday.")
    assert "Université du Québec à Chicoutimi" in parties and "Chicoutimi" not in parties, parties


def test_a_body_named_after_a_countrys_possessive_keeps_its_and() -> None:
    # "head of China's National Food and Strategic Reserves Administration": one body, not "National Food"
    posts = {(p.person, p.title, p.organization) for p in facts_of(
        "The MoU was signed by Ola Dahl, head of China's State Food and Drug Administration, and Norvik "
        "University.").posts}
    assert ("Ola Dahl", "head", "State Food and Drug Administration") in posts, posts


def test_counted_agreements_take_the_pairs_the_next_sentence_names() -> None:
    # "witnessed the signing of three MoUs between Malaysian and Saudi companies. The MoUs were inked between A
    # and B; C and D; and E and F": one pair each
    facts = facts_of("The Prime Minister witnessed the signing of three memoranda of understanding between Norland "
                     "and Wessex companies.\n\nThe MoUs were inked between Lindau Power Bhd and Norvik Trading Group; "
                     "the Lindau Chamber of Commerce and Norvik Knowledge Co; and Delta Ports Sdn Bhd and Norvik "
                     "Logistics Company.")
    pairs = sorted(sorted(a.parties) for a in facts.agreements)
    assert pairs == [["Delta Ports Sdn Bhd", "Norvik Logistics Company"],
                     ["Lindau Chamber of Commerce", "Norvik Knowledge Co"],
                     ["Lindau Power Bhd", "Norvik Trading Group"]], pairs


def test_a_body_named_after_its_description_and_a_comma_is_the_side() -> None:
    # "with a Danish company, X International, to explore": the model reads the name as a person's or a place's
    text = ("The Ministry of Roads (MoR) has signed a non-binding Memorandum of Understanding (MoU) with a Danish "
            "private limited company, Voltara, to explore the opportunity of assembling electric buses in Norland.")
    assert "Voltara" in _parties(text), _parties(text)


def test_a_title_set_off_before_a_name_styled_assoc_prof_dr() -> None:
    # "The MoU was signed by President of Mae Fah Luang University, Assoc. Prof. Dr. A": the tokenizer cuts
    # "Assoc." from its stop, which the style lists keep
    posts = {(p.person, p.title, p.organization) for p in facts_of(
        "The MoU was signed by the President of Lindau University, Assoc. Prof. Dr. Anna Berglund, and Karl "
        "Brenner, President of Norvik University.").posts}
    assert ("Anna Berglund", "President", "Lindau University") in posts, posts


def test_a_description_after_a_bodys_name_is_no_part_of_it() -> None:
    # "the Saudi authority signed an MoU with the Eurofarma company": the company is Eurofarma
    parties = _parties("The Lindau Industrial Authority signed a memorandum of understanding with the Voltara company "
                       "on Monday.")
    assert "Voltara" in parties and "Voltara company" not in parties, parties


def test_a_head_the_text_also_writes_capitalised_stays_in_the_name() -> None:
    # guard: "the Adani group", where the text also writes "Adani Group"
    parties = _parties("Voltara group on Thursday signed a terminal agreement with the Lindau Port Authority (LPA).\n\n"
                       "Earlier this year, the government announced the role of the Voltara Group in the project.")
    assert "Voltara group" in parties or "Voltara Group" in parties, parties


def test_a_style_between_a_body_and_its_holders_name_is_no_part_of_the_body() -> None:
    # "signed by Vice President of the Chinese Academy of Sciences Professor Zhang Tao": the academy's name ends
    # before the style (else "... Sciences Professor" became the academy's name across the whole set)
    facts = facts_of("The agreement, signed by Vice President of the Norvik Academy of Sciences Professor Ola Dahl "
                     "and Lindau University Vice-Chancellor Professor Karl Brenner, formalises the collaboration.")
    names = {o.name for o in facts.organizations} | {n for o in facts.organizations for n in o.aliases}
    assert "Norvik Academy of Sciences" in names and not any(n.endswith("Professor") for n in names), names


def test_a_surname_after_a_titled_bodys_acronym_is_no_campus() -> None:
    # guard: "the President of China Mechanical and Engineering Company (CMEC) Fang signed the contract"
    parties = _parties("Lindau Power and Norvik Mechanical and Engineering Company signed a supply contract. The "
                       "President of Norvik Mechanical and Engineering Company (NMEC) Fang signed the contract.")
    assert not any(p.endswith("Fang") for p in parties), parties
