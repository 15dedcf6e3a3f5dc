"""The extractor: one article in, its facts out, as a short run of named passes.

Each pass has one job and its own module:

    parse         tokens, sentences, tags, dependencies, entities (kg.nlp, Document)
    entities      organizations (name rules, whole names, model-named bodies)  pipeline
                  people (titles around names, model-named people)      people, entities
    posts         posts written beside a person, in headers, implied   people, posts
    agreements    signing sentences, kinds, counts, sides in them,     signings
                  signers, witnesses, areas
    sides         the side each signer signed for, parties the         sides
                  headline or the signers' posts give
    time, place   the date and place of each signing                   time_place
    learned       a place for signings the rules left without one      place_ranker
                  (a model trained on the development set's gold),
                  the bodies no rule made a party that likely are one  party_linker
                  the people no rule made a signer or witness that     signer_linker
                  likely signed, with a side
                  the side each signer signed for, the rules' choice   side_chooser
                  one of the cues
    facts         the facts model with evidence for each fact          assemble
    identity      no place as a body's name; generic names kept local  identity

The genre's words and phrases come from kg/knowledge/en/*.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.article import Article
from kg.extract.agreements import Draft
from kg.extract.assemble import assemble
from kg.extract.country_naming import countries_as_written
from kg.extract.document import Document
from kg.extract.entities import (
    add_named_people,
    company_short_names,
    own_bodies,
    formal_country_names,
    model_org_mentions,
    whole_names,
)
from kg.extract.identity import settle_identities
from kg.extract.lexicon import COUNTRY_LETTERS
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgMention, OrgRegistry, find_org_mentions, name_key
from kg.extract.people import PersonMention, find_people, surnames_named_in_full
from kg.extract.party_linker import link_parties
from kg.extract.signer_linker import link_signers
from kg.extract.place_ranker import rank_places
from kg.extract.side_chooser import choose_sides
from kg.extract.posts import (
    academic_posts,
    counterpart_posts,
    shared_posts,
    team_posts,
    dateline_mayor,
    header_posts,
    posts_by_person,
    ministers_of_their_side,
    national_posts,
    plural_each_posts,
    plural_posts,
    behalf_posts,
    own_posts,
    respective_posts,
    plural_after_names,
    field_remits,
    introduced_lists,
    listed_posts,
)
from kg.extract.sides import (
    assign_sides,
    headline_parties,
    headline_places,
    one_name_per_side,
    paired_parties,
    parties_named_again,
    parties_referred_back,
    places_tied,
    places_between,
    places_signing,
    our_own_side,
    sides_of_later_posts,
)
from kg.extract.signings import read_agreements
from kg.extract.time_place import (
    collective_time_and_place,
    dateline_place,
    fill_time_and_place,
    lead_visit,
    same_occasion,
    town_as_named,
)
from kg.facts import ArticleFacts
from kg.knowledge import knowledge

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

OFFICIAL_COUNTRY_NAMES = knowledge("en").country_of_official_name

__all__ = ["extract", "rule_reading", "Reading"]


@dataclass
class Reading:
    """What the rule passes read in one article, before the learned choices."""

    doc: Document
    index: MentionIndex
    orgs: OrgRegistry
    found: list[PersonMention]
    drafts: list[Draft]


def extract(article: Article, parsed: SpacyDoc | None = None) -> ArticleFacts:
    """All facts of one article, each with the sentence it was read from;
    ``parsed`` is the article text's parse when it was made already, in a
    batch of articles (:func:`kg.nlp.parse_batch`)."""
    if parsed is not None:
        from kg.nlp import remember

        remember(article.text, parsed)
    r = rule_reading(article)
    rank_places(r.doc, r.index, r.drafts)
    link_parties(r.doc, r.index, r.drafts)
    link_signers(r.doc, r.index, r.drafts, r.found)
    choose_sides(r.doc, r.index, r.drafts, r.found)
    one_name_per_side(r.drafts)
    countries_as_written(r.doc, r.orgs, r.drafts)
    # facts, and which of their names may join other articles
    facts = assemble(r.doc, r.index, r.orgs, r.found, r.drafts)
    settle_identities(r.doc, facts)
    return facts


def rule_reading(article: Article) -> Reading:
    """The rule passes over one article: what the learned models choose
    among, and what they are trained on (bench/train.py)."""
    doc = Document(article)
    # entities and posts
    orgs, org_mentions = organizations(doc)
    found, people = find_people(doc, orgs, org_mentions)
    add_named_people(doc, people, orgs, org_mentions)
    counterpart_posts(doc, orgs, people, found)
    shared_posts(doc, orgs, people, found)
    shared_posts(doc, orgs, people, found)
    plural_posts(doc, orgs, people, found)
    plural_each_posts(doc, orgs, people, found)
    header_posts(doc, orgs, found)
    team_posts(doc, orgs, found)
    listed_posts(doc, orgs, found)
    introduced_lists(doc, orgs, found)
    behalf_posts(doc, orgs, found)
    own_posts(doc, orgs, found)
    respective_posts(doc, orgs, people, found)
    plural_after_names(doc, orgs, people, found)
    surnames_named_in_full(people, found)  # (the passes above may name in full one read by surname first)
    index = MentionIndex(doc, people, found, orgs, org_mentions)
    # agreements, with the sides, signers, witnesses and areas their sentences name
    drafts = read_agreements(doc, index)
    academic_posts(index, found, drafts)
    dateline_mayor(doc, index, found, drafts)
    # sides
    if drafts:
        headline_parties(doc, index, drafts)
        paired_parties(doc, index, drafts)
        parties_referred_back(doc, index, drafts)
        parties_named_again(doc, index, drafts)
        places_tied(doc, index, drafts)
        places_between(doc, index, drafts)
        places_signing(doc, index, drafts)
        our_own_side(doc, index, drafts)
        headline_places(doc, index, drafts)
    posts_of = posts_by_person(found)
    for draft in drafts:
        assign_sides(index, draft, found, posts_of)
    field_remits(index, found)
    ministers_of_their_side(index, found, drafts)
    national_posts(index, found, drafts)
    sides_of_later_posts(index, found, drafts)
    # time and place
    for draft in drafts:
        fill_time_and_place(doc, index, draft)
    same_occasion(doc, drafts)
    collective_time_and_place(doc, index, drafts)
    dateline_place(doc, drafts)
    lead_visit(doc, index, drafts)
    town_as_named(doc, drafts)
    return Reading(doc, index, orgs, found, drafts)


def organizations(doc: Document) -> tuple[OrgRegistry, list[OrgMention]]:
    """Every body the article names, registered with its short names."""
    mentions = formal_country_names(doc, whole_names(doc, find_org_mentions(doc)))
    mentions = formal_country_names(doc, sorted(mentions + model_org_mentions(doc, mentions), key=lambda m: m.start))
    mentions = own_bodies(doc, company_short_names(doc, mentions))
    orgs = OrgRegistry(frozenset(name_key(m.name) for m in mentions), doc.text)
    for mention in sorted(mentions, key=lambda m: (-len(m.name), m.start)):
        entry = orgs.add(mention.name, doc.evidence(mention.start, mention.end), acronym=mention.alias)
        if mention.alias:
            orgs.add_alias(entry, mention.alias, doc.evidence(mention.alias_start, mention.alias_end))
        written = doc.text[mention.start : mention.end]
        if written != mention.name and (written in OFFICIAL_COUNTRY_NAMES  # "Russian Federation" for Russia
                                        or written in COUNTRY_LETTERS):  # "UAE" for the United Arab Emirates
            orgs.add_alias(entry, written, doc.evidence(mention.start, mention.end))
    for mention in mentions:  # keep the entries of short forms found before full ones
        known = orgs.resolve(mention.name)
        if known is not None and mention.alias:
            orgs.add_alias(known, mention.alias)
    return orgs, mentions
