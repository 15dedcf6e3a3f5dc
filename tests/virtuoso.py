"""A throw-away Virtuoso 7 server on free ports of 127.0.0.1.

Shared by the tests (the ``virtuoso_server`` fixture in conftest) and the
benchmarks that put kg side by side with Virtuoso. The server runs from
Debian's ``virtuoso-opensource`` package (``.ci/run`` installs it) with a
fresh database in a folder of its own, answers SPARQL 1.1 query and update
at ``/sparql`` and the Graph Store protocol at ``/sparql-graph-crud``, and
its default graph is the union of the named graphs, as kg's queries expect.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

__all__ = ["INSTALL_HINT", "VirtuosoServer", "virtuoso_binary"]

INSTALL_HINT = "apt-get install -y virtuoso-opensource"

_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = 1G
DirsAllowed = ., {folder}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp}
MaxClientConnections = 8
ServerThreads = 8
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 600
MaxQueryCostEstimationTime = 0
"""

# what the anonymous SPARQL user may do on a throw-away database: update,
# and read and write every graph through the Graph Store protocol
_GRANTS = ('GRANT SPARQL_UPDATE TO "SPARQL";'
           " DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")


def virtuoso_binary() -> str | None:
    """The ``virtuoso-t`` server binary, or None when it is not installed."""
    return shutil.which("virtuoso-t")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class VirtuosoServer:
    """Start ``virtuoso-t`` in ``folder`` (a fresh database); ``url`` is its
    base, ``sparql`` the query and update endpoint, ``graph_store`` the
    Graph Store endpoint. ``memory_mb`` sizes its page buffers (the Virtuoso
    guide's 8 kB pages, two thirds of them dirty at most)."""

    def __init__(self, folder: Path, *, memory_mb: int = 1024, start_seconds: float = 90.0) -> None:
        binary = virtuoso_binary()
        if binary is None:
            raise RuntimeError(f"Virtuoso is not installed; install it with: {INSTALL_HINT}")
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = _free_port(), _free_port()
        buffers = memory_mb * 1024 // 8 * 2 // 3
        ini = self.folder / "virtuoso.ini"
        ini.write_text(_INI.format(folder=self.folder, sql_port=self.sql_port, http_port=self.http_port,
                                   buffers=buffers, dirty=buffers * 3 // 4,
                                   vsp="/var/lib/virtuoso-opensource-7/vsp"), encoding="utf-8")
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.sparql = f"{self.url}/sparql"
        self.graph_store = f"{self.url}/sparql-graph-crud"
        self.log = open(self.folder / "server.out", "w+")
        self.process = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=self.folder,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self._wait(start_seconds)
            self.sql(_GRANTS)
        except BaseException:
            self.stop()
            raise

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        probe = f"{self.sparql}?query=ASK%7B%7D"
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}; see {self.folder}/virtuoso.log")
            try:
                urllib.request.urlopen(probe, timeout=2).close()
                return
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Virtuoso did not answer at {self.sparql} within {seconds:.0f} s") from None
                time.sleep(0.3)

    def sql(self, statements: str) -> str:
        """Run SQL as the database administrator (``isql-vt``)."""
        isql = shutil.which("isql-vt") or shutil.which("isql")
        if isql is None:
            raise RuntimeError(f"isql-vt is missing; install it with: {INSTALL_HINT}")
        done = subprocess.run([isql, str(self.sql_port), "dba", "dba", f"exec={statements}"],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {(done.stdout + done.stderr).strip()[-500:]}")
        return done.stdout

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log.close()

    def __enter__(self) -> VirtuosoServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
