"""Constructions read in the fiftieth session (invented sentences, one construction each)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page

from kg.extract import extract


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.title, p.organization) for p in facts_of(text).posts}


def test_a_lower_case_modifier_before_a_field_ministers_title_stays_in_the_title() -> None:
    # "Rudolf Scharping, former Defense Minister of Germany": the country's office, held before
    posts = _posts("Tang Wei met with Ola Dahl, former Defense Minister of Norway, on Sept 8.")
    assert ("Ola Dahl", "former Defense Minister", "Norway") in posts, posts


def test_a_narrow_modifier_in_lower_case_is_not_read_into_a_field_ministers_title() -> None:
    # "the state Finance Minister A": "state" says whose minister, it is no part of the title
    posts = _posts("The state Finance Minister Ola Dahl attended the signing.")
    assert not any(title.casefold().startswith("state") for _, title, _ in posts), posts


def test_a_full_time_post_is_a_post() -> None:
    # "Zhang Jianguo, full-time vice chairman of Shaanxi People's Association for Friendship ..."
    posts = _posts("Ola Dahl, full-time vice chairman of the Lindau Friendship Association, attended the signing.")
    assert ("Ola Dahl", "full-time vice chairman", "Lindau Friendship Association") in posts, posts


def test_titles_listed_with_commas_all_belong_to_the_body_the_last_names() -> None:
    # "Chen Li, Party chief, chairman and president of China Mobile Shanghai"
    posts = _posts("Karl Brenner, Party chief, chairman and president of Lindau Telecom, attended the signing.")
    assert {("Karl Brenner", "Party chief", "Lindau Telecom"), ("Karl Brenner", "chairman", "Lindau Telecom"),
            ("Karl Brenner", "president", "Lindau Telecom")} <= posts, posts


def test_a_title_set_off_alone_does_not_take_the_next_persons_title() -> None:
    # "A, Chairman, B, Secretary of X": no list of titles, two people
    posts = _posts("Karl Brenner, Chairman, and Ola Dahl, Secretary of the Lindau Trade Council, attended the signing.")
    assert not any(person == "Karl Brenner" and title == "Secretary" for person, title, _ in posts), posts


def test_one_present_as_the_chief_guest_witnessed_the_signing() -> None:
    # "Bangladesh Bank Governor A was present as the chief guest in the programme on Sunday"
    facts = facts_of("Lindau Bank and Norvik Bank Ltd signed an agreement for a refinancing scheme. Lindau Bank "
                     "Governor Peter Otieno was present as the chief guest in the programme on Sunday.")
    (agreement,) = facts.agreements
    assert agreement.witnesses == ["Peter Otieno"], agreement.witnesses


def test_a_given_name_by_its_letters_ends_the_body_before_it() -> None:
    # "Deputy Governor of Bangladesh Bank AKM Sajedur Rahman Khan, ...": the bank, then the person
    facts = facts_of("Lindau Bank and Norvik Bank Ltd signed an agreement. Among others, Deputy Governor of Lindau "
                     "Bank AKM Sajedur Rahman Khan and other seniors were present on the occasion.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Lindau Bank", "Norvik Bank Ltd"}, agreement.parties
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("AKM Sajedur Rahman Khan", "Deputy Governor", "Lindau Bank") in posts, posts


def test_a_signing_ceremony_held_here_is_in_the_datelines_town() -> None:
    # "ISLAMABAD, May 26 (APP): ... signed five documents ... / The signing ceremony was held here during ..."
    facts = facts_of("ISLAMABAD, May 26 (APP): Lindau University and Norvik Bank on Sunday signed a memorandum "
                     "of understanding. The signing ceremony was held here during the visit of a delegation.")
    (mou,) = facts.agreements
    assert mou.place == "Islamabad", mou.place


def test_a_forum_held_here_does_not_place_the_signing() -> None:
    # the town of another event is no signing's place
    facts = facts_of("ISLAMABAD, May 26 (APP): Lindau University and Norvik Bank on Sunday signed a memorandum "
                     "of understanding in Lahore. The forum was held here during the visit of a delegation.")
    (mou,) = facts.agreements
    assert mou.place == "Lahore", mou.place


def test_a_style_that_is_also_a_family_name_closes_the_name() -> None:
    # "Finance Advisor Abdul Hafeez Sheikh and members of the delegation"
    facts = facts_of("Lindau University and Norvik Bank signed a memorandum of understanding on Monday. The "
                     "ceremony was attended by Finance Advisor Abdul Hafeez Sheikh and members of the delegation.")
    (mou,) = facts.agreements
    assert mou.witnesses == ["Abdul Hafeez Sheikh"], mou.witnesses


def test_a_title_alone_joined_to_a_witness_names_the_one_who_holds_it() -> None:
    # "Prime Minister Imran Khan and the Chinese Vice President witnessed the signing ceremony"
    facts = facts_of("Lindau University and Norvik Bank signed a memorandum of understanding on Monday, during the "
                     "visit of Norland Vice President Li Ming. Prime Minister Anna Berg and the Vice President "
                     "witnessed the signing ceremony.")
    (mou,) = facts.agreements
    assert set(mou.witnesses) == {"Anna Berg", "Li Ming"}, mou.witnesses


def test_the_places_cooperation_is_between_are_the_sides() -> None:
    # "a letter of intent to strengthen friendly exchanges and cooperation between Foshan City in Guangdong and
    # Sambava City in Madagascar": each city named with where it is
    facts = facts_of("During the forum, Anna Berg witnessed the signing of a letter of intent to strengthen friendly "
                     "exchanges and cooperation between Lindau City in Bavaria and Sambava City in Madagascar.")
    (letter,) = facts.agreements
    assert set(letter.parties) == {"Lindau City", "Sambava City"}, letter.parties


def test_a_sentences_stop_is_no_part_of_a_places_name() -> None:
    facts = facts_of("Anna Berg witnessed the signing of a letter of intent between Lindau City and Sambava City.")
    (letter,) = facts.agreements
    assert set(letter.parties) == {"Lindau City", "Sambava City"}, letter.parties


def test_a_city_nazim_heads_the_datelines_city() -> None:
    # "KARACHI, April 30: City Nazim Mustafa Kamal and Lord Mayor of Port Louis Reza Issack inked ..."
    facts = facts_of("KARACHI, April 30: City Nazim Omar Farooq and Lord Mayor of Port Louis Anna Berg inked a "
                     "sister-city agreement on Monday. The agreement is good for Karachi.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Karachi", "Port Louis"}, agreement.parties
    assert ("Omar Farooq", "Karachi") in {(s.person, s.on_behalf_of) for s in agreement.signatures}


def test_a_retired_officers_rank_opens_the_name_after_a_body() -> None:
    # "Founder of TABA Foundation Brig (r) Asif Mahmood ... were present on the occasion"
    facts = facts_of("Lindau University and Delta Foundation signed an MoU. Prof Anna Berg and Founder of Delta "
                     "Foundation Brig (r) Omar Farooq were present on the occasion.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lindau University", "Delta Foundation"}, mou.parties
    assert set(mou.witnesses) == {"Anna Berg", "Omar Farooq"}, mou.witnesses
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Omar Farooq", "Founder", "Delta Foundation") in posts, posts


def test_a_remit_in_brackets_may_join_two_fields_with_an_ampersand() -> None:
    # "Rajat Kumar, Secretary (Commerce & Industries), Government of Chhattisgarh and ..."
    facts = facts_of("The MoU was signed by Anna Berg, Secretary (Commerce & Industries), Government of Lindau and "
                     "Li Ming, Director (Business Development), Norvik Gas Limited.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Government of Lindau", "Norvik Gas Limited"}, mou.parties


def test_letters_that_spell_a_title_and_its_remit_make_the_remit_no_body() -> None:
    # "Vice-Admiral Sandeep Naithani, Chief of Materiel (COM) on behalf of Indian Navy"
    facts = facts_of("The MoU was signed by Vice-Admiral Anna Berg, Chief of Materiel (COM) on behalf of the Lindau "
                     "Navy and Li Ming, Director of Norvik Shipyards.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Lindau Navy", "Norvik Shipyards"}, mou.parties
    assert ("Anna Berg", "Lindau Navy") in {(s.person, s.on_behalf_of) for s in mou.signatures}


def test_a_trailing_first_time_is_no_part_of_a_field() -> None:
    # "in the field of water resources for the first time"
    facts = facts_of("Lindau and Norvik signed a memorandum of understanding on cooperation in the field of water "
                     "resources for the first time.")
    (mou,) = facts.agreements
    assert mou.areas == ["water resources"], mou.areas


def test_a_company_suffix_with_its_stop_ends_the_sentence_before_a_persons_name() -> None:
    # "... and Inner Mongolia Energy Group Co., Ltd. Wang Lixia and Zou Lei attended the ceremony ..."
    facts = facts_of("Lindau Bank signed an agreement with Norvik Energy Group Co., Ltd. Wang Li and Zou Lei attended "
                     "the ceremony.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Lindau Bank", "Norvik Energy Group Co., Ltd."}, agreement.parties
    assert set(agreement.witnesses) == {"Wang Li", "Zou Lei"}, agreement.witnesses


def test_a_company_suffix_then_a_title_keeps_the_post() -> None:
    # "Lindau Steel Co., Ltd. Chairman Wang Lixia said": the body's chairman, in the same sentence
    facts = facts_of("Lindau Steel Co., Ltd. Chairman Wang Li said the company signed an MoU with Norvik Bank.")
    posts = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Wang Li", "Chairman", "Lindau Steel Co., Ltd.") in posts, posts


def test_witnesses_of_the_agreement_told_again_in_the_singular_witness_each() -> None:
    # "China Datang signed strategic cooperation agreements with A and B. C and D ... witnessed the signing of the
    # strategic cooperation agreement": one agreement with each body, both witnessed
    facts = facts_of("Lindau Bank signed strategic cooperation agreements with Norvik Group and Delta Port. Wang Li "
                     "and Zou Lei attended the ceremony and witnessed the signing of the strategic cooperation "
                     "agreement.")
    assert [sorted(a.witnesses) for a in facts.agreements] == [["Wang Li", "Zou Lei"]] * 2, facts.agreements


def test_two_initials_open_a_name_after_a_country_a_title_is_of() -> None:
    # "paid a courtesy call on Prime Minister of Nepal KP Sharma Oli"
    posts = _posts("Minister Anna Berg paid a courtesy call on Prime Minister of Nepal KP Sharma Oli today.")
    assert ("KP Sharma Oli", "Prime Minister", "Nepal") in posts, posts


def test_three_capitals_after_a_body_are_its_letters_not_initials() -> None:
    # "head of the National Security Office BBN Stanislaw Koziej": the office's letters, then the name
    posts = _posts("The memorandum was signed by head of the National Security Office BBN Stanislaw Koziej in Warsaw.")
    assert not any(person.startswith("BBN") for person, _, _ in posts), posts


def test_a_body_described_before_its_name_is_named_by_it() -> None:
    # "has signed an agreement with Russian petrochemical company Sibur on the Amur GCC"
    for text in ("Lindau Oil signed an agreement with Russian petrochemical company Sibur on Monday.",
                 "Lindau Oil signed an agreement with the Russian company Sibur on Monday."):
        (agreement,) = facts_of(text).agreements
        assert set(agreement.parties) == {"Lindau Oil", "Sibur"}, agreement.parties


def test_a_body_described_then_its_officer_is_not_a_body_named() -> None:
    (agreement,) = facts_of("Lindau Oil signed an agreement with the company Chairman Wang Li on Monday.").agreements
    assert agreement.parties == ["Lindau Oil"], agreement.parties


def test_a_body_described_before_its_name_signs_as_a_body_not_a_person() -> None:
    # "Chinese lithium giant Ganfeng Lithium signed an MoU with the province of Jujuy"
    facts = facts_of("Chinese lithium giant Ganfeng Lithium signed an MoU with the province of Jujuy on Monday.")
    (mou,) = facts.agreements
    assert set(mou.parties) == {"Ganfeng Lithium", "Jujuy"}, mou.parties
    assert not mou.signatures, mou.signatures


def test_a_province_named_after_its_country_is_not_the_country() -> None:
    # "the Memorandum Between Shaanxi province of China and Antwerp Province of Belgium"
    facts = facts_of("Both sides signed the Memorandum between Lindau province of China and Antwerp Province of Belgium.")
    (memorandum,) = facts.agreements
    assert "China" not in memorandum.parties and "Belgium" not in memorandum.parties, memorandum.parties


def test_a_joint_witness_and_a_presidency_name_witnesses() -> None:
    # "under the joint witness of President Xi Jinping and French President ...", "under the presidency of A"
    facts = facts_of("Under the joint witness of President Zhou Ming and President Anna Berg, Lindau Grid Company signed a "
                     "framework agreement with Norvik Power Company.")
    (agreement,) = facts.agreements
    assert set(agreement.witnesses) == {"Zhou Ming", "Anna Berg"}, agreement.witnesses
    assert not agreement.signatures, agreement.signatures
    facts = facts_of("Lindau Bank and Norvik Bank signed two loan agreements. The signing ceremony was held this "
                     "morning under the presidency of Prime Minister Zhou Ming.")
    assert all(a.witnesses == ["Zhou Ming"] for a in facts.agreements), facts.agreements


def test_people_present_in_this_ceremony_witnessed_it() -> None:
    # "Ms. A, High Commissioner of Malaysia to Bangladesh were present in this ceremony as dignitaries"
    facts = facts_of("The two universities signed a memorandum of understanding on Monday. Anna Berg and Li Ming "
                     "were present in this ceremony as dignitaries.")
    (mou,) = facts.agreements
    assert set(mou.witnesses) == {"Anna Berg", "Li Ming"}, mou.witnesses


def test_one_present_at_the_signing_of_the_agreement_witnessed_it() -> None:
    # "Also present at the signing of the agreement was the UCM Pastoral Coordinator, A, who ..."
    facts = facts_of("Lindau University and Norvik University signed a collaboration agreement on Monday. Also "
                     "present at the signing of the agreement was the Pastoral Coordinator, Clara Lind, who is a dean.")
    (agreement,) = facts.agreements
    assert agreement.witnesses == ["Clara Lind"], agreement.witnesses


def test_a_letter_of_exchange_is_an_agreement() -> None:
    facts = facts_of("Vice Minister Deng Bo and Secretary Noor Ahmed also signed a Letter of Exchange for Disaster "
                     "Relief Goods between Lindau and Norvik.")
    assert [a.kind for a in facts.agreements] == ["letter of exchange"], facts.agreements


def test_the_other_signer_after_an_agreements_title_and_with() -> None:
    # "signed a Memorandum of Understanding on Sister City Relations with Medellin's mayor Daniel Quintero Calle"
    facts = facts_of("On Sep. 15, 2021, Lindau's Mayor Tang Li signed a Memorandum of Understanding on Sister City "
                     "Relations with Medellin's mayor Daniel Quintero Calle.")
    (mou,) = facts.agreements
    assert {(s.person, s.on_behalf_of) for s in mou.signatures} == {
        ("Tang Li", "Lindau"), ("Daniel Quintero Calle", "Medellin")}, mou.signatures


def test_a_country_after_a_town_in_the_headline_is_where_the_town_is(tmp_path: Path) -> None:
    # "Chongqing signed sister-city MOU with Medellin, Colombia"
    facts = extract(page(tmp_path, "a.txt", "Lindau signed sister-city MOU with Medellin, Colombia\n\nOn Sep. 15, "
                                            "2021, the two cities signed a Memorandum of Understanding on Sister City "
                                            "Relations in Lindau.\n"))
    (mou,) = facts.agreements
    assert "Colombia" not in mou.parties, mou.parties


def test_countries_listed_in_the_headline_are_each_a_side(tmp_path: Path) -> None:
    # "Georgia, Azerbaijan, Turkey Sign New Co-Operation Agreement"
    facts = extract(page(tmp_path, "a.txt", "Georgia, Azerbaijan, Turkey Sign New Cooperation Agreement\n\nThe "
                                            "foreign ministers signed a new action plan on Monday.\n"))
    assert all({"Azerbaijan", "Turkey"} <= set(a.parties) for a in facts.agreements), facts.agreements
