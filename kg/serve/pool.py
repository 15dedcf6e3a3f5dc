"""The worker pool: queries answered by worker processes within a time limit.

One worker per core by default (:mod:`kg.serve.settings`). A request that
finds every worker busy waits in line, first come first served, for up to
``queue_wait`` seconds, so a cheap query behind a heavy one is answered
when a worker frees up instead of being refused at once; only a request
that waited that long, or finds ``max_waiting`` requests already in line,
gets 503 with ``Retry-After``. A query that runs past ``timeout`` is
stopped by ending its worker, which is replaced.

A heavy query must not starve cheap ones. A query cannot be priced before
it runs, but the same heavy query tends to come back (a dashboard, a
client in a loop): a request whose text took longer than
``HEAVY_SECONDS`` last time is heavy, and heavy requests may hold at most
all workers but one. The last worker is always free for the others.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import queue
import threading
import time
from collections import OrderedDict

from kg.serve.request import Answer, SparqlRequest, error_answer
from kg.serve.settings import ServerSettings
from kg.serve.worker import READY, worker_main

__all__ = ["HEAVY_SECONDS", "QueryEngine"]

HEAVY_SECONDS = 0.5  # a request that took longer is heavy the next time
STARTUP_SECONDS = 120.0  # how long a new worker may take to import and open the store
_REMEMBERED = 512  # heavy request texts remembered


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context, settings: ServerSettings):
        self.conn, child = context.Pipe()
        shared = {"row_limit": settings.row_limit, "allow_service": tuple(settings.allow_service)}
        self.process = context.Process(target=worker_main,
                                       args=(child, str(settings.store), settings.allow_updates, shared),
                                       daemon=True, name="kg-serve-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, seconds: float) -> bool:
        """Whether the worker has started (imports done, store open), waiting
        up to ``seconds`` for it; raises EOFError if it died starting."""
        if not self.ready and self.conn.poll(seconds):
            self.ready = self.conn.recv() == READY
        return self.ready

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class QueryEngine:
    """A pool of worker processes answering requests within a time limit.

    :meth:`run` blocks; the HTTP layer calls it from a thread.
    """

    def __init__(self, settings: ServerSettings):
        self.settings = settings
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()  # FIFO, and so are its waiters
        self._waiting = 0
        self._lock = threading.Lock()
        self._closed = False
        self._all: set[_Worker] = set()  # idle or busy, so that close() ends every one
        self._heavy: OrderedDict[str, None] = OrderedDict()
        self._heavy_lane = threading.BoundedSemaphore(max(1, settings.pool_size - 1))
        for _ in range(settings.pool_size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self.settings)
        self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(kill=True)
        self._all.discard(worker)
        return self._start()

    @property
    def size(self) -> int:
        return self.settings.pool_size

    def run(self, request: SparqlRequest) -> Answer:
        """The answer to ``request``, or a 503 when the server is too busy or
        the query ran past the time limit."""
        key = _key(request)
        with self._lock:
            heavy = key in self._heavy
        if heavy:
            if not self._heavy_lane.acquire(timeout=self.settings.queue_wait):
                return error_answer(503, f"the server is busy with this heavy query already (waited "
                                         f"{self.settings.queue_wait:g} s); try again shortly", Retry_After="5")
            try:
                return self._run(request, key)
            finally:
                self._heavy_lane.release()
        return self._run(request, key)

    def _remember(self, key: str, seconds: float) -> None:
        with self._lock:
            if seconds > HEAVY_SECONDS:
                self._heavy[key] = None
                self._heavy.move_to_end(key)
                while len(self._heavy) > _REMEMBERED:
                    self._heavy.popitem(last=False)
            else:
                self._heavy.pop(key, None)

    def _run(self, request: SparqlRequest, key: str, retry: bool = True) -> Answer:
        with self._lock:
            if self._closed:
                return error_answer(503, "the server is shutting down", Retry_After="5")
            if self._waiting >= self.settings.max_waiting:
                return error_answer(503, f"the server is busy: {self._waiting} requests are already waiting; "
                                         f"try again shortly", Retry_After="2")
            self._waiting += 1
        try:
            worker = self._idle.get(timeout=self.settings.queue_wait)
        except queue.Empty:
            return error_answer(503, f"the server is busy with other queries (waited {self.settings.queue_wait:g} s "
                                     f"for a free worker); try again shortly", Retry_After="2")
        finally:
            with self._lock:
                self._waiting -= 1
        handed_back = False
        try:
            if not worker.wait_ready(STARTUP_SECONDS):  # the time limit starts when the worker can answer
                raise EOFError(f"the query worker did not start within {STARTUP_SECONDS:g} s")
            started = time.monotonic()
            worker.conn.send(request)
            if worker.conn.poll(self.settings.timeout):
                answer = worker.conn.recv()
                self._remember(key, time.monotonic() - started)
            else:
                self._remember(key, self.settings.timeout)
                worker = self._replace(worker)
                answer = error_answer(503, f"the query ran past the time limit of {self.settings.timeout:g} s and "
                                           f"was stopped; narrow it down, or restart kg serve with a longer --timeout",
                                      X_KG_Timeout=f"{self.settings.timeout:g}")
        except (EOFError, OSError):
            if self._closed:
                return error_answer(503, "the server is shutting down", Retry_After="5")
            worker = self._replace(worker)
            answer = error_answer(500, "the query worker failed; the server started a new one, try again")
            if request.kind == "query" and retry:  # a read is safe to ask again, once, of the new worker
                self._idle.put(worker)
                handed_back = True
                return self._run(request, key, retry=False)
        finally:
            if handed_back:
                pass  # already back in the pool, for the retry
            elif self._closed:
                worker.stop(kill=True)
            else:
                self._idle.put(worker)
        return answer

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        idle = set()
        while True:
            try:
                idle.add(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in list(self._all):
            worker.stop(kill=worker not in idle)  # a busy one is ended; its request is answered 503
        self._all.clear()


def _key(request: SparqlRequest) -> str:
    """What makes two requests the same query, as a short digest."""
    text = repr((request.kind, request.sparql, request.named, request.params, request.default_graphs,
                 request.named_graphs, request.limit, request.offset))
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
