"""Constructions read in the fifty-third session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of


def _parties(text: str) -> list[str]:
    return [party for a in facts_of(text).agreements for party in a.parties]


def test_an_aggregators_source_and_the_dateline_town_are_no_sides_referred_back() -> None:
    # "(MENAFN- Kuwait News Agency (KUNA)) HANGZHOU, Sept 22 (KUNA) -- ... witnessed the signing ... The two
    # sides signed": the agency and the town the story was filed from are not the two sides
    parties = _parties("(MENAFN- Norvik News Agency (NNA)) HANGZHOU, Sept 22 (NNA) -- Crown Prince Anders Holm and "
                       "President Li Wen witnessed the signing of cooperation agreements at the lakeside guest house "
                       "on Friday.\nThe two sides signed a joint statement on a cooperation plan for 2024-28.")
    assert "Norvik News Agency" not in parties and "HANGZHOU" not in parties, parties


def test_a_place_named_with_its_head_in_lower_case_signs() -> None:
    # "Changchun city ... signed a framework agreement": the model may call the partner's name a verb
    parties = _parties("Harbin city signed a framework agreement with Daqing city on Aug 10.")
    assert sorted(parties) == ["Daqing city", "Harbin city"], parties


def test_a_demonym_before_a_places_head_is_no_name() -> None:
    # guard: "the Pakistani city of Murree and the Chinese city of Dujiangyan signed"
    parties = _parties("The Norlandic city of Lindau and the Chinese city of Harbin signed a letter of intent.")
    assert "Chinese city" not in parties, parties


def test_a_pair_of_places_signs_after_where_they_lie_and_the_day() -> None:
    # "A city and B city in Northeast China's C province on Aug 10 signed a framework agreement"
    parties = _parties("Harbin city and Daqing city in Northeast China's Heilongjiang province on Aug 10 signed a "
                       "framework agreement to promote their integrated development.")
    assert sorted(parties) == ["Daqing city", "Harbin city"], parties


def test_a_particle_inside_the_place_a_body_is_named_after_keeps_the_name_whole() -> None:
    # "University of Dar es Salaam" was "University of Dar"
    parties = _parties("The University of Dar es Salaam signed a memorandum of understanding with Norvik University.")
    assert "University of Dar es Salaam" in parties, parties


def test_a_particle_after_a_field_is_a_persons_name() -> None:
    # guard: "the Ministry of Health de Souza": the body, then a person's name
    parties = _parties("The Ministry of Health de Souza signed an MoU with Norvik University.")
    assert "Ministry of Health" in parties, parties


def test_a_body_of_a_state_by_its_official_form_keeps_the_state() -> None:
    # "Ministry of Social Security and Labour of the Republic of Lithuania": the state's form, then its country
    parties = _parties("The Ministry of Energy of the Republic of Estonia signed an agreement with Norvik University.")
    assert "Ministry of Energy of the Republic of Estonia" in parties, parties


def test_a_post_of_the_city_of_a_place_is_the_places() -> None:
    # "the mayor of the city of Arlington, Jim Ross": the city by its name, past its level in lower case
    facts = facts_of("The agreement was signed by the mayor of the city of Lindau, Anna Berg, and the governor of "
                     "the province of Norvik, Li Ming.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert {("Anna Berg", "mayor", "Lindau"), ("Li Ming", "governor", "Norvik")} <= posts, posts


def test_a_room_of_a_lower_case_body_keeps_the_place_it_is_of() -> None:
    # "at the headquarters of the municipality of Laayoune" was cut at "municipality"
    (agreement,) = facts_of("The agreement was signed by Anna Berg and Li Ming at the headquarters of the "
                            "municipality of Lindau on Monday.").agreements
    assert agreement.place == "headquarters of the municipality of Lindau", agreement.place


def test_a_bodys_letters_with_its_head_word_are_the_body() -> None:
    # "African Methodist Episcopal University (AME) ... initialed for AME University": one body
    parties = _parties("The Lindau Technology College (LTC) has signed a memorandum of understanding with the Norvik "
                       "Methodist Episcopal University (NME). Professor Ola Dahl signed for LTC while Dr Anna Berg "
                       "signed for NME University.")
    assert "NME University" not in parties, parties


def test_two_countries_the_model_reads_as_one_body_are_two_sides() -> None:
    # "a partnership agreement between Chile and Samoa": the model reads one ORG
    parties = _parties("They signed a partnership agreement between Chile and Samoa.")
    assert sorted(parties) == ["Chile", "Samoa"], parties


def test_a_country_named_with_and_is_one_side() -> None:
    # guard: "Trinidad and Tobago signed" is one country, not a pair of places that sign
    parties = _parties("Trinidad and Tobago signed an agreement with Chile.")
    assert sorted(parties) == ["Chile", "Trinidad and Tobago"], parties


def test_a_time_then_a_town_opening_the_sentence_is_where_it_was_signed() -> None:
    # "Today in Apia, A and B came together to sign": "Today" is no name a body is "in"
    (agreement,) = facts_of("Today in Apia, Chile and Samoa signed a partnership agreement.").agreements
    assert agreement.place == "Apia", agreement.place


def test_a_place_written_with_its_level_elsewhere_and_a_company_are_two_sides() -> None:
    # "between Guangming and Diribo GmbH", where the text also writes "Guangming District"
    parties = _parties("Lindau District opened a park last year. A strategic cooperation framework agreement was "
                       "signed between Lindau and Norvik Sensors GmbH on Monday.")
    assert "Norvik Sensors GmbH" in parties and not any(" and " in p for p in parties), parties


def test_a_place_with_its_level_and_a_company_are_two_sides() -> None:
    parties = _parties("A strategic cooperation framework agreement was signed between Lindau District and Norvik "
                       "Sensors GmbH on Monday.")
    assert sorted(parties) == ["Lindau District", "Norvik Sensors GmbH"], parties


def test_the_city_of_a_place_signs_after_where_it_lies_and_the_day() -> None:
    # "The city of Fuzhou in China's Jiangxi Province on Thursday signed a memorandum ... with Lusaka"
    parties = _parties("The city of Harbin in China's Heilongjiang Province on Thursday signed a memorandum of "
                       "understanding with Lusaka, the Zambian capital.")
    assert "Harbin" in parties, parties


def test_leaders_attending_the_ceremony_including_named_people_are_witnesses() -> None:
    (agreement,) = facts_of("Lindau University and Norvik City signed a cooperation agreement on Monday. Several "
                            "leaders attended the ceremony, including Mayor Ola Dahl and Deputy Mayor Anna Berg.").agreements
    assert sorted(agreement.witnesses) == ["Anna Berg", "Ola Dahl"], agreement.witnesses


def test_a_demonym_after_and_closing_a_bodys_remit_is_no_part_of_it() -> None:
    # "between the Public Authority for Housing Welfare and Chinese ministry of trade"
    parties = _parties("The minister signed an MoU between the Lindau Authority for Housing Welfare and Chinese "
                       "ministry of trade regarding housing.")
    assert "Lindau Authority for Housing Welfare" in parties, parties


def test_ps_before_a_name_is_a_title() -> None:
    # "PS Kiptoo and Wang Shaodan, Chairman of the China Africa Development Fund, also signed": no body "PS Kiptoo"
    parties = _parties("PS Ola Dahl and Anna Berg, Chairman of the Norvik Development Fund (NDF), also signed a "
                       "Memorandum of Understanding on trade.")
    assert not any(p.startswith("PS") for p in parties), parties


def test_witnesses_of_the_signing_and_exchange_of_the_agreements() -> None:
    # "The Foreign Ministers ..., A and B, respectively, witnessed the signing and exchange of agreements":
    # "and exchange" is a second noun of the signing, not a deed that makes them signers
    (agreement,) = facts_of("Lindau and Norvik signed an agreement on Monday. Ola Dahl and Anna Berg witnessed the "
                            "signing and exchange of the agreements.").agreements
    assert sorted(agreement.witnesses) == ["Anna Berg", "Ola Dahl"], agreement.witnesses
