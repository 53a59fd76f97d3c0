"""Every DuckDB connection lvzhi opens, with a bounded memory: DuckDB's own default is 80% of the
machine's memory, so a large corpus grows a query's hash tables and sorts until the machine runs out;
with a limit it spills them to its temporary folder instead (slower, never out of memory).

The limit is the setting LVZHI_DUCKDB_MEMORY (a DuckDB size: "1GB", "512MB"; default 1400MB). DuckDB
spills into ``<database file>.tmp`` beside the file it opened: beside the run's build file in the
warehouse folder (dbt's build opens it in the run's own dbt folder), removed when the connection
closes. dbt's connections get the same limit through dbt_project/profiles.yml (``settings:``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a connection opens: the setting is read before duckdb loads
    import duckdb

MEMORY_SETTING = "LVZHI_DUCKDB_MEMORY"
# a 1 GB corpus (38,630 documents, 1.9 M figures) builds and validates as fast at 1400MB as at 2GB, with
# the process tree's peak 2.76 -> about 2.3 GiB (dbt alone: 2.43 -> 1.96 GB); at 1GB dbt's span test runs
# out of memory, validation passes (1.86 GB)
DEFAULT_MEMORY = "1400MB"


def memory_limit() -> str:
    return os.environ.get(MEMORY_SETTING, "").strip() or DEFAULT_MEMORY


def connect(database: Path | str, read_only: bool = False, at_most: str | None = None) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect`` with lvzhi's memory limit, or ``at_most`` where that is lower (a connection
    that only appends or reads a batch needs little, and DuckDB otherwise keeps every page it has
    written or read cached up to the limit). Set after opening, not as a connect option: a second
    connection to a file already open in this process (a caller's own, without options) would be
    refused for a different configuration."""
    import duckdb

    limit = memory_limit()
    if at_most is not None and size_bytes(at_most) < size_bytes(limit):
        limit = at_most
    con = duckdb.connect(str(database), read_only=read_only)
    con.execute(f"set memory_limit = '{_size(limit)}'")
    return con


UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
         "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}


def size_bytes(value: str) -> int:
    """A DuckDB size ("2GB", "512MB", "1.5GiB") in bytes, to compare limits."""
    cleaned = _size(value).lower()
    digits = cleaned.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = cleaned[len(digits):]
    if not digits or unit not in UNITS:
        raise ValueError(f"{MEMORY_SETTING}={value!r} is no size (e.g. 1GB, 512MB)")
    return int(float(digits) * UNITS[unit])


def _size(value: str) -> str:
    """The setting as a size DuckDB reads (digits, an optional point and a unit), never pasted raw."""
    cleaned = value.replace(" ", "")
    if not cleaned or not all(c.isalnum() or c == "." for c in cleaned):
        raise ValueError(f"{MEMORY_SETTING}={value!r} is no size (e.g. 1GB, 512MB)")
    return cleaned
