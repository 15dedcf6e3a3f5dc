"""Writing SPARQL SELECT results as CSV, JSON or a table for people.

CSV follows the contract: a header of variable names, IRIs as plain IRIs,
literals as their lexical form (so dates are YYYY-MM-DD), unbound empty.
JSON is the W3C SPARQL 1.1 Query Results JSON format.
"""
from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable, Sequence
from typing import TextIO

import pyoxigraph as ox

__all__ = ["Rows", "rows_from_solutions", "write_rows", "FORMATS", "term_text", "json_term"]

FORMATS = ("csv", "tsv", "json", "table")


class Rows:
    """SELECT results as plain data: variable names and rows of terms."""

    def __init__(self, variables: Sequence[str], rows: list[list[object | None]]):
        self.variables = list(variables)
        self.rows = rows

    def dicts(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (None where unbound)."""
        return [
            {v: (term_text(t) if t is not None else None) for v, t in zip(self.variables, row)}
            for row in self.rows
        ]

    def __len__(self) -> int:
        return len(self.rows)


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


def json_term(term: object) -> dict:
    """One RDF term in the W3C SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
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


def write_rows(rows: Rows, fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(rows.variables)
        for row in rows.rows:
            writer.writerow(["" if t is None else term_text(t) for t in row])
    elif fmt == "tsv":
        out.write("\t".join(rows.variables) + "\n")
        for row in rows.rows:
            out.write("\t".join("" if t is None else term_text(t).replace("\t", " ").replace("\n", " ") for t in row) + "\n")
    elif fmt == "json":
        bindings = [
            {v: json_term(t) for v, t in zip(rows.variables, row) if t is not None} for row in rows.rows
        ]
        json.dump({"head": {"vars": rows.variables}, "results": {"bindings": bindings}}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "table":
        _write_table(rows, out)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _short(text: str, base_hint: str = "/id/") -> str:
    """IRIs shortened to their last segments for a terminal table."""
    if text.startswith(("http://", "https://")) and base_hint in text:
        return text.split(base_hint, 1)[1]
    return text


def _write_table(rows: Rows, out: TextIO, max_width: int | None = None) -> None:
    """A plain aligned table that fits the terminal, long cells cut with '…'."""
    width = max_width or shutil.get_terminal_size((160, 24)).columns
    cells = [[_short(term_text(t)) if t is not None else "" for t in row] for row in rows.rows]
    headers = rows.variables
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    budget = max(10, (width - 3 * (len(headers) - 1)) // max(1, len(headers)))
    if sum(widths) + 3 * (len(headers) - 1) > width:
        widths = [min(w, max(budget, 8)) for w in widths]

    def fit(text: str, w: int) -> str:
        return text if len(text) <= w else text[: max(0, w - 1)] + "…"

    out.write(" | ".join(fit(h, w).ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(" | ".join(fit(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")


def iter_rows(rows: Rows) -> Iterable[list[str]]:
    for row in rows.rows:
        yield ["" if t is None else term_text(t) for t in row]
