"""A re-run with nothing changed, decided against the published file read-only and before any build.

Nothing changed means: the source's files load as the same documents (id, path, content hash, other
paths) and the same rejections as the published file holds, every document was extracted by this
extractor, and the last published run had this pipeline fingerprint (lvzhi.versions). Files whose
hash the published file holds already are hashed, not read. The published file is only opened
read-only; such a run is recorded in the journal beside it (lvzhi.runs), which the next publishing
run carries into quality.runs.

Light on purpose (DuckDB and the standard library): ``lvzhi run`` calls it before Prefect starts.
"""
from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import ingest
from .integrity import readable_problem

TEST_INJECT_SQL = "LVZHI_TEST_INJECT_SQL"  # a run given the test hook's SQL always builds (see flows.pipeline)


@dataclass
class Unchanged:
    files: int
    documents: int
    rejected: int
    duplicates: int
    mentions: int
    seconds: dict[str, float] = field(default_factory=dict)  # discover, ingest (hashing and comparing)


@dataclass
class _Published:
    documents: set[tuple]  # (document_id, source_path, content_sha256, other_paths)
    rejections: Counter  # (source_path, reason)
    extracted: dict[str, tuple[str, str]]  # document_id -> (content_sha256, extractor_version)
    mentions: int


_found_changed: set[tuple[str, str]] = set()  # (source, published): the CLI found a difference just now


def found_changed(source: Path, published: Path) -> None:
    """The CLI found a difference before starting the flow: the flow need not look again."""
    _found_changed.add((str(source), str(published)))


def take_found_changed(source: Path, published: Path) -> bool:
    """Whether a difference was just found (once: a later run in this process checks afresh)."""
    key = (str(source), str(published))
    found = key in _found_changed
    _found_changed.discard(key)
    return found


def check(source: Path, published: Path, pipeline_version: str, extractor_version: str) -> Unchanged | None:
    """``Unchanged`` when a run would rebuild the published file as it is; None when anything differs
    or cannot be told (no or a damaged published file, an unreadable source): the run then builds."""
    if not published.exists() or os.environ.get(TEST_INJECT_SQL):
        return None
    stored = _read_published(published, pipeline_version)
    if stored is None:
        return None
    started = time.perf_counter()
    try:
        paths = ingest.discover(source)
    except ingest.SourceError:
        return None
    walked = time.perf_counter()
    keys = {(d, path, sha) for d, path, sha, _ in stored.documents}
    documents: dict[str, tuple[str, str, list[str]]] = {}
    rejections: Counter = Counter()
    duplicates = 0
    owners = {d: (path, sha) for d, path, sha in keys}  # the flow's rule: a published document keeps its id
    for entry in ingest.entries(paths, needs_text=lambda d, path, sha: (d, path, sha) not in keys, owners=owners):
        if isinstance(entry, ingest.Document):
            if (entry.document_id, entry.source_path, entry.content_sha256) not in keys:
                return None  # a readable document the published file does not hold
            documents[entry.document_id] = (entry.source_path, entry.content_sha256, [])
        elif isinstance(entry, ingest.Duplicate):
            documents[entry.document_id][2].append(entry.source_path)
            duplicates += 1
        else:
            rejections[(entry.source_path, entry.reason)] += 1
    current = {(d, path, sha, tuple(others)) for d, (path, sha, others) in documents.items()}
    extracted = {d: (sha, extractor_version) for d, (_, sha, _) in documents.items()}
    if current != stored.documents or rejections != stored.rejections or extracted != stored.extracted:
        return None
    # whole, every table read (last: a run that finds a change builds a copy, whose damage the flow
    # checks then; this check is for a published file kept as it is)
    if readable_problem(published):
        return None
    return Unchanged(len(paths), len(documents), sum(rejections.values()), duplicates, stored.mentions,
                     {"discover": walked - started, "ingest": time.perf_counter() - walked})


def _read_published(published: Path, pipeline_version: str) -> _Published | None:
    """What the published file holds, if its last published run had this pipeline (whether the file
    is whole: ``check``, once the source matches it)."""
    import duckdb

    from . import duck

    try:
        with duck.connect(published, read_only=True) as con:
            last = con.execute("select pipeline_version from quality.runs where published "
                               "order by finished_at desc limit 1").fetchone()
            if last is None or last[0] != pipeline_version:
                return None
            documents = {(d, path, sha, tuple(others or ())) for d, path, sha, others in con.execute(
                "select document_id, source_path, content_sha256, other_paths from raw.documents").fetchall()}
            rejections = Counter(con.execute("select source_path, reason from raw.rejected_documents").fetchall())
            extracted = {d: (sha, version) for d, sha, version in con.execute(
                "select document_id, content_sha256, extractor_version from raw.extracted_documents").fetchall()}
            mentions = con.execute("select count(*) from raw.mentions").fetchone()[0]
    except duckdb.Error:  # an older file without these tables or columns: build it anew
        return None
    return _Published(documents, rejections, extracted, mentions)


def record(published: Path, summary, kept: Unchanged) -> str:
    """Fill ``summary`` (a lvzhi.runs.RunSummary) as an unchanged run and journal it; the message."""
    from .runs import failed_runs_journal, journal_failed_run

    summary.documents_seen, summary.documents_loaded = kept.files, kept.documents
    summary.documents_rejected, summary.duplicate_files = kept.rejected, kept.duplicates
    summary.documents_unchanged, summary.metrics_extracted = kept.documents, kept.mentions
    summary.seconds.update(kept.seconds)
    summary.status, summary.published = "unchanged", True
    summary.finished_at = datetime.now(timezone.utc)
    journal = failed_runs_journal(published)
    journal_failed_run(journal, summary.as_row(), [])
    return (f"nothing changed since the published run: {published} kept as it is; run recorded in "
            f"{journal.name} (moves into quality.runs with the next published run)")


def describe(kept: Unchanged) -> str:
    return (f"{kept.documents} documents as published ({kept.files} files hashed, not read), "
            f"{kept.rejected} rejected as before, {kept.duplicates} duplicate files")
