"""The endpoint's defences, each tried the way an attacker would: real
requests to a real ``kg serve`` on 127.0.0.1, a real listener standing in
for an internal service, raw sockets for malformed HTTP (issue 12)."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import ARTICLES, ROOT, KgServer, load_gold
from test_serve import _one, get, update_token

pytestmark = pytest.mark.server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


class Listener:
    """An HTTP service on 127.0.0.1 that records every request it gets and
    answers like a SPARQL endpoint with one row, so that a request that does
    reach it is visible in the answer too."""

    def __init__(self):
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                outer.requests.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                body = json.dumps({"head": {"vars": ["x"]},
                                   "results": {"bindings": [{"x": {"type": "literal", "value": "internal secret"}}]}})
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/internal-admin"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def listener():
    running = Listener()
    yield running
    running.close()


@pytest.fixture(scope="module")
def server(gold_store: Path):
    with KgServer(gold_store, "--timeout", "10") as running:
        yield running


def _service_queries(url: str) -> list[str]:
    """The same SERVICE call written the ways a query can write it."""
    host = url.split("/internal-admin")[0]
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX in: <{host}/> SELECT * WHERE {{ SERVICE in:internal-admin {{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"BASE <{host}/> SELECT * WHERE {{ ?a ?b ?c . SERVICE <internal-admin> {{ ?s ?p ?o }} }} LIMIT 1",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?where) SERVICE ?where {{ ?s ?p ?o }} }}",
    ]


# ------------------------------------------------------------ 1. SERVICE


def test_service_is_refused_by_the_endpoint_and_nothing_is_fetched(server: KgServer, listener: Listener) -> None:
    for query in _service_queries(listener.url):
        status, headers, body = get(f"{server.sparql}?query={urllib.parse.quote(query)}")
        assert status == 400, (query, body)
        assert "is not allowed" in body.decode() and "--allow-service" in body.decode()
        assert len(body.decode().strip().splitlines()) == 1
        form = urllib.parse.urlencode({"query": query}).encode()
        status, _, _ = get(server.url + "/query", method="POST", data=form,
                           content_type="application/x-www-form-urlencoded")
        assert status == 400
    assert listener.requests == []


def test_service_words_in_strings_names_and_comments_are_no_service(server: KgServer) -> None:
    query = ("SELECT ?service WHERE { BIND('SERVICE <http://127.0.0.1:1/>' AS ?service) } # SERVICE <http://x/>")
    status, _, body = get(f"{server.sparql}?query={urllib.parse.quote(query)}", "application/sparql-results+json")
    assert status == 200 and "SERVICE <http://127.0.0.1:1/>" in body.decode()


def test_kg_query_refuses_service_unless_the_endpoint_is_named(gold_store: Path, listener: Listener,
                                                               tmp_path: Path) -> None:
    query = tmp_path / "federated.rq"
    query.write_text(f"# asks another endpoint\nSELECT ?x WHERE {{ SERVICE <{listener.url}> {{ ?x ?p ?o }} }}\n")
    command = [sys.executable, "-m", "kg", "query", "--store", str(gold_store), str(query), "--format", "csv"]
    refused = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and f"SERVICE <{listener.url}> is not allowed" in refused.stderr
    assert listener.requests == []
    allowed = subprocess.run([*command, "--allow-service", listener.url], capture_output=True, text=True,
                             timeout=120, cwd=ROOT)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.splitlines() == ["x", "internal secret"] and len(listener.requests) == 1


def test_python_api_refuses_service(gold_store: Path, listener: Listener) -> None:
    import kg
    from kg.errors import QueryError

    graph = kg.KnowledgeGraph(gold_store, read_only=True)
    for query in _service_queries(listener.url):
        with pytest.raises(QueryError, match="is not allowed"):
            graph.query(query)
    assert listener.requests == []
    trusting = kg.KnowledgeGraph(gold_store, read_only=True, allow_service=[listener.url])
    rows = trusting.query(f"SELECT ?x WHERE {{ SERVICE <{listener.url}> {{ ?x ?p ?o }} }}")
    assert rows.dicts() == [{"x": "internal secret"}] and len(listener.requests) == 1


def test_a_named_endpoint_is_reached_through_kg_serve(gold_store: Path, listener: Listener) -> None:
    with KgServer(gold_store, "--allow-service", listener.url) as running:
        query = f"SELECT ?x WHERE {{ SERVICE <{listener.url}> {{ ?x ?p ?o }} }}"
        status, _, body = get(f"{running.sparql}?query={urllib.parse.quote(query)}&format=csv")
        assert status == 200 and body.decode().splitlines() == ["x", "internal secret"]
        other = query.replace("/internal-admin", "/elsewhere")
        status, _, _ = get(f"{running.sparql}?query={urllib.parse.quote(other)}")
        assert status == 400
    assert listener.requests and all("elsewhere" not in r for r in listener.requests)


# ------------------------------------------------------------ 2. updates


@pytest.fixture()
def writable(tmp_path: Path):
    from kg.store import Store

    store_path = tmp_path / "store"
    with Store(store_path) as store:
        load_gold(store, _one(tmp_path, "sic-xiangxi-2019"), ARTICLES)
    with KgServer(store_path, "--allow-updates") as running:
        yield running


def _count(server: KgServer) -> int:
    status, _, body = get(f"{server.sparql}?query={urllib.parse.quote(COUNT)}", "application/sparql-results+json")
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_cross_site_drop_all_is_refused_and_the_store_is_unchanged(writable: KgServer, listener: Listener) -> None:
    before = _count(writable)
    assert before > 100
    token = update_token(writable)
    evil = {"Origin": "http://evil.example"}
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    attempts = [
        # what any web page can send without a preflight: a form, with or without the token guessed
        (dict(data=form, content_type="application/x-www-form-urlencoded", headers=evil), 403),
        (dict(data=b"update=DROP+ALL", content_type="text/plain", headers=evil), 415),
        (dict(data=form, content_type="application/x-www-form-urlencoded"), 415),
        (dict(data=b"DROP ALL", content_type="application/sparql-update", headers=evil), 403),
        (dict(data=b"DROP ALL", content_type="application/sparql-update",
              headers={**evil, "Authorization": f"Bearer {token}"}), 403),
        (dict(data=b"DROP ALL", content_type="application/sparql-update",
              headers={"Origin": f"http://localhost:{writable.port + 1}"}), 403),
        # a command-line client without the token, or with a wrong one
        (dict(data=b"DROP ALL", content_type="application/sparql-update"), 401),
        (dict(data=b"DROP ALL", content_type="application/sparql-update",
              headers={"Authorization": "Bearer " + token[:-1] + ("x" if token[-1] != "x" else "y")}), 401),
        # the token opens updates, not SERVICE or LOAD to unnamed places
        (dict(data=f"LOAD <{listener.url}> INTO GRAPH <urn:x>".encode(), content_type="application/sparql-update",
              headers={"Authorization": f"Bearer {token}"}), 400),
    ]
    for options, expected in attempts:
        status, headers, body = get(writable.sparql, method="POST", **options)
        assert status == expected, (options, status, body)
        assert "Access-Control-Allow-Origin" not in headers
        assert len(body.decode().strip().splitlines()) == 1
    assert _count(writable) == before and listener.requests == []
    # the preflight never lets another page send the token
    status, headers, _ = get(writable.sparql, method="OPTIONS", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert "authorization" not in headers.get("Access-Control-Allow-Headers", "").lower()
    # the user's own client, with the token printed at start-up, may
    status, _, _ = get(writable.sparql, method="POST", data=b"DROP ALL", content_type="application/sparql-update",
                       headers={"Authorization": f"Bearer {token}", "Origin": f"http://127.0.0.1:{writable.port}"})
    assert status == 204 and _count(writable) == 0


# ------------------------------------------------------------ malformed HTTP


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except TimeoutError:
            pytest.fail(f"the server neither answered nor closed within 10 s: {request!r}")
    return b"".join(chunks)


@pytest.mark.parametrize("length", [b"abc", b"-1", b"1e3", b"99999999999999999999999"])
def test_malformed_content_length_gets_400_and_the_server_carries_on(server: KgServer, length: bytes) -> None:
    answer = _raw(server.port, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                               b"Content-Length: " + length + b"\r\nConnection: close\r\n\r\nASK {}")
    assert answer.startswith((b"HTTP/1.1 400", b"HTTP/1.1 413")), answer[:200]
    status, _, body = get(f"{server.sparql}?query={urllib.parse.quote('ASK {}')}", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True
    server.log.flush()
    assert "Traceback" not in Path(server.log.name).read_text(encoding="utf-8")


def test_a_body_shorter_than_announced_times_out_without_holding_a_worker(server: KgServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 1000\r\n\r\nASK {}")
        status, _, body = get(f"{server.sparql}?query={urllib.parse.quote('ASK {}')}", "application/sparql-results+json")
        assert status == 200


def test_the_endpoint_answers_at_query_as_well(server: KgServer) -> None:
    """kg's own client expands a base URL to /query (issue 13 item 4)."""
    result = subprocess.run([sys.executable, "-m", "kg", "query", "--endpoint", server.url, "agreements",
                             "--format", "csv"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 21
    wrong = subprocess.run([sys.executable, "-m", "kg", "query", "--endpoint", server.url + "/nowhere/sparql",
                            "agreements"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert wrong.returncode == 1
    assert "answered HTTP 404" in wrong.stderr and "nothing here" in wrong.stderr and "/query" in wrong.stderr


def test_update_tokens_can_be_passed_as_an_option_value() -> None:
    """The token kg serve prints is given back as ``kg push --token TOKEN``:
    one beginning with "-" would read as an option (argparse: "expected one
    argument"). Drawn a thousand times, none begins with "-" (one in 64
    did), and every one is parsed by kg's own command line."""
    from kg.cli import build_parser
    from kg.serve.security import new_token

    tokens = [new_token() for _ in range(1000)]
    assert not [t for t in tokens if t.startswith("-")]
    assert len(set(tokens)) == 1000 and all(len(t) >= 32 for t in tokens)
    parser = build_parser()
    for token in tokens[:50]:
        args = parser.parse_args(["push", "--endpoint", "http://127.0.0.1:1/sparql", "--token", token])
        assert args.token == token
