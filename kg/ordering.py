"""Sorting a SELECT's rows in Python instead of in the store.

Oxigraph 0.5 sorts by decoding both terms from its on-disk dictionary on
every comparison. For the listings of a large graph that dominates the
query: at 100k agreements, ``parties`` spends about 15 s of its 17 s in
``ORDER BY``. Decoding each term once, as the rows reach Python anyway, and
sorting them here costs a fraction of a second.

Rows the ORDER BY leaves tied are put in the order of their other
columns (``sort_rows(..., ties=...)``), so the order is the same on every run and
pages of a listing (``--limit``/``--offset``) never overlap.

Only the simplest and commonest case is taken over: an ``ORDER BY`` that
ends the query text (so it orders the outermost query) made of plain
variables, each optionally in ``ASC()`` or ``DESC()``, with no ``LIMIT`` or
``OFFSET`` after it. Anything else is left to the store, which sorts as the
query says. The order is SPARQL's (section 15.1): unbound first, then blank
nodes, IRIs and literals; numbers by value, dates and times by their ISO
text, strings by code point.

>>> text, keys = split_order("SELECT ?a ?n WHERE { ?a ?p ?n } ORDER BY DESC(?n) ?a")
>>> text.strip(), keys
('SELECT ?a ?n WHERE { ?a ?p ?n }', [('n', True), ('a', False)])
>>> split_order("SELECT ?a WHERE { ?a ?p ?n } ORDER BY ?a LIMIT 10") is None
True
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

__all__ = ["split_order", "sort_rows", "order_key", "projected_variables", "select_sorted"]

_KEY = r"(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+)"
_TRAILING_ORDER = re.compile(rf"\bORDER\s+BY\s+((?:{_KEY}\s*)+)$", re.IGNORECASE)
_ONE_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*\?(\w+)\s*\)?", re.IGNORECASE)

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in (
    "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong",
    "unsignedShort", "unsignedByte")}
_TEMPORAL = {XSD + t for t in ("date", "dateTime", "time", "gYear", "gYearMonth", "dateTimeStamp")}
_DURATION = {XSD + t for t in ("duration", "dayTimeDuration", "yearMonthDuration")}
_ZERO = Decimal(0)
_DURATION_PARTS = re.compile(
    r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def split_order(sparql: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The query without its final ``ORDER BY``, and that clause's keys as
    ``(variable, descending)``; None when the clause is not one kg sorts."""
    match = _TRAILING_ORDER.search(sparql.rstrip())
    if match is None:
        return None
    keys = [(m.group(2), (m.group(1) or "").upper() == "DESC")
            for m in _ONE_KEY.finditer(match.group(1)) if m.group(2)]
    projected = projected_variables(sparql)
    if projected is not None and any(name not in projected for name, _ in keys):
        return None  # sorted by something it does not return: the store must sort
    return sparql[:match.start()], keys


_COMMENT_LINE = re.compile(r"(?m)^\s*#.*$")
_SELECT = re.compile(r"\bSELECT\b(?:\s+(?:DISTINCT|REDUCED)\b)?(.*?)(?:\bWHERE\b|\{)", re.IGNORECASE | re.DOTALL)


def projected_variables(sparql: str) -> set[str] | None:
    """The variables the outermost SELECT returns, read from its text: bare
    ``?x`` and ``(... AS ?x)``; None for ``SELECT *`` or a query kg cannot
    read this way (the caller then checks the answer's variables instead).

    >>> sorted(projected_variables("SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b }"))
    ['a', 'n']
    """
    match = _SELECT.search(_COMMENT_LINE.sub("", sparql))
    if match is None or match.group(1).strip().startswith("*"):
        return None
    clause, names, depth = match.group(1), set(), 0
    for token in re.finditer(r"\(|\)|\bAS\s+\?(\w+)|\?(\w+)", clause, re.IGNORECASE):
        if token.group(0) == "(":
            depth += 1
        elif token.group(0) == ")":
            depth -= 1
        elif token.group(1):
            names.add(token.group(1))
        elif depth == 0:
            names.add(token.group(2))
    return names or None


def _duration_seconds(text: str) -> Decimal | None:
    parts = _DURATION_PARTS.match(text)
    if parts is None:
        return None
    sign, years, months, days, hours, minutes, seconds = parts.groups()
    total = (Decimal(years or 0) * 365 + Decimal(months or 0) * 30 + Decimal(days or 0)) * 86400
    total += Decimal(hours or 0) * 3600 + Decimal(minutes or 0) * 60 + Decimal(seconds or 0)
    return -total if sign else total


def order_key(term: object) -> tuple:
    """A sort key putting terms in SPARQL's ORDER BY order."""
    if term is None:
        return (0,)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        if datatype in _NUMERIC:
            try:
                return (3, 0, Decimal(term.value), "")
            except InvalidOperation:  # NaN, INF or an ill-typed number: after the numbers
                return (3, 1, _ZERO, term.value)
        if datatype == XSD + "boolean":
            return (3, 2, Decimal(term.value in ("true", "1")), "")
        if datatype in _TEMPORAL:
            return (3, 3, _ZERO, term.value)
        if datatype in _DURATION:
            seconds = _duration_seconds(term.value)
            if seconds is not None:
                return (3, 4, seconds, "")
        if datatype in (XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", ""):
            return (3, 5, _ZERO, term.value, term.language or "")
        return (3, 6, _ZERO, datatype, term.value)
    return (4, str(term))


def sort_rows(rows: list[list[object | None]], variables: Sequence[str],
              keys: Sequence[tuple[str, bool]], *, ties: Sequence[str] = ()) -> list[list[object | None]]:
    """``rows`` sorted by ``keys`` (stable: equal rows keep their order),
    rows equal on every key then put in the ascending order of the
    variables ``ties`` names.

    Each distinct term's key is computed once (a listing repeats the same
    organizations and dates many times), and keys sharing one direction are
    compared as one tuple in a single sort."""
    positions = {name: i for i, name in enumerate(variables)}
    columns: list[tuple[list[tuple], bool]] = []
    for name, descending in keys:
        at = positions[name]
        memo: dict[object, tuple] = {}
        column = []
        for row in rows:
            term = row[at]
            key = memo.get(term)
            if key is None:
                key = memo[term] = order_key(term)
            column.append(key)
        columns.append((column, descending))
    order = list(range(len(rows)))
    # consecutive keys with the same direction become one tuple; the groups
    # are applied least significant first, each sort stable
    groups: list[tuple[list[list[tuple]], bool]] = []
    for column, descending in columns:
        if groups and groups[-1][1] == descending:
            groups[-1][0].append(column)
        else:
            groups.append(([column], descending))
    for group, descending in reversed(groups):
        if len(group) == 1:
            only = group[0]
            order.sort(key=only.__getitem__, reverse=descending)
        else:
            order.sort(key=lambda i: tuple(column[i] for column in group), reverse=descending)
    if ties:
        order = _settle_ties(order, [column for column, _ in columns], rows, [positions[name] for name in ties])
    return [rows[i] for i in order]


def _settle_ties(order: list[int], columns: list[list[tuple]], rows: list[list[object | None]],
                 rest: list[int]) -> list[int]:
    """``order`` with each run of rows equal on every sort key sorted by
    the columns at ``rest``: only the (few, short) runs are sorted again."""
    settled: list[int] = []
    combined = list(zip(*columns))  # every sort key of a row as one tuple
    start, count = 0, len(order)
    while start < count:
        end = start + 1
        first = combined[order[start]]
        while end < count and combined[order[end]] == first:
            end += 1
        run = order[start:end]
        if len(run) > 1:
            run.sort(key=lambda i: tuple(order_key(rows[i][at]) for at in rest))
        settled.extend(run)
        start = end
    return settled


def select_sorted(store, sparql: str, *, asserted_only: bool = False, substitutions: dict | None = None):
    """A SELECT whose final ORDER BY kg sorts itself, run on ``store`` (a
    :class:`kg.store.Store`) and returned as :class:`kg.results.Rows`; None
    for any other query, which the caller then runs as written."""
    from kg.params import query_bound
    from kg.results import Rows, rows_from_solutions

    split = split_order(sparql)
    if split is None:
        return None
    unordered, keys = split
    try:
        solutions = query_bound(store, unordered, substitutions, asserted_only=asserted_only)
    except SyntaxError:
        return None  # the store reports the error on the query as written
    if not isinstance(solutions, ox.QuerySolutions):
        return None
    variables = [v.value for v in solutions.variables]
    if any(name not in variables for name, _ in keys):  # SELECT * without them
        return None
    answer = rows_from_solutions(solutions)
    # rows the ORDER BY leaves tied (two parties of one agreement with the
    # same name) would keep the order the store's hash joins gave them,
    # which may differ from one run to the next: a page of a listing could
    # then overlap the next. Their other columns settle it.
    keyed = {name for name, _ in keys}
    return Rows(variables, sort_rows(answer.rows, variables, keys, ties=[v for v in variables if v not in keyed]))
