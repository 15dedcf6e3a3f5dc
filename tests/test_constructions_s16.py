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
    # (named by the short name where the article writes it, else by the formal name it writes)
    for opening, peru, armenia in (("between the governments of Peru and Armenia", "Peru", "Armenia"),
                                   ("between Peruvian and Armenian governments", "Republic of Peru", "Republic of Armenia")):
        text = (f"A trade agreement was signed {opening} on June 2. It was signed by Deputy Foreign Minister "
                "Arvo Pellan for the government of the Republic of Peru and by Deputy Minister of Commerce "
                "Li Wenqiang for the government of the Republic of Armenia.")
        assert signatures(facts_of(text)) == {("Arvo Pellan", peru), ("Li Wenqiang", armenia)}, opening
        assert _posts(text) == {("Arvo Pellan", "Deputy Foreign Minister", peru),
                                ("Li Wenqiang", "Deputy Minister of Commerce", armenia)}, opening


def test_a_formal_style_is_not_read_inside_another_name_or_where_it_is_ambiguous() -> None:
    """"Republic of China" may be written for the People's Republic or be
    Taiwan's: it is not made either; "Ulyanovsk State of Russia" is a region
    (no "State of" style)."""
    facts = facts_of("The Republic of China and Norland signed a memorandum of understanding on trade.")
    assert not {"China", "Taiwan"} & {p for a in facts.agreements for p in a.parties}
    facts = facts_of("The Lindau delegation also signed a cooperation agreement on education with Ulyanovsk "
                     "State of Russia this time.")
    assert "Russia" not in {p for a in facts.agreements for p in a.parties}


def test_a_ministers_title_then_of_a_country_is_that_countrys_office() -> None:
    """"A, Finance Minister of Liberia": the country's office, and the side
    the minister signs for; not a "Ministry of Finance" the text never
    names, which would make the three ministers' sides one."""
    text = ("The agreement was signed by the governors for the three countries, namely: Arvo Pellan, Finance "
            "Minister of The Gambia, Li Wenqiang, Deputy Finance Minister of Sierra Leone, and Anna Berg, Finance "
            "Minister of Ghana.")
    assert _posts(text) == {("Arvo Pellan", "Finance Minister", "Gambia"),
                            ("Li Wenqiang", "Deputy Finance Minister", "Sierra Leone"),
                            ("Anna Berg", "Finance Minister", "Ghana")}
    assert {("Arvo Pellan", "Gambia"), ("Anna Berg", "Ghana")} <= signatures(facts_of(text))


def test_a_listed_remit_then_of_a_country_and_a_state_minister() -> None:
    """"Minister of Works, Transport and Communications of the United
    Republic of Tanzania": the remit listed up to its "and" is the title's,
    the country after it the post's body; "State Minister of X" is a rank of
    minister, not a Ministry of State."""
    text = ("The MoU was signed in Lindau by Hon. Prof. Arvo Pellan, Minister of Works, Transport and "
            "Communications of the United Republic of Tanzania and Hon. Li Wenqiang, State Minister of Works and "
            "Transport of the Republic of Uganda.")
    assert _posts(text) == {("Arvo Pellan", "Minister of Works, Transport and Communications", "United Republic of Tanzania"),
                            ("Li Wenqiang", "State Minister of Works and Transport", "Republic of Uganda")}
    assert signatures(facts_of(text)) == {("Arvo Pellan", "United Republic of Tanzania"), ("Li Wenqiang", "Republic of Uganda")}
    # (a minister whose country the text does not write keeps the ministry the title names)
    assert _posts("Arvo Pellan, Minister of Works, Transport and Communications, attended the signing between "
                  "Norland University and Delta Bank.") == {
        ("Arvo Pellan", "Minister of Works, Transport and Communications",
         "Ministry of Works, Transport and Communications")}
    # ("state" in lower case is the state's, not a rank: "the state Deputy Governor")
    assert _posts("Norland and Lindau signed the MoU, witnessed by the state Deputy Governor Arvo Pellan of "
                  "Jigawa State.") == {("Arvo Pellan", "Deputy Governor", "Jigawa State")}


def test_a_venues_head_word_alone_names_no_place() -> None:
    """"Cooperation in Building a Community of ...": "in Building" is a
    verb's object, not a venue; the place is the town told elsewhere."""
    facts = facts_of("Norland and Southland signed twelve documents in Lindau on Monday. The signed documents include "
                     "the Agreement on Strengthening Cooperation in Building a Norland-Southland Community of Shared "
                     "Future and the Agreement on Lindau University Development Project.")
    assert "Building" not in {a.place for a in facts.agreements}


def test_a_place_may_open_with_an_abbreviation() -> None:
    facts = facts_of("The signing of the agreement between Delta Bank and Norvik Bank took place during the annual "
                     "meeting of the Board of Governors of Delta Bank in St. Lucia.")
    assert [a.place for a in facts.agreements] == ["St. Lucia"]


def test_a_name_with_a_countrys_name_or_adjective_in_it_is_no_signer() -> None:
    """"signed by Putra Malaysia", "Japanese Yen": a piece of a body's, a
    place's or a currency's name that the model read as a person's signs
    nothing."""
    facts = facts_of("The grant agreement was signed by Japanese Yen and Anna Berg, Ambassador of Norland, "
                     "on Monday in Lindau.")
    assert "Japanese Yen" not in {name for name, _ in signatures(facts)}
