"""Finding calendar dates written the many ways news articles write them.

"2019-03-13", "2018/11/07", "27.09.2022", "2022年6月15日", "March 11, 2019",
"on 12 August", "Friday 23 September", "Tuesday (July 10)", "Jan, 14, 2020": each is found with
its span, and with ``year=None`` when the text leaves the year to the date
line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["FoundDate", "find_dates", "MONTHS"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_PATTERNS = [
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    # day first, as most of the world writes it: 27.09.2022, 20/09/2021, 14-05-2024 (one mark throughout)
    re.compile(r"(?<![\d./-])(?P<d>\d{1,2})(?P<mark>[./-])(?P<m>\d{1,2})(?P=mark)(?P<year>(?:19|20)\d\d)(?![\d-])"),
    # ("March 23,2021", "23 March,2021": the year after a comma with no space; "on Feb.10": an abbreviated
    # month's stop with the day right after it)
    re.compile(r"(?i)\b" + _MONTH + r"(?:\s+|(?<=\.)(?=\d))(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)\b)?"),
    # "Jan, 14, 2020": a comma after the month too, read only with the year (in "May, 5 agreements" no date)
    re.compile(r"(?i)\b" + _MONTH + r",\s*(?P<d>\d{1,2}),\s*(?P<year>(?:19|20)\d\d)\b"),
    # "on July,4": a capitalised month, a comma and the day with no space between them (never a count)
    re.compile(r"\b(?=[A-Z])(?i:" + _MONTH + r"),(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![.,]\d{3})(?:(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)\b)?"),
    re.compile(r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)\b)?"),
    # "19th Tuesday, August 2025": a page's stamp with the weekday between the day and the month (read only
    # with the year)
    re.compile(r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+" + _MONTH
               + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
]


@dataclass(frozen=True)
class FoundDate:
    """A date found in text; ``year`` is None when the text omits it."""

    year: int | None
    month: int
    day: int
    start: int
    end: int

    def to_date(self, default_year: int | None = None) -> date | None:
        year = self.year if self.year is not None else default_year
        if year is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


def find_dates(text: str) -> list[FoundDate]:
    """All valid dates in ``text``, in order, without overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            groups = match.groupdict()
            month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["m"])
            day = int(groups["d"])
            year = int(groups["year"]) if groups.get("year") else None
            if not groups.get("month") and month > 12 >= day:
                month, day = day, month  # month first, as in the US: 09/20/2021
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            if year is not None:
                try:
                    date(year, month, day)
                except ValueError:
                    continue
            found.append(FoundDate(year, month, day, start, end))
            taken.append((start, end))
    return sorted(found, key=lambda f: f.start)
