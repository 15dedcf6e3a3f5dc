"""``kg serve`` as its users meet it: a real server process on 127.0.0.1,
asked by SPARQLWrapper, plain HTTP and a real headless Chromium."""
from __future__ import annotations

import csv
import io
import re
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper

from conftest import ARTICLES, GOLD, KgServer, load_gold

pytestmark = pytest.mark.server

SIC = "https://w3id.org/kg-agreements/id/organization/state-information-center"
COUNT_AGREEMENTS = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a agr:Agreement }"


@pytest.fixture(scope="module")
def server(gold_store: Path):
    with KgServer(gold_store, "--row-limit", "50", "--timeout", "3") as running:
        yield running


def get(url: str, accept: str | None = None, method: str = "GET", data: bytes | None = None,
        content_type: str | None = None, headers: dict[str, str] | None = None):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if accept:
        request.add_header("Accept", accept)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()  # header names are case-insensitive
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def update_token(server: KgServer) -> str:
    """The update token the server printed at start-up, read from its log
    as a user reads it from the terminal."""
    import re

    server.log.flush()
    text = Path(server.log.name).read_text(encoding="utf-8")
    match = re.search(r"Authorization: Bearer ([\w-]+)", text)
    assert match, f"kg serve printed no update token: {text!r}"
    return match.group(1)


def sparql_wrapper(server: KgServer, query: str, fmt: str, method: str = "GET"):
    wrapper = SPARQLWrapper(server.sparql)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    if method == "POST":
        wrapper.setMethod(POST)
    return wrapper.query().convert()


def test_select_through_sparqlwrapper_in_every_results_format(server: KgServer) -> None:
    document = sparql_wrapper(server, COUNT_AGREEMENTS, JSON)
    assert document["results"]["bindings"][0]["n"]["value"] == "20"
    xml = sparql_wrapper(server, COUNT_AGREEMENTS, XML, method="POST")
    assert xml.getElementsByTagName("literal")[0].firstChild.data == "20"
    table = sparql_wrapper(server, COUNT_AGREEMENTS, CSV).decode()
    assert table.splitlines() == ["n", "20"]
    tsv = sparql_wrapper(server, COUNT_AGREEMENTS, TSV).decode()
    assert tsv.splitlines()[0] == "?n" and tsv.splitlines()[1].startswith("20")


def test_post_form_and_direct_body_agree(server: KgServer) -> None:
    form = urllib.parse.urlencode({"query": COUNT_AGREEMENTS}).encode()
    status, _, body = get(server.sparql, "application/sparql-results+json", "POST", form,
                          "application/x-www-form-urlencoded")
    assert status == 200
    status2, _, body2 = get(server.sparql, "application/sparql-results+json", "POST", COUNT_AGREEMENTS.encode(),
                            "application/sparql-query")
    assert status2 == 200 and json.loads(body) == json.loads(body2)


def test_graphs_by_content_negotiation(server: KgServer) -> None:
    import rdflib

    query = urllib.parse.quote(f"DESCRIBE <{SIC}>")
    for accept, rdflib_format in (("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                  ("application/ld+json", "json-ld")):
        status, headers, body = get(f"{server.sparql}?query={query}", accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        graph = rdflib.Graph().parse(data=body.decode(), format=rdflib_format)
        labels = {str(o) for o in graph.objects(rdflib.URIRef(SIC),
                                                rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))}
        assert labels == {"State Information Center"}


def test_service_description_and_cors(server: KgServer) -> None:
    import rdflib

    status, headers, body = get(server.sparql, "text/turtle")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    graph = rdflib.Graph().parse(data=body.decode(), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) not in graph
    status, headers, _ = get(server.sparql, method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_row_limit_is_announced(server: KgServer) -> None:
    query = urllib.parse.quote("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    status, headers, body = get(f"{server.sparql}?query={query}", "application/sparql-results+json")
    assert status == 200
    assert headers["X-KG-Truncated"] == "true" and headers["X-KG-Row-Limit"] == "50"
    document = json.loads(body)
    assert len(document["results"]["bindings"]) == 50 and document["kg"]["truncated"] is True
    status, headers, body = get(f"{server.sparql}?query={query}&format=csv")
    assert headers["X-KG-Truncated"] == "true" and len(list(csv.reader(io.StringIO(body.decode())))) == 51


def test_a_sorted_answer_cut_at_the_row_limit_is_the_head_of_the_whole_order(server: KgServer, gold_store: Path) -> None:
    """kg sorts a final ORDER BY itself: the 50 rows the server returns must
    be the first 50 of the store's own complete sort, not 50 sorted rows."""
    from kg.store import Store

    text = "SELECT ?name ?o WHERE { ?o skos:prefLabel ?name } ORDER BY DESC(?name) ?o"
    status, headers, body = get(f"{server.sparql}?query={urllib.parse.quote(text)}&format=csv")
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    served = [row[0] for row in list(csv.reader(io.StringIO(body.decode())))[1:]]
    with Store(gold_store, read_only=True) as store:
        whole = [solution["name"].value for solution in store.query(text)]
    assert len(served) == 50 and served == whole[:50]


def test_time_limit_stops_a_runaway_query_and_the_server_carries_on(server: KgServer) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, headers, body = get(f"{server.sparql}?query={urllib.parse.quote(runaway)}")
    assert status == 503 and "time limit of 3 s" in body.decode()
    assert time.monotonic() - started < 15
    assert sparql_wrapper(server, COUNT_AGREEMENTS, JSON)["results"]["bindings"][0]["n"]["value"] == "20"


def test_the_time_limit_counts_the_query_not_the_start_of_its_worker(gold_store: Path) -> None:
    # A worker process takes a second or more to start (imports, opening the store); a slow machine
    # more. With a time limit shorter than that, the first query, and the first after a worker was
    # replaced for running over, must still be answered: the limit measures the query alone.
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with KgServer(gold_store, "--workers", "1", "--timeout", "0.5") as running:
        assert sparql_wrapper(running, COUNT_AGREEMENTS, JSON)["results"]["bindings"][0]["n"]["value"] == "20"
        status, _, body = get(f"{running.sparql}?query={urllib.parse.quote(runaway)}")
        assert status == 503 and "time limit of 0.5 s" in body.decode()
        status, _, body = get(f"{running.url}/queries/partners-of?org=SIC", "text/csv")
        assert status == 200 and len(list(csv.DictReader(io.StringIO(body.decode())))) == 1


def test_errors_are_one_line_and_updates_are_refused(server: KgServer) -> None:
    status, _, body = get(f"{server.sparql}?query={urllib.parse.quote('SELECT WHERE {')}")
    assert status == 400 and "malformed SPARQL" in body.decode()
    update = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    status, _, body = get(server.sparql, method="POST", data=update, content_type="application/x-www-form-urlencoded")
    assert status == 403 and "--allow-updates" in body.decode()


def test_named_queries_over_http_with_a_name_parameter(server: KgServer) -> None:
    status, _, body = get(f"{server.url}/queries")
    listing = {q["name"]: q for q in json.loads(body)}
    assert "org" in listing["partners-of"]["parameters"]
    status, _, body = get(f"{server.url}/queries/partners-of?org=SIC", "text/csv")
    (row,) = list(csv.DictReader(io.StringIO(body.decode())))
    assert row["org"] == SIC and "Xiangxi" in row["partner_name"]
    status, _, body = get(f"{server.url}/queries/partners-of?org=Nobody%20Inc")
    assert status == 400 and "no organization is named" in body.decode()


def test_updates_when_enabled(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with KgServer(store, "--allow-updates") as running:
        update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }"
        status, _, _ = get(running.sparql, method="POST", data=update.encode(), content_type="application/sparql-update",
                           headers={"Authorization": f"Bearer {update_token(running)}"})
        assert status == 204
        answer = sparql_wrapper(running, "SELECT ?o WHERE { <urn:a> <urn:b> ?o }", JSON)
        assert answer["results"]["bindings"][0]["o"]["value"] == "c"


def test_a_read_only_server_sees_what_is_written_beside_it(tmp_path: Path) -> None:
    from kg.store import Store

    store_path = tmp_path / "store"
    with Store(store_path) as store:
        load_gold(store, _one(tmp_path, "sic-xiangxi-2019"), ARTICLES)
    with KgServer(store_path) as running:
        assert sparql_wrapper(running, COUNT_AGREEMENTS, JSON)["results"]["bindings"][0]["n"]["value"] == "1"
        with Store(store_path) as writer:  # another process writes while the server runs
            load_gold(writer, _one(tmp_path, "ghana-adf-loan-2018"), ARTICLES)
        assert sparql_wrapper(running, COUNT_AGREEMENTS, JSON)["results"]["bindings"][0]["n"]["value"] == "2"


def _one(tmp_path: Path, stem: str) -> Path:
    """A gold folder holding one file."""
    folder = tmp_path / f"gold-{stem}"
    folder.mkdir(exist_ok=True)
    (folder / f"{stem}.yaml").write_text((GOLD / f"{stem}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


# ------------------------------------------------------------ the page


@pytest.mark.browser
def test_query_page_in_headless_chromium(server: KgServer) -> None:
    from browser import dump_dom

    dom = dump_dom(f"{server.url}/?name=partners-of&org=State%20Information%20Center&run=1", budget_ms=8000)
    assert 'data-ready="true"' in dom
    assert "People's Government of Xiangxi" in dom or "People&#39;s Government of Xiangxi" in dom
    assert "1 row" in dom
    own = urllib.parse.quote("SELECT ?kind WHERE { ?a agr:kind/skos:prefLabel ?kind } ORDER BY ?kind LIMIT 3")
    dom = dump_dom(f"{server.url}/?query={own}&run=1", budget_ms=8000)
    assert re.search(r"<th[^>]*>kind</th>", dom) and "3 rows" in dom


def test_query_page_needs_nothing_from_the_internet() -> None:
    from kg.resources import web_dir

    for file in web_dir().iterdir():
        text = file.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, f"{file.name} refers to the internet"


def test_nif_offsets_in_a_construct_answer_are_non_negative_integers(corpus_store: Path) -> None:
    """A CONSTRUCT over HTTP types NIF offsets as NIF does, as ``kg export`` and ``kg push`` do."""
    import rdflib

    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    query = f"CONSTRUCT {{ ?s <{nif}beginIndex> ?b ; <{nif}endIndex> ?e }} WHERE {{ ?s <{nif}beginIndex> ?b ; <{nif}endIndex> ?e }}"
    with KgServer(corpus_store, "--row-limit", "400") as running:
        for accept, syntax in (("application/n-triples", "nt"), ("text/turtle", "turtle")):
            status, _, body = get(f"{running.sparql}?query={urllib.parse.quote(query)}", accept)
            assert status == 200
            graph = rdflib.Graph().parse(data=body.decode(), format=syntax)
            offsets = list(graph.objects())
            assert len(offsets) > 50
            assert {o.datatype for o in offsets} == {rdflib.XSD.nonNegativeInteger}
            assert all(o.toPython() >= 0 for o in offsets)
