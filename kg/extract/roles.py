"""Who signed, for which side, and who witnessed.

Signers are the people in the subject of a signing verb, the people after
"signed by", or a person followed by "signed for X". Witnesses are people
said to witness, attend or preside over the signing, or named after
"witnessed by" / "in the presence of". A list after a witness cue ends at
its "and" item, so the signers that follow ("Witnessed by A and B, C and D
signed ...") are not taken for witnesses. What the cues must be about
(the signing, not another event), and the group words that stand for
people named before ("the two leaders"), are data in witnesses.yaml.
"""
from __future__ import annotations

import re

from kg.extract.agreements import is_future
from kg.extract.lexicon import ANY_TITLE_RE, HONORIFICS, MINISTER_FIELD_RE, ORG_HEADS, PLACE_HEADS, PLURAL_HEADS, TITLE_WORDS
from kg.extract.mentions import MentionIndex, Span
from kg.extract.names import OrgEntry
from kg.knowledge import knowledge
from kg.knowledge.places import place_knowledge

__all__ = ["forward_list", "backward_list", "witness_cues", "signer_cues", "SideRef", "STOOD_IN_FOR_RE",
           "represented_respectively"]

_RELATIVE_RE = re.compile(r",\s*(?:who|which)\s+[^,.;]{1,80},")
_DESCRIBED_RE = re.compile(r",\s*(?:an?|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},")
_LIST_SEP_RE = re.compile(r"\s*(;\s*and|;|,\s*and|,|and|,?\s*as well as|,?\s*along with|,?\s*together with)\s+(?:by\s+)?")


_NAME_GOES_ON_RE = re.compile(r"(?:(?:[A-Z][\w'’&-]*|of|the|for)\s+){0,4}?([A-Z][\w'’&-]*)\s*,?\s+and\s+")


def _name_goes_on(text: str, pos: int, end: int) -> int | None:
    """Where the next list item starts when the words after an "and" end a
    body's name ("Planning Department and B"): None if they do not."""
    match = _NAME_GOES_ON_RE.match(text, pos, end)
    return match.end() if match and match.group(1).casefold() in ORG_HEADS else None


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}")
# "... and Hail's Saud Fahd al-Abdah": whose person the name just after is (group 1)
_OWNER_JUST_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+$")
_OWNER_BEFORE_RE = re.compile(r"(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[\w&.-]+['’]s\s+(?=[A-Z])")
_LOWER_POST_RE = re.compile(r"(?:[a-z][\w'’-]*\s+){1,4}(?=[A-Z])")  # "the university's rector Natalia Gubina"


def forward_list(index: MentionIndex, pos: int, end: int, allow_bare: bool = True) -> list[Span]:
    """People listed from ``pos``: "A, B and C", "A, Mayor of X, and B, ..."."""
    found: list[Span] = []
    text = index.doc.text
    while pos < end:
        span = _listed_person(index, pos, end, allow_bare)
        if span is None:
            break
        found.append(span)
        pos = span.end
        # "Commissioner A of KOTRA Invest KOREA and President B of KMOU", "A from Plock, B from Zhytomyr and C
        # from Malaga": the body (or town) after the name
        tail = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", text[pos:end])
        body = index.org_starting_at(pos + tail.end()) if tail else None
        if body is not None:
            pos = body.full_end
        elif tail:
            # a body the registry does not know ("of KOTRA Invest KOREA and President B"): its
            # capitalised words, when the next item of the list follows them
            run = _CAPITALISED_RUN_RE.match(text, pos + tail.end(), end)
            sep = _LIST_SEP_RE.match(text, run.end(), end) if run else None
            if run and sep and _listed_person(index, sep.end(), end, allow_bare) is not None:
                pos = run.end()
        # "A, who holds the international portfolio, and B, ...", "A, an engineer, and B"
        relative = _RELATIVE_RE.match(text, pos, end) or _DESCRIBED_RE.match(text, pos, end)
        if relative:
            pos = relative.end() - 1
        pos = _past_affiliation(index, pos, end, allow_bare)
        sep = _LIST_SEP_RE.match(text, pos, end)
        if not sep:
            break
        if "and" in sep.group(1) and len(found) >= 1:
            nxt = _listed_person(index, sep.end(), end, allow_bare)
            rest_of_name = _name_goes_on(text, sep.end(), end) if nxt is None else None
            if rest_of_name is not None:
                # "A, Head of X Municipality and Planning Department and B": the body's name went on
                nxt = _listed_person(index, rest_of_name, end, allow_bare)
            if nxt is not None:
                found.append(nxt)
            break
        pos = sep.end()
    return found


def _past_affiliation(index: MentionIndex, pos: int, end: int, allow_bare: bool) -> int:
    """"O P Singh, Director (Technical), K R Vasudevan, Director (Finance)":
    past the post (and body) written after a listed name, when the next
    item of the list follows it; else ``pos`` unchanged."""
    text = index.doc.text
    sep = _LIST_SEP_RE.match(text, pos, end)
    if sep and _listed_person(index, sep.end(), end, allow_bare) is not None:
        return pos
    aside = _ASIDE_RE.match(text, pos, end)  # "Director (Finance)"
    at = aside.end() if aside else pos
    sep = _LIST_SEP_RE.match(text, at, end)
    if aside and sep and _listed_person(index, sep.end(), end, allow_bare) is not None:
        return at
    for run in _AFFILIATION_RUN_RE.finditer(text, at, min(end, at + 200)):
        if run.start() != at:
            break
        at = run.end()
        sep = _LIST_SEP_RE.match(text, at, end)
        if sep and _listed_person(index, sep.end(), end, allow_bare) is not None:
            return at
    # "Prof A, dean (RGIA), Prof B, head, electrical engineering department and Prof C": a post in lower
    # case, then the next item, which an honorific opens
    for honored in _NEXT_HONORED_ITEM_RE.finditer(text, pos, min(end, pos + 90)):
        if re.search(r"[;:]|\.\s", text[pos : honored.start()]):
            break
        if _listed_person(index, honored.start(1), end, allow_bare) is not None:
            return honored.start()
    return pos


def _listed_person(index: MentionIndex, pos: int, end: int, allow_bare: bool) -> Span | None:
    """The person an item of a list names, past a post written before the name."""
    text = index.doc.text
    while True:  # "Hon'ble Chief Minister Shri Pema Khandu": past the honorifics before the post
        word = re.match(r"([^\s,;]+)\s+(?:([^\s,;]+)\s)?", text[pos:end])
        if word is None:
            break
        low = word.group(1).casefold()
        # "His Highness Sheikh Rashid", "our Town Clerk Mr Alan Hurford": a possessive before an honorific or a post
        possessive = low in ("his", "her", "their", "our") and word.group(2) is not None and (
            word.group(2).casefold() in HONORIFICS or word.group(2).casefold() == "royal"
            or bool(ANY_TITLE_RE.match(text, pos + word.start(2))))
        # "Lt. General A": the head of a compound rank, after another rank
        rank = low in _K.rank_heads and pos > 0 and text[:pos].split()[-1:] != [] \
            and text[:pos].split()[-1].casefold() in HONORIFICS
        if low not in HONORIFICS and not possessive and not rank \
                or f"{word.group(1)} {word.group(2)}" in _COUNTRY_NAMES_AND_ADJECTIVES:
            break  # ("Sri Lankan ports minister A": a country's adjective, not the honorific "Sri")
        pos += word.start(2) if word.group(2) is not None else word.end()
    span = index.person_at(pos, allow_bare=allow_bare)
    if span is not None and span.start == span.name_start and _BODY_GOES_ON_RE.match(text, span.name_end, end):
        # "Communist Party of Vietnam General Secretary Nong Duc Manh": a body's name, not a
        # person's, when a person the text names follows within the item
        named = next((p for p in index.persons_between(span.name_end, min(end, span.name_end + 80))
                      if not re.search(r",|\band\b", text[span.name_end : p.start])), None)
        if named is not None and all(p.name_start != span.name_start for p in index.person_spans):
            span = named
    if span is None:
        # "the Hinduja group's G P Hinduja": whose person it is, then the name
        owner = _OWNER_BEFORE_RE.match(text, pos, end)
        span = index.person_at(owner.end(), allow_bare=allow_bare) if owner else None
    if span is None:
        # a post written in lower case before the name: "first-team manager Declan Moran", also after the
        # country whose post it is: "Norwegian ports minister Karl Olsen"
        national = _NATIONAL_BEFORE_RE.match(text, pos, end)
        post_at = pos + national.end() - national.start() \
            if national and national.group(1) in _COUNTRY_NAMES_AND_ADJECTIVES else pos
        described = _LOWER_POST_RE.match(text, post_at, end)
        span = index.person_at(described.end(), allow_bare=allow_bare) if described else None
    # "Industries Minister Pradeep Kumar Sahu": a word or two, then the post
    # (or "Norland's Deputy Finance Minister Anna Berg": whose post it is, then the post)
    # ("Science and Technology Minister Krushna Chandra Patra": a field of two words joined by "and")
    fields = [m.end() for m in re.finditer(r"[A-Z][\w'’-]*\s+", text[pos : pos + 48])][:3]
    titled = ANY_TITLE_RE.match(text, pos) or any(
        (ANY_TITLE_RE.match(text, pos + k) or MINISTER_FIELD_RE.match(text, pos + k)) for k in fields
        if re.fullmatch(r"[A-Z][\w'’-]*\s+(?:(?:and\s+|&\s+)?[A-Z][\w'’-]*\s+){0,2}", text[pos : pos + k]))
    if span is None and titled:
        # a first post the person's phrase leaves out: "Member of the Party Central
        # Committee, Secretary of the Provincial Party Committee Tran Duc Hung"
        span = next((p for p in index.persons_between(pos, min(end, pos + 160))
                     if not re.search(r"(?i)[;:]|\.\s|,\s+(?:" + _K.behalf + r"|for)\s", text[pos : p.start])), None)
    if span is None:
        # "A and his Comoran counterpart B"
        counterpart = _K.counterpart_re.match(text, pos, end)
        if counterpart is not None:
            span = index.person_at(counterpart.end(), allow_bare=allow_bare)
    if span is None:
        # "our Town Clerk Mr Alan Hurford": a post the lexicon does not know, then an honorific and the name
        post = _POST_THEN_HONORIFIC_RE.match(text, pos, end)
        words = list(re.finditer(r"([A-Z][\w'’.-]*)\s+", post.group())) if post else []
        honorific = next((w for w in words[1:] if w.group(1).casefold() in HONORIFICS), None)
        if post and honorific:
            span = index.person_at(pos + honorific.start(), allow_bare=allow_bare) or index.person_at(
                pos + honorific.end(), allow_bare=allow_bare)
    if span is None:
        # "the Australian High Commissioner to PNG, His Excellency Jon Philp": a post, a comma, the holder
        post = _POST_COMMA_RE.match(text, pos, end)
        if post and ANY_TITLE_RE.search(post.group()):
            holder = post.end()
            while True:  # past "His Excellency", "Hon", "Dr"
                word = re.match(r"([^\s,;]+)\s+", text[holder:end])
                if word is None or (word.group(1).casefold() not in HONORIFICS and word.group(1).casefold() != "his"):
                    break
                holder += word.end()
            span = index.person_at(holder, allow_bare=True) if holder > post.end() else index.person_at(holder)
    return span


# "Norwegian ports minister A", "Sri Lankan ports minister B": the country before a post in lower case
_NATIONAL_BEFORE_RE = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?=[a-z])")
_COUNTRY_NAMES_AND_ADJECTIVES = frozenset(knowledge("en").countries) | frozenset(knowledge("en").country_of_adjective)
# "Communist Party of Vietnam ...": what goes on after words read as a bare name, when they name a body
_BODY_GOES_ON_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "the Minister for State Enterprises, ": a post opening a list item, up to the comma before its holder
_POST_COMMA_RE = re.compile(r"the\s+[a-z][\w'’-]*(?:\s+[a-z][\w-]*){0,3},\s+"  # "the rector, A", "the bank's chief executive, A"
                            r"|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:of|for|to|and)\s+(?:the\s+)?"
                            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?,\s+")
_POST_THEN_HONORIFIC_RE = re.compile(r"(?:[a-z][\w'’-]*\s+){0,2}(?:[A-Z][\w'’.-]*\s+){2,4}")


def backward_list(index: MentionIndex, start: int, verb: int) -> list[Span]:
    """People in the clause before ``verb`` (its subject)."""
    return index.persons_between(start, verb)


# witness cues and signing verbs: kg/knowledge/en/witnesses.yaml and signing.yaml
_K = knowledge("en")
_FORWARD_WITNESS_RE = _K.forward_witness_re
_BACKWARD_WITNESS_RE = _K.backward_witness_re
# "B and C were among those who attended.", "D was also present.": the
# event of the sentences before
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;]|$)")
# "A, B and C were present on the occasion": present at the signing the sentences before tell of
# ("present in the programme", "present at the MoU signing ceremony": what the signing is called, from
# witnesses.yaml objects, up to two words after "the")
_ON_THE_OCCASION_RE = re.compile(r"(?i)\s+(?:on|at|during|for|in)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
                                 + _K.witness_object_re.pattern.removeprefix("(?i)"))
# words that tell a clause is about the signing itself, whatever else it names
_SIGNING_TOLD_RE = re.compile(r"(?i)\b(?:ceremony|signing|exchange)\b")
# a forward cue whose list is the rest of the sentence: "Also present were A, B and C, D, ..."
_COPULA_CUE_RE = re.compile(r"(?i)(?:were|was|included)\s*$")
# a sentence cut after an initial or an abbreviated honorific ("... included Cheng Jiacai; D." / "Odgerel, ...")
_CUT_AFTER_ABBREVIATION_RE = re.compile(r"(?:\b[A-Z]|\b(?:Dr|Prof|Mr|Mrs|Ms|Hon|Eng|St))\.\s*$")
# how many sentences back a group word ("the two leaders") may reach for the people it stands for
_GROUP_REACH = 5


def _about_the_signing(text: str, pos: int, end: int) -> bool:
    """The words after a witness verb ("attended the ceremony", "witnessed the
    exchange of the MoUs", "witnessed the agreement") are about the signing."""
    window = re.match(r"[^.;]{0,50}", text[pos:end])
    words = window.group() if window else ""
    clause = re.match(r"(?i)\s+(?:as|while|when)\s+[^.;]*", text[pos:end])
    if clause is not None and _K.sign_re.search(clause.group()):
        return True  # "A and B witnessed as Lakeside University and the Kisumu Institute signed the MoU"
    other = _K.other_event_re.search(words)
    if other is not None and re.fullmatch(r"(?i)\s+the\s+(?:[\w-]+\s+){0,2}", words[: other.start()]) \
            and not _K.sign_re.search(words) and not re.search(r"(?i)\bsigning\b", words):
        return False  # "attended the opening ceremony", "attended the forum": another event, not the signing
    return bool(_K.witness_object_re.search(words) or _K.agreement_head_re.search(words)
                or re.match(r"(?i)\s+it\b", words))


def _about_another_event(text: str, start: int, cue: int) -> bool:
    """"The forum was attended by ...", "The delegation met X in the presence of
    ...": the clause before the cue tells of an event other than the signing
    (and of no signing), so the people after the cue attended that event
    (unless the sentence goes on to tell of a signing: "After the meeting, in
    the presence of A, B and C signed ...")."""
    clause = text[start:cue]
    return bool(_K.other_event_re.search(clause)) and not (_K.sign_re.search(clause) or _SIGNING_TOLD_RE.search(clause))


# "met", "meeting", "talks" (places.yaml meetings): a meeting told, which "the meeting" may be
_MEETING_WORD_RE = place_knowledge("en").meeting_word_re


def _the_signings_own_event(index: MentionIndex, sent_start: int, words: str) -> bool:
    """"A, B and C attended the forum" after "held a forum in Fuzhou today to sign a memorandum", "C was
    also present at the meeting" after "A met B and signed a memorandum": the event ``words`` name is
    the one a sentence just before tells the signing took place at, so those who attended it witnessed."""
    event = _K.other_event_re.search(words)
    if event is None:
        return False
    told = _K.event_told_re[event.group().casefold()]
    text = index.doc.text
    earlier = index.doc.body_sentences_between(max(0, sent_start - 3000), sent_start)[-3:]
    if any(_K.sign_re.search(text, s, e) and told.search(text, s, e) for s, e in earlier):
        return True
    # "Suzhou and Soochow University signed an agreement ... / Several leaders attended the meeting, including
    # A": "the meeting" of a story that has told a signing and no other meeting is the signing's
    # (a meeting attended only: "the forum was attended by 500 people" tells of a forum, whether or not named
    # before, and "The meeting was chaired by A" of a meeting of its own)
    if event.group().casefold() != "meeting" or not re.search(r"(?i)\battend", words) \
            or not re.match(r"(?i)the\s+", words[event.start() - 4 : event.start()]):
        return False
    before = index.doc.body_sentences_between(0, sent_start)
    return any(_K.sign_re.search(text, s, e) for s, e in before) \
        and not any(told.search(text, s, e) or _MEETING_WORD_RE.search(text, s, e) for s, e in before)


def _attendants_announced_before(index: MentionIndex, sent_start: int) -> bool:
    """"Several deans were present. / These included A, B and C", "... was attended by A and B. / Those
    from Delta Bank included C": the sentence just before tells who attended the signing, so a sentence
    opening "These included" goes on with them (not "These included a memorandum on ...", after a
    sentence about the agreements)."""
    text = index.doc.text
    before = index.doc.body_sentences_between(max(0, sent_start - 3000), sent_start)[-1:]
    for start, end in before:
        if _FORWARD_WITNESS_RE.search(text, start, end):
            return True
        for cue in _BACKWARD_WITNESS_RE.finditer(text, start, end):
            if _CLAUSE_END_RE.match(text, cue.end(), end) or _ON_THE_OCCASION_RE.match(text, cue.end(), end) \
                    or _about_the_signing(text, cue.end(), end):
                return True
    return False


# "The prime minister ", "the Governor also ": a title alone, as the subject of a witness verb
_TITLE_REFERENT_RE = re.compile(r"\s*[Tt]he\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+(?:also\s+|then\s+|later\s+)?")


# "A and the Vice President witnessed": a title alone joined to a list of names
_AND_THE_TITLE_RE = re.compile(r"\s*,?\s*and(?=\s+[Tt]he\s)")


def _title_holder(index: MentionIndex, clause_start: int, cue: int, sent_start: int) -> list[Span]:
    """"The prime minister witnessed the signing": the one person the text
    before names with that title ("Caretaker Prime Minister A"), if just one."""
    text = index.doc.text
    titled = _TITLE_REFERENT_RE.fullmatch(text, clause_start, cue)
    if titled is None or titled.group(1).split()[-1].casefold() not in TITLE_WORDS:
        return []
    title = re.compile(r"(?i)(?<![\w-])" + r"\s+".join(map(re.escape, titled.group(1).split())) + r"(?![\w-])")
    holders: dict[str, Span] = {}
    for person in index.persons_between(0, sent_start):
        if title.search(text, person.start, person.end):
            holders[person.name] = person
    return list(holders.values()) if len(holders) == 1 else []


# a cue that ends its line as a heading over a list: "Witnessed by:", "attended by the following guests:"
_HEADING_END_RE = re.compile(r"\s*(?:the\s+following\b[^.:\n]{0,80})?:[ \t]*")
# a list's item line: a bullet, if any, then the person within the line's first words
_ITEM_BULLET_RE = re.compile(r"[ \t]*(?:[-•*·–—]|\d{1,2}[.)])?[ \t]*")
_ITEM_NAME_REACH = 40  # characters from the item's start to the person's name ("Assoc. Prof. Dr. ")
_ITEM_LINE_LIMIT = 300  # a longer line is prose, not an item
_MOST_ITEMS = 15


def _items_on_lines(index: MentionIndex, heading_end: int) -> list[Span]:
    """The people a heading's list names, one per line after it ("- President
    A,", "Prof. B, Dean, Faculty of Science"), up to the first unbulleted line
    that names no one at its start, a line of prose, or a heading of its own."""
    text = index.doc.text
    listed: list[Span] = []
    for line in re.finditer(r"[^\n]+", text[heading_end:]):
        start = heading_end + line.start()
        if not line.group().strip():
            continue
        # (an item ends with its line, or its sentence where the page ran the list into the prose after it)
        end = min(heading_end + line.end(), index.doc.sentence_at(start + len(line.group()) - len(line.group().lstrip()))[1])
        if len(listed) >= _MOST_ITEMS or end - start > _ITEM_LINE_LIMIT or text[start:end].rstrip().endswith(":"):
            break
        bullet = _ITEM_BULLET_RE.match(text, start, end)
        assert bullet is not None  # (the pattern matches the empty string)
        item_start = bullet.end()
        people = [p for p in index.persons_between(item_start, end) if p.name_start - item_start <= _ITEM_NAME_REACH]
        if people:
            listed.append(people[0])
        elif not bullet.group().strip():
            break  # (a bulleted item whose name was not read leaves the list going on)
    return listed


def _reading_end(index: MentionIndex, end: int) -> int:
    """Where a list after a cue may run to: the sentence's end, or the next
    sentence's when the splitter cut the list after an initial ("D." / "Odgerel")."""
    text = index.doc.text
    while _CUT_AFTER_ABBREVIATION_RE.search(text, max(0, end - 8), end):
        following = index.doc.body_sentences_between(end, len(text))
        if not following or following[0][0] - end > 3:
            break
        end = following[0][1]
    return end


def _partner_named_before(index: MentionIndex, person: Span, sent_start: int) -> Span | None:
    """Whom ``person`` met, as the nearest sentence before that names them
    both tells ("a meeting between A and B"): the other person it names."""
    before = [s for s in index.doc.body_sentences_between(0, sent_start) if s[1] <= sent_start][-_GROUP_REACH:]
    for start, end in reversed(before):
        named = index.persons_between(start, end)
        others = [p for p in named if p.name != person.name]
        if any(p.name == person.name for p in named) and len({p.name for p in others}) == 1:
            return others[0]
    return None


def _group_members(index: MentionIndex, group: str, sent_start: int) -> list[Span]:
    """The people a group word stands for ("the two leaders", "they"): those
    the nearest sentence before that names two or more people names together
    (as many as the word counts, else at most four)."""
    how_many = 3 if re.search(r"(?i)\bthree\b", group) else 2 if re.search(r"(?i)\b(?:two|both)\b", group) else 4
    before = [s for s in index.doc.body_sentences_between(0, sent_start) if s[1] <= sent_start][-_GROUP_REACH:]
    together = _named_together(index, before)
    if together is not None:
        return together[1][:how_many]
    # "... the visit of Deputy Prime Minister A. / The talks were led by A and Foreign Minister B. / They
    # also witnessed": no sentence names two, so the two named last, one sentence each
    single: list[Span] = []
    for start, end in reversed(before):
        for person in reversed(index.persons_between(start, end)):
            if all(p.name != person.name for p in single):
                single.append(person)
        if len(single) >= 2:
            return single[:2]
    return []


# "where they", "at which they": a relative clause opening right before a group word
_RELATIVE_OPENER_RE = re.compile(r"(?i)\b(?:where|(?:at|during|in)\s+which)\s+$")

# the plural titles a group word may hold ("the two mayors"), from ``plural_titles``
_GROUP_TITLE_RE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(h) for h in sorted(PLURAL_HEADS, key=len, reverse=True))
                             + r")(?![\w-])")


def _signing_group(index: MentionIndex, group: str, sent_start: int) -> list[Span]:
    """The people a group word that signs stands for ("they signed", "the two
    mayors signed"): those the nearest of the three sentences before that
    names two or more people names, when it names as many as the word counts
    (two where it does not count them): a sentence naming more leaves open
    which of them signed. A group named by a title ("the two presidents")
    stands for the people the nearest sentence before names with that title,
    however far back: the meeting they held may be told paragraphs earlier."""
    how_many = 3 if re.search(r"(?i)\bthree\b", group) else 2
    # "the two ministers": each of them is written with that title ("the two leaders": any)
    plural = _GROUP_TITLE_RE.search(group)
    text = index.doc.text
    before = [s for s in index.doc.body_sentences_between(0, sent_start) if s[1] <= sent_start]
    # ("Vice-Chancellor" may be written "Vice Chancellor": the last part of the title is looked for;
    # "the heads of state" are each written with their own title, "President A" or "Premier B")
    title = re.split(r"[\s-]", PLURAL_HEADS[plural.group().casefold()])[-1] \
        if plural is not None and plural.group().casefold() != "heads" else None
    if title is None:
        together = _named_together(index, before[-3:])
        return together[1] if together is not None and len(together[1]) == how_many else []
    for start, end in reversed(before):
        named = _named_together(index, [(start, end)])
        if named is not None and all(
                re.search(re.escape(title), text[max(start, p.start - 80) : min(end, p.end + 80)], re.I) for p in named[1]):
            return named[1] if len(named[1]) == how_many else []
    return []


def _named_together(index: MentionIndex, sentences: list[tuple[int, int]]) -> tuple[tuple[int, int], list[Span]] | None:
    """The last of ``sentences`` that names two or more people, with the
    people it names (each once, in order): whom a group word stands for."""
    for start, end in reversed(sentences):
        named: list[Span] = []
        for person in index.persons_between(start, end):
            if all(p.name != person.name for p in named):
                named.append(person)
        if len(named) >= 2:
            return (start, end), named
    return None


def _semicolon_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` kept apart by semicolons, as spans."""
    items: list[tuple[int, int]] = []
    at = start
    for part in text[start:end].split(";"):
        items.append((at, at + len(part)))
        at += len(part) + 1
    return items


def _in_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside parentheses opened after ``start``."""
    return text.count("(", start, pos) > text.count(")", start, pos)


def _item_people(index: MentionIndex, item_start: int, item_end: int, last: bool) -> list[Span]:
    """The people one item of a semicolon list names: its opening person, with
    her post after her ("A, Dean at X"); every name of an item of names only
    ("Zhang Dong, Yao Kai and Wang Zhipeng"), or of the item next to the cue."""
    text = index.doc.text
    lead = re.match(r"\s*(?:and\s+)?", text[item_start:item_end])
    pos = item_start + (lead.end() if lead else 0)
    listed = forward_list(index, pos, item_end)
    if not listed or listed[0].start > pos + 1:
        return []
    names_only = " and " in text[pos:item_end] and not re.search(r"\b(?!and\b)[a-z]", text[pos:item_end])
    return listed if last or names_only else listed[:1]


# the unnamed rest of a list, at its end: ", and others", "; and many others", "and other officials"
_AND_OTHERS_RE = re.compile(r"(?i),?\s*\band\s+(?:many\s+|several\s+|some\s+)?others?(?:\s+[a-z]+)?\s*$")


def _items_before(index: MentionIndex, start: int, cue: int) -> list[Span] | None:
    """"A, Dean at X; B, Registrar at Y; and C, Assistant Registrar; were also
    present": a list whose items, kept apart by semicolons, each open with a
    person; the people each item lists (not the words of their posts), or None
    when the words before the cue are no such list."""
    text = index.doc.text
    items = _semicolon_items(text, start, cue)
    if len(items) < 2:
        return None
    others = _AND_OTHERS_RE.search(text, items[-1][0], items[-1][1])
    if others is not None:
        items[-1] = (items[-1][0], others.start())  # "...; C, Proctor, and others were present": the named
    if not text[items[-1][0] : items[-1][1]].strip():
        items.pop()  # "...; and C, Assistant Registrar; were also present"
    found: list[Span] = []
    for number, (item_start, item_end) in enumerate(reversed(items)):  # back from the cue, while items open with a person
        listed = _item_people(index, item_start, item_end, last=number == 0)
        if not listed and number > 0:
            # "Proctor Professor Dr. Mir Md. A": an item that opens with titles and styles, then a person
            named = index.persons_between(item_start, item_end)
            if named and re.fullmatch(r"\s*(?:(?:and\s+)?[A-Z][\w.'’-]*\s+)*", text[item_start : named[0].start]):
                listed = named[:1]
        if not listed and number == 0 and others is not None:
            continue  # "...; Radheshyam, serving as ..., and others were present": a name no reader knew
        if not listed:
            break
        found = listed + found
    return found if len(found) >= 2 else None


def _items_after(index: MentionIndex, start: int, end: int) -> list[Span]:
    """"Officials attending included A, deputy director of X; B, director of Y;
    and C, its deputy director.": the people the items of a semicolon list
    open with, up to the first item that opens with no one."""
    found: list[Span] = []
    for item_start, item_end in _semicolon_items(index.doc.text, start, end):
        listed = _item_people(index, item_start, item_end, last=False)
        if not listed:
            break
        found.extend(listed)
    return found


def witness_cues(index: MentionIndex, sent: tuple[int, int]) -> tuple[list[Span], list[tuple[int, int]]]:
    """Witnesses in one sentence, and the spans their cue lists cover."""
    text = index.doc.text
    start, end = sent
    witnesses: list[Span] = []
    covered: list[tuple[int, int]] = []
    cues = list(_FORWARD_WITNESS_RE.finditer(text, start, end))
    going_on = _K.witness_continuation_re.match(text, start, end)
    if going_on is not None and not cues and _attendants_announced_before(index, start):
        cues.append(going_on)
    for cue in cues:
        if _about_another_event(text, start, cue.end()) and not _K.sign_re.search(text, cue.end(), end) \
                and not _the_signings_own_event(index, start, text[start : cue.end()]):
            continue
        at = cue.end()
        group = _K.witness_group_re.match(text, at)
        rest = text[group.end() : end] if group is not None else ""
        named_after = forward_list(index, end - len(rest.lstrip(", ")), _reading_end(index, end)) \
            if group is not None else []
        if group is not None and len(named_after) >= 2:
            # "in the presence of the heads of state A and B", "of the two presidents, A and B": the group,
            # then its members by name
            witnesses.extend(named_after)
            covered.append((cue.start(), named_after[-1].end))
            continue
        if group is not None:
            # "in the presence of the two leaders": the two the sentences before name
            members = _group_members(index, group.group(), start)
            witnesses.extend(members)
            continue
        side = index.org_starting_at(at + 4 if text.startswith("the ", at) else at)
        comma = re.match(r",\s+", text[side.full_end : side.full_end + 3]) if side is not None else None
        if side is not None and comma is not None:
            at = side.full_end + comma.end()  # "by the University of Murcia, the rector, A"
        reach = _reading_end(index, end)
        listed = forward_list(index, at, reach)
        if not listed and _HEADING_END_RE.fullmatch(text, at, reach):
            # "The ceremony was attended by the following board members:" then one line each
            listed = _items_on_lines(index, reach)
            witnesses.extend(listed)
            if listed:
                covered.append((cue.start(), listed[-1].end))
            continue
        if not listed and not _VERB_AFTER_RE.search(text, at, reach):
            # "attended by MNNIT's Prof Geetika, dean (RGIA), Prof Rakesh Narain, ...": a first item the
            # list reader cannot read; the list is all the sentence has left, and names its people
            listed = index.persons_between(at, reach)
        if listed and _COPULA_CUE_RE.search(cue.group()) and ";" in text[at:reach]:
            items = _items_after(index, at, reach)
            listed = items if len(items) > len(listed) else listed
        elif listed and _COPULA_CUE_RE.search(cue.group()):
            # "Also present were A and B, C, and D": nothing follows the list but more of it
            while True:
                more = re.match(r"\s*(?:,|;)\s*(?:and\s+)?|\s+and\s+", text[listed[-1].end : reach])
                further = forward_list(index, listed[-1].end + more.end(), reach) if more else []
                if not further:
                    break
                listed.extend(further)
        if listed and not _VERB_AFTER_RE.search(text, at, reach):
            # "attended by AFF President, Major General A, FIFA Council Member, Mr B, ...": a long list of
            # titles and names the list reader lost its way in; the people the sentence has left are its own
            read_already = {p.name for p in listed}
            for person in index.persons_between(listed[-1].end, reach):
                # each after a comma, semicolon or "and" and its title ("..., Mr B", "; Associate Professor Dr. C"),
                # not "in the presence of A at Lok Seva Bhavan", a hall the model took for a person
                if not _NEXT_ITEM_RE.search(text, listed[-1].end, person.start):
                    break
                if person.name not in read_already:
                    listed.append(person)
        if listed and _UNNAMED_COUNTERPART_RE.match(text, listed[-1].end, reach):
            # "in the presence of Minister A and his Australian counterpart": the one A met, named before
            partner = _partner_named_before(index, listed[-1], start)
            listed = listed + ([partner] if partner is not None else [])
        # "presided over by Vice Chancellor A, who signed on behalf of ...": A signed, and the list ends
        signing = [k for k, p in enumerate(listed) if _WHO_SIGNED_RE.match(text, p.end, reach)]
        if signing:
            listed = listed[: signing[0]]
        # "In the presence of Ambassador A, the Chairman of X, B, and the Chairman of Y, C, signed the MoU":
        # the parse makes B and C the subject of "signed"; the presence is A's alone
        subject_at = _signing_subject_start(index, at, end)
        pair_at = _final_pair_signing(index, listed, end, subject_at)
        if pair_at is not None and (subject_at is None or subject_at > pair_at):
            subject_at = pair_at  # (a parse that gives the verb only the last of the two)
        if subject_at is not None:
            listed = [p for p in listed if p.name_start < subject_at]
        # "as witnessed by Prime Minister A, who was accompanied by B and C": whom A brought along are
        # told of A, not named as witnesses
        companions = [k for k, p in enumerate(listed) if _ACCOMPANIED_AFTER_RE.match(text, p.end, reach)]
        if companions:
            listed = listed[: companions[0] + 1]
        witnesses.extend(listed)
        if listed:
            covered.append((cue.start(), listed[-1].end))
    for cue in _BACKWARD_WITNESS_RE.finditer(text, start, end):
        if text[cue.end() : cue.end() + 4] == " by ":
            continue
        word = cue.group().casefold()
        bare = word.startswith(("attended", "were", "was", "looked on")) and _CLAUSE_END_RE.match(text, cue.end(), end) is not None
        # "A and B were present on behalf of ECCSL": present for a side, at the signing the sentence is in
        for_a_side = word.endswith("present") and re.match(r"(?i),?\s+" + _K.behalf + r"\s", text[cue.end() : end]) is not None
        if word.endswith("present") and not bare and not for_a_side and not _ON_THE_OCCASION_RE.match(text, cue.end(), end):
            continue
        if not bare and not for_a_side and not _about_the_signing(text, cue.end(), end) \
                and not _the_signings_own_event(index, start, text[cue.end() : min(end, cue.end() + 50)]):
            continue
        if _ALSO_SIGNED_RE.match(text, cue.end(), end):
            continue  # "A and B attended the meeting and jointly signed the memorandum": signers
        clause_start = _list_start(index, start, _clause_start(text, start, cue.start()))
        # "A, Dean; B, Registrar; were also present": from the sentence's start when the clause is empty
        # (or holds only the list's unnamed rest: "...; C, Proctor; and others were present")
        rest = text[clause_start : cue.start()]
        before = _items_before(index, clause_start if rest.strip() and not _AND_OTHERS_RE.fullmatch(rest) else start,
                               cue.start())
        if before is None and ";" in text[start:clause_start]:
            # "A, Vice-Chancellor of X; ...; C, serving as ..., and others were present": the clause is the
            # list's last item
            before = _items_before(index, start, cue.start())
        if before is None:
            before = backward_list(index, clause_start, cue.start())
        # "the two chairmen then witnessed": the people named earlier
        if not before or re.search(r"(?i)\bthe\s+(?:two|three|both)\s+\w+\s+(?:then\s+|also\s+|jointly\s+)?$",
                                   text[clause_start : cue.start()]):
            if re.search(r"(?i)\b(?:the\s+(?:two|three)|both)\s+\w+\s+(?:then\s+|also\s+|jointly\s+)?$", text[start : cue.start()]):
                before = index.persons_between(start, cue.start())
        if not before:
            # "The heads of the states held talks and attended the signing ceremony": the two named before
            group = next((g for g in _K.witness_group_re.finditer(text, clause_start, end)
                          if g.end() <= cue.start() and not index.persons_between(g.end(), cue.start())), None)
            if group is not None:
                before = _group_members(index, group.group(), start)
        if not before:
            # "The prime minister witnessed the signing": the one person the article named with that title
            before = _title_holder(index, clause_start, cue.start(), start)
        elif (and_the := _AND_THE_TITLE_RE.match(text, max(p.end for p in before), cue.start())) is not None:
            # "Prime Minister A and the Chinese Vice President witnessed": the second by the title named before
            before = before + _title_holder(index, and_the.end(), cue.start(), start)
        if not before:
            # "Prof AS Achalkumar, Dean (Outreach), IIT Guwahati and Dr N Mohondas Singh, ... were also
            # present": names the people pass did not know, read as a list from the clause's start
            lead = re.match(r"\s*", text[clause_start : cue.start()])
            before = forward_list(index, clause_start + (lead.end() if lead else 0), cue.start())
        before = [p for p in before if not any(a <= p.name_start < b for a, b in covered)]
        witnesses.extend(before)
        # a witness is no signer of the sentence ("A and B witnessed the exchange of the MoUs")
        covered.extend((p.name_start, p.name_end) for p in before)
        if before:
            # "A witnessed the signing of the agreement with B, vice president of X": B too
            company = _WITNESS_COMPANY_RE.match(text, cue.end(), end)
            joined = forward_list(index, company.end(), end) if company else []
            witnesses.extend(joined)
            covered.extend((p.name_start, p.name_end) for p in joined)
    # "..., with Governor Tikhonov and Vice Governor Sun Meiling looking on"
    for cue in _LOOKING_ON_RE.finditer(text, start, end):
        listed = forward_list(index, cue.end(), end)
        if listed and _LOOKING_ON_AFTER_RE.match(text, listed[-1].end, end):
            witnesses.extend(listed)
            covered.append((cue.start(), listed[-1].end))
            continue
        # "with representatives of the 23 universities as well as Deputy Minister A and Mayor B witnessing"
        last = _LOOKING_ON_AFTER_ANYWHERE_RE.search(text, cue.end(), min(end, cue.end() + 240))
        if last is None or re.search(r"[;]|\.\s", text[cue.end() : last.start()]):
            continue
        named = index.persons_between(cue.end(), last.start())
        if named and re.fullmatch(r"[\s,)(\w'’-]*?", text[named[-1].end : last.start()]) \
                and len(text[named[-1].end : last.start()]) < 20:
            witnesses.extend(named)
            covered.append((cue.start(), named[-1].end))
    if not witnesses:
        # a photo's caption, no verb: "President Yuan Liang and Mayor He Maoxie in the agreement signing ceremony"
        lead = re.match(r"\s*", text[start:end])
        listed = forward_list(index, start + (lead.end() if lead else 0), end, allow_bare=False) \
            if _CAPTION_RE.search(text, start, end) else []  # (a bare name read here is kept as a person's)
        if listed and _CAPTION_RE.match(text, listed[-1].end, end):
            witnesses.extend(listed)
            covered.append((start, listed[-1].end))
    return witnesses, covered


# ", Director" or ", IIT Madras" after a listed name: one post or body, then maybe the next
# (", Deputy Chairman of the foundation’s Board": a body named by its head word, in lower case, owns the post)
# (", Head of the Technical Office ... at the Ministry of Foreign Affairs, and Dr. B": "at" and "in" join its words)
_AFFILIATION_RUN_RE = re.compile(r"\s*,\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|and|for|the|at|in|&|[a-z][\w-]*['’]s|"
                                 r"[A-Z(][\w'’&./()-]*))*")
# "B, Ministers of Energy for Ghana and South Africa respectively": a plural post, then the sides
_PLURAL_POST_FOR_RE = re.compile(r",\s*(?:the\s+)?[A-Z][\w'’-]*s(?:\s+of\s+[A-Z][\w'’-]*(?:\s+and\s+[A-Z][\w'’-]*)?)?\s+for\s+"
                                 r"(?=[^.;]{0,80}\brespectively\b)")
# "on behalf of NML & Shri T. K. Konar": the next signer, by an honorific, ends the side
_NEXT_HONORED_RE = re.compile(r"\s+(?:&|and)\s+(?:" + "|".join(re.escape(h[:1].upper() + h[1:])
                                                            for h in sorted(HONORIFICS, key=len, reverse=True)) + r")(?![\w'’])")
# ("on behalf of both sides signed": whose side, not who signed)
_SIDES_SUBJECT_RE = re.compile(r"(?i)(?<!\bof\s)(?<!\bfor\s)\b(?:the|both|two)\s+(?:two\s+)?(?:sides|parties)\s+(?:\w+\s+)?$")
# "..., Prime Minister A said": the one named speaks, after a phrase about the signing
_SPEAKER_AFTER_RE = re.compile(r"(?i)\s+(?:also\s+)?(?:said|says|told|added|noted|stated|remarked|emphasi[sz]ed|stressed)\b")
_REPORTING_RE = re.compile(r"(?i)\b(?:said|says|told|announced|noted|stated|added|explained|reported)\b")
# ", told Xinhua ", " said ": a speech verb and its hearer between a person and the "after signing" that follows
_SPEAKS_THEN_RE = re.compile(r",?\s+(?:said|says|told|noted|stated|added|explained)(?:\s+(?:[A-Z][\w.]*|reporters|journalists|the\s+press|the\s+media)){0,3}\s+")
# ", Prof B", " and Dr C": the next item of a list, opened by an honorific
_NEXT_HONORED_ITEM_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)((?:" + "|".join(
    re.escape(h[:1].upper() + h[1:]) for h in sorted(HONORIFICS, key=len, reverse=True)) + r")\s)")
_ASIDE_RE = re.compile(r"\s*\([^()]{1,60}\)")
_INCLUDING_RE = re.compile(r"(?:[\w'’-]+\s+){1,6}?(?:including|among\s+them|namely)\s*,?\s+")
# a list the words after "by" introduce with a colon: "by the governors for the five countries, namely: A, ...; B, ..."
_NAMED_LIST_RE = re.compile(r"[^.;:]{0,160}?(?:\bnamely|\bas\s+follows|\bthe\s+following)\s*:\s*")
_CLOSING_AND_RE = re.compile(r",\s+and\s+(?:the\s+)?")
# from one signer's name to the next one's: the rest of the first one's post, an "and", the next one's
# title; no word that leads out of the list ("at the office of", "during", "while")
_LIST_GOES_ON_RE = re.compile(r"(?:(?!\b(?:at|during|while|whereas|before|after|when|who|which|said)\b)[^;.])*?"
                              r"\band\s(?:(?!\band\b)[^;.])*")
_LIST_SEPARATOR_RE = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:by\s+)?")
_LOOKING_ON_RE = re.compile(r"(?i)\bwith\s+")
# "..., with Prime Minister Batbold in attendance", "with the two presidents looking on"
_LOOKING_ON_AFTER_RE = re.compile(r"(?i)\s*(?:(?:looking|looked)\s+on|in\s+attendance|present|witnessing)\b")
# a witness verb's subject who signed too: "attended the meeting and jointly signed the memorandum"
# (not "witnessed the signing and exchange of the agreements": a second noun of the signing, no deed of theirs)
# ("A and B took part in a ceremony where they re-signed the agreement": the same people, in a relative clause)
_ALSO_SIGNED_RE = re.compile(r"[^.;]{0,60}?(?<!signing )(?<!signature )\b(?:and|(?:where|(?:at|during|in)\s+which)\s+they)\s+"
                             r"(?:jointly\s+|also\s+|then\s+|later\s+)?(?![\w-]*ing\b)(?:" + _K.sign_re.pattern + r")", re.I)
# what follows the people of a caption that shows them at the signing ceremony, to the sentence's end
_CAPTION_RE = re.compile(r"(?i)\s+(?:at|in|during)\s+the\s+(?:[\w-]+\s+){0,3}ceremony\b[^.;,]{0,40}[.]?\s*$")
# "... and his Australian counterpart." with no name after it
_UNNAMED_COUNTERPART_RE = re.compile(r"\s*,?\s+and\s+(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart\b(?!\s*,?\s*(?:[A-Z]|Mr|Ms|Dr))")
# a verb after a cue's list: the list is not all the sentence has left
# the end of the words before the next person of a list: a separator, then only title-like words
# ("and Norland State Department of Education official B": a body's name, then a post in lower case)
_NEXT_ITEM_RE = re.compile(r"(?:[,;]|\band\b)\s*(?:(?:such\s+as|including|among\s+them|namely)\s+)?(?:the\s+)?(?:(?:[A-Z][\w’'.()-]*|of|and|for|the)\s+)*"
                           r"(?:[A-Z][\w’'.()-]*\s+(?:official|officer|representative)\s+)?$")
_VERB_AFTER_RE = re.compile(r"(?i)\b(?:said|says|added|noted|stated|who|which|while|whereas|but)\b|" + _K.sign_re.pattern)
# the object of a witness verb, then the people who witnessed it with the subject
_WITNESS_COMPANY_RE = re.compile(r"(?i)[^.;]{0,80}?\b(?:together\s+with|along\s+with|with)\s+")
_LOOKING_ON_AFTER_ANYWHERE_RE = re.compile(r"(?i)\b(?:looking\s+on|in\s+attendance|witnessing)\b")
_ACCOMPANIED_AFTER_RE = re.compile(r"\s*,?\s*(?:who\s+(?:was|were|is|are)\s+)?accompanied\s+by\b", re.I)
_WHO_SIGNED_RE = re.compile(r"\s*,?\s*who\s+(?:also\s+|then\s+)?(?:" + _K.sign_re.pattern + r")", re.I)


def _signing_subject_start(index: MentionIndex, at: int, end: int) -> int | None:
    """Where the subject of an active signing verb after ``at`` begins, when the
    parse puts that subject after ``at`` (inside what a witness cue's list would
    read): "In the presence of A, B and C signed" gives B's start."""
    text = index.doc.text
    for verb in _ACTIVE_SIGN_RE.finditer(text, at, end):
        token = index.doc.parsed_token_at(verb.start())
        subjects = [c for c in token.children if c.dep_ == "nsubj"] if token is not None else []
        if len(subjects) == 1 and subjects[0].left_edge.idx > at:
            return subjects[0].left_edge.idx  # (two subjects: a parse that lost its way)
    return None


# between the last two people of a list: "and" (after a comma or a post set off), then titles
_AND_LAST_RE = re.compile(r"(?:\s*[,–—-][^;()]{0,80}?)?,?\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
# between the last one and an active signing verb: nothing, or that one's post set off by commas
_SET_OFF_THEN_VERB_RE = re.compile(r"(?:\s*,[^;,()]{1,80},)?\s*,?\s*(?:(?:has|have|had|also|jointly|then)\s+)*$")


def _final_pair_signing(index: MentionIndex, listed: list[Span], end: int, subject_at: int | None) -> int | None:
    """Where the signers begin in "In the presence of W, A(, post,) and B(, post,)
    signed ...": the active verb needs a subject, and the last two people,
    joined by "and" right before it, are that subject, whether the parse finds
    none or gives the verb only B (which the list may have stopped short of)."""
    text = index.doc.text
    verb = _ACTIVE_SIGN_RE.search(text, listed[-1].end, end) if listed else None
    if verb is None:
        return None
    subject = index.person_at(subject_at) if subject_at is not None else None
    if subject is None:
        after = index.persons_between(listed[-1].end, verb.start())
        subject = after[0] if len(after) == 1 else None
    if subject is not None and listed[-1].end <= subject.name_start < verb.start():
        listed = [*listed, subject]
    if len(listed) < 3:
        return None
    if not _SET_OFF_THEN_VERB_RE.fullmatch(text, listed[-1].end, verb.start()) \
            or not _AND_LAST_RE.fullmatch(text, listed[-2].end, listed[-1].start) \
            or is_future(text, verb.start(), end):
        return None
    return listed[-2].name_start


def _list_start(index: MentionIndex, sent_start: int, clause_start: int) -> int:
    """"A, Party secretary of Hebei; B, acting governor, and C, president of
    X, attended": items "name, post" kept apart by semicolons are one list, so
    its clause reaches back over every item that opens with a person's name."""
    text = index.doc.text

    def opens_with_a_person(at: int) -> bool:
        lead = re.match(r"\s*(?:and\s+)?", text[at : at + 8])  # "...; and C, its deputy director, attended"
        return index.person_at(at + (lead.end() if lead else 0)) is not None

    while clause_start > sent_start and text[clause_start - 1] == ";" and opens_with_a_person(clause_start):
        previous = text.rfind(";", sent_start, clause_start - 1)
        item = sent_start if previous < 0 else previous + 1
        if not opens_with_a_person(item):
            break
        clause_start = item
    return clause_start


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    """Where the clause of the verb at ``pos`` begins: after a semicolon or
    an earlier finite verb of the same sentence ("A met B, and C attended")."""
    head = text[sent_start:pos]
    cut = max(head.rfind(";") + 1, head.rfind(" while ") + 1, 0)
    verbs = list(_EARLIER_VERB_RE.finditer(head))
    if verbs:
        cut = max(cut, verbs[-1].end())
    return sent_start + cut


# "represented X and Y, respectively": the sides, in the order of the people before the verb
_RESPECTIVELY_RE = re.compile(r",?\s+respectively\b")
_SIDE_JOINT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "represented the province at the online signing ceremony": the signing named after the side
_AT_THE_RE = re.compile(r"\s(?:at|in|during)\s+the\s+")


def represented_respectively(text: str, pos: int, end: int) -> list[str]:
    """The sides of "represented X and Y, respectively" (the phrase at
    ``pos``), one per person in the subject's order; empty where the phrase
    has no "respectively"."""
    respectively = _RESPECTIVELY_RE.search(text, pos, end)
    if respectively is None or re.search(r"[.;]", text[pos : respectively.start()]):
        return []
    return [side.strip() for side in _SIDE_JOINT_RE.split(text[pos : respectively.start()]) if side.strip()]


def _at_the_signing(text: str, pos: int, end: int) -> int | None:
    """Where "at the (online) signing (ceremony)" begins after ``pos`` in the
    clause: a representation at the signing itself."""
    for at in _AT_THE_RE.finditer(text, pos, end):
        if re.search(r"[,;]", text[pos : at.start()]):
            return None
        words = re.match(r"(?:[\w-]+\s+){0,2}", text[at.end() : end])
        starts = [at.end()] + [at.end() + w.end() for w in re.finditer(r"[\w-]+\s+", words.group() if words else "")]
        if any(_K.sign_re.match(text, word) for word in starts):
            return at.start()
    return None


def _joined_subject(text: str, people: list[Span]) -> list[Span]:
    """The people a subject joins by "and" or "as well as" ("A, Title, and
    B, Title,", "A, Title, as well as its Title, B,"), back from the last one
    before the verb; not across another verb, a "with" or "and his
    counterpart" ("A said B signed", "A met B, and C signed")."""
    together = [people[-1]]
    for person in reversed(people[:-1]):
        link = text[person.end : together[0].start]
        if not re.search(r"\b(?:and|as\s+well\s+as)\b", link) or _REPORTING_RE.search(link) or _K.sign_re.search(link) \
                or re.search(r"(?i)\b(?:with|met|and\s+(?:his|her|their)\s+counterparts?)\b", link):
            break
        together.insert(0, person)
    return together


_EARLIER_VERB_RE = re.compile(r"\b(?:" + _K.signed_words + "|" + _K.witness_acts + r"|met|said|held)\b[^,]*,\s*and\s+")
# an earlier verb of the sentence whose clause ends at ", and" right before another verb with no subject of its own
_SHARED_SUBJECT_RE = re.compile(r"\b(?:met|held|attended)\b[^,]*,\s*and\s+(?:(?:then|also|jointly|later)\s+)?")


# "A, who represented the Vice-Chancellor, Prof. B, signed": the person someone stood in for, named after
# that person's post, did not sign
STOOD_IN_FOR_RE = re.compile(r"\b(?:who\s+(?:was\s+)?)?(?:represent(?:ed|ing)|standing\s+in\s+for|stood\s+in\s+for)\s+"
                              r"(?:the\s+|his\s+|her\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,3}(?:\s*\([^()]{1,30}\))?,?\s+"
                              r"(?:(?:Prof|Dr|Mr|Mrs|Ms|Engr|Arc)\.?\s+)*$")


class SideRef:
    """A side as written after "for" / "on behalf of": a body, a
    description, a pronoun, or the collective "both sides"."""

    COLLECTIVE_RE = re.compile(
        r"(?i)^(?:both\s+(?:sides|parties)|the\s+(?:two|three|four)\s+(?:sides|parties|cities|institutions|"
        r"universities|companies|governments|organizations|organisations)|(?:their|its)\s+respective\s+\w+|"
        r"respective\s+\w+|each\s+side|the\s+two\s+\w+)"
    )
    PRONOUN_RE = re.compile(r"(?i)^(?:his|her|their|its)\s+(?:company|companies|sides?|organi[sz]ations?|institutions?|"
                            r"universit(?:y|ies)|city|cities|governments?|groups?|banks?|firms?|"
                            r"ministr(?:y|ies)|clubs?)\b|^(?:hers|his|theirs)\b")


_SIGN_FOR_RE = _K.sign_for_re
# "the agreements (that) they had signed": a relative clause on the documents, whose pronoun is no one the
# clause names before
_RELATIVE_SIGNED_RE = re.compile(r"(?i)\b" + _K.document_words + r"\s+(?:that\s+|which\s+)?(?:they|he|she|we)\s+"
                                 r"(?:(?:had|have|has|also|then|jointly|just|earlier|previously|recently)\s+)*$")
_SIGNING_WERE_RE = re.compile(r"(?i)\bsigning\s+(?:the\s+\w+(?:\s+\w+){0,2}\s+)?(?:" + _K.behalf + r"|for)\s+"
                              r"([^,;.]{1,80}?)\s+(?:were|was)\s+")
# what ends the people one "on behalf of X by" introduces: another clause or the signing's witnesses
_SIDE_LIST_STOP_RE = re.compile(r"(?i);|,?\s+(?:while|whereas|respectively|in\s+the\s+presence|witness|who|which|were|was|"
                                + _K.witness_acts + "|" + _K.signed_words + r")\b")
_BEHALF_BY_RE = re.compile(r"(?i)(?:\b" + _K.behalf + r"|\bsigned\s+for|\band\s+for)\s+((?:the\s+)?[A-Z][^,;.]{0,80}?)(?<!\band)(?<!\bor)(?:\s+by\s+|,\s+(?=(?-i:[A-Z])))")
# a "by" after another deed's participle ("endorsed by", "led by", "described by"), which does not name
# the signers, unless it tells whom a side was represented by
_ANOTHER_DEED_BY_RE = re.compile(r"\s(?!represented\b)(?:[a-z]+ed|led)\s+by\s+$")
_BY_RE = _K.passive_by_re  # "signed on 18.5.2024 in ... by", "sealed by"
# "Delta Motors signed an agreement ... during a visit to its headquarters on Monday by Premier A": after an
# active "signed" (its signers are its subject), the "by" after a visit is the visit's (not after a passive:
# "The MoU was signed during the official visit to Japan by A" names its signer)
_VISIT_BY_RE = re.compile(r"(?i)\b(?:visits?|trip|tour)\b(?:\s+(?!by\b)[^\s.;]+){0,8}\s+by\s+$")
_PASSIVE_BEFORE_RE = re.compile(r"(?i)\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+|also\s+|jointly\s+)?$")


def _could_sign(index: MentionIndex, span: Span) -> bool:
    """Whether a name read as a person's may be a signer's: not a country
    ("Nepal"), nor a piece of a body's name ("Jiangxi People" out
    of "Jiangxi People's Association", "Vanuatu Signs Memorandum" out of a
    headline), nor a place whose government or people the words after it
    name ("the Tamil Nadu government", which the model may read as a person)."""
    words = span.name.casefold().split()
    return not (set(words) & _K.not_signer_words or span.name in _K.countries
                or any(w in _COUNTRY_WORDS for w in span.name.split())
                or _GOVERNMENT_AFTER_RE.match(index.doc.text, span.name_end)
                # "to ship products to the world from Jebel Ali": a bare name after a preposition of place
                or span.start == span.name_start and _PLACE_BEFORE_RE.search(index.doc.text, max(0, span.start - 8),
                                                                             span.start) is not None)


_PLACE_BEFORE_RE = re.compile(r"(?<![\w-])(?:from|in|at|into|near)\s+$")
# "the Tamil Nadu government", "Punjab govt", "the Davao people": a place's government or people
_GOVERNMENT_AFTER_RE = re.compile(r"\s+(?:(?:state|provincial|city|municipal|county|district|regional|federal|local)\s+)?"
                                  r"(?:government|govt|administration|people|residents|authorities)\b")


# a country's name or its people's adjective inside a name read as a person's ("Japanese Yen", "Putra
# Malaysia", "Malaysia Perlis"): a piece of a currency's, a body's or a place's name
_COUNTRY_WORDS = frozenset(w for w in (*_K.countries, *_K.country_of_adjective) if " " not in w) - {"US", "UK", "UAE"}


def signer_cues(index: MentionIndex, sent: tuple[int, int], covered: list[tuple[int, int]],
                signing_told: bool = False) -> list[tuple[Span, str | None, int]]:
    """(signer, side phrase as written or None, where the side phrase starts)
    for one sentence; ``signing_told`` where the sentence just before told
    the signing (its "X was represented by A" names A as X's signer)."""
    text = index.doc.text
    start, end = sent
    out: list[tuple[Span, str | None, int]] = []
    seen: set[str] = set()
    person: Span | None
    side: str | None

    def add(span: Span, side: str | None, side_pos: int) -> None:
        if span.name in seen or any(a <= span.name_start < b for a, b in covered) or not _could_sign(index, span) \
                or STOOD_IN_FOR_RE.search(text, max(start, span.name_start - 80), span.name_start):
            return
        seen.add(span.name)
        out.append((span, side, side_pos))

    # "Signing on behalf of the two parties were A and B"
    for cue in _SIGNING_WERE_RE.finditer(text, start, end):
        # "Signing for X was A, while B signed for Y": the list ends at the next clause
        stop = re.compile(r",?\s+(?:while|whereas)\s|;").search(text, cue.end(), end)
        for person in forward_list(index, cue.end(), stop.start() if stop else end):
            add(person, cue.group(1).strip(), cue.start(1))
    # "A, on behalf of X, and B, on behalf of Y, were the signatories on the agreement", "A, who was one
    # of the signatories, said ...": the people of the clause before, each with the side set off after them
    for cue in _K.signers_before_re.finditer(text, start, end):
        people = [p for p in index.persons_between(_clause_start(text, start, cue.start()), cue.start())
                  if not _REPORTING_RE.search(text, p.end, cue.start())]
        for person in people[-1:] if cue.group("one") else people:
            behalf = re.match(r"(?i),?\s*(?:" + _K.behalf + r"|for)\s+", text[person.end : cue.start()])
            side = _side_phrase(text, person.end + behalf.end(), cue.start()) if behalf else None
            add(person, side, person.end + behalf.end() if behalf else -1)
    # "signed on behalf of the Municipality of Zwolle by Mayor A and on behalf of ... by B",
    # "on the part of the State of Qatar by His Excellency A, ..., and on the part of the State of Kuwait, B"
    for cue in _BEHALF_BY_RE.finditer(text, start, end):
        if not cue.group().rstrip().endswith("by") and text[start : cue.start()].strip() \
                and not re.search(r"(?i)\b(?:and|while|whereas)\s+$", text[max(start, cue.start() - 9) : cue.start()]):
            continue  # "A, ..., on behalf of the Ministry, B, CEO, on behalf of NML": the side is A's, not B's
        person = _listed_person(index, cue.end(), end, allow_bare=True)
        if person is not None:
            add(person, cue.group(1).strip(), cue.start(1))
            # "on behalf of X by Chairman A and President B, and on behalf of Y by C", "On behalf of X, A and
            # B while on behalf of Y, C": the pair signed for X
            after = _BEHALF_BY_RE.search(text, person.end, end)
            stop = _SIDE_LIST_STOP_RE.search(text, person.end, after.start() if after else end)
            for other in forward_list(index, cue.end(), stop.start() if stop else after.start() if after else end)[1:]:
                add(other, cue.group(1).strip(), cue.start(1))
    # "The bank was represented at the signing ceremony by A, ..., and the region was represented by its Governor, B"
    # (a delegation "represented by" several people at talks, with no signing told, names no signer)
    for cue in _K.represented_by_re.finditer(text, start, end) if signing_told or _K.sign_re.search(text, start, end) else []:
        side = re.sub(r"^(?:and|while|whereas)\s+", "", cue.group("side").strip())
        pos = cue.end()
        title = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+", text[pos:end])  # "its Governor, B"
        person = _listed_person(index, pos, end, allow_bare=True) or (
            _listed_person(index, pos + title.end(), end, allow_bare=True) if title else None)
        if person is not None:
            add(person, side, cue.start("side"))
    # "signed by A on behalf of MCL while Prof. B, Deputy Director, represented the IIT-ISM": B signed for it
    for cue in _REPRESENTED_SIDE_RE.finditer(text, start, end):
        clause = text.rfind(" while ", start, cue.start())
        clause = max(clause, text.rfind(" whereas ", start, cue.start()))
        people = index.persons_between(clause, cue.start()) if clause >= 0 else []
        if people and not _K.sign_re.search(text, people[0].end, cue.start()):
            add(people[0], _side_phrase(text, cue.end(), end), cue.end())
    # "A and B signed an MoU. / Rector C represented the university, while D represented the company": after
    # the signing's sentence, each person represented (the side may be named by its head word alone); and
    # "A and B represented the province at the signing ceremony", "A and B represented X and Y, respectively",
    # where everyone the subject joins represented a side
    for cue in _K.represented_any_side_re.finditer(text, start, end):
        at_signing = _at_the_signing(text, cue.end(), end)
        each_side = represented_respectively(text, cue.end(), end)
        if not (signing_told or at_signing is not None):
            continue
        people = index.persons_between(_clause_start(text, start, cue.start()), cue.start())
        if not people or _K.sign_re.search(text, people[-1].end, cue.start()):
            continue
        represented = _side_phrase(text, cue.end(), at_signing if at_signing is not None else end)
        subject = _joined_subject(text, people) if at_signing is not None or each_side else people[-1:]
        if len(each_side) == len(subject) > 1:
            for person, its_side in zip(subject, each_side):
                add(person, its_side, cue.end())
            continue
        for person in subject:
            add(person, represented, cue.end())
    # "X signed for A, and Y (signed) for B"
    for cue in _SIGN_FOR_RE.finditer(text, start, end):
        side = _side_phrase(text, cue.end(), end)
        clause = _clause_start(text, start, cue.start())
        if _RELATIVE_SIGNED_RE.search(text, max(clause, cue.start() - 80), cue.start()):
            continue  # "the agreements they had signed for mutual benefits": the documents told again
        subject = [p for p in index.persons_between(clause, cue.start())
                   if not any(a <= p.name_start < b for a, b in covered)]
        plural_own = side.casefold().startswith("their ") and bool(SideRef.PRONOUN_RE.match(side))
        if SideRef.COLLECTIVE_RE.match(side) or (re.search(r"\band\b", side) or plural_own) and len(subject) > 1:
            # "A and B signed for their companies": each for his or her own
            for person in subject:
                add(person, side, cue.end())
            continue
        if subject:
            # "A and B signed on behalf of X": the people the subject joins by "and" all signed for X
            # (not "A said B signed for X", nor "A met B, and C signed for X")
            for person in _joined_subject(text, subject):
                add(person, side, cue.end())
        # "..., and B (, Vice-Chancellor,) (signed) for Y"
        gap = re.compile(r",?\s+(?:and|while)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+[^,;.]{1,60},)?"
                         r"\s+(?:" + _K.signed_words + r"\s+)?(?:" + _K.behalf + r"|for)\s+")
        tail = gap.search(text, cue.end() + len(side), end)
        if tail and tail.start() - (cue.end() + len(side)) < 3:
            person = index.person_at(tail.start(1))
            if person:
                add(person, _side_phrase(text, tail.end(), end), tail.end())
    # "signed by A, ..., for his company and by B, ..., for hers"
    # and "The signatories were A, ..., for X, and B, ..., for Y"
    for cue in [*_BY_RE.finditer(text, start, end), *_K.signer_list_re.finditer(text, start, end)]:
        if _ANOTHER_DEED_BY_RE.search(cue.group()) and not _K.sign_re.search(cue.group().split()[-2]):
            continue  # "signed a memorandum on the grant endorsed by A", "signed during a visit led by A": not the signing's "by"
        if _VISIT_BY_RE.search(cue.group()) and not _PASSIVE_BEFORE_RE.search(text, max(start, cue.start() - 30),
                                                                              cue.start()):
            continue
        first_item = len(out)
        joined: list[int] = []  # items with no side of their own, each followed by a bare "and"
        pos = cue.end()
        including = _INCLUDING_RE.match(text, pos, end)
        if including and _listed_person(index, pos, end, allow_bare=True) is None:
            pos = including.end()  # "by officials from both countries including Truro's mayor A and ..."
        named = _NAMED_LIST_RE.match(text, pos, end) if _listed_person(index, pos, end, allow_bare=True) is None else None
        if named is not None and ";" in text[named.end() : end]:
            # "signed by the governors for the five countries, namely: A, Finance Minister of X; B, Deputy
            # Minister of Y (signing on behalf of C); and D, ...": one signer opens each item
            for item_start, item_end in _semicolon_items(text, named.end(), end):
                lead = re.match(r"\s*(?:and\s+)?", text[item_start:item_end])
                for person in forward_list(index, item_start + (lead.end() if lead else 0), item_end):
                    if not _in_parentheses(text, item_start, person.start):
                        add(person, None, -1)  # (not "(signing on behalf of Finance Minister C)")
            continue
        while pos < end:
            item_start = pos
            person = _listed_person(index, pos, end, allow_bare=True)
            if person is None:
                # "... and the managing directors of Cuxport, A and B": one title shared by two signers
                plural = _K.plural_title_re.match(text, pos + 4 if text.startswith("the ", pos) else pos, end)
                for holder in forward_list(index, plural.end(), end) if plural else []:
                    add(holder, None, -1)
                break
            # ("by A from Plock, B from Zhytomyr and C from Malaga": where each signer comes from is the side)
            after = re.match(r"(?i),?\s*(?:" + _K.behalf + r"|for|from)\s+", text[person.end : end]) \
                or _PLURAL_POST_FOR_RE.match(text[person.end : end])
            post_end = person.end
            if after is None:
                # "A, HoD (Innovation Cell) on behalf of MCL": past the post to the side
                run = _AFFILIATION_RUN_RE.match(text, person.end, end)
                aside = _ASIDE_RE.match(text, run.end(), end) if run else None
                post_end = aside.end() if aside else run.end() if run else person.end
                after = re.match(r"(?i),?\s*" + _K.behalf + r"\s+", text[post_end:end]) if run else None
            side = None
            if after:
                side = _before_next_signer(index, post_end + after.end(),
                                           _side_phrase(text, post_end + after.end(), end))
                side_at = post_end + after.end()
                if after.group().strip(", \t").casefold() == "from":
                    side = _town_or_body_from(index, side_at, side)
                pos = side_at + len(side)
            else:
                pos = person.end
                owner = _OWNER_BEFORE_RE.match(text, item_start, end)
                if owner is not None and owner.end() == person.start:
                    side = re.sub(r"['’]s\s+$", "", owner.group())  # "Nesma's A": A signed for Nesma
            added = len(out)
            add(person, side, pos)
            if side is not None and joined and post_end == person.end and after is not None \
                    and after.group().startswith(","):
                # "by A and B, for and on behalf of X": the side set off after the pair is both's
                for k in joined:
                    out[k] = (out[k][0], side, out[k][2])
            joined = [*joined, added] if side is None and len(out) > added else []
            owned = re.match(r"(?:\s+of\s+the\s+[a-z][\w-]*)?['’]s(?:\s+[A-Z][\w'’&-]*)+", text[pos:end])
            if owned:  # "A, Deputy Chairman of the foundation’s Board, and B": past the rest of the post
                pos += owned.end()
            sep = _LIST_SEPARATOR_RE.match(text, pos, end)
            after_name = pos
            if not (sep and _listed_person(index, sep.end(), end, allow_bare=True)):
                # "A, Director, IIT Madras, and B, ...": past the post and the body it is at, to the next name
                for run in _AFFILIATION_RUN_RE.finditer(text, pos, min(end, pos + 200)):
                    if run.start() != pos:
                        break
                    pos = run.end()
                    sep = _LIST_SEPARATOR_RE.match(text, pos, end)
                    if sep and _listed_person(index, sep.end(), end, allow_bare=True):
                        break
            if not (sep and _listed_person(index, sep.end(), end, allow_bare=True)):
                # "A, the Lower Saxony minister of economic affairs, labour and transport, and the
                # managing directors of X, B and C": past a post in lower case to the last ", and"
                closing = next((m for m in _CLOSING_AND_RE.finditer(text, after_name, min(end, after_name + 160))
                                if _K.plural_title_re.match(text, m.end(), end)
                                and not re.search(r"[;.]\s", text[after_name : m.start()])), None)
                if closing is not None:
                    sep = closing
            if not sep:
                break
            if sep.group().strip() != "and":
                joined = []
            pos = sep.end()
        # "signed by the Director-General of X, Major General A, and the Chairman of Y, B, in the presence
        # of ...", "by Zambia's Minister of Finance, A and the Bank's Resident Representative in Zambia, B",
        # "by PPA general manager A and PSA of Haikou City director general B": where the item reader
        # stopped at a title it cannot walk, a person the clause names after an "and" is the list's next
        # item (not one named "at the office of Governor C")
        last_end = max((span.name_end for span, _, _ in out[first_item:]), default=None)
        for person in _clause_people(index, cue.end(), end):
            if last_end is None and _SPEAKER_AFTER_RE.match(text, person.end, end):
                break  # "Addressing the signing ceremony of the MoU between X and Y, Prime Minister A said": a speaker
            if last_end is None or (person.name_start > last_end
                                    and _LIST_GOES_ON_RE.match(text, last_end, person.name_start)):
                owner = _OWNER_JUST_BEFORE_RE.search(text, max(0, person.name_start - 60), person.name_start)
                add(person, owner.group(1) if owner else None, owner.start(1) if owner else -1)
                last_end = person.name_end
        # "by A and B, Ministers of Energy for Ghana and South Africa respectively": the last
        # item's sides are the whole list's, one each in order
        listed = out[first_item:]
        shared = listed[-1][1] if listed else None
        if shared and re.search(r"\brespectively\b", shared) and all(side is None for _, side, _ in listed[:-1]):
            out[first_item:] = [(span, shared, where) for span, _, where in listed]
    # "A, ..., and B, ..., signed the agreement (on behalf of both sides)"
    for verb in _ACTIVE_SIGN_RE.finditer(text, start, end):
        if is_future(text, verb.start(), end):
            continue  # "A and B will sign the MoU", "A hopes to sign": no signers yet
        if verb.group().casefold().endswith("ing") and re.match(r"\s+of\b", text[verb.end() : verb.end() + 4]):
            continue  # "A tweeted after signing of the MoU": the signing as a thing, whoever did it
        if re.match(r"(?i)\s+(?:" + _K.behalf + r"|for)\s", text[verb.end() : verb.end() + 24]) and out:
            continue
        if text[max(start, verb.start() - 4) : verb.start()].endswith("was ") or \
                text[max(start, verb.start() - 5) : verb.start()].endswith("were "):
            # "The plan was signed with his counterpart, the Minister of Trade B": B signed it
            for person in _partners_with(index, verb.end(), end):
                add(person, None, -1)
            continue
        clause = _clause_start(text, start, verb.start())
        shared_verb = next((m for m in _SHARED_SUBJECT_RE.finditer(text, start, verb.start()) if m.end() == verb.start()), None)
        if shared_verb is not None:
            # "A, B and C met with the delegation, and signed the MOU": the verb has the earlier one's subject
            clause = _clause_start(text, start, shared_verb.start())
        if _SIDES_SUBJECT_RE.search(text, clause, verb.start()):
            continue  # "A and his delegation visited Wuhu and the sides signed a cooperation agreement": the sides did
        if _RELATIVE_SIGNED_RE.search(text, max(clause, verb.start() - 80), verb.start()):
            continue  # "A pledged to follow up the agreements they had signed": the documents told again, not who signed
        # ("A told Xinhua after signing the MoU": the one who speaks after signing is the signer)
        after_own = verb.group().casefold().startswith("after ")
        subject = [p for p in index.persons_between(clause, verb.start())
                   if not any(a <= p.name_start < b for a, b in covered)
                   and not (_REPORTING_RE.search(text, p.end, verb.start())  # "A said B and C signed": A reports
                            and not (after_own and _SPEAKS_THEN_RE.fullmatch(text, p.end, verb.start())))]
        # "on behalf of" anywhere after the verb; a bare "for" only next to it or its object ("signed
        # the MoU for the county"), not "to strengthen cooperation for the development of the two"
        behalf = (re.search(r"(?i)\b(?:" + _K.behalf + r")\s+", text[verb.end() : end])
                  or _NEAR_FOR_RE.match(text[verb.end() : end]))
        side = _side_phrase(text, verb.end() + behalf.end(), end) if behalf else None
        side_pos = verb.end() + behalf.end() if behalf else -1
        sides_set_off = _SIDES_SET_OFF_RE.search(text, subject[-1].end, verb.start()) if subject and not behalf else None
        if sides_set_off is not None and len(subject) >= 2:
            # "A and B, representing X and Y, respectively, signed the agreement": one side each, in order
            side = sides_set_off.group("sides").strip() + (" respectively" if sides_set_off.group("each") else "")
            side_pos = sides_set_off.start("sides")
        for k, person in enumerate(subject):
            own = _OWN_BEHALF_RE.match(text, person.end) if side is None else None
            upto = subject[k + 1].start if k + 1 < len(subject) else verb.start()
            if own is not None and own.end() < upto:
                # "A on behalf of X and B on behalf of Y signed": the side written after each subject
                add(person, re.sub(r",?\s+(?:and|&)$", "", _side_phrase(text, own.end(), upto)), own.end())
                continue
            add(person, side, side_pos)
        before = text[clause : verb.start()]
        if subject or _PRONOUN_SUBJECT_RE.search(before) or set(re.findall(r"[a-z]+", before.casefold())) & TITLE_WORDS:
            # "A signed the agreements with B, mission director of X": B signed too; so do the people
            # listed with B ("with the UoE's VC, Prof B, and the UVAS' VC, Prof C"), and B where the
            # signer before is "he" or one the text names by title only ("Minister of Economy N.Bat")
            for person in _partners_with(index, verb.end(), end):
                add(person, None, -1)
    # "A met in New York today with B to sign a Memorandum": both signed
    for cue in _MET_TO_SIGN_RE.finditer(text, start, end):
        subject = index.persons_between(_clause_start(text, start, cue.start()), cue.start())
        partners = index.persons_between(cue.start("with"), cue.start("sign"))
        if subject and partners:
            for person in [*subject, *partners]:
                add(person, None, -1)
    # "A and B met at the palace. During this meeting, they signed the agreement", "the two mayors signed":
    # a group word with no one named before it in its clause stands for the people named together before
    for cue in _K.signer_group_re.finditer(text, start, end):
        if index.persons_between(_clause_start(text, start, cue.start()), cue.start()):
            continue
        # "A and B took part in a ceremony where they re-signed the agreement": a relative clause's group
        # stands for the people its sentence named before it
        before_clause = index.persons_between(start, cue.start()) \
            if _RELATIVE_OPENER_RE.search(text, start, cue.start()) else []
        members = before_clause if len(before_clause) == 2 and cue.group("group").casefold() == "they" \
            else _signing_group(index, cue.group("group"), start)
        for person in members:
            add(person, None, -1)
    # "an MoU signed between the two presidents after the meeting", "the deal was inked by both mayors": the
    # group as a passive's agent stands for the same people (not where it names them right after:
    # "signed by the two ministers, A and B", which the passive reads)
    for cue in _K.signer_group_agent_re.finditer(text, start, end):
        if _NAMED_AFTER_GROUP_RE.match(text, cue.end()) and index.persons_between(cue.end(), min(end, cue.end() + 80)):
            continue
        for person in _signing_group(index, cue.group("group"), start):
            add(person, None, -1)
    # "signed by A and B on the Catalan side, and by C on the Chinese side", "A, who signed the agreement
    # on the Syrian side": the signers named since the last such phrase signed for the side it names
    since = start
    for cue in _ON_THE_SIDE_RE.finditer(text, start, end):
        out = [(span, cue.group(1), cue.start(1)) if side is None and since <= span.name_start < cue.start()
               else (span, side, where) for span, side, where in out]
        since = cue.end()
    # "On behalf of the two nations, the agreement was signed by A and B": the opening names every side
    # (after a date line: "AKIPRESS.COM - Representing the Governments of Japan and Mongolia, ...")
    opening = re.match(r"\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+[-–—]\s+)?(?:" + _K.behalf
                       + r"|representing)\s+([^,;]{3,60}),", text[start:end], re.I)
    if opening and SideRef.COLLECTIVE_RE.match(opening.group(1)):
        out = [(span, side or opening.group(1), pos if side else start + opening.start(1)) for span, side, pos in out]
    elif opening and re.search(r"\sand\s", opening.group(1)) and len(out) >= 2 \
            and all(side is None for _, side, _ in out):
        # "Representing the Governments of Japan and Mongolia, A and B signed": the sides of all of them
        out = [(span, opening.group(1), start + opening.start(1)) for span, _, _ in out]
    elif opening:
        # "On behalf of Delta Bank, A signed the agreement, while B signed for ...": the side of the one named next
        following = [k for k, (span, side, _) in enumerate(out) if span.name_start >= start + opening.end()]
        first = min(following, key=lambda k: out[k][0].name_start, default=None)
        if first is not None and out[first][1] is None \
                and not text[start + opening.end() : out[first][0].name_start].strip(" ,"):
            out[first] = (out[first][0], opening.group(1), start + opening.start(1))
    return out


# what sets off names given right after a group word: "the two ministers, A and B", "both mayors (A and B)"
_NAMED_AFTER_GROUP_RE = re.compile(r"\s*[,(:–—-]")
# "A met (in X today) with B to sign an agreement": the meeting's two sides signed
_MET_TO_SIGN_RE = re.compile(r"(?i)\bmet\b[^.;]{0,60}?(?P<with>\bwith\s)[^.;]{0,120}?(?P<sign>\bto\s+" + _K.present_sign + r"\b)")


def _partners_with(index: MentionIndex, verb_end: int, end: int) -> list[Span]:
    """The people a signing verb names after "with" (the other signers):
    "signed the agreements with B, mission director of X", "with the UoE's
    VC, Prof B, and the UVAS' VC, Prof C", "was signed with his counterpart,
    the Minister of Trade B"."""
    text = index.doc.text
    partner = _WITH_PERSON_RE.match(text, verb_end, end)
    if partner is None:
        return []
    across = partner.end()
    out: list[Span] = []
    last_end = None
    people = _clause_people(index, across, end)
    for k, person in enumerate(people):
        body = index.org_starting_at(person.name_start)
        if body is not None and body.end > person.name_end:
            break  # "with Hitachi India Private Limited": a body whose name opens like a person's
        if last_end is None and (person.name_start == across or index.person_at(across) is person
                                 or _PARTNER_TITLE_RE.fullmatch(text, across, person.name_start)):
            out.append(person)
        elif last_end is not None and person.name_start > last_end \
                and (_LIST_GOES_ON_RE.match(text, last_end, person.name_start)
                     or _comma_item_of_a_list(text, last_end, person, people[k + 1 :])):
            out.append(person)
        else:
            break
        last_end = person.name_end
    return out


# "with A, Swiss National Bank Chairman B and C": a comma, then the next item's title (no clause)
_COMMA_ITEM_RE = re.compile(r",\s+(?:(?!\b(?:at|during|while|whereas|before|after|when|who|which|said|and)\b)[^;.,]){0,60}")


def _comma_item_of_a_list(text: str, last_end: int, person: Span, later: list[Span]) -> bool:
    """Whether ``person``, set off from the item before by a comma and their
    title alone, is an item of a list of names that an "and" closes: the
    people named next go on from ``person``, by commas, to one an "and"
    brings ("with A, B, C and D")."""
    if not _COMMA_ITEM_RE.fullmatch(text, last_end, person.name_start):
        return False
    before = person
    for other in later:
        if other.name_start <= before.name_end:
            return False
        if _LIST_GOES_ON_RE.match(text, before.name_end, other.name_start):
            return True
        if not _COMMA_ITEM_RE.fullmatch(text, before.name_end, other.name_start):
            return False
        before = other
    return False


# where the list of signers after "signed by" ends: another clause, a witness, an aside about someone
_SIGNER_CLAUSE_END_RE = re.compile(r"(?i);|\s(?:while|whereas|after|before|when|where|which|who|as\s+well\s+as|in\s+the\s+presence|"
                                   + _K.witness_acts + r"|said|says|added|noted|stated|during|under)\b|\s[-–—]\s")


def _clause_people(index: MentionIndex, pos: int, end: int) -> list[Span]:
    """The people the text knows as people, named from ``pos`` to the end of the clause."""
    stop = _SIGNER_CLAUSE_END_RE.search(index.doc.text, pos, end)
    return index.persons_between(pos, stop.start() if stop else end)


# "on the Chinese side", "on the Kenyan side": the side named by its people's adjective
_ON_THE_SIDE_RE = re.compile(r"\bon\s+the\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+side\b")
# "He signed", "She also signed": a signer the sentence before named
_PRONOUN_SUBJECT_RE = re.compile(r"(?i)(?:^|[,;]\s*)\s*(?:he|she)\s+(?:\w+ly\s+|also\s+|then\s+)?$")
# what stands between "with" and the signer across the table: a title and the body it is at, no clause
_PARTNER_TITLE_RE = re.compile(r"(?:(?!\b(?:to|for|which|whose|that|who|and|said|in\s+order)\b)[^;.])"
                               r"{0,80}")
# the sides of the subject's people set off before the verb: ", representing X and Y, respectively,"
_SIDES_SET_OFF_RE = re.compile(r"(?i),\s*(?:representing|" + _K.behalf + r")\s+(?P<sides>[^,;]+?\s+and\s+[^,;]+?)"
                               r"(?P<each>,?\s+respectively)?,?\s*$")
_NEAR_FOR_RE = re.compile(r"(?i)\s*(?:(?:the|an?|this|these|two|three|four|several)\s+['‘\"“]?(?:[\w-]+\s+){0,5}?"
                          r"(?:" + _K.document_words + r"|notes)"
                          r"['’\"”]?\s+)?"
                          r"for\s+")


# "..., represented the IIT-ISM": the side a person named in a signing sentence stood for
_REPRESENTED_SIDE_RE = _K.represented_side_re


# "signed a memorandum of friendly cooperation via video call with B": what the agreement is on, in
# lower-case words, may stand between it and its other signer
# (and when and where: "signed today with B", "inked the MoU in Sharjah with B", "signed a memorandum of
# understanding (MOU) on cooperation in Berlin Tuesday with B")
_WHEN_OR_WHERE = r"(?:\s+(?-i:today|yesterday|(?:on|in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|[A-Z][a-z]+day))"
_WITH_PERSON_RE = re.compile(r"(?:" + _WHEN_OR_WHERE + r")?"
                             r"(?:\s+(?:the|an?|two|three|four|five)?\s*(?:[\w-]+\s+){0,4}?"
                             r"(?:" + _K.document_words + r"|plans?|lois?)"
                             # ("a Memorandum of Understanding on Sister City Relations with B": its title's words)
                             r"(?-i:(?:\s+[a-z][\w-]*|\s*\([^()]{1,12}\)|\s+on\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}|"
                             + _WHEN_OR_WHERE + r"){0,8}?))?,?\s+(?:along\s+with|together\s+with|alongside|with)\s+",
                             re.I)


_ACTIVE_SIGN_RE = _K.active_sign_re
# the side a signing verb's subject stood for, written right after the name ("A on behalf of X signed")
_OWN_BEHALF_RE = re.compile(r"(?i),?\s+" + _K.behalf + r"\s+")


def _side_phrase(text: str, pos: int, end: int) -> str:
    """The side named at ``pos``, up to the end of its noun phrase."""
    match = re.match(r"[^,;]*?(?=,|\.(?:\s|$)|;|\s+and\s+by\s|\s+while\s|\s+during\s|\s+in\s+[A-Z]|\s+on\s+[A-Z]|\s+at\s|"
                     + _NEXT_HONORED_RE.pattern + "|$)", text[pos:end])
    phrase = match.group() if match else text[pos:end]
    # "on behalf of X and B for Y", "on behalf of X and Governor B on behalf of Y": the next signer's side
    gapped = re.search(r"\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,5}(?:" + _K.signed_words + r"\s+)?(?:" + _K.behalf + r"|for)\s", phrase)
    if gapped:
        phrase = phrase[: gapped.start()]
    return phrase.strip()


def _before_next_signer(index: MentionIndex, pos: int, phrase: str) -> str:
    """A side phrase at ``pos`` cut before an "and" that opens the next
    person's name ("on behalf of the Government of Sri Lanka and A, Chief
    Representative, on behalf of JICA"): the rest is the list's next item."""
    for joint in re.finditer(r"\s+and\s+", phrase):
        if index.person_at(pos + joint.end()) is not None:
            return phrase[: joint.start()]
    return phrase


def _town_or_body_from(index: MentionIndex, at: int, phrase: str) -> str:
    """"signed by A from Plock, B from Zhytomyr and C from Malaga": the town
    or body a signer comes from is the side, where the model reads a place
    or a body there that no other reading knows; the phrase stops where
    that name does (before "and C from Malaga")."""
    named = next((e for e in index.doc.parsed.ents if e.start_char == at and e.label_ in ("GPE", "LOC", "ORG")), None)
    if named is None or named.end_char > at + len(phrase):
        return phrase
    name = named.text
    if index.orgs.resolve(name) is None:
        index.orgs.add(name, place=named.label_ != "ORG")
    return name


def resolve_side(index: MentionIndex, phrase: str | None, signer: str, parties: list[OrgEntry],
                 posts_of: dict[str, list[str]]) -> list[OrgEntry]:
    """The bodies a side phrase names, in order."""
    if not phrase:
        return []
    if SideRef.COLLECTIVE_RE.match(phrase):
        return []
    if SideRef.PRONOUN_RE.match(phrase):
        for org_name in posts_of.get(signer, []):
            entry = index.orgs.resolve(org_name)
            if entry is not None and (entry in parties or not parties):
                return [entry]
        return []
    out: list[OrgEntry] = []
    # "for the Kenyan side", "on the Kenya side": the country the side is named after
    side_of = re.fullmatch(r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+side", phrase)
    if side_of is not None and (side_of.group(1) in _K.country_of_adjective or side_of.group(1) in _K.countries):
        phrase = side_of.group(1)
    adjective = _K.country_of_adjective.get(phrase) or (phrase if phrase in _K.countries else None)
    if adjective is not None:
        # "on the Syrian side": the country, or the one party that is its government
        nation = index.orgs.exact(adjective) or index.orgs.add(adjective)
        its_own = [p for p in parties if p is not nation and adjective in p.name]
        return [its_own[0] if len(its_own) == 1 else nation]
    phrase = re.sub(r",?\s+respectively\s*$", "", phrase)
    # "the Governments of Japan and Mongolia": the government of each
    phrase = re.sub(r"(?i)^(?:the\s+)?(?:governments|peoples|cities|provinces|states)\s+of\s+(?=\S+(?:\s+\S+)?\s+and\s)", "",
                    phrase)
    for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=the\s|[A-Z])", phrase):
        part = part.strip()
        if not part:
            continue
        entry = None
        if re.fullmatch(r"the\s+[a-z][\w-]*", part):
            # "on behalf of the Yobe government and the university": the one party that is a university,
            # before any other body the article names with that word
            described = index.orgs.describe(part, prefer=parties)
            entry = described if described is not None and described in parties else None
        if entry is None:
            entry = index.orgs.resolve(re.sub(r"^the\s+", "", part), allow_bare=True)
        if entry is None and part.casefold().startswith("the "):
            entry = index.orgs.describe(part, prefer=parties)
        if entry is None:
            # "on behalf of the government of Bangladesh": the country, where the text names no such body
            governed = re.fullmatch(r"(?i)(?:the\s+)?government\s+of\s+(?:the\s+)?(.+)", part)
            country = index.orgs.exact(governed.group(1)) if governed else None
            # "on behalf of the Kenyan government": the country its adjective names
            national = re.fullmatch(r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:[Gg]overnment|side)", part)
            if country is None and national is not None and national.group(1) in _K.country_of_adjective:
                nation_name = _K.country_of_adjective[national.group(1)]
                country = index.orgs.exact(nation_name) or index.orgs.add(nation_name)
            elif country is None and national is not None and national.group(1) in _K.countries:
                # "on behalf of Norway government": the country named, not its adjective
                country = index.orgs.exact(national.group(1)) or index.orgs.add(national.group(1))
            if country is not None and (country.is_place or country.name in _K.countries):
                entry = country
        if entry is None:
            city = re.match(r"(?:the\s+)?(?:city|municipality)\s+of\s+([A-Z][\w'’-]+)", part)
            if city:
                entry = index.orgs.add(city.group(1), place=True)
        if entry is None:
            # "on behalf of Kiambu County": a name the side phrase gives whole, headed by a body's or a
            # place's head word, is that side even where no other sentence names it
            named = _NAMED_SIDE_RE.fullmatch(part)
            words = part.split()
            if named and words[-1].casefold() in (ORG_HEADS | PLACE_HEADS) and index.people.get(named.group(1)) is None:
                entry = index.orgs.add(named.group(1))
        if entry is None:
            # "representing the Ministry of Finance and the World Bank Country, respectively": a known body
            # the side's opening words name, with a word after it
            words = re.sub(r"^the\s+", "", part).split()
            entry = next((e for k in range(len(words) - 1, 1, -1)
                          if (e := index.orgs.resolve(" ".join(words[:k]))) is not None and not e.is_place), None)
        if entry is not None:
            out.append(entry)
    return out


_NAMED_SIDE_RE = re.compile(r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?[A-Z][\w'’.-]*){1,6})")
