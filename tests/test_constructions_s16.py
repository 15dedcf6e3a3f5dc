"""Constructions of the sixteenth session: each case is a short invented
article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of, signatures


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.title, p.organization) for p in facts_of(text).posts}


def test_a_side_written_as_the_government_of_a_countrys_formal_name_is_that_country() -> None:
    """"for the government of the Republic of Peru": a formal style before a
    country's short name is the country, as a side and as a post's body,
    however the sentence before names the two governments."""
    for opening in ("between the governments of Peru and Armenia", "between Peruvian and Armenian governments"):
        text = (f"A trade agreement was signed {opening} on June 2. It was signed by Deputy Foreign Minister "
                "Arvo Pellan for the government of the Republic of Peru and by Deputy Minister of Commerce "
                "Li Wenqiang for the government of the Republic of Armenia.")
        assert signatures(facts_of(text)) == {("Arvo Pellan", "Peru"), ("Li Wenqiang", "Armenia")}, opening
        assert _posts(text) == {("Arvo Pellan", "Deputy Foreign Minister", "Peru"),
                                ("Li Wenqiang", "Deputy Minister of Commerce", "Armenia")}, opening


def test_a_formal_style_is_not_read_inside_another_name_or_where_it_is_ambiguous() -> None:
    """"Republic of China" may be written for the People's Republic or be
    Taiwan's: it is not made either; "Ulyanovsk State of Russia" is a region
    (no "State of" style)."""
    facts = facts_of("The Republic of China and Norland signed a memorandum of understanding on trade.")
    assert not {"China", "Taiwan"} & {p for a in facts.agreements for p in a.parties}
    facts = facts_of("The Lindau delegation also signed a cooperation agreement on education with Ulyanovsk "
                     "State of Russia this time.")
    assert "Russia" not in {p for a in facts.agreements for p in a.parties}
