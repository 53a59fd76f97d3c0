"""DuckDB side: the build file the run writes into, the quality tables, and the atomic publish.

A run never writes the published file while building: it copies it (to keep the run history),
builds and validates the copy, then replaces the published file with one rename.
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa

from . import duck
from .integrity import readable_problem  # noqa: F401  (kept here for callers)
from .runs import failed_runs_journal, journal_failed_run  # noqa: F401  (kept here for callers)

RAW_SCHEMA = {
    "documents": {
        "document_id": pl.Utf8, "source_path": pl.Utf8, "encoding": pl.Utf8,
        "content_sha256": pl.Utf8, "text": pl.Utf8, "char_count": pl.Int64,
        "loaded_at": pl.Datetime("us", "UTC"), "other_paths": pl.List(pl.Utf8),
    },
    "extracted_documents": {"document_id": pl.Utf8, "content_sha256": pl.Utf8, "extractor_version": pl.Utf8},
    "rejected_documents": {"source_path": pl.Utf8, "reason": pl.Utf8, "detected_at": pl.Datetime("us", "UTC")},
    "document_attributes": {
        "document_id": pl.Utf8, "title": pl.Utf8, "org_name": pl.Utf8, "org_level": pl.Utf8,
        "province": pl.Utf8, "city": pl.Utf8, "report_year": pl.Int64, "doc_type": pl.Utf8,
        "year_source": pl.Utf8,
    },
    "mentions": {
        "document_id": pl.Utf8, "mention_index": pl.Int64, "char_start": pl.Int64, "char_end": pl.Int64,
        "numeral": pl.Utf8, "numeral_kind": pl.Utf8, "mention_text": pl.Utf8, "value": pl.Float64,
        "unit": pl.Utf8, "approx": pl.Utf8, "subject": pl.Utf8, "category": pl.Utf8, "period": pl.Utf8,
        "org_name": pl.Utf8, "report_year": pl.Int64, "sentence": pl.Utf8, "parent_index": pl.Int64,
        "clause_before": pl.Utf8, "clause_after": pl.Utf8,
        "year_source": pl.Utf8, "org_source": pl.Utf8, "sentence_start": pl.Int64,
    },
    "activities": {
        "document_id": pl.Utf8, "activity_index": pl.Int64, "char_start": pl.Int64, "char_end": pl.Int64,
        "keyword": pl.Utf8, "activity_type": pl.Utf8, "form": pl.Utf8, "topic": pl.Utf8,
        "mention_index": pl.Int64, "activity_date": pl.Date, "org_name": pl.Utf8, "report_year": pl.Int64,
        "period": pl.Utf8, "sentence": pl.Utf8,
    },
    "document_findings": {
        "document_id": pl.Utf8, "rule": pl.Utf8, "mention_indexes": pl.Utf8, "detail": pl.Utf8,
    },
    "organizations": {
        "document_id": pl.Utf8, "org_name": pl.Utf8, "full_name": pl.Utf8, "org_level": pl.Utf8,
        "org_kind": pl.Utf8, "province": pl.Utf8, "city": pl.Utf8, "county": pl.Utf8, "division_code": pl.Utf8,
    },
}

QUALITY_DDL = [
    "create schema if not exists quality",
    """create table if not exists quality.runs (
        run_id varchar primary key, flow_run_id varchar, source varchar,
        started_at timestamptz, finished_at timestamptz, status varchar,
        documents_seen integer, documents_loaded integer, documents_rejected integer,
        metrics_extracted integer, checks_passed integer, checks_failed integer, published boolean,
        discover_seconds double, ingest_seconds double, extract_seconds double,
        transform_seconds double, validate_seconds double, publish_seconds double, error varchar,
        extractor_version varchar)""",
    """create table if not exists quality.document_metric_counts (
        run_id varchar, document_id varchar, content_sha256 varchar, extractor_version varchar,
        metric_count integer, recorded_at timestamptz)""",
    *[f"alter table quality.runs add column if not exists {column} {kind}" for column, kind in (
        ("extractor_version", "varchar"), ("documents_new", "integer"), ("documents_changed", "integer"),
        ("documents_unchanged", "integer"), ("documents_removed", "integer"), ("figures_flagged", "integer"),
        ("flagged_share", "double"), ("no_org_share", "double"), ("no_year_share", "double"),
        ("empty_document_share", "double"), ("pipeline_version", "varchar"))],
    """create table if not exists quality.validation_results (
        run_id varchar, suite varchar, expectation varchar, column_name varchar, success boolean,
        unexpected_count bigint, severity varchar, details varchar, checked_at timestamptz)""",
]


def build_path(published: Path) -> Path:
    return published.with_name(f".{published.name}.building")


@dataclass
class BuildStart:
    build: Path
    damaged: str | None = None  # why the published file could not be read (the run rebuilds from source)
    rebuild: bool = False  # the build starts empty: every document is extracted afresh


def start_build(published: Path, rebuild: bool = False) -> BuildStart:
    """A fresh build file: a copy of the published warehouse (for its history), or an empty one when
    there is none, when ``rebuild`` asks, or when the published file is damaged (then it is kept
    aside at publish time, see ``publish``)."""
    build = build_path(published)
    published.parent.mkdir(parents=True, exist_ok=True)
    _clear(build)
    damaged = None
    if published.exists() and not rebuild:
        shutil.copyfile(published, build)
        damaged = readable_problem(build)  # the copy, so no reader's or writer's lock is in the way
        if damaged:
            _clear(build)
    with duck.connect(build) as con:
        con.execute("create schema if not exists raw")
        for ddl in QUALITY_DDL:
            con.execute(ddl)
    return BuildStart(build, damaged, rebuild or damaged is not None)


def scratch_files(build: Path) -> tuple[Path, ...]:
    """The build and what a run writes beside it: its WAL, and a compacted copy (and its WAL)."""
    compact = _compact_path(build)
    return build, _wal_of(build), compact, _wal_of(compact)


def _clear(build: Path) -> None:
    """The build and what a killed run left beside it."""
    for stale in scratch_files(build):
        stale.unlink(missing_ok=True)


def _compact_path(build: Path) -> Path:
    return build.with_name(build.name + ".compact")


def _wal_of(database: Path) -> Path:
    return database.with_name(database.name + ".wal")


def set_aside_path(published: Path, why: str) -> Path:
    """``lvzhi.duckdb.damaged-20261201T183000`` (or ``previous-…`` for --rebuild) beside the file."""
    return published.with_name(f"{published.name}.{why}-{datetime.now().strftime('%Y%m%dT%H%M%S')}")


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    schema = RAW_SCHEMA[table]
    return pl.DataFrame(rows, schema=schema) if rows else pl.DataFrame(schema=schema)


def replace_table(database: Path, schema: str, table: str, data: pl.DataFrame) -> None:
    with duck.connect(database) as con:
        con.execute(f"create schema if not exists {schema}")
        con.register("incoming", data.to_arrow())
        con.execute(f"create or replace table {schema}.{table} as select * from incoming")
        con.unregister("incoming")


class DocumentWriter:
    """Ingest's one connection to the build, appending each batch of documents as it is read. One
    connection for the stage, not one a batch: closing the last connection to a file makes DuckDB
    checkpoint it, and each checkpoint costs more as the table grows (100 MB corpus: 9.2 s of
    appends, batch by batch, against 2 s through one connection). It checkpoints every
    ExtractionStore.CHECKPOINT_EVERY of log, not DuckDB's 16 MB, for the same reason (300 MB corpus:
    ingest 11.1 -> 7.6 s of CPU, peak 0.75 -> 0.59 GiB)."""

    def __init__(self, database: Path, replacing: bool):
        self.con = duck.connect(database, at_most=ExtractionStore.MEMORY)
        self.con.execute(f"set checkpoint_threshold = '{ExtractionStore.CHECKPOINT_EVERY}'")
        self.replacing = replacing  # the build is a copy: a changed document's stored row goes first

    def __enter__(self) -> "DocumentWriter":
        return self

    def __exit__(self, *_exc) -> None:
        self.con.close()

    def append(self, rows: list[dict]) -> None:
        if not rows:
            return
        self.con.register("incoming", frame("documents", rows).to_arrow())
        self.con.execute("begin transaction")
        if self.replacing:
            self.con.execute("delete from raw.documents where document_id in (select document_id from incoming)")
        self.con.execute("insert into raw.documents by name select * from incoming")
        self.con.execute("commit")
        self.con.unregister("incoming")


def stored_documents(database: Path) -> dict[str, tuple[str, int]]:
    """{document_id: (content_sha256, char_count)} of the documents raw.documents holds ({} without it)."""
    with duck.connect(database, read_only=True) as con:
        try:
            rows = con.execute("select document_id, content_sha256, char_count from raw.documents").fetchall()
        except duckdb.Error:
            return {}
    return {d: (sha, chars) for d, sha, chars in rows}


def document_owners(published: Path) -> dict[str, tuple[str, str]]:
    """{document_id: (source_path, content_sha256)} of the documents a published warehouse holds, read
    read-only ({} without a file, or one that cannot be read): the files that own those ids."""
    if not published.exists():
        return {}
    try:
        with duck.connect(published, read_only=True, at_most="256MB") as con:
            rows = con.execute("select document_id, source_path, content_sha256 from raw.documents").fetchall()
    except duckdb.Error:
        return {}
    return {d: (path, sha) for d, path, sha in rows}


def keep_documents(database: Path, kept: dict[str, str], current: set[str], loaded_at: datetime) -> None:
    """After an ingest into a copy: drop the stored documents the source no longer has, give the kept
    ones ({document_id: source_path}) their path and this load's time, and clear every document's
    other paths (``set_other_paths`` sets them anew)."""
    with duck.connect(database) as con:
        con.register("current_ids", pl.DataFrame({"document_id": sorted(current)},
                                                 schema={"document_id": pl.Utf8}).to_arrow())
        con.register("kept_paths", pl.DataFrame({"document_id": list(kept), "source_path": list(kept.values())},
                                                schema={"document_id": pl.Utf8, "source_path": pl.Utf8}).to_arrow())
        con.execute("begin transaction")
        con.execute("delete from raw.documents where document_id not in (select document_id from current_ids)")
        con.execute("update raw.documents set loaded_at = ? where document_id in (select document_id from kept_paths)",
                    [loaded_at])
        # paths rarely change (the source folder moved); DuckDB updates strings of a table of texts
        # slowly (~0.1 s a row), so moved paths rewrite the table once
        moved = con.execute("""select count(*) from kept_paths as k join raw.documents as d using (document_id)
                               where d.source_path <> k.source_path""").fetchone()[0]
        if moved:
            con.execute("""create or replace table raw.documents as
                           select d.* replace (coalesce(k.source_path, d.source_path) as source_path)
                           from raw.documents as d left join kept_paths as k using (document_id)""")
        con.execute("update raw.documents set other_paths = [] where len(other_paths) > 0")
        con.execute("commit")
        con.unregister("current_ids")
        con.unregister("kept_paths")


def set_other_paths(database: Path, other_paths: dict[str, list[str]]) -> None:
    """The files that repeat a stored document's bytes (found after it was stored)."""
    if other_paths:
        with duck.connect(database) as con:
            con.executemany("update raw.documents set other_paths = ? where document_id = ?",
                            [[paths, document_id] for document_id, paths in other_paths.items()])


def document_texts(database: Path, document_ids: list[str],
                   con: duckdb.DuckDBPyConnection | None = None) -> dict[str, tuple[str, str, str, str]]:
    """{document_id: (source_path, encoding, content_sha256, text)} of some stored documents: the
    extract stage reads its batch's texts back, so only one batch's texts are in memory. ``con``: a
    connection to the file this process holds open already (an ExtractionStore's)."""
    if not document_ids:
        return {}
    # the batch's smallest and largest id first: a range DuckDB checks against each row group's
    # min/max, so it reads the texts of the row groups holding the batch (a batch is consecutive
    # files, stored in that order), not every stored one; ``list_contains`` alone is evaluated on every
    # row and grew with the corpus (38,470 documents, batches of 320: 85 -> 25 ms a batch)
    query = ("select document_id, source_path, encoding, content_sha256, text from raw.documents "
             "where document_id between ? and ? and list_contains(?, document_id)")
    parameters = [min(document_ids), max(document_ids), document_ids]
    if con is not None:
        rows = con.execute(query, parameters).fetchall()
    else:
        with duck.connect(database, read_only=True) as own:
            rows = own.execute(query, parameters).fetchall()
    return {d: (path, encoding, sha, text) for d, path, encoding, sha, text in rows}


def append_rows(database: Path, table: str, rows: list[dict]) -> None:
    """Insert dicts into an existing quality table by column name (values bound, never pasted)."""
    if not rows:
        return
    columns = list(rows[0])
    placeholders = ", ".join("?" for _ in columns)
    with duck.connect(database) as con:
        for ddl in QUALITY_DDL:
            con.execute(ddl)
        con.executemany(
            f"insert into {table} ({', '.join(columns)}) values ({placeholders})",
            [[row[c] for c in columns] for row in rows])


def read_table(database: Path, query: str, params: dict | None = None) -> pl.DataFrame:
    with duck.connect(database, read_only=True) as con:
        return con.execute(query, params).pl() if params else con.execute(query).pl()


def checkpoint(database: Path) -> None:
    with duck.connect(database) as con:
        con.execute("checkpoint")


# a build left with more than this share of its file unused is compacted at publish; below it the
# copy (seconds per 100 MB) is skipped, and the next build fills the unused blocks first
COMPACT_ABOVE = 0.03
# ... or grown more than this past the size it had when last written whole (a full build or a
# compaction): re-runs also leave space inside used blocks, which the unused share does not see; with
# the same content, the file stays within this of a fresh build's size however many runs follow.
# 4%, not 3%: a 1%-changed re-run of the 100 MB corpus grows the file ~3% (a fresh 256 KB block for
# each of the ~18 tables it appends to, deleted rows' space kept in their row groups, blocks freed by
# the last checkpoint; scripts/storage_growth.py shows it per table), so at 3% every re-run paid a
# ~3-4 s compaction; at 4% every second one does, and five re-runs stay within 5% of the first publish
GROW_ABOVE = 0.04
# the size of the file when it was last written whole (one row; the next publishes compare with it)
_COMPACT_SIZE_DDL = "create table if not exists quality.storage (whole_file_bytes bigint, written_at timestamptz)"


@dataclass
class Published:
    compacted: bool
    unused_share: float  # of the build file, before any compaction
    size: int  # bytes of the published file


def unused_share(database: Path) -> float:
    """The share of the file in no block a table uses (blocks freed by replaced tables, or past them)."""
    with duck.connect(database) as con:
        con.execute("checkpoint")  # nothing left in a WAL beside the file that a rename would leave behind
        _, _, block_size, _, used_blocks, *_ = con.execute("pragma database_size").fetchone()
    size = database.stat().st_size
    return max(0.0, 1 - used_blocks * block_size / size) if size else 0.0


def publish(build: Path, published: Path, keep_previous_as: Path | None = None,
            compact_above: float = COMPACT_ABOVE, grow_above: float = GROW_ABOVE) -> Published:
    """Replace the published file with the build in one atomic rename, compacted first into a fresh
    file when more than ``compact_above`` of it is unused or it grew more than ``grow_above`` past its
    size when last written whole. (The build starts as a copy of the published file and its tables are
    replaced: the space they held is given back to the file, not to the disk; the next build reuses it,
    so the file grows no further than the shares allowed.)
    ``keep_previous_as``: a second name for the file being replaced (a hard link, else a copy), so it
    is kept, not lost."""
    unused = unused_share(build)
    whole = _whole_size(build)
    ready, compact = build, _compact_path(build)
    for stale in (compact, _wal_of(compact)):  # a compaction a killed run left half done
        stale.unlink(missing_ok=True)
    grown = whole is not None and build.stat().st_size > whole * (1 + grow_above)
    if unused > compact_above or grown:
        ready = compact
        with duck.connect(build) as con:
            con.execute(f"attach '{ready}' as compact")
            con.execute(f"copy from database \"{_catalog(con)}\" to compact")
            con.execute("detach compact")
    if ready != build or whole is None:  # written whole now (or never measured): what later runs compare with
        _record_whole_size(ready)
    if keep_previous_as is not None and published.exists():
        try:
            os.link(published, keep_previous_as)
        except OSError:
            shutil.copyfile(published, keep_previous_as)
    os.replace(ready, published)
    build.unlink(missing_ok=True)
    return Published(ready != build, unused, published.stat().st_size)


def _whole_size(database: Path) -> int | None:
    with duck.connect(database, read_only=True) as con:
        if not con.execute("select 1 from duckdb_tables() where schema_name = 'quality' "
                           "and table_name = 'storage'").fetchone():
            return None
        row = con.execute("select max(whole_file_bytes) from quality.storage").fetchone()
    return row[0] if row else None


def _record_whole_size(database: Path) -> None:
    size = database.stat().st_size  # (measured before the row is written: a block more at most)
    with duck.connect(database) as con:
        con.execute("create schema if not exists quality")
        con.execute(_COMPACT_SIZE_DDL)
        con.execute("delete from quality.storage")
        con.execute("insert into quality.storage values (?, now())", [size])
        con.execute("checkpoint")


def _catalog(con) -> str:
    return con.execute("select current_database()").fetchone()[0]


def execute(database: Path, sql: str) -> None:
    with duck.connect(database) as con:
        con.execute(sql)


def record_metric_counts(database: Path, run_id: str, extractor_version: str, recorded_at) -> None:
    """Remember how many figures each document gave, to check the next run against: once for each
    content and extractor. A run that counts otherwise fails its critical check (the documents suite)
    and is not published, so a count recorded again would repeat the first; a row per document on every
    run grew the table by the corpus's count of documents a run (and the file by a block: issue 14)."""
    with duck.connect(database) as con:
        con.execute("""
            insert into quality.document_metric_counts
            select ?, d.document_id, d.content_sha256, ?, count(m.metric_id), ?
            from marts.dim_documents as d left join marts.fct_metrics as m using (document_id)
            where d.content_sha256 not in (select content_sha256 from quality.document_metric_counts
                                           where extractor_version = ?)
            group by d.document_id, d.content_sha256""", [run_id, extractor_version, recorded_at, extractor_version])


@dataclass
class CarriedJournal:
    carried: int  # runs moved into quality.runs by this build
    already: int  # runs the warehouse held already (a run killed between its publish and the cleanup)
    damaged: int  # lines that are no run (half-written): kept in ``damaged_path``
    damaged_path: Path | None
    statuses: dict[str, int] = field(default_factory=dict)  # the carried runs by status (failed, cancelled, unchanged)

    def describe(self) -> str:
        """The carried runs by status, failed first: ``earlier runs recorded in quality.runs: 1 failed,
        2 unchanged`` ('' when none was carried)."""
        order = ["failed", "cancelled", "unchanged"]
        counts = sorted(self.statuses.items(), key=lambda item: (order.index(item[0]) if item[0] in order
                                                                 else len(order), item[0]))
        if not counts:
            return ""
        return "earlier runs recorded in quality.runs: " + ", ".join(f"{n} {status}" for status, n in counts)


def damaged_journal_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".damaged")


def carry_journal(journal: Path, database: Path) -> CarriedJournal:
    """Copy journaled failed runs into the build's quality tables, each run once; a line that is no
    run (cut short by a killed process) is appended to ``<journal>.damaged`` instead of failing."""
    if not journal.exists():
        return CarriedJournal(0, 0, 0, None)
    entries, damaged = [], []
    for line in journal.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        entry = _journal_entry(line)
        (entries if entry is not None else damaged).append(entry if entry is not None else line)
    with duck.connect(database, read_only=True) as con:
        known = {r[0] for r in con.execute("select run_id from quality.runs").fetchall()}
    carried = already = 0
    statuses: dict[str, int] = {}
    for entry in entries:
        run = _parse_times(entry["run"])
        if run["run_id"] in known:
            already += 1
            continue
        known.add(run["run_id"])
        append_rows(database, "quality.runs", [run])
        append_rows(database, "quality.validation_results", [_parse_times(r) for r in entry["validation_results"]])
        carried += 1
        status = str(run.get("status") or "unknown")
        statuses[status] = statuses.get(status, 0) + 1
    damaged_path = None
    if damaged:
        damaged_path = damaged_journal_path(journal)
        with damaged_path.open("a", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in damaged))
    return CarriedJournal(carried, already, len(damaged), damaged_path, statuses)


def _journal_entry(line: str) -> dict | None:
    """A journal line as {run, validation_results}, or None when it is not one."""
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    if not (isinstance(entry, dict) and isinstance(entry.get("run"), dict) and entry["run"].get("run_id")
            and isinstance(entry.get("validation_results", []), list)):
        return None
    entry.setdefault("validation_results", [])
    return entry


def _parse_times(row: dict) -> dict:
    return {k: datetime.fromisoformat(v) if k.endswith("_at") and isinstance(v, str) else v for k, v in row.items()}


EXTRACTION_TABLES = ["document_attributes", "mentions", "activities", "organizations", "document_findings",
                     "extracted_documents"]


@dataclass
class ExtractionPlan:
    keep: set[str]  # documents whose rows stay as they are
    new: int
    changed: int
    unchanged: int  # same content (including those re-read because the extractor changed)
    reread: int
    removed: int
    full: bool  # the extractor changed: rebuild the extraction tables
    touched: set[str] = field(default_factory=set)  # documents new, changed, re-read or removed


def plan_extraction(database: Path, current: dict[str, str], extractor_version: str) -> ExtractionPlan:
    """Which documents need extracting, from what the build's raw tables already hold."""
    previous = previous_extractions(database)
    keep = {d for d, sha in current.items() if previous.get(d) == (sha, extractor_version)}
    new = sum(1 for d in current if d not in previous)
    changed = sum(1 for d, sha in current.items() if d in previous and previous[d][0] != sha)
    unchanged = len(current) - new - changed
    removed = {d for d in previous if d not in current}
    return ExtractionPlan(keep, new, changed, unchanged, unchanged - len(keep), len(removed),
                          any(version != extractor_version for _, version in previous.values()),
                          (set(current) - keep) | removed)


def extraction_rows(document, extractor_version: str, result) -> dict[str, list[dict]]:
    """The raw extraction tables' rows for one document (an ingest.Document and its Extraction)."""
    info = result.document
    key = {"document_id": document.document_id}
    return {
        "document_attributes": [{
            **key, "title": info.title, "org_name": info.org_name, "org_level": info.org_level,
            "province": info.province, "city": info.city, "report_year": info.report_year,
            "doc_type": info.doc_type, "year_source": info.year_source}],
        "mentions": [{**key, "mention_index": i, **m.as_row()} for i, m in enumerate(result.metrics)],
        "activities": [{**key, "activity_index": i, **a.as_row()} for i, a in enumerate(result.activities)],
        "organizations": [{**key, **o.as_row()} for o in result.organizations],
        "document_findings": [
            {**key, "rule": f.rule, "mention_indexes": ",".join(map(str, f.mention_indexes)), "detail": f.detail}
            for f in result.findings],
        "extracted_documents": [
            {**key, "content_sha256": document.content_sha256, "extractor_version": extractor_version}],
    }


def reject_loaded(database: Path, rejections: list, document_ids: list[str]) -> None:
    """Move loaded documents to raw.rejected_documents (the extractor failed on them)."""
    with duck.connect(database) as con:
        con.executemany("delete from raw.documents where document_id = ?", [[d] for d in document_ids])
        con.executemany("insert into raw.rejected_documents values (?, ?, ?)",
                        [[r.source_path, r.reason, r.detected_at] for r in rejections])


def previous_extractions(database: Path) -> dict[str, tuple[str, str]]:
    """{document_id: (content_sha256, extractor_version)} of what the build's raw tables hold."""
    with duck.connect(database, read_only=True) as con:
        exists = con.execute("select count(*) from information_schema.tables "
                             "where table_schema = 'raw' and table_name = 'extracted_documents'").fetchone()[0]
        if not exists:
            return {}
        rows = con.execute("select document_id, content_sha256, extractor_version from raw.extracted_documents").fetchall()
    return {d: (sha, version) for d, sha, version in rows}


def apply_extraction(database: Path, keep: list[str], tables: dict[str, pl.DataFrame], full: bool) -> None:
    """Keep the rows of documents in ``keep``, drop every other document's, add the new rows; in
    one transaction. ``full`` rebuilds the tables (a new extractor may change their shape)."""
    with duck.connect(database) as con:
        con.execute("begin transaction")
        con.register("kept_ids", pl.DataFrame({"document_id": keep}, schema={"document_id": pl.Utf8}).to_arrow())
        for name in EXTRACTION_TABLES:
            con.register("incoming", tables[name].to_arrow())
            exists = con.execute("select count(*) from information_schema.tables "
                                 "where table_schema = 'raw' and table_name = ?", [name]).fetchone()[0]
            if full or not exists:
                con.execute(f"create or replace table raw.{name} as select * from incoming")
            else:
                con.execute(f"delete from raw.{name} where document_id not in (select document_id from kept_ids)")
                con.execute(f"insert into raw.{name} by name select * from incoming")
            con.unregister("incoming")
        con.execute("commit")


def start_extraction(database: Path, keep: list[str], full: bool) -> None:
    """Ready the raw extraction tables for new rows: keep the rows of documents in ``keep``, drop
    every other document's; ``full`` recreates the tables empty (a new extractor may change them)."""
    with duck.connect(database) as con:
        con.execute("begin transaction")
        con.register("kept_ids", pl.DataFrame({"document_id": keep}, schema={"document_id": pl.Utf8}).to_arrow())
        for name in EXTRACTION_TABLES:
            exists = con.execute("select count(*) from information_schema.tables "
                                 "where table_schema = 'raw' and table_name = ?", [name]).fetchone()[0]
            if full or not exists:
                con.register("empty", frame(name, []).to_arrow())
                con.execute(f"create or replace table raw.{name} as select * from empty")
                con.unregister("empty")
            else:
                con.execute(f"delete from raw.{name} where document_id not in (select document_id from kept_ids)")
        con.execute("commit")


class ExtractionStore:
    """The extract stage's one connection to the build: it reads each batch's texts and appends each
    batch's rows (Arrow tables, as parallel.extract_batch builds them; no Python rows). One connection
    for the stage, not one a batch: closing the last connection to a file makes DuckDB checkpoint it,
    which doubled the flow's CPU per batch (measured ~0.38 s against ~0.19 s on 1 MB-of-text batches).

    The flow process shares the cores with the workers, so its appends are kept cheap: one DuckDB
    thread (a batch's insert is small; a second thread only contends with the workers) and a WAL that
    is checkpointed every CHECKPOINT_EVERY of log rather than DuckDB's default 16 MB, which rewrote
    the growing tables every other batch. 16 appends of a 3 M-character batch's tables, then close
    (its checkpoint included): 10.5 s of CPU by default, 5.7 s on one thread, 3.0 s with both."""

    CHECKPOINT_EVERY = "256MB"
    # what the stage's connection may hold: a batch's texts and rows, and its checkpoints. Without a
    # cap DuckDB keeps every page it wrote or read cached up to the run's limit (then 2GB): a 1 GB corpus's
    # extract stage peaked at 2.95 GiB for the whole process tree, 100 MB's at 1.61
    MEMORY = "512MB"

    def __init__(self, database: Path):
        self.database = database
        self.con = duck.connect(database, at_most=self.MEMORY)
        self.con.execute("set threads = 1")
        self.con.execute(f"set checkpoint_threshold = '{self.CHECKPOINT_EVERY}'")

    def __enter__(self) -> "ExtractionStore":
        return self

    def __exit__(self, *_exc) -> None:
        self.con.close()

    def texts(self, document_ids: list[str]) -> dict[str, tuple[str, str, str, str]]:
        return document_texts(self.database, document_ids, self.con)

    def append(self, tables: dict[str, pa.Table]) -> None:
        """Add one batch's tables to the raw extraction tables, in one transaction."""
        self.con.execute("begin transaction")
        for name in EXTRACTION_TABLES:
            if tables[name].num_rows:
                self.con.register("incoming", tables[name])
                self.con.execute(f"insert into raw.{name} by name select * from incoming")
                self.con.unregister("incoming")
        self.con.execute("commit")


def count_rows(database: Path, table: str) -> int:
    with duck.connect(database, read_only=True) as con:
        return con.execute(f"select count(*) from {table}").fetchone()[0]


def set_changed_documents(database: Path, document_ids: list[str]) -> None:
    """raw.changed_documents: the documents this run added, changed or removed, whose rows a
    changed-only dbt build rebuilds (dbt_project/macros/changed_documents.sql)."""
    with duck.connect(database) as con:
        con.register("incoming", pl.DataFrame({"document_id": sorted(document_ids)},
                                              schema={"document_id": pl.Utf8}).to_arrow())
        con.execute("create or replace table raw.changed_documents as select * from incoming")
        con.unregister("incoming")


def last_published_pipeline(database: Path) -> str | None:
    """The pipeline fingerprint of the last published run the file records (None: none, or an older file)."""
    with duck.connect(database, read_only=True) as con:
        try:
            row = con.execute("select pipeline_version from quality.runs where published "
                              "order by finished_at desc limit 1").fetchone()
        except duckdb.Error:
            return None
    return row[0] if row else None
