"""A malformed query is one line that says what to fix (issue 13 item 9):
through ``kg query`` here, through the endpoint and the page in
test_serve_page.py."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_an_undeclared_prefix_is_named_by_kg_query(gold_store: Path, tmp_path: Path) -> None:
    query = tmp_path / "people.rq"
    query.write_text("# born where?\nSELECT ?p ?place WHERE { ?p a foaf:Person ; dbo:birthPlace ?place }\n")
    result = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(gold_store), str(query)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert f"{query}: malformed SPARQL: prefix dbo: is not declared" in line
    assert "foaf:" in line and "\\u{" not in line


def test_an_update_given_to_kg_query_is_refused_as_an_update(gold_store: Path, tmp_path: Path) -> None:
    from kg.store import Store

    with Store(gold_store, read_only=True) as store:
        before = store.count()
    query = tmp_path / "wipe.rq"
    query.write_text("# not a question\nPREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }\n")
    result = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(gold_store), str(query)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "this is a SPARQL Update (DELETE), not a query: updates are not allowed here" in line
    with Store(gold_store, read_only=True) as store:
        assert store.count() == before
