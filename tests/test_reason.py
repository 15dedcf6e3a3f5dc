"""Inference: each axiom shown on the gold corpus, the fast engine equal to
owlrl, the inferred graph kept apart, and reasoning refused over data that
would make OWL RL merge two people."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from conftest import ARTICLES, GOLD, load_gold
from kg.reason.inference import infer, inferred_turtle
from kg.reason.reference import reference_inferred
from kg.store import Store
from kg.vocab import AGR, FOAF, ORG, OWL, PROV, RDF, RDFS

FIXTURES = Path(__file__).parent / "fixtures" / "reason"
ID = "https://w3id.org/kg-agreements/id/"


def load_trig(store: Store, path: Path) -> None:
    """Each graph of a TriG fixture stored as an article graph."""
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        graphs.setdefault(quad.graph_name.value, []).append(quad)
    for graph, quads in graphs.items():
        store.replace_graph(graph, quads)


def ask(store: Store, sparql: str, asserted_only: bool = False) -> bool:
    return bool(store.query(f"ASK {{ {sparql} }}", asserted_only=asserted_only))


def inferred_has(store: Store, s: str, p: str, o: str) -> bool:
    quad = (ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), ox.NamedNode(store.minter.inferred_graph()))
    return any(True for _ in store.db.quads_for_pattern(*quad))


@pytest.fixture(scope="module")
def reasoned(tmp_path_factory) -> Store:
    """The gold facts of the bundled corpus, reasoned over (a store of this module's own)."""
    path = tmp_path_factory.mktemp("reason") / "store"
    store = Store(path)
    load_gold(store, GOLD, ARTICLES)
    infer(store)
    yield store
    store.close()


# ------------------------------------------------------------------ axioms, on the corpus

SIC = ID + "organization/state-information-center"
XIANGXI_GOV = ID + "organization/peoples-government-of-xiangxi-tujia-and-miao-autonomous-prefecture-of-hunan-province"
SIC_AGREEMENT = ID + "agreement/sic-xiangxi-2019/1"
CHENG = ID + "person/cheng-xiaobo"


def test_inverse_party_to(reasoned):
    assert inferred_has(reasoned, SIC, AGR + "partyTo", SIC_AGREEMENT)
    # every asserted party has its inverse, in the inferred graph only
    assert not ask(reasoned, "?a agr:party ?o FILTER NOT EXISTS { ?o agr:partyTo ?a }")
    assert not ask(reasoned, "?o agr:partyTo ?a", asserted_only=True)


def test_inverse_post_properties(reasoned):
    assert not ask(reasoned, "?p org:holds ?post FILTER NOT EXISTS { ?post org:heldBy ?p }")
    assert not ask(reasoned, "?post org:postIn ?o FILTER NOT EXISTS { ?o org:hasPost ?post }")
    assert ask(reasoned, f"?post org:heldBy <{CHENG}> ; org:postIn <{SIC}>")


def test_parties_cooperate_symmetrically_never_with_themselves(reasoned):
    assert inferred_has(reasoned, SIC, AGR + "cooperatesWith", XIANGXI_GOV)
    assert inferred_has(reasoned, XIANGXI_GOV, AGR + "cooperatesWith", SIC)
    assert not ask(reasoned, "?a agr:cooperatesWith ?a")
    # exactly the pairs of distinct parties of some agreement
    pairs = {(r["a"].value, r["b"].value) for r in reasoned.query("SELECT ?a ?b WHERE { ?a agr:cooperatesWith ?b }")}
    expected = {(r["a"].value, r["b"].value) for r in reasoned.query(
        "SELECT DISTINCT ?a ?b WHERE { ?x agr:party ?a , ?b FILTER(?a != ?b) }", asserted_only=True)}
    assert pairs == expected and pairs


def test_signatory_chain_from_signing_to_signer(reasoned):
    assert inferred_has(reasoned, SIC_AGREEMENT, AGR + "signatory", CHENG)
    assert inferred_has(reasoned, CHENG, AGR + "signed", SIC_AGREEMENT)
    chained = {(r["a"].value, r["p"].value) for r in reasoned.query(
        "SELECT ?a ?p WHERE { ?a prov:wasGeneratedBy/agr:hasSignature/agr:signer ?p }", asserted_only=True)}
    derived = {(r["a"].value, r["p"].value) for r in reasoned.query("SELECT ?a ?p WHERE { ?a agr:signatory ?p }")}
    assert chained == derived and len(derived) >= 30


def test_member_of_from_holding_a_post(reasoned):
    assert inferred_has(reasoned, CHENG, ORG + "memberOf", SIC)
    assert inferred_has(reasoned, SIC, ORG + "hasMember", CHENG)
    assert not ask(reasoned, "?p org:holds/org:postIn ?o FILTER NOT EXISTS { ?p org:memberOf ?o }")


def test_class_hierarchies(reasoned):
    # agreement kinds: a strategic cooperation framework agreement is a cooperation agreement and a prov:Entity
    assert ask(reasoned, f"<{SIC_AGREEMENT}> a agr:StrategicCooperationAgreement", asserted_only=True)
    for cls in (AGR + "CooperationAgreement", AGR + "Agreement", PROV + "Entity"):
        assert ask(reasoned, f"<{SIC_AGREEMENT}> a <{cls}>"), cls
    assert inferred_has(reasoned, SIC_AGREEMENT, RDF + "type", AGR + "CooperationAgreement")
    # organization kinds: a company is a formal organization and an agent
    company = next(iter(reasoned.query("SELECT ?c WHERE { ?c a agr:Company }", asserted_only=True)))["c"].value
    assert inferred_has(reasoned, company, RDF + "type", ORG + "FormalOrganization")
    assert inferred_has(reasoned, company, RDF + "type", FOAF + "Agent")
    assert ask(reasoned, "?s a agr:Signing FILTER NOT EXISTS { ?s a schema:Event , prov:Activity }") is False
    assert ask(reasoned, "?h a agr:PostHolding FILTER NOT EXISTS { ?h a org:Membership }") is False


def test_sub_properties(reasoned):
    assert ask(reasoned, f'<{SIC}> rdfs:label "State Information Center"')
    assert not ask(reasoned, f'<{SIC}> rdfs:label "State Information Center"', asserted_only=True)
    assert not ask(reasoned, "?s skos:prefLabel ?l FILTER NOT EXISTS { ?s rdfs:label ?l }")
    assert not ask(reasoned, "?s agr:witness ?p FILTER NOT EXISTS { ?s schema:attendee ?p }")
    assert ask(reasoned, "?s agr:witness ?p")
    assert not ask(reasoned, "?a agr:area ?f FILTER NOT EXISTS { ?a dcterms:subject ?f }")


def test_department_agreements_are_the_parents_too(tmp_path):
    with Store(tmp_path / "store") as store:
        load_trig(store, FIXTURES / "departments.trig")
        infer(store)
        division = ID + "organization/port-logistics-division"
        bureau = ID + "organization/qinghe-transport-bureau"
        government = ID + "organization/qinghe-municipal-government"
        agreement = ID + "agreement/departments/1"
        sub = ORG + "transitiveSubOrganizationOf"
        assert inferred_has(store, division, sub, bureau)
        assert inferred_has(store, division, sub, government)  # transitive
        assert inferred_has(store, bureau, ORG + "hasSubOrganization", division)  # unitOf under subOrganizationOf
        assert inferred_has(store, division, RDF + "type", ORG + "OrganizationalUnit")
        for org in (division, bureau, government):
            assert inferred_has(store, agreement, AGR + "involves", org)
            assert inferred_has(store, org, AGR + "involvedIn", agreement)
        harbor = ID + "organization/harbor-shipping-co"
        assert not inferred_has(store, agreement, AGR + "involves", ID + "organization/nobody")
        assert inferred_has(store, harbor, AGR + "involvedIn", agreement)
        # the government did not sign: it cooperates with nobody
        assert not ask(store, f"<{government}> agr:cooperatesWith ?x")


# ------------------------------------------------------------------ owlrl is the reference


def _same_as_owlrl(store: Store) -> tuple[set, set]:
    fast = set(rdflib.Graph().parse(data=inferred_turtle(store), format="turtle"))
    data = ox.serialize(store.triples(asserted_only=True), format=ox.RdfFormat.N_TRIPLES)
    return fast, reference_inferred(data)


@pytest.mark.slow  # owlrl, the reference engine, takes seconds
def test_fast_engine_equals_owlrl_on_gold_facts(reasoned):
    fast, reference = _same_as_owlrl(reasoned)
    assert fast == reference
    assert len(fast) > 1500
    # property-chain facts are among them (the `reasonable` package missed those)
    assert any(p == rdflib.URIRef(AGR + "signatory") for _, p, _ in fast)


@pytest.mark.slow
def test_fast_engine_equals_owlrl_on_the_ingested_corpus(corpus_store):
    store = Store(corpus_store, read_only=True)
    fast, reference = _same_as_owlrl(store)
    assert fast == reference and fast


def test_fast_engine_equals_owlrl_on_sub_organizations(tmp_path):
    with Store(tmp_path / "store") as store:
        load_trig(store, FIXTURES / "departments.trig")
        fast, reference = _same_as_owlrl(store)
    assert fast == reference
    assert (rdflib.URIRef(ID + "agreement/departments/1"), rdflib.URIRef(AGR + "involves"),
            rdflib.URIRef(ID + "organization/qinghe-municipal-government")) in fast


@pytest.mark.slow  # owlrl, the reference engine, takes seconds
def test_fast_engine_equals_owlrl_on_a_synthetic_graph(tmp_path):
    """A scale check kept small (40 agreements) so the suite stays quick;
    bench/reason.py runs 1k and up."""
    from kg.synthetic import load_synthetic

    with Store(tmp_path / "store") as store:
        load_synthetic(store, 40)
        fast, reference = _same_as_owlrl(store)
    assert fast == reference and len(fast) > 1500


# ------------------------------------------------------------------ kept apart


def test_inferred_graph_is_new_triples_only_no_noise(reasoned):
    graph = ox.NamedNode(reasoned.minter.inferred_graph())
    quads = list(reasoned.db.quads_for_pattern(None, None, None, graph))
    assert quads
    for quad in quads:
        assert isinstance(quad.subject, ox.NamedNode)
        assert not isinstance(quad.object, ox.BlankNode)
        assert quad.predicate.value != OWL + "sameAs"
        assert quad.object != ox.NamedNode(OWL + "Thing")
        assert not any(True for _ in reasoned.db.quads_for_pattern(quad.subject, quad.predicate, quad.object,
                                                                  ox.DefaultGraph())), quad


def test_reinfer_writes_nothing_and_forgets_a_dropped_article(tmp_path):
    with Store(tmp_path / "store") as store:
        load_gold(store, GOLD, ARTICLES)
        first = infer(store)
        again = infer(store)
        assert (again.added, again.removed, again.inferred) == (0, 0, first.inferred)
        store.drop_graph(store.minter.graph("sic-xiangxi-2019"))
        after = infer(store)
        assert after.removed > 0 and after.added == 0
        assert not inferred_has(store, SIC, AGR + "partyTo", SIC_AGREEMENT)


def test_exports_leave_inferred_out_on_request_and_never_write_literal_subjects(reasoned, tmp_path):
    from kg.export import export

    full, asserted = tmp_path / "all.ttl", tmp_path / "asserted.ttl"
    export(reasoned, full, "turtle")
    export(reasoned, asserted, "turtle", asserted_only=True)
    g_full = rdflib.Graph().parse(full, format="turtle")
    g_asserted = rdflib.Graph().parse(asserted, format="turtle")
    party_to = rdflib.URIRef(AGR + "partyTo")
    assert any(True for _ in g_full.triples((None, party_to, None)))
    assert not any(True for _ in g_asserted.triples((None, party_to, None)))
    assert len(g_full) > len(g_asserted)
    for graph in (g_full, g_asserted):
        assert not any(isinstance(s, rdflib.Literal) for s in graph.subjects())


# ------------------------------------------------------------------ refusing to merge people


def test_two_members_of_one_membership_stop_reasoning(tmp_path):
    from kg.errors import ValidationError
    from kg.after_ingest import infer_after_ingest
    from kg.reason.inference import ReasoningError

    with Store(tmp_path / "store") as store:
        load_gold(store, GOLD, ARTICLES)
        infer(store)
        before = store.count()
        load_trig(store, FIXTURES / "two-members.trig")
        with pytest.raises(ValidationError, match=r"org:member.*two-members\.txt"):
            infer_after_ingest(store, [ID + "graph/two-members"])
        # the engine refuses too, even without SHACL, rather than merge Li Wei and Li Wen
        with pytest.raises(ReasoningError, match="functional property"):
            infer(store)
        # asserted data kept, inferred graph as it was
        assert ask(store, f"<{ID}person/li-wen> a foaf:Person", asserted_only=True)
        assert not ask(store, f"<{ID}person/li-wei> owl:sameAs <{ID}person/li-wen>")
        assert store.count() > before - 1


def test_ontology_axioms_outside_the_engine_are_refused(tmp_path):
    from kg.reason.rules import UnsupportedAxiom, load_rules

    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<http://x/A> rdfs:subClassOf [ a owl:Restriction ; owl:onProperty <http://x/p> ; "
        "owl:someValuesFrom <http://x/B> ] .\n", encoding="utf-8")
    with pytest.raises(UnsupportedAxiom, match="--engine owlrl"):
        load_rules(bad)


def test_ontology_is_inside_owl2_rl():
    """Every axiom of ontology/agreements.ttl is one an OWL 2 RL rule uses,
    on named terms: no restriction, union, cardinality or key to fall
    outside the profile; and the compiled engine understands all of it."""
    from kg.reason.rules import load_rules, ontology_path

    graph = rdflib.Graph().parse(ontology_path(), format="turtle")
    allowed_predicates = {RDFS + "subClassOf", RDFS + "subPropertyOf", RDFS + "domain", RDFS + "range",
                          OWL + "inverseOf", OWL + "propertyChainAxiom", RDF + "type", RDF + "first", RDF + "rest"}
    allowed_types = {OWL + t for t in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty",
                                       "Ontology", "SymmetricProperty", "TransitiveProperty", "FunctionalProperty")}
    for s, p, o in graph:
        if str(p).startswith((OWL, RDFS)) and str(p) not in (RDFS + "label", RDFS + "comment", OWL + "versionInfo", OWL + "versionIRI"):
            assert str(p) in allowed_predicates, (s, p, o)
            if str(p) != OWL + "propertyChainAxiom":
                assert isinstance(o, rdflib.URIRef), (s, p, o)
        if p == rdflib.RDF.type and str(o).startswith(OWL):
            assert str(o) in allowed_types, (s, o)
        if isinstance(s, rdflib.BNode):  # only the cells of property chains
            assert p in (rdflib.RDF.first, rdflib.RDF.rest), (s, p, o)
    rules = load_rules()
    assert len(rules.chains) == 4 and rules.transitive and rules.symmetric


def test_query_asserted_only_on_the_command_line(reasoned, tmp_path):
    import subprocess
    import sys

    # kg query opens the store read-only, beside this process's open writer;
    # copying a live RocksDB folder instead raced with its compactions
    reasoned.db.flush()
    out = reasoned.path

    def run(*args):
        return subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(out), "partners", "--format",
                               "csv", *args], capture_output=True, text=True, check=True).stdout.splitlines()

    assert len(run()) > 10
    assert run("--asserted-only") == ["org,org_name,partner,partner_name,agreements,first_date"]


def test_docstring_examples_run():
    import doctest

    import kg.reason

    assert doctest.testmod(kg.reason).failed == 0
