"""Remote stores: ``kg push`` into a real Oxigraph server on 127.0.0.1 and
``kg query --endpoint`` against it give what the embedded store gives."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import KgServer
from kg_inprocess import kg

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
SIC = "https://w3id.org/kg-agreements/id/organization/state-information-center"

# named queries and parameters compared between the embedded and the remote store
CASES = [
    ("agreements", {}), ("parties", {}), ("signatories", {}), ("witnesses", {}), ("posts", {}), ("areas", {}),
    ("partners-of", {"org": "SIC"}), ("agreements-of", {"org": "Shenzhen Anke Battery Technology Co., Ltd."}),
    ("busiest-signatories", {}), ("agreements-per-year", {}), ("agreements-per-kind", {}),
    ("agreements-in-field", {"field": "digital economy development"}), ("shared-people", {"org": "Gansu Province"}),
    ("career", {"person": "Cheng Xiaobo"}), ("post-holders", {"title": "Governor", "date": "2019-03-01"}),
    ("articles", {}), ("places", {}),
]


def table(out: str) -> list[tuple[str, ...]]:
    """CSV rows as a sorted list, so order among ties does not matter."""
    header, *rows = list(csv.reader(io.StringIO(out)))
    return [tuple(header)] + sorted(tuple(r) for r in rows)


def count(endpoint: str, sparql: str) -> int:
    from kg.remote import Endpoint

    rows = Endpoint.at(endpoint).select(sparql)
    return int(rows.rows[0][0].value)


@pytest.fixture(scope="module")
def pushed(gold_store: Path, oxigraph_server: str) -> str:
    result = kg("push", "--store", str(gold_store), "--endpoint", oxigraph_server, "--quiet")
    assert "19 graphs" in result.stderr and "graph store" in result.stderr
    return oxigraph_server


def test_push_puts_one_graph_per_article(pushed: str) -> None:
    graphs = count(pushed, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs == 19


def test_push_again_replaces_rather_than_duplicates(pushed: str, gold_store: Path) -> None:
    quads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = count(pushed, quads)
    kg("push", "--store", str(gold_store), "--endpoint", pushed + "/query", "--quiet")
    assert count(pushed, quads) == before


@pytest.mark.parametrize("name,params", CASES, ids=[c[0] for c in CASES])
def test_remote_answers_equal_embedded_answers(pushed: str, gold_store: Path, name: str, params: dict,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The command line's answers from the store and from the server it was
    pushed to (kg's ``main`` in this process: two processes per query took
    most of a minute; the tests around this one run ``kg`` as a process)."""
    from kg.cli import main

    extra = [arg for key, value in params.items() for arg in ("--param", f"{key}={value}")]
    answers = []
    for where in (["--store", str(gold_store)], ["--endpoint", pushed]):
        code = main(["query", *where, name, "--format", "csv", *extra])
        out, err = capsys.readouterr()
        assert code == 0, f"kg query {' '.join(where)} {name}: {err}"
        answers.append(out)
    local, remote = answers
    assert table(remote) == table(local)
    assert len(table(local)) > 1, f"{name}: the comparison should have rows to compare"


def test_remote_errors_name_the_endpoint(pushed: str) -> None:
    result = kg("query", "--endpoint", pushed, "partners-of", "--param", "org=Nobody Inc", check=False)
    assert result.returncode == 1 and "no organization is named 'Nobody Inc'" in result.stderr
    result = kg("query", "--endpoint", "http://127.0.0.1:9/query", "parties", check=False)
    assert result.returncode == 1 and "127.0.0.1:9" in result.stderr and "is the server running?" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.slow
def test_sparql_update_fallback_into_kg_serve(gold_store: Path, tmp_path: Path) -> None:
    """A server without a graph store (kg serve itself) is written with SPARQL Update."""
    target = tmp_path / "target"
    from test_serve import update_token

    with KgServer(target, "--allow-updates") as server:
        token = update_token(server)  # kg serve takes updates only with the token it printed
        refused = kg("push", "--store", str(gold_store), "--endpoint", server.sparql,
                     "--update-endpoint", server.sparql, "--quiet", check=False)
        assert refused.returncode == 1 and "401" in refused.stderr
        result = kg("push", "--store", str(gold_store), "--endpoint", server.sparql,
                    "--update-endpoint", server.sparql, "--quiet", "--token", token)
        assert "SPARQL Update" in result.stderr
        again = kg("push", "--store", str(gold_store), "--endpoint", server.sparql, "--update-endpoint",
                   server.sparql, "--sparql-update", "--quiet", "--token", token)
        assert "sent by SPARQL Update" in again.stderr and "graph store" not in again.stderr
        local = kg("query", "--store", str(gold_store), "parties", "--format", "csv").stdout
        remote = kg("query", "--endpoint", server.sparql, "parties", "--format", "csv").stdout
        assert table(remote) == table(local)


def test_a_store_pushed_without_inference_says_so(pushed: str, gold_store: Path, tmp_path: Path) -> None:
    """Pushed without --inferred, a query built on inferred facts would print
    a header and nothing else: it says what is missing and how to send it."""
    import shutil

    from kg.remote import Endpoint
    from kg.store import Store

    reasoned = tmp_path / "store"
    shutil.copytree(gold_store, reasoned)
    kg("infer", "--store", str(reasoned))
    with Store(reasoned, read_only=True) as store:
        inferred = store.minter.inferred_graph()
    kg("push", "--store", str(reasoned), "--endpoint", pushed, "--quiet")
    Endpoint.at(pushed).update(f"DROP SILENT GRAPH <{inferred}>")  # as if it had never been sent
    result = kg("query", "--endpoint", pushed, "partners", "--format", "csv", check=False)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "inferred graph was not sent" in result.stderr
    assert "kg push --inferred" in result.stderr
    kg("push", "--store", str(reasoned), "--endpoint", pushed, "--inferred", "--quiet")
    remote = kg("query", "--endpoint", pushed, "partners", "--format", "csv").stdout
    local = kg("query", "--store", str(reasoned), "partners", "--format", "csv").stdout
    assert table(remote) == table(local) and len(table(local)) > 1
