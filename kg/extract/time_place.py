"""When and where each agreement was signed: the dates and places of its
sentences and the sentences around them, an occasion shared by several
agreements, and the dateline's city where the text says "here".
"""
from __future__ import annotations

import bisect
import re
from datetime import date

from kg.dates import find_dates
from kg.extract.agreements import (
    SIGN_RE,
    Draft,
    find_agreement_phrases,
    is_future,
    signing_date,
    signing_place,
)
from kg.extract.dateline import DATELINE_IN_BRACKETS_RE
from kg.extract.document import Document
from kg.extract.mentions import MentionIndex
from kg.knowledge import entries, knowledge
from kg.knowledge.places import place_knowledge

__all__ = ["fill_time_and_place", "lead_visit", "same_occasion", "collective_time_and_place", "dateline_place", "is_a_province",
           "town_as_named"]

_K = knowledge("en")
_PK = place_knowledge("en")
# ("The signing ceremony of the Framework Agreement on ... among A, B and C was held in ...": the
# agreement's full name may stand between the ceremony and where it was held)
# ("The signing took place on the sidelines of the bank's annual meetings in Sharm El-Sheikh": the
# occasion, then where it was)
_SIGNING_HELD_RE = re.compile(r"(?i)\b(?:signing|ceremony)\b[^.;]{0,200}?\b(?:took\s+place|was\s+held)\s+"
                              r"(?:(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+[^.;]{0,150}?\s)?(?:at|in)\b")
# "The MOU signing ceremony, held at ...": the ceremony's place in an apposition
_SIGNING_HELD_AT_RE = re.compile(r"(?i)\bsigning\s+ceremony\s*,\s*(?:which\s+was\s+)?held\s+(?:at|in)\b")
# "The official signing ceremony was held on May 22": when the signing was
_SIGNING_HELD_ON_RE = re.compile(r"(?i)\bsigning(?:\s+ceremony)?\s+(?:was\s+held|took\s+place)\s+on\b")
# a sentence that says where "the signing ceremony was held" is read a little further on than others
_HELD_READ = 6
_EVENT_RE = re.compile(r"(?i)\b(?:was|were)\s+held\s+(?:in|at)\b|\btook\s+place\s+(?:in|at)\b|\bwas\s+convened\s+(?:in|at)\b")


# "the state of Himachal Pradesh", "at the invitation of Wuhu Municipal Government": a region, or
# a host, named where a venue's name could stand, is no place of the signing
_NOT_THE_PLACE_BEFORE_RE = re.compile(r"(?i)\b(?:(?:state|province|region|county|district|prefecture|country|continent)"
                                      r"|invitation)\s+of\s+(?:the\s+)?$")
# "On the eve of the Crown Prince's arrival in Muscat, A and B signed ...": the place of what is to come
_BEFORE_ANOTHER_EVENT_RE = re.compile(r"(?i)\b(?:on\s+the\s+eve\s+of|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\s[^,;.]*$")
# "in the Diamond Building of the Financial Center of Wuhu City": a venue of a city the text names as one
_VENUE_OF_CITY_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)*?"
                               r"\s+of\s+([A-Z][\w'’-]+)\s+City(?![\w'’-])")
# "the Al Watan Palace in Abu Dhabi": a venue, then the town it stands in
_VENUE_IN_TOWN_RE = re.compile(r",?\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])(?!\s+(?:of|de)\s)")
# "in the Great Hall of the People on November 1": a building's name (its head word), then the time or the end
_NAMED_BUILDING_RE = re.compile(r"(?<![\w-])(?:in|at)\s+the\s+((?:[A-Z][\w'’-]*\s+){1,4}(?:" + "|".join(
    re.escape(e["text"]) for e in entries("en", "places")["venue_heads"]) + r")(?:\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
    r"(?=\s*[,.;]|\s+on\s|\s*$)")
# a venue's name rather than a town's: a building's head word, or words joined by "of" or "and"
_LOOKS_LIKE_A_VENUE_RE = re.compile(r"\s(?:of|and|for)\s|(?i:\b(?:" + "|".join(
    re.escape(e["text"]) for e in entries("en", "places")["venue_heads"]) + r")$)")
# "Great Hall" + " of the People"
_OF_THE_NAME_RE = re.compile(r"\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_VENUE_HEAD_END_RE = re.compile(r"(?i)\b(?:" + "|".join(re.escape(e["text"]) for e in entries("en", "places")["venue_heads"])
                                + r")$")
# "Nairobi's State House": a town's building
_TOWNS_VENUE_RE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[A-Z][\w'’-]*\s+){0,3}(?i:"
                             + "|".join(re.escape(e["text"]) for e in entries("en", "places")["venue_heads"]) + ")$")
# "From May 29th to 30th, the delegation visited ...": the days of a stay, none of them the signing's day
_RANGE_FROM_RE = re.compile(r"(?i)\b(?:from|between)\s+(?:the\s+)?$")
_RANGE_TO_RE = re.compile(r"(?i)\s*(?:to|until|till|through|and|-|–|—)\s*(?:the\s+)?"
                          r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?![\w-])(?:\s*,?\s*(?:19|20)\d\d)?")


def _signing_place(index: MentionIndex, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The signing's place in ``text[start:end]``, read whole and told as a
    place: no field, no witness, no kind of document, no person's name."""
    name, span = _place_read(index, start, end)
    if name is None or span is None:
        return None, None
    return _place_as_told(index, name, span, start)


# "MoU on Cooperation in the Field of Health", "signed ... at the witness of KOICA Nepal", "in the presence
# of the Governor": a field, or those who saw it, named where a place could stand
_FIELD_OR_WITNESS_BEFORE_RE = re.compile(r"(?i)\b(?:(?:in|at)\s+the\s+fields?\s+of|(?:witness|presence|auspices)\s+of)"
                                         r"\s+(?:the\s+)?$")
_FIELD_NAME_RE = re.compile(r"(?i)fields?\s+of\s")
_TWO_LETTERS_RE = re.compile(r"[^\W\d_]{2}")
# "company", "bank", "ltd": written in lower case after a name, they make it a body's name
_ORG_HEAD_WORDS = frozenset(h.rstrip(".") for h in _K.org_heads)
_AMOUNT_AFTER_RE = re.compile(r"\s*\d")
# what ends a place's name but is no part of it: "of", a possessive, a comma
_LOOSE_END_RE = re.compile(r"(?:\s+(?:of|and|the)|['’]s|[\s,])+$")


def _place_as_told(index: MentionIndex, name: str, span: tuple[int, int], start: int) -> tuple[str | None, tuple[int, int] | None]:
    """The place read, less what a careful reader knows is no part of it: a
    person's name or title after it ("the Varsha Bungalow of CM Shinde",
    "the Embassy in India Mr. Zhang"), and nothing at all where it names a
    field ("in the Field of Health"), a witness ("at the witness of X"), the
    kind of document ("In the MoU signing ceremony") or only a country; a
    venue right before a person's name, ahead of the signing verb, is that
    person's post ("the Director at the EuropeAid Office Marcus Cornaro signed")."""
    text = index.doc.text
    if _FIELD_OR_WITNESS_BEFORE_RE.search(text, max(0, span[0] - 40), span[0]) or _FIELD_NAME_RE.match(name) \
            or not _TWO_LETTERS_RE.search(name) or _is_a_pair_of_places(name):
        # (nor an initial alone, "at the expense of H.H. Sheikh ...", nor two places joined by a hyphen,
        # "in China-Africa cooperation")
        return None, None
    if name.casefold() in _K.abbreviations or name.casefold() in _K.kind_of_head:
        return None, None
    if re.fullmatch(r"[A-Z]{3}", name) and _AMOUNT_AFTER_RE.match(text, span[1]):
        return None, None  # "in the amount of EUR 18 million": a currency's code before its amount
    country = re.search(r"\s+(\S+(?:\s+\S+){0,2})$", name)
    if country and country.group(1) in _K.countries and name[: country.start()] not in _K.countries \
            and any(e.start_char == span[0] and e.end_char == span[0] + country.start() for e in index.doc.parsed.ents):
        # "in Beijing China": the town the model reads on its own, its country written after it without a
        # comma (but "South China", "Mainland China" are one name)
        name, span = name[: country.start()], (span[0], span[0] + country.start())
    cut = span[1]
    for person in index.person_spans:
        if person.name_end < span[1] or _VENUE_HEAD_END_RE.search(person.name) \
                or not _is_a_persons_name(index, person.name_start, person.name_end):
            continue  # (only a name the place's end falls in; "High-Tech Park" taken for a person is a place)
        if span[0] < person.start < cut:
            cut = person.start  # ("CM Shinde": the title opens the person's phrase)
        if span[0] < person.name_start < cut:
            cut = person.name_start
    read = text[span[0] : cut].split()
    words = list(read)
    while words and (words[-1].rstrip(".").casefold() in _PERSON_WORDS):
        words.pop()  # "India Mr": an honorific or title begins a name the model did not read
    if cut < span[1] or len(words) < len(read):
        told = _LOOSE_END_RE.sub("", " ".join(words))
        if not told or not text.startswith(told.split()[0], span[0]):
            return None, None
        if told in _K.countries and told not in _PK.city_states:
            return None, None
        stop = span[0]
        for word in told.split():
            stop = text.index(word, stop) + len(word)
        span = (span[0], stop)  # (a place cut short keeps its opening)
        name = told
    follows = re.match(r"[ \t]*", text[span[1] :])
    after = span[1] + (follows.end() if follows else 0)
    head = re.match(r"[a-z][\w.]*", text[after:])
    if head and head.group().rstrip(".") in _ORG_HEAD_WORDS and not _VENUE_NOUNS_RE.match(text, span[1]):
        return None, None  # "the participants in the KAMAZ Weichai company": a body's name, no place
    if text[start : span[0]].strip() and any(p.start == after or p.name_start == after for p in index.person_spans) \
            and not any(not is_future(text, v.start(), span[0]) for v in SIGN_RE.finditer(text, start, span[0])):
        return None, None
    return name, span


def _is_a_pair_of_places(name: str) -> bool:
    """"China-Africa", "Kenya-Uganda": two countries or regions joined by a
    hyphen, which qualify what follows ("China-Africa cooperation"); a
    country so spelt ("Guinea-Bissau") is one place."""
    parts = name.split("-")
    return len(parts) == 2 and name not in _K.countries \
        and all(part in _K.countries or part in _PK.regions for part in parts)


def _is_a_persons_name(index: MentionIndex, start: int, end: int) -> bool:
    """A name a title or honorific opens ("CM Shinde"), or one the model
    reads as a person's after "of" or a venue's head word ("the Office
    Marcus Cornaro"): not a venue's own words the person finder took
    ("Zizhu High-Tech Park")."""
    before = index.doc.text[max(0, start - 20) : start].split()
    if not before:
        return False
    if before[-1].rstrip(".").casefold() in _PERSON_WORDS:
        return True
    return index.doc.entity_label(start, end) == "PERSON" and (
        before[-1] == "of" or _VENUE_HEAD_END_RE.search(before[-1]) is not None)


_PERSON_WORDS = frozenset(w.casefold() for w in _K.honorifics) | frozenset(
    c.casefold() for c in _K.title_cores if " " not in c) | frozenset(("mr", "mrs", "ms", "dr", "prof", "h.e"))


def _place_read(index: MentionIndex, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The signing's place in ``text[start:end]``, as the agreements pass
    reads it, less what a careful reader knows names no signing's place (a
    region, a host), and a venue of a named city given as that city."""
    text = index.doc.text
    named = _PK.town_named_re.search(text, start, end)
    if named and index.org_starting_at(named.start(1)) is None and not index.in_person_phrase(*named.span(1)) \
            and named.group(1) not in _K.countries and named.group(1).split()[0].casefold() not in _MONTHS_AND_DAYS:
        return named.group(1), named.span(1)  # "in the Kenyan capital, Nairobi": the town named after
    town = _PK.venue_then_town_re.search(text, start, end)
    if town and index.org_starting_at(town.start(1)) is None and not index.in_person_phrase(*town.span(1)) \
            and town.group(1) not in _K.countries and town.group(1).casefold() not in _MONTHS_AND_DAYS \
            and not _names_a_body(index, town.group(1)):
        return town.group(1), town.span(1)  # "at State House Nairobi": the town the building stands in
    at = start
    for _ in range(4):
        name, span = signing_place(index, at, end)
        if name is None or span is None:
            for fallback in (_held_in_a_town, _event_town, _room_told_in_words):
                found = fallback(index, start, end)
                if found[0] is not None:
                    return found
            return None, None
        day = re.search(r"\s+(\w+)$", name)
        if day and day.group(1).casefold() in _MONTHS_AND_DAYS:
            # "in Beijing Friday": the town, then the day
            name, span = name[: day.start()], (span[0], span[0] + day.start())
        if _is_region(text, name, span) or _A_WORD_FOR_A_TOWN_RE.match(text, span[1]) and text.endswith("the ", 0, span[0]) or _NOT_THE_PLACE_BEFORE_RE.search(text, max(start, span[0] - 40), span[0]) \
                or _BEFORE_ANOTHER_EVENT_RE.search(text, start, span[0]) or re.match(r"[ \t]*:", text[span[1] :]) \
                or _where_the_subject_is(index.doc, start, end, span):
            # (a page's label, "In Short :", "In Detail :", is no place either)
            at = span[1]  # read on: the place may come after
            continue
        city = _VENUE_OF_CITY_RE.match(text, span[1], end)
        if city and index.org_starting_at(city.start(1)) is None and city.group(1) not in _K.countries:
            return city.group(1), city.span(1)
        town = _VENUE_IN_TOWN_RE.match(text, span[1], end)
        if town and _VENUE_HEAD_END_RE.search(name) and index.org_starting_at(town.start(1)) is None \
                and town.group(1) not in _K.countries and not index.in_person_phrase(*town.span(1)) \
                and not _is_region(text, town.group(1), town.span(1)):
            return town.group(1), town.span(1)  # "in the Al Watan Palace in Abu Dhabi": the city, as a place is told
        whole = _OF_THE_NAME_RE.match(text, span[1], end)
        if whole and _VENUE_HEAD_END_RE.search(name) and not _TOWNS_VENUE_RE.match(name):
            # "the Great Hall of the People": the venue's whole name, not "Great Hall"
            return name + text[span[1] : whole.end()], (span[0], whole.end())
        room = _PK.room_re.search(text, max(start, span[0] - 60), min(end, span[1] + 1))
        if room and room.group(1) == "the" and room.group(3) and room.span(3) == span and _signing_told(index.doc, start, end):
            return room.group(2), room.span(2)  # "in the training center of Zizhu High-Tech Park": the room, named whole
        body = _BODY_THEN_ROOM_RE.search(text, max(start, span[0] - 80), span[0])
        if body and _VENUE_HEAD_END_RE.search(name) and index.org_ending_at(body.end(1)) is not None:
            # "at the Ministry of Coal, Conference Hall": the body's hall, named with the body
            return text[body.start(1) : span[1]], (body.start(1), span[1])
        whose = _TOWNS_VENUE_RE.match(name)
        if whose and whose.group(1) not in _K.countries and not _is_a_post(whose.group(1)) and not _names_a_body(index, whose.group(1)) \
                and index.org_starting_at(span[0]) is None and not index.in_person_phrase(span[0], span[0] + whose.end(1)) \
                and index.doc.entity_label(span[0], span[0] + whose.end(1)) not in _BUILDING_LABELS:
            # "at Nairobi's State House": the town; but "the People's Great Hall" is one building's name
            return whose.group(1), (span[0], span[0] + whose.end(1))
        noun = _VENUE_NOUNS_RE.match(text, span[1], end)
        if noun and text.endswith("the ", 0, span[0]) and noun.group().split()[-1] not in _NOUNS_NOT_ALONE:
            town = _TOWN_AFTER_VENUE_RE.match(text, noun.end(), end)
            if town and index.org_starting_at(town.start(1)) is None and not index.in_person_phrase(*town.span(1)) \
                    and town.group(1) not in _K.countries and town.group(1).split()[0].casefold() not in _MONTHS_AND_DAYS \
                    and not _is_region(text, town.group(1), town.span(1)):
                return town.group(1), town.span(1)  # "at the Ministry of Finance office, Lindau.": the town it stands in
            # "at the Lindau Prefectural offices": the building, named with its body or place
            return name + noun.group(), (span[0], noun.end())
        return name, span
    return None, None


# ", Lindau." after a venue: the town it stands in, closing the clause
_TOWN_AFTER_VENUE_RE = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*[,.;]|\s*$)")
_NOUNS_NOT_ALONE = frozenset(e["text"] for e in entries("en", "places")["venue_nouns"] if e.get("alone") is False)
_VENUE_NOUNS_RE = re.compile(r"(?:\s+(?:" + "|".join(re.escape(e["text"]) for e in entries("en", "places")["venue_nouns"])
                             + r"))+(?![\w'’-])")


def _is_a_post(words: str) -> bool:
    """"Prime Minister", "Governor": a post, whose office ("the Prime
    Minister's Office") is a building, not a town's."""
    return any(w.casefold() in _PERSON_WORDS for w in words.split())


# the model's labels for a name that is a building's or a body's, not a town's ("the People's Great Hall")
_BUILDING_LABELS = frozenset(("FAC", "ORG", "PERSON", "NORP"))


# "The General Directorate of Residency and Foreigners Affairs in Dubai", "Pingding county in the city of",
# "Officials from Truro and Morlaix in Britanny": "in" right after a name (or a word for a town or region)
# ("Lakeside University, situated in Trishal, and ... signed": where a body stands, set off after its name)
_AFTER_A_NAME_RE = re.compile(r"(?:[A-Z][\w'’-]*|\b(?:county|city|town|district|province|region|state|municipality)|"
                              r",\s*(?:which\s+is\s+)?(?:situated|located|based|headquartered))"
                              r"\s+in\s+(?:the\s+(?:city|town|province|county|district)\s+of\s+)?$")


def _where_the_subject_is(doc: Document, start: int, end: int, span: tuple[int, int]) -> bool:
    """The place read is where the one who signs is, told in the sentence's
    subject before the signing verb ("The General Directorate ... in Dubai
    signed a memorandum"), not where the signing was."""
    name = _AFTER_A_NAME_RE.search(doc.text, max(start, span[0] - 40), span[0])
    if not name or name.group().split()[0].casefold() in _MONTHS_AND_DAYS:
        return False  # ("the Bank on Tuesday in Lusaka, signed": a time, then where they signed)
    word = doc.parsed_token_at(name.start())
    if word is not None and (word.pos_ == "ADV" or word.ent_type_ in ("DATE", "TIME")):
        return False  # ("Today in Apia, A and B came together to sign": a time, then where, opening the sentence)
    if any(True for _ in SIGN_RE.finditer(doc.text, start, span[0])) or re.match(r"\s*(?:[Ii]n|[Aa]t)\s", doc.text[start:span[0]]):
        return False  # after the verb, or opening the sentence: "In Milan on 21 December the bank ... signed"
    return any(not is_future(doc.text, v.start(), end) for v in SIGN_RE.finditer(doc.text, span[1], end))


# "On the sidelines of the World Economic Forum in Davos, Maharashtra signed": an event named, then its town
_EVENT_TOWN_RE = re.compile(r"(?i:\b(?:on\s+the\s+(?:sidelines?|margins?)\s+of|at|during)\s+the)\s+(?:[A-Z0-9][\w'’-]*\s+){0,6}"
                            r"(?i:" + "|".join(re.escape(e["text"]) for e in entries("en", "places")["event_heads"]) + r")"
                            r"(?:\s+(?:19|20)\d\d)?(?:\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:held\s+)?in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"
                            r"(?=\s*[,.;]|\s+(?:on|last|this|today|yesterday)\b)")


def _event_town(index: MentionIndex, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """"On the sidelines of the World Economic Forum in Davos, Maharashtra
    signed ...", "at the Africa Business Summit in Kigali": the event's town,
    where the sentence tells of the signing (the model taking the event for a
    body would otherwise put the town with the body)."""
    if not _signing_told(index.doc, start, end):
        return None, None
    for event in _EVENT_TOWN_RE.finditer(index.doc.text, start, end):
        name = event.group(1)
        if name not in _K.countries and name not in _PK.regions and name.casefold() not in _MONTHS_AND_DAYS \
                and not is_a_province(index.doc.text, name) and index.org_starting_at(event.start(1)) is None and not index.in_person_phrase(*event.span(1)) \
                and not _REGION_WORD_AFTER_RE.match(index.doc.text, event.end(1)):
            return name, event.span(1)
    return None, None


def _signing_told(doc: Document, start: int, end: int) -> bool:
    """The sentence tells of a signing done, or of its ceremony."""
    return _PK.occasion_re.search(doc.text, start, end) is not None or any(
        not is_future(doc.text, v.start(), end) for v in SIGN_RE.finditer(doc.text, start, end))


def _room_told_in_words(index: MentionIndex, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """"was held in the sixth meeting room of the university", "while signing
    at the university's senate building": the room as told; "at a room of
    Hanam City Hall": the building, the room not being told which."""
    if not _signing_told(index.doc, start, end):
        return None, None
    for room in _PK.room_re.finditer(index.doc.text, start, end):
        if room.group(1) == "the":
            return room.group(2), room.span(2)
        if room.group(3) and index.org_starting_at(room.start(3)) is None and not index.in_person_phrase(*room.span(3)):
            return room.group(3), room.span(3)
    return None, None


# "at the Ministry of Coal, Conference Hall": a body, a comma, then its hall's name
_BODY_THEN_ROOM_RE = re.compile(r"(?<![\w-])(?:at|in)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and))*),\s+$")
# "in the Cornish city", "in the Kenyan capital": a word for a town, not its name
_A_WORD_FOR_A_TOWN_RE = re.compile(r"\s+(?:city|town|capital|port|village)\b")


def _is_region(text: str, name: str, span: tuple[int, int]) -> bool:
    """"the Middle East", "the Arab world" (of which only "Arab" may have been read), "Russia's Far East";
    or a province or state of a country ("Zhejiang", which the text calls "Zhejiang province")."""
    whose = re.match(r".+['’]s\s+(.+)$", name)
    if name in _PK.regions or whose and whose.group(1) in _PK.regions or is_a_province(text, name):
        return True
    return any(r.startswith(name + " ") and text.startswith(r[len(name):], span[1]) for r in _PK.regions)


def is_a_province(text: str, name: str) -> bool:
    """A state or province of a country, not a town: a name the article
    itself calls a province or state ("Zhejiang province", "the state of
    Kerala"). A signing is placed in a town or a venue; the province a text
    names is where the work is done, or where the town stands. ("Bac Ninh
    province" and "Bac Ninh city" in one text: a town of the province's name.)"""
    if not name or name in _PK.city_states:
        return False
    called = _called(text, name)
    return "town" not in called and "province" in called


def _called(text: str, name: str) -> set[str]:
    """What the text calls ``name`` where it writes it in full: "town" for
    "X city" or "the city of X", "province" for "X province" or "the state of
    X". The name is found by plain string search and only the words around
    each place it stands are matched, so that no pattern is built per name
    (a compiled pattern per name cost more than the rest of the pass)."""
    called: set[str] = set()
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not _WORD_CHAR_RE.match(text, end):
            if start == 0 or not _WORD_CHAR_RE.match(text, start - 1):
                if _TOWN_AFTER_RE.match(text, end):
                    called.add("town")
                elif _PROVINCE_AFTER_RE.match(text, end):
                    called.add("province")
            if _TOWN_BEFORE_RE.search(text, max(0, start - _BEFORE_WINDOW), start):
                called.add("town")
            elif _PROVINCE_BEFORE_RE.search(text, max(0, start - _BEFORE_WINDOW), start):
                called.add("province")
        start = text.find(name, start + 1)
    return called


_WORD_CHAR_RE = re.compile(r"[\w'’-]")
_TOWN_AFTER_RE = re.compile(r"\s+(?i:city|town)(?![\w'’-])")
_PROVINCE_AFTER_RE = re.compile(r"\s+(?i:province|autonomous\s+region)(?![\w'’-])")
_TOWN_BEFORE_RE = re.compile(r"(?i:\b(?:city|town)\s+of\s+)$")
_PROVINCE_BEFORE_RE = re.compile(r"(?i:\b(?:province|state)\s+of\s+)$")
_BEFORE_WINDOW = 40  # "city of" and the spaces after it


# "the meeting ... was held in Chongqing": an occasion's verb, then a town
_HELD_IN_RE = re.compile(r"\b(?:held|took\s+place|hosted|convened)\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])")


def _held_in_a_town(index: MentionIndex, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """"was held in Chongqing", where the model takes the town for a town
    (GPE) though a name nearby made it look like a person's: the town; or
    "signed ... the protocol on wheat to be exported to China in the Great Hall
    of the People on November 1", where the parse hangs the hall on another
    verb: a named building after the signing verb."""
    if _tells_other_time(index.doc.text, start, end):
        return None, None  # "an event held in Xuchang in April 2019": another time's
    for held in _HELD_IN_RE.finditer(index.doc.text, start, end):
        name = held.group(1)
        if index.doc.entity_label(*held.span(1)) == "GPE" and name not in _K.countries and name not in _PK.regions \
                and not is_a_province(index.doc.text, name) and index.org_starting_at(held.start(1)) is None:
            return name, held.span(1)
    for hall in _NAMED_BUILDING_RE.finditer(index.doc.text, start, end):
        if any(not is_future(index.doc.text, v.start(), end) for v in SIGN_RE.finditer(index.doc.text, start, hall.start())) \
                and index.org_starting_at(hall.start(1)) is None and not index.in_person_phrase(*hall.span(1)):
            return hall.group(1), hall.span(1)
    return None, None


def _visited_town(doc: Document, index: MentionIndex, sentences: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    """"during a visit to Port Vila", "a delegation came to Shymkent city": the
    town a sentence of the signing (or the one before it) says was visited."""
    for sent in sentences:
        visit = _PK.visit_re.search(doc.text, *sent) or _VISIT_OF_TO_RE.search(doc.text, *sent)
        if visit and index.org_starting_at(visit.start(1)) is None and not index.in_person_phrase(*visit.span(1)) \
                and visit.group(1) not in _K.countries and visit.group(1) not in _PK.regions \
                and not is_a_province(doc.text, visit.group(1)) \
                and not _BEFORE_ANOTHER_EVENT_RE.search(doc.text, sent[0], visit.start()) \
                and not _EARLIER_RE.search(doc.text, *sent) \
                and not _REGION_WORD_AFTER_RE.match(doc.text, visit.end(1)):
            # (not "previously visited Xi'an on trade missions in 2007", nor "visited Hangul district")
            return visit.group(1), visit.span(1)
    return None, None


def _meeting_town(doc: Document, index: MentionIndex, sentences: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    """"The two leaders met in Detroit on Friday", "held talks ... here in
    Islamabad": the town (as the model reads a town) a meeting was held in,
    where no earlier time or meeting still to come is told."""
    for sent in sentences:
        if _EARLIER_RE.search(doc.text, *sent) or _BEFORE_ANOTHER_EVENT_RE.search(doc.text, *sent):
            continue
        for meeting in _PK.meeting_re.finditer(doc.text, *sent):
            name = meeting.group(1)
            if doc.entity_label(*meeting.span(1)) in ("GPE", "LOC") and name not in _K.countries \
                    and name not in _PK.regions and not is_a_province(doc.text, name) \
                    and index.org_starting_at(meeting.start(1)) is None \
                    and not index.in_person_phrase(*meeting.span(1)) and not is_future(doc.text, meeting.start(), sent[1]) \
                    and not _REGION_WORD_AFTER_RE.match(doc.text, meeting.end(1)):
                return name, meeting.span(1)
    return None, None


# "during the visit of the Prime Minister to Beijing": the visitor named between the visit and the town
_VISIT_OF_TO_RE = re.compile(r"(?i:\bvisit\s+of)\s+[^.;:]{1,80}?\s+to\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])")
_REGION_WORD_AFTER_RE = re.compile(r"\s+(?:district|province|region|state|county|prefecture|oblast)\b")


_MONTHS_AND_DAYS = frozenset(("january february march april may june july august september october november december "
                              "monday tuesday wednesday thursday friday saturday sunday").split())
# "DUBAI, (UrduPoint / Pakistan Point News / WAM - ": a date line whose date is in brackets
# "from 13th-to 18th February, 2016": a stretch's first day before the day read, which holds the month
_RANGE_END_RE = re.compile(r"(?i)\b(?:from|between)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:-\s*)?(?:to|until|till|through|and|-|–|—)\s*$")
# "on the inaugural day of the fair", "on its opening day": the first day of a stretch of days told after
_OPENING_DAY_RE = re.compile(r"(?i)\b(?:inaugural|opening|first)\s+day\b")
# "signed this morning": the day of the article's own date
_THIS_PART_OF_DAY_RE = re.compile(r"(?i)\bthis\s+(?:morning|afternoon|evening)\b")


def _signing_date(doc: Document, start: int, end: int) -> tuple[date | None, tuple[int, int] | None, bool]:
    """The signing's date in ``text[start:end]``, less the ends of a stretch
    of days ("from May 29th to 30th"): a stay, not the day of the signing."""
    at = start
    for _ in range(4):
        value, span, given = signing_date(doc, at, end)
        if value is None or span is None:
            published = doc.article.published or doc.dateline
            this = _THIS_PART_OF_DAY_RE.search(doc.text, at, end)
            if value is None and this is not None and published is not None and any(
                    not is_future(doc.text, v.start(), end) for v in SIGN_RE.finditer(doc.text, start, end)):
                return published, this.span(), True
            return value, span, given
        opening = _OPENING_DAY_RE.search(doc.text, start, span[0])
        to = _RANGE_TO_RE.match(doc.text, span[1], end)
        if to and _RANGE_FROM_RE.search(doc.text, max(start, span[0] - 14), span[0]):
            if opening:
                return value, span, given  # "on the opening day of the fair, held from May 29th to 31st"
            at = to.end()
            continue
        first_day = _RANGE_END_RE.search(doc.text, max(start, span[0] - 30), span[0])
        if first_day:
            if opening:
                # "at the inaugural day of the week held from 13th to 18th February": the stretch's first day
                try:
                    return value.replace(day=int(first_day.group(1))), (first_day.start(1), span[1]), given
                except ValueError:
                    pass
            at = span[1]  # "from 13th to 18th February": the last day of a stretch, the day given its month
            continue
        line = doc.text.rfind("\n", 0, span[0]) + 1
        if span[0] - doc.body_start < 300 and DATELINE_IN_BRACKETS_RE.fullmatch(doc.text, line, span[0]) \
                and doc.text.startswith(")", span[1]):
            at = span[1]  # "DUBAI, (UrduPoint / WAM - 21st Dec, 2021) The agency has signed": the date line's
            continue
        return value, span, given
    return None, None, False


# an agreement's first sentences say when and where it was signed; later
# mentions of it only refer back (and reading all of them is quadratic in long files)
_SENTENCES_READ = 12


# "LIMA, Aug 20, 2019, AGENCY.", "Addis Ababa, Ethiopia (16 May 2022)-": the place and day a story was filed
_FILED_HEAD_RE = re.compile(r"[A-Z][\w'’.-]*(?:[\s,/(-]+[A-Z][\w'’.-]*)*[\s,/(-]*")
# "X announced Wednesday that Y has signed", "..., reported the agency": a signing the story tells as news
# (places.yaml ``announcing_verbs``)
_ANNOUNCED_RE = _PK.announced_re


def _filed_not_signed(doc: Document, draft: Draft, span: tuple[int, int]) -> bool:
    """The date read is the dateline's (only names and marks before it in a
    line near the body's head) and the signing's sentence tells the signing as news announced
    or reported: the day the story was filed, not the day of the signing,
    which the story does not tell."""
    line = doc.text.rfind("\n", 0, span[0]) + 1
    if line - doc.body_start > 300 or line < doc.body_start or span[0] - line > 80 \
            or not _FILED_HEAD_RE.fullmatch(doc.text, line, span[0]):
        return False
    first = min(draft.sentences, default=None)
    return first is not None and _ANNOUNCED_RE.search(doc.text, *first) is not None


def _date_and_place_from(doc: Document, index: MentionIndex, draft: Draft, sentences: list) -> None:
    """Take the first date and the first place these sentences give, for
    whichever of the two the draft still lacks."""
    for sent in sentences[:_SENTENCES_READ]:
        if draft.date_span is not None and draft.place is not None:
            return
        if draft.date_span is None:
            value, span, _ = _signing_date(doc, *sent)
            if value is not None and span is not None and not _filed_not_signed(doc, draft, span):
                draft.date, draft.date_span = value, span
        if draft.place is None:
            place, span = _signing_place(index, *sent)
            if place:
                draft.place, draft.place_span = place, span


def fill_time_and_place(doc: Document, index: MentionIndex, draft: Draft) -> None:
    sentences = sorted(draft.sentences)
    if not sentences:
        return
    _date_and_place_from(doc, index, draft, sentences)
    first = sentences[0]
    previous = doc.sentence_before_in_paragraph(first[0])
    # "At the meeting, both parties signed ...": the meeting told just before, even in the paragraph before
    occasion = _occasion_referred_to(doc, sentences)
    # the sentence before, then the first sentences before that tell of an event ("was held in")
    fallbacks = occasion + ([previous] if previous else []) + _event_sentences(doc, first[0])
    if previous is None:
        # "... held official talks and attended the signing ceremony. / X and Y signed eight documents."
        fallbacks += [s for s in _occasion_told_before(doc, first[0]) if s not in fallbacks]
    _date_and_place_from(doc, index, draft, fallbacks)
    if draft.date is None and previous is None:
        # "Leaders of El Paso and Chihuahua met virtually to formalize their sister city status Monday
        # morning. / ... the mayors signed the agreement.": the paragraph before tells of the occasion
        lead = _occasion_paragraph_before(doc, first[0])
        if lead is not None:
            value, span, _ = _signing_date(doc, *lead)
            # (a date in words, not figures that may be a file's name: "La Plata{"name":"2023/03/20/14/49")
            if value is not None and span is not None and re.search(r"[A-Za-z]", doc.text[span[0] : span[1]]):
                draft.date, draft.date_span = value, span
    if draft.place is None:
        # "a delegation ... made a visit to Ningbo and was received by ...": where the meeting was; "signed
        # ... during a visit to Port Vila": where the signing was
        # (the sentence before any that tells of the signing: "A delegation came to Shymkent city. ... the
        # governors signed the memorandum")
        told = sentences[:_SENTENCES_READ]
        before = [b for b in (doc.sentence_before_in_paragraph(a) for a, _ in told) if b is not None and b not in told]
        place, span = _visited_town(doc, index, occasion + told + before)
        if place:
            draft.place, draft.place_span = place, span
    if draft.place is None:
        # "have announced the signing of a memorandum. / The two leaders met in Detroit on Friday.", "The two
        # sides held talks ... here in Islamabad. The two leaders signed two MoUs": the town of the meeting
        # told just after the first sentence of the signing, or just before one of them
        told = sentences[:_SENTENCES_READ]
        before = [b for b in (doc.sentence_before_in_paragraph(a) for a, _ in told) if b is not None and b not in told]
        after = [s for s in doc.body_sentences_between(first[1], len(doc.text))[:1] if s not in told]
        place, span = _meeting_town(doc, index, before + after)
        if place:
            draft.place, draft.place_span = place, span
    elif _LOOKS_LIKE_A_VENUE_RE.search(draft.place) and draft.place_span is not None:
        # "during Xu Qin's visit to Macao, A and B signed ... at the Complex of Commerce and Trade
        # Co-operation Platform": the town visited, where the venue's sentence names one
        # ("The agreement was signed during a visit to Los Angeles ... / Zhang and the mayor signed the MOU at
        # a ceremony held in the City Hall": the town visited in another sentence of the signing)
        venue_sentence = doc.sentence_at(draft.place_span[0])
        place, span = _visited_town(doc, index, [venue_sentence] + [s for s in sentences[:_SENTENCES_READ]
                                                                     if s != venue_sentence])
        if place:
            draft.place, draft.place_span = place, span
    if draft.date is None:
        # "... by signing an MoU with X. / The official signing ceremony was held on May 22, 2025, at the
        # Senate Room": a sentence soon after that tells when the signing ceremony was held
        later = doc.body_sentences_between(sentences[0][0] + 1, len(doc.text))
        for sent in [s for s in later if s not in sentences][:_HELD_READ]:
            if _SIGNING_HELD_ON_RE.search(doc.text, *sent) or _tells_the_occasion_held(doc.text, *sent):
                value, span, _ = _signing_date(doc, *sent)
                if value is not None:
                    draft.date, draft.date_span = value, span
                break
    if draft.date is None:
        _dateline_day_of_the_news(doc, draft, sentences[0])
    if draft.place is None:
        # "The signing ceremony took place at Capital Hill in Lilongwe", "At a signing ceremony
        # on the sidelines of the meeting in Nairobi, the minister ...": a sentence soon after
        # that tells where the signing, or its occasion, was
        later = doc.body_sentences_between(sentences[0][0] + 1, len(doc.text))
        later = [s for s in later if s not in sentences][:_HELD_READ]
        _date_and_place_from(doc, index, draft, [s for s in later if _SIGNING_HELD_RE.search(doc.text, *s)])
        for sent in later[:3]:
            if draft.place is None and _PK.occasion_re.search(doc.text, *sent):
                draft.place, draft.place_span = _signing_place(index, *sent)  # its place, not its date
    elif draft.place is not None and _names_a_body(index, draft.place):
        # "a ceremony at KMOU on July 11" names only a body; "The MOU signing ceremony, held at the
        # headquarters of the KMOU located in Yeongdo-gu, Busan" soon after says where that is
        later = doc.body_sentences_between(sentences[0][0] + 1, len(doc.text))[:_HELD_READ + len(sentences)]
        for sent in later:
            if _SIGNING_HELD_RE.search(doc.text, *sent) or _SIGNING_HELD_AT_RE.search(doc.text, *sent):
                place, span = _signing_place(index, *sent)
                if place and not _names_a_body(index, place):
                    draft.place, draft.place_span = place, span
                break


# "has signed", "have presided over the signing", "signs", "today": the lead tells the signing as the news of
# the day the story is filed
_NEWS_OF_THE_DAY_RE = re.compile(r"(?i)\b(?:(?:has|have)\s+(?:(?:also|just|jointly|officially|formally|successfully)\s+)?"
                                 r"(?!been\b)[a-z]+(?:ed|en|ought|ung)\b|today\b|" + _K.present_sign + r"\b)")


def _dateline_day_of_the_news(doc: Document, draft: Draft, first: tuple[int, int]) -> None:
    """"CITY, Monday 30 May 2022 - A has presided over the signing of seven
    memoranda": where the story's first sentence tells the signing as the
    day's news (present perfect, present, "today"), with no day of its own,
    and the dateline opening it is dated, the signing is of that day. Not a
    signing the story announces or reports (that is when it was told), nor
    one an aggregator's bracketed dateline dates (that is when it was carried)."""
    lead = doc.body_sentences_between(doc.body_start, len(doc.text))[:1]
    if doc.dateline is None or lead != [first] or _ANNOUNCED_RE.search(doc.text, *first):
        return
    told = [v for v in SIGN_RE.finditer(doc.text, *first) if not is_future(doc.text, v.start(), first[1])]
    news = _NEWS_OF_THE_DAY_RE.search(doc.text, first[0], told[0].end()) if told else None
    if news is None:
        return
    for found in find_dates(doc.text[first[0] : news.start()]):
        at = first[0] + found.start
        if DATELINE_IN_BRACKETS_RE.fullmatch(doc.text, doc.text.rfind("\n", 0, at) + 1, at):
            return  # "DUBAI, (UrduPoint / WAM - 21st Dec, 2021)": the day an aggregator carried the story
        if found.to_date() == doc.dateline:
            draft.date, draft.date_span = doc.dateline, (first[0] + found.start, first[0] + found.end)
            return


def _tells_the_occasion_held(text: str, start: int, end: int) -> bool:
    """Whether the sentence tells that an occasion of a signing took place
    ("The ceremony was held at the Hilton on 5 May", "The signing ceremony,
    which took place ..."): an occasion's noun (places.yaml ``occasions``)
    with an occasion's verb (``occasion_verbs``) a few words after it, told
    as done. Read only where the signing's own sentences give no date."""
    for noun in _PK.occasion_re.finditer(text, start, end):
        words = re.findall(r"[A-Za-z]+", text[noun.end() : end])[:_OCCASION_VERB_REACH]
        verb = next((w for w in words if w.casefold() in _PK.occasion_verbs), None)
        if verb is not None and not is_future(text, noun.start(), end) \
                and not re.search(r"(?i)\b(?:will|to|would|shall)\s+(?:be\s+)?$", text[noun.end() : text.find(verb, noun.end())]):
            return True
    return False


# "The signing ceremony, which was held": the occasion's verb within a few words of its noun
_OCCASION_VERB_REACH = 4


def _occasion_paragraph_before(doc: Document, start: int) -> tuple[int, int] | None:
    """The last sentence of the paragraph before the one opening at
    ``start``, where it tells of an occasion ("met virtually to formalize",
    "a signing ceremony", "signed") that nothing puts in the future."""
    before = doc.body_sentences_between(0, start)
    if not before or doc.paragraph_of(before[-1][0]) == doc.paragraph_of(start):
        return None
    sent = before[-1]
    told = _PK.occasion_re.search(doc.text, *sent) or any(
        not is_future(doc.text, v.start(), sent[1]) for v in SIGN_RE.finditer(doc.text, *sent)) or any(
        w.casefold() in _PK.occasion_verbs for w in re.findall(r"[A-Za-z]+", doc.text[sent[0] : sent[1]])) or \
        _K.agreement_head_re.search(doc.text, *sent)  # "... strengthened their bond through a sister city agreement on Tuesday"
    return sent if told and not _EARLIER_RE.search(doc.text, *sent) else None


# "an agreement signed earlier", "the MoU they had signed": a time before the one told
_EARLIER_RE = re.compile(r"(?i)\bearlier\b|\bprevious(?:ly)?\b|\blast\s+(?:year|month)\b|\bago\b|\bin\s+the\s+past\b"
                         r"|\bhad\s+" + _K.signed_words + r"\b")


def _names_a_body(index: MentionIndex, name: str) -> bool:
    """The place read is a body's name or acronym ("at KMOU"), not a town's or a building's."""
    return any(name in entry.names() for entry in index.orgs.entries if not entry.is_place)


def _occasion_referred_to(doc: Document, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences telling of the occasion that an agreement's sentence opens
    by referring to ("At the meeting, ...", "After the talks, ..."): those
    before it in its paragraph, or else the paragraph before."""
    for sent in sentences:
        if not _PK.occasion_reference_re.match(doc.text, sent[0]) and not (
                (inside := _PK.occasion_reference_after_re.search(doc.text, *sent))
                and SIGN_RE.search(doc.text, sent[0], inside.start())):
            continue
        before = doc.body_sentences_between(0, sent[0])
        paragraph = doc.paragraph_of(sent[0])
        same = [s for s in before if s[0] >= paragraph[0]]
        before = [s for s in before if s[0] < paragraph[0]]
        if same and (not before or _PK.occasion_re.search(doc.text, same[0][0], sent[0])):
            return same[::-1][:_EVENTS_READ]
        if before:
            # (and where the sentences before it in its paragraph tell of no occasion: "In his opening
            # speech, ... / On behalf of both universities, A and B signed the agreement during the ceremony")
            # the paragraph before, then the one before that ("organized a ceremony on Monday to sign
            # ..." / "Attending the ceremony were ..." / "During the ceremony, A and B signed ...")
            last = doc.paragraph_of(before[-1][0])
            told = [s for s in before if s[0] >= last[0]][:_EVENTS_READ]
            earlier = [s for s in before if s[0] < last[0]]
            if earlier:
                prior = doc.paragraph_of(earlier[-1][0])
                told += [s for s in earlier if s[0] >= prior[0]][:_EVENTS_READ]
            return same[::-1][:_EVENTS_READ] + told
    return []


_EVENTS_READ = 3  # a signing's time and place come from the first few event sentences before it


def _event_sentences(doc: Document, before: int) -> list[tuple[int, int]]:
    """The first sentences before ``before`` that tell where an event was held."""
    out: list[tuple[int, int]] = []
    for sent in doc.body_sentences_between(0, before):
        if _EVENT_RE.search(doc.text, *sent):
            out.append(sent)
            if len(out) == _EVENTS_READ:
                break
    return out


# a body's seat, not a place a reader can find ("Ministry of Finance", "Krishi Bhawan")
_VENUE_WORDS_RE = re.compile(r"(?i)\b(?:bhawan|bhavan|ministry|secretariat|office|headquarters)\b")


def _signed_here(doc: Document, draft: Draft) -> bool:
    """"... were signed at the Prime Minister's Office here on Wednesday": "here"
    in a sentence that tells of the signing is the dateline's city."""
    sentences = list(draft.sentences)
    if draft.place_span is not None:
        sentences.append(doc.sentence_at(draft.place_span[0]))
    for start, end in sentences:
        for here in _PK.dateline_adverb_re.finditer(doc.text, start, end):
            if any(not is_future(doc.text, v.start(), end) for v in SIGN_RE.finditer(doc.text, start, here.start())) \
                    or _PK.occasion_re.search(doc.text, start, here.start()):
                return True
    return False


# "The signing ceremony was held here during the visit ...": the story's own words for where all its signings were
_SIGNING_HELD_THERE_RE = re.compile(r"(?i)\bsigning(?:\s+ceremony)?\s+(?:was\s+held|took\s+place)\s+$")


def _signing_held_here(doc: Document) -> bool:
    """Whether a sentence of the story says its signing ceremony was held
    "here" (or "in the city"), apart from the sentences that tell of each
    signing ("Pakistan and China signed five documents. / The signing
    ceremony was held here during the visit of ...")."""
    for here in _PK.dateline_adverb_re.finditer(doc.text, doc.body_start):
        start = max(doc.body_start, here.start() - 40)
        if _SIGNING_HELD_THERE_RE.search(doc.text, start, here.start()):
            return True
    return False


def dateline_place(doc: Document, drafts: list[Draft]) -> None:
    """Where the story was filed, for agreements the text says were signed
    "here" ("signed at the Prime Minister's Office here on Wednesday") or at a
    body's seat and no town ("at the Ministry of Finance"): the dateline's
    city. A dateline alone does not say where a signing was (a Beijing bureau
    reports signings held anywhere), so otherwise it gives no place."""
    town = doc.dateline_town
    if town is None:
        return
    city, start = town.name, town.start
    held_here = _signing_held_here(doc)
    for draft in drafts:
        seat = draft.place is not None and _VENUE_WORDS_RE.search(draft.place) is not None
        if seat or held_here and draft.place is None \
                or _signed_here(doc, draft) and (draft.place is None or _here_after_place(doc, draft)):
            draft.place, draft.place_span = city, (start, start + len(city))
    # "On this occasion, X and Y also inked an MoU": the dateline's city the one before now has
    for before, draft in zip(drafts, drafts[1:]):
        if draft.place is None and before.place == city and draft.sentences \
                and any(_SAME_EVENT_RE.search(doc.text[a:b]) for a, b in draft.sentences):
            draft.place, draft.place_span = before.place, before.place_span


def _here_after_place(doc: Document, draft: Draft) -> bool:
    """"at Lok Seva Bhavan here", "at the ERD in the city": the venue is in the dateline's city."""
    if draft.place_span is None:
        return False
    after = doc.text[draft.place_span[1] : draft.place_span[1] + 60]
    # ("at the Economic Relations Division (ERD) in the city's Sher-e-Bangla Nagar area")
    return any(re.fullmatch(r"[\w'’ ()-]{0,40}?\s+(?:in\s+)?", after[: here.start()])
               for here in _PK.dateline_adverb_re.finditer(after))


# "a list of documents signed on February 19 in Ankara": the things signed, told together
_SIGNED_TOGETHER_RE = re.compile(r"(?i)\b(?:" + "|".join(re.escape(e["text"]) for e in entries("en", "kinds")["collective_nouns"])
                                 + r")\s+(?:were\s+|was\s+)?" + _K.signed_words + r"\b")


def collective_time_and_place(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """Agreements told one by one after a sentence about them all ("All four
    agreements were concluded at the forum venue in Vladivostok") were
    signed when and where that sentence, or the one before it, says."""
    if not drafts:
        return
    groups: list[list[tuple[int, int]]] = []
    looking_back: list[tuple[int, int]] = []  # "The instruments were signed ...": about those told before
    for sent in doc.body_sentences():
        phrases = find_agreement_phrases(doc.text, *sent)
        collective = not phrases and (_K.collective_re.search(doc.text, *sent) is not None
                                      or _SIGNED_TOGETHER_RE.search(doc.text, *sent) is not None)
        if (collective or phrases and all(p.plural for p in phrases)) and any(
                not is_future(doc.text, v.start(), sent[1]) for v in SIGN_RE.finditer(doc.text, *sent)):
            previous = doc.sentence_before_in_paragraph(sent[0])
            # "... held official talks and attended the signing ceremony. / X and Y signed a total of eight
            # documents.": the occasion told in the paragraph before; "X and Y witnessed the exchange of the
            # eight MOUs after their meeting in Malacanang": the sentence after that refers back to them all
            occasion = [] if previous else _occasion_told_before(doc, sent[0])
            groups.append([sent] + ([previous] if previous else []) + occasion + _referred_back_after(doc, sent))
            if collective:
                looking_back.append(sent)
    if not groups:
        return
    starts = [group[0][0] for group in groups]
    for draft in drafts:
        if draft.date is None or draft.place is None:
            # the sentence about them all that comes nearest before the agreement (or the first one),
            # then one that looks back on the agreements just told
            first = min((a for a, _ in draft.sentences), default=0)
            nearest = max(0, bisect.bisect_right(starts, first) - 1)
            later = [s for s in looking_back if s[0] > first][:1]
            _date_and_place_from(doc, index, draft, groups[nearest] + ([] if nearest == 0 else groups[0]) + later)


def _occasion_told_before(doc: Document, start: int) -> list[tuple[int, int]]:
    """The first sentences of the paragraph before the one opening at
    ``start``, where that paragraph tells of the occasion of a signing ("held
    official talks and attended the signing ceremony") and of no earlier time."""
    before = doc.body_sentences_between(0, start)
    if not before or doc.paragraph_of(before[-1][0]) == doc.paragraph_of(start):
        return []
    last = doc.paragraph_of(before[-1][0])
    told = [s for s in before if s[0] >= last[0]][:_EVENTS_READ]
    if any(_EARLIER_RE.search(doc.text, *s) or _tells_other_time(doc.text, *s) for s in told):
        return []
    return told if any(_PK.occasion_re.search(doc.text, *s) for s in told) else []


def _referred_back_after(doc: Document, sent: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentence just after ``sent`` where it refers back to all the
    agreements ``sent`` told of ("witnessed the exchange of the eight MOUs
    after their bilateral meeting in Malacanang") and tells of no other time."""
    after = doc.body_sentences_between(sent[1], len(doc.text))[:1]
    return [s for s in after if _refers_to_them_all(doc, s) and not _tells_other_time(doc.text, *s) and not _EARLIER_RE.search(doc.text, *s)]


def _refers_to_them_all(doc: Document, sent: tuple[int, int]) -> bool:
    """"the eight MOUs", "these agreements", "the documents": the sentence names
    the agreements told before only as all of them together."""
    if _K.collective_re.search(doc.text, *sent):
        return True
    phrases = find_agreement_phrases(doc.text, *sent)
    return bool(phrases) and all(p.plural and (p.definite or _THE_NUMBER_RE.search(doc.text, max(0, p.start - 30), p.start))
                                 for p in phrases)


# "the eight MOUs", "all 13 memoranda": the things counted before
_THE_NUMBER_RE = re.compile(r"(?i)\b(?:the|these|those|all(?:\s+the)?|both)\s+(?:\d+|[a-z]+)\s+$")


_OTHER_TIME_RE = re.compile(r"(?i)\b(?:19|20)\d\d\b|\bearlier\b|\bprevious(?:ly)?\b|\blast\s+(?:year|month)\b|\bago\b|"
                            r"\bin\s+the\s+past\b|\bhad\s+" + _K.signed_words + r"\b")

# ("for 2024-2026", "(2023 to 2027)", "from 2024 through 2030"): how long an
# agreement runs, not when something else happened
_YEAR_RANGE_RE = re.compile(r"(?i)\b(?:19|20)\d\d\s*(?:[-–—/]|to|until|till|through)\s*(?:(?:19|20)\d\d|\d\d)\b(?![/.-]\d)")


def _tells_other_time(text: str, start: int, end: int, year: str | None = None) -> bool:
    """Whether ``text[start:end]`` tells of another time than the signing's: a
    year, "earlier", "last year"... A year inside a range is the term an
    agreement runs for ("a programme for 2024-2026"), and the signing's own
    ``year`` is no other time, so neither counts."""
    ranges = [m.span() for m in _YEAR_RANGE_RE.finditer(text, start, end)]
    for match in _OTHER_TIME_RE.finditer(text, start, end):
        word = match.group()
        if word.isdigit() and (word == year or any(a <= match.start() < b for a, b in ranges)):
            continue
        return True
    return False


# ("On the occasion, A and B signed a memorandum": the occasion just told of)
_SAME_EVENT_RE = re.compile(r"(?i)\b(?:at|during|on)\s+the\s+same\s+(?:event|ceremony|occasion|signing|function|meeting)\b"
                            r"|^\s*(?:on|at)\s+(?:the|this|that)\s+occasion\s*,")


def same_occasion(doc: Document, drafts: list[Draft]) -> None:
    """A second agreement told without its own date or place ("At the same
    ceremony, X entered into a joint venture agreement with Y") was signed
    when and where the one before it was."""
    for before, draft in zip(drafts, drafts[1:]):
        if draft.sentences and any(_SAME_EVENT_RE.search(doc.text[a:b]) for a, b in draft.sentences):
            # "In a separate MoU signed at the same event, ...": that event's date and place
            if before.date is not None:
                draft.date, draft.date_span = before.date, before.date_span
            if before.place is not None:
                draft.place, draft.place_span = before.place, before.place_span
            continue
        if not draft.sentences or (draft.date is not None and draft.place is not None):
            continue
        year = str(before.date.year) if before.date is not None else None
        if any(_tells_other_time(doc.text, a, b, year) for a, b in draft.sentences):
            continue
        if draft.date is None and before.date is not None:
            draft.date, draft.date_span = before.date, before.date_span
        if draft.place is None and before.place is not None:
            draft.place, draft.place_span = before.place, before.place_span


_LEAD_SENTENCES = 2  # a story's lead: its first sentences tell the event the rest reports


def lead_visit(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """An agreement whose sentences and their neighbours gave no date was
    signed on the day of the visit the story's lead tells of ("A, President
    of X, visited B on 9th June 2017 at the College House. ... / A and B
    signed the MoU"), and, where they gave no place either, where that visit
    was: the place its sentence names, else the body visited ("visited
    Lakeside Hospital"). News opens with the occasion it reports. Only a
    visit, or an event the lead says was held (a forum, an expo: ``lead_events``,
    whose opening day is no signing's): a lead's other dates (a byline's, a
    meeting's that led to no signing) are not the signing's in the development
    set, and a lead telling of an earlier time gives nothing."""
    lead = doc.body_sentences()[:_LEAD_SENTENCES]
    for draft in drafts:
        if draft.date is not None or not draft.sentences:
            continue
        first = min(a for a, _ in draft.sentences)
        for sent in lead:
            if sent[0] >= first or _EARLIER_RE.search(doc.text, *sent):
                break
            visit = _PK.lead_visit_re.search(doc.text, *sent)
            event = _PK.lead_event_re.search(doc.text, *sent) if visit is None else None
            if visit is None and event is None and not _signers_met(doc.text, sent, draft):
                continue
            if event is not None and not any(k.startswith("day") for k, v in event.groupdict().items() if v):
                # "The Norland Forum opened in Lindau on June 8": where, not on which of its days
                if draft.place is None:
                    draft.place, draft.place_span = _signing_place(index, *sent)
                break
            value, span, _ = _signing_date(doc, *sent)
            if value is None or span is None or is_future(doc.text, span[0], sent[1]):
                continue
            draft.date, draft.date_span = value, span
            if draft.place is None:
                draft.place, draft.place_span = _signing_place(index, *sent)
            if draft.place is None and visit is not None:
                draft.place, draft.place_span = _body_visited(index, visit.end(), sent[1])
            break


def _signers_met(text: str, sent: tuple[int, int], draft: Draft) -> bool:
    """Whether the lead sentence tells of a meeting of the agreement's own
    signers, each named in it ("A on Thursday held talks with B, ... / A
    and B also signed an MoU"): they signed at that meeting. (A meeting of
    others led to no signing the story reports.)"""
    signers = {name for name, _, _ in draft.signatures}
    return len(signers) >= 2 and _PK.meeting_word_re.search(text, *sent) is not None \
        and all(name.split()[-1] in text[sent[0] : sent[1]] for name in signers)


def _body_visited(index: MentionIndex, at: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The body named right after the visit's verb ("visited (the) Lakeside
    Hospital on ..."), as the article writes it."""
    text = index.doc.text
    start = at + len(text[at:end]) - len(text[at:end].lstrip())
    if text.startswith("the ", start):
        start += 4
    mention = index.org_starting_at(start)
    if mention is None or mention.end > end:
        return None, None
    return text[mention.start : mention.end], (mention.start, mention.end)


# "Xiamen City": a town's name, then the word "City"
_TOWN_CITY_RE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+City$")


def town_as_named(doc: Document, drafts: list[Draft]) -> None:
    """A place read as "X City" ("held in Lindau City") is named as the
    article names the town: "X" where the article writes the name without
    "City" more often than with it ("Lindau", "Lindau Municipal Government",
    "Lindau City" once), and "X City" where that is the article's usual name
    ("Davao City" throughout). A country's name before "City" ("Mexico City",
    "Kuwait City") is no town's name of its own."""
    for draft in drafts:
        town = _TOWN_CITY_RE.fullmatch(draft.place or "")
        if town is None or draft.place_span is None or town.group(1) in _K.countries:
            continue
        name = town.group(1)
        alone = with_city = 0
        for written in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", doc.text):
            if re.match(r"\s+City(?![\w'’-])", doc.text[written.end() :]):
                with_city += 1
            else:
                alone += 1
        if alone > with_city:
            draft.place, draft.place_span = name, (draft.place_span[0], draft.place_span[0] + len(name))
