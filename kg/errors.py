"""The exceptions kg raises, and the exit status each maps to.

Every message names the file (or store, or query) involved and says what to
do next, because it is printed as the one line a command-line user sees.
"""
from __future__ import annotations

__all__ = [
    "KgError",
    "ArticleError",
    "StoreError",
    "QueryError",
    "CurationError",
    "ValidationError",
    "RemoteError",
    "EXIT_OK",
    "EXIT_FAILURE",
    "EXIT_USAGE",
]

EXIT_OK = 0
EXIT_FAILURE = 1  # the command ran but something in its input was wrong
EXIT_USAGE = 2  # the command line itself was wrong


class KgError(Exception):
    """Base class: anything kg reports to a user as a one-line message."""

    exit_code = EXIT_FAILURE


class ArticleError(KgError):
    """An article file is missing, unreadable, empty or of an unknown type."""


class StoreError(KgError):
    """The store folder cannot be opened or written."""


class QueryError(KgError):
    """A query is unknown, unreadable or malformed, or its parameters are."""


class CurationError(KgError):
    """A curation file is malformed."""


class ValidationError(KgError):
    """The graph breaks a SHACL shape that reasoning depends on."""


class RemoteError(KgError):
    """A remote SPARQL endpoint or graph store failed or is unreachable."""
