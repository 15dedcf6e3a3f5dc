"""The analyst's entry point: one object over a store folder or an endpoint.

>>> import kg
>>> graph = kg.KnowledgeGraph("demo-store")          # doctest: +SKIP
>>> graph.ingest(["data/articles"])                   # doctest: +SKIP
>>> graph.run("parties").dicts()[0]["party_name"]     # doctest: +SKIP
'State Information Center'

Named queries take parameters as keywords; a name is resolved to the
entity it labels (here on a small synthetic graph):

>>> import tempfile
>>> from kg.synthetic import load_synthetic
>>> demo = kg.KnowledgeGraph(tempfile.mkdtemp() + "/store")
>>> load_synthetic(demo.store, 30) > 0
True
>>> org = demo.run("busiest-organizations").dicts()[0]["org_name"]
>>> partners = demo.run("partners-of", org=org.upper())
>>> partners.variables[:4]
['org', 'org_name', 'partner', 'partner_name']
>>> {row["org_name"] for row in partners.dicts()} == {org}
True

With pandas installed, :meth:`KnowledgeGraph.frame` gives a DataFrame:

>>> demo.frame("agreements-per-kind").columns.tolist()  # doctest: +SKIP
['kind', 'kind_name', 'agreements', 'first_date', 'last_date']

The same calls work on a remote SPARQL endpoint (see :mod:`kg.remote`):

>>> remote = kg.graph.open_graph("http://127.0.0.1:7878/query")   # doctest: +SKIP
>>> remote.run("agreements-of", org="State Information Center")   # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from kg.errors import CurationError
from kg.ingest import IngestReport, changed_graphs, ingest_paths
from kg.queries import NamedQuery, load_query
from kg.results import Rows, RowStream, rows_from_solutions
from kg.store import DEFAULT_STORE
from kg.stores import KgStore as Store
from kg.stores import open_store

__all__ = ["KnowledgeGraph", "RemoteKnowledgeGraph", "open_graph", "to_frame", "run_named", "select_rows",
           "stream_named", "page_rows"]


class KnowledgeGraph:
    """A knowledge graph of agreements kept in a store folder.

    Parameters
    ----------
    store : path of the store folder (created when missing), or the URL of a
        SPARQL 1.1 server that keeps the store (see :mod:`kg.store_remote`)
    base : IRI base for new stores; an existing store keeps its own
    read_only : open a snapshot for reading beside a running writer
    allow_service : endpoint URLs a query may reach with ``SERVICE``; any
        other ``SERVICE`` is refused (see :mod:`kg.sparql_guard`)
    update, graph_store : a server's update and Graph Store URLs where they
        are not beside its query URL (see :func:`kg.stores.open_store`)
    """

    def __init__(self, store: Path | str = DEFAULT_STORE, *, base: str | None = None, read_only: bool = False,
                 allow_service: Iterable[str] = (), update: str | None = None, graph_store: str | None = None):
        self.store = open_store(store, base=base, read_only=read_only, update=update, graph_store=graph_store)
        self.allow_service = tuple(allow_service)

    def ingest(self, paths: Iterable[Path | str], *, reason: bool = True,
               curation: Path | str | Literal[False] | None = None,
               notify: Callable[[str], None] | None = None, scheduler: str | None = None,
               **options) -> IngestReport:
        """Ingest article files or folders: what ``kg ingest`` does, step by step.

        1. The curation file: ``curation`` when given, else the one the
           store remembers (``curation=False``: none, and the remembered
           one is forgotten); checked whole before any article is read
           (:class:`kg.errors.CurationError` names every problem).
        2. The articles, read, extracted, corrected by the curation and
           stored (:func:`kg.ingest.ingest_paths`; ``options`` go to it).
           With ``scheduler`` (``tcp://HOST:PORT``), the reading and
           extraction run on that Dask cluster's workers (:mod:`kg.cluster`).
           A curation file given here is remembered once it has applied.
        3. With ``reason`` (the default), the changed articles (and any an
           interrupted command left) are checked with SHACL and the
           inferred graph recomputed; :class:`kg.errors.ValidationError`
           if the data would make OWL RL merge entities (the articles stay
           stored, and the store keeps owing the inference).

        ``notify`` receives a line for each phase as it starts or ends (the
        report's summary, notes, validation and reasoning), for progress.
        """
        from kg.curation import load_curation

        say = notify or (lambda line: None)
        remembered = self.store.setting("curation")
        if curation is False:  # forget the remembered file
            corrections = None
            self.store.remember("curation", None)
        elif curation is not None:
            corrections = load_curation(curation)
        elif isinstance(remembered, str):
            try:
                corrections = load_curation(remembered)
            except CurationError as exc:
                lines = getattr(exc, "problems", [str(exc)])
                error = CurationError("\n".join(lines + [
                    f"{remembered}: the curation file this store remembers; fix it, give --curation FILE "
                    f"to use another, or --no-curation to stop using it"]))
                error.problems = lines + [str(error).splitlines()[-1]]  # type: ignore[attr-defined]
                raise error from None
        else:
            corrections = None
        earlier = self.store.inference_owed() if not self.store.read_only else None
        report = ingest_paths(self.store, paths, transform=corrections, scheduler=scheduler, **options)
        if corrections is not None:
            report.notes.extend(corrections.notes)
            if curation and not any(corrections.source in error for _, error in report.failed):
                self.store.remember("curation", str(Path(curation).resolve()))
        say(f"{report.summary()} -> {self.store.path}")
        for note in report.notes:
            say(note)
        if reason:
            from kg.after_ingest import infer_after_ingest

            report.validation, report.inference = infer_after_ingest(
                self.store, changed_graphs(self.store, report), notify=say, owed=earlier)
        return report

    def infer(self, engine: str = "fast", *, validate: bool = True):
        """Recompute the inferred graph (OWL 2 RL, see :mod:`kg.reason`),
        after a SHACL check unless ``validate`` is false; returns a
        :class:`kg.reason.InferenceReport`."""
        from kg.reason.inference import infer

        if validate:
            from kg.validate import check_before_reasoning

            check_before_reasoning(self.store)
        from kg.listings import keep_listings_ready

        report = infer(self.store, engine)
        keep_listings_ready(self.store)  # the listings' rows, kept for fast reading (kg/listings.py)
        return report

    def validate(self):
        """Check the asserted graph against ``ontology/shapes.ttl``; returns a
        :class:`kg.validate.ValidationReport` (``.problems``, ``.conforms``)."""
        from kg.validate import validate

        return validate(self.store)

    def query(self, sparql: str, *, asserted_only: bool = False, limit: int | None = None, offset: int = 0,
              **bindings: object) -> Rows:
        """Run a SELECT query; keyword arguments bind its variables.

        Values become RDF terms by :func:`kg.terms.to_term`: a ``date`` an
        ``xsd:date``, an ``int`` an ``xsd:integer``, :class:`kg.IRI` an IRI,
        a ``str`` a literal (text that looks like an IRI is refused as
        ambiguous). A trailing ``_`` is dropped: ``from_=`` binds ``?from``.
        ``limit`` and ``offset`` give one page of the rows, in the query's
        order.
        """
        from kg.params import bind_variables, page_bounds

        count, skip = page_bounds(limit, offset)
        rows = select_rows(self.store, sparql, asserted_only=asserted_only, substitutions=bind_variables(bindings),
                           allow_service=self.allow_service)
        return page_rows(rows, skip, count)

    def run(self, name: str, *, asserted_only: bool = False, limit: int | None = None, offset: int = 0,
            **params: object) -> Rows:
        """Run a named query (``queries/NAME.rq``) or a ``.rq`` file.

        Keyword arguments are its parameters (``# param`` lines). A name
        given where the query takes an IRI is resolved to the entity with
        that label (see :mod:`kg.params`); unknown, ambiguous or missing
        names raise :class:`kg.errors.QueryError`. ``limit`` and ``offset``
        give one page of the rows; pages of a listing are consistent with
        each other (see :meth:`stream`).
        """
        return self.stream(name, asserted_only=asserted_only, limit=limit, offset=offset, **params).collect()

    def stream(self, name: str, *, asserted_only: bool = False, limit: int | None = None, offset: int = 0,
               **params: object) -> RowStream:
        """A named query's rows one at a time (a :class:`kg.results.RowStream`),
        paged by ``limit`` and ``offset``: a listing kept ready after
        inference (:mod:`kg.listings`) is read a block at a time, so its
        first rows come at once and memory stays flat; any other answer is
        evaluated whole first, as :meth:`run` does."""
        from kg.params import page_bounds

        count, skip = page_bounds(limit, offset)
        return stream_named(self.store, name, params, asserted_only=asserted_only, allow_service=self.allow_service,
                            limit=count, offset=skip)

    def frame(self, name: str, *, asserted_only: bool = False, **params: Any) -> Any:
        """A named query's rows as a pandas DataFrame (needs pandas), typed
        as :func:`to_frame` says."""
        return to_frame(self.run(name, asserted_only=asserted_only, **params))

    def export(self, output: Path | str, fmt: str | None = None, *, asserted_only: bool = False) -> int:
        """Write the graph to ``output`` in ``fmt`` (default: the format its
        suffix names, else Turtle); see :func:`kg.export.export`."""
        from kg.export import export

        return export(self.store, output, fmt, asserted_only=asserted_only)

    def network(self, projection: str = "organizations", *, asserted_only: bool = False, **selection: object):
        """A networkx projection of the graph: ``organizations``, ``posts``,
        ``agreements``, ``people`` or ``entities``, restricted by ``start``,
        ``end``, ``kind`` and ``field``; see :mod:`kg.network`."""
        from kg.network import projection as build

        return build(projection, self.store, asserted_only=asserted_only, **selection)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RemoteKnowledgeGraph:
    """A knowledge graph held by a remote SPARQL endpoint: the same
    :meth:`query`, :meth:`run`, :meth:`frame` and :meth:`export` as
    :class:`KnowledgeGraph`, over the SPARQL 1.1 Protocol.

    Parameters
    ----------
    endpoint : the server's base URL or its query URL (see :class:`kg.remote.Endpoint`)
    timeout : seconds to wait for each answer
    """

    def __init__(self, endpoint: str, *, update: str | None = None, store: str | None = None, timeout: float = 60.0):
        from kg.remote import Endpoint

        self.endpoint = Endpoint.at(endpoint, update=update, store=store, timeout=timeout)

    def query(self, sparql: str, **bindings: object) -> Rows:
        """Run a SELECT remotely; keyword arguments bind variables (a VALUES
        block), converted as :meth:`KnowledgeGraph.query` converts them."""
        from kg.params import bind_variables

        return self.endpoint.select(sparql, bind_variables(bindings))

    def run(self, name: str, *, limit: int | None = None, offset: int = 0, **params: object) -> Rows:
        """Run a named query remotely, names resolved on the remote store;
        ``limit`` and ``offset`` give one page of the rows.

        An empty answer from a store that holds agreements but none of the
        facts kg infers raises :class:`kg.errors.RemoteError` saying how to
        send the inferred graph: pushed without ``--inferred``, queries
        such as ``partners`` would otherwise answer nothing without a word.
        """
        from kg.params import bind, page_bounds

        count, skip = page_bounds(limit, offset)
        named = load_query(name)
        rows = self.endpoint.select(named.text, bind(named, params, self.endpoint.lookup))
        if not rows.rows and self.endpoint.lacks_inferred_graph():
            from kg.errors import RemoteError

            raise RemoteError(
                f"{self.endpoint.query_url}: {named.name} found nothing, and the remote store holds agreements but "
                "none of the facts kg infers (the inferred graph was not sent); send it with "
                "'kg push --inferred --store DIR --endpoint URL', then ask again")
        return page_rows(rows, skip, count)

    def frame(self, name: str, **params: Any):
        """A named query's rows as a pandas DataFrame (needs pandas)."""
        return to_frame(self.run(name, **params))

    def ingest(self, paths: Iterable[Path | str], *, staging: Path | str | None = None, **options) -> IngestReport:
        """Read articles into a local staging store, then push their graphs.

        Entities are resolved within the staging store only: ingest into one
        store that keeps everything, and push that, for resolution across
        all articles.
        """
        import tempfile

        from kg.remote import push

        with tempfile.TemporaryDirectory(prefix="kg-staging-") as temp:
            # the same ingest as a local store's (curation included); the
            # remote store reasons, or is sent the inferred graph, by push
            with KnowledgeGraph(staging or Path(temp) / "store") as local:
                report = local.ingest(paths, reason=False, **options)
                push(local.store, self.endpoint)
        return report

    def export(self, output: Path | str, fmt: str = "turtle") -> int:
        """Write the endpoint's default graph to a file (a CONSTRUCT of it all)."""
        payload = self.endpoint.graph("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", fmt)
        Path(output).write_bytes(payload)
        return len(payload)

    def network(self, projection: str = "organizations", *, asserted_only: bool = False, **selection: object):
        """The same networkx projections as :meth:`KnowledgeGraph.network`,
        read from the endpoint; see :mod:`kg.network`."""
        from kg.network import projection as build

        return build(projection, self.endpoint, asserted_only=asserted_only, **selection)

    def close(self) -> None:
        """Nothing to release: each request is its own connection."""

    def __enter__(self) -> RemoteKnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_graph(where: Path | str, **options) -> KnowledgeGraph | RemoteKnowledgeGraph:
    """A store folder, or an ``http(s)://`` SPARQL endpoint, as a knowledge graph."""
    if isinstance(where, str) and where.startswith(("http://", "https://")):
        return RemoteKnowledgeGraph(where, **options)
    return KnowledgeGraph(where, **options)


def to_frame(rows: Rows) -> Any:
    """Rows as a pandas DataFrame of typed columns.

    Values come from :meth:`kg.results.Rows.values`; then a column of
    whole numbers is ``Int64`` (missing values stay ``<NA>``), one of
    decimals or doubles ``float64``, one of dates or date-times
    ``datetime64``, one of booleans ``boolean``; text and IRIs stay
    objects (``str``), None where unbound.

    >>> import pyoxigraph as ox
    >>> frame = to_frame(Rows(["n", "day"], [[ox.Literal(2), ox.Literal("2020-01-02",
    ...     datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))], [ox.Literal(3), None]]))
    >>> int(frame["n"].sum()), int(frame["day"].dt.year.iloc[0]), frame["day"].dtype.kind
    (5, 2020, 'M')
    """
    try:
        import pandas as pd
    except ImportError:
        from kg.errors import DependencyError

        raise DependencyError("DataFrames need pandas: pip install pandas (or use .dicts())") from None
    import datetime
    from decimal import Decimal

    frame = pd.DataFrame(rows.values(), columns=rows.variables)
    for column in frame.columns:
        present = [v for v in frame[column] if v is not None]
        if not present:
            continue
        kinds = {type(v) for v in present}
        if kinds == {bool}:
            frame[column] = frame[column].astype("boolean")
        elif kinds == {int}:
            frame[column] = frame[column].astype("Int64")
        elif kinds <= {int, float, Decimal}:
            frame[column] = pd.to_numeric(frame[column].map(lambda v: None if v is None else float(v)))
        elif kinds <= {datetime.date, datetime.datetime} and datetime.datetime not in kinds:
            frame[column] = pd.to_datetime(frame[column])
        elif kinds == {datetime.datetime} and len({v.utcoffset() for v in present}) == 1:
            frame[column] = pd.to_datetime(frame[column])
    return frame


def run_named(store: Store, name: str | NamedQuery, params: Mapping[str, object], *, asserted_only: bool = False,
              allow_service: Iterable[str] = ()) -> Rows:
    """A named query (or ``.rq`` file, or a query already loaded) run on
    ``store`` with ``params`` bound as :func:`kg.params.bind` binds them:
    the one path that ``kg query``, :meth:`KnowledgeGraph.run` and ``kg
    serve``'s ``/queries/NAME`` share for the embedded store (the server
    passes :func:`kg.queries.shipped_query`, so it never reads a path). A
    ``SERVICE`` to an endpoint not in ``allow_service`` is refused before
    anything runs."""
    from kg.errors import QueryError
    from kg.params import bind, query_bound
    from kg.sparql_guard import check_sparql

    named = name if isinstance(name, NamedQuery) else load_query(name)
    check_sparql(named.text, allow_service)  # before parameters are looked up with it

    def lookup(sparql: str, subs: Mapping[str, object]) -> list:
        return list(query_bound(store, sparql, subs))  # type: ignore[arg-type]

    bindings = bind(named, params, lookup)
    try:
        return select_rows(store, named.text, asserted_only=asserted_only, substitutions=bindings,
                           allow_service=allow_service)
    except SyntaxError as exc:
        from kg.sparql_messages import explain_syntax_error

        raise QueryError(f"{named.path}: {explain_syntax_error(str(exc), named.text)}; fix the query") from None


def stream_named(store: Store, name: str | NamedQuery, params: Mapping[str, object], *, asserted_only: bool = False,
                 allow_service: Iterable[str] = (), limit: int | None = None, offset: int = 0) -> RowStream:
    """A named query's rows as a stream, paged by ``limit`` and ``offset``:
    the one path that ``kg query``, :meth:`KnowledgeGraph.stream` (and
    ``run``) and ``kg serve``'s ``/queries/NAME`` share. A listing run
    without parameters (or a query kg keeps whole, read for one value of
    its parameter) is read from the rows kept since the last inference
    when they match the store (:func:`kg.listings.kept_answer`); any
    other query, or one whose rows cannot be kept, is evaluated by
    :func:`run_named` and paged after."""
    from kg.listings import kept_answer
    from kg.sparql_guard import check_sparql

    named = name if isinstance(name, NamedQuery) else load_query(name)
    check_sparql(named.text, allow_service)
    listing = kept_answer(store, named, params, asserted_only=asserted_only)
    if listing is not None:
        try:
            return RowStream(listing.variables, listing.stream(offset, limit), total=listing.count(offset, limit))
        except OSError:
            pass  # the kept file cannot be read (moved away, permissions): evaluate the query instead
    rows = page_rows(run_named(store, named, params, asserted_only=asserted_only, allow_service=allow_service),
                     offset, limit)
    return RowStream(rows.variables, rows.rows, total=len(rows.rows))


def page_rows(rows: Rows, offset: int = 0, limit: int | None = None) -> Rows:
    """Rows ``offset`` to ``offset + limit`` of an answer (all that follow
    without ``limit``)."""
    if not offset and limit is None:
        return rows
    end = None if limit is None else offset + limit
    return Rows(rows.variables, rows.rows[offset:end])


def select_rows(store: Store, sparql: str, *, asserted_only: bool = False, substitutions: dict | None = None,
                allow_service: Iterable[str] = ()) -> Rows:
    """A SELECT's rows; a final ORDER BY of plain variables is applied here
    rather than by the store, which decodes terms on every comparison (see
    :mod:`kg.ordering`). A ``SERVICE`` to an endpoint not in
    ``allow_service`` is refused before the store sees the query
    (:mod:`kg.sparql_guard`)."""
    from kg.ordering import select_sorted
    from kg.params import query_bound
    from kg.sparql_guard import check_sparql

    check_sparql(sparql, allow_service)

    rows = select_sorted(store, sparql, asserted_only=asserted_only, substitutions=substitutions)
    if rows is not None:
        return rows
    return rows_from_solutions(query_bound(store, sparql, substitutions, asserted_only=asserted_only))
