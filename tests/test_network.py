"""kg.network on real stores: the hand-made fixture (tests/fixtures/network,
whose README works every expected value out by hand) and the shared corpus's
gold facts. Real stores in, networkx graphs, tables and files out."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

import kg.network as kn
from conftest import load_gold
from kg.errors import KgError
from kg.store import Store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "network" / "small"
ORG = "https://w3id.org/kg-agreements/id/organization/"
PERSON = "https://w3id.org/kg-agreements/id/person/"
A, B, C, D, E, F, G, H = (ORG + s for s in (
    "alder-city-government", "birch-university", "cedar-energy-group", "dogwood-bank", "elm-institute",
    "fir-port-authority", "ginkgo-foundation", "hazel-college"))


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("network") / "store"
    with Store(path) as store:
        load_gold(store, FIXTURE)
    return path


@pytest.fixture(scope="module")
def store(small_store) -> Store:
    return Store(small_store, read_only=True)


@pytest.fixture(scope="module")
def orgs(store) -> nx.Graph:
    return kn.organization_graph(store)


def weights(G: nx.Graph) -> dict[frozenset, int]:
    return {frozenset((u, v)): w for u, v, w in G.edges(data="weight")}


# ------------------------------------------------------------ projections


def test_organization_projection_edges_are_shared_agreements(orgs):
    assert weights(orgs) == {frozenset((A, B)): 2, frozenset((A, C)): 2, frozenset((B, C)): 1,
                             frozenset((C, D)): 1, frozenset((D, E)): 1, frozenset((E, F)): 2,
                             frozenset((G, H)): 1}
    edge = orgs.edges[A, B]
    assert edge["dates"] == ["2018-05-10", "2020-01-20"]
    assert edge["kinds"] == ["memorandum of understanding", "cooperation agreement"]
    assert all("/agreement/" in a for a in edge["agreements"])
    assert orgs.nodes[C]["name"] == "Cedar Energy Group"
    assert orgs.nodes[C]["type"] == "organization"
    assert orgs.nodes[C]["agreements"] == 3
    assert orgs.nodes[E]["first"] == "2021-06-30"


def test_degrees_and_weighted_degrees(orgs):
    assert dict(orgs.degree()) == {A: 2, B: 2, C: 3, D: 2, E: 2, F: 1, G: 1, H: 1}
    assert dict(orgs.degree(weight="weight")) == {A: 4, B: 3, C: 4, D: 2, E: 3, F: 2, G: 1, H: 1}
    top = kn.rank(orgs, "weighted_degree", top=3)
    assert [(r["name"], r["value"]) for r in top] == [
        ("Alder City Government", 4), ("Cedar Energy Group", 4), ("Birch University", 3)]


@pytest.mark.parametrize("selection, expected", [
    ({"kind": "Memorandum of Understanding"}, {frozenset((A, B)): 1, frozenset((E, F)): 1, frozenset((G, H)): 1}),
    ({"field": "energy"}, {frozenset((A, C)): 2, frozenset((A, B)): 1, frozenset((B, C)): 1}),
    ({"start": "2020", "end": "2021"}, {frozenset((A, B)): 1, frozenset((A, C)): 1, frozenset((B, C)): 1,
                                         frozenset((E, F)): 1}),
    ({"start": "2022-05-05"}, {frozenset((D, E)): 1}),
])
def test_selections_restrict_agreements(store, selection, expected):
    assert weights(kn.organization_graph(store, **selection)) == expected


def test_posts_projection(store):
    P = kn.person_organization_graph(store)
    assert P.number_of_edges() == 10 and P.number_of_nodes() == 17
    assert P.edges[PERSON + "eva-ma", D]["titles"] == ["President"]
    assert P.edges[PERSON + "eva-ma", C]["titles"] == ["Vice Chairman"]
    assert {P.nodes[n]["bipartite"] for n in (A, PERSON + "ann-lee")} == {0, 1}
    # posts are dated by the article that states them; fields keep the people who signed in them
    assert set(kn.person_organization_graph(store, start="2020", end="2021").edges()) == {
        (PERSON + "fay-sun", E), (PERSON + "gus-ho", F)}
    port = kn.person_organization_graph(store, field="port logistics")
    assert {P.nodes[n]["name"] for n in port if P.nodes[n]["type"] == "person"} == {"Fay Sun", "Gus Ho"}


def test_agreement_party_projection(store):
    AP = kn.agreement_party_graph(store)
    agreements = [n for n, t in AP.nodes(data="type") if t == "agreement"]
    assert len(agreements) == 8 and AP.number_of_edges() == 17
    assert nx.is_bipartite(AP)
    tripartite = next(n for n in agreements if "net-tripartite-2020" in n)
    assert set(AP[tripartite]) == {A, B, C}
    assert AP.nodes[tripartite]["fields"] == ["education", "energy"]
    assert AP.nodes[tripartite]["date"] == "2020-01-20"


def test_people_projection(store):
    P = kn.people_graph(store)
    named = {frozenset((P.nodes[u]["name"], P.nodes[v]["name"])): w for u, v, w in P.edges(data="weight")}
    assert named == {
        frozenset(("Ann Lee", "Bo Wu")): 2, frozenset(("Ann Lee", "Cy Zhao")): 2, frozenset(("Bo Wu", "Cy Zhao")): 2,
        frozenset(("Ann Lee", "Dan Xu")): 2, frozenset(("Bo Wu", "Dan Xu")): 1, frozenset(("Cy Zhao", "Dan Xu")): 1,
        frozenset(("Dan Xu", "Eva Ma")): 1, frozenset(("Eva Ma", "Fay Sun")): 1, frozenset(("Fay Sun", "Gus Ho")): 2,
        frozenset(("Hal Qi", "Ivy Lu")): 1}
    assert P.nodes[PERSON + "cy-zhao"]["witnessed"] == 2 and P.nodes[PERSON + "cy-zhao"]["signed"] == 0
    assert P.degree(PERSON + "dan-xu") == 4


def test_asserted_only_leaves_inferred_facts_out(tmp_path):
    path = tmp_path / "store"
    with Store(path) as store:
        load_gold(store, FIXTURE)
        agreement = "https://w3id.org/kg-agreements/id/agreement/net-ginkgo-hazel-2017/1"
        inferred = ox.NamedNode(store.minter.inferred_graph())
        store.db.add(ox.Quad(ox.NamedNode(agreement), ox.NamedNode("https://w3id.org/kg-agreements/ontology#party"),
                             ox.NamedNode(A), inferred))
        with_inferred = kn.organization_graph(store)
        asserted = kn.organization_graph(store, asserted_only=True)
    assert with_inferred.has_edge(A, G) and with_inferred.has_edge(A, H)
    assert not asserted.has_edge(A, G) and asserted.number_of_edges() == 7


# ------------------------------------------------------------ measures


def test_betweenness_by_hand(orgs):
    values = kn.measure(orgs, "betweenness")
    assert values[C] == pytest.approx(6 / 21) and values[D] == pytest.approx(6 / 21)
    assert values[E] == pytest.approx(4 / 21)
    assert all(values[n] == 0 for n in (A, B, F, G, H))


def test_sampled_betweenness_is_repeatable(orgs):
    one = kn.measure(orgs, "betweenness", sample=4, seed=3)
    assert one == kn.measure(orgs, "betweenness", sample=4, seed=3)


def test_pagerank_sums_to_one_and_favours_hubs(orgs):
    values = kn.measure(orgs, "pagerank")
    assert sum(values.values()) == pytest.approx(1.0)
    assert max(values, key=values.get) == C


def test_louvain_split_matches_the_modularity_worked_by_hand(orgs):
    found = kn.communities(orgs, seed=0)
    assert {frozenset(c) for c in found} == {frozenset((A, B, C)), frozenset((D, E, F)), frozenset((G, H))}
    assert nx.community.modularity(orgs, found) == pytest.approx(0.465)


def test_components_and_ego(orgs):
    assert kn.components(orgs) == [{A, B, C, D, E, F}, {G, H}]
    ego = kn.ego_network(orgs, C)
    assert set(ego) == {A, B, C, D}
    assert set(kn.ego_network(orgs, C, radius=2)) == {A, B, C, D, E}
    with pytest.raises(KgError):
        kn.ego_network(orgs, ORG + "nobody")


def test_growth_year_by_year(orgs):
    rows = kn.growth(orgs)
    assert [(r["year"], r["organizations"], r["total_ties"], r["components"]) for r in rows] == [
        (2017, 2, 1, 1), (2018, 2, 2, 2), (2019, 3, 4, 2), (2020, 3, 5, 2), (2021, 2, 6, 3), (2022, 3, 7, 2)]
    assert rows[-1]["largest_component"] == 6 and rows[-1]["agreements"] == 2
    assert rows[2]["leader"] == "Cedar Energy Group"


# ------------------------------------------------------------ paths


def test_path_told_as_a_chain_of_facts(store):
    E_ = kn.entity_graph(store)
    path = kn.shortest_path(E_, "bo wu", "Fay Sun")
    assert path.names == ["Bo Wu", "Birch University", "Cedar Energy Group", "Dogwood Bank", "Elm Institute",
                          "Fay Sun"]
    assert path.explain() == (
        "Bo Wu is President of Birch University; "
        "Birch University signed a cooperation agreement with Cedar Energy Group on 2020-01-20; "
        "Cedar Energy Group signed a loan agreement with Dogwood Bank on 2019-07-15; "
        "Dogwood Bank signed a letter of intent with Elm Institute on 2022-05-05; "
        "Fay Sun is Director of Elm Institute")


def test_path_errors_say_what_to_do(store):
    E_ = kn.entity_graph(store)
    with pytest.raises(KgError, match="not connected"):
        kn.shortest_path(E_, "Bo Wu", "Hazel College")
    with pytest.raises(KgError, match="no entity of that name"):
        kn.shortest_path(E_, "Nobody Here", "Bo Wu")
    with pytest.raises(KgError, match="entities match"):
        kn.find_node(E_, "a")  # a part of many names


def test_bad_selection_is_a_one_line_error(store):
    with pytest.raises(KgError, match="YYYY"):
        kn.organization_graph(store, start="last year")
    with pytest.raises(KgError, match="earlier date first"):
        kn.organization_graph(store, start="2022", end="2019")
    with pytest.raises(KgError, match="no projection"):
        kn.projection("cities", store)
    with pytest.raises(KgError, match="no measure"):
        kn.rank(nx.Graph(), "fame")


def test_knowledge_graph_network_method(small_store):
    from kg.graph import KnowledgeGraph

    with KnowledgeGraph(small_store, read_only=True) as graph:
        G = graph.network("organizations", field="finance")
    assert weights(G) == {frozenset((C, D)): 1, frozenset((D, E)): 1}


# ------------------------------------------------------------ files


def test_graphml_and_gexf_read_back(orgs, tmp_path):
    kn.write(orgs, tmp_path / "net.graphml")
    kn.write(orgs, tmp_path / "net.gexf")
    for back in (nx.read_graphml(tmp_path / "net.graphml"), nx.read_gexf(tmp_path / "net.gexf")):
        assert set(back) == set(orgs)
        assert {frozenset((u, v)): int(w) for u, v, w in back.edges(data="weight")} == weights(orgs)
        assert back.nodes[C]["label"] == "Cedar Energy Group"
        assert "2018-05-10" in back.edges[A, B]["dates"]


def test_entity_graph_graphml_carries_the_facts(store, tmp_path):
    kn.write(kn.entity_graph(store), tmp_path / "entities.graphml")
    back = nx.read_graphml(tmp_path / "entities.graphml")
    assert "Eva Ma is President of Dogwood Bank" in back.edges[PERSON + "eva-ma", D]["facts"]


def _ink(png: Path) -> tuple[tuple[int, int], float]:
    from PIL import Image

    with Image.open(png) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:200])  # pixels darker than the light greys of faint edges
        return image.size, dark / (grey.size[0] * grey.size[1])


def test_png_has_the_asked_size_and_is_not_blank(orgs, tmp_path):
    out = kn.write(orgs, tmp_path / "net.png")
    size, ink = _ink(out)
    assert size == (1600, 1200)
    assert 0.003 < ink < 0.5
    small = kn.draw(orgs, tmp_path / "small.png", size=(800, 600))
    assert _ink(small)[0] == (800, 600)


def test_svg_names_the_nodes(orgs, tmp_path):
    text = kn.write(orgs, tmp_path / "net.svg").read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text


def test_the_same_network_draws_the_same_svg_in_every_process(tmp_path):
    """Layout, labels and file bytes do not depend on the process's string
    hashing: two runs of ``kg network`` give one file, byte for byte (the
    bundled corpus's network, many components, 164 nodes)."""
    import os
    import subprocess
    import sys

    from conftest import ARTICLES, GOLD

    with Store(tmp_path / "store") as bundled:
        load_gold(bundled, GOLD, ARTICLES)
    made = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}.svg"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "network", "--store", str(tmp_path / "store"), "--projection",
                        "entities", "--output", str(out)], check=True, env=env, capture_output=True)
        made.append(out.read_bytes())
    assert made[0] == made[1]
    assert b"@font-face" in made[0] and b"font-family: 'kg DejaVu Sans', 'DejaVu Sans'" in made[0]


def test_empty_selection_still_draws(store, tmp_path):
    G = kn.organization_graph(store, kind="treaty")
    assert G.number_of_nodes() == 0
    size, ink = _ink(kn.write(G, tmp_path / "empty.png"))
    assert size == (1600, 1200) and ink > 0


def test_unknown_output_type(orgs, tmp_path):
    with pytest.raises(KgError, match="unknown output type"):
        kn.write(orgs, tmp_path / "net.docx")


# ------------------------------------------------------------ the shared corpus


def test_corpus_organization_network(gold_store):
    store = Store(gold_store, read_only=True)
    G = kn.organization_graph(store)
    AP = kn.agreement_party_graph(store)
    agreements = [n for n, t in AP.nodes(data="type") if t == "agreement"]
    assert len(agreements) >= 19
    # every pair of parties of every agreement is an edge, and nothing else is
    expected = {frozenset((a, b)) for x in agreements for a in AP[x] for b in AP[x] if a != b}
    assert {frozenset(e) for e in G.edges()} == expected
    names = {G.nodes[n]["name"] for n in G}
    assert "State Information Center" in names
    sic = kn.find_node(G, "State Information Center")
    assert any("Xiangxi" in G.nodes[m]["name"] for m in G[sic])


def test_corpus_path_from_a_signer_to_the_other_side(gold_store):
    E_ = kn.entity_graph(Store(gold_store, read_only=True))
    path = kn.shortest_path(E_, "Cheng Xiaobo", "Long Xiaohua")
    text = path.explain()
    assert "State Information Center" in text and "strategic cooperation framework agreement" in text
    assert len(path) <= 3


def test_docstring_examples_run():
    import doctest
    import importlib

    for name in ("measures", "projections", "paths", "sources", "data", "files", "drawing", "html", "layout"):
        module = importlib.import_module(f"kg.network.{name}")
        assert doctest.testmod(module).failed == 0, name


def test_import_stays_light():
    import subprocess
    import sys

    code = ("import sys, kg.network, kg.cli_network; "
            "print(sorted(m for m in ('networkx', 'matplotlib', 'scipy', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_path_reads_in_its_own_direction(store):
    path = kn.shortest_path(kn.entity_graph(store), "Fay Sun", "Bo Wu")
    assert path.steps[1].sentence == "Elm Institute signed a letter of intent with Dogwood Bank on 2022-05-05"


def test_extracted_corpus_path(corpus_store):
    """On what the extractor reads from the bundled articles."""
    path = kn.shortest_path(kn.entity_graph(Store(corpus_store, read_only=True)), "State Information Center",
                            "Long Xiaohua")
    assert path.steps[0].sentence.startswith("State Information Center signed a strategic cooperation "
                                             "framework agreement with ")
    assert path.names[-1] == "Long Xiaohua" and len(path) == 2
