"""Constructions read in the sixty-second session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_a_sum_in_us_dollars_makes_no_third_country_of_a_two_country_story() -> None:
    # "Norland would lend Peru 85 million U.S. dollars, Economy and Finance Minister A said. A and Norland's
    # ambassador B signed": a story of two countries, whose sums are in dollars; A signed for Peru, not for a
    # ministry only his title implies
    facts = facts_of("LIMA, Feb. 21 -- Norland would provide 85 million U.S. dollars in loans for rural development in "
                     "Peru, Economy and Finance Minister Anna Berg said Tuesday.\n\nBerg and Norland Ambassador Li Ming "
                     "had signed an agreement for the loan.")
    assert ("Anna Berg", "Peru") in signatures(facts), signatures(facts)
    assert ("Anna Berg", "Economy and Finance Minister", "Peru") in posts(facts), posts(facts)
