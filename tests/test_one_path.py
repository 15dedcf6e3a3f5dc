"""One path for each job: the modules that must not know each other do
not, data files are found in one place, and the format names are shared
by the paths that write graphs."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import rdflib

from conftest import ROOT

PACKAGE = ROOT / "kg"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at its top or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_validation_and_reasoning_do_not_import_each_other() -> None:
    assert not {m for m in _imports(PACKAGE / "validate.py") if m.startswith("kg.reason")}
    for module in (PACKAGE / "reason").glob("*.py"):
        assert "kg.validate" not in _imports(module), module.name


def test_data_files_are_found_in_one_place() -> None:
    """Only kg/resources.py knows where the packaged data lives."""
    for module in PACKAGE.rglob("*.py"):
        if module.name != "resources.py":
            assert '"_data"' not in module.read_text(encoding="utf-8"), module


def test_every_export_format_name_parses_back(gold_store: Path, tmp_path: Path) -> None:
    from kg.export import export
    from kg.formats import RDF_FORMATS
    from kg.store import Store

    with Store(gold_store, read_only=True) as store:
        for info in RDF_FORMATS:
            out = tmp_path / f"graph{info.suffixes[0]}"
            export(store, out, info.name)
            parsed = rdflib.Dataset().parse(out, format={"jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}
                                            .get(info.name, info.name))
            assert len(parsed) > 100, info.name


@pytest.mark.server
@pytest.mark.parametrize("fmt,parser", [("ntriples", "nt"), ("turtle", "turtle")])
def test_a_remote_graph_comes_in_the_format_asked_for(gold_store: Path, oxigraph_server: str, tmp_path: Path,
                                                       fmt: str, parser: str) -> None:
    from kg.graph import KnowledgeGraph, RemoteKnowledgeGraph
    from kg.remote import push

    remote = RemoteKnowledgeGraph(oxigraph_server)
    push(KnowledgeGraph(gold_store, read_only=True).store, remote.endpoint)
    out = tmp_path / f"remote.{fmt}"
    remote.export(out, fmt)
    assert len(rdflib.Graph().parse(out, format=parser)) > 100


def test_errors_live_in_one_module() -> None:
    """Every error kg reports is a KgError defined in kg/errors.py, so its
    exit status is decided in one place."""
    import kg.errors

    pending: dict[str, str] = {}  # error classes allowed elsewhere (none)
    for module in PACKAGE.rglob("*.py"):
        if module.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", getattr(base, "attr", "")) in ("KgError", *kg.errors.__all__)
                    for base in node.bases):
                assert pending.get(node.name) == str(module.relative_to(PACKAGE)), f"{module}: {node.name}"
    codes = {name: getattr(kg.errors, name).exit_code for name in kg.errors.__all__
             if isinstance(getattr(kg.errors, name), type)}
    assert set(codes.values()) == {kg.errors.EXIT_FAILURE, kg.errors.EXIT_USAGE}
    assert codes["UsageError"] == codes["DependencyError"] == 2 and codes["QueryError"] == 1


def test_a_server_runs_shipped_queries_only_never_a_file_by_path(tmp_path: Path) -> None:
    """``kg serve``'s ``/queries/NAME`` loads queries through
    :func:`kg.queries.shipped_query`: a real ``.rq`` file given by path is
    refused, while ``kg query`` (``load_query``) would run it."""
    from kg.errors import QueryError
    from kg.queries import load_query, shipped_query

    planted = tmp_path / "planted.rq"
    planted.write_text("SELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert load_query(str(planted)).text.startswith("SELECT")
    for name in (str(planted), "planted.rq", "../queries/parties"):
        with pytest.raises(QueryError, match="no named query"):
            shipped_query(name)
    assert shipped_query("parties").name == "parties"


def test_the_web_page_is_served_from_the_one_place_data_is_found() -> None:
    """The server reads its page through kg.resources, like every data file."""
    assert "web_dir" in (PACKAGE / "serve" / "app.py").read_text(encoding="utf-8")
    assert "kg.resources" in _imports(PACKAGE / "serve" / "app.py")


def test_the_store_option_is_defined_once() -> None:
    """Every command's ``--store`` comes from kg.cli_options: one default, one help."""
    defining = [m.name for m in PACKAGE.glob("cli*.py") if 'add_argument("--store"' in m.read_text(encoding="utf-8")]
    assert defining == ["cli_options.py"]


def test_only_the_store_touches_the_raw_database_handle() -> None:
    """``Store.db`` (pyoxigraph itself) is used by kg/store.py alone; every
    other module reads and writes through Store's methods."""
    for module in PACKAGE.rglob("*.py"):
        if module.name == "store.py" and module.parent == PACKAGE:
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        uses = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "db"]
        assert not uses, f"{module.relative_to(ROOT)} uses .db on lines {uses}"
