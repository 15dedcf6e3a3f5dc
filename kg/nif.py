"""NIF offsets typed as NIF types them, in everything that leaves the store.

NIF declares ``nif:beginIndex`` and ``nif:endIndex`` as
``xsd:nonNegativeInteger``. Oxigraph stores every integer subtype as
``xsd:integer`` (it keeps the value, not the subtype), so inside the store
the offsets are integers, which every query and comparison handles alike;
the files and graphs kg hands on (``kg export``, ``kg push``) give them
NIF's own datatype back. Keeping this in one function means both paths
agree.

>>> import pyoxigraph as ox
>>> t = ox.Triple(ox.NamedNode("https://e.org/a#char=0,3"), ox.NamedNode(NIF + "beginIndex"), ox.Literal(0))
>>> published(t).object.datatype.value
'http://www.w3.org/2001/XMLSchema#nonNegativeInteger'
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

import pyoxigraph as ox

from kg.vocab import NIF, XSD

__all__ = ["published", "published_all", "OFFSET_PROPERTIES"]

OFFSET_PROPERTIES = frozenset({ox.NamedNode(NIF + "beginIndex"), ox.NamedNode(NIF + "endIndex")})
_NON_NEGATIVE = ox.NamedNode(XSD + "nonNegativeInteger")
_INTEGER = ox.NamedNode(XSD + "integer")

T = TypeVar("T", ox.Triple, ox.Quad)


def published(statement: T) -> T:
    """``statement`` with a NIF offset retyped ``xsd:nonNegativeInteger``;
    anything else unchanged (the same object)."""
    value = statement.object
    if (statement.predicate in OFFSET_PROPERTIES and isinstance(value, ox.Literal)
            and value.datatype == _INTEGER and not value.value.startswith("-")):
        retyped = ox.Literal(value.value, datatype=_NON_NEGATIVE)
        if isinstance(statement, ox.Quad):
            return ox.Quad(statement.subject, statement.predicate, retyped, statement.graph_name)
        return ox.Triple(statement.subject, statement.predicate, retyped)
    return statement


def published_all(statements: Iterable[T]) -> Iterator[T]:
    """:func:`published` over a stream of triples or quads."""
    for statement in statements:
        yield published(statement)
