"""``kg query`` stops when told: Ctrl-C (a real SIGINT to a real process)
and ``--timeout`` end even an aggregate or a property-path query that the
store evaluates without looking at signals (issue 12 item 10)."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

RUNAWAYS = {
    "aggregate": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "property path": "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:none>)* ?b . ?c (!<urn:none>)* ?d }",
}


def _start(store: Path, query_file: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "query", "--store", str(store), str(query_file),
                             "--format", "csv", *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)


def _wait_until_running(process: subprocess.Popen, seconds: float) -> None:
    """Give the command time to start its query; it must not have finished."""
    time.sleep(seconds)
    assert process.poll() is None, f"the query ended early: {process.communicate()}"


@pytest.mark.parametrize("kind", sorted(RUNAWAYS))
def test_ctrl_c_stops_a_running_query_at_once(gold_store: Path, tmp_path: Path, kind: str) -> None:
    query = tmp_path / "runaway.rq"
    query.write_text(f"# never ends\n{RUNAWAYS[kind]}\n")
    process = _start(gold_store, query)
    try:
        _wait_until_running(process, 3.0)
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, err
    assert took < 2.0, f"{took:.1f} s from Ctrl-C to exit"
    assert err.strip().splitlines() == ["kg query: interrupted; the query was stopped"] and out == ""


def test_timeout_stops_a_runaway_query(gold_store: Path, tmp_path: Path) -> None:
    query = tmp_path / "runaway.rq"
    query.write_text(f"# never ends\n{RUNAWAYS['property path']}\n")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(gold_store), str(query),
                             "--timeout", "2"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 1
    assert "ran past the time limit of 2 s" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 15


def test_a_quick_query_is_unaffected_by_the_limit(gold_store: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(gold_store), "agreements",
                             "--format", "csv", "--timeout", "60"], capture_output=True, text=True, timeout=120,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("agreement,kind,date,place,source")
    assert len(result.stdout.splitlines()) == 21
