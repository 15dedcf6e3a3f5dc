"""The gazetteer of heads of state and government (kg/knowledge/en/leaders.jsonl), and how the posts
pass uses it: to choose, among the countries an article names, whose a leader written without a
country is. (The names are real leaders', as a gazetteer's must be; the sentences are invented.)"""
from __future__ import annotations

import pytest
from invented import facts_of, posts, signatures

from kg.knowledge import knowledge, read_file
from kg.knowledge.leaders import cabinet_countries, leader_countries, leader_key, minister_countries, regional_heads

_OFFICES = {"President", "Vice President", "Prime Minister", "Deputy Prime Minister", "King", "Queen", "Emir",
            "Sultan", "Crown Prince", "Chancellor", "Premier", "Head of State", "General Secretary", "Chief Executive"}


def _entries(name: str = "leaders") -> list[dict]:
    return read_file("en", name)[name]


def test_every_leader_and_minister_has_a_known_country_and_known_offices() -> None:
    countries = knowledge("en").countries
    for name, offices in (("leaders", _OFFICES), ("ministers", {"Foreign Minister", "Finance Minister"})):
        entries = _entries(name)
        assert len(entries) > 1000
        for entry in entries:
            assert set(entry) == {"name", "also", "country", "offices"}, entry
            assert entry["country"] in countries, entry
            assert entry["offices"] and set(entry["offices"]) <= offices, entry
            assert entry["name"] not in entry["also"], entry


def test_a_name_two_countries_claim_tells_neither() -> None:
    claimed: dict[str, set[str]] = {}
    for entry in _entries():
        for written in [entry["name"], *entry["also"]]:
            claimed.setdefault(leader_key(written), set()).add(entry["country"])
    table = leader_countries()
    for key, countries in claimed.items():
        assert table.get(key) == (next(iter(countries)) if len(countries) == 1 else None), key


def test_names_are_compared_without_accents_dots_or_case() -> None:
    assert leader_key("Andrés Manuel  López-Obrador") == leader_key("andres manuel lopez obrador")
    assert leader_countries()[leader_key("SHINZO ABE")] == "Japan"
    assert leader_key("Benigno S. Aquino III") == leader_key("Benigno S. Aquino")


def test_a_leader_written_bare_is_the_country_the_article_names_for_them() -> None:
    facts = facts_of("Japan and the Philippines signed two loan agreements in Manila on Monday. The loans were "
                     "announced by Prime Minister Shinzo Abe during the state visit of President Benigno Aquino.")
    assert ("Shinzo Abe", "Prime Minister", "Japan") in posts(facts), posts(facts)
    assert ("Benigno Aquino", "President", "Philippines") in posts(facts), posts(facts)


def test_the_list_never_brings_a_country_the_article_does_not_name() -> None:
    facts = facts_of("Ghana and the Norvik Fund signed a loan agreement in Accra on Monday. Prime Minister Shinzo "
                     "Abe sent a message of congratulations.")
    assert not any(p[2] == "Japan" for p in posts(facts)), posts(facts)


def test_the_country_the_text_writes_with_the_title_stands() -> None:
    # the text's own word wins over the list (here a deliberately wrong one)
    facts = facts_of("France and Kenya signed an agreement on trade in Nairobi on Monday. It was witnessed by the "
                     "Kenyan President Emmanuel Macron.")
    assert ("Emmanuel Macron", "President", "Kenya") in posts(facts), posts(facts)


def test_a_foreign_minister_written_bare_is_the_country_the_list_knows() -> None:
    facts = facts_of("China and Ghana signed an agreement on trade in Accra on Monday. It was signed by Foreign "
                     "Minister Wang Yi and Finance Minister Ken Ofori-Atta.")
    assert minister_countries(office="Foreign Minister")[leader_key("Wang Yi")] == "China"
    assert ("Wang Yi", "Foreign Minister", "China") in posts(facts), posts(facts)
    assert ("Ken Ofori-Atta", "Finance Minister", "Ghana") in posts(facts), posts(facts)


def test_a_ministry_only_the_title_implies_is_no_body_the_text_wrote() -> None:
    # "Foreign Minister A" is first read as of a "Ministry of Foreign Affairs" the text never names: the list
    # still tells A's country
    facts = facts_of("South Korea and Japan signed a memorandum on trade in Lima, Peru, on Friday, South Korea's "
                     "foreign ministry said. Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, "
                     "held talks before the signing. They spoke of Russia, North Korea and the United States.")
    assert ("Cho Tae-yul", "Foreign Minister", "South Korea") in posts(facts), posts(facts)


def test_a_leader_named_by_surname_alone_where_one_named_country_has_such_a_leader() -> None:
    facts = facts_of("Japan and Ghana signed a loan agreement in Accra on Monday. It was announced by Prime Minister "
                     "Abe during his visit.")
    assert ("Abe", "Prime Minister", "Japan") in posts(facts), posts(facts)


def test_a_surname_leaders_of_two_named_countries_bear_tells_neither() -> None:
    # Lee Hsien Loong (Singapore) and Lee Myung-bak (South Korea): "President Lee" is either
    facts = facts_of("Singapore and South Korea signed an agreement on trade in Seoul on Monday. It was witnessed by "
                     "President Lee.")
    assert not any(p[0] == "Lee" and p[2] in ("Singapore", "South Korea") for p in posts(facts)), posts(facts)


def test_every_regional_head_has_a_region_named_bare() -> None:
    entries = _entries("regional")
    assert len(entries) > 1000
    offices = {"Governor", "Premier", "Chief Minister", "Party Secretary", "Mayor", "Chairman", "President",
               "First Minister", "Chief Executive", "Head"}
    for entry in entries:
        assert set(entry) == {"name", "also", "region", "country", "offices"}, entry
        assert entry["offices"] and set(entry["offices"]) <= offices, entry
        # (bare, but for a region whose name ends so: South Africa's Free State)
        assert not entry["region"].endswith((" State", " Province", " Prefecture", " County")) \
            or entry["region"] == "Free State", entry
    assert regional_heads()[leader_key("Li Qiang")] == {"Jiangsu", "Shanghai", "Zhejiang"}


def test_a_region_s_head_written_bare_heads_the_listed_region_the_article_names() -> None:
    # the article names Ontario and Jalisco; the list knows whose premier Kathleen Wynne was
    facts = facts_of("Ontario and the State of Jalisco signed a memorandum on climate in Guadalajara on Monday. "
                     "Premier Kathleen Wynne attended the signing with the state's officials.")
    assert ("Kathleen Wynne", "Premier", "Ontario") in posts(facts), posts(facts)


def test_a_region_is_named_as_the_article_writes_it_most() -> None:
    facts = facts_of("Kaduna State and the Norvik Bank signed a memorandum of understanding in Abuja on Monday. "
                     "Governor Nasir El-Rufai said Kaduna State would build the roads.")
    assert ("Nasir El-Rufai", "Governor", "Kaduna State") in posts(facts), posts(facts)


def test_a_listed_name_the_model_reads_as_a_body_is_a_person() -> None:
    # the small model reads "Emil Boc" as an organization; the lists know him (Romania's prime minister)
    facts = facts_of("According to a press release, Emil Boc interim Prime Minister of Romania met with Vice President "
                     "Xi Jinping of China. Romania and China signed two grant agreements in Beijing on Monday.")
    assert ("Emil Boc", "interim Prime Minister", "Romania") in posts(facts), posts(facts)
    assert "Emil Boc" not in {o.name for o in facts.organizations}


def test_a_listed_name_is_found_whole_and_never_inside_a_longer_one() -> None:
    from kg.extract.document import Document
    from kg.article import Article
    from pathlib import Path

    text = "Talks with Kassym-Jomart Tokayev, then with Joko Widodo Santoso and Emil Boc."
    doc = Document(Article(path=Path("x.txt"), text=text, title=None, published=None, source_department=None, sha256=""))
    found = [text[a:b] for a, b in doc.known_people]
    # (the comma is no part of the name; "Joko Widodo Santoso" is someone else's longer name)
    assert found == ["Kassym-Jomart Tokayev", "Emil Boc"], found


def test_a_signer_the_lists_know_signed_for_their_country_where_nothing_else_tells() -> None:
    facts = facts_of("Sri Lanka and the Norvik Development Bank signed a loan agreement worth $455 million in Manila "
                     "on Monday. Maithripala Sirisena and Anna Berg signed the agreement.")
    assert ("Maithripala Sirisena", "Sri Lanka") in signatures(facts), signatures(facts)
    assert ("Anna Berg", None) in signatures(facts), signatures(facts)  # (nothing tells whose she is)


def test_a_known_signer_never_signs_for_a_country_the_article_does_not_name() -> None:
    facts = facts_of("The Norvik Development Bank and the Lundby Fund signed a loan agreement in Manila on Monday. "
                     "Maithripala Sirisena and Anna Berg signed the agreement.")
    assert ("Maithripala Sirisena", None) in signatures(facts), signatures(facts)
    assert not any(side == "Sri Lanka" for _, side in signatures(facts)), signatures(facts)


def test_every_cabinet_member_has_a_known_country_and_a_name_of_two_words() -> None:
    countries = knowledge("en").countries
    entries = _entries("cabinet")
    assert len(entries) > 3000
    for entry in entries:
        assert set(entry) == {"name", "also", "country", "offices"}, entry
        assert entry["country"] in countries and entry["offices"], entry
        for written in [entry["name"], *entry["also"]]:
            assert len(leader_key(written).split()) >= 2, entry  # never a bare surname
        assert entry["name"] not in entry["also"], entry


def test_a_minister_of_any_portfolio_written_bare_is_the_country_the_list_knows() -> None:
    facts = facts_of("A memorandum of understanding has been signed between Ghana and two Italian hospitals. The MoU, "
                     "signed by the Health Minister, Kwaku Agyeman-Manu, with the two hospitals at a conference in "
                     "Italy, sets out how the parties will work together.")
    assert cabinet_countries()[leader_key("Kwaku Agyeman-Manu")] == "Ghana"
    assert ("Kwaku Agyeman-Manu", "Health Minister", "Ghana") in posts(facts), posts(facts)


def test_a_region_s_head_heads_a_region_only_in_the_office_the_list_knows() -> None:
    # Li Qiang was party secretary of Shanghai, never its premier: "Premier Li Qiang" is China's
    facts = facts_of("Shanghai and the Norvik Bank signed a memorandum of understanding in Shanghai on Monday. "
                     "Premier Li Qiang attended the signing. The bank will lend to companies in China.")
    assert not any(p[0] == "Li Qiang" and p[2] == "Shanghai" for p in posts(facts)), posts(facts)
    facts = facts_of("Shanghai and the Norvik Bank signed a memorandum of understanding in Oslo on Monday. "
                     "Party Secretary Li Qiang attended the signing.")
    assert ("Li Qiang", "Party Secretary", "Shanghai") in posts(facts), posts(facts)


def test_a_middle_initial_written_or_not_is_the_same_name() -> None:
    assert leader_key("Cesar V. Purisima") == leader_key("Cesar Purisima")
    assert leader_key("D.Sarangerel") == "d sarangerel"  # (an initial that opens the name stays)


def test_a_region_the_list_writes_with_accents_is_found_written_without() -> None:
    facts = facts_of("Bogota and the Norvik Bank signed a memorandum of understanding in Oslo on Monday. "
                     "Mayor Claudia López attended the signing.")
    assert ("Claudia López", "Mayor", "Bogota") in posts(facts), posts(facts)


def test_a_gazetteer_line_that_is_not_one_json_object_is_named_in_a_one_line_error() -> None:
    import pytest

    from kg.errors import KnowledgeError
    from kg.knowledge import json_lines

    good = '{"comment": "documentation, skipped"}\n{"name": "Anna Berg", "also": [], "country": "Ghana"}\n\n'
    assert json_lines(good, "x.jsonl") == [{"name": "Anna Berg", "also": [], "country": "Ghana"}]
    with pytest.raises(KnowledgeError, match=r"^x\.jsonl, line 2: not valid JSON"):
        json_lines(good.replace('"Ghana"}', '"Ghana"'), "x.jsonl")
    with pytest.raises(KnowledgeError, match=r"^x\.jsonl, line 1: expected one JSON object per line$"):
        json_lines('["Anna Berg"]\n', "x.jsonl")


@pytest.mark.parametrize("text, side", [
    # the region written bare, no body of it read: the region is the side, and the missing party
    ("Jim Doyle signed a memorandum of understanding with Norvik Province in Lindau on Tuesday. Wisconsin and "
     "Norvik will exchange farming students.", "Wisconsin"),
    # the region's government named: that body
    ("Camilo Santana signed a memorandum of understanding with Norvik Medical Corporation in Lindau on Tuesday, "
     "one of several for the government of Ceará.", "Government of Ceará"),
    # a listed minister's country, written but read as no body, the same
    ("Zakir Hasanov signed a military cooperation plan with Norland Defence Ministry in Lindau on Tuesday. "
     "Azerbaijan will send officers to Norland.", "Azerbaijan"),
])
def test_a_listed_head_without_a_side_signs_for_the_region_or_country_the_article_writes(text: str, side: str) -> None:
    facts = facts_of(text)
    (mou,) = facts.agreements
    signer = text.split(" signed")[0]
    assert (signer, side) in signatures(facts), signatures(facts)
    assert side in mou.parties, mou.parties
