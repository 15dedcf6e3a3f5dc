"""Writing the store out in the standard RDF formats.

Turtle, N-Triples and RDF/XML hold one graph: the union of the article
graphs (and the inferred graph unless ``asserted_only``). TriG, N-Quads and
JSON-LD keep each article's graph, so provenance by graph survives.
JSON-LD comes compacted under an ``@context`` of the ontology's prefixes
(see :func:`compact_jsonld`).

The output file is written beside its final name and renamed into place,
so an interrupted or failed export never leaves a half-written file or a
temp file; it gets the permissions any new file of the user gets (the
umask), and it may not lie inside the store it is written from.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, UsageError
from kg.formats import RDF_FORMATS, rdf_format
from kg.stores import KgStore as Store
from kg.vocab import PREFIXES, RDF

__all__ = ["EXPORT_FORMATS", "export", "serialize", "format_for", "compact_jsonld"]

# name or alias -> (format, keeps named graphs); the names live in kg/formats.py, shared with serve and push
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    alias: (info.rdf_format, info.keeps_graphs) for info in RDF_FORMATS for alias in (info.name, *info.aliases)}

# file suffix -> format name, for ``kg export --output FILE`` without --format
SUFFIX_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "ntriples", ".ntriples": "ntriples",
    ".rdf": "rdfxml", ".xml": "rdfxml", ".trig": "trig", ".nq": "nquads",
    ".nquads": "nquads", ".jsonld": "jsonld", ".json": "jsonld",
}
# suffixes that hold other things too: a format is taken from them, but a
# --format that differs is no contradiction
_LOOSE_SUFFIXES = {".xml", ".json"}


ExportUsageError = UsageError  # the command line asks for something contradictory (exit 2)


def _format(name: str) -> tuple[ox.RdfFormat, bool]:
    info = rdf_format(name)
    return info.rdf_format, info.keeps_graphs


def format_for(output: Path | str | None, fmt: str | None) -> str:
    """The format to write: ``fmt`` when given, else the one the output's
    suffix names, else Turtle. A suffix that names another format than
    ``fmt`` is a contradiction, refused rather than guessed.

    >>> format_for("graph.nt", None), format_for("graph.txt", None), format_for(None, "trig")
    ('ntriples', 'turtle', 'trig')
    >>> format_for("graph.json", None), format_for("graph.json", "ntriples")
    ('jsonld', 'ntriples')
    """
    suffix = Path(output).suffix.lower() if output is not None else ""
    by_suffix = SUFFIX_FORMATS.get(suffix)
    if fmt is None:
        return by_suffix or "turtle"
    _format(fmt)
    if by_suffix is not None and suffix not in _LOOSE_SUFFIXES and _format(by_suffix)[0] != _format(fmt)[0]:
        raise ExportUsageError(f"--output {output} names {by_suffix} by its suffix, --format says {fmt}; "
                               f"drop --format or change the file name")
    return fmt


def serialize(store: Store, fmt: str = "turtle", *, asserted_only: bool = False) -> bytes:
    """The store's content in one format, as bytes."""
    rdf_format, keeps_graphs = _format(fmt)
    prefixes = {**PREFIXES, **store.minter.prefixes()}
    from kg.nif import published_all  # NIF offsets as xsd:nonNegativeInteger (kg/nif.py says why)

    data: Iterator[ox.Quad] | Iterator[ox.Triple] = (
        published_all(store.quads(asserted_only=asserted_only)) if keeps_graphs
        else published_all(store.triples(asserted_only=asserted_only)))
    if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        return ox.serialize(data, format=rdf_format) or b""
    if rdf_format == ox.RdfFormat.JSON_LD:
        return compact_jsonld(ox.serialize(data, format=rdf_format) or b"", prefixes)
    return ox.serialize(data, format=rdf_format, prefixes=prefixes) or b""


def compact_jsonld(expanded: bytes, prefixes: dict[str, str]) -> bytes:
    """Expanded JSON-LD (Oxigraph's output) made compact under an
    ``@context`` of ``prefixes``: IRIs as ``prefix:local``, plain strings
    as plain JSON strings, one value without its list, ``rdf:type`` as
    ``@type``. The same quads either way; half the size (0.87 MB against 1.8 MB for the bundled corpus).

    >>> doc = b'[{"@id": "http://schema.org/x", "http://schema.org/name": [{"@value": "X"}]}]'
    >>> json.loads(compact_jsonld(doc, {"schema": "http://schema.org/"}))["@graph"]
    [{'@id': 'schema:x', 'schema:name': 'X'}]
    """
    # longest namespace first, so a nested namespace wins over its parent
    spaces = sorted(prefixes.items(), key=lambda item: -len(item[1]))

    def iri(value: str) -> str:
        for prefix, space in spaces:
            if value.startswith(space) and len(value) > len(space):
                local = value[len(space):]
                if not local.startswith("//"):  # would read as prefix://... an absolute IRI
                    return f"{prefix}:{local}"
        return value

    def value(item: dict) -> object:
        if "@id" in item and len(item) == 1:
            return {"@id": iri(item["@id"])}
        if "@value" in item:
            if set(item) == {"@value"}:
                return item["@value"]
            out = dict(item)
            if "@type" in out:
                out["@type"] = iri(out["@type"])
            return out
        return node(item)

    def one_or_many(values: list) -> object:
        return values[0] if len(values) == 1 else values

    def node(item: dict) -> dict:
        out: dict[str, object] = {}
        for key, values in item.items():
            if key == "@id":
                out["@id"] = iri(values)
            elif key == "@graph":
                out["@graph"] = [node(n) for n in values]
            elif key == "@type":
                out["@type"] = one_or_many([iri(t) for t in values])
            elif key == RDF + "type" and all(set(v) == {"@id"} for v in values):
                types = [iri(v["@id"]) for v in values]
                existing = out.get("@type")
                if isinstance(existing, str):
                    types = [existing, *types]
                elif isinstance(existing, list):
                    types = [*existing, *types]
                out["@type"] = one_or_many(types)
            elif key.startswith("@"):
                out[key] = values
            else:
                out[iri(key)] = one_or_many([value(v) for v in values])
        return out

    document = json.loads(expanded or b"[]")
    if isinstance(document, dict):
        document = [document]
    context = {prefix: space for prefix, space in sorted(prefixes.items())}
    compacted = {"@context": context, "@graph": [node(item) for item in document]}
    return json.dumps(compacted, ensure_ascii=False).encode("utf-8") + b"\n"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _remove_stale_temps(output: Path) -> None:
    """Delete the temp files of earlier exports to this name whose process
    is gone (killed while writing): the name says which process wrote it."""
    for temp in output.parent.glob(f".{output.name}.*.tmp"):
        pid = temp.name[len(output.name) + 2:-len(".tmp")]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            temp.unlink(missing_ok=True)
        except OSError:
            pass  # alive, someone else's


def export(store: Store, output: Path | str, fmt: str | None = None, *, asserted_only: bool = False) -> int:
    """Write the store to ``output``; returns the number of bytes written.

    ``fmt`` defaults to the format the output's suffix names (Turtle when
    it names none). Refuses an output inside the store's folder, where it
    could overwrite the database or its settings.
    """
    output = Path(output)
    fmt = format_for(output, fmt)
    if isinstance(store.path, Path) and _inside(output, store.path):
        raise ExportUsageError(f"--output {output} is inside the store {store.path}; writing there could "
                               f"destroy it; write the export somewhere else")
    if output.is_dir():
        raise ExportUsageError(f"--output {output} is a folder; give a file name")
    payload = serialize(store, fmt, asserted_only=asserted_only)
    if output.exists() and not output.is_file():
        # /dev/stdout, a named pipe, a terminal: written to as it is, never
        # renamed over (that would replace the device's name, as root)
        try:
            with open(output, "wb") as stream:
                stream.write(payload)
        except OSError as exc:
            raise KgError(f"{output}: cannot write the export ({exc.strerror}); check the path") from None
        return len(payload)
    _remove_stale_temps(output)
    temp = output.parent / f".{output.name}.{os.getpid()}.tmp"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        # os.open with 0o666: the user's umask decides, as for any new file
        # (mkstemp would make it private to the user)
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.replace(temp, output)
    except OSError as exc:
        raise KgError(f"{output}: cannot write the export ({exc.strerror}); check the folder and permissions") from None
    finally:
        if temp.exists():
            temp.unlink()
    return len(payload)
