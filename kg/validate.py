"""SHACL validation of the asserted graph (``ontology/shapes.ttl``, pySHACL).

Reasoning is only as good as the data it starts from: OWL RL turns a
membership node with two members into "these two people are the same". So
the shapes are checked before reasoning, every problem is reported with the
article(s) it came from, and the problems that would make OWL RL merge
entities (two values of a property the ontology declares functional) stop
reasoning altogether (:func:`check_before_reasoning`).

pySHACL works on rdflib graphs; the store's triples are copied into one,
the whole union for :func:`validate`, or only the description of the nodes
an ingest touched for :func:`check_before_reasoning`, so checking one new
article does not cost a pass over the whole store.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, ValidationError
from kg.vocab import AGR, PROV, RDF

__all__ = ["Problem", "ValidationReport", "validate", "check_before_reasoning", "nodes_of_graphs", "shapes_path"]

_SH = "http://www.w3.org/ns/shacl#"


def shapes_path() -> Path:
    """The SHACL shapes file (see :mod:`kg.resources`)."""
    from kg.resources import shapes_file

    return shapes_file()


@dataclass
class Problem:
    """One SHACL result, with where it came from."""

    severity: str            # "Violation", "Warning" or "Info"
    focus: str               # the node that breaks the shape
    path: str | None         # the property concerned
    value: str | None        # the offending value, when there is one
    message: str
    shape: str               # IRI of the (property) shape
    articles: list[str] = field(default_factory=list)  # file names of the articles that state it
    blocks_reasoning: bool = False  # two values of a functional property

    def line(self) -> str:
        """The one line ``kg validate`` prints."""
        where = ", ".join(self.articles) or "no article (curation or another tool)"
        path = f" {_short(self.path)}" if self.path else ""
        value = f" = {self.value}" if self.value else ""
        stop = " [blocks reasoning]" if self.blocks_reasoning else ""
        return f"{self.severity}: <{self.focus}>{path}{value}: {self.message} ({where}){stop}"


@dataclass
class ValidationReport:
    problems: list[Problem] = field(default_factory=list)
    focus_nodes: int | None = None  # None: the whole graph was checked

    @property
    def violations(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "Violation"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "Violation"]

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocks_reasoning]

    @property
    def conforms(self) -> bool:
        """No violation (warnings allowed), as pySHACL's ``allow_warnings``."""
        return not self.violations

    def summary(self) -> str:
        scope = "whole graph" if self.focus_nodes is None else f"{self.focus_nodes:,} nodes"
        return (f"{len(self.violations)} violations, {len(self.warnings)} warnings "
                f"({len(self.blocking)} blocking reasoning) in the {scope}")


def _short(iri: str) -> str:
    from kg.vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _data_graph(store, focus: set[str] | None):
    """An rdflib graph of the asserted triples pySHACL needs."""
    import pyoxigraph as ox
    import rdflib

    if focus is None:
        data = ox.serialize(store.match(), format=ox.RdfFormat.N_TRIPLES)
        return rdflib.Graph().parse(data=data, format="nt")
    rdf_type = ox.NamedNode(RDF + "type")
    quads: list[ox.Quad] = []
    objects: set[ox.NamedNode] = set()
    for quad in store.match_subjects(ox.NamedNode(iri) for iri in focus):  # a few requests on a server
        quads.append(quad)
        if isinstance(quad.object, ox.NamedNode):
            objects.add(quad.object)
    quads.extend(store.match_subjects(objects - {ox.NamedNode(i) for i in focus}, rdf_type))  # for sh:class
    data = ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data, format="nt")


def _functional_properties() -> set[str]:
    """The ontology's (inverse) functional properties, read from the file
    itself: validation must not depend on the reasoner it guards."""
    import pyoxigraph as ox

    from kg.resources import ontology_file
    from kg.vocab import OWL

    kinds = {ox.NamedNode(OWL + "FunctionalProperty"), ox.NamedNode(OWL + "InverseFunctionalProperty")}
    return {t.subject.value for t in ox.parse(path=ontology_file(), format=ox.RdfFormat.TURTLE)
            if t.predicate.value == RDF + "type" and t.object in kinds and isinstance(t.subject, ox.NamedNode)}


def _articles(store, focus: str, path: str | None) -> list[str]:
    """File names of the articles whose graphs say something about ``focus``
    (through ``path`` when the problem is about one property)."""
    import pyoxigraph as ox

    node = ox.NamedNode(focus)  # str() of a term is its SPARQL form, escaped
    pattern = f"{node} {ox.NamedNode(path)} ?value" if path else f"{node} ?p ?value"
    sparql = (f"SELECT DISTINCT ?name WHERE {{ GRAPH ?g {{ {pattern} }} "
              f"?g <{PROV}wasDerivedFrom> ?article . ?article <{AGR}fileName> ?name }} ORDER BY ?name")
    found = [row["name"].value for row in store.query(sparql, asserted_only=True)]
    if found or not path:
        return found
    return _articles(store, focus, None)  # a missing value: the articles that describe the node


def validate(store, *, focus: Iterable[str] | None = None, shapes: Path | str | None = None) -> ValidationReport:
    """Check the store's asserted triples against the SHACL shapes.

    ``focus``: IRIs of the nodes to check (default: every node the shapes
    target). Problems come back sorted, violations first.
    """
    import pyshacl
    import rdflib

    focus_set = set(focus) if focus is not None else None
    report = ValidationReport(focus_nodes=len(focus_set) if focus_set is not None else None)
    if focus_set is not None and not focus_set:
        return report
    shapes_file = Path(shapes) if shapes else shapes_path()
    try:
        shacl = rdflib.Graph().parse(str(shapes_file), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise KgError(f"{shapes_file}: cannot read the SHACL shapes ({exc}); fix the Turtle") from None
    data = _data_graph(store, focus_set)
    # Not pySHACL's focus_nodes option: it keeps the nodes in a list and
    # tests membership for every shape and property shape of every node,
    # so its time grows with the square of the nodes (71 s for 26k nodes,
    # where the whole graph took 12 s). The data graph already holds just
    # the focus nodes' descriptions (and their objects' types, for
    # sh:class); it is validated whole, and only results about a focus
    # node are kept: the objects, described by their type alone, would
    # fail shapes they do not fail in the store.
    _, results, _ = pyshacl.validate(data, shacl_graph=shacl, inference="none", allow_warnings=True,
                                     advanced=False)
    wanted = {rdflib.URIRef(i) for i in focus_set} if focus_set is not None else None
    functional = _functional_properties()
    SH = rdflib.Namespace(_SH)
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus_node = results.value(result, SH.focusNode)
        if not isinstance(focus_node, rdflib.URIRef) or (wanted is not None and focus_node not in wanted):
            continue
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        shape = results.value(result, SH.sourceShape)
        component = results.value(result, SH.sourceConstraintComponent)
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        message = results.value(result, SH.resultMessage)
        path_iri = str(path) if isinstance(path, rdflib.URIRef) else None
        report.problems.append(Problem(
            severity=severity, focus=str(focus_node), path=path_iri,
            value=value.n3() if value is not None and not isinstance(value, rdflib.BNode) else None,
            message=str(message) if message else str(component).rsplit("#", 1)[-1],
            shape=str(shape), articles=_articles(store, str(focus_node), path_iri),
            blocks_reasoning=(severity == "Violation" and path_iri in functional
                              and str(component) == _SH + "MaxCountConstraintComponent"),
        ))
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    report.problems.sort(key=lambda p: (order.get(p.severity, 3), p.focus, p.path or "", p.message))
    return report


def nodes_of_graphs(store, graphs: Iterable[str]) -> set[str]:
    """IRIs of the subjects the given article graphs describe."""
    import pyoxigraph as ox

    nodes: set[str] = set()
    for graph in graphs:
        for quad in store.match(graph=graph):
            if isinstance(quad.subject, ox.NamedNode):
                nodes.add(quad.subject.value)
    return nodes


def check_before_reasoning(store, graphs: Iterable[str] | None = None,
                           notify: Callable[[str], None] | None = None) -> ValidationReport:
    """Validate (the nodes of ``graphs``, or the whole store) and raise
    :class:`kg.errors.ValidationError` when reasoning would merge entities.
    ``notify`` is told what is being checked, for progress."""
    focus = nodes_of_graphs(store, graphs) if graphs is not None else None
    if notify is not None:
        notify("validating " + ("the whole graph" if focus is None else f"{len(focus):,} nodes") + " (SHACL)")
    report = validate(store, focus=focus)
    if report.blocking:
        first = report.blocking[0]
        more = f" (and {len(report.blocking) - 1} more)" if len(report.blocking) > 1 else ""
        raise ValidationError(
            f"{store.path}: not reasoning: {first.line()}{more}; the articles are stored, the inferred graph "
            f"is unchanged; fix the data or its curation file, then run 'kg validate' and 'kg infer'")
    return report
