"""Articles in, article graphs out: read -> extract -> map -> store.

Each article is read, extracted and mapped on its own; a bad file is
reported by name and skipped, and the files beside it are still ingested.
An article's graph is replaced only when its content would change, so
running the same ingest twice writes nothing the second time.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.article import Article, article_paths, read_article
from kg.errors import KgError
from kg.facts import ArticleFacts
from kg.mapping import map_article
from kg.resolve import StoreResolver
from kg.store import Store

__all__ = ["IngestReport", "ingest_paths", "extract_article"]

Progress = Callable[[int, int, Path, str], None]


@dataclass
class IngestReport:
    """What one ingest did, file by file."""

    added: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.replaced)} replaced", f"{len(self.unchanged)} unchanged"]
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts)


def extract_article(article: Article) -> ArticleFacts:
    """The facts of one article, by the rule-based extractor."""
    from kg.extract import extract

    return extract(article)


def ingest_paths(
    store: Store,
    paths: Iterable[Path | str],
    *,
    progress: Progress | None = None,
    transform: Callable[[Article, ArticleFacts], ArticleFacts] | None = None,
) -> IngestReport:
    """Ingest article files and folders of them into ``store``.

    ``transform`` sees each article's facts before they are mapped: the
    hook through which a curation file corrects the extractor.
    """
    files = article_paths([Path(p) for p in paths])
    report = IngestReport()
    resolver = StoreResolver(store.db, store.minter)
    # first pass: read and extract everything, so short names defined in
    # any article of the batch resolve in all of them, whatever the order
    extracted: list[tuple[Path, Article | None, ArticleFacts | None, str | None]] = []
    stems: dict[str, Path] = {}
    for path in files:
        # an article is known by its file stem (its graph and IRIs are named
        # after it): a second file of the same stem would silently replace it
        first = stems.setdefault(path.stem, path)
        if first != path:
            extracted.append((path, None, None, f"{path}: {first} in the same ingest has the same file stem, "
                                                f"and an article is known by its stem; rename one of them"))
            continue
        try:
            article = read_article(path)
            facts = extract_article(article)
            if transform is not None:
                facts = transform(article, facts)
        except KgError as exc:
            extracted.append((path, None, None, str(exc)))
        else:
            extracted.append((path, article, facts, None))
            resolver.prime(facts.organizations)
    # second pass: map and store, one article graph at a time
    for number, (path, article, facts, error) in enumerate(extracted, start=1):
        if error is None:
            try:
                quads = map_article(article, facts, store.minter, resolver)
                status = _store_graph(store, store.minter.graph(article.stem), quads)
            except KgError as exc:
                error = str(exc)
        if error is not None:
            report.failed.append((path, error))
            message = error
        else:
            getattr(report, status).append(path)
            message = status
        if progress is not None:
            progress(number, len(files), path, message)
    return report


def _store_graph(store: Store, graph: str, quads: list) -> str:
    """Write the graph unless it already holds exactly these triples."""
    import pyoxigraph as ox

    existing = {
        (q.subject, q.predicate, q.object)
        for q in store.db.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    }
    new = {(q.subject, q.predicate, q.object) for q in quads}
    if existing == new:
        return "unchanged"
    store.replace_graph(graph, quads)
    return "replaced" if existing else "added"
