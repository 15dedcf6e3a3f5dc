"""What the graph says about one entity, and the sentences that say it.

For an organization, person, agreement or any other node: its names and
types, then every fact it takes part in, each with the articles and the
evidence sentences behind it (or the curation file that added it). This is
what ``kg explain`` prints, so a researcher can check any fact against its
source text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import QueryError
from kg.params import query_bound
from kg.stores import KgStore as Store
from kg.vocab import AGR, DCTERMS, GAF, NIF, ORG, PROV, RDF, SKOS

__all__ = ["Fact", "Explanation", "explain", "find_entity"]

_HIDDEN = {SKOS + "prefLabel", SKOS + "altLabel", GAF + "denotedBy", DCTERMS + "source", RDF + "type",
           RDF + "subject", RDF + "object", RDF + "predicate", PROV + "wasAttributedTo", "http://xmlns.com/foaf/0.1/name"}


@dataclass
class Fact:
    subject: str
    subject_label: str
    predicate: str
    object: str
    object_label: str
    sources: list[str] = field(default_factory=list)  # article or curation file names
    sentences: list[str] = field(default_factory=list)
    inferred: bool = False  # derived by OWL 2 RL reasoning, stated by no article

    @property
    def predicate_label(self) -> str:
        return self.predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class Explanation:
    iri: str
    label: str
    types: list[str]
    aliases: list[str]
    sources: list[str]
    facts: list[Fact]


def find_entity(store: Store, name_or_iri: str) -> str:
    """The IRI of the one node that has this IRI or this name (case folded)."""
    if name_or_iri.startswith(("http://", "https://", "urn:")):
        return name_or_iri
    rows = query_bound(store,
        "SELECT DISTINCT ?node WHERE { ?node skos:prefLabel|skos:altLabel ?label "
        "FILTER(LCASE(STR(?label)) = LCASE(STR(?name))) }",
        substitutions={"name": ox.Literal(name_or_iri)},
    )
    found = sorted(row["node"].value for row in rows)
    if not found:
        raise QueryError(f"{name_or_iri!r}: no entity has this name; 'kg entities' lists the names")
    if len(found) > 1:
        raise QueryError(f"{name_or_iri!r}: {len(found)} entities have this name ({', '.join(found[:4])}); give an IRI")
    return found[0]


def _label(store: Store, term: ox.NamedNode | ox.Literal | ox.BlankNode) -> str:
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    for row in query_bound(store, "SELECT ?l WHERE { ?x skos:prefLabel ?l } ORDER BY ?l LIMIT 1",
                           substitutions={"x": term}):
        return row["l"].value
    return term.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _evidence(store: Store, node: ox.NamedNode) -> tuple[list[str], list[str]]:
    """Source names and sentences attached to a node (fact or statement)."""
    sources, sentences = [], []
    query = f"""
        SELECT DISTINCT ?name ?sentence ?at WHERE {{
          {{ ?x <{DCTERMS}source>/<{AGR}fileName> ?name }}
          UNION {{ ?x <{PROV}wasAttributedTo>/<{AGR}fileName> ?name }}
          UNION {{ ?x <{GAF}denotedBy>/<{AGR}sentence> ?span . ?span <{NIF}anchorOf> ?sentence
                   OPTIONAL {{ ?span <{NIF}beginIndex> ?at }} }}
        }}"""

    def in_the_text(row) -> tuple:  # sources by name, sentences in the article's order, whatever the store's
        at = row["at"].value if row["at"] is not None else ""
        return (row["name"].value if row["name"] is not None else "", int(at) if at.isdigit() else -1,
                row["sentence"].value if row["sentence"] is not None else "")

    for row in sorted(query_bound(store, query, substitutions={"x": node}), key=in_the_text):
        if row["name"] is not None and row["name"].value not in sources:
            sources.append(row["name"].value)
        if row["sentence"] is not None and row["sentence"].value not in sentences:
            sentences.append(row["sentence"].value)
    return sources, sentences


def _statement_evidence(store: Store, s, p, o) -> tuple[list[str], list[str]]:
    sources, sentences = [], []
    for row in query_bound(store,
        f"SELECT ?st WHERE {{ ?st <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o }}",
        substitutions={"s": s, "p": p, "o": o},
    ):
        more_sources, more_sentences = _evidence(store, row["st"])
        sources += [x for x in more_sources if x not in sources]
        sentences += [x for x in more_sentences if x not in sentences]
    return sources, sentences


def explain(store: Store, name_or_iri: str) -> Explanation:
    iri = find_entity(store, name_or_iri)
    node = ox.NamedNode(iri)
    types = sorted({row["t"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
                    for row in query_bound(store, "SELECT ?t WHERE { ?x a ?t }", substitutions={"x": node})})
    if not types and not list(query_bound(store, "SELECT ?p WHERE { ?s ?p ?x } LIMIT 1", substitutions={"x": node})):
        raise QueryError(f"{iri}: not in the store; 'kg entities' lists what is")
    aliases = sorted({row["l"].value for row in query_bound(store, "SELECT ?l WHERE { ?x skos:altLabel ?l }",
                                                            substitutions={"x": node})})
    sources, _ = _evidence(store, node)
    facts: list[Fact] = []
    own_label = _label(store, node)
    for row in query_bound(store, "SELECT DISTINCT ?p ?o WHERE { ?x ?p ?o }", substitutions={"x": node}):
        if row["p"].value in _HIDDEN:
            continue
        facts.append(_fact(store, node, own_label, row["p"], row["o"]))
    for row in query_bound(store, "SELECT DISTINCT ?s ?p WHERE { ?s ?p ?x }", substitutions={"x": node}):
        if row["p"].value in _HIDDEN or row["p"].value.startswith(NIF):
            continue
        facts.append(_fact(store, row["s"], None, row["p"], node, own_label))
    facts.sort(key=lambda f: (f.predicate_label, f.subject_label, f.object_label))
    return Explanation(iri, own_label, types, aliases, sources, facts)


def _fact(store: Store, s, s_label, p, o, o_label=None) -> Fact:
    sources, sentences = _statement_evidence(store, s, p, o)
    # a qualified node (signature, post holding) carries its own evidence
    for end in (s, o):
        if isinstance(end, ox.NamedNode) and bool(query_bound(store,
                f"ASK {{ ?x a ?t FILTER(?t IN (<{AGR}Signature>, <{AGR}PostHolding>)) }}", substitutions={"x": end})):
            more_sources, more_sentences = _evidence(store, end)
            sources += [x for x in more_sources if x not in sources]
            sentences += [x for x in more_sentences if x not in sentences]
    if p.value == ORG + "holds":  # the post holding behind "person holds post"
        for row in query_bound(store, f"SELECT ?h WHERE {{ ?h <{ORG}member> ?s ; <{AGR}post> ?o }}",
                               substitutions={"s": s, "o": o}):
            more_sources, more_sentences = _evidence(store, row["h"])
            sources += [x for x in more_sources if x not in sources]
            sentences += [x for x in more_sentences if x not in sentences]
    return Fact(
        subject=s.value if not isinstance(s, ox.Literal) else str(s),
        subject_label=s_label or _label(store, s),
        predicate=p.value,
        object=o.value,
        object_label=o_label or _label(store, o),
        sources=sources,
        sentences=sentences,
        inferred=not any(True for _ in store.match(s, p, o)),  # not in the union of the article graphs
    )
