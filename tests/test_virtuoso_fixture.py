"""The suite's Virtuoso answers as the store tests expect: Graph Store PUT
per named graph, SPARQL update, and a default graph that is the union of
the named graphs."""
from __future__ import annotations

import urllib.parse
import urllib.request


def _select_csv(url: str, sparql: str) -> str:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": sparql}).encode(),
                                     headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.read().decode("utf-8")


def test_virtuoso_takes_graphs_and_updates_and_unions_them(virtuoso_server) -> None:
    put = urllib.request.Request(f"{virtuoso_server.graph_store}?graph-uri=http://example.org/g1",
                                 data=b"<http://example.org/a> <http://example.org/p> <http://example.org/b> .",
                                 method="PUT", headers={"Content-Type": "text/turtle"})
    with urllib.request.urlopen(put, timeout=30) as answer:
        assert answer.status in (200, 201, 204)
    update = urllib.parse.urlencode({"update": "INSERT DATA { GRAPH <http://example.org/g2> { "
                                               "<http://example.org/b> <http://example.org/p> <http://example.org/c> } }"})
    with urllib.request.urlopen(urllib.request.Request(virtuoso_server.sparql, data=update.encode()), timeout=30):
        pass
    rows = _select_csv(virtuoso_server.sparql, "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s")
    assert rows.split() == ['"s","o"', '"http://example.org/a","http://example.org/b"',
                            '"http://example.org/b","http://example.org/c"']
