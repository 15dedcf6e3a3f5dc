"""More ways real news lists the fields an agreement covers (issue 11, the
second batch of the development set), each on a short invented article read
through the public extraction API: purposes told with "aimed at improving",
"objectives include", "The MoU is for ...", "regarding ..."; lists after
"on the areas of", "several topics including", "collaboration within";
where such a list ends ("and will", "which was signed", "etc."); and the
sentences whose lists are not the agreement's (quotations, what a speaker
notes, what two places' cooperation in general covers).
"""
from __future__ import annotations

import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of



@pytest.mark.parametrize("text,areas", [
    # a purpose verb ending in -e, in its -ing form
    ("The Lakeside Agency and the Kisumu Institute signed a Memorandum of Understanding (MOU) aimed at improving "
     "interprovincial trade between the two provinces.", {"interprovincial trade"}),
    # "intended to help increase", and the fields of "collaboration within", their examples after "including"
    (_SIGNED + "The agreement is intended to help increase collaboration within the energy industry and the "
     "development of key industries, including, tourism, agriculture, and forestry.",
     {"energy industry", "development of key industries", "tourism", "agriculture", "forestry"}),
    # "objectives include", its list ended by "etc"
    (_SIGNED + "The MoU objectives include joint research projects, international workshops and training "
     "programmes etc, informed the director.",
     {"joint research projects", "international workshops", "training programmes"}),
    # "The MoU is for the supply of ...": one act, its object's list kept whole; who does it is cut
    (_SIGNED + "The MoU is for the supply of sesame seeds, soya beans and maize by the Kisumu County Government.",
     {"supply of sesame seeds, soya beans and maize"}),
    # "with the aim of" and any verb's objects
    (_SIGNED + "The two sides seek to enhance cooperation through a strategic partnership with the aim of organizing "
     "and managing events and expos as well as boosting direct communications in the artistic fields.",
     {"organizing and managing events and expos", "direct communications in the artistic fields"}),
    # what a grant will be used for, what an agreement applies to
    (_SIGNED + "According to the embassy, the grant will be utilised giving priority to medical care, water supply "
     "and rural schools.", {"medical care", "water supply", "rural schools"}),
    (_SIGNED + "The Agreement mainly applies to small enterprises, infrastructure and the water sector.",
     {"small enterprises", "infrastructure", "water sector"}),
    # "by improving A, supporting B and expanding C", its place cut
    (_SIGNED + "The signed MoU is aimed at a digital future by improving broadband infrastructure, supporting "
     "innovation and expanding digital services across the country.",
     {"broadband infrastructure", "innovation", "digital services"}),
    # the agreement as the subject, however long the signers told between
    (_SIGNED + "The MoU, signed by Amina Yusuf, director of the agency, and Peter Otieno, dean of the institute, "
     "will facilitate knowledge exchange, joint projects and internships tailored to regional needs.",
     {"knowledge exchange", "joint projects", "internships"}),
    # "was also signed for", "regarding"
    ("A Memorandum of Understanding was also signed for political consultation between the Lakeside Ministry "
     "and the Kisumu Ministry.", {"political consultation"}),
    ("The Lakeside Ministry signed a Memorandum of Understanding with the Kisumu Agency regarding the exchange "
     "of information for refugees and asylum seekers.", {"exchange of information for refugees and asylum seekers"}),
    # "promote A and B and develop C": each verb's objects split
    ("The Lakeside Ministry signed a memorandum of understanding with the Kisumu Ministry with intent to promote "
     "industrial investments and small business competitiveness and develop human resources among others.",
     {"industrial investments", "small business competitiveness", "human resources"}),
    # a sentence led by "According to the agreement" holds the agreement's purposes, however long its subject
    (_SIGNED + "According to the agreement, the Permanent Secretariat of the Lakeside Forum and the Kisumu "
     "Provincial Department of Commerce will strengthen two-way exchanges.", {"two-way exchanges"}),
])
def test_an_agreements_purpose_gives_its_fields(text: str, areas: set[str]) -> None:
    assert areas_of(text) == areas


@pytest.mark.parametrize("text,areas", [
    (_SIGNED + "The document covers several topics including mutual recognition, reciprocity and labour "
     "mobility.", {"mutual recognition", "reciprocity", "labour mobility"}),
    (_SIGNED + "The two sides will strengthen their collaboration in areas of mutual benefit that include economic "
     "development, tourism and culture.", {"economic development", "tourism", "culture"}),
    (_SIGNED + "Under the MoU both sides will open up a trade link on the areas of tourism, fisheries and cocoa.",
     {"tourism", "fisheries", "cocoa"}),
    # a modifier shared with a later item: one field
    (_SIGNED + "The two sides will cooperate in economic, trade and cultural exchange activities.",
     {"economic, trade and cultural exchange activities"}),
    (_SIGNED + "These MoUs establish a framework for collaboration in a wide range of areas, including student "
     "exchange programmes and joint research initiatives.", {"student exchange programmes", "joint research initiatives"}),
    # acts that share their object: one field
    ("The Jigawa State Government has signed a Memorandum of Understanding, MoU, with the Kisumu Trading Company for "
     "the purchase, packaging and export of sesame.", {"purchase, packaging and export of sesame"}),
    (_SIGNED + "Under the agreement, the agency will collaborate with the Kisumu Institute in the evaluation, "
     "protection and licensing of inventions.", {"evaluation, protection and licensing of inventions"}),
    # what the documents signed cover
    ("The two presidents witnessed the signing of a cooperation agreement covering the fields of science and "
     "technology, agriculture and media.", {"science and technology", "agriculture", "media"}),
    # a list of agreements, each told with its own field
    (_SIGNED + "The agreements include memoranda of understanding for cooperation in the field of direct investment, "
     "in the field of civil service affairs, and in the field of Islamic affairs between the governments of the two "
     "countries, and another on cooperation in the areas of road maintenance.",
     {"direct investment", "civil service affairs", "Islamic affairs", "road maintenance"}),
    # a noun's own infinitive stays in its item
    (_SIGNED + "The agreement stipulates boosting cooperation in the formation of a joint committee to evaluate "
     "the projects of university students.", {"formation of a joint committee to evaluate the projects of university students"}),
])
def test_lists_after_cues_of_fields(text: str, areas: set[str]) -> None:
    assert areas_of(text) == areas


@pytest.mark.parametrize("text,areas", [
    # "and will ..." starts a new clause
    ("The third MoU signed with the Kisumu Alloys Company focuses on the metals industry and will create 3,200 jobs.",
     {"metals industry"}),
    # "which was signed by" ends the list of what the agreement covers
    (_SIGNED + "The memorandum includes cooperation on air transport which was proposed by the agency last year.",
     {"air transport"}),
])
def test_where_a_list_ends(text: str, areas: set[str]) -> None:
    assert areas_of(text) == areas


@pytest.mark.parametrize("text", [
    # a generic object after a cue of fields
    _SIGNED + "The MoU aims at enhancing cooperation between the two parties.",
    # a quotation: a speaker's plans
    _SIGNED + "“We thank our partners for the proposals. We plan the next level of cooperation in such sectors as "
    "heavy engineering, shipbuilding and energy,” the governor said.",
    # a quotation inside the sentence that does not name the agreement
    _SIGNED + 'The director said the MoU was welcome, adding "we expect more cooperation in shipbuilding, '
    'marine transport and logistics."',
    # what a speaker notes about one side's past work
    _SIGNED + "The president thanked the city, noting that in recent years the university has made progress in "
    "scientific research in the fields of artificial intelligence, robot manufacturing and so on.",
    # a side's own ties, and an amount, are no fields
    "The Lakeside University and the Kisumu Institute signed a Memorandum of Understanding (MoU) to strengthen their "
    "existing strategic and research collaboration.",
    # "cooperate with" a named partner reads its fields, not "with vocational schools in the province"
    _SIGNED + "The company will cooperate with vocational schools in the province to train technicians.",
    # what projects under the agreement cover is their size, not fields
    _SIGNED + "The first projects under the agreement, covering about 800 kilometers of roads, are expected to start soon.",
    # all two places do together, not the agreement's fields
    _SIGNED + "The bilateral cooperation covers areas of overseas acquisition, vocational education and old-age care.",
], ids=["generic-object", "quotation", "quotation-inside", "speaker-notes", "own-ties", "with-lower-case", "projects-covering", "cooperation-in-general"])
def test_lists_that_are_not_the_agreements(text: str) -> None:
    assert areas_of(text) == set()
