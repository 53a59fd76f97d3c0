"""A run's summary, its progress lines and the journal of runs not (yet) in quality.runs.

Light on purpose (standard library only): ``lvzhi run`` decides and records a re-run with nothing
changed with these, before Prefect, GX, pandas or polars load.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .validate import FlagSummary

STAGES = ["discover", "ingest", "extract", "transform", "validate", "publish", "record"]


@dataclass
class RunSummary:
    run_id: str
    source: str
    warehouse: str
    started_at: datetime
    finished_at: datetime | None = None
    status: str = "running"
    documents_seen: int = 0
    documents_loaded: int = 0
    documents_rejected: int = 0
    metrics_extracted: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    published: bool = False
    error: str | None = None
    flow_run_id: str | None = None
    extractor_version: str = ""
    documents_new: int = 0
    documents_changed: int = 0
    documents_unchanged: int = 0
    documents_removed: int = 0
    documents_extracted: int = 0
    documents_reread: int = 0
    duplicate_files: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    validation_rows: list[dict] = field(default_factory=list)
    flags: FlagSummary | None = None
    drift: dict[str, float | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # recoveries the summary names (damaged files set aside)
    keep_previous_as: Path | None = None  # the published file's second name when this run replaces it
    pipeline_version: str = ""
    workers: int = 1  # extraction workers (processes on this machine, or a Dask cluster's)

    def as_row(self) -> dict:
        row = {k: getattr(self, k) for k in (
            "run_id", "flow_run_id", "source", "started_at", "finished_at", "status", "documents_seen",
            "documents_loaded", "documents_rejected", "metrics_extracted", "checks_passed",
            "checks_failed", "published", "error", "extractor_version", "documents_new",
            "documents_changed", "documents_unchanged", "documents_removed", "pipeline_version")}
        row["figures_flagged"] = self.flags.figures if self.flags else None
        for measure in ("flagged_share", "no_org_share", "no_year_share", "empty_document_share"):
            row[measure] = self.drift.get(measure)
        for stage in STAGES[:-1]:
            row[f"{stage}_seconds"] = round(self.seconds.get(stage, 0.0), 3)
        return row


def progress(stage: str, message: str, seconds: float) -> None:
    """One stage's line on stderr: ``[3/7] extract   … (1.20s)``."""
    number = STAGES.index(stage) + 1
    print(f"[{number}/{len(STAGES)}] {stage:<9} {message} ({seconds:.2f}s)", file=sys.stderr, flush=True)


def failed_runs_journal(published: Path) -> Path:
    return published.with_name(f"{published.name}.failed-runs.jsonl")


def journal_failed_run(journal: Path, run: dict, validation_rows: list[dict]) -> None:
    """Append one run as one line, in one write, flushed to disk. A line half-written by a process
    that died is closed first, so it spoils only itself (carry_journal sets it aside)."""
    journal.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"run": run, "validation_results": validation_rows}, ensure_ascii=False, default=_iso) + "\n"
    fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and not _ends_with_newline(journal, size):
            line = "\n" + line
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _ends_with_newline(path: Path, size: int) -> bool:
    with path.open("rb") as handle:
        handle.seek(size - 1)
        return handle.read(1) == b"\n"


def _iso(value):
    return value.isoformat() if isinstance(value, datetime) else str(value)
