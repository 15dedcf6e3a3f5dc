"""The fast paths of network analysis give what the plain ones give.

Labels of a few kinds, places and fields are looked up by name (a VALUES
block) rather than by a join over every agreement; unrestricted, the
parties' labels and classes skip the type check; sampled betweenness runs
a BFS level at a time with scipy. Each is held here to the plain path on a
small synthetic store: the same network data, the same betweenness as
networkx to rounding, the same ranking.
"""
from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

import kg.network as kn
from kg.network import data as network_data
from kg.network.measures import sampled_betweenness
from kg.network.sources import StoreSource
from kg.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.synthetic import load_synthetic

    with Store(tmp_path_factory.mktemp("netspeed") / "store") as built:
        load_synthetic(built, 120)
    opened = Store(built.path, read_only=True)
    yield opened
    opened.close()


def _fetch(store, **selection):
    return network_data.fetch(StoreSource(store), network_data.select(**selection))


def test_labels_by_name_equal_labels_by_pattern(store, monkeypatch):
    for selection in ({}, {"start": "2017", "end": "2019"}):
        fast = _fetch(store, **selection)
        monkeypatch.setattr(network_data, "_VALUES_AT_MOST", 0)  # every lookup by its pattern
        plain = _fetch(store, **selection)
        monkeypatch.undo()
        assert fast == plain
        assert fast.agreements and all(a.kind and a.place and a.fields for a in fast.agreements.values())


def test_unrestricted_parties_equal_a_restriction_that_keeps_everything(store):
    everything = _fetch(store)
    typed = _fetch(store, start=date(1900, 1, 1))  # a restriction: the type-checked queries
    assert typed.agreements == everything.agreements
    assert (typed.names, typed.categories, typed.organizations) == \
        (everything.names, everything.categories, everything.organizations)
    assert everything.categories and everything.names


def test_sampled_betweenness_equals_networkx(store):
    G = kn.organization_graph(StoreSource(store))
    assert G.number_of_nodes() > 20
    for k, seed in ((8, 0), (15, 3)):
        expected = nx.betweenness_centrality(G, k=k, seed=seed, normalized=True)
        found = kn.measure(G, "betweenness", sample=k, seed=seed)
        assert list(found) == list(expected)
        assert all(found[n] == pytest.approx(expected[n], rel=1e-10, abs=1e-15) for n in G)
        assert kn.rank(G, "betweenness", top=None, sample=k, seed=seed) == \
            kn.rank(G, "betweenness", top=None, sample=k, seed=seed)
        order = sorted(G, key=lambda n: (-round(expected[n], 10), n))
        assert sorted(G, key=lambda n: (-round(found[n], 10), n)) == order


def test_sampled_betweenness_on_loops_and_separate_parts():
    G = nx.disjoint_union(nx.gnm_random_graph(120, 300, seed=4), nx.cycle_graph(15))
    G.add_edges_from([(3, 3), (125, 125)])
    expected = nx.betweenness_centrality(G, k=20, seed=9, normalized=True)
    found = sampled_betweenness(G, 20, 9)
    assert all(found[n] == pytest.approx(expected[n], rel=1e-10, abs=1e-15) for n in G)
    assert any(found.values())
