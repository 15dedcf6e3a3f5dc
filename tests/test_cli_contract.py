"""The command-line contract (shared/CONTRACT.md), run as a user runs it:
the real ``kg`` command on real article files, its CSV read back."""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg_inprocess import kg as run_kg

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
FOUNDING = ARTICLES / "sic-xiangxi-2019.txt"


def kg(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """``kg ARGS`` by the command line's own ``main``, in this process (tests/kg_inprocess.py)."""
    return run_kg(*args, check=check)


def kg_process(*args: str) -> subprocess.CompletedProcess:
    """``python -m kg ARGS`` in a process of its own: the entry point as a user's shell starts it."""
    result = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, f"kg {' '.join(args)} failed ({result.returncode}): {result.stderr}"
    return result


def rows(store: Path, name: str, *extra: str) -> list[dict[str, str]]:
    out = kg("query", "--store", str(store), name, "--format", "csv", *extra).stdout
    return list(csv.DictReader(io.StringIO(out)))


@pytest.fixture(scope="module")
def founding_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("founding") / "store"
    kg_process("ingest", "--store", str(store), str(FOUNDING))
    return store


def test_founding_article_agreement(founding_store: Path) -> None:
    (row,) = rows(founding_store, "agreements")
    assert row["kind"] == "strategic cooperation framework agreement"
    assert row["date"] == "2019-03-11"
    assert row["place"] == "Beijing"
    assert "sic-xiangxi-2019" in row["source"]


def test_founding_article_parties_and_signatories(founding_store: Path) -> None:
    parties = {r["party_name"] for r in rows(founding_store, "parties")}
    assert "State Information Center" in parties
    assert any("Xiangxi" in p and "Government" in p for p in parties)
    signed = {(r["person_name"], r["on_behalf_of_name"]) for r in rows(founding_store, "signatories")}
    assert ("Cheng Xiaobo", "State Information Center") in signed
    assert any(person == "Long Xiaohua" and "Xiangxi" in side for person, side in signed)
    assert rows(founding_store, "witnesses") == []


def test_founding_article_posts_and_areas(founding_store: Path) -> None:
    posts = {(r["person_name"], r["title"], r["organization_name"]) for r in rows(founding_store, "posts")}
    assert ("Cheng Xiaobo", "President", "State Information Center") in posts
    assert ("Cheng Xiaobo", "Secretary of the Party Committee", "State Information Center") in posts
    assert any(p == "Long Xiaohua" and t == "Governor" and "Xiangxi" in o for p, t, o in posts)
    areas = {r["area_name"] for r in rows(founding_store, "areas")}
    assert areas == {"regional development", "technical cooperation", "digital economy development"}


def test_csv_header_and_date_form(founding_store: Path) -> None:
    out = kg("query", "--store", str(founding_store), "agreements", "--format", "csv").stdout
    assert out.splitlines()[0].split(",")[:5] == ["agreement", "kind", "date", "place", "source"]
    assert "2019-03-11" in out and "^^" not in out


@pytest.mark.slow
def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), str(ARTICLES))
    first = kg("stats", "--store", str(store)).stdout
    again = kg("ingest", "--store", str(store), str(ARTICLES))
    assert "0 added, 0 replaced" in again.stderr
    assert kg("stats", "--store", str(store)).stdout == first


@pytest.mark.slow
def test_changed_article_replaces_its_graph(tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    shutil.copy(FOUNDING, article)
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), str(article))
    article.write_text(FOUNDING.read_text(encoding="utf-8").replace("Beijing", "Changsha"), encoding="utf-8")
    result = kg("ingest", "--store", str(store), str(article))
    assert "1 replaced" in result.stderr
    places = {r["place"] for r in rows(store, "agreements")}
    assert places == {"Changsha"}


@pytest.mark.slow
def test_bad_files_fail_alone(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(FOUNDING, folder / "good.txt")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.html").write_bytes(b"\x00\x01\x02 not a page")
    store = tmp_path / "store"
    result = kg("ingest", "--store", str(store), str(folder), str(tmp_path / "missing.txt"), check=False)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg ingest:") and str(tmp_path) in line
              and "added" not in line]
    assert len(errors) == 3
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.html" in e for e in errors)
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert len(rows(store, "agreements")) == 1  # the good file beside them is in


def test_query_errors_are_one_line(tmp_path: Path, founding_store: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    result = kg("query", "--store", str(founding_store), str(bad), check=False)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "bad.rq" in result.stderr
    result = kg("query", "--store", str(founding_store), "no-such-query", check=False)
    assert result.returncode != 0 and "no-such-query" in result.stderr
    result = kg("query", "--store", str(tmp_path / "nothing"), "agreements", check=False)
    assert result.returncode != 0 and "kg ingest" in result.stderr


def test_user_query_file(tmp_path: Path, founding_store: Path) -> None:
    query = tmp_path / "people.rq"
    query.write_text("SELECT ?name WHERE { ?p a foaf:Person ; skos:prefLabel ?name } ORDER BY ?name", encoding="utf-8")
    names = [r["name"] for r in rows(founding_store, str(query))]
    assert "Cheng Xiaobo" in names and "Long Xiaohua" in names


@pytest.mark.parametrize("fmt, parser_format", [("turtle", "turtle"), ("ntriples", "nt"), ("trig", "trig"),
                                                ("jsonld", "json-ld"), ("nquads", "nquads")])
def test_export_parses_back(tmp_path: Path, founding_store: Path, fmt: str, parser_format: str) -> None:
    out = tmp_path / f"export.{fmt}"
    kg("export", "--store", str(founding_store), "--format", fmt, "--output", str(out))
    if parser_format in ("trig", "json-ld", "nquads"):
        graph = rdflib.Dataset()
        graph.parse(out, format=parser_format)
        assert len(list(graph.quads())) > 100
    else:
        graph = rdflib.Graph().parse(out, format=parser_format)
        assert len(graph) > 100


def test_turtle_export_is_isomorphic_to_the_store(tmp_path: Path, founding_store: Path) -> None:
    from rdflib.compare import isomorphic

    from kg.store import Store

    out = tmp_path / "agreements.ttl"
    kg("export", "--store", str(founding_store), "--format", "turtle", "--output", str(out))
    exported = rdflib.Graph().parse(out, format="turtle")
    again = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))
    from kg.nif import published_all

    stored = Store(founding_store, read_only=True)
    triples = list(published_all(stored.triples()))  # NIF offsets leave the store as xsd:nonNegativeInteger
    assert len(again) == len(triples) == len(exported)
    expected = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    assert isomorphic(exported, expected)


def test_import_kg_is_light() -> None:
    code = "import sys, kg; print(sorted(m for m in ('pyoxigraph', 'rdflib', 'trafilatura', 'networkx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.slow
def test_two_files_with_one_stem_are_not_merged(tmp_path: Path) -> None:
    """An article is known by its file stem; a second file of the same stem
    in one ingest is refused rather than silently replacing the first."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(FOUNDING, tmp_path / folder / "story.txt")
    store = tmp_path / "store"
    result = kg("ingest", "--store", str(store), str(tmp_path / "a"), str(tmp_path / "b"), check=False)
    assert result.returncode == 1
    assert "same file stem" in result.stderr and str(tmp_path / "b" / "story.txt") in result.stderr
    assert len(rows(store, "agreements")) == 1


@pytest.mark.slow
def test_latin1_web_page_is_read_in_its_declared_encoding(tmp_path: Path) -> None:
    page = tmp_path / "muenster.html"
    page.write_bytes(
        "<html><head><meta charset=\"iso-8859-1\"><title>Münster deal</title></head><body><p>On March 3, 2021, "
        "the City of Münster and Café Group GmbH signed a cooperation agreement in Münster. Anna Weber, Mayor of "
        "Münster, and Jan Roth, Chief Executive Officer of Café Group GmbH, signed the agreement on behalf of both "
        "sides.</p></body></html>".encode("iso-8859-1"))
    store = tmp_path / "store"
    kg("ingest", "--store", str(store), str(page))
    assert {r["party_name"] for r in rows(store, "parties")} == {"City of Münster", "Café Group GmbH"}
    text = tmp_path / "plain.txt"
    text.write_bytes("Café news\n\nA story".encode("iso-8859-1"))
    result = kg("ingest", "--store", str(store), str(text), check=False)
    assert result.returncode == 1 and "not UTF-8" in result.stderr


def test_a_folder_of_other_files_is_not_taken_for_a_store(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.md").write_text("mine", encoding="utf-8")
    result = kg("ingest", "--store", str(folder), str(FOUNDING), check=False)
    assert result.returncode == 1 and "not a kg store" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["notes.md"]
