"""The lvzhi flow: discover → ingest → extract → transform → validate → publish → record.

The flow only wires tasks; each task calls the library (lvzhi.*) and reports one progress line.
"""
from __future__ import annotations

import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context

from lvzhi import ingest, transform, validate, warehouse
from lvzhi.extract import extract, load_vocabulary

STAGES = ["discover", "ingest", "extract", "transform", "validate", "publish", "record"]


class ValidationFailed(Exception):
    pass


class RunFailed(Exception):
    """Raised by the flow after recording a failed run, so Prefect marks the flow run failed."""

    def __init__(self, summary: "RunSummary"):
        super().__init__(summary.error)
        self.summary = summary


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
    seconds: dict[str, float] = field(default_factory=dict)

    def as_row(self) -> dict:
        row = {k: getattr(self, k) for k in (
            "run_id", "flow_run_id", "source", "started_at", "finished_at", "status", "documents_seen",
            "documents_loaded", "documents_rejected", "metrics_extracted", "checks_passed",
            "checks_failed", "published", "error")}
        for stage in STAGES[:-1]:
            row[f"{stage}_seconds"] = round(self.seconds.get(stage, 0.0), 3)
        return row


def _progress(stage: str, message: str, seconds: float) -> None:
    number = STAGES.index(stage) + 1
    print(f"[{number}/{len(STAGES)}] {stage:<9} {message} ({seconds:.2f}s)", file=sys.stderr, flush=True)
    try:
        get_run_logger().info("%s: %s (%.2fs)", stage, message, seconds)
    except Exception:  # outside a run context (direct call in a test)
        pass


class _Stage:
    """Times a stage into the summary and prints its progress line."""

    def __init__(self, summary: RunSummary, stage: str):
        self.summary, self.stage, self.message = summary, stage, ""

    def __enter__(self) -> "_Stage":
        self.started = time.perf_counter()
        return self

    def __exit__(self, kind, error, _tb) -> None:
        elapsed = time.perf_counter() - self.started
        self.summary.seconds[self.stage] = elapsed
        if error is None:
            _progress(self.stage, self.message, elapsed)
        elif not self.summary.error:
            self.summary.error = f"{self.stage}: {error}"


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(source: Path) -> list[Path]:
    return ingest.discover(source)


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(paths: list[Path], source: Path, build: Path) -> list[ingest.Document]:
    documents, rejections = ingest.load(paths, source)
    warehouse.replace_table(build, "raw", "documents", warehouse.frame("documents", [
        {"document_id": d.document_id, "source_path": d.source_path, "encoding": d.encoding,
         "content_sha256": d.content_sha256, "text": d.text, "char_count": len(d.text),
         "loaded_at": d.loaded_at} for d in documents]))
    warehouse.replace_table(build, "raw", "rejected_documents", warehouse.frame("rejected_documents", [
        {"source_path": r.source_path, "reason": r.reason, "detected_at": r.detected_at} for r in rejections]))
    for rejection in rejections:
        print(f"  rejected {rejection.source_path}: {rejection.reason}", file=sys.stderr)
    return documents


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(documents: list[ingest.Document], build: Path) -> int:
    vocab = load_vocabulary()
    tables: dict[str, list[dict]] = {name: [] for name in
                                     ("document_attributes", "mentions", "activities", "organizations")}
    for document in documents:
        result = extract(document.text, vocab)
        info = result.document
        key = {"document_id": document.document_id}
        tables["document_attributes"].append({
            **key, "title": info.title, "org_name": info.org_name, "org_level": info.org_level,
            "province": info.province, "city": info.city, "report_year": info.report_year,
            "doc_type": info.doc_type})
        tables["mentions"] += [{**key, "mention_index": i, **m.as_row()} for i, m in enumerate(result.metrics)]
        tables["activities"] += [{**key, "activity_index": i, **a.as_row()} for i, a in enumerate(result.activities)]
        tables["organizations"] += [{**key, **o.as_row()} for o in result.organizations]
    for name, rows in tables.items():
        warehouse.replace_table(build, "raw", name, warehouse.frame(name, rows))
    return len(tables["mentions"])


@task(name="transform", cache_policy=NO_CACHE)
def transform_task(build: Path) -> int:
    return transform.build(build).nodes


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(build: Path, run_id: str) -> list[validate.CheckResult]:
    results = validate.validate_warehouse(build)
    checked_at = validate.now()
    warehouse.append_rows(build, "quality.validation_results", [r.as_row(run_id, checked_at) for r in results])
    return results


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(build: Path, published: Path, summary: RunSummary) -> None:
    # the run's own row goes in before the rename, so the published file always holds it
    summary.status, summary.published = "published", True
    summary.finished_at = datetime.now(timezone.utc)
    warehouse.append_rows(build, "quality.runs", [summary.as_row()])
    warehouse.publish(build, published)


@task(name="record", cache_policy=NO_CACHE)
def record_failure_task(published: Path, summary: RunSummary) -> str:
    """A failed run is recorded in the published warehouse when one exists (it is left otherwise unchanged)."""
    if not published.exists():
        return "no published warehouse yet; failure reported on stderr only"
    try:
        warehouse.append_rows(published, "quality.runs", [summary.as_row()])
        return f"failure recorded in {published}"
    except Exception as error:  # a BI tool may hold the file; the failure is still on stderr
        return f"could not record the failure in {published}: {error}"


@flow(name="lvzhi-run", log_prints=False)
def lvzhi_run(source: str = "seeds/raw", warehouse_path: str = "warehouse/lvzhi.duckdb") -> RunSummary:
    source_dir, published = Path(source), Path(warehouse_path)
    summary = RunSummary(run_id=uuid.uuid4().hex[:12], source=str(source_dir), warehouse=str(published),
                         started_at=datetime.now(timezone.utc))
    try:
        summary.flow_run_id = str(get_run_context().flow_run.id)
    except Exception:
        pass
    build: Path | None = None
    try:
        with _Stage(summary, "discover") as stage:
            paths = discover_task(source_dir)
            summary.documents_seen = len(paths)
            stage.message = f"{len(paths)} files under {source_dir}"
        with _Stage(summary, "ingest") as stage:
            build = warehouse.start_build(published)
            documents = ingest_task(paths, source_dir, build)
            summary.documents_loaded = len(documents)
            summary.documents_rejected = len(paths) - len(documents)
            stage.message = f"{len(documents)} loaded, {summary.documents_rejected} rejected"
        with _Stage(summary, "extract") as stage:
            summary.metrics_extracted = extract_task(documents, build)
            stage.message = f"{summary.metrics_extracted} mentions from {len(documents)} documents"
        with _Stage(summary, "transform") as stage:
            nodes = transform_task(build)
            stage.message = f"dbt build: {nodes} nodes ok"
        with _Stage(summary, "validate") as stage:
            results = validate_task(build, summary.run_id)
            summary.checks_passed = sum(r.success for r in results)
            summary.checks_failed = len(results) - summary.checks_passed
            critical = [r for r in results if not r.success and r.severity == "critical"]
            warnings = [r for r in results if not r.success and r.severity == "warning"]
            stage.message = (f"{summary.checks_passed} passed, {len(critical)} critical failed, "
                             f"{len(warnings)} warnings")
            if critical:
                names = ", ".join(f"{r.suite}.{r.expectation}({r.column_name}): {r.unexpected_count} rows {r.details}"
                                  for r in critical)
                raise ValidationFailed(f"critical expectations failed: {names}")
        with _Stage(summary, "publish") as stage:
            publish_task(build, published, summary)
            stage.message = f"published {published}"
    except Exception as error:
        summary.status = "failed"
        summary.published = False
        summary.finished_at = datetime.now(timezone.utc)
        if not summary.error:
            summary.error = str(error)
        if build is not None:
            build.unlink(missing_ok=True)
        with _Stage(summary, "record") as stage:
            stage.message = record_failure_task(published, summary)
        raise RunFailed(summary) from error
    with _Stage(summary, "record") as stage:
        stage.message = f"run {summary.run_id} recorded in quality.runs"
    return summary
