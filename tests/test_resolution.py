"""Entities across articles: acronyms, short names and namesakes, through
real ingest of fixture articles written for these tests."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg_inprocess import kg as run_kg

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "resolution"


def kg(*args: str) -> str:
    return run_kg(*args).stdout


def rows(store: Path, name: str, *extra: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(kg("query", "--store", str(store), name, "--format", "csv", *extra))))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The full-name article first, then the acronym-only one, then the namesake's."""
    path = tmp_path_factory.mktemp("resolution") / "store"
    for name in ("northwind-lakeside-2022.txt", "neri-hillcrest-mou-2023.txt", "hillcrest-port-2023.txt"):
        kg("ingest", "--store", str(path), str(FIXTURES / name))
    return path


def test_acronym_in_a_later_article_is_the_same_organization(store: Path) -> None:
    parties = rows(store, "parties")
    neri = {r["party"] for r in parties if "Northwind" in r["party_name"] or r["party_name"] == "NERI"}
    assert len(neri) == 1, parties
    (iri,) = neri
    assert {r["party_name"] for r in parties if r["party"] == iri} == {"Northwind Energy Research Institute"}
    entities = {r["entity"]: r for r in rows(store, "entities")}
    assert entities[iri]["articles"] == "2"
    assert "NERI" in entities[iri]["aliases"]


def test_same_person_with_a_shared_organization_is_one_node(store: Path) -> None:
    signers = rows(store, "signatories")
    neri_signers = {r["person"] for r in signers if r["person_name"] == "Zhang Wei"
                    and "Northwind" in (r["on_behalf_of_name"] or "")}
    assert len(neri_signers) == 1


def test_namesakes_with_different_organizations_stay_apart(store: Path) -> None:
    zhang = {r["person"] for r in rows(store, "signatories") if r["person_name"] == "Zhang Wei"}
    assert len(zhang) == 2
    career = rows(store, "posts")
    by_person = {}
    for r in career:
        if r["person_name"] == "Zhang Wei":
            by_person.setdefault(r["person"], set()).add(r["organization_name"])
    assert sorted(map(sorted, by_person.values())) == [["Hillcrest Port Authority"], ["Northwind Energy Research Institute"]]


@pytest.mark.slow
def test_ingest_order_does_not_split_the_acronym(tmp_path: Path) -> None:
    """A batch ingest resolves its articles against each other as well."""
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), str(FIXTURES))
    names = {r["party_name"] for r in rows(store, "parties")}
    assert "NERI" not in names


def ingested_entities(folder: Path, articles: dict[str, str]) -> list[dict[str, str]]:
    """The entities of a store into which ``articles`` (file name -> text) were ingested, in that order."""
    store = folder / "store"
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    kg("ingest", "--store", str(store), *(str(folder / name) for name in articles))
    return rows(store, "entities")


def test_letters_and_generic_names_many_bodies_share_join_no_two_articles(tmp_path: Path) -> None:
    """"KU" is Kisumu University in one article and Kerala University in
    another: the two stay apart, and each keeps its letters as a label."""
    entities = ingested_entities(tmp_path, {
        "kisumu.txt": "Kisumu University signs MoU\n\nKisumu University (KU) and the Delta Port Authority signed a "
                      "memorandum of understanding on Monday.\n",
        "kerala.txt": "Kerala University signs MoU\n\nKerala University (KU) and the Norland Shipping Company signed a "
                      "memorandum of understanding on Tuesday.\n"})
    universities = {r["entity"]: r for r in entities if r["name"] in ("Kisumu University", "Kerala University")}
    assert len(universities) == 2, entities
    assert all(r["articles"] == "1" and "KU" in r["aliases"] for r in universities.values())


def test_a_generic_or_family_name_is_no_bridge_between_bodies() -> None:
    from kg.extract.identity import joins_strangers

    assert joins_strangers("IIT", "Indian Institute of Technology, Mandi")
    assert joins_strangers("People's Committee", "People's Committee of Binh Duong")
    assert joins_strangers("General Directorate", "General Directorate of International Economic Relations of Chile")
    assert not joins_strangers("ADB", "Asian Development Bank")
    assert not joins_strangers("US", "United States")


def test_letters_two_full_names_share_join_no_two_bodies(tmp_path: Path) -> None:
    """"IDB" is the Inter-American Development Bank in one article and the
    Islamic Development Bank in another: two banks; a third article's "IDB"
    alone, with no word of either name, is neither's (a guess either way)."""
    entities = ingested_entities(tmp_path, {
        "americas.txt": "Honduras signs loan\n\nThe Inter-American Development Bank (IDB) and the Delta Port Authority "
                        "signed a loan agreement on Monday.\n",
        "islamic.txt": "Bank signs grant\n\nThe Islamic Development Bank (IDB) and the Norland Shipping Company signed a "
                       "grant agreement on Tuesday.\n",
        "later.txt": "Loan signed\n\nThe IDB and the Lakeside Agency signed a loan agreement on Friday.\n"})
    banks = {r["name"]: r for r in entities if r["name"] in ("Inter-American Development Bank", "Islamic Development Bank")}
    assert len(banks) == 2, entities
    assert banks["Inter-American Development Bank"]["articles"] == "1" and banks["Islamic Development Bank"]["articles"] == "1"
    assert any(r["name"] == "IDB" and r["articles"] == "1" for r in entities), entities


def test_letters_join_another_article_s_body_only_where_the_article_bears_it_out(tmp_path: Path) -> None:
    """A bare "MMU" is Mountains of the Moon University where the article
    writes a word of that name, not in an article on another MMU."""
    entities = ingested_entities(tmp_path, {
        "uganda.txt": "Universities sign MoU\n\nMountains of the Moon University (MMU) and Halden University signed a "
                      "memorandum of understanding in Fort Portal on Monday.\n",
        "malaysia.txt": "MMU signs pact\n\nMMU and Hadhramout University signed a memorandum of understanding at the "
                        "Cyberjaya campus on Tuesday.\n",
        "uganda-later.txt": "Moon campus grows\n\nMMU and Delta Port Authority signed a memorandum of understanding at "
                            "the Mountains campus on Friday.\n"})
    moon = [r for r in entities if r["name"] == "Mountains of the Moon University"]
    assert [r["articles"] for r in moon] == ["2"], entities
    assert any(r["name"] == "MMU" and r["articles"] == "1" for r in entities), entities


def test_letters_read_before_the_full_name_in_one_batch_must_bear_it_out(tmp_path: Path) -> None:
    """An article that names "RMS" by its letters only, mapped before the
    article of the same batch that gives "Royal Medical Services (RMS)",
    joins that body only if it bears it out, as it would if mapped after it."""
    entities = ingested_entities(tmp_path, {
        "accra.txt": "Clinics planned\n\nThe Norland Ministry of Health signed a memorandum of understanding with "
                     "RMS to build three clinics on Monday.\n",
        "manama.txt": "Hospital pact\n\nThe Royal Medical Services (RMS) of the Delta Defence Force signed a memorandum "
                      "of understanding with Lindau Heart Clinic on Tuesday.\n"})
    royal = [r for r in entities if r["name"] == "Royal Medical Services"]
    assert [r["articles"] for r in royal] == ["1"], entities
    assert any(r["name"] == "RMS" and r["articles"] == "1" for r in entities), entities


def test_two_universities_faculties_of_science_stay_apart(tmp_path: Path) -> None:
    entities = ingested_entities(tmp_path, {
        f"{stem}.txt": f"Faculty signs MoU\n\nThe Faculty of Science of {university} and the Delta Port Authority "
                       "signed a memorandum of understanding on Monday.\n"
        for stem, university in (("lakeside", "Lakeside State University"), ("kisumu", "Kisumu Technical University"))})
    faculties = [r for r in entities if r["name"].startswith("Faculty of Science")]
    assert faculties and all(r["articles"] == "1" for r in faculties), faculties


def test_full_names_that_tell_two_bodies_apart() -> None:
    from kg.extract.identity import other_bodies

    assert other_bodies("Inter-American Development Bank", "Islamic Development Bank")
    assert other_bodies("Philippine Ports Authority", "Piraeus Port Authority SA")
    assert not other_bodies("African Development Bank", "Africa Development Bank")
    assert not other_bodies("United States Agency for International Development", "US Agency for International Development")
    assert not other_bodies("China Petroleum and Chemical Corporation", "Sinopec")
    assert not other_bodies("Export-Import Bank of China", "China Exim Bank")


def test_a_remit_before_its_head_and_a_surname_alone_stay_in_their_article(tmp_path: Path) -> None:
    """"Finance Ministry" and "Press Office" name a different body in every
    country's story, and "Sato" a different person in every Japanese one:
    none of them joins two articles."""
    from kg.extract.identity import is_generic_name

    entities = ingested_entities(tmp_path, {
        "norland.txt": "Norland signs loan\n\nThe Finance Ministry signed a loan agreement with the Delta Bank on "
                       "Monday, the Press Office said. Director Sato signed for the Delta Bank.\n",
        "lakeland.txt": "Lakeland signs grant\n\nThe Finance Ministry signed a grant agreement with the Ridge Fund on "
                        "Tuesday, the Press Office said. Mr. Sato signed the agreement.\n"})
    shared = {r["name"] for r in entities if r["articles"] != "1"}
    assert not shared & {"Finance Ministry", "Press Office", "Sato", "Mr. Sato"}, entities
    # each article keeps its own (the second's "Mr. Sato" is a person addressed by surname, never a body)
    assert sum(r["name"].endswith("Sato") for r in entities) >= 1
    assert not any(r["name"] == "Mr. Sato" and r.get("type", "").endswith("Organization") for r in entities), entities
    assert is_generic_name("Senate") and not is_generic_name("Senate of Norland")
    # a family's letters alone, a chamber with a chapter in every country, a commodity, a remit with no body
    for name in ("AIIMS", "American Chamber of Commerce", "LNG", "International Collaboration"):
        assert is_generic_name(name), name
    assert not is_generic_name("American Chamber of Commerce in Shanghai") and not is_generic_name("Delta LNG")


def test_an_acronym_that_spells_the_place_a_name_ends_with_is_not_the_bodys() -> None:
    from invented import facts_of

    facts = facts_of("The Norland Water Agency signed an MoU with the Presidential Committee on Rural Development of "
                     "the Republic of Korea (RoK) on July 17.")
    committee = next(o for o in facts.organizations if o.name.startswith("Presidential Committee"))
    assert "RoK" not in committee.aliases
    agency = facts_of("The University of the West of Lakeland (UWL) signed an MoU with the Delta Bank.").organizations
    assert any("UWL" in o.aliases for o in agency)


def test_a_person_tied_to_no_body_joins_a_namesake_only_where_the_article_names_their_body(tmp_path: Path) -> None:
    """Two articles' "Zhang Wei" with no common body are kept apart; the
    president of Norland, named without a body where the text names Norland,
    is the one president."""
    entities = ingested_entities(tmp_path, {
        "a.txt": "Norland signs loan\n\nNorland and the Ridge Fund signed a loan agreement on Monday. President "
                 "Amina Odhiambo signed for Norland. Zhang Wei, chief representative of the Delta Group, attended "
                 "the signing.\n",
        "b.txt": "Norland and Lakeland sign pact\n\nNorland and Lakeland signed a trade agreement on Tuesday in the "
                 "presence of President Amina Odhiambo. Vice-President Zhang Wei of a local college attended.\n"})
    people = [r for r in entities if r["type"].endswith("Person")]
    zhangs = [r for r in people if r["name"] == "Zhang Wei"]
    presidents = [r for r in people if r["name"] == "Amina Odhiambo"]
    assert len(zhangs) == 2 and all(r["articles"] == "1" for r in zhangs), people
    assert len(presidents) == 1 and presidents[0]["articles"] == "2", people


def test_the_letters_psu_join_no_two_articles(tmp_path: Path) -> None:
    """"PSU" is a university's letters in one article and India's word for a
    state company ("the PSU under the Ministry") in another: it joins none."""
    entities = ingested_entities(tmp_path, {
        "campus.txt": "Institute signs MoU\n\nThe Delta Institute signed a Memorandum of Understanding (MoU) with "
                      "Prince of Lindau University (PSU) on Monday.\n",
        "power.txt": "Power MoU\n\nNorvik Power Corporation signed on Friday a Memorandum of Understanding (MoU) "
                     "with Norvik Oil and Gas Corporation (NOGC), the PSU under the Ministry of Petroleum.\n"})
    assert all(r["articles"] == "1" for r in entities if "PSU" in r["aliases"] or r["name"] == "PSU"), entities


def test_a_press_releases_own_body_our_council_joins_no_two_articles(tmp_path: Path) -> None:
    """"our council" names the body that wrote each release: two releases'
    "our council" are two bodies, each kept to its article."""
    entities = ingested_entities(tmp_path, {
        f"{stem}.txt": f"Council signs MoU\n\nChairman {person} of our council and the {partner} signed a memorandum "
                       "of understanding on Monday.\n"
        for stem, person, partner in (("one", "Anna Berg", "Delta Port Authority"),
                                      ("two", "Karl Olsen", "Ridge Trade Fund"))})
    own = [r for r in entities if r["name"].casefold() == "our council"]
    assert len(own) == 2 and all(r["articles"] == "1" for r in own), entities


def test_letters_two_bodies_of_two_kinds_share_join_no_two_articles(tmp_path: Path) -> None:
    """"NMC" is a college in one article and a city's corporation in another:
    two bodies, each with a head of its own kind; a "Joint Working Group" is
    each article's own."""
    entities = ingested_entities(tmp_path, {
        "college.txt": "College signs MoU\n\nNorthbrook Maple College (NMC) and the Delta Port Authority signed a "
                       "memorandum of understanding on Monday. A Joint Working Group will follow it up.\n",
        "city.txt": "City signs MoU\n\nThe Nashik Municipal Corporation (NMC) and the Norland Shipping Company signed a "
                    "memorandum of understanding on Tuesday. A Joint Working Group will meet every year.\n"})
    bodies = {r["name"]: r for r in entities if r["name"] in ("Northbrook Maple College", "Nashik Municipal Corporation")}
    assert len(bodies) == 2 and all(r["articles"] == "1" for r in bodies.values()), entities
    assert all(r["articles"] == "1" for r in entities if r["name"] == "Joint Working Group"), entities
    from kg.extract.identity import other_bodies

    assert other_bodies("Northbrook Maple College", "Nashik Municipal Corporation")


def test_a_countys_state_is_not_the_country_of_that_name(tmp_path: Path) -> None:
    """"Fulton County, Georgia" names the US state: the body it makes in that
    article joins no other article's Georgia, the country."""
    entities = ingested_entities(tmp_path, {
        "county.txt": "County signs MoU\n\nFulton County, Georgia signed a memorandum of understanding with Norvik "
                      "City on Monday.\n",
        "country.txt": "Georgia signs agreement\n\nGeorgia and Azerbaijan signed an agreement on border checkpoints "
                       "on Tuesday.\n"})
    georgias = [r for r in entities if r["name"] == "Georgia"]
    assert georgias and all(r["articles"] == "1" for r in georgias), georgias


def test_a_college_named_by_its_field_and_a_two_letter_town_join_no_two_articles(tmp_path: Path) -> None:
    """"College of Engineering" is a unit of whichever university the story
    names, and "Wa", a Ghanaian town, is not "WA" (Western Australia) in
    another story: neither joins two articles."""
    entities = ingested_entities(tmp_path, {
        "lakeside.txt": "College signs MoU\n\nThe College of Engineering signed a memorandum of understanding with "
                        "Wa on Monday. Lakeside University said the College of Engineering would train teachers.\n",
        "kisumu.txt": "Mining MoU\n\nWA signed a memorandum of understanding with the College of Engineering on "
                      "Tuesday. Kisumu University said the College of Engineering would host the students.\n"})
    shared = {r["name"] for r in entities if r["articles"] != "1"}
    assert not shared & {"College of Engineering", "Wa", "WA"}, entities


def test_a_diplomatic_academy_of_two_countries_stays_apart(tmp_path: Path) -> None:
    """Every foreign ministry has its "Diplomatic Academy": two articles
    naming one without its country are two bodies."""
    entities = ingested_entities(tmp_path, {
        f"{stem}.txt": f"Academy signs MoU\n\nThe Diplomatic Academy signed a memorandum of understanding with "
                       f"{partner} on Monday.\n"
        for stem, partner in (("norland", "Lakeside University"), ("delta", "the Delta Port Authority"))})
    academies = [r for r in entities if r["name"] == "Diplomatic Academy"]
    assert academies and all(r["articles"] == "1" for r in academies), academies
