"""Constructions read in the fortieth session (invented names and texts; real country names)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page, posts, signatures

from kg.extract import extract
from kg.extract.pipeline import rule_reading


def test_a_headline_joining_two_bodies_the_story_names_apart(tmp_path: Path) -> None:
    # the model reads the headline's "National District and University of Kestrel" as one body; the story
    # names "the National District" on its own, so the two are two sides
    facts = extract(page(tmp_path, "joined.txt", "Mayor of National District and University of Kestrel sign agreement"
                         "\n\nAccra, Ghana.- The mayor of the National District, Anna Berg, and the rector of the "
                         "University of Kestrel, Piet Vermeer, have inked a collaboration agreement aimed at fostering "
                         "cooperation.\n"))
    assert ("Piet Vermeer", "rector", "University of Kestrel") in posts(facts), posts(facts)
    assert ("Piet Vermeer", "University of Kestrel") in signatures(facts), signatures(facts)
    assert sorted(facts.agreements[0].parties) == ["National District", "University of Kestrel"], facts.agreements


def test_both_countries_at_a_signing_are_the_two_the_article_is_about() -> None:
    # the sentences before name the countries by no name of their own: the pair is the article's two countries
    facts = facts_of("The Ghanaian-Kenyan negotiations began in a restricted format. The leaders discussed trade. "
                     "Piet Vermeer invited Anna Berg to visit Accra. Both countries’ leaders were present at the "
                     "ceremony of signing an agreement on marine navigation. Trade between Ghana and Kenya doubled last year.")
    assert [sorted(a.parties) for a in facts.agreements] == [["Ghana", "Kenya"]], facts.agreements


def test_representatives_of_the_two_countries_sign() -> None:
    facts = facts_of("The Kenyan government will give Ghana a grant of 500,000 euros for farming, under an agreement "
                     "signed Tuesday by representatives of the two countries.")
    assert [sorted(a.parties) for a in facts.agreements] == [["Ghana", "Kenya"]], facts.agreements


def test_cooperation_between_the_two_countries_names_no_signing_pair() -> None:
    # what the letter will promote is between the countries; who signed it is not told
    facts = facts_of("Mayor Anna Berg of Norvik met Piet Vermeer, the governor of Kestrel province. The letter of "
                     "intent signed in the ceremony will promote cooperation between the two countries in trade. "
                     "Ghana and Kenya have long been friends.")
    assert all(not a.parties or sorted(a.parties) != ["Ghana", "Kenya"] for a in facts.agreements), facts.agreements


def test_a_body_owning_a_title_the_model_reads_with_the_title_s_first_word() -> None:
    # the model reads "KN World’s Group" as a body before "Chairman": the owner, "KN World", signs
    facts = facts_of("The first was signed by KN World’s Group Chairman H.E. Sultan Omar Bin Haddad and Anna Berg, "
                     "Chairman of Kestrel Commodities to use the market.\nThe second agreement was signed by KN "
                     "World’s Group Chairman with Jan Smit, President of Lindau Fund.")
    assert ("Sultan Omar Bin Haddad", "KN World") in signatures(facts), signatures(facts)


def test_a_head_of_state_in_a_country_is_not_that_country_s_by_the_sentence_alone() -> None:
    # "attended by President A in China": where A was, which says nothing of whose president A is (a host met
    # "in Mexico" is Mexico's, a guest who attended "in China" is not China's)
    facts = facts_of("Gaborone — Botswana and China recently signed two agreements. Ambassador Zhao said the signing "
                     "was a testament to the consensus since the Beijing Summit that was attended by President Dr "
                     "Piet Vermeer in China last year.")
    assert ("Piet Vermeer", "President", "China") not in posts(facts), posts(facts)


def test_signers_of_one_paper_witness_the_set_signed_in_their_presence_after_it() -> None:
    # the two presidents sign a partnership agreement, then twenty documents are signed in their presence
    facts = facts_of("Following talks, the two Presidents Anna Berg and Piet Vermeer signed the Strategic Partnership "
                     "Agreement between Ghana and Kenya. A package of twenty intergovernmental cooperation "
                     "documents was also signed in the presence of the heads of states Anna Berg and Piet Vermeer.\n"
                     "— Agreement on cooperation between the Norvik Trade Union and the Kestrel Trade Union;\n"
                     "— Agreement on cooperation between the Norvik News Agency and the Kestrel News Agency.")
    witnessed = {w for a in facts.agreements for w in a.witnesses}
    assert witnessed == {"Anna Berg", "Piet Vermeer"}, facts.agreements
    partnership = next(a for a in facts.agreements if "partnership" in a.kind)
    assert partnership.witnesses == [], partnership


def test_a_short_title_later_is_the_post_told_in_full_not_another_body_s() -> None:
    # "minister Berg" later is the South African minister told first, not Kuwait's (the sentence's country)
    facts = facts_of("KUWAIT: The Prime Minister received the visiting South African Minister of International "
                     "Relations and Cooperation Anna Berg yesterday. The two sides signed an agreement on trade. "
                     "Meanwhile, minister Berg praised the wisdom of Kuwait’s foreign policy.")
    held = {p for p in posts(facts) if p[0] == "Anna Berg"}
    assert held == {("Anna Berg", "Minister of International Relations and Cooperation", "South Africa")}, held


def test_a_list_of_ministers_each_with_a_remit_listed_up_to_and(tmp_path: Path) -> None:
    # "Minister for Industry, Commerce and Supplies B": the remit listed up to its "and", then its holder (not
    # "A, Minister for Industry" set off after the one before); "Chief Minister of X Pradesh C": X, then C
    facts = facts_of("Nepal and India signed the MoU in Kathmandu. Finance Minister Anna Berg, Minister for Industry, "
                     "Commerce and Supplies Piet Vermeer, Minister for Forest and Environment Jan Smit, Chief Minister "
                     "of Norvik Pradesh Omar Haddad were present at the signing.")
    (mou,) = facts.agreements
    assert mou.witnesses == ["Anna Berg", "Piet Vermeer", "Jan Smit", "Omar Haddad"], mou.witnesses
    assert ("Omar Haddad", "Chief Minister", "Norvik Pradesh") in posts(facts), posts(facts)
    assert not any(p[0] in ("Anna Berg", "Jan Smit") and p[1] in ("Minister for Industry", "Chief Minister")
                   for p in posts(facts)), posts(facts)
    reading = rule_reading(page(tmp_path, "ministers.txt", "Nepal and India signed the MoU in Kathmandu. Finance "
                                "Minister Anna Berg, Minister for Industry, Commerce and Supplies Piet Vermeer, Minister "
                                "for Forest and Environment Jan Smit were present at the signing.\n"))
    held = {m.name: [p.title for p in m.posts] for m in reading.found}
    assert held.get("Piet Vermeer") == ["Minister for Industry, Commerce and Supplies"], held


def test_a_country_in_a_quotation_is_spoken_of_not_the_speaker_s() -> None:
    # the prime minister speaks of Ghana; the quotation says nothing of whose prime minister he is
    facts = facts_of("The agreement was signed by the Ghanaian High Commissioner Jan Smit and the Minister for State "
                     "Enterprises Omar Haddad. “Ghana is responding to the request to support the ports”, Prime "
                     "Minister Piet Vermeer said.")
    assert not any(p[0] == "Piet Vermeer" and p[2] == "Ghana" for p in posts(facts)), posts(facts)
