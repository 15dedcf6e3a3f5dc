"""SPARQL syntax errors as one line a person can act on.

Oxigraph's parser reports what it expected at a position, which for an
undeclared prefix is a list of Unicode ranges. kg says instead which prefix
is missing and which ones it declares itself.

>>> explain_syntax_error("error at 1:26: expected one of Prefix not found, [...]",
...                      "SELECT * { ?s dbo:x ?o }").split(";")[0]
'malformed SPARQL: prefix dbo: is not declared'
>>> explain_syntax_error("error at 1:15: expected one of REDUCED, [_]", "SELECT WHERE {")
'malformed SPARQL at line 1, column 15: expected one of REDUCED, [_]'
>>> explain_syntax_error("error at 1:1: expected one of ASK, ...", "PREFIX a: <x:> DROP ALL")
'this is a SPARQL Update (DROP), not a query: updates are not allowed here'
"""
from __future__ import annotations

import re

__all__ = ["explain_syntax_error"]

_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "DROP", "CLEAR", "LOAD", "CREATE", "ADD", "MOVE", "COPY", "WITH"})

_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")


def explain_syntax_error(message: str, sparql: str | None = None) -> str:
    """One line for a pyoxigraph ``SyntaxError`` message about ``sparql``."""
    from kg.vocab import PREFIXES

    update = _update_keyword(sparql) if sparql is not None else None
    if update:
        return f"this is a SPARQL Update ({update}), not a query: updates are not allowed here"
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


def _update_keyword(sparql: str) -> str | None:
    """The keyword that opens an update, if the text is one."""
    from kg.sparql_tokens import tokens

    found = tokens(sparql)
    index = 0
    while index < len(found):  # past the prologue: PREFIX p: <iri>, BASE <iri>
        kind, value = found[index]
        if kind == "word" and value.upper() == "PREFIX":
            index += 3
        elif kind == "word" and value.upper() == "BASE":
            index += 2
        else:
            return value.upper() if kind == "word" and value.upper() in _UPDATE_WORDS else None
    return None
