"""``kg serve``: the store over the SPARQL 1.1 Protocol, and a page to query it.

Split by job:

- :mod:`kg.serve.settings` how the server runs (safe defaults);
- :mod:`kg.serve.request` the typed request and answer passed to workers;
- :mod:`kg.serve.negotiation` which format an answer is written in;
- :mod:`kg.serve.worker` a worker process: the store, the query, the answer;
- :mod:`kg.serve.pool` the workers, a fair queue and the time limit;
- :mod:`kg.serve.security` who may send updates;
- :mod:`kg.serve.app` the HTTP routes (Starlette);
- :mod:`kg.serve.server` listening and serving (uvicorn).
"""
from __future__ import annotations

from kg.serve.app import ENDPOINT_PATHS, make_app
from kg.serve.negotiation import negotiate
from kg.serve.pool import QueryEngine
from kg.serve.server import RunningServer, bind, serve
from kg.serve.settings import ServerSettings

__all__ = ["ENDPOINT_PATHS", "QueryEngine", "RunningServer", "ServerSettings", "bind", "make_app", "negotiate",
           "serve"]
