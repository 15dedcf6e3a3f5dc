"""Command-line options that several ``kg`` commands share, defined once so
that every command reads them alike (the same default, the same help)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["add_store_option"]


def add_store_option(parser: Any) -> None:
    """``--store DIR`` on a parser or argument group: the store folder,
    by default ``$KG_STORE`` or ``.kg-store``."""
    parser.add_argument("--store", type=Path, default=Path(os.environ.get("KG_STORE", ".kg-store")),
                        help="store folder (default: $KG_STORE or .kg-store)")
