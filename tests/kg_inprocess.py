"""The ``kg`` command line run inside the test process.

``kg.cli.main`` is what ``python -m kg`` and the installed ``kg`` script
call, with the same arguments, files and stores; running it here instead of
in a child process spares every call the start of a Python process that
imports spaCy and loads the English pipeline (five seconds of each
``kg ingest``), which is most of what the suite spent on the command line.

Tests about the process itself keep a real child process: exit by signal,
Ctrl-C, ``kill -9``, a query's time limit (which ends the process), the
installed script (tests/test_wheel.py), and the contract's smoke tests.
"""
from __future__ import annotations

import contextlib
import io
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _stream() -> io.TextIOWrapper:
    """A text stream with a byte buffer beneath, like a real stdout (``kg
    export`` writes bytes to ``sys.stdout.buffer``)."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    """What was written, decoded as ``subprocess.run(text=True)`` decodes it
    (universal newlines: the CSV writer's CRLF reads as LF)."""
    stream.flush()
    data = stream.buffer.getvalue()  # type: ignore[attr-defined]
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def kg(*args: str, check: bool = True, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """``kg ARGS`` run by ``kg.cli.main`` in this process, from ``cwd``: its
    status, standard output and standard error, as ``subprocess.run`` gives
    them. With ``check``, a non-zero status fails the test with kg's message."""
    from kg.cli import main

    out, err = _stream(), _stream()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    result = subprocess.CompletedProcess(["kg", *args], status, _text(out), _text(err))
    if check and status != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({status}): {result.stderr}")
    return result
