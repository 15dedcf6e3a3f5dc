"""What a SPARQL text may make kg fetch from the network: nothing, unless named.

Oxigraph answers ``SERVICE <url> { ... }`` (and, in an update, ``LOAD <url>``)
by fetching ``url`` itself. Behind ``kg serve``, whose read answers any web
page may read (CORS ``*``), that turns the endpoint into a proxy onto the
user's own machine and network: ``SERVICE <http://127.0.0.1:9999/admin>``.
pyoxigraph has no switch to turn federation off, so kg reads the query's
tokens before the store sees it and refuses every ``SERVICE`` and ``LOAD``
whose URL the user did not name (``--allow-service URL``).

The check reads tokens, not characters: "service" inside a string, an IRI,
a comment, a variable or a prefixed name is not the keyword. Because the
SPARQL grammar lets ``\\uXXXX`` escapes stand anywhere, the text is read
both as written and with escapes decoded, and a keyword found either way
counts. A ``SERVICE ?var`` (an endpoint chosen at run time) is refused
outright, since no list can vouch for it.

>>> check_sparql("SELECT * WHERE { ?s ?p 'a service' }")
>>> check_sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.errors.QueryError: SERVICE <http://127.0.0.1:9/x> is not allowed: kg fetches no other endpoint unless you name it (--allow-service http://127.0.0.1:9/x)
>>> check_sparql("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
...              allowed=["http://example.org/sparql"])
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from kg.errors import QueryError
from kg.sparql_tokens import tokens as _tokens

__all__ = ["RemoteFetch", "check_sparql", "normalise_url", "remote_fetches"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class RemoteFetch:
    """One place a query would make the store fetch: ``SERVICE`` or ``LOAD``,
    and the URL (None when a variable chooses it at run time)."""

    keyword: str
    url: str | None
    written: str  # as the query wrote it, for messages

    def describe(self) -> str:
        return f"{self.keyword} {self.written}"


def normalise_url(url: str) -> str:
    """A URL as kg compares endpoints: scheme and host in lower case."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment))


def _decode_escapes(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(one, text)


def _scan(text: str, prefixes: Mapping[str, str]) -> list[RemoteFetch]:
    tokens = _tokens(text)
    declared = dict(prefixes)
    base: str | None = None
    found: list[RemoteFetch] = []
    for index, (kind, value) in enumerate(tokens):
        if kind != "word":
            continue
        keyword = value.upper()
        if keyword == "PREFIX" and index + 2 < len(tokens) and tokens[index + 1][0] == "pname" \
                and tokens[index + 2][0] == "iri":
            declared[tokens[index + 1][1].rstrip(":")] = tokens[index + 2][1][1:-1]
        elif keyword == "BASE" and index + 1 < len(tokens) and tokens[index + 1][0] == "iri":
            base = tokens[index + 1][1][1:-1]
        elif keyword in ("SERVICE", "LOAD"):
            position = index + 1
            if position < len(tokens) and tokens[position][0] == "word" and tokens[position][1].upper() == "SILENT":
                position += 1
            target_kind, target = tokens[position] if position < len(tokens) else ("other", "")
            found.append(RemoteFetch(keyword, _resolve(target_kind, target, declared, base), target or "(nothing)"))
    return found


def _resolve(kind: str, token: str, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if kind == "iri":
        iri = token[1:-1]
        if urlsplit(iri).scheme:
            return iri
        return urljoin(base, iri) if base else None
    if kind == "pname":
        prefix, _, local = token.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def remote_fetches(sparql: str, prefixes: Mapping[str, str] | None = None) -> list[RemoteFetch]:
    """Every ``SERVICE`` and ``LOAD`` in a query or update, with its URL.

    ``prefixes`` are those the store declares for every query (kg's own),
    so that ``SERVICE dbr:sparql`` resolves as the store would read it.

    >>> [f.url for f in remote_fetches("SELECT * { SERVICE SILENT ex:q { ?s ?p ?o } }", {"ex": "http://e/"})]
    ['http://e/q']
    >>> remote_fetches("SELECT ?service { ?service <http://e/p> 'SERVICE <http://x>' } # SERVICE <http://y>")
    []
    """
    from kg.vocab import PREFIXES

    known = {**PREFIXES, **(prefixes or {})}
    found = _scan(sparql, known)
    decoded = _decode_escapes(sparql)
    if decoded != sparql:
        found += [fetch for fetch in _scan(decoded, known) if fetch not in found]
    return found


def check_sparql(sparql: str, allowed: Iterable[str] = (), prefixes: Mapping[str, str] | None = None) -> None:
    """Raise :class:`kg.errors.QueryError` unless every URL the text would
    make the store fetch is one of ``allowed``."""
    if not re.search(r"service|load|\\u|\\U", sparql, flags=re.IGNORECASE):
        return  # the common case, decided without tokenising
    permitted = {normalise_url(url) for url in allowed}
    for fetch in remote_fetches(sparql, prefixes):
        if fetch.url is None:
            raise QueryError(f"{fetch.describe()} is not allowed: kg only fetches endpoints named in full "
                             f"with --allow-service URL, never one chosen by a variable or a relative IRI")
        if normalise_url(fetch.url) not in permitted:
            raise QueryError(f"{fetch.describe()} is not allowed: kg fetches no other endpoint unless you name it "
                             f"(--allow-service {fetch.url})")
