"""Listening and serving: the app on uvicorn, bound where the settings say.

The socket is bound before anything else starts, so a port in use is one
clear error and ``--port 0`` can report the port it got.
"""
from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass, replace

import uvicorn

from kg.errors import StoreError
from kg.serve.pool import QueryEngine
from kg.serve.settings import ServerSettings

__all__ = ["RunningServer", "bind", "serve"]


@dataclass
class RunningServer:
    """A bound socket and the settings (with the real port) to serve on it."""

    sock: socket.socket
    settings: ServerSettings

    @property
    def url(self) -> str:
        host = self.settings.host
        return f"http://[{host}]:{self.settings.port}/" if ":" in host else f"http://{host}:{self.settings.port}/"


def bind(settings: ServerSettings) -> RunningServer:
    """Check the store and take the port; :class:`StoreError` if either fails."""
    from kg.stores import open_store

    if settings.allow_updates:
        open_store(settings.store).close()  # create it if missing, as ingest would
    else:
        open_store(settings.store, read_only=True)  # a clear error now if there is no store (or server)
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((settings.host, settings.port))
    except OSError as exc:
        sock.close()
        raise StoreError(f"cannot listen on {settings.host}:{settings.port} ({exc.strerror}); "
                         f"choose another --port") from None
    sock.set_inheritable(True)
    return RunningServer(sock, replace(settings, port=sock.getsockname()[1]))


def serve(running: RunningServer, *, quiet: bool = False, ready: Callable[[QueryEngine], None] | None = None) -> None:
    """Serve until SIGINT or SIGTERM; the workers are ended on the way out."""
    from kg.serve.app import make_app

    engine = QueryEngine(running.settings)
    if ready is not None:
        ready(engine)
    config = uvicorn.Config(
        make_app(running.settings, engine), http="h11", lifespan="off", access_log=not quiet,
        log_config=_log_config(quiet), timeout_graceful_shutdown=3, server_header=False,
        limit_concurrency=running.settings.max_waiting * 2 + 16, timeout_keep_alive=5)
    server = _Server(config, engine)
    try:
        server.run(sockets=[running.sock])
    finally:
        engine.close()
        running.sock.close()


class _Server(uvicorn.Server):
    """uvicorn's server, ending the query workers first on the way out, so
    that a running query is answered at once (503, shutting down) rather than
    cut off with an error when the graceful wait runs out."""

    def __init__(self, config: uvicorn.Config, engine: QueryEngine):
        super().__init__(config)
        self.engine = engine

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.engine.close)
        await super().shutdown(sockets=sockets)


def _log_config(quiet: bool) -> dict:
    """One plain line per request (unless quiet) on stderr, prefixed like
    every other kg message; warnings such as a malformed request stay."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"kg": {"format": "kg serve: %(message)s"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "kg", "stream": "ext://sys.stderr"}},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
            "uvicorn.error": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
            "uvicorn.access": {"handlers": ["stderr"], "level": "WARNING" if quiet else "INFO", "propagate": False},
        },
    }
