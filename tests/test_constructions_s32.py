"""Constructions read in the thirty-second session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts

from kg.facts import ArticleFacts


def _parties(facts: ArticleFacts) -> list[str]:
    """Every agreement's parties, in order."""
    return [p for a in facts.agreements for p in a.parties]


def test_an_honorific_and_a_named_persons_surname_is_no_party() -> None:
    # "Mr Slate also signed ... with X", after "Minister ..., Arden Slate": the minister signed, and
    # "Mr Slate" is neither a party nor the body of his post
    facts = facts_of("Minister for Trade and Planning, Arden Slate said Veldonia is committed to hydrogen.\n\n"
                     "While in Lisbon, Mr Slate also signed a statement of intent with the Norvik Institute of "
                     "Technology.")
    parties = _parties(facts)
    assert parties and "Mr Slate" not in parties, parties
    assert not any(p[2] == "Mr Slate" for p in posts(facts)), posts(facts)


def test_an_honorific_opening_a_company_name_keeps_the_company() -> None:
    # an honorific before a word that is nobody's surname in the article is a company's name
    facts = facts_of("Dr Lindqvist Laboratories signed a memorandum of understanding with the Norvik Institute "
                     "of Technology in Lisbon on Monday.")
    parties = _parties(facts)
    assert "Dr Lindqvist Laboratories" in parties, parties


def test_a_country_whose_name_holds_and_signs_as_one() -> None:
    # the model may find "Trinidad" and "Tobago" as two places: the country's name is one side
    facts = facts_of("Trinidad and Tobago and Norland signed a memorandum of understanding in Port Selby on "
                     "Sunday. The two sides will cooperate in trade.")
    parties = _parties(facts)
    assert "Trinidad and Tobago" in parties and "Tobago" not in parties, parties


def test_the_governments_of_a_country_whose_name_holds_and() -> None:
    # "the governments of Trinidad and Tobago and Norland": two governments, not three
    facts = facts_of("The governments of Trinidad and Tobago and Norland sign MOU on trade\n\n"
                     "The memorandum of understanding was signed on Sunday in Port Selby.")
    parties = _parties(facts)
    assert sorted(parties) == ["Norland", "Trinidad and Tobago"], parties


def test_a_place_with_a_particle_opens_a_bodys_name() -> None:
    # "Vila dos Cedros City Council": the town's particle is inside the council's name
    facts = facts_of("Vila dos Cedros City Council signed a cooperation agreement with Norvik Municipal "
                     "Government on Monday.")
    parties = _parties(facts)
    assert "Vila dos Cedros City Council" in parties, parties


def test_a_particle_after_a_bodys_head_starts_no_place() -> None:
    # after the body's head word, "da Silva" is the holder's name, not more of the body's
    facts = facts_of("The Norvik Port Authority and Delta Shipping signed an agreement on Monday. Port "
                     "Authority President Ana da Silva attended.")
    parties = _parties(facts)
    assert "Norvik Port Authority" in parties, parties


def test_a_capital_dateline_with_its_date_in_brackets_is_no_side() -> None:
    # "VIENTIANE (Feb 20, 2014): A and B today signed ...": where the story was filed, not a party
    facts = facts_of("Malaysia, Cambodia sign MoU on higher education\n\n20 Feb 2014 / 23:08 H.\n\nVIENTIANE (Feb 20, "
                     "2014): Malaysia and Cambodia today signed a memorandum of understanding (MoU) on cooperation "
                     "in higher education.\nVisiting Malaysian Deputy Prime Minister Omar Ruzzi signed on behalf of "
                     "the Malaysian government while Cambodian Minister of Education Arden Slate signed for the "
                     "Cambodian government.")
    parties = _parties(facts)
    assert sorted(parties) == ["Cambodia", "Malaysia"], parties


def test_two_ministers_named_by_surname_are_no_parties() -> None:
    # "Quell and Al Rasheed also signed an MoU between X and Y": the ministers, by surname, sign; the two
    # institutes are the sides
    facts = facts_of("LINDAU - Foreign Minister Dara Quell on Thursday held talks with Veldonia's Foreign Minister "
                     "Omar Bin Salim Al Rasheed.\n\nQuell and Al Rasheed also signed an MoU between the Norland "
                     "Diplomatic Institute and the Veldonia Academy for Diplomacy.")
    parties = _parties(facts)
    assert "Al Rasheed" not in parties and "Quell" not in parties, parties


def test_a_style_of_address_is_no_party() -> None:
    # "Today, His Excellency the Chief Executive of X, Mr. A, signed ... with Her Excellency the Minister":
    # the style is nobody's name
    facts = facts_of("Lindau: Today, His Excellency the Chief Executive Officer of the Norland Fund for "
                     "Development, Mr. Omar Ruzzi, signed a Memorandum of Understanding at the Fund's "
                     "headquarters in Lindau with Her Excellency the Foreign Minister of the Republic of "
                     "Veldonia, Mira Castell.")
    parties = _parties(facts)
    assert "His Excellency" not in parties and parties, parties


def test_a_surname_with_its_particle_names_the_person_again() -> None:
    # "Omar Bin Salim Al Rasheed" named in full, then "Quell and Al Rasheed also signed": both sign
    facts = facts_of("LINDAU - Foreign Minister Dara Quell on Thursday held talks with Veldonia's Foreign Minister "
                     "Omar Bin Salim Al Rasheed.\n\nQuell and Al Rasheed also signed an MoU between the Norland "
                     "Diplomatic Institute and the Veldonia Academy for Diplomacy.")
    signers = {s.person for a in facts.agreements for s in a.signatures}
    assert {"Dara Quell", "Omar Bin Salim Al Rasheed"} <= signers, signers


_TWO_SIGNERS = ("Norvik Holdings and Delta Trading signed a memorandum of understanding on Monday in Lisbon.\n\n"
                "The memorandum was signed by {a} and {b}.")


def test_titled_signers_with_no_side_told_take_the_likeliest_open_parties() -> None:
    # two officials whose posts name no body: the side chooser's likeliest assignment of the open parties
    # (here the signers' order) rather than none, as the development set's readers read them
    facts = facts_of(_TWO_SIGNERS.format(a="Chairman Arden Slate", b="Chairman Mira Castell"))
    sides = {s.person: s.on_behalf_of for a in facts.agreements for s in a.signatures}
    assert sides == {"Arden Slate": "Norvik Holdings", "Mira Castell": "Delta Trading"}, sides


def test_signers_named_bare_are_left_without_a_side() -> None:
    # "signed by A and B", no post: nothing a reader could go by (the corpus's convention)
    facts = facts_of(_TWO_SIGNERS.format(a="Arden Slate", b="Mira Castell"))
    sides = {s.person: s.on_behalf_of for a in facts.agreements for s in a.signatures}
    assert sides == {"Arden Slate": None, "Mira Castell": None}, sides


def test_a_guessed_side_gives_no_body_to_a_post() -> None:
    # the guess is a signature's, not a post's: "Chairman Arden Slate" stays a chairman of no body read
    facts = facts_of(_TWO_SIGNERS.format(a="Chairman Arden Slate", b="Chairman Mira Castell"))
    assert ("Arden Slate", "Norvik Holdings") in {(s.person, s.on_behalf_of) for a in facts.agreements
                                                  for s in a.signatures}
    assert not any(p[0] == "Arden Slate" and p[2] == "Norvik Holdings" for p in posts(facts)), posts(facts)


def test_one_agreement_and_a_count_of_others_are_all_signed() -> None:
    # "signed documents, including one agreement, four MoUs and a programme": one and four more
    facts = facts_of("Norland and Veldonia on Sunday signed a series of cooperation documents, including one "
                     "agreement, four memoranda of understanding (MoUs), and a cultural exchange program.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["agreement"] + ["memorandum of understanding"] * 4, kinds


def test_one_of_a_count_is_still_one() -> None:
    # "an MoU, one of five agreements signed at the forum": the count is the forum's, not this signing's
    facts = facts_of("Norland signed an MoU with Veldonia, one of five agreements signed at the forum.")
    assert len(facts.agreements) == 1, [a.kind for a in facts.agreements]


def test_the_letters_of_an_agreement_name_no_body() -> None:
    # "a Letter of Intent (LoI)", then "the LoI": the agreement, never an organization of the graph
    facts = facts_of("Norvik Municipal Council (NMC) and Delta City signed a Letter of Intent (LoI) on Feb 7 to "
                     "establish closer relations.\n\nThe LoI will further strengthen trade between the two cities, "
                     "the LoI's organisers said.")
    names = {o.name for o in facts.organizations} | {a for o in facts.organizations for a in o.aliases}
    assert "LoI" not in names, names


def test_a_centre_of_excellence_stays_in_its_article() -> None:
    # "Centre of Excellence" names a different centre in every article: it joins no other article's
    facts = facts_of("The Norvik Institute and the Centre of Excellence signed a memorandum of understanding on "
                     "Monday in Lisbon.")
    centre = next(o for o in facts.organizations if o.name == "Centre of Excellence")
    assert centre.qualifier is not None
