"""The facts a network is built from, read with a handful of SELECTs.

Projections need only a few relations: who is a party to what, who signed
or witnessed what for whom, who holds which post where, and each
agreement's name, kind, date and fields. :func:`fetch` reads exactly those
through a row source, restricted in the query itself to a date range, an
agreement kind or a field of cooperation, so a remote endpoint sends only
what is asked for. The result is plain data every projection shares.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.errors import NetworkError
from kg.vocab import AGR, sparql_prologue

__all__ = ["Selection", "Agreement", "NetworkData", "fetch", "NetworkError"]


def _literal(text: str) -> str:
    """A SPARQL string literal, safely quoted."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


@dataclass(frozen=True)
class Selection:
    """Which agreements count: signed in ``[start, end]`` (inclusive), of a
    kind, in a field of cooperation. Kinds and fields match their labels
    case-insensitively ("MoU" does not match "memorandum of understanding":
    use the label kg stores)."""

    start: date | None = None
    end: date | None = None
    kind: str | None = None
    field: str | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise NetworkError(f"date range {self.start} .. {self.end} is empty; give the earlier date first")

    @property
    def empty(self) -> bool:
        return not (self.start or self.end or self.kind or self.field)

    def sparql(self, var: str = "?agreement") -> str:
        """Graph patterns that keep only the selected agreements bound to ``var``."""
        parts = []
        if self.start or self.end:
            parts.append(f"{var} prov:wasGeneratedBy/schema:startDate ?_sel_date .")
            if self.start:
                parts.append(f'FILTER(?_sel_date >= "{self.start.isoformat()}"^^xsd:date)')
            if self.end:
                parts.append(f'FILTER(?_sel_date <= "{self.end.isoformat()}"^^xsd:date)')
        if self.kind:
            parts.append(f"FILTER EXISTS {{ {var} agr:kind/skos:prefLabel ?_sel_kind . "
                         f"FILTER(LCASE(STR(?_sel_kind)) = LCASE({_literal(self.kind.strip())})) }}")
        if self.field:
            parts.append(f"FILTER EXISTS {{ {var} agr:area/skos:prefLabel ?_sel_field . "
                         f"FILTER(LCASE(STR(?_sel_field)) = LCASE({_literal(self.field.strip())})) }}")
        return "\n  ".join(parts)

    def describe(self) -> str:
        """The selection in words, for titles and table captions."""
        parts = []
        if self.kind:
            parts.append(self.kind)
        if self.field:
            parts.append(f"in {self.field}")
        if self.start and self.end:
            parts.append(f"{self.start}..{self.end}")
        elif self.start:
            parts.append(f"from {self.start}")
        elif self.end:
            parts.append(f"until {self.end}")
        return ", ".join(parts) or "all agreements"


@dataclass
class Agreement:
    iri: str
    name: str | None = None
    kind: str | None = None
    date: str | None = None  # YYYY-MM-DD
    place: str | None = None
    fields: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)


@dataclass
class NetworkData:
    """Plain facts for building networks; IRIs are the keys throughout."""

    selection: Selection = field(default_factory=Selection)
    agreements: dict[str, Agreement] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # entity IRI -> preferred name
    categories: dict[str, str] = field(default_factory=dict)  # organization IRI -> class local name
    organizations: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    # (agreement, person, organization or None)
    signatures: list[tuple[str, str, str | None]] = field(default_factory=list)
    witnesses: list[tuple[str, str]] = field(default_factory=list)  # (agreement, person)
    # (person, organization, title or None, observed date or None)
    posts: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)

    def name(self, iri: str) -> str:
        """The preferred name, or the IRI's last segment when there is none."""
        return self.names.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1]


# Oxigraph's union default graph keeps duplicates: a triple stated in 500
# article graphs comes back 500 times. Shared nodes (a kind, a field, a
# place, a busy organization) carry their labels in every article that
# names them, so joining agreements to labels multiplies rows by the
# number of articles. The queries below therefore read each relation on its
# own (agreement-level triples live in one article graph) and fetch labels
# for the DISTINCT set of nodes in a second step, then join in Python.

_AGREEMENTS = """
SELECT ?agreement WHERE {
  ?agreement a agr:Agreement .
  {restrict}
}"""

# one query per attribute: plain joins let the store pick good plans, where
# OPTIONALs made it scan every label in the store
_ATTRIBUTES = {
    # every node has a label: this one must check the type even unrestricted
    "name": "?agreement a agr:Agreement ; skos:prefLabel ?value .",
    "kind": "?agreement agr:kind ?value .",
    "date": "?agreement prov:wasGeneratedBy ?_signing . ?_signing schema:startDate ?value .",
    "place": "?agreement prov:wasGeneratedBy ?_signing . ?_signing schema:location ?value .",
}
_ATTRIBUTE = """
SELECT ?agreement ?value WHERE {
  {typed}
  {pattern}
  {restrict}
}"""

_FIELDS = """
SELECT ?agreement ?field WHERE {
  {typed} ?agreement agr:area ?field .
  {restrict}
}"""

_PARTIES = """
SELECT ?agreement ?org WHERE {
  {typed} ?agreement agr:party ?org .
  {restrict}
}"""

_SIGNATURES = """
SELECT ?agreement ?person ?org WHERE {
  ?agreement a agr:Agreement ; prov:wasGeneratedBy ?signing .
  ?signing agr:hasSignature ?signature .
  ?signature agr:signer ?person .
  {restrict}
  OPTIONAL { ?signature agr:onBehalfOf ?org }
}"""

_WITNESSES = """
SELECT ?agreement ?person WHERE {
  ?agreement a agr:Agreement ; prov:wasGeneratedBy ?signing .
  ?signing agr:witness ?person .
  {restrict}
}"""

_POSTS = """
SELECT ?holding ?person ?org ?role ?observed WHERE {
  ?holding a agr:PostHolding ; org:member ?person ; org:organization ?org .
  {restrict}
  OPTIONAL { ?holding org:role ?role }
  OPTIONAL { ?holding agr:observedOn ?observed }
}"""

# labels of the distinct nodes a pattern binds to ?node
_LABELS = """
SELECT DISTINCT ?node ?label WHERE {
  { SELECT DISTINCT ?node WHERE { {pattern} } }
  ?node skos:prefLabel ?label .
}"""

_CLASSES = """
SELECT DISTINCT ?node ?class WHERE {
  { SELECT DISTINCT ?node WHERE { {pattern} } }
  ?node a ?class .
  FILTER(STRSTARTS(STR(?class), "{agr}"))
}""".replace("{agr}", AGR)

_GENERIC_CLASSES = {"Organization", "Agent"}

# nodes :func:`fetch` names in a VALUES block rather than by a pattern, and
# what such a node must look like (an absolute IRI SPARQL can write as <...>)
_VALUES_AT_MOST = 500
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*")

PARTS = ("agreements", "parties", "signatures", "witnesses", "posts")


def _posts_restriction(selection: Selection) -> str:
    """Posts have no agreement: a date range keeps holdings observed in it;
    a kind or field keeps holdings of people who signed or witnessed a
    selected agreement."""
    parts = []
    if selection.start or selection.end:
        parts.append("?holding agr:observedOn ?_sel_observed .")
    if selection.start:
        parts.append(f'FILTER(?_sel_observed >= "{selection.start.isoformat()}"^^xsd:date)')
    if selection.end:
        parts.append(f'FILTER(?_sel_observed <= "{selection.end.isoformat()}"^^xsd:date)')
    if selection.kind or selection.field:
        only_topic = Selection(kind=selection.kind, field=selection.field)
        parts.append("FILTER EXISTS { ?agreement prov:wasGeneratedBy ?_signing . "
                     "{ ?_signing agr:hasSignature/agr:signer ?person } UNION { ?_signing agr:witness ?person } "
                     f"{only_topic.sparql()} }}")
    return "\n  ".join(parts)


def fetch(source, selection: Selection | None = None, parts: tuple[str, ...] = PARTS) -> NetworkData:
    """Read the facts for ``parts`` (a subset of ``PARTS``) through ``source``."""
    selection = selection or Selection()
    data = NetworkData(selection=selection)
    restrict = selection.sparql()
    prologue = sparql_prologue()

    # unrestricted, a predicate only agreements carry needs no type check:
    # one index scan instead of a join
    typed = "?agreement a agr:Agreement ." if restrict else ""

    def run(template: str, restriction: str = restrict) -> list[dict]:
        return source(prologue + template.replace("{restrict}", restriction).replace("{typed}", typed))

    def labels(pattern: str, restriction: str = restrict) -> dict[str, str]:
        """node -> its preferred label (the smallest, if a node has several)."""
        found: dict[str, str] = {}
        for row in run(_LABELS.replace("{pattern}", pattern), restriction):
            node, label = row["node"], row.get("label")
            if label and (node not in found or label < found[node]):
                found[node] = label
        return found

    def labels_of(nodes: set[str], pattern: str) -> dict[str, str]:
        """:func:`labels` of these nodes: named in a VALUES block when they
        are a few IRIs (a kind, a place, a field: a handful of lookups
        instead of a join over every agreement), else found by ``pattern``."""
        if not nodes:
            return {}
        if len(nodes) > _VALUES_AT_MOST or not all(_IRI.fullmatch(node) for node in nodes):
            return labels(pattern)
        values = " ".join(f"<{node}>" for node in sorted(nodes))
        return labels(f"VALUES ?node {{ {values} }}", "")

    def name_all(found: dict[str, str]) -> None:
        for node, label in found.items():
            if node not in data.names or label < data.names[node]:
                data.names[node] = label

    needs_agreements = any(p in parts for p in ("agreements", "parties", "signatures", "witnesses"))
    if needs_agreements:
        for row in run(_AGREEMENTS):
            if row["agreement"] not in data.agreements:
                data.agreements[row["agreement"]] = Agreement(row["agreement"])
        for key, pattern in _ATTRIBUTES.items():
            for row in run(_ATTRIBUTE.replace("{pattern}", pattern)):
                agreement = data.agreements.get(row["agreement"])
                value = row.get("value")
                if agreement is None or not value:
                    continue
                value = value[:10] if key == "date" else value
                if getattr(agreement, key) is None or value < getattr(agreement, key):
                    setattr(agreement, key, value)
        kinds = labels_of({a.kind for a in data.agreements.values() if a.kind},
                          f"?agreement a agr:Agreement ; agr:kind ?node . {restrict}")
        places = labels_of({a.place for a in data.agreements.values() if a.place},
                           f"?agreement a agr:Agreement ; prov:wasGeneratedBy/schema:location ?node . {restrict}")
        for agreement in data.agreements.values():
            agreement.kind = kinds.get(agreement.kind, agreement.kind) if agreement.kind else None
            agreement.place = places.get(agreement.place, agreement.place) if agreement.place else None
        field_rows = [(data.agreements[row["agreement"]], row["field"]) for row in run(_FIELDS)
                      if row["agreement"] in data.agreements]
        fields = labels_of({field for _, field in field_rows},
                           f"?agreement a agr:Agreement ; agr:area ?node . {restrict}")
        for agreement, field_node in field_rows:
            label = fields.get(field_node, field_node)
            if label not in agreement.fields:
                agreement.fields.append(label)
        for agreement in data.agreements.values():
            agreement.fields.sort()
    if "parties" in parts:
        for row in run(_PARTIES):
            agreement = data.agreements.get(row["agreement"])
            if agreement is None:
                continue
            if row["org"] not in agreement.parties:
                agreement.parties.append(row["org"])
            data.organizations.add(row["org"])
        # unrestricted, the parties of every agreement are data.organizations
        # already: the label and class queries skip the type check (a join
        # over every agreement) and keep only those nodes
        pattern = f"?agreement a agr:Agreement ; agr:party ?node . {restrict}" if restrict \
            else "?agreement agr:party ?node ."
        parties = data.organizations
        name_all({node: label for node, label in labels(pattern).items() if node in parties})
        for row in run(_CLASSES.replace("{pattern}", pattern)):
            local = row["class"][len(AGR):]
            if local in _GENERIC_CLASSES or row["node"] not in parties:
                continue
            known = data.categories.get(row["node"])
            if known is None or local < known:
                data.categories[row["node"]] = local
    if "signatures" in parts:
        seen: set[tuple] = set()
        for row in run(_SIGNATURES):
            if row["agreement"] not in data.agreements:
                continue
            signature = (row["agreement"], row["person"], row.get("org"))
            if signature not in seen:
                seen.add(signature)
                data.signatures.append(signature)
            data.people.add(row["person"])
            if row.get("org"):
                data.organizations.add(row["org"])
        signing = ("?agreement a agr:Agreement ; prov:wasGeneratedBy ?signing . "
                   "?signing agr:hasSignature ?signature . ")
        name_all(labels(f"{signing} ?signature agr:signer ?node . {restrict}"))
        name_all(labels(f"{signing} ?signature agr:onBehalfOf ?node . {restrict}"))
    if "witnesses" in parts:
        seen = set()
        for row in run(_WITNESSES):
            if row["agreement"] not in data.agreements:
                continue
            witness = (row["agreement"], row["person"])
            if witness not in seen:
                seen.add(witness)
                data.witnesses.append(witness)
            data.people.add(row["person"])
        name_all(labels("?agreement a agr:Agreement ; prov:wasGeneratedBy ?signing . "
                        f"?signing agr:witness ?node . {restrict}"))
    if "posts" in parts:
        restriction = _posts_restriction(selection)
        holdings = ("?holding a agr:PostHolding ; org:member ?person ; org:organization ?org . "
                    + restriction)
        roles = labels(f"{holdings} ?holding org:role ?node .", "")
        seen = set()
        for row in run(_POSTS, restriction):
            title = roles.get(row.get("role") or "", None)
            post = (row["person"], row["org"], title, (row.get("observed") or "")[:10] or None)
            if post not in seen:
                seen.add(post)
                data.posts.append(post)
            data.people.add(row["person"])
            data.organizations.add(row["org"])
        name_all(labels(f"{holdings} BIND(?person AS ?node)", ""))
        name_all(labels(f"{holdings} BIND(?org AS ?node)", ""))
    data.signatures.sort(key=lambda s: (s[0], s[1], s[2] or ""))
    data.witnesses.sort()
    data.posts.sort(key=lambda p: (p[0], p[1], p[2] or "", p[3] or ""))
    return data


def _day(text: object, *, end: bool) -> date | None:
    """``2019``, ``2019-03`` or ``2019-03-11`` (or a date) as a date; a
    year or month stands for its first day at the start of a range and its
    last day at the end."""
    if text is None or text == "":
        return None
    if isinstance(text, date):
        return text
    value = str(text).strip()
    try:
        if len(value) == 4:
            return date(int(value), 12, 31) if end else date(int(value), 1, 1)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            if not end:
                return date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date.fromisoformat(value)
    except ValueError:
        raise NetworkError(f"date {value!r}: write it as YYYY, YYYY-MM or YYYY-MM-DD") from None


def select(start: object = None, end: object = None, kind: str | None = None, field: str | None = None) -> Selection:
    """A :class:`Selection` from what a user typed (years and months allowed)."""
    return Selection(_day(start, end=False), _day(end, end=True), kind or None, field or None)


__all__ += ["select"]
