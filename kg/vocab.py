"""Namespace IRIs used across kg, as plain strings.

Plain strings keep this module free of any RDF library, so both the
pyoxigraph store and rdflib-based tools (owlrl, pyshacl) can share it.
"""
from __future__ import annotations

__all__ = ["AGR", "ONTOLOGY_IRI", "DEFAULT_BASE", "PREFIXES", "RDF", "RDFS", "XSD", "OWL", "SKOS",
           "DCTERMS", "PROV", "ORG", "FOAF", "SCHEMA", "GAF", "NIF"]

AGR = "https://w3id.org/kg-agreements/ontology#"
ONTOLOGY_IRI = "https://w3id.org/kg-agreements/ontology"
DEFAULT_BASE = "https://w3id.org/kg-agreements/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "http://schema.org/"
GAF = "http://groundedannotationframework.org/gaf#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

PREFIXES = {
    "agr": AGR, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS,
    "dcterms": DCTERMS, "prov": PROV, "org": ORG, "foaf": FOAF, "schema": SCHEMA,
    "gaf": GAF, "nif": NIF,
}


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, for queries users write."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
