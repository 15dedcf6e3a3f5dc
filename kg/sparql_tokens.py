"""SPARQL read as tokens, for the few checks kg makes before the store parses.

Not a parser: enough to tell a keyword from the same letters inside a
string, an IRI, a comment, a variable or a prefixed name, and to list the
prefixes a query uses and declares.

>>> [t for t in tokens("SELECT ?s { ?s dbo:name 'x' } # c") if t[0] != "other"]
[('word', 'SELECT'), ('var', '?s'), ('var', '?s'), ('pname', 'dbo:name'), ('string', "'x'")]
>>> undeclared_prefixes("PREFIX ex: <http://e/> SELECT * { ?s ex:p dbo:x ; foaf:name ?n }", {"foaf": "f"})
['dbo']
"""
from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["declared_prefixes", "tokens", "undeclared_prefixes"]

# one token at a time, the alternatives tried in this order
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<bnode>_:[\w.\-\u00B7]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w:%\-\u00B7]|\\.|\.(?=[\w:%\-\\]))*)
  | (?P<word>[^\W\d][\w]*)
  | (?P<space>\s+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokens(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` pairs, spaces and comments left out; kinds: comment,
    string, iri, var, bnode, lang, pname, word, other."""
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(text)
            if m.lastgroup not in ("space", "comment")]


def declared_prefixes(text: str) -> dict[str, str]:
    """The ``PREFIX p: <iri>`` declarations of a query."""
    found = tokens(text)
    declared = {}
    for index, (kind, value) in enumerate(found[:-2]):
        if kind == "word" and value.upper() == "PREFIX" and found[index + 1][0] == "pname" \
                and found[index + 2][0] == "iri":
            declared[found[index + 1][1].split(":", 1)[0]] = found[index + 2][1][1:-1]
    return declared


def undeclared_prefixes(text: str, known: Mapping[str, str]) -> list[str]:
    """Prefixes the query uses but neither declares nor finds in ``known``,
    in the order first used."""
    declared = {**known, **declared_prefixes(text)}
    missing: list[str] = []
    for kind, value in tokens(text):
        if kind == "pname":
            prefix = value.split(":", 1)[0]
            if prefix not in declared and prefix not in missing:
                missing.append(prefix)
    return missing
