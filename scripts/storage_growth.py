#!/usr/bin/env python3
"""Where a warehouse file's space goes, per table: row groups, 256 KB blocks, rows (deleted ones
included, as DuckDB counts them until a row group is rewritten), and with a second file what grew.

    python scripts/storage_growth.py BEFORE.duckdb [AFTER.duckdb]

Used to find why a 1%-changed re-run grows the published file (issue 14): compare the published file
with the build of the next run (copied before its publish, or published with compaction off). Blocks
are counted per table (a block two tables share counts in both); ``pragma database_size`` gives the
file's used and free blocks.
"""
from __future__ import annotations

import sys

import duckdb


def table_storage(path: str) -> tuple[dict[str, tuple[int, int, set[int]]], tuple]:
    """{schema.table: (rows, row groups, block ids)} and the file's ``pragma database_size`` row."""
    con = duckdb.connect(path, read_only=True)
    tables = {}
    for schema, table, rows in con.execute(
            "select schema_name, table_name, estimated_size from duckdb_tables() "
            "where database_name = current_database()").fetchall():
        groups, blocks = set(), set()
        for group, block, more in con.execute(
                "select row_group_id, block_id, additional_block_ids "
                f"from pragma_storage_info('\"{schema}\".\"{table}\"')").fetchall():
            groups.add(group)
            blocks.update(b for b in [block, *(more or [])] if b is not None and b >= 0)
        tables[f"{schema}.{table}"] = (rows, len(groups), blocks)
    size = con.execute("pragma database_size").fetchone()
    con.close()
    return tables, size


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print(__doc__)
        return 2
    before, size = table_storage(argv[0])
    print(f"{argv[0]}: {size[4]} used blocks, {size[5]} free, of {size[2]} bytes")
    if len(argv) == 1:
        for name, (rows, groups, blocks) in sorted(before.items(), key=lambda item: -len(item[1][2])):
            print(f"  {name:48} {rows:>9} rows {groups:>3} row groups {len(blocks):>5} blocks")
        return 0
    after, size_after = table_storage(argv[1])
    print(f"{argv[1]}: {size_after[4]} used blocks, {size_after[5]} free")
    known = set().union(*(blocks for _, _, blocks in before.values()))
    empty = (0, 0, set())
    for name in sorted(set(before) | set(after), key=lambda n: -len(after.get(n, empty)[2] - known)):
        (rows, groups, blocks), (rows2, groups2, blocks2) = before.get(name, empty), after.get(name, empty)
        if (rows, groups, len(blocks)) != (rows2, groups2, len(blocks2)) or blocks2 - known:
            print(f"  {name:48} rows {rows}->{rows2}, row groups {groups}->{groups2}, "
                  f"blocks {len(blocks)}->{len(blocks2)} ({len(blocks2 - known)} not in the first file)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
