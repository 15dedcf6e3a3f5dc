"""Reading and extracting articles on a running ``dask.distributed`` cluster.

``kg ingest --scheduler tcp://HOST:PORT`` hands the slow part of an ingest,
reading and extracting each article (spaCy's pipeline and the passes), to
the cluster's workers; the facts come back to this process, the one writer,
which resolves, maps and stores them exactly as a local ingest does
(:func:`kg.ingest.ingest_paths`). So a cluster changes how fast a batch is
read, never what is stored.

Each article is one task running the function a local ``--workers N``
pool runs (``kg.ingest._read_one``): it reads a file and returns its facts, and
has no other effect, so running it twice is harmless. That is what lets the
scheduler run an article again on another worker when the one reading it
dies, and ``retries`` do the same for an error inside the task. Its key
names the file and its size and modification time, so two clients sending
the same unchanged file share one result, and an edited file is read anew.

The workers open the files by their absolute paths: run them where those
paths lead to the same files (one machine, or a shared file system), from
the same installation of kg. Each worker process loads the English pipeline
once, on its first article, and keeps it.

Nothing here is imported unless a scheduler is given, so a local ingest
never imports Dask; Dask itself is the optional extra ``cluster``.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.article import Article
from kg.errors import ClusterError, DependencyError
from kg.facts import ArticleFacts

__all__ = ["read_on_cluster", "RETRIES"]

Result = tuple[Path, Article | None, ArticleFacts | None, str | None]

RETRIES = 3  # an exception inside a task; a dead worker is the scheduler's own allowed-failures
_AHEAD_PER_THREAD = 8  # tasks in flight per worker thread: enough to keep each busy, few enough to bound memory
_MIN_AHEAD = 64


def read_on_cluster(paths: list[Path], scheduler: str,
                    on_read: Callable[[int, int, Path], None] | None = None) -> Iterator[Result]:
    """Read and extract ``paths`` on the cluster whose scheduler listens at
    ``scheduler``, yielding ``(path, article, facts, error)`` for each as it
    finishes (not in the order given), ``path`` as given.

    ``on_read(number, total, path)`` is called as each article comes back,
    ``number`` counting the finished ones. A bounded number of articles is
    in flight at a time, so a batch of millions neither floods the scheduler
    nor keeps its results on the workers.
    """
    distributed = _import_distributed()
    from kg.ingest import _read_one as read_one

    client = _connect(distributed, scheduler)
    # a lost scheduler is one line of kg's (ClusterError), not the client's logged traceback
    client_log = logging.getLogger("distributed.client")
    level = client_log.level
    client_log.setLevel(logging.CRITICAL)
    try:
        total = len(paths)
        threads = sum(client.nthreads().values()) or 1
        ahead = max(_MIN_AHEAD, _AHEAD_PER_THREAD * threads)
        waiting = iter(paths)
        given: dict[str, list[Path]] = {}  # task key -> the path(s) as given
        finished = distributed.as_completed(loop=client.loop)

        def send_next() -> None:
            path = next(waiting, None)
            if path is None:
                return
            absolute = Path(os.path.abspath(path))
            key = _task_key(absolute)
            given.setdefault(key, []).append(path)  # one file named twice is one task
            finished.add(client.submit(read_one, absolute, key=key, pure=True, retries=RETRIES))

        for _ in range(min(ahead, total)):
            send_next()
        number = 0
        for future in finished:
            path = given[future.key].pop()
            if not given[future.key]:
                del given[future.key]
            result = _outcome(distributed, future, path, scheduler)
            future.release()
            send_next()
            number += 1
            if on_read is not None:
                on_read(number, total, path)
            yield result
    finally:
        client.close()
        client_log.setLevel(level)


def _import_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise DependencyError(
            f"kg ingest --scheduler needs Dask's distributed scheduler, which cannot be loaded "
            f"({getattr(exc, 'name', None) or 'distributed'}: {exc}); install it with: "
            f"pip install 'kg-agreements[cluster]'") from None
    return distributed


def _check_address(scheduler: str) -> None:
    """Refuse an address Dask cannot dial before a client is made (a client
    that fails half-made hangs a minute on its way out)."""
    from distributed.comm import parse_address, parse_host_port
    from distributed.comm.registry import backends

    scheme, location = parse_address(scheduler, strict=False)
    try:
        if scheme != "inproc":
            parse_host_port(location)  # a host and a port
        known = scheme in backends and bool(location.strip(":/"))
    except ValueError:
        known = False
    if not known:
        raise ClusterError(f"{scheduler}: not the address of a Dask scheduler; give the one 'dask scheduler' "
                           f"printed, such as tcp://HOST:8786 (schemes: {', '.join(sorted(backends))})")


def _connect(distributed, scheduler: str):
    """A client of the scheduler at ``scheduler`` that has at least one worker."""
    import dask
    from dask.utils import parse_timedelta

    _check_address(scheduler)
    wait = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="s")
    try:
        client = distributed.Client(scheduler, timeout=wait, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ClusterError(
            f"{scheduler}: cannot reach a Dask scheduler there ({reason}); start one with 'dask scheduler' "
            f"and workers with 'dask worker {scheduler}', or give the address 'dask scheduler' printed "
            f"(tcp://HOST:PORT)") from None
    if not client.nthreads():
        try:
            client.wait_for_workers(1, timeout=wait)
        except (OSError, TimeoutError):
            client.close()
            raise ClusterError(
                f"{scheduler}: the Dask scheduler has no workers; start some with "
                f"'dask worker {scheduler}' (on machines that see the articles at the same paths)") from None
    return client


def _task_key(path: Path) -> str:
    """The same key for the same unchanged file, whoever sends it."""
    from dask.base import tokenize

    try:
        stat = path.stat()
        state: tuple = (stat.st_size, stat.st_mtime_ns)
    except OSError:  # the worker's read reports it by name
        state = ()
    return f"kg-read-{path.name[:40]}-{tokenize(str(path), *state)}"


def _outcome(distributed, future, path: Path, scheduler: str) -> Result:
    """The task's result with ``path`` as given, or the article's failure as one line."""
    try:
        _, article, facts, error = future.result()
    except distributed.client.FutureCancelledError:
        raise ClusterError(f"{scheduler}: the Dask scheduler cancelled the work (it went away or was "
                           f"restarted); nothing was written; run the ingest again") from None
    except distributed.KilledWorker:
        return path, None, None, (f"{path}: Dask workers died each time they read it; not ingested; "
                                  f"check the workers' memory and logs, or ingest this file on its own")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"{scheduler}: lost the Dask scheduler mid-batch ({exc}); nothing was "
                           f"written; run the ingest again") from None
    except ImportError as exc:  # every article would fail the same way
        raise ClusterError(f"{scheduler}: a Dask worker cannot load kg ({type(exc).__name__}: {exc}); install "
                           f"the same kg on every worker (pip install 'kg-agreements[cluster]'); nothing was "
                           f"written") from None
    except Exception as exc:  # a bug on the worker: this article, not the batch
        first = (str(exc).strip().splitlines() or [""])[0]
        return path, None, None, (f"{path}: reading it failed on a Dask worker ({type(exc).__name__}: "
                                  f"{first}); not ingested")
    absolute = Path(os.path.abspath(path))
    if article is not None:
        article = replace(article, path=path)
    if error is not None:
        error = error.replace(str(absolute), str(path))
    return path, article, facts, error
