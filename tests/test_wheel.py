"""A clean install as a new user makes it: the built wheel (not the
editable checkout) installed into a fresh virtual environment with the pip
that ships with Python, no upgrade, then an HTML article from outside the
repository ingested and queried. This is what caught the missing
``lxml_html_clean`` (jusText asks for ``lxml[html_clean]``, an extra that
older pips skip)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

HTML_ARTICLE = ROOT / "data" / "articles" / "graz-lund-partnership-2022.html"


def _run(*command: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(map(str, command))} exited {done.returncode}:\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv holding kg from its wheel."""
    folder = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "--wheel-dir", folder / "dist", ROOT, cwd=folder)
    (wheel,) = (folder / "dist").glob("kg_agreements-*.whl")
    venv.EnvBuilder(with_pip=True).create(folder / "venv")  # the bundled pip, not upgraded
    bin_dir = folder / "venv" / "bin"
    # --no-compile: byte-compiling every installed module is a third of the install's time, and
    # what kg imports is compiled on first import all the same
    _run(bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-compile", wheel, cwd=folder)
    return bin_dir


def test_the_wheel_ships_its_data_and_licence(installed: Path) -> None:
    (wheel,) = (installed.parent.parent / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names), names[-10:]
    assert "kg/_data/ontology/agreements.ttl" in names and "kg/_data/queries/parties.rq" in names


def test_a_clean_install_ingests_an_html_article(installed: Path, tmp_path: Path) -> None:
    articles = tmp_path / "articles"  # outside the repository: only the installed package can be found
    articles.mkdir()
    shutil.copy(HTML_ARTICLE, articles)
    ingest = _run(installed / "kg", "ingest", "--store", tmp_path / "store", articles, cwd=tmp_path)
    assert "Traceback" not in ingest.stderr
    parties = _run(installed / "kg", "query", "--store", tmp_path / "store", "parties", "--format", "csv",
                   cwd=tmp_path)
    lines = parties.stdout.splitlines()
    assert lines[0] == "agreement,party,party_name" and len(lines) >= 3, parties.stdout
    listing = _run(installed / "kg", "queries", cwd=tmp_path)
    assert "partners-of" in listing.stdout
    # and the package's own copy is what answered, not this checkout
    where = _run(installed / "python", "-c", "import kg, pathlib; print(pathlib.Path(kg.__file__).parent)",
                 cwd=tmp_path)
    assert not Path(where.stdout.strip()).is_relative_to(ROOT)
