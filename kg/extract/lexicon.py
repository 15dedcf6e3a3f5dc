"""Word lists of the genre: titles, organization heads, honorifics, places.

Everything the rules know about English-language news of signings lives
here, so that a new title ("Rector") or a new kind of body ("Foundation")
is one line, not a new rule.
"""
from __future__ import annotations

import re

__all__ = [
    "FIELD_HEADS",
    "FIELD_WORDS",
    "GENERIC_BODIES",
    "HONORIFICS",
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
    "MONTHS_AND_DAYS",
    "org_kind",
]

# Honorifics come before a name but are not part of it.
HONORIFICS = {
    "professor", "prof", "prof.", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss",
    "academician", "sir", "madam", "dame", "comrade", "h.e.", "excellency", "engineer", "eng.",
    # parliamentary and civic styles ("Hon. Joseph Banda", "Cr Mark Delaney")
    "hon", "hon.", "honourable", "honorable", "rt", "rt.", "cr", "cr.", "cllr", "cllr.", "rev", "rev.",
    # South Asian styles ("Shri Harishchandra Patil", "Smt. Kavita Menon")
    "shri", "shri.", "sri", "smt", "smt.", "kumari", "janab", "begum",
}

# Particles inside Western, Portuguese, Dutch or Arabic names ("Pieter van der
# Veld", "Ana Sofia de Almeida Costa", "Rui dos Santos"): lower case, but part
# of the name when a capitalised name word follows.
NAME_PARTICLES = {
    "van", "der", "den", "de", "da", "das", "do", "dos", "du", "von", "del", "della", "di", "la", "le",
    "ter", "ten", "bin", "binti", "al", "el", "zu",
}

# Last words of an organization's name ("... People's Government", "... Co., Ltd.").
ORG_HEADS = {
    "government", "committee", "bureau", "department", "administration", "university", "institute",
    "center", "centre", "group", "co.", "ltd.", "ltd", "gmbh", "bank", "branch", "fund", "commission",
    "municipality", "office", "congress", "embassy", "consulate", "academy", "school", "college",
    "council", "ministry", "corporation", "company", "inc.", "corp.", "agency", "authority",
    "association", "federation", "society", "hospital", "foundation", "organization", "organisation",
    "board", "limited", "ag", "plc", "llc", "holdings", "chamber", "commerce", "secretariat",
    "laboratory", "polytechnic", "conservatory", "trust", "alliance", "union", "cooperative",
    "exchange", "parliament", "assembly", "court", "procuratorate", "service", "station",
    "facility", "consortium", "ventures", "holding", "partners", "enterprises",
    # regional governments of Central Asia: "Andijan Regional Khokimiyat", "Almaty Akimat"
    "khokimiyat", "hokimiyat", "akimat", "akimiyat",
    # sports clubs: "Tema Harbour Stars FC", "Atlético Clube"
    "fc", "afc", "cf", "club", "clube",
    # company forms of other countries, and university words of other languages
    "a/s", "asa", "oyj", "s.a.", "n.v.", "b.v.", "s.p.a.", "s.a.s.", "s.l.", "a.ş.", "a.s.", "sarl", "srl", "pty",
    "pte", "llp",
    "jsc", "pjsc", "universitas", "universidad", "universidade", "université", "universität", "universiteit",
    "università", "hochschule", "politecnico", "instituto", "institut",
}

# Heads that take an "of ..." complement inside the name ("City of Graz",
# "Xiangxi Branch of Hunan Xiangjiang Bank", "Embassy of Portugal").
OF_HEADS = {
    "government", "department", "ministry", "bureau", "university", "institute", "school", "college",
    "academy", "embassy", "consulate", "city", "municipality", "committee", "branch", "board",
    "office", "commission", "chamber", "council", "agency", "authority", "administration", "bank",
    "center", "centre", "congress", "federation", "association", "society", "secretariat",
    "republic", "kingdom", "state", "people's", "peoples", "service", "province", "prefecture",
    "county", "region", "district", "assembly", "parliament", "foundation", "corporation", "court",
}

# Capitalised field words that may be joined by "and" inside a name
# ("Development and Reform Commission", "Department of Science and Technology").
FIELD_WORDS = {
    "development", "reform", "science", "sciences", "technology", "research", "trade", "industry",
    "information", "education", "culture", "tourism", "health", "commerce", "planning", "finance",
    "economy", "economic", "social", "natural", "resources", "environment", "ecology", "transport",
    "telecommunication", "telecommunications", "telecom",
    "housing", "urban", "rural", "agriculture", "water", "energy", "investment", "innovation", "sports",
    "publicity", "security", "safety", "market", "regulation", "supervision", "human", "affairs", "foreign",
    "international", "radio", "television", "film", "press", "publication", "communications", "works",
    "arts", "engineering", "management", "information technology", "statistics", "justice", "labour",
    "economics", "law", "politics", "business", "medicine", "humanities", "design", "forestry", "fisheries",
    "mining", "languages", "finance",
}

# Heads whose "of" complement may be a field with "and" in it ("Department
# of Science and Technology"); other heads take "and" only inside a place
# ("People's Government of Xiangxi Tujia and Miao Autonomous Prefecture").
# Words a name may join with "and" before its head: "Eastern and Southern
# African Development Bank", "Small and Medium Enterprises Agency"
CONJOINED_WORDS = {
    "eastern", "western", "northern", "southern", "central", "east", "west", "north", "south", "middle",
    "small", "medium", "micro", "higher", "further", "primary", "secondary", "arab", "african", "asian",
}

FIELD_HEADS = {
    "department", "ministry", "bureau", "commission", "institute", "school", "academy", "university",
    "college", "office", "center", "centre", "committee", "administration", "council", "agency",
}

# Names of bodies every organization has; alone they name no one body.
GENERIC_BODIES = {
    "party committee", "standing committee", "party leadership group", "leadership group", "party group",
    "committee", "group", "fund", "bank", "bank group", "office", "government", "branch", "board",
    "council", "department", "university", "company", "institute", "center", "centre", "school",
}

# Heads whose name runs on with "in <place>" ("German Chamber of Commerce in Shanghai").
IN_HEADS = {"embassy", "consulate", "chamber", "commerce", "delegation", "mission"}

COMPANY_SUFFIXES = {"co.", "ltd.", "ltd", "gmbh", "inc.", "corp.", "ag", "plc", "llc", "limited", "s.a.", "a/s", "asa",
                    "oyj", "n.v.", "b.v.", "s.p.a.", "s.a.s.", "s.l.", "a.ş.", "a.s.", "sarl", "srl", "pty", "pte", "pty.",
                    "pte.", "sdn.",
                    "bhd.", "bhd", "llp", "jsc", "pjsc"}

# Words that make a capitalised name a place ("Hunan Province", "Zunyi City").
PLACE_HEADS = {
    "province", "city", "county", "prefecture", "district", "region", "area", "state", "municipality",
    "town", "township", "village", "island", "islands",
}

MONTHS_AND_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

# Capitalised words that start sentences or clauses but never start a name.
STOP_CAPS = {
    "the", "on", "in", "at", "according", "under", "after", "before", "during", "recently", "first",
    "second", "third", "fourth", "finally", "relevant", "heads", "more", "since", "as", "it", "he",
    "she", "they", "this", "that", "these", "those", "both", "its", "his", "her", "their", "our", "we",
    "also", "and", "a", "an", "by", "for", "with", "from", "to", "of", "witnessed", "meanwhile",
    "besides", "moreover", "however", "earlier", "later", "today", "yesterday", "there", "when",
    "while", "what", "who", "which", "if", "but", "so", "ends", "notes", "last", "next", "one", "two",
    "three", "each", "all", "some", "many", "other", "such", "into", "upon", "over", "following",
    "through", "among", "between", "about", "leaders", "officials", "representatives", "guests",
    "present", "attending", "said", "says", "source",
} | MONTHS_AND_DAYS

# ---------------------------------------------------------------- titles

_TITLE_CORES = [
    "Secretary-General", "Secretary General", "Director-General", "Director General",
    "Pro-Vice-Chancellor", "Vice-Chancellor", "Vice Chancellor", "Chief Executive Officer",
    "Chief Technology Officer", "Chief Financial Officer", "Chief Operating Officer",
    "Chief Information Officer", "Chief Investment Officer", "Chief Accountant", "Chief Engineer",
    "Chief Economist", "Chief Representative", "Chief Executive", "Chief Minister", "Chief Secretary", "General Manager", "Country Manager",
    "Regional Manager", "Managing Director", "President Director", "President Commissioner", "Principal Secretary", "Permanent Secretary", "Cabinet Secretary",
    "Under-Secretary", "Prime Minister", "Premier", "Registrar", "Senator", "Executive Director", "County Magistrate",
    "District Magistrate", "Magistrate", "Party Secretary", "Party Chief", "Secretary", "Governor",
    "Mayor", "Director", "Chairman", "Chairwoman", "Chairperson", "Chair", "President", "Chancellor",
    "Minister", "Dean", "Counsellor", "Counselor", "Ambassador", "Consul General", "Consul-General",
    "Consul", "Member", "Commissioner", "Head", "Principal", "Rector", "Provost", "Manager",
    "Representative", "Administrator", "Treasurer", "Founder", "Partner", "Chief", "Leader",
    "Vice President", "Vice-President", "CEO", "CFO", "CTO", "COO",
]
_TITLE_MODS = r"(?:(?:Executive|Deputy|Vice|Assistant|First|Senior|Acting|Honorary|Permanent|Associate|" \
              r"Standing|Second|Third|Joint|Co|Lord|General)[\s-]+)*"
# "Pro-Vice-Chancellor" is also written "Pro Vice-Chancellor" and "Pro Vice Chancellor"
_CORE_ALT = "|".join(re.escape(c).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                     for c in sorted(_TITLE_CORES, key=len, reverse=True))
# "Chief Commercial Officer", "Chief Human Resources Officer"
_CORE_ALT = r"Chief\s+(?:[A-Z][a-z]+\s+){1,2}Officer|" + _CORE_ALT
# A title: optional modifiers, a core word, and a capitalised parenthetical
# that belongs to it ("Pro-Vice-Chancellor (International)").
TITLE_RE = re.compile(
    r"(?<![\w-])" + _TITLE_MODS + r"(?:" + _CORE_ALT + r")(?![\w-])(?:\s\((?:[A-Z][^\W\d_]+(?:\s(?:and\s)?[A-Z]?[^\W\d_]+)*)\))?"
)

# Titles as North American and wire-service copy writes them, in lower case
# ("María Fernández, president of Cascadia State University", "the company's
# chairman Lu Jianhua"). Only posts that head or direct a body: lower-case
# "member", "head" or "partner" are ordinary words.
LOWER_TITLE_RE = re.compile(
    r"(?<![\w-])(?:(?:executive|deputy|vice|assistant|senior|acting|first|associate)[\s-]+)*"
    r"(?:president|chairman|chairwoman|chairperson|chief\s+executive\s+officer|chief\s+executive|general\s+director|"
    r"chief\s+(?:[a-z]+\s+){1,2}officer|director[\s-]+general|managing\s+director|general\s+manager|"
    r"country\s+(?:manager|director)|director|mayor|governor|minister|secretary[\s-]+general|"
    r"pro[\s-]+vice[\s-]+chancellor|vice[\s-]+chancellor|chancellor|rector|provost|dean|ambassador|"
    r"consul[\s-]+general)(?![\w-])"
)
ANY_TITLE_RE = re.compile(TITLE_RE.pattern + "|" + LOWER_TITLE_RE.pattern)

TITLE_WORDS = {
    w.casefold() for c in _TITLE_CORES for w in re.split(r"[\s-]+", c)
} | {"executive", "deputy", "vice", "assistant", "senior", "acting", "honorary", "permanent", "associate",
     "minister"}
TITLE_WORDS.discard("party")

# Titles whose "of X" is a place rather than a body ("Mayor of Yueyang").
GOVERNMENT_TITLES = re.compile(r"(?i)\b(mayor|governor|magistrate|party secretary|party chief|premier)\b")

# Bodies inside every organization that belong to the title, not to the
# organization ("Secretary of the Party Committee" of the company).
INTERNAL_BODY_RE = re.compile(
    r"\s+of\s+the\s+(?:(?:Party\s+Committee|Party\s+Leadership\s+Group|Leading\s+Party\s+Members['’]?\s+Group|"
    r"Party\s+Group|Standing\s+Committee)(?![\w'’-])(?!\s+of\s+(?:the\s+)?[A-Z][a-z]+\s+(?:[A-Z]|of))"
    # a board is always the board of the body named next ("Chairman of the Board of Nordhavn Wind")
    r"|(?:Board\s+of\s+Directors|Board\s+of\s+Supervisors|Supervisory\s+Board|Management\s+Board|Executive\s+Board|"
    r"Board)(?![\w'’-]))"
)

# "Finance Minister": the field names the ministry.
MINISTER_FIELD_RE = re.compile(
    r"(?<![\w-])(Finance|Foreign|Commerce|Trade|Education|Health|Transport|Agriculture|Energy|Defen[cs]e|"
    r"Interior|Justice|Economy|Industry|Tourism|Environment|Culture|Labour|Labor|Planning)\s+Minister(?![\w-])"
)


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
    if words & {"co.", "ltd.", "ltd", "gmbh", "inc.", "corp.", "company", "corporation", "group", "bank",
                "branch", "plc", "llc", "limited", "holdings"}:
        return "company"
    if words & {"department", "bureau", "office", "commission", "administration", "ministry", "agency"}:
        return "department"
    if words & {"government", "committee", "council", "municipality", "congress", "embassy"}:
        return "government"
    return None
