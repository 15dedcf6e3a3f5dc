"""``kg export``: the format its file names, files like any other, compact JSON-LD."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parent.parent


def kg(*args: str, umask: int | None = None) -> subprocess.CompletedProcess:
    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                          preexec_fn=set_umask)


@pytest.mark.parametrize("name, rdf_format", [
    ("x.ttl", ox.RdfFormat.TURTLE), ("x.nt", ox.RdfFormat.N_TRIPLES), ("x.trig", ox.RdfFormat.TRIG),
    ("x.nq", ox.RdfFormat.N_QUADS), ("x.jsonld", ox.RdfFormat.JSON_LD), ("x.rdf", ox.RdfFormat.RDF_XML),
])
def test_the_suffix_names_the_format(gold_store: Path, tmp_path: Path, name: str, rdf_format) -> None:
    out = tmp_path / name
    result = kg("export", "--store", str(gold_store), "--output", str(out))
    assert result.returncode == 0, result.stderr
    quads = list(ox.parse(path=str(out), format=rdf_format))
    assert len(quads) > 1000
    graphs = {q.graph_name for q in quads}
    keeps_graphs = rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD)
    assert (len(graphs) > 1) == keeps_graphs


def test_jsonld_is_compact_and_holds_what_nquads_holds(gold_store: Path, tmp_path: Path) -> None:
    assert kg("export", "--store", str(gold_store), "--output", str(tmp_path / "x.jsonld")).returncode == 0
    assert kg("export", "--store", str(gold_store), "--output", str(tmp_path / "x.nq")).returncode == 0
    document = json.loads((tmp_path / "x.jsonld").read_text(encoding="utf-8"))
    assert document["@context"]["agr"] == "https://w3id.org/kg-agreements/ontology#"
    assert document["@context"]["organization"].endswith("/id/organization/")
    text = (tmp_path / "x.jsonld").read_text(encoding="utf-8")
    assert '"agr:party"' in text and '"organization:state-information-center"' in text
    assert "https://w3id.org/kg-agreements/ontology#party" not in text
    jsonld = set(ox.parse(path=str(tmp_path / "x.jsonld"), format=ox.RdfFormat.JSON_LD))
    nquads = set(ox.parse(path=str(tmp_path / "x.nq"), format=ox.RdfFormat.N_QUADS))
    assert jsonld == nquads
    import rdflib  # a second reader, which applies the @context by the JSON-LD algorithms

    dataset = rdflib.Dataset().parse(str(tmp_path / "x.jsonld"), format="json-ld")
    assert sum(1 for _ in dataset.quads()) == len(nquads)


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_an_export_gets_the_permissions_the_umask_gives(gold_store: Path, tmp_path: Path, umask: int) -> None:
    out = tmp_path / "x.ttl"
    assert kg("export", "--store", str(gold_store), "--output", str(out), umask=umask).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_a_failed_export_leaves_no_file(gold_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "x.ttl").mkdir()  # the name is taken by a folder
    result = kg("export", "--store", str(gold_store), "--output", str(folder / "x.ttl"))
    assert result.returncode == 2 and "is a folder" in result.stderr
    assert [p.name for p in folder.iterdir()] == ["x.ttl"]
    full = tmp_path / "full"
    full.mkdir()
    os.chmod(full, 0o500)
    try:
        result = kg("export", "--store", str(gold_store), "--output", str(full / "x.ttl"))
        if os.geteuid() != 0:  # root writes anywhere
            assert result.returncode == 1 and "cannot write the export" in result.stderr
            assert list(full.iterdir()) == []
    finally:
        os.chmod(full, 0o700)


def test_a_temp_file_of_a_killed_export_is_removed(gold_store: Path, tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = tmp_path / f".x.ttl.{dead.stdout.strip()}.tmp"  # as an export killed while writing leaves it
    left.write_text("half a file", encoding="utf-8")
    assert kg("export", "--store", str(gold_store), "--output", str(tmp_path / "x.ttl")).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.ttl"]


def test_an_export_to_a_device_writes_through_it(gold_store: Path) -> None:
    """``--output /dev/stdout`` writes to the output, never renames a file over the device's name."""
    result = subprocess.run([sys.executable, "-m", "kg", "export", "--store", str(gold_store), "--format", "nt",
                             "--output", "/dev/stdout"], capture_output=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert len(list(ox.parse(result.stdout, format=ox.RdfFormat.N_TRIPLES))) > 1000
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()
