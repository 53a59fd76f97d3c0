"""Whether DuckDB reads a warehouse file whole (DuckDB only: ``lvzhi run`` checks before Prefect loads)."""
from __future__ import annotations

from pathlib import Path

import duckdb


def readable_problem(database: Path) -> str | None:
    """None when DuckDB opens the file and counts every table; else DuckDB's reason (truncated,
    overwritten, a checksum mismatch)."""
    try:
        with duckdb.connect(str(database), read_only=True) as con:
            tables = con.execute("select schema_name, table_name from duckdb_tables()").fetchall()
            for schema, table in tables:
                con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()
    except duckdb.Error as error:
        return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}".replace(
            str(database), "<copy>")
    return None
