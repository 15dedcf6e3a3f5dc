"""Bodies' names read whole, second pass (issue 11): lists of fields with a
serial comma, fields written with "the", a holder's name written straight
after a body's place, company names in mixed case, each on a short invented
article read through the public extraction API."""
from __future__ import annotations

import pytest

from invented import facts_of


def _bodies(text: str) -> set[str]:
    return {o.name for o in facts_of(text).organizations}


@pytest.mark.parametrize(("text", "whole"), [
    # a serial comma before the "and" that closes a list of fields
    ("The Ministry of Culture, Community, and Youth signed an MoU with the Tarvos Institute.",
     "Ministry of Culture, Community, and Youth"),
    ("The Council for Trade, Investment, and Technology signed an MoU with the Tarvos Institute.",
     "Council for Trade, Investment, and Technology"),
    # a field written with "the" after "and"
    ("The National Commission for Culture and the Arts signed an MoU with the Tarvos Institute.",
     "National Commission for Culture and the Arts"),
    ("The Ministry of Culture and the Arts signed an MoU with the Tarvos Institute.",
     "Ministry of Culture and the Arts"),
    # the holder's name written straight after the body's place ends the name
    ("Culture Counsellor of Chinese Embassy in Denmark Li Jinsheng witnessed the signing of the agreement "
     "between Keldor University and the Tarvos Institute.", "Chinese Embassy in Denmark"),
    ("Director of the Development Research Center of Beijing Li Zongsi attended the signing. Keldor University "
     "signed an MoU with the Tarvos Institute.", "Development Research Center of Beijing"),
    # a company whose name opens with a word in mixed case, in a list
    ("Sterlite Group, TwinStar Display Technologies and Keldor University signed MoUs with the state.",
     "TwinStar Display Technologies"),
    # a name the rules cut at "and" that the model reads whole after "The"
    ("The Keldor Road and Bridge Corporation under the Tarvos Group signed a memorandum with the Varnholt "
     "Freeway Company.", "Keldor Road and Bridge Corporation"),
    # two bodies joined by "and" after the first one's "of" complement
    ("The Ministry of Public Education and National Council of Science and Technology of Mexico signed an MoU "
     "with the Tarvos Institute.", "Ministry of Public Education"),
    # a university's faculty
    ("The Faculty of Science of Keldor University signed an MoU with the Tarvos Institute.", "Faculty of Science"),
    # a place's government or administration written in lower case, with its level
    ("Officials from the government of Keldor District and Tarvos University signed an MoU.",
     "Government of Keldor District"),
    ("The agreement was signed with the administration of Varnholt province.", "Administration of Varnholt province"),
    ("Jason Brill signed the MoU on behalf of the provincial government of Varnholt and the Keldor Agency.",
     "Provincial government of Varnholt"),
    # a head word in lower case after a body's own capitalised words
    ("The MoU was signed by the Mechanical Engineering department of Keldor University and the Tarvos Agency.",
     "Mechanical Engineering department"),
    ("Bridgwater and Marsa council signed a twinning agreement.", "Marsa council"),
    # a post's office named with its possessive, a Malaysian company's suffix
    ("A memorandum between the Keldor Commission of Integrity and the State Attorney General’s Office was signed.",
     "State Attorney General's Office"),
    ("The first MoU was inked between Tarvos Bhd and the Keldor Institute on waste to energy plants.", "Tarvos Bhd"),
])
def test_a_body_is_read_whole(text: str, whole: str) -> None:
    assert whole in _bodies(text)


@pytest.mark.parametrize(("text", "absent"), [
    # "and the" before another body's name does not join it to the list
    ("The Ministry of Culture and the Keldor Institute signed an MoU.", "Ministry of Culture and the Keldor Institute"),
    # the model's span that starts inside a company's name does not glue it to the next body
    ("Sterlite Group, TwinStar Display Technologies and Keldor University signed MoUs with the state.",
     "Display Technologies and Keldor University"),
    ("The Ministry of Public Education and National Council of Science and Technology of Mexico signed an MoU "
     "with the Tarvos Institute.", "Ministry of Public Education and National Council of Science and Technology of Mexico"),
    # "the government of the day" names no place
    ("He said the government of the day would sign nothing with the Tarvos Institute.", "Government of the day"),
    # a head word alone names no body of its own
    ("Outside the Union, the Keldor Bank lends to 130 countries. The Keldor Bank signed an agreement with Varnholt.",
     "Union"),
    ("Bridgwater and Marsa council signed a twinning agreement.", "Bridgwater and Marsa council"),
    # what stands around names but names no body: a post's "of State for", a dateline's city, honours in a row
    ("Bakari also met with the Secretary of State for Trade. The Keldor Bank signed an MoU with Varnholt.",
     "State for Trade"),
    ("MUSCAT: The Ministry of Arts Affairs met officials of the Keldor Centre on Monday.", "MUSCAT"),
    ("The Keldor Institute and Lieutenant General Manoj Kumar Katiyar, PVSM, AVSM, GOC-in-C, Western Command, "
     "will sign the MoU.", "AVSM"),
    # an agreement's name is not a body's
    ("The minister signed the Exchange of Notes with the Government of Varnholt.", "Exchange"),
    ("Culture Counsellor of Chinese Embassy in Denmark Li Jinsheng witnessed the signing of the agreement "
     "between Keldor University and the Tarvos Institute.", "Chinese Embassy"),
])
def test_a_body_is_not_run_on_or_cut(text: str, absent: str) -> None:
    assert absent not in _bodies(text)
