"""``kg network`` run as a user runs it: the real command on a real store,
its tables and files read back."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from conftest import load_gold
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "network" / "small"


def kg(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "kg", "network", *args], capture_output=True, text=True, cwd=ROOT)
    if ok and result.returncode != 0:
        raise AssertionError(f"kg network {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def table(result: subprocess.CompletedProcess) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("network-cli") / "store"
    with Store(path) as s:
        load_gold(s, FIXTURE)
    return str(path)


def test_top_by_degree_is_the_default(store):
    rows = table(kg("--store", store, "--top", "3"))
    assert [(r["rank"], r["name"], r["degree"]) for r in rows] == [
        ("1", "Cedar Energy Group", "3"), ("2", "Alder City Government", "2"), ("3", "Birch University", "2")]
    assert rows[0]["node"].endswith("/organization/cedar-energy-group")


def test_top_by_betweenness_and_pagerank(store):
    rows = table(kg("--store", store, "--by", "betweenness", "--top", "3"))
    assert [(r["name"], round(float(r["betweenness"]), 4)) for r in rows] == [
        ("Cedar Energy Group", 0.2857), ("Dogwood Bank", 0.2857), ("Elm Institute", 0.1905)]
    assert table(kg("--store", store, "--by", "pagerank", "--top", "1"))[0]["name"] == "Cedar Energy Group"


def test_selection_flags(store):
    rows = table(kg("--store", store, "--kind", "memorandum of understanding", "--from", "2018", "--top", "0"))
    assert {r["name"] for r in rows} == {"Alder City Government", "Birch University", "Elm Institute",
                                         "Fir Port Authority"}


def test_communities_and_components(store):
    rows = table(kg("--store", store, "--communities"))
    assert [(r["size"], set(r["members"].split("; "))) for r in rows] == [
        ("3", {"Alder City Government", "Birch University", "Cedar Energy Group"}),
        ("3", {"Dogwood Bank", "Elm Institute", "Fir Port Authority"}),
        ("2", {"Ginkgo Foundation", "Hazel College"})]
    assert [r["size"] for r in table(kg("--store", store, "--components"))] == ["6", "2"]


def test_path_as_table_and_csv(store):
    text = kg("--store", store, "--path", "Bo Wu", "Fay Sun", "--format", "table").stdout
    assert text.splitlines()[0] == "Bo Wu → Fay Sun: 5 steps"
    assert "  3. Cedar Energy Group signed a loan agreement with Dogwood Bank on 2019-07-15" in text
    rows = table(kg("--store", store, "--path", "Bo Wu", "Fay Sun"))
    assert [r["to_name"] for r in rows] == ["Birch University", "Cedar Energy Group", "Dogwood Bank",
                                            "Elm Institute", "Fay Sun"]


def test_growth_table(store):
    rows = table(kg("--store", store, "--growth"))
    assert [(r["year"], r["total_ties"]) for r in rows] == [
        ("2017", "1"), ("2018", "2"), ("2019", "4"), ("2020", "5"), ("2021", "6"), ("2022", "7")]


def test_outputs(store, tmp_path):
    for name in ("net.graphml", "net.gexf", "net.png", "net.svg", "net.html"):
        result = kg("--store", store, "--output", str(tmp_path / name))
        assert result.stdout == ""  # writing a file is the whole answer
        assert f"wrote 8 nodes and 7 links to {tmp_path / name}" in result.stderr
    assert nx.read_graphml(tmp_path / "net.graphml").number_of_edges() == 7
    assert nx.read_gexf(tmp_path / "net.gexf").number_of_nodes() == 8
    assert (tmp_path / "net.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Cedar Energy Group" in (tmp_path / "net.html").read_text(encoding="utf-8")


def test_ego_network_output(store, tmp_path):
    out = tmp_path / "ego.graphml"
    rows = table(kg("--store", store, "--projection", "entities", "--ego", "Dogwood Bank", "--output", str(out),
                    "--by", "degree"))
    assert {r["name"] for r in rows} == {"Dogwood Bank", "Cedar Energy Group", "Elm Institute", "Eva Ma"}
    assert nx.read_graphml(out).number_of_nodes() == 4


@pytest.mark.parametrize("args, message", [
    (("--path", "Nobody", "Bo Wu"), "no entity of that name"),
    (("--from", "2020-13"), "YYYY-MM-DD"),
    (("--output", "net.docx"), "unknown output type"),
    (("--growth", "--projection", "people"), "--growth follows the organization network"),
])
def test_errors_are_one_line(store, args, message):
    result = kg("--store", store, *args, ok=False)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith("kg network: ")


def test_missing_store(tmp_path):
    result = kg("--store", str(tmp_path / "none"), ok=False)
    assert result.returncode == 2 and "no kg store here" in result.stderr
