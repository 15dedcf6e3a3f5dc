"""Where kg's data files are: the one place that knows.

The named queries (``queries/``), the ontology and SHACL shapes
(``ontology/``) and the query page (``kg/web/``) ship inside the package:
the wheel carries the first two under ``kg/_data/`` (pyproject.toml's
``force-include``), found here through :mod:`importlib.resources`; an
editable install or a checkout has them at the repository's top level,
beside the package, which is where they are edited.

>>> ontology_file().name, shapes_file().name, queries_dir().name
('agreements.ttl', 'shapes.ttl', 'queries')
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from kg.errors import DependencyError

__all__ = ["data_path", "queries_dir", "ontology_file", "shapes_file", "web_dir"]


def data_path(*parts: str) -> Path:
    """A shipped data file or folder (``data_path("ontology", "shapes.ttl")``):
    the packaged copy, or the checkout's own."""
    package = Path(str(resources.files("kg")))
    for candidate in (package.joinpath("_data", *parts), package.parent.joinpath(*parts)):
        if candidate.exists():
            return candidate
    raise DependencyError(f"kg's data file {'/'.join(parts)} is missing from {package}; "
                          "reinstall kg: pip install --force-reinstall kg-agreements")


def queries_dir() -> Path:
    """The named queries, one ``NAME.rq`` each."""
    return data_path("queries")


def ontology_file() -> Path:
    """The OWL ontology (the TBox the reasoner compiles)."""
    return data_path("ontology", "agreements.ttl")


def shapes_file() -> Path:
    """The SHACL shapes the store is validated against."""
    return data_path("ontology", "shapes.ttl")


def web_dir() -> Path:
    """The query page's static files (inside the package in every install)."""
    return Path(str(resources.files("kg"))) / "web"
