"""Run dbt (in-process, dbt-duckdb) against a build file."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"


class TransformError(Exception):
    pass


@dataclass
class DbtOutcome:
    success: bool
    nodes: int
    failures: list[str] = field(default_factory=list)


def run_dbt(args: list[str], database: Path, project_dir: Path = PROJECT_DIR) -> DbtOutcome:
    """``dbt <args>`` in a child process with the profile pointed at ``database``.

    A child process, not dbtRunner: dbt-duckdb keeps its connection open in-process, which would
    lock the build file against the validation that follows, and dbt's global state stays out of
    the flow's process.
    """
    dbt = Path(sys.executable).with_name("dbt")
    env = {**os.environ, "LVZHI_DBT_DATABASE": str(database.resolve()), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    target = project_dir / "target"
    command = [str(dbt), *args, "--project-dir", str(project_dir), "--profiles-dir", str(project_dir),
               "--log-path", str(project_dir / "logs"), "--target-path", str(target),
               # the file log at info (each node's start and end): debug writes every query, ~100k
               # lines for a 10 MB corpus, time spent formatting and writing what nobody reads
               "--log-level-file", "info"]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, cwd=project_dir,
                               preexec_fn=_die_with_parent)
    failures, nodes = _run_results(target / "run_results.json", database) if "build" in args else ([], 0)
    if completed.returncode != 0 and not failures:
        tail = (completed.stdout + completed.stderr).strip().splitlines()[-5:]
        failures.append(" | ".join(tail) or f"dbt exited {completed.returncode}")
    return DbtOutcome(success=completed.returncode == 0, nodes=nodes, failures=failures)


def _die_with_parent() -> None:
    """In the dbt child: get SIGKILL when the flow process dies (kill -9 leaves no orphan writer)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:  # not Linux: the child simply outlives a killed parent
        pass


TRANSIENT_ERRORS = ("Could not set lock", "Resource temporarily unavailable", "database is locked",
                    "Conflicting lock", "Interrupted system call")


def is_transient(error: BaseException | None) -> bool:
    """A failure worth one more try (a lock held for a moment, an interrupted call)."""
    return error is not None and any(marker in str(error) for marker in TRANSIENT_ERRORS)


def _run_results(path: Path, database: Path) -> tuple[list[str], int]:
    if not path.exists():
        return [], 0
    results = json.loads(path.read_text(encoding="utf-8")).get("results", [])
    failures = [f"{r['unique_id']}: {r['status']} {r.get('message') or ''}".strip()
                + _failing_rows(r, database)
                for r in results if r.get("status") in {"error", "fail", "runtime error"}]
    return failures, len(results)


def _failing_rows(result: dict, database: Path, limit: int = 3) -> str:
    """A failed data test's first rows (document, span, figure …), so the message names them."""
    if result.get("status") != "fail" or not result.get("compiled_code"):
        return ""
    import duckdb

    try:
        with duckdb.connect(str(database), read_only=True) as con:
            cursor = con.execute(f"select * from ({result['compiled_code']}) limit {limit}")
            columns = [c[0] for c in cursor.description]
            rows = cursor.fetchall()
    except duckdb.Error:
        return ""
    return " — e.g. " + "; ".join(" ".join(f"{c}={v}" for c, v in zip(columns, row)) for row in rows)


# a changed-only build: per-document models rebuild the rows of raw.changed_documents' documents, their
# tests check those rows; seeds are as the copied warehouse holds them (same pipeline fingerprint). A
# full build: --full-refresh (dbt_project/macros/changed_documents.sql)
CHANGED_ONLY_ARGS = ["--exclude", "resource_type:seed"]
FULL_ARGS = ["--full-refresh"]


def build(database: Path, changed_only: bool = False) -> DbtOutcome:
    """``dbt build``: seeds, staging views, marts and every data test; ``changed_only`` (the build is
    a copy of a warehouse this pipeline published, raw.changed_documents lists what differs): only
    the changed documents' rows of the per-document models (dbt_project/macros/changed_documents.sql)."""
    outcome = run_dbt(["build", *(CHANGED_ONLY_ARGS if changed_only else FULL_ARGS)], database)
    if not outcome.success:
        raise TransformError("dbt build failed: " + "; ".join(outcome.failures[:5]))
    return outcome


def generate_docs(database: Path) -> Path:
    """Build the dbt docs site from a copy of ``database``, so readers holding it never block it."""
    with tempfile.TemporaryDirectory(prefix="lvzhi-docs-") as scratch:
        copy = Path(scratch) / database.name
        shutil.copyfile(database, copy)
        outcome = run_dbt(["docs", "generate"], copy)
    if not outcome.success:
        raise TransformError("dbt docs generate failed: " + "; ".join(outcome.failures[:5]))
    return PROJECT_DIR / "target" / "index.html"
