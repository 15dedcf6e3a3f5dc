"""``kg serve`` under a bounded loopback load while ``kg ingest`` writes
beside it (issue 12 items 11 and 12): no answer is a 500 (readers never see
the writer's compaction), and heavy queries do not get cheap ones refused.
``bench/serve_load.py`` runs the same load bigger and prints the latencies."""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import ARTICLES, GOLD, ROOT, KgServer, load_gold

sys.path.insert(0, str(ROOT / "bench"))

from serve_load import CHEAP, IngestBeside, run_load  # noqa: E402

# about a quarter of a second alone on this store; far more under load
HEAVY = ["SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?t }"]


def test_mixed_load_with_an_ingest_beside_gets_no_500(tmp_path: Path) -> None:
    from kg.store import Store

    store = tmp_path / "store"
    with Store(store) as writer:
        load_gold(writer, GOLD, ARTICLES)
    with KgServer(store, "--timeout", "60", "--queue-wait", "60") as server:
        ingest = IngestBeside(store, [ROOT / "tests" / "fixtures" / "heldout" / "articles"], tmp_path / "ingest.log")
        report = run_load(server.url, requests=160, clients=5, heavy_every=8, cheap=CHEAP, heavy=HEAVY)
        ingest.stop()
    assert ingest.runs == [0], (tmp_path / "ingest.log").read_text()
    assert report.statuses[200] == 160, report.failures[:5]
    assert len(report.cheap) == 140 and len(report.heavy) == 20
