"""Running a store query so that the command line can stop it at once.

pyoxigraph evaluates a query in Rust and never looks at Python's signals,
so Ctrl-C pressed during an aggregate or a property path would wait for the
whole evaluation. kg therefore runs the query in a worker thread (pyoxigraph
lets go of the interpreter while it evaluates) and keeps the main thread
waiting in short steps, where Ctrl-C and the time limit are noticed at
once. A query that is interrupted or overruns is abandoned, not cancelled:
the caller must end the process (:func:`exit_now`), which a read-only query
leaves nothing half-written by.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from kg.errors import QueryError

__all__ = ["QueryTimeoutError", "exit_now", "run_abandonable"]

T = TypeVar("T")


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was abandoned."""


def run_abandonable(work: Callable[[], T], timeout: float | None, what: str = "the query") -> T:
    """``work()``'s result, computed in a daemon thread.

    Raises :class:`KeyboardInterrupt` as soon as the user presses Ctrl-C,
    :class:`QueryTimeoutError` after ``timeout`` seconds (None or 0: no
    limit), and whatever ``work`` raised. In the first two cases the thread
    is still running: end the process with :func:`exit_now`.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the waiting thread as it is
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="kg-query", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout if timeout else None
    while thread.is_alive():
        step = 0.05
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeoutError(f"{what} ran past the time limit of {timeout:g} s and was stopped; "
                                        f"narrow it down, or give a longer --timeout (0 for none)")
            step = min(step, remaining)
        thread.join(step)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def exit_now(code: int, message: str) -> None:
    """Print ``message`` on stderr and end the process without waiting for
    an abandoned query thread (a normal exit would wait for it, or tear the
    store down under it)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    print(message, file=sys.stderr, flush=True)
    os._exit(code)
