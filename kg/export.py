"""Writing the store out in the standard RDF formats.

Turtle, N-Triples and RDF/XML hold one graph: the union of the article
graphs (and the inferred graph unless ``asserted_only``). TriG, N-Quads and
JSON-LD keep each article's graph, so provenance by graph survives.
The output file is written beside its final name and renamed into place,
so an interrupted export never leaves a half-written file.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.formats import RDF_FORMATS, rdf_format
from kg.store import Store
from kg.vocab import PREFIXES

__all__ = ["EXPORT_FORMATS", "export", "serialize"]

# name or alias -> (format, keeps named graphs); the names live in kg/formats.py, shared with serve and push
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    alias: (info.rdf_format, info.keeps_graphs) for info in RDF_FORMATS for alias in (info.name, *info.aliases)}


def _format(name: str) -> tuple[ox.RdfFormat, bool]:
    info = rdf_format(name)
    return info.rdf_format, info.keeps_graphs


def serialize(store: Store, fmt: str = "turtle", *, asserted_only: bool = False) -> bytes:
    """The store's content in one format, as bytes."""
    rdf_format, keeps_graphs = _format(fmt)
    prefixes = {**PREFIXES, **store.minter.prefixes()}
    from kg.nif import published_all  # NIF offsets as xsd:nonNegativeInteger (kg/nif.py says why)

    data: Iterable[ox.Triple] | Iterable[ox.Quad]
    if keeps_graphs:
        data = published_all(store.quads(asserted_only=asserted_only))
    else:
        data = published_all(store.triples(asserted_only=asserted_only))
    if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        return ox.serialize(data, format=rdf_format) or b""
    return ox.serialize(data, format=rdf_format, prefixes=prefixes) or b""


def export(store: Store, output: Path | str, fmt: str = "turtle", *, asserted_only: bool = False) -> int:
    """Write the store to ``output``; returns the number of bytes written."""
    output = Path(output)
    payload = serialize(store, fmt, asserted_only=asserted_only)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.replace(temp, output)
    except OSError as exc:
        raise KgError(f"{output}: cannot write the export ({exc.strerror}); check the folder and permissions") from None
    return len(payload)
