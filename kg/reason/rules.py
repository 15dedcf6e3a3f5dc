"""The ontology's OWL 2 RL axioms, compiled into the tables kg's rule engine runs.

OWL 2 RL is a set of if-then rules over triples (the ``prp-*``, ``cax-*``
and ``scm-*`` rules of the OWL 2 Profiles document). A general engine such
as owlrl fires every rule against every triple on every pass, which is why
it takes minutes on a graph of a few thousand agreements. Most of those
rules have no axiom to act on in kg's ontology, and the schema rules
(``scm-*``) only ever combine axioms with each other. So kg applies the
schema rules once, here, and hands the engine plain lookup tables: for each
property, which properties it implies, which classes its subject and object
belong to, which property is its inverse, which chains it starts or
continues.

The tables cover exactly the constructs listed in :data:`SUPPORTED`; an
ontology with any other OWL construct (a restriction, ``owl:hasKey``, a
disjointness axiom...) is refused with :class:`UnsupportedAxiom`, so the fast
engine never silently drops an axiom owlrl would use.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, UnsupportedAxiom
from kg.vocab import AGR, OWL, RDF, RDFS

__all__ = ["RuleSet", "UnsupportedAxiom", "ontology_path", "load_rules", "SUPPORTED"]

_TYPE = RDF + "type"
_FIRST, _REST, _NIL = RDF + "first", RDF + "rest", RDF + "nil"

#: The axioms kg's engine understands (all inside OWL 2 RL, with named terms).
SUPPORTED = (
    "rdfs:subClassOf", "owl:equivalentClass", "rdfs:subPropertyOf", "owl:equivalentProperty",
    "rdfs:domain", "rdfs:range", "owl:inverseOf", "owl:SymmetricProperty", "owl:TransitiveProperty",
    "owl:propertyChainAxiom", "owl:FunctionalProperty", "owl:InverseFunctionalProperty",
)

# declarations that carry no rule of their own
_DECLARATIONS = {OWL + name for name in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty",
                                         "Ontology", "NamedIndividual", "Thing")} | {RDFS + "Class", RDF + "Property"}
# OWL vocabulary that is only annotation, never a rule
_HARMLESS_OWL = {OWL + "versionInfo", OWL + "versionIRI", OWL + "imports", OWL + "priorVersion",
                 OWL + "deprecated", OWL + "backwardCompatibleWith", OWL + "incompatibleWith"}

#: An annotation of kg's ontology: the reflexive triples ``x p x`` of a
#: property so marked are left out of the inferred graph (see
#: ``agr:cooperatesWith``: OWL 2 RL cannot say "another party").
OMIT_SELF_PAIRS = AGR + "omitSelfPairs"


def ontology_path() -> Path:
    """The ontology file (see :mod:`kg.resources`)."""
    from kg.resources import ontology_file

    return ontology_file()


def _closure(direct: dict[str, set[str]]) -> dict[str, set[str]]:
    """Strict transitive closure of a relation given as adjacency sets."""
    out: dict[str, set[str]] = {}
    for start in direct:
        seen: set[str] = set()
        stack = list(direct[start])
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(direct.get(node, ()))
        seen.discard(start)  # strict: a term never needs to re-derive itself
        out[start] = seen
    return out


@dataclass
class RuleSet:
    """Lookup tables for the OWL 2 RL rules that kg's ontology gives work to.

    Every key and value is an IRI string. "Strict" closures leave out the
    term itself, which the engine never needs to re-derive.
    """

    superclasses: dict[str, set[str]] = field(default_factory=dict)   # cax-sco, closed by scm-sco
    superproperties: dict[str, set[str]] = field(default_factory=dict)  # prp-spo1, closed by scm-spo
    subject_types: dict[str, set[str]] = field(default_factory=dict)  # prp-dom, with scm-dom1/2
    object_types: dict[str, set[str]] = field(default_factory=dict)   # prp-rng, with scm-rng1/2
    inverses: dict[str, set[str]] = field(default_factory=dict)       # prp-inv1/2
    symmetric: set[str] = field(default_factory=set)                  # prp-symp
    transitive: set[str] = field(default_factory=set)                 # prp-trp
    chains: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # prp-spo2
    functional: set[str] = field(default_factory=set)                 # prp-fp (checked, never merged)
    inverse_functional: set[str] = field(default_factory=set)         # prp-ifp (likewise)
    omit_self_pairs: set[str] = field(default_factory=set)

    @classmethod
    def from_triples(cls, triples: Iterable[tuple[str, str, str, bool]]) -> RuleSet:
        """Compile ``(subject, predicate, object, object_is_iri)`` triples of an ontology."""
        sub_class: dict[str, set[str]] = {}
        sub_prop: dict[str, set[str]] = {}
        domains: dict[str, set[str]] = {}
        ranges: dict[str, set[str]] = {}
        rules = cls()
        lists: dict[str, tuple[str | None, str | None]] = {}
        chain_heads: list[tuple[str, str]] = []
        pending: list[tuple[str, str, str, bool]] = []
        for s, p, o, iri in triples:
            if p in (_FIRST, _REST):
                first, rest = lists.get(s, (None, None))
                lists[s] = (o, rest) if p == _FIRST else (first, o)
                continue
            pending.append((s, p, o, iri))
        for s, p, o, iri in pending:
            named = not s.startswith("_:") and (iri and not o.startswith("_:"))
            if p == RDFS + "subClassOf" and named:
                sub_class.setdefault(s, set()).add(o)
            elif p == OWL + "equivalentClass" and named:
                sub_class.setdefault(s, set()).add(o)
                sub_class.setdefault(o, set()).add(s)
            elif p == RDFS + "subPropertyOf" and named:
                sub_prop.setdefault(s, set()).add(o)
            elif p == OWL + "equivalentProperty" and named:
                sub_prop.setdefault(s, set()).add(o)
                sub_prop.setdefault(o, set()).add(s)
            elif p == RDFS + "domain" and named:
                domains.setdefault(s, set()).add(o)
            elif p == RDFS + "range" and named:
                ranges.setdefault(s, set()).add(o)
            elif p == OWL + "inverseOf" and named:
                rules.inverses.setdefault(s, set()).add(o)
                rules.inverses.setdefault(o, set()).add(s)
            elif p == OWL + "propertyChainAxiom" and not s.startswith("_:"):
                chain_heads.append((s, o))
            elif p == _TYPE and o == OWL + "SymmetricProperty":
                rules.symmetric.add(s)
            elif p == _TYPE and o == OWL + "TransitiveProperty":
                rules.transitive.add(s)
            elif p == _TYPE and o == OWL + "FunctionalProperty":
                rules.functional.add(s)
            elif p == _TYPE and o == OWL + "InverseFunctionalProperty":
                rules.inverse_functional.add(s)
            elif p == _TYPE and o in _DECLARATIONS:
                continue
            elif p == OMIT_SELF_PAIRS:
                if o.split("^^")[0].strip('"') in ("true", "1"):
                    rules.omit_self_pairs.add(s)
            elif s.startswith("_:") or p.startswith(OWL) or (p == _TYPE and o.startswith(OWL)) \
                    or p in (RDFS + "subClassOf", RDFS + "subPropertyOf", RDFS + "domain", RDFS + "range"):
                if p in _HARMLESS_OWL:
                    continue
                raise UnsupportedAxiom(
                    f"ontology axiom <{s}> <{p}> {o} is outside what kg's fast reasoner runs "
                    f"({', '.join(SUPPORTED)}, on named terms); reason with --engine owlrl or drop the axiom")
        for head, node in chain_heads:
            chain: list[str] = []
            while node != _NIL:
                first, rest = lists.get(node, (None, None))
                if first is None:
                    raise UnsupportedAxiom(f"the property chain of <{head}> is not a well-formed RDF list; fix the ontology")
                chain.append(first)
                node = rest or _NIL
            if len(chain) < 2 or any(step.startswith("_:") for step in chain):
                raise UnsupportedAxiom(f"the property chain of <{head}> needs two or more named properties; fix the ontology")
            rules.chains.append((head, tuple(chain)))

        rules.superclasses = {c: s for c, s in _closure(sub_class).items() if s}
        rules.superproperties = {p: s for p, s in _closure(sub_prop).items() if s}

        def upward(classes: set[str]) -> set[str]:
            out = set(classes)
            for c in classes:
                out |= rules.superclasses.get(c, set())
            return out

        # scm-dom2 / scm-rng2: a property has the domains of the properties it implies
        properties = set(domains) | set(ranges) | set(rules.superproperties)
        for prop in properties:
            implied = {prop} | rules.superproperties.get(prop, set())
            dom = set().union(*(domains.get(q, set()) for q in implied))
            rng = set().union(*(ranges.get(q, set()) for q in implied))
            if dom:
                rules.subject_types[prop] = upward(dom)  # scm-dom1
            if rng:
                rules.object_types[prop] = upward(rng)  # scm-rng1
        return rules

    # ---------------------------------------------------------------- views

    def properties(self) -> set[str]:
        """Every property a rule reads or writes."""
        props = set(self.superproperties) | set(self.subject_types) | set(self.object_types) | set(self.inverses)
        props |= self.symmetric | self.transitive | self.functional | self.inverse_functional
        for targets in (*self.superproperties.values(), *self.inverses.values()):
            props |= targets
        for head, chain in self.chains:
            props.add(head)
            props.update(chain)
        props.discard(_TYPE)
        return props

    def classes(self) -> set[str]:
        """Every class a rule reads or writes."""
        classes = set(self.superclasses)
        for targets in (*self.superclasses.values(), *self.subject_types.values(), *self.object_types.values()):
            classes |= targets
        return classes


def load_rules(path: Path | str | None = None) -> RuleSet:
    """Compile the ontology file (kg's own by default)."""
    import pyoxigraph as ox

    path = Path(path) if path else ontology_path()
    try:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise KgError(f"{path}: cannot read the ontology ({exc}); fix the Turtle") from None

    def term(node) -> str:
        return f"_:{node.value}" if isinstance(node, ox.BlankNode) else str(node) if isinstance(node, ox.Literal) else node.value

    return RuleSet.from_triples(
        (term(q.subject), q.predicate.value, term(q.object), not isinstance(q.object, ox.Literal)) for q in quads)
