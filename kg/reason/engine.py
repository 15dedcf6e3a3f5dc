"""A set-at-a-time, semi-naive evaluator of kg's OWL 2 RL rules.

Terms are interned to integers and a triple ``s p o`` is kept as the single
integer ``s << 32 | o`` in the set of its property (types as a set of
subjects per class), so each rule is a handful of set operations that run in
C: a sub-property copies a set, an inverse swaps the halves of each integer,
a domain keeps the upper halves. Only the facts new in the last round are
pushed through the rules again (semi-naive evaluation), and joins (property
chains, transitive properties) look their partners up in per-property
indexes. The schema-level rules were already applied by
:mod:`kg.reason.rules`, so a fixpoint is reached in a few rounds.

Literals get ids with bit 31 set: a rule that would put one in subject
position (an inverse, a range) skips it, which is the "no literal subject"
restriction of kg's inferred graph and what RDF allows anyway.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain as concat

from kg.reason.rules import RuleSet
from kg.vocab import RDF

__all__ = ["Closure", "FunctionalViolation"]

_LIT = 1 << 31
_LOW = (1 << 32) - 1
_TYPE = f"<{RDF}type>"


class FunctionalViolation(Exception):
    """Two values of a functional property: OWL RL would equate them."""

    def __init__(self, prop: str, subject: str, values: list[str]):
        super().__init__(f"{subject} has {len(values)} values of functional property {prop}: {', '.join(values[:3])}")
        self.prop, self.subject, self.values = prop, subject, values


class Closure:
    """The OWL 2 RL closure of asserted triples under a :class:`RuleSet`.

    Feed terms in Turtle syntax without prefixes (``<iri>``, ``_:b``,
    ``"lit"^^<dt>``, ``42``) with :meth:`add_pairs`, :meth:`add_instances`
    or :meth:`add`, call :meth:`run`, then read what was derived with
    :meth:`derived`: never an asserted triple, never a literal subject.
    """

    def __init__(self, rules: RuleSet):
        self.rules = rules
        self._ids: dict[str, int] = {}
        self._terms: list[str] = []
        self._type = self._id(_TYPE)
        enc = self._enc
        self._sup_class = {enc(c): {enc(d) for d in ds} for c, ds in rules.superclasses.items()}
        self._sup_prop = {enc(p): {enc(q) for q in qs} for p, qs in rules.superproperties.items()}
        self._dom = {enc(p): {enc(c) for c in cs} for p, cs in rules.subject_types.items()}
        self._rng = {enc(p): {enc(c) for c in cs} for p, cs in rules.object_types.items()}
        self._inv = {enc(p): {enc(q) for q in qs} for p, qs in rules.inverses.items()}
        self._sym = {enc(p) for p in rules.symmetric}
        self._trans = {enc(p) for p in rules.transitive}
        self._chains = [(enc(h), tuple(enc(p) for p in chain)) for h, chain in rules.chains]
        # property -> [(chain index, position)] for every place it stands in a chain
        self._chain_at: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for index, (_, chain) in enumerate(self._chains):
            for position, prop in enumerate(chain):
                self._chain_at[prop].append((index, position))
        self._joined = set(self._chain_at) | self._trans
        self._relevant_props = {enc(p) for p in rules.properties()}
        self._relevant_classes = {enc(c) for c in rules.classes()}
        self.types: dict[int, set[int]] = defaultdict(set)   # class -> asserted instances
        self.props: dict[int, set[int]] = defaultdict(set)   # property -> asserted s << 32 | o
        self.new_types: dict[int, set[int]] = {}   # derived only, never asserted
        self.new_props: dict[int, set[int]] = {}
        # join indexes, only in the directions a rule looks up: a chain
        # extends leftwards through its earlier steps and rightwards through
        # its later ones; a transitive property both ways
        forward = set(self._trans) | {p for _, chain in self._chains for p in chain[1:]}
        backward = set(self._trans) | {p for _, chain in self._chains for p in chain[:-1]}
        self._fwd: dict[int, dict[int, list[int]]] = {p: {} for p in forward}
        self._bwd: dict[int, dict[int, list[int]]] = {p: {} for p in backward}
        self.rounds = 0

    # ------------------------------------------------------------ terms

    def _id(self, term: str) -> int:
        found = self._ids.get(term)
        if found is None:
            # IRIs are <...>, blank nodes _:..., anything else is a literal
            # ("...", or a bare number or boolean as SPARQL TSV writes them)
            found = len(self._terms) | (0 if term[0] in "<_" else _LIT)
            self._ids[term] = found
            self._terms.append(term)
        return found

    def _enc(self, iri: str) -> int:
        return self._id(f"<{iri}>")

    def term(self, ident: int) -> str:
        return self._terms[ident & ~_LIT]

    def relevant_properties(self) -> list[str]:
        """IRIs of the properties whose triples the rules need (rdf:type aside)."""
        return sorted(self.term(p)[1:-1] for p in self._relevant_props)

    def literal_use(self, prop: str) -> str:
        """What the rules need of a property's triples with a literal object:
        ``"all"`` (a sub-property copies them, a chain ends in them, a
        functional property counts them), ``"subjects"`` (only a domain
        types the subject) or ``"none"`` (a range would type the literal,
        which kg's inferred graph never holds). Reading less is faster."""
        p = self._ids.get(f"<{prop}>")
        if p in self._sup_prop or p in self._chain_at or prop in self.rules.functional \
                or prop in self.rules.inverse_functional:
            return "all"
        return "subjects" if p in self._dom else "none"

    def relevant_classes(self) -> list[str]:
        """IRIs of the classes whose ``rdf:type`` triples the rules need."""
        return sorted(self.term(c)[1:-1] for c in self._relevant_classes)

    # ------------------------------------------------------------ input

    def add(self, s: str, p: str, o: str) -> None:
        """One asserted triple, as N-Triples terms."""
        self._add(self._id(s), self._id(p), self._id(o))

    def _add(self, s: int, p: int, o: int) -> None:
        if p == self._type:
            if o in self._relevant_classes:
                self.types[o].add(s)
        elif p in self._relevant_props:
            self.props[p].add(s << 32 | o)

    def add_pairs(self, prop: str, tsv: str) -> int:
        """The asserted ``(subject, object)`` pairs of one property (its IRI),
        as SPARQL TSV results (a header line, then ``s<TAB>o`` rows);
        returns how many rows were read."""
        if not tsv:
            return 0
        p = self._enc(prop)
        if p not in self._relevant_props:
            return 0
        ids, ident = self._ids, self._id
        rows = tsv.split("\n")
        pairs = self.props[p]
        count = 0
        for row in rows[1:]:
            if row:
                s, o = row.split("\t")
                si = ids.get(s)
                oi = ids.get(o)
                pairs.add((si if si is not None else ident(s)) << 32 | (oi if oi is not None else ident(o)))
                count += 1
        return count

    def add_literal_subjects(self, prop: str, tsv: str) -> int:
        """Subjects (one TSV column) that have some literal value of a
        property whose :meth:`literal_use` is ``"subjects"``: one stand-in
        literal per subject is enough for its domain rule."""
        if not tsv:
            return 0
        p = self._enc(prop)
        stand_in = self._id('"kg:literal"')
        ident = self._id
        rows = [row for row in tsv.split("\n")[1:] if row]
        self.props[p].update(ident(row) << 32 | stand_in for row in rows)
        return len(rows)

    def add_instances(self, cls: str, tsv: str) -> int:
        """The asserted instances of one class (its IRI), as SPARQL TSV
        results with one column; returns how many rows were read."""
        if not tsv:
            return 0
        c = self._enc(cls)
        if c not in self._relevant_classes:
            return 0
        ident = self._id
        rows = [row for row in tsv.split("\n")[1:] if row]
        self.types[c].update(ident(row) for row in rows)
        return len(rows)

    # ------------------------------------------------------------ rules

    def run(self) -> None:
        """Apply the rules until nothing new appears."""
        for p in self._joined:
            self._index(p, self.props.get(p, ()))
        # the first round's new facts are the asserted ones (not copied: no
        # rule changes a set it reads during a round)
        delta_t = {c: s for c, s in self.types.items() if s}
        delta_p = {p: k for p, k in self.props.items() if k}
        while delta_t or delta_p:
            self.rounds += 1
            cand_t: dict[int, set[int]] = defaultdict(set)
            cand_p: dict[int, set[int]] = defaultdict(set)
            for cls, subjects in delta_t.items():
                for sup in self._sup_class.get(cls, ()):
                    cand_t[sup] |= subjects  # cax-sco
            for prop, pairs in delta_p.items():
                self._fire(prop, pairs, cand_t, cand_p)
            delta_t = self._merge(cand_t, self.types, self.new_types)
            delta_p = self._merge(cand_p, self.props, self.new_props)
            for prop in self._joined & delta_p.keys():
                self._index(prop, delta_p[prop])

    def _fire(self, prop: int, pairs: set[int], cand_t, cand_p) -> None:
        for sup in self._sup_prop.get(prop, ()):
            cand_p[sup] |= pairs  # prp-spo1
        doms = self._dom.get(prop)
        if doms:
            subjects = {k >> 32 for k in pairs}
            for cls in doms:
                cand_t[cls] |= subjects  # prp-dom
        rngs = self._rng.get(prop)
        if rngs:
            objects = {k & _LOW for k in pairs if not k & _LIT}
            for cls in rngs:
                cand_t[cls] |= objects  # prp-rng
        invs = self._inv.get(prop)
        if invs or prop in self._sym:
            swapped = {(k & _LOW) << 32 | k >> 32 for k in pairs if not k & _LIT}
            for inv in invs or ():
                cand_p[inv] |= swapped  # prp-inv1, prp-inv2
            if prop in self._sym:
                cand_p[prop] |= swapped  # prp-symp
        if prop in self._trans:
            fwd, bwd, out = self._fwd[prop], self._bwd[prop], cand_p[prop]
            for k in pairs:  # prp-trp, both ways round
                s, o = k >> 32, k & _LOW
                for z in fwd.get(o, ()):
                    out.add(s << 32 | z)
                for x in bwd.get(s, ()):
                    out.add(x << 32 | o)
        for index, position in self._chain_at.get(prop, ()):
            head, chain = self._chains[index]
            out = cand_p[head]
            for k in pairs:  # prp-spo2: extend the new link leftwards and rightwards
                lefts = {k >> 32}
                for step in reversed(chain[:position]):
                    bwd = self._bwd[step]
                    lefts = {x for y in lefts for x in bwd.get(y, ())}
                    if not lefts:
                        break
                if not lefts:
                    continue
                rights = {k & _LOW}
                for step in chain[position + 1:]:
                    fwd = self._fwd[step]
                    rights = {z for y in rights for z in fwd.get(y, ())}
                    if not rights:
                        break
                for x in lefts:
                    if not x & _LIT:
                        for z in rights:
                            out.add(x << 32 | z)

    @staticmethod
    def _merge(candidates, asserted, derived) -> dict[int, set[int]]:
        """Keep the candidates that are neither asserted nor derived yet.
        Asserted and derived facts are kept in separate sets, each fact once."""
        delta = {}
        for key, cand in candidates.items():
            fresh = cand - asserted[key] if key in asserted else cand
            have = derived.get(key)
            if have is not None:
                fresh -= have
            if fresh:
                if have is None:
                    derived[key] = set(fresh)
                else:
                    have |= fresh
                delta[key] = fresh
        return delta

    def _index(self, prop: int, pairs: Iterable[int]) -> None:
        """Add pairs to a joined property's indexes (lists: a pair arrives once)."""
        fwd, bwd = self._fwd.get(prop), self._bwd.get(prop)
        if fwd is not None:
            for k in pairs:
                fwd.setdefault(k >> 32, []).append(k & _LOW)
        if bwd is not None:
            for k in pairs:
                bwd.setdefault(k & _LOW, []).append(k >> 32)

    # ------------------------------------------------------------ output

    def check_functional(self) -> None:
        """Raise :class:`FunctionalViolation` where OWL RL would conclude
        ``owl:sameAs`` (prp-fp, prp-ifp): kg does not merge, it refuses."""
        for prop_iri, inverse in [(p, False) for p in self.rules.functional] + \
                                 [(p, True) for p in self.rules.inverse_functional]:
            prop = self._ids.get(f"<{prop_iri}>")
            if prop is None:
                continue
            seen: dict[int, int] = {}
            for k in concat(self.props.get(prop, ()), self.new_props.get(prop, ())):
                key, value = (k & _LOW, k >> 32) if inverse else (k >> 32, k & _LOW)
                first = seen.setdefault(key, value)
                if first != value:
                    values = sorted({self.term(v) for v in (first, value)})
                    raise FunctionalViolation(f"<{prop_iri}>" + (" (inverse functional)" if inverse else ""),
                                              self.term(key), values)

    def derived(self) -> Iterator[tuple[str, str, str]]:
        """Each derived triple once, as N-Triples terms; never an asserted
        one, a literal subject or a blank node; no reflexive triple of a
        property the ontology marks ``agr:omitSelfPairs``."""
        term = self.term
        omit = {self._ids.get(f"<{p}>") for p in self.rules.omit_self_pairs}
        type_term = _TYPE
        for cls, subjects in self.new_types.items():
            cls_term = term(cls)
            if cls_term.startswith("_:"):
                continue
            for s in subjects:
                s_term = term(s)
                if not s & _LIT and not s_term.startswith("_:"):
                    yield s_term, type_term, cls_term
        for prop, pairs in self.new_props.items():
            p_term = term(prop)
            drop_self = prop in omit
            for k in pairs:
                s, o = k >> 32, k & _LOW
                if s & _LIT or (drop_self and s == o):
                    continue
                s_term, o_term = term(s), term(o)
                if s_term.startswith("_:") or o_term.startswith("_:"):
                    continue
                yield s_term, p_term, o_term

    def turtle(self) -> str:
        """:meth:`derived` as Turtle without prefixes, one triple a line."""
        return "".join(f"{s} {p} {o} .\n" for s, p, o in self.derived())
