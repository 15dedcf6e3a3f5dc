"""Who may change the store through ``kg serve --allow-updates``.

The endpoint listens on 127.0.0.1, but every web page the user opens can
send it requests: a form on any site can POST ``update=DROP ALL`` with no
preflight. So an update must carry the token the server printed at
start-up (``Authorization: Bearer TOKEN``), which no other page can know;
must not come from a page of another origin (``Origin``); and must be sent
as ``application/sparql-update``, a type no plain HTML form can send.
Reads stay open to every origin (CORS ``*``); update answers never carry a
CORS header, so no other page reads them either.
"""
from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

__all__ = ["FORM_TYPES", "LOCAL_HOSTS", "new_token", "origin_is_local", "token_matches"]

# the types a plain HTML form (or a CORS "simple" request) can send
FORM_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data", "text/plain"})
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def new_token() -> str:
    """A fresh random token for one run of the server, never beginning with
    "-": the user passes it on a command line (``kg push --token TOKEN``),
    where a leading dash reads as an option (one token in 64 did)."""
    while True:
        token = secrets.token_urlsafe(24)
        if not token.startswith("-"):
            return token


def token_matches(authorization: str | None, token: str) -> bool:
    """Whether an ``Authorization`` header carries ``token`` as a bearer token
    (compared in constant time)."""
    if not token or not authorization:
        return False
    scheme, _, given = authorization.strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def origin_is_local(origin: str | None, port: int, host: str = "127.0.0.1") -> bool:
    """Whether a request's ``Origin`` is this server's own page (or absent,
    as from a command-line client). A page on another site, or on another
    port of this machine, is foreign; so is a page whose name merely
    resolves here (DNS rebinding), since only loopback names are trusted.

    >>> origin_is_local(None, 7878), origin_is_local("http://127.0.0.1:7878", 7878)
    (True, True)
    >>> origin_is_local("http://evil.example", 7878), origin_is_local("http://localhost:8000", 7878)
    (False, False)
    >>> origin_is_local("null", 7878)
    False
    """
    if origin is None:
        return True
    try:
        parts = urlsplit(origin.strip())
        origin_port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return False
    trusted = LOCAL_HOSTS | {host.lower()}
    return parts.scheme == "http" and (parts.hostname or "").lower() in trusted and origin_port == port
