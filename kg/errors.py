"""The exceptions kg raises, and the exit status each maps to.

Every message names the file (or store, or query) involved and says what to
do next, because it is printed as the one line a command-line user sees.
"""
from __future__ import annotations

__all__ = [
    "KgError",
    "ArticleError",
    "StoreError",
    "MissingStoreError",
    "QueryError",
    "CurationError",
    "ValidationError",
    "RemoteError",
    "ClusterError",
    "NetworkError",
    "QueryTimeoutError",
    "ReasoningError",
    "UnsupportedAxiom",
    "UsageError",
    "DependencyError",
    "NlpError",
    "KnowledgeError",
    "import_failure",
    "EXIT_OK",
    "EXIT_FAILURE",
    "EXIT_USAGE",
]

EXIT_OK = 0
EXIT_FAILURE = 1  # the command ran but something in its input was wrong (or the data breaks a shape)
EXIT_USAGE = 2  # the command line itself was wrong, or the command could not run at all


class KgError(Exception):
    """Base class: anything kg reports to a user as a one-line message."""

    exit_code = EXIT_FAILURE


class ArticleError(KgError):
    """An article file is missing, unreadable, empty or of an unknown type."""


class StoreError(KgError):
    """The store folder cannot be opened or written."""


class MissingStoreError(StoreError):
    """No store at the path a reading command was given: it cannot run (exit 2)."""

    exit_code = EXIT_USAGE


class QueryError(KgError):
    """A query is unknown, unreadable or malformed, or its parameters are."""


class CurationError(KgError):
    """A curation file is malformed."""


class ValidationError(KgError):
    """The graph breaks a SHACL shape that reasoning depends on."""


class RemoteError(KgError):
    """A remote SPARQL endpoint or graph store failed or is unreachable."""


class ClusterError(KgError):
    """The Dask scheduler an ingest was sent to cannot be reached, has no
    workers, or went away mid-batch: the ingest cannot run (exit 2), and
    nothing was written."""

    exit_code = EXIT_USAGE


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was abandoned."""


class NetworkError(KgError):
    """A network request cannot be answered: an unknown entity, projection
    or measure, or a selection that matches nothing."""


class ReasoningError(KgError):
    """The data cannot be reasoned over as it stands (the store is kept as it is)."""


class UnsupportedAxiom(KgError):
    """The ontology uses an OWL construct the fast reasoning engine does not run."""


class UsageError(KgError):
    """The command line (or a call) is wrong in a way a parser could not
    see: ``--param org`` without ``=``, two options that contradict."""

    exit_code = EXIT_USAGE


class DependencyError(KgError):
    """A library kg needs is missing or broken in this environment: kg
    cannot run until it is installed, whatever the input."""

    exit_code = EXIT_USAGE


class NlpError(KgError):
    """The English pipeline is missing or is not the version kg was built for:
    nothing can be read until the right one is installed."""

    exit_code = EXIT_USAGE


class KnowledgeError(KgError):
    """A knowledge file under kg/knowledge is missing or malformed (a packaging
    or editing mistake, not bad input)."""

    exit_code = EXIT_USAGE


def import_failure(exc: ImportError) -> DependencyError:
    """An :class:`ImportError` as the one line a user can act on: which
    module failed and how to repair the installation.

    >>> print(import_failure(ModuleNotFoundError("No module named 'lxml_html_clean'", name="lxml_html_clean")))
    a library kg needs cannot be loaded (lxml_html_clean: No module named 'lxml_html_clean'); reinstall kg with its dependencies: pip install --force-reinstall kg-agreements
    """
    module = getattr(exc, "name", None) or "?"
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return DependencyError(f"a library kg needs cannot be loaded ({module}: {first}); "
                           "reinstall kg with its dependencies: pip install --force-reinstall kg-agreements")
