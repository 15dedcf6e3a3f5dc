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

from kg.formats import RDF_FORMATS, RESULTS_FORMATS

__all__ = ["GRAPH_FORMATS", "GRAPH_TYPES", "MEDIA", "RESULT_TYPES", "negotiate"]

# built from kg/formats.py, the one map of format names and media types that
# export and push read too; a CONSTRUCT answers one graph, so the syntaxes
# made for datasets (TriG, N-Quads) are not offered here
GRAPH_FORMATS = frozenset(f.name for f in RDF_FORMATS if f.name not in ("trig", "nquads"))
# what a client may ask for -> our format name
RESULT_TYPES = {media: f.name for f in RESULTS_FORMATS for media in f.accepted}
GRAPH_TYPES = {media: f.name for f in RDF_FORMATS if f.name in GRAPH_FORMATS for media in f.accepted}
# our format name -> the media type sent back
MEDIA = {**{f.name: f.media_type for f in RESULTS_FORMATS if f.accepted},
         **{f.name: f.media_type for f in RDF_FORMATS if f.name in GRAPH_FORMATS}}
# format= names: a results format's name wins ("xml" is SPARQL results XML here)
_SHORT = {**{alias: f.name for f in RDF_FORMATS if f.name in GRAPH_FORMATS for alias in (f.name, *f.aliases)},
          **{f.name: f.name for f in RESULTS_FORMATS if f.accepted}}


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
