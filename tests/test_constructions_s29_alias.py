"""Short names of one body read in the twenty-ninth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def _parties(text: str) -> set[str]:
    return {p for a in facts_of(text).agreements for p in a.parties}


def test_letters_and_seat_name_the_institute_at_that_seat() -> None:
    # "National Institute of X, Seat" named in full, then "NIX Seat": the body's letters and its seat
    text = ("National Institute of Marine Studies, Varnholt, and Indian Institute of Design, Kestrel, signed a "
            "Memorandum of Understanding (MoU) for joint research here today.\n\nAnna Berg, Director of NIMS "
            "Varnholt, and Tom Hale, Director of IID Kestrel, signed the MoU.")
    facts = facts_of(text)
    parties = {p for a in facts.agreements for p in a.parties}
    assert parties == {"National Institute of Marine Studies, Varnholt", "Indian Institute of Design, Kestrel"}, parties
    assert ("Anna Berg", "Director", "National Institute of Marine Studies, Varnholt") in posts(facts), posts(facts)


def test_letters_with_the_seats_initial_after_a_dash() -> None:
    # "the Indian Institute of Design Kestrel (IIDK)" and later "IID-K": one body
    text = ("The Varnholt Port Trust has signed a memorandum of understanding with the Indian Institute of "
            "Design Kestrel (IIDK) on Friday.\n\nThe MoU was signed with IID-K to improve port services.")
    parties = _parties(text)
    assert "IID-K" not in parties and "Indian Institute of Design Kestrel" in parties, parties


def test_a_seat_set_off_by_a_comma_is_the_names_when_the_letters_spell_it() -> None:
    # "X University, Seat (XUS)": the letters after the seat spell it (or its first word), so the seat is the
    # name's and the letters its short name
    text = ("Varnholt Arid Farming University, Kestrel (VAFU-K) and the University of Forestry, Dale Ridge Bay (UFD) "
            "signed a memorandum of understanding (MoU) on Monday.\n\nAnna Berg, vice chancellor VAFU-K and Tom "
            "Hale, vice chancellor UFD signed the MoU on behalf of their respective institutions.")
    facts = facts_of(text)
    parties = {p for a in facts.agreements for p in a.parties}
    assert parties == {"Varnholt Arid Farming University, Kestrel", "University of Forestry, Dale Ridge Bay"}, parties
    assert ("Tom Hale", "University of Forestry, Dale Ridge Bay") in signatures(facts), signatures(facts)


def test_a_title_of_two_words_after_a_body_is_no_word_of_its_name() -> None:
    # "University of X Project Manager A says ...": "Project" opens the title, it does not close the body's name
    text = ("The agreement was signed by the University of Varnholt and Kestrel University on Monday.\n\n"
            "University of Varnholt Project Manager Anna Berg says the visit will deepen the partnership.")
    facts = facts_of(text)
    parties = {p for a in facts.agreements for p in a.parties}
    assert parties == {"University of Varnholt", "Kestrel University"}, parties
    assert ("Anna Berg", "Project Manager", "University of Varnholt") in posts(facts), posts(facts)


def test_the_letters_of_a_name_before_its_seat_name_the_body() -> None:
    # "Indian Institute of Technology Kestrel (IIT Kestrel)" and later "Director IIT, Kestrel": the letters
    # spell the name before its seat, so they name that one body
    text = ("Indian Institute of Technology Kestrel (IIT Kestrel) and Varnholt University in Norland are going to "
            "collaborate on research and academics.\n\nA MoU was signed at the IIT Kestrel Campus on Saturday. The "
            "signatories include Prof. Anna Berg, Director, IIT Kestrel, and Dr. Tom Hale, Registrar, Varnholt "
            "University.\n\n\"I am thankful to Prof. Berg, Director IIT, Kestrel for signing MoU with VUIT, "
            "Varnholt University,\" Hale said.")
    rows = {p for p in posts(facts_of(text)) if p[0] == "Anna Berg"}
    assert rows == {("Anna Berg", "Director", "Indian Institute of Technology Kestrel")}, rows
