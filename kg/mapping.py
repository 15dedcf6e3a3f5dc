"""Facts of one article -> RDF quads in that article's named graph.

Each fact with qualifiers is a node of its own (a signature, a post holding),
so its provenance attaches to it and survives a plain Turtle export. Plain
facts (a party, a witness, a field) carry their evidence through an
``rdf:Statement`` node. Every mention is a NIF span of the article text,
linked from what it denotes by ``gaf:denotedBy`` and to its sentence.

The output depends only on the article and its facts: re-mapping gives the
same quads, which is what makes re-ingesting safe.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Protocol
from datetime import date

from pyoxigraph import Literal, NamedNode, Quad

from kg.article import Article
from kg.classify import agreement_classes, organization_class
from kg.facts import Agreement, ArticleFacts, Evidence, Organization, Person
from kg.iri import Minter
from kg.resolve import country_node_name
from kg.vocab import AGR, DCTERMS, FOAF, GAF, NIF, ORG, PROV, RDF, SCHEMA, SKOS, XSD

__all__ = ["map_article", "people_tied", "EntityResolver", "MintingResolver", "clean_label"]

_XSD_DATE = NamedNode(XSD + "date")
# NIF types offsets as xsd:nonNegativeInteger, but Oxigraph stores every
# integer subtype as xsd:integer; writing xsd:integer keeps a re-ingest
# byte-identical with what the store gives back, and kg/nif.py gives the
# offsets NIF's type in everything that leaves the store (export, push).
_XSD_INT = NamedNode(XSD + "integer")
_TYPE = NamedNode(RDF + "type")


def clean_label(text: str) -> str:
    """Straight apostrophes and single spaces, so two articles that write
    the same name with different typography give one label."""
    text = re.sub(r"[’‘`´]", "'", text)
    return re.sub(r"\s+", " ", text).strip()


class EntityResolver(Protocol):
    """Decides which node an entity of the facts model is stored under.

    :class:`MintingResolver` mints from names alone; the store's resolver
    (:mod:`kg.resolve`) first looks for a node that already carries one of
    the entity's names, and keeps apart people whose organizations differ.
    """

    def organization(self, org: Organization, text: str | None = None, people: Collection[str] = ()) -> str: ...

    def person(self, person: Person, organizations: set[str], article: str | None = None,
               named_here: Collection[str] = ()) -> str: ...


@dataclass(frozen=True)
class MintingResolver:
    """IRIs from names alone: the same name is the same node."""

    minter: Minter

    def organization(self, org: Organization, text: str | None = None, people: Collection[str] = ()) -> str:
        country = country_node_name(org.name) if not org.qualifier else None
        return self.minter.organization(country or org.name, org.qualifier)

    def person(self, person: Person, organizations: set[str], article: str | None = None,
               named_here: Collection[str] = ()) -> str:
        return self.minter.person(person.name, person.qualifier)


@dataclass
class _Writer:
    """Collects the quads of one article graph, without duplicates."""

    graph: NamedNode
    quads: dict[Quad, None] = field(default_factory=dict)

    def add(self, s: str, p: str, o: NamedNode | Literal | str) -> None:
        obj = NamedNode(o) if isinstance(o, str) else o
        self.quads[Quad(NamedNode(s), NamedNode(p), obj, self.graph)] = None

    def text(self, s: str, p: str, value: str) -> None:
        self.add(s, p, Literal(value))

    def day(self, s: str, p: str, value: date) -> None:
        self.add(s, p, Literal(value.isoformat(), datatype=_XSD_DATE))


def people_tied(facts: ArticleFacts) -> dict[str, set[str]]:
    """The people an article ties to each body, by the body's name (a post
    there, a signature for it): one of them known by another article's body
    of the same letters tells the two are one."""
    tied: dict[str, set[str]] = {}
    for holding in facts.posts:
        if holding.organization:
            tied.setdefault(holding.organization, set()).add(holding.person)
    for agreement in facts.agreements:
        for signature in agreement.signatures:
            if signature.on_behalf_of:
                tied.setdefault(signature.on_behalf_of, set()).add(signature.person)
    return tied


def map_article(
    article: Article,
    facts: ArticleFacts,
    minter: Minter,
    resolve: EntityResolver | None = None,
) -> list[Quad]:
    """All quads for one article, in its own named graph."""
    stem = article.stem
    out = _Writer(NamedNode(minter.graph(stem)))
    article_iri = minter.article(stem)

    resolver = resolve or MintingResolver(minter)
    iris: dict[tuple[str, str], str] = {}

    tied = people_tied(facts)

    def org_iri(name: str) -> str:
        key = ("org", name)
        if key not in iris:
            iris[key] = resolver.organization(facts.organization(name) or Organization(name=name), article.text,
                                              tied.get(name, set()))
        return iris[key]

    # a person's organizations, as this article states them, tell apart
    # namesakes: resolve every organization first
    known_by: dict[str, set[str]] = {}
    for holding in facts.posts:
        if holding.organization:
            known_by.setdefault(holding.person, set()).add(org_iri(holding.organization))
    for agreement in facts.agreements:
        for signature in agreement.signatures:
            if signature.on_behalf_of:
                known_by.setdefault(signature.person, set()).add(org_iri(signature.on_behalf_of))

    named_here = {org_iri(o.name) for o in facts.organizations}

    def person_iri(name: str) -> str:
        key = ("person", name)
        if key not in iris:
            person = facts.person(name) or Person(name=name)
            iris[key] = resolver.person(person, known_by.get(person.name, set()), stem, named_here)
        return iris[key]

    def span_node(kind: str, begin: int, end: int) -> str:
        """A NIF span of the article text (a phrase or a sentence)."""
        node = minter.mention(stem, begin, end)
        out.add(node, _TYPE.value, NIF + kind)
        out.text(node, NIF + "anchorOf", article.text[begin:end])
        out.add(node, NIF + "beginIndex", Literal(str(begin), datatype=_XSD_INT))
        out.add(node, NIF + "endIndex", Literal(str(end), datatype=_XSD_INT))
        out.add(node, NIF + "referenceContext", context)
        return node

    def evidence(node: str, spans: Iterable[Evidence]) -> None:
        for span in spans:
            mention = span_node("Phrase", span.start, span.end)
            out.add(node, GAF + "denotedBy", mention)
            out.add(mention, AGR + "sentence", span_node("Sentence", span.sentence_start, span.sentence_end))

    def curated(node: str, curation_file: str | None) -> None:
        """Mark a node as the word of a curation file, not of the article."""
        if not curation_file:
            return
        curation = minter.curation(curation_file)
        out.add(node, PROV + "wasAttributedTo", curation)
        out.add(curation, _TYPE.value, PROV + "Entity")
        out.add(curation, _TYPE.value, AGR + "Curation")
        out.text(curation, AGR + "fileName", curation_file)
        out.text(curation, SKOS + "prefLabel", f"Curation file {curation_file}")

    def stated(subject: str, predicate: str, obj: NamedNode | Literal | str, spans: Iterable[Evidence],
               curation_file: str | None = None) -> None:
        """Assert a plain triple and say where it comes from: the article's
        sentences, or the curation file that added it."""
        out.add(subject, predicate, obj)
        spans = list(spans)
        if spans or curation_file:
            value = obj.value if isinstance(obj, (NamedNode, Literal)) else obj
            node = minter.statement(subject, predicate, value)
            out.add(node, _TYPE.value, RDF + "Statement")
            out.add(node, RDF + "subject", subject)
            out.add(node, RDF + "predicate", predicate)
            out.add(node, RDF + "object", obj)
            if curation_file:
                out.add(node, DCTERMS + "source", minter.curation(curation_file))
                curated(node, curation_file)
            else:
                out.add(node, DCTERMS + "source", article_iri)
            evidence(node, spans)

    # --- the article and its graph
    context = f"{article_iri}#char=0,{len(article.text)}"
    out.add(article_iri, _TYPE.value, SCHEMA + "NewsArticle")
    out.add(article_iri, _TYPE.value, PROV + "Entity")
    out.text(article_iri, AGR + "fileName", article.file_name)
    out.text(article_iri, AGR + "contentHash", article.sha256)
    out.text(article_iri, SKOS + "prefLabel", clean_label(article.title or article.file_name))
    if article.title:
        out.text(article_iri, DCTERMS + "title", clean_label(article.title))
    if article.published:
        out.day(article_iri, DCTERMS + "issued", article.published)
    if article.source_department:
        out.text(article_iri, AGR + "sourceDepartment", clean_label(article.source_department))
    out.add(context, _TYPE.value, NIF + "Context")
    out.text(context, NIF + "isString", article.text)
    out.add(context, NIF + "sourceUrl", article_iri)
    graph = out.graph.value
    out.add(graph, _TYPE.value, PROV + "Bundle")
    out.add(graph, PROV + "wasDerivedFrom", article_iri)

    # --- entities
    for org in facts.organizations:
        iri = org_iri(org.name)
        out.add(iri, _TYPE.value, organization_class(org.name, org.kind))
        out.add(iri, _TYPE.value, ORG + "Organization")
        country = country_node_name(org.name) if not org.qualifier else None
        own_node = iri in (minter.organization(org.name, org.qualifier), country and minter.organization(country))
        _names(out, iri, own_node, org.name, org.aliases)
        out.add(iri, DCTERMS + "source", article_iri)
        curated(iri, org.curated_by)
        evidence(iri, org.evidence)
    for person in facts.people:
        iri = person_iri(person.name)
        out.add(iri, _TYPE.value, FOAF + "Person")
        out.text(iri, FOAF + "name", clean_label(person.name))
        # people resolve only to nodes of the same name: always their own label
        _names(out, iri, True, person.name, person.aliases)
        out.add(iri, DCTERMS + "source", article_iri)
        curated(iri, person.curated_by)
        evidence(iri, person.evidence)

    # --- posts
    posts_of: dict[tuple[str, str | None], str] = {}  # (person, org name) -> post IRI
    for holding in facts.posts:
        title = clean_label(holding.title)
        holder = person_iri(holding.person)
        role = minter.role(title)
        out.add(role, _TYPE.value, ORG + "Role")
        out.add(role, _TYPE.value, SKOS + "Concept")
        out.text(role, SKOS + "prefLabel", title)
        out.add(role, SKOS + "inScheme", AGR + "Roles")
        org_name = holding.organization
        post = minter.post(clean_label(org_name) if org_name else None, title)
        out.add(post, _TYPE.value, ORG + "Post")
        out.add(post, ORG + "role", role)
        label = f"{title} of {clean_label(org_name)}" if org_name else title
        out.text(post, SKOS + "prefLabel", label)
        out.add(holder, ORG + "holds", post)
        node = minter.holding(stem, holding.person, org_name, title)
        out.add(node, _TYPE.value, AGR + "PostHolding")
        out.add(node, ORG + "member", holder)
        out.add(node, ORG + "role", role)
        out.add(node, AGR + "post", post)
        out.add(node, DCTERMS + "source", minter.curation(holding.curated_by) if holding.curated_by else article_iri)
        curated(node, holding.curated_by)
        out.text(node, SKOS + "prefLabel", f"{clean_label(holding.person)}, {label}")
        if org_name:
            body = org_iri(org_name)
            out.add(post, ORG + "postIn", body)
            out.add(node, ORG + "organization", body)
            posts_of.setdefault((holding.person, org_name), post)
        if article.published:
            out.day(node, AGR + "observedOn", article.published)
        evidence(node, holding.evidence)

    # --- agreements
    for index, agreement in enumerate(facts.agreements, start=1):
        _map_agreement(out, minter, article_iri, stem, index, agreement, org_iri, person_iri, posts_of,
                       evidence, stated, curated)
    return list(out.quads)


def _names(out: _Writer, iri: str, own_node: bool, name: str, aliases: list[str]) -> None:
    """Labels of an entity. A node found under another name keeps its own
    preferred name: this article's name for it becomes an alternative."""
    preferred = clean_label(name)
    out.text(iri, SKOS + ("prefLabel" if own_node else "altLabel"), preferred)
    for alias in aliases:
        if clean_label(alias) != preferred:
            out.text(iri, SKOS + "altLabel", clean_label(alias))


def _map_agreement(out, minter, article_iri, stem, index, agreement: Agreement, org_iri, person_iri,
                   posts_of, evidence, stated, curated) -> None:
    iri = minter.agreement(stem, index)
    kind = clean_label(agreement.kind).casefold()
    kind_iri = minter.kind(kind)
    for cls in agreement_classes(kind):
        out.add(iri, _TYPE.value, cls)
    out.add(iri, _TYPE.value, AGR + "Agreement")
    out.add(iri, AGR + "kind", kind_iri)
    out.add(kind_iri, _TYPE.value, AGR + "AgreementKind")
    out.add(kind_iri, _TYPE.value, SKOS + "Concept")
    out.text(kind_iri, SKOS + "prefLabel", kind)
    out.add(kind_iri, SKOS + "inScheme", AGR + "AgreementKinds")
    parties = [clean_label(p) for p in agreement.parties]
    label = kind[:1].upper() + kind[1:]
    if parties:
        label += " between " + (", ".join(parties[:-1]) + " and " + parties[-1] if len(parties) > 1 else parties[0])
    out.text(iri, SKOS + "prefLabel", label)
    if agreement.title:
        out.text(iri, DCTERMS + "title", clean_label(agreement.title))
    out.add(iri, DCTERMS + "source", article_iri)
    curated(iri, agreement.curated_by)
    evidence(iri, agreement.evidence)
    for party in agreement.parties:
        stated(iri, AGR + "party", org_iri(party), agreement.party_evidence.get(party, []),
               agreement.curated.get(f"party:{party}"))
    for area in agreement.areas:
        area_label = clean_label(area)
        area_iri = minter.field(area_label)
        out.add(area_iri, _TYPE.value, AGR + "CooperationField")
        out.add(area_iri, _TYPE.value, SKOS + "Concept")
        out.text(area_iri, SKOS + "prefLabel", area_label)
        out.add(area_iri, SKOS + "inScheme", AGR + "CooperationFields")
        stated(iri, AGR + "area", area_iri, agreement.area_evidence.get(area, []), agreement.curated.get(f"area:{area}"))

    signing = f"{iri}/signing"
    out.add(signing, _TYPE.value, AGR + "Signing")
    out.text(signing, SKOS + "prefLabel", f"Signing of the {kind}")
    out.add(iri, PROV + "wasGeneratedBy", signing)
    if agreement.date:
        stated(signing, SCHEMA + "startDate", Literal(agreement.date.isoformat(), datatype=_XSD_DATE),
               agreement.date_evidence, agreement.curated.get("date"))
    if agreement.place:
        place_label = clean_label(agreement.place)
        place = minter.place(place_label)
        out.add(place, _TYPE.value, SCHEMA + "Place")
        out.text(place, SKOS + "prefLabel", place_label)
        out.text(place, SCHEMA + "name", place_label)
        stated(signing, SCHEMA + "location", place, agreement.place_evidence, agreement.curated.get("place"))
    for witness in agreement.witnesses:
        stated(signing, AGR + "witness", person_iri(witness), agreement.witness_evidence.get(witness, []),
               agreement.curated.get(f"witness:{witness}"))
    for number, signature in enumerate(agreement.signatures, start=1):
        node = f"{iri}/signature/{number}"
        out.add(node, _TYPE.value, AGR + "Signature")
        out.add(signing, AGR + "hasSignature", node)
        out.add(node, AGR + "signer", person_iri(signature.person))
        text = f"{clean_label(signature.person)} signs the {kind}"
        if signature.on_behalf_of:
            out.add(node, AGR + "onBehalfOf", org_iri(signature.on_behalf_of))
            text += f" for {clean_label(signature.on_behalf_of)}"
            post = posts_of.get((signature.person, signature.on_behalf_of))
            if post:
                out.add(node, AGR + "inCapacityOf", post)
        out.text(node, SKOS + "prefLabel", text)
        curated(node, signature.curated_by)
        evidence(node, signature.evidence)
