"""Constructions read in the twenty-eighth session for parties (invented names and texts)."""
from __future__ import annotations

from invented import facts_of


def _parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in facts_of(text).agreements]


def test_the_places_an_agreement_establishing_friendship_is_between_are_its_sides() -> None:
    # "the signature of an Intent Letter on ... Friendly Relationship between A of X and B of Y": neither
    # place is a body the name rules know; whose each is ("of Norland") is no part of the pair
    rows = _parties("Delegation of Lindau Province Visited Velsk\n\nThe deputy director of the provincial foreign "
                    "affairs office, Mr. Tor Vang, visited Velsk from May 2 to 4. Both sides exchanged views on "
                    "trade and concluded with the signature of an Intent Letter on the Establishment of Friendly "
                    "Relationship between Lindau Province of Norland and Velsk Region of Sweden.")
    assert rows == [["Lindau Province", "Velsk Region"]], rows


def test_pairs_of_cities_in_sister_city_relations_go_to_as_many_letters() -> None:
    # "letters of intent to establish sister-city relations between A and B as well as C and D": a pair each;
    # one place surely a place ("Kastrup City") makes the model's doubt about the others no matter
    rows = _parties("OSLO: Norland and the Velsk Region signed Letters of Intent to establish sister-city relations "
                    "between Lindau and Kastrup City as well as Morvik and Tarn to strengthen friendship.\n\nThe two "
                    "letters of intent were signed by Mayor Per Holm of Lindau and Mayor Ole Dahl of Morvik.")
    assert any({"Lindau", "Kastrup City"} <= set(r) for r in rows), rows
    assert any({"Morvik", "Tarn"} <= set(r) for r in rows), rows


def test_our_city_that_signs_is_the_city_the_article_names_with_its_governing_word() -> None:
    # a city's own news: "our city signed ... with X"; the city is the one written before "municipal"
    rows = _parties("Signing cooperation framework agreement\n\nOn May 4, our city signed a cooperation framework "
                    "agreement with Nordia Construction Corporation. Lin Wei, on behalf of the Lindau municipal "
                    "Party committee and the municipal government, welcomed the guests to Lindau.")
    assert rows == [["Lindau", "Nordia Construction Corporation"]], rows


def test_our_county_signed_with_is_a_side_as_written() -> None:
    # "signed ... with our county": no name of the county written with its governing word; the side as written
    rows = _parties("News\n\nYesterday, Velsk Power Supply Company signed a strategic cooperation agreement with our "
                    "county. Smart grid construction will start next year.")
    assert rows == [["Velsk Power Supply Company", "our county"]], rows


def test_two_places_joined_as_the_subject_of_a_signing_are_its_sides() -> None:
    # "Norland local time on May 4, Lindau and Velsk city officially signed ...": the parse takes the pair
    # for a part of the time phrase; the name rule reads them before the verb
    rows = _parties("Lindau: A new friend in Norland\n\nNorland local time on May 4, Lindau and Velsk city officially "
                    "signed a sister city relationship agreement. The two cities will deepen cooperation in trade "
                    "and tourism.")
    assert any({"Lindau", "Velsk city"} <= set(r) for r in rows), rows

