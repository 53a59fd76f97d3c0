"""The lvzhi flow: discover → ingest → extract → transform → validate → publish → record.

The flow only wires tasks; each task calls the library (lvzhi.*) and reports one progress line.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
import uuid
import warnings
from collections import deque
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context
from prefect.exceptions import TerminationSignal

from lvzhi import ingest, parallel, runlock, runs, transform, unchanged, validate, warehouse
from lvzhi.extract.fingerprint import extractor_fingerprint
from lvzhi.runs import STAGES, RunSummary  # noqa: F401  (the flow's names for them)
from lvzhi.versions import pipeline_fingerprint

# batches sent to a worker and not yet stored: enough to keep it busy, few enough to bound memory
IN_FLIGHT_PER_WORKER = 2
TEST_INJECT_SQL = unchanged.TEST_INJECT_SQL  # test hook, see transform_task


class ValidationFailed(Exception):
    pass


class BatchLost(Exception):
    """A batch sent to workers that never came back (its error names the batch and its files)."""


class RunFailed(Exception):
    """Raised by the flow after recording a failed run, so Prefect marks the flow run failed."""

    def __init__(self, summary: "RunSummary"):
        super().__init__(summary.error)
        self.summary = summary


def _progress(stage: str, message: str, seconds: float) -> None:
    runs.progress(stage, message, seconds)
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


@dataclass
class Stored:
    """A document as the ingest stage stored it in raw.documents; its text stays there until extracted."""
    document_id: str
    source_path: str
    content_sha256: str
    char_count: int


@dataclass
class Ingested:
    documents: list[Stored]
    rejected: int
    duplicates: int
    batches: int  # writes to raw.documents: the most texts in memory at once is one batch's


@task(name="ingest", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def ingest_task(paths: list[Path], build: Path, reuse: bool = False,
                owners: dict[str, tuple[str, str]] | None = None) -> Ingested:
    """Read the files one at a time and store their documents in batches (memory holds one batch of
    texts, not the corpus); rejections and the paths of files repeating a document's bytes at the end.
    ``reuse`` (the build is a copy of the published warehouse): a file whose bytes the copy holds under
    its document_id already is hashed, not read, and the stored row is kept (its path and load time
    renewed); only new and changed documents' texts are read and written. ``owners``: the published
    documents' paths and hashes (a published document keeps its id: ingest.entries)."""
    held = warehouse.stored_documents(build) if reuse else {}  # document_id -> (content_sha256, char_count)
    if not held:
        warehouse.replace_table(build, "raw", "documents", warehouse.frame("documents", []))
    kept: dict[str, str] = {}  # document_id -> source_path, of documents whose stored row stays
    stored: list[Stored] = []
    pending: list[dict] = []
    rejections: list[ingest.Rejection] = []
    other_paths: dict[str, list[str]] = {}
    max_chars, writes = parallel.setting("LVZHI_BATCH_CHARS", parallel.BATCH_CHARS), 0
    pending_chars = 0
    with warehouse.DocumentWriter(build, replacing=bool(held)) as writer:
        for entry in ingest.entries(paths, needs_text=lambda d, _path, sha: held.get(d, ("",))[0] != sha,
                                    owners=owners):
            if isinstance(entry, ingest.Document) and held.get(entry.document_id, ("",))[0] == entry.content_sha256:
                stored.append(Stored(entry.document_id, entry.source_path, entry.content_sha256,
                                     held[entry.document_id][1]))
                kept[entry.document_id] = entry.source_path
            elif isinstance(entry, ingest.Document):
                stored.append(Stored(entry.document_id, entry.source_path, entry.content_sha256, len(entry.text)))
                pending.append({"document_id": entry.document_id, "source_path": entry.source_path,
                                "encoding": entry.encoding, "content_sha256": entry.content_sha256,
                                "text": entry.text, "char_count": len(entry.text), "loaded_at": entry.loaded_at,
                                "other_paths": []})
                pending_chars += len(entry.text)
                if pending_chars >= max_chars or len(pending) >= parallel.BATCH_DOCUMENTS:
                    writer.append(pending)
                    pending, pending_chars, writes = [], 0, writes + 1
            elif isinstance(entry, ingest.Duplicate):
                other_paths.setdefault(entry.document_id, []).append(entry.source_path)
            else:
                rejections.append(entry)
                print(f"  rejected {entry.source_path}: {entry.reason}", file=sys.stderr)
        if pending:
            writer.append(pending)
            writes += 1
    if held:
        warehouse.keep_documents(build, kept, {d.document_id for d in stored}, datetime.now(timezone.utc))
    warehouse.set_other_paths(build, other_paths)
    warehouse.replace_table(build, "raw", "rejected_documents", warehouse.frame("rejected_documents", [
        {"source_path": r.source_path, "reason": r.reason, "detected_at": r.detected_at} for r in rejections]))
    return Ingested(stored, len(rejections), sum(map(len, other_paths.values())), writes)


def with_texts(store: warehouse.ExtractionStore, batch: list[Stored]) -> list[ingest.Document]:
    """A batch's documents with their texts, read back from raw.documents."""
    texts = store.texts([d.document_id for d in batch])
    documents = []
    for stored in batch:
        source_path, encoding, sha, text = texts[stored.document_id]
        documents.append(ingest.Document(stored.document_id, source_path, encoding, sha, text, datetime.min))
    return documents


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(batches: list[list[Stored]], build: Path, extractor_version: str) -> list[tuple]:
    """Extract the batches one after another in this process, storing each batch's rows as it ends."""
    failures = []
    with warehouse.ExtractionStore(build) as store:
        for batch in batches:
            result = parallel.extract_batch(with_texts(store, batch), extractor_version)
            store.append(result.tables)
            failures += result.failures
    return failures


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch_task(batch: parallel.Batch, extractor_version: str) -> parallel.BatchResult:
    """One batch on a Dask worker; its rows come back as Arrow tables, which the flow appends as they are."""
    return parallel.extract_batch(batch.documents, extractor_version)


def warm_up_worker() -> None:
    """Run on each worker as it starts: unpickling this function imports flows.pipeline (Prefect and
    lvzhi with it), and the vocabulary is compiled once per process (~2-4 s of CPU a worker, which a
    worker would otherwise spend on its first batch, inside the extract stage)."""
    from lvzhi.extract import load_vocabulary

    load_vocabulary()


# A local cluster's servers (scheduler and nannies in the flow process, one worker per core) run
# monitors on their event loops, made for long-lived interactive clusters: a tick every 20 ms, memory
# every 100 ms, system figures every 500 ms, the workers' statistical profiler every 10 ms. For a few
# minutes of batch extraction, coarser intervals leave the cores to extraction. 100 MB corpus, extract
# stage: the flow's event loop 4.6 -> 2.7 s of CPU, each worker's 3.4 -> 1.0 s.
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.profile.enabled": False,
    # each worker ignores SIGINT (lvzhi.dask_worker): a Ctrl-C at a terminal goes to the whole process
    # group, and the run's process cancels the run and stops its workers
    "distributed.worker.preload": ["lvzhi.dask_worker"],
}


def _start_cluster(runner, dask_address: str | None):
    """The task runner's client, its local cluster started now (DaskTaskRunner starts both on first
    use) with LOCAL_CLUSTER_CONFIG, which the nannies pass on to their workers; a user's cluster keeps
    its own settings."""
    import dask

    with dask.config.set({} if dask_address else LOCAL_CLUSTER_CONFIG):
        return runner.client


def _task_runner(workers: int, dask_address: str | None):
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    # no dashboard; the scheduler's HTTP server (health, metrics) on a free port: on its default 8787, a
    # second run at the same time (another warehouse) had distributed warn "Port 8787 is already in use".
    # (silence_logs CRITICAL: a worker's own log lines are no console lines of lvzhi's; a cancelled run
    # closes the scheduler first, and a worker's heartbeat then logs an ERROR with a traceback. A real
    # failure reaches the flow as its task's error and is reported in the run's one line)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None, "silence_logs": logging.CRITICAL,
                                          "scheduler_kwargs": {"dashboard": False, "dashboard_address": ":0"}})


class EarlyWorkers:
    """The task runner, its workers started in the background while ingest reads the files: a build
    from scratch of a large source sends its extraction to them, and starting local workers (each
    imports distributed, Prefect and lvzhi: seconds of wall and CPU) then overlaps ingest, which uses
    one core, instead of delaying the extract stage. Closed when extraction ends."""

    def __init__(self, workers: int, dask_address: str | None, warm_up: Callable[[], None] | None = None):
        """``warm_up``: run on each worker as it starts (default: extraction's, warm_up_worker)."""
        self.dask_address = dask_address
        self.warm_up = warm_up or warm_up_worker
        self.runner = _task_runner(workers, dask_address).__enter__()
        self.error: BaseException | None = None
        self._starting = threading.Thread(target=self._start, name="lvzhi-start-workers", daemon=True)
        self._starting.start()

    def _start(self) -> None:
        try:
            # DaskTaskRunner starts its cluster and client on first use; then each worker imports this
            # module and loads the vocabulary now, while ingest runs, not when its first batch arrives
            _start_cluster(self.runner, self.dask_address).run(self.warm_up)
        except BaseException as error:  # raised in the flow's thread, by ready()
            self.error = error

    def ready(self):
        self._starting.join()
        if self.error is not None:
            raise self.error
        return self.runner

    def close(self) -> None:
        self._starting.join()
        self.runner.__exit__(None, None, None)

    @staticmethod
    def wanted(paths: list[Path], published: Path, rebuild: bool, workers: int, dask_address: str | None) -> bool:
        """A build from scratch whose files hold at least LVZHI_PARALLEL_MIN_CHARS characters (3 bytes a
        character, as UTF-8 Chinese: GBK files are undercounted, so start late rather than for nothing)."""
        if not (dask_address or workers > 1) or not (rebuild or not published.exists()):
            return False
        size = sum(path.stat().st_size for path in paths if path.is_file())
        return size // 3 >= parallel.setting("LVZHI_PARALLEL_MIN_CHARS", parallel.PARALLEL_MIN_CHARS)


def _quiet_large_graphs() -> None:
    """Keep distributed's "Sending large graph of size …" UserWarning off the console (README: the console
    shows only lvzhi's own lines). A batch travels in its task, so that a worker dying with it costs
    nothing but a rerun, and a batch holding one large document makes a large graph; that is expected here."""
    warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)


def _extract_distributed(batches: list[list[Stored]], build: Path, summary: RunSummary, workers: int,
                         dask_address: str | None, early: EarlyWorkers | None = None) -> list[tuple]:
    """Send batches to the task runner's workers, at most IN_FLIGHT_PER_WORKER per worker at a time
    (each sent batch holds its texts until its rows come back), storing results in order."""
    _quiet_large_graphs()
    failures: list[tuple] = []
    in_flight: deque = deque()
    window = IN_FLIGHT_PER_WORKER * max(workers, 1)
    timeout = parallel.setting("LVZHI_BATCH_TIMEOUT", parallel.BATCH_TIMEOUT_SECONDS)

    def store_oldest() -> None:
        future, number, sent = in_flight.popleft()
        try:
            result = future.result(timeout=timeout)
        except TimeoutError as error:
            raise BatchLost(f"extract: batch {number} of {len(batches)} ({len(sent)} documents, "
                            f"{sent[0].source_path} … {sent[-1].source_path}) did not come back from the workers "
                            f"in {timeout} s: a worker died (out of memory?) or the cluster has no worker left; "
                            f"LVZHI_BATCH_TIMEOUT sets the wait in seconds") from error
        store.append(result.tables)
        failures.extend(result.failures)
        done = len(batches) - len(todo) - len(in_flight)
        if done % 10 == 0 or done == len(batches):
            print(f"  extract: {done}/{len(batches)} batches stored", file=sys.stderr, flush=True)

    todo = deque(batches)
    runner_context = nullcontext(early.ready()) if early else _task_runner(workers, dask_address)
    with warehouse.ExtractionStore(build) as store, runner_context as runner:
        if early is None:
            _start_cluster(runner, dask_address)
        while todo:
            sent = todo.popleft()
            batch = parallel.Batch(with_texts(store, sent))  # one opaque object: Prefect walks none of it
            # (the batch travels in its task, so a worker that dies with it loses nothing: the scheduler
            # runs the task again on another; scattered data would die with its worker. A batch is at least
            # one document, so a 10 M character document makes a large graph: distributed's warning of it
            # is kept off the console, _quiet_large_graphs)
            in_flight.append((runner.submit(extract_batch_task, {"batch": batch,
                                                                 "extractor_version": summary.extractor_version}),
                              len(batches) - len(todo), sent))
            del batch
            if len(in_flight) >= window:
                store_oldest()
        while in_flight:
            store_oldest()
    return failures


def extract_documents(documents: list[Stored], build: Path, summary: RunSummary, plan,
                      workers: int, dask_address: str | None, early: EarlyWorkers | None = None) -> None:
    """Extract new and changed documents only; unchanged ones keep their rows (same metric_ids). Batches
    run in this process, or through Prefect's DaskTaskRunner on local worker processes or a Dask
    cluster; each batch's texts are read from the build as it is sent and its rows stored as it ends,
    with a few batches in flight at most (memory depends on the batch, not the corpus). A document
    the extractor fails on is rejected with the error; the run goes on for the rest. ``early``: the
    task runner, started during ingest (the caller closes it)."""
    summary.documents_new, summary.documents_changed = plan.new, plan.changed
    summary.documents_unchanged, summary.documents_reread = plan.unchanged, plan.reread
    summary.documents_removed = plan.removed
    warehouse.start_extraction(build, sorted(plan.keep), plan.full)
    todo = [d for d in documents if d.document_id not in plan.keep]
    batches = parallel.batches(todo, size=lambda d: d.char_count)
    chars = sum(d.char_count for d in todo)
    large = chars >= parallel.setting("LVZHI_PARALLEL_MIN_CHARS", parallel.PARALLEL_MIN_CHARS)
    distributed = bool(dask_address) or (workers > 1 and len(batches) > 1 and large)
    summary.workers = workers if distributed else 1
    if distributed:
        # larger batches for workers (with a cluster, sized by this machine's count of workers)
        batches = parallel.worker_batches(todo, workers, size=lambda d: d.char_count)
        failures = _extract_distributed(batches, build, summary, workers, dask_address, early)
    else:
        failures = extract_task(batches, build, summary.extractor_version)
    rejections = []
    for document_id, source_path, reason in failures:
        print(f"  extract: document {document_id} ({source_path}): {reason}", file=sys.stderr)
        rejections.append(ingest.Rejection(source_path, reason, datetime.now(timezone.utc)))
    if rejections:
        warehouse.reject_loaded(build, rejections, [f[0] for f in failures])
    summary.documents_extracted = len(todo) - len(failures)
    summary.documents_loaded -= len(failures)
    summary.documents_rejected += len(failures)


def _changed_only(build: Path, start: warehouse.BuildStart, plan: warehouse.ExtractionPlan,
                  summary: RunSummary) -> bool:
    """Whether dbt and GX may redo the changed documents only: the build is a copy of a warehouse this
    same pipeline (extractor, dbt project, expectations, code) published, and every other document
    kept its rows. Otherwise everything is built and checked afresh."""
    return (not start.rebuild and not plan.full
            and warehouse.last_published_pipeline(build) == summary.pipeline_version)


def _retry_if_transient(task, task_run, state) -> bool:
    return transform.is_transient(state.result(raise_on_failure=False))


@task(name="transform", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2,
      retry_condition_fn=_retry_if_transient)
def transform_task(build: Path, changed_only: bool = False) -> int:
    nodes = transform.build(build, changed_only).nodes
    # Test hook: SQL run on the build after dbt, so tests can corrupt a mart and watch the gate hold.
    injected = os.environ.get(TEST_INJECT_SQL)
    if injected:
        warehouse.execute(build, injected)
    return nodes


# a build of the changed documents only, or a full build of at most this many documents, is validated
# in the flow process, GX's imports loaded while dbt runs; a larger full build in a process of its own
# started when dbt has ended (see lvzhi_run)
VALIDATION_IN_PROCESS_DOCUMENTS = 1000


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(build: Path, published: Path, summary: RunSummary,
                  changed_only: bool = False, own_process: bool = False) -> list[validate.CheckResult]:
    from lvzhi import validate

    # ``own_process``: the memory of its frames (~2 GiB at 1 GB of text) ends with it, not kept by
    # the flow process under the report it draws next
    check = validate.validate_in_child if own_process else validate.validate_warehouse
    results = check(build, summary.extractor_version, docs_dir=data_docs_dir(published), changed_only=changed_only)
    # plausibility is published with flags, never a refusal; drift compares with the last published run
    summary.flags = validate.flag_summary(build)
    summary.drift = validate.drift_measures(build)
    results += validate.check_drift(summary.drift, validate.previous_drift_measures(build))
    checked_at = validate.now()
    summary.validation_rows = [r.as_row(summary.run_id, checked_at) for r in results]
    warehouse.append_rows(build, "quality.validation_results", summary.validation_rows)
    warehouse.record_metric_counts(build, summary.run_id, summary.extractor_version, checked_at)
    try:
        create_markdown_artifact(key="lvzhi-validation",
                                 markdown=validate.summary_markdown(results, summary.run_id, summary.flags),
                                 description="Great Expectations results of this lvzhi run")
    except Exception as error:  # an artifact is a convenience; the results are in the warehouse
        print(f"  (no Prefect artifact: {error})", file=sys.stderr)
    return results


def _report_flags(flags: validate.FlagSummary, warnings: list[validate.CheckResult]) -> None:
    """Name each flagged figure (document, metric_id, text, rule) and each failed warning on stderr."""
    for flag in flags.examples:
        print(f"  flagged {flag['document_id']} {flag['metric_id']} {flag['mention_text']!r}: {flag['rule']} "
              f"({flag['source']}) {flag['detail']}", file=sys.stderr)
    if flags.figures > len(flags.examples):
        print(f"  … {flags.figures - len(flags.examples)} more flagged figures in quality.flagged_figures",
              file=sys.stderr)
    for warning in warnings:
        print(f"  warning {warning.describe()}", file=sys.stderr)


def data_docs_dir(published: Path) -> Path:
    """GX Data Docs of the latest run: <warehouse folder>/data_docs/index.html."""
    return published.parent / "data_docs"


@task(name="publish", cache_policy=NO_CACHE)  # not retried: it appends the run's record
def publish_task(build: Path, published: Path, summary: RunSummary) -> warehouse.Published:
    # the run's own row goes in before the rename, so the published file always holds it
    started = time.perf_counter()
    summary.status, summary.published = "published", True
    journal = warehouse.failed_runs_journal(published)
    carried = warehouse.carry_journal(journal, build)
    if carried.damaged:
        _note(summary, f"{carried.damaged} damaged line(s) of {journal} set aside in {carried.damaged_path}")
    warehouse.checkpoint(build)
    # the record holds the stage's time up to here; what follows (one row, one rename) takes ~ms
    summary.seconds["publish"] = time.perf_counter() - started
    summary.finished_at = datetime.now(timezone.utc)
    warehouse.append_rows(build, "quality.runs", [summary.as_row()])
    done = warehouse.publish(build, published, summary.keep_previous_as)
    # its runs are in the published file now; a kill right before this line is harmless: the next
    # run skips runs quality.runs already holds
    journal.unlink(missing_ok=True)
    if carried.carried:  # by status: a run that found nothing changed is no failed run
        print(f"  {carried.describe()}", file=sys.stderr)
    return done


def _note(summary: RunSummary, note: str) -> None:
    summary.notes.append(note)
    print(f"  {note}", file=sys.stderr)


@task(name="report-pages", cache_policy=NO_CACHE)
def draw_document_pages_task(batch) -> int:
    """A batch of the report's document pages on a worker (lvzhi.report.DocumentBatch)."""
    from lvzhi.report import draw_document_batch

    return draw_document_batch(batch)


class ReportWorkers:
    """Local worker processes for the report's document pages, through the same task runner as
    extraction's batches: ``workers`` - 1 of them, the flow process drawing beside them (it takes the
    batches no worker has started once its other pages are drawn; one worker fewer to start, ~2-5 s
    of CPU for its imports). The cluster is started only when the report asks (``start``: a report
    with text enough to draw), so a report that draws few pages (a re-run's) starts none. A user's
    Dask cluster is not used: its workers need not see this machine's folders, where the pages are
    written."""

    def __init__(self, workers: int):
        self.workers = workers
        self._started: EarlyWorkers | None = None

    def start(self) -> None:
        """The workers started in the background (and warmed: lvzhi.report imported, its templates
        loaded) while the report's process draws its first pages."""
        if self._started is None:
            self._started = EarlyWorkers(self.workers - 1, None, warm_up=warm_up_report_worker)

    def submit(self, batch):
        self.start()
        return self._started.ready().submit(draw_document_pages_task, {"batch": batch})

    def close(self) -> None:
        if self._started is not None:
            started, self._started = self._started, None
            started.close()


def warm_up_report_worker() -> None:
    """Run on each report worker as it starts: the report's imports and templates, before its first batch."""
    from lvzhi.report import environment

    environment()


def write_report(published: Path, workers: int = 1) -> None:
    """The offline HTML report beside the published warehouse (lvzhi.report); a large one's document
    pages drawn on ``workers`` local processes. The run is published already: a report that cannot be
    written is a warning, never a failed run."""
    started = time.perf_counter()
    pages = ReportWorkers(workers) if workers > 1 else None
    try:
        from lvzhi.report import write_report_folder

        try:
            written = write_report_folder(published, workers=pages)
        finally:
            if pages is not None:
                pages.close()
        seconds = time.perf_counter() - started
        message = (f"report written to {written.index}: {written.drawn} pages drawn, {written.kept} unchanged "
                   f"pages kept ({seconds:.2f}s)")
        print(f"  {message}", file=sys.stderr, flush=True)
        try:
            get_run_logger().info(message)
        except Exception:  # outside a run context
            pass
    except Exception as error:
        print(f"  warning: report not written: {type(error).__name__}: {error}", file=sys.stderr)
        try:
            get_run_logger().warning("report not written: %s", error)
        except Exception:  # outside a run context
            pass


@task(name="record", cache_policy=NO_CACHE)
def record_success_task(summary: RunSummary) -> str:
    """A published run's record went into quality.runs with the publish; this stage reports it."""
    return f"run {summary.run_id} recorded in quality.runs"


@task(name="record", cache_policy=NO_CACHE)
def record_failure_task(published: Path, summary: RunSummary) -> str:
    """A failed run never touches the published warehouse: its record waits in a journal beside
    it, and the next published run carries it into quality.runs and quality.validation_results."""
    journal = warehouse.failed_runs_journal(published)
    warehouse.journal_failed_run(journal, summary.as_row(), summary.validation_rows)
    return f"failure recorded in {journal} (moves into quality.runs with the next published run)"


@flow(name="lvzhi-run", log_prints=False)
def lvzhi_run(source: str = "seeds/raw", warehouse_path: str = "warehouse/lvzhi.duckdb",
              rebuild: bool = False, workers: int | None = None, dask_address: str | None = None) -> RunSummary:
    """``rebuild``: build from the source into a fresh file; ``workers``: extraction processes on this
    machine (default: its cores, or LVZHI_WORKERS); ``dask_address``: run extraction on an existing
    Dask cluster instead (or LVZHI_DASK_ADDRESS)."""
    source_dir, published = Path(source), Path(warehouse_path)
    workers = workers or parallel.default_workers()
    dask_address = dask_address or os.environ.get("LVZHI_DASK_ADDRESS") or None
    summary = RunSummary(run_id=uuid.uuid4().hex[:12], source=str(source_dir), warehouse=str(published),
                         started_at=datetime.now(timezone.utc), extractor_version=extractor_fingerprint(),
                         pipeline_version=pipeline_fingerprint())
    context = None
    try:
        context = get_run_context()
        summary.flow_run_id = str(context.flow_run.id)
    except Exception:
        pass
    # `lvzhi run`: SIGTERM raises RunCancelled, as SIGINT does, not Prefect's TerminationSignal
    runlock.reclaim_sigterm()
    build: Path | None = None
    scratch: tuple[Path, ...] = ()
    early: EarlyWorkers | None = None
    locked = False
    renamed = False  # the build is the published file: a signal from here on stops a published run
    try:
        note = runlock.acquire(published)
        locked = True
        if note:
            print(f"  {note}", file=sys.stderr)
        _note_flow_run(published, context)
        changed = rebuild or unchanged.take_found_changed(source_dir, published)  # the CLI looked already
        kept = None if changed else unchanged.check(source_dir, published, summary.pipeline_version,
                                                    summary.extractor_version)
        if kept is not None:
            return _unchanged(published, summary, kept)
        with _Stage(summary, "discover") as stage:
            paths = discover_task(source_dir)
            summary.documents_seen = len(paths)
            stage.message = f"{len(paths)} files under {source_dir}"
        if EarlyWorkers.wanted(paths, published, rebuild, workers, dask_address):
            early = EarlyWorkers(workers, dask_address)
        with _Stage(summary, "ingest") as stage:
            # known before the copy starts: a process ended at once (runlock.end_at_once) removes them
            scratch = warehouse.scratch_files(warehouse.build_path(published))
            runlock.scratch.update(scratch)
            start = warehouse.start_build(published, rebuild)
            build = start.build
            if start.damaged:
                runlock.damaged.add(published)  # (a process ended at once says it is as it was, not whole)
                summary.keep_previous_as = warehouse.set_aside_path(published, "damaged")
                _note(summary, f"the published warehouse {published} is damaged ({start.damaged}); rebuilding it "
                               f"from {source_dir}, the damaged file will be kept as {summary.keep_previous_as}")
            elif rebuild and published.exists():
                summary.keep_previous_as = warehouse.set_aside_path(published, "previous")
                _note(summary, f"--rebuild: building {published} afresh from {source_dir}, the previous file "
                               f"will be kept as {summary.keep_previous_as}")
            # texts stored by this same pipeline are kept (hashed, not read again); after a change of
            # code (decoding, readers) every file is read afresh, as a build from scratch would
            reuse = not start.rebuild and warehouse.last_published_pipeline(build) == summary.pipeline_version
            # who owns each document_id: the published file's documents, whatever this build reuses (a
            # rebuild, a new pipeline or extractor must not hand a published id to another file)
            owners = {} if start.damaged else warehouse.document_owners(published)
            ingested = ingest_task(paths, build, reuse=reuse, owners=owners)
            documents = ingested.documents
            summary.documents_loaded = len(documents)
            summary.documents_rejected = ingested.rejected
            summary.duplicate_files = ingested.duplicates
            stage.message = (f"{len(documents)} loaded, {ingested.rejected} rejected, "
                             f"{summary.duplicate_files} duplicate files folded into their document")
        plan = warehouse.plan_extraction(build, {d.document_id: d.content_sha256 for d in documents},
                                         summary.extractor_version)
        with _Stage(summary, "extract") as stage:
            try:
                extract_documents(documents, build, summary, plan, workers, dask_address, early)
            finally:  # the workers' memory is given back before dbt runs
                if early is not None:
                    early, started = None, early
                    started.close()
            summary.metrics_extracted = warehouse.count_rows(build, "raw.mentions")
            stage.message = (f"{summary.documents_extracted} documents extracted on {summary.workers} "
                             f"worker{'s' if summary.workers > 1 else ''} ({summary.documents_new} new, "
                             f"{summary.documents_changed} changed, {summary.documents_reread} re-read by a new "
                             f"extractor), {summary.documents_unchanged} unchanged, "
                             f"{summary.documents_removed} removed; {summary.metrics_extracted} mentions in all")
        # a small build is validated here, GX's imports and suites loaded while dbt runs; a large full
        # build in a process of its own started when dbt has ended (its interpreter and GX, ~0.3 GiB,
        # would sit beside dbt at dbt's peak; 100 MB corpus: the transform stage's peak 1.40 -> 1.58 GiB)
        changed_only = _changed_only(build, start, plan, summary)
        validate_apart = not changed_only and summary.documents_loaded > VALIDATION_IN_PROCESS_DOCUMENTS
        if not validate_apart:
            validate.preload(data_docs_dir(published))
        with _Stage(summary, "transform") as stage:
            warehouse.set_changed_documents(build, sorted(plan.touched))
            nodes = transform_task(build, changed_only)
            stage.message = f"dbt build: {nodes} nodes ok" + (
                f" (the rows of {len(plan.touched)} changed documents rebuilt)" if changed_only else "")
        with _Stage(summary, "validate") as stage:
            results = validate_task(build, published, summary, changed_only, own_process=validate_apart)
            summary.checks_passed = sum(r.success for r in results)
            summary.checks_failed = len(results) - summary.checks_passed
            critical = [r for r in results if not r.success and r.severity == "critical"]
            warnings = [r for r in results if not r.success and r.severity == "warning"]
            stage.message = (f"{summary.checks_passed} passed, {len(critical)} critical failed, "
                             f"{len(warnings)} warnings; {summary.flags.describe()}")
            _report_flags(summary.flags, warnings)
            if critical:
                raise ValidationFailed("critical expectations failed: " + "; ".join(r.describe() for r in critical))
        with _Stage(summary, "publish") as stage:
            done = publish_task(build, published, summary)
            renamed = True
            runlock.published.append(published)  # (the CLI's last line, for a signal after the flow's try)
            stage.message = (f"published {published} ({done.size / 1e6:.1f} MB; "
                             + ("compacted" if done.compacted else "not compacted")
                             + f", {done.unused_share:.1%} of the build was unused)")
        write_report(published, workers)
    except (KeyboardInterrupt, runlock.RunCancelled, TerminationSignal) as stop:
        # TerminationSignal: Prefect's own SIGTERM handler while a flow runs (under `lvzhi serve`; in
        # `lvzhi run`, only before runlock.reclaim_sigterm above). Prefect then re-sends the signal
        # to the handler it replaced
        if renamed:
            return _stopped_after_publishing(summary, stop)
        _cancelled(summary, build, published, locked, stop)
        raise
    except Exception as error:
        if runlock.received:  # a signal that surfaced as another error (DuckDB turns it into its own)
            _cancelled(summary, build, published, locked, error)
            raise runlock.RunCancelled(runlock.received[0]) from error
        summary.status = "failed"
        summary.published = False
        summary.finished_at = datetime.now(timezone.utc)
        if not summary.error:
            summary.error = str(error)
        if build is not None:
            build.unlink(missing_ok=True)
        if locked:  # a run refused for the lock has nothing to record and must not touch the journal
            with _Stage(summary, "record") as stage:
                stage.message = record_failure_task(published, summary)
        raise RunFailed(summary) from error
    finally:
        runlock.scratch.difference_update(scratch)
        if early is not None:
            early.close()
        if locked:
            runlock.release(published)
    with _Stage(summary, "record") as stage:
        stage.message = record_success_task(summary)
    return summary


def _note_flow_run(published: Path, context) -> None:
    """Name this flow run in the lock (runlock.note_flow_run): a process ended at once marks it
    Crashed, and should this process be killed, the next run on the warehouse does: the Prefect UI
    shows no run that never ends."""
    try:
        client = context.client
        flow_run_id, api_url = str(context.flow_run.id), str(client.api_url)
    except Exception:  # outside a flow run (a direct call), or a client without an API URL
        return
    try:
        # (the client's own credentials: a key or auth string from the profile as well as the environment;
        # ``_client`` is the Prefect client's private httpx client)
        headers = {key: value for key, value in client._client.headers.items() if key.lower() == "authorization"}
    except Exception:  # a Prefect without it: the environment's credentials (runlock._auth_headers)
        headers = None
    runlock.note_flow_run(published, flow_run_id, api_url, headers)


def _stopped_after_publishing(summary: RunSummary, stop: BaseException) -> RunSummary:
    """A signal after the rename (while the report is written): the published file is this run's, its
    record inside says published, so the run ends published, not cancelled; the signal is kept in
    runlock.received for the CLI's exit code (128 + the signal)."""
    number = _signal_number(stop)
    if number not in runlock.received:  # Prefect's SIGTERM bridge, swallowed here, does not pass it on
        runlock.received.append(number)
    _note(summary, f"stopped by {signal.Signals(number).name} after publishing: the report beside "
                   f"{summary.warehouse} may be incomplete (the next run writes it again)")
    return summary


def _signal_number(stop: BaseException) -> int:
    return runlock.received[0] if runlock.received else getattr(stop, "signal_number", getattr(stop, "signal", 2))


def _cancelled(summary: RunSummary, build: Path | None, published: Path, locked: bool, stop: BaseException) -> None:
    """A signal stopped the run: drop the build, journal a ``cancelled`` run (no Prefect task: the
    engine is being interrupted too); the published file was never touched."""
    summary.status, summary.published = "cancelled", False
    summary.finished_at = datetime.now(timezone.utc)
    number = _signal_number(stop)
    summary.error = f"cancelled by signal {number} ({signal.Signals(number).name})"
    if build is not None:
        for leftover in (build, build.with_name(build.name + ".wal")):
            leftover.unlink(missing_ok=True)
    if locked:
        warehouse.journal_failed_run(warehouse.failed_runs_journal(published), summary.as_row(),
                                     summary.validation_rows)


def _unchanged(published: Path, summary: RunSummary, kept: unchanged.Unchanged) -> RunSummary:
    """Nothing changed since the published run (decided before any build: lvzhi.unchanged): no
    extraction, no dbt, no GX; the published file is left as it is (not even opened for writing) and
    the run's record waits in the journal beside it, which the next publishing run carries into
    quality.runs."""
    _progress("discover", f"{kept.files} files under {summary.source}", kept.seconds["discover"])
    _progress("ingest", unchanged.describe(kept), kept.seconds["ingest"])
    _progress("record", unchanged.record(published, summary, kept), 0.0)
    return summary


DEPLOYMENT_NAME = "scheduled"


def deployment(cron: str, source: str, warehouse_path: str):
    """The flow as a Prefect deployment on a cron schedule (served by ``lvzhi serve``)."""
    return lvzhi_run.to_deployment(
        name=DEPLOYMENT_NAME, cron=cron,
        parameters={"source": str(Path(source).resolve()), "warehouse_path": str(Path(warehouse_path).resolve())},
        description="lvzhi: load, extract, transform, validate and publish the warehouse",
        tags=["lvzhi"])
