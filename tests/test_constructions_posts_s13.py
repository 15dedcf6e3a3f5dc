"""Posts (thirteenth session): styles of address a name carries before it
and words before a title that are the title's own, not a body. Each case is
a short invented article read through the public API.
"""
from __future__ import annotations

from invented import facts_of, posts


def test_a_cambodian_chain_of_styles_is_no_part_of_the_name() -> None:
    facts = facts_of("Norland and Cambodia signed two memorandums of understanding on labour on Monday. They were "
                     "signed by Anna Berg, Norland's Minister of Labour, and Ith Lena, Cambodian Minister of Labour, "
                     "in the presence of Samdech Akka Moha Sena Padei Techo Sok Vanna, Prime Minister of the Kingdom "
                     "of Cambodia. Later, Preah Bat Samdech Preah Boromneath Norodom Chan, King of Cambodia, "
                     "received the delegation. Samdech Vibol Sena Pheakdei Chea Rith, President of the Senate, also "
                     "met Anna Berg.")
    read = posts(facts)
    assert ("Sok Vanna", "Prime Minister", "Cambodia") in read
    assert ("Norodom Chan", "King", "Cambodia") in read
    assert ("Chea Rith", "President", "Senate") in read


def test_fields_listed_before_a_title_are_the_titles_own() -> None:
    facts = facts_of("Norland and Lindau signed four memorandums of understanding on Monday. They were signed by "
                     "Norland's Industry, Commerce and Supplies Secretary Anna Berg and Lindau's agriculture "
                     "secretary Ola Nord, and Commerce Secretary Li Ming respectively.")
    read = posts(facts)
    assert ("Anna Berg", "Industry, Commerce and Supplies Secretary", "Norland") in read
    assert not any(org in ("Commerce", "Supplies") for _, _, org in read)


def test_a_field_glued_to_a_name_that_is_none_is_no_field() -> None:
    facts = facts_of("Delta Bank signed a loan agreement with Norvik Engineering on Monday. Norvik Engineering "
                     "President Anna Berg signed for the company.")
    assert ("Anna Berg", "President", "Norvik Engineering") in posts(facts)


def test_a_ministers_remit_goes_on_after_its_and_up_to_a_field() -> None:
    facts = facts_of("Norland and Lindau signed a memorandum of understanding on Monday. Anna Berg, Minister of "
                     "Roads and Highways, who signed on behalf of Norland, met Li Ming, Lindau's Minister of Foreign "
                     "Affairs and East Africa Cooperation, after the signing.")
    titles = {(person, title) for person, title, _ in posts(facts)}
    assert ("Anna Berg", "Minister of Roads and Highways") in titles
    assert ("Li Ming", "Minister of Foreign Affairs and East Africa Cooperation") in titles


def test_a_ministers_remit_does_not_run_into_the_next_name() -> None:
    facts = facts_of("Norland and Lindau signed a memorandum of understanding on Monday. It was signed by Anna Berg, "
                     "Minister of Environment and Climate Affairs and Ola Nord Lindqvist, Lindau's Minister of the "
                     "Environment.")
    titles = {(person, title) for person, title, _ in posts(facts)}
    assert ("Anna Berg", "Minister of Environment and Climate Affairs") in titles


def test_resident_is_part_of_a_representatives_title_not_a_place() -> None:
    facts = facts_of("The grant agreement was signed between Anna Berg, Norland Ambassador to Lindau, and Ms. Li "
                     "Ming, Resident Representative of the Delta Development Programme (DDP) in Lindau.")
    assert ("Li Ming", "Resident Representative", "Delta Development Programme") in posts(facts)


def test_a_title_set_off_before_a_name_with_an_aside_or_letters_after_it() -> None:
    facts = facts_of("Norland and Lindau signed an agreement on Monday. It was signed by the Minister for Indigenous "
                     "Affairs of Norland, the Hon Anna Berg AM, MP and the Minister for Coastal Development of "
                     "Lindau, the Hon Li Ming.")
    read = posts(facts)
    assert ("Anna Berg", "Minister for Indigenous Affairs", "Norland") in read
    assert ("Li Ming", "Minister for Coastal Development", "Lindau") in read
    facts = facts_of("Norland and Lindau signed an agreement on Monday. It was signed by the Health Minister, Hon. "
                     "Anna Berg (MP for Norvik Central), and Li Ming.")
    assert any(person == "Anna Berg" and title == "Health Minister" for person, title, _ in posts(facts))
