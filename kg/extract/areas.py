"""Fields of cooperation listed for an agreement.

"the two sides will cooperate in (areas such as) A, B and C", "carry out
cooperation in ...", "covers cooperation in ...", "paves the way for ...".
Wishes in speeches ("he hoped the two places would deepen cooperation in
...") are not areas, so a sentence that reports speech without naming the
agreement is skipped.
"""
from __future__ import annotations

import re

from kg.knowledge import knowledge

__all__ = ["find_areas", "split_list"]

_COUNT = r"(?:the\s+following|following|two|three|four|five|six|seven|several|these|its|key|main|priority)"
_CUE_RE = re.compile(
    r"(?i)\b(?:(?:cooperat(?:e|ion)|collaborat(?:e|ion)|co-operat(?:e|ion)|work(?:ing)?\s+together|"
    r"exchanges\s+and\s+cooperation)\s+(?:in|on)|paves?\s+the\s+way\s+for|covers?|"
    r"(?:cooperation|collaboration|partnership)\s+covering|"
    # "The collaboration will span A, B and C", "commits the two cities to exchanges in A, B and C"
    r"(?:will|would|is\s+to|shall)\s+span|\bto\s+exchanges\s+in|"
    r"to\s+support\s+\w+(?:\s+\w+)?\s+in|focus(?:es|ing)?\s+on|"
    # "to share expertise on A, B and C", "exchange experience in ..."
    r"(?:share|sharing|exchange|exchanging)\s+(?:expertise|experience|knowledge|know-how|best\s+practices?)\s+(?:on|in)|"
    # "The loan will finance A, B and C" (a list only: see find_areas)
    r"(?P<fund>(?:loan|credit|grant|financing|funds?)\s+(?:will|would|is\s+to|are\s+to)\s+(?:be\s+used\s+to\s+)?"
    r"(?:finance|fund))|"
    # "The focus areas of the MoU are:" and a bullet list
    r"(?:focus|key|priority|main)\s+areas\s+(?:of\s+(?:cooperation\s+)?(?:under\s+)?(?:the\s+)?\w+\s+)?(?:are|include)(?=\s*:)|"
    # "The loan will finance work in three areas: A, B and C"
    r"(?:work|projects?|cooperation|activities)\s+in(?=\s+" + _COUNT + r"\s+(?:\w+\s+)?(?:areas|fields|sectors)\s*:))"
    # "will work together on:" and a bullet list
    r"(?:\s+|(?=:))"
    r"(?:(?:the\s+|key\s+|several\s+|various\s+|a\s+range\s+of\s+|multiple\s+)*(?:areas?|fields?|sectors?|domains?),?\s+"
    r"(?:such\s+as|of|including|like)\s+|such\s+areas\s+as\s+|"
    r"areas\s+including\s+|cooperation\s+in\s+|"
    # "focus on three areas: A, B and C", "work together on the following areas:"
    r"" + _COUNT + r"?\s*(?:\w+\s+)?(?:areas|fields|sectors|domains|priorities|themes|pillars|strands|components|topics|workstreams)\s*:\s*)?"
)
_DATA_CUE_RE = knowledge("en").area_cue_re  # the cues of kg/knowledge/en/areas.yaml
_BULLET_RE = re.compile(r"\n\n[•·▪●◦\-–*]\s*([^\n]+)")
_SPEECH_RE = re.compile(r"(?i)\b(?:hoped?|hopes|wish(?:ed|es)?|suggest(?:ed|s)?|said|says|believes?|expects?|"
                        r"expressed|called\s+on|urged?)\b")
_AGREEMENT_WORD_RE = re.compile(r"(?i)\b(?:agreement|mou|memorandum|letter\s+of\s+intent|deal|contract)\b")
_END_RE = re.compile(
    r"(?i)(?:\.\s|\.$|;|:|\s+so\s+as\s+to\b|\s+so\s+that\b|\s+in\s+order\s+to\b|"
    r",\s+(?:an?\s+(?:area|field|sector|industry|move|step|key|major|important|new)\b|which|where|who|while|with|so|aiming|aimed|to|in\s+order|as\s+well\s+as\s+to|and\s+(?:will|would|to|also|"
    r"plans?|the\s+two|jointly|further|strive)|and\s+(?:[a-z]+\s+){0,2}(?:will|would|plan))\b|"
    r"\s+between\s+the\s+(?:two|three)\b|\s+over\s+the\s+next\b|\s+within\s+\w+\s+years\b)"
)


def split_list(phrase: str) -> list[str]:
    """Items of "A, B and C" / "A, B, and C"; items may hold "and"
    themselves ("education and culture, and tourism")."""
    pieces = [p.strip() for p in re.split(r",\s*", phrase) if p.strip()]
    if not pieces:
        return []
    last = pieces[-1]
    if last.casefold().startswith("and "):
        pieces[-1] = last[4:]
    elif " and " in last:
        first, rest = last.split(" and ", 1)
        pieces[-1:] = [first, rest]
    return pieces


def _clean(item: str) -> str:
    item = item.strip(" “”\"'‘’")
    item = re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.I)
    item = re.sub(r"\s+between\s+the\s+(?:two|three)\s+\w+$", "", item)
    item = item.strip(" “”\"'‘’")
    return item


def find_areas(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Areas listed in the sentence ``text[start:end]`` with their spans."""
    sentence = text[start:end]
    if _SPEECH_RE.search(sentence) and not _AGREEMENT_WORD_RE.search(sentence):
        return []
    out: list[tuple[str, tuple[int, int]]] = []
    listed_to = -1
    cues = sorted([*_CUE_RE.finditer(text, start, end), *_DATA_CUE_RE.finditer(text, start, end)], key=lambda m: m.start())
    for cue in cues:
        if cue.start() < listed_to:
            continue  # "cooperate in A, sales cooperation in Asia, and C": a cue inside a list is an item's words
        if re.search(r"(?i)\b(?:hoped?|would)\s+(?:\w+\s+){0,4}$", text[max(start, cue.start() - 40) : cue.start()]) \
                and not _AGREEMENT_WORD_RE.search(sentence):
            continue
        stop = _END_RE.search(text, cue.end(), end)
        list_end = stop.start() if stop else end
        phrase = text[cue.end() : list_end].rstrip(" .")
        cursor = cue.end()
        if not phrase.strip() and (text[list_end : list_end + 1] == ":" or text[start:list_end].rstrip().endswith(":")):
            # the items are the bullet paragraphs that follow
            out += _bullets(text, end)
            continue
        items = split_list(phrase)
        if cue.groupdict().get("fund") and len(items) < 3:
            continue  # "the loan will finance the second phase of X": a purpose, not fields
        if len(items) == 1 and re.match(r"[a-z]+ing\b", items[0]):
            continue  # "pledging to work together on upgrading ...": a purpose, not a list
        listed_to = list_end
        for item in items:
            cleaned = _clean(item)
            if not cleaned or len(cleaned.split()) > 12 or not re.search(r"[a-z]", cleaned):
                continue
            where = text.find(item, cursor, list_end + 1)
            span = (where, where + len(item)) if where >= 0 else (cue.end(), list_end)
            if where >= 0:
                cursor = where + len(item)
            out.append((cleaned, span))
    return out


def _bullets(text: str, pos: int) -> list[tuple[str, tuple[int, int]]]:
    """Bullet paragraphs right after ``pos``: "• staff and student mobility"."""
    out: list[tuple[str, tuple[int, int]]] = []
    while True:
        match = _BULLET_RE.match(text, pos)
        if match is None:
            return out
        # "cultural and tourist promotion, also through joint itineraries": the field, not how
        item = _clean(re.split(r",\s+(?=[a-z])", match.group(1).rstrip(" ;,."), maxsplit=1)[0])
        if item and len(item.split()) <= 16 and re.search(r"[a-z]", item):
            out.append((item, match.span(1)))
        pos = match.end()
