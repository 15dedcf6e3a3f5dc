"""Kept listings on a SPARQL server as the store (``--store URL``).

Why: Virtuoso, like the embedded store, evaluates and sorts a whole
listing before it gives its first row (1.3-4.9 s for the first 1,000 rows
of eight listings at 100k agreements). :mod:`kg.listings` keeps an
embedded store's rows in files beside its database; a server has no
folder kg owns, and every machine pointing at it must see the same kept
rows, so they live on the server, beside kg's bookkeeping
(:data:`kg.store_remote.META_GRAPH`):

- each derivation of one query's rows is a *generation*, a graph of its
  own (``META_GRAPH/kept/KEY/TOKEN``) holding the rows in blocks of
  :data:`kg.listings.BLOCK`: block N is the subject ``GENERATION#N`` with
  one string literal, the block's rows as SPARQL 1.1 TSV lines (terms in
  N-Triples syntax). A page at any offset is one small query naming one
  or two blocks, however long the listing;
- the bookkeeping graph says which generation answers a query:
  ``GENERATION kgs:keeps "KEY"; kgs:description "JSON"`` (epoch, query
  hash, variables, rows, and for a filtered query where each value lies).
  It is written after the blocks and replaced in one update, so a reader
  sees the old generation or the new, never a mix.

The guarantees are the embedded store's: rows are used only while the
server owes no inference (``kgs:owes``, written before any article graph
changes) and only if derived in the current epoch (``kgs:epoch``, replaced
by :meth:`kg.store_remote.RemoteStore.inference_paid` in the same update
that clears the owed marker, so every inference starts a new one); rows
are kept only if the epoch and the owed marker read before evaluating are
unchanged after. What the checks read, one query gives: the epoch, the
owed marker and the description together.

Nothing kept is a fact: its subjects and predicates are kg's own, its
objects strings, in graphs outside the article graphs' prefix, so the
named queries (which match the ontology's terms), exports, stats,
validation, the network and ``explain`` (which read the article and
inferred graphs by name or by ontology term) never meet them.
"""
from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pyoxigraph as ox

from kg.queries import NamedQuery

__all__ = ["RemoteListing", "read_remote_listing", "derive_remote", "new_epoch_update", "stale_generations",
           "forget_generations"]

_FORMAT = 2  # 2: the block size is recorded
_FETCH = 8  # blocks read in one request when streaming many
# characters of blocks sent in one update: written by SPARQL Update, not a
# Graph Store PUT, since Virtuoso 7.2's Graph Store refuses a body of one
# long literal over about 64 kB ("unsupported type text/plain")
_UPDATE_BYTES = 4_000_000


def _kgs(name: str) -> str:
    from kg.store_remote import KGS

    return f"<{KGS}{name}>"


def _meta() -> str:
    from kg.store_remote import META_GRAPH

    return f"<{META_GRAPH}>"


def _kept_prefix() -> str:
    from kg.store_remote import META_GRAPH

    return f"{META_GRAPH}/kept/"


@dataclass(frozen=True)
class RemoteListing:
    """One query's rows kept on the server, read a block at a time; the
    same reading interface as :class:`kg.listings.Listing`."""

    name: str
    store: object  # the RemoteStore the rows are read from
    graph: str  # the generation
    variables: list[str]
    rows: int
    total: int  # rows in the generation (``rows`` counts those of one value after :meth:`where`)
    block: int  # rows per block, as derived
    groups: dict[str, list[int]] | None = None
    only: tuple[int, bytes] | None = None
    first: int = 0

    def count(self, offset: int = 0, limit: int | None = None) -> int:
        """How many rows the page ``offset``, ``limit`` holds."""
        remaining = max(0, self.rows - offset)
        return remaining if limit is None else min(limit, remaining)

    def where(self, variable: str, value: object) -> RemoteListing:
        """The rows whose ``variable`` is the term ``value``, in the same order."""
        column = self.variables.index(variable)
        text = str(value)
        first, _, rows = (self.groups or {}).get(text, [0, -1, 0])
        return replace(self, rows=rows, only=(column, text.encode("utf-8")), first=first)

    def _header(self) -> bytes:
        return ("\t".join(f"?{v}" for v in self.variables) + "\n").encode("utf-8")

    def _lines(self, start_row: int, wanted: int) -> Iterator[bytes]:
        """Every kept row from ``start_row`` on, as TSV lines, fetched a
        few blocks at a time (the first request: the blocks ``wanted``
        rows need, so a page is one request)."""
        from kg.errors import StoreError

        BLOCK = self.block  # noqa: N806 - the block size these rows were kept in
        blocks = (self.total + BLOCK - 1) // BLOCK
        block = start_row // BLOCK
        skip = start_row - block * BLOCK
        batch = max(1, min(_FETCH, (skip + wanted + BLOCK - 1) // BLOCK))
        while block < blocks:
            wanted_blocks = list(range(block, min(blocks, block + batch)))
            texts = _fetch_blocks(self.store, self.graph, wanted_blocks)
            for number in wanted_blocks:
                text = texts.get(number)
                if text is None:
                    raise StoreError(f"{getattr(self.store, 'path', '')}: the kept rows of '{self.name}' were "
                                     f"replaced while being read (an inference ran); run it again")
                yield from (line.encode("utf-8") + b"\n" for line in text.split("\n")[skip:-1])
                skip = 0
            block, batch = wanted_blocks[-1] + 1, _FETCH

    def blocks(self, offset: int = 0, limit: int | None = None) -> Iterator[bytes]:
        """Rows ``offset`` to ``offset + limit`` as TSV result documents of
        up to :data:`kg.listings.BLOCK` rows each, header included."""
        from kg.listings import BLOCK

        wanted = self.count(offset, limit)
        header = self._header()
        if wanted <= 0:
            return
        if self.only is not None:
            column, text = self.only
            source: Iterator[bytes] = (line for line in self._lines(self.first, self.rows)
                                       if line.rstrip(b"\n").split(b"\t")[column] == text)
            skip = offset
        else:
            source, skip = self._lines(offset, wanted), 0
        lines: list[bytes] = []
        for line in source:
            if skip:
                skip -= 1
                continue
            lines.append(line)
            wanted -= 1
            if len(lines) == BLOCK or wanted == 0:
                yield header + b"".join(lines)
                lines = []
            if wanted == 0:
                return
        if lines:
            yield header + b"".join(lines)

    def stream(self, offset: int = 0, limit: int | None = None) -> Iterator[list[object | None]]:
        """Rows ``offset`` to ``offset + limit`` as lists of RDF terms."""
        from kg.listings import _terms

        return _terms(self.blocks(offset, limit))


def _write(store, sparql: str) -> None:
    """An update of kept rows or their descriptions: sent even by a read-only opening (``kg
    query``), since kept rows are no fact; a server that refuses it is
    remembered, so the next listing is evaluated without trying again."""
    from kg.errors import KgError

    try:
        store.endpoint.update(sparql)
    except KgError:
        store._cannot_keep = True
        raise


def _batches(lines: list[str], size: int) -> Iterator[list[str]]:
    """``lines`` in consecutive batches of about ``size`` characters (one line at least)."""
    batch: list[str] = []
    length = 0
    for line in lines:
        if batch and length + len(line) > size:
            yield batch
            batch, length = [], 0
        batch.append(line)
        length += len(line)
    if batch:
        yield batch


def _fetch_blocks(store, graph: str, numbers: list[int]) -> dict[int, str]:
    """The text of each block of ``numbers`` of one generation: one query."""
    values = " ".join(f"<{graph}#{n}>" for n in numbers)
    rows = store._select(f"SELECT ?b ?t WHERE {{ GRAPH <{graph}> {{ VALUES ?b {{ {values} }} ?b {_kgs('rows')} ?t }} }}")
    return {int(row["b"].value.rsplit("#", 1)[1]): row["t"].value for row in rows}


def _state(store, key: str) -> tuple[str | None, bool, dict | None]:
    """The epoch, whether inference is owed, and the description of the
    generation kept for ``key``: read together, in one query."""
    rows = store._select(
        f"SELECT ?p ?v WHERE {{ GRAPH {_meta()} {{ "
        f"{{ {_meta()} ?p ?v FILTER(?p IN ({_kgs('epoch')}, {_kgs('owes')})) }} UNION "
        f"{{ ?gen {_kgs('keeps')} {ox.Literal(key)} ; ?p ?v FILTER(?p = {_kgs('description')}) }} }} }}")
    epoch, owed, description = None, False, None
    for row in rows:
        predicate, value = row["p"].value.rsplit("#", 1)[-1], row["v"].value
        if predicate == "epoch":
            epoch = value
        elif predicate == "owes":
            owed = True
        elif predicate == "description":
            try:
                entry = json.loads(value)
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("format") == _FORMAT:
                description = entry
    return epoch, owed, description


def read_remote_listing(store, query: NamedQuery, key: str | None = None) -> RemoteListing | None:
    """The kept rows of ``query`` (under ``key``) if they can answer it now, else None."""
    from kg.listings import query_hash

    epoch, owed, entry = _state(store, key or query.name)
    if owed or epoch is None or entry is None or entry.get("epoch") != epoch or entry.get("query") != query_hash(query):
        return None
    groups = entry.get("groups")
    return RemoteListing(query.name, store, str(entry["graph"]), list(entry["variables"]), int(entry["rows"]),
                         int(entry["rows"]), int(entry["block"]), groups if isinstance(groups, dict) else None)


def new_epoch_update() -> tuple[str, str]:
    """The SPARQL Update that starts a new epoch (and clears the owed
    marker), and the epoch: what :meth:`kg.store_remote.RemoteStore.inference_paid` sends."""
    meta, epoch, owes = _meta(), _kgs("epoch"), _kgs("owes")
    token = secrets.token_hex(16)
    return (f"DELETE {{ GRAPH {meta} {{ {meta} {owes} ?g }} }} WHERE {{ GRAPH {meta} {{ {meta} {owes} ?g }} }} ;\n"
            f"DELETE {{ GRAPH {meta} {{ {meta} {epoch} ?e }} }} WHERE {{ GRAPH {meta} {{ {meta} {epoch} ?e }} }} ;\n"
            f"INSERT DATA {{ GRAPH {meta} {{ {meta} {epoch} {ox.Literal(token)} }} }}", token)


def stale_generations(store, epoch: str | None) -> list[str]:
    """The generation graphs on the server no current description names."""
    rows = store._select(f"SELECT ?gen ?d WHERE {{ GRAPH {_meta()} {{ ?gen {_kgs('description')} ?d }} }}")
    stale = []
    for row in rows:
        try:
            kept_epoch = json.loads(row["d"].value).get("epoch")
        except (ValueError, AttributeError):
            kept_epoch = None
        if kept_epoch != epoch:
            stale.append(row["gen"].value)
    return stale


def forget_generations(store, generations: list[str]) -> None:
    """Drop these generations and their descriptions."""
    for graph in generations:
        _write(store, f"DROP SILENT GRAPH <{graph}> ;\n"
                      f"DELETE {{ GRAPH {_meta()} {{ <{graph}> ?p ?o }} }} WHERE {{ GRAPH {_meta()} {{ <{graph}> ?p ?o }} }}")


def derive_remote(store, query: NamedQuery, key: str, bound: dict, parameter: str | None) -> int:
    """Evaluate ``query`` (with ``bound``) on the server and keep its rows
    under ``key`` as a new generation; returns the rows kept (0 when the
    store changed while they were read: they are then dropped)."""
    from kg.graph import select_rows
    from kg.listings import BLOCK, _groups, query_hash

    if getattr(store, "_cannot_keep", False):
        return 0  # the server refused to keep rows before: the query is evaluated
    epoch, owed, _ = _state(store, key)
    if owed:
        return 0
    if epoch is None:  # a store whose last inference came before epochs: start one
        _write(store, f"INSERT DATA {{ GRAPH {_meta()} {{ {_meta()} {_kgs('epoch')} "
                      f"{ox.Literal(secrets.token_hex(16))} }} }}")
        epoch, owed, _ = _state(store, key)
    rows = select_rows(store, query.text, substitutions=bound or None)
    graph = f"{_kept_prefix()}{key}/{time.time_ns():x}{secrets.token_hex(4)}"
    triples = []
    for number, start in enumerate(range(0, len(rows.rows), BLOCK)):
        text = "".join("\t".join("" if t is None else str(t) for t in row) + "\n" for row in rows.rows[start:start + BLOCK])
        triples.append(f"<{graph}#{number}> {_kgs('rows')} {ox.Literal(text)} .\n")
    entry: dict[str, object] = {"format": _FORMAT, "epoch": epoch, "query": query_hash(query), "graph": graph,
                                "variables": rows.variables, "rows": len(rows.rows), "block": BLOCK}
    if parameter is not None:
        entry["groups"] = _groups(rows.rows, rows.variables.index(parameter))
    try:
        for batch in _batches(triples, _UPDATE_BYTES):
            _write(store, f"INSERT DATA {{ GRAPH <{graph}> {{\n{''.join(batch)}}} }}")
        now_epoch, now_owed, old = _state(store, key)
        if now_owed or now_epoch != epoch:
            forget_generations(store, [graph])  # the store changed while it was read: these may not be its rows
            return 0
        meta, keeps = _meta(), _kgs("keeps")
        _write(store, f"DELETE {{ GRAPH {meta} {{ ?gen ?p ?o }} }} WHERE {{ GRAPH {meta} {{ ?gen {keeps} "
                      f"{ox.Literal(key)} ; ?p ?o }} }} ;\n"
                      f"INSERT DATA {{ GRAPH {meta} {{ <{graph}> {keeps} {ox.Literal(key)} ; "
                      f"{_kgs('description')} {ox.Literal(json.dumps(entry))} }} }}")
    except BaseException:
        forget_generations(store, [graph])
        raise
    if old is not None and old.get("graph") != graph:
        forget_generations(store, [str(old["graph"])])
    return len(rows.rows)
