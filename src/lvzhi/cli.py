"""Command line: ``lvzhi run``, ``lvzhi explain``, ``lvzhi bench``, ``lvzhi docs``, ``lvzhi report``."""
from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from pathlib import Path

# Prefect reads its settings at import time: offline, quiet defaults unless the user set them.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# every stage's log lines go to the Prefect server (the UI shows them); the console shows only what
# the CLI prints itself: the flow reports its own failures in one line, Prefect's engine would add a
# traceback
os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL", "INFO")
os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "INFO")
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3
EXIT_SIGNAL_BASE = 128  # the shell's convention: 130 after SIGINT, 143 after SIGTERM


def _run(args: argparse.Namespace) -> int:
    from . import runlock

    source, published = Path(args.source), Path(args.warehouse)
    problem = _source_problem(source) or _warehouse_problem(published)
    if problem:
        print(f"lvzhi: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not any(p.is_file() for p in source.rglob("*")):
        print(f"lvzhi: source directory holds no files: {source}", file=sys.stderr)
        return EXIT_USAGE
    owner = runlock.holder(published)
    if owner is not None:  # fail at once, before Prefect starts
        print(f"lvzhi: {runlock.busy_message(published, owner)}", file=sys.stderr)
        return EXIT_BUSY
    # SIGINT and SIGTERM stop the run from before the lock is taken: a signal right after it is taken
    # releases it too (no lock file left behind, no traceback)
    runlock.stop_on_signals()
    try:
        return _run_locked(args, source, published)
    finally:
        # whatever the flow's own count says (a signal between its acquire and its try); nothing to do
        # when the lock was not taken
        runlock.release(published, every=True)


def _source_problem(source: Path) -> str | None:
    """Why ``source`` cannot be read as the folder of documents, or None."""
    if source.is_dir():
        return None
    if source.exists():
        return f"--source takes a directory, and {source} is a file (give the folder that holds it)"
    return f"source directory not found: {source}"


def _warehouse_problem(published: Path) -> str | None:
    """Why ``published`` cannot be the warehouse file (nor its folder made), or None."""
    if published.is_dir():
        return (f"the warehouse is a DuckDB file, and {published} is a directory "
                f"(give a file name, e.g. {published / 'lvzhi.duckdb'})")
    folder = next((p for p in published.parents if p.exists()), None)
    if folder is not None and not folder.is_dir():
        return f"the warehouse's folder {folder} is a file (give a path in a directory)"
    return None


def _run_locked(args: argparse.Namespace, source: Path, published: Path) -> int:
    """The run, the lock taken first and held to the end of the flow (which takes it again; _run
    releases it): a second run started while Prefect is still starting is refused at once too, not
    after its own Prefect start."""
    from . import runlock

    outcome = None
    try:
        try:
            note = runlock.acquire(published)
        except runlock.WarehouseBusy as busy:
            print(f"lvzhi: {busy}", file=sys.stderr)
            return EXIT_BUSY
        if note:
            print(f"  {note}", file=sys.stderr)
        if not args.rebuild:
            code = _unchanged_at_once(source, published)
            if code is not None:
                return code
        from .transform import prestart

        prestart(_build_file(published))  # dbt's imports and parse run beside Prefect's start and the extraction
        # Prefect, GX and pandas are imported only now: a busy warehouse is refused before (well under 1 s)
        from flows.pipeline import RunFailed, lvzhi_run

        state = lvzhi_run(source=str(source), warehouse_path=str(published), rebuild=args.rebuild,
                          workers=args.workers, dask_address=args.dask_address, return_state=True)
        outcome = state.result(raise_on_failure=False)
    except (KeyboardInterrupt, runlock.RunCancelled):
        pass
    if runlock.received:
        # stopped after the rename, while the report or the record is written: the file is this run's
        if getattr(outcome, "published", False) or published in runlock.published:
            import signal

            if getattr(outcome, "published", False):  # (a signal out of the record stage leaves no summary)
                _print_summary(outcome)
            print(f"lvzhi: stopped by {signal.Signals(runlock.received[0]).name} after publishing: {published} "
                  f"holds this run's result", file=sys.stderr)
            return EXIT_SIGNAL_BASE + runlock.received[0]
        return _cancelled(runlock.received[0], published)
    summary = outcome.summary if isinstance(outcome, RunFailed) else outcome
    if isinstance(outcome, BaseException) and not isinstance(outcome, RunFailed):
        print(f"lvzhi: run failed: {outcome}", file=sys.stderr)
        return EXIT_FAILED
    _print_summary(summary)
    if not summary.published:  # (a busy warehouse never gets here: this process holds the lock the flow takes)
        reason = " | ".join(line.strip() for line in str(summary.error).splitlines() if line.strip())
        print(f"lvzhi: not published: {reason[:2000]}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _build_file(published: Path) -> Path:
    """lvzhi.warehouse.build_path, without loading polars before dbt starts."""
    return published.with_name(f".{published.name}.building")


def _unchanged_at_once(source: Path, published: Path) -> int | None:
    """A re-run with nothing changed, decided against the published file read-only, recorded in its
    journal and answered before Prefect, GX, pandas or polars load (in a second or so); None when
    something changed (the flow runs and decides the same way under its own lock)."""
    import uuid
    from datetime import datetime, timezone

    from . import runlock, runs, unchanged
    from .extract.fingerprint import extractor_fingerprint
    from .versions import pipeline_fingerprint

    summary = runs.RunSummary(run_id=uuid.uuid4().hex[:12], source=str(source), warehouse=str(published),
                              started_at=datetime.now(timezone.utc), extractor_version=extractor_fingerprint(),
                              pipeline_version=pipeline_fingerprint())
    try:
        note = runlock.acquire(published)
    except runlock.WarehouseBusy as busy:
        print(f"lvzhi: {busy}", file=sys.stderr)
        return EXIT_BUSY
    try:
        if note:
            print(f"  {note}", file=sys.stderr)
        kept = unchanged.check(source, published, summary.pipeline_version, summary.extractor_version)
        if kept is None:
            unchanged.found_changed(source, published)
            return None
        runs.progress("discover", f"{kept.files} files under {source}", kept.seconds["discover"])
        runs.progress("ingest", unchanged.describe(kept), kept.seconds["ingest"])
        runs.progress("record", unchanged.record(published, summary, kept), 0.0)
    finally:
        runlock.release(published)
    _print_summary(summary)
    return EXIT_OK


def _cancelled(number: int, published: Path) -> int:
    import signal

    name = signal.Signals(number).name
    print(f"lvzhi: cancelled by {name}: nothing published, {published} is as it was", file=sys.stderr)
    return EXIT_SIGNAL_BASE + number


def _serve(args: argparse.Namespace) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        print("lvzhi: schedules need a running Prefect server; start one bound to this machine with\n"
              "  .venv/bin/prefect server start --host 127.0.0.1 --port 4200\n"
              "and set PREFECT_API_URL=http://127.0.0.1:4200/api", file=sys.stderr)
        return EXIT_USAGE
    problem = _source_problem(Path(args.source)) or _warehouse_problem(Path(args.warehouse))
    if problem:
        print(f"lvzhi: {problem}", file=sys.stderr)
        return EXIT_USAGE
    import asyncio
    import signal

    # a service manager may stop us while Prefect is still importing: remember the signal, stop then
    early: list[int] = []
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda number, _frame: early.append(number))

    from flows.pipeline import DEPLOYMENT_NAME, deployment

    print(f"serving lvzhi-run/{DEPLOYMENT_NAME} on cron {args.cron!r} (Ctrl-C or SIGTERM stops); runs appear "
          f"in the Prefect UI at {os.environ['PREFECT_API_URL'].removesuffix('/api')}", file=sys.stderr)
    if not early:
        asyncio.run(_serve_until_stopped(deployment(args.cron, args.source, args.warehouse), early))
    print("lvzhi: stopped serving", file=sys.stderr)
    return EXIT_OK


async def _serve_until_stopped(deployment, early: list[int]) -> None:
    """Serve until SIGINT or SIGTERM, then stop the runner: a run in flight is cancelled (the
    published file stays as it was, the lock is released) and the process exits 0."""
    import asyncio
    import signal

    from prefect.runner import Runner

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def listen() -> None:
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signal_number, stop.set)

    listen()
    if early:  # a signal came before the loop listened
        stop.set()
    runner = Runner(pause_on_shutdown=False, limit=1)  # one run at a time: a late run waits, not fails on the lock
    # Runner.start installs its handle_sigterm (stop, then sys.exit from inside the loop: "astop was never
    # awaited", no clean stop) at a moment keep_ours below can miss by a poll; the one it installs is ours
    runner.handle_sigterm = lambda *_args: loop.call_soon_threadsafe(stop.set)  # type: ignore[method-assign]
    await runner.aadd_deployment(deployment)
    serving = asyncio.create_task(runner.start())

    async def keep_ours() -> None:
        # Runner.start installs a SIGTERM handler that exits from inside the loop, at a moment that
        # depends on what it awaits first (load, the API): whenever it is there, put ours back
        while not stop.is_set():
            if signal.getsignal(signal.SIGTERM) == runner.handle_sigterm:
                listen()
            await asyncio.sleep(0.05)

    await asyncio.sleep(0)
    listen()
    guarding = asyncio.create_task(keep_ours())
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait([serving, stopping], return_when=asyncio.FIRST_COMPLETED)
    guarding.cancel()
    if runner.started:
        await runner.astop()
    else:  # stopped before the runner was up: no run can be in flight
        serving.cancel()
    stopping.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        pass


def _failed_checks(summary) -> str:
    """A published run failed no critical check: its failed checks are warnings, and say so."""
    if summary.published and summary.checks_failed:
        return f"{summary.checks_failed} warning{'s' if summary.checks_failed > 1 else ''}"
    return f"{summary.checks_failed} failed"


def _print_summary(summary) -> None:
    stages = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in summary.seconds.items())
    print(f"run {summary.run_id}: {summary.status}; files {summary.documents_seen} seen; documents "
          f"{summary.documents_loaded} loaded ({summary.documents_new} new, {summary.documents_changed} changed, "
          f"{summary.documents_unchanged} unchanged, {summary.documents_removed} removed), "
          f"{summary.documents_rejected} rejected, {summary.duplicate_files} duplicate files; "
          f"mentions {summary.metrics_extracted}; checks {summary.checks_passed} passed, {_failed_checks(summary)}; "
          f"{summary.flags.describe() if summary.flags else 'flags not checked'}; "
          f"published {summary.published} -> {summary.warehouse}")
    print(f"seconds per stage: {stages}")
    for note in summary.notes:
        print(f"note: {note}")


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain_file
    from .readers import SUFFIXES, Unreadable

    path = Path(args.file)
    if not path.is_file():
        what = "is a directory" if path.is_dir() else "is not a regular file" if path.exists() else "not found"
        print(f"lvzhi: explain reads one file: {path} {what}", file=sys.stderr)
        return EXIT_USAGE
    if path.suffix.lower() not in SUFFIXES:
        print(f"lvzhi: {path}: unsupported file type {path.suffix or '(none)'} (read: "
              f"{', '.join(sorted(SUFFIXES))})", file=sys.stderr)
        return EXIT_USAGE
    try:
        print(explain_file(path))
    except Unreadable as error:
        print(f"lvzhi: {path}: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _bench_scale(args: argparse.Namespace) -> int:
    from .bench_scale import run_scale_benchmark

    make_corpus = Path(args.make_corpus)
    if not make_corpus.is_file():
        print(f"lvzhi: corpus builder not found: {make_corpus}", file=sys.stderr)
        return EXIT_USAGE
    print(run_scale_benchmark(args.corpus_mb, make_corpus, args.workers,
                              Path(args.keep) if args.keep else None, reuse_corpus=args.reuse_corpus,
                              reruns=not args.full_only, changed_reruns=args.changed_reruns))
    return EXIT_OK


def _bench(args: argparse.Namespace) -> int:
    from .bench import run_benchmark

    print(run_benchmark(Path(args.source), target_mb=args.megabytes))
    return EXIT_OK


def _docs(args: argparse.Namespace) -> int:
    from .transform import generate_docs

    published = Path(args.warehouse)
    if not published.exists():
        print(f"lvzhi: no warehouse at {published}; run `lvzhi run` first", file=sys.stderr)
        return EXIT_USAGE
    index = generate_docs(published)
    print(f"dbt docs written to {index.parent} (serve with: .venv/bin/dbt docs serve "
          f"--project-dir dbt_project --profiles-dir dbt_project --port 8080)")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from .report import build_report

    published = Path(args.warehouse)
    if not published.exists():
        print(f"lvzhi: no warehouse at {published}; run `lvzhi run` first", file=sys.stderr)
        return EXIT_USAGE
    try:
        index = build_report(published, Path(args.out) if args.out else None)
    except FileNotFoundError as error:  # the charting library was not fetched (make setup)
        print(f"lvzhi: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"report written to {index} (open it in a browser; it loads nothing from the network)")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    # At exit the interpreter garbage-collects the whole heap of Prefect, GX, pandas … once more, for a
    # process about to end (2.5–5 s after a run); frozen objects are skipped. Registered first, so it
    # runs after every other exit handler (Prefect's log and event workers flush before it).
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    parser = argparse.ArgumentParser(prog="lvzhi", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="one full flow run: load, extract, transform, validate, publish")
    run.add_argument("--source", default="seeds/raw", help="directory of documents (recursive)")
    run.add_argument("--warehouse", default="warehouse/lvzhi.duckdb", help="published DuckDB file")
    run.add_argument("--rebuild", action="store_true",
                     help="build from the source into a fresh file instead of a copy of the published one "
                          "(the previous file is kept as FILE.previous-<time>)")
    run.add_argument("--workers", type=int, default=None,
                     help="extraction processes on this machine (default: its cores, or LVZHI_WORKERS)")
    run.add_argument("--dask-address", default=None,
                     help="run extraction on an existing Dask cluster, e.g. tcp://HOST:8786 (or LVZHI_DASK_ADDRESS)")
    run.set_defaults(handler=_run)

    serve = commands.add_parser("serve", help="serve the flow on a schedule against a Prefect server")
    serve.add_argument("--cron", default="0 6 * * *", help="cron schedule (default: daily at 06:00)")
    serve.add_argument("--source", default="seeds/raw")
    serve.add_argument("--warehouse", default="warehouse/lvzhi.duckdb")
    serve.set_defaults(handler=_serve)

    explain = commands.add_parser("explain", help="print a document with each mention marked")
    explain.add_argument("file")
    explain.set_defaults(handler=_explain)

    bench = commands.add_parser("bench", help="extraction throughput on a seed-like corpus")
    bench.add_argument("--source", default="seeds/raw")
    bench.add_argument("--megabytes", type=float, default=25.0)
    bench.set_defaults(handler=_bench)

    scale = commands.add_parser("bench-scale", help="a whole run on an N MB synthetic corpus, then re-runs")
    scale.add_argument("--corpus-mb", type=float, default=100.0)
    scale.add_argument("--make-corpus", default="../shared/tools/make_corpus.py")
    scale.add_argument("--workers", type=int, default=None)
    scale.add_argument("--keep", default=None, help="folder to keep the corpus and warehouse in")
    scale.add_argument("--reuse-corpus", action="store_true",
                       help="measure on the corpus already in the --keep folder (built when there is none)")
    scale.add_argument("--full-only", action="store_true", help="the full run only, no re-runs")
    scale.add_argument("--changed-reruns", type=int, default=5, metavar="N",
                       help="re-runs after a different 1%% of the files changed each (default 5)")
    scale.set_defaults(handler=_bench_scale)

    docs = commands.add_parser("docs", help="build the dbt docs site for the published warehouse")
    docs.add_argument("--warehouse", default="warehouse/lvzhi.duckdb")
    docs.set_defaults(handler=_docs)

    report = commands.add_parser("report", help="write the offline HTML report of the published warehouse")
    report.add_argument("--warehouse", default="warehouse/lvzhi.duckdb")
    report.add_argument("--out", help="folder for the report (default: <warehouse folder>/report)")
    report.set_defaults(handler=_report)

    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
