"""Constructions of fields of cooperation read in the twenty-eighth session (invented names and texts)."""
from __future__ import annotations

from invented import SIGNED, areas_of


def test_the_cooperation_a_lead_commits_to_before_the_agreement_is_named_gives_its_fields() -> None:
    # the lead tells what the two will cooperate in; the agreement is named only after it ("An MoU towards
    # this collaboration was signed"): those fields are the agreement's
    areas = areas_of("Norland Institute of Technology will collaborate with Lindau University in joint development "
                     "of teaching programmes. The institute will also cooperate in marine biology and coastal "
                     "engineering. An MoU towards this collaboration was signed by Prof Tim Berg, Director of Norland "
                     "Institute of Technology, and Prof Ann Lund, Vice-Chancellor of Lindau University, on July 26.")
    assert {"joint development of teaching programmes", "marine biology", "coastal engineering"} <= areas, areas
    # only a commitment to cooperate ("will collaborate") is the agreement's, not what talks agreed before
    areas = areas_of("Norland and Lindau agreed to expand cooperation in trade, tourism and sports. Norland "
                     "Institute of Technology and Lindau University signed a memorandum of understanding on marine "
                     "research on Monday.")
    assert not {"trade", "tourism", "sports"} & areas, areas


def test_experiences_in_the_plural_lead_to_the_field() -> None:
    areas = areas_of(SIGNED + "Specifically, the two sides will exchange experiences in coastal fisheries and "
                              "introduce their products to each other.")
    assert "coastal fisheries" in areas, areas


def test_two_acts_on_one_object_are_one_field() -> None:
    # "the renovation and opening of the old harbour": the object is both acts', one field, not a bare
    # "renovation"; the list's own "and" is the next one
    areas = areas_of(SIGNED + "The MoU covers staff training, the renovation and opening of the old harbour and "
                              "joint research.")
    assert areas == {"staff training", "renovation and opening of the old harbour", "joint research"}, areas


def test_prosperity_and_development_alone_are_no_fields() -> None:
    areas = areas_of(SIGNED + "Under the MoU, the two cities will jointly promote prosperity, development and port "
                              "logistics.")
    assert areas == {"port logistics"}, areas


def test_cooperative_or_sister_ties_are_no_field() -> None:
    assert not areas_of("The Lindau Port Authority and the Norland Port Authority renewed their memorandum of "
                        "understanding to further strengthen the sister port relationship.")
    assert not areas_of("Norland Construction Group has signed a strategic cooperation agreement with the Lindau "
                        "District to boost bilateral cooperative ties.")


def test_the_agreement_named_after_a_list_ends_it() -> None:
    # "..., under an agreement signed Tuesday": which agreement, not a further field
    areas = areas_of("Norland will provide Lindau a grant of 500,000 euros for projects in the field of agriculture "
                     "and small enterprises, under an agreement signed Tuesday by the two governments.")
    assert not any("agreement" in area for area in areas), areas
