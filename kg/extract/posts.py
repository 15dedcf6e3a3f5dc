"""Posts the article states outside a person's own phrase: disclosure
headers and press contacts, academic titles beside a signing university,
the mayor of a dateline's city, and the body a post written without one
belongs to.
"""
from __future__ import annotations

import re

from kg.extract.agreements import (
    Draft,
)
from kg.extract.countries import (
    COUNTRY_FORMS,
    SUBNATIONAL_RE,
    a_country,
    countries_named,
    country_counts,
    sole_country,
    two_countries,
    written_country,
)
from kg.extract.document import Document
from kg.knowledge.leaders import (
    cabinet_countries,
    leader_countries,
    leader_key,
    minister_countries,
    regional_heads,
    surname_countries,
    unaccented,
)
from kg.extract.lexicon import (FIELD_WORDS, GOVERNMENT_TITLES, GOVERNOR_TITLE_RE, ORG_HEADS, PLACE_HEADS, PLURAL_HEADS, STOP_CAPS,
                                TITLE_WORDS)
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry, OrgRegistry, name_key
from kg.extract.people import POSTNOMINALS, PersonMention, PersonRegistry, RawPost, name_after, name_before
from kg.knowledge import knowledge

__all__ = ["header_posts", "academic_posts", "dateline_mayor", "counterpart_posts", "shared_posts", "plural_posts", "plural_each_posts", "team_posts", "posts_by_person",
           "implicit_org", "place_governed", "respective_posts", "plural_after_names", "unsaid_body", "field_remits", "ministers_of_their_side", "listed_posts", "introduced_lists", "behalf_posts", "national_posts",
           "person_lists"]

_K = knowledge("en")
_COUNTRIES = _K.countries

_NAME = r"(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’-]+"
_ORG_RUN = r"[A-Z][\w&'’.-]*(?:,?\s(?:[A-Z][\w&'’.-]*|of|and|for|the|de|del))*"
_TITLE_RUN = r"[A-Z][\w-]*(?:\s(?:[A-Z][\w-]*|of|and))*"
_DISCLOSURE_RE = re.compile(r"Company\s+name:\s*(?P<org>" + _ORG_RUN + r")\s+Representative:\s*(?P<name>" + _NAME
                            + r"),\s*(?P<titles>" + _TITLE_RUN + r")"
                            r"(?:(?:(?!Company\s+name:).)*?\s(?:Inquiries|Contact(?:\s+person)?):\s*(?P<name2>" + _NAME + r"),\s*(?P<title2>"
                            + _TITLE_RUN + r")(?=,|$|\s\())?")
_CONTACT_RE = re.compile(r"(?:Media|Press)\s+(?:contacts?|enquiries|inquiries):\s*(?P<name>" + _NAME + r"),\s*(?P<titles>"
                         + _TITLE_RUN + r"),\s*(?P<org>" + _ORG_RUN + r")(?=\s|$)")


def _split_titles(titles: str) -> list[str]:
    return [t.strip() for t in re.split(r"\s+and\s+|,\s*", titles) if t.strip()]


def header_posts(doc: Document, orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """"Company name: X  Representative: Name, President and CEO" headers
    of disclosures, and "Media contact: Name, Communications Manager, ORG"
    footers of press releases: the posts they list."""
    text = doc.text
    readings: list[tuple[str, int, int, list[str], OrgEntry, int, int]] = []
    for match in _DISCLOSURE_RE.finditer(text):
        org = match.group("org").strip().rstrip(",")
        entry = orgs.resolve(org)
        if entry is None or entry.is_place:
            continue
        readings.append((match.group("name"), match.start("name"), match.end("name"),
                         _split_titles(match.group("titles")), entry, match.start(), match.end()))
        if match.group("name2"):
            readings.append((match.group("name2"), match.start("name2"), match.end("name2"),
                             _split_titles(match.group("title2")), entry, match.start(), match.end()))
    for match in _CONTACT_RE.finditer(text):
        entry = orgs.resolve(match.group("org").strip().rstrip(","))
        if entry is None or entry.is_place:
            continue
        readings.append((match.group("name"), match.start("name"), match.end("name"),
                         _split_titles(match.group("titles")), entry, match.start(), match.end()))
    readings = [r for r in readings if r[3] and orgs.resolve(r[0]) is None]
    for *_, a, b in readings:
        for mention in found:
            mention.posts = [p for p in mention.posts if not a <= p.start < b]
    for name, start, end, titles, entry, a, b in readings:
        posts = [RawPost(title, entry.name, False, start, end) for title in titles]
        found.append(PersonMention(name, start, end, a, b, posts))


# "named after academician A", "bearing the name of A": a body's namesake, none of its people
_NAMESAKE_RE = re.compile(r"(?i)\b(?:named\s+after|named\s+for|bearing\s+the\s+name\s+of)\s+(?:the\s+)?(?:[a-z]+\s+)?$")


def team_posts(doc: Document, orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """"A team from VMRF comprising A, Registrar; B, Director - Research":
    posts written without a body, or with a remit that names no body ("Dean
    of Students", "International Director"), of people listed after a team
    or delegation of one body, in the same sentence, are at that body
    (``teams`` in people.yaml)."""
    text = doc.text
    for match in _K.team_re.finditer(text):
        written = match.group("after") or match.group("before")
        entry = orgs.resolve(written, allow_bare=True) if written else None
        if entry is None or entry.is_place:
            continue
        sentence_end = doc.sentence_at(match.start())[1]
        for mention in found:
            if not match.end() <= mention.start < sentence_end:
                continue
            if _NAMESAKE_RE.search(text, max(0, mention.phrase_start - 30), mention.phrase_start):
                continue  # "visited the University named after academician E.A. Buketov": the name's holder, no member
            for post in mention.posts:
                if post.org is None:
                    post.org, post.is_place = entry.name, False
                elif orgs.resolve(post.org) is None and not post.org.startswith("Ministry of "):
                    # "Dean of Students", "International Director": the words are part of the title
                    # (a ministry a minister's title implies is not: national_posts gives its country)
                    prefix = text.startswith(post.org, post.start)
                    post.title = f"{post.org} {post.title}" if prefix else f"{post.title} of {post.org}"
                    post.org, post.is_place = entry.name, False


_ACADEMIC_TITLE_RE = re.compile(r"(?i)^(?:(?:deputy|pro|vice|acting|assistant)[\s-]+)*(?:vice[\s-]+chancellor|provost|rector|"
                                r"registrar)(?:\s+\(.*\))?$")


def academic_posts(index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
    """"Vice-Chancellor Professor Alison Hartley", "Provost Kwame Asante": a
    university post written without its university belongs to the one
    university of the article that has no other holder of that post."""
    for mention in found:
        for post in mention.posts:
            if post.org is not None or not _ACADEMIC_TITLE_RE.match(post.title):
                continue
            pool = [p for d in drafts for p in d.parties if p.kind == "university"]
            if not pool:
                pool = [e for e in index.orgs.entries if e.kind == "university"]
            held = [index.orgs.resolve(p.org) for m in found if m is not mention for p in m.posts
                    if p.org and name_key(p.title) == name_key(post.title)]
            candidates = []
            for entry in pool:
                if all(entry is not h for h in held) and entry not in candidates:
                    candidates.append(entry)
            if len(candidates) == 1:
                post.org = candidates[0].name


# (Pakistan's "City Nazim" is its city's mayor, and is written as plainly)
_PLAIN_MAYOR_RE = re.compile(r"(?i)^(?:mayor|city\s+nazim)$")


def dateline_mayor(doc: Document, index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
    """"BOISE, Idaho — ... Mayor Linda Marsh and Iwaki Mayor Kenji Hosoda":
    a plain "Mayor" that no written city claims is the mayor of the city of
    the dateline, when no one else is named its mayor."""
    text = doc.text
    town = doc.dateline_town
    if town is None:
        return
    city = " ".join(w.capitalize() for w in town.name.split())
    if not re.search(r"(?<![\w-])" + re.escape(city) + r"(?![\w-])", text[town.end:]):
        return
    plain = [(m, p) for m in found for p in m.posts if p.org is None and _PLAIN_MAYOR_RE.match(p.title)]
    if len({m.name for m, _ in plain}) != 1:
        return
    mayors = [p for m in found for p in m.posts if p.org and "mayor" in p.title.casefold()]
    if any(name_key(p.org) == name_key(city) for p in mayors):
        return
    explicit: dict[str, list[str]] = {"mayor": [], "governor": [], "magistrate": []}
    if implicit_org(index, "Mayor", drafts, explicit)[0] is not None:
        return
    if not any(p.is_place for p in mayors):
        return  # only beside another city's mayor: a sister-city pair
    if index.orgs.resolve(city) is None:
        index.orgs.add(city, place=True)  # (the town the dateline names, as the side its mayor signs for)
    for _, post in plain:
        post.org, post.is_place = city, True


def _side_of(words: str, orgs: OrgRegistry) -> tuple[str, bool] | None:
    """The body a counterpart's side word names: "Kuwaiti" -> Kuwait, "Bangladesh"
    -> Bangladesh, "Morlaix" -> the town; None for words that name no side."""
    parts = words.split()
    for size in range(len(parts), 0, -1):
        tail = " ".join(parts[-size:])
        if tail in _K.country_of_adjective:
            return _K.country_of_adjective[tail], True
        if tail in _K.countries:
            return tail, True
        entry = orgs.resolve(tail, allow_bare=True)
        if entry is not None and name_key(entry.name) == name_key(tail):
            return entry.name, entry.is_place
    last = parts[-1]
    if last.casefold() in _K.stop_caps or last.casefold() in _K.honorifics or not last[:1].isupper():
        return None
    return last, True


def _named_side(name: str, orgs: OrgRegistry) -> tuple[str, bool]:
    """The side named whole after "his counterpart from": the body the text
    names so, else a place ("from Puerto Peñasco")."""
    entry = orgs.resolve(name, allow_bare=True)
    if entry is not None and name_key(entry.name) == name_key(name):
        return entry.name, entry.is_place
    return name, True


def _other_country(text: str, orgs: OrgRegistry, referent: PersonMention, counterpart_country: str) -> None:
    """"External Affairs Minister A held talks with his Bangladesh
    counterpart B", in an article that names two countries: A's national
    office, written without its country, is the other country's (A is not
    Bangladesh's minister, the counterpart is)."""
    countries = two_countries(text)
    if countries is None or counterpart_country not in countries:
        return
    other = next(c for c in countries if c != counterpart_country)
    for post in referent.posts:
        unnamed = post.org is None or _implied_ministry(orgs, post.org) \
            or not post.is_place and _K.state_voice_re.fullmatch(post.title) is not None
        if unnamed and _K.national_office_re.fullmatch(post.title):
            post.org, post.is_place = other, True


def counterpart_posts(doc: Document, orgs: OrgRegistry, people: PersonRegistry, found: list[PersonMention]) -> None:
    """"Foreign Minister A met his Kuwaiti counterpart B": B holds A's post
    for the side the word before "counterpart" names (Kuwait). The post is
    the one held by the nearest person named before, in the same sentence."""
    text = doc.text
    for match in _K.counterpart_re.finditer(text):
        named = name_after(doc, match.end(), people)
        side = _side_of(match.group("side"), orgs) if match.group("side") else _named_side(match.group("side_after"), orgs)
        if side is None:
            continue
        if named is None:
            _unnamed_counterpart(doc, orgs, found, match.start(), side)
            continue
        start, end, name = named
        if any(m.start == start and m.posts for m in found):
            continue  # "his counterpart, Foreign Minister B": B's own post is written
        sentence = doc.sentence_at(match.start())
        before = [m for m in found if m.posts and sentence[0] <= m.start and m.end <= match.start()
                  and m.name != name]
        if not before:
            continue
        referent = max(before, key=lambda m: m.end)
        # the post, not the remit particular to one country's ministry ("Minister of Foreign Affairs,
        # African Cooperation and Moroccans Abroad": his counterpart is Minister of Foreign Affairs)
        # (the referent's fullest title anywhere in the article: "Minister Meza-Cuadra and his Colombian
        # counterpart" after "Foreign Affairs Minister Gustavo Meza-Cuadra")
        held = [p.title for m in found if m.name == referent.name for p in m.posts
                if name_key(referent.posts[0].title).split()[-1:] == name_key(p.title).split()[-1:]
                or name_key(p.title).startswith(name_key(referent.posts[0].title))]
        title = max(held or [referent.posts[0].title], key=len).split(",")[0]
        org, is_place = side
        _other_country(text, orgs, referent, org)
        if any((m.name == name or name.endswith(" " + m.name)) and any(p.org == org for p in m.posts) for m in found):
            continue  # "Bangladesh FM Mahmud" already says what he is for Bangladesh
        people.add(name)
        post = RawPost(title, org, is_place, match.start(), end)
        found.append(PersonMention(people.add(name).name, start, end, match.start(), end, [post]))


def _unnamed_counterpart(doc: Document, orgs: OrgRegistry, found: list[PersonMention], at: int,
                         side: tuple[str, bool]) -> None:
    """"Minister of Tourism A and his Vanuatu counterpart signed", "President
    A said he and his South African counterpart ...": the counterpart is not
    named, but A, the nearest person named before in the sentence, holds
    the office for the article's other country."""
    country, is_place = side
    if not is_place or country not in _COUNTRIES:
        return
    sentence = doc.sentence_at(at)
    before = [m for m in found if m.posts and sentence[0] <= m.start and m.end <= at]
    if before:
        _other_country(doc.text, orgs, max(before, key=lambda m: m.end), country)


_NOT_PLACE_WORDS = TITLE_WORDS | {m.casefold() for m in _K.title_modifiers} | STOP_CAPS

_PAIR_BEFORE_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+and\s+(?:the\s+)?"
                             r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _named_pair_before(doc: Document, orgs: OrgRegistry, at: int) -> tuple[str, str] | None:
    """The last two bodies or places the sentence named, as "X and Y", before ``at``
    ("signed by Chile and Spain after ... the presidents of both countries")."""
    sentence = doc.sentence_at(at)
    pairs = list(_PAIR_BEFORE_RE.finditer(doc.text, sentence[0], at))
    for pair in reversed(pairs):
        first, second = _side_of(pair.group(1), orgs), _side_of(pair.group(2), orgs)
        if first is not None and second is not None and first[0] != second[0]:
            return pair.group(1), pair.group(2)
    return None


_STYLES_RE = re.compile(r"(?:(?:the|The|Rt\.?|Hon\.?|Honourable|Honorable|His|Her|Excellency|Dr\.?|Prof\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)+")


def _whole_side(words: str, orgs: OrgRegistry, governs: bool = True) -> tuple[str, bool]:
    """The body or place a whole phrase names: "Kuwaiti" -> Kuwait, a body
    the article names -> that body, anything else -> the place as written
    ("South Kazakhstan", not Kazakhstan) for a title that governs one, else
    the body as written ("the managing directors of Cuxport")."""
    if words in _K.country_of_adjective:
        return _K.country_of_adjective[words], True
    entry = orgs.resolve(words, allow_bare=True)
    if entry is not None and name_key(entry.name) == name_key(words):
        return entry.name, entry.is_place
    return words, governs


def shared_posts(doc: Document, orgs: OrgRegistry, people: PersonRegistry, found: list[PersonMention]) -> None:
    """"The governors of Akmola and South Kazakhstan regions, A and B": one
    plural title shared out over two names, in order (``plural_titles``)."""
    text = doc.text
    for match in _K.plural_title_re.finditer(text):
        if match.group("both"):
            pair = _named_pair_before(doc, orgs, match.start())
            if pair is None:
                continue
            places = pair
        elif match.group("one"):
            places = (match.group("one"), match.group("one"))
        else:
            places = (match.group("first"), match.group("second"))
        first = name_after(doc, match.end(), people)
        if first is None or (first[0] != match.end() and not _STYLES_RE.fullmatch(text, match.end(), first[0])):
            continue  # (only styles between: "the prime ministers of A and B, the Hon C MP and Rt Hon D")
        joint = re.match(POSTNOMINALS + r"\s+and\s+", text[first[1] :])
        second = name_after(doc, first[1] + joint.end(), people) if joint else None
        if second is None:
            continue
        title = _K.singular_of_plural[re.sub(r"\s+", " ", match.group("title")).casefold()]
        for mention in found:  # what a reader of single titles made of the plural one is replaced
            if mention.name in (first[2], second[2]):
                mention.posts = [p for p in mention.posts if not match.start() <= p.start < second[1]]
        for (start, end, name), place in zip((first, second), places):
            org, is_place = _whole_side(place, orgs, governs=bool(GOVERNMENT_TITLES.search(title)))
            if any(m.name == name and any(p.org == org for p in m.posts) for m in found):
                continue  # the person's own phrase already says it
            # the phrase of the first name holds the plural title; the second's is its own name,
            # so that the two phrases stay apart and both people are read in the sentence
            phrase_start = match.start() if start == first[0] else start
            post = RawPost(title, org, is_place, phrase_start, end)
            found.append(PersonMention(people.add(name).name, start, end, phrase_start, end, [post]))


# "Heads of state A and B", "Cambodia's two prime ministers, A and B", "the foreign ministers, A and B",
# "Ministers of Trade from both countries, A and B": a plural title right before two names, with no
# body after it (``plural_titles``; a minister's remit may follow the plural). A rank ("Vice Presidents A
# and B") is part of the title, never the mark that says whose title it is.
_PLURAL_RANKS = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in _K.title_modifiers)
_PLURAL_BEFORE_NAMES_RE = re.compile(
    r"(?:(?P<mark>(?!The\b|(?i:" + _PLURAL_RANKS + r")\b|(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _K.singular_of_plural if " " in t)
    + r")\b)[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)(?:['’]s)?[ \t]+(?:(?:two|both)\s+)?)?"
    r"(?P<rank>(?i:" + _PLURAL_RANKS + r")[\s-]+)?"
    r"(?P<title>(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted([*_K.singular_of_plural, "ministers"],
                                                                                  key=len, reverse=True)) + r"))"
    r"(?P<remit>\s+(?:of|for)\s+(?!both\b|the\b)[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'’-]*){0,4})?"
    r"(?P<both>\s+(?:from|of)\s+(?:both|the\s+two)\s+(?:countries|nations|sides))?\s*,?\s*")


def _country_of(words: str) -> str | None:
    """The country a mark names, by its name, formal name or adjective."""
    if words in _COUNTRIES:
        return words
    return _K.country_of_adjective.get(words) or _K.country_of_official_name.get(words)


def _pair_in_sentence(doc: Document, at: int) -> tuple[str, str] | None:
    """The two countries a sentence names, in the order it names them (none, one or three: None)."""
    start, end = doc.sentence_at(at)
    spots: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for _written, pattern, country in COUNTRY_FORMS:
        for match in pattern.finditer(doc.text, start, end):
            if any(a <= match.start() and match.end() <= b for a, b in taken):
                continue
            taken.append(match.span())
            spots[country] = min(spots.get(country, match.start()), match.start())
    if len(spots) != 2:
        return None
    first, second = sorted(spots, key=lambda c: spots[c])
    return first, second


def _first_written(text: str, country: str) -> int:
    """Where the text first names a country (by any of its forms)."""
    spots = [m.start() for _, pattern, c in COUNTRY_FORMS if c == country for m in pattern.finditer(text)]
    return min(spots, default=len(text))


def _two_countries_before_names(text: str, match: re.Match[str]) -> tuple[str, str, int] | None:
    """"The Prime Ministers of Norland and Lindau A and B": the two countries
    the plural title is "of", written with no comma before the names (which
    the remit's run of capitalised words took in), and where the names start."""
    if match.group("remit") is None or match.group("mark"):
        return None
    words = list(re.finditer(r"[A-Z][\w&'’-]*|and|&", text[match.start("remit") : match.end()]))
    joins = [k for k, w in enumerate(words) if w.group() in ("and", "&")]
    if not joins:
        return None
    k = joins[0]
    first = _country_of(" ".join(w.group() for w in words[:k]))
    for length in (1, 2, 3):
        if k + 1 + length >= len(words):
            break
        second = _country_of(" ".join(w.group() for w in words[k + 1 : k + 1 + length]))
        if first and second and first != second:
            return first, second, match.start("remit") + words[k + 1 + length].start()
    return None


def _holders_of_the_body(doc: Document, people: PersonRegistry, found: list[PersonMention], title: str, body: str,
                         is_place: bool, phrase_start: int, first: tuple[int, int, str]) -> None:
    """Each of the names a plural title written with its body lists ("A, B, C and D", up to eight) holds
    the title, made singular, at that body."""
    holders = [first]
    while len(holders) < 8:
        joint = re.match(POSTNOMINALS + r"(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)", doc.text[holders[-1][1] :])
        if joint is None:
            break
        named = name_after(doc, holders[-1][1] + joint.end(), people)
        if named is None or named[0] != holders[-1][1] + joint.end():
            break
        holders.append(named)
    if len(holders) < 2:
        return
    for start, end, name in holders:
        phrase = phrase_start if start == first[0] else start  # (the first holder's phrase opens with the mark)
        found.append(PersonMention(people.add(name).name, start, end, phrase, end, [RawPost(title, body, is_place, phrase, end)]))


def _owner_written_as_mark(orgs: OrgRegistry, mark: str) -> tuple[str, bool] | None:
    """The body or place a plural title's mark names, and whether a place: a body the text names ("Delta
    Bank Deputy Governors"), or a town before its head word ("Toronto City Councillors"); no country,
    whose marks the caller reads."""
    if _country_of(mark) is not None:
        return None
    known = orgs.resolve(mark)
    if known is not None:
        return known.name, known.is_place
    words = mark.split()
    return (words[0], True) if len(words) == 2 and words[1].casefold() in PLACE_HEADS else None


def _person_ends_at(doc: Document, found: list[PersonMention], at: int) -> bool:
    """Whether a person's name read so far ends at ``at`` (spaces before it aside)."""
    end = len(doc.text[:at].rstrip())
    return any(m.end == end for m in found) or any(e == end for _, e in doc.person_spans)


def plural_posts(doc: Document, orgs: OrgRegistry, people: PersonRegistry, found: list[PersonMention]) -> None:
    """"Heads of state A and B signed a treaty between Norland and Lindau",
    "Norland's two prime ministers, A and B": a plural title right before
    two names gives each the title made singular. The body is the country
    written as the title's mark, else, for a national office, the two
    countries the sentence names, in order; else none here (as for any post
    written without a body, later passes may find it)."""
    text = doc.text
    for match in _PLURAL_BEFORE_NAMES_RE.finditer(text):
        title_start = match.start("rank") if match.group("rank") else match.start("title")
        mark = match.group("mark")
        field = None
        if mark and _country_of(mark) is None and len(words := mark.split()) == 2 and _country_of(words[0]) \
                and words[1].casefold() in FIELD_WORDS and match.group("title").casefold() == "ministers":
            # "Romanian and Portuguese Defense Ministers A and B": a country's mark, then the ministers' remit
            mark, field = words[0], words[1]
        before = re.search(r"(?:^|[^\w'’-])([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)\s+and\s+$",
                           text[max(0, match.start() - 40) : match.start()])
        joined = re.search(r"(?:\band|,)\s+$", text[max(0, match.start() - 6) : match.start()])
        if mark and joined and (before is None or _country_of(before.group(1)) is None or _country_of(mark) is None) \
                and not _person_ends_at(doc, found, max(0, match.start() - 6) + joined.start()):
            continue  # "Kazakh and Lindau Bank foreign ministers": not two countries' marks (but "Ambassador A and
            # Norvik City Councillors B, C and D": the list of attendees goes on)
        if _K.plural_title_re.match(text, title_start):
            continue  # "the governors of A and B, C and D": shared_posts reads it
        if re.match(r"\w", text[title_start - 1 : title_start]) if title_start else False:
            continue
        names_at, bodies = match.end(), _two_countries_before_names(text, match)
        if bodies is not None:
            names_at = bodies[2]
        first = name_after(doc, names_at, people)
        if first is None or (first[0] != names_at and not _STYLES_RE.fullmatch(text, names_at, first[0])):
            continue
        owner = _owner_written_as_mark(orgs, mark) if mark and bodies is None and match.group("remit") is None else None
        if owner is not None:
            # "Delta Bank Deputy Governors A, B, C and D", "Norvik City Councillors A, B and C": the body or
            # place written as the mark, each name's
            plural = re.sub(r"\s+", " ", match.group("title")).casefold()
            title = _K.singular_of_plural.get(plural, "Minister")
            if match.group("rank"):
                title = f"{match.group('rank').strip().capitalize()} {title}"
            _holders_of_the_body(doc, people, found, title, owner[0], owner[1], match.start(), first)
            continue
        # ("the countries' Ministers of Foreign Affairs, A and his counterpart B": the second holder named so)
        joint = re.match(POSTNOMINALS + r",?\s+and\s+(?:(?:his|her|their)\s+counterpart,?\s+)?", text[first[1] :])
        second = name_after(doc, first[1] + joint.end(), people) if joint else None
        if second is None:
            continue
        plural = re.sub(r"\s+", " ", match.group("title")).casefold()
        title = _K.singular_of_plural.get(plural, "Minister")
        if match.group("rank"):  # "vice presidents A and B"
            title = f"{match.group('rank').strip().capitalize()} {title}"
        remit = None if bodies is not None else match.group("remit")
        if remit:
            words = re.sub(r"^\s+(?:of|for)\s+", "", remit)
            if any(_country_of(w) for w in re.split(r"\s+(?:and|&)\s+", words)):
                continue  # "ministers of Norland and Lindau, A and B": bodies, not a remit
            halves = re.fullmatch(r"(.+?)\s+and\s+(.+)", words)
            if halves and halves.group(1) == halves.group(2):
                remit = remit[: remit.index(words)] + halves.group(1)  # "Ministers of Economy and Economy": each of one
            title = f"{title} {remit.strip()}"
        elif field:
            title = f"{field} {title}"
        elif plural == "ministers" and bodies is None:
            continue  # a minister of nothing said
        country = _country_of(mark) if mark else None
        # (a vice president is more often a university's or a company's than a state's)
        national = bool(_K.national_office_re.fullmatch(title)) and not match.group("rank")
        sides: tuple[str | None, str | None]
        if bodies is not None:
            sides = (bodies[0], bodies[1])
        elif country is not None and before is not None and (other := _country_of(before.group(1))) is not None \
                and re.search(r"\band\s+$", text[max(0, match.start() - 6) : match.start()]):
            sides = (other, country)  # "Kenyan and Ghanaian ministers A and B"
        elif country is not None:
            sides = (country, country)
        elif national and (pair := _pair_in_sentence(doc, match.start())) is not None:
            sides = pair
        elif national and (two := two_countries(text)) is not None:
            # "Ghana and Kenya signed ... Presidents A and B": the two countries, in the order first written
            sides = tuple(sorted(two, key=lambda c: _first_written(text, c)))  # type: ignore[assignment]
        else:
            sides = (None, None)
        for mention in found:  # what a reader of single titles made of the plural one is replaced
            if mention.name in (first[2], second[2]):
                mention.posts = [p for p in mention.posts if not match.start() <= p.start < second[1]]
        for (start, end, name), side in zip((first, second), sides):
            if side is not None and any(m.name == name and any(p.org == side for p in m.posts) for m in found):
                continue  # the person's own phrase already says it
            phrase_start = match.start() if start == first[0] else start
            post = RawPost(title, side, side is not None, phrase_start, end)
            found.append(PersonMention(people.add(name).name, start, end, phrase_start, end, [post]))


# "The Foreign Affairs Ministers of Spain, A, and Portugal, B": each body, then its holder
_PLURAL_EACH_RE = re.compile(
    r"(?:(?<![\w-])[Tt]he\s+)?(?P<title>(?:(?![Tt]he\s)[A-Z][\w-]*\s+){0,3}(?i:"
    + "|".join(re.escape(h) for h in sorted(PLURAL_HEADS, key=len, reverse=True)) + r"))"
    r"\s+of\s+(?:the\s+)?(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+")


# "A, B and C, Vice Presidents of X", "A and B Directors at X": a plural title set off after the names it
# belongs to, and the one body named after it
_PLURAL_AFTER_NAMES_RE = re.compile(
    r"(?:,[ \t]+|[ \t]+)(?:the[ \t]+|both[ \t]+)?(?P<rank>(?i:" + "|".join(map(re.escape, _K.title_modifiers)) + r")[ \t-]+)?"
    r"(?P<title>(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(_K.singular_of_plural, key=len, reverse=True))
    + r"))[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?P<body>[A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|&[ \t]+)?[A-Z][\w&'’.-]*){0,5})"
    r"(?=\s*[,.;:)]|\s+(?:including|and|who|were|are|was|have|had|" + _K.signed_words + "|" + _K.witness_acts
    + r"|also|as|in|on|at)\b)")
# "..., Presidents of Norland University and Southland College": after the body, the next one of a list
_NEXT_BODY_RE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*[ \t]+){0,4}[A-Z][\w&'’.-]*)")


def plural_after_names(doc: Document, orgs: OrgRegistry, people: PersonRegistry, found: list[PersonMention]) -> None:
    """"Du Dongyun and Zhao Wen, Vice Presidents of SCUN", "A, B, C Vice
    Presidents of FPCCI including D": a plural title set off after two or
    more names gives each of them the title, made singular, at the one
    body named after it. The names are those the model, an earlier pass or
    the name reader reads, one right after another, ending where the title
    begins; a body
    no other pass knows is taken as written only when its head word or its
    letters say it is one."""
    text = doc.text
    spans = sorted(set(doc.person_spans) | {(m.start, m.end) for m in found})
    by_end = {end: start for start, end in spans}
    for match in _PLURAL_AFTER_NAMES_RE.finditer(text):
        names: list[tuple[int, int]] = []
        at = match.start()
        while len(names) < 8:
            begin = by_end.get(at)
            if begin is None:
                # (a name the model missed in the list: "M. Noor Ahmed Khan, Muslim Mohamedi, Arshad Jamal")
                before = name_before(doc, at)
                if before is None:
                    break
                begin = before[0]
            names.append((begin, at))
            joint = re.search(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", text[max(0, begin - 8) : begin])
            if joint is None:
                break
            at = begin - len(joint.group())
        if len(names) < 2:
            continue
        other = _NEXT_BODY_RE.match(text, match.end())
        if other and (other.group(1).split()[-1].casefold() in ORG_HEADS or orgs.resolve(other.group(1)) is not None):
            continue  # each holds the title at one of the bodies listed, not all at the first
        body = " ".join(match.group("body").split())
        entry = orgs.resolve(body)
        if entry is None and not (body.split()[-1].casefold() in ORG_HEADS or re.fullmatch(r"[A-Z]{2,8}", body)):
            continue
        plural = " ".join(match.group("title").split()).casefold()
        title = _K.singular_of_plural[plural]
        if match.group("rank"):
            title = f"{match.group('rank').strip().capitalize()} {title}"
        org, is_place = (entry.name, entry.is_place) if entry is not None else (body, False)
        for start, end in reversed(names):
            named = name_after(doc, start, people)
            if named is None or named[1] != end:
                continue
            canonical = people.add(named[2]).name
            post = RawPost(title, org, is_place, match.start("title"), match.end("body"))
            mention = next((m for m in found if m.name == canonical and m.start == named[0]), None)
            if mention is None:
                found.append(PersonMention(canonical, named[0], named[1], named[0], named[1], [post]))
            elif not any(p.org is not None for p in mention.posts):
                mention.posts = [post]


def plural_each_posts(doc: Document, orgs: OrgRegistry, people: PersonRegistry, found: list[PersonMention]) -> None:
    """"The Foreign Affairs Ministers of Spain, A, and Portugal, B": a plural
    title, then each body with its holder after it; each holds the title
    made singular at the body written before the name."""
    text = doc.text
    for match in _PLURAL_EACH_RE.finditer(text):
        first = name_after(doc, match.end(), people)
        if first is None or first[0] != match.end():
            continue
        rest = re.match(r",?\s+and\s+(?:of\s+)?(?:the\s+)?(?P<second>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+",
                        text[first[1] :])
        if rest is None:
            continue
        second = name_after(doc, first[1] + rest.end(), people)
        if second is None or second[0] != first[1] + rest.end():
            continue
        sides = []
        for written in (match.group("first"), rest.group("second")):
            country = _country_of(written)
            entry = orgs.resolve(written) if country is None else None
            if country is None and (entry is None or name_key(entry.name) != name_key(written)):
                break
            sides.append((country, True) if country else (entry.name, entry.is_place))  # type: ignore[union-attr]
        if len(sides) != 2:
            continue
        words = match.group("title").split()
        head = PLURAL_HEADS[words[-1].casefold()]
        title = " ".join(words[:-1] + [head if words[-1][:1].isupper() else head[:1].lower() + head[1:]])
        for mention in found:
            if mention.name in (first[2], second[2]):
                mention.posts = [p for p in mention.posts if not match.start() <= p.start < second[1]]
        for (start, end, name), (org, is_place) in zip((first, second), sides):
            phrase_start = match.start() if start == first[0] else start
            post = RawPost(title, org, is_place, phrase_start, end)
            found.append(PersonMention(people.add(name).name, start, end, phrase_start, end, [post]))


def posts_by_person(found: list[PersonMention]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for mention in found:
        for post in mention.posts:
            if post.org:
                out.setdefault(mention.name, []).append(post.org)
    return out



_US_STATE_RE = re.compile(r"(?<![\w'’-])((?:[Ss]tate\s+of\s+)?(?:" + "|".join(sorted(map(re.escape, _K.us_states), key=len, reverse=True))
                          + r"))(?![\w'’-])")


def us_state(text: str, sentence: tuple[int, int] | None, title: str, other_places: bool) -> str | None:
    """The US state a governor written without one governs ("Gov. Anna Berg
    signed ... between Nevada and ..."): the one state his sentence names, else
    the one state the article names, when the article names no province or
    county or the title is US news' "Gov."."""
    if sentence is not None:
        near = _states_named(text[sentence[0]:sentence[1]])
        if len(near) == 1:
            return near.pop()
    named = _states_named(text)
    if len(named) == 1 and (not other_places or title.startswith("Gov.")):
        return named.pop()
    return None


def _states_named(text: str) -> set[str]:
    """The US states ``text`` names, each as written the longest way ("the
    State of Nevada" and "Nevada" are one state)."""
    found = {m.group(1) for m in _US_STATE_RE.finditer(text)}
    return {f for f in found if not any(g != f and g.endswith(" " + f) for g in found)}


def implicit_org(index: MentionIndex, title: str, drafts: list[Draft], explicit: dict[str, list[str]],
                  side: OrgEntry | None = None, at: int | None = None) -> tuple[str | None, bool]:
    """The body of a post written without one ("Vice Mayor Deng Yu"): the
    city, province or county the article is about, or the one of the side
    the person signed for ("Mayor Ana Costa" signing for the Municipality
    of Viseu)."""
    text = index.doc.text
    low = title.casefold()
    if "mayor" in low:
        level, pattern = "mayor", (r"(?:\b([A-Z][\w'’-]+) Municipal\b|\bCity of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)|"
                                   r"\b([A-Z][\w'’-]+) City\b|\bMunicipality of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))")
    elif "governor" in low or low.startswith("gov."):
        # (a Kenyan county's governor: "Trans Nzoia County Government")
        level, pattern = "governor", (r"(?:\b([A-Z][\w'’-]+) Province\b|\b([A-Z][\w'’-]+) Provincial\b|"
                                      r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) County Government\b)")
    elif "magistrate" in low:
        level, pattern = "magistrate", r"\b([A-Z][\w'’-]+ County)\b"
    elif re.match(r"(?:(?:vice|deputy|executive)\s+)*(?:district|town|township)\s", low):
        # "Vice District Chief Hu Jian": the one district (town) the article names
        word = re.sub(r"^(?:(?:vice|deputy|executive)\s+)*", "", low).split()[0].capitalize()
        level, pattern = "level", r"\b([A-Z][\w'’-]+ " + word + r")\b"
    else:
        return None, False
    def named(match: re.Match[str]) -> str:
        found = next(g for g in match.groups() if g)
        if level == "governor" and "County" in match.group():
            return match.group()  # the county's government: "Kisumu County Government"
        return f"{found} Province" if level == "governor" else found

    if side is not None:
        own = [named(m) for m in re.finditer(pattern, side.name)]
        if len(set(own)) == 1:
            return own[0], not own[0].endswith(" Government")
    if level == "governor" and GOVERNOR_TITLE_RE.fullmatch(title):
        # (a US governor is the state's: "Gov. Anna Berg" in a story of Nevada)
        state = us_state(text, index.doc.sentence_at(at) if at is not None else None, title,
                          bool(explicit.get(level)) or re.search(pattern, text) is not None)
        if state is not None:
            return state, True
        if not explicit.get(level) and re.search(pattern, text) is None:
            # (an Indian state's governor: "Governor Anna Berg" in a story of Assam)
            states = {m.group() for m in _FEDERAL_STATE_RE.finditer(text)}
            if len(states) == 1:
                return states.pop(), True
    if explicit.get(level):
        return explicit[level][0], True
    candidates: list[str] = []
    for draft in drafts:
        for party in draft.parties:
            for match in re.finditer(pattern, party.name):
                name = named(match)
                if name not in candidates:
                    candidates.append(name)
    if not candidates:
        for match in re.finditer(pattern, text):
            name = named(match)
            if name.split()[0].casefold() in _NOT_PLACE_WORDS:
                continue  # "Deputy City Mayor Song You": a title, not a city called Deputy
            if name not in candidates:
                candidates.append(name)
    if len(candidates) > 1:
        places = {name_key(d.place or "") for d in drafts}
        narrowed = [c for c in candidates if name_key(c.replace(" Province", "")) in places]
        candidates = narrowed or candidates
    if len(candidates) == 1:
        return candidates[0], not candidates[0].endswith(" Government")  # a county's government is a body
    return None, False




def ministers_of_their_side(index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
    """A minister who signs for a country holds a post of that country when
    the article never names the ministry as a body: "Uzziel Ndagijimana,
    Minister of Finance and Economic Planning, signed for the government of
    Rwanda" (the title reader writes such a post's body as the ministry its
    title names, which the text may not mention at all)."""
    sides: dict[str, OrgEntry] = {}
    for draft in drafts:
        for name, entry, _ in draft.signatures:
            if entry is not None and a_country(entry):
                sides.setdefault(name, entry)
    for mention in found:
        side = sides.get(mention.name)
        if side is None:
            continue
        for post in mention.posts:
            if _implied_ministry(index.orgs, post.org):
                post.org, post.is_place = side.name, side.is_place


_BEHALF_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))On\s+behalf\s+of\s+(?:the\s+)?(?P<org>[A-Z][^,.;\n]{1,80}),\s+")


def behalf_posts(doc: Document, orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """"On behalf of AUST, President Yuan Liang expressed ...": a sentence
    that opens on behalf of a body, then names a person by a post written
    without one: the post is that body's (a mayor's or governor's post is of
    a place, not of the body: left alone)."""
    text = doc.text
    for match in _BEHALF_RE.finditer(text):
        entry = orgs.resolve(match.group("org").strip())
        if entry is None or entry.is_place:
            continue
        for mention in found:
            if mention.phrase_start != match.end():
                continue
            for post in mention.posts:
                if post.org is None and not GOVERNMENT_TITLES.search(post.title):
                    post.org, post.is_place = entry.name, False


def own_posts(doc: Document, orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """"met our Chairman, Mr. A" in a release that calls its body "our
    Group": a post written after "our" is of the release's own body, when it
    names one such body (``own_body_heads``; a mayor's or governor's is of a
    place, left alone)."""
    own = {e.name for e in orgs.entries if e.name.casefold().startswith("our ")}
    if len(own) != 1:
        return
    body = own.pop()
    text = doc.text
    for chain in person_lists(doc, found):
        # (the list the post opens goes with it: "our Chairman, Mr. A, and Vice Chairman, Mr. B")
        first = min(chain[0].posts, key=lambda p: p.start)
        if not _OUR_BEFORE_RE.search(text, max(0, first.start - 40), first.start):
            continue
        for mention in chain:
            for post in mention.posts:
                if post.org is None and not GOVERNMENT_TITLES.search(post.title):
                    post.org, post.is_place = body, False


# "our " right before a post's title, or before the titles joined to it ("our Chairman & CEO")
_OUR_BEFORE_RE = re.compile(r"(?<![\w-])[Oo]ur\s+(?:[A-Z][\w-]*\s+(?:(?:&|and)\s+)?)*$")


# a faculty, a department or a school of a larger body, named by its field
_UNIT_OF_RE = re.compile(r"(?:Faculty|Department|School)\s+of\s")
_BARE_BOARD_RE = re.compile(r"(?i)(?:the\s+)?board(?:\s+of\s+(?:directors|trustees|governors|supervisors))?")


def listed_posts(doc: Document, orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """"Tokyo Tech President A, Provost B, Executive Vice President for
    Research C and Vice President D": people listed after one whose post
    names its body, each with a post written without one, hold theirs at
    the same body (a list goes on while only ", ", "; " or ", and "
    separates one person's phrase from the next)."""
    text = doc.text
    ordered = sorted(found, key=lambda m: m.phrase_start)
    for before, after in zip(ordered, ordered[1:]):
        if not before.posts or not after.posts or after.phrase_start <= before.phrase_end \
                or before.phrase_start >= before.start:
            continue  # (only a list that opens with "Body Title Name": "A, Secretary of X, and Mayor B" is not one)
        if any(GOVERNMENT_TITLES.search(post.title) and not _PARTY_TITLE_RE.search(post.title)
               or _ENVOY_RE.search(post.title) for post in after.posts):
            continue  # a mayor or a governor is of a place, an ambassador of a state, not of the body before
            # (a Party secretary listed under a hospital is the hospital's: the body is no place)
        body = before.posts[-1].org
        entry = orgs.resolve(body) if body is not None else None
        if body is None or before.posts[-1].is_place or entry is None or entry.is_place or body in _COUNTRIES:
            continue  # (a country is no list's body: "US Ambassador A, Prime Minister B" is not the US's)
        if _BARE_BOARD_RE.fullmatch(body):
            continue  # ("Board of Directors member A, and President B": the board is some body's, named before)
        if _UNIT_OF_RE.match(body):
            continue  # ("Dean Faculty of Law A, Registrar B": the faculty is the dean's own unit, not the list's body)
        between = text[before.phrase_end : after.phrase_start]
        if not re.fullmatch(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", between):
            continue  # ("the USJ Rector, Professor A; Vice-Rector for Research, Professor B": semicolons part a list too)
        if between.strip() == "and" and before.end < before.phrase_end:
            continue  # "signed by Secretary A of the Ministry of Finance and Ambassador B": a pair, each of a side
        if between.strip() == "and" and any(re.search(r"\b(?:of|for)\s+(?:the\s+)?[A-Z]", p.title) for p in after.posts):
            continue  # "President of Norvik Bank A and Secretary of Finance B": a pair, the second with a remit of its own
        if all(post.org is None for post in after.posts):
            for post in after.posts:
                post.org, post.is_place = body, False


_ANY_HEAD_RE = re.compile(r"(?i)\b(?:president|premier)\b")
_STATE_LEVEL_RE = re.compile(r"\bChief\s+Minister\b|\b(?:[Ss]tate|[Pp]rovincial)\s+[Gg]overnment\b")
_STATE_GOVERNMENT_RE = re.compile(
    r"\b(?:[Gg]overnment|[Gg]ovt\.?)\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"|\b(?P<before>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?=[ \t]+(?:[Ss]tate[ \t]+)?[Gg]overnment\b)")


def _sole_state(text: str, any_named: bool = True) -> str | None:
    """The one state or province whose government the article names ("Tamil
    Nadu government", "Govt. of Arunachal Pradesh"); None for none or several,
    or for a country's government. With ``any_named``, where no state's
    government is named, the one federal state the article names at all."""
    places = set()
    for match in _STATE_GOVERNMENT_RE.finditer(text):
        words = (match.group("after") or match.group("before")).split()
        while words and (words[0].casefold() in _K.stop_caps or words[0].casefold() in TITLE_WORDS
                         or words[0] in ("Provincial", "State", "Federal", "National", "Central", "Municipal")):
            words.pop(0)
        place = " ".join(words)
        if not place or place in _COUNTRIES or place in _K.country_of_adjective \
                or place in _K.country_of_official_name or place.split()[-1].casefold() in _K.org_heads:
            continue
        places.add(place)
    # "Govt. of Arunachal Pradesh Posted on ...": a longer run that holds a shorter one is that one
    places = {p for p in places if not any(p.startswith(q + " ") for q in places)}
    if not places and any_named:
        # no state's government named as such: the one state the article names ("... jobs to Kerala")
        places = {m.group() for m in _FEDERAL_STATE_RE.finditer(text)}
    return places.pop() if len(places) == 1 else None


_FEDERAL_STATE_RE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, _K.federal_states), key=len, reverse=True))
                               + r")(?![\w'’-])")


def _sides_led(text: str, found: list[PersonMention]) -> dict[int, str]:
    """"The Argentine side was led by A, ...", "the Kuwaiti side was chaired
    by HE B": the person named next leads that country's side (``sides_led``
    in people.yaml). The mentions' ids, to their country."""
    out: dict[int, str] = {}
    for match in _K.side_led_re.finditer(text):
        words = match.group("side").split()
        country = None
        for size in range(len(words), 0, -1):
            tail = " ".join(words[-size:])
            country = _K.country_of_adjective.get(tail) or (tail if tail in _COUNTRIES else None)
            if country:
                break
        if country is None:
            continue
        after = [m for m in found if match.end() <= m.phrase_start <= match.end() + 40 or match.end() <= m.start
                 <= match.end() + 40]
        if after:
            first = min(after, key=lambda m: min(m.phrase_start, m.start))
            if not re.search(r"[.;]", text[match.end() : min(first.phrase_start, first.start)]):
                out[id(first)] = country
    return out


# "a delegation from Haixi Prefecture headed by the prefecture deputy Party secretary A"
_DELEGATION_FROM_RE = re.compile(r"\b(?:delegation|team)\s+(?:from|of)\s+(?:the\s+)?(?P<side>" + _ORG_RUN + r")"
                                 r"\s*,?\s+(?:led|headed|chaired)\s+by\s+(?:the\s+)?")


def _bodies_led(index: MentionIndex, found: list[PersonMention]) -> None:
    """"The Gyeongsangbuk delegation led by Governor A", "the delegation from
    Haixi Prefecture headed by deputy Party secretary B": the person named
    next leads the delegation of that body or place, and a post of theirs
    written without a body is its (a country's side is ``_sides_led``'s)."""
    text = index.doc.text
    for match in [*_K.side_led_re.finditer(text), *_DELEGATION_FROM_RE.finditer(text)]:
        words = match.group("side").split()
        while words and (words[0].casefold() in _K.stop_caps or words[0] in ("The", "A", "An")):
            words.pop(0)
        runs = [" ".join(words[-size:]) for size in range(len(words), 0, -1)] + \
            [" ".join(words[:size]) for size in range(len(words) - 1, 0, -1)]
        if not runs or any(r in _K.country_of_adjective or r in _COUNTRIES for r in runs):
            continue
        body: tuple[str, bool] | None = None
        for run in runs:
            # ("the College delegation, led by CEO A": the one college the article names, by its head word)
            entry = index.orgs.describe(f"the {run}") if run.casefold() in ORG_HEADS \
                else index.orgs.resolve(run, allow_bare=True)
            if entry is not None:
                body = entry.name, entry.is_place
                break
        if body is None and not any(w.casefold() in _NOT_PLACE_WORDS or not w[:1].isupper() for w in words) \
                and len(re.findall(r"(?<![\w-])" + re.escape(" ".join(words)) + r"(?![\w-])", text)) >= 2:
            body = " ".join(words), True  # a place the article names again ("the Gyeongsangbuk delegation")
        if body is None or body[0] in _COUNTRIES:
            continue
        after = [m for m in found if match.end() <= m.phrase_start <= match.end() + 40]
        if not after:
            continue
        first = min(after, key=lambda m: m.phrase_start)
        if re.search(r"[.;]", text[match.end() : first.phrase_start]):
            continue
        for post in first.posts:
            if post.org is None:
                post.org, post.is_place = body


_ACCOMPANIED_RE = re.compile(r"(?:,\s*(?:who\s+(?:was|is)\s+)?|\s+)(?:accompanied|joined)\s+by\s+(?:the\s+)?")
_MARKED_HEAD_RE = re.compile(r"(?P<mark>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*$")


def _companions(index: MentionIndex, found: list[PersonMention]) -> None:
    """"Prime Minister A of Norland, who was accompanied by Trade Minister B
    and Deputy Foreign Minister C", "the Chilean President, accompanied by
    the Minister of Foreign Affairs, D": the people a head goes with hold
    their state offices, written without a country, for the head's."""
    doc = index.doc
    text = doc.text
    chains = person_lists(doc, found)
    for match in _ACCOMPANIED_RE.finditer(text):
        sentence = doc.sentence_at(match.start())
        chain = next((c for c in chains if match.end() <= c[0].phrase_start <= match.end() + 12
                      and re.fullmatch(r"\s*(?:[A-Z][\w&-]*,\s+)?" + _STYLED, text[match.end() : c[0].phrase_start])), None)
        if chain is None:
            continue
        country = None
        leaders = [m for m in found if sentence[0] <= m.start and m.phrase_end <= match.start() + 1]
        if leaders:
            leader = max(leaders, key=lambda m: m.phrase_end)
            if re.fullmatch(r"[^,;]*,?\s*", text[leader.phrase_end : match.start() + 1]):
                country = next((p.org for p in leader.posts if p.org in _COUNTRIES), None)
        if country is None:
            marked = _MARKED_HEAD_RE.search(text, sentence[0], match.start())
            words = marked.group("mark").split() if marked else []
            country = _K.country_of_adjective.get(words[-1]) if words else None
            if words and words[-1] in _COUNTRIES:
                country = words[-1]
        if country is None:
            continue
        _go_with(index, chain, country)
    for match in _TOGETHER_WITH_RE.finditer(text):
        # "Together with Gedu, Minister of Defense, A and Minister of Water, B, headed to Kampala": the
        # people who go with someone whose country is said hold their offices for it
        head = next((s for s in index.person_spans if s.name_start == match.end()), None)
        if head is None:
            continue
        gap = re.match(r",\s*", text[head.name_end : head.name_end + 3])
        chain = next((c for c in chains if gap is not None and c[0].phrase_start == head.name_end + gap.end()), None)
        if chain is None:
            continue
        countries = {p.org for m in found if m.name == head.name for p in m.posts if p.org in _COUNTRIES}
        if len(countries) == 1:
            _go_with(index, chain, countries.pop())


# "Together with A, ...", "Along with A, ..." opening a sentence
_TOGETHER_WITH_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Together|Along)\s+with\s+")


def _go_with(index: MentionIndex, chain: list[PersonMention], country: str) -> None:
    """The people of a list who go with a head of ``country`` hold their state offices, written without a
    country, for it."""
    for mention in chain:
        for post in mention.posts:
            unnamed = post.org is None or _implied_ministry(index.orgs, post.org)
            if unnamed and _K.national_office_re.fullmatch(post.title) and not _ENVOY_RE.search(post.title):
                post.org, post.is_place = country, True


# the offices a head of state or government holds, as news writes them bare ("President A", "the then Prime
# Minister B", "Crown Prince C")
_LEADER_TITLE_RE = re.compile(r"(?i)(?:(?:former|then|acting|interim|outgoing)[\s-]+)?(?:(?:deputy|vice)[\s-]+)?"
                              r"(?:prime\s+minister|president|premier|king|queen|crown\s+prince|emir|amir|sultan|"
                              r"chancellor|head\s+of\s+state)")


# a foreign minister's and a finance minister's titles ("Foreign Secretary", "Minister of Foreign Affairs and
# International Cooperation", "Secretary of State"; "Treasurer", "Minister of Finance and Economic Planning")
_FOREIGN_MINISTER_RE = re.compile(r"(?i)(?:(?:former|then|acting|interim)[\s-]+)?(?:foreign\s+(?:affairs\s+)?(?:minister|secretary)|"
                                  r"(?:minister|secretary)\s+(?:of|for)\s+(?:foreign|external)\s+affairs(?:\s*(?:,|and|&)\s+.+)?|"
                                  r"external\s+affairs\s+minister|secretary\s+of\s+state)")
_FINANCE_MINISTER_RE = re.compile(r"(?i)(?:(?:former|then|acting|interim)[\s-]+)?(?:finance\s+(?:minister|secretary)|"
                                  r"(?:minister|secretary)\s+(?:of|for)\s+(?:the\s+)?(?:finance|treasury)(?:\s*(?:,|and|&)\s+.+)?|"
                                  r"minister\s+of\s+economy\s+and\s+finance|treasurer|chancellor\s+of\s+the\s+exchequer|"
                                  r"(?:secretary\s+of\s+the\s+)?treasury(?:\s+secretary)?)")


def _implied_ministry(orgs: OrgRegistry, org: str | None) -> bool:
    """Whether ``org`` is a ministry only a title implies ("Foreign Minister
    A" read as of a "Ministry of Foreign Affairs" the text never names as a
    body): no body the text wrote."""
    return org is not None and org.startswith("Ministry of ") and orgs.resolve(org) is None


def _regional_office(title: str) -> str | None:
    """The office of a region's head a bare title names ("Gov.": "Governor",
    "Municipal Party Secretary": "Party Secretary"; titles.yaml
    ``regional_offices``), or None."""
    return next((office for pattern, office in _K.regional_offices if pattern.fullmatch(title)), None)


def _regional_head_of(index: MentionIndex, name: str, office: str) -> str | None:
    """The one region the lists say ``name`` headed in ``office`` that the
    article names, as the article writes it most: bare ("Zhejiang") or with
    its unit ("Niger State", "Nairobi City County"); bare where both are as
    many."""
    regions = regional_heads(office=office).get(leader_key(name), frozenset())
    # (a name the list writes with accents may be written without: "Bogotá", "Bogota")
    written = {r: re.findall(r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in {r, unaccented(r)}) + ")" + _REGION_UNIT
                             + r"(?![\w-])", index.doc.text) for r in regions}
    written = {r: forms for r, forms in written.items() if forms}
    if len(written) != 1:
        return None
    forms = [" ".join(f.split()) for f in next(iter(written.values()))]
    return max(sorted(set(forms), key=len), key=forms.count)


# the unit a region may be written with ("Niger State", "Uasin Gishu County", "Nairobi City County")
_REGION_UNIT = r"(?:\s+(?:City\s+)?(?:State|County|Province|Prefecture))?"


def _known_leaders(index: MentionIndex, found: list[PersonMention], as_read: set[int]) -> None:
    """A head of state or government written without a country ("President
    A witnessed the signing") is the country a reader of the news knows A
    leads (kg/knowledge/en/leaders.jsonl), when the article names that
    country: the list chooses among the text's countries, never adds one.
    So for a foreign or a finance minister ("Foreign Minister B", "Treasurer
    C"; kg/knowledge/en/ministers.jsonl), for a minister of any other
    portfolio ("Health Minister F"; kg/knowledge/en/cabinet.jsonl), and for
    a region's head ("Governor D", "Party Secretary E";
    kg/knowledge/en/regional.jsonl), whose region the article must name.
    It overrules the guesses of the passes before (the article's home
    country, a country the sentence names), not a body the text wrote with
    the title (``as_read``: the ids of those posts); and it comes last, so
    that what it knows is no mark the other passes read the paper's habits
    from ("President A" placed by the list is not the paper marking A)."""
    named: frozenset[str] | None = None
    for mention in found:
        for post in mention.posts:
            if id(post) in as_read:
                continue
            if (post.org is None or post.is_place) and (office := _regional_office(post.title)) \
                    and (region := _regional_head_of(index, mention.name, office)):
                # "Governor A signed for the state": the one region the article names that A is listed heading
                post.org, post.is_place = region, True
                continue
            if post.org is not None and not (post.is_place and post.org in _COUNTRIES):
                continue
            head = _LEADER_TITLE_RE.fullmatch(post.title) is not None
            if head:
                known = leader_countries()
            elif _FOREIGN_MINISTER_RE.fullmatch(post.title):
                known = minister_countries(office="Foreign Minister")
            elif _FINANCE_MINISTER_RE.fullmatch(post.title):
                known = minister_countries(office="Finance Minister")
            elif _K.national_office_re.fullmatch(post.title) and not _ENVOY_RE.search(post.title):
                known = cabinet_countries()  # "Health Minister A", "Minister for Transport B"
            else:
                continue
            if named is None:
                named = countries_named(index.doc.text)
            key = leader_key(mention.name)
            country = known.get(key)
            if country is None and " " not in key and head:
                # "President Duterte", named by surname alone: the one country of the article's whose leaders
                # bear it
                bearing = surname_countries().get(key, frozenset()) & named
                country = next(iter(bearing)) if len(bearing) == 1 else None
            if country is not None and country in named:
                post.org, post.is_place = country, True


# (an envoy is usually the other country's)
_ENVOY_RE = re.compile(r"(?i)\b(?:ambassador|envoy|consul|high\s+commissioner)")


def national_posts(index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
    """A national office written without its country ("Prime Minister Shinzo
    Abe", "Minister of Finance Krishna Bahadur Mahara", whose ministry the
    text never names as a body) is an office of the country the text says:
    "of <Country>" after the title or the name, else the one country the
    article names (``national_offices`` in titles.yaml). A signer's post is left
    to the side they signed for. A state's offices (``state_offices``) are
    the one state whose government the article names; the person who leads
    a country's side holds posts of that country (``sides_led``)."""
    text = index.doc.text
    signers = {name for d in drafts for name, side, _ in d.signatures if side is not None}
    # (a ministry only the title implies, "Foreign Minister A" read as of the "Ministry of Foreign Affairs" the
    # text never names, is no body the text wrote)
    as_read = {id(post) for mention in found for post in mention.posts if post.org is not None
               and not _implied_ministry(index.orgs, post.org)}
    _marks_carried(index, found)
    home: list[str | None] = []
    states: dict[bool, str | None] = {}  # the sole state: any the article names, or one whose government it names
    led = _sides_led(text, found)
    for mention in found:
        for post in mention.posts:
            unnamed_ministry = _implied_ministry(index.orgs, post.org)
            if post.org is not None and not post.is_place and _K.state_voice_re.fullmatch(post.title):
                # a foreign minister speaks for the state: "Ministry of Foreign Affairs of Ghana" is Ghana's
                country = next((c for m in re.finditer(r"\s(?:of|for)\s", post.org)
                                if (c := written_country(post.org, m.start()))), None)
                if country is not None:
                    post.org, post.is_place = country, True
                    continue
                unnamed_ministry = post.org.startswith("Ministry of ") or post.org.endswith("Ministry")
            if post.org is not None and not unnamed_ministry:
                continue
            if id(mention) in led:
                post.org, post.is_place = led[id(mention)], True
                continue
            remit = re.fullmatch(r"(?:\w+\s+)*?Minister\s+(?:of|for)\s+(.+)", post.title)
            named = index.orgs.resolve(f"Ministry of {remit.group(1)}") \
                if remit and post.org is None and not _K.state_voice_re.fullmatch(post.title) else None
            if named is not None and not named.is_place:
                # "Minister of International Cooperation Rania Al Mashat" where the text names the ministry
                post.org, post.is_place = named.name, False
                continue
            state_office = bool(_K.state_office_re.fullmatch(post.title))
            if not state_office and not _K.national_office_re.fullmatch(post.title):
                continue
            if state_office or _STATE_LEVEL_RE.search(text):
                # (a head of government goes to a state only whose government the article names: "Prime
                # Minister A" in a story of one state is the country's)
                any_named = state_office or not _HEAD_OF_STATE_RE.fullmatch(post.title)
                if any_named not in states:
                    states[any_named] = _sole_state(text, any_named=any_named)
                if states[any_named] is not None:
                    post.org, post.is_place = states[any_named], True
                    continue
                if state_office:
                    continue
            country = written_country(text, post.end) or written_country(text, mention.end)
            # (a president or premier may head any body: only a country the text writes makes it a state's)
            # (a foreign minister speaks for the state even when he signs: the one country the article names)
            voice = _K.state_voice_re.fullmatch(post.title) is not None
            if country is None and (mention.name not in signers or voice) and not _ANY_HEAD_RE.search(post.title):
                if not home:
                    home.append(sole_country(text))
                country = home[0]
            if country is None and mention.name not in signers and _ANY_HEAD_RE.search(post.title):
                country = _head_of_signing_country(text, drafts, home)
            if country is not None:
                post.org, post.is_place = country, True
            elif unnamed_ministry and len(country_counts(text)) >= 2:
                # a ministry no one names, in an article of several countries that does not say
                # whose: the body is unsaid ("Ministry of Foreign Affairs" would be any of theirs)
                post.org, post.is_place = None, False
    visitors = _visitors(index, found, signers)
    _contrasted_countries(index, found, signers)
    _bodies_led(index, found)
    _companions(index, found)
    # (last: what a delegation, a companion or a contrast says of someone comes first)
    _home_country(index, found, signers, {name: side.name for d in drafts for name, side, _ in d.signatures
                                           if side is not None}, visitors)
    _known_leaders(index, found, as_read)


def _country_marked(text: str, mention: PersonMention) -> str | None:
    """The country a nationality word before a person's title says ("Egyptian Prime Minister A",
    "Ghana's Minister of Finance B"), when the post was read for it."""
    words = re.findall(r"[A-Z][\w.-]*", text[mention.phrase_start : mention.start])
    for word in words[:2]:
        country = _K.country_of_adjective.get(word) or (word if word in _COUNTRIES else None)
        if country is not None and any(post.org == country for post in mention.posts):
            return country
    return None


def _marks_carried(index: MentionIndex, found: list[PersonMention]) -> None:
    """"Egyptian Prime Minister A, Investment Minister B, Chinese Ambassador
    C": in a list of officials set off by commas, a country's mark before
    one of them carries to the state offices written after it without one,
    until another country's mark. Not across "and" ("Turkish Foreign
    Minister A and Minister for Education B" contrasts two sides), and not
    from an envoy ("US Ambassador A, Prime Minister B": the host's officials
    follow the guest's envoy), save to the deputy of the office just named
    ("British High Commissioner A and Deputy High Commissioner B")."""
    text = index.doc.text
    for chain in person_lists(index.doc, found):
        carried: str | None = None
        last_mark: str | None = None  # the mark of the person just before, whatever their office
        previous: PersonMention | None = None
        for mention in chain:
            after_comma = previous is not None and re.fullmatch(r"\s*,\s*", text[previous.phrase_end : mention.phrase_start])
            deputy = previous is not None and _deputy_of(mention, previous)
            # ("Consul General of Pakistan, A and Vice Consul General, B": the office's body written in its title)
            office = _deputy_office(mention, previous) if deputy and previous is not None else None
            previous = mention
            marked = _country_marked(text, mention)
            if marked is not None:
                envoy = any(_ENVOY_RE.search(post.title) for post in mention.posts)
                carried = None if envoy else marked
                last_mark = marked
                continue
            if deputy and last_mark is not None:
                # "British High Commissioner A and Deputy High Commissioner B": the deputy of the same office
                for post in mention.posts:
                    if post.org is None:
                        post.org, post.is_place = last_mark, True
                continue
            if office is not None:
                # (only the deputy's office takes the body, not the deputy's other posts)
                office[0].org, office[0].is_place = office[1].org, office[1].is_place
                continue
            last_mark = None
            if carried is None or not after_comma:
                carried = None
                continue
            for post in mention.posts:
                # (a ministry only the title implies, "Investment Minister" read as of a "Ministry of Investment"
                # the text never names, is no body the text wrote)
                unnamed = post.org is None or _implied_ministry(index.orgs, post.org)
                if unnamed and _K.national_office_re.fullmatch(post.title) and not _ENVOY_RE.search(post.title):
                    post.org, post.is_place = carried, True


_RANK_RE = re.compile(r"(?i)(?:deputy|vice|assistant|associate)[\s-]+")


def _deputy_of(mention: PersonMention, before: PersonMention) -> bool:
    """Whether ``mention`` holds, with a rank before it, the office ``before``
    holds: "Deputy High Commissioner" after "High Commissioner"."""
    offices = {name_key(p.title) for p in before.posts}
    return any(rank.end() < len(post.title) and name_key(post.title[rank.end() :]) in offices
               for post in mention.posts if (rank := _RANK_RE.match(post.title)) is not None)


def _deputy_office(mention: PersonMention, before: PersonMention) -> tuple[RawPost, RawPost] | None:
    """The post of ``mention`` that is the deputy of an office ``before``
    holds with its body written ("Vice Consul General" after "Consul General
    of Pakistan"), and that office's post; None where the deputy's post has
    a body already or the office none."""
    for post in mention.posts:
        rank = _RANK_RE.match(post.title)
        if rank is None or post.org is not None:
            continue
        held = next((p for p in before.posts if name_key(p.title) == name_key(post.title[rank.end() :])), None)
        if held is not None and held.org is not None:
            return post, held
    return None


# what says a person went to a country: "A led a delegation to Lindau", "A is currently in Rostock, Lindau,
# for a working visit", "A's second Lindau visit", "A's Lindau state visit" (the kinds of visit: people.yaml
# ``visit_kinds``), "A's visit to Lindau" (not "met President A in Lindau": the host, where they met)
_RUN = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
_VISIT_KIND = r"(?:(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _K.visit_kinds) + r")\s+)?"
_VISIT_AFTER_RE = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?=(?P<c1>" + _RUN + r")\s+" + _VISIT_KIND + r"visit\b)"
                             r"|(?:(?:['’]s|,?\s+(?:(?:who|which)\s+)?(?:has|had|made|paid|began|begins|on)?)\s*(?:an?\s+|his\s+|her\s+|the\s+)?"
                             r"(?:[a-z-]+\s+){0,3}?(?:visit(?:ed|s|ing)?(?:\s+to)?|delegation\s+to|trip\s+to|arrived\s+in|(?:flew|travell?ed|headed)\s+to)"
                             r"|\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?in)"
                             r"\s+(?:" + _RUN + r",\s+)?(?=(?P<c2>" + _RUN + r"))")


def _visitors(index: MentionIndex, found: list[PersonMention], signers: set[str]) -> set[str]:
    """In an article of two countries, someone the text says went to one of
    them ("Prime Minister A is currently in Rostock, Lindau, for a working
    visit", "Foreign Minister B led a delegation to Lindau") holds a state
    office written without a country for the other: a visitor is not the
    host's official. Not a signer's (the side they sign for says it), nor an
    envoy's (sent to the country the article names). The visitors' names
    (whose country is no mark the paper writes: ``_home_country``)."""
    text = index.doc.text
    two = two_countries(text)
    if two is None:
        return set()
    went: dict[str, set[str]] = {}
    for span in index.person_spans:
        match = _VISIT_AFTER_RE.match(text, span.name_end)
        if match is None:
            continue
        # (the whole run: "Mexico City" is a city, not Mexico)
        written = match.group("c1") or match.group("c2")
        country = _COUNTRY_NAMES.get(written) or _K.country_of_adjective.get(written)
        if country in two:
            went.setdefault(span.name, set()).add(country)
    placed: set[str] = set()
    for mention in found:
        gone = went.get(mention.name)
        if mention.name in signers or gone is None or len(gone) != 1:
            continue
        home = next(c for c in two if c not in gone)
        for post in mention.posts:
            unnamed = post.org is None or post.org in two and post.org not in gone or \
                _implied_ministry(index.orgs, post.org)
            if unnamed and _office_kind(post.title) and not _ENVOY_RE.search(post.title):
                post.org, post.is_place = home, True
                placed.add(mention.name)
    return placed


def _head_of_signing_country(text: str, drafts: list[Draft], home: list[str | None]) -> str | None:
    """The country whose president or premier a witness written without one
    heads ("President A witnessed the signing"): the article's one country,
    when someone signed on its behalf (a president beside a university's or
    a company's signers may be theirs; beside a country's, he is the
    state's)."""
    if not home:
        home.append(sole_country(text))
    country = home[0]
    sides = {side.name for d in drafts for _, side, _ in d.signatures if side is not None}
    return country if country is not None and country in sides else None


# (a vice president is more often a university's or a company's than a state's: not one)
# (a premier unmarked in an article of two countries, one of them marked, heads the other's government)
_HEAD_OF_STATE_RE = re.compile(r"(?i)(?:(?:deputy|vice)\s+)?prime\s+minister|president|premier|king|queen|crown\s+prince|emir|amir")


def _marked_country(post: RawPost, countries: dict[str, int]) -> str | None:
    """The country a post is written as held for: "South Africa President"
    (the country itself), "Ministry of Foreign Affairs of the Republic of Kenya"."""
    if post.org is None:
        return None
    if post.org in countries:
        return post.org
    if not post.is_place:
        return next((c for m in re.finditer(r"\s(?:of|for)\s", post.org)
                     if (c := written_country(post.org, m.start())) in countries), None)
    return None


def _office_kind(title: str) -> str | None:
    if _HEAD_OF_STATE_RE.fullmatch(title):
        return "head"
    if _K.national_office_re.fullmatch(title):
        return "office"
    return None


# every way a country is named, its name or its official name (not its adjective), the longest first (so that
# "Papua New Guinea" is not also Guinea, nor "South Sudan" Sudan)
_COUNTRY_NAMES = {**{c: c for c in _COUNTRIES}, **_K.country_of_official_name}
_COUNTRY_NAMES_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(_COUNTRY_NAMES, key=len, reverse=True))
                               + r")(?![\w-])")


_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_SPEECH_AFTER_RE = re.compile(r"(?i)\b(?:said|says|told|stressed|noted|added)\b")


def _sentence_country(index: MentionIndex, mention: PersonMention) -> str | None:
    """The one country a sentence names (by its name: an adjective may be
    anyone's, "a Japanese internship base"), not as the mark of someone
    else's title ("in Rwanda where he met President Paul Kagame"); None
    where the sentence speaks of a counterpart."""
    start, end = index.doc.sentence_at(mention.start)
    sentence = index.doc.text[start:end]
    if re.search(r"(?i)\bcounterparts?\b", sentence):
        return None
    named = set()
    # what follows the person's "said" is spoken of: "Prime Minister B said Sri Lanka has no better friend
    # than Australia" names neither as B's
    speech = _SPEECH_AFTER_RE.search(sentence, max(0, mention.end - start))
    # what a quotation names is spoken of too: "“Lindau is responding to Norvik's request”, Prime Minister B said"
    quoted = [q.span() for q in _QUOTED_RE.finditer(sentence) if not q.start() <= mention.start - start < q.end()]
    for match in _COUNTRY_NAMES_RE.finditer(sentence):
        country = _COUNTRY_NAMES[match.group()]
        if any(a <= match.start() < b for a, b in quoted):
            continue
        if sentence[match.start() - 1 : match.start()] == "(":
            continue  # "They (China) count ...": an aside about someone else
        word = re.match(r"(?:['’]s)?\s+(\w+)", sentence[match.end():match.end() + 40])
        if word and word.group(1).casefold() in TITLE_WORDS:
            continue  # "South Africa President B": another's mark
        if re.search(r"(?i)\b(?:to|fly|flew|visit(?:ing|s|ed)?|towards|said|says|that)\s+(?:the\s+)?$",
                     sentence[:match.start()]) or speech is not None and match.start() >= speech.end():
            continue  # a place gone to, or spoken of: "fly China", "said South Africa had"
        if re.fullmatch(r"\s+in\s+(?:the\s+)?", sentence[mention.end - start : match.start()]):
            continue  # where the person was: "attended by President A in China" (a visit)
        named.add(country)
    return named.pop() if len(named) == 1 else None


def _contrasted_countries(index: MentionIndex, found: list[PersonMention], signers: set[str]) -> None:
    """In an article of two countries, a national office written without its
    country beside the same office written with one ("President A and South
    Africa President B") is the other country's; a head of state or
    government written without one, in a sentence that names one country and
    no one else's, is that country's ("in Rwanda, where he met President
    A")."""
    countries = country_counts(index.doc.text)
    if len(countries) < 2:
        return
    two = two_countries(index.doc.text)
    marked: dict[str, set[str]] = {}
    for mention in found:
        for post in mention.posts:
            kind = _office_kind(post.title)
            country = _marked_country(post, countries)
            if kind and country:
                marked.setdefault(kind, set()).add(mention.name + "\0" + country)
    for mention in found:
        if mention.name in signers:
            continue
        for post in mention.posts:
            kind = _office_kind(post.title)
            if post.org is not None or kind is None:
                continue
            others = {m.split("\0")[1] for m in marked.get(kind, set()) if m.split("\0")[0] != mention.name}
            if any(m.split("\0")[0] == mention.name for m in marked.get(kind, set())):
                continue  # "South Africa President Jacob Zuma" said whose he is elsewhere
            sentence = index.doc.sentence_at(mention.start)
            beside = {m.split("\0")[1] for m in marked.get(kind, set()) if m.split("\0")[0] != mention.name
                      and any(o.name + "\0" in m and sentence[0] <= o.start < sentence[1] for o in found)}
            counterpart = re.search(r"(?i)\bcounterparts?\b", index.doc.text[sentence[0]:sentence[1]])
            if two is not None and len(beside) == 1 and not counterpart and beside <= set(two):
                post.org, post.is_place = next(c for c in two if c not in beside), True
            elif kind == "head" and not any(p.org and not p.is_place for m in found if m.name == mention.name
                                            for p in m.posts) and not any(
                    o is not mention and o.name != mention.name and sentence[0] <= o.start < sentence[1]
                    and any(p.org is None and _office_kind(p.title) == "head" for p in o.posts) for o in found):
                # (two heads written without their countries in one sentence: which is whose is unsaid)
                country = _sentence_country(index, mention)
                if country is not None and country not in others:
                    post.org, post.is_place = country, True


# a country's mark on an official: "Saudi Minister of State", "Japan's Prime Minister", "his Japanese counterpart"
# (not an envoy's: a paper marks its own country's envoys abroad too, "our Ambassador to Lindau")
_MARK_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w&-]*\s+){0,3}?(?i:president|prime\s+minister|minister|premier|"
                            r"secretary|king|emir|amir|chancellor|counterparts?)\b(?!\s+(?:to|in)\b)")


def _marked_in_text(index: MentionIndex, countries: tuple[str, str], signers: set[str]) -> dict[str, set[str]]:
    """Which of the two countries the text writes as the mark of an
    official's office ("Saudi Minister", "Japan's Prime Minister", "his
    Japanese counterpart"), each with the people so marked. A signer's mark
    is not one (a paper marks its own signers too: "Lindau's Foreign
    Secretary A signed")."""
    text = index.doc.text
    marked: dict[str, set[str]] = {}
    for written, pattern, country in COUNTRY_FORMS:
        if country not in countries or written not in text:
            continue
        for match in pattern.finditer(text):
            mark = _MARK_AFTER_RE.match(text, match.end())
            if mark is None:
                continue
            # (the office's remit may come between: "Kenyan Minister of Trade and Industry A")
            named = [s.name for s in index.person_spans if mark.end() <= s.name_start <= mark.end() + 70
                     and _MARKED_NAME_GAP_RE.fullmatch(text[mark.end() : s.name_start])]
            if named and named[0] in signers:
                continue
            marked.setdefault(country, set()).update(named[:1])
    return marked


def _home_country(index: MentionIndex, found: list[PersonMention], signers: set[str], sides: dict[str, str],
                  visitors: frozenset[str] | set[str] = frozenset()) -> None:
    """In an article of two countries that marks only one country's
    officials with their country ("Lindau Prime Minister A", "his Lindau
    counterpart"), an office of the state written without a country is the
    other's: the paper's own country, whose officials it leaves unmarked
    ("President B witnessed the signing"). Not a signer's (the side they
    sign for says it), an envoy's, a vice president's (more often a
    university's or a company's), someone's whose country is written at
    another mention, or one in a sentence that names the marked country
    alone (a visit there: "went to Lindau and met President C")."""
    text = index.doc.text
    two = two_countries(text)
    if two is None:
        return
    in_text = _marked_in_text(index, two, signers)
    # (a visitor's country is read from the visit, not written as a mark: ``_visitors``)
    # the countries of the offices read so far: a mark where the person's phrase writes the country, else
    # the country a contrast or a known leader gave an office written bare ("the Amir", "Prime Minister
    # Deuba"), which tells the paper's own country
    forms_of = {c: [pattern for written, pattern, country in COUNTRY_FORMS if country == c and written in text]
                for c in two}
    offices = [(p.org, any(f.search(text, m.phrase_start, m.phrase_end) for f in forms_of[p.org]))
               for m in found if m.name not in signers and m.name not in visitors for p in m.posts
               if p.org in two and _office_kind(p.title) and not _ENVOY_RE.search(p.title)]
    marked = set(in_text) | {country for country, written in offices if written}
    unmarked = {country for country, written in offices if not written}
    if not marked and len(unmarked) == 1:
        marked = set(two) - unmarked  # the paper leaves its own officials bare: the other is the one it marks
    if not marked:
        marked = _marked_against_unmarked_signer(index, found, two, sides)
    if len(marked) != 1:
        return
    other = next(iter(marked))
    home = next(c for c in two if c != other)
    forms = {c: [pattern for written, pattern, country in COUNTRY_FORMS if country == c and written in text]
             for c in two}
    # (someone whose country is written at another mention is that country's: "Lindau's Premier A" ... "Premier A")
    placed = {m.name for m in found for p in m.posts if p.org in two} | {n for names in in_text.values() for n in names}
    unmarked_heads = [m for m in found if m.name not in placed
                      and any(p.org is None and _office_kind(p.title) == "head" for p in m.posts)]
    for mention in found:
        if mention.name in signers or mention.name in placed:
            continue
        start, end = index.doc.sentence_at(mention.start)
        named = {c for c, patterns in forms.items() if any(pattern.search(text, start, end) for pattern in patterns)}
        if named == {other}:
            continue
        if any(o.name != mention.name and start <= o.start < end for o in unmarked_heads) \
                and any(_office_kind(p.title) == "head" for p in mention.posts):
            continue  # two heads written without their countries in one sentence: which is whose is unsaid
        for post in mention.posts:
            unnamed = post.org is None or _implied_ministry(index.orgs, post.org)
            kind = _office_kind(post.title)
            if unnamed and kind and not _ENVOY_RE.search(post.title) \
                    and not (kind == "office" and _ANY_HEAD_RE.search(post.title)):
                post.org, post.is_place = home, True


def _marked_against_unmarked_signer(index: MentionIndex, found: list[PersonMention], two: tuple[str, str],
                                    sides: dict[str, str]) -> set[str]:
    """The country a paper marks on one signer ("Lindau Foreign Minister A
    and Minister for Education B signed") when the other signer, who signed
    for the other country, is left unmarked: the paper's own country is the
    unmarked one (a paper that marks both says nothing of whose it is)."""
    marks = _marked_in_text(index, two, set())
    marked_signers = {country for country, names in marks.items() if any(n in sides for n in names)}
    if len(marked_signers) != 1 or len(marks) != 1:
        return set()
    other = next(iter(marked_signers))
    home = next(c for c in two if c != other)
    text = index.doc.text
    forms = [pattern for written, pattern, country in COUNTRY_FORMS if country in two and written in text]
    # (an envoy's phrase names a country of its own: "Chinese Ambassador to Nepal A" is no unmarked signer)
    unmarked = [n for n, side in sides.items() if side == home and not any(n in names for names in marks.values())
                and not any(m.name == n and any(f.search(text, m.phrase_start, m.phrase_end) for f in forms)
                            for m in found)]
    return {other} if unmarked else set()


# between two people of one list: ", ", "; ", " and ", after a remit in brackets or after a dash
# (the honorifics a person's phrase leaves out: "by Prof A")
_STYLED = r"(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Hon|Engr|Shri|Smt|Sir|H\.?E)\.?\s+)*"
# between a country's mark on an office and the holder's name: the office's remit, a style
_MARKED_NAME_GAP_RE = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,5}?)?"
                                 r"[\s,]*" + _STYLED + r"(?:[A-Z][\w.-]*\s+){0,2}")
_LIST_GAP_RE = re.compile(r"\s*(?:\([^()]{1,60}\)|[-–]\s*[\w&/ ]{1,60})?\s*(?:[,;]\s*(?:and\s+)?|and\s+)" + _STYLED)
# what opens a list with its body: "by the University of Murcia, the rector, A, ...", "a team from VMRF
# comprising A, ...", "... along with A, Director (Finance), B, ..." (the body of the one it goes along with)
# ("X was represented by A, ...", "officials from X attending the ceremony included: A, ...",
# "members from X took part, including A, ...")
_ORG_WORDS = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the))*"
_LIST_BODY_RE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?P<org>" + _ORG_WORDS + r")"
                           r"\s*(?:,\s*|\s+(?:comprising|including|consisting\s+of)\s+)(?:the\s+)?" + _STYLED + r"$"
                           r"|\bfrom\s+(?:the\s+)?(?P<org2>" + _ORG_WORDS + r")(?:\s*\([^()]{1,20}\))?"
                           r"(?:\s+[a-z]+){1,6}\s*(?:,\s*)?(?:including|included|comprised|were)\s*:?\s*(?:the\s+)?" + _STYLED + r"$"
                           r"|(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<org3>" + _ORG_WORDS + r")(?:\s*\([^()]{1,20}\))?"
                           r"\s+(?:was|were)\s+represented\s+(?:at\s+the\s+[a-z]+\s+)?by\s*:?\s*(?:the\s+)?" + _STYLED + r"$"
                           # "Representing UEF were Dr. A, President; ...", "On behalf of the partner university were"
                           r"|(?:^|(?<=\s))(?:Representing|On\s+behalf\s+of)\s+(?:the\s+)?(?P<org4>[A-Z][^,.;\n]{1,80}?)"
                           r"(?:\s+itself)?\s*,?\s+(?:was|were)\s*:?\s*(?:the\s+)?" + _STYLED + r"$")
_ALONG_WITH_RE = re.compile(r"(?i),?\s+(?:along|together)\s+with\s+(?:the\s+)?$")
# what closes a list with its body: "President A, Vice President B from Hebei University"
# (or by the rest of its people: "..., C and D and other leaders of X attended")
_LIST_CLOSED_BY_RE = re.compile(r"(?:,?\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=,?\s+(?:and|as\s+well\s+as)\s+other\s))?"
                                r"(?:,?\s+(?:and|as\s+well\s+as)\s+other\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)?"
                                r"\s+(?:from|of)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the))*)")


def person_lists(doc: Document, found: list[PersonMention]) -> list[list[PersonMention]]:
    """People listed one after another in one sentence, each with a post:
    "A, Director (Finance), B, Director (Personnel) and C, Chief Vigilance
    Officer"."""
    ordered = sorted((m for m in found if m.posts), key=lambda m: m.phrase_start)
    chains: list[list[PersonMention]] = []
    for mention in ordered:
        last = chains[-1][-1] if chains else None
        if last is not None and last.phrase_end <= mention.phrase_start \
                and doc.sentence_at(last.phrase_start) == doc.sentence_at(mention.phrase_start) \
                and _LIST_GAP_RE.fullmatch(doc.text, last.phrase_end, mention.phrase_start):
            chains[-1].append(mention)
        else:
            chains.append([mention])
    return chains


def introduced_lists(doc: Document, orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """A list of people, each with a post written without its body, opened
    by the body they come from ("attended, by the University of Murcia, by
    the rector, A, Research Coordinator, B", "a team from VMRF comprising
    A, Registrar; B, Director") or going along with one whose post names
    its body ("P K Sinha ... along with A, Director (Finance), B, ...")
    or closed by the body they come from ("President A, Vice President B
    from Hebei University"), or said to represent it ("Representing UEF
    were Dr. A, President; ...", "... Dr. B, represented Lindau University")
    holds those posts at that body (a mayor's or a governor's is of a
    place, left alone)."""
    text = doc.text
    for chain in person_lists(doc, found):
        first = chain[0]
        sentence_start = doc.sentence_at(first.phrase_start)[0]
        before = text[sentence_start : first.phrase_start]
        body: str | None = None
        opened = _LIST_BODY_RE.search(before)
        if opened:
            named = (opened.group("org") or opened.group("org2") or opened.group("org3") or opened.group("org4")).strip()
            entry = orgs.resolve(named)
            body = entry.name if entry is not None and not entry.is_place else None
            if entry is None and re.fullmatch(r"[A-Z]{3,8}", named):
                body = named  # "SNNU was represented by ...": a body by its letters, never named in full
        elif _ALONG_WITH_RE.search(before):
            leaders = [m for m in found if sentence_start <= m.phrase_start and m.phrase_end <= first.phrase_start
                       and m.posts and m.posts[-1].org and not m.posts[-1].is_place]
            if leaders:
                entry = orgs.resolve(max(leaders, key=lambda m: m.phrase_end).posts[-1].org or "")
                body = entry.name if entry is not None and not entry.is_place else None
        else:
            for segment in _closed_lists(text, chain):
                bodiless = all(post.org is None for post in segment[-1].posts)
                if bodiless and _REPRESENTED_AFTER_RE.match(text, segment[-1].phrase_end):
                    # "the Vice President for Academic Affairs Dr. A, represented Al Akhawayn University"
                    _hold_at(segment, _closing_body(text, segment[-1].phrase_end, orgs, _REPRESENTED_AFTER_RE))
                elif len(segment) > 1 and bodiless:
                    _hold_at(segment, _closing_body(text, segment[-1].phrase_end, orgs))
                elif len(segment) > 1:
                    _hold_at(segment, _last_ones_body(text, segment[-1], orgs))
            continue
        _hold_at(chain, body)


def _hold_at(people: list[PersonMention], body: str | None) -> None:
    """Every post written without its body, of the people listed, is held at ``body``."""
    if body is None:
        return
    for mention in people:
        for post in mention.posts:
            # (a mayor's or a governor's office is a place's; a Party secretary is a university's or a
            # company's too: "SNNU was represented by President A, Deputy Party Secretary B")
            if post.org is None and (not GOVERNMENT_TITLES.search(post.title) or _PARTY_TITLE_RE.search(post.title)):
                post.org, post.is_place = body, False


_PARTY_TITLE_RE = re.compile(r"(?i)\bparty\s+(?:secretary|chief)\b")


def _closed_lists(text: str, chain: list[PersonMention]) -> list[list[PersonMention]]:
    """A list cut after each person whose body is written after the name ("A, B, Vice President C from
    Lakeside University, and President D of Hilltop College"): that body closes the list before it, and
    the people after begin another."""
    segments: list[list[PersonMention]] = [[]]
    for mention in chain:
        segments[-1].append(mention)
        if mention is not chain[-1] and _LAST_BODY_RE.match(text, mention.end) and mention.end < mention.phrase_end \
                and any(post.org is not None for post in mention.posts):
            segments.append([])
    return segments


_LAST_BODY_RE = re.compile(r"\s+(?:of|from)\s")
# what the people of a list did for their body, said right after them: "..., represented Lindau University"
_REPRESENTED_AFTER_RE = re.compile(r",?\s+(?:who\s+)?represented\s+(?:the\s+)?(?P<org>" + _ORG_WORDS + r")")


def _last_ones_body(text: str, last: PersonMention, orgs: OrgRegistry) -> str | None:
    """The body written after the last name of a list as that person's
    ("Chairman A and Vice Chairman B of the Lindau Council"): the list's
    people before, written without one, come from it too. Not a place's
    (a mayor "of Lindau" is the city's alone)."""
    posts = [p for p in last.posts if p.org is not None and p.start < last.start]
    if len(posts) != 1 or posts[0].is_place or last.phrase_end <= last.end \
            or not _LAST_BODY_RE.match(text, last.end):
        return None
    entry = orgs.resolve(posts[0].org or "")
    return entry.name if entry is not None and not entry.is_place and entry.name not in _COUNTRIES else None


def _closing_body(text: str, at: int, orgs: OrgRegistry, closer: re.Pattern[str] = _LIST_CLOSED_BY_RE) -> str | None:
    """The body that closes a list right after its last person ("President
    A, Vice President B from Hebei University"; with ``closer``, the body
    they represented), when it is a known body, neither a place nor a
    country (whose people are not a list's staff)."""
    match = closer.match(text, at)
    if match is None:
        return None
    entry = orgs.resolve(match.group("org").strip())
    if entry is None or entry.is_place or entry.name in _COUNTRIES:
        return None
    return entry.name


_GOVERNING_TITLE_RE = re.compile(r"(?i)\b(?:governor|mayor|gov\.)(?![\w-])")
_GOVERNMENT_OF_PLACE_RE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)(?P<state>\s+State)?"
    r"(?:\s+(?:City|Municipal|Provincial|Metropolitan))?\s+(?:[Gg]overnment|[Cc]ouncil)$")


def place_governed(title: str, org: str, is_place: bool) -> tuple[str, bool]:
    """A governor's or mayor's post is the place's ("Niger State", "Salford"),
    not its government's or council's ("Niger State Government", "Salford
    City Council"); a Chinese "People's Government" and a county's
    government are left as written."""
    if is_place or not _GOVERNING_TITLE_RE.search(title):
        return org, is_place
    match = _GOVERNMENT_OF_PLACE_RE.match(org)
    if match is None or "People" in match.group("place") or "County" in org:
        # (a Kenyan county's government is the body its governor heads: "Kisumu County Government")
        return org, is_place
    return match.group("place") + (match.group("state") or ""), True


_CAPS_BEFORE_RE = re.compile(r"(?:[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|the|de)\s+|[ \t]+))*[A-Z][\w&'’.-]*[ \t]+$")
_AFTER_TITLE_RE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,|\bat\b|\bfrom\b)\s*(?:the\s+)?(?P<org>" + _ORG_RUN + r")")


def _known_body(index: MentionIndex, words: list[str], from_end: bool, title: str) -> str | None:
    """The longest run of ``words`` (kept from the end, or from the start)
    that names a known body, neither a place nor a country."""
    for size in range(len(words), 0, -1):
        run = " ".join(words[-size:] if from_end else words[:size]).strip(",")
        if run.casefold() in _K.stop_caps or run.casefold() in TITLE_WORDS:
            continue
        entry = index.orgs.resolve(run, allow_subset=False)
        # (a body read with a title inside it is a misread: "University of X Vice Chancellor Prof A")
        if entry is not None and not entry.is_place and entry.name not in _COUNTRIES \
                and title.casefold() not in entry.name.casefold():
            return entry.name
    return None


def _written_body(index: MentionIndex, post: RawPost) -> str | None:
    """The body written right against a post the title reader left without
    one: before the title ("University of Otago Project Manager A", "APBF
    Founder A") or right after it ("A, Dean (Academic Courses), IIT
    Madras"); a place or a country is left to the passes for offices."""
    text = index.doc.text
    line_start = max(text.rfind("\n", 0, post.start) + 1, post.start - 120, index.doc.sentence_at(post.start)[0])
    before = _CAPS_BEFORE_RE.search(text, line_start, post.start)
    if before is not None:
        body = _known_body(index, before.group().split(), from_end=True, title=post.title)
        if body is not None:
            return body
    after = _AFTER_TITLE_RE.match(text, post.end)
    if after is not None:
        return _known_body(index, after.group("org").split(), from_end=False, title=post.title)
    return None


def unsaid_body(index: MentionIndex, mention: PersonMention, post: RawPost) -> tuple[str | None, bool]:
    """The body a careful reader writes for a post every other pass left
    without one: the body written right against the title, else, for an
    office of a state ("Foreign Minister B"), the one country the sentence
    names."""
    written = _written_body(index, post)
    if written is not None:
        return written, False
    national = _K.national_office_re.fullmatch(post.title) or _K.state_voice_re.fullmatch(post.title)
    text = index.doc.text
    # (a president or premier may head any body; a state's ministers are the state's, not the country's)
    if not national or _K.state_office_re.fullmatch(post.title) or _ANY_HEAD_RE.search(post.title) \
            or SUBNATIONAL_RE.search(text):
        return None, False
    country = _sentence_country(index, mention)
    if country is not None and _marks_another(index, mention, country):
        return None, False
    return (country, True) if country is not None else (None, False)


def _marks_another(index: MentionIndex, mention: PersonMention, country: str) -> bool:
    """Whether every time the sentence writes ``country`` it is inside
    another person's phrase ("Ambassador of the United Arab Emirates B"):
    the mark of someone else's post, not the country this one's sentence is
    about."""
    start, end = index.doc.sentence_at(mention.start)
    text = index.doc.text
    written = [country] + [o for o, c in _K.country_of_official_name.items() if c == country]
    spots = [m.start() for w in written for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text[start:end])]
    others = [(a, b) for a, b in index.phrase_ranges if not a <= mention.start < b]
    return bool(spots) and all(any(a <= start + spot < b for a, b in others) for spot in spots)


_HONORIFIC_RUN = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Hon|Engr|Shri|Smt|Sir|Dame|Alhaji|H\.?E)\.?\s+)*"
_PERSON_RUN = _HONORIFIC_RUN + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}"
_PEOPLE_RUN = r"(?P<names>" + _PERSON_RUN + r"(?:\s*,\s*" + _PERSON_RUN + r")*,?\s+and\s+" + _PERSON_RUN + r")"
_BODY_RUN = r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and\s+(?=[A-Z][\w&'’.-]*\s+(?:and|respectively))))*"
_BODIES_RUN = (r"(?P<bodies>" + _BODY_RUN + r"(?:\s*,\s*" + _BODY_RUN + r")*,?\s+and\s+" + _BODY_RUN + r")")
_TITLE_WORD = r"(?i:" + "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True)) + r")"
_PLURAL_TITLE = (r"(?P<title>(?:" + _TITLE_WORD + r"[\s-]+){0,3}" + _TITLE_WORD
                 + r"s(?:\s+(?:of|for)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})?)")
# "A and B, Ministers of Energy for Ghana and South Africa respectively";
# "vice-chancellors Dr A and Dr B of DUK and KU respectively"
_RESPECTIVELY_RES = (
    # ("A and B, the heads of X and Y respectively": the plural title may take an article)
    re.compile(_PEOPLE_RUN + r",\s+(?:the\s+)?" + _PLURAL_TITLE + r"\s+(?:of|for|at)\s+" + _BODIES_RUN + r",?\s+respectively\b"),
    re.compile(r"(?<![\w-])" + _PLURAL_TITLE + r"\s+" + _PEOPLE_RUN + r"\s+(?:of|for|at)\s+" + _BODIES_RUN
               + r",?\s+respectively\b"),
)


def _split_run(run: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", run) if p.strip()]


def _singular_title(title: str) -> str | None:
    """"Ministers of Energy" → "Minister of Energy", "vice-chancellors" →
    "vice-chancellor": the plural title word made singular, when it is one."""
    words = title.split()
    for i, word in enumerate(words):
        if word.endswith("s") and word[:-1].casefold().split("-")[-1] in TITLE_WORDS:
            if not all(w.casefold() in TITLE_WORDS for w in words[:i]):
                return None  # "in presence of vice-chancellors": not a title's own words
            return " ".join(words[:i] + [word[:-1]] + words[i + 1 :])
    return None


def respective_posts(doc: Document, orgs: OrgRegistry, people: PersonRegistry, found: list[PersonMention]) -> None:
    """"A and B, Ministers of Energy for Ghana and South Africa
    respectively", "vice-chancellors Dr A and Dr B of DUK and KU
    respectively": each person, in order, holds the title (made singular)
    at the body named in the same place of the second list."""
    text = doc.text
    if "respectively" not in text.casefold():
        return  # (both patterns end with it: the article is not searched for nothing)
    for pattern in _RESPECTIVELY_RES:
        for match in pattern.finditer(text):
            title = _singular_title(" ".join(match.group("title").split()))
            names = _split_run(match.group("names"))
            bodies = [re.sub(r"^the\s+", "", b) for b in _split_run(match.group("bodies"))]
            if title is None or len(names) != len(bodies) or len(names) < 2:
                continue
            names = [re.sub("^" + _HONORIFIC_RUN, "", n).strip() for n in names]
            if any(len(n.split()) < 2 and people.get(n) is None for n in names):
                continue
            for name, body in zip(names, bodies):
                entry = orgs.resolve(body)
                country = body if body in _COUNTRIES else _K.country_of_adjective.get(body)
                org, is_place = (country, True) if country else \
                    ((entry.name, entry.is_place) if entry is not None else (body, False))
                at = text.find(name, match.start(), match.end())
                canonical = people.add(name).name
                post = RawPost(title, org, is_place, match.start("title"), match.end("title"))
                mention = next((m for m in found if m.name == canonical and m.start == at), None)
                if mention is None:
                    found.append(PersonMention(canonical, at, at + len(name), at, at + len(name), [post]))
                else:
                    mention.posts = [p for p in mention.posts if p.org is not None] + [post]


# the words a title's remit may be made of: fields, and a few words no body's name has as a field
_REMIT_WORDS = FIELD_WORDS | {p for w in _K.remit_words for p in w.split("-")}


def field_remits(index: MentionIndex, found: list[PersonMention]) -> None:
    """"Union Minister of Petroleum and Natural Gas A", "acting dean of
    Research and Development B": a "body" made only of field words, which
    the text never names as a body of its own (no head word, no short
    name), is the title's remit; the post's body is then found as for any
    post written without one."""
    for mention in found:
        for post in mention.posts:
            if post.org is None or post.is_place:
                continue
            words = [w.casefold().strip(",") for w in re.split(r"\s+|-", post.org) if w.strip(",")]
            if not words or not all(w in _REMIT_WORDS or w in ("and", "&") for w in words) or words[-1] in ("and", "&"):
                continue
            entry = index.orgs.resolve(post.org, allow_subset=False)
            if entry is not None and (entry.aliases or any(w.casefold() in ORG_HEADS for w in entry.name.split())):
                continue
            post.title = f"{post.title} of {post.org}"
            post.org = None
