"""Constructions read in the twenty-eighth session, posts (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_the_party_committee_of_a_named_body_belongs_to_the_title() -> None:
    # "Secretary of the Party Committee of Lindau Town": the body's own Party committee is part of the
    # title, and the body is the town (as "Secretary of the Party Committee" of a company)
    facts = facts_of("Lin Bo, the Secretary of the Party Committee of Lindau Town, and Wang Ta, director of Norland "
                     "Education Bureau, attended the ceremony.")
    assert ("Lin Bo", "Secretary of the Party Committee", "Lindau Town") in posts(facts), posts(facts)
    facts = facts_of("Members such as Lin Bo, Secretary of Party Committee of Norland Education Bureau, attended "
                     "the ceremony.")
    assert ("Lin Bo", "Secretary of Party Committee", "Norland Education Bureau") in posts(facts), posts(facts)


def test_a_section_is_a_body_whose_name_may_join_two_fields() -> None:
    # "Head of the International Collaboration and Networking Section": "Section" heads a body, so the
    # name runs over "and" to it, not "International Collaboration" alone
    facts = facts_of("Guests included Miss Tove Lind, Head of the International Collaboration and Networking "
                     "Section, and other staff members from Norland University.")
    assert ("Tove Lind", "Head", "International Collaboration and Networking Section") in posts(facts), posts(facts)


def test_a_faculty_written_for_the_first_of_a_list_is_not_the_list_s_body() -> None:
    # "NU Dean Faculty of Engineering A, Registrar B, ...": the faculty is the dean's own unit; a
    # registrar or a director listed after him is no officer of the faculty
    facts = facts_of("On this occasion, NU Dean Faculty of Engineering and Technology Prof Dr Arne Holt, Registrar "
                     "Dr Bo Lind, Director External Linkages Prof Dr Eva Strand and others were present.")
    held = posts(facts)
    assert ("Arne Holt", "Dean", "Faculty of Engineering and Technology") in held, held
    assert not any(body == "Faculty of Engineering and Technology" for person, _, body in held
                   if person in {"Bo Lind", "Eva Strand"}), held
