"""What the package says about itself agrees everywhere: the ontology's
version is the package's, with a version IRI and a licence; NIF offsets
leave the store typed as NIF types them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS, OWL, XSD

import kg
from conftest import ROOT

ONTOLOGY = rdflib.URIRef("https://w3id.org/kg-agreements/ontology")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


def test_the_ontology_carries_the_package_version_and_licence() -> None:
    graph = rdflib.Graph().parse(ROOT / "ontology" / "agreements.ttl")
    assert str(graph.value(ONTOLOGY, OWL.versionInfo)) == kg.__version__
    assert str(graph.value(ONTOLOGY, OWL.versionIRI)) == f"{ONTOLOGY}/{kg.__version__}"
    assert str(graph.value(ONTOLOGY, DCTERMS.license)) == "https://spdx.org/licenses/MIT"
    assert "license = \"MIT\"" in (ROOT / "pyproject.toml").read_text() and (ROOT / "LICENSE").exists()


def test_kg_version_is_the_package_version() -> None:
    from importlib.metadata import version

    assert version("kg-agreements") == kg.__version__
    done = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True)
    assert done.stdout.strip() == f"kg {kg.__version__}"


def test_exported_nif_offsets_are_non_negative_integers(corpus_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.nt"
    subprocess.run([sys.executable, "-m", "kg", "export", "--store", str(corpus_store), "--format", "ntriples",
                    "--output", str(out)], check=True, capture_output=True, cwd=ROOT)
    graph = rdflib.Graph().parse(out, format="nt")
    offsets = [o for p in (NIF.beginIndex, NIF.endIndex) for o in graph.objects(None, p)]
    assert len(offsets) > 100
    assert {o.datatype for o in offsets} == {XSD.nonNegativeInteger}
    assert all(o.toPython() >= 0 for o in offsets)
