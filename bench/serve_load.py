"""``kg serve`` under load, with ``kg ingest`` writing beside it.

    .venv/bin/python bench/serve_load.py                   # 400 requests, 6 clients
    .venv/bin/python bench/serve_load.py --requests 1000 --clients 8

Builds a store from ``data/articles``, starts ``kg serve`` on 127.0.0.1,
measures the cheap queries alone (the baseline, in the same run), then
sends a mix of cheap and heavy queries from several clients while
``kg ingest`` adds ``tests/fixtures/heldout`` and re-reads ``data/articles``
into the same store. Prints every status seen, and the cheap queries'
p50/p95 under load against the baseline. What it checks (issue 12): no
answer 500 (a reader never sees the writer's compaction), and no cheap
query refused (503) because heavy ones hold the workers.

:func:`run_load` is also the body of ``tests/test_serve_load.py``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHEAP = [
    "ASK { ?a a agr:Agreement }",
    "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a agr:Agreement }",
    "SELECT ?name WHERE { ?o a org:Organization ; skos:prefLabel ?name } ORDER BY ?name LIMIT 20",
]
HEAVY = ["SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?o ?q ?r . ?r ?x ?y }",
         "SELECT (COUNT(*) AS ?n) WHERE { ?a skos:prefLabel ?l . ?b skos:prefLabel ?m "
         "FILTER(STRLEN(?l) > STRLEN(?m)) }"]


@dataclass
class LoadReport:
    statuses: Counter = field(default_factory=Counter)
    cheap: list[float] = field(default_factory=list)  # seconds, answered 200
    heavy: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # status and first line of each non-200

    def percentile(self, which: str, p: float) -> float:
        values = sorted(getattr(self, which))
        if not values:
            return float("nan")
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def ask(url: str, query: str, timeout: float = 120) -> tuple[int, bytes]:
    request = urllib.request.Request(f"{url}/sparql?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def run_load(url: str, *, requests: int = 400, clients: int = 6, heavy_every: int = 4,
             cheap: list[str] = CHEAP, heavy: list[str] = HEAVY) -> LoadReport:
    """``requests`` queries from ``clients`` threads; every ``heavy_every``-th
    one is heavy, the rest cheap."""
    report = LoadReport()
    lock = threading.Lock()
    counter = iter(range(requests))

    def client() -> None:
        while True:
            with lock:
                number = next(counter, None)
            if number is None:
                return
            is_heavy = number % heavy_every == 0
            query = heavy[number % len(heavy)] if is_heavy else cheap[number % len(cheap)]
            started = time.monotonic()
            status, body = ask(url, query)
            took = time.monotonic() - started
            with lock:
                report.statuses[status] += 1
                if status == 200:
                    (report.heavy if is_heavy else report.cheap).append(took)
                else:
                    report.failures.append(f"{status} {'heavy' if is_heavy else 'cheap'}: "
                                           f"{body.decode('utf-8', 'replace').strip()[:200]}")

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return report


def baseline(url: str, rounds: int = 10) -> list[float]:
    """The cheap queries one at a time, nothing else running."""
    times = []
    for _ in range(rounds):
        for query in CHEAP:
            started = time.monotonic()
            status, _ = ask(url, query)
            assert status == 200, status
            times.append(time.monotonic() - started)
    return times


class IngestBeside:
    """``kg ingest`` of one folder after another into the served store, in a
    thread, until :meth:`stop` (or the list runs out)."""

    def __init__(self, store: Path, folders: list[Path], log: Path):
        self.store, self.folders, self.log = store, folders, log
        self.runs: list[int] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        with open(self.log, "a") as log:
            for folder in self.folders:
                if self._stop.is_set():
                    return
                done = subprocess.run([sys.executable, "-m", "kg", "ingest", "--store", str(self.store), str(folder),
                                       "--quiet"], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
                self.runs.append(done.returncode)

    def stop(self) -> None:
        self._stop.set()
        self.thread.join()


def _serve(store: Path, port: int, log) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
                                "--quiet", "--timeout", "20"], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            ask(f"http://127.0.0.1:{port}", "ASK {}", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("kg serve did not come up")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--heavy-every", type=int, default=4, help="every Nth request is heavy (default: 4)")
    args = parser.parse_args(argv)
    import socket

    with tempfile.TemporaryDirectory(prefix="kg-load-") as temp:
        store = Path(temp) / "store"
        subprocess.run([sys.executable, "-m", "kg", "ingest", "--store", str(store), str(ROOT / "data" / "articles"),
                        "--quiet"], check=True, cwd=ROOT)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        with open(Path(temp) / "serve.log", "w+") as log:
            server = _serve(store, port, log)
            try:
                alone = sorted(baseline(url))
                writer = IngestBeside(store, [ROOT / "tests" / "fixtures" / "heldout", ROOT / "tests" / "fixtures" /
                                              "blind" / "articles"], Path(temp) / "ingest.log")
                started = time.monotonic()
                report = run_load(url, requests=args.requests, clients=args.clients, heavy_every=args.heavy_every)
                elapsed = time.monotonic() - started
                writer.stop()
            finally:
                server.terminate()
                server.wait(20)
    p = lambda values, q: values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]  # noqa: E731
    print(f"requests {sum(report.statuses.values())} in {elapsed:.1f} s from {args.clients} clients "
          f"({len(report.heavy)} heavy answered), ingests beside: exit {writer.runs}")
    print("statuses " + json.dumps(dict(sorted(report.statuses.items()))))
    print(f"cheap alone    p50 {p(alone, 50) * 1000:7.1f} ms  p95 {p(alone, 95) * 1000:7.1f} ms")
    print(f"cheap loaded   p50 {report.percentile('cheap', 50) * 1000:7.1f} ms  "
          f"p95 {report.percentile('cheap', 95) * 1000:7.1f} ms  "
          f"(x{report.percentile('cheap', 50) / p(alone, 50):.1f} / x{report.percentile('cheap', 95) / p(alone, 95):.1f})")
    print(f"heavy loaded   p50 {report.percentile('heavy', 50) * 1000:7.1f} ms  "
          f"p95 {report.percentile('heavy', 95) * 1000:7.1f} ms")
    for failure in report.failures[:10]:
        print("  " + failure)
    return 1 if report.statuses.get(500) or report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
