"""The sides of a signing, and the side each signer signed for.

Sides are read from the dependency parse as well as by the name rules.

The name rules read "A and B signed" and "signed ... with A, B and C" as
chains of names they know. News also writes the sides as noun phrases the
rules cannot take apart: "with Nigeria's Bells University of Technology",
"with Japan-based SoftBank Corp, Russia-based Rosseti and Korea Electric
Power Corp", "The Chinese government has signed ... with the Honduran
government". The parse gives the subject of the signing verb and the object
of its "with"/"between", and their conjuncts; each conjunct is the body
named there: a known name covering its head word, or else the phrase itself
without its determiner, possessor and "X-based" descriptor.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.agreements import (
    DESCRIBED_NAME_RE,
    SIGNED_WITH,
    SIGN_RE,
    Draft,
    find_agreement_phrases,
    country_owner_end,
    kind_key,
    party_chain_after,
)
from kg.extract.countries import country_counts
from kg.extract.document import Document
from kg.extract.lexicon import (
    ANY_TITLE_RE,
    COMPANY_FORM_WORDS,
    GOVERNMENT_TITLES,
    GOVERNOR_TITLE_RE,
    HONORIFICS,
    ORG_HEADS,
    PLACE_HEADS,
    STYLE_WORDS,
    TITLE_WORDS,
)
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry, OrgMention, name_key
from kg.extract.occurrences import word_spans
from kg.extract.people import PersonMention
from kg.extract.posts import us_state
from kg.extract.roles import SideRef, resolve_side
from kg.knowledge import knowledge
from kg.knowledge.places import place_knowledge

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["parsed_sides", "assign_sides", "sides_of_later_posts", "headline_parties", "paired_parties", "parties_named_again",
           "parties_referred_back", "places_tied", "places_between", "places_signing", "our_own_side", "headline_places", "one_name_per_side", "governed_key"]

_K = knowledge("en")
_COUNTRIES = _K.countries
_NOT_BODIES = {"plan", "programme", "program", "project", "initiative", "protocol", "declaration", "roadmap"}
_BODY_WORDS = {"government", "administration", "ministry", "company", "group", "university", "bank", "agency",
               "council", "authority", "corporation", "corp", "institute", "commission", "municipality"}


def parsed_sides(index: MentionIndex, sent: tuple[int, int], verb_start: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The bodies the parse makes the subject of the signing verb at
    ``verb_start`` or the object of its "with"/"between"."""
    verb = index.doc.parsed_token_at(verb_start)
    if verb is None:
        return []
    heads: list[Token] = []
    objects: list[Token] = []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or (
        [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" else [])
    for subject in subjects:
        if any(_place_set_off(other, subject) for other in subjects):
            continue  # "St. Joseph University (SJU), Nagaland signed": where the body is, not another side
        heads += [subject, *subject.conjuncts]
    for prep in _preps(verb):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            objects += [obj, *(c for c in obj.conjuncts if not _seat_set_off(obj, c))]
    out: list[tuple[OrgEntry, tuple[int, int]]] = []
    for head in heads + objects:
        found = _body_at(index, head, sent, places=head in objects)
        if found is not None and _in_dateline(index.doc.text, sent[0], found[1]) \
                and not _named_again(found[0].name, index.doc.text[found[1][1] : sent[1]]):
            continue
        if found is not None and all(found[0] is not e for e, _ in out):
            out.append(found)
    return out


# "Lindau, Norland (NorDaily.com) -- A and B signed": the place and agency of a date line
_DATELINE_PLACE_RE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s*)+(?:,\s*(?:[A-Z][\w.'’-]*\s*)+)?")
# ("CEBU, Philippines - ...": the city's country, then a hyphen set off by spaces, ends the dateline too)
# ("DIMAPUR, FEBRUARY 9 (MExN): ...": the day, the agency and a colon end it as well)
_DATELINE_END_RE = re.compile(r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)?(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?"
                              r"\s*(?:\([^()]{1,40}\)\s*)?(?:--|—|–|-(?=\s)|:(?=\s))")


def _in_dateline(text: str, sent_start: int, span: tuple[int, int]) -> bool:
    """A place the sentence opens with, before the date line's dash, is
    where the news comes from, not a side of the signing the parse may
    make it a subject of (unless the sentence names it again after the
    dash: "Lindau (NNA) - Lindau province and Norvik signed")."""
    return _DATELINE_PLACE_RE.fullmatch(text, sent_start, span[1]) is not None \
        and _DATELINE_END_RE.match(text, span[1]) is not None


def _named_again(place: str, rest: str) -> bool:
    """Whether the rest of the sentence names the place again, in any case
    ("DAVAO CITY -- The city government of Davao and ...")."""
    words = {w for w in re.findall(r"[\w'’-]+", place.casefold()) if w not in _PLACE_WORDS}
    return bool(words & set(re.findall(r"[\w'’-]+", rest.casefold())))


def _place_set_off(body: Token, place: Token) -> bool:
    """Whether ``place``, which the parse makes a second subject, is a place
    set off by a comma right after the body's name (and its letters):
    "St. Joseph University (SJU), Nagaland signed"."""
    if place is body or place.ent_type_ not in ("GPE", "LOC") or body.right_edge.i >= place.i:
        return False
    between = body.doc[body.right_edge.i + 1 : place.i]
    # (a bare place: nothing joined to it by "and", and nothing after it that belongs to it)
    return place.i > 0 and place.nbor(-1).text == "," and all(t.is_punct for t in between) \
        and not any(c.dep_ == "cc" for c in place.children) and place.right_edge.i == place.i


def _seat_set_off(body: Token, conjunct: Token) -> bool:
    """Whether ``conjunct`` is the country of the body before it, set off by
    a comma with no "and" in the pair ("with Yonex, Japan to promote"): where
    the body is, not another side."""
    pair = [body, *body.conjuncts]
    return len(pair) == 2 and conjunct.text in _K.countries and conjunct.i == body.i + 2 \
        and body.nbor(1).text == "," and not any(c.dep_ == "cc" for t in pair for c in t.children)


def _preps(verb: Token) -> list[Token]:
    """"with"/"between" on the verb, or on its object ("signed an MoU with")."""
    preps = [c for c in verb.children if c.lower_ in ("with", "between")]
    # (an object the parse joins to the verb as a conjunct: "signed a co-operation and “Partnership Agreement” with")
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and _K.agreement_head_re.fullmatch(c.text)):
        preps += [c for c in obj.children if c.lower_ in ("with", "between")]
        for inner in (c for c in obj.children if c.dep_ == "prep"):
            preps += [g for p in inner.children if p.dep_ == "pobj" for g in p.children
                      if g.lower_ in ("with", "between")]
    return preps


def _named_with_its_head(index: MentionIndex, head: Token) -> tuple[OrgEntry, tuple[int, int]] | None:
    """A city, county or province named with its head word in lower case, as
    the subject or the partner of a signing ("Harbin city signed ... with
    Daqing city"): a place that signs, which no dateline writes so."""
    if head.lower_ not in PLACE_HEADS or head.i == 0 or head.text != head.lower_:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is not None and of.i == head.i + 1 and named is not None and named.pos_ == "PROPN" \
            and named.text[:1].isupper() and named.text not in _COUNTRIES:
        # "The city of Fuzhou in China's Jiangxi Province on Thursday signed": the place, named after its level
        start = min(t.idx for t in named.subtree if t.dep_ == "compound" or t is named)
        end = named.idx + len(named.text)
        if not index.org_mentions_around(start, end) and index.people.by_token(named.text) is None:
            name = index.doc.text[start:end]
            return index.orgs.exact(name) or index.orgs.add(name, place=True), (start, end)
    words: list[Token] = []
    for token in reversed(head.doc[max(0, head.i - 3) : head.i]):  # (the parse may call "Daqing" a verb)
        if not token.text[:1].isupper() or not token.is_alpha or token.is_stop:
            break
        words.insert(0, token)
    if not words or any(t.text in _COUNTRIES or t.text in _K.country_of_adjective or t.lower_ in TITLE_WORDS
                        or index.people.by_token(t.text) is not None for t in words) \
            or head.i + 2 < len(head.doc) and head.nbor(1).lower_ == "of" and head.nbor(2).text not in _COUNTRIES:
        return None  # (nor "the Pakistani city of Murree": the name follows; but "the Syrdarya region of Uzbekistan")
    start, end = words[0].idx, head.idx + len(head.text)
    if index.org_mentions_around(start, end):
        return None  # ("Lindau city government": a body the name rules read)
    name = index.doc.text[start:end]
    return index.orgs.exact(name) or index.orgs.add(name, place=True), (start, end)


# the rest of a hyphenated word after its first part ("E" of "E-commerce")
_GLUED_WORD_RE = re.compile(r"-[A-Za-z][\w]*")


def _body_at(index: MentionIndex, head: Token, sent: tuple[int, int],
             places: bool = False) -> tuple[OrgEntry, tuple[int, int]] | None:
    """The body named by the noun phrase headed by ``head``; with ``places``,
    a province or city too ("between Hunan Province and COFCO")."""
    start, end = head.idx, head.idx + len(head.text)
    glued = _GLUED_WORD_RE.match(index.doc.text, end)
    if glued is not None and head.text[:1].isupper():
        end = glued.end()  # "Jumore E-commerce also inked": the word the tokenizer cut at its hyphen
    if not sent[0] <= start < sent[1] or index.in_person_phrase(start, end):
        return None
    for mention in index.org_mentions_around(start, end):
        if mention.start <= start and end <= max(mention.end, mention.full_end):
            entry = index.orgs.resolve(mention.name) or index.orgs.exact(mention.name)
            if entry is None or entry.is_place and not places:
                return None
            return entry, (mention.start, mention.end)
    named_place = _named_with_its_head(index, head)
    if named_place is not None:
        return named_place
    if head.pos_ not in ("PROPN", "NOUN") or head.lower_ not in _BODY_WORDS and head.pos_ != "PROPN":
        return None
    dateline = head.text.isupper() and head.i + 1 < len(head.doc) and head.nbor(1).text == ","
    if (head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or dateline) and not places:
        return None  # "LILONGWE, 4 June 2024 -- ...": a dateline's city is no side
    tokens = [t for t in head.doc[head.left_edge.i : head.i + 1]]
    for k, token in enumerate(tokens):  # "Nigeria's", "Japan-based": what is said of the body
        if token.dep_ == "case" or token.lower_.endswith("-based") or token.lower_ == "based":
            tokens = tokens[k + 1 :]
            break
    indefinite = False
    while tokens and (tokens[0].dep_ in ("det", "punct") or tokens[0].lower_ in ("-", "based")):
        indefinite = indefinite or tokens[0].lower_ in ("a", "an", "another")
        tokens = tokens[1:]
    if not tokens or not tokens[0].text[:1].isupper():
        return None
    if any(tokens[0].idx < m.end for m in index.org_mentions_around(tokens[0].idx, end)):
        return None  # "China Road and Bridge Corporation" read otherwise by the name rules: theirs
    name = index.doc.text[tokens[0].idx : end]
    titled = ANY_TITLE_RE.match(name)
    held = re.match(r"\s+of\s+(?:the\s+)?(?=[A-Z])", name[titled.end() :]) if titled else None
    if titled is not None and held is not None:
        # "with the Deputy Chief Executive Officer of Agence française de Développement (AFD), A": the
        # body the title is held at, not the title
        name = name[titled.end() + held.end() :]
        tokens = [t for t in tokens if t.idx >= end - len(name)]
        if not tokens:
            return None
    described_in = DESCRIBED_NAME_RE.fullmatch(name)
    if described_in is not None:
        # "with Kenyan telecom company Safaricom": the body is the name the description goes on to
        name = described_in.group(1)
        tokens = [t for t in tokens if t.idx >= tokens[0].idx + described_in.start(1)]
    words = name.split()
    if index.people.get(name) is not None or index.people.names_someone(words[-1]) \
            or name.casefold() in _K.stop_caps or _K.agreement_head_re.search(name) \
            or words[-1].casefold() in _NOT_BODIES or words[-1] in _COUNTRIES \
            or place_knowledge("en").occasion_re.fullmatch(words[-1]) \
            or all(w.casefold() in STYLE_WORDS for w in words) \
            or len(words) == 2 and (words[0].casefold() in _K.honorifics or words[0].casefold().rstrip(".") in _K.honorifics):
        # a person, an agreement ("Three Memorandum", "Action Plan"), a place, an occasion ("a Signing
        # Ceremony formalised the grant"), a style ("His Excellency"), one addressed as a person ("Mr. Banda")
        return None
    if len(words) >= 2 and words[-1].casefold() in TITLE_WORDS and words[-2].casefold() in TITLE_WORDS \
            and not re.search(r"\b(?:of|for)\b", name):
        # "A, NRU Vice-Rector and Executive Officer and B sign ...": posts held, not a body (but
        # "the Office of the Vice President": a body named for the post)
        return None
    if len(words) == 1 and described_in is None and (words[0].casefold() in _K.org_heads or words[0].casefold() in _K.generic_bodies
                            or not (head.ent_type_ == "ORG" or words[0].isupper() and len(words[0]) >= 3
                                    or places and head.ent_type_ == "GPE" and not words[0].isupper())
                            or words[0].isupper() and words[0].title() in index.doc.token_texts):
        return None  # "Sultanate", "Makurdi", "KUWAIT": one word is a body only when the model says so
    if words[-1].islower():
        # "with a Spanish company, Centunion S.A.", "between the Kyrgyz company Delta Group and ...": the
        # body the description goes on to name
        comma = re.match(r"(?:,\s*|\s+)(?:the\s+)?", index.doc.text[end : end + 8])
        named = index.org_starting_at(end + comma.end()) if comma else None
        if named is not None and not named.name.split()[-1].islower():
            entry = index.orgs.resolve(named.name) or index.orgs.add(named.name)
            return entry, (named.start, named.end)
        written = _NAME_AFTER_DESCRIPTION_RE.match(index.doc.text, end)
        if named is None and written is not None and _a_named_body(index, written.group(1)):
            # "with Russian petrochemical company Sibur": the name the description goes on to, though no
            # name rule and no model's label reads it as a body's
            entry = index.orgs.resolve(written.group(1)) or index.orgs.add(written.group(1))
            return entry, written.span(1)
        if indefinite:
            return None  # "with a Japanese university": a body described, not named (the text names it later)
        owner = " ".join(words[:-1])
        if len(words) >= 2 and words[-1] in _K.descriptor_nouns and all(w[:1].isupper() for w in words[:-1]) \
                and owner not in _COUNTRIES and owner not in _K.country_of_adjective and _a_named_body(index, owner) \
                and f"{owner} {words[-1].capitalize()}" not in index.doc.text:
            # "the Eurofarma company": the company is Eurofarma, its description said after the name (but
            # "the Adani group", where the text also writes "Adani Group": the word is the name's own)
            entry = index.orgs.resolve(owner) or index.orgs.add(owner)
            return entry, (tokens[0].idx, tokens[0].idx + len(owner))
    # ("Jumore E-commerce also inked ...": the short name of "Zhejiang Jumore E-commerce Co Ltd", named before)
    # (not a place's name: "Brisbane City" is the city, not the "Brisbane City Council" named before)
    shortened = len(words) >= 2 and words[-1].casefold() not in PLACE_HEADS
    entry = index.orgs.resolve(name) or (index.orgs.resolve(name, allow_bare=True) if shortened else None) \
        or index.orgs.add(name)
    return entry, (tokens[0].idx, end)


# the capitalised name a description runs into ("company Sibur", "group Fosun International")
_NAME_AFTER_DESCRIPTION_RE = re.compile(r"(?:,[ \t]*|[ \t]+)([A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})(?![\w'’&-])")


def _a_named_body(index: MentionIndex, name: str) -> bool:
    """Whether capitalised words after a body's description name that body:
    no person, country, title or word that opens sentences."""
    first = name.split()[0].casefold()
    return index.people.get(name) is None and not index.people.names_someone(name) and name not in _COUNTRIES \
        and first not in TITLE_WORDS and first not in _K.stop_caps and first not in _K.honorifics


# --------------------------------------------------- which side each signer signed for

_PLACE_WORDS = {"province", "city", "county", "prefecture", "autonomous", "municipal", "district", "region",
                "provincial", "municipality", "of", "the", "and", "people's", "peoples", "government"}



def _initials_of(name: str) -> str:
    """"All Pakistan Business Forum" -> "APBF" (small words skipped)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name)
                   if w.casefold() not in ("of", "and", "the", "for", "&")).upper()


def _matches(index: MentionIndex, org_name: str, party: OrgEntry) -> bool:
    """Whether a post's body is (or governs) a party: "Mayor of Yueyang"
    signs for the Yueyang Municipal People's Government."""
    entry = index.orgs.resolve(org_name)
    if entry is party:
        return True
    owner = re.match(r"(.+?)['’]s\s", org_name)
    if owner and _matches(index, owner.group(1), party):
        return True  # "Country Director of ADB's India Resident Mission" signs for ADB
    if _initials_of(party.name) == re.sub(r"[^A-Za-z]", "", org_name).upper() and len(org_name) >= 3:
        return True  # "President of APBF" signs for the All Pakistan Business Forum
    words = set(name_key(org_name).split())
    party_words = set(name_key(party.name).split())
    if entry is not None and not entry.is_place and not party.is_place:
        return False
    proper = words - _PLACE_WORDS
    if not proper:
        return False
    if party.is_place:
        return proper == party_words - _PLACE_WORDS
    return proper <= party_words and bool(re.search(r"(?i)government|municipality|city of|committee|council", party.name))


# the words for a body's local office, which signs for the body it is of
_UNIT_HEADS = _K.unit_heads


def _parent_of_unit(index: MentionIndex, name: str, place: bool) -> tuple[str, bool]:
    """"Director of the Sri Lanka Resident Mission of the Asian Development
    Bank": a body's local office signs for the body it is of, where the text
    writes the two together (as one name, or the office's name and then the
    body's)."""
    if place:
        return name, place
    whole = re.fullmatch(r"(?:.+\s)?(\w+)\s+of\s+(?:the\s+)?(.+)", name)
    if whole and whole.group(1).casefold() in _UNIT_HEADS:
        parent = index.orgs.exact(whole.group(2))  # (one name, its body named on its own too)
    elif name.split()[-1].casefold() in _UNIT_HEADS:
        after = re.search(re.escape(name) + r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w&'’-]*(?:[ \t]+(?:of[ \t]+)?"
                          r"[A-Z][\w&'’-]*){0,6})", index.doc.text)
        parent = index.orgs.resolve(after.group(1)) if after else None
    else:
        parent = None
    if parent is None or parent.is_place or parent.name in _COUNTRIES:
        return name, place
    return parent.name, False


# "on behalf of their respective governments": each signer for the state their post is of
_RESPECTIVE_GOVERNMENTS_RE = re.compile(r"(?i)(?:^|\b(?:on\s+behalf\s+of|for)\s+)(?:(?:their|its|the)\s+)?respective\s+"
                                        r"(?:governments?|countries|states|nations)\b")


def _for_respective_states(index: MentionIndex, draft: Draft) -> bool:
    """Whether every signer signed "on behalf of their respective
    governments": as their side phrase, or after their name in the sentence
    where no side phrase was read."""
    text = index.doc.text
    for _, side, span in draft.signers:
        said = _RESPECTIVE_GOVERNMENTS_RE.match(side) if side else \
            _RESPECTIVE_GOVERNMENTS_RE.search(text, span[1], index.doc.sentence_at(span[0])[1])
        if said is None:
            return False
    return True


def _parties_from_signers(index: MentionIndex, draft: Draft, posts_of: dict[str, list[str]],
                          found: list[PersonMention]) -> None:
    """"The MoU was signed by A, President of X, and B, Rector of Y": when
    the text names no parties, the bodies the signers head are the parties."""
    if draft.parties or len(draft.signers) < 2 or any(
            side and not SideRef.COLLECTIVE_RE.match(side) and resolve_side(index, side, name, [], posts_of)
            for name, side, _ in draft.signers):
        return  # a side named by name ("for the county") is the signer's party, read elsewhere
    # (bodies are named in the registry only once two signers are seen to sign for two of them: a
    # ministry read from "Minister of Works" alone stays unnamed, for its country to be read later)
    picked: list[tuple[tuple[str, bool], tuple[int, int]]] = []
    implied: list[int] = []  # the picks that are ministries only a title implies
    named_countries = set(country_counts(index.doc.text))
    signer_names = {name for name, _, _ in draft.signers}
    respective = _for_respective_states(index, draft)
    for name, _, span in draft.signers:
        # the bodies of the signer's posts, named as the posts name them ("CEO of Nordhavn Wind")
        posts = [p for m in found if m.name == name for p in m.posts if p.org and not p.is_place]
        others = {p.org for m in found if m.name != name and m.name in signer_names for p in m.posts if p.org}
        entries: list[tuple[str, bool]] = []
        if len(named_countries) == 1 and not named_countries & others \
                and any(_unwritten_ministry(index, p.org) for p in posts if p.org):
            # "Finance Minister A and EIB Vice President B signed", in an article about one country: the
            # minister signs for the country, not for a ministry the text never names
            (country,) = named_countries
            entries.append(_known(index, country, True))
            posts = [p for p in posts if p.org and not _unwritten_ministry(index, p.org)]
        bodies = [_parent_of_unit(index, *_known(index, p.org, False)) for p in posts if p.org]
        entries += [e for e in bodies if not e[1]]
        if not entries:  # "Mayor A and Iwaki Mayor B signed": the cities they govern; "Japanese Foreign
            # Minister A and Mongolian Foreign Minister B signed", "Kenyan President A and Ghanaian President B
            # signed": the countries whose offices they hold (a head of state the text says signed, signed)
            entries = [_known(index, p.org, True) for m in found if m.name == name
                       for p in m.posts if p.org and p.is_place and (
                           GOVERNMENT_TITLES.search(p.title)
                           or (p.org in _COUNTRIES or p.org in _FEDERAL_STATES) and (
                               _K.public_office_re.search(p.title) or _HEAD_OF_STATE_RE.search(p.title)))][:1]
        if respective and entries and not entries[0][1] and len(owned := _countries_in(entries[0][0])) == 1:
            # "A, Secretary of the Ministry of Finance of the Government of Nepal, and B, Ambassador of Japan,
            # signed on behalf of their respective governments": the government the ministry belongs to
            entries[0] = _known(index, owned.pop(), True)
        if entries and all(entries[0][0] != e[0] for e, _ in picked):
            if not entries[0][1] and _unwritten_ministry(index, entries[0][0]):
                implied.append(len(picked))
            picked.append((entries[0], span))
    if len(named_countries) == 2 and len(implied) == 1 and len(picked) == 2:
        # "Minister of Commerce A and Uzbek Foreign Minister B signed", in an article of two countries: the
        # minister whose ministry the text never names signed for the country the other signer's is not
        (other,) = [e for k, (e, _) in enumerate(picked) if k != implied[0]]
        # (or a body named for one of them: "Minister of Public Works A along with the deputy chairman of the
        # Chinese Company for Communications and Construction, B", in a story of Kuwait and China)
        others = {other[0]} if other[0] in named_countries else _countries_in(other[0]) & named_countries
        if len(others) == 1:
            (country,) = named_countries - others
            picked[implied[0]] = (_known(index, country, True), picked[implied[0]][1])
    if len(picked) >= 2:
        for (body, place), span in picked:
            entry = index.orgs.exact(body) if place else index.orgs.resolve(body)
            draft.add_party(entry or index.orgs.add(body, place=place), span)
        if respective and len(picked) == len(draft.signers):
            # each signed for the state the text ties them to, whatever body their post is at
            draft.signers = [(name, body if side is None else side, span)
                             for (name, side, span), ((body, _), _) in zip(draft.signers, picked)]


# the states of federations ("Tamil Nadu", "Meghalaya"): a state minister signs for the state
_FEDERAL_STATES = frozenset(_K.federal_states)


def _known(index: MentionIndex, name: str, place: bool) -> tuple[str, bool]:
    """A body's name as the registry knows it (else as written), and whether it is a place."""
    entry = index.orgs.exact(name) if place else index.orgs.resolve(name)
    return (entry.name, entry.is_place) if entry is not None else (name, place)


def _unwritten_ministry(index: MentionIndex, org: str) -> bool:
    """A ministry a minister's title names ("Finance Minister" gives the
    Ministry of Finance) that the text itself never writes."""
    return org.startswith("Ministry of ") and org not in index.doc.text and index.orgs.resolve(org) is None


def _sides_by_posts(index: MentionIndex, names: list[str], sides: list[OrgEntry],
                    posts_of: dict[str, list[str]]) -> list[OrgEntry]:
    """The sides of signers who share one side phrase, one each: a signer
    whose post names one of the sides has it, the others take the rest in
    the order written."""
    mine: dict[str, OrgEntry] = {}
    for name in names:
        hits = [s for s in sides if any(_matches(index, org, s) or org == s.name for org in posts_of.get(name, []))]
        if len(hits) == 1 and hits[0] not in mine.values():
            mine[name] = hits[0]
    rest = [s for s in sides if s not in mine.values()]
    return [mine[name] if name in mine else rest.pop(0) for name in names]


def _first_span(draft: Draft, party: OrgEntry) -> int:
    spans = [a for a, b in draft.party_spans.get(party.name, []) if b > a]
    return min(spans) if spans else 1 << 30


def _countries_in(name: str) -> set[str]:
    """The countries a body's name names ("Government of France", "Agence
    Française de Développement", "Saudi Fund for Development")."""
    # ("US$640 million": a sum, not the United States)
    words = [_without_full_stop(w) for w in re.findall(r"[\w'’.-]+(?!\$)", name)]
    found: set[str] = set()
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            phrase = " ".join(words[k : k + size])
            if phrase in _COUNTRIES:
                found.add(phrase)
            elif phrase in _K.country_of_adjective and not (k and _K.region_before_re.search(words[k - 1] + " ")):
                found.add(_K.country_of_adjective[phrase])  # (not a region's: "Latin American")
    return found


def _without_full_stop(word: str) -> str:
    """A word without the full stop that ends its sentence ("signed in
    Norland." names Norland), unless the stop belongs to the name ("U.S.")."""
    if word.endswith(".") and word not in _COUNTRIES and word not in _K.country_of_adjective:
        return word.rstrip(".")
    return word


def is_state(party: OrgEntry) -> bool:
    """A country, a city or province, a government or one of its bodies."""
    if party.is_place or party.name in _COUNTRIES:
        return True
    # "City University of Hong Kong" is a university, "Norland City" a city
    return party.kind not in ("university", "institute") and any(
        w in _K.state_words for w in re.findall(r"[a-z]+", party.name.casefold()))


_FROM_RE = re.compile(r"(?:\s+and\s+[^.;,]{0,40}?)?\s+(?:from|of)\s+(?:the\s+)?")


def _affiliations(index: MentionIndex, draft: Draft,
                  resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"President Cheng Hua and three other delegates from Anhui University":
    a signer the text places at one of the parties signed for it."""
    for i, (name, side, span, phrase) in enumerate(resolved):
        if side is not None:
            continue
        homes: list[OrgEntry] = []
        for person in index.person_spans:
            if person.name != name:
                continue
            link = _FROM_RE.match(index.doc.text, person.name_end)
            if link and any(person.name_end < other.name_start < link.end() for other in index.person_spans):
                continue  # "Mayor A and Mayor B of Norvik": Norvik is B's, not A's
            joined = re.match(r"\s+and\s+(?:the\s+)?", index.doc.text[person.name_end : link.end()]) if link else None
            if joined and ANY_TITLE_RE.match(index.doc.text, person.name_end + joined.end()) \
                    and (index.doc.text[person.name_end + joined.end()].isupper() or joined.group().rstrip().endswith("the")):
                # "Minister A and Ambassador of China to Botswana, Mr B", "Minister A and the chairman of X, B": the
                # next signer's title and body
                continue
            mention = index.org_starting_at(link.end()) if link else None
            entry = index.orgs.resolve(mention.name) if mention else None
            if entry is not None and entry in draft.parties and entry not in homes:
                homes.append(entry)
        if len(homes) == 1:
            resolved[i] = (name, homes[0], span, phrase)


_DESCRIBED_BODY_RE = re.compile(r"(?i)\bthe\s+([a-z]+)['’]s\s|\bof\s+the\s+([a-z]+)(?![\w'’-])(?!\s+(?:of|for)\s)")


def _described_bodies(index: MentionIndex, draft: Draft,
                      resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"A, Deputy Chairman of the foundation's Board, and B, the Ministry's
    Undersecretary": a signer whose post names a party by its head word
    ("the foundation", "the ministry") signed for that party."""
    text = index.doc.text
    starts = sorted({span[0] for _, _, span, _ in resolved} | {p.name_start for p in index.person_spans})
    for i, (name, side, span, phrase) in enumerate(resolved):
        if side is not None or span[1] <= span[0]:
            continue
        following = next((s for s in starts if s > span[0]), span[1] + 120)
        post = text[span[1] : min(following, span[1] + 120)]
        if not re.match(r",\s|\s+of\s", post):
            continue  # only a post written beside the name ("A, the Ministry’s Undersecretary")
        post = re.split(r";|\.\s|\(|,\s+and\s|\s" + _K.signed_words + r"\s|\s+in\s+the\s+presence\b", post)[0]
        heads = {(m.group(1) or m.group(2)).casefold() for m in _DESCRIBED_BODY_RE.finditer(post)}
        hits = [p for p in draft.parties
                if not p.is_place and heads & {w.casefold() for w in re.findall(r"[A-Za-z]+", p.name)}]
        taken = {r[1].name for r in resolved if r[1] is not None}
        if len(hits) == 1 and hits[0].name not in taken:
            resolved[i] = (name, hits[0], span, phrase)


# where the words about one signer end on either side of the name: a list separator, a verb of the list
_SIGNER_LEFT_EDGE_RE = re.compile(r"[,;(:]|\b(?:and|by|between|with|while|whereas|as|when|after|as\s+well\s+as|"
                                  + _K.sign_words + r"|said|says)\s")
_SIGNER_RIGHT_EDGE_RE = re.compile(r"(?i);|,\s+and\s|\s+and\s+(?:the|his|her)\s|\s+(?:while|whereas)\s|\s+in\s+the\s+presence\b|"
                                   r"\s(?:" + _K.sign_words + r"|on\s+behalf)\b")
_PLACE_OF_DUTY_RE = re.compile(r"(?i)\b(?:to|in|at)\s+(?:the\s+)?$")


# "Group", "Corp", "Ltd": what a company is, which a text may leave off its name before a title
_FORM_WORDS = COMPANY_FORM_WORDS


def _party_forms(party: OrgEntry) -> list[str]:
    """The ways a text names a party beside a signer: its names (a company's
    also without the word for its form: "Sinopec" for Sinopec Group), and for
    a state, its country's adjectives ("Chinese", "China's")."""
    forms = [n for n in party.names() if len(n) >= 2]
    # "Sinopec Chairman A" for Sinopec Group: the name without the word for the company's form
    for name in list(forms):
        words = name.split()
        if len(words) >= 2 and words[-1].casefold() in _FORM_WORDS and words[-2][:1].isupper() \
                and " ".join(words[:-1]) not in _COUNTRIES and " ".join(words[:-1]) not in _K.country_of_adjective:
            forms.append(" ".join(words[:-1]))
    initials = _initials_of(party.name)
    if len(initials) >= 2 and len(party.name.split()) >= 2:
        forms.append(initials)  # "QU Vice President A" for Qatar University
    countries = _countries_in(party.name) if is_state(party) else set()
    if len(countries) == 1:
        country = next(iter(countries))
        forms += [country] + [adj for adj, c in _K.country_of_adjective.items() if c == country]
    return forms


def _named_beside(index: MentionIndex, draft: Draft,
                  resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> bool:
    """"Chairman of China's Development Cooperation Agency A and Treasury
    Secretary B", "Dr. A, Chief Medical Superintendent, Tikapur Hospital":
    a signer no other reading placed signed for the one party the words
    about them name (the title before the name, back to the list's last
    separator, and the post written after it), a country's post in a place
    of duty ("Ambassador to Nepal", "Representative in Cambodia") aside.
    Whether it placed anyone."""
    text = index.doc.text
    starts = sorted({p.start for p in index.person_spans} | {p.name_start for p in index.person_spans})
    placed = False
    for i, (name, side, span, phrase) in enumerate(resolved):
        if side is not None or span[1] <= span[0]:
            continue
        sent_start, sent_end = index.doc.sentence_at(span[0])
        before = [m.end() for m in _SIGNER_LEFT_EDGE_RE.finditer(text, sent_start, span[0])]
        earlier = [p.end for p in index.person_spans if sent_start <= p.end <= span[0] and p.name_start < span[0]]
        left = max([sent_start, *before, *earlier])
        words = re.findall(r"[\w'’.]+", text[left : span[0]])
        if left in before and text[left - 1] == "," and all(w.casefold() in HONORIFICS or w.casefold() in TITLE_WORDS
                                                             for w in words):
            # "Australia’s Minister for Tertiary Education, Senator A": the post before the comma
            left = max([sent_start, *[b for b in before if b < left - 1], *earlier])
        windows = [(left, span[0])]
        if re.match(r",\s|\s+of\s|\s*\(", text[span[1] : span[1] + 5]):
            following = next((s for s in starts if s > span[1]), sent_end)
            edge = _SIGNER_RIGHT_EDGE_RE.search(text, span[1], min(following, sent_end))
            windows.append((span[1], edge.start() if edge else min(following, sent_end)))
        found = _party_named_in(index, draft, windows)
        if found is None and left in before and text[left - 4 : left] == "and ":
            # "QU Vice President for Research and Graduate Studies Prof A": an "and" inside the post
            hard = [m.end() for m in _SIGNER_LEFT_EDGE_RE.finditer(text, sent_start, span[0]) if m.group().strip() != "and"]
            found = _party_named_in(index, draft, [(max([sent_start, *hard, *earlier]), span[0]), *windows[1:]])
        if found is not None:
            resolved[i] = (name, found, span, phrase)
            placed = True
    return placed


def _titled_elsewhere(index: MentionIndex, draft: Draft,
                      resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> bool:
    """"Governor A and Lindau Prefecture Vice Governor B reaffirm ties" in one
    sentence, "signed by Governor A and Vice Governor B" in another: a signer
    no other reading placed, whom the article elsewhere names with the one
    party's name before the title ("Lindau Prefecture Vice Governor"),
    signed for that party. Whether it placed anyone."""
    text = index.doc.text
    placed = False
    for i, (name, side, span, phrase) in enumerate(resolved):
        if side is not None:
            continue
        taken = {r[1].name for r in resolved if r[1] is not None}
        open_parties = [p for p in draft.parties if p.name not in taken]
        hits: dict[str, OrgEntry] = {}
        for person in index.person_spans:
            if person.name != name or person.name_start == span[0]:
                continue
            sent_start, _ = index.doc.sentence_at(person.name_start)
            edges = [m.end() for m in _SIGNER_LEFT_EDGE_RE.finditer(text, sent_start, person.name_start)]
            earlier = [p.end for p in index.person_spans if sent_start <= p.end <= person.name_start
                       and p.name_start < person.name_start]
            found = _one_named(index, open_parties, [(max([sent_start, *edges, *earlier]), person.name_start)])
            if found is not None:
                hits[found.name] = found
        if len(hits) == 1:
            resolved[i] = (name, next(iter(hits.values())), span, phrase)
            placed = True
    return placed


def _party_named_in(index: MentionIndex, draft: Draft, windows: list[tuple[int, int]]) -> OrgEntry | None:
    """The one party named in the words about a signer (the longest name
    wins where one name holds another); where no sentence names the parties,
    the one body those words name ("Prof A, Director, IIT Guwahati"), which
    then joins the parties."""
    named = [m for a, b in windows for m in index.org_mentions_between(a, b)]
    # (a body by its head word or its letters, not a title's remit: "Minister of State for Foreign Affairs")
    bodies = [e for m in named if (e := index.orgs.resolve(m.name)) is not None
              and not e.is_place and e.name not in _COUNTRIES
              and (any(w.casefold() in ORG_HEADS for w in e.name.split()) or re.match(r"[A-Z]{2,}\b", e.name))]
    found = _one_named(index, draft.parties or bodies, windows)
    if found is None and draft.parties:
        # "the AfDB's Resident Representative in Zambia, A", "A, Chief, Medical Superintendent, Tikapur
        # Hospital", where the sentences with the parties named only Zambia: the one body the words about
        # the signer name as their own (not a remit or a part of another: "Minister for State Enterprises",
        # "Director of AIT's Washington Office")
        text = index.doc.text
        own = [e for m in named if not _REMIT_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
               and (e := index.orgs.resolve(m.name)) is not None and e in bodies]
        found = _one_named(index, own, windows) if len(own) == 1 else None
    return found


_REMIT_BEFORE_RE = re.compile(r"(?:\b(?:of|for|to|at|in|on)\s+(?:the\s+)?|['’]s\s+)$")


def _one_named(index: MentionIndex, candidates: list[OrgEntry], windows: list[tuple[int, int]]) -> OrgEntry | None:
    text = index.doc.text
    hits: list[tuple[int, int, OrgEntry]] = []
    for party in candidates:
        for form in _party_forms(party):
            for a, b in windows:
                for at, to in word_spans(text, form, a, b, possessive=True):
                    if (party.is_place or party.name in _COUNTRIES or is_state(party)) \
                            and _PLACE_OF_DUTY_RE.search(text[max(a, at - 8) : at]):
                        continue
                    hits.append((at, to, party))
    kept = {h[2].name: h[2] for h in hits
            if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)}
    return next(iter(kept.values())) if len(kept) == 1 else None


def _place_in_list(index: MentionIndex, span: tuple[int, int], sides: list[OrgEntry]) -> OrgEntry | None:
    """The side a signer takes by their place among the people their
    sentence names before the signing ("respectively")."""
    sent_start, _ = index.doc.sentence_at(span[0])
    named = [p.name_start for p in index.persons_between(sent_start, span[1])]
    if span[0] not in named:
        return None
    k = named.index(span[0])
    return sides[k] if k < len(sides) else None


def _state_officers(draft: Draft, found: list[PersonMention],
                    resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"Finance Minister A and AFD Country Director B signed the agreements"
    between a government and a bank: the one holder of a state's office signed
    for the one party that is a state (the other signer then for the other
    party, by the one-signer-per-side rule that follows)."""
    for i, (name, side, span, phrase) in enumerate(resolved):
        # "AFD (Agence Française de Développement) Country Director B" signs for the Government of France
        homes = {c for m in found if m.name == name for post in m.posts if post.org for c in _countries_in(post.org)}
        taken = {r[1].name for r in resolved if r[1] is not None}
        hits = [p for p in draft.parties if p.name not in taken and homes and _countries_in(p.name) == homes]
        if side is None and len(homes) == 1 and len(hits) == 1:
            resolved[i] = (name, hits[0], span, phrase)
    taken = {r[1].name for r in resolved if r[1] is not None}
    states = [p for p in draft.parties if is_state(p) and p.name not in taken]
    if len(states) != 1 or len(draft.parties) < 2:
        return
    officers = [i for i, (name, side, _, _) in enumerate(resolved) if side is None and any(
        _K.public_office_re.search(post.title) for m in found if m.name == name for post in m.posts)]
    others = [i for i, (name, side, _, _) in enumerate(resolved) if side is None and i not in officers]
    if len(officers) == 1 and len(others) <= 1:
        name, _, span, phrase = resolved[officers[0]]
        resolved[officers[0]] = (name, states[0], span, phrase)


# a minister's post in lower case, its place written before it: "the Lower Saxony minister of transport"
# (titles.yaml ``place_offices`` marked ``signer``): its holder signs for the place
_PLACE_SIGNER_OFFICE_RE = _K.place_signer_office_re


def _own_bodies(index: MentionIndex, draft: Draft, found: list[PersonMention],
                resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"A, Registrar of Sambalpur University, and B, Director of IIT Madras,
    signed": a signer no other reading placed signed for the one body the
    article says they serve (or the one place they govern), even when the
    sentence with the parties left that body out. Two open signers who serve
    the same body, and no one else, are left open: which of them signed for
    it, and who for the other side, the text does not say."""
    taken = {r[1].name for r in resolved if r[1] is not None}
    own: dict[int, OrgEntry] = {}
    several: dict[int, list[OrgEntry]] = {}
    for i, (name, side, _, _) in enumerate(resolved):
        if side is not None:
            continue
        posts = [p for m in found if m.name == name for p in m.posts if p.org]
        bodies = {p.org for p in posts if p.org and not p.is_place}
        governs = False
        if not bodies:  # "Governor of Akmola" signs for the region
            # (or "the Lower Saxony minister of transport" for the state)
            bodies = {p.org for p in posts if p.org and p.is_place and (
                GOVERNMENT_TITLES.search(p.title) or _PLACE_SIGNER_OFFICE_RE.match(p.title))}
            governs = True
        entries = []
        for body in sorted(bodies):
            entry = index.orgs.resolve(body)
            if entry is None and body in index.doc.text:
                # "her Morlaix counterpart": a town the text names only there; "Manindra Agrawal, director,
                # IIT-K": a body the text names only in the signer's post
                entry = index.orgs.add(body, place=governs)
            if entry is not None and entry not in entries:
                entries.append(entry)
        if len(bodies) == 1 and len(entries) == 1 and entries[0].name not in taken:
            own[i] = entries[0]
        elif len(bodies) >= 2 and len(entries) == len(bodies):
            several[i] = entries
    for i, entries in several.items():
        # "the governors of Aktobe and Kostanay regions, A and B": a signer whose posts name two places,
        # one of them the other signer's own, signed for the one left
        claimed = taken | {e.name for e in own.values()}
        left = [e for e in entries if e.name not in claimed]
        if len(left) == 1 and len(left) < len(entries):
            own[i] = left[0]
    counts = Counter(entry.name for entry in own.values())
    for i, entry in own.items():
        # two who serve one body both signed for it when someone else signed too ("A, minister
        # of X, and the managing directors of Cuxport, B and C"): the other side is that one's
        other_signer = any(own.get(j) is None or own[j].name != entry.name for j in range(len(resolved)))
        if counts[entry.name] == 1 or other_signer:
            name, _, span, phrase = resolved[i]
            resolved[i] = (name, entry, span, phrase)


_HEAD_OF_STATE_RE = re.compile(r"(?i)\b(?:prime\s+minister|president|premier|king|emir|sultan|chancellor)\b")


def _national_officers(index: MentionIndex, found: list[PersonMention],
                       resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"Chinese Ambassador to Nepal A and Nepal's Foreign Secretary B signed
    the MoU": a signer no other reading placed who holds a public office of
    one country signed for that country, whatever the text took for the
    parties (here "One Belt")."""
    taken = {r[1].name for r in resolved if r[1] is not None}
    for i, (name, side, span, phrase) in enumerate(resolved):
        if side is not None:
            continue
        countries = {p.org for m in found if m.name == name for p in m.posts
                     if p.org in _COUNTRIES and (_K.public_office_re.search(p.title)
                                                 or _K.national_office_re.fullmatch(p.title))  # "Foreign Secretary"
                     and not _HEAD_OF_STATE_RE.search(p.title)}  # heads preside more often than they sign
        if len(countries) == 1 and not countries & taken:
            (country,) = countries
            resolved[i] = (name, index.orgs.exact(country) or index.orgs.add(country), span, phrase)
            taken.add(country)


def _ministers_of_the_one_country(index: MentionIndex, draft: Draft, found: list[PersonMention],
                                  resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"Minister of Economic Development A signed a loan agreement with Delta
    Bank Country Director B", in an article that names one country only and
    no state among the parties: a minister no other reading placed, whose
    ministry the text never names as a body, signed for that country."""
    countries = set(country_counts(index.doc.text))
    if len(countries) == 2:
        _minister_who_signed_with_a_country(index, draft, found, resolved, countries)
        return
    if len(countries) != 1 or any(is_state(p) and p.name not in countries for p in draft.parties):
        return
    (country,) = countries
    if any(r[1] is not None and r[1].name == country for r in resolved):
        return
    open_ministers = [i for i, (name, side, _, _) in enumerate(resolved) if side is None and any(
        _K.national_office_re.fullmatch(p.title) and not _HEAD_OF_STATE_RE.search(p.title)
        and (p.org is None or _unwritten_ministry(index, p.org))
        for m in found if m.name == name for p in m.posts)]
    if len(open_ministers) == 1:
        name, _, span, phrase = resolved[open_ministers[0]]
        if _signed_with_country(index, span, country):
            return  # "Foreign Minister A signed an agreement with Malta": the country A signed with, not A's
        resolved[open_ministers[0]] = (name, index.orgs.exact(country) or index.orgs.add(country), span, phrase)


def _signed_with_country(index: MentionIndex, span: tuple[int, int], country: str) -> bool:
    """Whether the signer's sentence names ``country`` as the one signed with."""
    _, end = index.doc.sentence_at(span[0])
    return re.search(SIGNED_WITH + re.escape(country) + r"\b", index.doc.text[span[1] : end], re.IGNORECASE) is not None


def _minister_who_signed_with_a_country(index: MentionIndex, draft: Draft, found: list[PersonMention],
                                        resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]],
                                        countries: set[str]) -> None:
    """"The Minister of Foreign Affairs, A, signed an agreement with Malta",
    in an article that names two countries: the lone signer, a minister whose
    ministry the text never names as a body, signed for the other one."""
    if len(resolved) != 1 or resolved[0][1] is not None:
        return
    name, _, span, phrase = resolved[0]
    if not any(_K.national_office_re.fullmatch(p.title) and not _HEAD_OF_STATE_RE.search(p.title)
               and (p.org is None or _unwritten_ministry(index, p.org) or p.org in countries)
               for m in found if m.name == name for p in m.posts):
        return
    partner = [c for c in countries if _signed_with_country(index, span, c)]
    if len(partner) == 1:
        (other,) = countries - set(partner)
        resolved[0] = (name, index.orgs.exact(other) or index.orgs.add(other), span, phrase)


def _opposite_country(index: MentionIndex, draft: Draft, found: list[PersonMention],
                      resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"Economic Minister A and Japanese Foreign Minister B signed the
    memorandum", "Secretary Economic Affairs Division A and Ambassador of
    Japan B signed the exchange notes in Islamabad", in an article that names
    one other country: two signed, one for Japan; the other, whose posts name
    no body of the text, signed for the other country the article names."""
    if len(resolved) != 2 or not all(p.name in _COUNTRIES for p in draft.parties):
        return
    placed = [r[1] for r in resolved if r[1] is not None]
    open_signers = [i for i, r in enumerate(resolved) if r[1] is None]
    if len(placed) != 1 or len(open_signers) != 1 or placed[0].name not in _COUNTRIES:
        return
    name, _, span, phrase = resolved[open_signers[0]]
    if any(p.org and (index.orgs.resolve(p.org) is not None or p.org in _COUNTRIES or p.org.isupper())
           and not _unwritten_ministry(index, p.org) for m in found if m.name == name for p in m.posts):
        return  # "Director-General of the Coastal Bank", "NAQS Minister A": the side the post names, if any
    others = set(country_counts(index.doc.text)) - {placed[0].name}
    if len(others) == 1:
        (country,) = others
        resolved[open_signers[0]] = (name, index.orgs.exact(country) or index.orgs.add(country), span, phrase)


_OTHER_PLACES_RE = re.compile(r"\b(?:Province|Provincial|Prefecture|County)\b")


def _governors_of_the_state(index: MentionIndex, found: list[PersonMention],
                            resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"Gov. Anna Berg signed a memorandum with a Norvik province", in US
    news that names one state: a governor no other reading placed, whose
    post names no body, signed for the state his sentence (else the article)
    names, as his post is read."""
    text = index.doc.text
    taken = {r[1].name for r in resolved if r[1] is not None}
    for i, (name, side, span, phrase) in enumerate(resolved):
        posts = [p for m in found if m.name == name for p in m.posts]
        if side is not None or not posts or any(p.org or not GOVERNOR_TITLE_RE.fullmatch(p.title) for p in posts):
            continue
        # (beyond the governor's sentence, only in an article that names no province or county)
        state = us_state(text, index.doc.sentence_at(span[0]), posts[0].title, _OTHER_PLACES_RE.search(text) is not None)
        if state is not None and state not in taken:
            resolved[i] = (name, index.orgs.exact(state) or index.orgs.add(state, place=True), span, phrase)
            taken.add(state)


_MINISTER_OF_RE = re.compile(r"Minister\s+(?P<prep>of|for)\s+(?P<field>[A-Z][\w'’&,\s-]*[\w'’])")


def _ministries_of_their_ministers(index: MentionIndex, found: list[PersonMention],
                                   resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"the Minister for Youth Development, Dr A, signed for the ministry",
    where the text names that ministry nowhere else: the ministry the
    minister's title names is the side."""
    for i, (name, side, span, phrase) in enumerate(resolved):
        if side is not None or not phrase or not re.fullmatch(r"(?i)the\s+ministry", phrase.strip()):
            continue
        titles = [m for mention in found if mention.name == name for p in mention.posts if p.org is None
                  if (m := _MINISTER_OF_RE.fullmatch(p.title)) is not None]
        if len(titles) == 1:
            ministry = f"Ministry {titles[0].group('prep')} {titles[0].group('field')}"
            resolved[i] = (name, index.orgs.resolve(ministry) or index.orgs.add(ministry), span, phrase)


def _no_people_for_parties(index: MentionIndex, draft: Draft) -> None:
    """"signed between Norland's Health Minister A and ...", "A, Director
    (HR), NTPC": a person the text names, a title with a name or a field
    before it ("Health Minister", "Berg Director"), or a name set off before
    a title, read as a side, is none."""
    def person_or_title(party: OrgEntry) -> bool:
        words = party.name.split()
        if party.name in _COUNTRIES or " of " in party.name \
                or any(w.casefold() in _K.org_heads for w in words):
            return False
        known = index.people.get(party.name)
        return known is not None and bool(known.spans) or (
            len(words) >= 2 and ANY_TITLE_RE.fullmatch(words[-1]) is not None) \
            or _set_off_before_a_title(index, draft, party)
    draft.parties = [p for p in draft.parties if not _words_of_a_document_name(index, draft, p)]
    draft.parties = [p for p in draft.parties if not person_or_title(p)]


# what joins the first words of a document's name to the rest ("Friendship and Exchange Agreement")
_DOCUMENT_NAME_JOIN_RE = re.compile(r"\s+(?:and|&|of|for|on)(?=\s+[A-Z])")
_CAPITALISED_WORD_RE = re.compile(r"[A-Z][\w-]*")
_SPACE_RE = re.compile(r"\s+")


def _words_of_a_document_name(index: MentionIndex, draft: Draft, party: OrgEntry) -> bool:
    """"Friendship and Exchange Agreement Formalized with Nakatsu City": words
    of the agreement's own name (a headline's capitals) read as a side."""
    if party.name in _COUNTRIES:
        return False
    last = party.name.split()[-1]
    if last[:1].isupper() and _K.agreement_head_re.fullmatch(last):
        return True  # "Exchange Agreement"
    text = index.doc.text
    spans = draft.party_spans.get(party.name, [])
    return bool(spans) and all(_document_head_follows(text, end) for _, end in spans)


def _document_head_follows(text: str, end: int) -> bool:
    """Whether a document's head (agreement, MoU, treaty... in capitals) closes the capitalised words
    that go on from ``end`` ("Friendship| and Exchange Agreement")."""
    joined = _DOCUMENT_NAME_JOIN_RE.match(text, end)
    pos = joined.end() if joined else end
    # (only a joining word lets other words come between: "Turkey Sign New Co-Operation Agreement" is a side)
    for _ in range(5 if joined else 1):
        space = _SPACE_RE.match(text, pos)
        if space is None:
            return False
        at = space.end()
        if at < len(text) and text[at].isupper() and _K.agreement_head_re.match(text, at):
            return True
        word = _CAPITALISED_WORD_RE.match(text, at)
        if word is None:
            return False
        pos = word.end()
    return False


def _set_off_before_a_title(index: MentionIndex, draft: Draft, party: OrgEntry) -> bool:
    """"... and Basanta Kunwar, Inspector General of Police, signed", "and PK
    Sangma, Health Minister, Meghalaya": a short name the model does not read
    as a place, set off by a comma before a title, is a person's."""
    words = party.name.split()
    if party.is_place or not 2 <= len(words) <= 4:
        return False
    text = index.doc.text
    for start, end in draft.party_spans.get(party.name, []):
        after = re.match(r",\s*(?:the\s+)?((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w-]*)", text[end : end + 60])
        if after and ANY_TITLE_RE.search(after.group(1)) \
                and index.doc.entity_label(start, end) not in ("GPE", "LOC", "FAC", "NORP"):
            return True
    return False


def assign_sides(index: MentionIndex, draft: Draft, found: list[PersonMention], posts_of: dict[str, list[str]]) -> None:
    _no_people_for_parties(index, draft)
    _parties_from_signers(index, draft, posts_of, found)
    told = list(draft.parties)
    resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]] = []
    listed_sides: list[OrgEntry] = []
    sharing: dict[str, list[str]] = {}
    for name, side, _ in draft.signers:
        if side:
            sharing.setdefault(side, []).append(name)
    for name, side, span in draft.signers:
        sides = resolve_side(index, side, name, draft.parties, posts_of)
        names = sharing.get(side or "", [])
        if len(names) >= 2 and len(sides) == len(names):
            # "A and B signed on behalf of X and Y (respectively)": one each, in order, unless the posts
            # say otherwise ("Representing Japan and Mongolia, Minister A and Ambassador of Japan B")
            order = sides if re.search(r"\brespectively\b", side or "") else _sides_by_posts(
                index, names, sides, posts_of)
            resolved.append((name, order[names.index(name)], span, side))
        elif len(sides) == 1:
            resolved.append((name, sides[0], span, side))
        elif len(sides) >= 2 and len(names) < len(sides) and re.search(r"\brespectively\b", side or "") \
                and (place := _place_in_list(index, span, sides)) is not None:
            # "A, ..., and B, ..., signed on behalf of X and Y respectively" where B was not read as a
            # signer: A still takes the side of the place A holds among the people the sentence lists
            resolved.append((name, place, span, side))
        else:
            listed_sides += [s for s in sides if s not in listed_sides]
            resolved.append((name, None, span, side))
    for entry in listed_sides:
        if entry not in draft.parties:
            draft.add_party(entry, (0, 0))
    for i, (name, body, span, phrase) in enumerate(resolved):
        if body is not None:
            continue
        hits = [p for p in draft.parties if any(_matches(index, o, p) for o in posts_of.get(name, []))]
        if len(hits) == 1:
            resolved[i] = (name, hits[0], span, phrase)
    _affiliations(index, draft, resolved)
    _described_bodies(index, draft, resolved)
    _state_officers(draft, found, resolved)
    _partners_other(index, draft, resolved)
    linked = any(p and (SideRef.COLLECTIVE_RE.match(p) or " and " in p) for *_, p in resolved) or listed_sides
    open_signers = [i for i, r in enumerate(resolved) if r[1] is None]
    taken = {r[1].name for r in resolved if r[1] is not None}
    open_parties = [p for p in draft.parties if p.name not in taken]
    # one signer per side: when all other signers are placed, the last one
    # signed for the one party left ("Executive Mayor Mokoena and Lisbon's
    # Deputy Mayor Vasconcelos signed the agreement")
    one_each = len(resolved) == len(draft.parties) >= 2 and len(taken) == len(resolved) - 1
    if (linked or one_each) and len(open_signers) == 1 and len(open_parties) == 1:
        name, _, span, phrase = resolved[open_signers[0]]
        resolved[open_signers[0]] = (name, open_parties[0], span, phrase)
    elif linked and len(open_signers) == len(open_parties) >= 2 and len(open_signers) == len(resolved):
        # "A and B signed on behalf of their respective parties": in the order the parties were named
        for i, party in zip(open_signers, sorted(open_parties, key=lambda p: _first_span(draft, p))):
            name, _, span, phrase = resolved[i]
            resolved[i] = (name, party, span, phrase)
    _own_bodies(index, draft, found, resolved)
    _national_officers(index, found, resolved)
    _governors_of_the_state(index, found, resolved)
    _ministries_of_their_ministers(index, found, resolved)
    _ministers_of_the_one_country(index, draft, found, resolved)
    _opposite_country(index, draft, found, resolved)
    if _named_beside(index, draft, resolved) | _titled_elsewhere(index, draft, resolved):
        # the one signer left after those placed by the words beside them: the one party left
        open_signers = [i for i, r in enumerate(resolved) if r[1] is None]
        taken = {r[1].name for r in resolved if r[1] is not None}
        open_parties = [p for p in draft.parties if p.name not in taken]
        if len(resolved) == len(draft.parties) >= 2 and len(open_signers) == 1 and len(open_parties) == 1:
            name, _, span, phrase = resolved[open_signers[0]]
            resolved[open_signers[0]] = (name, open_parties[0], span, phrase)
    _places_through_their_bodies(draft, resolved)
    _countries_through_own_posts(index, draft, found, resolved)
    for _name, body, span, _phrase in resolved:
        if body is not None and body not in draft.parties:
            draft.add_party(body, span)
    draft.signatures = [(name, body, span) for name, body, span, _ in resolved]
    _countries_through_their_bodies(draft)
    _last_side_left(draft, told)


def sides_of_later_posts(index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
    """"Minister for Primary Industries A has signed a plan ... between New
    Zealand and China": a post read only after the sides were assigned (a
    national office given its country by :func:`kg.extract.posts.national_posts`)
    places a signer still without a side at the one party it names, when no
    other signer of the agreement took that party."""
    for draft in drafts:
        taken = {id(body) for _, body, _ in draft.signatures if body is not None}
        for k, (name, body, span) in enumerate(draft.signatures):
            if body is not None:
                continue
            orgs = {p.org for m in found if m.name == name for p in m.posts if p.org}
            hits = [p for p in draft.parties if any(o == p.name or _matches(index, o, p) for o in orgs)]
            if len(hits) == 1 and id(hits[0]) not in taken:
                draft.signatures[k] = (name, hits[0], span)
                taken.add(id(hits[0]))


# after the signing verb, its object, then "with": "signed the MOU with UTAB"
_OBJECT_WITH_RE = re.compile(r"\s+(?:(?:the|an?|this)\s+)?(?:[\w-]+\s+){0,6}?with\s+(?:the\s+)?")


def _body_named_at(index: MentionIndex, pos: int) -> OrgEntry | None:
    """The known body whose name (or short name: "UTAB") starts at ``pos``."""
    mention = index.org_starting_at(pos)
    if mention is not None:
        return index.orgs.resolve(mention.name)
    run = _NAMED_RUN_RE.match(index.doc.text, pos)
    words = run.group().split() if run else []
    return next((e for k in range(len(words), 0, -1) if (e := index.orgs.resolve(" ".join(words[:k]))) is not None), None)


_NAMED_RUN_RE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*){0,6}")


def _partners_other(index: MentionIndex, draft: Draft,
                    resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"President A, Vice-President B and Vice-President C met with the
    delegation, and signed the MOU with UTAB", between HGU and UTAB: the
    subjects of "signed ... with" one of two parties signed for the other."""
    if len(draft.parties) != 2:
        return
    text = index.doc.text
    for i, (name, body, span, phrase) in enumerate(resolved):
        if body is not None or phrase:
            continue
        sent_end = index.doc.sentence_at(span[0])[1]
        verb = _K.active_sign_re.search(text, span[1], sent_end)
        if verb is None or verb.start() - span[1] > 160 \
                or re.search(r"(?i)\b(?:by|between|was|were)\b", text[span[1] : verb.start()]):
            continue  # (not "A said the MoU was signed with X by B", nor a signing far from the name)
        signed_with = _OBJECT_WITH_RE.match(text, verb.end(), sent_end)
        partner = _body_named_at(index, signed_with.end()) if signed_with else None
        if partner is not None and partner in draft.parties:
            resolved[i] = (name, next(p for p in draft.parties if p is not partner), span, phrase)


def _last_side_left(draft: Draft, told: list[OrgEntry]) -> None:
    """"The Hon Prime Minister A and B, Ambassador of Japan, signed the notes"
    between the Governments of Tonga and Japan: as many signers as parties,
    all placed but one, and one party nobody signed for: that one's. (Read
    again here, once a country and its own government are one side.) Not
    where a signer's own body made a third side beside the two the text
    told ("A, Registrar of X, B, Director of Y, and C signed"): C may have
    signed for either."""
    if not len(draft.signatures) == len(draft.parties) >= 2:
        return
    added = [p for p in draft.parties if all(p is not t for t in told)
             and not any(_own_words(p) & _own_words(t) for t in told)]
    if added and len(told) >= 2:
        return
    open_signers = [k for k, (_, body, _) in enumerate(draft.signatures) if body is None]
    taken = {id(body) for _, body, _ in draft.signatures if body is not None}
    open_parties = [p for p in draft.parties if id(p) not in taken]
    if len(open_signers) == 1 and len(open_parties) == 1 and len(taken) == len(draft.parties) - 1 \
            and not any(_own_words(open_parties[0]) & _own_words(p) for p in draft.parties if p is not open_parties[0]):
        # (not "Nairobi County" beside "Nairobi City County": one side by two names, the other unnamed)
        name, _, span = draft.signatures[open_signers[0]]
        draft.signatures[open_signers[0]] = (name, open_parties[0], span)


_PLACE_WORDS = {"city", "county", "province", "district", "region", "state", "the", "of"}


def _places_through_their_bodies(draft: Draft,
                                 resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"A, Deputy Mayor of Wuhu City, ... on behalf of Wuhu City" where the
    party is the Wuhu Municipal Government; "General Manager A of Vietnam
    Chemicals Group" read as signing for Vietnam: a signer placed at a city
    or a country that is no party signed for the one party named after that
    place (its government, its company), when there is just one."""
    moved: list[OrgEntry] = []
    for i, (name, body, span, phrase) in enumerate(resolved):
        if body is None or not (body.is_place or body.name in _COUNTRIES
                                or name_key(body.name).split()[-1] in _PLACE_WORDS):
            continue
        forms = {frozenset(w for w in name_key(body.name).split() if w not in _PLACE_WORDS)}
        forms |= {frozenset({a.casefold()}) for a, c in _K.country_of_adjective.items() if c == body.name}
        forms.discard(frozenset())
        owners = [p for p in draft.parties if p is not body and not p.is_place and p.name not in _COUNTRIES
                  and name_key(p.name).split()[-1] not in _PLACE_WORDS
                  and any(form <= set(name_key(p.name).split()) for form in forms)
                  # "Japan-India Cooperative Actions" is no more India's than Japan's
                  and (body.name not in _COUNTRIES or _countries_in(p.name.replace("-", " ")) <= {body.name})]
        if len(owners) == 1:
            resolved[i] = (name, owners[0], span, phrase)
            moved.append(body)
    # the place itself is then no party of its own, unless another signer still signed for it
    still = {id(r[1]) for r in resolved if r[1] is not None}
    draft.parties = [p for p in draft.parties if not any(p is m for m in moved) or id(p) in still]


def _countries_through_own_posts(index: MentionIndex, draft: Draft, found: list[PersonMention],
                                 resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]]) -> None:
    """"General Manager A of Vietnam Chemicals Group" read as signing for
    Vietnam, where no party is that company: the signer signed for the
    company of that country the article says they serve (not for a state's
    agency or ministry, which speak for the country), and the country is no
    party of its own unless someone else still signed for it."""
    moved: list[OrgEntry] = []
    for i, (name, body, span, phrase) in enumerate(resolved):
        if body is None or body.name not in _COUNTRIES or phrase and _countries_in(phrase) == {body.name}:
            continue  # (not where the text itself says the signer signed for the country)
        own = {p.org for m in found if m.name == name for p in m.posts
               if p.org and not p.is_place and p.org not in _COUNTRIES and _countries_in(p.org) == {body.name}}
        if len(own) != 1:
            continue
        entry = index.orgs.resolve(next(iter(own)))
        if entry is None or entry in draft.parties or entry.kind != "company" and not _told_in(index, draft, entry):
            continue  # (a state's agency speaks for the state: "USAID Mission Director A" for the United States)
        resolved[i] = (name, entry, span, phrase)
        moved.append(body)
    still = {id(r[1]) for r in resolved if r[1] is not None}
    draft.parties = [p for p in draft.parties if not any(p is m for m in moved) or id(p) in still]


def _told_in(index: MentionIndex, draft: Draft, entry: OrgEntry) -> bool:
    """Whether the text names the body outside a person's post: "the MoU
    lets Norland's Aid Agency and the Delta Agency share expertise", then
    "signed by A, Director of the Aid Agency": the agency, not its
    country, is the side."""
    return any(index.orgs.resolve(m.name) is entry and not index.in_person_phrase(m.start, m.end)
               for m in index.org_mentions)


def _countries_through_their_bodies(draft: Draft) -> None:
    """"France, through its development bank, Agence Française de Développement
    (AFD), and Rwanda signed"; "Pakistan signed ... with Germany ... between the
    Ministry of Economic Affairs, Pakistan, and the Federal Ministry ...,
    Germany": a country is a side through the one body of its own the
    agreement names, and that body is the party."""
    for country in [p for p in draft.parties if p.name in _COUNTRIES]:
        own = [p for p in draft.parties if p is not country and p.name not in _COUNTRIES
               and country.name in _countries_in(p.name)]
        if len(own) != 1:
            continue
        draft.parties.remove(country)
        draft.signatures = [(name, own[0] if body is country else body, span) for name, body, span in draft.signatures]



def _own_words(party: OrgEntry) -> set[str]:
    """The words of a party's names that tell it from others ("Nairobi" in
    "Nairobi City County", "PNG" in "PNG Ports Corporation" and in Papua New
    Guinea's short name), without the words any government's name has."""
    return {w for n in party.names() for w in name_key(n).split()} - _PLACE_WORDS - {
        "government", "govt", "republic", "kingdom"}


_PAIR_JOIN_RE = re.compile(r"\s+and\s+(?:the\s+)?")
_PAIR_SEPARATOR_RE = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|;\s*(?:and\s+)?|\s+as\s+well\s+as\s+|"
                                r"\s+and\s+between\s+)(?:the\s+)?(?:between\s+)?(?:the\s+)?")


def paired_parties(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"The signing of MOUs between A and B, C and D, as well as E and F":
    one agreement between each pair, in order, when the article counts as
    many agreements whose sides it has not named otherwise."""
    text = doc.text
    open_drafts = [d for d in drafts if all(p.is_place or p.name in _COUNTRIES for p in d.parties)]
    if len(open_drafts) < 2:
        return
    for sent in doc.body_sentences():
        between = re.search(r"(?i)\bbetween\s+(?:the\s+)?", text[sent[0] : sent[1]])
        if between is None:
            continue
        pos = sent[0] + between.end()
        pairs: list[list[tuple[OrgEntry, tuple[int, int]]]] = []
        while pos < sent[1]:
            pair: list[tuple[OrgEntry, tuple[int, int]]] = []
            for joiner in (None, _PAIR_JOIN_RE):
                if joiner is not None:
                    join = joiner.match(text, pos, sent[1])
                    if join is None:
                        break
                    pos = join.end()
                mention = index.org_starting_at(pos)
                entry = index.orgs.resolve(mention.name) if mention is not None else None
                if mention is None or entry is None or entry.is_place:
                    break
                pair.append((entry, (mention.start, mention.end)))
                pos = max(mention.end, mention.full_end)
            if len(pair) != 2:
                break
            pairs.append(pair)
            separator = _PAIR_SEPARATOR_RE.match(text, pos, sent[1])
            if separator is None:
                break
            pos = separator.end()
        if len(pairs) >= 2 and len(pairs) == len(open_drafts):
            for draft, pair in zip(open_drafts, pairs):
                draft.parties = [p for p in draft.parties if not (p.is_place or p.name in _COUNTRIES)]
                for entry, span in pair:
                    draft.add_party(entry, span)
            return


_COUNTED_SIDES_RE = re.compile(r"(?i)\b(?:the\s+)?(two|three|four|five|both)\s+(?:parties|sides)\b")
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_APPOSED_PLACE_RE = re.compile(r"(?i)(?:\bcapital\s+of|\bcity\s+of|\bin|\bof|\bat|\bfrom)\s+(?:the\s+)?$")


def parties_referred_back(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"X has announced to deepen cooperation with A and B. The three parties
    signed a strategic cooperation agreement": an agreement whose sentence
    counts its sides without naming them is between the bodies (or the
    city) the sentence before names, when it names just that many."""
    text = doc.text
    dateline = doc.dateline_town
    for draft in drafts:
        if draft.parties:
            continue
        for sent in draft.sentences:
            counted = _COUNTED_SIDES_RE.search(text, sent[0], sent[1])
            if counted is None or not _K.sign_re.search(text, counted.end(), sent[1]):
                continue
            starts = [s for s, _ in doc.body_sentences()]
            k = starts.index(sent[0]) if sent[0] in starts else 0
            if re.search(r"[.;]\s*$", text[sent[0] : counted.start()]):
                before = (sent[0], counted.start())  # the sentence before, joined to this one ("... Co. The three")
            elif k > 0 and counted.start() == sent[0]:
                before = doc.body_sentences()[k - 1]
            else:
                continue
            # the bodies, and the cities the model finds, that the words before name
            spans = [(m.start, m.end, m.name, False) for m in index.org_mentions_between(*before)]
            spans += [(e.start_char, e.end_char, e.text, True) for e in doc.parsed.ents
                      if e.label_ == "GPE" and before[0] <= e.start_char < before[1]
                      and not any(a <= e.start_char < b for a, b, _, _ in spans)]
            named: list[tuple[str, bool, tuple[int, int]]] = []
            for start, end, name, city in sorted(spans):
                if name in _COUNTRIES or any(name == n for n, _, _ in named):
                    continue
                if dateline is not None and dateline.holds(start):
                    continue  # "(MENAFN- Kuwait News Agency (KUNA)) HANGZHOU, Sept 22 --": the source and its town
                if _APPOSED_PLACE_RE.search(text[max(before[0], start - 14) : start]):
                    continue  # "Guiyang, capital of Guizhou province": where, not who
                named.append((name, city, (start, end)))
            if len(named) == _COUNTS[counted.group(1).casefold()]:
                for name, city, span in named:
                    entry = index.orgs.resolve(name) or index.orgs.add(name, place=city)
                    draft.add_party(entry, span)
                break


# "the MOU between A and B": an agreement named again with the sides it is between
_NAMED_BETWEEN_RE = re.compile(r"\s+(?:" + _K.signed_words + r"\s+)?between\s+(?:the\s+)?")


def parties_named_again(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"A signed the MOU with UTAB ... He believed that the MOU between HGU and
    UTAB will ...": an agreement whose signing names one side, named again
    later as between that side and another, is between both. Only where one
    agreement of that kind was signed, so the later words cannot be another's."""
    text = doc.text
    for sent in doc.body_sentences():
        for phrase in find_agreement_phrases(text, *sent):
            if not phrase.definite or phrase.plural:
                continue
            between = _NAMED_BETWEEN_RE.match(text, phrase.end, sent[1])
            if between is None:
                continue
            same_kind = [d for d in drafts if kind_key(d.kind) == kind_key(phrase.kind)
                         or name_key(phrase.kind) in ("agreement", "deal")]
            if len(same_kind) != 1 or len(same_kind[0].parties) != 1:
                continue
            draft = same_kind[0]
            sides = party_chain_after(index, between.end(), sent[1])
            known = [k for k, (entry, _) in enumerate(sides) if _matches(index, entry.name, draft.parties[0])]
            if len(sides) == 2 and len(known) == 1:
                entry, span = sides[1 - known[0]]
                draft.add_party(entry, span)


def headline_parties(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """A body the headline names as signing, when the text says only "the
    provincial government" and "the group"."""
    if doc.body_start == 0:
        return
    title = (0, doc.body_start - 2)
    verb = SIGN_RE.search(doc.text, 0, title[1])
    if verb is None:
        return
    if len(drafts) != 1 or drafts[0].parties:
        return
    # only names written in full (or introduced short names) count here:
    # a headline's bare words ("German auto parts maker") are not parties
    for mention in index.org_mentions:
        if mention.end <= title[1]:
            entry = index.orgs.resolve(mention.name)
            if entry is not None and not entry.is_place and not _country_of_the_place_before(index, mention):
                drafts[0].add_party(entry, (mention.start, mention.end))


def _country_of_the_place_before(index: MentionIndex, mention: OrgMention) -> bool:
    """"... sister-city MOU with Medellin, Colombia": a country set off after
    a town names where the town is, not one more side."""
    if mention.name not in _COUNTRIES:
        return False
    before = _TOWN_BEFORE_RE.search(index.doc.text, max(0, mention.start - 40), mention.start)
    if before is None:
        return False
    name = before.group(1)
    if name in _COUNTRIES or name.isupper() or _K.country_of_adjective.get(name) or _K.country_of_official_name.get(name):
        return False  # "Georgia, Azerbaijan, Turkey Sign", "PH, Japan sign": countries listed, each a side
    town = index.orgs.resolve(name)
    return town is not None and town.is_place and town.name not in _COUNTRIES or any(
        e.label_ == "GPE" and e.text == name for e in index.doc.parsed.ents)


# a town's name, then the comma before its country ("Medellin, ")
_TOWN_BEFORE_RE = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s*$")


# the ties an agreement serves, named after its signing: "to expand collaboration between", "a partnership between"
_TIES_BETWEEN_RE = re.compile(r"(?i)\b(?:cooperation|collaboration|partnership|relations|relationship|ties|exchanges?|"
                              r"friendship)\s+between\s+")


_TIED_NAME = r"([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
_OWNER = r"(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
_TIED_PAIR_RE = re.compile(_OWNER + _TIED_NAME + r"\s+and\s+" + _OWNER + _TIED_NAME + r"(?![\w'’-])")


def _tied_place(index: MentionIndex, name: str, span: tuple[int, int]) -> OrgEntry | None:
    """A place named in the ties an agreement serves: a country, a place the
    text knows, one the language model takes for a place, or a name headed
    by a place's head word ("Lindau Prefecture")."""
    known = index.orgs.resolve(name)
    if known is not None:
        return known if known.is_place or known.name in _COUNTRIES else None
    if index.people.get(name) is not None:
        return None
    if name in _COUNTRIES or name.split()[-1].casefold() in PLACE_HEADS or any(
            e.label_ == "GPE" and (e.start_char, e.end_char) == span for e in index.doc.parsed.ents):
        return index.orgs.add(name, place=True)
    return None


def places_tied(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"Governor A signed an MoU with Lindau Prefecture Governor B to expand
    collaboration between Norland and Lindau Prefecture": an agreement whose
    sentences name no side, whose signing sentence goes on to the ties it
    serves between two places (countries, states, cities), is between those
    two. Only where no side was read otherwise: bodies that sign are often
    said to serve ties between their countries."""
    text = doc.text
    for draft in drafts:
        if draft.parties:
            continue
        for sent in draft.sentences:
            verb = SIGN_RE.search(text, sent[0], sent[1])
            ties = _TIES_BETWEEN_RE.search(text, verb.end(), sent[1]) if verb is not None else None
            pair = _TIED_PAIR_RE.match(text, ties.end(), sent[1]) if ties is not None else None
            if pair is None:
                continue
            places = [(_tied_place(index, pair.group(k), pair.span(k)), pair.span(k)) for k in (1, 2)]
            if all(e is not None for e, _ in places) and places[0][0] is not places[1][0]:
                for entry, span in places:
                    if entry is not None:
                        draft.add_party(entry, span)
                break


_HEADLINE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# "Lindau and Velsk sign ...", "Lindau, Velsk cities sign ...", "Lindau in Norland signs ... with Velsk": the
# places a headline opens with, as the subject of its signing verb
_HEADLINE_PLACES_RE = re.compile(
    r"\s*(?P<names>" + _HEADLINE_NAME + r"(?:\s*(?:,|\band\b|&)\s*" + _HEADLINE_NAME + r")*)"
    r"(?P<plural>\s+(?:" + "|".join(sorted(h if h.endswith("s") else h[:-1] + "ies" if h.endswith("y") else h + "s" for h in PLACE_HEADS)) + r"))?"
    r"(?P<seat>\s+in\s+" + _HEADLINE_NAME + r")?\s+" + _K.present_sign + r"\b")


def _headline_place(index: MentionIndex, name: str, span: tuple[int, int], plural: bool) -> OrgEntry | None:
    """A city, province or region a headline names as signing: one the text
    knows as a place, the model takes for one, or a name headed by a
    place's head word ("Velsk City"); any name when the headline calls them
    "cities" or says where it is ("Lindau in Norland"). No country: a headline's countries sign through the bodies the
    text goes on to name ("Norland, Sweden sign two MoUs")."""
    if name in _COUNTRIES or name in _K.country_of_adjective or index.people.get(name) is not None:
        return None
    known = index.orgs.resolve(name)
    if known is not None:
        # (a city's name read as its government's, "Velsk City", is that city)
        city = known.name.split()[-1].casefold() in PLACE_HEADS
        return known if (known.is_place or city) and known.name not in _COUNTRIES else None
    if plural or name.split()[-1].casefold() in PLACE_HEADS or any(
            e.label_ == "GPE" and (e.start_char, e.end_char) == span for e in index.doc.parsed.ents):
        return index.orgs.add(name, place=True)
    return None


def headline_places(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"Lindau and Velsk sign framework agreement", "Lindau, Velsk cities
    sign MoU": the cities or provinces a headline makes the subject of its
    signing verb are the sides of the article's first signing. (In the body
    a place opening a sentence is often the dateline; a headline has none.)
    One place alone signs only "with" another the headline names ("Lindau
    in Norland signs sister city agreement with Velsk")."""
    if doc.body_start == 0:
        return
    title_end = doc.body_start - 2
    opening = _HEADLINE_PLACES_RE.match(doc.text, 0, title_end)
    if opening is None:
        return
    at = opening.start("names")
    names = [(m.group(), (at + m.start(), at + m.end())) for m in re.finditer(_HEADLINE_NAME, opening.group("names"))]
    if len(names) == 1 and not re.search(r"\bwith\b", doc.text[opening.end() : title_end]):
        return
    # ("cities", or "in Norland" after one name, say they are places)
    plural = opening.group("plural") is not None or opening.group("seat") is not None and len(names) == 1
    places = [(_headline_place(index, n, s, plural), s) for n, s in names]
    if not places or any(e is None for e, _ in places):
        return
    draft = min(drafts, key=lambda d: d.sentences[0][0] if d.sentences else len(doc.text))
    for entry, span in places:
        if entry is not None and all(entry is not p and not _matches(index, entry.name, p) for p in draft.parties):
            draft.add_party(entry, span)


# "friendship between", "sister-city relations between", "an Intent Letter ... between": the ties or the
# document a signing establishes, then the places it is between
_PLACE_TIES_BETWEEN_RE = re.compile(
    r"(?i)(?:\b|(?<=the)(?=(?-i:[A-Z])))(?:relations?|relationships?|ties|friendship|partnership|twinning|agreements?|memorandum|letters?(?:\s+of\s+intent)?"
    # ("a letter of intent to strengthen friendly exchanges and cooperation between Foshan City and Sambava City")
    r"|(?P<purpose>cooperation|exchanges))"
    r"\s+between\s+(?:the\s+)?")
# a place's name, capitalised words ("Lower Nordia Province", "Lindau")
_PLACE_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?![\w'’-])")
# what a place's name may carry before the next one: whose it is ("of the Republic of Norland", "of PRC") or
# where it is (", Norland", ", Velsk province")
_LOWER_PLACE_HEAD = r"(?:\s+(?:" + "|".join(sorted(PLACE_HEADS, key=len, reverse=True)) + r"))?"
_LOWER_HEAD_AFTER_RE = re.compile(r"\s+(?:" + "|".join(sorted(PLACE_HEADS, key=len, reverse=True)) + r")(?![\w'’-])")
_PLACE_TAIL_RE = re.compile(r"(?:\s+(?:of|in)\s+(?:the\s+)?|\s*,\s*)[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
                            + _LOWER_PLACE_HEAD)
# a full stop after a word of four letters or more ends a sentence, not an abbreviation ("St.", "Mt.")
_STOP_AFTER_NAME_RE = re.compile(r"[^\W\d_]{4,}\.$")
_PLACE_PAIR_JOIN_RE = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?")


def _between_place(index: MentionIndex, name: str, span: tuple[int, int]) -> tuple[OrgEntry | None, bool] | None:
    """A city, county or province a signing is said to be between, and
    whether it is surely one: one the text knows as a place, the model takes
    for one, or a name headed by a place's head word ("Lindau Prefecture").
    None for a country (countries are sides the name rules read already, and
    "friendship between Norland and Sweden" is often the ties two cities'
    agreement serves), a person or another body the text knows."""
    if name in _COUNTRIES or name in _K.country_of_adjective:
        return None
    known = index.orgs.exact(name)
    if known is not None:
        city = known.name.split()[-1].casefold() in PLACE_HEADS
        return (known, True) if (known.is_place or city) and known.name not in _COUNTRIES else None
    if index.people.names_someone(name):
        return None  # a person, named in full or by surname ("Safadi and Al Zayani also signed")
    sure = name.split()[-1].casefold() in PLACE_HEADS or any(
        e.label_ in ("GPE", "LOC") and (e.start_char, e.end_char) == span for e in index.doc.parsed.ents)
    return None, sure


def _places_between(index: MentionIndex, start: int, end: int) -> list[tuple[OrgEntry, tuple[int, int]]] | None:
    """The places named in pairs from ``start`` on ("A and B", "A and B as
    well as C and D"), each without the words saying whose or where it is;
    None when a name is no place, or none is surely one (the model often
    takes a foreign city's name for a person's)."""
    text = index.doc.text
    found: list[tuple[str, OrgEntry | None, bool, tuple[int, int]]] = []
    pos = start
    while pos < end:
        name = _PLACE_NAME_RE.match(text, pos, end)
        if name is not None and _STOP_AFTER_NAME_RE.search(name.group()):
            # ("... and Sambava City.": the sentence's stop, not the name's)
            name = _PLACE_NAME_RE.match(text, pos, name.end() - 1)
        # ("Shaanxi province of China and Antwerp Province of Belgium": the level written in lower case says
        # the name is a place's, and is read past; the place is named bare, as its officials' posts name it)
        head = _LOWER_HEAD_AFTER_RE.match(text, name.end(), end) if name is not None \
            and not _country_as_written(name.group()) else None
        read = _between_place(index, name.group(), name.span()) if name is not None else None
        if name is None or read is None:
            return None
        found.append((name.group(), read[0], read[1] or head is not None, name.span()))
        pos = head.end() if head is not None else name.end()
        tail = _PLACE_TAIL_RE.match(text, pos, end)
        if tail is not None and _PLACE_PAIR_JOIN_RE.match(text, tail.end(), end):
            pos = tail.end()
        join = _PLACE_PAIR_JOIN_RE.match(text, pos, end)
        if join is None or len(found) % 2 == 0 and not join.group().strip(", ").startswith("as"):
            break
        pos = join.end()
    if len(found) < 2 or len(found) % 2 or not any(sure for _, _, sure, _ in found):
        return None
    return [(entry or index.orgs.add(name, place=True), span) for name, entry, _, span in found]


def places_between(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"... concluded with the signature of an Intent Letter on the
    Establishment of Friendly Relationship between Lindau Province of Norland
    and East Velsk", "signed letters of intent to establish sister-city
    relations between A and B as well as C and D": cities, counties and
    provinces a signing sentence (or the headline) names as what the
    agreement or the ties it sets up are between are its sides. Places are
    no bodies the name rules know, and the parse often joins the pair to
    the words around it. Pairs go to as many agreements, in order."""
    text = doc.text
    title = (0, doc.body_start - 2) if doc.body_start else None
    for k, draft in enumerate(drafts):
        sentences = list(draft.sentences) + ([title] if title is not None and k == 0 else [])
        for sent in sentences:
            pairs: list[tuple[OrgEntry, tuple[int, int]]] | None = None
            for ties in _PLACE_TIES_BETWEEN_RE.finditer(text, sent[0], sent[1]):
                if ties.group("purpose") and draft.parties:
                    continue  # (bodies that sign "to expand cooperation between" two places stay the sides)
                pairs = _places_between(index, ties.end(), sent[1])
                if pairs:
                    break
            if not pairs:
                continue
            same = [d for d in drafts if d.sentences and sent in d.sentences] or [draft]
            chunks = [pairs[i : i + 2] for i in range(0, len(pairs), 2)]
            if len(chunks) > 1 and len(chunks) != len(same):
                continue
            for target, pair in zip(same if len(chunks) > 1 else [draft], chunks):
                for entry, span in pair:
                    if all(entry is not p and not _matches(index, entry.name, p) for p in target.parties):
                        target.add_party(entry, span)
            break


# a word of where a place lies: a name, or a place's head word ("Northeast China's Heilongjiang province")
_LOCATIVE_WORD = r"(?:[A-Z][\w'’.-]*|" + "|".join(sorted(PLACE_HEADS, key=len, reverse=True)) + r")"
# "On May 4, Lindau and Velsk city officially signed ...": two places joined as the subject of the signing,
# opening the sentence or its clause after a comma (not "the mayors of Lindau and Velsk signed")
_PLACE_PAIR_SIGNING_RE = re.compile(
    r"(?<![\w'’]\s)(?<![\w'’.-])(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}" + _LOWER_PLACE_HEAD + r")"
    r"(?P<a_in>\s+of\s+(?:the\s+)?(?P<a_country>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
    r"\s+and\s+(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}" + _LOWER_PLACE_HEAD + r")"
    # ("Nebraska state of the US": the country a place is in, said after it)
    r"(?P<b_in>\s+of\s+(?:the\s+)?(?P<b_country>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
    # ("Harbin city and Daqing city in Northeast China's Heilongjiang province on Aug 10 signed": where the
    # pair lies, in names and a place's head words, and the day)
    r"(?:\s+in\s+(?:the\s+)?" + _LOCATIVE_WORD + r"(?:\s+" + _LOCATIVE_WORD + r"){0,5})?"
    r"(?:,?\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?,?)?"
    r"\s+(?:(?:officially|formally|jointly|also|have|has|had|was|were|today|yesterday)\s+)*"
    # (the signing verbs in the active voice, as the knowledge spells them)
    r"(?i:" + _K.active_sign_re.pattern + ")")


def _country_as_written(name: str) -> bool:
    """A country by its name, formal name or short form ("the US"); stricter
    than the party chain's test, which also takes a province or any initials."""
    return name in _COUNTRIES or name in _K.country_of_adjective or name in _K.country_of_official_name


def _without_owner(name: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A place's name without the country's possessive before it
    ("Northeast China's Jilin province" is Jilin province)."""
    cut = country_owner_end(name)
    return name[cut:], (span[0] + cut, span[1])


def places_signing(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"On May 4, Lindau and Velsk city officially signed a sister-city
    agreement": two cities (counties, provinces) joined as the subject of
    a signing sentence are its sides. Only a pair of places, each a place
    and not a country, a person or a body the text knows, one of them
    surely a place: one city alone opening a sentence is often where the
    story was filed."""
    text = doc.text
    for draft in drafts:
        for sent in draft.sentences:
            pair = _PLACE_PAIR_SIGNING_RE.search(text, sent[0], sent[1])
            if pair is None:
                continue
            if any(w.casefold() in TITLE_WORDS - PLACE_HEADS for k in ("a", "b") for w in pair.group(k).split()):
                continue  # "Deputy Mayor Lindau and Velsk signed": a titled man, not a place
            if f"{pair.group('a')} and {pair.group('b')}" in _COUNTRIES:
                continue  # "Trinidad and Tobago signed": one country
            if any(pair.group(k) is not None and not _country_as_written(pair.group(k)) for k in ("a_country", "b_country")):
                continue  # "Lindau and the Mayor of Velsk signed": only a country may follow a place's name
            named = [_without_owner(pair.group(k), pair.span(k)) for k in ("a", "b")]
            read = [(_between_place(index, name, span), name, span) for name, span in named]
            if any(r is None for r, _, _ in read) or not any(r is not None and r[1] for r, _, _ in read):
                continue
            for r, name, span in read:
                entry = (r[0] if r is not None else None) or index.orgs.add(name, place=True)
                if all(entry is not p and not _matches(index, entry.name, p) for p in draft.parties):
                    draft.add_party(entry, span)
            break


# "our city signed", "with our county", "between Lindau University and our university": the publisher's own
# city, county or body as a side of the signing it reports
_OUR_SIDE_RE = re.compile(r"(?i)\bour\s+(" + "|".join(sorted(PLACE_HEADS | ORG_HEADS, key=len, reverse=True)) + r")\b")
_OUR_SIDE_BEFORE_RE = re.compile(r"(?i)\b(?:with|between|and)\s+$")
_DETERMINERS = {"our", "this", "that", "its", "their", "each", "every", "a", "an", "one"}
# (the signing verbs in the active voice, as the knowledge spells them)
_OUR_SIDE_AFTER_RE = re.compile(r"(?i)\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?(?:" + _K.active_sign_re.pattern + ")")
# the words of a place's government a city's, county's or province's own name is written before ("Lindau
# municipal Party committee", "Velsk County government"); "people's" follows a level word
_HOME_LEVELS = sorted(_K.government_levels - {"people's"}, key=len, reverse=True)


def _home_name(text: str, head: str) -> str | None:
    """The name of the publisher's own city (county, province): the one
    name the article writes before a word of a place's government ("the
    Lindau municipal government" for "our city")."""
    if head not in PLACE_HEADS:
        return None
    names = Counter(m.group(1) for m in re.finditer(
        r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)\s+(?i:" + "|".join(map(re.escape, _HOME_LEVELS)) + r")\b", text)
        if m.group(1).casefold() not in _GOVERNING_WORDS | _DETERMINERS and m.group(1) not in _COUNTRIES
        and m.group(1) not in _K.country_of_adjective)
    return names.most_common(1)[0][0] if len(names) == 1 else None


def our_own_side(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """"On May 4, our city signed a framework agreement with X", "X signed
    a strategic cooperation agreement with our county": a city's or a
    university's own news calls itself "our city", "our university"; that
    is a side, named as the city's name the article writes with its
    governing word ("the Lindau municipal committee"), else as written.
    Read in the sentences of the signing, and in one telling of the
    ceremony where the article reports one signing."""
    text = doc.text
    sentences = [(d, s) for d in drafts for s in d.sentences]
    if len(drafts) == 1:
        told = {s for _, s in sentences}
        sentences += [(drafts[0], s) for s in doc.body_sentences() if s not in told]
    for draft, sent in sentences:
        if len(draft.parties) >= 2 or not SIGN_RE.search(text, sent[0], sent[1]):
            continue
        for our in _OUR_SIDE_RE.finditer(text, sent[0], sent[1]):
            if not (_OUR_SIDE_BEFORE_RE.search(text[max(sent[0], our.start() - 12) : our.start()])
                    or _OUR_SIDE_AFTER_RE.match(text, our.end(), sent[1])):
                continue
            head = our.group(1).casefold()
            name = _home_name(text, head) or our.group().casefold()
            entry = index.orgs.exact(name) or index.orgs.add(name, place=head in PLACE_HEADS)
            if all(entry is not p and not _matches(index, entry.name, p) for p in draft.parties):
                draft.add_party(entry, our.span())
            break


# the words that name a place's or a country's government beside the place's own name ("Government of
# Norland", "Lindau Province", "Varna City County"); not "council" or "administration", bodies of their own
# beside the place they serve
_GOVERNING_WORDS = {w.casefold() for w in PLACE_HEADS} | {
    "government", "govt", "of", "the", "provincial", "municipal", "people's", "peoples", "republic", "kingdom", "regional"}


def governed_key(name: str) -> frozenset[str]:
    """A body's name without its governing words: "Government of Ceara" and "Ceara" are one key."""
    return frozenset(w for w in name_key(name).split() if w not in _GOVERNING_WORDS)


def one_name_per_side(drafts: list[Draft]) -> None:
    """"The Government of Norland and the Government of Sweden signed a
    protocol ... Norland and Sweden also signed an MoU"; "between Lindau
    Province and ... signed by A for Lindau": one side the article names by
    its place's name and by its government's (or province's, city's) name
    is one party, named in every agreement by the fuller name."""
    parties = {id(p): p for d in drafts for p in d.parties}
    parties.update({id(b): b for d in drafts for _, b, _ in d.signatures if b is not None})
    fuller: dict[int, OrgEntry] = {}
    for short in parties.values():
        key = governed_key(short.name)
        longer = [p for p in parties.values() if p is not short and len(p.name) > len(short.name)
                  and governed_key(p.name) == key]
        if key and len(longer) == 1 and not (set(name_key(short.name).split()) - set(name_key(longer[0].name).split())):
            fuller[id(short)] = longer[0]
    if not fuller:
        return
    for draft in drafts:
        kept: list[OrgEntry] = []
        for party in draft.parties:
            party_as = fuller.get(id(party), party)
            if party_as is not party:
                draft.party_spans.setdefault(party_as.name, []).extend(draft.party_spans.get(party.name, []))
            if all(party_as is not k for k in kept):
                kept.append(party_as)
        draft.parties = kept
        draft.signatures = [(name, fuller.get(id(body), body) if body is not None else None, span)
                            for name, body, span in draft.signatures]
