"""``kg query`` stops when told: Ctrl-C (a real SIGINT to a real process)
and ``--timeout`` end even an aggregate or a property-path query that the
store evaluates without looking at signals (issue 12 item 10)."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # each waits out a time limit or an interrupt

RUNAWAYS = {
    "aggregate": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "property path": "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:none>)* ?b . ?c (!<urn:none>)* ?d }",
}


def _ctrl_c_as_at_a_terminal() -> None:
    """In the child, before kg starts: SIGINT handled by default, as at a
    terminal. A suite started in the background by a shell without job
    control (``make test &``) hands its children SIGINT ignored, and Python
    then never turns Ctrl-C into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(store: Path, query_file: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "query", "--store", str(store), str(query_file),
                             "--format", "csv", *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, preexec_fn=_ctrl_c_as_at_a_terminal)


def _cpu_seconds(pid: int) -> float:
    """The processor time a running process has used (Linux's /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _startup_cpu(store: Path, tmp_path: Path) -> float:
    """The processor time a whole ``kg query`` of a trivial query takes:
    starting, importing, opening the store. A process that has used more is
    inside its query, however loaded the machine is (wall-clock waits are not
    a measure of that when the tests run in parallel)."""
    trivial = tmp_path / "trivial.rq"
    trivial.write_text("SELECT (1 AS ?x) WHERE {}\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), str(trivial), "--format", "csv"],
                   capture_output=True, check=True, cwd=ROOT, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _wait_until_running(process: subprocess.Popen, startup_cpu: float) -> None:
    """Wait until the command has used more processor time than starting
    takes, so it is evaluating its query; it must not have finished."""
    deadline = time.monotonic() + 60
    while _cpu_seconds(process.pid) < startup_cpu * 1.5 + 0.5:  # starting costs more on a loaded machine
        assert process.poll() is None, f"the query ended early: {process.communicate()}"
        assert time.monotonic() < deadline, "the query did not start within a minute"
        time.sleep(0.05)
    assert process.poll() is None, f"the query ended early: {process.communicate()}"


@pytest.mark.parametrize("kind", sorted(RUNAWAYS))
def test_ctrl_c_stops_a_running_query_at_once(gold_store: Path, tmp_path: Path, kind: str) -> None:
    query = tmp_path / "runaway.rq"
    query.write_text(f"# never ends\n{RUNAWAYS[kind]}\n")
    startup = _startup_cpu(gold_store, tmp_path)
    process = _start(gold_store, query)
    try:
        _wait_until_running(process, startup)
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
