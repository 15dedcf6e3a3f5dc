"""Posts read in the twenty-eighth session (invented names and texts)."""
from __future__ import annotations

from invented import facts_of, posts


def test_people_listed_beside_a_signer_come_from_the_body_the_signer_signed_for() -> None:
    # "Party Secretary A, President B, Vice President C, District Chief D attended": B signs for Lakeside
    # University, so A and C, listed next to B up to D (whose post names the district), are the university's
    facts = facts_of("On May 4, Lakeside University and Rostock District Government signed a cooperation "
                     "agreement. Party Secretary Henrik Moller, President Anna Berg, Vice President Lars Holm, "
                     "Rostock District Secretary Olaf Lind attended the signing ceremony.\n\n"
                     "Anna Berg and Olaf Lind signed the agreement on behalf of Lakeside University and Rostock "
                     "District Government respectively.")
    rows = sorted(p for p in posts(facts) if p[0] in ("Henrik Moller", "Lars Holm"))
    assert rows == [("Henrik Moller", "Party Secretary", "Lakeside University"),
                    ("Lars Holm", "Vice President", "Lakeside University")], rows


def test_a_visitor_to_one_of_two_countries_holds_the_other_countries_office() -> None:
    # "Prime Minister A ... is currently in Rostock, Norway, for a working visit": A is not Norway's prime
    # minister but Sweden's, and so are the ministers who go with him
    facts = facts_of("Sweden and Norway sign three MoUs\n\nROSTOCK: Sweden and Norway have inked three memoranda "
                     "of understanding.\n\nThe first MoU was inked between Nordhavn Bhd and Fjord Holdings on "
                     "developing power plants in Sweden.\n\nThe signing was witnessed by Prime Minister Arvid "
                     "Halvorsen, who was accompanied by Deputy Trade Minister Tomas Brenner.\n\nHalvorsen is "
                     "currently in Rostock, Norway, for a one-day working visit to the Nordic Expo.\n\nThe Prime "
                     "Minister will return to Uppsala on Sunday.")
    rows = sorted(p for p in posts(facts) if p[0] in ("Arvid Halvorsen", "Tomas Brenner"))
    assert rows == [("Arvid Halvorsen", "Prime Minister", "Sweden"),
                    ("Tomas Brenner", "Deputy Trade Minister", "Sweden")], rows


def test_a_visit_to_a_city_named_like_a_country_is_no_visit_to_the_country() -> None:
    # "met President A in Mexico City": the city where they met, not a visit of A's to Mexico
    from kg.extract.posts import _VISIT_AFTER_RE

    text = "He also met with President Arvid Halvorsen in Mexico City."
    at = text.index("Halvorsen") + len("Halvorsen")
    assert _VISIT_AFTER_RE.match(text, at) is None
    text = "Arvid Halvorsen led a delegation to Norway."
    match = _VISIT_AFTER_RE.match(text, len("Arvid Halvorsen"))
    assert match is not None and match.group("c2") == "Norway"
