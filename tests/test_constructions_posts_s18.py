"""Posts (eighteenth session): constructions of a person's title and body in
English news. Each case is a short invented article read through the public
API (the countries are real ones: a country's offices are read from the
country lists)."""
from __future__ import annotations

from invented import facts_of, posts


def test_a_president_witnessing_a_country_s_signing_heads_that_country() -> None:
    facts = facts_of("Ghana signs loan with Delta Bank\n\nThe loan agreement was signed by Finance Minister Anna "
                     "Berg on behalf of Ghana, and Delta Bank President Li Ming on behalf of the bank, and witnessed "
                     "by President Karl Lind at State House in Ghana.\n")
    assert ("Karl Lind", "President", "Ghana") in posts(facts)


def test_a_president_witnessing_two_companies_signing_heads_no_one_said() -> None:
    facts = facts_of("Delta Bank signs loan with Norvik Steel\n\nThe loan agreement was signed by Anna Berg on behalf "
                     "of Delta Bank and Li Ming on behalf of Norvik Steel in Ghana, and witnessed by President Karl "
                     "Lind. Ghana welcomed the loan.\n")
    assert not any(p[0] == "Karl Lind" for p in posts(facts))


def test_an_unmarked_premier_in_an_article_of_two_countries_heads_the_unmarked_one() -> None:
    facts = facts_of("Ghana and Kenya signed six agreements on trade and energy in Accra on Monday. Premier Li Ming "
                     "and visiting Kenyan Prime Minister Anna Berg witnessed the signing of the deals after talks.")
    read = posts(facts)
    assert ("Li Ming", "Premier", "Ghana") in read
    assert ("Anna Berg", "Prime Minister", "Kenya") in read


def test_a_paper_that_marks_one_signer_s_country_leaves_its_own_unmarked() -> None:
    facts = facts_of("Ghana and Kenya signed an MoU on education on Monday. The MoU was signed by Kenyan Foreign "
                     "Minister Anna Berg and Minister for Education Karl Lind in Accra. Foreign Minister Li Ming "
                     "was also present on the occasion.")
    assert ("Li Ming", "Foreign Minister", "Ghana") in posts(facts)


def test_a_paper_that_marks_both_signers_countries_says_not_whose_an_unmarked_minister_is() -> None:
    facts = facts_of("Ghana and Kenya signed an MoU on education on Monday. The MoU was signed by Kenyan Foreign "
                     "Minister Anna Berg and Ghana's Minister for Education Karl Lind in Accra. Foreign Minister "
                     "Li Ming was also present on the occasion.")
    assert not any(p[0] == "Li Ming" for p in posts(facts))


def test_an_envoy_s_phrase_names_a_country_so_he_is_no_unmarked_signer() -> None:
    facts = facts_of("Ghana and Kenya signed an MoU on trade on Monday. Kenyan Ambassador to Ghana Anna Berg and "
                     "Ghana's Foreign Secretary Karl Lind signed the MoU in Accra. Finance Minister Li Ming was "
                     "present at the signing ceremony.")
    assert ("Li Ming", "Finance Minister", "Kenya") not in posts(facts)


def test_a_former_chairman_after_a_body_s_founder_is_that_body_s_and_so_is_the_chairman_after_him() -> None:
    facts = facts_of("Delta Bank and Norvik Steel signed an agreement on Monday. The agreement was signed by Delta "
                     "Bank CEO Anna Berg and Norvik Steel President Karl Lind. Norvik Steel Founder and former "
                     "chairman Li Ming and Chairman Ola Dahl witnessed the ceremony.")
    read = posts(facts)
    assert ("Li Ming", "former chairman", "Norvik Steel") in read
    assert ("Ola Dahl", "Chairman", "Norvik Steel") in read
