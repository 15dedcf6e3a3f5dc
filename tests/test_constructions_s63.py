"""Constructions read in the sixty-third session (invented sentences, one construction each)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from invented import facts_of, posts, signatures

from kg.article import Article
from kg.extract import extract


def test_a_sum_between_after_signing_and_the_agreement_keeps_the_signers() -> None:
    # "A, Director General of X, and B, the General Manager of Y, after signing the Sh17.9 billion tender award
    # agreement": a caption whose verb takes an agreement within six words, one of them an amount with its
    # currency and decimals
    facts = facts_of("Norland Roads Authority signs road deal with Lindau firm\n\nNorland Roads Authority (NRA) "
                     "Director General, Peter Hansen and Li Ming, the General Manager of Lindau Construction Company "
                     "Limited after signing the Sh17.9 billion tender award agreement in Norvik on Monday.\n\nThe road "
                     "will link the two towns.")
    assert signatures(facts) >= {("Peter Hansen", "Norland Roads Authority"),
                                 ("Li Ming", "Lindau Construction Company Limited")}, signatures(facts)


def test_a_sum_in_a_captions_present_sign_keeps_the_signers() -> None:
    # "A, President of X, and B, Mayor of Y, sign a US$2.5 million grant agreement": the present "sign" reports
    # a signing only with an agreement as its object, and the amount is one of the words before it
    facts = facts_of("Lindau gets grant\n\nAnna Berg, President of the Norland Development Bank, and Li Ming, Mayor "
                     "of Lindau, sign a US$2.5 million grant agreement at the bank's offices.")
    assert {name for name, _ in signatures(facts)} >= {"Anna Berg", "Li Ming"}, signatures(facts)


def test_every_item_of_a_list_after_with_signed() -> None:
    # "A signed swap agreements separately with B, Swiss National Bank Chairman C, D and Hungarian National Bank
    # Governor E": the items set off by commas, each with its title, are signers up to the one an "and" brings
    facts = facts_of("Central bank renews swaps\n\nDuring the meetings, Norland Bank Governor Anna Berg signed "
                     "bilateral currency swap agreements separately with Lindau Bank President Li Ming, Delta Bank "
                     "Governor Omar Farouk, Swiss National Bank Chairman Karl Olsen and Hungarian National Bank "
                     "Governor Maria Lopez, according to the statement.")
    assert signatures(facts) == {("Anna Berg", "Norland Bank"), ("Li Ming", "Lindau Bank"),
                                 ("Omar Farouk", "Delta Bank"), ("Karl Olsen", "Swiss National Bank"),
                                 ("Maria Lopez", "Hungarian National Bank")}, signatures(facts)


def test_a_comma_after_with_and_no_and_closing_a_list_names_no_second_signer() -> None:
    # "signed the MoU with B, President of X, Mayor C looking on": no "and" closes a list, so C is no signer
    facts = facts_of("Norvik signs MoU\n\nMayor Anna Berg signed the MoU with Li Ming, President of Lindau "
                     "University, Governor Karl Olsen looking on.")
    assert "Karl Olsen" not in {name for name, _ in signatures(facts)}, signatures(facts)


def test_an_office_the_paper_leaves_bare_is_of_the_country_it_does_not_mark() -> None:
    # a Kuwaiti paper: "the Amir" (Kuwait's, by his title) is written bare, "visiting President of Uzbekistan" is
    # marked; the Crown Prince present, written bare, is Kuwait's. A country given by the Amir's title is no
    # mark the paper wrote (it had made both countries look marked, and nothing was concluded)
    facts = facts_of("Kuwait, Uzbekistan sign agreements\n\nHis Highness the Amir Sheikh Omar Khaled Al-Sabah and "
                     "visiting President of Uzbekistan Karl Olsen oversaw on Monday the signing of two agreements. "
                     "Present at the signing ceremony was His Highness the Crown Prince Sheikh Ali Hamad Al-Sabah.\n\n"
                     "The first agreement was signed by Kuwaiti Foreign Minister Anna Berg and Uzbek Foreign Minister "
                     "Li Ming. The second was signed by Minister of Commerce Maria Lopez and Uzbekistan's Minister of "
                     "Trade Omar Farouk.")
    assert ("Ali Hamad Al-Sabah", "Crown Prince", "Kuwait") in posts(facts), posts(facts)


def test_a_remit_in_lower_case_then_at_a_body_is_the_posts_body() -> None:
    # "A, dean of engineering at Lindau University": the remit joins the title, and the body is the one after "at"
    facts = facts_of("Norvik University and Lindau University sign MoU\n\nNorvik University and Lindau University "
                     "signed a memorandum of understanding on Monday.\n\nPhilip Hansen, dean of engineering at Lindau "
                     "University, said it was a great step. Maria Lopez, head of the marketing office at Norvik "
                     "University, agreed.")
    assert {("Philip Hansen", "dean of engineering", "Lindau University"),
            ("Maria Lopez", "head of the marketing office", "Norvik University")} <= posts(facts), posts(facts)


def _areas(text: str) -> set[str]:
    return {area for a in facts_of(text).agreements for area in a.areas}


def test_a_purposes_objects_qualified_by_a_cue_of_fields_are_no_fields() -> None:
    # "intends to facilitate all exchanges and initiatives between the two institutions in the area of A, B and
    # C": the exchanges are what the fields qualify; the fields are A, B and C
    found = _areas("Lindau University signed a memorandum of understanding with Norvik Trading on Monday. The MoU "
                   "intends to facilitate all exchanges and co-operative initiatives between the two institutions in "
                   "the area of exchange of researchers, joint research activities and study tours.")
    assert found == {"exchange of researchers", "joint research activities", "study tours"}, found


def test_a_purpose_followed_by_a_clause_of_its_own_keeps_its_objects() -> None:
    # "mainly applies to A, B and C and also covers general cooperation in relation to D": a second clause, so
    # A, B and C stay fields
    found = _areas("The Norland Bank and the Lindau Region signed a framework agreement on Monday. The Agreement "
                   "mainly applies to small businesses, infrastructure and the water sector and also covers general "
                   "cooperation in relation to priorities that may emerge.")
    assert {"small businesses", "infrastructure"} <= found, found


def test_a_chain_of_posts_after_a_name_gives_each_post() -> None:
    # "A, member of the Communist Party politburo, Director of the Foreign Affairs Committee of the Central
    # Committee and Foreign Minister": a body's name may end in lower case before the comma, and "and Foreign
    # Minister" is the holder's next post, not words of the body before it
    facts = facts_of("Kuwait and China sign plan\n\nKuwait and China signed a joint statement on Friday. Wang Yi, "
                     "member of the Communist Party politburo, Director of the Foreign Affairs Office of the Central "
                     "Committee and Foreign Minister, attended the signing.")
    assert {("Wang Yi", "Director", "Foreign Affairs Office of the Central Committee"),
            ("Wang Yi", "Foreign Minister", "China")} <= posts(facts), posts(facts)


def test_a_chain_goes_on_after_a_title_that_names_its_own_body() -> None:
    # "A, Secretary of the Party Committee, President of Lindau University": the Party Committee is named inside
    # the first title, and the chain goes on to the second post and its body, which both posts are at
    facts = facts_of("Lindau University and Norvik University sign MoU\n\nLindau University and Norvik University "
                     "signed an agreement on Friday. Wang Yi, Secretary of the Party Committee, President of Lindau "
                     "University, attended the signing.")
    assert {("Wang Yi", "Secretary of the Party Committee", "Lindau University"),
            ("Wang Yi", "President", "Lindau University")} <= posts(facts), posts(facts)


def test_two_sides_joined_by_and_are_two_bodies_though_the_model_reads_them_as_one() -> None:
    # "The Hunan Provincial People's Government and Lindau Group signed": the rules read the government whole up
    # to its head, so the model's one span over both names is no body; the chairman of Lindau Group is its own
    facts = facts_of("Hunan and Lindau Group sign agreement\n\nThe Hunan Provincial People's Government and Lindau "
                     "Group signed a strategic cooperation agreement in Changsha on May 3. Li Ming, Chairman of Lindau "
                     "Group, attended.")
    names = {o.name for o in facts.organizations}
    assert not any(" and Lindau" in name for name in names), names
    assert ("Li Ming", "Chairman", "Lindau Group") in posts(facts), posts(facts)


def test_a_plural_title_with_its_article_shares_out_respectively() -> None:
    # "signed by A and B, the heads of X and Y respectively": each holds the title at the body in the same place
    facts = facts_of("Lakeside University signs MoU\n\nThe MoU was signed by Anna Berg and Peter Otieno, the heads of "
                     "Lakeside University and the Kisumu Institute respectively.")
    assert {("Anna Berg", "head", "Lakeside University"),
            ("Peter Otieno", "head", "Kisumu Institute")} <= posts(facts), posts(facts)
    assert signatures(facts) == {("Anna Berg", "Lakeside University"), ("Peter Otieno", "Kisumu Institute")}, \
        signatures(facts)


def test_a_title_owned_by_a_described_body_is_at_the_one_body_the_description_fits() -> None:
    # "The institute's director, A", "B, the institute's director": the Kisumu Institute, the one institute named
    facts = facts_of("Lakeside signs MoU\n\nLakeside University and the Kisumu Institute signed an MoU. The "
                     "institute's director, Peter Otieno, said the partnership would help students.")
    assert ("Peter Otieno", "director", "Kisumu Institute") in posts(facts), posts(facts)
    unfit = facts_of("Lakeside signs MoU\n\nLakeside University and the Kisumu Institute signed an MoU. The bank's "
                     "president Peter Otieno said the partnership would help.")
    assert not any(name == "Peter Otieno" for name, _, _ in posts(unfit)), posts(unfit)


def test_a_places_possessive_before_a_lower_case_office_is_the_office_of_the_place() -> None:
    # "signed ... with Mombasa's mayor Ravi Kumar": the mayor of Mombasa, who signs for it
    facts = facts_of("Kisumu and Mombasa sign\n\nGovernor Mary Wanjiru of Kisumu signed a sister city agreement "
                     "with Mombasa's mayor Ravi Kumar on Monday.")
    assert ("Ravi Kumar", "mayor", "Mombasa") in posts(facts), posts(facts)
    assert ("Ravi Kumar", "Mombasa") in signatures(facts), signatures(facts)


def test_the_next_signers_lower_case_title_and_body_are_not_the_one_before_hers() -> None:
    # "signed by Minister of Roads A and the chairman of the Chinese Company for Railways, B": the company is
    # B's; A, a minister whose ministry the story never names, signed for the other country
    facts = facts_of("Kenya and China mark deal\n\nKenya and China marked the deal on Monday. The contract was signed "
                     "by Minister of Roads Anna Berg and the chairman of the Chinese Company for Railways, Li Ming.")
    assert signatures(facts) == {("Anna Berg", "Kenya"), ("Li Ming", "Chinese Company for Railways")}, \
        signatures(facts)


def test_a_weekday_counts_back_from_the_datelines_day_not_the_pages() -> None:
    # "NAIROBI, May 5 (Xinhua) -- ... signed ... here on Sunday", on a page dated May 17, 2024: the Sunday is the
    # dateline's own day (May 5, 2024 was a Sunday), not the Sunday before the page's date
    text = ("Lakeside signs MoU\n\nNAIROBI, May 5 (Xinhua) -- The Lakeside Agency and the Kisumu Institute signed a "
            "memorandum of understanding here on Sunday.")
    facts = extract(Article(path=Path("dateline.txt"), text=text, title=None, published=date(2024, 5, 17),
                            source_department=None, sha256=""))
    assert [a.date for a in facts.agreements] == [date(2024, 5, 5)], [a.date for a in facts.agreements]
