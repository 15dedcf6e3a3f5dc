"""Character ranges asked in logarithmic time whether they hold a position,
contain a span or overlap one.

Passes ask such questions once per mention, signing or entity; scanning
every range each time made reading quadratic in the length of a file. No
name or phrase runs longer than ``LONGEST`` characters, so only the ranges
starting that far before a position can hold it.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["Intervals", "LONGEST"]

LONGEST = 400  # characters: longer than any body's name or person's phrase


class Intervals:
    """A growing set of ``(start, end)`` character ranges."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._ranges = sorted(ranges)
        self._starts = [a for a, _ in self._ranges]

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ranges.insert(i, (start, end))

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges that begin from LONGEST before ``start`` up to ``end``."""
        hi = bisect.bisect_right(self._starts, end)
        lo = bisect.bisect_left(self._starts, start - LONGEST, 0, hi)
        return self._ranges[lo:hi]

    def holds(self, pos: int) -> bool:
        """Whether a range holds the character at ``pos``."""
        return any(a <= pos < b for a, b in self._near(pos, pos))

    def contains(self, start: int, end: int) -> bool:
        """Whether one range covers all of ``[start, end)``."""
        return any(a <= start and end <= b for a, b in self._near(start, start))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a range shares a character with ``[start, end)``."""
        return any(a < end and start < b for a, b in self._near(start, end))
