"""Constructions read in the fifty-eighth session (invented sentences, one construction each)."""
from __future__ import annotations

from invented import facts_of, posts, signatures


def test_a_posting_title_without_its_article_after_by_gives_the_name_set_off_after_it() -> None:
    # "The MoU was signed by High Commissioner of India to Sri Lanka, A B and ...": the article left out
    # before the title, the posting after it, then the name set off by a comma
    facts = facts_of("Norvik University received a grant from Delta on Monday. The memorandum of understanding "
                     "was signed by High Commissioner of Delta to Norvik, Taranjit Singh Sandhu, and the Rector "
                     "of Norvik University, Anna Berg.")
    held = posts(facts)
    assert ("Taranjit Singh Sandhu", "High Commissioner", "Delta") in held, held
    assert any(s[0] == "Taranjit Singh Sandhu" for s in signatures(facts)), signatures(facts)


def test_a_posting_title_opening_a_sentence_gives_the_name_set_off_after_it() -> None:
    held = posts(facts_of("Norvik University signed a memorandum of understanding with Delta on Monday. High "
                          "Commissioner of Delta to Norvik, Taranjit Singh Sandhu, said the grant would help."))
    assert ("Taranjit Singh Sandhu", "High Commissioner", "Delta") in held, held
