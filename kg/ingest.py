"""Articles in, article graphs out: read -> extract -> map -> store.

Each article is read, extracted and mapped on its own; a bad file is
reported by name and skipped, and the files beside it are still ingested.
An article's graph is replaced only when its content would change, so
running the same ingest twice writes nothing the second time.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.article import ARTICLE_SUFFIXES, Article, read_article
from kg.errors import KgError, UsageError
from kg.facts import ArticleFacts
from kg.mapping import map_article, people_tied
from kg.preferred_names import PreferredNames, settle_across_graphs
from kg.resolve import StoreResolver
from kg.stores import KgStore as Store

__all__ = ["IngestReport", "ingest_paths", "find_articles", "changed_graphs", "extract_article", "read_articles",
           "default_workers"]

Progress = Callable[[int, int, Path, str], None]


@dataclass
class IngestReport:
    """What one ingest did, file by file."""

    added: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth a line, not a failure
    # other article graphs rewritten to give a node a preferred name (kg.preferred_names.settle_across_graphs)
    renamed: list[str] = field(default_factory=list)
    validation: object | None = None  # kg.validate.ValidationReport, when the ingest validated
    inference: object | None = None   # kg.reason.InferenceReport, when it reasoned

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.replaced)} replaced", f"{len(self.unchanged)} unchanged"]
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts)


def extract_article(article: Article) -> ArticleFacts:
    """The facts of one article, by the extractor."""
    from kg.extract import extract

    return extract(article)


def default_workers() -> int:
    """The cores this process may run on: ``kg ingest --workers``'s default."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# below this many files per worker, starting processes (each loads the
# English pipeline) costs more than it saves
_FILES_PER_WORKER = 4


Result = tuple[Path, Article | None, ArticleFacts | None, str | None]

# articles parsed together: spaCy reads a batch faster than one text at a time (bench/extract.py:
# 16 read faster than 8 on one core and in two workers)
BATCH = 16


def _read_one(path: Path) -> Result:
    """Read and extract one file; a bad file gives its one-line message."""
    return _read_batch([path])[0]


def _read_batch(paths: list[Path]) -> list[Result]:
    """Read and extract a few files, their texts parsed in one batch; a bad
    file gives its one-line message and the others are read all the same."""
    from kg.extract import extract
    from kg.nlp import parse_batch

    read: list[tuple[Path, Article | None, str | None]] = []
    for path in paths:
        try:
            read.append((path, read_article(path), None))
        except KgError as exc:
            read.append((path, None, str(exc)))
    parsed = iter(parse_batch([article.text for _, article, _ in read if article is not None]))
    results: list[Result] = []
    for path, article, error in read:
        if article is None:
            results.append((path, None, None, error))
            continue
        try:
            results.append((path, article, extract(article, next(parsed)), None))
        except KgError as exc:
            results.append((path, None, None, str(exc)))
    return results


def _batches(paths: list[Path], size: int) -> list[list[Path]]:
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def read_articles(paths: list[Path], workers: int | None = None,
                  on_read: Callable[[int, int, Path], None] | None = None, scheduler: str | None = None
                  ) -> Iterator[tuple[Path, Article | None, ArticleFacts | None, str | None]]:
    """Read and extract ``paths``, in their order, in ``workers`` processes
    (default: one per core) when there are enough files to pay for them;
    or, given the address of a Dask ``scheduler``, on its cluster's workers,
    in the order they finish (:mod:`kg.cluster`, imported only then)."""
    if scheduler is not None:
        if workers is not None:
            raise UsageError(f"{scheduler}: --workers does not apply to an ingest on a Dask cluster (its "
                             f"workers read the articles); leave it out, or leave out --scheduler")
        from kg.cluster import read_on_cluster

        yield from read_on_cluster(paths, scheduler, on_read)
        return
    workers = default_workers() if workers is None else max(1, workers)
    workers = min(workers, len(paths) // _FILES_PER_WORKER or 1)
    total = len(paths)
    if workers == 1:
        number = 0
        for batch in _batches(paths, BATCH):
            for result in _read_batch(batch):
                number += 1
                if on_read is not None:
                    on_read(number, total, result[0])
                yield result
        return
    yield from _read_in_processes(paths, workers, on_read)


def _read_in_processes(paths: list[Path], workers: int, on_read: Callable[[int, int, Path], None] | None
                       ) -> Iterator[Result]:
    """Read ``paths``, in their order, in this process and ``workers - 1``
    spawned ones.

    This process is one of the workers: it reads while the spawned ones start
    (each imports kg and loads the English pipeline, two seconds or more),
    instead of waiting for them. Each spawned worker is kept two batches
    ahead, and batches shrink as the files run out, so that no worker is left
    with a long batch when the others are done."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    total = len(paths)
    taken = 0

    def take() -> list[Path]:
        nonlocal taken
        size = max(1, min(BATCH, (total - taken) // (2 * workers)))
        batch = paths[taken : taken + size]
        taken += len(batch)
        return batch

    helpers = workers - 1
    sent: dict[int, Future[list[Result]]] = {}
    done: dict[int, list[Result]] = {}
    batches = 0  # batches handed out, numbered in path order
    given = 0  # batches whose results were yielded
    number = 0
    # spawn, not fork: the parent may hold a store lock and threads of its own
    with ProcessPoolExecutor(max_workers=helpers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_warm_up) as pool:
        while taken < total or sent:
            while taken < total and len(sent) < 2 * helpers:
                sent[batches] = pool.submit(_read_batch, take())
                batches += 1
            if taken < total:
                done[batches] = _read_batch(take())
                batches += 1
            else:
                first = min(sent)
                done[first] = sent.pop(first).result()
            for index in [index for index, future in sent.items() if future.done()]:
                done[index] = sent.pop(index).result()
            while given in done:
                for result in done.pop(given):
                    number += 1
                    if on_read is not None:
                        on_read(number, total, result[0])
                    yield result
                given += 1


def _warm_up() -> None:
    """Load the English pipeline once per worker, before its first article."""
    from kg.nlp import pipeline

    pipeline()


def find_articles(paths: Iterable[Path | str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The article files the given paths name, and what could not be looked at.

    A folder gives its ``.txt``, ``.html`` and ``.htm`` files at any depth,
    sorted; symbolic links are followed, but a link back into a folder
    already being read is reported, not walked forever. A path that does
    not exist, and a sub-folder that cannot be listed, come back as
    problems ``(path, one-line message)``. A file given by name is kept
    whatever its suffix, so the reader says what is wrong with it.
    """
    found: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for given in (Path(p) for p in paths):
        if given.is_dir():
            files: list[Path] = []
            _walk(given, files, problems, set())
            found.extend(sorted(files))
        elif given.exists():
            found.append(given)
        elif given.is_symlink():
            problems.append((given, f"{given}: a broken symbolic link; point it at an article or remove it"))
        else:
            problems.append((given, f"{given}: no such file or folder; check the path"))
    return found, problems


def _walk(folder: Path, files: list[Path], problems: list[tuple[Path, str]], ancestors: set[tuple[int, int]]) -> None:
    try:
        identity = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append((folder, f"{folder}: cannot read this folder ({exc.strerror}); "
                                 f"check its permissions; its articles were not ingested"))
        return
    key = (identity.st_dev, identity.st_ino)
    if key in ancestors:
        problems.append((folder, f"{folder}: a symbolic link back into a folder being read (a loop); "
                                 f"skipped; remove the link or give the folder it points to"))
        return
    ancestors = ancestors | {key}
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir():
                _walk(path, files, problems, ancestors)
            elif entry.is_file():
                if path.suffix.lower() in ARTICLE_SUFFIXES:
                    files.append(path)
            elif entry.is_symlink() and path.suffix.lower() in ARTICLE_SUFFIXES:
                problems.append((path, f"{path}: a broken symbolic link; point it at an article or remove it"))
        except OSError as exc:
            problems.append((path, f"{path}: cannot be examined ({exc.strerror}); check its permissions"))


def ingest_paths(
    store: Store,
    paths: Iterable[Path | str],
    *,
    progress: Progress | None = None,
    transform: Callable[[Article, ArticleFacts], ArticleFacts] | None = None,
    workers: int | None = None,
    on_read: Callable[[int, int, Path], None] | None = None,
    scheduler: str | None = None,
) -> IngestReport:
    """Ingest article files and folders of them into ``store``.

    ``transform`` sees each article's facts before they are mapped: the
    hook through which a curation file corrects the extractor. Articles are
    read and extracted in ``workers`` processes (default: one per core),
    or on the workers of the Dask cluster whose ``scheduler`` address is
    given (``tcp://HOST:PORT``); only this process writes to the store.

    This stores article graphs only; :meth:`kg.KnowledgeGraph.ingest` (what
    ``kg ingest`` calls) adds the remembered curation, validation and
    inference. The store records that inference is owed before the first
    graph changes (see :meth:`kg.store.Store.owe_inference`).
    """
    files, problems = find_articles(paths)
    report = IngestReport()
    resolver = StoreResolver(store, store.minter)
    # first pass: read and extract everything, so short names defined in
    # any article of the batch resolve in all of them, whatever the order
    extracted: list[tuple[Path, Article | None, ArticleFacts | None, str | None]] = []
    graphs: dict[str, Path] = {}
    readable: list[Path] = []
    clashes: dict[Path, str] = {}
    for path in files:
        # an article is known by its file stem (kg.iri.article_key): a second
        # file of the same stem would silently replace the first
        first = graphs.setdefault(store.minter.graph(path.stem), path)
        if first != path:
            clashes[path] = (f"{path}: {first} in the same ingest has the same file stem (its name without "
                             f"the suffix), and an article is known by its stem, so one would replace the "
                             f"other; rename one of them")
        else:
            readable.append(path)
    results = {path: (path, article, facts, error) for path, article, facts, error in
               read_articles(readable, workers, on_read, scheduler)}
    for path in files:
        if path in clashes:
            extracted.append((path, None, None, clashes[path]))
            continue
        _, article, facts, error = results[path]
        if error is None and transform is not None:
            try:
                facts = transform(article, facts)  # type: ignore[arg-type]
            except KgError as exc:
                article, facts, error = None, None, str(exc)
        extracted.append((path, article, facts, error))
        if facts is not None:
            resolver.prime(facts.organizations, article.text, people_tied(facts))  # type: ignore[union-attr]
    total = len(problems) + len(extracted)
    for number, (path, message) in enumerate(problems, start=1):
        report.failed.append((path, message))
        if progress is not None:
            progress(number, total, path, message)
    # second pass: map and store, one article graph at a time; before the
    # first graph changes, the store records that inference is owed for
    # every graph of the batch (one write, not one per article)
    batch = [store.minter.graph(path.stem) for path, _, _, error in extracted if error is None]
    known_sources = store.sources()
    preferred = PreferredNames(store)
    read_from: dict[str, str] = {}
    mapped: list[tuple[Path, Article, ArticleFacts]] = []
    try:
        for number, (path, article, facts, error) in enumerate(extracted, start=len(problems) + 1):
            status = ""
            if error is None:
                graph = store.minter.graph(article.stem)  # type: ignore[union-attr]
                try:
                    quads = map_article(article, facts, store.minter, resolver)  # type: ignore[arg-type]
                    quads = preferred.settle(graph, quads)
                    status = _store_graph(store, graph, quads, batch)
                except KgError as exc:
                    error = str(exc)
                else:
                    mapped.append((path, article, facts))  # type: ignore[arg-type]
                    source = str(path.resolve())
                    earlier = known_sources.get(graph)
                    if status == "replaced" and earlier and earlier != source:
                        report.notes.append(
                            f"{path}: replaces the article read from {earlier} (an article is known by its "
                            f"file name); if both are wanted, rename one and ingest it again")
                    read_from[graph] = source
            if error is not None:
                report.failed.append((path, error))
                message = error
            else:
                getattr(report, status).append(path)
                message = status
            if progress is not None:
                progress(number, total, path, message)
        # a person an article kept as its own may join the node of that name now that the articles
        # after it are mapped: map it again, as a second ingest would
        for path, article, facts in mapped:
            if resolver.would_join_now(article.stem):
                graph = store.minter.graph(article.stem)
                quads = preferred.settle(graph, map_article(article, facts, store.minter, resolver))
                if _store_graph(store, graph, quads, batch) != "unchanged" and path in report.unchanged:
                    report.unchanged.remove(path)
                    report.replaced.append(path)
    finally:
        store.record_sources(read_from)
    if report.added or report.replaced:
        # a replaced graph may no longer name a node it gave the preferred name of
        report.renamed = settle_across_graphs(store)
    return report


def changed_graphs(store: Store, report: IngestReport) -> list[str]:
    """IRIs of the article graphs an ingest added or replaced."""
    written = [store.minter.graph(Path(p).stem) for p in (*report.added, *report.replaced)]
    return written + [g for g in report.renamed if g not in written]


def _store_graph(store: Store, graph: str, quads: list, batch: list[str]) -> str:
    """Write the graph unless it already holds exactly these triples."""
    state = store.compare_graph(graph, quads)
    if state == "same":
        return "unchanged"
    store.owe_inference(batch)
    store.replace_graph(graph, quads)
    return "replaced" if state == "different" else "added"
