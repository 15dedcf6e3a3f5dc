"""The named query library: ``queries/NAME.rq`` files.

Each file opens with a comment saying, in one sentence, what question it
answers; lines ``# param NAME: what it is`` document its parameters, which
are bound as values (SPARQL substitution), never pasted into the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

__all__ = ["NamedQuery", "queries_dir", "named_queries", "load_query", "shipped_query"]


def queries_dir() -> Path:
    """Where the shipped queries are (see :mod:`kg.resources`)."""
    from kg.resources import queries_dir as shipped

    return shipped()


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    text: str
    description: str
    parameters: dict[str, str]  # name -> what it is

    @classmethod
    def from_file(cls, path: Path) -> NamedQuery:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{path}: no such query file; 'kg queries' lists the named ones") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read the query ({exc})") from None
        description = ""
        parameters: dict[str, str] = {}
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                if stripped:
                    break
                continue
            comment = stripped.lstrip("#").strip()
            param = re.match(r"param\s+(\w+)\s*:\s*(.*)", comment)
            if param:
                parameters[param.group(1)] = param.group(2)
            elif not description:
                description = comment
        return cls(path.stem, path, text, description, parameters)


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query, by name."""
    return {p.stem: NamedQuery.from_file(p) for p in sorted(queries_dir().glob("*.rq"))}


def load_query(name_or_path: str) -> NamedQuery:
    """A shipped query by name, or any ``.rq`` file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        return NamedQuery.from_file(path)
    candidate = queries_dir() / f"{name_or_path}.rq"
    if candidate.exists():
        return NamedQuery.from_file(candidate)
    known = ", ".join(sorted(named_queries()))
    raise QueryError(f"{name_or_path}: no such named query; known: {known} (or give a path to a .rq file)")


def shipped_query(name: str) -> NamedQuery:
    """A shipped query by name only, never a file by path: what a server
    may run for a client (a name such as ``../x`` or ``/etc/q.rq`` is refused)."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; GET /queries lists them")
    return queries[name]
