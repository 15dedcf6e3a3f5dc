"""Listings kept ready to read: whole-graph named queries derived after inference.

Why: a listing (every party of every agreement, every signatory...) is a
join of whole columns, then a sort. At 100k agreements Oxigraph 0.5 takes
4-17 s to give the first row of one, whatever LIMIT asks for, because it
hash-joins the columns and the answer is sorted before anything comes out.
So, once the inferred graph has been recomputed, kg evaluates each listing
once and keeps its rows, in the query's own order, in a file of their own
beside the database; ``kg query``, :meth:`kg.graph.KnowledgeGraph.run` and
``kg serve`` then read them a page at a time: the first page in
milliseconds, every page consistent with the others.

What is kept is an answer, not facts: it never enters the database, so
queries, exports and pushes never see it, and it is used only while it
provably matches the store:

- only for the shipped queries named in :data:`LISTINGS`, run without
  parameters, over asserted and inferred facts together;
- only while the store owes no inference (an ingest writes
  ``inference-owed`` before it changes any article graph);
- only if derived from the query text shipped now (a hash of it is kept);
- :func:`forget_listings` runs inside every inference before it completes,
  so a listing derived before is never taken for one derived after.

Otherwise the query is evaluated as written: slower, never different.

Layout: ``DIR/listings/manifest.json`` names the current generation,
``DIR/listings/<generation>/NAME.tsv`` holds one listing as a W3C SPARQL
1.1 Query Results TSV file (readable by any SPARQL tool), and the manifest
records the byte offset of every :data:`BLOCK`-th row, so a page at any
offset is found without reading the rows before it.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.queries import NamedQuery

__all__ = ["LISTINGS", "BLOCK", "Listing", "derive_listings", "forget_listings", "keep_listings_ready",
           "ready_listing"]

# The named queries that list every row of a kind: the contract's six and
# the other whole-graph listings of the library.
LISTINGS = ("agreements", "parties", "signatories", "witnesses", "posts", "areas",
            "overview", "articles", "entities", "members", "partners")
BLOCK = 1000  # rows between two recorded offsets
_FOLDER = "listings"
_MANIFEST = "manifest.json"
_FORMAT = 2  # 2: rows tied by the ORDER BY settled by their other columns


def _folder(store) -> Path | None:
    """Where ``store`` keeps its listings: only an embedded store, a
    folder, does (a SPARQL server as the store answers listings itself)."""
    from kg.store import Store

    return Path(store.path) / _FOLDER if isinstance(store, Store) else None


def query_hash(query: NamedQuery) -> str:
    """What ties kept rows to the query text they were derived from."""
    return hashlib.sha256(query.text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Listing:
    """One listing's kept rows: where they are, how many, and the byte
    offset of every :data:`BLOCK`-th row."""

    name: str
    path: Path
    variables: list[str]
    rows: int
    offsets: list[int]

    def count(self, offset: int = 0, limit: int | None = None) -> int:
        """How many rows the page ``offset``, ``limit`` holds."""
        remaining = max(0, self.rows - offset)
        return remaining if limit is None else min(limit, remaining)

    def blocks(self, offset: int = 0, limit: int | None = None) -> Iterator[bytes]:
        """Rows ``offset`` to ``offset + limit`` (all that follow when
        ``limit`` is None) as TSV result documents of up to :data:`BLOCK`
        rows each, header included: what a server can hand to a results
        serializer as it is. The file is opened now, so a derivation that
        replaces it later does not pull it away from under the reader."""
        stream = open(self.path, "rb")
        return self._blocks(stream, offset, self.count(offset, limit))

    def _blocks(self, stream, offset: int, wanted: int) -> Iterator[bytes]:
        with stream:
            header = stream.readline()
            if wanted <= 0:
                return
            block = offset // BLOCK
            stream.seek(self.offsets[block])
            for _ in range(offset - block * BLOCK):
                stream.readline()
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

    def stream(self, offset: int = 0, limit: int | None = None) -> Iterator[list[object | None]]:
        """Rows ``offset`` to ``offset + limit`` as lists of RDF terms."""
        return _terms(self.blocks(offset, limit))


def _terms(blocks: Iterator[bytes]) -> Iterator[list[object | None]]:
    for block in blocks:
        solutions = ox.parse_query_results(block, format=ox.QueryResultsFormat.TSV)
        assert isinstance(solutions, ox.QuerySolutions), "a TSV document holds solutions"
        for solution in solutions:
            yield list(solution)


def _read_manifest(folder: Path) -> dict | None:
    try:
        manifest = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != _FORMAT:
        return None
    return manifest


def ready_listing(store, query: NamedQuery, *, asserted_only: bool = False) -> Listing | None:
    """The kept rows of ``query`` if they can answer it now, else None
    (then the query is evaluated as written)."""
    if asserted_only or query.name not in LISTINGS or query.path.parent.resolve() != _shipped_dir():
        return None
    folder = _folder(store)
    if folder is None:
        return None
    manifest = _read_manifest(folder)
    if manifest is None or store.inference_owed() is not None:
        return None
    entry = manifest.get("listings", {}).get(query.name)
    if not isinstance(entry, dict) or entry.get("query") != query_hash(query):
        return None
    path = folder / str(manifest.get("generation")) / f"{query.name}.tsv"
    if not path.is_file():
        return None
    return Listing(query.name, path, list(entry["variables"]), int(entry["rows"]), list(entry["offsets"]))


def _shipped_dir() -> Path:
    from kg.queries import queries_dir

    return queries_dir().resolve()


def forget_listings(store) -> None:
    """Stop using the kept rows (an inference is about to change what they
    were derived from): the manifest goes, the files follow at the next
    derivation."""
    folder = _folder(store)
    if folder is None:
        return
    try:
        (folder / _MANIFEST).unlink()
    except FileNotFoundError:
        pass


def keep_listings_ready(store, notify: Callable[[str], None] | None = None) -> dict[str, int]:
    """What follows every inference (``kg infer``, ``kg ingest``,
    :meth:`kg.graph.KnowledgeGraph.infer`): derive the listings unless the
    kept rows already match the store; returns rows per listing derived."""
    from kg.queries import named_queries

    shipped = named_queries()
    if _folder(store) is None or all(ready_listing(store, shipped[name]) is not None for name in LISTINGS):
        return {}
    return derive_listings(store, notify=notify)


def derive_listings(store, names: tuple[str, ...] = LISTINGS,
                    notify: Callable[[str], None] | None = None) -> dict[str, int]:
    """Evaluate every listing on ``store`` (open for writing, its inference
    up to date) and keep its rows; returns rows per listing.

    Written into a new generation folder, the manifest replaced last (so a
    reader sees the old rows or the new, never a mix), older generations
    removed after. Does nothing while the store owes inference.
    """
    from kg.graph import select_rows
    from kg.queries import named_queries
    from kg.store import write_atomically

    folder = _folder(store)
    if folder is None or store.inference_owed() is not None:
        return {}
    folder.mkdir(exist_ok=True)
    generation = f"{time.time_ns():x}-{os.getpid()}"
    target = folder / generation
    target.mkdir()
    shipped = named_queries()
    entries: dict[str, dict] = {}
    counts: dict[str, int] = {}
    started = time.perf_counter()
    try:
        for name in names:
            query = shipped[name]
            rows = select_rows(store, query.text)
            offsets = _write_tsv(target / f"{name}.tsv", rows.variables, rows.rows)
            entries[name] = {"query": query_hash(query), "variables": rows.variables, "rows": len(rows.rows),
                             "offsets": offsets}
            counts[name] = len(rows.rows)
            del rows
        manifest = {"format": _FORMAT, "generation": generation, "listings": entries}
        write_atomically(folder / _MANIFEST, (json.dumps(manifest) + "\n").encode("utf-8"))
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    for old in folder.iterdir():
        if old.is_dir() and old.name != generation:
            shutil.rmtree(old, ignore_errors=True)
    if notify:
        notify(f"kept {len(counts)} listings ready to stream ({sum(counts.values()):,} rows, "
               f"{time.perf_counter() - started:.1f} s)")
    return counts


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
