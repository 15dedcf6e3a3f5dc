"""Organization names: finding them, normalising them, and telling which
mentions ("SIC", "Qianyuan Groups", "the provincial government") denote
the same body.

News text names a body in full once ("the State Information Center (SIC)")
and then by acronym, short form or description. The rules here keep one
entry per body whose preferred name is the longest full form, with the
other forms as aliases, so every fact can name the body the same way.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.extract.document import Document, Token
from kg.extract.lexicon import (
    RETIRED_MARKS,
    COMPANY_SUFFIXES,
    CONJOINED_WORDS,
    FIELD_HEADS,
    FIELD_WORDS,
    GENERIC_BODIES,
    HONORIFICS,
    IN_HEADS,
    MONTHS_AND_DAYS,
    OF_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    STOP_CAPS,
    TITLE_QUALIFIERS,
    TITLE_RE,
    TITLE_WORDS,
    org_kind,
)
from kg.facts import Evidence
from kg.knowledge import entries, knowledge
from kg.knowledge.places import place_knowledge

__all__ = [
    "clean_name",
    "name_key",
    "OrgMention",
    "OrgEntry",
    "OrgRegistry",
    "find_org_mentions",
    "spells",
    "ALIAS_AFTER_RE",
]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_DROP = re.compile(r"[\"'.,;:()\[\]“”]")
# "Govt. of Odisha" and "Government of Odisha" are one name (kg/knowledge/en/organizations.yaml)
_FULL_WORDS = {e["text"]: e["full"] for e in entries("en", "organizations")["name_abbreviations"]}


def _opens_country(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` starts a country's name ("Sri Lanka"), not
    an honorific before a name ("Sri Joseph Banda")."""
    return any(_TEXT[0][tokens[i].start : tokens[i + size - 1].end] in _COUNTRY_NAMES
               for size in (2, 3, 4) if i + size <= len(tokens))


@lru_cache(maxsize=65536)
def clean_name(raw: str) -> str:
    """A name as the graph shows it: straight apostrophes, single spaces,
    no leading article, and lost apostrophes restored ("Peoples Government")."""
    name = unicodedata.normalize("NFC", raw).translate(_APOSTROPHES)
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = _OWNED_BY_RE.sub("", name)
    owner = _COUNTRY_OWNS_RE.match(name)
    if owner and owner.group(1) in _COUNTRY_NAMES and len(name) > owner.end():
        name = name[owner.end() :]  # "Italy's Fincantieri": the company, its country said of it
    name = re.sub(r"\bPeoples\b", "People's", name)
    return name


_COUNTRY_OWNS_RE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})'s\s+(?=[A-Z])")
_COUNTRY_NAMES = frozenset(knowledge("en").countries)
# "Cosco-managed Piraeus Port Authority": who runs a body, written before its name, is no part of it
# (but "State-owned Assets Supervision and Administration Commission": the mark opens the name, owned_name_words)
_OWNED_BY_RE = re.compile(r"^(?:[A-Z][\w.&'’]*-)+(?:managed|owned|backed|based|run|led|controlled|operated|funded|"
                          r"listed|affiliated)\s+(?:the\s+)?(?=[A-Z])(?!(?i:"
                          + "|".join(re.escape(w) for w in sorted(knowledge("en").owned_name_words)) + r")\b)")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Comparison key: case, punctuation, apostrophes and "the" ignored."""
    s = unicodedata.normalize("NFKC", name).casefold().translate(_APOSTROPHES)
    s = s.replace("'s ", "s ").replace("-", " ").replace("&", " and ")
    s = _DROP.sub("", s)
    return " ".join(_FULL_WORDS.get(w, w) for w in s.split() if w != "the")


@lru_cache(maxsize=65536)
def _words(name: str) -> frozenset[str]:
    return frozenset({w for w in name_key(name).split() if w not in ("of", "and", "co", "ltd", "in")})


# "(SIC)", "(hereinafter referred to as “CPME”)": a short name introduced
ALIAS_AFTER_RE = re.compile(
    r"\s*\(\s*(?:hereinafter\s+(?:referred\s+to\s+as|called|as)\s+|hereafter\s+|short\s+for\s+|or\s+)?"
    r"[“\"‘']?([A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,4})[”\"’']?\s*\)"
)


@dataclass
class OrgMention:
    """A name of an organization as written, with a short name it introduces."""

    start: int
    end: int
    name: str
    alias: str | None = None
    alias_start: int = -1
    alias_end: int = -1
    full_end: int = -1  # end including the "(ACRONYM)" parenthesis

    def __post_init__(self) -> None:
        if self.full_end < self.end:  # a name without "(ACRONYM)" ends where it ends
            self.full_end = self.end


@dataclass
class OrgEntry:
    """One body: its preferred name, the other names used, where it is named."""

    name: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    is_place: bool = False

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def add_name(self, name: str) -> None:
        """Keep the longest full form as the preferred name."""
        if name_key(name) in {name_key(n) for n in self.names()}:
            if name != self.name and name not in self.aliases and clean_name(name) == name \
                    and name_key(name) != name_key(self.name):
                self.aliases.append(name)
            return
        if not self.is_place and _is_full_form(name) and len(name) > len(self.name):
            self.aliases.insert(0, self.name)
            self.name = name
        else:
            self.aliases.append(name)

    @property
    def kind(self) -> str | None:
        return "place" if self.is_place else org_kind(self.name)


@lru_cache(maxsize=65536)
def _is_full_form(name: str) -> bool:
    """Full forms have a head word; acronyms and bare short names do not."""
    return any(w.casefold() in ORG_HEADS for w in name.split()) or name.startswith(("City of", "Government of"))


def _hyphen_joined(name: str, whole: str, named_alone: frozenset[str] = frozenset()) -> bool:
    """Whether ``whole`` joins ``name`` to another name by a hyphen
    ("Larsen-Naval Group" of "Naval Group" and Larsen): a pair of bodies,
    or a venture of two, not a longer name of the one (but "OIC-COMSTECH":
    a parent body's letters before its own body's name, unless the article
    names those letters as a body of their own: "POSTECH-Lindau University",
    a headline's pair)."""
    if whole.endswith("-" + name):
        other = whole[: -len(name) - 1]
    elif whole.startswith(name + "-"):
        other = whole[len(name) + 1 :]
    else:
        return False
    if name_key(other) in named_alone:
        return True
    return not other.isupper() and not name.isupper()


class OrgRegistry:
    """The organizations of one article and the ways of naming them."""

    def __init__(self, named_alone: frozenset[str] = frozenset(), text: str = "") -> None:
        self.entries: list[OrgEntry] = []
        self._by_key: dict[str, OrgEntry] = {}
        # the keys of every name the article writes as a body's on its own (letters included)
        self.named_alone = named_alone
        self.text = text  # the article's text, which the evidence of its names points into

    def _index(self, entry: OrgEntry) -> None:
        for n in entry.names():
            self._by_key.setdefault(name_key(n), entry)
            if "people's" in n.casefold():
                self._by_key.setdefault(name_key(n.replace("People's", "Peoples")), entry)

    def add(self, name: str, evidence: Evidence | None = None, *, place: bool = False,
            acronym: str | None = None) -> OrgEntry:
        """Register a full name (or find the body it names) and return it.

        A name that introduces an acronym of its own ("University of Kerala
        (KU)") is another body than a longer name holding its words that has
        a different one ("Digital University of Kerala (DUK)")."""
        name = clean_name(name)
        entry = self.resolve(name, allow_subset=not place)
        if entry is not None and acronym and self.exact(name) is None and any(
                a.isupper() and " " not in a and a != acronym for a in entry.aliases):
            entry = None
        if entry is not None and evidence is not None and self._named_apart(name, entry, evidence):
            entry = None
        if entry is None:
            entry = OrgEntry(name=name, is_place=place)
            self.entries.append(entry)
        else:
            if entry.is_place and not place:
                entry.is_place = False
                entry.aliases.insert(0, entry.name)
                entry.name = name
            else:
                entry.add_name(name)
        if evidence is not None and evidence not in entry.evidence:
            entry.evidence.append(evidence)
        self._index(entry)
        return entry

    def _named_apart(self, name: str, entry: OrgEntry, evidence: Evidence) -> bool:
        """Whether a shorter name that a body's name holds ("University of
        Sharjah" in "American University of Sharjah") names another body
        because the same sentence names both, apart: a writer who lists
        "the University of Sharjah, ..., American University of Sharjah"
        means two universities, not one named twice."""
        if self.exact(name) is not None or len(_words(name)) < 2:
            return False
        long_key, short_key = name_key(entry.name), name_key(name)
        if not long_key.endswith(" " + short_key):
            return False  # ("Ministry of Finance" ... "of Ethiopia": the short form of a body named after)
        before = entry.name[: len(entry.name) - len(name)].split()
        if before and all(w.isupper() for w in before):
            return False  # (the "FDRE Ministry of Finance": a country's letters before its ministry)
        if re.search(r"[/&+-]\s*$", self.text[max(0, evidence.start - 4) : evidence.start]):
            return False  # ("Hanban / Confucius Institute Headquarters": the short name, a slash, the name)
        return any(
            seen.sentence_start == evidence.sentence_start
            and (seen.end <= evidence.start or evidence.end <= seen.start)
            for seen in entry.evidence)

    def rename(self, entry: OrgEntry, name: str) -> None:
        """A body's name corrected once its text is read better (the
        holder's name cut off its end: "Egypt Sovereign Fund Ayman Soliman")."""
        entry.name = clean_name(name)
        self._index(entry)

    def detach(self, entry: OrgEntry, name: str) -> OrgEntry:
        """A name that was read as part of another body's ("Government of
        Maharashtra" out of "Government of Maharashtra and Reliance
        Infrastructure Ltd."): the body it names, now an entry of its own."""
        name = clean_name(name)
        if name in entry.aliases:
            entry.aliases.remove(name)
        own = OrgEntry(name=name)
        self.entries.append(own)
        self._by_key[name_key(name)] = own
        return own

    def add_alias(self, entry: OrgEntry, alias: str, evidence: Evidence | None = None) -> None:
        alias = clean_name(alias)
        if name_key(alias) not in {name_key(n) for n in entry.names()}:
            entry.aliases.append(alias)
        if evidence is not None and evidence not in entry.evidence:
            entry.evidence.append(evidence)
        self._index(entry)

    def exact(self, name: str) -> OrgEntry | None:
        return self._by_key.get(name_key(clean_name(name)))

    def resolve(self, name: str, *, allow_subset: bool = True, allow_bare: bool = False) -> OrgEntry | None:
        """The body a name denotes: exact name or alias, then the same name
        with a lost possessive "s" dropped, then (for names with a head
        word) a unique body whose name holds all its words, then (when
        ``allow_bare``) a unique company or university whose name starts
        with the word ("Kingsbridge", "Ruiyun")."""
        name = clean_name(name)
        if not name:
            return None
        found = self.exact(name)
        if found:
            return found
        stripped = re.sub(r"(?<=[a-z])s$", "", name)
        if stripped != name:
            found = self.exact(stripped)
            if found:
                return found
        words = _words(name)
        if allow_subset and _is_full_form(name) and len(words) >= 2:
            key = name_key(name)
            hits = [
                e for e in self.entries
                if not e.is_place and words <= _words(e.name) and e.name != name
                and _main_head(e.name) == _main_head(name)
                # ("Provincial Party Committee" is not its "Provincial Party Standing Committee")
                and not (_words(e.name) - words) & _ORGAN_WORDS
                and not re.search(r"\bof (?:the )?" + re.escape(key) + "$", name_key(e.name))
                # ("Naval Group" is not the "Larsen-Naval Group" venture it makes with another body)
                and not _hyphen_joined(name, e.name, self.named_alone)
                # ("Norland State Government" is not the "Norland State Government Lodge" it owns)
                and not _venue_of(e.name, name)
            ]
            if len(hits) == 1:
                return hits[0]
        if re.fullmatch(r"[A-Z]{2,6}", name):
            # "TVU" for Torrens Valley University when the text never spells it out
            hits = [e for e in self.entries if not e.is_place and _initials(e.name) == name]
            if not hits:
                # "IIT" for the "Indian Institute of Technology Madras": the letters of its name before its seat
                hits = [e for e in self.entries if not e.is_place and _spells_before_seat(e.name, name)]
            if len(hits) == 1:
                return hits[0]
        if re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z]{1,6})+", name):
            # "PMAS-AAUR", "IIT-G": letters in parts, the last one the seat's ("... University, Rawalpindi")
            hits = [e for e in self.entries if not e.is_place and _initials(_without_brackets(e.name)) == name.replace("-", "")]
            if len(hits) == 1:
                return hits[0]
        if _ACRONYM_SEAT_RE.fullmatch(name):
            # "IIT Mandi", "IIT-G", "IITRoorkee": the body's letters and its seat
            hits = [e for e in self.entries if not e.is_place and _letters_and_seat(name, e)]
            if len(hits) == 1:
                return hits[0]
        letters_head = re.fullmatch(r"([A-Z]{2,6})\s+([A-Z][a-z]+)", name)
        if letters_head is not None and letters_head.group(2).casefold() in ORG_HEADS:
            # "AME University" for the "African Methodist Episcopal University (AME)": the body's letters, then
            # the head word its full name ends with
            short = self.exact(letters_head.group(1))
            if short is not None and not short.is_place \
                    and short.name.split()[-1].casefold() == letters_head.group(2).casefold():
                return short
        if _could_abbreviate(name):
            # "UoN" for the University of Nairobi: a mixed-case acronym the text never declares
            hits = [e for e in self.entries if not e.is_place and abbreviates(name, e.name)]
            if len(hits) == 1:
                return hits[0]
        if allow_bare:
            for candidate in (name, stripped):
                key_words = name_key(candidate).split()
                if not key_words:
                    continue
                hits = []
                for e in self.entries:
                    if e.is_place:
                        continue
                    for n in e.names():
                        if _hyphen_joined(candidate, n, self.named_alone):
                            continue  # ("Larsen" is not the "Larsen-Naval Group" venture)
                        nk = name_key(n).split()
                        if len(nk) <= len(key_words):
                            continue
                        # "Kingsbridge" -> Kingsbridge University; "Ruiyun" ->
                        # Guangzhou Ruiyun Medical Devices Co., Ltd.
                        if any(nk[k : k + len(key_words)] == key_words for k in (0, 1)):
                            if re.fullmatch(r"[A-Z]{2,8}", candidate) and nk[:1] == key_words and n == e.name \
                                    and any(w in ORG_HEADS and w not in COMPANY_SUFFIXES and w not in ("group", "holdings")
                                            for w in nk[1:]):
                                continue  # ("UTAR" is not the "UTAR Education Foundation": a body of its own)
                            hits.append(e)
                            break
                hits = [e for e in hits if not _government_like(e.name)]
                if len(hits) > 1:
                    shortest = min(hits, key=lambda e: len(e.name))
                    if all(name_key(e.name).startswith(name_key(shortest.name)) for e in hits):
                        hits = [shortest]
                if len(hits) == 1:
                    return hits[0]
        return None

    def describe(self, phrase: str, prefer: list[OrgEntry] | None = None) -> OrgEntry | None:
        """Resolve a description ("the provincial government", "the group",
        "the company", "the Administrative Committee") to one body,
        preferring the agreement's parties."""
        words = [w for w in name_key(phrase).split() if w not in ("the", "its", "this", "that")]
        if not words:
            return None
        head = words[-1]
        synonyms = {
            "company": {"co", "ltd", "gmbh", "company", "corporation", "group", "inc", "corp", "limited", "plc"},
            "firm": {"co", "ltd", "gmbh", "company", "corporation", "group", "inc", "corp", "limited"},
            "enterprise": {"co", "ltd", "gmbh", "company", "corporation", "group", "inc"},
            "government": {"government", "municipality"},
            "municipality": {"municipality", "municipal", "council"},
            "city": {"city", "municipality", "municipal"},
            "province": {"provincial", "province"},
            "county": {"county"},
            "university": {"university", "college"},
            "institution": {"university", "college", "institute", "academy", "school"},
        }
        wanted = synonyms.get(head, {head})

        def fits(entry: OrgEntry) -> bool:
            entry_words = set(name_key(entry.name).replace(",", "").split())
            if not (entry_words & wanted):
                return False
            for modifier in words[:-1]:
                mods = {"provincial": {"provincial", "province"}, "municipal": {"municipal", "city", "municipality"},
                        "county": {"county"}, "prefectural": {"prefecture", "prefectural"},
                        # "the state government": a state's government, named or not ("Government of Odisha")
                        "state": {"state", "government"}}.get(modifier, {modifier})
                if not entry_words & mods:
                    return False
            return True

        for pool in (prefer or [], self.entries):
            hits = [e for e in pool if not e.is_place and fits(e)]
            if len(hits) == 1:
                return hits[0]
        return None


@lru_cache(maxsize=65536)
def _initials(name: str) -> str:
    """"Torrens Valley University" -> "TVU", "Universidad del Valle de Elqui" -> "UVE"."""
    return "".join(word[0] for word in re.findall(r"[^\W\d_][\w'’-]*", name) if word[0].isupper())


_DOCUMENT_ABBREVIATIONS = frozenset(knowledge("en").abbreviations)

# "IIT Mandi", "IITRoorkee", "IIT-G": a body's letters, then its seat written whole or by its initial
_ACRONYM_SEAT_RE = re.compile(r"([A-Z]{2,6})[ -]?([A-Z][a-z]+(?: [A-Z][a-z]+)?)|([A-Z]{2,6})-([A-Z])")


# " in Africa (BADEA)": a place after a body's name, then letters that may spell both together
_PLACE_IN_NAME_RE = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*\(([A-Z][A-Za-z]{1,9})\)")


def _without_brackets(name: str) -> str:
    """"Indian Institute of Management (IIM), Sambalpur" less its bracketed short name."""
    return re.sub(r"\s*\([^()]*\)", "", name)


def _spells_before_seat(name: str, letters: str) -> bool:
    """Whether ``letters`` spell ``name`` less the seat it ends with (one
    word that is no head word: "Indian Institute of Technology, Madras")."""
    words = _without_brackets(name).replace(",", " ").split()
    return len(words) >= 3 and words[-1][:1].isupper() and words[-1][1:].islower() \
        and words[-1].casefold() not in ORG_HEADS and words[-1].casefold() not in FIELD_WORDS \
        and words[-2].casefold() not in ("of", "for", "and", "in", "on") and spells(" ".join(words[:-1]), letters)


def _letters_and_seat(short: str, entry: OrgEntry) -> bool:
    """Whether ``short`` names ``entry`` by its letters and its seat: "IIT
    Mandi" and "IIT-G" the "Indian Institute of Technology, Mandi" and
    "... Guwahati": the name ends with the seat (or a word with its initial)
    and the letters spell the words before it, or are a short name the body
    has. The seat is no head word: "IIT Technology" names nothing."""
    match = _ACRONYM_SEAT_RE.fullmatch(short)
    if match is None:
        return False
    letters, seat = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    known = {name_key(a) for a in entry.aliases}
    for full in entry.names():
        full = _without_brackets(full).replace(",", " ")
        words = full.split()
        size = len(seat.split()) if len(seat) > 1 else 1
        if len(words) <= size:
            continue
        tail, body = words[-size:], " ".join(words[:-size])
        if any(w.casefold() in ORG_HEADS or w.casefold() in FIELD_WORDS for w in tail):
            continue
        if (" ".join(tail) == seat if len(seat) > 1 else tail[0][0] == seat and tail[0][1:].islower()) \
                and (spells(body, letters) or name_key(letters) in known):
            return True
    return False


def _could_abbreviate(name: str) -> bool:
    """A short word of letters in mixed case with two capitals or more, that
    is no agreement's abbreviation ("MoU" abbreviates no body)."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,6}", name)) and sum(c.isupper() for c in name) >= 2 \
        and not name.isupper() and name.casefold() not in _DOCUMENT_ABBREVIATIONS


def abbreviates(acronym: str, name: str) -> bool:
    """Whether a mixed-case ``acronym`` abbreviates ``name``: its capitals are
    the initials of the name's capitalised words, in order, and each
    lower-case letter the initial of a small word between them ("UoN": the
    University of Nairobi, "MoE": the Ministry of Education). Letters from
    inside words are not read: "UTP" would then abbreviate the "University of
    the Punjab"."""
    i = 0
    for word in re.findall(r"[^\W\d_][\w'’-]*", name):
        if i < len(acronym) and word[0] == acronym[i]:
            i += 1
        elif word[0].isupper():
            return False
    return i == len(acronym)


def spells(name: str, acronym: str) -> bool:
    """Whether the capitals of ``acronym`` are the initials of ``name``'s
    capitalised words: "University of the West of England" spells "UWE",
    "Agence Française de Développement" spells "AFD"."""
    letters = "".join(c for c in acronym if c.isupper())
    return bool(letters) and _initials(name).upper() == letters


def spells_a_post(text: str, start: int, end: int, acronym: str) -> bool:
    """"the Secretary to the State Government (SSG)", "Secretary to State Government, SSG,": the letters
    spell a post whose title opens a few words before ``start`` and runs to ``end``, so they are the
    post's short form, no body's (a body's letters would join other articles' bodies)."""
    window = max(0, start - 60)
    words = list(re.finditer(r"[\w'’-]+", text[window:start]))
    for k in range(1, min(5, len(words)) + 1):
        opening = words[-k]
        if opening.group().casefold() in TITLE_WORDS and opening.group()[:1].isupper() \
                and spells(text[window + opening.start() : end], acronym):
            return True
    return False


def spells_only_its_tail(name: str, acronym: str) -> bool:
    """"Presidential Committee on Balanced National Development of the
    Republic of Korea (RoK)": the acronym spells the place the name ends
    with, not the body, so it is no other name of the body."""
    if spells(name, acronym):
        return False
    return any(spells(tail.group(1), acronym) for tail in re.finditer(r"\sof\s+(?:the\s+)?(?=([A-Z].*)$)", name))


def _main_head(name: str) -> str | None:
    """The head word that says what kind of body a name is: the last head
    before any "of" complement, company suffixes aside."""
    words = [w.casefold().strip(",") for w in name.split(" of ")[0].split()]
    heads = [w for w in words if w in ORG_HEADS and w not in COMPANY_SUFFIXES and w != "co."]
    return heads[-1] if heads else None


_VENUE_HEADS = frozenset(e["text"].casefold() for e in entries("en", "places")["venue_heads"])


def _venue_of(longer: str, name: str) -> bool:
    """Whether ``longer`` is a building named after the body ``name`` names:
    it ends with a venue's head word ("Lodge", "House") that ``name`` lacks."""
    last = longer.split()[-1].casefold()
    return last in _VENUE_HEADS and last not in {w.casefold() for w in name.split()}


def _government_like(name: str) -> bool:
    return bool(re.search(r"(?i)\b(government|municipal|committee|provincial|county|city of|municipality)\b", name))


# ------------------------------------------------------------ recognition


def _lower(token: Token) -> str:
    return token.low


_SIGN_WORD_RE = knowledge("en").sign_re
_AGREEMENT_KIND_RE = knowledge("en").agreement_head_re
# verbs that headlines write in capitals right after a body's name
_HEADLINE_VERBS = knowledge("en").headline_verbs  # "Anhui University Attends Signing Ceremony"


def _closes_with_suffix(tokens: list[Token], k: int) -> bool:
    """Whether one or two capitalised words from ``k`` end in a company suffix
    ("Infrastructure Limited", "Logistics Co"), with no head word before it."""
    for size in (1, 2):
        last = k + size
        if last < len(tokens) and all(t.is_cap and _lower(t) not in ORG_HEADS for t in tokens[k:last]) \
                and _lower(tokens[last]) in COMPANY_SUFFIXES:
            return True
    return False


def _numbered(tokens: list[Token], j: int) -> int:
    """After "No" at ``j``: where the capitalised words go on past its number
    ("No.4 Engineering", "No. 3 Middle"), or 0."""
    k = j + 1
    if k < len(tokens) and tokens[k].text == ".":
        k += 1
    if k + 1 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].is_cap \
            and not any("\n" in _gap(tokens, m) for m in range(j + 1, k + 2)):
        return k + 1
    return 0


_COUNTRY_NAMES = frozenset(knowledge("en").countries) | frozenset(knowledge("en").country_of_official_name)
# the forms a state's official name gives it ("Republic", "Kingdom", "Sultanate"), but no place's level
# ("State" too, which is also a province's level: "of the State of Qatar")
_STATE_FORMS = knowledge("en").state_words - PLACE_HEADS - {"ministry", "government", "municipal", "provincial", "council"} \
    | {"state"}


def _country_run(text: str, tokens: list[Token], k: int) -> int:
    """The end of the country, province or city a body belongs to, written
    from token ``k`` ("of Uzbekistan", "of the People's Republic of China",
    "of Hainan Province"), or 0."""
    if k < len(tokens) and _lower(tokens[k]) == "the":
        k += 1
    if k >= len(tokens) or not tokens[k].is_cap:
        return 0
    for size in (6, 5, 4, 3, 2, 1):
        end = k + size
        # (the apostrophe as typeset: "People’s Republic of China")
        if end <= len(tokens) and text[tokens[k].start : tokens[end - 1].end].replace("’", "'") in _COUNTRY_NAMES \
                and not (end < len(tokens) and tokens[end].is_cap):
            return end
    for size in (1, 2, 3):
        # "of the Republic of Lithuania", "of the Islamic Republic of Iran": a state's form, then its country
        form = k + size
        if form + 1 < len(tokens) and all(t.is_cap for t in tokens[k:form]) and _lower(tokens[form - 1]) in _STATE_FORMS \
                and _lower(tokens[form]) == "of" and (country := _country_run(text, tokens, form + 1)) \
                and text[tokens[form + 1].start : tokens[country - 1].end].removeprefix("the ") in _COUNTRY_NAMES:
            return country
    end = _run_end(tokens, k)
    if end - k <= 3 and _lower(tokens[end - 1]) in PLACE_HEADS and not _has_head(tokens[k:end]):
        return end  # "of Hainan Province"
    return 0


def _conjoined(tokens: list[Token], joint: int) -> bool:
    """Whether the "and" at ``joint`` joins two words of one name
    ("Industrial and Commercial Bank"), not two bodies."""
    before, after = _lower(tokens[joint - 1]), _lower(tokens[joint + 1])
    return before in CONJOINED_WORDS and after in CONJOINED_WORDS  # (fields joined by "and" may be two bodies')


def _bracketed_seat_end(tokens: list[Token], j: int) -> int:
    """"Bank of China (Hong Kong) Limited", "Delta Bank (Norland) Ltd": one
    or two capitalised words in brackets followed by a company's suffix are
    part of the name; the end after the suffix, or 0."""
    n = len(tokens)
    for close in (j + 2, j + 3):
        if close + 1 < n and tokens[close].text == ")" and all(
                t.is_cap and t.text[1:].islower() for t in tokens[j + 1 : close]) \
                and _lower(tokens[close + 1]) in COMPANY_SUFFIXES and "\n" not in _gap(tokens, close + 1):
            return close + 2
    return 0


def _number_inside(tokens: list[Token], j: int) -> bool:
    """Whether the number word at ``j`` stands inside a body's name ("China
    Three Gorges Corporation"): capitalised words go on after it to a
    body's head word. Elsewhere a capitalised number opens no name ("Three
    of the banks signed")."""
    from spacy.lang.en.lex_attrs import like_num  # (the language's number words; spaCy is loaded to read)

    if not like_num(tokens[j].text) or j + 1 >= len(tokens) or not tokens[j + 1].is_cap \
            or _lower(tokens[j + 1]) in STOP_CAPS or " " != _gap(tokens, j + 1):
        return False
    return _lower(tokens[_run_end(tokens, j + 1) - 1]) in ORG_HEADS


def _run_end(tokens: list[Token], i: int) -> int:
    """End (exclusive) of a run of capitalised words from ``i``.

    "People's" and ", Ltd." stay inside the run; a title word after a head
    word ends it ("... Group Chairman Wang", "... University Party Secretary
    Zhao") so the name stops at its head.
    """
    n = len(tokens)
    j = i
    seen_head = False
    while j < n:
        tok = tokens[j]
        if j > i and "\n" in _gap(tokens, j):
            break
        low = _lower(tok)
        if low == "no" and j > i and not seen_head and _numbered(tokens, j):
            # "China Railway No.4 Engineering Group", "No. 3 Middle School": a number inside the name
            j = _numbered(tokens, j)
            continue
        if tok.is_cap:
            if seen_head and (low in TITLE_WORDS or ("-" in low or low == "party") and TITLE_RE.match(_TEXT[0], tok.start)) \
                    and low not in ORG_HEADS and not (
                low == "general" and _lower(tokens[j - 1]) in ("consulate", "secretariat", "inspectorate")
            ):  # "Consulate General of China"
                j = _before_title_words(tokens, i, j)
                break
            if j > i and low in STOP_CAPS and low not in ORG_HEADS and low not in PLACE_HEADS \
                    and tok.text != "IT" and not _number_inside(tokens, j):
                # ("National IT Skills Council": information technology, not "it")
                break
            if seen_head and low.rstrip(".") == "no":
                break  # "UTAR Education Foundation Co. No. 578227-M": a registration number after the name
            if seen_head and low.rstrip(".") in _COURTESY_STYLES:
                break  # "... Development Board Prof Datuk Dr Mohamed Najib": a style starts the holder's name
            if seen_head and low in HONORIFICS and j + 3 < n and tokens[j + 1].text == "(" and tokens[j + 3].text == ")" \
                    and _lower(tokens[j + 2]).rstrip(".") in RETIRED_MARKS:
                break  # "Founder of TABA Foundation Brig (r) Asif Mahmood": a retired officer's rank starts the name
            if j > i and not seen_head and _title_before_name(tok):
                break  # "University of Kent Vice-Chancellor Karen Cox": the holder's post, then the name
            if j > i and low.rstrip(".") in _PLAIN_STYLES:
                break  # "Embassy in India Mr. Zhang": "Mr", "Dr" never stand inside a body's name
            if j > i and (low in ("h.e.", "h.e") or low in ("h", "h.") and j + 1 < n and _lower(tokens[j + 1]) in ("e", "e.")):
                break  # "Ministry of Foreign Affairs H E Saoud": His Excellency's letters start the holder's name
            if seen_head and low.endswith("ed") and low not in ORG_HEADS and low not in ("incorporated", "limited", "united"):
                break  # "About Cumberland State University / Founded in 1911": a verb of the next line
            if j > i and (_SIGN_WORD_RE.fullmatch(tok.text) or low in _HEADLINE_VERBS):
                break  # "Anhui University Attends Signing Ceremony": a headline's verb ends the name
            if low in ORG_HEADS:
                seen_head = True
            j += 1
            continue
        if low in ("'s", "’s") and j > i and j + 1 < n and _lower(tokens[j - 1]) == "general" and tokens[j + 1].is_cap \
                and _lower(tokens[j + 1]) in ORG_HEADS:
            j += 1  # "State Attorney General's Office", "Auditor General's Department": a post's office
            continue
        if low in ("'s",) and j > i and _lower(tokens[j - 1]) in ("people", "workers", "women"):
            j += 1
            continue
        if tok.text == "(" and j > i and j + 3 < n and tokens[j + 1].is_cap and tokens[j + 2].text == ")" \
                and tokens[j + 1].text[1:].islower() and _lower(tokens[j + 3]) in ORG_HEADS | COMPANY_SUFFIXES \
                and "\n" not in _gap(tokens, j + 3):
            j += 3  # "Gansu Construction and Investment (Holdings) Corporation": a word in brackets inside the name
            continue
        if tok.text == "(" and j > i and _bracketed_seat_end(tokens, j):
            j = _bracketed_seat_end(tokens, j)  # "Bank of China (Hong Kong) Limited": the seat in brackets, then the suffix
            continue
        if tok.text == "&" and j + 1 < n and tokens[j + 1].is_cap:
            j += 1
            continue
        if tok.text == "and" and not seen_head and j > i and j + 1 < n and tokens[j + 1].is_cap and (
            _lower(tokens[j - 1]) in FIELD_WORDS and _lower(tokens[j + 1]) in FIELD_WORDS
            or _lower(tokens[j - 1]) in CONJOINED_WORDS and _lower(tokens[j + 1]) in CONJOINED_WORDS
        ):
            j += 1  # "Development and Reform Commission", "Eastern and Southern African Development Bank"
            continue
        if tok.text == "and" and not seen_head and j > i and _closes_with_suffix(tokens, j + 1) \
                and _lower(tokens[j - 1]) not in PLACE_HEADS \
                and not _written_with_its_level(_TEXT[0][tokens[i].start : tokens[j - 1].end]):
            # "Megha Engineering and Infrastructure Limited": one company, up to its suffix (but "between
            # Guangming and Diribo GmbH", where the text writes "Guangming District": a place, then a company)
            j += 1
            continue
        if tok.text == "," and j + 1 < n and _lower(tokens[j + 1]) in COMPANY_SUFFIXES and j > i and not (
                j + 2 < n and tokens[j + 2].is_cap and _lower(tokens[j + 2]) not in COMPANY_SUFFIXES
                and "\n" not in _gap(tokens, j + 2)
                # (a suffix with its full stop closes the name whatever follows: "Energy Group Co., Ltd. Wang Lixia
                # and Zou Lei attended", "Steel Co., Ltd. Chairman Wang")
                and not tokens[j + 1].text.endswith(".")):
            # ", Ltd." ends a name; ", JSC Tynys" starts the next one of a list
            j += 1
            continue
        if low in _ROMANCE_PARTICLES and j > i and _lower(tokens[i]) in _ROMANCE_HEADS:
            # "Universidad Tecnológica del Bajío Norte", "Instituto Superior de la Montaña"
            k = j
            while k < n and _lower(tokens[k]) in _ROMANCE_PARTICLES and k - j < 2:
                k += 1
            if k < n and k > j and tokens[k].is_cap and _lower(tokens[k]) not in STOP_CAPS:
                j = k
                continue
        if low in _PLACE_PARTICLES and j > i and _particle_inside_a_place(tokens, j):
            j += 1  # "University of Dar es Salaam": the particle of the place the body is named after
            continue
        if low in _ROMANCE_PARTICLES and j > i and not seen_head and _place_particle(tokens, j):
            j += 1  # "Angra dos Reis City Council", "Rio de Janeiro State Government": the place's own particle
            continue
        break
    while j > i + 1 and tokens[j - 1].text in ("&", "and"):
        j -= 1  # "Jiangxi Provincial People's Government & Vice Governor": the name ends before the "&"
    return j


def _before_title_words(tokens: list[Token], i: int, j: int) -> int:
    """Where a body's name ends when a title follows its run at ``j``: at its
    last head word when one or two words that narrow a title come between
    ("Norvik Bank Regional Director", "Delta Bank Technical Director"); any
    other word there is the body's (a seat: "... University Chittagong Vice
    Chancellor"; a branch: "AfDB Ghana Country Manager")."""
    last_head = max((k for k in range(i, j) if _lower(tokens[k]) in ORG_HEADS), default=None)
    if last_head is None or not 1 <= j - 1 - last_head <= 2:
        return j
    between = tokens[last_head + 1 : j]
    if all(t.text.isalpha() and t.text[0].isupper() and t.text[1:].islower() and _lower(t) in TITLE_QUALIFIERS
           and t.text not in _COUNTRY_NAMES
           and t.text not in _DEMONYMS and _lower(t) not in PLACE_HEADS and _lower(t) not in STOP_CAPS
           and _gap(tokens, k) == " " for k, t in enumerate(between, start=last_head + 1)):
        return last_head + 1
    return j


# a place written with its level capitalised ("Guangming District", "Lindau City"): group 1 is its name
PLACE_WITH_ITS_LEVEL_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+(?:"
                                     + "|".join(sorted((h.capitalize() for h in PLACE_HEADS), key=len, reverse=True))
                                     + r")(?![\w'’-])")


def _written_with_its_level(name: str) -> bool:
    """Whether the text writes ``name`` elsewhere as a place, with its level
    capitalised after it ("Guangming District", "Lindau City")."""
    return any(m.group(1) == name or m.group(1).endswith(" " + name) for m in PLACE_WITH_ITS_LEVEL_RE.finditer(_TEXT[0]))


def _particle_inside_a_place(tokens: list[Token], j: int) -> bool:
    """Whether the particle at ``j`` stands inside the name of the place a
    body is "of" ("University of Dar es Salaam"): one capitalised word after
    "of" before it, a capitalised word after it, and neither a field, a head,
    a country or a person's name word ("Ministry of Health de Souza",
    "Embassy of Brazil da Silva" are a body and a person)."""
    n = len(tokens)
    if j + 1 >= n or j < 2 or _lower(tokens[j - 2]) != "of" or "\n" in _gap(tokens, j) + _gap(tokens, j + 1):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return before.is_cap and after.is_cap and all(
        _lower(t) not in FIELD_WORDS and _lower(t) not in ORG_HEADS and _lower(t) not in STOP_CAPS
        and t.text not in _COUNTRY_NAMES and _lower(t) not in HONORIFICS for t in (before, after))


def _place_particle(tokens: list[Token], j: int) -> bool:
    """Whether the particle at ``j`` joins the two halves of a place's name
    that a body's name opens with: capitalised words on both sides, with no
    line break, and the body's head word within the three words after it
    ("Foz do Iguaçu City Hall"; not "Embassy of Brazil da Silva")."""
    n = len(tokens)
    if j + 1 >= n or not tokens[j - 1].is_cap or not tokens[j + 1].is_cap or _lower(tokens[j + 1]) in STOP_CAPS:
        return False
    for k in range(j + 1, min(j + 5, n)):
        if not tokens[k].is_cap or "\n" in _gap(tokens, k):
            return False
        if k > j + 1 and _lower(tokens[k]) in ORG_HEADS:
            return True
    return False


def _before_person(doc: Document, tokens: list[Token], k: int, m: int) -> int:
    """The end of a complement's run of capitalised words from ``k`` to ``m``
    that stops where a person's name the model reads begins and runs to the
    run's end ("of Beijing Li Zongsi", "in Denmark Li Jinsheng"): the words
    after a body's place are its holder's name when no title came between."""
    for p in range(k + 1, m - 1):
        if tokens[p].start in doc.person_starts and doc.person_ends[tokens[p].start] >= tokens[m - 1].end:
            return p
    return m


_NAME_WORD_RE = re.compile(r"[A-Z][a-z\u00C0-\u024F'’-]+")


def _fields_then_name(tokens: list[Token], k: int, m: int) -> int:
    """The end of the fields in the run of capitalised words from ``k`` to
    ``m`` when a name of two or more words the model does not read follows
    them at once ("Ministry of Culture, Tourism and Civil Aviation Yadav
    Prasad Koirala"): the last field word; else ``m``."""
    last_field = None
    for p in range(k, m):
        if _lower(tokens[p]) in FIELD_WORDS:
            last_field = p
        elif tokens[p].text not in ("and", "&") and not (p + 1 < m and _lower(tokens[p + 1]) in FIELD_WORDS):
            break  # ("Civil Aviation": a word before a field word is the field's)
    if last_field is None or m - (last_field + 1) < 2:
        return m
    rest = tokens[last_field + 1 : m]
    if all(_NAME_WORD_RE.fullmatch(t.text) and _lower(t) not in FIELD_WORDS and _lower(t) not in ORG_HEADS
           and _lower(t) not in STOP_CAPS for t in rest):
        return last_field + 1
    return m


def _the_field(tokens: list[Token], k: int) -> int:
    """Where a field written with "the" after "and" starts ("Culture and the
    Arts"), or ``k`` when no such field is written there."""
    if k + 1 < len(tokens) and _lower(tokens[k]) == "the" and _lower(tokens[k + 1]) in FIELD_WORDS \
            and tokens[k + 1].is_cap and _run_end(tokens, k + 1) == k + 2:
        return k + 1
    return k


# the bodies that govern a place, written in lower case before "of" and its name
_LOWER_GOVERNMENTS = {"government", "administration", "akimat", "hokimiyat", "khokimiyat"}
_GOVERNMENT_LEVELS = {"provincial", "state", "federal", "municipal", "regional", "local", "national", "county", "city",
                      "district", "central"}


def _governed_place(doc: Document, tokens: list[Token], i: int) -> int:
    """After "government" at ``i``: the end of the place written after "of"
    when it is one below a country ("of Tatarstan", "of Songjiang
    District"), or 0: a name with a place's head word, or one to three words
    the model calls a place."""
    k = i + 2
    if not (k < len(tokens) and tokens[i + 1].text == "of") or "\n" in _gap(tokens, k):
        return 0
    if i > 0 and tokens[i - 1].is_cap:
        return 0  # "Provincial government of ...", "State government": the capitalised name is read as such
    if not tokens[k].is_cap:
        return 0
    run = _country_run(_TEXT[0], tokens, k)
    if run and _TEXT[0][tokens[k].start : tokens[run - 1].end] in _COUNTRY_NAMES:
        return 0  # "the government of Bangladesh": a country's government is the country, read as such
    if run:
        return run  # "of Songjiang District"
    end = _run_end(tokens, k)
    if end - k > 3 or _has_head(tokens[k:end]) or _lower(tokens[k]) in STOP_CAPS:
        return 0
    if end < len(tokens) and tokens[end].text in _LOWER_PLACE_HEADS:
        return end + 1  # "of Varnholt province"
    if _lower(tokens[end - 1]) in PLACE_HEADS or doc.entity_label(tokens[k].start, tokens[end - 1].end) == "GPE":
        return end
    return 0


def _title_before_name(tok: Token) -> bool:
    """Whether a post's title starts at ``tok`` and a capitalised name follows it."""
    title = TITLE_RE.match(_TEXT[0], tok.start)
    if title is None:
        return False
    end = title.end()
    joined = re.match(r"\s+and\s+", _TEXT[0][end : end + 8])
    second = TITLE_RE.match(_TEXT[0], end + joined.end()) if joined else None
    if second is not None:
        # "University of Kent Vice-Chancellor and President, Professor A": two titles, then the name
        end = second.end()
        return re.match(r",?[ \t]+[A-Z]", _TEXT[0][end : end + 4]) is not None
    return re.match(r"[ \t]+[A-Z]", _TEXT[0][end : end + 3]) is not None


# ordinals that open a body's name ("First Commercial Bank"), though they open sentences too
_ORDINALS = {"first", "second", "third", "fourth", "fifth"}
# royal styles that open a body's name ("King Abdulaziz University"), and the heads of
# the bodies named after a royal ("Prince of Songkla University"): organizations.yaml
_ROYAL_STYLES = knowledge("en").royal_styles
_PERSON_NAMESAKE_STYLES = knowledge("en").person_namesake_styles
_NAMESAKE_HEADS = knowledge("en").namesake_heads


def _namesake_end(tokens: list[Token], i: int) -> int:
    """"Prince of Songkla University", "Princess Sumaya University for
    Technology", "Prince Mohammad bin Fahd University": a royal style that
    opens a body's name, not a person's, when a few capitalised words (and
    "of", "bin", "al") after it run to the head of a body named after a
    person; "Dr. B.R. Ambedkar Open University": a courtesy style, when only
    capitalised words run to that head ("Dr Anna Berg of Lindau University"
    is a person of a body). The end of the run holding that head, or 0."""
    n = len(tokens)
    royal = _lower(tokens[i]) in _ROYAL_STYLES
    if not royal and tokens[i].text.casefold() not in _PERSON_NAMESAKE_STYLES \
            and _lower(tokens[i]) not in _PERSON_NAMESAKE_STYLES:
        return 0
    for k in range(i + 1, min(n, i + 7)):
        if "\n" in _gap(tokens, k):
            return 0
        low = _lower(tokens[k])
        if low in _NAMESAKE_HEADS and tokens[k].is_cap:
            return _run_end(tokens, k)
        if not (tokens[k].is_cap or royal and low in ("of", "bin", "bint", "ibn", "al", "el")):
            return 0
    return 0


# the styles that are never a word of a name (unlike "Tan" or "Hon" in "Hon Hai")
_PLAIN_STYLES = {"dr", "prof", "mr", "mrs", "ms", "shri", "smt"}
# styles of courtesy that open a person's name, never a word of a body's name after its head
_COURTESY_STYLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "datuk", "dato", "datin", "tan", "shri", "smt", "hon"}
_ROMANCE_HEADS = {"universidad", "universidade", "université", "università", "instituto", "institut", "istituto",
                  "colegio", "escuela", "escola", "fundación", "fundação", "fondation", "fondazione", "banco",
                  "secretaría", "ministerio", "ministério", "ayuntamiento", "prefeitura", "gobierno", "governo",
                  "centro", "club", "clube", "asociación", "associação", "federación", "federação", "cámara"}
_PLACE_PARTICLES = place_knowledge("en").name_particles
_ROMANCE_PARTICLES = {"del", "de", "la", "las", "los", "do", "da", "dos", "das", "di", "della", "des", "du", "y", "e", "à"}
# clubs named with the form first: "CD Villaverde Atlético", "FC Twente", "AS Roma"
_CLUB_PREFIXES = {"fc", "cf", "cd", "ac", "as", "sc", "sv", "fk", "nk", "sk", "ud", "ca", "afc", "ssc", "rcd", "vfb",
                  "vfl", "tsv", "kv", "rsc", "csd", "ad", "sd", "cd.",
                  # and companies with the legal form first: "PT Nusantara Dingin Logistik", "PJSC Vostok Hydro"
                  "pt", "pjsc", "jsc", "llc", "ooo", "oao", "zao", "pao"}


# the last words of events' and programmes' names (organizations.yaml event_heads)
_EVENT_HEADS = knowledge("en").event_heads

_TEXT: list[str] = [""]


def _gap(tokens: list[Token], j: int) -> str:
    """The characters between token ``j - 1`` and token ``j``."""
    return _TEXT[0][tokens[j - 1].end : tokens[j].start]


# a place's head word written in lower case after its name, kept in a body's name
_LOWER_PLACE_HEADS = {"province", "city", "county", "district", "prefecture", "municipality", "region", "town",
                      "township"}
# bodies named by what they deliberate on: "Committee on Balanced National Development"
# the acts a body may be "for the ..." of: "Council for the Promotion of International Trade"
_FOR_THE_ACTS = knowledge("en").for_the_acts
_ON_HEADS = knowledge("en").on_heads


def _a_closing_field(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is one word that closes a list of what a body
    is for ("Central Agency for Organization and Administration"), not the
    head of the next body's name ("... and Administration of Xinjiang")."""
    return _run_end(tokens, k) == k + 1 and tokens[k].text[1:].islower() and not (
        k + 1 < len(tokens) and tokens[k + 1].text in ("of", "for", "(", "'s", "’s"))


def _has_head(tokens: list[Token]) -> bool:
    return any(_lower(t) in ORG_HEADS for t in tokens)


_TITLE_OF_RE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(map(re.escape, TITLE_WORDS - {"of", "the", "and"}))) +
                         r")\s+(?:of|at)\s+(?:the\s+)?(?:[a-z]+\s+|(?:[A-Z][\w'’-]*\s+){1,3}"
                         r"(?:provincial|municipal|city|county|district|town|township)\s+)?$")
# (the place's own level before its body: "Chairman of the Binh Dinh provincial People's Committee A")
# "All India Institute of Medical Sciences", "All Pakistan Business Forum": "All" opens a name before a country
_COUNTRY_WORDS = frozenset(w for c in knowledge("en").countries for w in c.split()[:1])
_ORGAN_WORDS = knowledge("en").organ_words  # "Standing": an organ of a body, not another name for it
_NOT_NAME_WORDS = ORG_HEADS | PLACE_HEADS | FIELD_WORDS | COMPANY_SUFFIXES | STOP_CAPS | TITLE_WORDS


def _without_trailing_name(tokens: list[Token], i: int, j: int) -> int:
    """The end of a body's name written between a title and its holder's
    name: the last two to four words go when they look like a person's name
    and a body's head word ends what comes before them, with the style
    written before the name ("Vice President of the Chinese Academy of
    Sciences Professor Zhang Tao")."""
    style = next((k for k in range(i + 2, j) if _lower(tokens[k]).rstrip(".") in _COURTESY_STYLES
                  and _lower(tokens[k - 1]) in ORG_HEADS | FIELD_WORDS | COMPANY_SUFFIXES
                  and all(t.is_cap for t in tokens[k + 1 : j])), None)
    if style is not None:
        return style
    for size in (4, 3, 2):
        cut = j - size
        if cut - 1 <= i:
            continue
        tail = tokens[cut:j]
        if _lower(tokens[cut - 1]) not in ORG_HEADS | FIELD_WORDS | COMPANY_SUFFIXES:
            continue
        if all(t.is_cap and re.fullmatch(r"[A-Z][a-z\u00C0-\u024F]+(?:-[a-z\u00C0-\u024F]+)?", t.text)
               and _lower(t) not in _NOT_NAME_WORDS for t in tail) \
                and not any("\n" in _gap(tokens, k) for k in range(cut, j)):
            return cut
    return j


_SEAT_AFTER_RE = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])")


# what the word after "(ACRONYM)" is when it is no town: a date, a number, a people's adjective
_NO_SEAT_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})


def _a_campus_seat(doc: Document, start: int, end: int) -> bool:
    """Whether the one capitalised word at ``text[start:end]``, right after a
    body's "(ACRONYM)", is the town of the body's campus and part of its
    name: "Indian Institute of Technology (IIT) Guwahati has signed". The
    small model often calls such a town a person, so a word it does not call
    a place still counts unless it is a title ("(MRU) Rector"), a weekday,
    month or clause opener, a body's head word, or a date or number, or a
    venue word follows it ("the Asian Development Bank (ADB) Manila
    office": where the office is, not the bank's name)."""
    label = doc.entity_label(start, end)
    if label == "GPE":
        return True
    word = doc.text[start:end].casefold()
    token = doc.parsed.char_span(start, end, alignment_mode="expand")
    if label in _NO_SEAT_LABELS or word in TITLE_WORDS or word in STOP_CAPS or word in MONTHS_AND_DAYS \
            or word in ORG_HEADS or word in PLACE_HEADS or word in HONORIFICS or token is None or token[0].pos_ != "PROPN":
        # ("(MMU) Prof. A": a style; "the Board (DCIRB) Meeting": a common noun, the event)
        return False
    venue = re.match(r"\s+([a-z]+)", doc.text[end : end + 40])
    return venue is None or venue.group(1) not in _VENUE_HEADS


_POSSESSIVE_TOKENS = {"'s", "’s"}


def _fit_to_acronym(text: str, tokens: list, i: int, j: int) -> tuple[int, int]:
    """"Vinayaka Mission's Research Foundation (VMRF)", "University of the
    West of England (UWE)": where a name starts and ends when the acronym
    written after it spells a few more words before it (across a possessive)
    or after it (across "of", "for", "and", "on" or a dash). Unchanged when
    it spells the name as found, or nothing near it."""
    n = len(tokens)

    def acronym_after(end: int) -> str | None:
        if end + 2 < n and tokens[end].text == "(" and tokens[end + 2].text == ")":
            return tokens[end + 1].text
        # a short name of two or three words in capitals: "(QF R&D)", "(NU CIS)"
        for close in (end + 3, end + 4):
            if close < n and tokens[end].text == "(" and tokens[close].text == ")" \
                    and all(t.text[:1].isupper() and t.text.upper() == t.text for t in tokens[end + 1 : close]):
                return text[tokens[end + 1].start : tokens[close - 1].end]
        return None

    acronym = acronym_after(j)
    if acronym is not None:
        if spells(text[tokens[i].start : tokens[j - 1].end], acronym):
            return i, j
        k = i
        for _ in range(4):  # back over capitalised words and possessives
            if k - 1 < 0 or not (tokens[k - 1].is_cap or tokens[k - 1].text in _POSSESSIVE_TOKENS) \
                    or "\n" in text[tokens[k - 1].end : tokens[k].start]:
                break
            k -= 1
            if tokens[k].is_cap and spells(text[tokens[k].start : tokens[j - 1].end], acronym):
                return k, j
        return i, j
    # on across "of", "for", "and", "on" or a dash: "University of the West of England (UWE)",
    # "China Education Association for International Exchange (CEAIE)",
    # "National Institute of Technology - Tiruchi (NIT-T)"
    m = j
    for _ in range(4):
        if not (m + 1 < n and tokens[m].text in ("for", "and", "on", "of", "-", "–", "&")):
            break
        k = m + 1
        if _lower(tokens[k]) == "the" and k + 1 < n:
            k += 1
        if not tokens[k].is_cap or "\n" in text[tokens[m].end : tokens[k].start]:
            break
        m = _run_end(tokens, k)
        acronym = acronym_after(m)
        if acronym is not None:
            return (i, m) if spells(text[tokens[i].start : tokens[m - 1].end], acronym) else (i, j)
    return i, j


# the words of a capitalised name before which "government" in lower case is still its head
_LEVELS_BEFORE_GOVERNMENT = knowledge("en").government_levels


# a date line's town in capitals and its full stop, opening the text or a line ("ASTANA. ")
_TOWN_STOP_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)?\.\s+$")


def find_org_mentions(doc: Document, known: set[str] | None = None) -> list[OrgMention]:
    """Every full organization name in the text, left to right."""
    tokens = doc.tokens
    text = doc.text
    n = len(tokens)
    _TEXT[0] = text
    if known is None:
        # a first pass learns the short names the text introduces, so that
        # "... Bureau of Industry and Information Technology and Xinghe Auto"
        # stops before the known short name
        known = {name_key(m.alias) for m in find_org_mentions(doc, set()) if m.alias}
        _TEXT[0] = text
    mentions: list[OrgMention] = []
    i = 0
    while i < n:
        tok = tokens[i]
        low = _lower(tok)
        all_of = low == "all" and i + 1 < n and tokens[i + 1].text in _COUNTRY_WORDS  # "All India Radio"
        # "the First Commercial Bank", "Second Affiliated Hospital": an ordinal opens the name
        ordinal = low in _ORDINALS and i + 1 < n and tokens[i + 1].is_cap and "\n" not in _gap(tokens, i + 1) \
            and not TITLE_RE.match(text, tokens[i + 1].start) and _lower(tokens[_run_end(tokens, i) - 1]) in ORG_HEADS
        if low in _LOWER_GOVERNMENTS and tok.text.islower():
            governed = _governed_place(doc, tokens, i)
            if governed:
                # "the government of Tatarstan": a place's government written in lower case is a body
                place = " ".join(text[tokens[i + 2].start : tokens[governed - 1].end].split())
                level = _lower(tokens[i - 1]) if i > 0 and _lower(tokens[i - 1]) in _GOVERNMENT_LEVELS else ""
                start = tokens[i - 1].start if level else tok.start  # "the provincial government of Alberta"
                name = f"{level.capitalize()} {low} of {place}" if level else f"{low.capitalize()} of {place}"
                mentions.append(OrgMention(start, tokens[governed - 1].end, name))
                i = governed
                continue
        namesake = _namesake_end(tokens, i)
        if not tok.is_cap or (low in STOP_CAPS and not all_of and not ordinal) or low in HONORIFICS \
                and not _opens_country(tokens, i) and not namesake:
            i += 1
            continue
        # "King Abdulaziz University": a style opening a body named after a royal is no post's title
        title = None if namesake else TITLE_RE.match(text, tok.start)
        if title:
            i = doc.token_index(title.end())
            continue
        if low == "state" and i + 1 < n and tokens[i + 1].text == "for" \
                and _TITLE_OF_RE.search(text, max(0, tok.start - 80), tok.start):
            i += 2  # "Secretary of State for Trade", "Minister of State for Foreign Affairs": a post's title
            continue
        kind = _AGREEMENT_KIND_RE.match(text, tok.start)
        if kind and " " in kind.group() and kind.group()[:1].isupper():
            i = doc.token_index(kind.end())  # "the Exchange of Notes": an agreement's name, not a body's
            continue
        j = max(_run_end(tokens, i), namesake)
        if low in FIELD_WORDS and not namesake and not _has_head(tokens[i + 1 : j]) \
                and _TITLE_OF_RE.search(text, max(0, tok.start - 60), tok.start):
            # "Minister of Commerce Moses Kuria": the minister's remit, then the holder's name the model
            # may not read as a person ("Commerce" is also the head of "Nordhavn Commerce"): no body
            i = j
            continue
        if j - i >= 3 and re.fullmatch(r"[A-Z]{2,}", tok.text) and name_key(tok.text) in known \
                and tokens[i + 1].is_cap and _has_head(tokens[i + 1 : j]):
            # "About RMGA / Ras Al Khaimah Maritime Gateway Authority is ...": a heading's short
            # name, then the full name that starts the next line
            i += 1
            continue
        level = _lower(tokens[j - 1])
        if level in ("'s", "’s") and j - 2 >= i:
            level = _lower(tokens[j - 2]) + "'s"
        if j < n and tokens[j].text == "government" and level in _LEVELS_BEFORE_GOVERNMENT:
            j += 1  # "the Chongqing Municipal People's government": the head in lower case
        main = tokens[i:j]
        extended = False
        # complements: "of [the] X", "in X", ", Chinese Academy of Sciences (KIPE)"
        while j < n:
            last = _lower(tokens[j - 1])
            if last == "general" and j - 2 >= i:  # "Consulate General of China"
                last = _lower(tokens[j - 2])
            if last not in OF_HEADS and last.endswith("s") and last[:-1] in OF_HEADS:
                last = last[:-1]  # "Federation of Pakistan Chambers of Commerce and Industry"
            if tokens[j].text == "." and last in OF_HEADS and j + 1 < n and tokens[j + 1].text == "of" \
                    and tokens[j - 1].end == tokens[j].start:
                j += 1  # "Dept. of Geography", "Govt. of Odisha": an abbreviated head, its stop, then "of"
            nxt = tokens[j].text
            if nxt == "of" and last in OF_HEADS:
                k = j + 1
                if k < n and _lower(tokens[k]) == "the":
                    k += 1
                if k < n and tokens[k].is_cap and _lower(tokens[k]) not in STOP_CAPS:
                    m = _run_end(tokens, k)
                    joint = next((a for a in range(k + 1, m - 1) if tokens[a].text == "and"), None)
                    if joint is not None and not _has_head(tokens[k:joint]) and not _conjoined(tokens, joint) and any(
                            _lower(t) in ORG_HEADS and _lower(t) not in FIELD_WORDS for t in tokens[joint + 1 : m]):
                        m = joint  # "Ministry of Public Education and National Council of ...": two bodies
                    head_words = {_lower(t) for t in tokens[i:j]}
                    head_words |= {w[:-1] for w in head_words if w.endswith("s")}  # "Chambers of ..."
                    if head_words & FIELD_HEADS and _lower(tokens[k]) in FIELD_WORDS:
                        # "Department of Culture, Radio, Television, Publication and Sports", "Ministry of
                        # Investment, Industry and Trade": a list of fields closed by "and"
                        ends = m
                        while ends + 2 < n and tokens[ends].text == ",":
                            item = ends + 1
                            serial = tokens[item].text == "and"  # "Culture, Community, and Youth": a serial comma
                            item += serial
                            if not (tokens[item].is_cap and _lower(tokens[item]) in FIELD_WORDS):
                                break
                            ends = _fields_then_name(tokens, item, _run_end(tokens, item))
                            if serial or any(t.text in ("and", "&") for t in tokens[m:ends]):
                                m = ends  # closed: the list is the name's
                                break
                            if ends + 1 < n and tokens[ends].text in ("and", "&") and tokens[ends + 1].is_cap:
                                # "Culture, Tourism and Civil Aviation": the closing item's last word a field
                                closing = _fields_then_name(tokens, ends + 1, _run_end(tokens, ends + 1))
                                if _lower(tokens[closing - 1]) in FIELD_WORDS:
                                    m = closing
                                break
                    m = _before_person(doc, tokens, k, m)  # "Center of Beijing Li Zongsi": the holder's name ends it
                    while m + 1 < n and tokens[m].text in ("and", "And"):  # ("of Culture And Arts", a title's capitals)
                        first = _the_field(tokens, m + 1) if head_words & FIELD_HEADS else m + 1  # "and the Arts"
                        if not tokens[first].is_cap:
                            break
                        m2 = _run_end(tokens, first)
                        part = tokens[first : m2]
                        part_name = text[part[0].start : part[-1].end] if part else ""
                        if not part or _has_head(part) or name_key(part_name) in known \
                                or TITLE_RE.match(text, part[0].start) or _lower(part[0]) in STOP_CAPS:
                            break
                        if _lower(part[-1]) in TITLE_WORDS and _lower(part[-1]) not in FIELD_WORDS | ORG_HEADS:
                            break  # "Office of the Central Committee and Foreign Minister": the holder's next post
                        if _lower(part[-1]) not in PLACE_HEADS and not (
                            head_words & FIELD_HEADS and _lower(part[0]) in FIELD_WORDS
                        ):
                            break
                        m = m2
                    if m < n and _lower(tokens[m]) in _LOWER_PLACE_HEADS and tokens[m].text.islower() \
                            and not _has_head(tokens[k:m]) and m - k <= 3:
                        m += 1  # "People's Committee of Bac Ninh province": the place's own head word
                    j = m
                    extended = True
                    continue
            if nxt == "of" and extended and j + 1 < n and _country_run(text, tokens, j + 1):
                # "Ministry of Economy and Finance of Uzbekistan": the country the body belongs to
                j = _country_run(text, tokens, j + 1)
                continue
            # ("China Council for the Promotion of International Trade": what it is for, after its article)
            lead = 2 if nxt == "for" and j + 2 < n and tokens[j + 1].text == "the" and tokens[j + 2].is_cap \
                and _lower(tokens[j + 2]) in _FOR_THE_ACTS else 1
            if (nxt == "for" and last in OF_HEADS or nxt == "on" and last in _ON_HEADS) and j + lead < n \
                    and tokens[j + lead].is_cap \
                    and _lower(tokens[j + lead]) not in STOP_CAPS and tokens[j + lead].start not in doc.person_starts:
                # "Council for Foreign Trade, Investment and Technology", "Center for Global and
                # Strategic Studies": what the body is for, a list closed by "and"
                m = _run_end(tokens, j + lead)
                first_end, listed = m, False
                while m + 1 < n and tokens[m].text == "," and tokens[m + 1].is_cap \
                        and _lower(tokens[m + 1]) not in STOP_CAPS:
                    item = m + 1
                    m, listed = _run_end(tokens, item), True
                    if any(t.text in ("and", "&") for t in tokens[item:m]):
                        listed = False  # the run took the closing "and": "Investment and Technology"
                        break
                if m + 2 < n and tokens[m].text == "," and tokens[m + 1].text == "and" and listed:
                    m += 1  # "for Trade, Investment, and Technology": a serial comma before the closing "and"
                closing = _the_field(tokens, m + 1) if m + 1 < n else m + 1  # "for Culture and the Arts"
                if closing < n and tokens[m].text == "and" and tokens[closing].is_cap and _lower(tokens[closing]) not in STOP_CAPS \
                        and not (tokens[closing].text in _DEMONYMS and _run_end(tokens, closing) == closing + 1) \
                        and (listed or not _has_head(tokens[closing : _run_end(tokens, closing)])
                             or _a_closing_field(tokens, closing)):
                    m, listed = _run_end(tokens, closing), False
                if not listed and m + 1 < n and tokens[m].text == "with" and tokens[m + 1].is_cap \
                        and _lower(tokens[m + 1]) not in STOP_CAPS and tokens[m + 1].start not in doc.person_starts \
                        and not _has_head(tokens[m + 1 : _run_end(tokens, m + 1)]):
                    # "People's Association for Friendship with Foreign Countries": whom it is for, with whom
                    m = _run_end(tokens, m + 1)
                if listed and not _has_head(tokens[j + 1 : first_end]) and tokens[first_end].text == "," \
                        and any(t.start in doc.person_starts
                                for t in tokens[first_end + 1 : _run_end(tokens, first_end + 1)]):
                    # "the Spanish Agency for International Development Cooperation, Anton Leis": no list, a
                    # comma and the holder's name
                    m, listed = first_end, False
                if not listed and m + 1 < n and tokens[m].text == "of" and _lower(tokens[m - 1]) in _FOR_THE_ACTS \
                        and tokens[m + 1].is_cap and _lower(tokens[m + 1]) not in STOP_CAPS \
                        and tokens[m + 1].start not in doc.person_starts:
                    m = _run_end(tokens, m + 1)  # "for the Promotion of International Trade": the act's object
                    if m + 1 < n and tokens[m].text == "and" and tokens[m + 1].is_cap \
                            and _lower(tokens[m + 1]) not in STOP_CAPS and tokens[m + 1].start not in doc.person_starts \
                            and not _has_head(tokens[m + 1 : _run_end(tokens, m + 1)]):
                        m = _run_end(tokens, m + 1)  # "of Knowledge and Language Learning": a pair of objects
                if not listed:
                    j = m
                    extended = True
                    continue
            if nxt == "to" and last in _ON_HEADS and j + 1 < n and tokens[j + 1].is_cap \
                    and _lower(tokens[j + 1]) not in STOP_CAPS and _lower(tokens[j + 1]) not in _COUNTRY_WORDS \
                    and tokens[j + 1].start not in doc.person_starts and not TITLE_RE.match(text, tokens[j + 1].start):
                # "National Committee to Combat Illegal Fishing": what the body is set up to do
                m = _run_end(tokens, j + 1)
                if 2 <= m - (j + 1) <= 4 and not _has_head(tokens[j + 1 : m]) \
                        and doc.entity_label(tokens[j + 1].start, tokens[m - 1].end) not in ("GPE", "LOC", "PERSON"):
                    j = m
                    extended = True
                    continue
            if nxt == "in" and any(_lower(t) in IN_HEADS for t in tokens[i:j]) and j + 1 < n \
                    and tokens[j + 1].is_cap and _lower(tokens[j + 1]) not in STOP_CAPS:
                m = _before_person(doc, tokens, j + 1, _run_end(tokens, j + 1))  # "Embassy in Denmark Li Jinsheng"
                if m - (j + 1) <= 2:
                    j = m
                    continue
            if nxt == "," and j + 1 < n and tokens[j + 1].is_cap and (_has_head(main) or extended):
                m = _run_end(tokens, j + 1)
                part = tokens[j + 1 : m]
                if m < n and tokens[m].text == "of" and m + 1 < n and tokens[m + 1].is_cap:
                    m = _run_end(tokens, m + 1)
                    part = tokens[j + 1 : m]
                if part and _lower(part[-1]) in {"sciences", "academy", "university", "ministry"} or \
                        any(_lower(t) in {"academy", "ministry"} for t in part):
                    if m + 2 < n and tokens[m].text == "(" \
                            and spells(text[part[0].start : part[-1].end], tokens[m + 1].text):
                        break  # "Tsinghua University, Nanyang Technological University (NTU)": two bodies
                    if m < n and tokens[m].text == "(":
                        j = m
                        continue
                seat = ALIAS_AFTER_RE.match(text, part[-1].end) if part and len(part) <= 3 and not _has_head(part) \
                    else None
                if seat and any(spells(text[tokens[i].start : part[k].end], seat.group(1)) for k in range(len(part))):
                    # "Arid Agriculture University, Rawalpindi (AAUR)", "University of Agriculture, Dera Ismail
                    # Khan (UAD)": the letters spell (the start of) the seat too, so it is the name's
                    j = m
                    continue
            break
        origin = i  # the scan goes on past here whatever the name's start became
        placed = _PLACE_IN_NAME_RE.match(text, tokens[j - 1].end)
        if placed and sorted(_initials(clean_name(text[tokens[i].start : placed.end(1)])).upper()) \
                == sorted(c for c in placed.group(2) if c.isupper()):
            # "Arab Bank for Economic Development in Africa (BADEA)": the letters spell the place too (in
            # any order: the short name is often the name's in another language)
            j = doc.token_index(placed.end(1))
        fitted_i, j = _fit_to_acronym(text, tokens, i, j)
        if fitted_i < i:
            main = tokens[fitted_i : i + len(main)]
            i = fitted_i
        main_end = i + len(main)
        based = next((k for k in range(i, min(main_end - 1, i + 4)) if tokens[k].text.endswith("-based")), None)
        if based is not None:  # "Abu Dhabi-based Gulf Digital Ventures": where it is, then its name
            i = based + 1
            main = tokens[i:main_end]
        head_first = _lower(main[0]) in OF_HEADS and extended
        if _TITLE_OF_RE.search(text, max(0, tokens[i].start - 80), tokens[i].start):
            # "Chairman of Daeseong Group Choi Young-jin": the name after the body is a person's
            j = _without_trailing_name(tokens, i, j)
        person = next((k for k in range(i + 1, j) if doc.person_ends.get(tokens[k].start) == tokens[j - 1].end
                       and k - i >= 2 and _has_head(tokens[i:k]) and _lower(tokens[k - 1]) in ORG_HEADS
                       and j - k >= 2 and all(t.is_cap and not re.fullmatch(r"[IVX]+", t.text) and _lower(t) not in ORG_HEADS
                                              and _lower(t) not in PLACE_HEADS for t in tokens[k:j])), None)
        letters = ALIAS_AFTER_RE.match(text, tokens[j - 1].end) if person is not None else None
        if person is not None and not (letters and spells(clean_name(text[tokens[i].start : tokens[j - 1].end]), letters.group(1))):
            # "Secretary of Bac Ninh's Party Committee Nguyen Anh Tuan": the model's person ends the body
            # (but "Vietnam National University Ho Chi Minh (VNUHCM)": the letters spell the whole run)
            j = person
        if j - i >= 3 and tokens[i].text.isupper() and len(tokens[i].text) >= 4 and not tokens[i + 1].text.isupper() \
                and _TOWN_STOP_BEFORE_RE.search(text, max(0, tokens[i].start - 40), tokens[i].start):
            i += 1  # "ASTANA. KAZINFORM Bank of China says": the news agency of the date line, then the body
        start, end = tokens[i].start, tokens[j - 1].end
        name = clean_name(text[start:end])
        club = len(main) >= 2 and main[0].text.isupper() and _lower(main[0]) in _CLUB_PREFIXES
        lone_head = j - i == 1 and _lower(tokens[i]) in ORG_HEADS and not ALIAS_AFTER_RE.match(text, end)
        spelled = ALIAS_AFTER_RE.match(text, end)
        # "Mountains of the Moon University (MMU)": the letters after it spell the whole run, whose head
        # comes after the "of" (a plain word before "of" is no head of its own)
        spelled_whole = spelled is not None and j - i >= 4 and _has_head(tokens[i:j]) \
            and spells(name, spelled.group(1)) and not TITLE_RE.match(name)
        # ("the Pacific Alliance Leaders Meeting (PALM)": an event, though "Alliance" heads bodies; not "the
        # Organizing Committee for the Olympic Games", whose event is what the body is for)
        an_event = name.split()[-1].casefold() in _EVENT_HEADS and not re.search(r"\s(?:of|for)\s+the\s", name)
        if (_has_head(main) or head_first or club or spelled_whole) and name_key(name) not in GENERIC_BODIES \
                and not lone_head and not an_event:
            # ("Outside the Union", "Faculty", "Commerce": a head word alone names no body of its own)
            mention = OrgMention(start, end, name, full_end=end)
            alias = ALIAS_AFTER_RE.match(text, end)
            if alias and spells_a_post(text, start, end, alias.group(1)):
                mention.full_end = alias.end()  # the post's letters: written after the body, no name of it
            elif alias and len(alias.group(1)) < len(name) and not spells_only_its_tail(name, alias.group(1)) \
                    and alias.group(1).casefold() not in STOP_CAPS:  # ("(SME)": a kind of firm, no one body's letters)
                mention.alias = clean_name(alias.group(1))
                mention.alias_start, mention.alias_end = alias.span(1)
                mention.full_end = alias.end()
                seat = _SEAT_AFTER_RE.match(text, alias.end())
                if seat and _a_campus_seat(doc, seat.start(1), seat.end(1)) and (
                        doc.entity_label(seat.start(1), seat.end(1)) == "GPE"
                        or not _TITLE_OF_RE.search(text, max(0, start - 80), start)):
                    # (not "the President of China Mechanical and Engineering Company (CMEC) Fang signed": after
                    # a title, the word is its holder's name unless the model calls it a place)
                    # "Indian Institute of Technology (IIT) Delhi": the campus is part of the name
                    mention.name = f"{name} {seat.group(1)}"
                    mention.alias = f"{mention.alias} {seat.group(1)}"
                    mention.full_end = seat.end(1)
                    j = doc.token_index(seat.end(1))
            mentions.append(mention)
            i = max(j, origin + 1)
        else:
            lower_end = _lower_head_after(tokens, i, j) if not _has_head(main) and j == i + len(main) else 0
            if lower_end:
                # "the Mechanical Engineering department", "Marsa council"
                mentions.append(OrgMention(start, tokens[lower_end - 1].end,
                                           " ".join(text[start : tokens[lower_end - 1].end].split())))
                j = lower_end
            i = max(j, origin + 1)
    return [_with_its_opening(text, _past_a_headline_verb(text, _head_capitalised(_with_its_lower_place(doc, m))),
                              doc.person_starts) for m in mentions]


def _with_its_lower_place(doc: Document, mention: OrgMention) -> OrgMention:
    """"shandong Provincial People's Government": a place's name written in
    lower case by a slip before the level of its government is the name's
    first word when the text writes the place capitalised elsewhere and
    the word in lower case nowhere else."""
    words = mention.name.split()
    if len(words) < 2 or words[0].casefold() not in _GOVERNMENT_LEVELS:
        return mention
    before = re.search(r"(?<![\w'’.-])([a-z]{3,})[ \t]+$", doc.text[max(0, mention.start - 30) : mention.start])
    if before is None:
        return mention
    word = before.group(1)
    if word.capitalize() not in doc.token_texts or word in STOP_CAPS or word in TITLE_WORDS \
            or sum(t.text == word for t in doc.tokens) > 1:
        return mention  # (a word of the language, written in lower case elsewhere: "signed", "local")
    start = mention.start - len(before.group(0))
    return replace(mention, start=start, name=clean_name(word.capitalize() + " " + mention.name))


def _head_capitalised(mention: OrgMention) -> OrgMention:
    """"Chongqing Municipal People's government" named as the body's name is
    written elsewhere ("... People's Government"), so that one body has one name."""
    words = mention.name.split()
    if len(words) >= 2 and words[-1] == "government" and words[-2].casefold() in _LEVELS_BEFORE_GOVERNMENT:
        return replace(mention, name=" ".join([*words[:-1], "Government"]))
    return mention


# a headline glued by a web page to the next sentence's article: "... Sino-U.S. TradeThe China Council"
_GLUED_ARTICLE_RE = re.compile(r"(?<=[a-z])(?:The|An?)\s+(?=[A-Z])")


def _past_a_headline_verb(text: str, mention: OrgMention) -> OrgMention:
    """The mention less a headline's verb it began with ("Vice-President Visits Huaqiao University"),
    or less the headline a page glued it to ("Promote Trade TradeThe China Council ...")."""
    glued = _GLUED_ARTICLE_RE.search(text, mention.start, mention.end)
    if glued is not None and (mention.alias_start < 0 or mention.alias_start >= glued.end()) \
            and len(text[glued.end() : mention.end].split()) >= 2:
        mention = replace(mention, start=glued.end(), name=clean_name(text[glued.end() : mention.end]))
    first = re.match(r"(\S+)\s+", text[mention.start : mention.end])
    if first is None or first.group(1).casefold() not in _HEADLINE_VERBS or len(mention.name.split()) < 3:
        return mention
    start = mention.start + first.end()
    return replace(mention, start=start, name=clean_name(text[start : mention.end]))


# "the Port of Rotterdam Authority", "Prince of Songkla University": one capitalised word and "of" before a
# body's name open that name (not a title's word: "CEO of", "President of")
_NOT_OPENINGS = knowledge("en").name_opening_stops
_OPENING_OF_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
_OPENING_PAIR_OF_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]([A-Z][a-z]+)[ \t]+of[ \t]+$")


def _in_a_remit(text: str, at: int) -> bool:
    """Whether ``at`` follows "and" or "for" in a title's remit ("Deputy
    Administrator for Policy and Programming of ...")."""
    before = text[max(0, at - 60) : at]
    joint = re.search(r"(?:\band|\bfor|&)\s+$", before)
    if joint is None:
        return False
    clause = re.split(r"[,;.]", before[: joint.start()])[-1]
    return any(w.casefold() in TITLE_WORDS for w in re.findall(r"[A-Za-z-]+", clause))


def _opening_word(word: str) -> bool:
    """Whether a capitalised word may open a body's name before "of" (no
    title's, list's or field's word: "Crown Prince of ...", "One of ...")."""
    word = word.casefold()
    return not (word in TITLE_WORDS or word in STOP_CAPS or word in _NOT_OPENINGS or word in FIELD_WORDS
                or word.endswith("s") and word != "friends" or name_key(word) in GENERIC_BODIES)


def _with_its_opening(text: str, mention: OrgMention, person_starts: frozenset[int] = frozenset()) -> OrgMention:
    """The mention, begun at the word and "of" that open its name."""
    pair = _OPENING_PAIR_OF_RE.search(text, max(0, mention.start - 40), mention.start)
    if pair is not None and _opening_word(pair.group(1)) and _opening_word(pair.group(2)) \
            and pair.start(1) not in person_starts and pair.start(2) not in person_starts \
            and not re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, pair.start() - 30) : pair.start()]) \
            and not _in_a_remit(text, pair.start()) and text.count(pair.group(1) + " " + pair.group(2) + " of ") >= 2:
        # "State Grid of Norland Electric Power Company": two words and "of" open a company's name
        # written after its parent's, the same each time (a person is named in full once: "Anna Berg
        # of Delta Bank")
        start = pair.start(1)
        return replace(mention, start=start, name=clean_name(text[start : mention.end]))
    opening = _OPENING_OF_RE.search(text, max(0, mention.start - 24), mention.start)
    if opening is None:
        return mention
    word = opening.group(1).casefold()
    if word in TITLE_WORDS or word in STOP_CAPS or word in _NOT_OPENINGS or word in FIELD_WORDS or word.endswith("s") and word != "friends" or name_key(opening.group(1)) in GENERIC_BODIES \
            or re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, opening.start() - 30) : opening.start()]) \
            or _in_a_remit(text, opening.start()):
        return mention  # ("Crown Prince of ...": a title of more words)
    start = opening.start(1)
    return replace(mention, start=start, name=clean_name(text[start : mention.end]))


# heads written in lower case after a body's own words: "the Mechanical Engineering department", "Marsa council"
_LOWER_HEADS_AFTER = {"department", "council"}
_DEMONYMS = frozenset(knowledge("en").country_of_adjective)


def _lower_head_after(tokens: list[Token], i: int, j: int) -> int:
    """The end of a body named by capitalised words from ``i`` to ``j`` and
    a head word in lower case after them (with a level between: "Varnholt
    municipal council"), or 0. A country or its adjective before the head
    ("the Indian council") is left to the rules for countries."""
    k = j
    if k < len(tokens) and tokens[k].text in _GOVERNMENT_LEVELS:
        k += 1
    if not (k < len(tokens) and tokens[k].text in _LOWER_HEADS_AFTER) or j - i > 4 or "\n" in _gap(tokens, k):
        return 0
    words = _TEXT[0][tokens[i].start : tokens[j - 1].end]
    if words in _COUNTRY_NAMES or words in _DEMONYMS or any(_lower(t) in STOP_CAPS | TITLE_WORDS for t in tokens[i:j]) \
            or not all(t.is_cap for t in tokens[i:j]):
        return 0
    return k + 1
