"""The one converter between RDF terms and Python values.

Every path that hands rows to Python (the embedded store, a remote
endpoint, what ``kg serve`` answers) and every path that binds a Python
value into a query goes through these two functions, so a number comes
back as a number and a date goes in as an ``xsd:date`` wherever the graph
lives.

Out (:func:`to_python`): IRIs become :class:`IRI` (a ``str`` that remembers
it is an IRI, so it can be passed back in as one); ``xsd:integer`` and its
kin ``int``; ``xsd:decimal`` :class:`~decimal.Decimal`; ``xsd:double`` and
``xsd:float`` ``float``; ``xsd:boolean`` ``bool``; ``xsd:date``
:class:`~datetime.date`; ``xsd:dateTime`` :class:`~datetime.datetime`;
``xsd:dayTimeDuration`` :class:`~datetime.timedelta`; any other literal
(and an ill-typed one) its lexical form.

>>> import pyoxigraph as ox
>>> to_python(ox.Literal("12", datatype=ox.NamedNode(XSD + "integer")))
12
>>> to_python(ox.Literal("2019-05-01", datatype=ox.NamedNode(XSD + "date")))
datetime.date(2019, 5, 1)
>>> to_python(ox.NamedNode("https://example.org/a"))
IRI('https://example.org/a')

In (:func:`to_term`): the reverse; a plain ``str`` is a literal, and a
``str`` that looks like an IRI is refused as ambiguous, since kg cannot
know which was meant:

>>> import datetime
>>> to_term(datetime.date(2000, 1, 1))
<Literal value=2000-01-01 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#date>>
>>> to_term(IRI("https://example.org/a"))
<NamedNode value=https://example.org/a>
>>> to_term("https://example.org/a")
Traceback (most recent call last):
...
kg.errors.QueryError: 'https://example.org/a' looks like an IRI but was given as text; pass kg.IRI('https://example.org/a') for the IRI, or pyoxigraph.Literal('https://example.org/a') for the text
"""
from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from kg.errors import QueryError
from kg.vocab import XSD

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

__all__ = ["IRI", "Value", "to_python", "to_term", "looks_like_iri", "IRI_SCHEMES"]

IRI_SCHEMES = ("http://", "https://", "urn:")

_INTEGERS = {XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {XSD + "double", XSD + "float"}
_DAY_TIME = re.compile(r"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


class IRI(str):
    """An IRI as a Python string that stays an IRI when bound back into a query.

    >>> IRI("https://example.org/a") == "https://example.org/a"
    True
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"IRI({str.__repr__(self)})"


# what to_python returns
Value = IRI | str | int | float | bool | Decimal | datetime.date | datetime.datetime | datetime.timedelta | None


def looks_like_iri(text: str) -> bool:
    """Text that starts with one of the schemes kg's data uses."""
    return text.startswith(IRI_SCHEMES)


def to_python(term: object) -> Value:
    """An RDF term (pyoxigraph's) as the Python value a user expects; None stays None."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return IRI(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return str(term)
    datatype = term.datatype.value if term.datatype is not None else ""
    text = term.value
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype == XSD + "decimal":
            return Decimal(text)
        if datatype in _FLOATS:
            return float(text)
        if datatype == XSD + "boolean":
            if text in ("true", "1"):
                return True
            if text in ("false", "0"):
                return False
            return text
        if datatype == XSD + "date" and len(text) == 10:
            return datetime.date.fromisoformat(text)
        if datatype == XSD + "dateTime":
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if datatype == XSD + "dayTimeDuration":
            return _day_time(text)
    except (ValueError, InvalidOperation):
        return text  # ill-typed: the lexical form, as written
    return text


def _day_time(text: str) -> datetime.timedelta | str:
    parts = _DAY_TIME.match(text)
    if parts is None or text in ("P", "-P") or text.endswith("T"):
        return text
    sign, days, hours, minutes, seconds = parts.groups()
    delta = datetime.timedelta(days=int(days or 0), hours=int(hours or 0), minutes=int(minutes or 0),
                               seconds=float(seconds or 0))
    return -delta if sign else delta


def _duration_text(delta: datetime.timedelta) -> str:
    total = abs(delta)
    seconds = total.seconds + total.microseconds / 1e6
    text = f"P{total.days}DT{seconds:g}S" if seconds else f"P{total.days}D"
    return ("-" if delta < datetime.timedelta(0) else "") + text


def to_term(value: object, *, name: str | None = None) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """A Python value as the RDF term to bind: the inverse of :func:`to_python`.

    ``name`` (the variable being bound) only makes error messages clearer.
    """
    import pyoxigraph as ox

    where = f"?{name}: " if name else ""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    rdflib_term = _from_rdflib(value)
    if rdflib_term is not None:
        return rdflib_term
    if isinstance(value, IRI):
        try:
            return ox.NamedNode(str(value))
        except ValueError:
            raise QueryError(f"{where}{str(value)!r} is not a valid IRI; fix it, or bind a name as text") from None
    if isinstance(value, bool):  # before int: bool is an int
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, Decimal):
        return ox.Literal(format(value, "f"), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, datetime.datetime):  # before date: a datetime is a date
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, datetime.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, datetime.timedelta):
        return ox.Literal(_duration_text(value), datatype=ox.NamedNode(XSD + "dayTimeDuration"))
    if isinstance(value, str):
        if looks_like_iri(value):
            raise QueryError(f"{where}{value!r} looks like an IRI but was given as text; pass kg.IRI({value!r}) "
                             f"for the IRI, or pyoxigraph.Literal({value!r}) for the text")
        return ox.Literal(value)
    raise QueryError(f"{where}cannot bind a {type(value).__name__} ({value!r}); give a str, int, float, "
                     f"Decimal, bool, date, datetime, kg.IRI or a pyoxigraph term")


def _from_rdflib(value: object) -> ox.NamedNode | ox.Literal | ox.BlankNode | None:
    """rdflib's terms (what owlrl and pyshacl users hold) as pyoxigraph's;
    None for anything else. rdflib is only looked at if already imported."""
    import sys

    rdflib = sys.modules.get("rdflib")
    if rdflib is None:
        return None
    import pyoxigraph as ox

    if isinstance(value, rdflib.URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, rdflib.BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, rdflib.Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    return None
