"""SPARQL syntax errors as one line a person can act on.

Oxigraph's parser reports what it expected at a position, which for an
undeclared prefix is a list of Unicode ranges. kg says instead which prefix
is missing and which ones it declares itself.

>>> explain_syntax_error("error at 1:26: expected one of Prefix not found, [...]",
...                      "SELECT * { ?s dbo:x ?o }").split(";")[0]
'malformed SPARQL: prefix dbo: is not declared'
>>> explain_syntax_error("error at 1:15: expected one of REDUCED, [_]", "SELECT WHERE {")
'malformed SPARQL at line 1, column 15: expected one of REDUCED, [_]'
"""
from __future__ import annotations

import re

__all__ = ["explain_syntax_error"]

_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")


def explain_syntax_error(message: str, sparql: str | None = None) -> str:
    """One line for a pyoxigraph ``SyntaxError`` message about ``sparql``."""
    from kg.vocab import PREFIXES

    if sparql is not None and "prefix not found" in message.lower():
        from kg.sparql_tokens import undeclared_prefixes

        missing = undeclared_prefixes(sparql, PREFIXES)
        if missing:
            names = ", ".join(f"{p}:" for p in missing)
            verb = "is" if len(missing) == 1 else "are"
            known = " ".join(f"{p}:" for p in PREFIXES)
            return (f"malformed SPARQL: prefix {names} {verb} not declared; add PREFIX {missing[0]}: <...> "
                    f"to the query (kg declares {known})")
    first = message.strip().splitlines()[0] if message.strip() else "syntax error"
    position = _POSITION.match(first)
    if position:
        first = f"at line {position.group(1)}, column {position.group(2)}: {first[position.end():]}"
        return f"malformed SPARQL {first}"
    return f"malformed SPARQL: {first}"
