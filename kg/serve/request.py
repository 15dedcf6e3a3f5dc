"""What travels between the HTTP layer and a query worker: plain, typed data.

A :class:`SparqlRequest` is built from the HTTP request by the app and
pickled to a worker process; an :class:`Answer` comes back. Neither knows
about HTTP libraries, so the worker stays a plain function of its input.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Answer", "SparqlRequest", "error_answer"]


@dataclass(frozen=True)
class SparqlRequest:
    """One query or update for a worker.

    ``named`` is a shipped query's name (its text is read by the worker,
    ``params`` bound as values, ``limit`` and ``offset`` the page of its
    rows); otherwise ``sparql`` is the text.
    """

    kind: Literal["query", "update"]
    sparql: str = ""
    accept: str | None = None
    format: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    named: str | None = None
    params: tuple[tuple[str, str], ...] = ()
    limit: int | None = None  # a page of a named query's rows
    offset: int = 0


@dataclass
class Answer:
    """What a worker sends back: an HTTP status, a media type and a body."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def error_answer(status: int, message: str, **headers: str) -> Answer:
    """A one-line plain-text error."""
    return Answer(status, "text/plain; charset=utf-8", (message.strip() + "\n").encode(),
                  {name.replace("_", "-"): value for name, value in headers.items()})
