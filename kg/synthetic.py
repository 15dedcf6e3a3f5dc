"""Deterministic synthetic knowledge graphs for benchmarks and scale tests.

Real corpora of this genre are small; scale claims need graphs of 1k to
100k agreements with the same shape as real ones. The generator draws
organizations, people, posts, agreements, witnesses and fields from a seeded
random generator, builds the facts model, and maps it with the same code as
real ingest, so what is measured is what users run.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from kg.article import Article
from kg.facts import Agreement, ArticleFacts, Organization, Person, PostHolding, Signature

__all__ = ["synthetic_articles", "load_synthetic"]

_ORG_HEADS = ["Municipal People's Government", "Provincial Department of Commerce", "University",
              "Energy Group Co., Ltd.", "Bank Branch", "Institute of Technology", "Logistics Group",
              "Development Fund", "Chamber of Commerce", "Big Data Administration"]
_PLACES = ["Changsha", "Beijing", "Shanghai", "Shenzhen", "Guiyang", "Wuhan", "Graz", "Lund", "Accra", "Qingdao",
           "Chengdu", "Xi'an", "Nanjing", "Hangzhou", "Kunming", "Lisbon", "Hamburg", "Nairobi"]
_SYLLABLES = ["an", "bo", "chen", "da", "fei", "gang", "hai", "hua", "jian", "jun", "kai", "lan", "li", "ming",
              "ning", "ping", "qiang", "rong", "shan", "tao", "wei", "xia", "yang", "yu", "zhi", "zhou"]
_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
             "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Berger", "Holm", "Mensah", "Ribeiro"]
_TITLES = ["President", "Vice President", "Mayor", "Vice Mayor", "Director", "Deputy Director", "Chairman",
           "General Manager", "Secretary of the Party Committee", "Governor", "Chief Executive Officer"]
_KINDS = ["strategic cooperation framework agreement", "strategic cooperation agreement",
          "memorandum of understanding", "investment agreement", "cooperation agreement", "letter of intent",
          "loan agreement", "partnership agreement"]
_FIELDS = ["digital economy", "new energy vehicles", "port logistics", "talent training", "smart healthcare",
           "big data", "tourism", "green finance", "rail transit", "agricultural technology", "cloud computing",
           "marine engineering", "cultural exchange", "supply chain finance", "hydrogen energy", "education"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_SYLLABLES).capitalize()}{rng.choice(_SYLLABLES)}"


def synthetic_articles(agreements: int, seed: int = 7) -> Iterator[tuple[Article, ArticleFacts]]:
    """One synthetic article per agreement, deterministic for a seed.

    Organizations number about a fifth of the agreements and people about
    two fifths, so organizations sign many agreements each, as in life.
    """
    rng = random.Random(seed)
    org_count = max(4, agreements // 5)
    orgs = [f"{rng.choice(_PLACES)} {rng.choice(_SYLLABLES).capitalize()}{rng.choice(_SYLLABLES)} "
            f"{rng.choice(_ORG_HEADS)} {i}" for i in range(org_count)]
    people = [f"{_name(rng)} {i}" for i in range(max(4, 2 * agreements // 5))]
    start = date(2015, 1, 1)
    for index in range(agreements):
        parties = rng.sample(orgs, 3 if rng.random() < 0.1 else 2)
        signers = rng.sample(people, len(parties) + 2)
        witnesses = signers[len(parties):]
        posts = [PostHolding(p, rng.choice(_TITLES), o) for p, o in zip(signers, parties)]
        when = start + timedelta(days=rng.randrange(0, 3650))
        agreement = Agreement(
            kind=rng.choice(_KINDS),
            date=when,
            place=rng.choice(_PLACES),
            parties=parties,
            signatures=[Signature(p, o) for p, o in zip(signers, parties)],
            witnesses=witnesses[: rng.randrange(0, 3)],
            areas=rng.sample(_FIELDS, rng.randrange(1, 4)),
        )
        facts = ArticleFacts(
            organizations=[Organization(o) for o in parties],
            people=[Person(p) for p in signers],
            posts=posts,
            agreements=[agreement],
        )
        text = f"Synthetic article {index}"
        article = Article(path=Path(f"synthetic-{index:07d}.txt"), text=text, title=text,
                          published=when + timedelta(days=1), source_department=None,
                          sha256=f"{index:064x}")
        yield article, facts


def load_synthetic(store, agreements: int, seed: int = 7) -> int:
    """Fill ``store`` (a :class:`kg.store.Store`) with a synthetic graph;
    returns the number of quads written. Uses the bulk loader: this is for
    building benchmark data fast, not for ingesting articles."""
    from kg.mapping import map_article

    written = 0

    def quads():
        nonlocal written
        for article, facts in synthetic_articles(agreements, seed):
            for quad in map_article(article, facts, store.minter):
                written += 1
                yield quad

    store.load_article_quads(quads())
    store.compact()
    return written
