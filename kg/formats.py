"""One map of format names, media types and file suffixes.

``kg export`` (names and suffixes), ``kg serve`` (content negotiation and
the ``Content-Type`` it sends), ``kg push`` and remote CONSTRUCTs (the
media types they send and ask for) all read it, so a format kg knows is
known by the same names everywhere.

>>> rdf_format("nt").name, rdf_format("nt").media_type
('ntriples', 'application/n-triples')
>>> format_for_suffix("graph.jsonld").name
'jsonld'
>>> results_format("tsv").media_type
'text/tab-separated-values; charset=utf-8'
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import UsageError

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

__all__ = ["RdfFormatInfo", "ResultsFormat", "RDF_FORMATS", "RESULTS_FORMATS", "rdf_format", "results_format",
           "format_for_suffix", "RDF_ACCEPT", "RESULTS_ACCEPT", "rdf_format_names"]


@dataclass(frozen=True)
class RdfFormatInfo:
    """A serialization of a graph or a dataset."""

    name: str                   # kg's name for it
    oxigraph: str               # the pyoxigraph.RdfFormat member
    media_type: str             # what kg sends as Content-Type
    suffixes: tuple[str, ...]   # file suffixes, the first the usual one
    keeps_graphs: bool          # holds named graphs (a dataset), not one graph
    aliases: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()  # other media types clients ask for it by

    @property
    def rdf_format(self) -> ox.RdfFormat:
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, self.oxigraph)

    @property
    def prefixed(self) -> bool:
        """Whether the syntax abbreviates IRIs with prefixes."""
        return self.name not in ("ntriples", "nquads")


@dataclass(frozen=True)
class ResultsFormat:
    """A serialization of SELECT/ASK results."""

    name: str
    media_type: str
    accepted: tuple[str, ...] = ()
    oxigraph: str | None = None  # the pyoxigraph.QueryResultsFormat member, if it writes it


RDF_FORMATS: tuple[RdfFormatInfo, ...] = (
    RdfFormatInfo("turtle", "TURTLE", "text/turtle; charset=utf-8", (".ttl",), False, ("ttl",),
                  ("text/turtle", "application/x-turtle")),
    RdfFormatInfo("ntriples", "N_TRIPLES", "application/n-triples", (".nt",), False, ("nt", "n-triples"),
                  ("application/n-triples", "text/plain")),
    RdfFormatInfo("rdfxml", "RDF_XML", "application/rdf+xml", (".rdf", ".owl", ".xml"), False, ("xml", "rdf"),
                  ("application/rdf+xml",)),
    RdfFormatInfo("trig", "TRIG", "application/trig", (".trig",), True, (), ("application/trig",)),
    RdfFormatInfo("nquads", "N_QUADS", "application/n-quads", (".nq",), True, ("nq", "n-quads"),
                  ("application/n-quads",)),
    RdfFormatInfo("jsonld", "JSON_LD", "application/ld+json", (".jsonld", ".json"), True, ("json-ld",),
                  ("application/ld+json",)),
)

RESULTS_FORMATS: tuple[ResultsFormat, ...] = (
    ResultsFormat("json", "application/sparql-results+json", ("application/sparql-results+json", "application/json"),
                  "JSON"),
    ResultsFormat("xml", "application/sparql-results+xml",
                  ("application/sparql-results+xml", "application/xml", "text/xml"), "XML"),
    ResultsFormat("csv", "text/csv; charset=utf-8", ("text/csv",), "CSV"),
    ResultsFormat("tsv", "text/tab-separated-values; charset=utf-8", ("text/tab-separated-values",), "TSV"),
    ResultsFormat("table", "text/plain; charset=utf-8"),
)

_BY_NAME = {alias: f for f in RDF_FORMATS for alias in (f.name, *f.aliases)}
_BY_SUFFIX = {suffix: f for f in RDF_FORMATS for suffix in f.suffixes}
_RESULTS_BY_NAME = {f.name: f for f in RESULTS_FORMATS}

# media type a client may send in Accept -> kg's format name
RDF_ACCEPT: dict[str, str] = {media: f.name for f in RDF_FORMATS for media in f.accepted}
RESULTS_ACCEPT: dict[str, str] = {media: f.name for f in RESULTS_FORMATS for media in f.accepted}


def rdf_format_names() -> list[str]:
    """Every name and alias ``--format`` takes for a graph, the usual ones first."""
    return [f.name for f in RDF_FORMATS] + [a for f in RDF_FORMATS for a in f.aliases]


def rdf_format(name: str) -> RdfFormatInfo:
    """A graph format by its name or alias (``ttl``, ``nt``, ``json-ld``...)."""
    found = _BY_NAME.get(name.lower().strip())
    if found is None:
        raise UsageError(f"unknown RDF format {name!r}; use one of {', '.join(f.name for f in RDF_FORMATS)}")
    return found


def results_format(name: str) -> ResultsFormat:
    """A SELECT results format by name (``csv``, ``tsv``, ``json``, ``xml``, ``table``)."""
    found = _RESULTS_BY_NAME.get(name.lower().strip())
    if found is None:
        raise UsageError(f"unknown results format {name!r}; use one of {', '.join(_RESULTS_BY_NAME)}")
    return found


def format_for_suffix(path: Path | str) -> RdfFormatInfo | None:
    """The graph format a file name's suffix names, or None if it names none."""
    return _BY_SUFFIX.get(Path(path).suffix.lower())
