"""Writing SPARQL SELECT results as CSV, JSON or a table for people.

CSV follows the contract: a header of variable names, IRIs as plain IRIs,
literals as their lexical form (so dates are YYYY-MM-DD), unbound empty.
JSON is the W3C SPARQL 1.1 Query Results JSON format.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TextIO

import pyoxigraph as ox

from kg.terms import Value, to_python

__all__ = ["Rows", "RowStream", "rows_from_solutions", "write_rows", "FORMATS", "term_text", "json_term"]

FORMATS = ("csv", "tsv", "json", "table")


class Rows:
    """SELECT results: the variable names, and one row per solution.

    ``rows`` holds the RDF terms as the store gave them (what the CSV, TSV
    and JSON writers read); :meth:`values`, :meth:`dicts`, iteration and
    indexing give Python values through :func:`kg.terms.to_python`, the
    same for the embedded store and a remote endpoint: numbers as numbers,
    dates as dates, IRIs as :class:`kg.IRI`, None where unbound.

    >>> import pyoxigraph as ox
    >>> rows = Rows(["year", "agreements"], [[ox.Literal(2019), ox.Literal(3)], [None, ox.Literal(1)]])
    >>> rows[0]
    {'year': 2019, 'agreements': 3}
    >>> sum(count for _, count in rows)
    4
    >>> rows
    <Rows: 2 rows × 2 columns>
    year | agreements
    -----+-----------
    2019 | 3
         | 1
    """

    def __init__(self, variables: Sequence[str], rows: list[list[object | None]]):
        self.variables = list(variables)
        self.rows = rows

    def values(self) -> list[tuple[Value, ...]]:
        """Rows as tuples of Python values, in the order of :attr:`variables`."""
        return [tuple(to_python(t) for t in row) for row in self.rows]

    def dicts(self) -> list[dict[str, Value]]:
        """Rows as dicts of Python values (None where unbound)."""
        return [dict(zip(self.variables, row)) for row in self.values()]

    def __iter__(self) -> Iterator[tuple[Value, ...]]:
        for row in self.rows:
            yield tuple(to_python(t) for t in row)

    def __getitem__(self, index: int) -> dict[str, Value]:
        return {v: to_python(t) for v, t in zip(self.variables, self.rows[index])}

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        shown = 5
        head = f"<Rows: {len(self.rows)} row{'s' if len(self.rows) != 1 else ''} × {len(self.variables)} " \
               f"column{'s' if len(self.variables) != 1 else ''}>"
        table = io.StringIO()
        _write_table(Rows(self.variables, self.rows[:shown]), table, max_width=100, footer=False)
        more = f"\n… {len(self.rows) - shown} more rows" if len(self.rows) > shown else ""
        return head + "\n" + table.getvalue().rstrip("\n") + more


class RowStream:
    """SELECT results that arrive one row at a time: what a listing gives
    when it streams (:mod:`kg.listings`), so that the first rows reach the
    output before the last are read and memory stays flat however long
    the listing is.

    Iterating gives each row once, as a tuple of Python values (as
    :class:`Rows` does); :meth:`terms` gives the RDF terms instead (what
    the writers read). ``total`` is the number of rows the stream will
    give, when it is known beforehand (a listing kept ready knows it).

    >>> import pyoxigraph as ox
    >>> stream = RowStream(["n"], iter([[ox.Literal(1)], [ox.Literal(2)]]), total=2)
    >>> [n for (n,) in stream]
    [1, 2]
    """

    def __init__(self, variables: Sequence[str], rows: Iterable[list[object | None]], *, total: int | None = None):
        self.variables = list(variables)
        self.total = total
        self._rows: Iterator[list[object | None]] = iter(rows)

    def terms(self) -> Iterator[list[object | None]]:
        """The rows as RDF terms (None where unbound), each row once."""
        return self._rows

    def __iter__(self) -> Iterator[tuple[Value, ...]]:
        for row in self._rows:
            yield tuple(to_python(t) for t in row)

    def dicts(self) -> Iterator[dict[str, Value]]:
        """The rows as dicts of Python values, one at a time."""
        for row in self:
            yield dict(zip(self.variables, row))

    def collect(self) -> Rows:
        """Whatever is left of the stream, as :class:`Rows` (in memory)."""
        return Rows(self.variables, list(self._rows))

    def __repr__(self) -> str:
        size = "" if self.total is None else f" of {self.total} row{'s' if self.total != 1 else ''}"
        return f"<RowStream{size} × {len(self.variables)} columns: {', '.join(self.variables)}>"


def term_rows(rows: Rows | RowStream) -> Iterator[list[object | None]]:
    """The rows of either kind of answer as RDF terms, one at a time."""
    return iter(rows.rows) if isinstance(rows, Rows) else rows.terms()


def rows_from_solutions(solutions: ox.QuerySolutions) -> Rows:
    variables = [v.value for v in solutions.variables]
    rows = [list(solution) for solution in solutions]  # in variable order, None where unbound; faster than by name
    return Rows(variables, rows)


def term_text(term: object) -> str:
    """An RDF term as a person reads it: the IRI or the literal's lexical form."""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def json_term(term: object) -> dict[str, object]:
    """One RDF term in the W3C SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": json_term(term.subject),
                                            "predicate": json_term(term.predicate),
                                            "object": json_term(term.object)}}
    return {"type": "literal", "value": str(term)}


def write_rows(rows: Rows | RowStream, fmt: str, out: TextIO) -> None:
    """Write ``rows`` to ``out`` as they come: CSV, TSV and JSON a row at a
    time (a :class:`RowStream` is never held whole), a table once its
    first rows have set the column widths."""
    terms = term_rows(rows)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(rows.variables)
        for row in terms:
            writer.writerow(["" if t is None else term_text(t) for t in row])
    elif fmt == "tsv":
        out.write("\t".join(rows.variables) + "\n")
        for row in terms:
            out.write("\t".join("" if t is None else term_text(t).replace("\t", " ").replace("\n", " ") for t in row) + "\n")
    elif fmt == "json":
        _write_json(rows.variables, terms, out)
    elif fmt == "table":
        _write_table_stream(rows.variables, terms, out)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _write_json(variables: list[str], terms: Iterator[list[object | None]], out: TextIO) -> None:
    """The W3C SPARQL 1.1 Query Results JSON document, one binding a line,
    written as the rows come (the document is whole only at the end)."""
    head = json.dumps({"vars": variables}, ensure_ascii=False)
    out.write(f'{{"head": {head},\n "results": {{"bindings": [')
    separator = "\n  "
    for row in terms:
        binding = {v: json_term(t) for v, t in zip(variables, row) if t is not None}
        out.write(separator + json.dumps(binding, ensure_ascii=False))
        separator = ",\n  "
    out.write("\n ]}}\n")


_TABLE_SAMPLE = 1000  # rows that set a streamed table's column widths


def _write_table_stream(variables: list[str], terms: Iterator[list[object | None]], out: TextIO) -> None:
    """A table whose column widths are set by its first rows; the rest
    follow in those widths, long cells cut, so a long listing is never
    held whole to be shown."""
    first = list(islice(terms, _TABLE_SAMPLE))
    if len(first) < _TABLE_SAMPLE:
        _write_table(Rows(variables, first), out)
        return
    widths = _write_table(Rows(variables, first), out, footer=False)
    count = len(first)
    for row in terms:
        cells = [_short(term_text(t)) if t is not None else "" for t in row]
        out.write(" | ".join(_fit(c, w).ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n")
        count += 1
    out.write(f"({count} rows)\n")


def _short(text: str, base_hint: str = "/id/") -> str:
    """IRIs shortened to their last segments for a terminal table."""
    if text.startswith(("http://", "https://")) and base_hint in text:
        return text.split(base_hint, 1)[1]
    return text


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _write_table(rows: Rows, out: TextIO, max_width: int | None = None, footer: bool = True) -> list[int]:
    """A plain aligned table that fits the terminal, long cells cut with '…';
    returns the column widths."""
    width = max_width or shutil.get_terminal_size((160, 24)).columns
    cells = [[_short(term_text(t)) if t is not None else "" for t in row] for row in rows.rows]
    headers = rows.variables
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    budget = max(10, (width - 3 * (len(headers) - 1)) // max(1, len(headers)))
    if sum(widths) + 3 * (len(headers) - 1) > width:
        widths = [min(w, max(budget, 8)) for w in widths]

    out.write(" | ".join(_fit(h, w).ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(" | ".join(_fit(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
    if footer:
        out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")
    return widths


def iter_rows(rows: Rows) -> Iterable[list[str]]:
    for row in rows.rows:
        yield ["" if t is None else term_text(t) for t in row]
