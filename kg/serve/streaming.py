"""Answers sent a piece at a time (HTTP chunked transfer encoding).

A listing kept ready after inference (:mod:`kg.listings`) is a file of
SPARQL TSV results; the server reads it a block of rows at a time, has
Oxigraph's own results serializer write each block in the format the
client asked for, and sends the pieces as they are made: the first rows
leave at once and the server holds one block in memory, however long the
listing. Any other answer is built whole by a query worker (within the row
limit) and sent in pieces of :data:`PIECE` bytes.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.listings import Listing

if TYPE_CHECKING:
    from kg.listings_remote import RemoteListing

__all__ = ["PIECE", "body_pieces", "listing_pieces"]

PIECE = 64 * 1024


def body_pieces(body: bytes) -> Iterator[bytes]:
    """A whole answer in pieces of at most :data:`PIECE` bytes."""
    for start in range(0, len(body), PIECE):
        yield body[start:start + PIECE]


def _results_format(fmt: str) -> ox.QueryResultsFormat:
    return {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[fmt]


def _frame(variables: list[str], fmt: str) -> tuple[bytes, bytes]:
    """What comes before the first row and after the last in ``fmt``:
    the serialization of no rows, cut where the rows would go."""
    header = ("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8")
    empty = ox.parse_query_results(header, format=ox.QueryResultsFormat.TSV).serialize(
        format=_results_format(fmt)) or b""
    cut = {"json": b'"bindings":[', "xml": b"<results>"}.get(fmt)
    if cut is None:  # CSV and TSV: a header line, rows after it, nothing at the end
        return empty, b""
    at = empty.index(cut) + len(cut)
    return empty[:at], empty[at:]


def listing_pieces(listing: Listing | RemoteListing, fmt: str, offset: int = 0, limit: int | None = None) -> Iterator[bytes]:
    """A page of a kept listing serialized in ``fmt`` (json, xml, csv or
    tsv), one piece per block of rows; the pieces together are one answer
    document, the same Oxigraph writes for those rows whole. The file is
    opened now (:meth:`Listing.blocks`), so an error to open it comes
    before any answer has started."""
    return _pieces(listing, fmt, listing.blocks(offset, limit))


def _pieces(listing: Listing | RemoteListing, fmt: str, blocks: Iterator[bytes]) -> Iterator[bytes]:
    head, tail = _frame(listing.variables, fmt)
    yield head
    separator = b""
    for block in blocks:
        text = ox.parse_query_results(block, format=ox.QueryResultsFormat.TSV).serialize(
            format=_results_format(fmt)) or b""
        rows = text[len(head):len(text) - len(tail)] if tail else text[len(head):]
        if rows:
            yield separator + rows
            if fmt == "json":
                separator = b","
    yield tail
