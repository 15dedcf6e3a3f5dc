"""What the statistical model names: people written without a title, and
bodies the name rules cannot see.

The rule passes find a person through the post written around the name
("Governor Long Xiaohua", "Cheng Xiaobo, President of SIC"). News also
names people bare ("Barnabas Nawangwe and Jo Midgley signed the MoU"). The
model's PERSON entities give those names; this pass keeps the ones that
look like a person's name (two to four name words once honorifics and
titles are dropped, not an organization of the article) and registers
them, so that the signer and witness rules see them like any other person.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.countries import FORMAL_NAME_RE
from kg.extract.document import Document
from kg.extract.intervals import Intervals
from kg.extract.lexicon import (
    ANY_TITLE_RE,
    COMPANY_FORM_WORDS,
    FIELD_WORDS,
    GIVEN_NAME_ABBREVIATIONS,
    HONORIFICS,
    ORG_HEADS,
    PLACE_HEADS,
    STOP_CAPS,
    TITLE_PLACES,
    TITLE_WORDS,
    style_after_a_style,
)
from kg.extract.mentions import bare_name_tokens
from kg.extract.names import PLACE_WITH_ITS_LEVEL_RE, OrgMention, OrgRegistry, spells, spells_a_post
from kg.extract.occurrences import word_spans
from kg.extract.people import PersonRegistry, given_names_before, name_after, orgs_free
from kg.knowledge import entries, knowledge
from kg.knowledge.places import place_knowledge

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

__all__ = ["add_named_people", "company_short_names", "model_org_mentions", "whole_names"]

_K_AGREEMENT = knowledge("en").agreement_head_re
_K_SIGN = knowledge("en").sign_re
_K_SIGNED = knowledge("en").signed_words
_K_WITNESS_ACTS = knowledge("en").witness_acts

_POSSESSIVE = ("'s", "’s")


def _person_name(text: str) -> str | None:
    """The name inside a PERSON entity's text, or None when it is not one."""
    words = text.split()
    popped = ""
    while words and words[0] not in GIVEN_NAME_ABBREVIATIONS and (
            words[0].casefold() in HONORIFICS or words[0].casefold() in TITLE_WORDS
            # ("Datuk Amar A": a style only after the one it follows)
            or style_after_a_style(words[0], popped)
            or len(words) > 2 and words[0].casefold() in FIELD_WORDS
            or len(words) > 2 and words[0].isalpha() and words[0].islower()
            # ("Vice-Admiral A B", "Lieutenant-General A B": a rank written with a hyphen)
            or len(words) > 2 and "-" in words[0] and words[0].rsplit("-", 1)[1].casefold() in HONORIFICS):
        # (a word in lower case opens no name: "responsible Hon Timothy Masiu", a title's last word)
        popped = words.pop(0).casefold()  # (a field ends a remit before the name: "Commerce and Supplies Li Ming")
    if words and words[-1].endswith(_POSSESSIVE):
        words[-1] = words[-1][:-2]
    if words and words[-1].casefold() in FIELD_WORDS:
        return None  # "Sinopec Engineering", "Asiniikaa Mining": a body named for its field
    if words and place_knowledge("en").event_head_re.search(words[-1]):
        return None  # "the upcoming Tokyo Olympics": an event, whose town would read as someone's name
    name = " ".join(words)
    return name if bare_name_tokens(name) else None


# a body's description in lower case, right before a name ("lithium giant ", "petrochemical company ")
_DESCRIBED_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][\w-]*\s+(?:" + "|".join(sorted(knowledge("en").descriptor_nouns))
                                  + r")\s+$")


def add_named_people(doc: Document, people: PersonRegistry, orgs: OrgRegistry,
                     mentions: list[OrgMention] | None = None) -> None:
    """Register every person the model names that the article's bodies do
    not claim, by name or by the words of a body's name where it is written
    ("Vietnam National University Ho Chi Minh (VNUHCM)": no Ho Chi Minh)."""
    known = set(doc.known_people)
    for start, end in doc.person_spans:
        if any(m.start <= start and end <= m.end for m in mentions or []):
            continue
        written = doc.text[start:end]
        name = _person_name(written)
        if name is not None and name == written and name.split()[0] in TITLE_PLACES \
                and (before := re.search(r"(\w+) $", doc.text[max(0, start - 30) : start])) is not None \
                and before.group(1).casefold() in TITLE_WORDS:
            continue  # "Chief Minister Punjab Mohsin": the title's state and part of its holder's name
        if name is None or orgs.resolve(name, allow_bare=True) is not None or _a_place_by_name(doc, orgs, name):
            continue
        if _DESCRIBED_BEFORE_RE.search(doc.text, max(0, start - 30), start):
            continue  # "Chinese lithium giant Ganfeng Lithium signed": a body its description names, no person
        if any(known.startswith(name + " ") for known in people.entries) and re.match(r" [A-Z]", doc.text[end : end + 2]):
            continue  # "Moana Carcasses" where the readers read on to "Moana Carcasses Kalosil"
        # (a name the lists know is whole as written: "International Cooperation Hugh Todd" is no longer name)
        begin = given_names_before(doc, start) if name == written and (start, end) not in known else start
        if begin < start and people.get(name) is None:
            name = " ".join(doc.text[begin:end].split())  # "Shri Sanjay Kumar Shukla", not "Kumar Shukla"
        people.add(name)
    _styled_people(doc, people, orgs)
    _listed_people(doc, people, orgs)


def _styled_people(doc: Document, people: PersonRegistry, orgs: OrgRegistry) -> None:
    """"Dr N Mohondas Singh", "Mr. Kofi Mensah": a courtesy style before
    capitalised words names a person even where the model reads them as a
    body or nothing ("Dr N" as an organization); registered unless a body
    of the article claims the words or the person is known already."""
    covered = Intervals(doc.person_spans)
    for match in _STYLE_RE.finditer(doc.text):
        if covered.overlaps(match.end(), match.end() + 1):
            continue
        found = name_after(doc, match.start())
        if found is None or found[0] != match.end() and not _STYLE_RE.fullmatch(doc.text, match.start(), found[0]):
            continue
        name = found[2]
        if len(name.split()) < 2 or people.get(name) is not None or orgs.resolve(name, allow_bare=True) is not None:
            continue
        people.add(name)


# the next item of a list of people: ", " or " and " (or ", and "), then two or three capitalised words that
# end there (a verb, a comma, a stop or "and" follows)
_NEXT_LISTED_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?[ \t]+){1,2}[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)"
                             r"(?=\s*[,.;]|\s+(?:and|" + _K_WITNESS_ACTS + "|" + _K_SIGNED + r"|were|was|also|as|had|have|met|joined|at|in|on)\b)")


_NATION_WORDS = frozenset(w for name in (*knowledge("en").countries, *knowledge("en").country_of_adjective) for w in name.split())


def _listed_people(doc: Document, people: PersonRegistry, orgs: OrgRegistry) -> None:
    """"Municipal leaders Zhang Wei, Chen Jie and Zhao Lei attended": a name
    listed right after people the model names, written as theirs are, is a
    person's too, where the small model missed it; not a body's, a place's,
    a title's or a country's words, nor a name the model calls something else."""
    text = doc.text
    ends = sorted(end for _, end in doc.person_spans)
    labelled = Intervals((e.start_char, e.end_char) for e in doc.parsed.ents if e.label_ != "PERSON")
    for end in ends:
        while True:
            item = _NEXT_LISTED_RE.match(text, end)
            if item is None or labelled.overlaps(item.start(1), item.end(1)):
                break
            name = item.group(1)
            words = name.split()
            if any(not orgs_free(w) or w.casefold() in STOP_CAPS or w.casefold() in HONORIFICS or w in _NATION_WORDS
                   for w in words) or orgs.resolve(name, allow_bare=True) is not None:
                break
            if people.get(name) is None and item.start(1) not in doc.person_starts:
                people.add(name)
            end = item.end(1)


# a courtesy style of address, as written before a name ("Dr", "Prof.", "Mr", "Mrs", "Ms")
_STYLE_RE = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Hon|Shri|Smt|Engr)\.?[ \t]+(?=[A-Z])")


def _a_place_by_name(doc: Document, orgs: OrgRegistry, name: str) -> bool:
    """Whether the article writes ``name`` as a place: "Bac Ninh province",
    "in Bac Ninh city", "the People's Committee of Bac Ninh"."""
    text = doc.text
    at = text.find(name)
    while at >= 0:
        if _PLACE_HEAD_AFTER_RE.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return any(e.name.endswith(f" of {name}") for e in orgs.entries)


# (compiled once: a pattern made for each name, in every article, cost more than the search)
_PLACE_HEAD_AFTER_RE = re.compile(r"['’]?s?\s+(?i:" + "|".join(sorted(PLACE_HEADS, key=len, reverse=True)) + r")\b")


# ------------------------------------------------------------ organizations

_ORG_LABELS = {"ORG"}
_LEADING = ("the ", "The ")
_CUT_AT_AND_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+(?:and|&)\s+")
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|at|to|from|near|across)\s+(?:the\s+)?$")
_NOT_BODIES = knowledge("en").event_heads  # ("... Supply Programme", "... Investment Summit": no body)
_NAME_PARTICIPLES = {"limited", "incorporated", "united", "federated", "red", "unlimited"}
_CURRENCY_WORDS = {"Rs", "INR", "USD", "US$", "EUR", "RMB", "Tk", "KES", "Sh"}
_AFTER_TITLE_RE = re.compile(r"(?:" + ANY_TITLE_RE.pattern + r")\s+(?:of|for)\s+(?:the\s+)?$")


def _country_names() -> dict[str, str]:
    """Every way the text may name a country as a party, to its name."""
    names: dict[str, str] = {}
    for adjective, country in knowledge("en").country_of_adjective.items():
        names[country] = country
        if adjective.isupper() or "." in adjective:  # "US", "U.S.", "UAE" name the country itself
            names[adjective] = country
    return names


@lru_cache(maxsize=4096)
def _countries_of_several_words(first: str) -> tuple[str, ...]:
    """The countries whose names open with ``first`` and go on ("Trinidad":
    "Trinidad and Tobago"): the model may find their parts as two places."""
    return tuple(c for c in _country_names() if c.startswith(first + " "))


_BRACKETED_LETTERS_RE = re.compile(r"\(\s*([A-Za-z]{2,6})\s*\)")


def _agreement_acronyms(text: str) -> set[str]:
    """The letters the text introduces for an agreement ("a Letter of Intent
    (LoI)", "the Development Cooperation Arrangement (DCA)"): they name the
    agreement wherever the text writes them, never a body."""
    found = set()
    for match in _BRACKETED_LETTERS_RE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()].rstrip()
        head = re.search(r"(?:" + _K_AGREEMENT.pattern + r")$", before, re.IGNORECASE)
        words = before.split()
        # ("the Avoidance of Double Taxation Agreement (DTA)": the letters spell the name's last words)
        if head is not None and (match.group(1)[:1].casefold() == _initial_of(head.group())
                                 or any(spells(" ".join(words[-size:]), match.group(1)) for size in range(1, min(8, len(words)) + 1))):
            found.add(match.group(1))
    return found


def _initial_of(words: str) -> str:
    """The first letter of the first word of a phrase that is no article."""
    first = next((w for w in words.split() if w.casefold() not in ("a", "an", "the")), " ")
    return first[:1].casefold()


def _clean_entity(text: str) -> str:
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead):]
    if text.endswith(_POSSESSIVE):
        text = text[:-2]
    return text.strip(" ,.;:()")


_ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")


def _introduced_acronym(text: str, name: str, end: int) -> re.Match[str] | None:
    """"(AFD)" right after a name whose capitalised words' initials spell it."""
    match = _ACRONYM_AFTER_RE.match(text, end)
    if match is None or len(name.split()) < 2:
        return None
    return match if spells(name, match.group(1)) else None


def _a_place_and_a_body(name: str, places: set[str]) -> bool:
    """Whether the model made one name of a place, "and" and a body
    ("Changsha and Sany Group"): the place is one the article names as a
    place elsewhere, or a country, and the body has a head word of its own
    (not "Trinidad and Tobago", nor "Bosnia and Herzegovina")."""
    from kg.extract.lexicon import COMPANY_SUFFIXES, ORG_HEADS

    joint = re.search(r"\s+and\s+", name)
    if joint is None or name[: joint.start()] not in places or name in places:
        return False
    rest = name[joint.end() :]
    # (a head word, or a company's legal form: "Guangming and Diribo GmbH")
    return rest[:1].isupper() and any(w.casefold() in ORG_HEADS or w.casefold() in COMPANY_SUFFIXES for w in rest.split())


def model_org_mentions(doc: Document, known: list[OrgMention]) -> list[OrgMention]:
    """Bodies the model names that the name rules missed: companies and
    agencies without a head word ("COFCO", "Rosseti", "Kyodo News") and
    countries acting as sides ("Egypt and the US signed ...").

    The small model also calls cities, venues, surnames and programmes ORG;
    a name is kept only where nothing says it is one of those."""
    from kg.extract.lexicon import (
        GENERIC_BODIES,
        ORG_HEADS,
        PLACE_HEADS,
        STOP_CAPS,
        TITLE_WORDS,
    )

    countries = _country_names()
    text = doc.text
    agreement_letters = _agreement_acronyms(text)
    taken = Intervals((m.start, m.full_end if m.full_end > 0 else m.end) for m in known)
    # the first words of every known name ("nordhavn ", "nordhavn wind "), to ask in one step
    known_heads = {" ".join(words[:k]) + " " for m in known for words in [m.name.casefold().split()]
                   for k in range(1, len(words))}
    person_words = {w for e in doc.parsed.ents if e.label_ == "PERSON" for w in e.text.split()}
    # a name the model calls a body each time the article writes it ("IIT Madras", twice or more)
    org_names = Counter(_trim(_clean_entity(e.text)) for e in doc.parsed.ents if e.label_ in _ORG_LABELS)
    found: list[OrgMention] = []
    # where people's names (and the honours already written after them) end: ", IAS," follows one
    honours = {e.end_char for e in doc.parsed.ents if e.label_ == "PERSON"}
    known_people = Intervals(doc.known_people)  # ("Emil Boc" read as a body: a prime minister the lists know)
    for entity in doc.parsed.ents:
        if entity.label_ not in _ORG_LABELS and entity.label_ != "GPE" \
                or entity.label_ != "GPE" and known_people.overlaps(entity.start_char, entity.end_char):
            continue
        name = _trim(_clean_entity(entity.text))
        if not name or name not in entity.text:
            continue
        start = entity.start_char + entity.text.index(name)
        end = start + len(name)
        if taken.overlaps(start, end):
            continue
        words = name.split()
        lows = [w.casefold() for w in words]
        has_head = any(w in ORG_HEADS for w in lows)
        if _PLACE_PREPOSITION_RE.search(text, max(0, start - 12), start) and not has_head:
            continue  # "signed in Copenhagen", "at Capital Hill", "Ambassador to South Africa": a place
        if entity.label_ == "GPE":
            if name not in countries and text.startswith(name + ".", start) and name + "." in countries:
                name, end = name + ".", end + 1  # "the U.S. signed": the stop is the name's, not trimmed
            longer = max((c for c in _countries_of_several_words(name) if text.startswith(c, start)), key=len, default=None)
            if longer is not None:
                name, end = longer, start + len(longer)  # "Trinidad" and "Tobago" found apart: one country
            if name in countries:
                found.append(OrgMention(start, end, countries[name]))
                taken.add(start, end)
            continue
        if any(t.pos_ in ("VERB", "AUX", "PRON") for t in entity) or not name[:1].isupper():
            continue  # "Anhui University Attends Signing Ceremony": a headline, not a name
        owned = re.search(r"['’]s\s+(\S+)$", name)
        after = re.match(r"\s+([A-Za-z-]+)", text[end : end + 30])
        written = org_names[name]  # (how often the model read the whole span a body)
        owner = bool(owned and after and after.group(1).casefold() in TITLE_WORDS)
        if owner and owned:
            # "DP World’s Group Chairman A": the body, then its head's title ("Group Chairman")
            name = name[: owned.start()]
            end = start + len(name)
            words = name.split()
            lows = [w.casefold() for w in words]
            has_head = any(w in ORG_HEADS for w in lows)
        if lows[0] in STOP_CAPS or any(w in TITLE_WORDS for w in lows) or lows[-1] in _NOT_BODIES:
            continue  # "Minister of Organization": a post; "... Supply Programme": a project
        if _K_AGREEMENT.search(name) or name in agreement_letters:
            continue  # "Memorandum of Understanding (MoU": the agreement; "the LoI", after "Letter of Intent (LoI)"
        if all(w in FIELD_WORDS or w in ("and", "of", "&") for w in lows):
            continue  # "Director of International Affairs": a remit, not a body
        if not has_head and len(parts := re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", name)) >= 2 \
                and all(part in countries for part in parts):
            continue  # "an agreement between Chile and Samoa": two countries, which the model took for one body
        if len(words) == 1 and (lows[0] in ORG_HEADS or lows[0] in GENERIC_BODIES or lows[0] in PLACE_HEADS
                                or name in person_words or (name.isupper() and name.title() in doc.token_texts)):
            continue  # "the Bank", a surname, a headline in capitals ("BOISE")
        if _AFTER_TITLE_RE.search(text, max(0, start - 60), start):
            continue  # "Director of Strategy": what a post covers
        acronym = name.isupper() and len(name) >= 3 and " " not in name
        if not has_head and _a_person_in_context(text, start, end):
            continue  # "said Rioux, AFD CEO", "Mr. Kadir Topbas": a person the model called a body
        if acronym and (gap := re.search(r"[\s,(]+$", text[max(0, start - 4) : start])) is not None \
                and spells_a_post(text, start - len(gap.group()), start - len(gap.group()), name):
            continue  # "the Secretary to State Government, SSG, Prof. A": the post's letters, no body's
        if acronym and _after_a_name(text, start, end, honours):
            honours.add(end)
            continue  # "Manoj Kumar Katiyar, PVSM, AVSM, GOC-in-C": a decoration or service after a name
        if acronym and _DATELINE_AFTER_RE.match(text, end) and not re.search(r"[a-z]{3}", _line_before(text, start)):
            continue  # "MUSCAT: The Ministry ...": a dateline's city opening the story
        if acronym and re.search(r"\d", text[max(0, start - 3) : start] + text[end : end + 3]):
            continue  # "KZT 200 billion": a currency's code by its amount
        if entity.root.dep_ in ("compound", "amod", "nmod") and entity.root.head.i >= entity.end \
                and not _a_unit_after(doc, entity.end_char) and not owner:
            continue  # "Iwaki Mayor", "Boise high school students": a word qualifying another
        if name.casefold() + " " in known_heads:
            continue  # "Nordhavn Wind" for "Nordhavn Wind A/S": the rules' body, named short
        short = _introduced_acronym(text, name, end)
        if not (has_head or acronym or short or max(org_names[name], written) >= 2 or _signs(entity)):
            continue  # a bare name ("Assiut", "Scientific Research", "MW") is a body only where it signs
        if short:
            # "Agence Française de Développement (AFD)": a name that introduces its initials
            found.append(OrgMention(start, end, name, short.group(1), short.start(1), short.end(1), short.end()))
            taken.add(start, short.end())
            continue
        found.append(OrgMention(start, end, name))
        taken.add(start, end)
    return found


_OFFICIAL = knowledge("en").country_of_official_name


_SHORT_COUNTRY = {adjective: country for adjective, country in knowledge("en").country_of_adjective.items()
                  if adjective.replace(".", "").isupper() and len(adjective.replace(".", "")) >= 2}


def formal_country_names(doc: Document, mentions: list[OrgMention]) -> list[OrgMention]:
    """"between the Islamic Republic of Iran and the Russian Federation": a
    country's formal name is that country, one party with its short name (and
    one node across articles). A longer body's name that holds one ("Embassy
    of the Russian Federation") stays that body."""
    out = [m for m in mentions if m.name not in _OFFICIAL]
    # "UAE", "UK": a country's letters read as a body's name are the country
    out = [OrgMention(m.start, m.end, _SHORT_COUNTRY[m.name], m.alias, m.alias_start, m.alias_end, m.full_end)
           if m.name in _SHORT_COUNTRY else m for m in out]
    taken = Intervals((m.start, m.full_end) for m in out)
    for match in FORMAL_NAME_RE.finditer(doc.text):
        country = _OFFICIAL.get(" ".join(match.group().split()))  # (None for "Republic of China")
        if country is not None and not taken.overlaps(match.start(), match.end()):
            out.append(OrgMention(match.start(), match.end(), country))
    return sorted(out, key=lambda m: m.start)


_OWN_BODY_RE = re.compile(r"(?<![\w-])[Oo]ur\s+(?:" + "|".join(
    re.escape(e["text"]) for e in entries("en", "organizations")["own_body_heads"]) + r")(?![\w-])", re.I)


def own_bodies(doc: Document, mentions: list[OrgMention]) -> list[OrgMention]:
    """"Chairman Anna Berg of our council": a press release names its own
    body "our council" and never by name; the words are the body's name
    (an "Our" the text writes is "our": one body however it is cased)."""
    taken = Intervals((m.start, m.full_end) for m in mentions)
    out = list(mentions)
    for match in _OWN_BODY_RE.finditer(doc.text):
        if not taken.overlaps(match.start(), match.end()):
            out.append(OrgMention(match.start(), match.end(), "our" + match.group()[3:]))
    return sorted(out, key=lambda m: m.start)


def whole_names(doc: Document, mentions: list[OrgMention]) -> list[OrgMention]:
    """Names the rules cut at "and" that the model reads whole: "China Road and
    Bridge Corporation", not "Bridge Corporation"; "Oman Convention and
    Exhibition Centre", not "Exhibition Centre". Not a place the article names
    as one before "and": "between Changsha and Sany Group" names two sides;
    nor a body the article names on its own elsewhere ("Mayor of National
    District and University of Seville sign", then "the mayor of the National
    District, A, and the rector of the University of Seville, B")."""
    text = doc.text
    out = list(mentions)
    places = {e.text for e in doc.parsed.ents if e.label_ == "GPE"} | set(_country_names())
    # (and a place the article names with its level elsewhere: "Guangming" of "Guangming District")
    places |= {m.group(1) for m in PLACE_WITH_ITS_LEVEL_RE.finditer(text)}
    # where each name is written on its own: a body by the name rules, any name by the model (which may call
    # "the National District" a body in one sentence and a place in the next)
    alone = [(m.start, m.name) for m in mentions] + \
        [(e.start_char, _clean_entity(e.text)) for e in doc.parsed.ents if e.label_ in _ALONE_LABELS]
    ending: dict[int, list[int]] = {}
    for k, mention in enumerate(out):
        ending.setdefault(mention.end, []).append(k)
    for entity in doc.parsed.ents:
        if entity.label_ != "ORG":
            continue
        begin = entity.start_char + (4 if entity.text.startswith(("The ", "the ")) else 0)
        before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[max(0, begin - 30) : begin])
        if before and before.group(1).casefold() not in STOP_CAPS and not before.group(1).endswith(("'s", "’s")):
            # ("China's State Food and Drug Administration": an owner's possessive opens the name)
            continue  # "TwinStar Display Technologies and ...": the model started inside a name; its span is no guide
        for k in ending.get(entity.end_char, []):
            mention = out[k]
            if not begin < mention.start or mention.name.split()[-1].islower():
                continue  # ("Bridgwater and Marsa council": a head in lower case closes a short name of its own)
            if _CUT_AT_AND_RE.fullmatch(text, begin, mention.start) \
                    and not _closed_by_its_form(text[begin : mention.start]) \
                    and not _a_place_and_a_body(" ".join(text[begin : mention.end].split()), places) \
                    and not _named_alone(text[begin : mention.start], alone, begin, mention.end) \
                    and not _a_body_whole_before(mentions, begin, mention.start):
                out[k] = OrgMention(begin, mention.end, " ".join(text[begin : mention.end].split()), mention.alias,
                                    mention.alias_start, mention.alias_end, mention.full_end)
    return sorted(out, key=lambda m: m.start)


_ALONE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})



def _a_body_whole_before(mentions: list[OrgMention], begin: int, after_and: int) -> bool:
    """Whether the name rules read the words before "and" as a body of their
    own, whole up to its head ("The Hunan Provincial People's Government and
    Lindau Group signed"): two sides, not one name the model ran together."""
    return any(m.start == begin and m.end < after_and and m.name.split()[-1].casefold() in ORG_HEADS
               and m.name.split()[-1].casefold() not in FIELD_WORDS for m in mentions)


def _closed_by_its_form(before_and: str) -> bool:
    """Whether the words before "and" end with a company's legal form
    ("Lindau Power Bhd and Norvik Trading Group"): a name closes with its
    form, so what follows "and" is another body's name."""
    words = before_and.split()
    return len(words) >= 3 and words[-2].casefold() in COMPANY_FORM_WORDS


def _named_alone(joined: str, alone: list[tuple[int, str]], begin: int, end: int) -> bool:
    """Whether the words before "and" ("National District and") are a body's
    whole name written elsewhere in the article, outside ``begin``..``end``."""
    first = " ".join(re.sub(r"\s+(?:and|&)\s+$", "", joined).split())
    return any(name == first and not begin <= at < end for at, name in alone)


def company_short_names(doc: Document, mentions: list[OrgMention]) -> list[OrgMention]:
    """A company named once in full ("China Railway Corporation Limited") and
    then without its legal form ("Chairman of China Railway"): the short name
    is that company, not a country followed by a word. Read only where no
    other body's name covers the words and no capitalised word opens or goes
    on with the name ("China Railway Construction Corporation" is another
    company)."""
    text = doc.text
    stems: dict[str, str] = {}
    for mention in mentions:
        words = mention.name.replace(",", " ").split()
        while len(words) > 2 and words[-1].casefold() in _FORM_WORDS:
            words.pop()
        if len(words) >= 2 and len(words) < len(mention.name.replace(",", " ").split()):
            stems.setdefault(" ".join(words), mention.name)
    if not stems:
        return mentions
    out = list(mentions)
    for stem, name in stems.items():
        for start, end in word_spans(text, stem):
            before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[max(0, start - 30) : start])
            if before and before.group(1).casefold() not in STOP_CAPS:
                continue  # ("Ningbo Zhoushan Port" is not "Zhoushan Port Group")
            going_on = re.match(r"\s+(?=[A-Z])", text[end : end + 3])
            after = doc.parsed_token_at(end + going_on.end()) if going_on else None
            if going_on and (after is None or after.pos_ not in ("VERB", "AUX")):
                continue  # (a verb in capitals, as a headline writes it, does not go on with the name)
            if any(m.start < end and start < m.full_end and not (start <= m.start and m.full_end <= end) for m in out):
                continue  # (the full name itself, or another body's name that holds the words)
            out = [m for m in out if not (start <= m.start and m.full_end <= end)]  # ("China" in it)
            out.append(OrgMention(start, end, name))
    return sorted(out, key=lambda m: m.start)


_FORM_WORDS = COMPANY_FORM_WORDS  # (organizations.yaml spells each with and without its stop: "co", "co.")


# (a style opens with a capital: "Major Joseph Banda", but "infrastructure major Larsen & Toubro" is a firm)
_HONORIFIC_BEFORE_RE = re.compile(r"(?<![\w.-])(?:" + "|".join(
    re.escape(h[:1].upper()) + "(?i:" + re.escape(h.rstrip(".")[1:]) + ")" for h in sorted(HONORIFICS, key=len, reverse=True))
                                  + r")\.?\s+$")
_TITLE_AFTER_RE = re.compile(r",\s+(?:[A-Z][A-Za-z&]{1,9}\s+)?(?:the\s+)?(?:" + ANY_TITLE_RE.pattern + r")")
_BEHALF_AFTER_RE = re.compile(r"\s+on\s+(?:the\s+)?behalf\s+of\b")


def _a_person_in_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a name without a head word say it is a
    person's: an honorific before it ("Mr. Kadir Topbas"), a post after it
    ("Rioux, AFD CEO", "DJ Pandian, vice president") or "on behalf of"."""
    return bool(_HONORIFIC_BEFORE_RE.search(text, max(0, start - 14), start)
                or _TITLE_AFTER_RE.match(text, end) or _BEHALF_AFTER_RE.match(text, end))


def _after_a_name(text: str, start: int, end: int, name_ends: set[int]) -> bool:
    """Letters written between commas right after a person's name or an
    honour after it ("Shri M. Nagaraju, IAS, Nominated Authority")."""
    before = re.search(r",\s*$", text[max(0, start - 3) : start])
    if before is None or text[end : end + 1] not in (",", ")", ";"):
        return False
    # back over other honours written before it: "Manoj Kumar Katiyar, PVSM, AVSM,"
    chain = re.search(r"(?:,\s*[A-Z]{2,6})*,\s*$", text[max(0, start - 40) : start])
    first = start - len(chain.group()) if chain else start
    return any(first - 3 <= e <= first for e in name_ends) \
        or _STYLED_NAME_BEFORE_RE.search(text, max(0, first - 60), first + 2) is not None


# "Shri Anil Kumar Jha, " before the letters: a styled name, whatever the model called it
_STYLED_NAME_BEFORE_RE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(h.rstrip(".")) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*,\s*$")


def _signs(entity: Span) -> bool:
    """The entity is a side of a signing in the parse: the subject of a signing
    verb ("Cuxport signed ..."), or its object after "with" or "between"
    ("... signed an MoU with Rosseti"), directly or through a conjunction."""
    token = entity.root
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return bool(_K_SIGN.fullmatch(head.text))
    if token.dep_ == "pobj" and head.lower_ in ("with", "between"):
        governor = head.head
        return bool(_K_SIGN.fullmatch(governor.text) or _K_AGREEMENT.fullmatch(governor.text)
                    or governor.lower_ == "partnership")
    return False


# after a dateline's city: a colon, a dash, or a comma and a date ("BEIJING, Jan. 5")
_DATELINE_AFTER_RE = re.compile(r"\s*(?::|[-–—]{1,2}\s|,\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d)")


_UNIT_AFTER_RE = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in sorted(knowledge("en").unit_nouns, key=len, reverse=True))
                            + r")(?![\w-])")


def _a_unit_after(doc: Document, end: int) -> bool:
    """Whether a lower-case noun for a part of a body follows a name ("the
    NORAID mission to Jordan", "the UNDP country office"): the name is the
    body's, which acts through that part (``unit_nouns``)."""
    return _UNIT_AFTER_RE.match(doc.text, end) is not None


def _line_before(text: str, start: int) -> str:
    """What its line holds before ``start``, less a date written there."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return re.sub(r"\bdate\b", "", line)


def _trim(name: str) -> str:
    """Drop what the model runs on into after a name ("Veltrona Green Hydrogen for Rs",
    "Hanbit Marine Logistics Headquartered")."""
    words = name.split()
    while words and (not words[-1][:1].isupper() or words[-1].rstrip(".") in _CURRENCY_WORDS
                     or (words[-1].casefold().endswith("ed") and words[-1].casefold() not in _NAME_PARTICIPLES)):
        words.pop()
    return " ".join(words)
