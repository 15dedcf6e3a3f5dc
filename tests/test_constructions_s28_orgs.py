"""Constructions read in the twenty-eighth session: where organization names begin and end
(invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_a_word_and_letters_with_full_stops_joined_by_a_hyphen_are_one_word_of_a_name() -> None:
    # "Norway-U.S. Chamber of Commerce": the tokenizer keeps "Norway-U.S." whole, so the body is not
    # "S. Chamber of Commerce"
    facts = facts_of("The Norway-U.S. Chamber of Commerce and the Lindau Municipal Government signed a "
                     "strategic cooperation agreement on Monday. Anna Berg, president of the Norway-U.S. "
                     "Chamber of Commerce, attended the signing ceremony.")
    assert ("Anna Berg", "president", "Norway-U.S. Chamber of Commerce") in posts(facts), posts(facts)


def test_a_name_runs_on_over_and_to_the_words_its_acronym_of_two_words_spells() -> None:
    # "(NF R&D)": an acronym of two words in brackets spells "Research and Development" too, so the
    # name does not stop at "Research"
    facts = facts_of("The agreement was signed by Lindau University President Karl Olsen and Nordhavn "
                     "Foundation Research and Development (NF R&D) Executive Vice President Dr Anna Berg in the "
                     "presence of officials of both institutions.")
    assert ("Anna Berg", "Executive Vice President", "Nordhavn Foundation Research and Development") \
        in posts(facts), posts(facts)


def test_two_words_and_of_written_the_same_each_time_open_a_company_name() -> None:
    # "Delta Grid of Lindau Electric Power Company": a parent's name and "of" open the company's name
    text = ("Yesterday afternoon, Delta Grid of Lindau Electric Power Company signed a strategic cooperation "
            "agreement with Varnholt University. Delta Grid of Lindau Electric Power Company will build a smart "
            "grid on the campus.")
    assert "Delta Grid of Lindau Electric Power Company" in _parties(text), _parties(text)
    # "Anna Berg of Delta Research Private Ltd": written once, a person's name, not the body's
    text = ("Another MoU was inked with Anna Berg of Delta Research Private Ltd for setting up a drone "
            "factory in Varnholt.")
    assert "Anna Berg of Delta Research Private Ltd" not in _parties(text), _parties(text)


def test_a_place_written_in_lower_case_before_the_level_of_its_government_opens_the_name() -> None:
    # "lindau Provincial People's Government": a slip of case; the text writes "Lindau" elsewhere
    text = ("Lindau Provincial government and Delta Railway Corporation signed a strategic cooperation "
            "agreement\n\nOn the afternoon of March 31, lindau Provincial People's Government and Delta Railway "
            "Corporation signed a strategic cooperation agreement in Jinan.")
    assert "Lindau Provincial People's Government" in _parties(text), _parties(text)


def test_a_committee_to_do_something_is_named_with_its_purpose() -> None:
    # "National Committee to Combat Illegal Fishing": what the body is set up to do is part of its name
    text = ("A significant agreement was inked between Norland's National Committee to Combat Illegal Fishing "
            "and Lindau's Maritime Regulatory Authority to share data.")
    assert "National Committee to Combat Illegal Fishing" in _parties(text), _parties(text)


def test_two_nouns_joined_by_and_before_a_department_are_one_name() -> None:
    # "Port and Highway Department of Norland": one department, not "Highway Department of Norland"
    text = ("Delta Harbour Engineering signed an agreement with the Port and Highway Department of Norland "
            "on Monday.")
    assert "Port and Highway Department of Norland" in _parties(text), _parties(text)
