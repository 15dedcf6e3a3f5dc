"""The same networks from a remote SPARQL endpoint as from the embedded
store: the fixture is pushed (``kg push``) into a real Oxigraph server on
127.0.0.1, then every projection is built both ways and compared."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

import kg.network as kn
from conftest import ROOT, free_port, load_gold, oxigraph_binary, stop, wait_for
from kg.errors import KgError
from kg.store import Store

pytestmark = pytest.mark.server

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "network" / "small"
AGR = "https://w3id.org/kg-agreements/ontology#"
ORG = "https://w3id.org/kg-agreements/id/organization/"


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """(local store path, endpoint query URL). The server runs without
    --union-default-graph: the row source names the article graphs itself.
    An extra party sits in the inferred graph, to tell asserted from inferred."""
    binary = oxigraph_binary()
    folder = tmp_path_factory.mktemp("network-remote")
    local = folder / "store"
    with Store(local) as store:
        load_gold(store, FIXTURE)
        store.db.add(ox.Quad(ox.NamedNode("https://w3id.org/kg-agreements/id/agreement/net-ginkgo-hazel-2017/1"),
                             ox.NamedNode(AGR + "party"), ox.NamedNode(ORG + "alder-city-government"),
                             ox.NamedNode(store.minter.inferred_graph())))
    port = free_port()
    log = open(folder / "oxigraph.log", "w+")
    server = subprocess.Popen([binary, "serve", "--location", str(folder / "remote"), "--bind", f"127.0.0.1:{port}"],
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/query")
        pushed = subprocess.run([sys.executable, "-m", "kg", "push", "--store", str(local), "--endpoint", url,
                                 "--inferred", "--quiet"], capture_output=True, text=True, cwd=ROOT)
        assert pushed.returncode == 0, pushed.stderr
        yield local, url + "/query"
    finally:
        stop(server, log)


def same(G: nx.Graph, H: nx.Graph) -> None:
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert {frozenset((u, v)): a for u, v, a in G.edges(data=True)} == {
        frozenset((u, v)): a for u, v, a in H.edges(data=True)}


@pytest.mark.parametrize("projection", sorted(kn.PROJECTIONS))
@pytest.mark.parametrize("asserted_only", [False, True])
def test_every_projection_is_the_same_remotely(stores, projection, asserted_only):
    local, endpoint = stores
    here = kn.projection(projection, Store(local, read_only=True), asserted_only=asserted_only)
    there = kn.projection(projection, endpoint, asserted_only=asserted_only)
    same(here, there)


def test_selections_and_inferred_facts_remotely(stores):
    _, endpoint = stores
    G = kn.organization_graph(endpoint, field="education", start="2017", end="2018")
    assert {frozenset(e) for e in G.edges()} == {
        frozenset((ORG + "alder-city-government", ORG + "birch-university")),
        frozenset((ORG + "ginkgo-foundation", ORG + "hazel-college")),
        frozenset((ORG + "alder-city-government", ORG + "ginkgo-foundation")),
        frozenset((ORG + "alder-city-government", ORG + "hazel-college"))}
    asserted = kn.organization_graph(endpoint, asserted_only=True, field="education", start="2017", end="2018")
    assert asserted.number_of_edges() == 2


def test_cli_path_over_the_endpoint(stores):
    _, endpoint = stores
    result = subprocess.run([sys.executable, "-m", "kg", "network", "--endpoint", endpoint, "--path", "Bo Wu",
                             "Fay Sun", "--format", "table"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "  5. Fay Sun is Director of Elm Institute" in result.stdout


def test_unreachable_endpoint_is_a_one_line_error():
    port = free_port()
    with pytest.raises(KgError, match="check the endpoint URL"):
        kn.organization_graph(f"http://127.0.0.1:{port}/query")
