"""People: their names, the posts written around them, and later mentions.

People in this genre are introduced with a post, either after the name
("Cheng Xiaobo, Secretary of the Party Committee and President of the State
Information Center") or before it ("Vice Mayor Deng Yu", "Mayor of Zunyi
Liang Qi", "CHEI General Manager Feng Jiaqi", "Kingsbridge's Dean of
Engineering, Professor Sarah Whitfield"). Reading the post phrase is what
finds the person, so both are done here together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.document import Document, Token
from kg.extract.lexicon import (
    ANY_TITLE_RE,
    FIELD_WORDS,
    GIVEN_NAME_ABBREVIATIONS,
    RETIRED_MARKS,
    GENERIC_BODY_WORDS,
    GOVERNMENT_TITLES,
    HONORIFICS,
    INTERNAL_BODY_RE,
    LOWER_TITLE_QUALIFIERS,
    MINISTER_FIELD_RE,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    ORG_HEADS,
    PLACE_HEADS,
    STOP_CAPS,
    TITLE_PLACES,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    style_after_a_style,
)
from kg.extract.names import OrgEntry, OrgMention, OrgRegistry, clean_name, name_key, spells
from kg.facts import Evidence
from kg.knowledge import knowledge
from kg.place_names import place_names

__all__ = ["given_names_before", "name_before", "POSTNOMINALS", "RawPost", "PersonMention", "PersonRegistry", "find_people", "name_after", "NAME_TOKEN_RE", "is_name_token"]

# initials glued to the name, as Mongolian names are written: "N.Batbayar", "Kh.Battulga", "A.V.Novakov"
GLUED_INITIALS_RE = re.compile(r"(?:[A-Z]|Kh|Ch|Sh|Ts)\.(?:[A-Z]\.)?[A-Z][a-z]{2,}")
# "Whitcombe", "Ngugi-Whitcombe", "O'Rourke", "McAllister", "LenkaBula", "H.", "P", "N.Batbayar"
NAME_TOKEN_RE = re.compile(
    GLUED_INITIALS_RE.pattern + "|"
    # an Arabic article joined to the name it belongs to: "al-Derham", "el-Sisi", "ul-Haq"
    r"(?:[ae][lnrstdz]|ul|ud|ibn|abu)-[A-Z][a-z\u00C0-\u024F]+(?:[-'’][A-Z]?[a-z\u00C0-\u024F]+)*|"
    # a capital with an accent starts a name too: "Élaine", "Ángel", "Óscar"
    r"[A-Z\u00C0-\u00D6\u00D8-\u00DE](?:['’][A-Z])?[a-z\u00C0-\u024F]+(?:[A-Z][a-z\u00C0-\u024F]+)?"
    r"(?:[-'’][A-Z]?[a-z\u00C0-\u024F]+)*|(?:[A-Z]\.){1,3}"
    # an initial without its full stop, as South Asian names write it: "P Suresh Babu", "K S Anil Kumar"
    r"|[B-HJ-Z]"
)
_REGNAL_RE = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})")
# letters after a name that are no part of it: "the Hon Ken Wyatt AM, MP", "Scott Morrison MP"
POSTNOMINALS = r"(?:,?\s+(?:" + "|".join(map(re.escape, knowledge("en").set_off_letters)) + r")(?![\w-]))*"
# "signed", "inked": the signing verbs' past forms (signing.yaml), which end the words about a name
_SIGNED_WORDS = knowledge("en").signed_words
# "Datuk Amar A": styles that are styles only after the one they follow
# (an owner's mark between "the" and the body is no part of its name: "Director General of the
# state-owned Velsk Ports Authority")
# ("mayor of the city of Arlington", "governor of the province of Lindau": the place, past its level in lower case)
_COMPLEMENT_RE = re.compile(r"\s+(of|at|in)\s+(?:the\s+)?(?:(?:state|government|privately|publicly)-(?:owned|run)\s+|(?:"
                            + "|".join(sorted(PLACE_HEADS, key=len, reverse=True)) + r")\s+of\s+(?=[A-Z]))?")
# ("Undersecretary on Foreign Policy": a remit after "on" too, but not "Governor on Monday")
_NOT_A_REMIT_AFTER_ON = "|".join(sorted(knowledge("en").months_and_days | {"behalf"}, key=len, reverse=True))
# what a post is for, written after its title: "Senator for Economic Affairs",
# "Director General for Southern Africa", "Ambassador to South Africa"
_CAPS_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
# a list of fields is a remit only when it closes with "and": "for Private
# Sector, Infrastructure and Industrialization" ("for Trade, Anna Berg" is not)
# (the last field of a listed remit may run into the holder's name: "for Communication, Railways and Maritime
# Affairs Shahid Ashraf Tarar")
_REMIT_RE = re.compile(r"\s+(?:for|to|on(?=\s+(?!(?i:" + _NOT_A_REMIT_AFTER_ON + r")\b)))\s+(?:the\s+)?(" + _CAPS_RUN + r"(?:,\s+" + _CAPS_RUN + r")+,?\s+(?:and|&)\s+"
                       + r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6}" + r"|[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?(?:[A-Z]\.(?=\s)|[A-Z][\w'’-]*)){0,6})(?![\w'’-])")
_REMIT_ASIDE_RE = re.compile(r"\s+\([A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,5}\)")
# "(resident in New Delhi, India)", "(based in Nairobi)": where an envoy sits, said in brackets after the post
_POSTED_ASIDE_RE = re.compile(r"\s+\((?:non-)?(?:resident|based|residing|stationed|accredited)\b[^()\n]{0,60}\)")
_LISTED_REMIT_RE = re.compile(r"(,\s+)" + _CAPS_RUN + r"(?:,\s+" + _CAPS_RUN + r")*,?\s+(?:and|&)\s+" + _CAPS_RUN
                              + r"(?=,|\s+of\s)")
# the styles of address written with a full stop ("Dr.", "Prof."), capitalised as before a name
_DOTTED_STYLES = "|".join(re.escape(h[:1].upper() + h[1:]) for h in sorted(HONORIFICS, key=len, reverse=True)
                          if h.endswith("."))
# (the same list running on into the holder's name, which ends the run: "Minister of Trade,
# Industry and Energy Paik Ungyu signed", "... and Renewable Energy Dr. Jassem Al-Ostad signed")
_LISTED_REMIT_OPEN_RE = re.compile(r"(,\s+)" + _CAPS_RUN + r"(?:,\s+" + _CAPS_RUN + r")*,?\s+(?:and|&)\s+"
                                   r"[A-Z][\w'’-]*(?:\s+(?:(?:" + _DOTTED_STYLES + r")|[A-Z][\w'’-]*)){2,6}(?=[,.;:)]|\s+[a-z]|\s*$)")
_LOWER_FIELD_TAIL_RE = re.compile(r"\s+and\s+((?:[a-z]+\s+){0,2}[a-z]+)(?=\s*[,.;)]|\s+and\s|\s*$)")
_LOWER_REMIT_WORDS = re.compile(r"\s+for\s+((?:[a-z][\w'’-]*)(?:\s+[a-z][\w'’-]*){0,5})")
# words that end a lower-case remit: the body or place after it, or a clause
_REMIT_STOPS = {"at", "of", "in", "on", "with", "from", "to", "the", "a", "an", "who", "which", "that", "since", "and",
                "has", "have", "had", "was", "were", "is", "are", "will", "said"} | knowledge("en").sign_word_set


def _lower_remit(text: str, pos: int) -> int | None:
    """Where a remit written in lower case after a lower-case title ends
    ("vice president for hemispheric and global affairs", "... for research
    and provost at X"): an "and" joins the remit's words unless a title
    follows it. None when no remit starts at ``pos``."""
    match = _LOWER_REMIT_WORDS.match(text, pos)
    if match is None:
        return None
    words = list(re.finditer(r"[\w'’-]+", text[match.start(1) : match.end(1)]))
    kept = 0
    for k, word in enumerate(words):
        lowered = word.group()
        if lowered == "and" and k > 0 and k + 1 < len(words) and words[k + 1].group() not in _REMIT_STOPS \
                and not ANY_TITLE_RE.match(text, match.start(1) + words[k + 1].start()):
            continue
        if lowered in _REMIT_STOPS:
            break
        kept = k + 1
    if kept == 0:
        return None
    return match.start(1) + words[kept - 1].end()


_LOWER_FIELDS_RE = re.compile(r"\s+(?:of|for)\s+((?:[a-z]+)(?:(?:\s*,\s*|\s+and\s+|\s+)[a-z]+){0,5})")


def _lower_fields(text: str, pos: int) -> int | None:
    """Where a minister's remit written in lower case ends ("minister of
    equipment and transport", "minister for foreign affairs"): fields, the
    words between them, and "and" before the last; a remit that closes on a
    word of no field is none (None)."""
    match = _LOWER_FIELDS_RE.match(text, pos)
    if match is None:
        return None
    words = list(re.finditer(r"[a-z]+", text[match.start(1) : match.end(1)]))
    kept = 0
    for k, word in enumerate(words):
        if word.group() == "and" and 0 < k < len(words) - 1:
            continue
        if word.group() in _REMIT_STOPS:
            break
        if word.group() in FIELD_WORDS or word.group().rstrip("s") in FIELD_WORDS:
            kept = k + 1  # (the remit closes on a field: "equipment and transport")
    if kept == 0:
        return None
    return match.start(1) + words[kept - 1].end()


_CONTINUE_RE = re.compile(r"\s*,?\s+(?:and|&)\s+(?:the\s+)?")
_COMMA_TITLE_RE = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
# one or two words in lower case that end a body's name before a comma ("the Communist Party politburo, ")
_LOWER_BODY_TAIL_RE = re.compile(r"(?:[ \t]+(?!and\b|or\b|who\b|which\b)[a-z][\w-]*){1,2}(?=,)")
# "of Faculty of Physics and Optoelectronics, Professor A": the rest of a body's name after "and" (capitalised
# words, joined by "of" or "the"), then the comma that sets off its holder's name (group 1: the rest)
# "of China Mobile Shanghai,": capitalised words after a country's name, up to a stop or "and" (group 1)
_NAMED_FOR_PLACE_RE = re.compile(r"[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})(?=\s*[,.;:]|\s+and\s)")
# "of Admissions and Career Guidance Centre": the words before "and" that the body finder did not take
_JOINED_LEAD_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,3}[ \t]+and[ \t]+")
_JOINED_BODY_RE = re.compile(r"[ \t]+and[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'’-]*){0,4}),[ \t]+")
# "Chief of Materiel (COM)": a title's remit, then letters that may spell the two together
_SPELLED_REMIT_RE = re.compile(r"\s+of\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*\(([A-Z]{2,6})\)")
_INITIALS_RE = re.compile(r"[A-Z]{2}")  # a name's two initials written without stops ("KP Sharma Oli"); three are a body's letters as often
_LIST_COMMA_RE = re.compile(r",[ \t]+")
_LIST_JOINT_RE = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+")
_RESPONSIBLE_RE = re.compile(r"\s+[Rr]esponsible(?=\s+for\s+(?:the\s+)?[A-Z])")
# the Party's committee of a level, written in lower case: "municipal party committee"
_PARTY_BODY_RE = re.compile(r"(?:municipal|provincial|county|city|prefectural|district|town|township)\s+"
                            r"(?:CPC\s+|Communist\s+)?[Pp]arty\s+(?:[Ss]tanding\s+)?[Cc]ommittee(?![\w-])")
_DESCRIPTION_RE = re.compile(
    r"(?:municipal|provincial|county|city|prefectural|state|national)\s+government(?![\w-])"
    r"|(?:group|company|university|institute|bank|branch|administration)(?![\w-])"
)
_FIELD_TO_MINISTRY = {"defense": "Defence", "foreign": "Foreign Affairs", "external": "External Affairs"}


# two or three initials, then a family name: "R V Sheshan", "K. K. Pant" (a body's name never ends in
# single letters and a word; one middle initial is part of a full name: "Cesar V. Purisima")
_INITIALS_NAME = r"(?:[A-Z]\.\s?|[A-Z]\s){2,3}[A-Z][a-z'’-]{2,}"
_INITIALS_NAME_RE = re.compile(_INITIALS_NAME + r"(?![\w'’-])")  # where a name starts
_INITIALS_NAME_TAIL_RE = re.compile(r"\s(" + _INITIALS_NAME + r")")  # ending a run: "... Business Unit R V Sheshan"


def is_name_token(text: str) -> bool:
    # (a given name written by its letters, in capitals, is a name's word too: "AKM Sajedur Rahman Khan")
    # (a plural title opens no name: "Principal Secretaries A and B")
    return bool(NAME_TOKEN_RE.fullmatch(text)) and text.casefold() not in _PLURAL_TITLE_WORDS \
        or text in GIVEN_NAME_ABBREVIATIONS


# the last words of the plural titles ("secretaries", "ministers"), which no name holds
_PLURAL_TITLE_WORDS = frozenset(plural.split()[-1] for plural in knowledge("en").singular_of_plural) | {"ministers"}


# "H.E. A", "H. E. A", "H E A": His (or Her) Excellency, in its two letters
_EXCELLENCY_LETTERS_RE = re.compile(r"H\.?[ \t]?E\.?(?=[ \t]+[A-Z])")


def _excellency_letter(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a letter of "H E" (His
    Excellency) written before a name: no initial of the name."""
    if text[start:end] not in ("H", "H.", "E", "E."):
        return False
    for opening in (start, start - 2, start - 3):  # "H", or the "E" of "H E", "H.E", "H. E"
        match = _EXCELLENCY_LETTERS_RE.match(text, max(0, opening))
        if match is not None and match.start() <= start and end <= match.end():
            return True
    return False


def _surname_pronoun(picked: list) -> bool:
    """"He Zhiming": the surname He, not the pronoun, when a capitalised
    given name follows it directly."""
    return len(picked) >= 2 and picked[0].text in _SURNAME_WORDS and is_name_token(picked[1].text) \
        and not _plain_word(picked[1].text)


# months that are also surnames ("William May"): a name's last word when no day or year follows
_MONTH_SURNAMES = {"May", "June", "April", "August"}
_FAMILY_NAME_STYLES = knowledge("en").family_name_styles


# Chinese surnames that are also English words
_SURNAME_WORDS = {"He", "Long", "Du", "Bai", "Gao", "Ma", "Mi", "Hu", "Yu", "Fan", "Fang", "Jiang", "Shi", "Ren", "Lu", "Wan"}


_HEADLINE_VERBS = knowledge("en").headline_verbs  # "Governor Yuan Jiajun Meets ...": the name ends
# a signing verb or an agreement's kind, capitalised in a headline, is no part of a name:
# "Norco Signs Framework Agreement with ..." names no person "Norco Signs Framework Agreement"
_SIGN_WORD_RE = knowledge("en").sign_re
_AGREEMENT_WORD_RE = knowledge("en").agreement_head_re


def _plain_word(text: str) -> bool:
    if text in GIVEN_NAME_ABBREVIATIONS:
        return False  # ("Md Anna Berg": a given name written short, not a managing director's "MD")
    low = text.casefold().strip(".")
    return low in STOP_CAPS or _plural_head(low) or low in HONORIFICS or low + "." in HONORIFICS or low in TITLE_WORDS \
        or low in ORG_HEADS or low in PLACE_HEADS or low in MONTHS_AND_DAYS or low in _HEADLINE_VERBS \
        or bool(_SIGN_WORD_RE.fullmatch(text)) or bool(_AGREEMENT_WORD_RE.fullmatch(text))


def _plural_head(low: str) -> bool:
    """Whether a word is the plural of a body's head word ("Universities",
    "Services"): it ends a body's name ("Crue Spanish Universities"), never a
    person's. Heads of four letters are left out: "Banks" is a surname."""
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else ""
    return len(singular) >= 5 and singular in ORG_HEADS


@dataclass
class RawPost:
    """A post as read: the title and the body it belongs to, if written."""

    title: str
    org: str | None
    is_place: bool
    start: int
    end: int


@dataclass
class PersonMention:
    """A person named with (or without) posts, and the phrase that says so."""

    name: str
    start: int
    end: int
    phrase_start: int
    phrase_end: int
    posts: list[RawPost] = field(default_factory=list)


@dataclass
class PersonEntry:
    name: str
    evidence: list[Evidence] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


class PersonRegistry:
    """The people of one article; a surname alone finds its unique owner."""

    def __init__(self) -> None:
        self.entries: dict[str, PersonEntry] = {}

    def add(self, name: str) -> PersonEntry:
        key = name_key(name)
        for existing in self.entries.values():
            if name_key(existing.name) == key:
                return existing
        if len(key.split()) >= 2:
            # "Mayor Van der Veld" after "Pieter van der Veld"
            hits = [e for e in self.entries.values() if name_key(e.name).endswith(" " + key)]
            if len(hits) == 1:
                return hits[0]
        entry = PersonEntry(name)
        self.entries[name] = entry
        return entry

    def by_token(self, token: str) -> PersonEntry | None:
        """The one person whose first or last name is ``token`` ("Berger").
        A country's name alone is the country, even when a name the text
        reads as a person's ends with it ("Tonga signed ..." after "Source:
        Matangi Tonga")."""
        if token.casefold() in STOP_CAPS or token in _COUNTRIES:
            return None
        hits = [e for e in self.entries.values() if token in _name_handles(e.name)]
        if len(hits) >= 2:
            # "Suluhu Hassan" and "Samia Suluhu Hassan" (or "Vice-President Zhang Xiaoping" and "Zhang Xiaoping"),
            # one name the tail of the other: one person, by the shorter name the registry holds
            keys = sorted(((name_key(e.name), e) for e in hits), key=lambda k: len(k[0]))
            if all(longer.endswith(" " + keys[0][0]) for longer, _ in keys[1:]):
                return keys[0][1]
        return hits[0] if len(hits) == 1 else None

    def names_someone(self, name: str) -> bool:
        """Whether ``name`` is a person's the article names: in full, or by
        a first or last name, or by the words their name ends with ("Al
        Zayani" for "Abdullatif Bin Rashid Al Zayani")."""
        if self.get(name) is not None or self.by_token(name) is not None:
            return True
        tail = " " + name_key(name)
        return tail.strip() != "" and any(name_key(e.name).endswith(tail) for e in self.entries.values())

    def get(self, name: str) -> PersonEntry | None:
        key = name_key(name)
        for entry in self.entries.values():
            if name_key(entry.name) == key:
                return entry
        return None


def _name_handles(name: str) -> tuple[str, ...]:
    """The single words a story may call a person by: the first and the
    last, and in a name of three words or more the one before the last,
    which opens the two family names Spanish and Portuguese write ("Sandoval"
    for "Jorge Aristóteles Sandoval Díaz", "López" for "Andrés Manuel López
    Obrador")."""
    words = name.split()
    if len(words) >= 3 and words[-2][:1].isupper():
        return words[0], words[-1], words[-2]
    return words[0], words[-1]


# what opens the next person of a list: "..., and PK Rondal, Health Minister" (people.yaml ``item_openers``)
_ITEM_OPENERS = knowledge("en").item_openers


def _initials_opening_an_item(doc: Document, index: int, name: Token) -> bool:
    """Whether the capitals at token ``index`` ("PK", "DJ") are a person's
    initials written without stops, opening an item of a list before the
    name token ``name``: after a comma or "and", and never written in the
    text but before that name (a body's short name stands elsewhere alone:
    "(ADB)", "the ADB said")."""
    tokens = doc.tokens
    if index == 0 or tokens[index - 1].text.casefold() not in _ITEM_OPENERS:
        return False
    initials = tokens[index].text
    if initials in _COUNTRIES or initials.casefold() in TITLE_WORDS:
        return False
    followers = {m.group(1) for m in re.finditer(r"(?<![\w.-])" + initials + r"(?![\w-])\s*([\w'’-]*)", doc.text)}
    return followers == {name.text}


def _name_before(doc: Document, end: int) -> tuple[int, str] | None:
    """A person's name ending at ``end`` (walking back over name tokens)."""
    index = doc.token_index(end) - 1
    tokens = doc.tokens
    picked: list[Token] = []
    while index >= 0 and len(picked) < 7:
        tok = tokens[index]
        if tok.end > end:
            break
        if not is_name_token(tok.text) and len(picked) < 2 and (not picked or doc.text[tok.end : picked[-1].start] == " ") \
                and _capital_surname(doc, index, _styled_before(doc, index) or _surname_first(doc, index, picked),
                                     _given_words_before(doc, index)) \
                and (picked or index > 0 and is_name_token(tokens[index - 1].text)
                     and doc.text[tokens[index - 1].end : tok.start] == " "):
            picked.append(tok)  # "Mr. OKUDA Naohisa, Ambassador ...", "Mr. Keisuke SENTA, Ambassador ..."
            index -= 1
            continue
        if re.fullmatch(r"[A-Z]", tok.text) and picked and index > 0 and is_name_token(tokens[index - 1].text) \
                and not _plain_word(tokens[index - 1].text) \
                and doc.text[tokens[index - 1].end : tok.start] == " " == doc.text[tok.end : picked[-1].start]:
            picked.append(tok)  # "Waleed A Al-Wahaib": a middle initial written without its stop
            index -= 1
            continue
        if not is_name_token(tok.text):
            # "Rui Manuel dos Santos": a particle between name words
            if not (picked and tok.text in NAME_PARTICLES and index > 0 and (
                    is_name_token(tokens[index - 1].text) or tokens[index - 1].text in NAME_PARTICLES)):
                break
        if picked and "\n" in doc.text[tok.end : picked[-1].start]:
            break
        picked.append(tok)
        index -= 1
    picked.reverse()
    while picked and picked[0].text in NAME_PARTICLES:
        picked.pop(0)
    courtesy_before = index > 0 and tokens[index - 1].text.casefold().rstrip(".") in _COURTESY
    if picked and index >= 0 and re.fullmatch(r"[A-Z]{2,3}", tokens[index].text) \
            and doc.text[tokens[index].end : picked[0].start] == " " and (
                not _plain_word(tokens[index].text)
                # ("Prof AS Achalkumar": after a style of address, capitals that spell a little word are initials)
                or courtesy_before and tokens[index].text.casefold() in STOP_CAPS) \
            and (any(a == tokens[index].start and picked[-1].end <= b for a, b in doc.person_ends.items())
                 or index > 0 and tokens[index - 1].text.casefold().rstrip(".") in _COURTESY
                 or _initials_opening_an_item(doc, index, picked[0])):
        # "DJ Pandian, vice president": initials the model puts in the name; "Prof KRS Sambasiva Rao,
        # Vice-Chancellor": initials after a style of address; "A, Health Minister, X, and PK Rondal,
        # Health Minister, Y": initials opening the next item of a list
        picked.insert(0, tokens[index])
    initials = picked[0] if picked and index >= 0 and picked[0] is tokens[index] else None
    while len(picked) >= 3 and "-" in picked[0].text and picked[0].text.rsplit("-", 1)[1].casefold() in HONORIFICS:
        picked.pop(0)  # "Vice-Admiral A B", "Lieutenant-Colonel A B": a rank written with a hyphen
    while picked and picked[0] is not initials and (_plain_word(picked[0].text) or picked[0].text.casefold() in HONORIFICS
                      or _excellency_letter(doc.text, picked[0].start, picked[0].end)):
        if _surname_pronoun(picked):
            break
        if len(picked) >= 2 and picked[1].text in NAME_PARTICLES and is_name_token(picked[0].text) \
                and picked[0].text.casefold() not in HONORIFICS:
            break  # "Said bin Sultan al Busaidiy": a word that is also a name, before a particle
        picked.pop(0)
    if len(picked) > 2 and (style := doc.token_index(picked[0].start) - 1) >= 0 \
            and style_after_a_style(picked[0].text, tokens[style].text):
        picked.pop(0)  # "Datuk Amar A B, ...": a style after the one it follows, a given name alone
    while len(picked) > 2 and picked[0].text in _COUNTRIES:
        picked.pop(0)  # "Prime Minister of Vanuatu Moana Carcasses Kalosil, ...": the country ends the title
    while len(picked) > 2 and picked[0].text.casefold() in FIELD_WORDS and picked[1].text not in NAME_PARTICLES:
        picked.pop(0)  # "Minister for Energy, Water Resources and Irrigation Anna Berg, ...": a field ends the remit
    named_before_particle = len(picked) >= 2 and picked[1].text in NAME_PARTICLES
    rest = picked[1:] if _surname_pronoun(picked) or named_before_particle else picked
    glued = len(picked) == 1 and GLUED_INITIALS_RE.fullmatch(picked[0].text) is not None  # "D.Batbayar, Minister of Energy"
    # "..., and Degtyarev, Governor of Khabarovsk Krai": one word the model reads as a whole person
    glued = glued or len(picked) == 1 and doc.person_ends.get(picked[0].start) == picked[0].end \
        and not _plain_word(picked[0].text) and picked[0].text not in _COUNTRIES \
        and picked[0].text.casefold() not in FIELD_WORDS and picked[0].text.casefold() not in TITLE_WORDS
    if len([t for t in picked if t.text not in NAME_PARTICLES]) < 2 and not glued or picked[-1].text.endswith(".") \
            or any(_plain_word(t.text) and not (k and _MIDDLE_INITIAL_RE.fullmatch(t.text)) and t is not initials
                   # ("Waleed A Al-Wahaib": a middle initial written without its stop)
                   and not (0 < k < len(rest) - 1 and re.fullmatch(r"[A-Z]", t.text))
                   for k, t in enumerate(rest)):
        return None
    if all(t.text.casefold() in FIELD_WORDS for t in picked) and doc.person_ends.get(picked[0].start) != picked[-1].end:
        return None  # "the Minister of Public Infrastructure and Land Transport, Minister of ...": a remit's end
    if picked[0].start not in doc.person_starts and re.search(r"\b(?:to|in|at|from)\s+$",
                                                             doc.text[max(0, picked[0].start - 6) : picked[0].start]):
        return None  # "On her visit to Rio Grande do Sul, the U.S. Ambassador to Brazil, A": a place, no person
    return picked[0].start, clean_name(doc.text[picked[0].start : picked[-1].end])


# (for passes that read names back from a title set off after them: "A, B and C, Vice Presidents of X")
name_before = _name_before

# a remit in lower case after a title's "of", then "at" the body ("dean of engineering at ", "director of
# research and innovation at the ")
_LOWER_REMIT_AT_RE = re.compile(r"([a-z][\w-]*(?:[ \t]+(?:and[ \t]+)?[a-z][\w-]*){0,3})[ \t]+at[ \t]+(?:the[ \t]+)?")

# "Thomas A. Lisk": a middle initial that is also a word ("A."), inside a name, not its first word
_MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.")


def _skip_honorifics(tokens: list, index: int) -> int:
    """Past the styles before a name: "Professor Dame", "Hon.", "H.E.",
    "Associate Professor", "Cr"."""
    while index < len(tokens):
        low = tokens[index].text.casefold()
        nxt = tokens[index + 1].text.casefold() if index + 1 < len(tokens) else ""
        if low in HONORIFICS or nxt == "." and low + "." in HONORIFICS:
            # ("Assoc. Prof.": a style the lists write with its stop, cut from it by the tokenizer)
            index += 1
            if nxt in (".", "’", "'"):  # "Dato’ Mohamed Khaled"
                index += 1
            if index + 2 < len(tokens) and tokens[index].text == "(" and tokens[index + 2].text == ")" \
                    and tokens[index + 1].text.casefold().rstrip(".") in RETIRED_MARKS:
                index += 3  # "Brig (r) Asif Mahmood", "Col (Retd) A": the rank held before retiring
        elif index > 0 and style_after_a_style(low, tokens[index - 1].text):
            index += 1  # "Datuk Amar A": a style after the one it follows, a given name alone ("Prof. Amar B")
        elif low in ("his", "her") and nxt in ("excellency", "highness", "majesty"):
            index += 1  # "His Excellency Jon Philby": the style's pronoun is no part of the name
        elif low == "tan" and nxt == "sri":
            index += 2  # "Tan Sri Dr Khair Mohamed Yusof": a Malaysian style of two words
        elif low in ("h.", "h") and nxt in ("e.", "e") and tokens[index].text[:1] == "H" \
                and index + 2 < len(tokens) and tokens[index + 2].text[:1].isupper():
            index += 2  # "H.E.", and "H E" as Gulf agencies write it, before the name
        elif low == "h" and nxt == "." and index + 2 < len(tokens) and tokens[index + 2].text.casefold() in ("e", "e."):
            index += 3  # "H.E Aliioaiga Feturi Elisaia", cut by the tokenizer into "H", ".", "E"
            if index < len(tokens) and tokens[index].text == ".":
                index += 1
        elif low in ("associate", "assistant", "emeritus", "adjunct") and nxt in ("professor", "prof", "prof."):
            index += 1
        elif _rank_head(tokens, index):
            index += 1  # "Major General A", "Lt. Gen. A": the head of a compound rank is no part of the name
        else:
            break
    return index


def _rank_head(tokens: list, index: int) -> bool:
    """A compound rank's head ("General", "Gen.", "Colonel") right after
    another rank ("Major", "Lt.", "Brigadier"): a style, though alone it
    may open a title ("General Manager") or a name ("General Motors")."""
    if index == 0 or tokens[index].text.casefold() not in knowledge("en").rank_heads:
        return False
    before = tokens[index - 1].text.casefold()
    if before == "." and index > 1:
        before = tokens[index - 2].text.casefold() + "."
    return before in HONORIFICS


# styles of courtesy, never part of the name a person goes by (unlike "Sheikh Hasina")
_COURTESY = {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "hon", "honourable", "honorable", "shri", "smt",
             "sri", "eng", "engineer", "rev", "cllr", "cr", "madam", "madame"}


# letters after a name that are an honour, a service, a rank or a degree, never a surname in capitals
# (``people.yaml``), and those that are also a family name ("Prof. Dr. Khadga KC")
_CAPITAL_NOT_SURNAME = knowledge("en").letters_after_names
_SURNAME_LETTERS = knowledge("en").surname_letters
_CAPITAL_SURNAME_RE = re.compile(r"[A-Z]{2,12}")


def _capital_surname(doc: Document, index: int, styled: bool, given: int = 0) -> bool:
    """Whether the token at ``index`` is a surname written in capitals, as Japanese and
    Chinese official copy writes it ("H.E. Mr. Keisuke SENTA", "Mr. OKUDA Naohisa"): a word
    of capitals that is no title, service or degree, in a name that a style of address
    introduces (``styled``) or that the model takes for a person's. Letters that are also
    a family name count after a style and one given name (``given``): "Prof. Dr. Khadga KC"."""
    tok = doc.tokens[index]
    if styled and given == 1 and tok.text in _SURNAME_LETTERS:
        return True
    if not _CAPITAL_SURNAME_RE.fullmatch(tok.text) or tok.text in _CAPITAL_NOT_SURNAME or _plain_word(tok.text) \
            or tok.text.casefold() in TITLE_WORDS or _REGNAL_RE.fullmatch(tok.text):
        return False
    return styled or any(a <= tok.start and tok.end <= b for a, b in doc.person_ends.items())


def _surname_first(doc: Document, index: int, picked: list) -> bool:
    """Whether the word of capitals at ``index`` opens a name of two words as Japanese
    official copy writes it, surname first, right before the title set off after it
    ("IWAMA Kiminori, Ambassador of Japan"): long enough to be no initials, and no name
    word before it."""
    tokens = doc.tokens
    return len(picked) == 1 and len(tokens[index].text) >= 4 and tokens[index].text.casefold() not in ORG_HEADS \
        and (index == 0 or not is_name_token(tokens[index - 1].text))


def _before_name_words(doc: Document, index: int) -> int:
    """The token before the (up to two) name words that end just before ``index``."""
    tokens = doc.tokens
    k = index - 1
    while k >= 0 and is_name_token(tokens[k].text) and not _plain_word(tokens[k].text) and index - k <= 3:
        k -= 1
    return k


def _given_words_before(doc: Document, index: int) -> int:
    """How many name words stand between a style of address and the token at ``index``
    ("Prof. Dr. Khadga" before "KC": one); 0 where no style comes first."""
    return index - 1 - _before_name_words(doc, index) if _styled_before(doc, index) else 0


def _styled_before(doc: Document, index: int) -> bool:
    """Whether a style of address stands just before the name words that end at ``index``
    ("Mr. Keisuke" before "SENTA", "H.E." before "OKUDA")."""
    tokens = doc.tokens
    k = _before_name_words(doc, index)
    if k >= 0 and tokens[k].text == "." and k > 0:
        k -= 1
    return k >= 0 and (tokens[k].text.casefold() in HONORIFICS or tokens[k].text.casefold().rstrip(".") in _COURTESY
                       or tokens[k].text.casefold() in ("h.e.", "h.e", "e."))


def orgs_free(word: str) -> bool:
    """Whether a capitalised word can be a person's one name: no title, body or place word."""
    low = word.casefold()
    return not (low in TITLE_WORDS or low in ORG_HEADS or low in PLACE_HEADS or low in FIELD_WORDS
                or word in _COUNTRIES or word in _COUNTRY_OF_ADJECTIVE)


_OPEN_QUOTES = ("“", '"', "‘")
_CLOSE_QUOTES = ("”", '"', "’")


def name_after(doc: Document, start: int, people: PersonRegistry | None = None,
               titled: bool = False) -> tuple[int, int, str] | None:
    """A person's name starting at ``start`` (honorifics skipped). A title just
    before it (``titled``) introduces a name as a style of address does, so it may
    open with a surname in capitals ("Ambassador of Japan IWAMA Kenji")."""
    index = doc.token_index(start)
    tokens = doc.tokens
    if index + 1 < len(tokens) and tokens[index].text in ("the", "The") \
            and tokens[index + 1].text.casefold().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        index += 1  # "..., the Hon Ken Wyatt AM, MP": a style written with its article
    styled = _skip_honorifics(tokens, index)
    honoured = styled > index
    index = styled
    picked: list[Token] = []
    # "Khalid bin Ahmed bin Mohammed Al Khalifa": five name words besides the particles
    # (a nickname's quotes are no words of the name: "Sebastian “Baste” Z. Duterte")
    while index < len(tokens) and len(picked) < 5 + sum(t.text in NAME_PARTICLES or t.text in _OPEN_QUOTES
                                                        or t.text in _CLOSE_QUOTES for t in picked):
        tok = tokens[index]
        if picked and "\n" in doc.text[picked[-1].end : tok.start]:
            break
        if not picked and re.fullmatch(r"[A-Z]{2,3}|[A-Z]{4,12}", tok.text) and index + 1 < len(tokens) \
                and is_name_token(tokens[index + 1].text) and not _plain_word(tokens[index + 1].text) \
                and ((honoured or titled) and tok.text.casefold() not in TITLE_WORDS and (
                    not _plain_word(tok.text)
                    # ("Prof AS Achalkumar": after a style of address, capitals that spell a little word are initials)
                    or honoured and len(tok.text) <= 3 and tok.text.casefold() in STOP_CAPS)
                     or any(a <= tok.start < b for a, b in doc.person_ends.items())
                     or tok.text in GIVEN_NAME_ABBREVIATIONS):
            # "AK Abdul Momen", "DJ Pandian": initials without stops; "KIKUTA Yutaka": a surname in capitals
            # (after a style of address the name begins: "Mr. PAN Liguo", "Prof KRS Sambasiva Rao")
            picked.append(tok)
            index += 1
            continue
        if picked and tok.text in _OPEN_QUOTES and index + 3 < len(tokens) and tokens[index + 2].text in _CLOSE_QUOTES \
                and is_name_token(tokens[index + 1].text) and is_name_token(tokens[index + 3].text) \
                and not _plain_word(tokens[index + 3].text):
            # "Stephen “Tim” Quigley": a name the person goes by, in quotes inside the name
            picked.extend(tokens[index : index + 3])
            index += 3
            continue
        if not picked and titled and not honoured and (tok.text in TITLE_PLACES or _led_town(tok.text)) \
                and index + 2 < len(tokens) \
                and all(is_name_token(t.text) and not _plain_word(t.text) and doc.text[a.end : t.start] == " "
                        and t.text.casefold() not in ORG_HEADS and t.text.casefold() not in FIELD_WORDS
                        for a, t in zip(tokens[index : index + 2], tokens[index + 1 : index + 3])) \
                and not _family_name_of(tokens, index):
            # "Chief Minister Punjab Mohsin Naqvi", "Mayor Karachi A B": the title's place, then the name (but
            # after a style, "Crown Prince Sheikh Sabah Khaled Al-Sabah", the place's name is the person's)
            index += 1
            continue
        if "-cum-" in tok.text:
            break  # "Development Commissioner-cum-Additional Chief Secretary": posts, not a name
        if picked and doc.text[picked[-1].end : tok.start] == " " and _capital_surname(doc, index, honoured or titled,
                                                                                       len(picked)) \
                and not (index + 1 < len(tokens) and is_name_token(tokens[index + 1].text)
                         and doc.text[tok.end : tokens[index + 1].start] == " "):
            picked.append(tok)  # "H.E. Mr. Keisuke SENTA": the surname in capitals ends the name
            index += 1
            break
        if picked and re.fullmatch(r"[A-Z]", tok.text) and index + 1 < len(tokens) \
                and is_name_token(tokens[index + 1].text) and not _plain_word(tokens[index + 1].text) \
                and doc.text[picked[-1].end : tok.start] == " " == doc.text[tok.end : tokens[index + 1].start] \
                and all((p := doc.parsed_token_at(t.start)) is not None and p.pos_ == "PROPN"
                        for t in (picked[-1], tokens[index + 1])):
            picked.append(tok)  # "Waleed A Al-Wahaib": a middle initial written without its stop
            index += 1
            continue
        if not is_name_token(tok.text):
            # "Pieter van der Veld", "Ana Sofia de Almeida Costa"
            k = index
            while k < len(tokens) and tokens[k].text in NAME_PARTICLES and k - index < 3:
                k += 1
            if picked and k > index and k < len(tokens) and is_name_token(tokens[k].text) \
                    and not _plain_word(tokens[k].text) and not tokens[k].text.endswith("."):
                picked.extend(tokens[index:k])
                index = k
                continue
            break
        if len(picked) >= 2 and tok.text in _FAMILY_NAME_STYLES and doc.text[picked[-1].end : tok.start] == " " \
                and not (index + 1 < len(tokens) and is_name_token(tokens[index + 1].text)
                         and doc.text[tok.end : tokens[index + 1].start] == " "):
            picked.append(tok)  # "Finance Advisor Abdul Hafeez Sheikh and ...": the style is the family name
            index += 1
            break
        if _plain_word(tok.text) and not (not picked and tok.text in _SURNAME_WORDS and index + 1 < len(tokens)
                                          and is_name_token(tokens[index + 1].text)
                                          and not _plain_word(tokens[index + 1].text)) \
                and not (picked and index + 1 < len(tokens) and tok.text.casefold() not in HONORIFICS
                         and is_name_token(tokens[index + 1].text) and not _plain_word(tokens[index + 1].text)
                         and any(a <= picked[0].start and tokens[index + 1].end <= b for a, b in doc.person_ends.items())):
            # (but "Salleh Said Keruak": a word that is also a name, inside the model's person)
            if not (picked and re.fullmatch(r"[A-Z]\.", tok.text) and index + 1 < len(tokens)
                    and is_name_token(tokens[index + 1].text) and not _plain_word(tokens[index + 1].text)
                    and not tokens[index + 1].text.endswith(".")) \
                    and not (picked and tok.text in _MONTH_SURNAMES and not picked[-1].text.endswith(".")
                             and doc.text[picked[-1].end : tok.start] == " "
                             and not re.match(r"\s*(?:\d|[A-Z])", doc.text[tok.end : tok.end + 3])) \
                    and not (picked and tok.text == "Said" and doc.text[picked[-1].end : tok.start] == " "
                             and not picked[-1].text.endswith(".")
                             and not re.match(r"\s+(?:that|on|in|at|the|it|he|she|they|we)\b", doc.text[tok.end : tok.end + 6])):
                break
            # "Alhaji Halliru Said, signed": the Arabic name, written capitalised after a given name, not the verb
            # "Dr William May, said": a month that is a surname, after a given name and before no date
            # "Datuk Ab Ghaffar A. Tambi": a middle initial that is also a word ("A.")
        picked.append(tok)
        index += 1
    while picked and picked[-1].text.endswith(".") and len(picked[-1].text) == 2:
        picked.pop()
    if picked and index < len(tokens) and _REGNAL_RE.fullmatch(tokens[index].text) \
            and doc.text[picked[-1].end : tokens[index].start] == " ":
        picked.append(tokens[index])  # "King Mohammed VI": the regnal number is part of the name
        index += 1
    if picked and index < len(tokens) and tokens[index].text.casefold() in ORG_HEADS and tokens[index].text[:1].isupper() \
            and doc.text[picked[-1].end : tokens[index].start] == " ":
        return None  # "secretary Economic Relations Division": a body's name, not a person's
    if picked and (all(t.text.casefold() in FIELD_WORDS for t in picked)
                   or len(picked) >= 2 and picked[-1].text.casefold() in FIELD_WORDS):
        # "Permanent Secretary Foreign Affairs, Ambassador A": a remit; "signed by Sinopec Engineering":
        # a body named for its field; neither is a person
        return None
    if len(picked) >= 2 and not honoured and doc.entity_label(picked[-1].start, picked[-1].end) == "GPE" \
            and doc.entity_label(picked[0].start, picked[0].end) in (None, "ORG") and not _INITIALS_RE.fullmatch(picked[0].text) \
            and not any(a < picked[-1].end and picked[0].start < b for a, b in doc.person_spans):
        # "president of China Mobile Shanghai": a run that ends on a city or country the model reads, with no
        # person's name in it, is a body's name the body finder cut short, not a person's (but initials open
        # a name, whatever the model makes of the surname: "Prime Minister of India PK Sharma in Delhi")
        return None
    if len(picked) >= 2 or len(picked) == 1 and GLUED_INITIALS_RE.fullmatch(picked[0].text):
        # ("N.Batbayar": one token, initials and name)
        return picked[0].start, picked[-1].end, clean_name(doc.text[picked[0].start : picked[-1].end])
    if len(picked) == 1 and people is not None:
        entry = people.by_token(picked[0].text)
        if entry:
            return picked[0].start, picked[0].end, entry.name
    if len(picked) == 1 and doc.entity_label(picked[0].start, picked[0].end) == "PERSON" \
            and picked[0].text.casefold() not in STOP_CAPS and not picked[0].text.isupper():
        # "King Salman", "Premier Li": one name the model takes for a person's; a name it
        # starts with an honorific is the name the person goes by ("Sheikh Hasina")
        first = picked[0].start
        honorific = tokens[index - 2] if index >= 2 and tokens[index - 1] is picked[0] else None
        if honorific is not None and honorific.start in doc.person_starts and honorific.start >= start \
                and honorific.text.casefold().rstrip(".") not in _COURTESY:
            first = honorific.start
        return first, picked[0].end, clean_name(doc.text[first : picked[0].end])
    if len(picked) == 1 and honoured and people is not None and orgs_free(picked[0].text) \
            and not (index < len(tokens) and tokens[index].text[:1].isupper()) \
            and picked[0].text.casefold() not in STOP_CAPS and not picked[0].text.isupper() and len(picked[0].text) > 3:
        # "AIIMS Rishikesh Director Prof Ravikant said": one name after a style, the name the person goes by
        return picked[0].start, picked[0].end, clean_name(picked[0].text)
    return None


def _verb_after(doc: Document, end: int) -> bool:
    """Whether the word after a name is a verb in the parse (the name is a subject)."""
    gap = re.match(r"\s+", doc.text[end : end + 3])
    token = doc.parsed_token_at(end + gap.end()) if gap else None
    return token is not None and token.pos_ in ("VERB", "AUX") and token.text[:1].islower()


def _name_here(doc: Document, start: int) -> bool:
    """Whether a person's name of two or more words starts at ``start``
    (after any honorific: "Prince Faisal bin Farhan")."""
    named = name_after(doc, start)
    return named is not None and (named[0] == start or doc.text[start:named[0]].casefold().split()[0].rstrip(".")
                                  in {h.rstrip(".") for h in HONORIFICS})


class _TitleReader:
    """Reads a chain of titles ("Deputy Secretary of X and Mayor of Y")."""

    def __init__(self, doc: Document, orgs: OrgRegistry, mentions: list[OrgMention]) -> None:
        self.doc = doc
        self.text = doc.text
        self.orgs = orgs
        self.by_start = {m.start: m for m in mentions}

    def read(self, pos: int, prefix_org: str | None = None,
             leads_name: bool = False) -> tuple[list[RawPost], int, tuple[int, int, str] | None]:
        """Posts from ``pos``, where the phrase ends, and a name the phrase
        runs into ("Mayor of Zunyi Liang Qi"). ``leads_name``: no name comes
        before the phrase, so a chain of titles that runs into a name is all
        that name's ("Minister of Oil and Minister of Finance A")."""
        text = self.text
        posts: list[RawPost] = []
        end = pos
        trailing: tuple[int, int, str] | None = None
        while True:
            minister = MINISTER_FIELD_RE.match(text, pos)
            match = minister or ANY_TITLE_RE.match(text, pos)
            if not match:
                break
            title = re.sub(r"\s+", " ", match.group())
            end = match.end()
            short = re.match(r"\s*\(([A-Z][A-Za-z]{1,5})\)", text[end : end + 10])
            words = re.sub(r"(?<=\w)-(?=\w)", " ", title).split()
            if short and any(spells(" ".join(words[k:]), short.group(1)) for k in range(len(words))):
                end += short.end()  # "Assistant Chief Executive Officer (CEO) A": the title's own short form
            spelled = _SPELLED_REMIT_RE.match(text, end)
            if spelled and spells(re.sub(r"\bof\b", "Of", f"{title} of {spelled.group(1)}"), spelled.group(2)):
                # "Chief of Materiel (COM)": the letters spell the title and its remit together, so the remit is the
                # title's own words, not a body
                title, end = f"{title} of {' '.join(spelled.group(1).split())}", spelled.end()
            org: str | None = None
            is_place = False
            if minister:
                field_word = minister.group(1)
                org = f"Ministry of {_FIELD_TO_MINISTRY.get(field_word.casefold(), field_word)}"
            inner = INTERNAL_BODY_RE.match(text, end)
            if inner:
                title += " " + re.sub(r"\s+", " ", inner.group()).strip()
                end = inner.end()
            responsible = _RESPONSIBLE_RE.match(text, end)
            if responsible:  # "Minister Responsible for Foreign Affairs": the remit follows the word
                title += " " + responsible.group().strip()
                end = responsible.end()
            remit = _REMIT_RE.match(text, end)
            lower_remit = _lower_remit(text, end) if remit is None and title[:1].islower() else None
            if lower_remit is None and remit is None and title.casefold().endswith("minister"):
                lower_remit = _lower_fields(text, end)  # "minister of energy and mining, A": the fields it holds
            if lower_remit is not None:
                # "executive vice president for academic affairs and provost at X"
                title += " " + re.sub(r"\s+", " ", text[end:lower_remit]).strip()
                end = lower_remit
            elif remit and "," in remit.group(1) and any(
                    t.start in self.doc.person_starts for t in self.doc.tokens_between(remit.start(1), remit.end())) \
                    and not _name_ends_listed_remit(self.doc, remit.start(1), remit.end()):
                # "Minister for Treasury, Don Polye, and Marcelo Minc": names, not a listed remit
                remit = _REMIT_RE.match(text[: text.index(",", remit.start(1))], end)
                if remit and not self._body_at(remit.start(1)):
                    remit_end = remit.end()
                    title += " " + re.sub(r"\s+", " ", text[remit.start() : remit_end]).strip()
                    end = remit_end
            elif remit and org is None and re.match(r"\s+to\s+the\s", remit.group()) \
                    and self._body_at(remit.end() - len(remit.group(1))):
                # "Secretary to the Ministry of Finance": the ministry the secretary serves, named in the title
                served = self.by_start[remit.end() - len(remit.group(1))]
                entry = self.orgs.resolve(served.name)
                title += " " + " ".join(text[remit.start() : served.end].split())
                org, end = (entry.name if entry else served.name), served.full_end
            elif remit and not self._body_at(remit.end() - len(remit.group(1))):
                # "Deputy Mayor for Economy and Innovation", "Ambassador to South Africa"
                remit_end, trailing = _split_name_off(self.doc, remit.start(1), _remit_stop(text, remit.start(1), remit.end()))
                title += " " + re.sub(r"\s+", " ", text[remit.start() : remit_end]).strip()
                end = remit_end
                aside = _REMIT_ASIDE_RE.match(text, end) if trailing is None else None
                if aside:  # "Acting Minister for Education (Higher Education and Skills) Ong Ye Kung"
                    title += " " + aside.group().strip()
                    end = aside.end()
                elif trailing is None and (posted := _POSTED_ASIDE_RE.match(text, end)) is not None:
                    # "Ambassador to Bangladesh (resident in New Delhi, India) Hugo Gobbi": where the envoy
                    # sits, no part of the post and no body of it
                    end = posted.end()
            complement = _COMPLEMENT_RE.match(text, end) if trailing is None else None
            # "in" gives the body only for a minister, or when a body's name follows:
            # "Principal Secretary in the Ministry of Agriculture"
            country = _of_country(text, end) if minister and trailing is None else None
            if country is not None:
                # "A, Finance Minister of Liberia": the country's office, not a ministry the text never names
                org, is_place, end = country[0], True, country[1]
            elif complement and org is None and not (complement.group(1) == "in" and not minister
                                                     and complement.end() not in self.by_start):
                org, is_place, end, title, trailing = self._complement(title, complement, prefix_org)
                country = _of_country(text, end) if trailing is None and org and org.startswith("Ministry of ") \
                    else None
                if country is not None:
                    # "Minister of Works, Transport and Communications of the United Republic of Tanzania":
                    # the country's office, as the text writes it, whether or not it names the ministry too
                    org, is_place, end = country[0], True, country[1]
            elif prefix_org:
                org = prefix_org
            posted = re.match(r"\s+to\s+", text[end : end + 5]) if trailing is None and org is not None \
                and _ENVOY_RE.search(title) else None
            if posted:
                # "Ambassador of Japan to Mongolia Kobayashi Hiroyuki": the country it is posted to, then the name
                run = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,6}", text[end + posted.end() :])
                if run:
                    _, trailing = _split_name_off(self.doc, end + posted.end(), end + posted.end() + run.end())
                    if trailing is not None:
                        end = trailing[0]
            station = _STATION_RE.match(text, end) if trailing is None and _ENVOY_RE.search(title) else None
            if station:
                # "Consul General in Dubai Lee Seo-yeon", "Consul General of Japan in Seattle Akiko Tanabe"
                station_end, trailing = _split_name_off(self.doc, station.start(1), station.end())
                if trailing is not None:
                    title += " " + re.sub(r"\s+", " ", text[station.start() : station_end]).strip()
                    end = station_end
            seat = re.match(r"\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|" + _PLACE_PARTICLES + r")?[A-Z][\w'’-]*){0,4}(?=,)",
                            text[end : end + 80]) if trailing is None and org is not None and _ENVOY_RE.search(title) else None
            if seat and not any(t.start in self.doc.person_starts for t in self.doc.tokens_between(end, end + seat.end())):
                # "High Commissioner of Norway to Kenya, His Excellency A B", "the ambassador of China in
                # Damascus, A B": the country or city of the posting belongs to the phrase, and the name
                # set off after it is the holder's
                end += seat.end()
            posts.append(RawPost(title, org, is_place, pos, end))
            if trailing:
                break
            cont = _CONTINUE_RE.match(text, end)
            if cont and (ANY_TITLE_RE.match(text, cont.end()) or MINISTER_FIELD_RE.match(text, cont.end())):
                # "A, Secretary of X, and Mayor B attended": a title that runs
                # into a name is the next person's, not a second post of A's
                # (only after a title with its own body: "Vice-Chancellor and
                # President Professor O'Rourke" is one person's two posts)
                if org is not None and not prefix_org and self._runs_into_name(cont.end(), prefix_org) and not (
                        leads_name and (minister or is_place or org.startswith("Ministry of ") or org.split()[-1].casefold() in ORG_HEADS)):
                    # (but a chain that opens the phrase is the name's: "Minister of Oil and Minister of Finance
                    # A"; not where the body may have run into a name the parse missed: "Chairman of Board of X
                    # Galym Nurzhanov and President of Y B")
                    break
                pos = cont.end()
                continue
            listed = self._listed_title_at(end) if org is None and trailing is None else None
            if listed is None and org is None and trailing is None and leads_name \
                    and (comma := _COMMA_TITLE_RE.match(text, end)) is not None \
                    and ((after := ANY_TITLE_RE.match(text, comma.end())) and _COMPLEMENT_RE.match(text, after.end())
                         or MINISTER_FIELD_RE.match(text, comma.end())):
                # "Deputy Prime Minister, Minister of Oil and Minister of Finance A": a chain that opens the
                # phrase, its titles set apart by commas, all the name's
                listed = comma.end()
            if listed is not None:
                # "A, Party chief, chairman and president of X": titles listed with commas, the last two joined
                # by "and", all of the body the last one names
                pos = listed
                continue
            # ("member of the Communist Party politburo, Director of X": a word in lower case may end the body)
            tail = _LOWER_BODY_TAIL_RE.match(text, end) if org is not None and trailing is None else None
            # (or a title whose own words name the body inside it: "Secretary of the Party Committee, President of X")
            comma = _COMMA_TITLE_RE.match(text, tail.end() if tail else end) \
                if (org is not None or inner) and trailing is None else None
            title_after = ANY_TITLE_RE.match(text, comma.end()) if comma else None
            if comma is not None and title_after is not None and _COMPLEMENT_RE.match(text, title_after.end()) \
                    and not self._runs_into_name(comma.end(), prefix_org):
                # "A, Deputy Secretary of the provincial Party Committee, Chairman of the provincial People's
                # Committee;": a chain of posts set off by commas, each with its own body, and no name after
                pos = comma.end()
                continue
            break
        for k in range(len(posts) - 2, -1, -1):  # "Director and General Manager of X"
            # (not a ministry a minister's title implies: "Deputy Prime Minister and Minister of Finance")
            later = posts[k + 1].org
            if posts[k].org is None and later is not None and not (
                    later.startswith("Ministry of ") and self.orgs.resolve(later) is None):
                posts[k].org, posts[k].is_place = posts[k + 1].org, posts[k + 1].is_place
        return posts, end, trailing

    def _listed_title_at(self, end: int) -> int | None:
        """Where the next title starts when the title ending at ``end`` opens
        a list of titles ("Party chief, chairman and president of X"): a
        comma, a title, and another title after a comma or "and". None
        where no such list follows."""
        comma = _LIST_COMMA_RE.match(self.text, end)
        title = ANY_TITLE_RE.match(self.text, comma.end()) if comma else None
        joint = _LIST_JOINT_RE.match(self.text, title.end()) if title else None
        if comma is None or joint is None or not ANY_TITLE_RE.match(self.text, joint.end()):
            return None
        return comma.end()

    def _remit_goes_on(self, title: str, index: int) -> bool:
        """Whether the "and" after the token at ``index`` joins a minister's
        remit ("Minister of Roads and Highways who signed"): capitalised
        words follow that open no title, no name and no style of address,
        and run to a word in lower case or a stop, the last a field's."""
        tokens = self.doc.tokens
        if not re.search(r"(?<![Pp]rime )\b[Mm]inister\b", title) or index + 2 >= len(tokens) \
                or tokens[index + 1].text != "and":
            return False
        k = index + 2
        while k < len(tokens) and tokens[k].text[:1].isupper() and "\n" not in self.text[tokens[k - 1].end : tokens[k].start]:
            tok = tokens[k]
            if tok.start in self.doc.person_starts and _name_here(self.doc, tok.start) and k > index + 2 \
                    and tokens[k - 1].text.casefold() in FIELD_WORDS:
                return True  # "Minister of Roads and Transport Anna Berg": the remit ends on a field, then the name
            if (tok.text.casefold().rstrip(".") in _COURTESY or tok.text.casefold() in HONORIFICS) and k > index + 2 \
                    and tokens[k - 1].text.casefold() in FIELD_WORDS | _REMIT_TAILS and _name_here(self.doc, tok.start):
                return True  # "... and Cooperation Dr Naledi Pandor": the remit ends on a field, then a styled name
            if tok.start in self.doc.person_starts and _name_here(self.doc, tok.start) \
                    or tok.text.casefold().rstrip(".") in _COURTESY \
                    or tok.text.casefold() in HONORIFICS or ANY_TITLE_RE.match(self.text, tok.start) \
                    or MINISTER_FIELD_RE.match(self.text, tok.start) and re.match(r"\S+\s+Minister", self.text[tok.start :]):
                return False
            k += 1
        # (a remit ends on a field: "... and Masagos Zulkifli, Minister of ..." is a name; or on a field,
        # then a name that ends the run: "Minister of International Relations and Cooperation Naledi Pandor")
        return k > index + 2 and (tokens[k - 1].text.casefold() in FIELD_WORDS | _REMIT_TAILS
                                  or self._name_closing(index + 2, k) is not None)

    def _name_closing(self, first: int, stop: int) -> int | None:
        """Where a holder's name starts among the capitalised tokens
        ``first``..``stop`` that close a minister's remit: two or three name
        words right after a field word ("... and Cooperation Naledi Pandor
        said"), the model's person or not (it may read the whole run as a
        body). None where the run does not end so."""
        tokens = self.doc.tokens
        for size in (2, 3, 4):
            at = stop - size
            if at <= first:
                continue
            styled = tokens[at].text.casefold().rstrip(".") in _COURTESY or tokens[at].text.casefold() in HONORIFICS
            if styled and size > 2 and tokens[at - 1].text.casefold() in FIELD_WORDS | _REMIT_TAILS and all(
                    is_name_token(t.text) and not _plain_word(t.text) for t in tokens[at + 1 : stop]):
                return at  # "... and Sports Dr Hang Chuon Naron": the style of address opens the name
            if size < 4 and tokens[at - 1].text.casefold() in FIELD_WORDS | _REMIT_TAILS and all(
                    is_name_token(t.text) and not _plain_word(t.text) and t.text.casefold() not in FIELD_WORDS
                    and t.text.casefold() not in TITLE_WORDS and t.text not in _COUNTRIES for t in tokens[at:stop]):
                return at
        return None

    def _body_at(self, pos: int) -> bool:
        """Whether a body's name starts at ``pos``: one with a head word
        ("Ministry of Commerce"), not a field the model took for a name
        ("Commissioner for Commerce and Industry")."""
        mention = self.by_start.get(pos)
        if mention is None:
            return False
        words = mention.name.split(" of ")[0].split()
        if len(words) == 1:  # "KOTRA", "Ministry of Commerce"; not "Commerce"
            return words[0].isupper() or " of " in mention.name and words[0].casefold() in ORG_HEADS
        return words[-1].casefold().strip(",") in ORG_HEADS

    def _joined_body_end(self, q: int, mention: OrgMention | None) -> int | None:
        """Where a body's name that starts at ``q`` ends when it holds "and"
        and is set off by a comma before its holder's name ("Associate Dean
        of Faculty of Physics and Optoelectronics, Professor A", "Director of
        Admissions and Career Guidance Centre, Mr. A"): the words on either
        side of "and" open no title and no name, so they are no second post
        and no second person, only the one body's name. ``mention``: the
        body the finder read at ``q``, if any. None where the phrase does not
        read so."""
        text = self.text
        if mention is not None:
            rest = _JOINED_BODY_RE.match(text, mention.full_end)
            if rest and (self._body_at(rest.start(1)) or rest.group(1).split()[-1].casefold() in ORG_HEADS):
                return None  # "Chairman of Zhejiang Seaport Group and Ningbo Port Group, A": two bodies, each named
            first, end = (rest.start(1), rest.end(1)) if rest else (0, 0)
        else:
            # the finder read only the words after "and" as a body ("Career Guidance Centre")
            lead = _JOINED_LEAD_RE.match(text, q)
            later = self.by_start.get(lead.end()) if lead else None
            rest = re.match(r",[ \t]+", text[later.full_end : later.full_end + 3]) if later else None
            first, end = (q, later.full_end) if later and rest else (0, 0)
        if rest is None or ANY_TITLE_RE.match(text, first) or MINISTER_FIELD_RE.match(text, first):
            return None
        if any(t.start in self.doc.person_starts for t in self.doc.tokens_between(first, end)):
            return None
        holder = end + len(text[end:end + 4]) - len(text[end:end + 4].lstrip(", \t"))
        return end if _name_here(self.doc, holder) else None

    def _runs_into_name(self, pos: int, prefix_org: str | None) -> bool:
        """Whether the single title at ``pos`` is followed by a person's name."""
        text = self.text
        match = MINISTER_FIELD_RE.match(text, pos) or ANY_TITLE_RE.match(text, pos)
        if not match:
            return False
        end = match.end()
        inner = INTERNAL_BODY_RE.match(text, end)
        if inner:
            end = inner.end()
        complement = _COMPLEMENT_RE.match(text, end)
        if complement and complement.group(1) != "in":
            _, _, end, _, trailing = self._complement(match.group(), complement, prefix_org)
            if trailing:
                return True
        return bool(re.match(r"\s", text[end : end + 1])) and name_after(self.doc, end + 1) is not None

    def _tail_name(self, tokens: list[Token], size: int) -> tuple[int, int, str] | None:
        """The last ``size`` tokens as a person's name: name words the model
        reads as a person's, or the name reader reads and the parse takes
        for proper nouns (not "Indigenous Bus")."""
        tail = tokens[-size:]
        if not self.text[tail[-1].end :].strip():
            return None  # a text cut off inside the name
        # ("of Nepal KP Sharma Oli": initials without stops may open the name, as after a title)
        initials = size >= 3 and _INITIALS_RE.fullmatch(tail[0].text) is not None
        if not all(is_name_token(t.text) and not _plain_word(t.text) and t.text.casefold() not in FIELD_WORDS
                   and t.text not in _COUNTRIES and t.text not in _COUNTRY_OF_ADJECTIVE for t in tail[1 if initials else 0 :]):
            return None
        modelled = any(a <= tail[0].start and tail[-1].end <= b for a, b in self.doc.person_ends.items())
        named = name_after(self.doc, tail[0].start, titled=initials)
        if not modelled and (named is None or named[1] != tail[-1].end or not all(
                (parsed := self.doc.parsed_token_at(t.start)) is not None and parsed.pos_ == "PROPN" for t in tail)):
            return None
        return tail[0].start, tail[-1].end, clean_name(self.text[tail[0].start : tail[-1].end])

    def _body_into_name(self, mention: OrgMention) -> tuple[str, int, tuple[int, int, str]] | None:
        """A body the organization finder ran on into its holder's name
        ("Chairperson of the Board of Directors of the Egypt Sovereign Fund
        Ayman Soliman"): the body up to its head word or country, where it
        ends, and the name. A country's division ends it only where no
        head word does and no name the model reads starts later ("of the
        State of Jalisco Jorge Aristóteles Sandoval Díaz", but not "of Delta
        News Anna Berg")."""
        tokens = self.doc.tokens_between(mention.start, mention.end)
        initials = _INITIALS_NAME_TAIL_RE.search(self.text, mention.start, mention.end)
        if initials is not None and initials.start(1) > mention.start and initials.end() == mention.end:
            # "Chairman of GMR Business Unit R V Sheshan": initials and a family name end the run (the model
            # reads the whole run as one body), and no body's name ends so
            last = max((t for t in tokens if t.end <= initials.start(1)), key=lambda t: t.end, default=None)
            if last is not None and last.text[:1].isupper():
                body = clean_name(re.sub(r"^(?:the|The)\s+", "", self.text[mention.start : last.end]))
                entry = self.orgs.resolve(body)
                named = (initials.start(1), initials.end(), clean_name(initials.group(1)))
                if entry is not None and name_key(entry.name) == name_key(mention.name):
                    self.orgs.rename(entry, body)  # the finder's own body, name and all: it is the body alone
                return (entry.name if entry else body), last.end, named
        for divisions in (False, True):
            for size in (4, 3, 2):
                if len(tokens) < size + 2 or _a_division(tokens[-size].text):
                    continue
                last = tokens[-size - 1]
                ends_a_body = last.text.casefold() in ORG_HEADS or last.text.casefold() in PLACE_HEADS \
                    or last.text in _COUNTRIES  # (a place's body ends in its head word: "of Lundby Province Shen Qiu")
                if not (ends_a_body or divisions and _a_division(last.text)):
                    continue
                if not ends_a_body and any(t.start in self.doc.person_starts for t in tokens[-size + 1 :]):
                    continue  # (the model's person starts later: "of Delta News Anna Berg")
                holder = self._tail_name(tokens, size)
                if holder is None:
                    continue
                body = clean_name(re.sub(r"^(?:the|The)\s+", "", self.text[mention.start : last.end]))
                entry = self.orgs.resolve(body)
                if entry is not None and name_key(entry.name) == name_key(mention.name) and holder[2] in entry.name:
                    # the finder's own body, name and all: it is the body alone
                    self.orgs.rename(entry, body)
                return (entry.name if entry else body), last.end, holder
        return None

    def _run_then_name(self, q: int) -> tuple[str, int, tuple[int, int, str], str] | None:
        """A body's name, its words joined by "of" or "and", that runs into
        the holder's name with nothing between ("Chairman of the Board of the
        Union of Machine Builders of Kazakhstan Meiram Pshembayev", "President
        of the PRC Xi Jinping", "... of the Korea Association of Machinery
        Industry KOAMI Park Young-tak"): the body, where it ends, and the name.
        Only where the body's words end in a country, in an acronym, or in a
        body the text names, so that a field ("Minister of Finance Anna Berg")
        is left to the readers of remits."""
        run = _BODY_RUN_RE.match(self.text, q)
        if run is None:
            return None
        # the run ends at the first name the model reads in it ("... Meiram Pshembayev and Deputy Chairman ...")
        # (not where a name word follows that the model left out: "of Vanuatu Moana Carcasses Kalosil")
        def cut_short(b: int) -> bool:
            more = re.match(r" ([A-Z][a-z'’-]+)(?![\w'’-])", self.text[b : b + 30])
            return more is not None and not _plain_word(more.group(1)) and more.group(1).casefold() not in TITLE_WORDS \
                and more.group(1).casefold() not in HONORIFICS and more.group(1).casefold() not in ORG_HEADS

        stops = sorted(b for a, b in self.doc.person_ends.items() if q < a and b <= run.end() and not cut_short(b))
        tokens = self.doc.tokens_between(q, stops[0] if stops else run.end())
        for k, tok in enumerate(tokens):
            if k and tok.text[:1].isupper() and (tok.text.casefold() in TITLE_WORDS or tok.text.casefold() in HONORIFICS):
                tokens = tokens[:k]  # "of COFCO Ning Gaoning and President of COFCO Patrick Yu": the next post
                while tokens and tokens[-1].text in ("and", "of", "for", "the"):
                    tokens.pop()
                break
        division: tuple[str, int, tuple[int, int, str], str] | None = None
        for size in (4, 3, 2):
            if len(tokens) < size + 1 or _a_division(tokens[-size].text):
                continue  # (a name of four words: "of the State of Jalisco Jorge Aristóteles Sandoval Díaz")
            last = tokens[-size - 1]
            holder = self._tail_name(tokens, size)
            if holder is None:
                continue
            first = 0
            if tokens[0].text.casefold() in FIELD_WORDS:
                # "Minister of Foreign Affairs of Armenia Edward Nalbandyan": the remit, then the body
                joint = next((k for k in range(1, len(tokens) - size) if tokens[k].text == "of"), None)
                if joint is None or joint + 1 >= len(tokens) - size:
                    continue
                first = joint + 1
            head = clean_name(self.text[tokens[first].start : last.end])
            entry = self.orgs.resolve(head)
            acronym = re.fullmatch(r"[A-Z]{2,6}", last.text) is not None
            if entry is None and last.text not in _COUNTRIES and not acronym:
                if _a_division(last.text) and division is None \
                        and not any(t.start in self.doc.person_starts for t in tokens[-size + 1 :]):
                    # "of Jalisco Jorge Aristóteles Sandoval Díaz": a country's division, then the name, unless a
                    # shorter name ends a body the text names, or the model's person starts later ("of Delta
                    # News Anna Berg": Delta News)
                    remit = clean_name(self.text[tokens[0].start : tokens[first - 2].end]) if first else ""
                    division = (head, last.end, holder, remit)
                continue
            if acronym and len(tokens) - size - first > 1 and entry is None:
                longer = clean_name(self.text[tokens[first].start : tokens[-size - 2].end])
                if re.search(".*?".join(map(re.escape, last.text.casefold())), longer.casefold()) \
                        and longer[:1] == last.text[:1]:
                    # "Korea Association of Machinery Industry KOAMI": the body, then its short name
                    entry = self.orgs.resolve(longer) or self.orgs.resolve(last.text)
                    head = entry.name if entry is not None else longer
            remit = clean_name(self.text[tokens[0].start : tokens[first - 2].end]) if first else ""
            return (entry.name if entry is not None else head), last.end, holder, remit
        return division

    def _unit_of_body(self, title: str, unit: OrgEntry | OrgMention, end: int) \
            -> tuple[str, bool, int, str, None] | None:
        """"Head of the Technical Office of X at the Ministry of Foreign
        Affairs": the unit headed is part of the title and the body written
        after "at" (one the text names, no place) is the post's body."""
        at = _COMPLEMENT_RE.match(self.text, end)
        if at is None or at.group(1) != "at":
            return None
        mention = self.by_start.get(at.end())
        if mention is None:
            return None
        body = self.orgs.resolve(mention.name)
        if body is None or body.is_place or body.name == unit.name or body.name in _COUNTRIES:
            return None
        return body.name, False, mention.full_end, re.sub(r"\s+", " ", title), None

    def _complement(self, title, complement, prefix_org):
        text = self.text
        q = complement.end()
        word = complement.group(1)
        titled = ANY_TITLE_RE.match(text, q) if word == "of" and complement.group().rstrip().endswith("of") else None
        if titled is not None and text[q : q + 1].isupper() and _name_here(self.doc, titled.end() + len(
                text[titled.end() :]) - len(text[titled.end() :].lstrip())):
            # "A, representative of Mayor B": the title is the one the named person holds, so the phrase
            # names a person, not a body, and the name after it is no holder of the first title
            return None, False, complement.start(), title, None
        based = re.match(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}-based\s+", text[q : q + 50])
        if based and self.by_start.get(q + based.end()) is not None:
            q += based.end()  # "President of the Luxembourg-based European Investment Bank": the bank, not its seat
        if word == "of" and re.fullmatch(r"(?:\w+\s+){0,2}Minister", title) and re.match(r"State\s+for\s", text[q : q + 10]):
            # "Minister of State for Foreign Affairs": a rank and its remit, not a body called "State for Foreign Affairs"
            remit = _REMIT_RE.match(text, q + 5)
            if remit and remit.group(1).split()[-1].casefold() in FIELD_WORDS | _REMIT_TAILS:
                remit_end, trailing = _split_name_off(self.doc, remit.start(1),
                                                      _remit_stop(text, remit.start(1), remit.end()))
                field = re.sub(r"\s+", " ", text[remit.start(1) : remit_end]).strip()
                ministry = self.orgs.resolve(f"Ministry of {field}") if prefix_org is None else None
                # (the ministry of its remit, as for "Minister of Finance", only where the text names it)
                return ((ministry.name if ministry else prefix_org), False, remit_end,
                        f"{title} of State " + re.sub(r"\s+", " ", text[remit.start() : remit_end]).strip(), trailing)
        mention = self.by_start.get(q)
        owner = re.match(r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}['’]s[ \t]+", text[q : q + 40]) if mention is None or (
            mention.name in _COUNTRIES and re.match(r"['’]s[ \t]+[A-Z]", text[mention.full_end : mention.full_end + 4])) else None
        owned = self.by_start.get(q + owner.end()) if owner else None
        if owner and owned is not None and re.match(r"\s*(?:[,.;:()]|$)|\s+(?!and\s|or\s)[a-z]", text[owned.full_end : owned.full_end + 6]) and (
                owner.group().split("'")[0].split("’")[0] in _COUNTRIES
                or self.orgs.resolve(owner.group().split("'")[0].split("’")[0]) is not None):
            # "deputy chief executive at Singapore's Agency for Science, ...": the body the country or body owns
            mention = self.by_start[q + owner.end()]
        elif owner and owner.group().split("'")[0].split("’")[0] in _COUNTRIES:
            if GOVERNMENT_TITLES.search(title):
                # "Governor of Russia's Orenburg Region Yuri Berg": the place the country owns, then the name
                q += owner.end()
                mention = self.by_start.get(q)
            else:
                mention = None  # "Chairman of China's International Development Cooperation Agency A": named whole
        adjective = re.match(r"(?:provincial|municipal|national|regional|state|city|county|district)\s+", text[q : q + 16])
        if mention is None and adjective:
            # "Director of the provincial Department of Planning and Investment"
            mention = self.by_start.get(q + adjective.end())
        placed = re.match(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:provincial|municipal|city|county|district) ",
                          text[q : q + 60]) if mention is None else None
        if placed and self.by_start.get(q + placed.end()) is not None:
            # "Chairman of the Ha Nam provincial People's Committee": the place's body, named whole
            named_body = self.by_start[q + placed.end()]
            return clean_name(text[q : named_body.full_end]), False, named_body.full_end, title, None
        if mention is not None and mention.full_end == mention.end:
            cut = self._body_into_name(mention)
            if cut is not None:
                return cut[0], False, cut[1], title, cut[2]
        named_for = _NAMED_FOR_PLACE_RE.match(text, mention.full_end) if mention is not None \
            and mention.name in _COUNTRIES else None
        if named_for is not None and name_after(self.doc, named_for.start(1)) is None and not any(
                t.start in self.doc.person_starts for t in self.doc.tokens_between(named_for.start(1), named_for.end(1))):
            # "president of China Mobile Shanghai, A": a body named for its country, whose other words are no
            # person's name (the name reader turns down a run that ends on a city), named whole
            body_name = clean_name(text[q : named_for.end(1)])
            entry = self.orgs.resolve(body_name)
            return (entry.name if entry else body_name), False, named_for.end(1), title, None
        joined = self._joined_body_end(q, mention)
        if joined is not None:
            # "Associate Dean of Faculty of Physics and Optoelectronics, Professor A": one body whose name holds
            # "and", set off before its holder's name
            body_name = clean_name(text[q:joined])
            entry = self.orgs.resolve(body_name)
            return (entry.name if entry else body_name), False, joined, title, None
        if mention is not None:
            entry = self.orgs.resolve(mention.name)
            unit = self._unit_of_body(f"{title}{text[complement.start() : mention.end]}", entry or mention, mention.full_end) \
                if word == "of" else None
            if unit is not None:
                return unit
            return (entry.name if entry else mention.name), False, mention.full_end, title, None
        party = _PARTY_BODY_RE.match(text, q) if mention is None else None
        if party:
            # "vice Secretary of municipal party committee": the Party's committee of a level, named by it
            written = re.sub(r"\s+", " ", party.group())
            entry = self.orgs.resolve(written)
            return (entry.name if entry else written), False, party.end(), title, None
        described = _DESCRIPTION_RE.match(text, q)
        if described:
            entry = self.orgs.describe(described.group())
            if entry is not None:
                return entry.name, False, described.end(), title, None
            if re.match(r"\s*,", text[described.end() : described.end() + 2]) and complement.group().strip().endswith("the"):
                # "the Chairman of the company, A B": a body the text describes, not names; the phrase
                # ends after it, so the name set off after it is the holder's
                return None, False, described.end(), title, None
        described_body = re.match(r"([A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])", text[q : q + 60]) \
            if mention is None else None
        if described_body and described_body.group(1) in _COUNTRY_OF_ADJECTIVE:
            # "CEO of the Chinese oil company Cnooc, A": the body the description names, not its country
            at = q + described_body.end()
            named = self.by_start.get(at)
            if named is not None:
                entry = self.orgs.resolve(named.name)
                return (entry.name if entry else named.name), False, named.full_end, title, None
            run = re.match(r"[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3}", text[at : at + 60])
            if run and at not in self.doc.person_starts and not any(
                    t.start in self.doc.person_starts for t in self.doc.tokens_between(at, at + run.end())):
                return clean_name(run.group().rstrip(".")), False, at + run.end(), title, None
        remit_at = _LOWER_REMIT_AT_RE.match(text, q) if mention is None and word == "of" else None
        at_body = self.by_start.get(remit_at.end()) if remit_at else None
        if remit_at and at_body is not None:
            # "A, dean of engineering at Lindau University": a remit in lower case, then the body it is at
            entry = self.orgs.resolve(at_body.name)
            # (the remit as written, with its article: "head of the international office")
            remit_words = " ".join(text[complement.start() : remit_at.end(1)].split())
            if entry is None or not entry.is_place:
                return (entry.name if entry else at_body.name), False, at_body.full_end, f"{title} {remit_words}", None
        if mention is None and word == "of":
            ran = self._run_then_name(q)
            if ran is not None:
                return ran[0], False, ran[1], f"{title} of {ran[3]}" if ran[3] else title, ran[2]
        tokens: list[Token] = []
        index = self.doc.token_index(q)
        while index < len(self.doc.tokens):
            tok = self.doc.tokens[index]
            if tokens and tok.text in ("'s", "’s") and tok.start == tokens[-1].end and index + 1 < len(self.doc.tokens) \
                    and self.doc.tokens[index + 1].text[:1].isupper():
                tokens.append(tok)  # "Secretary of Bac Ninh's Party Committee A": the owner's body, named whole
                index += 1
                continue
            if tokens and tok.text in _PARTICLE_WORDS and index + 1 < len(self.doc.tokens) \
                    and self.doc.tokens[index + 1].text[:1].isupper() and "\n" not in text[tokens[-1].end : tok.end]:
                # "Mayor of Angra dos Reis, A": a place's name with its particle and the word after it
                tokens += [tok, self.doc.tokens[index + 1]]
                index += 2
                continue
            if tok.start != q and (not tok.text[:1].isupper() or "\n" in text[tokens[-1].end : tok.start]):
                break
            if tok.start == q and not tok.text[:1].isupper():
                break
            if tokens and (tok.start in self.doc.person_starts or tok.text.casefold() in HONORIFICS) \
                    and _name_here(self.doc, tok.start):
                # "Minister of Foreign Affairs Faisal bin Farhan": the name the model sees ends the run, and
                # "of Business and Employment Francesc Xavier Mena": a given name the model left out with it
                while len(tokens) >= 2 and is_name_token(tokens[-1].text) and not _plain_word(tokens[-1].text) \
                        and tokens[-1].text.casefold() not in FIELD_WORDS and tokens[-1].text not in _COUNTRIES \
                        and tokens[-2].text.casefold() in FIELD_WORDS:
                    tokens.pop()
                break
            if tokens and GLUED_INITIALS_RE.fullmatch(tok.text):
                break  # "Minister of Economic Development N.Batbayar": a name with its initials glued on
            if tokens and _INITIALS_NAME_RE.match(text, tok.start):
                break  # "Chairman of GMR Business Unit R V Sheshan": initials and a family name open the name
            if tokens and (tok.text.casefold().rstrip(".") in _COURTESY or tok.text == "Tan" and index + 1 < len(
                    self.doc.tokens) and self.doc.tokens[index + 1].text == "Sri"):
                break  # "Director-General of the National Visual Art Development Board Prof Datuk Dr A"
            tokens.append(tok)
            if index + 2 < len(self.doc.tokens) and self.doc.tokens[index + 1].text == "and" \
                    and tok.text.casefold() in FIELD_WORDS and self.doc.tokens[index + 2].text.casefold() in FIELD_WORDS \
                    and self.doc.tokens[index + 2].text[:1].isupper():
                # "Minister of Finance and Economic Affairs": one remit
                tokens.append(self.doc.tokens[index + 1])
                index += 1
            elif word == "of" and self._remit_goes_on(title, index):
                # "Minister of Roads and Highways", "Minister of Labour and Vocational Training": a minister's
                # remit goes on after its "and" up to the words that end it
                tokens.append(self.doc.tokens[index + 1])
                index += 1
            index += 1
        if not tokens:
            # "the Lower Saxony minister of economic affairs": a remit in lower case; the body is the one before
            return prefix_org, False, complement.start(), title, None
        lower_tail = _LOWER_FIELD_TAIL_RE.match(text, tokens[-1].end) if word == "of" and re.search(
            r"(?<![Pp]rime )\b[Mm]inister\b", title) else None
        if lower_tail and all(w in FIELD_WORDS for w in lower_tail.group(1).split()):
            # "Rwanda's Minister of Finance and economic planning and B": the remit goes on in lower case
            tokens = tokens + self.doc.tokens_between(tokens[-1].end, lower_tail.end(1))
        listed = _LISTED_REMIT_RE.match(text, tokens[-1].end) if word == "of" and self.doc.token_index(
            tokens[-1].end) < len(self.doc.tokens) else None
        extra = self.doc.tokens_between(tokens[-1].end, listed.end()) if listed else []
        named_from = len(extra)
        if listed is None and word == "of" and re.search(r"(?<![Pp]rime )\b[Mm]inister\b", title):
            # "Minister of Trade, Industry and Energy Paik Ungyu signed": the listed remit, then the name
            listed = _LISTED_REMIT_OPEN_RE.match(text, tokens[-1].end)
            extra = self.doc.tokens_between(tokens[-1].end, listed.end()) if listed else []
            opening = self.doc.token_index(extra[0].start) if extra else 0
            closing = self._name_closing(opening, opening + len(extra)) if extra else None
            if closing is None or "and" not in (t.text for t in extra[: closing - opening]):
                listed, extra = None, []
            else:
                named_from = closing - opening
                styled = extra[named_from].text.casefold().rstrip(".") in _COURTESY \
                    or extra[named_from].text.casefold() in HONORIFICS
                if styled:  # (the name with its style is read after the title, as after any minister's)
                    extra = extra[:named_from]
        if listed and not self._body_at(tokens[-1].end + len(listed.group(1))) and not any(
                t.start in self.doc.person_starts or t.text.casefold() in TITLE_WORDS - FIELD_WORDS for t in extra[:named_from]):
            # (a field is no title there: "Information Technology" in "Minister of Transport, Communications and
            # Information Technology" is the remit's, though "Chief Information Officer" is a title)
            # "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad": a remit
            # listed up to its "and", all of it the title's
            tokens = tokens + extra
        run_text = text[tokens[0].start : tokens[-1].end]
        government = bool(GOVERNMENT_TITLES.search(title))
        if word == "in" and not government:
            return None, False, complement.start(), title, None
        # "Mayor of Zunyi Liang Qi": the place, then the name
        if government and len(tokens) >= 3 and all(
            is_name_token(t.text) and not _plain_word(t.text) for t in tokens[-2:]
        ):
            place = text[tokens[0].start : tokens[-3].end]
            name = text[tokens[-2].start : tokens[-1].end]
            return clean_name(place), True, tokens[-3].end, title, (tokens[-2].start, tokens[-1].end, clean_name(name))
        for size in (2, 3):
            # "Minister of Environment Jonas Petrauskas": the field, then the name
            # ("Secretary of Finance Cesar V. Purisima": three words, the middle one an initial)
            if government or len(tokens) < size + 1 or not all(
                    is_name_token(t.text) and not _plain_word(t.text) for t in tokens[-size:]) \
                    or tokens[-size].text.casefold() in FIELD_WORDS:
                continue  # (three name words after a field too: "of International Cooperation Rania Al Mashat")
            field_run = tokens[:-size]
            head_text = text[field_run[0].start : field_run[-1].end]
            if all(t.text.casefold() in FIELD_WORDS or t.text.casefold() in _FIELD_MODIFIERS
                   or t.text.casefold() in _REMIT_TAILS or t.text in ("and", ",") for t in field_run) \
                    and (field_run[-1].text.casefold() in FIELD_WORDS or field_run[-1].text.casefold() in _REMIT_TAILS):
                first = tokens[-size]
                holder = (first.start, tokens[-1].end, clean_name(text[first.start : tokens[-1].end]))
                return prefix_org, False, field_run[-1].end, f"{title} of {head_text}", holder
        entry = self.orgs.resolve(run_text, allow_bare=True)
        whole = entry is not None and (name_key(entry.name) == name_key(run_text)
                                       or name_key(run_text) in (name_key(a) for a in entry.aliases))
        if not whole and word == "of" and len(tokens) >= 3:
            # (also when the run resolves only in part: "President of ICBC Gu Shu")
            # "General Director of Daeseong Electronics Kim Sang-woo": a body the text
            # names elsewhere, then the holder's name
            for size in (2, 3, 4):  # the longest body first: "Daeseong Electronics", not "Daeseong"
                if len(tokens) - size < 1:
                    continue
                name_tokens = tokens[-size:]
                if not all(is_name_token(t.text) and not _plain_word(t.text) for t in name_tokens) \
                        or name_tokens[0].text.casefold() in FIELD_WORDS:
                    continue  # ("the International Science Program": a field starts no name)
                body = self.orgs.resolve(text[tokens[0].start : tokens[-size - 1].end], allow_bare=True)
                acronym = tokens[0].text if len(tokens) == size + 1 and re.fullmatch(r"[A-Z]{2,6}", tokens[0].text) \
                    and size in (2, 3) and any(a <= name_tokens[0].start and name_tokens[-1].end <= b
                                               for a, b in self.doc.person_ends.items()) else None
                # ("President of ICBC Gu Shu": a body's acronym, then a name the model reads as one)
                modelled = any(a <= name_tokens[0].start and name_tokens[-1].end <= b
                               for a, b in self.doc.person_ends.items())
                if entry is not None and not modelled:
                    continue  # a run the text's body explains in part: a name only where the model sees one
                if body is not None or acronym:
                    holder = (name_tokens[0].start, name_tokens[-1].end,
                              clean_name(text[name_tokens[0].start : name_tokens[-1].end]))
                    return (body.name if body else str(acronym)), False, tokens[-size - 1].end, title, holder
        if entry is None and re.fullmatch(r"(?:Deputy\s+|Vice\s+|State\s+)?Minister", title) and word == "of" \
                and tokens[0].text == "State":
            # "Minister of State": a rank, not a Ministry of State ("at the Foreign Office": its body)
            at = _COMPLEMENT_RE.match(text, tokens[0].end)
            if at and at.group(1) == "at":
                return self._complement(f"{title} of State", at, prefix_org)
            return prefix_org, False, tokens[0].end, f"{title} of State", None
        if entry is None and re.fullmatch(r"(?i:(?:Deputy\s+|Vice\s+|State\s+)?Minister)", title) and word == "of":
            # "Minister of Finance" (and "minister of Finance"): the post of the Ministry of Finance
            ministry = self.orgs.resolve(f"Ministry of {run_text}")
            return (ministry.name if ministry else f"Ministry of {run_text}"), False, tokens[-1].end, f"{title} of {run_text}", None
        if entry is None and not government and word == "of" and not prefix_org \
                and not text[tokens[-1].end : tokens[-1].end + 4].startswith(" at ") and not any(
                t.text.casefold() in ORG_HEADS or t.text.casefold() in PLACE_HEADS for t in tokens) \
                and all(t.text.casefold() in FIELD_WORDS or t.text.casefold() in _FIELD_MODIFIERS for t in tokens) \
                and tokens[-1].text.casefold() in FIELD_WORDS and not any(m.start == tokens[0].start for m in self.by_start.values()):
            # "Secretary of Sustainable Development": the remit is part of the title; the body is unsaid
            return None, False, tokens[-1].end, f"{title} of {run_text}", None
        if entry is not None and not government:
            return entry.name, False, tokens[-1].end, title, None
        if government or tokens[-1].text.casefold() in PLACE_HEADS:
            if entry is not None and not entry.is_place and name_key(entry.name) == name_key(run_text):
                return entry.name, False, tokens[-1].end, title, None
            return clean_name(run_text), True, tokens[-1].end, title, None
        after = text[tokens[-1].end : tokens[-1].end + 4]
        if after.startswith(" at ") or prefix_org:
            title = f"{title} of {run_text}"
            at = _COMPLEMENT_RE.match(text, tokens[-1].end)
            if at and at.group(1) == "at":
                org, is_place, end, title, trailing = self._complement(title, at, prefix_org)
                return org, is_place, end, title, trailing
            return prefix_org, False, tokens[-1].end, title, None
        if entry is not None:
            return entry.name, False, tokens[-1].end, title, None
        return clean_name(run_text), False, tokens[-1].end, title, None


def _remit_stop(text: str, start: int, end: int) -> int:
    """Where a remit read up to ``end`` really ends: at its last "and" when
    what follows is the next person's phrase ("to Nepal Yu Hong and Nepal's
    Foreign Secretary B", "for Transport and Mrs B")."""
    joints = list(re.finditer(r"\s+(?:and|&)\s+", text[start:end]))
    if not joints:
        return end
    def a_name(word: str) -> bool:
        return is_name_token(word) and not _plain_word(word) and word.casefold() not in FIELD_WORDS

    for joint in joints:
        # "for Physical Planning and Transport Management Ramesh Lekhak and Information ...": a field,
        # then a name, then the next person's phrase; "for Finance A B and Chief Secretary C": a title
        before = text[start : start + joint.start()].split()
        named = any(len(before) >= size + 1 and before[-size - 1].casefold() in FIELD_WORDS
                    and all(a_name(w) for w in before[-size:]) for size in (2, 3))
        # "to Nepal Anna Berg and Karl Olsen": the country of an envoy's posting, then a name, then the next name
        named = named or any(" ".join(before[:size]) in _COUNTRIES and 2 <= len(before) - size <= 4
                             and all(a_name(w) for w in before[size:]) for size in (1, 2, 3))
        # (the next title may follow a people's adjective: "... Hun Tsui and Azerbaijani Deputy Prime Minister B")
        nation = re.match(r"([A-Z][\w'’-]*)\s+", text[start + joint.end() : end])
        title_at = start + joint.end() + (nation.end() if nation and (
            nation.group(1) in _COUNTRY_OF_ADJECTIVE or nation.group(1) in _COUNTRIES) else 0)
        if named or (len(before) >= 3 and ANY_TITLE_RE.match(text, title_at)
                     and all(a_name(w) for w in before[-2:])):
            return start + joint.start()
        # "for Foreign Affairs and British Foreign Secretary B": the remit ends on a field, and after the
        # "and" a people's adjective opens the next person's field title
        fields = re.match(r"(?:[A-Z][a-z]+\s+){1,3}?(?=[A-Z])", text[title_at:end]) if title_at > start + joint.end() else None
        while fields is not None and before and before[-1].casefold() in FIELD_WORDS \
                and all(w.casefold() in FIELD_WORDS for w in fields.group().split()):
            if ANY_TITLE_RE.match(text, title_at + fields.end()):
                return start + joint.start()
            fields = re.match(re.escape(fields.group()) + r"[A-Z][a-z]+\s+(?=[A-Z])", text[title_at:end])
    last = joints[-1]
    after = text[start + last.end() : end]
    first_word = after.split()[0].casefold() if after.split() else ""
    if first_word in HONORIFICS or first_word + "." in HONORIFICS or re.search(r"['’]s\b", after) \
            or (re.match(r"\s", text[end : end + 1]) and ANY_TITLE_RE.match(text, end + 1)):
        return start + last.start()
    return end


# a body's name written in capitalised words, joined by "of", "and" or "for" ("Union of Machine Builders of Kazakhstan")
_BODY_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*){2,12}")
# lower-case words inside a place's name ("Rio de Janeiro", "Angra dos Reis", "Vila do Conde")
_PARTICLE_WORDS = frozenset({"de", "da", "do", "dos", "das", "del", "di", "du", "la", "le", "les", "el"})
_PLACE_PARTICLES = r"(?:(?:" + "|".join(sorted(_PARTICLE_WORDS)) + r")\s+)"
_ENVOY_RE = re.compile(r"(?i)\b(?:consul|ambassador|envoy|representative|attach[eé]|counsel+or)")
_STATION_RE = re.compile(r"\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){2,5})(?![\w'’-])")


def _name_ends_listed_remit(doc: Document, start: int, end: int) -> bool:
    """Whether the only person in a remit listed up to its "and" begins after
    the last field's first word ("for Industry, Commerce and Supplies Anna Berg
    Vermeer": the remit, then its holder), not right after a comma ("for
    Treasury, Piet Vermeer, and Jan Smit": names, no listed remit)."""
    last_and = [m for m in re.finditer(r"\s(?:and|&)\s+", doc.text[start:end])]
    if not last_and:
        return False
    field_start = start + last_and[-1].end()
    field_word = re.match(r"[^\s,]+", doc.text[field_start:end])
    people = [t.start for t in doc.tokens_between(start, end) if t.start in doc.person_starts]
    # (the last field's first word may be one the lexicon does not know, "and Worship A", so long as no
    # person starts at it or before it)
    return bool(people) and field_word is not None and all(at > field_start for at in people)


def _family_name_of(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` comes back in the family name of the name words after it
    ("Sabah Khaled Al-Hamad Al-Sabah"): a given name, not a place."""
    word = tokens[index].text.casefold()
    for tok in tokens[index + 1 : index + 6]:
        if not is_name_token(tok.text):
            break
        if tok.text.casefold().endswith("-" + word):
            return True
    return False


def _a_place_led(name: str) -> bool:
    """Whether ``name`` is a country, a country's division or a region or city
    whose head the regional list names ("Karachi", "Seoul")."""
    return name in _COUNTRIES or name in place_names() or _led_town(name)


def _led_town(name: str) -> bool:
    """A region or city whose head the regional list names ("Karachi", "Seoul")."""
    from kg.knowledge.leaders import regions_led

    return name in regions_led("en")


def _a_division(word: str) -> bool:
    """Whether ``word`` names a country's first-level division ("Jalisco", "Ontario"); the
    gazetteer leaves out the short names that are also words of people's names."""
    return word in place_names() and word not in _COUNTRIES


def _split_name_off(doc: Document, start: int, end: int) -> tuple[int, tuple[int, int, str] | None]:
    """A run of capitalised words after a title's remit or station that ends
    in a person's name ("to Spain Efua Boateng", "in Dubai Lee Seo-yeon"):
    where the remit ends, and the name."""
    words = list(re.finditer(r"[^\s]+", doc.text[start:end]))
    for k, word in enumerate(words[1:], 1):
        if word.group().casefold() in HONORIFICS:
            # "for Academic Development Prof Dr Anna Berg and ...": a style of address ends the remit, and
            # the name is the one it introduces
            return start + words[k - 1].end(), name_after(doc, start + word.start())
    if words and words[-1].group().casefold() in FIELD_WORDS | _REMIT_TAILS:
        return end, None  # "for Foreign Affairs and East Africa Cooperation": a field ends the remit, not a name
    if len(words) >= 2 and GLUED_INITIALS_RE.fullmatch(words[-1].group()):
        # "of Economic Development N.Batbayar": a name of one word, its initials glued on
        first = start + words[-1].start()
        return start + words[-2].end(), (first, start + words[-1].end(), words[-1].group())
    for size in (3, 2, 1):
        # "to Kuwait Prince Sultan bin Saad Al-Saud": a country, then a name the name reader reads
        if len(words) > size and " ".join(w.group() for w in words[:size]) in _COUNTRIES:
            named = name_after(doc, start + words[size].start())
            if named is not None and named[1] >= end - 1:
                return start + words[size - 1].end(), named
    for size in (3, 2, 1):
        # "to Namibia Wisnu Edi Pratignyo": a country, then a name of any length (also where the model
        # reads only part of it as a person: "to Vietnam Umeda Kunio")
        rest = words[size:]
        if len(rest) >= 2 and " ".join(w.group() for w in words[:size]) in _COUNTRIES \
                and all(is_name_token(w.group()) and not _plain_word(w.group()) for w in rest):
            first = start + rest[0].start()
            stop = start + rest[-1].end()
            return start + words[size - 1].end(), (first, stop, clean_name(doc.text[first:stop]))
    for k, word in enumerate(words[1:], 1):
        # "for Education Ong Ye Kung": where the model's person begins
        if start + word.start() in doc.person_starts and all(is_name_token(w.group()) for w in words[k:]):
            while k >= 2 and is_name_token(words[k - 1].group()) and not _plain_word(words[k - 1].group()) \
                    and words[k - 1].group().casefold() not in FIELD_WORDS and words[k - 1].group() not in _COUNTRIES \
                    and (words[k - 2].group().casefold() in FIELD_WORDS
                         or re.sub(r"s$", "", words[k - 2].group().casefold()) in ORG_HEADS):
                # "for Foreign Affairs Prakash Sharan Mahat", "for Africa and Regional Organisations Pedro Manuel
                # Sousa": the model's person short of a given name
                k -= 1
            first = start + words[k].start()
            return start + words[k - 1].end(), (first, end, clean_name(doc.text[first:end]))
    if len(words) >= 3:
        last = [w.group() for w in words[-2:]]
        if all(is_name_token(w) and not _plain_word(w) for w in last) \
                and not any(w.casefold() in ORG_HEADS or w.casefold() in PLACE_HEADS for w in last) \
                and words[-3].group().casefold() not in ("and", "&"):
            first_word = len(words) - 2
            before = words[-3].group()
            if len(words) >= 4 and is_name_token(before) and not _plain_word(before) \
                    and before.casefold() not in FIELD_WORDS and before not in _COUNTRIES and not before.endswith("s") \
                    and (words[-4].group().casefold() in FIELD_WORDS
                         or re.sub(r"s$", "", words[-4].group().casefold()) in ORG_HEADS):
                # "for Education Ong Ye Kung", "for Africa and Regional Organisations Afonso Evaristo Eduardo": a
                # name of three words after the field (or the bodies the remit names)
                first_word -= 1
            if first_word < len(words) - 2:
                first = start + words[first_word].start()
                return start + words[first_word - 1].end(), (first, start + words[-1].end(),
                                                             clean_name(doc.text[first : start + words[-1].end()]))
            first = start + words[-2].start()
            return start + words[-3].end(), (first, start + words[-1].end(), clean_name(doc.text[first : start + words[-1].end()]))
    return end, None


_COUNTRY_OF_ADJECTIVE = knowledge("en").country_of_adjective
_COUNTRIES = knowledge("en").countries
_PUBLIC_TITLE_RE = re.compile(r"(?:(?:Executive|Deputy|Vice|First|Lord)\s+)*(?:Mayor|Governor|Senator|Ambassador|Consul|"
                              r"Minister|Premier|Magistrate|Party\s+Secretary)\b")


_PARTY_SECRETARY_RE = re.compile(r"(?:(?:Deputy|Vice)\s+)?Party\s+Secretary\b")


# a public office written in lower case after the place it serves: "the Lower Saxony minister of transport"
# (titles.yaml ``place_offices``)
_LOWER_PUBLIC_TITLE_RE = knowledge("en").place_office_re
_COUNTRY_RUN_RE = re.compile(r"(?:The\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})")


def _of_country(text: str, pos: int) -> tuple[str, int] | None:
    """" of Liberia", " of the United Republic of Tanzania" right at ``pos``:
    the country, and where its name ends."""
    of = re.match(r"\s+of\s+(?:the\s+)?", text[pos : pos + 12])
    return _country_after(text, pos + of.end()) if of else None


def _country_after(text: str, pos: int) -> tuple[str, int] | None:
    """The country whose name or formal name starts at ``pos`` ("Liberia",
    "The Gambia", "the United Republic of Tanzania"), and where it ends;
    None where the words there are no country's, or run on into a longer
    name ("Kenya Revenue Authority")."""
    run = _COUNTRY_RUN_RE.match(text, pos)
    if run is None:
        return None
    words = run.group(1).split()
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size]).rstrip(".")  # "... of Ghana." ends the sentence
        country = written if written in _COUNTRIES else knowledge("en").country_of_official_name.get(written)
        if country is not None:
            end = run.start(1)
            for word in words[: size - 1] + [written.split()[-1]]:
                end = text.index(word, end) + len(word)
            if re.match(r"\s+[A-Z]", text[end : end + 2]) and size < len(words) and \
                    words[size].casefold() in ORG_HEADS:
                return None
            return country, end
    return None


_PREFIX_REACH = 160  # characters before a title where the body it names can start
# an envoy's title with the country or city of its posting ("Ambassador to Ghana", "High Commissioner in Colombo")
_POSTED_ENVOY_RE = re.compile(r"(?i)(?:[\w-]+\s+)*?(?:ambassador|high\s+commissioner|envoy)\b.*\s(?:to|in)\s+\S")


def _posted_envoy(text: str, prefix_start: int, pos: int, prefix: str | None, post: RawPost) -> bool:
    """Whether a people's adjective written before an envoy's title with its
    posting ("the Spanish Ambassador to Ghana") names the envoy's own country
    and is read as part of the title, as is the country's name written so
    ("Malawi Ambassador to Egypt"): such a title is written whole, and
    "Ambassador to Ghana" alone reads short of it. (A possessive, "Ghana's
    Ambassador to Kenya", stays out of the title.)"""
    written = text[prefix_start:pos].strip()
    return prefix is not None and prefix in _COUNTRIES and post.org == prefix and prefix_start < pos \
        and (written in _COUNTRY_OF_ADJECTIVE or written in _COUNTRIES) and _POSTED_ENVOY_RE.match(post.title) is not None


def _by_end(mentions: list[OrgMention]) -> dict[int, list[OrgMention]]:
    """The mentions by where their names (with any "(ACRONYM)") end, in order."""
    ends: dict[int, list[OrgMention]] = {}
    for mention in mentions:
        ends.setdefault(mention.full_end, []).append(mention)
    return ends


# a side that sends one of its own: "X was represented by its", "X, led by its" (then the title)
_REPRESENTED_BY_ITS_RE = re.compile(r"(?:\s*,)?\s+(?:(?:was|were|is|are|has\s+been)\s+)?(?:represented|led|headed)\s+"
                                    r"(?:at\s+the\s+(?:signing|ceremony|event)(?:\s+ceremony)?\s+)?by\s+its\s+$")


# a country in brackets after a post's body or place ("Governor of Tierra del Fuego (Argentina) A")
_COUNTRY_ASIDE_RE = re.compile(r"[ \t]*\(([A-Z][\w'’. -]{1,40})\)")


# one who stands in for the holder of the title after: "the Representative of the Minister of ..."
_STAND_IN_RE = re.compile(r"(?i)\b((?:personal\s+)?(?:representative|envoy|delegate)s?\s+of\s+(?:the\s+)?)$")


# a body described, not named, as the owner of a title right after it ("the institute's ", "The company's ")
_DESCRIBED_OWNER_RE = re.compile(r"(?:^|(?<=\s))[Tt]he\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s\s+$")


def _prefix_org(doc: Document, orgs: OrgRegistry, ends: dict[int, list[OrgMention]],
                pos: int) -> tuple[int, str | None, bool]:
    """A body named just before a title ("Hengyang Mayor", "CHEI General
    Manager", "Kingsbridge's Dean"): its start, name, and whether a place."""
    text = doc.text
    before = text[max(0, pos - _PREFIX_REACH) : pos]  # a window: the text before a title, not all of it
    before = before[before.rfind("\n") + 1 :]  # and never the paragraph before (a headline is no body)
    represented = _REPRESENTED_BY_ITS_RE.search(before)
    if represented is not None:
        # "The Kisumu Institute was represented by its Director, A", "X, led by its President A": X's
        at = pos - len(before) + represented.start()
        for mention in ends.get(at, []):
            entry = orgs.resolve(mention.name)
            return pos, entry.name if entry else mention.name, False
    description = _DESCRIBED_OWNER_RE.search(before)
    owner = orgs.describe(f"the {description.group(1)}") if description is not None else None
    if description is not None and owner is not None:
        # "The institute's director, A", "A, the company's chairman": the one body the description fits (in
        # lower case; "the Ministry's Undersecretary" below)
        return pos - len(before) + description.start(), owner.name, owner.is_place
    for mention in (m for end in range(pos - 5, pos + 1) for m in ends.get(end, [])):
        # (on the title's own line, as the window above: "... of Turkey\n\nPresident Mahama" is no Turkish post)
        if mention.full_end <= pos and re.fullmatch(r"[^\S\n]*(?:['’]s)?[^\S\n]*", text[mention.full_end : pos]) \
                and mention.full_end > pos - 6:
            if _a_states_own(orgs, mention.name):
                return mention.start, mention.name, True
            entry = orgs.resolve(mention.name)
            return mention.start, entry.name if entry else mention.name, False
    match = re.search(r"(?:^|(?<=[\s(]))((?:[A-Z][\w\-'’]*\s+){0,2}[A-Z][\w\-'’]*?)(['’]s|s)?\s+$", before)
    if not match:
        return pos, None, False
    written = match.group(1) + (match.group(2) or "")
    for size in (3, 2, 1):  # "the Egyptian Minister of Investment", "the Sri Lankan Ambassador": a post of the country
        adjective = " ".join(written.split()[-size:])
        if adjective in _COUNTRY_OF_ADJECTIVE and len(written.split()) >= size:
            return pos - len(before) + before.rfind(adjective), _COUNTRY_OF_ADJECTIVE[adjective], True
    words = match.group(1).split()
    while words and (words[0].casefold() in STOP_CAPS or words[0].casefold() in HONORIFICS):
        words.pop(0)
    if not words or any(w.casefold() in STOP_CAPS or w.casefold() in TITLE_WORDS for w in words):
        return pos, None, False
    candidate = " ".join(words)
    ending = match.group(2) or ""
    if ending == "s" and not re.search(r"(?<![\w-])" + re.escape(candidate) + r"(?![\w-])", text):
        # "Los Angeles Mayor A": a name that ends in "s", not a lost possessive ("Los Angele")
        candidate, ending = candidate + "s", ""
    if ending == "s" and (candidate.casefold().endswith(("ie", "s", "u")) or
                                  (candidate + "s").casefold() in FIELD_WORDS):
        return pos, None, False  # "Industries Minister": a field, not "Industrie"'s minister
    start = pos - len(before) + before.rfind(candidate)
    full = candidate + ending
    if candidate in _COUNTRIES and ending != "s":
        return start, candidate, True  # "Nepal's Foreign Secretary": a post of the country
    if ending != "s" and _a_states_own(orgs, candidate):
        return start, candidate, True
    if len(words) == 1 and ending and candidate.casefold() in ORG_HEADS and before.endswith(
            f"the {candidate}{ending} ") and (described := orgs.describe(f"the {candidate}")) is not None:
        # "A, the Ministry's Undersecretary": the one body the text names with that head word
        return start - 4, described.name, described.is_place
    if len(words) == 1 and (_PUBLIC_TITLE_RE.match(text, pos) or ending and GOVERNMENT_TITLES.match(text, pos)) \
            and orgs.exact(candidate) is None:
        # "Bremen's Senator", "Portugal's Ambassador", "Mombasa's mayor": the place, not a body whose name
        # starts with it
        bare = orgs.resolve(candidate, allow_bare=True) if _PARTY_SECRETARY_RE.match(text, pos) else None
        if bare is not None and bare.kind in ("university", "company"):
            # ("Beihang Party Secretary A": a university or a company has its own Party secretary, a city's
            # is the city's; no place is named by the first word of a university's name)
            return start, bare.name, False
        return start, clean_name(candidate), True
    if len(words) > 1 and (GOVERNMENT_TITLES.match(text, pos) or _LOWER_PUBLIC_TITLE_RE.match(text, pos)) \
            and orgs.exact(candidate) is None \
            and not any(w.casefold() in ORG_HEADS or w.casefold() in PLACE_HEADS for w in words):
        # "El Paso Mayor Oscar Leeser": the city, not the "El Paso City Council" the article also names
        return start, clean_name(candidate), True
    entry = orgs.resolve(full, allow_bare=True) or orgs.resolve(candidate, allow_bare=True)
    if entry is None and len(words) >= 2 and words[0].isupper() and len(words[0]) >= 2:
        # "AIIMS Rishikesh Director": a body's acronym, then the place of its branch
        body = orgs.resolve(words[0], allow_bare=True)
        if body is not None and not body.is_place:
            return start, body.name, False
    if entry is None and len(words) >= 2 and (words[-1] in _COUNTRIES or words[-1] in _COUNTRY_OF_ADJECTIVE):
        # "The AfDB Ghana Country Manager": the body, then the country the post covers
        body = orgs.resolve(" ".join(words[:-1]), allow_bare=True)
        if body is not None and not body.is_place:
            return pos - len(before) + before.rfind(candidate), body.name, False
    if entry is None and len(words) >= 2:
        # "Cumberland State President Howard Beale": a name short of its last word ("University")
        key = name_key(candidate) + " "
        hits = [e for e in orgs.entries if not e.is_place and name_key(e.name).startswith(key)
                and len(name_key(e.name)[len(key):].split()) == 1 and name_key(e.name).split()[-1] in ORG_HEADS]
        if len(hits) == 1:
            entry = hits[0]
    if entry is not None:
        return start, entry.name, entry.is_place
    if len(words) == 1 and ending == "" and candidate.casefold() not in PLACE_HEADS:
        if candidate.isupper() and len(candidate) >= 2 and not GOVERNMENT_TITLES.match(text, pos):
            return start, candidate, False  # "DUK registrar P Suresh Babu": a body's acronym
        return start, clean_name(candidate), True  # "Hengyang Mayor": a place ("City Mayor": no place named)
    return pos, None, False


def _a_states_own(orgs: OrgRegistry, name: str) -> bool:
    """Whether a title after ``name`` is the state's own office ("Maryland Secretary of State A"): a US or
    Indian state the article names as no body of its own, not the "Maryland Department of Commerce" it
    also names, which a prefix match would give."""
    return name in _STATES and orgs.exact(name) is None


_FIELD_RUN_RE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][a-z]+|and|&)(?:,?[ \t]+(?:[A-Z][a-z]+|and|&)){0,3})[ \t]+$")


def _field_before(text: str, pos: int) -> int | None:
    """Where a field written before a title starts ("Trade Secretary",
    "Foreign Affairs Secretary"): capitalised field words only, on the
    title's line. None when the words before the title are anything else."""
    match = _FIELD_RUN_RE.search(text, max(0, pos - 40), pos)
    if match is None:
        return None
    words = list(re.finditer(r"[^\s,]+", match.group(1)))
    # "Anna Berg and Commerce Secretary", "Nepal's Industry, Commerce and Supplies Secretary": the run
    # of field words that ends at the title, after words that are none
    # (a run glued to a word that is none is no field: "Sinopec Engineering President")
    others = [i for i, w in enumerate(words) if w.group() not in ("and", "&") and w.group().casefold() not in FIELD_WORDS]
    if others and others[-1] + 1 < len(words) and words[others[-1]].group() in _COUNTRY_OF_ADJECTIVE:
        # "British Foreign Secretary": the country's adjective, then the field (the country is read as the body)
        words = words[others[-1] + 1 :]
        others = []
    if others:
        last = words[others[-1]]
        if others[-1] + 1 >= len(words) or words[others[-1] + 1].group() not in ("and", "&") \
                and not match.group(1).startswith(",", last.end()):
            return None
        words = words[others[-1] + 1 :]
    while words and words[0].group() in ("and", "&"):
        words.pop(0)
    if not words or words[-1].group() in ("and", "&"):
        return None
    return match.start(1) + words[0].start()


_QUALIFIER_BEFORE_RE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][a-z]+[ \t]+){1,2}?)$")


def _qualifier_after_body(doc: Document, ends: dict[int, list[OrgMention]], pos: int) -> int | None:
    """Where the words that narrow a title start when they come between a
    body's name and the title ("Norvik Bank Regional Director A", "Delta Bank
    Technical Director B"): one or two plain capitalised words right after a
    body the finder read, each a field, a modifier or a unit's word
    (titles.yaml unit_qualifiers), none a head word, place, country or style."""
    window = doc.text[max(0, pos - 30) : pos]
    run = _QUALIFIER_BEFORE_RE.search(window)
    if run is None:
        return None
    words = run.group(1).split()
    start = pos - len(window) + run.start(1)
    while words and not (doc.text[start - 1 : start] == " " and ends.get(start - 1)):
        start += len(words.pop(0))
        start += len(doc.text[start:]) - len(doc.text[start:].lstrip(" \t"))
    if not words:
        return None
    for word in words:
        low = word.casefold()
        if low not in TITLE_QUALIFIERS or low in ORG_HEADS or low in PLACE_HEADS or low in STOP_CAPS or low in HONORIFICS \
                or word in _COUNTRIES or word in _COUNTRY_OF_ADJECTIVE or word in TITLE_PLACES:
            return None
    if any(a < pos and start < b for a, b in doc.person_spans):
        return None
    return start


# lower-case words a lower-case title may take before it besides fields and modifiers ("board chairman")
_LOWER_TITLE_WORDS = knowledge().lower_title_words
_LOWER_RUN_RE = re.compile(r"(?:(?<=\s)|^)((?:[a-z]+[ \t]+){1,3})$")
# fields listed before a title: "energy, mining, water and environment", "public works and transport"
_LOWER_LIST_RE = re.compile(r"(?:(?<=\s)|^)((?:[a-z]+,?[ \t]+){1,4}and[ \t]+(?:[a-z]+[ \t]+){1,2})$")


def _lower_field_before(text: str, pos: int) -> int | None:
    """Where the lower-case words a lower-case title carries start
    ("Bangladeshi civil aviation secretary A", "Sri Lankan ports minister B",
    "Chia Tai Group board chairman C"): fields, modifiers and "board", right
    before the title, after a capitalised word (the body or country the post
    is of). The words are the title's: without them "secretary" names another
    post. None when the title is capitalised or the words are anything else."""
    if not text[pos : pos + 1].islower():
        return None
    allowed = LOWER_TITLE_QUALIFIERS
    match = _LOWER_LIST_RE.search(text, max(0, pos - 60), pos)
    while match is not None and match.group(1).split()[0].rstrip(",") not in allowed:
        # ("signed by energy, mining, water and environment minister": the list starts after "by")
        match = _LOWER_LIST_RE.search(text, match.start(1) + len(match.group(1).split()[0]) + 1, pos)
    words = [w.rstrip(",") for w in match.group(1).split() if w != "and"] if match else []
    listed = bool(words) and len(words) >= 3 and all(w in FIELD_WORDS or w.endswith("s") and w[:-1] in FIELD_WORDS
                                                     for w in words)
    if not words or not all(w in allowed or w.endswith("s") and w[:-1] in FIELD_WORDS for w in words):
        # (a list of fields with its "and": "energy, mining, water and environment minister"; else up to
        # three words: "civil aviation secretary")
        match = _LOWER_RUN_RE.search(text, max(0, pos - 40), pos)
        if match is None:
            return None
        words = match.group(1).split()
    if match is None or not all(w in allowed or w.endswith("s") and w[:-1] in FIELD_WORDS for w in words):
        return None
    if not any(w in FIELD_WORDS or w[:-1] in FIELD_WORDS or w in _LOWER_TITLE_WORDS for w in words):
        return None  # ("deputy secretary": the title reader takes its modifiers itself)
    if not listed and not re.search(r"[A-Z][\w.'’-]*(?:['’]s)?[ \t]+$", text[max(0, match.start(1) - 40) : match.start(1)]):
        return None  # ("the ports minister": no body or country written before; but three fields and more, listed
        # with their "and", are a remit wherever they stand: "signed by energy, mining, water and environment minister")
    return match.start(1)


# words that end a minister's remit but head no body's field ("Minister of International Cooperation A")
_REMIT_TAILS = {"cooperation", "relations"}
# the unit word a place is written with before a name ("Governor of Kostanay region Arkhimed Mukhambetov")
_UNIT_AFTER_PLACE_RE = re.compile(r"\s+(?:region|province|state|county|oblast|prefecture|district|municipality)\s+(?=[A-Z])")
_FIELD_MODIFIERS = knowledge().field_modifiers
_BODY_BETWEEN_RE = re.compile(r"((?:[A-Z][\w&'’.-]*[ \t]+){1,4}[A-Z][\w&'’.-]*),[ \t]+")
# ("Rajesh Kumar, IAS, Secretary, ...": a service's letters too, as after a name in Indian copy)
# (an honour's letters with stops, "A, T.I., Head, International Office": the name's, as a degree is)
# ("Dr. Rajesh Kumar IAS, Secretary of ...": the letters may follow the name with no comma)
_DEGREE_RE = re.compile(r"(?:,\s*|[ \t]+)(?:(?:[A-Z]\.){2,3}|"
                        + "|".join(map(re.escape, sorted(_CAPITAL_NOT_SURNAME, key=len, reverse=True))) + r")\s*$")


def _letters_after_name(doc: Document, end: int) -> re.Match[str] | None:
    """A degree, honour or service's letters that end at ``end`` after a name ("Rebecca Lin, MD,",
    "Dr. Rajesh Kumar IAS,"), which the name ends before; None where there are none, or where the
    letters are the name's own surname ("Prof. Dr. Khadga KC (Rector)")."""
    degree = _DEGREE_RE.search(doc.text, max(0, end - 12), end)
    if degree is not None and degree.group().strip(" \t,") in _SURNAME_LETTERS:
        index = doc.token_index(end) - 1
        if 0 <= index < len(doc.tokens) and doc.tokens[index].text in _SURNAME_LETTERS \
                and _given_words_before(doc, index) == 1:
            return None
    return degree


_PLACE_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?=\s*[,.;:)]|\s+[a-z]|\s*$)")


def _governed_place_after(text: str, pos: int, posts: list[RawPost]) -> tuple[str, int] | None:
    """The place written after 'of' that follows a governing officer's name
    ("Gov. Nasir Idris of Kebbi", "Mayor Anna Berg of Truro") and where it
    ends: only offices that govern a place (``government`` in titles.yaml),
    and only a run of capitalised words that ends the clause and holds no
    title, body or sentence word (not "Mayor A of the Council said"), save
    a place's level as its last word ("Mayor A of Hanam City", "Governor B
    of Uasin Gishu County": "City" and "County" are also words of titles)."""
    if not posts or not all(GOVERNMENT_TITLES.search(p.title) for p in posts):
        return None
    match = _PLACE_RUN_RE.match(text, pos)
    if match is None:
        return None
    words = match.group().split()
    if len(words) >= 2 and words[-1].casefold() in PLACE_HEADS:
        words = words[:-1]  # (the level is the place's, not a title's: "Hanam City" is kept whole)
    if any(w.casefold() in STOP_CAPS or w.casefold() in TITLE_WORDS or w.casefold() in ORG_HEADS
           or w.casefold() in MONTHS_AND_DAYS for w in words):
        return None
    return match.group(), match.end()


_LEVELS = ("District", "Town", "Township")
_LEVEL_TITLE_RE = re.compile(r"(?:(?:Vice|Deputy|Executive)\s+)*(" + "|".join(_LEVELS) + r")\s+[A-Z]")
_PLACE_BEFORE_RE = re.compile(r"(?:^|(?<=\s))([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+$")


# a place named with its head word, right before a title ("Lusaka Province Permanent Secretary A")
_HEADED_PLACE_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+(?:"
                                     + "|".join(sorted((h.capitalize() for h in PLACE_HEADS), key=len, reverse=True))
                                     + r"))[ \t]+$")


def _level_place_before(text: str, pos: int) -> tuple[int, str] | None:
    """The place of a local office whose title starts with its level
    ("Wuchang District Secretary", "Wujing Town Mayor"): the capitalised
    words before the title, with the level ("Wuchang District"), and where
    they start. None when the title has no level or no place is written."""
    level = _LEVEL_TITLE_RE.match(text, pos)
    if level is None:
        return None
    before = _PLACE_BEFORE_RE.search(text, max(0, pos - 40), pos)
    if before is None:
        return None
    words = before.group(1).split()
    while words and (words[0].casefold() in STOP_CAPS or words[0].casefold() in TITLE_WORDS
                     or words[0].casefold() in HONORIFICS or words[0].casefold() in ORG_HEADS):
        words.pop(0)
    if not words or any(w.casefold() in TITLE_WORDS or w.casefold() in ORG_HEADS or w.casefold() in PLACE_HEADS
                        for w in words):
        return None
    place = " ".join(words)
    return pos - len(before.group()) + before.group().find(place), f"{place} {level.group(1)}"


_RUN_JOINERS = {"of", "and", "&", "for", "the"}


def _styled_remit(doc: Document, orgs: OrgRegistry, end: int) -> tuple[int, str | None, str, tuple[int, int, str]] | None:
    """A title's remit or body written straight after it, with no "of", up to a
    style of address that starts the holder's name, as South Asian copy writes
    posts ("Dean Faculty of Engineering Prof Dr A B", "Director External
    Linkages Prof C D", "Principal Secretary Urban Development and Housing Shri
    E F"): where the run ends, the body it names (None for a remit), the run,
    and the name. The style is what tells the run from a name, or, after a
    run of field words only, where the model starts a name ("Director
    External Linkages Fauzia Hadi Ali")."""
    tokens = doc.tokens
    index = doc.token_index(end)
    if index >= len(tokens) or doc.text[end : tokens[index].start] != " ":
        return None
    run: list[Token] = []
    while index < len(tokens) and len(run) < 10:
        tok = tokens[index]
        low = tok.text.casefold()
        if tok.text == "," and 0 < len(run) <= 3 and index + 1 < len(tokens):
            # "Chief Minister KP, Parvez Khattak": the body or place, set off from the name by a comma (only
            # where the run names one the text or the gazetteer knows)
            written = clean_name(doc.text[run[0].start : run[-1].end])
            entry = orgs.resolve(written)
            named = name_after(doc, tokens[index + 1].start) if entry is not None or _a_place_led(written) else None
            if named is None:
                return None
            return run[-1].end, (entry.name if entry is not None and not entry.is_place else None), written, named
        if run and doc.text[run[-1].end : tok.start] != " ":
            return None
        if low.rstrip(".") in _COURTESY or low in HONORIFICS:
            break
        if run and tok.start in doc.person_starts and not _plain_word(tok.text) \
                and all(t.text.casefold() in FIELD_WORDS or t.text.casefold() in _RUN_JOINERS for t in run):
            break  # "Director External Linkages Fauzia Hadi Ali": field words, then a name the model reads
        if not (tok.text[:1].isupper() or run and low in _RUN_JOINERS) \
                or tok.start in doc.person_starts and not _plain_word(tok.text) \
                or ANY_TITLE_RE.match(doc.text, tok.start) or MINISTER_FIELD_RE.match(doc.text, tok.start):
            return None  # (a second title in the run: "Former Mayor Zurich and President of X Dr A")
        run.append(tok)
        index += 1
    else:
        return None
    if run and all(_excellency_letter(doc.text, t.start, t.end) for t in run):
        return None  # ("Secretary-General of X H E Dr. A": His Excellency's letters, then a style, no remit)
    if not run or run[-1].text.casefold() in _RUN_JOINERS or run[0].text.casefold() in _RUN_JOINERS \
            or run[-1].text.casefold() in ("associate", "assistant", "emeritus", "adjunct"):
        return None  # ("President Associate Professor A B": the style's own first word, no remit)
    named = name_after(doc, tokens[index].start)
    if named is None:
        return None
    run_text = clean_name(doc.text[run[0].start : run[-1].end])
    head = run_text.split(" of ")[0].split()[-1].casefold()
    entry = orgs.resolve(run_text)
    body = entry.name if entry is not None else (run_text if head in ORG_HEADS else None)
    return run[-1].end, body, run_text, named


_JOINED_RE = re.compile(r"[A-Z][\w'’-]*\s+(?:and|&)\s+")
# "Rector of Plovdiv University": a title word and the body it is of ("Amir Jaffery" is a name)
_TITLE_OF_BODY_AFTER_RE = re.compile(r"[A-Z][\w-]*\s+of\s+(?:the\s+)?[A-Z]")
# "Professor Rumen Mladenov ": a style of address, then a name of two or three words, right before a title
_STYLED_NAME_BEFORE_RE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(h[:1].upper() + h[1:]) for h in sorted(
    HONORIFICS, key=len, reverse=True)) + r")\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s$")


def _field_starts(doc: Document) -> set[int]:
    """Where a minister's title opens with its field ("Trade and Industry
    Minister"): a person's name the field's "and" follows is no field
    ("Trade Minister A Berg and Foreign Minister B": B's title is "Foreign
    Minister" only)."""
    text = doc.text
    out: set[int] = set()
    if "Minister" not in text:
        return out  # (every field ends with the title: the article is not searched for nothing)
    spans = list(doc.person_ends.items())
    for match in MINISTER_FIELD_RE.finditer(text):
        start = match.start()
        if any(a <= start < b for a, b in spans):
            joined = _JOINED_RE.match(text, start)
            if joined is None or MINISTER_FIELD_RE.match(text, joined.end()) is None:
                continue
            start = joined.end()
        out.add(start)
    return out


def _posted_before(people: PersonRegistry, found: list[PersonMention], name: str) -> bool:
    """Whether the person named has been introduced with a post already: a
    title set between that person and another name then introduces the
    other ("Together with Gedu, Minister of Defense, Lemma Megersa")."""
    entry = people.get(name) or (people.by_token(name) if " " not in name.strip() else None)
    return entry is not None and any(m.name == entry.name and m.posts for m in found)


def find_people(doc: Document, orgs: OrgRegistry, mentions: list[OrgMention]) -> tuple[list[PersonMention], PersonRegistry]:
    """Every person introduced with a post, and the registry of their names."""
    text = doc.text
    reader = _TitleReader(doc, orgs, mentions)
    ends = _by_end(mentions)
    people = PersonRegistry()
    found: list[PersonMention] = []
    consumed_until = -1
    starts = sorted({m.start() for m in ANY_TITLE_RE.finditer(text)} | _field_starts(doc))
    inside_names = [(a, b) for a, b in doc.person_ends.items()]
    person_end_set = set(doc.person_ends.values())
    for pos in starts:
        if pos < consumed_until:
            continue
        degree = re.match(r"[A-Za-z.]+(?=\s*,)", text[pos : pos + 8])
        if degree and _DEGREE_RE.search(text[max(0, pos - 3) : pos + degree.end()]) \
                and _name_before(doc, text.rfind(",", 0, pos)) is not None:
            continue  # "Rebecca Lin, MD, president and CEO of ...": a degree after the name, not a post
        if any(a < pos < b and len(text[a:pos].split()) >= 2 and "\n" not in text[a:pos]
               and all(is_name_token(w) and not _plain_word(w) for w in text[a:pos].split())
               for a, b in inside_names) and not _TITLE_OF_BODY_AFTER_RE.match(text, pos):
            continue  # "Syed Khalid Amir Jaffery": a given name inside the model's person, not a title
        before = text[max(0, pos - 32) : pos]
        # "Cheng Xiaobo, President of ...", "Tang Wenbo (Secretary-General of ...)", "A, a professor at ...",
        # "A, who is also the ruler of Dubai"
        # ("A who is the deputy secretary of ...", "A as the president of X": no comma)
        # ("A – Chief Technology Officer USF": a spaced dash sets a title off too, but not "A – the Mayor
        # of Rome said", where the dash closes an aside)
        # ("A, as Assistant Vice President for International, represents ...", "A as Chinese Consul General in
        # X": the country's adjective before the title names the post's country)
        appositive = re.search(r"(?:(?:,|\()\s*(?:who\s+(?:is|was)\s+(?:also\s+)?)?|\s+who\s+(?:is|was)\s+(?:also\s+)?"
                               r"|,?\s+as\s+(?:(?P<adjective>(?-i:[A-Z])[\w-]+)\s+)?)(?:the\s+|an?\s+)?$"
                               r"|[ \t][–—-][ \t]*$", before)
        if appositive is not None and appositive.groupdict().get("adjective") \
                and appositive.group("adjective") not in _COUNTRY_OF_ADJECTIVE:
            appositive = None
        # "A, Metro Coordinating Director of KMA": a title's own words, set off after the name, before its core
        qualified = _qualifying_words(doc, reader, before, pos) if appositive is None else None
        if qualified is not None:
            appositive = re.search(r"(?:,|\()\s*(?:the\s+)?$", before[: len(before) - (pos - qualified)])
            if appositive is None:
                qualified = None
        # "Zhou Yihe Deputy Mayor of Wuzhong City": a name the model reads, then at once a title with its body
        glued = appositive is None and text[pos - 1 : pos] == " " and (
            pos - 1 in person_end_set
            # ("Professor Rumen Mladenov Rector of Plovdiv University signed": a styled name, then the title)
            or _STYLED_NAME_BEFORE_RE.search(text, max(0, pos - 60), pos) is not None)
        if appositive or glued:
            comma = max(0, pos - 32) + appositive.start() if appositive else pos - 1
            # "Rebecca Lin, MD, president and CEO of ...": a degree after the name
            degree = _letters_after_name(doc, comma)
            named = _name_before(doc, degree.start() if degree else comma)
            if named:
                posts, end, runs_into = reader.read(pos)
                # ("..., Governor of Kostanay region B": the place's unit word may come between)
                unit = _UNIT_AFTER_PLACE_RE.match(text, end) if posts else None
                if posts and (name_after(doc, end + 1) is not None and re.match(r"\s", text[end : end + 1])
                              or unit is not None and name_after(doc, unit.end()) is not None
                              # ("A, Ambassador of UAE to Pakistan B along with ...": the phrase runs into B)
                              or runs_into is not None):
                    posts = []  # "..., Vice Governor Li Rongcan": the title belongs to the next name
                if len(posts) >= 2 and re.fullmatch(r",?\s+and\s+the\s+", text[posts[-2].end : posts[-1].start]) \
                        and (after := re.match(r",\s+", text[end : end + 3])) is not None \
                        and name_after(doc, end + after.end()) is not None:
                    # "A, President of X, and the Rector (of Y), B": the title after "and the" is B's, set off
                    # before B's name as A's was after A's
                    posts = posts[:-1]
                    end = posts[-1].end
                if glued and any(p.org is None for p in posts):
                    posts = []  # ("Anna Berg President ...": no body of its own, perhaps a headline's words)
                listed = re.match(r",\s*", text[end : end + 3]) if posts else None
                segment = re.match(r"[^,.;\n]{2,40}(?=,)", text[end + listed.end() :]) if listed else None
                bare = segment.group().strip() if segment else ""
                if bare and (ANY_TITLE_RE.fullmatch(bare) or bare.endswith("s") and ANY_TITLE_RE.fullmatch(bare[:-1])):
                    # "Chief Minister Pema Khandu, Deputy Chief Minister, Cabinet Ministers, Chief
                    # Secretary ...": titles listed without names, of others who attended
                    posts = []
                # (a posting's city may come between: "the Consul of China in Rio de Janeiro, B")
                next_comma = re.match(r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+" + _PLACE_PARTICLES + r"?[A-Z][\w'’-]*){0,3})?,\s*",
                                      text[end : end + 60]) if posts else None
                if next_comma and name_after(doc, end + next_comma.end()) is not None \
                        and (any(m.start <= named[0] < m.end and m.phrase_start < m.start for m in found)
                             or _posted_before(people, found, named[1])):
                    # "T1 of X, A, T2 of Y, B": A's title came before A; T2 is B's
                    # ("Together with Gedu, Minister of Defense, Lemma Megersa": Gedu's post was given before)
                    posts = []
                owner = re.match(r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}", text[end : end + 60]) if posts else None
                if owner and any(end + m.start() in doc.person_starts for m in re.finditer(r"(?<=\s)[A-Z]", owner.group())):
                    posts = []  # "A, Secretary of Bac Ninh's Party Committee B said": B's title, not A's
                # "Izumi Arai, Vice-President, JICA"; "Fatima Yasmin, secretary Economic Relations Division"
                # ("A, Director of International Relations of IIT Norvik": a remit, then the body it is of)
                body = re.match(r",\s*(?:the\s+)?| (?=[A-Z])|\s+(?:of|at)\s+(?:the\s+)?", text[end : end + 12]) if posts and all(
                    p.org is None for p in posts) else None
                mention = reader.by_start.get(end + body.end()) if body else None
                if mention is not None and re.match(r"\s*(?:[,;.)(]|and\s|$)|\s+[a-z]", text[mention.full_end : mention.full_end + 5]):
                    # "Izumi Arai, Vice-President, JICA (left)": the body after the title
                    entry = orgs.resolve(mention.name)
                    for post in posts:
                        post.org, post.is_place = (entry.name if entry else mention.name), False
                    end = mention.full_end
                elif mention is None and body is not None and (body.group().strip() or _ACRONYM_RE.match(text, end + 1)):
                    # "Anna Berg, Director, IIT Norvik, said": a body the article names elsewhere, or
                    # a country or state, set off after the title
                    set_off = _body_after_title(orgs, text, end + body.end())
                    if set_off is not None:
                        for post in posts:
                            post.org, post.is_place = set_off[0], set_off[1]
                        end = set_off[2]
                elif posts and all(p.org is not None and p.org.startswith("Ministry of ") and orgs.resolve(p.org) is None
                                   for p in posts) and (comma_after := _COMMA_RE.match(text, end)) is not None:
                    # "A, Health Minister, Kerala, and B": the ministry its title implies is unnamed; the
                    # country or state set off after it is the post's
                    set_off = _body_after_title(orgs, text, comma_after.end())
                    if set_off is not None and set_off[1]:
                        for post in posts:
                            post.org, post.is_place = set_off[0], True
                        end = set_off[2]
                if posts and appositive is not None and appositive.groupdict().get("adjective") and all(p.org is None for p in posts):
                    for post in posts:
                        post.org, post.is_place = _COUNTRY_OF_ADJECTIVE[appositive.group("adjective")], True
                if posts and qualified is not None:
                    if posts[0].org is None:
                        posts = []  # ("A, Senior Research Fellow, said": no body to tell a title from other words)
                    else:
                        posts[0].title = " ".join(text[qualified:pos].split()) + " " + posts[0].title
                        posts[0].start = qualified
                if posts:
                    start, name = named
                    name = people.add(name).name
                    found.append(PersonMention(name, start, start + len(doc.text[start:comma].rstrip()), start, end, posts))
                    consumed_until = end
                    continue
        field_start = _field_before(text, pos)
        if field_start is None:
            field_start = _lower_field_before(text, pos)
        if field_start is not None and _body_ends_field(ends, field_start, pos, text):
            field_start = None  # "the Norvik Chamber of Commerce chairman A": the body's last words, not a field
        if field_start is None:
            field_start = _qualifier_after_body(doc, ends, pos)
        if field_start is not None:
            # "Nepal's Foreign Secretary": a body or country before the field
            prefix_start, prefix, prefix_place = _prefix_org(doc, orgs, ends, field_start)
            prefix_start = min(prefix_start, field_start)
        else:
            prefix_start, prefix, prefix_place = _prefix_org(doc, orgs, ends, pos)
            level = _level_place_before(text, pos)
            if level is not None:
                # "Hongkou District Director Lu Ming": the district, not a body whose name starts with it
                prefix_start, prefix, prefix_place = level[0], level[1], True
            elif prefix is None and (headed := _HEADED_PLACE_BEFORE_RE.search(text, max(0, pos - 60), pos)) is not None \
                    and not any(w.casefold() in TITLE_WORDS or w.casefold() in ORG_HEADS or w.casefold() in STOP_CAPS
                                for w in headed.group(1).split()[:-1]):
                # "Lusaka Province Permanent Secretary Charles Sipanje": the province the office is of
                prefix_start, prefix, prefix_place = headed.start(1), headed.group(1), True
        posts, end, trailing = reader.read(pos, prefix_org=prefix, leads_name=_leads_name(doc, text, min(pos, prefix_start)))
        if not posts:
            continue
        aside = _COUNTRY_ASIDE_RE.match(text, end) if trailing is None and posts[-1].org is not None else None
        if aside is not None and aside.group(1) in _COUNTRIES:
            # "Governor of Tierra del Fuego (Argentina) Gustavo Melella": the country of the post's place, in
            # brackets, then the holder's name
            end = aside.end()
        stand_in = _STAND_IN_RE.search(text, max(0, pos - 40), pos)
        if stand_in is not None and prefix is None and trailing is None and re.match(r"\s*,", text[end : end + 3]):
            # "the Representative of the Minister of Higher Education, Prof. A": A stands in for the minister
            # (not "representative of Mayor A", where A is the mayor)
            posts[0].title = re.sub(r"\s+", " ", stand_in.group(1)).strip() + " " + posts[0].title
            posts[0].start = stand_in.start(1)
        if trailing is None:
            styled = _styled_remit(doc, orgs, end)
            if styled is not None:
                # "Dean Faculty of Engineering Prof Dr A B", "Principal Secretary Urban Development Shri C D"
                run_end, run_body, run_remit, trailing = styled
                if run_body is not None:
                    posts[-1].org, posts[-1].is_place = run_body, False
                elif GOVERNMENT_TITLES.fullmatch(posts[-1].title) and _a_place_led(run_remit):
                    # "Mayor Karachi Murtaza Wahab": the town the office governs, written with no "of"
                    posts[-1].org, posts[-1].is_place = run_remit, True
                else:
                    posts[-1].title += " " + run_remit
                posts[-1].end = end = run_end
        if prefix and prefix_place and re.match(r"City\s+Mayor", posts[0].title):
            # "Chihuahua City Mayor": the mayor of the city, named as the text names it
            posts[0].title = re.sub(r"^City\s+", "", posts[0].title)
            if posts[0].org == prefix and not prefix.endswith(" City"):
                posts[0].org = prefix = f"{prefix} City"
        qualified = _qualifying_words(doc, reader, text[max(0, pos - 32) : pos], pos) \
            if field_start is None and prefix is None and posts[0].org is not None else None
        if qualified is not None and re.search(r"(?:^|\s)the\s+$", text[max(0, qualified - 5) : qualified]):
            # "the Commercial Consul of China in Rio de Janeiro, B": the words that narrow the title are its own
            posts[0].title = " ".join(text[qualified:pos].split()) + " " + posts[0].title
            posts[0].start = prefix_start = qualified
        if field_start is not None:
            # "Trade Secretary Alfredo Pascual": the field is the title's, not a body
            posts[0].title = " ".join(text[field_start:pos].split()) + " " + posts[0].title
            posts[0].start = field_start
        elif _posted_envoy(text, prefix_start, pos, prefix, posts[0]):
            # "the Spanish Ambassador to Ghana A B": the country and the posting make one title
            posts[0].title = " ".join(text[prefix_start:pos].split()) + " " + posts[0].title
        for post in posts:
            if prefix in _COUNTRIES and post.org and post.org != prefix and "ministry" in post.org.casefold() \
                    and re.search(r"(?i)\bminist", post.title):
                # "Egyptian Minister of Investment Sahar Nasr", "Rwanda's Minister of Finance": a post of
                # the country's, whose ministry the title names (but "the Ethiopian Director for Africa of the
                # Ministry of Foreign Affairs": a director of the ministry the text names)
                post.org, post.is_place = prefix, True
            if prefix and prefix_place and post.org == prefix:
                post.is_place = True
        phrase_start = min(pos, prefix_start)
        person = trailing
        if person is None:
            after = re.match(r"\s*,\s*|\s+", text[end : end + 3])
            if after:
                reversed_appositive = after.group().strip() == ","
                owning = reader.by_start.get(end + after.end()) if reversed_appositive and all(
                    p.org is None for p in posts) else None
                tie = re.match(r",\s*", text[owning.full_end : owning.full_end + 3]) if owning is not None else None
                if owning is not None and tie and name_after(doc, owning.full_end + tie.end(), people) is not None:
                    # "Chairman-cum-Managing Director, MCL, P K Sinha": the title, its body, then the name
                    entry = orgs.resolve(owning.name)
                    for post in posts:
                        post.org, post.is_place = (entry.name if entry else owning.name), False
                    end = owning.full_end
                    after = tie
                elif reversed_appositive and owning is None and all(p.org is None for p in posts):
                    # "Executive Vice Chairman, Tropical General Investment, A said": a body the finder
                    # does not know, its capitalised words set off between the title and the name
                    run = _BODY_BETWEEN_RE.match(text, end + after.end())
                    words = run.group(1).split() if run else []
                    if run and len(words) >= 2 and not ANY_TITLE_RE.search(run.group(1)) and not any(
                            w.casefold() in HONORIFICS or w in _COUNTRIES for w in words) \
                            and end + after.end() not in doc.person_starts \
                            and name_after(doc, run.end(), people) is not None:
                        for post in posts:
                            post.org, post.is_place = clean_name(run.group(1)), False
                        end = run.end(1)
                        after = re.match(r",\s*", text[end : end + 3]) or after
                name_at = end + after.end()
                style = _SET_OFF_STYLE_RE.match(text, name_at) if reversed_appositive else None
                if style is not None and name_after(doc, style.end(), people) is not None:
                    name_at = style.end()  # "Liberia's Minister of Foreign Affairs, Ambassador A B": A B's style
                person = name_after(doc, name_at, people, titled=not reversed_appositive)
                if person and reversed_appositive and not (
                        re.match(POSTNOMINALS + r"\s*[,.;]", text[person[1] : person[1] + 16])
                        # "the Health Minister, Hon. A B (MP for Norvik Central), and ...": an aside after the name
                        # ("... (MP for Norvik Central) with the two bodies": the aside, then the sentence goes on)
                        or re.match(POSTNOMINALS + r"\s*\([^()\n]{1,60}\)\s*(?:[,.;]|(?:and|with|while|who|said|" + _SIGNED_WORDS + r")\s)",
                                    text[person[1] : person[1] + 90])
                        # "the Minister for X, the Hon A B AM, MP and the Minister for Y": letters, then the next one
                        or re.match(POSTNOMINALS[:-1] + r"+\s+and\s", text[person[1] : person[1] + 24])
                        # "Permanent Secretary for Foreign Affairs, Dr. A B while meeting ...": the model's person
                        # ("The President of X, Dr. A B along with ...", "the Chairman of X, A B at the Lodge", "... in Riyadh")
                        or re.match(r",?\s+(?:and|while|who|said|" + _SIGNED_WORDS + r"|along|together|at|on|in|with)\s", text[person[1] : person[1] + 11])
                        and doc.entity_label(person[0], person[1]) == "PERSON"
                        # "the Vice Chancellor of X, Professor A B hosted a delegation": the name, then its verb
                        or _verb_after(doc, person[1])
                        # "Managing Director of X, Alhaji A B, signed for the company": the name set off, then its verb
                        or text[person[1] : person[1] + 1] == "," and _verb_after(doc, person[1] + 1)):
                    person = None
                own = re.match(r",\s*the\s+[a-zA-Z]|,\s*", text[person[1] : person[1] + 8]) if person and reversed_appositive else None
                continued = re.search(r"(?:\band|,)\s+(?:the\s+)?$", text[max(0, phrase_start - 10) : phrase_start])
                # ("The Mayor of X, A, the Consul of Y, B, the CEO of Z, C": the list named the one before
                # after their title, so this title is the next name's)
                chained = any(m.phrase_start < m.start and m.end <= phrase_start and re.fullmatch(
                    r"\s*,\s*(?:the\s+)?", text[m.end : phrase_start]) for m in found)
                if own and person is not None and continued and not chained and (own.group().rstrip()[-1:].isalpha()
                                          or ANY_TITLE_RE.match(text, person[1] + own.end())):
                    # "..., Deputy Head of X, Zhao Liang, the standing commissioner of Y": the name has its
                    # own post after it; the title before it is the previous person's
                    person = None
                lead_comma = re.search(r",\s*(?:the\s+|its\s+)?$", text[max(0, prefix_start - 8) : prefix_start])
                earlier = _name_before(doc, max(0, prefix_start - 8) + lead_comma.start()) if lead_comma else None
                if person and reversed_appositive and prefix is not None and prefix_start < pos and earlier \
                        and not any(m.start == earlier[0] and m.phrase_start < m.start for m in found):
                    # "A, UM's vice president for X, B, dean of Y": A's post, not B's (but in
                    # "Deputy Minister C, Ghana's Ambassador to Kenya, D" the name before has its title)
                    person = None
        if person is None and prefix is not None and prefix_start < pos:
            # "Mr. Olusegun Adebayo-Lindqvist, PAIB Country Manager for Malawi", "A (Norvik Steel general
            # manager), B": the title and its body set off after the name
            lead = re.search(r"[,(]\s*(?:the\s+|its\s+)?$", text[max(0, prefix_start - 8) : prefix_start])
            named = _name_before(doc, max(0, prefix_start - 8) + lead.start()) if lead else None
            if named and lead:
                start, name = named
                comma = max(0, prefix_start - 8) + lead.start()
                name = people.add(name).name
                found.append(PersonMention(name, start, start + len(text[start:comma].rstrip()), start, end, posts))
                consumed_until = end
                continue
        if person is None and trailing is None \
                and re.search(r"(?:^|\W)(?:the|between|by)\s+$|(?:^|[.!?]\s|\n)\s*$", text[max(0, phrase_start - 9) : phrase_start]):
            # "the High Commissioner of Norvik to Delta, Anna Berg, ...", "the chairman of the Norvik
            # association, Anna Berg, met ...": the posting or the body's head word after the title, then
            # the name the model reads, set off (the article may be left out after "by" or where the
            # sentence opens: "signed by High Commissioner of Norvik to Delta, Anna Berg")
            person = _set_off_after_tail(doc, people, end, posts[-1])
        if person is None:
            continue
        p_start, p_end, name = person
        name = people.add(name).name
        phrase_end = p_end
        tail = _OF_AFTER_NAME_RE.match(text[p_end : p_end + 40])
        if tail and all(p.org is None for p in posts):
            # "Consul General Li Dongsheng of the Consulate General of China in Hamburg"
            at = p_end + tail.end()
            owner = _COUNTRY_OWNS_RE.match(text, at)
            if owner is not None and owner.group(1) in _COUNTRIES:
                at = owner.end()  # "Governor A of Japan’s Kanagawa Prefecture": what the country has, not the country
            mention = reader.by_start.get(at)
            if mention is not None:
                entry = orgs.resolve(mention.name)
                for post in posts:
                    post.org, post.is_place = (entry.name if entry else mention.name), False
                phrase_end = mention.full_end
            elif tail.group(1) == "of":
                country = _country_after(text, at)
                place = country or _governed_place_after(text, at, posts)
                acronym = _ACRONYM_RE.match(text, at)
                if place is not None:
                    # "Gov. Nasir Idris of Kebbi", "Mayor Anna Berg of Truro": the place the office governs;
                    # "Ambassador A of Japan and B": the country, though the model reads no place there
                    for post in posts:
                        post.org, post.is_place = place[0], True
                    phrase_end = place[1]
                elif acronym is not None and acronym.group(1).casefold() not in TITLE_WORDS \
                        and acronym.group(1) not in _COUNTRY_OF_ADJECTIVE and acronym.group(1) not in _CAPITAL_NOT_SURNAME:
                    # "President Darryll Pines of UMD and ...": a body's letters the model did not read as one
                    entry = orgs.resolve(acronym.group(1)) or orgs.add(acronym.group(1))
                    for post in posts:
                        post.org, post.is_place = entry.name, False
                    phrase_end = acronym.end(1)
        found.append(PersonMention(name, p_start, p_end, phrase_start, phrase_end, posts))
        consumed_until = p_end
    _widen_back(doc, people, found)
    surnames_named_in_full(people, found)
    _generic_bodies_whole(orgs, found)
    # "Chief Representative of JICA Nepal ASAKUMA Yumiko": a country's name is never the holder's
    return [m for m in found if m.name not in _COUNTRIES and m.name not in _COUNTRY_OF_ADJECTIVE
            and not _a_body(doc, orgs, m.name)], people


_COMMA_RE = re.compile(r",\s*")
# a country's name and its possessive: "Japan’s " in "Governor A of Japan’s Kanagawa Prefecture"
_COUNTRY_OWNS_RE = re.compile(r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})['’]s[ \t]+(?=[A-Z])")
# the body's letters in brackets after its name ("(ICT)"), and its country set off by commas ("..., Myanmar, A")
_BRACKETED_LETTERS_RE = re.compile(r"[ \t]*\([A-Z][A-Za-z&.-]{1,10}\)")
_SET_OFF_PLACE_RE = re.compile(r",[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)(?=,)")
# what may follow a title's body before the name set off after it: one head word in lower case
# ("association"), a posting or remit ("to Delta", "on Special Duties", "of the Republic of Korea")
_LOWER_HEAD_RE = re.compile(r"[ \t]+([a-z]{3,15})(?=[ \t]*[,(]|[ \t]+(?:to|in|on|at|for|of)[ \t])")
_POSTING_RE = re.compile(r"[ \t]+(?:to|in|on|at|for|of)(?:[ \t]+(?:the|of|and|&|[A-Z][\w'’.&-]*)){1,8}(?=[ \t]*[,(])")


# (not ORG: the model often takes a title's words for a body's; the bodies the finder knows are checked apart)
_NAMED_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_QUALIFIER_RUN_RE = re.compile(r"(?:(?<=[\s(])|^)((?:[A-Z][a-z]+[ \t]+){1,3})$")


def _leads_name(doc: Document, text: str, start: int) -> bool:
    """Whether the title phrase at ``start`` opens on its own rather than
    after a name set off with a comma: "Minister of Oil and Minister of
    Finance A signed" gives A both posts, but in "B, Minister of Oil, and
    Minister of Finance A" the first title is B's."""
    comma = re.search(r",\s*(?:the\s+)?$", text[max(0, start - 12) : start])
    return comma is None or _name_before(doc, max(0, start - 12) + comma.start()) is None


def _qualifying_words(doc: Document, reader: _TitleReader, before: str, pos: int) -> int | None:
    """Where capitalised words that belong to the title at ``pos`` start, when a
    name set off by a comma precedes them ("A, Metro Coordinating Director of
    KMA", "B, Communication Manager of MANRA"): the words that narrow a core
    title are too many to list. None when a word is a body's, a place's, a
    person's, or a country's, or when no name is set off before them."""
    run = _QUALIFIER_RUN_RE.search(before)
    if run is None:
        return None
    start = pos - len(before) + run.start(1)
    words = run.group(1).split()
    if words[0] in {"The", "A", "An", "And", "Former", "Then", "Also", "Our", "His", "Her", "Their", "Its"}:
        return None
    for token in doc.tokens_between(start, pos):
        if token.start in doc.person_starts or token.start in reader.by_start \
                or token.text in _COUNTRIES or token.text in _COUNTRY_OF_ADJECTIVE or token.text in TITLE_PLACES \
                or doc.entity_label(token.start, token.end) in _NAMED_LABELS:
            return None
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    if any(span in _COUNTRIES or span in _COUNTRY_OF_ADJECTIVE or span in TITLE_PLACES for span in spans) \
            or reader.orgs.resolve(" ".join(words)) is not None:
        return None  # "A, South African Minister of Transport": the country's, not the title's
    return start


def _set_off_after_tail(doc: Document, people: PersonRegistry, end: int, post: RawPost) -> tuple[int, int, str] | None:
    """The name set off by a comma after a title's phrase and a short tail
    the title reader left ("the chairman of the Norvik association, Anna
    Berg, met ..."): only a name the model reads as a person's, that ends
    the apposition (a comma, a stop, "and", or its verb). Not after a body
    read up to a title word ("the Representative at the Norvik High
    Commissioner for Refugees, A"): the body's name goes on."""
    text, at = doc.text, end
    head = _LOWER_HEAD_RE.match(text, at)  # "the chairman of the Norvik association, A"
    if head is not None:
        if head.group(1) not in ORG_HEADS and head.group(1) not in PLACE_HEADS:
            return None
        at = head.end()
    for part in (_BRACKETED_LETTERS_RE, _POSTING_RE, _BRACKETED_LETTERS_RE):
        # "(DDL)", "to Delta", "of the Republic of Korea (RoK)": a posting, or letters the text gives
        if (more := part.match(text, at)) is not None:
            at = more.end()
    place = _SET_OFF_PLACE_RE.match(text, at)  # "..., Myanmar, A": the body's country set off too
    if place is not None and place.group(1) in TITLE_PLACES | _COUNTRIES:
        at = place.end()
    tail = _COMMA_RE.match(text, at) if at > end and text[at : at + 1] == "," else None
    if tail is None:
        return None
    if post.org and post.org.split()[-1].casefold() in TITLE_WORDS:
        return None
    person = name_after(doc, tail.end(), people, titled=False)
    if person is None or doc.entity_label(person[0], person[1]) != "PERSON":
        return None
    rest = doc.text[person[1] : person[1] + 12]
    if re.match(r"\s*[,;.]|\s+and\s", rest) or _verb_after(doc, person[1]):
        return person
    return None
_SET_OFF_RUN_RE = re.compile(r"[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|for|and|&)){0,5}")


def _body_after_title(orgs: OrgRegistry, text: str, at: int) -> tuple[str, bool, int] | None:
    """"A, Director, IIT Norvik, said", "A, Health Minister, Kerala, and B":
    the capitalised run set off after a title is its body when it is a body
    the article names (by any of its names), a country or a state; the
    body's name, whether it is a place, and where the run ends."""
    run = _SET_OFF_RUN_RE.match(text, at)
    if run is None:
        return None
    written = re.sub(r"(?:[ \t]+(?:of|for|and|&))+$", "", re.sub(r"(?<=[a-z])\.$", "", run.group()))
    joined = re.search(r"[ \t]+and[ \t]+(\S+)", written)
    if joined is not None and (joined.group(1).casefold() in HONORIFICS or ANY_TITLE_RE.match(written, joined.start(1))):
        written = written[: joined.start()]  # "A, President FPCCI and Prof. Dr. B": the body ends before the next person
    name, stop = " ".join(written.split()), at + len(written)
    if not re.match(r"\s*(?:[,;.)(]|and\s|$)|\s+(?:at|on|in|said|says|" + _SIGNED_WORDS + r"|who|was|is|has|had)\b", text[stop : stop + 8]):
        return None
    if name in _COUNTRIES or name in _FEDERAL_STATES:
        return name, True, stop
    if name in _COUNTRY_OF_ADJECTIVE or name.casefold() in TITLE_WORDS:
        return None
    entry = orgs.exact(name) or orgs.resolve(name, allow_subset=False)
    if entry is None and len(name.split()) >= 2 and name.split()[-1].casefold() in ORG_HEADS \
            and not any(w.casefold() in TITLE_WORDS or w in _COUNTRIES for w in name.split()):
        # "A, Director, Research and Development Cell.": a unit the finder did not know, named by its head word
        return name, False, stop
    words = name.split()
    if entry is None and len(words) <= 2 and re.fullmatch(r"[A-Z]{2,8}", words[0]) \
            and words[0] not in _CAPITAL_NOT_SURNAME and words[0] not in _COUNTRIES \
            and not any(w.casefold() in TITLE_WORDS or w.casefold() in HONORIFICS for w in words):
        # "A, Director General, ICAR, and B", "A, Director, AIIMS Delhi.": a body's letters (with its town or
        # country), which the model may read as a person's name
        return name, False, stop
    if entry is None or entry.is_place:
        return None
    return entry.name, False, stop


_FEDERAL_STATES = knowledge("en").federal_states
_STATES = _FEDERAL_STATES | knowledge("en").us_states  # states whose own offices a title before a name may be of


def _generic_bodies_whole(orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """"Chairman of the Norland's Presidential Committee A", after "the
    Presidential Committee on Rural Affairs of Norland" was named: a post's
    body named only by the kind of body it is stands for the one body the
    article names in full with those words first."""
    for mention in found:
        for post in mention.posts:
            if post.org is None or post.is_place or not all(
                    w.casefold() in GENERIC_BODY_WORDS for w in post.org.replace("’", "'").split()):
                continue
            fuller = {e.name for e in orgs.entries if not e.is_place and e.name.startswith(post.org + " ")
                      and re.match(r" (?:on|of|for) ", e.name[len(post.org) :])}
            if len(fuller) == 1:
                post.org = fuller.pop()


# a title that opens a name set off after another title, as the name's style of address (people.yaml)
_SET_OFF_STYLE_RE = re.compile(r"(?:" + "|".join(re.escape(s) for s in knowledge("en").set_off_styles) + r")\s+(?=[A-Z])")


# "of" (or "at", "from") after a titled name, past a photo caption's place of the person ("President Anna
# Berg (5th from left) of VU", "Secretary A at the Ministry of Finance"): what follows is the post's body
_OF_AFTER_NAME_RE = re.compile(r"(?:\s*\((?:\d+(?:st|nd|rd|th)|far|second|third)\s+from\s+(?:left|right)\))?"
                               r"\s+(of|at|from)\s+(?:the\s+)?")
# a body's letters after "of" ("of UMD", "of NTNU") or right after a title ("A, Director ORIC, said"), set off
# by what follows them
_ACRONYM_RE = re.compile(r"([A-Z]{2,8})(?=\s*(?:[,.;:)]|and\s|$)|\s+[a-z])")


def _body_ends_field(ends: dict[int, list[OrgMention]], field_start: int, pos: int, text: str) -> bool:
    """Whether the field words read before a title ("Commerce" in "the
    Norvik Chamber of Commerce chairman", "Finance" in "Ministry of Finance
    Head of Media") end a body's name the finder read, which starts before
    them: the title is then the body's, not a field's."""
    return any(m.start < field_start < m.full_end and not text[m.full_end : pos].strip()
               for end in range(field_start, pos + 1) for m in ends.get(end, []))


def _a_body(doc: Document, orgs: OrgRegistry, name: str) -> bool:
    """Whether a name read as a person's, which the model never takes for a
    person, ends in a country and opens a body's name the article names, as
    a subsidiary is named ("A, director, Hitachi India, head, ...": Hitachi
    India Private Limited), a body and not a person."""
    if any(clean_name(doc.text[a:b]) == name for a, b in doc.person_spans):
        return False
    key = name_key(name)
    return name.split()[-1] in _COUNTRIES and any(
        not e.is_place and name_key(e.name).startswith(key + " ") for e in orgs.entries)


def given_names_before(doc: Document, start: int) -> int:
    """Where a name that begins at ``start`` truly begins: the model or a rule
    may start "Shri Sanjay Kumar Shukla" at "Kumar", or "GM-HR, Prakash Chandra
    Basak" at "Chandra". Up to two name words written just before it belong to
    it when they are no title, style, body or place word and a style of
    courtesy, a comma or a bracket stands before them."""
    tokens = doc.tokens
    index = doc.token_index(start)
    if index >= len(tokens) or tokens[index].start != start:
        return start
    k = index
    while k > 0 and index - k < 2:
        word = tokens[k - 1]
        if doc.text[word.end : tokens[k].start] != " " or not is_name_token(word.text) or word.text.endswith(".") \
                or len(word.text) < 3 or _plain_word(word.text) or not orgs_free(word.text) \
                or word.text.casefold() in _COURTESY or word.text in _SURNAME_WORDS \
                or ANY_TITLE_RE.fullmatch(word.text) or ANY_TITLE_RE.fullmatch(word.text.casefold()) \
                or word.text in _COUNTRIES or k >= 2 and f"{tokens[k - 2].text} {word.text}" in _COUNTRIES \
                or (parsed := doc.parsed_token_at(word.start)) is None or parsed.pos_ != "PROPN":
            break  # ("Later, Peter Otieno said": a word the parse takes for no proper noun)
        k -= 1
    if k == index:
        return start
    before = tokens[k - 1] if k > 0 else None
    if before is None or not (before.text in (",", "(") or before.text.casefold().rstrip(".") in _COURTESY):
        return start  # (not at a line's start, where a title may stand: "Undersecretary Anna Berg")
    return tokens[k].start


def surnames_named_in_full(people: PersonRegistry, found: list[PersonMention]) -> None:
    """A surname read before the full name ("Gov. Berger" in a headline,
    "Governor Anna Berger" in the story) is that person, when one person of
    the article has it as first or last name: the registry finds a surname's
    owner only among the names read before it."""
    for short in [e for e in people.entries.values() if len(name_key(e.name).split()) == 1]:
        word = name_key(short.name)
        owners = [e for e in people.entries.values() if e is not short and len(name_key(e.name).split()) >= 2
                  and word in {name_key(h) for h in _name_handles(e.name)}]
        if len(owners) != 1:
            continue
        del people.entries[short.name]
        for mention in found:
            if mention.name == short.name:
                mention.name = owners[0].name


def _widen_back(doc: Document, people: PersonRegistry, found: list[PersonMention]) -> None:
    """Names the rules read short of their given names, widened (see given_names_before)."""
    for mention in found:
        begin = given_names_before(doc, mention.start)
        if begin == mention.start:
            continue
        if any(other is not mention and other.end > begin and other.start < mention.start for other in found):
            continue
        wider = clean_name(doc.text[begin : mention.end])
        entry = people.entries.get(mention.name)
        if entry is None or people.get(wider) is not None or sum(m.name == mention.name for m in found) > 1:
            continue
        del people.entries[mention.name]
        entry.name = wider
        people.entries[wider] = entry
        mention.name, mention.start = wider, begin
        mention.phrase_start = min(mention.phrase_start, begin)
