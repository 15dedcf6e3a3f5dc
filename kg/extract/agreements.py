"""Agreements: which sentences report a signing, of what, between whom,
when and where.

A signing sentence has a signing verb that is not a wish ("would sign ...
at an early date") and a singular agreement phrase ("a strategic
cooperation framework agreement", "the MoU", a quoted title). An indefinite
phrase starts a new agreement unless it restates one already read; a
definite one refers back. Parties are the bodies joined by "and" before the
verb, or named after "with"/"between".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.dates import FoundDate, find_dates
from kg.extract.dateline import DATE_THEN_MARK_RE, SINGLE_DASH_AFTER_RE, TOWN_AND_COMMA_RE
from kg.extract.document import Document
from kg.extract.lexicon import ANY_TITLE_RE, COUNTRY_LETTERS, FIELD_WORDS, MONTHS_AND_DAYS, ORG_HEADS, PLACE_HEADS, STOP_CAPS, STYLE_WORDS, TITLE_WORDS
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry, clean_name, name_key
from kg.knowledge import alternation, entries, knowledge
from kg.knowledge.places import place_knowledge
from kg.place_names import place_names

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Draft", "DESCRIBED_NAME_RE", "written_kind", "AgreementPhrase", "find_agreement_phrases", "SIGN_RE", "is_future", "party_chain_before",
           "party_chain_after", "signing_date", "signing_place", "same_kind", "kind_key", "country_owner_end"]

_K = knowledge("en")
# the days of the week (words.yaml weekdays), as written in a sentence and in any case
_WEEKDAY = "(?:" + "|".join(day.capitalize() for day in _K.weekdays) + ")"
_WEEKDAY_ANY_CASE = "(?:" + "|".join(_K.weekdays) + ")"
# the heads and the signing verbs are kg/knowledge/en/kinds.yaml and signing.yaml
_HEAD_RE = _K.agreement_head_re
_HEADS = _HEAD_RE.pattern
# an agreement's name in capitals, without quotes: a qualifier, a head, and what it is on
_TITLE_CASE_RE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,5}(?:Agreement|Memorandum\s+of\s+Understanding|Letter\s+of\s+Intent|"
    r"Protocol|Accord|Charter)\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:and|&|of|for|to)\s+(?:the\s+)?)?(?!(?:[A-Z][\w'’-]*\s+){0,5}(?:Agreement|Memorandum|Letter|Protocol|Accord|Charter)\b)"
    r"[A-Z][\w'’-]*){0,12})"
    r"(?![\w'’-])"
)
_QUOTED_RE = re.compile(
    r"[“\"]\s*((?:[A-Z][\w'’-]*\s+){0,6}?(?:Agreement|Memorandum of Understanding|Letter of Intent|Contract|Protocol|"
    r"Accord|Charter)(?:\s+(?:on|of|for|between|to)\s+[^”\"\n]{1,100}?)?)\s*[”\"]"
)
SIGN_RE = _K.sign_re
_FUTURE_RE = _K.not_done_re
_COUNTRY_NAMES = _K.countries
# up to two words in lower case after a head, before another head: "grant financing agreement"
_QUALIFIED_HEAD_RE = re.compile(r"\s+((?:[a-z][a-z-]*\s+){1,2}?)(?=" + _HEADS + ")", _HEAD_RE.flags)
_NOT_MODS = {
    "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "two", "three", "four", "several",
    "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "many", "some",
    "of", "on", "for", "to", "with", "and", "in", "at", "by", "new", "alongside", "besides",
    "which", "under", "according", "these", "those", "such", "other", "various", "relevant", "related",
    "was", "were", "is", "be", "been", "has", "have", "had", "will", "would", "after", "before", "into",
    "more", "than", "all", "both", "as", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "last", "latest", "final", "so", "far", "also", "then", "from", "per", "one", "including",
    # an amount is not part of the kind ("a US$45 million loan agreement")
    "million", "billion", "trillion", "thousand", "yuan", "euro", "euros", "dollar", "dollars", "pounds",
    "rupees", "worth", "valued", "us",
    # "a separate MoU", "another agreement": which one, not what kind
    "separate", "another", "further", "additional",
}
# "They also exchanged protocol for X", "the two sides inked agreement on Y", "to sign MoU": a signing
# verb's one-word form before a head written without its article is the verb, not a word of the kind
# (the past form of every verb; "exchange" itself qualifies "a student exchange agreement", and is no
# one-word form of a signing verb)
_NOT_MODS |= _K.sign_word_set | {f for v in entries("en", "signing")["verbs"] for f in v["forms"]
                                 if " " not in f and f.endswith("ed")}


# "a three-year partnership agreement", "a 10-year deal": how long, not what kind
_DURATION_MOD_RE = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty)-(?:year|month)")


# the words before the other side of a signing: "signed an agreement with (the Government of) Malta"
SIGNED_WITH = r"\bwith\s+(?:the\s+)?(?:(?:government|republic|kingdom|state)\s+of\s+(?:the\s+)?)?"


@dataclass
class AgreementPhrase:
    """An agreement named in a sentence."""

    kind: str
    start: int
    end: int
    definite: bool
    plural: bool
    title: str | None = None


@dataclass
class Draft:
    """An agreement being assembled as the article is read."""

    kind: str
    title: str | None
    first: int
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    parties: list[OrgEntry] = field(default_factory=list)
    party_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # who signed as the sentences say it: name, the side as written ("for the county", "both sides"), span
    signers: list[tuple[str, str | None, tuple[int, int]]] = field(default_factory=list)
    # the same signers once the sides pass has read each side as a body (or None)
    signatures: list[tuple[str, OrgEntry | None, tuple[int, int]]] = field(default_factory=list)
    # signers whose side is the side chooser's guess where the rules found none: no post's body is drawn from it
    guessed_sides: set[str] = field(default_factory=set)
    witnesses: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    areas: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    date: date | None = None
    date_span: tuple[int, int] | None = None
    place: str | None = None
    place_span: tuple[int, int] | None = None
    # told as one more ("Another memorandum was signed by ...", "In a separate MoU"): a later agreement
    # named with sides of its own is not this one, even where its own sides were not read
    separate: bool = False

    def add_party(self, entry: OrgEntry, span: tuple[int, int]) -> None:
        if entry not in self.parties:
            self.parties.append(entry)
        self.party_spans.setdefault(entry.name, []).append(span)


# "plan" after a determiner names the document signed ("The plan was signed", "An action plan was signed"),
# not a wish ("Both sides plan to sign", "The two sides plan to sign": a plural subject before it)
# ("The council plans another signing": a singular subject's verb)
_NOUN_WISH_RE = re.compile(r"(?i)\b(?:the|this|that|these|its|their|an?)\s+plans?$"
                           r"|\b(?:the|this|that|its|their|an?)\s+(?:[a-z-]*[a-rt-z]\s+){1,2}plan$|\baction\s+plans?$")


def is_future(text: str, verb_start: int, sentence_end: int) -> bool:
    """A signing hoped for, planned or expected, not done."""
    before = text[max(0, verb_start - 40) : verb_start]
    after = text[verb_start : sentence_end]
    if _K.done_purpose_re.search(text, max(0, verb_start - 120), verb_start):
        return False  # "met on November 5 in Shenzhen to sign an agreement": they did
    wish = _FUTURE_RE.search(before)
    while wish and (wish.group(1)[0].isupper() and after[:1].islower()
                    and before[: wish.start(1)].strip()[-1:] not in ("", ".", "\n")
                    or wish.group(1) == "to" and re.search(r"\b[A-Z]", before[wish.end(1):])
                    and re.search(r"[A-Za-z]{2,}\s+$", before[: wish.start(1)])
                    and not re.search(r"(?i)\b(?:and|or|not|also)\s+$", before[: wish.start(1)])):
        # "Anthony May signed": a name within a sentence, no modal ("Anthony May will sign" still is one);
        # "the mission to Jordan signed": a place after "to", no wish ("to formally sign" still is one)
        wish = _FUTURE_RE.search(before, wish.end(1))
    if wish and _NOUN_WISH_RE.search(before, 0, wish.end(1)):
        return False  # "The plan was signed with ...": the document, not a wish
    return bool(wish) or bool(re.search(r"(?i)\bat an early date\b|\bas soon as possible\b", after))


def _in_capitals(text: str, start: int, end: int) -> bool:
    """A headline written in capitals ("Hainan Signs Cooperation Agreement With Dubai")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
    if sum(w[0].isupper() for w in words) <= 0.6 * len(words):
        return False
    # "Ji Yunshi signed the Bank-Government Cooperation Agreement in Shijiazhuang" is a sentence
    return not any(m.group()[:1].islower() for m in SIGN_RE.finditer(text, start, end))


# "The 125 million USD agreement was signed ...", "the $40m loan agreement": the sum between the
# article and the kind does not make the phrase indefinite
_DEFINITE_SUM_RE = re.compile(
    r"(?i)\b(?:the|this|that|its|their)\s+(?:US\s?)?[$€£¥]?\s?\d[\d.,]*\s?(?:million|billion|trillion|bn|mn|m|crore|lakh)?"
    r"(?:\s?(?:USD|US\s?dollars?|dollars?|EUR|euros?|yuan|RMB|yen|rupees|Rs\.?))?[\s-]+$")


# a capitalised word (not a determiner) right before the position: "Friendship" of "Friendship and Exchange"
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][a-z][\w-]*\s+$")


def _joined_lower_mod(text: str, start: int, end: int) -> bool:
    """Whether the word just before ``end`` (an "and") is a kind's word in
    lower case that no head, determiner or amount is: "cooperation" in "a
    cooperation and understanding agreement"."""
    before = re.search(r"(?<![\w-])([a-z][a-z-]*)\s+$", text[start:end])
    return before is not None and before.group(1) not in _NOT_MODS and not _HEAD_RE.fullmatch(before.group(1)) \
        and before.group(1) not in _K.praise_words


def find_agreement_phrases(text: str, start: int, end: int) -> list[AgreementPhrase]:
    """Agreement phrases in ``text[start:end]`` with their kind."""
    found: list[AgreementPhrase] = []
    taken: list[tuple[int, int]] = []
    for match in _QUOTED_RE.finditer(text, start, end):
        title = clean_name(match.group(1))
        named_head = _K.agreement_head_re.search(title)
        kind = title.casefold() if named_head else "agreement"
        found.append(AgreementPhrase(kind, match.start(), match.end(), True, False, title))
        taken.append(match.span())
    for match in _TITLE_CASE_RE.finditer(text, start, end):
        # "signed the Ningbo-Ganzhou Framework Agreement on Cooperation": a name written in capitals
        title_words = match.group(1).split()
        if any(a <= match.start() < b for a, b in taken) or title_words[0].casefold() in _K.stop_caps \
                or title_words[0].casefold() in _K.praise_words or not title_words[-1][0].isupper():
            continue
        words_around = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
        if sum(w[0].isupper() for w in words_around) > 0.6 * len(words_around) or _K.sign_re.search(match.group(1)):
            continue  # "Hokuyo Kaiun Conclude Basic Agreement on ...": a headline in capitals, not a name
        title = clean_name(match.group(1))
        found.append(AgreementPhrase(title.casefold(), match.start(1), match.end(1), False, False, title))
        taken.append(match.span(1))
    for match in _HEAD_RE.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in taken):
            continue
        following = re.match(r"\s+", text[match.end() : end])
        if following and _HEAD_RE.match(text, match.end() + following.end(), end):
            continue  # "a loan memorandum of understanding": a head qualifying the next one
        if match.group().casefold() in _K.money_heads \
                and _K.money_before_re.search(text, max(start, match.start() - 30), match.start()):
            continue  # "support in the form of grants", "as grant assistance": money, not a document (kinds.yaml)
        qualified = _QUALIFIED_HEAD_RE.match(text, match.end(), end)
        if qualified and not set(qualified.group(1).casefold().split()) & _NOT_MODS:
            continue  # "a grant financing agreement": a head, lower-case words, then the head they qualify
        head = re.sub(r"\s+", " ", match.group())
        plural = re.sub(r"\s+", " ", head.casefold()) in _K.plural_heads
        # (a word starts after a non-word: the "m" of "EUR 500m" is the amount's, not a word of the kind;
        # a length written in figures is one word, "5-year", for the length to be left out as one)
        words = list(re.finditer(r"(?<![\w.])(?:\d+-)?[A-Za-z][\w-]*", text[max(start, match.start() - 80) : match.start()]))
        offset = max(start, match.start() - 80)
        mods: list[str] = []
        determiner = None
        read_from = match.start()  # where the words read so far begin
        # "the Bank-Government Cooperation Agreement": a kind written in capitals keeps its capitalised
        # words, except in a headline written all in capitals
        capitals = head[:1].isupper() and not _in_capitals(text, start, end)
        # "the two countries exchanged notes on ...": a head that is itself the signing takes no words
        # before it as its kind
        for word in reversed(words) if not SIGN_RE.match(head) else []:
            low = word.group().casefold()
            between = text[offset + word.end() : read_from]
            if between.strip() not in ("", "'", "’"):  # "a shareholders' agreement" keeps its possessive
                break
            if low == "s" and re.search(r"\w['’]\s?$", text[max(start, offset + word.start() - 3) : offset + word.start()]):
                determiner = "'s"  # "Japan’s grant", "today’ s loan agreement": a possessor, no word of the kind
                break
            read_from = offset + word.start()
            if low in _K.praise_words or _DURATION_MOD_RE.fullmatch(low):
                continue  # "a landmark memorandum", "the five-year MOU": praise or length, not the kind
            capital_mod = capitals and word.group()[:1].isupper() and low not in _K.stop_caps \
                and low not in _K.months_and_days and not between.strip()
            joined = _CAPITALISED_BEFORE_RE.search(text, max(start, read_from - 40), read_from) \
                if low == "and" and capitals and mods and mods[0][:1].isupper() else None
            if joined is not None and not _K.agreement_head_re.fullmatch(joined.group().strip()):
                # "a Friendship and Exchange Agreement", "the Economic and Technical Cooperation Agreement": one
                # kind written in capitals, its words joined by "and" (not "Framework Agreement and
                # Concessional Loan Agreement": two agreements, the word before "and" a kind's head)
                mods.insert(0, "and")
                continue
            if low == "and" and mods and not capitals and _joined_lower_mod(text, max(start, read_from - 40), read_from):
                # "a cooperation and understanding agreement": one kind, its words joined by "and" (not "a loan
                # and grant agreement": the word before "and" a kind's head, two agreements)
                mods.insert(0, "and")
                continue
            if low in _NOT_MODS or not (word.group()[:1].islower() or capital_mod) or _DURATION_MOD_RE.fullmatch(low) \
                    or SIGN_RE.fullmatch(word.group()):  # "Antara, NAMPA ink memorandum": the verb, not the kind
                determiner = low
                break
            mods.insert(0, word.group().rstrip("-") + between.strip())  # ("Twinning-Agreement")
            if len(mods) == 5:
                break
        while mods and mods[0] == "and":
            mods.pop(0)  # "the Exchange of Notes and Grant Agreement": the "and" joined two documents, not two words
        kind_head = _K.kind_of_head.get(head.casefold(), head.casefold())
        kind = " ".join([m.casefold() for m in mods] + [kind_head])
        # "(MoU)" right after "memorandum of understanding" is the same phrase
        if found and found[-1].end <= match.start() and re.fullmatch(r"\s*\(\s*", text[found[-1].end : match.start()]):
            found[-1].end = match.end() + 1
            continue
        # ("as per agreement signed at the port": the one just told)
        definite = determiner in ("the", "this", "that", "these", "those", "its", "their", "per") \
            or bool(_DEFINITE_SUM_RE.search(text, max(start, read_from - 60), read_from))
        found.append(AgreementPhrase(kind, match.start(), match.end(), definite, plural))
    found.sort(key=lambda p: p.start)
    return found


# ------------------------------------------------------------- parties

# "... Tongshan Energy on Thursday signed", "... Co., Ltd. on March 4 signed"
_WHEN_RE = (r"on\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:" + _WEEKDAY + r",?\s*)?"
            r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
            r"(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
            r"August|September|October|November|December)(?:\s+\d{4})?)?"
            r"|(?:last|this|on)\s+" + _WEEKDAY)
# "... Group on Monday, October 25th, 2010 in Jeddah, Saudi Arabia, signed": when, then where (a place set off
# after the date is where they signed, and its country after a comma is no side)
_WHERE_AFTER_WHEN_RE = (r",?\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?")
_TRAIL_RE = re.compile(r"(?:\s+(?:" + _WHEN_RE + r")(?:" + _WHERE_AFTER_WHEN_RE + r")?|,?\s+(?:have|has|had|jointly|officially|formally|also|successfully|recently|today|"
                       r"yesterday|both|all|then|finally|together))*[\s,]*$")
_CONNECT_RE = re.compile(r"(?:,\s*and|,|\s+and|\s+as\s+well\s+as)\s+(?:the\s+|with\s+the\s+)?$")
_ORIGIN_RE = re.compile(r"\s+(?:of|from|in)\s+[A-Z][a-z]+$")
# "mission to Jordan", "country office", "office in Nairobi": a part of the body named before it (``unit_nouns``)
_UNIT_TAIL_RE = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in sorted(_K.unit_nouns, key=len, reverse=True))
                           + r")(?:\s+(?:to|in|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?$")
_CITY_OF_RE = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:city|town|municipality|county|province|region|state)\s+of\s+"
                         r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")
_PROPER_END_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$")
_PROPER_START_RE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?![\w'’-])")


def _candidate_before(index: MentionIndex, text: str, sent_start: int, cur: int) -> tuple[OrgEntry | None, int, bool]:
    """The body named just before ``cur``: (entry, where it starts, is a place)."""
    mention = index.org_ending_at(cur)
    if mention is not None and mention.start >= sent_start:
        if index.in_person_phrase(mention.start, mention.end) or (
                not any(w.casefold() in ORG_HEADS for w in mention.name.split()) and index.people.names_someone(mention.name)):
            return None, cur, False  # (the model's body "Al Zayani": the minister, by his surname)
        entry = index.orgs.resolve(mention.name) or index.orgs.add(mention.name)
        return entry, mention.start, False
    head = text[sent_start:cur]
    # "... (Xinhai Logistics)" or "(SIC)" after a name not in the index
    city = _CITY_OF_RE.search(head)
    if city:
        return index.orgs.add(city.group(1), place=True), sent_start + city.start(), True
    proper = _PROPER_END_RE.search(head)
    if proper:
        words = proper.group(1).split()
        while words and words[0].casefold() in STOP_CAPS:
            words.pop(0)
        owned = country_owner_end(" ".join(words))
        if owned and words[-1].casefold() in PLACE_HEADS:
            # "China's Hainan Province": the country's province (not "People's", nor a company, which the name
            # rules read with or without its country)
            words = " ".join(words)[owned:].split()
        if not words or all(w.casefold() in STYLE_WORDS for w in words):
            return None, cur, False  # "Today, His Excellency the Chief Executive ...": a style, no body
        name = " ".join(words)
        begin = cur - len(name)
        if index.in_person_phrase(begin, cur) or index.people.names_someone(name):
            return None, cur, False
        named = index.orgs.resolve(name, allow_bare=True)
        if named is not None:
            return named, begin, False
        if _HEAD_RE.match(text, cur + 1) or _HEAD_RE.match(text, cur):
            return None, cur, False  # "the News Exchange and Cooperation Agreement": words of its name
        if len(words) <= 2 and all(w.casefold() not in MONTHS_AND_DAYS for w in words) \
                and not _HEAD_RE.fullmatch(words[-1]) \
                and not place_knowledge("en").occasion_re.search(name):
            # ("The MOU signing ceremony", "a Signing Ceremony formalised the grant": no place, an occasion)
            return index.orgs.add(name, place=True), begin, True
    return None, cur, False


def _body_of_a_country(index: MentionIndex, text: str, sent_start: int, end: int) -> tuple[OrgEntry | None, int]:
    """"Statoil of Norway and Rosneft of Russia signed": the body named
    before "of <country>" is the side, not the country, even when no other
    rule knows its name (one or two capitalised words, no person's)."""
    proper = re.search(r"(?<![\w'’-])([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)?)$", text[sent_start:end])
    if proper is None:
        return None, end
    words = proper.group(1).split()
    while words and words[0].casefold() in STOP_CAPS:
        words.pop(0)
    name = " ".join(words)
    begin = end - len(name)
    if not words or index.in_person_phrase(begin, end) or index.people.get(name) or index.people.by_token(words[-1]) \
            or name in _COUNTRY_NAMES or any(w.casefold() in TITLE_WORDS for w in words) \
            or any(w.casefold() in _K.state_words | _K.org_heads | _K.generic_bodies
                   or w.casefold().endswith("s") and w.casefold()[:-1] in _K.state_words | _K.org_heads | _K.generic_bodies
                   or w.casefold().endswith("ies") and w.casefold()[:-3] + "y" in _K.org_heads | _K.generic_bodies
                   for w in words):
        # "Ambassador of Norway": a post; "the State of Kuwait", "the Government of Ghana": the country's
        # own name; "the Ministry of Kenya": a kind of body, named whole by the name rules or not at all;
        # "the Governments of Mozambique and Zimbabwe", "the Ministries of ...": each country's, in the plural
        return None, end
    return index.orgs.resolve(name, allow_bare=True) or index.orgs.add(name), begin


def _names_a_country(words: str) -> bool:
    """"Senegal", "DRC", "the Philippines": a country's name or initials (in
    brackets after a place, where the place is)."""
    words = re.sub(r"^the\s+", "", words.strip())
    return words in _COUNTRY_NAMES or words in place_names() or bool(re.fullmatch(r"[A-Z]{2,5}", words))


def party_chain_before(index: MentionIndex, sent_start: int, verb: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """Bodies joined by "and" just before the verb ("A, B and C signed")."""
    text = index.doc.text
    cur = sent_start + len(_TRAIL_RE.sub("", text[sent_start:verb]))
    chain: list[tuple[OrgEntry, tuple[int, int]]] = []
    joined_by_comma = False
    while cur > sent_start:
        entry, begin = None, cur
        # a short name in brackets after the full one: "(SIC)"; an origin
        # after a company: "Brandt Automotive Systems GmbH of Germany"
        paren = re.search(r"\s*\([^()]{1,60}\)$", text[sent_start:cur])
        origin = _ORIGIN_RE.search(text[sent_start:cur])
        probes = [cur - len(paren.group())] if paren else []
        if origin:
            probes.append(cur - len(origin.group()))
        unit = _UNIT_TAIL_RE.search(text, sent_start, cur)
        if unit:
            probes.append(unit.start())  # "the USAID mission to Jordan signed": the body acts through a part
        probes.append(cur)
        is_place = False
        for probe in probes:
            mention = index.org_ending_at(probe)
            if mention is not None and mention.start >= sent_start:
                entry, begin, _ = _candidate_before(index, text, sent_start, probe)
                break
        if origin and origin.group().split()[-1] in _COUNTRY_NAMES and (entry is None or entry.name in _COUNTRY_NAMES):
            body, body_begin = _body_of_a_country(index, text, sent_start, cur - len(origin.group()))
            if body is not None:
                entry, begin = body, body_begin
        if entry is None:
            entry, begin, is_place = _candidate_before(index, text, sent_start, cur)
        if entry is None and paren and _names_a_country(paren.group().strip()[1:-1]):
            # "Dakar (Senegal), Kinshasa (DRC) and Brazzaville (Congo) signed": each place with its country
            entry, begin, is_place = _candidate_before(index, text, sent_start, cur - len(paren.group()))
        if entry is None:
            break
        connect = _CONNECT_RE.search(text[sent_start:begin]) or _described_connect(text[sent_start:begin]) \
            or _owned_connect(text[sent_start:begin])
        before_comma = index.org_ending_at(begin - len(connect.group())) if connect else None
        if (is_place or not chain and entry.name in _COUNTRY_NAMES and re.match(r"\s*,", text[cur:verb])
                and before_comma is not None and before_comma.name not in _COUNTRY_NAMES) \
                and connect and "and" not in connect.group() \
                and (before_comma is not None or text[:begin - len(connect.group())].endswith(")")):
            # "the Indian Institute of ... (IISAA), Bengaluru, signed", "Lakeside University, Kenya, has
            # signed": where the body is
            cur = begin - len(connect.group())
            continue
        represented = _REPRESENTED_BY_RE.search(text, sent_start, begin)
        side = index.org_ending_at(represented.start()) if represented is not None and represented.end() == begin else None
        if represented is not None and side is not None and (len(side.name.split()) > 1 or side.name in _COUNTRY_NAMES):
            # "The Sultanate of Oman, represented by the Ministry of Transport, and the State of Palestine
            # signed": the body that acts for a side is no side of its own (but in "The Sultanate,
            # represented by the Ministry of Manpower, signed" the ministry is the one named)
            cur = represented.start()
            continue
        if chain and joined_by_comma and len(chain) == 1 and chain[0][0].name in _COUNTRY_NAMES \
                and _DESCRIBED_AS_OF_RE.search(text, sent_start, begin):
            # "X (NST) a non-profit organization of Zurich, Switzerland have signed": the town and country a
            # body is of, both where; the sides are for the other readings to find
            chain = []
            break
        if chain and joined_by_comma and re.search(r"(?i)\b(?:in|at|to|from|into|near)\s+$", text[sent_start:begin]):
            # "on the eve of his arrival in Muscat, Saudi Arabia and Oman signed": where, not who
            break
        chain.append((entry, (begin, cur)))
        if not connect:
            # ("South China's Hainan Province signed": the country whose province it is, and where in it, say
            # whose the side is; the side opens the sentence all the same)
            owner = _country_possessive(text[sent_start:begin])
            head = text[sent_start : begin - len(owner)]
            # "..., the X signed", or after a date line ("Bhubaneswar, 5th March 2024: The X has signed")
            # or right after the agreement it signs: "a memorandum of understanding OVSU signed last Thursday"
            lead = re.search(r"(?:^|,\s*|(?:19|20)\d\d\s*(?::|--|—|–)\s*|(?:\)|[A-Z][\w.]*)\s*(?:--|—|–)\s*|(?<![\w-])(?:" + _HEADS + r")\s+)(?:[Tt]he\s+)?$",
                             head)
            if lead is None:
                chain = chain if len(chain) > 1 or _looks_like_subject(text, sent_start, begin) else []
            break
        cur = begin - len(connect.group())
        joined_by_comma = "and" not in connect.group() and "as well" not in connect.group()
    chain.reverse()
    return chain


# "South China's ", "China's ": a country's possessive, with a word of where in it before the country
# (with the word of where, and without it: "South Africa's" is a country's own)
_COUNTRY_POSSESSIVES = [r"(?:[A-Za-z]+\s+)" + where + r"(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['’]s\s+"
                        for where in ("", "?")]
_COUNTRY_POSSESSIVE_END_RES = [re.compile(r"(?:(?<=\s)|^)" + p + "$") for p in _COUNTRY_POSSESSIVES]
_COUNTRY_POSSESSIVE_START_RES = [re.compile(p) for p in _COUNTRY_POSSESSIVES]


def _country_possessive(head: str) -> str:
    """The country's possessive that ends ``head`` ("Southwest China's "), or
    "" where it ends with none."""
    for form in _COUNTRY_POSSESSIVE_END_RES:
        owner = form.search(head)
        if owner is not None and owner.group("country") in _COUNTRY_NAMES:
            return owner.group()
    return ""


def country_owner_end(name: str) -> int:
    """Where a name goes on after the country's possessive it opens with
    ("Northeast China's Jilin province": at "Jilin"); 0 where it opens with
    none, or is nothing more."""
    for form in _COUNTRY_POSSESSIVE_START_RES:
        owner = form.match(name)
        if owner is not None and owner.group("country") in _COUNTRY_NAMES and owner.end() < len(name):
            return owner.end()
    return 0


# "a non-profit organization of ": a description in lower case, then where the body is of
_DESCRIBED_AS_OF_RE = re.compile(r"[a-z]\s+(?:in|from|of|based\s+in)\s+$")
# ", represented by the": what comes next acts for the side named before it
_REPRESENTED_BY_RE = re.compile(r"(?i)\s*,\s*(?:which\s+(?:is|was)\s+|being\s+)?represented\s+(?:here\s+)?by\s+(?:the\s+)?")


# "A and Singapore's Ministry of Manpower signed": the country that owns the next body, after "and"
_OWNED_CONNECT_RE = re.compile(r"(?:,\s*and|\s+and)\s+(?:the\s+)?(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['’]s\s+$")


def _owned_connect(head: str) -> re.Match[str] | None:
    """"A and Singapore's Ministry of Manpower signed": a country's (or a
    known place's) possessive between "and" and the next body joins it to
    the chain like a bare "and"."""
    owned = _OWNED_CONNECT_RE.search(head)
    return owned if owned is not None and _names_a_country(owned.group("owner")) else None


def _described_connect(head: str) -> re.Match[str] | None:
    """"A and the Russian holding B signed", "A and Norland utility B":
    what the next body is, said between "and" and its name, joins it to
    the chain like a bare "and" (words that tell a clause, "to", "which",
    "signed", are no description)."""
    described = _DESCRIBED_CONNECT_RE.search(head)
    if described is None or set(described.group("what").casefold().split()) & _NOT_DESCRIPTOR:
        return None
    return described


def _looks_like_subject(text: str, sent_start: int, begin: int) -> bool:
    return not text[sent_start:begin].strip() or text[sent_start:begin].rstrip().endswith(",")


# "Vietnamese utility", "three Hyderabad-based companies": what the body is, before its name
# (a country's adjective: "Vietnamese", "Kyrgyz", "Thai", as the countries file writes them)
_ORIGIN_ADJ = r"(?:[A-Z][a-z]+(?:ese|an|ian|ish|ch|i|ic)|" + "|".join(
    re.escape(a) for a in sorted(_K.country_of_adjective, key=len, reverse=True) if " " not in a) + r")"
_DESCRIPTOR_RE = re.compile(r"(?:" + _ORIGIN_ADJ + r"\s+)?(?:[a-z][\w-]*\s+)(?:(?:[a-z][\w-]*|[A-Z][\w]*-based)\s+){0,3}")
# a body's description, then its name: "Kenyan telecom company Safaricom", "Russian holding Delta Group"
DESCRIBED_NAME_RE = re.compile(r"(?:" + _ORIGIN_ADJ + r"\s+)?(?:[a-z][\w-]*\s+){0,3}(?:"
                                + "|".join(sorted(_K.descriptor_nouns)) + r")\s+([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)")
_DESCRIBED_CONNECT_RE = re.compile(r"(?:,\s*and|\s+and)\s+(?:the\s+)?(?P<what>(?:" + _ORIGIN_ADJ + r"\s+)?"
                                   r"(?:[a-z][\w-]*\s+){1,3})$")
_NOT_DESCRIPTOR = {"to", "for", "in", "on", "at", "by", "and", "with", "of", "from", "under", "which", "that", "who",
                   "was", "were", "is", "are", "will", "has", "have", "its", "their", "his", "her", "as"} | _K.sign_word_set


def _a_place_there(index: MentionIndex, at: int) -> bool:
    """Whether the model reads a place (and no body's name starts) at
    ``at``: "with the Department of Technical Education, Nagaland, on
    February 9" (the state the body is of)."""
    token = index.doc.parsed_token_at(at)
    return token is not None and token.ent_type_ in ("GPE", "LOC") and index.org_starting_at(at) is None


_CAPITALS_NAME_RE = re.compile(r"[A-Z][A-Z0-9&-]{3,}")


def _a_company_in_capitals(index: MentionIndex, name: str, end: int, sent_end: int, after_a_body: bool) -> bool:
    """"between POWERCHINA and China National Petroleum Corp": one word in capitals the model reads as
    no entity, listed beside a body the text names, is a body written as its owners write it (not a
    place, a person or a word a headline sets in capitals)."""
    if not _CAPITALS_NAME_RE.fullmatch(name) or name.casefold() in STOP_CAPS or name in COUNTRY_LETTERS \
            or index.people.by_token(name.title()) is not None:
        return False
    if after_a_body:
        return True
    connect = re.match(r"(?:,\s*and|,|\s+and)\s+(?:the\s+)?", index.doc.text[end:sent_end])
    return connect is not None and index.org_starting_at(end + connect.end()) is not None


# "several partners in Lindau, including ": a group of bodies (organizations.yaml ``groups_of_bodies``), counted
# or described, maybe placed, whose members the list names next
_GROUP_INCLUDING_RE = re.compile(
    r"\s*(?:(?:several|many|various|numerous|a\s+number\s+of|a\s+host\s+of|\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(sorted(_K.groups_of_bodies)) + r")"
    r"(?:\s+(?:in|from|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,?\s+(?:including|namely|such\s+as)\s+")


def party_chain_after(index: MentionIndex, start: int, sent_end: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """Bodies named from ``start`` on ("with A", "between A and B"; "with
    several partners in X, including A and B": the members named)."""
    text = index.doc.text
    chain: list[tuple[OrgEntry, tuple[int, int]]] = []
    group = _GROUP_INCLUDING_RE.match(text, start, sent_end)
    cur = group.end() if group else start
    while cur < sent_end:
        lead = re.match(r"\s*(?:the\s+)?", text[cur:sent_end])
        cur += lead.end() if lead else 0
        mention = index.org_starting_at(cur)
        country_of = _COUNTRY_OWNS_RE.match(text, cur, sent_end) if mention is None or (
            # "China's Ministry of Commerce": the country is a mention of its own, the ministry the side
            mention.name in _COUNTRY_NAMES and re.match(r"['’]s\s", text[mention.end : mention.end + 3])) else None
        if country_of and (country_of.group(1) in _COUNTRY_NAMES or country_of.group(1) in COUNTRY_LETTERS):
            # "Uzbekistan's Tashkent State Normal University", "the UAE's Ministry of Defence": the country says
            # whose; the body is the side
            # (also past words that describe it: "India's state-owned NHPC Limited")
            described = _OWNED_DESCRIBED_RE.match(text, country_of.end(), sent_end)
            owned = index.org_starting_at(country_of.end()) or (
                index.org_starting_at(described.end()) if described else None)
            if owned is not None and described is not None and owned.start == described.end():
                country_of = described
            if owned is not None or mention is None:
                mention = owned
                cur = country_of.end() if owned is not None else cur
        if mention is None:
            # "with Vietnamese utility Mekong Power Corporation", "with German auto parts maker Brandt ..."
            described = _DESCRIPTOR_RE.match(text, cur, sent_end)
            if described and not (set(described.group().casefold().split()) & _NOT_DESCRIPTOR):
                mention = index.org_starting_at(described.end())
                if mention is not None:
                    cur = described.end()
                else:
                    # "the agricultural holding Zeya Agro (LLC Zeya Agro Holding)": the full name in brackets
                    short = re.match(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\(", text[described.end() : sent_end])
                    inner = index.org_starting_at(described.end() + short.end()) if short else None
                    if short is not None and inner is not None and text[inner.end : inner.end + 1] == ")":
                        entry = index.orgs.resolve(inner.name) or index.orgs.add(inner.name)
                        index.orgs.add_alias(entry, short.group(1))
                        chain.append((entry, (described.end(), described.end() + len(short.group(1)))))
                        cur = inner.end + 1
                        connect = re.match(r"(?:,\s*and|,|\s+and)\s+", text[cur:sent_end])
                        if not connect:
                            break
                        cur += connect.end()
                        continue
        described_in = DESCRIBED_NAME_RE.fullmatch(mention.name) if mention is not None else None
        if mention is not None and described_in is not None and not index.people.names_someone(described_in.group(1)):
            # "with Kenyan telecom company Safaricom", read whole by the model: the name after the description
            name = described_in.group(1)
            entry = index.orgs.resolve(name) or index.orgs.add(name)
            chain.append((entry, (mention.end - len(name), mention.end)))
            cur = mention.full_end
        elif mention is not None:
            entry = index.orgs.resolve(mention.name) or index.orgs.add(mention.name)
            chain.append((entry, (mention.start, mention.end)))
            cur = mention.full_end
        else:
            # ("the province of Jujuy", "the city of Medellin": the place, named after its level)
            city = re.match(r"(?:(?:[A-Z][a-z]+\s+)?(?:city|town|municipality)|province|county|prefecture)\s+of\s+"
                            r"([A-Z][\w'’-]+)", text[cur:sent_end])
            proper = _PROPER_START_RE.match(text, cur, sent_end)
            if city:
                chain.append((index.orgs.add(city.group(1), place=True), (cur, cur + city.end())))
                cur += city.end()
            elif proper and not index.people.get(proper.group(1)):
                name = proper.group(1)
                named = index.orgs.resolve(name, allow_bare=True)
                if named is None and name in _COUNTRY_NAMES:
                    named = index.orgs.add(name)  # "between Azerbaijan and Turkey": a country the text names first here
                if named is None and _a_company_in_capitals(index, name, cur + len(name), sent_end, bool(chain)):
                    named = index.orgs.add(name)  # "between POWERCHINA and China National Petroleum Corp"
                if named is None:
                    break
                chain.append((named, (cur, cur + len(name))))
                cur += len(name)
            else:
                # "signed with Manish Bajpai of Daybest Research Private Ltd", "by A from X": the person's body is the side
                person = index.person_at(cur)
                of_body = re.match(r"\s*,?\s+(?:of|from)\s+(?:the\s+)?", text[person.name_end : sent_end]) if person else None
                body = index.org_starting_at(person.name_end + of_body.end()) if person and of_body else None
                if body is None or body.name in _COUNTRY_NAMES:
                    break
                chain.append((index.orgs.resolve(body.name) or index.orgs.add(body.name), (body.start, body.end)))
                cur = body.full_end
        origin = re.match(r"\s+(?:of|from)\s+[A-Z][a-z]+(?![\w'’-])", text[cur:sent_end])
        if origin:
            cur += origin.end()
        seat = re.match(r",\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:,|\.|$)|\s+(?-i:to|for|on|in|at|under)\s)",
                        text[cur:sent_end])
        if seat and (seat.group(1) in _COUNTRY_NAMES or _a_place_there(index, cur + seat.start(1))) \
                and chain and not chain[-1][0].is_place:
            # "the Ministry of Economic Affairs, Pakistan, and ...", "with Yonex, Japan to promote badminton":
            # the country the body is of
            cur += seat.end()
        elif seat and seat.group(1) in _COUNTRY_NAMES and chain and chain[-1][0].is_place \
                and chain[-1][0].name not in _COUNTRY_NAMES and not re.match(r"\s*,?\s*(?:and|as\s+well\s+as)\s",
                                                                            text[cur + seat.end() : sent_end]):
            # "sister-city MOU with Medellin, Colombia": the country the city is in, at the list's end
            cur += seat.end()
        connect = re.match(r"(?:,\s*and|,|\s+and|\s+as\s+well\s+as)\s+", text[cur:sent_end])
        if not connect:
            break
        cur += connect.end()
    return chain


# ---------------------------------------------------------- date, place



# a date told as the day something happened: "on Monday, October 25th", "On 4 May"
_ON_BEFORE_RE = re.compile(r"(?i)\bon\s+(?:" + _WEEKDAY_ANY_CASE + r",?\s+)?(?:the\s+)?$")
# "On May 14 (local time), ...": a clock named in brackets after the day, not a date line's agency
# ("on 2 May 2024 (Thursday)": the day's weekday in brackets, not an agency either)
_LOCAL_TIME_RE = re.compile(r"\s*\((?:(?:local|[A-Z][a-z]+|[A-Z]{2,4})\s+time|" + _WEEKDAY + r")\)")


def signing_date(doc: Document, start: int, end: int) -> tuple[date | None, tuple[int, int] | None, bool]:
    """The date written in ``text[start:end]`` (year from the date line if
    left out); the bool says whether the text gave any date."""
    text = doc.text
    published = _story_day(doc)
    dates = find_dates(text[start:end])
    told_on = [bool(_ON_BEFORE_RE.search(text, max(start, start + d.start - 12), start + d.start)) for d in dates]
    for k, found in enumerate(dates):
        if not told_on[k] and any(told_on[k + 1 :]):
            continue  # "... Wednesday, October 27, 2010 The government ... on Monday, October 25th, 2010 signed"
        if (DATE_THEN_MARK_RE.match(text[start + found.end : start + found.end + 8])
                # ("Athens, Oct 23 - The ministries have signed": a town, the day and a single dash open the story)
                or SINGLE_DASH_AFTER_RE.match(text, start + found.end) and TOWN_AND_COMMA_RE.fullmatch(text, start, start + found.start)) \
                and not _LOCAL_TIME_RE.match(text, start + found.end):
            # "CAPE TOWN, 6 February 2024 --": when the story was filed
            if published is None and found.year is not None:
                published = found.to_date()
            elif found.year is None and published is not None:
                # "NAIROBI, May 5 (Xinhua) --" on a page dated later: the day the story was filed, in the
                # page's year (or the year before, where the day would come after the page's), is what "on
                # Sunday" counts back from
                filed = found.to_date(published.year)
                if filed is not None and filed > published:
                    filed = found.to_date(published.year - 1)
                if filed is not None:
                    published = filed
            continue
        year = found.year
        if year is None and published is None:
            # "... visited India from 23 to 27 May, 2011. / On May 23, a memorandum was signed"
            year = _year_told(doc) or _year_of_weekday(doc, text[max(start, start + found.start - 14) : start + found.start], found)
        if year is None and published is not None:
            year = published.year
            try:
                if date(year, found.month, found.day) > published:
                    year -= 1
            except ValueError:
                continue
        value = found.to_date(year)
        if value is not None:
            return value, (start + found.start, start + found.end), True
    if published is None:
        published = doc.dateline
    if published is None:
        for relative in _RELATIVE_DAY_RE.finditer(text, start, end):
            day = _the_one_such_weekday(doc, relative.group(2)) if relative.group(2) and not relative.group(3) else None
            if day is not None and not _REPORTING_RE.search(text, max(start, relative.start() - 50), relative.start()) \
                    and not _REPORTED_RE.match(text, relative.end()):
                # "Kenya and Japan on Thursday signed ..." on a page with no date of its own, whose photo
                # caption says "... on February 8, 2024" (a Thursday): the one such day the page names
                return day, relative.span(), True
    if published is not None:
        for relative in _RELATIVE_DAY_RE.finditer(text, start, end):
            if _REPORTING_RE.search(text, max(start, relative.start() - 50), relative.start()) \
                    or _REPORTED_RE.match(text, relative.end()):
                continue  # "officials said on Tuesday", "X today announced": when it was told, not signed
            return _relative_day(relative, published), relative.span(), True
        ordinal = _DAY_ONLY_RE.search(text, start, end)
        if ordinal is not None:
            value = _day_of_month(int(re.sub(r"\D", "", ordinal.group(1))), published)
            if value is not None:
                return value, ordinal.span(1), True
    return None, None, False


def _the_one_such_weekday(doc: Document, weekday: str) -> date | None:
    """The one full date (with its year) a page without a date of its own
    names that falls on ``weekday``; None where it names none or several."""
    wanted = _WEEKDAYS.index(weekday.casefold())
    days = {d for found in find_dates(doc.text) if found.year is not None
            and (d := found.to_date()) is not None and d.weekday() == wanted}
    return days.pop() if len(days) == 1 else None


def _story_day(doc: Document) -> date | None:
    """The day the story is told from, which "on Monday" and "yesterday"
    count back from: its dateline ("HARBOR CITY, March 4, 2024 -") where it
    has one no later than the page's date (a page is often published, or
    re-posted, days after the story it carries), else the page's date."""
    published, dateline = doc.article.published, doc.dateline
    if dateline is not None and (published is None or dateline <= published):
        return dateline
    return published


_REPORTED_RE = re.compile(r"(?i)\s+(?:announced|said|reported|confirmed|unveiled|revealed|disclosed)\b")
# ("In a statement, Friday, A said the agreement was signed", "In a statement issued here today", "a statement
# made available in Lusaka yesterday": when the statement was made)
_REPORTING_RE = re.compile(r"(?i)\b(?:said|announced|reported|stated|confirmed|told\s+\w+|statement\s*,|"
                           r"(?:statement|release)\s+(?:issued|released|made\s+available|published)(?:\s+here|\s+in\s+[A-Z][\w'’-]+)?)\s+(?:on\s+)?$")
# "signed on the 11th": the day of the date line's month
_DAY_ONLY_RE = re.compile(r"(?i)\bon\s+the\s+(\d{1,2}(?:st|nd|rd|th))(?![\w-])(?!\s+(?:of|day|anniversary|floor))")


def _day_of_month(day: int, published: date) -> date | None:
    try:
        value = date(published.year, published.month, day)
    except ValueError:
        return None
    if value > published:
        month, year = (published.month - 1, published.year) if published.month > 1 else (12, published.year - 1)
        try:
            value = date(year, month, day)
        except ValueError:
            return None
    return value


def _year_told(doc: Document) -> int | None:
    """The latest year of the whole dates (day, month and year) the article's
    body writes: the year of the news, where a day is written without one (an
    earlier year is history the story recalls: "independent since May 18, 1966");
    none where a later month is told ("in May 2022"), which makes even the
    latest whole date history."""
    years = [f.year for f in _whole_dates(doc.text) if f.start >= doc.body_start and f.year is not None]
    if not years:
        return None
    later = [int(y) for y in _MONTH_YEAR_RE.findall(doc.text, doc.body_start)]
    if later and max(later) > max(years):
        return None  # ("in May 2022" told as well: the whole date is history, and the news's year is not told)
    return max(years)


# "on Friday (Dec. 13)", "Friday, December 13": the day of the week written right before the day
_WEEKDAY_BEFORE_RE = re.compile(r"(?i)\b(" + _WEEKDAY_ANY_CASE + r")\s*[,(]?\s*$")
_YEAR_RE = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")


def _year_of_weekday(doc: Document, before: str, found: FoundDate) -> int | None:
    """The year of a day written with its weekday and no year ("Signing the
    accords on Friday (Dec. 13) were ...") in an article with no date of its
    own: the latest year the article names in which that day falls on that
    weekday ("... loans to the Philippines in 2019": 13 December 2019 was a
    Friday). A weekday and a day agree in about one year of seven, so a year
    the story names that fits is the news's year."""
    weekday = _WEEKDAY_BEFORE_RE.search(before)
    if weekday is None:
        return None
    wanted = _WEEKDAYS.index(weekday.group(1).casefold())
    fitting = []
    for year in {int(y) for y in _YEAR_RE.findall(doc.text, doc.body_start)}:
        try:
            if date(year, found.month, found.day).weekday() == wanted:
                fitting.append(year)
        except ValueError:
            continue
    return max(fitting, default=None)


# "in May 2022": a month of a year, with no day
_MONTH_YEAR_RE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                            r"\s+((?:19|20)\d\d)\b")


@lru_cache(maxsize=4)
def _whole_dates(text: str) -> tuple[FoundDate, ...]:
    return tuple(f for f in find_dates(text) if f.year is not None)




_WEEKDAYS = _K.weekdays
# "on Thursday", "last Friday", "Tuesday's ceremony", "yesterday", "today", "last night", "this afternoon":
# days counted back from the article's own date
_RELATIVE_DAY_RE = re.compile(
    r"(?i)(?<![\w-])(?:(last|this|on|earlier\s+on)\s+)?(" + _WEEKDAY_ANY_CASE + r")"
    r"(?![\w-])(?!\s*,?\s*\(?\s*(?:\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December))(\s+(?:of\s+)?last\s+week)?"
    r"|(?<![\w-])(yesterday|today|last\s+night|tonight|this\s+(?:morning|afternoon|evening))(?![\w-])"
)


def _relative_day(match: re.Match, published: date) -> date:
    from datetime import timedelta

    if match.group(4):
        # "last night" is yesterday's; "this afternoon", "tonight" are the article's own day
        return published - timedelta(days=1) if match.group(4).casefold().split()[-1] in ("yesterday", "night") else published
    weekday = _WEEKDAYS.index(match.group(2).casefold())
    if match.group(3):
        # "on Thursday last week": that day of the week before the article's
        return published - timedelta(days=published.weekday() + 7 - weekday)
    back = (published.weekday() - weekday) % 7
    if back == 0 and (match.group(1) or "").casefold() == "last":
        back = 7
    return published - timedelta(days=back)


# ("In Milan on 21 December the bank and the region signed": a sentence may open with it)
_COUNTRY_OWNS_RE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+")
# the words in small letters that may describe a body after its country's name ("state-owned", "largest")
_OWNED_DESCRIBED_RE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}")
# ("in St. Lucia": a name may open with an abbreviation and its full stop)
_NAME_ABBREVIATIONS = "|".join(re.escape(e["text"]) for e in entries("en", "places")["name_abbreviations"])
# ("in Dar es Salaam", "in Rio de Janeiro", "in Frankfurt am Main": a town's name may hold a particle in small
# letters, between capitalised words; places.yaml name_particles)
_PLACE_PARTICLES_RE = (r"(?:" + "|".join(re.escape(e["text"]) for e in entries("en", "places")["name_particles"])
                       + r")(?=\s+[A-Z])")
_PLACE_RE = re.compile(r"(?<![\w-])([Ii]n|[Aa]t)\s+(?:the\s+)?((?:(?:" + _NAME_ABBREVIATIONS + r")\s+)?(?:[A-Z][\w'’-]*)"
                       r"(?:\s+(?:[A-Z][\w'’()-]*|of|and|" + _PLACE_PARTICLES_RE + r"))*)")
_NOT_PLACE = re.compile(r"(?i)^(?:the\s+)?(?:\d|morning|afternoon|evening|presence|name|area|areas|field|fields)")


_NAMED_CITY_RE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:city|town)(?![\w-])")


_NAMED_HALL_RE = re.compile(r"(?:\s+(?:dei|del|della|degli|delle|di|de|des|du|do|da)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*")


_DESCRIBED_BODY_RE = re.compile(r"\),?\s+(?:a|an)\s+(?:[^,.;()]|(?<=\d)[,.](?=\d))*$|[A-Z][\w.]*,\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){1,8}$")
_CAMPUS_RE = re.compile(r"(?<![\w-])(?:at|on|in)\s+the\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+campus\b")


def signing_place(index: MentionIndex, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The city (or else the venue) named in ``text[start:end]``, or nothing
    where what was read cannot be a place's name."""
    name, span = _place_named(index, start, end)
    if name is None or not _can_name_a_place(name) or span is not None and re.search(r"['’]s\s", name) \
            and _modifies_a_noun(index.doc, span[1]):
        return None, None
    after = re.match(r" ([a-z]+)", index.doc.text[span[1] : span[1] + 20]) if span is not None else None
    if after is not None and after.group(1) not in PLACE_HEADS and not _VENUE_WORD_RE.fullmatch(after.group(1)) \
            and span is not None and _modifies_a_noun(index.doc, span[1]):
        # "reconstruction in the Cultural Heritage sector", "trafficking in Narcotic drugs": capitalised words
        # that qualify a noun, no place (but "in Lindau city": a place's head word after its name)
        return None, None
    return name, span


def _modifies_a_noun(doc: Document, end: int) -> bool:
    """Whether the name ending at ``end`` stands before a common noun it
    qualifies ("confidence in Future Land's Hohhot investments"): an owner's
    thing, no place."""
    gap = re.match(r" (?=[a-z])", doc.text[end : end + 2])
    token = doc.parsed_token_at(end + 1) if gap else None
    return token is not None and token.pos_ == "NOUN" and token.ent_type_ not in ("DATE", "TIME")  # (not "today")


def _can_name_a_place(name: str) -> bool:
    """Not a place: whose ("PNG's", "Prime Minister's"), a list cut short
    ("Singapore and"), a people's adjective ("Kazakh"), a post ("Temotu
    Premier Fr") or a field ("Agriculture")."""
    words = name.split()
    if re.search(r"['’]s$|\s(?:and|of|the)$", name) or name in _K.country_of_adjective and name not in _COUNTRY_NAMES:
        return False
    if any(w in _ONE_WORD_TITLES for w in words) and not _VENUE_HEAD_RE.search(name):
        return False  # "Temotu Premier Fr", but "Vice Chancellor Office Karachi" is a venue
    # ("Cooperation in Building a Community of ...": a venue's head word alone names no venue)
    return not (len(words) == 1 and (words[0].casefold() in FIELD_WORDS or _VENUE_HEAD_RE.fullmatch(words[0])))


_ORG_HEAD_WORDS = frozenset(h.rstrip(".").casefold() for h in ORG_HEADS)
_ONE_WORD_TITLES = frozenset(c for c in _K.title_cores if " " not in c)
# the head words of a venue's name ("the Great Hall", "Vidhana Soudha Office")
_VENUE_HEADS = ("office", "hall", "house", "centre", "center", "building", "palace", "hotel", "secretariat", "campus",
                "headquarters", "bhawan", "bhavan")
_VENUE_HEAD_RE = re.compile(r"(?i)\b(?:" + "|".join(_VENUE_HEADS) + r")\b")
# a venue's word after a place's name ("UNILAG campus auditorium", "Oita Prefectural offices"), which keeps
# the name a place's: a venue's head word or its plural, or a word for grounds and rooms
_VENUE_WORD_RE = re.compile(r"(?:" + "|".join(h + ("(?:es)?" if h.endswith("s") else "s?") for h in _VENUE_HEADS)
                            + r"|auditorium|premises|residence|complex|grounds)")


def _place_named(index: MentionIndex, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The city (or else the venue) named in ``text[start:end]``."""
    text = index.doc.text
    venue: tuple[str, tuple[int, int]] | None = None
    for match in _PLACE_RE.finditer(text, start, end):
        preceding = text[max(0, match.start() - 20) : match.start()]
        if (re.search(r"(?i)(based|headquartered|located|born|investment|invest|offices?|plants?)\s*$", preceding)
                or place_knowledge("en").works_before_in_re.search(text, max(start, match.start() - 40), match.end(1))
                and not _VENUE_BEFORE_WORKS_RE.search(text, max(start, match.start() - 60), match.start())) \
                and not _SIGNED_AT_OFFICE_RE.search(text, max(start, match.start() - 60), match.start()):
            district_town = _DISTRICT_TOWN_RE.match(text, match.start(2), end)
            if district_town and _VENUE_LOCATED_RE.search(text, max(start, match.start() - 90), match.start()) \
                    and index.org_starting_at(district_town.start(1)) is None and not _a_state_after_a_town(district_town.group(1)) \
                    and not index.in_person_phrase(*district_town.span(1)) and district_town.group(1) not in _COUNTRY_NAMES:
                return clean_name(district_town.group(1)), district_town.span(1)
            continue  # "which has offices in Dubai"; but "signed at WAM's office in Dubai" is where it was
        if _hangs_elsewhere(index.doc, match.start()) and not (
                match.group(1).casefold() == "at" and _VENUE_HEAD_RE.search(match.group(2))
                and not ANY_TITLE_RE.search(text, max(start, match.start() - 40), match.start())):
            # "plan to run programmes in Seoul", "Advisor at the Ministry": not where it was signed; but "an
            # agreement on repairing the highway ... at the Presidential Palace in Kabul" names a building
            continue
        city = _NAMED_CITY_RE.match(text, match.start(2), end)
        if match.group(1).casefold() == "in" and city and not index.in_person_phrase(*city.span(1)):
            return clean_name(city.group(1)), city.span(1)  # "in Phu Ly city": a city, whoever is there
        body = index.org_ending_at(len(text[: match.start()].rstrip()))
        if body is not None and (index.in_person_phrase(body.start, body.end) or not any(
                v.start() < match.start() for v in SIGN_RE.finditer(text, start, match.start()))
                or match.group(2).strip() in _COUNTRY_NAMES and not _home_of_a_body(index, match.group(2).split()[0])):
            # "the African Development Bank (AfDB) in Ghana", "(RVUST) in Kenya": where a
            # body is, not the signing; but "... with Cloud Tea Group in Mingshan" after the
            # verb, Mingshan being the county of the other party, is where it was signed
            continue
        raw = match.group(2)
        raw = re.sub(r"\s+(?:of|and)$", "", raw)
        raw = re.split(r"\s+(?=\()", raw)[0]
        words = raw.split()
        if not words or words[0].casefold() in MONTHS_AND_DAYS or words[0].casefold() in STOP_CAPS:
            continue
        span = (match.start(2), match.start(2) + len(raw))
        if index.in_person_phrase(*span) and not _VENUE_HEAD_RE.search(raw):
            continue  # (the model takes "Krishi Bhawan" for a person; a building's head word says otherwise)
        if place_knowledge("en").event_head_re.search(raw) and re.match(r",?\s+(?:held|hosted|organi[sz]ed)\s+(?:at|in)\s",
                                                                         text[span[1] : end]):
            continue  # "At the Presidents' Conference held at Heidelberg University": where it was held
        if _DESCRIBED_BODY_RE.search(text, max(start, match.start() - 120), match.start()):
            continue  # "with MDUA, a public university of about 14,000 students in Can Tho": where it is
        mention = index.org_starting_at(match.start(2))
        hall = _NAMED_HALL_RE.match(text, span[1], end)
        if hall:
            # "in the Sala dei Quadri of the Palazzo Comunale of Cremona": a hall; the city ends it
            town = list(re.finditer(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]+)$", hall.group()))
            if town:
                return town[-1].group(1), (hall.start() + town[-1].start(1), hall.start() + town[-1].end(1))
            continue
        if match.group(1).casefold() == "in":
            if mention is not None or len(words) > 3 and not (len(words) == 4 and words[-1] == "City"):
                continue  # (but "in Ho Chi Minh City": a town of three words, and its level)
            name = clean_name(raw)
            if re.search(r"(?i)\b(province|region|state|country)\b", name):
                continue
            if name in _COUNTRY_NAMES and name not in place_knowledge("en").city_states or " and " in name:
                continue  # "during the delegation's stay in Hungary", "in Seoul and Tokyo": no one city
            if re.match(r"\s+(?:district|province|region|state|county|prefecture|oblast|country|nation|continent)\b",
                        text[span[1] : span[1] + 12]):
                continue  # "in Ganjam district", "in the North African country": a region, not the city
            if index.people.names_someone(name):
                continue
            building = place_knowledge("en").venue_noun_after_re.match(text, span[1], end)
            if building and _can_name_a_place(name):
                # "in the Authority headquarter in Riyadh": a building, whose city may follow
                if venue is None:
                    venue = (name + building.group(), (span[0], building.end()))
                continue
            its_town = _TOWN_AFTER_RE.match(text, span[1], end)
            if its_town and its_town.group(1) not in _COUNTRY_NAMES and index.org_starting_at(its_town.start(1)) is None \
                    and not index.in_person_phrase(*its_town.span(1)) and not _a_state_after_a_town(its_town.group(1)) \
                    and _QUARTER_RE.search(text, max(start, match.start() - 80), match.start()):
                # "at the Ministry of Foreign Affairs in Singhadurbar, Kathmandu": the quarter's town
                return clean_name(its_town.group(1)), its_town.span(1)
            return name, span
        if match.group(1).casefold() == "at" and mention is None and len(words) == 1 and not match.group().casefold().startswith("at the") \
                and index.doc.entity_label(*span) != "PERSON" and words[0] not in _COUNTRY_NAMES \
                and not re.search(r"['’]s$", words[0]) \
                and not (index.people.get(words[0]) or index.people.by_token(words[0])) \
                and _hangs_on_the_signing(index.doc, match.start()):
            return clean_name(raw), span  # "signed ... at Pasighat", "took place at Thiruvananthapuram": a town
        if venue is None and (mention is not None or len(words) >= 2 or re.search(r"(?i)hall|center|centre|hotel|campus|building", raw)):
            whose = _OF_THE_BODY_RE.match(text, span[1], end)
            if whose and len(whose.group().split()) == 3 and whose.group().split()[-1].casefold() in _ORG_HEAD_WORDS:
                whose = None  # "at the Senate Room of the University": the body told before by its head word alone
            if whose and match.group(1).casefold() == "at":
                # "at the Syndicate Chamber of the KU": the room of a body, named with it
                raw, span = text[span[0] : whose.end()], (span[0], whose.end())
            venue = (clean_name(raw), span)
    if venue is None:
        # "in the council chamber of Zwolle City Hall"
        inner = _VENUE_OF_RE.search(text, start, end)
        # "in the council chamber of Zwolle City Hall", not "located in the north of Spain"
        if inner and not index.in_person_phrase(*inner.span(1)) and inner.group(1).split()[0] not in _COUNTRY_NAMES \
                and not re.search(r"(?i)\b(?:based|headquartered|located|situated)\s*$", text[max(start, inner.start() - 14) : inner.start()]):
            raw = re.sub(r"\s+(?:of|the|and)$", "", inner.group(1))
            venue = (clean_name(raw), (inner.start(1), inner.start(1) + len(raw)))
    if venue is not None:
        # "at WAM's office in Dubai", "at Crue's Offices in Madrid", "at the Foreign Office in London": the city
        tail = re.match(r"(?:['’]s)?(?:\s+[a-z]\w*){0,2}\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])",
                        text[venue[1][1] : end])
        if tail:
            city_span = (venue[1][1] + tail.start(1), venue[1][1] + tail.end(1))
            its_town = _TOWN_AFTER_RE.match(text, city_span[1], end)
            if its_town and its_town.group(1) not in _COUNTRY_NAMES and index.org_starting_at(its_town.start(1)) is None \
                    and not _a_state_after_a_town(its_town.group(1)):
                city_span = its_town.span(1)  # "at the Ministry of Foreign Affairs in Singhadurbar, Kathmandu"
            name = clean_name(text[city_span[0] : city_span[1]])
            if index.org_starting_at(city_span[0]) is None and not index.in_person_phrase(*city_span) \
                    and name.casefold() not in MONTHS_AND_DAYS and (name not in _COUNTRY_NAMES
                                                                    or name in place_knowledge("en").city_states):
                return name, city_span
        # "at Krishi Bhawan, New Delhi, in the presence of ...": the venue, then its city
        city_after = re.match(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*[,.;]|\s+(?:in|on|by)\s|\s+[a-z])",
                              text[venue[1][1] : end])
        if city_after and index.org_starting_at(venue[1][1] + city_after.start(1)) is None \
                and not index.in_person_phrase(venue[1][1] + city_after.start(1), venue[1][1] + city_after.end(1)) \
                and city_after.group(1).casefold() not in MONTHS_AND_DAYS and not _a_state_after_a_town(city_after.group(1)):
            return clean_name(city_after.group(1)), (venue[1][1] + city_after.start(1), venue[1][1] + city_after.end(1))
        hall = re.match(r"([A-Z][\w'’-]+)\s+(?:City|Town)\s+Hall$", venue[0])
        if hall:  # "Zwolle City Hall": the city
            return hall.group(1), (venue[1][0], venue[1][0] + len(hall.group(1)))
        return venue
    # "in the university's Founders Hall": a named venue of one of the sides
    hall = _OWN_VENUE_RE.search(text, start, end)
    if hall and not index.in_person_phrase(*hall.span(1)):
        return clean_name(hall.group(1)), hall.span(1)
    # "during a ceremony on the Springfield campus"
    campus = _CAMPUS_RE.search(text, start, end)
    if campus and not index.in_person_phrase(*campus.span(1)):
        return clean_name(campus.group(1)), campus.span(1)
    # "at the university's Portland campus"
    campus = _OWN_SITE_RE.search(text, start, end)
    if campus and not index.in_person_phrase(*campus.span(1)):
        return clean_name(campus.group(1)), campus.span(1)
    return None, None


# where a subordinate clause's verb hangs: "plan to run programmes in Seoul", "ranked among the
# best in Spain", "a loan to promote horticulture in Himachal Pradesh"
# (not "acl": "projects amounting to ... on August 25 at the Department", where the parse errs; not
# "pcomp": "a letter of intent on establishing friendly city relations in Zhuzhou" names where it was signed)
_SUBORDINATE_DEPS = frozenset({"xcomp", "advcl", "relcl", "conj", "dep", "ccomp", "csubj"})


# "signed at the new factory in Lindau": works named after "at" or "in" are the venue
_VENUE_BEFORE_WORKS_RE = re.compile(r"(?i)\b(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*$")
_SIGNED_AT_OFFICE_RE = re.compile(r"(?i)\bat\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}offices?\s*$")


# what a state's or province's name ends with ("Yunnan Province", "Lori Region", "Lagos State")
_STATE_WORD_RE = re.compile(r"\s(?:Province|State|Region|Prefecture|Oblast|Governorate)$")


def _a_state_after_a_town(name: str) -> bool:
    """Whether ``name``, written after a comma behind a town or a venue ("in
    Gandhinagar, Gujarat", "at the Guesthouse in Lindau, Yunnan Province", "at
    IIT Mandi, Himachal Pradesh"), is the state or province the town stands
    in: a known state, a region, or a name with a province's word. A signing
    is placed in its town (or its venue), not in the state around it."""
    return name in _K.us_states or name in _K.federal_states or name in place_knowledge("en").regions \
        or _STATE_WORD_RE.search(name) is not None


# "in Singhadurbar, Kathmandu": a quarter, then its town (the town ends the phrase)
# a venue just before "in A, B": A is the venue's quarter and B its town
_QUARTER_RE = re.compile(r"(?i)\bat\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}(?:[\w'’-]+\s+){0,3}$")
_TOWN_AFTER_RE = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*[,.;]|\s+[a-z]|\s*$)")
_OF_THE_BODY_RE = re.compile(r"\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?![\w'’-])")
# "held at the headquarters of the KMOU located in Yeongdo-gu, Busan": the venue's district, then its town
_VENUE_LOCATED_RE = re.compile(r"(?i)\b(?:held|" + _K.signed_words + r"|took\s+place)\s+at\s+[^,.;]{0,60}\b(?:located|situated)\s+$")
_DISTRICT_TOWN_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?![\w'’-])")


def _hangs_on_the_signing(doc: Document, offset: int) -> bool:
    """The preposition at ``offset`` hangs on the signing verb or an occasion's verb."""
    token = doc.parsed_token_at(offset)
    return token is not None and (SIGN_RE.fullmatch(token.head.text) is not None
                                  or token.head.text.casefold() in place_knowledge("en").occasion_verbs)


def _hangs_elsewhere(doc: Document, offset: int) -> bool:
    """The preposition at ``offset`` ("in", "at") hangs, in the parse, on a
    verb of another clause than the signing's, on a person's title
    ("Advisor at the Ministry"), or on a deed the agreement is about ("notes
    on the establishment of a consulate in Norvik"): what follows it is not
    where the signing was."""
    token = doc.parsed_token_at(offset)
    if token is None:
        return False
    verbs = place_knowledge("en").occasion_verbs
    seen = 0
    of_seen = False
    offset_i = token.i
    while token.head.i != token.i and seen < 40:
        token, seen = token.head, seen + 1
        if SIGN_RE.fullmatch(token.text) or token.text.casefold() in verbs:
            return False
        if token.pos_ in ("VERB", "AUX"):
            return token.dep_ in _SUBORDINATE_DEPS
        if token.text.casefold() == "for" and token.head.i != token.i and SIGN_RE.fullmatch(token.head.text):
            return True  # "signed for the construction of berth 4 at the terminal in Cuxhaven": what it is for
        if seen == 1 and token.pos_ == "NOUN" and any(c.text.casefold() == "of" and c.i < offset_i for c in token.children):
            of_seen = True  # "the establishment of a consulate in Norvik": a thing done, where it is done
        elif of_seen and token.text.casefold() in _TOPIC_PREPOSITIONS and token.head.pos_ == "NOUN" \
                and (token.head.dep_ == "dobj" or _K.agreement_head_re.fullmatch(token.head.text)):
            # "exchanged notes on the establishment of a consulate in Norvik": what the notes are about (but
            # "signed a memorandum on cooperation in Norvik" tells where)
            return True
        if seen == 1 and token.pos_ in ("NOUN", "PROPN") and (
                token.text.casefold() in TITLE_WORDS or token.dep_ == "appos" and token.head.pos_ == "PROPN"
                and token.ent_type_ != "PERSON"):
            # "Mohsin al Balushi, Advisor at the Ministry of Commerce": a post (but in "the General Manager,
            # B in Riyadh" the name set off after a title is the signer, and "in Riyadh" where they signed;
            # "signed in the presence of the emir and the prime minister at Korbi Hall": a witness's title,
            # and the hall where the signing was)
            return not _witnessed_by(token)
    return False


# the nouns a signing's witnesses hang on: "in the presence of", "under the auspices of"
_WITNESS_NOUNS = frozenset(("presence", "witness", "auspices", "witnessing"))


def _witnessed_by(token: Token) -> bool:
    """Whether ``token`` names someone the signing was done before ("in the
    presence of the emir and the prime minister"), by the parse."""
    seen = 0
    while token.head.i != token.i and seen < 12 and token.pos_ not in ("VERB", "AUX"):
        token, seen = token.head, seen + 1
        if token.text.casefold() in _WITNESS_NOUNS:
            return True
    return False


_TOPIC_PREPOSITIONS = frozenset(("on", "regarding", "concerning", "about"))


def _home_of_a_body(index: MentionIndex, word: str) -> bool:
    key = name_key(word)
    return any(key in name_key(e.name).split()[:-1] for e in index.orgs.entries if not e.is_place)


# ("in the presence of Shri A", "in the name of", "in the field of": no room of a building)
_VENUE_OF_RE = re.compile(r"(?<![\w-])(?:in|at)\s+the\s+(?!(?:august\s+|gracious\s+|esteemed\s+)?(?:presence|name|field|fields|"
                          r"area|areas|sector|sectors|framework|context|capacity|spirit|interest|behalf)\b)"
                          r"(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?"
                          r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the))*)")
_OWN_VENUE_RE = re.compile(r"(?<![\w-])(?:at|in)\s+the\s+[a-z]\w+['’]s\s+((?:[A-Z][\w'’-]+\s+){1,3}(?:Hall|Centre|Center|Auditorium|"
                           r"Building|Library|Theatre|Theater|Room|Chamber|Pavilion|Stadium|Palace|House))\b")
_OWN_SITE_RE = re.compile(r"(?<![\w-])(?:at|in|on)\s+(?:the\s+)?(?:\w+['’]s\s+)([A-Z][\w'’-]+)\s+"
                          r"(?:campus|headquarters|head\s+office|offices|office|plant|factory|site|premises)\b")


def same_kind(a: str, b: str) -> bool:
    """Two kind phrases that can name one agreement ("the agreement" and
    "a strategic cooperation agreement")."""
    ka, kb = kind_key(a), kind_key(b)
    return ka.endswith(kb) or kb.endswith(ka) or kb in ("agreement", "deal", "document") or ka in ("agreement", "deal")


def kind_key(kind: str) -> str:
    """A kind's words in one order, its head last: "agreement of collaboration"
    and "collaboration agreement" are one kind, and both end with "agreement";
    "a new memorandum of understanding" ends with "understanding memorandum"."""
    key = name_key(kind)
    before, of, what = key.partition(" of ")
    if not of:
        return key
    *mods, head = before.split()
    return " ".join([*mods, what, head])


# a kind its abbreviation stands for, to the abbreviation (singular, lower case: "mou")
_ABBREVIATION_OF_KIND = {kind: text for text, kind in sorted(_K.abbreviations.items(), key=lambda a: len(a[0]))
                         if text not in _K.plural_heads}
# each such kind, to a pattern of every head written in full that stands for it ("memoranda of understanding")
_FULL_FORMS_RE = {kind: re.compile(r"(?i)(?<![\w-])(?:" + alternation(
    [h for h, k in _K.kind_of_head.items() if k == kind and h not in _K.abbreviations]) + r")(?![\w-])")
    for kind in _ABBREVIATION_OF_KIND}
# the words a topic written after a kind may have: lower-case adjectives, nouns, gerunds and "and"
_TOPIC_POS = frozenset({"ADJ", "NOUN", "CCONJ", "VERB"})


def written_kind(draft: Draft, doc: Document) -> str:
    """An agreement's kind as the article names it (the corpus's FORMAT):
    where the article only ever writes "MoU", "mou", not the "memorandum of
    understanding" the passes read it as (the ontology's classes take both,
    kg.classify); a bare head that takes its topic after it (kinds.yaml
    topic_heads) with that topic: "an agreement on news exchange and
    cooperation" is an "agreement on news exchange and cooperation"."""
    kind = draft.kind
    abbreviation = _ABBREVIATION_OF_KIND.get(kind)
    if abbreviation is not None and not _FULL_FORMS_RE[kind].search(doc.text):
        return abbreviation
    if kind not in _K.topic_heads:
        return kind
    for _, end in sorted(draft.mentions):
        topic = _topic_after(doc, end)
        if topic is not None:
            return f"{kind} {topic}"
    return kind


def _topic_after(doc: Document, end: int) -> str | None:
    """"on news exchange and cooperation" right after a kind's head: the
    preposition and the lower-case noun phrase it governs (ending on a
    noun), or None ("on behalf of", "on Monday", "of the two sides")."""
    words = list(re.finditer(r"[^\s,.;:()]+", doc.text[end : end + 120]))
    if not words or words[0].start() == 0 or words[0].group() not in ("on", "of"):
        return None
    taken: list[str] = []
    for word in words[1:8]:
        token = doc.parsed_token_at(end + word.start())
        if token is None or not word.group().islower() or token.pos_ not in _TOPIC_POS \
                or token.pos_ == "VERB" and token.tag_ != "VBG" or token.pos_ == "CCONJ" and word.group() != "and":
            break
        taken.append(word.group())
        if doc.text[end + word.end() : end + word.end() + 1] in (",", ".", ";", ":", ")"):
            break
    while taken and (parsed := doc.parsed_token_at(end + words[len(taken)].start())) is not None and parsed.pos_ != "NOUN":
        taken.pop()
    if not taken or re.match(r"\s+of\b", doc.text[end + words[len(taken)].end() :]):
        return None  # ("on behalf of": a preposition of its own)
    return f"{words[0].group()} {' '.join(taken)}"
