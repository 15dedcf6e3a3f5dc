"""The dateline that opens a story: when it was filed, and from which town.

"CAPE TOWN, 6 February 2024 --", "KATHMANDU, Jan. 23 --", "Baku/29.09.21/Turan:",
"DUBAI, (UrduPoint / WAM - 21st Dec, 2021)", "Hamirpur, September 29 National
Institute ...": news writes its dateline in many styles, and several passes
need it (a relative day counts back from its date; a signing "here" is in its
town; a plain "Mayor" may be its town's). Its patterns live here, read once
per document (``Document.dateline``, ``Document.dateline_town``), so that a
style learnt for one pass is learnt for all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kg.dates import find_dates
from kg.knowledge import knowledge

if TYPE_CHECKING:  # pragma: no cover
    from kg.extract.document import Document

__all__ = ["DatelineTown", "dateline_date", "dateline_town", "DATE_THEN_MARK_RE", "SINGLE_DASH_AFTER_RE",
           "TOWN_AND_COMMA_RE", "DATELINE_IN_BRACKETS_RE", "DATELINE_TOWN_RE"]

_K = knowledge("en")
_ORG_HEADS = frozenset(h.rstrip(".") for h in _K.org_heads)

# what follows the date of a date line: a dash, "(Xinhua)", "BOISE, Idaho (Oct. 3, 2022) —",
# "Bhubaneswar, 5th March 2024:", "May 9, 2023 /PRNewswire/ --", "LAHORE: (Thursday, April 18, 2019):"
# also a byline's "By Megan O'Donnell | 14 May 2024 | 4 minute read" and
# "13 September 2023, 18:40 | Press service"
# (a bracket opening with a small letter, "April 13 (early Friday, April 14, Philippine time)", is no agency's)
DATE_THEN_MARK_RE = re.compile(r"^\s*(?:--|—|–|\(Xinhua\)|\((?![a-z])|:\s|\)\s*(?:--|—|–|:\s)|/[A-Za-z]|\||,\s*\d{1,2}:\d\d\b)")
# "Athens, Oct 23 - The ministries": a single dash set off by spaces, then the story
SINGLE_DASH_AFTER_RE = re.compile(r"\s+-\s+[A-Z]")
# the town and its comma before a dateline's date ("Madrid, ", "HARBOR CITY, ")
TOWN_AND_COMMA_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+")
# "Baku/29.09.21/Turan:": a news agency's date line, the year in two figures or four
_SLASHED_RE = re.compile(r"\s*[A-Z][\w'’ -]{1,30}/(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})/[A-Z]")
# "DUBAI, (UrduPoint / WAM - ": a city in capitals, then the agency and the day in brackets
DATELINE_IN_BRACKETS_RE = re.compile(r"\s*[A-Z][A-Z .'’-]+,?\s*\([^()\n]*")

# "KATHMANDU, Jan. 23 --", "SINGAPORE, 14 May 2024 /PRNewswire/ --", "VLADIVOSTOK —", "ISLAMABAD, Mar 14:"
DATELINE_TOWN_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})((?:,\s+[^\n]{0,40}?)?)\s*(?:--|—|–|\(|/[A-Z]|:\s)")
# "Hamirpur, September 29 National Institute of Technology ...": a town and a day with no mark after them
# (the year may follow: "New Delhi, April 21, 2022 The Indian Navy ...", "Addis Ababa November 12/2019 ...")
_UNMARKED_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(,?\s+(?:" + "|".join(
    m.capitalize() for m in ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december")) + r")\s+\d{1,2}(?:(?:,[ \t]*|[ \t]+|/)\d{4})?)(?:\s+(?=[A-Z])|\s*$)")
# "Binh Duong (VNA) –": a town, then a news agency in brackets and a dash
_AGENCY_IN_BRACKETS_RE = re.compile(r"\s*\((?:[A-Z]{2,}[\w.]*|Xinhua)\)\s*(?:--|—|–|-)\s")
# "Tashkent, Uzbekistan (UzDaily.com) --": a town, then its country
_COUNTRY_AFTER_RE = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*$")
# "MINSK. KAZINFORM -": a city, a full stop, then the agency in capitals
_TOWN_THEN_AGENCY_RE = re.compile(r"([A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)?)\.\s+[A-Z]{2,}")
# "(MENAFN- Kuwait News Agency (KUNA)) ": an aggregator's code and the source it took the story from
_AGGREGATOR_SOURCE_RE = re.compile(r"\([A-Z]{3,}[-–]\s*[^()\n]{1,60}(?:\([^()\n]{1,20}\))?\)\s*")
# what a dateline's lead may still hold after its mark: the rest of an agency's bracket and the dash after
# it ("HANGZHOU, Sept 22 (" + "KUNA) --")
_LEAD_REST_RE = re.compile(r"[^()\n]{0,40}\)\s*(?:--|—|–|-|:)?\s*")
# how far into the story a dateline may stand (after a headline, "FOR IMMEDIATE RELEASE", a byline)
_DATE_READ = 240
_TOWN_READ = 600


def dateline_date(doc: Document) -> date | None:
    """The date of a dateline opening the body ("CAPE TOWN, 6 February 2024 --")."""
    head = doc.text[doc.body_start : doc.body_start + _DATE_READ]
    slashed = _SLASHED_RE.match(head)
    if slashed is not None:
        # "Baku/29.09.21/Turan: ...": city, day.month.year and agency between slashes
        day, month, year = (int(g) for g in slashed.groups())
        try:
            return date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            pass
    for found in find_dates(head):
        if found.year is not None and DATE_THEN_MARK_RE.match(head[found.end : found.end + 8]):
            return found.to_date()
        if found.year is not None and TOWN_AND_COMMA_RE.fullmatch(head[: found.start]) \
                and (re.match(r"\.\s+[A-Z]", head[found.end : found.end + 4]) or SINGLE_DASH_AFTER_RE.match(head, found.end)):
            # "Madrid, December 9, 2022. The President of ...", "HARBOR CITY, March 4, 2024 - The institute":
            # a date line ended by a stop or a single dash, right after the town
            return found.to_date()
        if found.year is not None and head.startswith(")", found.end) \
                and DATELINE_IN_BRACKETS_RE.fullmatch(head, 0, found.start):
            return found.to_date()  # "DUBAI, (UrduPoint / WAM - 21st Dec, 2021) The agency has signed"
    return None


@dataclass(frozen=True)
class DatelineTown:
    """The town a story was filed from, as a reader names it ("KATHMANDU" is Kathmandu)."""

    name: str
    start: int  # where the dateline's line starts in the text
    end: int  # where the town's name, as written, ends
    lead_end: int  # where the dateline's lead ends: its date, the agency in brackets and the dash after the town

    def holds(self, position: int) -> bool:
        """Whether ``position`` lies in the dateline's lead, with the source an aggregator names before it
        ("(MENAFN- Kuwait News Agency (KUNA)) HANGZHOU, Sept 22 (KUNA) --"): the names there are the story's
        source and its town, no side of what it reports."""
        return self.start <= position < self.lead_end


def dateline_town(doc: Document) -> DatelineTown | None:
    """The town of the first line of the story's head that reads as a dateline: a town, then a date, an
    agency in brackets, a country, or a dash; None when no line does."""
    head_start = doc.body_start
    title = (doc.article.title or "").strip()
    if title and _UNMARKED_RE.fullmatch(title) and doc.text.find(title) >= 0:
        head_start = doc.text.find(title)  # a page with no headline: its first line, "Hamirpur, September 29", is the date line
    head = doc.text[head_start : doc.body_start + _TOWN_READ]
    # (a line of its own: pages often put the headline, a date and the date line on lines one after another)
    for para in re.finditer(r"(?:^|\n)[ \t]*([^\n]+)", head):
        # ("(MENAFN- Kuwait News Agency (KUNA)) HANGZHOU, Sept 22 (KUNA) --": the aggregator's source first)
        source = _AGGREGATOR_SOURCE_RE.match(para.group(1))
        line = para.group(1)[source.end() :] if source else para.group(1)
        offset = source.end() if source else 0
        match = DATELINE_TOWN_RE.match(line) or _UNMARKED_RE.match(line)
        if match is None:
            continue
        town, rest = match.group(1), match.group(2)
        agency = _TOWN_THEN_AGENCY_RE.match(town)
        if agency:
            town = agency.group(1)  # "ASTANA. KAZINFORM –": the city, then the agency
        country = _COUNTRY_AFTER_RE.match(rest)
        agency = _AGENCY_IN_BRACKETS_RE.match(line, match.end(2))
        town_start = head_start + para.start(1) + offset + match.start(1)
        if not (town.isupper() or find_dates(rest) or country is not None and country.group(1) in _K.countries
                or agency is not None or not rest and doc.entity_label(town_start, town_start + len(town)) == "GPE"):
            # "The Government of Nepal (GoN) ...": not a dateline (but "Cairo– Egypt and Somalia signed here": a
            # town the model reads, and a dash)
            continue
        if any(word.casefold().rstrip(".") in _ORG_HEADS for word in town.split()):
            continue  # "Peking University, Beijing, March 18th, 2009:": the body the news is from, not a town
        start = head_start + para.start(1)
        lead = _LEAD_REST_RE.match(line, match.end()) if match.group(0).endswith("(") else None
        lead_end = head_start + para.start(1) + offset + (lead.end() if lead else match.end())
        return DatelineTown(town.title() if town.isupper() else town, start, town_start + len(town), lead_end)
    return None
