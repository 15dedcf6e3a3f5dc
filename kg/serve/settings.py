"""How ``kg serve`` runs; the defaults are the safe ones."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ServerSettings", "default_workers"]


def default_workers() -> int:
    """One query worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ServerSettings:
    """``kg serve``'s options.

    ``queue_wait`` is how long a request may wait for a free worker before
    it is refused with 503; ``max_waiting`` how many may wait at once.
    ``update_token`` is required (``Authorization: Bearer``) for every
    update; it is only used with ``allow_updates``.
    """

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds per query
    row_limit: int = 10_000  # solutions (or triples) per response
    allow_updates: bool = False
    workers: int = 0  # 0: one per core
    queue_wait: float = 30.0
    max_waiting: int = 64
    allow_service: tuple[str, ...] = ()
    update_token: str = ""
    max_body: int = 8 * 1024 * 1024  # bytes of a request body

    @property
    def pool_size(self) -> int:
        if self.allow_updates:
            return 1  # one writer holds the store
        return self.workers if self.workers > 0 else default_workers()
