"""Run dbt (dbt-duckdb, in a child process) against a build file."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import runlock

PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"


class TransformError(Exception):
    pass


@dataclass
class DbtOutcome:
    success: bool
    nodes: int
    failures: list[str] = field(default_factory=list)
    started_ahead: bool = False  # built by the dbt ``prestart`` launched (imports and parse already done)


# dbt opens the build under this fixed name, relative to a folder of the run's own (``_workspace``)
DBT_DATABASE = "lvzhi.duckdb"
# dbt's parse of the project, shared by every run from this checkout (~8 s to redo from nothing)
PARSE_CACHE = PROJECT_DIR / "target" / "partial_parse.msgpack"


def run_dbt(args: list[str], database: Path, project_dir: Path = PROJECT_DIR) -> DbtOutcome:
    """``dbt <args>`` in a child process with the profile pointed at ``database`` (a dbt started
    ahead for it by ``prestart``, else a new one).

    A child process, not dbtRunner: dbt's global state (flags, event logging, adapter registry) stays
    out of the flow's process, its run overlaps GX's imports here, and a kill of the flow takes dbt
    with it (``_die_with_parent``).
    """
    warm = _started.pop(_key(database), None) if project_dir == PROJECT_DIR else None
    if warm is not None and args[:1] != [warm.command]:
        warm.cancel()
        warm = None
    work = warm.work if warm is not None else _workspace(database)
    with _linked(database, work) as (profile_path, opened):
        if warm is not None and profile_path != DBT_DATABASE:  # no hard link here: the warm dbt's profile is wrong
            warm.cancel(keep_folder=True)  # the folder is this call's (its target, logs) all the same
            warm = None
        returncode, output = warm.build(args) if warm is not None else _run(args, work, profile_path, project_dir)
        target = work / "target"
        _share_parse(target / PARSE_CACHE.name)
        # the failing rows are read under the name dbt wrote its SQL for
        failures, nodes = _run_results(target / "run_results.json", opened) if "build" in args else ([], 0)
        if returncode != 0:
            _keep(work / "logs", project_dir / "logs", ["dbt.log"])
            if not failures:
                tail = output.strip().splitlines()[-5:]
                failures.append(" | ".join(tail) or f"dbt exited {returncode}")
        elif "docs" in args:
            _keep(target, project_dir / "target", ["index.html", "manifest.json", "catalog.json", "run_results.json"])
    return DbtOutcome(success=returncode == 0, nodes=nodes, failures=failures, started_ahead=warm is not None)


def _options(work: Path, project_dir: Path) -> list[str]:
    return ["--project-dir", str(project_dir), "--profiles-dir", str(project_dir),
            "--log-path", str(work / "logs"), "--target-path", str(work / "target"),
            # the file log at info (each node's start and end): debug writes every query, ~100k
            # lines for a 10 MB corpus, time spent formatting and writing what nobody reads
            "--log-level-file", "info"]


def _env(profile_path: str) -> dict[str, str]:
    from .duck import MEMORY_SETTING, memory_limit

    return {**os.environ, "LVZHI_DBT_DATABASE": profile_path, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
            MEMORY_SETTING: memory_limit()}  # the profile's DuckDB memory limit, as every lvzhi connection's


def _run(args: list[str], work: Path, profile_path: str, project_dir: Path) -> tuple[int, str]:
    dbt = Path(sys.executable).with_name("dbt")
    completed = subprocess.run([str(dbt), *args, *_options(work, project_dir)], env=_env(profile_path),
                               capture_output=True, text=True, cwd=work, preexec_fn=_die_with_parent)
    return completed.returncode, completed.stdout + completed.stderr


@dataclass
class _Started:
    """A dbt child (lvzhi.dbt_child) that has imported dbt and parsed the project, waiting to run
    ``command`` with the arguments the run decides on later (a full or a changed-only build)."""
    command: str
    work: Path
    process: subprocess.Popen

    def build(self, args: list[str]) -> tuple[int, str]:
        try:
            self.process.stdin.write(json.dumps(args).encode("utf-8") + b"\n")
            self.process.stdin.close()
        except (BrokenPipeError, OSError):  # it died waiting: its output says why
            pass
        returncode = self.process.wait()
        return returncode, (self.work / "dbt.out").read_text(encoding="utf-8", errors="replace")

    def cancel(self, keep_folder: bool = False) -> None:
        self.process.kill()
        self.process.wait()
        self.process.stdin.close()
        if not keep_folder:
            shutil.rmtree(self.work, ignore_errors=True)


_started: dict[Path, _Started] = {}


def _key(database: Path) -> Path:
    return database.resolve()


def prestart(database: Path) -> None:
    """Start the dbt that will build ``database`` now: its imports and the project's parse (seconds)
    overlap what the run does before its transform. A run that never gets there leaves it to end
    with this process (its input closes)."""
    database.parent.mkdir(parents=True, exist_ok=True)
    work = _workspace(database)
    with (work / "dbt.out").open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "lvzhi.dbt_child", str(work),
                                    *_options(work, PROJECT_DIR)], stdin=subprocess.PIPE, stdout=out,
                                   stderr=subprocess.STDOUT, env=_env(DBT_DATABASE), cwd=work,
                                   preexec_fn=_die_with_parent)
    _started[_key(database)] = _Started("build", work, process)


def _workspace(database: Path) -> Path:
    """A folder of this dbt call's own beside ``database``: its target and logs (two runs from one
    checkout share no path), and the project's last parse to start from. Absolute: dbt reads a
    relative --target-path against the project folder, not the caller's."""
    database = database.resolve()
    for stale in database.parent.glob(f"{database.name}.dbt-*"):  # a killed run's
        if not _owner_alive(stale.name.removeprefix(f"{database.name}.dbt-").split("-")[0]):
            shutil.rmtree(stale, ignore_errors=True)
    pid = os.getpid()
    owner = f"{pid}.{runlock.process_start(pid) or 0}"
    work = Path(tempfile.mkdtemp(prefix=f"{database.name}.dbt-{owner}-", dir=database.parent))
    (work / "target").mkdir()
    if PARSE_CACHE.exists():
        shutil.copyfile(PARSE_CACHE, work / "target" / PARSE_CACHE.name)
    return work


@contextmanager
def _linked(database: Path, work: Path) -> Iterator[tuple[str, Path]]:
    """``database`` in ``work`` as a hard link named DBT_DATABASE while dbt runs; the folder goes
    afterwards. The profile then names the same relative path on every run: dbt re-parses the whole
    project when the profile changes, and the build's own path changes with every warehouse. Yields
    the path for the profile (the absolute path where no hard link can be made: a full parse, still
    correct) and the file to open for what dbt wrote."""
    link = work / DBT_DATABASE
    try:
        os.link(database, link)
        profile_path = DBT_DATABASE
    except OSError:
        link, profile_path = database, str(database.resolve())
    wal, link_wal = _wal(database), _wal(link)
    # the build under a second name (and its WAL, moved here): a process ended at once by a third
    # signal (runlock.end_at_once) removes them with the build, else the build's data outlives it here
    linked = (link, link_wal) if link != database else ()
    runlock.scratch.update(linked)
    if link != database and wal.exists():
        os.replace(wal, link_wal)
    try:
        yield profile_path, link
    finally:
        if link != database:
            if link_wal.exists():  # DuckDB's log of writes not yet checkpointed belongs beside the build
                os.replace(link_wal, wal)
            link.unlink(missing_ok=True)
        runlock.scratch.difference_update(linked)
        shutil.rmtree(work, ignore_errors=True)


def _owner_alive(owner: str) -> bool:
    """Whether the process a workspace folder names ("PID.START", or "PID" from older runs) still
    runs: a live process with that PID that started at another time is not its owner (PIDs recycle)."""
    pid, _, started = owner.partition(".")
    if not _alive(pid):
        return False
    current = runlock.process_start(int(pid))
    return not started or started == "0" or current is None or current == started


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _wal(database: Path) -> Path:
    return database.with_name(database.name + ".wal")


def _share_parse(parsed: Path) -> None:
    """Hand this call's parse to the next run (one rename, so a concurrent run reads an old or a new
    file, never half of one)."""
    if not parsed.exists():
        return
    PARSE_CACHE.parent.mkdir(parents=True, exist_ok=True)
    incoming = PARSE_CACHE.with_name(f"{PARSE_CACHE.name}.{os.getpid()}.{threading.get_ident()}")
    shutil.copyfile(parsed, incoming)
    os.replace(incoming, PARSE_CACHE)


def _keep(source: Path, destination: Path, names: list[str]) -> None:
    """Copy what outlives the call (a failed call's log; the docs site, where ``dbt docs serve
    --project-dir dbt_project`` finds it), each file by one rename."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in names:
        if (source / name).exists():
            incoming = destination / f".{name}.{os.getpid()}.{threading.get_ident()}"
            shutil.copyfile(source / name, incoming)
            os.replace(incoming, destination / name)


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

    from . import duck

    try:
        with duck.connect(database, read_only=True) as con:
            cursor = con.execute(f"select * from ({result['compiled_code']}) limit {limit}")
            columns = [c[0] for c in cursor.description]
            rows = cursor.fetchall()
    except duckdb.Error:
        return ""
    return " — e.g. " + "; ".join(" ".join(f"{c}={v}" for c, v in zip(columns, row)) for row in rows)


# a changed-only build: per-document models rebuild the rows of raw.changed_documents' documents, their
# tests check those rows; seeds and views are as the copied warehouse holds them (same pipeline
# fingerprint: the same dbt project made them), the views' tests run (dbt_project/selectors.yml). A
# full build: --full-refresh (dbt_project/macros/changed_documents.sql)
CHANGED_ONLY_ARGS = ["--selector", "changed_only"]
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
