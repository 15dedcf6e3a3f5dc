"""The query page as a user meets it: ``kg serve`` on 127.0.0.1 and a real
headless Chromium (issue 12 item 3, issue 13 item 9)."""
from __future__ import annotations

import html
import re
import urllib.parse
from pathlib import Path

import pytest

from conftest import KgServer
from test_serve import get

SIC = "https://w3id.org/kg-agreements/id/organization/state-information-center"


@pytest.fixture(scope="module")
def server(gold_store: Path):
    with KgServer(gold_store, "--row-limit", "50") as running:
        yield running


def page(server: KgServer, **params: str) -> str:
    from browser import dump_dom

    dom = dump_dom(f"{server.url}/?{urllib.parse.urlencode(params)}", budget_ms=8000)
    assert 'data-ready="true"' in dom, dom[-2000:]
    return dom


def rows(dom: str) -> list[list[str]]:
    body = re.search(r"<tbody>(.*?)</tbody>", dom, re.S)
    assert body, "no result table"
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
            for tr in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)]


def href(dom: str, element_id: str) -> str:
    match = re.search(rf'<a id="{element_id}" href="([^"]*)"', dom)
    assert match, f"no link #{element_id}"
    return html.unescape(match.group(1))


def test_only_web_iris_become_links(server: KgServer) -> None:
    query = (f"SELECT ?x WHERE {{ VALUES ?x {{ <javascript:alert(document.domain)> <data:text/html,hi> <{SIC}> }} }}")
    dom = page(server, query=query, run="1")
    assert [r[0] for r in rows(dom)] == ["javascript:alert(document.domain)", "data:text/html,hi",
                                         "organization/state-information-center"]
    assert 'href="javascript:' not in dom.lower() and 'href="data:' not in dom.lower()
    assert f'href="{SIC}"' in dom


def test_a_select_is_highlighted_sortable_downloadable_and_shareable(server: KgServer) -> None:
    dom = page(server, run="1")  # the page's own example query, run from a bare link
    assert '<span class="tok-kw">SELECT</span>' in dom and '<span class="tok-var">?agreement</span>' in dom
    assert '<span class="tok-pname">agr:Agreement</span>' in dom
    # the address now holds the query that ran, so the result can be shared
    shared = urllib.parse.urlsplit(href(dom, "share"))
    shared_params = urllib.parse.parse_qs(shared.query)
    assert shared_params["run"] == ["1"] and "agr:kind/skos:prefLabel ?kind" in shared_params["query"][0]
    # sorted by a column, descending, from the link; the order survives in the link
    kinds = page(server, query=shared_params["query"][0], sort="-kind", run="1")
    column = [r[1] for r in rows(kinds)]
    assert column == sorted(column, reverse=True) and len(set(column)) > 1
    assert 'aria-sort="descending"' in kinds
    assert "sort=-kind" in href(kinds, "share")
    # each download link fetches the same answer in its format
    for link_id, media, check in (("dl-csv", "text/csv", lambda t: t.splitlines()[0] == "agreement,kind"),
                                  ("dl-tsv", "text/tab-separated-values", lambda t: t.startswith("?agreement\t?kind")),
                                  ("dl-json", "application/sparql-results+json", lambda t: '"vars"' in t)):
        status, headers, body = get(server.url + href(dom, link_id))
        assert status == 200 and headers["Content-Type"].startswith(media) and check(body.decode()), link_id


def test_numbers_sort_by_value(server: KgServer) -> None:
    dom = page(server, query="SELECT ?n ?s WHERE { VALUES (?n ?s) { (10 'ten') (9 'nine') (100 'hundred') } }",
               sort="n", run="1")
    assert [r[0] for r in rows(dom)] == ["9", "10", "100"]


def test_a_construct_is_shown_as_turtle_and_downloadable(server: KgServer) -> None:
    import rdflib

    query = ("CONSTRUCT { ?o skos:prefLabel ?n } WHERE { ?o a org:Organization ; skos:prefLabel ?n "
             "FILTER(STRSTARTS(?n, 'State')) }")
    dom = page(server, query=query, run="1")
    graph_pre = re.search(r'<pre id="graph">(.*?)</pre>', dom, re.S)
    assert graph_pre, "the graph is not shown"
    text = html.unescape(re.sub(r"<[^>]+>", "", graph_pre.group(1)))
    assert "State Information Center" in text and "skos:prefLabel" in text
    assert '<span class="tok-pname">skos:prefLabel</span>' in graph_pre.group(1)
    assert re.search(r"a graph of \d+ triples? \(Turtle\)", dom)
    status, headers, body = get(server.url + href(dom, "dl-turtle"))
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    labels = {str(o) for o in rdflib.Graph().parse(data=body.decode(), format="turtle").objects()}
    assert "State Information Center" in labels


def test_an_undeclared_prefix_is_named_and_the_declared_ones_are_shown(server: KgServer) -> None:
    dom = page(server, query="SELECT ?s WHERE { ?s dbo:birthPlace ?o }", run="1")
    status = re.search(r'<span id="status" role="status" class="error">(.*?)</span>', dom, re.S)
    assert status and "prefix dbo: is not declared" in html.unescape(status.group(1))
    assert "\n" not in status.group(1).strip()
    listed = html.unescape(re.search(r'<pre id="prefix-list">(.*?)</pre>', dom, re.S).group(1))
    assert "PREFIX agr: <https://w3id.org/kg-agreements/ontology#>" in listed.splitlines()
    assert "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>" in listed.splitlines()
