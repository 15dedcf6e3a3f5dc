"""How people's names are bounded (issue 11), each on a short invented
article read through the public extraction API: a name that starts with an
accented capital, given names the model's person leaves out, a surname in
capitals after a style of address, and initials written without stops."""
from __future__ import annotations

from invented import facts_of


def _people(text: str) -> set[str]:
    return {p.name for p in facts_of(text).people}


def test_a_name_may_start_with_an_accented_capital() -> None:
    people = _people("The deal was signed by Minister of Industry Élaine Morvant and Mayor Ángel Robledo.")
    assert {"Élaine Morvant", "Ángel Robledo"} <= people


def test_given_names_after_a_courtesy_style_belong_to_the_name() -> None:
    people = _people("The MoU was signed by Principal Secretary Industrial Policy Shri Sanjay Kumar Shukla.")
    assert "Sanjay Kumar Shukla" in people
    assert "Kumar Shukla" not in people


def test_given_names_after_a_comma_belong_to_the_name() -> None:
    people = _people("Those present included Brig (retd) Girish Suri, GM-HR, Prakash Chandra Basak, AGM-HR, "
                     "and Harihar Singh.")
    assert "Prakash Chandra Basak" in people
    assert "Chandra Basak" not in people


def test_a_country_or_a_style_before_a_name_stays_out_of_it() -> None:
    people = _people("A delegation included the Ambassador of Singapore to Japan Eng Chuan Ong and Professor Andy Hor.")
    assert not any(name.startswith(("Japan", "Eng ")) for name in people)


def test_a_surname_in_capitals_after_a_style_of_address() -> None:
    assert "PAN Liguo" in _people("The deal was signed by the mayor of Fuxin City, Mr. PAN Liguo, and others.")


def test_initials_without_stops_after_a_style_of_address() -> None:
    assert "KRS Sambasiva Rao" in _people("It was signed by Prof KRS Sambasiva Rao, Vice-Chancellor, Mizoram University.")
    people = _people("Present were Prof RK Singh, Dean of Academics, and Prof RK Nagaria, Head of Department.")
    assert {"RK Singh", "RK Nagaria"} <= people


def test_a_title_in_capitals_before_a_name_stays_out_of_it() -> None:
    people = _people("The MoU was signed by ONGC CMD Subhash Kumar and Director Anil Verma on behalf of the companies.")
    assert "Subhash Kumar" in people
    assert not any(name.startswith(("CMD", "ONGC")) for name in people)
