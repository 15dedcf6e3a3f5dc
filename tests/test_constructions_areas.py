"""How real news lists the fields an agreement covers (issue 11), each on a
short invented article read through the public extraction API: lists after
cues of fields, an agreement's purpose told with verbs ("a loan to increase
A, improve B"), where a list ends, how its items are cut and split, and the
sentences whose lists are not the agreement's (talks, speakers, titles).
"""
from __future__ import annotations


import pytest

from invented import SIGNED as _SIGNED
from invented import areas_of



@pytest.mark.parametrize("text,areas", [
    # a loan's purpose: the objects of each verb of the list
    ("The Asian Development Bank signed a $50 million loan agreement with the Government of Kerala to increase "
     "crop yields, improve access to cold storage and promote dairy cooperatives.",
     {"crop yields", "access to cold storage", "dairy cooperatives"}),
    # the agreement as the subject of "aims to"
    (_SIGNED + "The MoU aims to boost media cooperation between the two agencies.", {"media cooperation"}),
    # "an agreement for the exchange of A, B and C": one field, its nested list kept whole
    ("The Lakeside University signed a collaboration agreement for the exchange of researchers, teachers and "
     "students.", {"exchange of researchers, teachers and students"}),
])
def test_an_agreements_purpose_gives_its_fields(text: str, areas: set[str]) -> None:
    assert areas_of(text) == areas


@pytest.mark.parametrize("text", [
    # generic objects: ties, cooperation, relations
    "The Lakeside Agency signed a memorandum of understanding with the Kisumu Institute to strengthen bilateral ties.",
    # what a speaker says the agreement is an opportunity for
    _SIGNED + "Jane Otieno said the agency will take the agreement as an opportunity to expand its investment in "
              "the county.",
    # the subject in an agreement's title
    "The Lakeside Agency and the Kisumu Institute signed an agreement on cooperation in space exploration.",
    # talks held beside the signing
    _SIGNED + "Earlier, the minister held talks with the governor, focusing on trade and tourism.",
])
def test_what_is_not_the_agreements_fields(text: str) -> None:
    assert areas_of(text) == set()


@pytest.mark.parametrize("sentence,areas", [
    # "joint efforts, including A, B and C"
    ("The MoU outlines a wide scope of joint efforts, including knowledge sharing, community outreach and joint "
     "workshops.", {"knowledge sharing", "community outreach", "joint workshops"}),
    # "to share technical and technological expertise in A and B"
    ("Under the MoU, the company will share technical and technological expertise in water supply and wastewater "
     "treatment.", {"water supply", "wastewater treatment"}),
    # where a grant's money goes; "such as" after an item gives an example, not a field
    ("According to the agreement, most of the funds will go into prevention measures, diagnostic capacities and "
     "treatment of patients such as new referral points.",
     {"prevention measures", "diagnostic capacities", "treatment of patients"}),
    # "will further research in A, B and C"
    ("The collaboration will further research in nanotechnology, chemistry and physics.",
     {"nanotechnology", "chemistry", "physics"}),
    # "the fields of" inside a list begun by a weaker cue starts the list
    ("The projects under the MoU focus on improvement in the fields of transportation, flood control and rural "
     "health.", {"transportation", "flood control", "rural health"}),
    # a reporting tail ends the list
    ("Under the agreement, the two sides will work together in trade financing and personnel training, it said.",
     {"trade financing", "personnel training"}),
    # "and" + a verb starts a new clause
    ("Under the MoU, the two sides will focus on renewable energy and follow the principle of mutual benefit.",
     {"renewable energy"}),
])
def test_where_a_list_of_fields_ends(sentence: str, areas: set[str]) -> None:
    assert areas_of(_SIGNED + sentence) == areas


@pytest.mark.parametrize("sentence,areas", [
    # a word modifying the next item's head keeps one field
    ("Under the MoU, the two sides will cooperate in agricultural and agri-food value chains, irrigation and "
     "vocational training.", {"agricultural and agri-food value chains", "irrigation", "vocational training"}),
    # leads, scope and a list's generic tail are no part of a field
    ("Under the MoU, the two sides will cooperate in tourism, particularly the training of tour guides, and "
     "other sectors.", {"tourism", "training of tour guides"}),
    ("The MoU will encourage collaboration in the internationalization of SMEs in both countries.",
     {"internationalization of SMEs"}),
    ("The two institutes are to cooperate on promotion of discipline construction, scientific research and talent "
     "cultivation.", {"discipline construction", "scientific research", "talent cultivation"}),
    # "A, B as well as C"
    ("The two sides will cooperate in planting, food processing as well as storage of farm products.",
     {"planting", "food processing", "storage of farm products"}),
])
def test_how_a_list_of_fields_is_cut(sentence: str, areas: set[str]) -> None:
    assert areas_of(_SIGNED + sentence) == areas
