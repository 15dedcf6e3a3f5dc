"""The string literals of the extractor's modules, for the tests that check a list of the genre is
spelled in one data file and nowhere in the code."""
from __future__ import annotations

import io
import tokenize
from pathlib import Path


def string_literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that are no docstring (patterns, word lists), with their lines."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [(t.start[0], t.string) for t in tokens if t.type == tokenize.STRING and not t.string.startswith(('"""', "'''"))]
