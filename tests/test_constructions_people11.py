"""People and the titles around their names (issue 11): a name after a
style that carries its pronoun ("His Excellency"), surnames written in
capitals as Japanese and Chinese official copy writes them, and a place's
body that runs on into its holder's name. Each case is a short invented
article read through the public extraction API."""
from __future__ import annotations

from invented import facts_of, posts


def test_title_then_his_excellency_gives_the_holder_the_post() -> None:
    facts = facts_of("The memorandum was signed by the Ambassador of Norway to Kenya, His Excellency Jon Philby, "
                     "and Amina Yusuf, Chief Executive Officer of Nordhavn Wind.")
    names = {p.name for p in facts.people}
    assert "Jon Philby" in names
    assert not any("His" in n or "Excellency" in n for n in names)
    assert ("Jon Philby", "Ambassador", "Norway") in posts(facts)


def test_surname_in_capitals_after_a_style_is_part_of_the_name() -> None:
    facts = facts_of("On March 7, 2025, in Port Vila, H.E. Mr. OKUDA Naohisa, Ambassador of Japan to Vanuatu, "
                     "and the Honourable Mr. Marc ATI, Minister of Foreign Affairs of Vanuatu, signed and "
                     "exchanged the notes.")
    names = {p.name for p in facts.people}
    assert {"OKUDA Naohisa", "Marc ATI"} <= names
    assert ("OKUDA Naohisa", "Ambassador", "Japan") in posts(facts)
    assert any(person == "Marc ATI" and title.startswith("Minister") for person, title, _ in posts(facts))


def test_letters_after_a_name_are_no_surname_in_capitals() -> None:
    facts = facts_of("The agreement was signed by Mr. Ravi Menon IAS, Secretary of the Kerala Water Authority, "
                     "and Anna Berg, Director of Nordhavn Wind.")
    names = {p.name for p in facts.people}
    assert "Ravi Menon" in names
    assert not any("IAS" in n for n in names)


def test_a_place_body_running_into_its_holders_name() -> None:
    facts = facts_of("Deputy Secretary General of the People's Government of Lundby Province Shen Qiu "
                     "attended the signing of the cooperation agreement between the two universities.")
    assert ("Shen Qiu", "Deputy Secretary General", "People's Government of Lundby Province") in posts(facts)


def test_envoy_posted_to_a_country_then_the_name_set_off() -> None:
    facts = facts_of("Ambassador of Japan to Kenya, Mr. Taro Sato, said the grant would build two schools "
                     "in Kisumu.")
    assert ("Taro Sato", "Ambassador", "Japan") in posts(facts)


def test_role_words_that_head_a_body_are_titles() -> None:
    facts = facts_of("Lundby Coast Guard (LCG) Commandant Ronald Gavin and Xu Lin, the county magistrate of "
                     "Qingyun County, attended the signing. Anna Berg, Member Secretary of the Lakeside Higher "
                     "Education Council, signed the MoU.")
    found = posts(facts)
    assert ("Ronald Gavin", "Commandant", "Lundby Coast Guard") in found
    assert ("Xu Lin", "county magistrate", "Qingyun County") in found
    assert ("Anna Berg", "Member Secretary", "Lakeside Higher Education Council") in found


def test_remit_or_body_straight_after_a_title_up_to_a_style_of_address() -> None:
    facts = facts_of("Lakeside University and Kisumu Polytechnic signed an MoU. On this occasion, Dean Faculty of "
                     "Engineering Prof Dr Tariq Butt, Registrar Dr Khalid Rana and Director External Linkages "
                     "Prof Dr Kanwal Amin were present.")
    names = {p.name for p in facts.people}
    assert {"Tariq Butt", "Kanwal Amin"} <= names
    assert not names & {"External Linkages", "Faculty"}



def test_body_straight_after_a_title_up_to_a_style_of_address() -> None:
    facts = facts_of("On this occasion, Chairman Department of Polymer Engineering Prof Dr Rafi Khan and Registrar Dr Khalid Rana "
                     "of Lakeside University were present at the signing.")
    assert ("Rafi Khan", "Chairman", "Department of Polymer Engineering") in posts(facts)


def test_a_second_title_ends_the_run_before_a_style() -> None:
    facts = facts_of("Former Mayor Lundby and President of the Lundby Friendship Association Dr Thomas Weber "
                     "attended the signing.")
    assert not any("and President" in title for _, title, _ in posts(facts))


def test_envoy_stationed_in_a_city_then_the_name_set_off() -> None:
    facts = facts_of("In turn, the ambassador of Norway in Nairobi, Lars Holm, who signed the agreement, said it "
                     "would fund two clinics.")
    assert ("Lars Holm", "ambassador", "Norway") in posts(facts)


def test_title_of_a_described_body_then_the_name_set_off() -> None:
    facts = facts_of("Nordhavn Wind Company and the Kisumu County Government signed an MoU on Monday. Managing "
                     "Director of the company, Alhaji Musa Bello, signed for the company.")
    assert any(person == "Musa Bello" and title == "Managing Director" for person, title, _ in posts(facts))


def test_head_and_chief_in_lower_case_are_posts() -> None:
    facts = facts_of("Taiwei Lin, the chief of Songjiang District, signed the protocol with Mingzhi Xu, the "
                     "chancellor of Donghua University. Ping Lu, the vice chief of Songjiang District, hosted the "
                     "ceremony, and Kisumu Football Federation chief Noel Otieno attended.")
    found = posts(facts)
    assert ("Taiwei Lin", "chief", "Songjiang District") in found
    assert ("Ping Lu", "vice chief", "Songjiang District") in found
    assert ("Noel Otieno", "chief", "Kisumu Football Federation") in found


def test_head_as_a_verb_or_in_a_phrase_gives_no_post() -> None:
    facts = facts_of("Anna Berg will head the delegation to Kisumu, where the two universities will sign an MoU. "
                     "The talks were held ahead of the visit.")
    assert not posts(facts)


def test_a_style_of_two_words_after_a_title_is_no_remit() -> None:
    facts = facts_of("The MoU was signed by Lanna Medical University President Associate Professor Somsak Wongsa "
                     "and Professor Anna Berg, Rector of Lakeside University.")
    assert ("Somsak Wongsa", "President", "Lanna Medical University") in posts(facts)
