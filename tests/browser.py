"""A real headless Chromium for tests that must see a page as a user does.

Shared by every test that opens HTML in a browser. ``chromium()`` finds the
browser (or skips the test with the reason and the command that installs
it); ``dump_dom`` gives the DOM after the page's scripts ran, ``screenshot``
a PNG. Each call uses a fresh profile folder and flags that keep Chromium
off the network, so a test sees exactly what an offline user would.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

__all__ = ["chromium", "dump_dom", "screenshot", "INSTALL_HINT"]

INSTALL_HINT = "apt-get update && apt-get install -y chromium"
_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
]


def chromium() -> str:
    """The browser's path; skips the calling test when there is none.

    ``KG_CHROMIUM`` names a browser binary explicitly.
    """
    explicit = os.environ.get("KG_CHROMIUM")
    if explicit:
        if Path(explicit).exists():
            return explicit
        pytest.skip(f"KG_CHROMIUM={explicit} does not exist")
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(f"no Chromium on this machine; install it with: {INSTALL_HINT}")


def _run(args: list[str], timeout: int) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        command = [chromium(), *_FLAGS, f"--user-data-dir={profile}", *args]
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"Chromium did not finish within {timeout}s: {' '.join(command)}")


def dump_dom(page: Path | str, *, budget_ms: int = 5000, timeout: int = 120) -> str:
    """The serialised DOM of a local page (or URL) after its scripts ran."""
    url = page if isinstance(page, str) and "://" in page else Path(page).resolve().as_uri()
    result = _run([f"--virtual-time-budget={budget_ms}", "--dump-dom", url], timeout)
    if result.returncode != 0 or not result.stdout.strip():
        pytest.fail(f"Chromium could not render {url} (exit {result.returncode}): {result.stderr[-500:]}")
    return result.stdout


def screenshot(page: Path | str, output: Path, *, size: tuple[int, int] = (1280, 800), budget_ms: int = 5000,
               timeout: int = 120) -> Path:
    """A PNG of a local page (or URL) as Chromium draws it."""
    url = page if isinstance(page, str) and "://" in page else Path(page).resolve().as_uri()
    result = _run([f"--virtual-time-budget={budget_ms}", f"--window-size={size[0]},{size[1]}",
                   f"--screenshot={Path(output).resolve()}", url], timeout)
    if not Path(output).exists():
        pytest.fail(f"Chromium made no screenshot of {url} (exit {result.returncode}): {result.stderr[-500:]}")
    return Path(output)
