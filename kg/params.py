"""Query parameters: user-given text -> RDF terms bound to query variables.

A parameter is never pasted into a query's text. Its value becomes an RDF
term (an IRI, or a literal) and the query binds the variable to it through
a ``VALUES`` block opening its WHERE clause, the term serialized by
pyoxigraph (:func:`values_clause`), in the embedded store and for a remote
endpoint alike.

A parameter documented as taking an IRI (``# param org: the organization's
IRI or name``) also takes a *name*: the entity whose ``skos:prefLabel`` or
``skos:altLabel`` is that name, compared case-insensitively. The words of
the description narrow the search to a kind of entity ("organization",
"person", "field", ...), so "Beijing" the city and "Beijing" the municipal
government do not collide. No match, or several, is an error that says
what to try next.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from kg.errors import QueryError, UsageError
from kg.terms import IRI, looks_like_iri
from kg.vocab import AGR, FOAF, ORG, SCHEMA, SKOS

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

    from kg.queries import NamedQuery
    from kg.stores import KgStore as Store

__all__ = ["page_bounds", "parse_params", "text_value", "bind", "bind_variables", "term", "values_clause", "insert_values", "query_bound", "Lookup", "ENTITY_CLASSES"]

# A function that runs a SELECT with substitutions and returns its rows as
# dicts of terms: how name resolution reaches a local or a remote store.
Lookup = Callable[[str, Mapping[str, "ox.NamedNode | ox.Literal"]], list[dict]]

# words of a parameter's description -> the class of entity it names
ENTITY_CLASSES: dict[str, str] = {
    "organization": ORG + "Organization",
    "organisation": ORG + "Organization",
    "party": ORG + "Organization",
    "person": FOAF + "Person",
    "people": FOAF + "Person",
    "field": AGR + "CooperationField",
    "area": AGR + "CooperationField",
    "place": SCHEMA + "Place",
    "city": SCHEMA + "Place",
    "kind": AGR + "AgreementKind",
    "agreement": AGR + "Agreement",
    "post": ORG + "Post",
    "role": ORG + "Role",
}

def page_bounds(limit: object = None, offset: object = None, *, spelled: str = "--{name} {value}") -> tuple[int | None, int]:
    """``limit`` and ``offset`` of a page of rows, from a command line, a
    URL or Python: whole numbers, 0 or more (no limit: every row). The
    one check the CLI, the server and the Python API share; a bad value
    is a :class:`UsageError` naming it as ``spelled`` says (the server
    says ``limit=-1``).

    >>> page_bounds("10", None), page_bounds(None, 5)
    ((10, 0), (None, 5))
    >>> page_bounds("-1")
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: --limit -1: give a whole number of rows, 0 or more
    """
    def number(value: object, what: str) -> int | None:
        if value is None or value == "":
            return None
        text = str(value).strip()
        if isinstance(value, bool) or not re.fullmatch(r"[0-9]{1,18}", text):
            shown = spelled.format(name=what, value=value)
            raise UsageError(f"{shown}: give a whole number of rows, 0 or more")
        return int(text)

    return number(limit, "limit"), number(offset, "offset") or 0


def parse_params(pairs: list[str]) -> dict[str, str | IRI]:
    """``--param`` values: ``["org=State Information Center"]`` ->
    ``{"org": "State Information Center"}``, IRIs as :class:`kg.IRI` (see
    :func:`text_value`). A pair without ``=`` is a wrong command line.

    >>> parse_params(["org=SIC", "about=https://example.org/a"])
    {'org': 'SIC', 'about': IRI('https://example.org/a')}
    """
    params: dict[str, str | IRI] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise UsageError(f"--param {pair!r}: write it as NAME=VALUE, e.g. --param org=\"State Information Center\"")
        params[name] = text_value(value)
    return params


def term(value: object, *, name: str | None = None) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """A Python value as an RDF term: see :func:`kg.terms.to_term` (the one
    converter every path uses)."""
    from kg.terms import to_term

    return to_term(value, name=name)


def text_value(text: str) -> str | IRI:
    """A value typed on a command line or in a URL: ``<...>`` or text that
    starts like an IRI (``http://``, ``https://``, ``urn:``) is an IRI, the
    rest is text. Only for text from a person; Python callers say which
    they mean with :class:`kg.IRI`.

    >>> text_value("<https://example.org/a>"), text_value("SIC")
    (IRI('https://example.org/a'), 'SIC')
    """
    stripped = text.strip()
    if stripped.startswith("<") and stripped.endswith(">"):
        return IRI(stripped[1:-1])
    return IRI(stripped) if looks_like_iri(stripped) else text


def _classes(description: str) -> list[str]:
    words = re.findall(r"[a-z]+", description.lower())
    found = []
    for word in words:
        cls = ENTITY_CLASSES.get(word) or ENTITY_CLASSES.get(word.rstrip("s"))
        if cls and cls not in found:
            found.append(cls)
    return found


def _takes_entity(description: str) -> bool:
    return "iri" in re.findall(r"[a-z]+", description.lower())


_LOOKUP = """
PREFIX skos: <%(skos)s>
SELECT DISTINCT ?entity ?label ?name WHERE {
  %(values)s
  ?entity skos:prefLabel ?label .
  { ?entity skos:prefLabel ?name } UNION { ?entity skos:altLabel ?name }
  %(typed)s
}
ORDER BY ?entity
"""

_LOOKUP_FOLDED = """
PREFIX skos: <%(skos)s>
SELECT DISTINCT ?entity ?label ?name WHERE {
  %(values)s
  { ?entity skos:prefLabel ?found } UNION { ?entity skos:altLabel ?found }
  FILTER(LCASE(STR(?found)) = LCASE(STR(?name)))
  %(typed)s
  ?entity skos:prefLabel ?label .
}
ORDER BY ?entity
"""


def resolve_name(name: str, classes: list[str], lookup: Lookup, *, what: str = "entity") -> ox.NamedNode:
    """The one entity (of one of ``classes``, if any) named ``name``.

    An exact label match is looked up first (an index lookup); only when
    there is none are all labels compared case-insensitively.
    """
    import pyoxigraph as ox

    values = ""
    typed = "?entity a ?class ." if classes else ""
    if classes:
        values = "VALUES ?class { " + " ".join(str(ox.NamedNode(c)) for c in classes) + " }"
    subs = {"name": ox.Literal(name)}
    rows = lookup(_LOOKUP % {"skos": SKOS, "values": values, "typed": typed}, subs)
    if not rows:
        rows = lookup(_LOOKUP_FOLDED % {"skos": SKOS, "values": values, "typed": typed}, subs)
    found: dict[str, str] = {}
    for row in rows:
        found.setdefault(row["entity"].value, row["label"].value)
    if not found:
        raise QueryError(f"no {what} is named {name!r}; 'kg entities' lists the names, or give an IRI")
    if len(found) > 1:
        options = "; ".join(f"{label} <{iri}>" for iri, label in list(found.items())[:5])
        raise QueryError(f"{len(found)} entities are named {name!r} ({options}); give the IRI of the one you mean")
    return ox.NamedNode(next(iter(found)))


def bind(query: NamedQuery, values: Mapping[str, object], lookup: Lookup | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
    """The RDF terms to bind for ``values`` given to ``query``.

    A parameter's ``# param`` line says what it takes, so a ``str`` is
    never ambiguous there: for a parameter documented as taking an IRI,
    text that starts like an IRI is one, and any other text a name,
    resolved through ``lookup`` (see :func:`resolve_name`; without
    ``lookup`` it stays a literal); for any other documented parameter
    text is a literal. Other Python values become terms by
    :func:`kg.terms.to_term`, as do values for variables the query uses
    but does not document.
    """
    import pyoxigraph as ox

    bound: dict[str, ox.NamedNode | ox.Literal] = {}
    for given, value in values.items():
        if value is None:
            continue  # an optional parameter left out
        name = given.rstrip("_")  # from_=... binds ?from (a Python keyword)
        described = query.parameters.get(name)
        if described is None and not re.search(rf"[?$]{re.escape(name)}\b", query.text):
            known = ", ".join(query.parameters) or "none"
            raise QueryError(f"{query.name}: no parameter {name!r} (it takes: {known}); 'kg queries' lists them")
        if described is not None and isinstance(value, str) and not isinstance(value, IRI):
            if not _takes_entity(described):
                bound[name] = ox.Literal(value)
            elif looks_like_iri(value):
                bound[name] = _bindable(IRI(value), name)
            elif lookup is not None:
                classes = _classes(described)
                what = _kind_word(classes) if classes else "entity"
                bound[name] = resolve_name(value, classes, lookup, what=what)
            else:
                bound[name] = ox.Literal(value)
            continue
        bound[name] = _bindable(value, name)
    return bound


def _bindable(value: object, name: str) -> ox.NamedNode | ox.Literal:
    """``value`` as a term a query can be given (never a blank node, which
    would only name a fresh node of the query's own)."""
    import pyoxigraph as ox

    value_term = term(value, name=name)
    if isinstance(value_term, ox.BlankNode):
        raise QueryError(f"?{name}: a blank node cannot be bound; give the IRI")
    return value_term


def bind_variables(values: Mapping[str, object]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Terms for keyword bindings of an ad-hoc query, which documents no
    parameters: each value by :func:`kg.terms.to_term`, a trailing ``_``
    dropped from its name (``from_`` binds ``?from``).

    >>> import datetime
    >>> bind_variables({"from_": datetime.date(2000, 1, 1)})["from"].datatype.value
    'http://www.w3.org/2001/XMLSchema#date'
    """
    return {given.rstrip("_"): _bindable(value, given.rstrip("_")) for given, value in values.items()
            if value is not None}


def _kind_word(classes: list[str]) -> str:
    words = {ORG + "Organization": "organization", FOAF + "Person": "person", AGR + "CooperationField": "field",
             SCHEMA + "Place": "place", AGR + "AgreementKind": "agreement kind", AGR + "Agreement": "agreement",
             ORG + "Post": "post", ORG + "Role": "role"}
    return " or ".join(dict.fromkeys(words.get(c, "entity") for c in classes))


# ------------------------------------------------------ remote binding


def values_clause(bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """A one-row ``VALUES`` block for ``bindings``, each term serialized by
    pyoxigraph (IRIs validated, literals escaped), so no user text can
    change the query's structure."""
    if not bindings:
        return ""
    names = " ".join(f"?{name}" for name in bindings)
    row = " ".join(str(value) for value in bindings.values())
    return f"VALUES ({names}) {{ ({row}) }}"


def _outer_group_start(sparql: str) -> int | None:
    """Index just after the ``{`` that opens the outermost WHERE clause,
    skipping comments, strings and IRIs."""
    i, n = 0, len(sparql)
    saw_where = False
    first_brace = None
    upper = sparql.upper()
    while i < n:
        ch = sparql[i]
        if ch == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch in "\"'":
            quote = sparql[i:i + 3] if sparql[i:i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and sparql[j:j + len(quote)] != quote:
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote)
            continue
        if ch == "<":
            end = sparql.find(">", i)
            if end > 0 and not re.search(r"\s", sparql[i + 1:end]):
                i = end + 1
                continue
        if upper.startswith("WHERE", i) and (i == 0 or not sparql[i - 1].isalnum()):
            saw_where = True
            i += 5
            continue
        if ch == "{":
            if saw_where:
                return i + 1
            if first_brace is None:
                first_brace = i + 1
        i += 1
    # SELECT/ASK may leave out WHERE: then the first group is the pattern
    head = re.sub(r"#[^\n]*", "", sparql).upper()
    if first_brace is not None and re.search(r"\b(SELECT|ASK)\b", head) and "CONSTRUCT" not in head:
        return first_brace
    return None


def insert_values(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``sparql`` with ``bindings`` as a ``VALUES`` block opening its
    outermost group pattern, so the variables are bound before anything
    else in it is evaluated (as substitution would bind them)."""
    if not bindings:
        return sparql
    at = _outer_group_start(sparql)
    if at is None:
        raise QueryError("cannot find the query's WHERE clause to bind parameters to; write the query with WHERE { ... }")
    return sparql[:at] + "\n  " + values_clause(bindings) + "\n" + sparql[at:]


def query_bound(store: Store, sparql: str, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None, *,
                asserted_only: bool = False):
    """Run ``sparql`` on the embedded ``store`` with ``substitutions`` bound
    by a VALUES block opening the WHERE clause (:func:`insert_values`): the
    one place parameters meet the embedded store, which itself knows
    nothing of them. A VALUES block rather than pyoxigraph's substitutions:
    Oxigraph joins in the order written, so the bound values then drive
    the whole evaluation (substitution left some queries scanning the
    graph), and it binds variables the query does not project as well."""
    if substitutions:
        sparql = insert_values(sparql, substitutions)
    return store.query(sparql, asserted_only=asserted_only)
