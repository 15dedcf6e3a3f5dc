"""Content negotiation: which format an answer is written in.

An explicit ``format=`` parameter wins (the query page's download links use
it), then the ``Accept`` header's best-rated type kg can write, else SPARQL
JSON for solutions and Turtle for graphs.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None, graph=False)
'xml'
>>> negotiate(None, "ttl", graph=True), negotiate("text/csv", None, graph=True)
('turtle', 'turtle')
"""
from __future__ import annotations

__all__ = ["GRAPH_FORMATS", "GRAPH_TYPES", "MEDIA", "RESULT_TYPES", "negotiate"]

# what a client may ask for -> our format name
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
# our format name -> the media type sent back
MEDIA = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
    "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml",
}
GRAPH_FORMATS = frozenset({"turtle", "ntriples", "jsonld", "rdfxml"})
_SHORT = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
          "ntriples": "ntriples", "nt": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld", "rdfxml": "rdfxml"}


def negotiate(accept: str | None, explicit: str | None, graph: bool) -> str:
    """The format to answer in (one of :data:`MEDIA`'s keys)."""
    if explicit:
        fmt = _SHORT.get(explicit.lower().strip())
        if fmt:
            return fmt if (fmt in GRAPH_FORMATS) == graph else _default(graph)
    known = GRAPH_TYPES if graph else RESULT_TYPES
    choices = []
    for index, part in enumerate((accept or "").split(",")):
        media, *options = [p.strip() for p in part.split(";")]
        q = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    q = float(option[2:])
                except ValueError:
                    q = 0.0
        if media.lower() in known and q > 0:
            choices.append((-q, index, known[media.lower()]))
    return min(choices)[2] if choices else _default(graph)


def _default(graph: bool) -> str:
    return "turtle" if graph else "json"
