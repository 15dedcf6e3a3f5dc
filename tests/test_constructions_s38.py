"""Constructions read in the thirty-eighth session (invented names and texts; real country names)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_a_minister_s_listed_remit_runs_into_the_name() -> None:
    # "Minister of Trade, Industry and Energy Piet Vermeer": the remit listed up to its "and", then the name
    facts = facts_of("Ghana and Kenya signed five agreements on Monday. Energy Secretary Anna Berg and Minister of "
                     "Trade, Industry and Energy Piet Vermeer signed a memorandum of understanding on trade.")
    assert ("Piet Vermeer", "Kenya") in signatures(facts), signatures(facts)
    assert ("Piet Vermeer", "Minister of Trade, Industry and Energy", "Kenya") in posts(facts), posts(facts)


def test_a_signer_s_guessed_country_is_the_country_of_a_post_with_no_body() -> None:
    # no sentence ties either signer to a side; the side chooser guesses one each, and the guessed
    # country, a state, is the body of their posts that name none
    facts = facts_of("Ghana and Kenya signed five agreements on Monday. Energy Secretary Anna Berg and Minister of "
                     "Trade, Industry and Energy Piet Vermeer signed a memorandum of understanding on trade.")
    assert ("Anna Berg", "Energy Secretary", "Ghana") in posts(facts), posts(facts)


def test_a_listed_remit_then_a_styled_name() -> None:
    facts = facts_of("The Government of Ghana and the Government of Kenya signed an agreement on Monday. The agreement "
                     "was signed by Anna Berg and Minister of Labour, Youth and Sports Dr Piet Vermeer.")
    assert any(p[:2] == ("Piet Vermeer", "Minister of Labour, Youth and Sports") for p in posts(facts)), posts(facts)


def test_a_remit_joined_by_and_then_a_name_the_model_reads_as_a_body() -> None:
    for style in ("", "Dr "):
        facts = facts_of(f"He met the visiting Kenyan Minister of International Relations and Cooperation {style}"
                         "Piet Vermeer on Monday.")
        assert ("Piet Vermeer", "Minister of International Relations and Cooperation", "Kenya") in posts(facts), \
            (style, posts(facts))


def test_an_envoy_s_posting_country_then_a_name_the_model_reads_in_part() -> None:
    # the model reads only the last word as a person; the country of the posting ends the title
    facts = facts_of("Japanese Ambassador to Vietnam Maeda Satoshi spoke of the friendship between Izumisano and "
                     "Binh Dinh, while expressing his belief in it.")
    assert ("Maeda Satoshi", "Japanese Ambassador to Vietnam", "Japan") in posts(facts), posts(facts)


def test_an_agreement_other_people_sign_is_another_one() -> None:
    # "also penned an MOU" after an MOU two others signed: a second MOU, not the first one told again
    facts = facts_of("Ghana and Kenya signed three agreements on Monday. Defense Secretary Anna Berg and Lars Holm "
                     "signed an MOU for cooperation on renewable energy. Transportation Secretary Piet Vermeer and "
                     "Minister of Transport Kim Sun-ok also penned an MOU.")
    signed = [sorted(s.person for s in a.signatures) for a in facts.agreements if a.signatures]
    assert sorted(signed) == [["Anna Berg", "Lars Holm"], ["Kim Sun-ok", "Piet Vermeer"]], signed


def test_the_same_people_signing_an_agreement_again_tell_the_same_one() -> None:
    facts = facts_of("Ghana and Kenya signed an MOU on Monday. Defense Secretary Anna Berg and Lars Holm signed an "
                     "MOU for cooperation on renewable energy in Accra.")
    assert len([a for a in facts.agreements if a.signatures]) == 1, facts.agreements


def test_a_party_secretary_listed_under_a_body_and_the_list_after_it() -> None:
    # "LMCH President A, Party Secretary B, ..., as well as Norvik University Party Secretary C, President D":
    # each list's posts are of the body that opens it, and "Party" is the title's, not the university's name
    facts = facts_of("Norvik University and Lakeside Medical College Hospital (LMCH) signed a strategic cooperation "
                     "agreement. LMCH President Zhang Shuyang, Party Secretary Wu Peixin, as well as Norvik University "
                     "Party Secretary Zhao Changlu, President Wang Yunpeng and Vice President Tao Zhi attended the "
                     "signing ceremony.")
    held = posts(facts)
    assert ("Wu Peixin", "Party Secretary", "Lakeside Medical College Hospital") in held, held
    assert ("Zhao Changlu", "Party Secretary", "Norvik University") in held, held
    assert ("Wang Yunpeng", "President", "Norvik University") in held, held
    assert not any(org == "Norvik University Party" for _, _, org in held), held


def test_the_next_signer_s_title_and_body_after_and_are_not_the_first_signer_s() -> None:
    # "signed by Minister A and Ambassador of China to Botswana, Mr B": China is B's, and A signed for Botswana
    facts = facts_of("Botswana and China recently signed two agreements. The agreements, signed by Minister of "
                     "Finance and Economic Development, Mr Piet Vermeer and Ambassador of China to Botswana, Mr Li "
                     "Wei, included an economic and technical cooperation agreement.")
    assert ("Piet Vermeer", "Botswana") in signatures(facts), signatures(facts)
    assert ("Li Wei", "China") in signatures(facts), signatures(facts)


def test_delegates_from_a_party_still_sign_for_it() -> None:
    facts = facts_of("Lakeside University and Norvik College signed an MoU. The MoU was signed by President Anna Berg "
                     "and three other delegates from Lakeside University and by Rector Piet Vermeer.")
    assert ("Anna Berg", "Lakeside University") in signatures(facts), signatures(facts)


def test_an_agreement_named_by_its_place_in_the_count_alone() -> None:
    # "two agreements ... The first was signed by A and B": the first of the two, its signers A and B
    facts = facts_of("The minister attended the signing ceremonies of two agreements in Beijing. The first was signed "
                     "by Anna Berg, Chairman of Lindau Ports, and Li Wei, Chairman of Norvik Trading. The second "
                     "agreement was signed by Anna Berg and Piet Vermeer, President of Delta Bank.")
    signed = sorted(sorted(s.person for s in a.signatures) for a in facts.agreements)
    assert signed == [["Anna Berg", "Li Wei"], ["Anna Berg", "Piet Vermeer"]], signed


def test_a_bare_name_after_a_preposition_of_place_signs_nothing() -> None:
    # the model reads the port as a person; "from" says it is where the products ship from
    facts = facts_of("The agreement was signed by Anna Berg, Chairman of Lindau Ports, and Li Wei, Chairman of Norvik "
                     "Trading, to store and ship products to the world from Jebel Ali.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Anna Berg", "Li Wei"}, facts.agreements


def test_a_body_s_possessive_before_its_head_s_title() -> None:
    # "Lindau World’s Group Chairman A": the body is Lindau World's, not "Lindau World’s Group"
    facts = facts_of("The first was signed by Lindau World’s Group Chairman Anna Berg and Li Wei, Chairman of Norvik "
                     "Trading, to build a new market.")
    assert not any("Group" in o.name for o in facts.organizations), [o.name for o in facts.organizations]


def test_a_middle_initial_without_its_stop_stays_in_the_name() -> None:
    facts = facts_of("The agreement was signed by Dr Waleed A Haddad, the chief executive officer of the Lindau Trade "
                     "Finance Corporation (LTFC), on behalf of LTFC.")
    assert ("Waleed A Haddad", "chief executive officer", "Lindau Trade Finance Corporation") in posts(facts), \
        posts(facts)


def test_a_name_after_a_place_s_people_s_committee_is_the_chairman_s() -> None:
    # the model reads the committee and the name as one body; the title before it says a name follows
    facts = facts_of("Chairman of the Lindau provincial People’s Committee Tran Quoc Binh said the agreement is a good "
                     "start.")
    assert ("Tran Quoc Binh", "Chairman", "Lindau provincial People's Committee") in posts(facts), posts(facts)


def test_a_middle_initial_without_its_stop_after_a_title() -> None:
    facts = facts_of("The loan was signed by Chief Executive Officer Waleed A Haddad and Rector Anna Berg.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Waleed A Haddad", "Anna Berg"}, \
        facts.agreements


def test_a_currency_s_code_before_its_amount_is_no_place() -> None:
    facts = facts_of("The Lindau City Council on Tuesday signed a guarantee agreement with the Delta Bank, which "
                     "organized a package of financing for urban transport in the amount of EUR 18 million.")
    assert [a.place for a in facts.agreements] == [None], [a.place for a in facts.agreements]


def test_a_lower_case_list_of_fields_before_minister_is_the_title_s_remit() -> None:
    facts = facts_of("Morocco and Senegal signed an agreement on energy. The agreement was signed by energy, mining, "
                     "water and environment minister, Anna Berg and Senegal’s minister of energy and mining, Piet "
                     "Vermeer.")
    assert any(p[:2] == ("Anna Berg", "energy, mining, water and environment minister") for p in posts(facts)), \
        posts(facts)


def test_a_minister_s_remit_going_on_in_lower_case() -> None:
    facts = facts_of("Rwanda and France signed two financing agreements. The agreements were signed by Anna Berg, "
                     "Rwanda's Minister of Finance and economic planning and Piet Vermeer, Chargé d'affaires of France "
                     "to Rwanda in Kigali.")
    assert ("Anna Berg", "Minister of Finance and economic planning", "Rwanda") in posts(facts), posts(facts)
