"""The related-stems table (`expansion`) kept as a file in the search index's folder, so that a new process
reads it in a few milliseconds instead of building it from the dictionary (0.2-0.4 s).

The file is JSON: `{"key": …, "table": {stem: "its related stems, separated by spaces"}}`. It lies in the
reader's folder, so reading it must not be able to run code (pickle can) or crash the interpreter (marshal
is not meant for data it did not write); JSON cannot, and with every value checked it loads ~9,000 stems in
about 2 ms (measured beside pickle 2.0 ms, marshal 1.6 ms, JSON lists 3 ms, a tab-separated text 2 ms; an
SQLite lookup per word needs a connection per thread). The key says what built the table; a file with
another key, damaged or of another shape is ignored, and the table built again is written over it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from pathlib import Path

from reader.core.atomicfile import replace_bytes

NAME = "qari-related-stems.json"

Table = Mapping[str, str]  # a stem → its related stems, separated by spaces


def read(folder: Path, key: str) -> dict[str, str] | None:
    """The table in `folder` if it was written under `key` and has the shape of one; else None."""
    try:
        data = json.loads((folder / NAME).read_bytes())
    except (OSError, ValueError, RecursionError):  # missing, unreadable, not JSON (UnicodeError is one)
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    table = data.get("table")
    return table if isinstance(table, dict) and all(type(value) is str for value in table.values()) else None


def write(folder: Path, key: str, table: Table) -> None:
    """Write the table into `folder` atomically; a folder that cannot take it (gone, read-only, full) is
    left without it: the table is only a copy."""
    data = json.dumps({"key": key, "table": table}, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(OSError):
        replace_bytes(folder / NAME, data.encode("utf-8"))

