"""The reference: owlrl's OWL-RL closure, cut down to what kg calls inferred.

owlrl (the RDFLib project's OWL 2 RL reasoner) applies every rule of the
profile and is the yardstick kg's own engine is tested against. Its closure
holds much that is not news about the data, so kg's *inferred graph* is
defined as the triples of ``closure(ontology + data)`` that are

* not in the data and not in ``closure(ontology)`` alone (schema facts),
  and not about a term of the RDF, RDFS, OWL or XSD vocabularies (owlrl's
  datatype axioms, such as ``xsd:boolean owl:disjointWith xsd:decimal``,
  which appear once the data holds numbers),
* free of blank nodes, with an IRI (never a literal) as subject,
* not one of OWL RL's trivial consequences for every term: ``x owl:sameAs x``
  and ``x rdf:type owl:Thing``,
* not ``x p x`` for a property the ontology marks ``agr:omitSelfPairs``.

:func:`reference_inferred` computes exactly that with owlrl; kg's fast
engine (:mod:`kg.reason.engine`) must give the same set.
"""
from __future__ import annotations

from pathlib import Path

from kg.vocab import OWL, RDF, RDFS, XSD

__all__ = ["reference_inferred", "owlrl_closure"]


def owlrl_closure(graph) -> None:
    """Expand an rdflib graph in place with owlrl's OWL-RL semantics."""
    import owlrl

    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(graph)


def reference_inferred(ntriples: bytes | str, ontology: Path | str | None = None):
    """kg's inferred graph for ``ntriples`` (asserted data), by owlrl, as a
    set of rdflib triples. Slow: for tests and benchmarks of small graphs."""
    import rdflib

    from kg.reason.rules import OMIT_SELF_PAIRS, ontology_path

    tbox = rdflib.Graph().parse(str(ontology or ontology_path()), format="turtle")
    data = rdflib.Graph().parse(data=ntriples, format="nt")
    schema = rdflib.Graph()
    for triple in tbox:
        schema.add(triple)
    owlrl_closure(schema)
    full = rdflib.Graph()
    for triple in tbox:
        full.add(triple)
    for triple in data:
        full.add(triple)
    owlrl_closure(full)

    same_as, rdf_type, thing = rdflib.URIRef(OWL + "sameAs"), rdflib.URIRef(RDF + "type"), rdflib.URIRef(OWL + "Thing")
    omit = {s for s, o in tbox.subject_objects(rdflib.URIRef(OMIT_SELF_PAIRS)) if isinstance(o, rdflib.Literal) and o.toPython() is True}
    vocabularies = (RDF, RDFS, OWL, XSD)
    out = set()
    for s, p, o in full:
        if not isinstance(s, rdflib.URIRef) or isinstance(o, rdflib.BNode) or str(s).startswith(vocabularies):
            continue
        if s == o and (p == same_as or p in omit):
            continue
        if p == rdf_type and o == thing:
            continue
        if (s, p, o) in data or (s, p, o) in schema:
            continue
        out.add((s, p, o))
    return out
