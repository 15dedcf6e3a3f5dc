"""Constructions read in the fortieth session (invented names and texts; real country names)."""
from __future__ import annotations

from pathlib import Path

from invented import page, posts, signatures

from kg.extract import extract


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
