"""Word lists of the genre: titles, organization heads, honorifics, places.

The words themselves live in kg/knowledge/en/*.yaml (a new title
("Rector") or a new kind of body ("Foundation") is one line there); this
module gives the passes short names for them and the title patterns built
from them.
"""
from __future__ import annotations

import re

from kg.knowledge import knowledge

__all__ = [
    "COUNTRY_LETTERS",
    "FIELD_HEADS",
    "FIELD_WORDS",
    "GENERIC_BODIES",
    "HONORIFICS",
    "STYLE_WORDS",
    "NAME_PARTICLES",
    "LOWER_TITLE_RE",
    "ANY_TITLE_RE",
    "ORG_HEADS",
    "OF_HEADS",
    "IN_HEADS",
    "COMPANY_SUFFIXES",
    "PLACE_HEADS",
    "STOP_CAPS",
    "TITLE_RE",
    "TITLE_WORDS",
    "GOVERNMENT_TITLES",
    "INTERNAL_BODY_RE",
    "MINISTER_FIELD_RE",
    "GOVERNOR_TITLE_RE",
    "MONTHS_AND_DAYS",
    "org_kind",
]

_K = knowledge("en")

# The word lists live in kg/knowledge/en/*.yaml; these names keep the
# passes' vocabulary short.
HONORIFICS = set(_K.honorifics)
# what a style of address is written with ("His Excellency", "Her Honour"): never a body's name alone
STYLE_WORDS = HONORIFICS | {"his", "her", "their", "its"}


def style_after_a_style(word: str, before: str) -> bool:
    """Whether ``word`` is a style of address because of the style ``before``
    it ("Amar" after "Datuk"). Alone such a word is a given name ("Prof. Amar
    Nagila"), so every name reader asks this one question of the word before."""
    return before.casefold().rstrip(".") in _K.styles_after_a_style.get(word.casefold(), ())


NAME_PARTICLES = set(_K.name_particles)
ORG_HEADS = set(_K.org_heads)
OF_HEADS = set(_K.of_heads)
FIELD_WORDS = set(_K.field_words)
# the lower-case words a lower-case title may carry before it: fields, modifiers, "board"
LOWER_TITLE_QUALIFIERS = frozenset(FIELD_WORDS | _K.field_modifiers | _K.lower_title_words
                                   | {m.casefold() for m in _K.title_modifiers})
# the words that narrow a title written after a body's name ("Delta Bank Technical Director", "Norvik
# Bank Regional Director"): those, and the names of units
TITLE_QUALIFIERS = LOWER_TITLE_QUALIFIERS | _K.unit_qualifiers
CONJOINED_WORDS = set(_K.conjoined_words)

# Heads whose "of" complement may be a field with "and" in it ("Department
# of Science and Technology"); other heads take "and" only inside a place
# ("People's Government of Xiangxi Tujia and Miao Autonomous Prefecture").
FIELD_HEADS = set(_K.field_heads)

# Names of bodies every organization has; alone they name no one body.
GENERIC_BODIES = set(_K.generic_bodies)

# Heads whose name runs on with "in <place>" ("German Chamber of Commerce in Shanghai").
IN_HEADS = set(_K.in_heads)

COMPANY_SUFFIXES = set(_K.company_suffixes)
# what a company's name may end in besides its own words: legal forms and "Group", "Corporation"
COMPANY_FORM_WORDS = frozenset(_K.company_form_words | {w.casefold() for w in _K.company_suffixes})
# words that say only what kind of body a name is ("Presidential Committee"), not which body
GENERIC_BODY_WORDS = _K.generic_body_words
# a country written in letters ("UAE", "US", "U.K."), as the countries file writes them
COUNTRY_LETTERS = frozenset(a for a in _K.country_of_adjective if a.replace(".", "").isupper())

# Words that make a capitalised name a place ("Hunan Province", "Zunyi City").
PLACE_HEADS = set(_K.place_heads)

MONTHS_AND_DAYS = set(_K.months_and_days)

# Capitalised words that start sentences or clauses but never start a name.
STOP_CAPS = set(_K.stop_caps)

# ---------------------------------------------------------------- titles

_TITLE_CORES = list(_K.title_cores)
# a modifier may be written in lower case before a capitalised title ("deputy Party secretary")
_TITLE_MODS = r"(?:(?:" + "|".join(rf"{re.escape(m)}(?=[\s-]+{re.escape(_K.narrow_modifiers[m])}\b)" if m in _K.narrow_modifiers
                                   else f"[{m[0]}{m[0].lower()}]{m[1:]}" for m in _K.title_modifiers) + r")[\s-]+)*"
# "Pro-Vice-Chancellor" is also written "Pro Vice-Chancellor" and "Pro Vice Chancellor"
def _core_pattern(core: str) -> str:
    """A title's words as a pattern: any space or hyphen between them, the
    words after the first in either case ("Party secretary", "Vice-president"),
    and either apostrophe news pages write ("Chargé d’Affaires")."""
    first, *rest = re.split(r"[\s-]+", core)
    tail = "".join(r"[\s-]+" + (f"(?i:{re.escape(w)})" if w[:1].isupper() and not w.isupper() else re.escape(w))
                   for w in rest)
    return re.sub(r"\\?['’]", "['’]", re.escape(first) + tail)


_CORE_ALT = "|".join(_core_pattern(c) for c in sorted(_TITLE_CORES, key=len, reverse=True))
# "Chief Commercial Officer", "Chief Human Resources Officer"
_CORE_ALT = r"Chief\s+(?:[A-Z][a-z]+\s+){1,2}Officer|" + _CORE_ALT
# A title: optional modifiers, a core word (chosen but not yet in office:
# "President-elect", "Ambassador-designate"), and a capitalised parenthetical
# that belongs to it ("Pro-Vice-Chancellor (International)").
TITLE_RE = re.compile(
    r"(?<![\w-])" + _TITLE_MODS + r"(?:" + _CORE_ALT + r")"
    # "Commissioner-cum-Secretary", "Principal Secretary-cum-Commissioner": two offices held as one post
    r"(?:-cum-" + _TITLE_MODS + r"(?:" + _CORE_ALT + r"))*(?:-(?:elect|designate))?(?![\w-])(?:\s\((?![A-Z]{2,6}\))(?:[A-Z][^\W\d_]+(?:\s(?:(?:and|&)\s)?[A-Z]?[^\W\d_]+)*)\))?"
)

# Titles as North American and wire-service copy writes them, in lower case
# ("María Fernández, president of Cascadia State University", "the company's
# chairman Lu Jianhua"). Only posts that head or direct a body: lower-case
# "member", "head" or "partner" are ordinary words.
_LOWER_ALT = "|".join(re.escape(t.split()[0]) + "".join(r"[\s-]+(?i:" + re.escape(w) + ")" for w in t.split()[1:])
                       if " " in t else re.escape(t).replace(r"\-", r"[\s-]+")
                       for t in sorted(_K.lower_titles, key=len, reverse=True))
LOWER_TITLE_RE = re.compile(
    # (a modifier may open the title in capitals before its lower-case rest: "Executive vice-president of X")
    r"(?<![\w-])(?:(?:" + "|".join(re.escape(v) for m in _K.lower_modifiers for v in (m, m.capitalize())) + r")[\s-]+)*"
    r"(?:chief\s+(?:[a-z]+\s+){1,2}officer|" + _LOWER_ALT + r")(?![\w-])"
)
ANY_TITLE_RE = re.compile(TITLE_RE.pattern + "|" + LOWER_TITLE_RE.pattern)

# "Md", "Mohd": given names written short, which open a name (as written: "MD" is a title's letters)
GIVEN_NAME_ABBREVIATIONS = _K.given_name_abbreviations
# "(r)", "(Retd)" after a rank: a retired officer's mark, read with the style ("Brig (r) Asif Mahmood")
RETIRED_MARKS = _K.retired_marks

# a state or a country that a title may name with no "of" before its holder ("Chief Minister Punjab A B")
TITLE_PLACES = frozenset(p for p in _K.federal_states | _K.countries if " " not in p)

# each plural title's head word and its singular ("ministers" -> "Minister", "heads" of "heads of
# state" -> "Head"), from ``plural_titles``
PLURAL_HEADS = {text.split(" of ")[0].split()[-1]: singular.split(" of ")[0].split()[-1]
                for text, singular in _K.singular_of_plural.items()}
TITLE_WORDS = {
    w.casefold() for c in _TITLE_CORES for w in re.split(r"[\s-]+", c)
} | {"executive", "deputy", "vice", "assistant", "senior", "acting", "honorary", "permanent", "associate",
     "minister"}
TITLE_WORDS.discard("party")
# ("Minister of State", "Secretary of State": the state is no title word of its own; "State Grid" is a body)
TITLE_WORDS.discard("state")
# ("Ambassador Extraordinary and Plenipotentiary": the conjunction inside a title is no title word of its own)
TITLE_WORDS.discard("and")
TITLE_WORDS.discard("of")  # ("Chief of Staff": nor the preposition inside one)

# Titles whose "of X" is a place rather than a body ("Mayor of Yueyang").
GOVERNMENT_TITLES = re.compile(r"(?i)(?<!\w)(" + "|".join(map(re.escape, _K.government_titles)) + r")(?!\w)")

# Bodies inside every organization that belong to the title, not to the
# organization ("Secretary of the Party Committee" of the company).
INTERNAL_BODY_RE = re.compile(
    # (a body's own Party committee, named with the body after it, belongs to the title: "Secretary of (the)
    # Party Committee of Lindau Town" is the town's secretary, as "Secretary of the Party Committee" of a company)
    r"\s+of\s+(?:the\s+)?Party\s+Committee(?=\s+of\s+(?:the\s+)?[A-Z][a-z]+\s+(?:[A-Z]|of))"
    r"|\s+of\s+the\s+(?:(?:Party\s+Committee|Party\s+Leadership\s+Group|Leading\s+Party\s+Members['’]?\s+Group|"
    r"Party\s+Group|Standing\s+Committee)(?![\w'’-])(?!\s+of\s+(?:the\s+)?[A-Z][a-z]+\s+(?:[A-Z]|of))"
    # a board is always the board of the body named next ("Chairman of the Board of Nordhavn Wind")
    r"|(?:Board\s+of\s+Directors|Board\s+of\s+Supervisors|Supervisory\s+Board|Management\s+Board|Executive\s+Board|"
    r"Board)(?![\w'’-]))"
)

# "Finance Minister": the field names the ministry. Besides the fields listed
# in titles.yaml, capitalised words before "Minister" are a
# field ("Oil Minister", "Labor and Social Protection Minister") unless one of
# them is a title word, a word that starts sentences, an honorific, or part of
# a country's name or adjective ("Prime Minister", "Iranian Minister").
# (a word of a field that some title's core also holds, "Chief Information Officer", is a field all the same:
# "Information and Communications Minister")
_NOT_FIELD_WORDS = sorted(
    TITLE_WORDS - FIELD_WORDS | {m.casefold() for m in _K.title_modifiers} | STOP_CAPS | {h.rstrip(".") for h in HONORIFICS}
    | {w.casefold() for name in (*_K.countries, *_K.country_of_adjective) for w in re.findall(r"[\w'’]+", name)},
    key=len, reverse=True)
_FIELD_WORD = r"(?!(?i:" + "|".join(map(re.escape, _NOT_FIELD_WORDS)) + r")\b)[A-Z][a-z]+"
# A field is one word, or two or three joined by "and" ("Labor and Social
# Protection"), or a listed field and one more word ("Foreign Affairs"): never
# two loose capitalised words, which are a place and a field as often as not
# ("Odisha Finance Minister").
# A title's modifiers may come first ("Deputy Health Minister", "Federal
# Finance Minister"): they stay in the title, outside the field.
# "Investment, Trade and Industry Minister": known field words listed with
# commas before the last two joined by "and" (a name never opens the list:
# only words of the field lexicon are listed), an item perhaps of two words
# ("Women Affairs, Gender and Community Development Minister")
_LISTED_FIELDS = r"(?:(?:" + "|".join(sorted((w.capitalize() for w in FIELD_WORDS if w.isalpha()), key=len, reverse=True)) \
    + r")(?: +[A-Z][a-z]+)?,\s+(?=(?:[A-Z][a-z]+(?: +[A-Z][a-z]+)?,\s+)*[A-Z][a-z]+\s+(?:and|&)\s))*"
MINISTER_FIELD_RE = re.compile(
    # (a modifier in lower case too, as before any title: "former Defense Minister"; the narrow ones, such as
    # "State", only as written: "the state Finance Minister" is a state's)
    r"(?<![\w-])(?:(?:" + "|".join(re.escape(m) if m in _K.narrow_modifiers else f"[{m[0]}{m[0].lower()}]{re.escape(m[1:])}"
                                   for m in _K.title_modifiers) + r")[\s-]+)*((?:" + "|".join(_K.minister_fields) + r")(?: +(?!Minister\b)[A-Z][a-z]+)?"
    + r"|" + _LISTED_FIELDS + _FIELD_WORD + r"(?: +(?:and|&) +" + _FIELD_WORD + r"(?: +" + _FIELD_WORD + r")?)?) +Minister(?![\w-])")

# a governor's title alone ("Governor", "Gov."): the post of a state's or a
# province's head, whose body the article's places tell
GOVERNOR_TITLE_RE = re.compile(r"(?i)gov(?:ernor|\.)")


def org_kind(name: str) -> str | None:
    """A coarse kind hint for the RDF layer, from the words of a name."""
    words = {w.casefold().strip(".,") for w in name.split()}
    if words & {"university", "college", "academy", "institute", "school", "polytechnic", "universitas", "universidad",
                 "universidade", "université", "universität", "universiteit", "università", "hochschule",
                 "politecnico", "instituto", "institut"}:
        return "institute" if words & {"academy", "institute", "school", "instituto", "institut"} and not words & {
            "university", "college", "polytechnic"} else "university"
    if words & {"fund"}:
        return "fund"
    if "chamber" in words or words & {"association", "federation", "society"}:
        return "association"
    if words & COMPANY_SUFFIXES or words & {"company", "corporation", "group", "bank", "branch", "holdings"}:
        return "company"
    if words & {"department", "bureau", "office", "commission", "administration", "ministry", "agency"}:
        return "department"
    if words & {"government", "committee", "council", "municipality", "congress", "embassy"}:
        return "government"
    return None
