"""Answers kept ready to read: whole-graph named queries, derived once per
state of the store and read a page at a time after.

Why: a listing (every party of every agreement, every signatory...) is a
join of whole columns, then a sort. At 100k agreements Oxigraph 0.5 takes
4-17 s to give the first row of one, whatever LIMIT asks for, because it
hash-joins the columns and the answer is sorted before anything comes out;
the aggregates over the whole graph (``agreements-per-year``,
``busiest-organizations``...) take 1-2 s for a hundred rows at most, and ``agreements-in-field`` 7 s for one field. So
kg evaluates each of these queries once and keeps its rows, in the
query's own order, in a file of their own beside the database; ``kg
query``, :meth:`kg.graph.KnowledgeGraph.run` and ``kg serve`` then read
them a page at a time: the first page in milliseconds, every page
consistent with the others.

The rows are derived when first asked for after an inference, not by the
inference itself: deriving every listing at 100k agreements took minutes,
which every ``kg ingest`` of one article paid again although most listings
are never read before the next one. The first reader of a listing waits
as long as evaluating the query would have taken (it is evaluated once,
its rows written as they are read back); every later reader, of any page,
gets them at once. :func:`derive_listings` derives them all ahead of
time, for a caller that would rather pay it once (the benchmarks).

A query that takes a parameter whose every value is a column of its answer
(``agreements-in-field``'s ``field``, :data:`FILTERED`) is kept whole
when it is run without it, with where each value's rows lie; run with the
parameter bound, its rows are then those of the whole answer with that
value, in the same order. Until it is kept whole (deriving it costs as
much as evaluating it for every value), the rows of each value are kept
as they are first evaluated. The parameter is bound as
:func:`kg.params.bind` binds it for the query.

What is kept is an answer, not facts: it never enters the database, so
queries, exports and pushes never see it, and it is used only while it
provably matches the store:

- only for the shipped queries named in :data:`KEPT`, over asserted and
  inferred facts together;
- only while the store owes no inference (an ingest writes
  ``inference-owed`` before it changes any article graph);
- only if derived from the query text shipped now (a hash of it is kept);
- only if derived in the current *epoch*: :func:`forget_listings` runs
  inside every inference before it completes and starts a new epoch (a
  random token in ``DIR/listings/epoch``); rows are kept only if the
  epoch and the owed marker read before evaluating are unchanged after,
  so rows derived from the store before an inference are never taken for
  rows of the store after it, whichever process derived them.

Otherwise the query is evaluated as written: slower, never different.
A SPARQL server as the store keeps the rows on the server instead, with
the same guarantees (:mod:`kg.listings_remote`).

Layout: ``DIR/listings/NAME.json`` describes the kept rows of one query
(epoch, query hash, variables, rows, the file holding them), and that
file, ``DIR/listings/NAME.<generation>.tsv``, holds them as a W3C SPARQL
1.1 Query Results TSV file (readable by any SPARQL tool); the description
records the byte offset of every :data:`BLOCK`-th row, so a page at any
offset is found without reading the rows before it. A description is
replaced whole (written aside, then renamed), so a reader sees the old
rows or the new, never a mix.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.queries import NamedQuery

if TYPE_CHECKING:
    from kg.listings_remote import RemoteListing

__all__ = ["LISTINGS", "AGGREGATES", "KEPT", "FILTERED", "BLOCK", "Listing", "derive_listings", "forget_listings",
           "keep_listings_ready", "kept_answer", "ready_listing"]

# The named queries that list every row of a kind: the contract's six and
# the other whole-graph listings of the library.
LISTINGS = ("agreements", "parties", "signatories", "witnesses", "posts", "areas",
            "overview", "articles", "entities", "members", "partners")
# A query that takes a parameter, kept whole and read for one value of it:
# name -> the parameter, which binds a variable the query returns, so its
# rows with one value are the rows of the whole answer with that value.
FILTERED = {"agreements-in-field": "field"}
# The named queries that sum up the whole graph in a few rows (no
# parameters): each reads every agreement, party or signatory, 1-2 s at
# 100k agreements, for a hundred rows at most.
AGGREGATES = ("agreements-per-kind", "agreements-per-year", "busiest-organizations", "busiest-signatories",
              "fields-per-year", "places")
# Every query whose rows are kept.
KEPT = LISTINGS + AGGREGATES + tuple(FILTERED)
BLOCK = 1000  # rows between two recorded offsets
_FOLDER = "listings"
_EPOCH = "epoch"
_FORMAT = 3  # 3: one description per query, tied to the epoch


def _folder(store) -> Path | None:
    """Where ``store`` keeps its listings: a folder for an embedded store;
    None for a SPARQL server as the store, which keeps them on the server
    (:mod:`kg.listings_remote`)."""
    from kg.store import Store

    return Path(store.path) / _FOLDER if isinstance(store, Store) else None


def query_hash(query: NamedQuery) -> str:
    """What ties kept rows to the query text they were derived from."""
    return hashlib.sha256(query.text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Listing:
    """One query's kept rows: where they are, how many, and the byte
    offset of every :data:`BLOCK`-th row. With ``only`` set (a column and
    a term in N-Triples syntax), the rows with that term in that column,
    which all lie between rows ``first`` and ``last``."""

    name: str
    path: Path
    variables: list[str]
    rows: int
    offsets: list[int]
    groups: dict[str, list[int]] | None = None  # FILTERED: term -> [first row, last row, rows]
    only: tuple[int, bytes] | None = None
    first: int = 0

    def count(self, offset: int = 0, limit: int | None = None) -> int:
        """How many rows the page ``offset``, ``limit`` holds."""
        remaining = max(0, self.rows - offset)
        return remaining if limit is None else min(limit, remaining)

    def where(self, variable: str, value: object) -> Listing:
        """The rows whose ``variable`` is the term ``value``, in the same order."""
        column = self.variables.index(variable)
        text = str(value)
        first, last, rows = (self.groups or {}).get(text, [0, -1, 0])
        return replace(self, rows=rows, only=(column, text.encode("utf-8")), first=first)

    def blocks(self, offset: int = 0, limit: int | None = None) -> Iterator[bytes]:
        """Rows ``offset`` to ``offset + limit`` (all that follow when
        ``limit`` is None) as TSV result documents of up to :data:`BLOCK`
        rows each, header included: what a server can hand to a results
        serializer as it is. The file is opened now, so a derivation that
        replaces it later does not pull it away from under the reader."""
        stream = open(self.path, "rb")
        if self.only is not None:
            return self._matching(stream, offset, self.count(offset, limit))
        return self._blocks(stream, offset, self.count(offset, limit))

    def _seek(self, stream, row: int) -> None:
        """Put ``stream`` at the start of row ``row`` (0: the first after the header)."""
        block = row // BLOCK
        stream.seek(self.offsets[block])
        for _ in range(row - block * BLOCK):
            stream.readline()

    def _blocks(self, stream, offset: int, wanted: int) -> Iterator[bytes]:
        with stream:
            header = stream.readline()
            if wanted <= 0:
                return
            self._seek(stream, offset)
            while wanted > 0:
                lines = []
                for _ in range(min(BLOCK, wanted)):
                    line = stream.readline()
                    if not line:
                        break
                    lines.append(line)
                if not lines:
                    return
                yield header + b"".join(lines)
                wanted -= len(lines)

    def _matching(self, stream, offset: int, wanted: int) -> Iterator[bytes]:
        assert self.only is not None
        column, text = self.only
        with stream:
            header = stream.readline()
            if wanted <= 0:
                return
            self._seek(stream, self.first)
            skip, lines = offset, []
            while wanted > 0:
                line = stream.readline()
                if not line:
                    break
                if line.rstrip(b"\n").split(b"\t")[column] != text:
                    continue
                if skip:
                    skip -= 1
                    continue
                lines.append(line)
                wanted -= 1
                if len(lines) == BLOCK:
                    yield header + b"".join(lines)
                    lines = []
            if lines:
                yield header + b"".join(lines)

    def stream(self, offset: int = 0, limit: int | None = None) -> Iterator[list[object | None]]:
        """Rows ``offset`` to ``offset + limit`` as lists of RDF terms."""
        return _terms(self.blocks(offset, limit))


def _terms(blocks: Iterator[bytes]) -> Iterator[list[object | None]]:
    for block in blocks:
        solutions = ox.parse_query_results(block, format=ox.QueryResultsFormat.TSV)
        assert isinstance(solutions, ox.QuerySolutions), "a TSV document holds solutions"
        for solution in solutions:
            yield list(solution)


def _epoch(folder: Path) -> str | None:
    try:
        return (folder / _EPOCH).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _description(folder: Path, name: str) -> dict | None:
    try:
        entry = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != _FORMAT:
        return None
    return entry


def _shipped(query: NamedQuery) -> bool:
    return query.name in KEPT and query.path.parent.resolve() == _shipped_dir()


def ready_listing(store, query: NamedQuery, *, asserted_only: bool = False, derive: bool = True) -> Listing | RemoteListing | None:
    """The kept rows of ``query`` (run without parameters) if they can
    answer it now, derived first if they are missing and ``derive`` says
    so; None when they cannot (then the query is evaluated as written)."""
    if asserted_only or not _shipped(query):
        return None
    if _remote(store):
        return _remote_listing(store, query, query.name, {}, derive)
    folder = _folder(store)
    if folder is None or store.inference_owed() is not None:
        return None
    listing = _read_listing(folder, query)
    if listing is None and derive:
        try:
            derive_listings(store, (query.name,))
        except OSError:
            return None  # the folder cannot be written (a read-only copy): the query is evaluated
        listing = _read_listing(folder, query)
    return listing


def _read_listing(folder: Path, query: NamedQuery, key: str | None = None) -> Listing | None:
    entry = _description(folder, key or query.name)
    epoch = _epoch(folder)
    if entry is None or epoch is None or entry.get("epoch") != epoch or entry.get("query") != query_hash(query):
        return None
    path = folder / str(entry.get("file"))
    if not path.is_file():
        return None
    groups = entry.get("groups")
    return Listing(query.name, path, list(entry["variables"]), int(entry["rows"]), list(entry["offsets"]),
                   groups if isinstance(groups, dict) else None)


def kept_answer(store, query: NamedQuery, params: Mapping[str, object], *,
                asserted_only: bool = False) -> Listing | RemoteListing | None:
    """The kept rows that answer ``query`` with ``params`` (None values
    left out), or None: run without parameters, a kept query's rows; a
    :data:`FILTERED` query given only its one parameter, the rows of its
    whole answer with that value if it is kept whole, else the rows kept
    for that value (evaluated and kept now if they are not). The value is
    bound as :func:`kg.params.bind` binds it (a name that names no entity
    is the same error)."""
    given = {k: v for k, v in params.items() if v is not None}
    if not given:
        return ready_listing(store, query, asserted_only=asserted_only)
    parameter = FILTERED.get(query.name)
    if parameter is None or [k.rstrip("_") for k in given] != [parameter] or not _shipped(query) or asserted_only:
        return None
    folder = _folder(store)
    if (folder is None and not _remote(store)) or store.inference_owed() is not None:
        return None
    from kg.params import bind, query_bound

    def lookup(sparql: str, subs: Mapping[str, object]) -> list:
        return list(query_bound(store, sparql, subs))  # type: ignore[arg-type]

    bound = bind(query, given, lookup)
    if parameter not in bound:
        return None
    if folder is None:  # a SPARQL server as the store
        from kg.listings_remote import read_remote_listing

        remote_whole = read_remote_listing(store, query)
        if remote_whole is not None and parameter in remote_whole.variables:
            return remote_whole.where(parameter, bound[parameter])
        key = f"{query.name}@{hashlib.sha256(str(bound[parameter]).encode('utf-8')).hexdigest()[:24]}"
        return _remote_listing(store, query, key, {parameter: bound[parameter]}, True)
    whole = _read_listing(folder, query)
    if whole is not None and parameter in whole.variables:
        return whole.where(parameter, bound[parameter])
    # not kept whole (deriving it costs as much as every value's rows):
    # this value's rows, evaluated now as they would be anyway, are kept
    key = f"{query.name}@{hashlib.sha256(str(bound[parameter]).encode('utf-8')).hexdigest()[:24]}"
    listing = _read_listing(folder, query, key)
    if listing is None:
        try:
            _derive(store, folder, [(query, key, {parameter: bound[parameter]})])
        except OSError:
            return None  # the folder cannot be written: the query is evaluated
        listing = _read_listing(folder, query, key)
    return listing


def _remote(store) -> bool:
    from kg.store_remote import RemoteStore

    return isinstance(store, RemoteStore)


def _remote_listing(store, query: NamedQuery, key: str, bound: dict, derive: bool):
    """:func:`ready_listing` on a SPARQL server as the store (:mod:`kg.listings_remote`)."""
    from kg.errors import KgError
    from kg.listings_remote import derive_remote, read_remote_listing

    listing = read_remote_listing(store, query, key)
    if listing is None and derive:
        try:
            derive_remote(store, query, key, bound, FILTERED.get(query.name) if not bound else None)
        except KgError:
            return None  # the server would not keep them (read-only, full): the query is evaluated
        listing = read_remote_listing(store, query, key)
    return listing


def _shipped_dir() -> Path:
    from kg.queries import queries_dir

    return queries_dir().resolve()


def forget_listings(store) -> None:
    """Stop using the kept rows (an inference is about to change what they
    were derived from): a new epoch begins, so no description written
    before it matches any more, and the kept rows are removed."""
    from kg.store import write_atomically

    folder = _folder(store)
    if folder is None:
        return
    folder.mkdir(exist_ok=True)
    write_atomically(folder / _EPOCH, (secrets.token_hex(16) + "\n").encode("utf-8"))
    for kept in [*folder.glob("*.json"), *folder.glob("*.tsv")]:  # a reader that has one open keeps reading it
        kept.unlink(missing_ok=True)


def keep_listings_ready(store, notify: Callable[[str], None] | None = None) -> dict[str, int]:
    """What follows every inference (``kg infer``, ``kg ingest``,
    :meth:`kg.graph.KnowledgeGraph.infer`): nothing is derived now; each
    kept query is derived when first read (:func:`ready_listing`), so an
    inference never pays for listings nobody reads. Kept for the callers
    that run after inference; returns rows per query derived (none)."""
    return {}


def derive_listings(store, names: tuple[str, ...] = KEPT,
                    notify: Callable[[str], None] | None = None) -> dict[str, int]:
    """Evaluate each query of ``names`` whose kept rows are missing or
    stale on ``store`` (its inference up to date) and keep its rows;
    returns rows per query derived.

    Rows are kept only if the store owed no inference and was in the same
    epoch before and after they were evaluated (see the module's
    docstring); a store opened read-only is evaluated through a fresh
    opening, so the rows are those of the store as it is now, not as it
    was when the caller opened it.
    """
    from kg.queries import named_queries

    shipped = named_queries()
    if _remote(store):
        from kg.listings_remote import derive_remote, read_remote_listing

        started = time.perf_counter()
        counts = {name: derive_remote(store, shipped[name], name, {}, FILTERED.get(name)) for name in names
                  if read_remote_listing(store, shipped[name]) is None}
        if notify and counts:
            notify(f"kept {len(counts)} answers ready to stream ({sum(counts.values()):,} rows, "
                   f"{time.perf_counter() - started:.1f} s)")
        return counts
    folder = _folder(store)
    if folder is None or store.inference_owed() is not None:
        return {}
    wanted: list[tuple[NamedQuery, str, dict]] = [(shipped[name], name, {}) for name in names if _read_listing(folder, shipped[name]) is None]
    started = time.perf_counter()
    counts = _derive(store, folder, wanted)
    if notify and counts:
        notify(f"kept {len(counts)} answers ready to stream ({sum(counts.values()):,} rows, "
               f"{time.perf_counter() - started:.1f} s)")
    return counts


def _derive(store, folder: Path, wanted: list[tuple[NamedQuery, str, dict]]) -> dict[str, int]:
    """Evaluate each (query, key, parameters bound) of ``wanted`` and keep
    its rows under the key; returns rows per key kept."""
    if not wanted or store.inference_owed() is not None:
        return {}
    folder.mkdir(exist_ok=True)
    _sweep_old_layout(folder)
    epoch = _epoch(folder)
    if epoch is None:  # a store whose last inference came before epochs: start one
        forget_listings(store)
        epoch = _epoch(folder)
    counts: dict[str, int] = {}
    reader = _fresh(store)
    try:
        for query, key, bound in wanted:
            with _one_at_a_time(folder, key):
                if _read_listing(folder, query, key) is not None:
                    continue  # another reader derived it while this one waited
                counts[key] = _derive_one(store, reader, folder, query, key, bound, epoch)
    finally:
        if reader is not store:
            reader.close()
    return counts


@contextmanager
def _one_at_a_time(folder: Path, key: str) -> Iterator[None]:
    """Hold the lock on deriving ``key``: readers that ask for the same
    rows at once (requests to ``kg serve``) evaluate the query once, the
    others wait for its rows instead of evaluating it beside it. Where
    files cannot be locked, each derives its own."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system
        yield
        return
    with open(folder / f".{key}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _sweep_old_layout(folder: Path) -> None:
    """Remove what kg kept before (one manifest, a folder per generation):
    it is never read again."""
    import shutil

    try:
        (folder / "manifest.json").unlink()
    except FileNotFoundError:
        pass
    for old in folder.iterdir():
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def _fresh(store):
    """The store to evaluate on: ``store`` itself when it is the writer
    (it sees every change), else a new read-only opening of its folder."""
    from kg.store import Store

    return Store(store.path, read_only=True) if store.read_only else store


def _derive_one(store, reader, folder: Path, query: NamedQuery, key: str, bound: dict, epoch: str | None) -> int:
    from kg.graph import select_rows
    from kg.store import write_atomically

    rows = select_rows(reader, query.text, substitutions=bound or None)
    path = folder / f"{key}.{time.time_ns():x}-{os.getpid()}.tsv"
    try:
        offsets = _write_tsv(path, rows.variables, rows.rows)
        entry: dict[str, object] = {"format": _FORMAT, "epoch": epoch, "query": query_hash(query),
                                    "variables": rows.variables, "rows": len(rows.rows), "offsets": offsets,
                                    "file": path.name}
        parameter = FILTERED.get(query.name)
        if parameter is not None and not bound:
            entry["groups"] = _groups(rows.rows, rows.variables.index(parameter))
        if store.inference_owed() is not None or _epoch(folder) != epoch:
            path.unlink()  # the store changed while it was read: these rows may not be its rows
            return 0
        write_atomically(folder / f"{key}.json", (json.dumps(entry) + "\n").encode("utf-8"))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    for old in folder.glob(f"{key}.*.tsv"):
        if old != path:  # a reader that has it open keeps reading it
            old.unlink(missing_ok=True)
    return len(rows.rows)


def _groups(rows: list[list[object | None]], column: int) -> dict[str, list[int]]:
    """For each term of ``column``: its first row, its last row and how many rows hold it."""
    groups: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        term = row[column]
        if term is None:
            continue
        seen = groups.get(str(term))
        if seen is None:
            groups[str(term)] = [index, index, 1]
        else:
            seen[1] = index
            seen[2] += 1
    return groups


def _write_tsv(path: Path, variables: list[str], rows: list[list[object | None]]) -> list[int]:
    """Rows as SPARQL 1.1 TSV results (terms in N-Triples syntax, which
    escapes tabs and line breaks); returns the offset of every
    :data:`BLOCK`-th row."""
    offsets = []
    with open(path, "wb") as out:
        out.write(("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8"))
        for start in range(0, len(rows), BLOCK):
            offsets.append(out.tell())
            text = "".join("\t".join("" if t is None else str(t) for t in row) + "\n"
                           for row in rows[start:start + BLOCK])
            out.write(text.encode("utf-8"))
        out.flush()
        os.fsync(out.fileno())
    return offsets
