"""Constructions read in the twenty-third session (invented names and texts)."""
from __future__ import annotations

from pathlib import Path

from invented import facts_of, page
from kg.extract import extract


def test_the_mou_told_again_with_one_side_and_a_misread_body_is_the_same_mou() -> None:
    facts = facts_of("Norvik Friendship Hospital and Lakeside Hospital have signed the Memorandum of Understanding "
                     "(MOU) on December 05, 2024.\n\nDr. Anna Berg, Director of NFH and Dr. Li Ming, Chief, Medical "
                     "Superintendent, Lakeside Hospital signed the MOU in presence of Omar Haddad, Country Director "
                     "of KOICA.")
    assert [a.kind for a in facts.agreements] == ["memorandum of understanding"]


def test_the_agreement_signed_earlier_by_other_bodies_stays_another_one() -> None:
    facts = facts_of("Norvik Group and the Lindau Provincial Government signed a strategic cooperation framework "
                     "agreement on July 4. It follows the strategic cooperation agreement signed by Norvik Group and "
                     "the Lindau Geology Bureau in February.\n\nAnna Berg, president of Norvik Group, and Li Ming, "
                     "vice governor, signed the Strategic Cooperation Framework Agreement between the Lindau "
                     "Provincial Government and Norvik Group.")
    kinds = sorted(a.kind for a in facts.agreements)
    assert kinds == ["strategic cooperation agreement", "strategic cooperation framework agreement"], kinds
    framework = next(a for a in facts.agreements if a.kind == "strategic cooperation framework agreement")
    assert {s.person for s in framework.signatures} == {"Anna Berg", "Li Ming"}


def test_a_name_set_off_before_a_title_is_a_signer_not_a_side() -> None:
    facts = facts_of("The MOU was signed between Anna Berg, Health Minister, Norland, and LK Kamara, Health "
                     "Minister, Southland at the Lakeside Hospital on Monday.")
    (agreement,) = facts.agreements
    assert "LK Kamara" not in agreement.parties, agreement.parties


def test_a_headline_verb_in_capitals_ends_the_body_before_it() -> None:
    facts = facts_of("Lakeside University and Norvik Police Hospital Forge Collaboration\n\nThe agreement was "
                     "signed at Lakeside University on Monday by Prof Anna Berg, Vice-Chancellor of Lakeside "
                     "University, and Omar Haddad, Inspector General of Police.")
    names = {o.name for o in facts.organizations}
    assert "Norvik Police Hospital" in names and not any("Forge" in n for n in names), names


def test_an_agreement_named_with_a_topic_of_its_own_is_another_one() -> None:
    facts = facts_of("The Lakeside Bank and the government of Norland on Monday signed a loan agreement for $50 "
                     "million to improve irrigation in rural Norland.\n\nAn agreement for a grant of $9 million "
                     "from the Government of Southland was also signed.")
    assert len(facts.agreements) == 2, [a.kind for a in facts.agreements]


def test_an_agreement_named_again_on_the_same_topic_is_the_same_one() -> None:
    facts = facts_of("Norland and Southland signed a treaty on maritime borders in Lund on Monday.\n\nA treaty on "
                     "maritime borders was long awaited by both sides, the ministers said.")
    assert len(facts.agreements) == 1, [a.kind for a in facts.agreements]


def test_malaysian_styles_are_no_part_of_the_name() -> None:
    facts = facts_of("Norland and Southland signed an MoU in Kuching on Monday, witnessed by Sarawak Premier Datuk "
                     "Patinggi Tan Sri Abang Johari Openg.")
    (agreement,) = facts.agreements
    assert agreement.witnesses == ["Abang Johari Openg"], agreement.witnesses


def test_whom_a_witness_brought_along_are_no_witnesses() -> None:
    facts = facts_of("Norland and Southland signed three MoUs in Lund on Monday, as witnessed by Prime Minister "
                     "Anna Berg, who was accompanied by Trade Minister Tengku Datuk Seri Omar Haddad, Deputy "
                     "Minister Li Ming and Transport Minister Kofi Mensah.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Anna Berg"}


def test_the_last_field_of_a_remit_is_no_part_of_the_name_after_it() -> None:
    facts = facts_of("Norland and Southland signed the MoU in Lund on Monday.\n\nFinance Minister Kofi Mensah, "
                     "Minister for Energy, Water Resources and Irrigation Anna Berg, Minister for Industry, Commerce "
                     "and Supplies Li Ming and others were present in the program.")
    assert {w for a in facts.agreements for w in a.witnesses} == {"Kofi Mensah", "Anna Berg", "Li Ming"}


def test_a_day_written_without_its_year_takes_the_year_the_article_writes() -> None:
    import datetime

    facts = facts_of("Vice Governor Anna Berg visited Norland with his delegation from 23 to 27 May, 2011.\n\n"
                     "On May 23, a Memorandum of Understanding was signed between the Lindau Association and the "
                     "Norland Society.", published=None)
    assert [a.date for a in facts.agreements] == [datetime.date(2011, 5, 23)]


def test_a_remit_ends_on_its_field_before_the_name_and_the_next_title() -> None:
    from invented import signatures

    facts = facts_of("The Lakeside Development Bank (LDB) approved a loan to Ghana.\n\nGhana Minister for Treasury "
                     "Anna Berg and LDB Country Director Omar Haddad signed the agreement in Accra.")
    assert signatures(facts) == {("Anna Berg", "Ghana"), ("Omar Haddad", "Lakeside Development Bank")}


def test_who_runs_a_body_written_before_its_name_is_no_part_of_it() -> None:
    facts = facts_of("The Norvik-managed Lindau Port Authority signed a memorandum of understanding with the "
                     "Southland Port Group in Lund on Monday.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Lindau Port Authority", "Southland Port Group"}


def test_a_country_said_of_a_company_before_its_name_is_no_part_of_it() -> None:
    facts = facts_of("France's Naval Group and Italy's Fincantieri signed a joint venture agreement in Rome on "
                     "June 14, 2019.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {"Naval Group", "Fincantieri"}


def test_the_words_of_a_headline_document_name_are_no_sides(tmp_path: Path) -> None:
    facts = extract(page(tmp_path, "formalized.txt", "Norvik University\n\nNews & Topics\n\nFriendship and Exchange "
                         "Agreement Formalized with Lindau City\n\nJan 20, 2006\n\nA relationship of cooperation "
                         "between Lindau City and NU was formalized on January 16 with the signing of a Friendship and "
                         "Exchange Agreement at the Norland Prefectural offices.\n\nPrior to signing the agreement, "
                         "NU President Li MING explained the background and afterwards Lindau City Mayor BERG Anna "
                         "and NU President Li MING signed the agreement in the presence of Norland Governor HADDAD "
                         "Omar, and the Lindau City Council Chairman MENSAH Kofi.\n"))
    parties = {p for a in facts.agreements for p in a.parties}
    assert not parties & {"Friendship", "Exchange Agreement"}, parties


def test_a_style_of_address_ends_a_remit_before_the_name() -> None:
    facts = facts_of("Norland University and Southland University signed an MoU in Lund.\nThe MoU was signed by "
                     "Vice President for Academic Development Prof Dr Anna Berg and Li Ming.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Anna Berg", "Li Ming"}


def test_a_given_name_the_model_leaves_out_is_no_part_of_the_remit_before_it() -> None:
    facts = facts_of("Norland University and Southland University signed an MoU in Lund.\nThe MoU was signed by the "
                     "Minister of Business and Employment Francesc Xavier Mena and Li Ming.")
    assert {s.person for a in facts.agreements for s in a.signatures} == {"Francesc Xavier Mena", "Li Ming"}


def test_a_capitalised_attended_is_no_part_of_a_name() -> None:
    facts = facts_of("Norland Province signed a strategic cooperation agreement with Lindau Railway on Monday. "
                     "Li Ming, Secretary of the Party Committee and Chairman of Lindau Railway Attended the signing "
                     "ceremony.")
    assert not any("Attended" in p.name for p in facts.people), [p.name for p in facts.people]


def test_field_words_alone_are_no_persons_name() -> None:
    facts = facts_of("Norland and Southland signed two grant agreements in Lund on Monday. Permanent Secretary, "
                     "Office of the Prime Minister and Permanent Secretary Foreign Affairs, Ambassador Anna Berg and "
                     "Li Ming, Ambassador of Southland, signed for their governments. Minister Economic Affairs, "
                     "Kofi Mensah, attended.")
    names = {p.name for p in facts.people}
    assert not names & {"Foreign Affairs", "Economic Affairs"}, names


def test_a_body_named_for_its_field_is_no_person() -> None:
    facts = facts_of("Norland Oil and China's Sinopec Engineering have signed a framework agreement to enhance "
                     "cooperation between the two companies.")
    assert {s.person for a in facts.agreements for s in a.signatures} == set()
    assert "Sinopec Engineering" not in {p.name for p in facts.people}
