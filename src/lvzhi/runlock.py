"""One run per warehouse: a lock file beside it, held with ``fcntl.flock`` while the run lives.

The kernel is the authority: a run holds an exclusive flock on the lock file, and the kernel drops it
when the process dies (kill -9 included), so a lock nobody holds is stale whatever it contains. The
file's content (PID, process start time, host, start date) only names the holder in messages. Where
flock is unavailable (some network file systems), a lock counts as held only when its content names
a live process on this host whose start time matches (a recycled PID is not the holder).

Imports stay light: ``lvzhi run`` checks the lock before Prefect, GX, pandas or DuckDB load.
"""
from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from pathlib import Path


class WarehouseBusy(Exception):
    """Another live run holds the warehouse's lock."""


def busy_message(published: Path, owner: dict | None) -> str:
    """The one line a refused run prints, whether ``lvzhi run``'s early check saw the holder or a run
    that took the lock after that check made ``acquire`` refuse: a user (or a script) sees one format."""
    owner = owner or {}
    return (f"another run is using {published} (pid {owner.get('pid') or 'unknown'} "
            f"since {owner.get('started') or 'unknown'})")


_held: dict[Path, int] = {}  # lock path -> the open descriptor carrying our flock
# how many holders inside this process: `lvzhi run` takes the lock before Prefect starts and its flow
# takes it again; only the outermost release lets it go
_depth: dict[Path, int] = {}
# lock path -> the Prefect flow run of the run holding it: (flow run id, API URL, request headers); a
# process ended at once marks it Crashed (end_at_once), and the lock's content names it, so the next run
# marks it when this process was killed (acquire)
flow_runs: dict[Path, tuple[str, str, dict | None]] = {}
# published files the run found damaged (it rebuilds them): until the rename they are as they were, not whole
damaged: set[Path] = set()
# the most a call to the Prefect server may take (end_at_once, acquire): a server that does not answer
# costs no more than this
FLOW_RUN_CALL_SECONDS = 2.0


def lock_path(published: Path) -> Path:
    return published.with_name(f"{published.name}.lock")


def process_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (/proc/PID/stat field 22), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2:].split()  # the command name may hold spaces and brackets
    return fields[19] if len(fields) > 19 else None


def _identity() -> dict:
    pid = os.getpid()
    return {"pid": pid, "process_start": process_start(pid), "host": socket.gethostname(),
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def parse_owner(content: str) -> dict | None:
    """The lock's content as {pid:int, ...}, or None when it names no process (empty, garbage, [1, 2])."""
    try:
        owner = json.loads(content)
    except ValueError:
        return None
    if not isinstance(owner, dict):
        return None
    pid = owner.get("pid")
    if isinstance(pid, bool) or not isinstance(pid, int) or pid <= 0:
        return None
    return owner


def names_live_holder(owner: dict | None) -> bool:
    """Content-only judgement (no flock): a live process on this host that started when the lock says."""
    if owner is None:
        return False
    if owner.get("host") not in (None, socket.gethostname()):
        return False  # written on another host: its PID means nothing here
    started = process_start(owner["pid"])
    if started is None:
        return False  # no such process
    recorded = owner.get("process_start")
    return recorded is None or str(recorded) == started  # a lock without a start time: trust the PID


def _read(fd: int) -> str:
    try:
        return os.pread(fd, 4096, 0).decode("utf-8", "replace")
    except OSError:
        return ""


def _try_flock(fd: int) -> bool | None:
    """True: we now hold it; False: another process does; None: flock unsupported here."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError:
        return None


def holder(published: Path) -> dict | None:
    """The live run holding the lock, or None (no lock, or a stale one whatever its content)."""
    path = lock_path(published)
    if path in _held:
        return json.loads(_read(_held[path]) or "{}") or {"pid": os.getpid()}
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        got = _try_flock(fd)
        owner = parse_owner(_read(fd))
        if got is None:
            return owner if names_live_holder(owner) else None
        return None if got else (owner or {"pid": "unknown"})
    finally:
        os.close(fd)  # closing drops a flock we took just to look


def acquire(published: Path) -> str | None:
    """Take the lock; returns a note when a stale lock was cleared. Raises WarehouseBusy. A process that
    holds it already takes it once more (released as often as taken)."""
    path = lock_path(published)
    if path in _held:
        _depth[path] += 1
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(100):
        fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        ours = False  # the file at path is locked by us: on the way out by an exception, remove it as release does
        try:
            got = _try_flock(fd)
            content = _read(fd)
            owner = parse_owner(content)
            if got is False or (got is None and names_live_holder(owner)):
                raise WarehouseBusy(busy_message(published, owner))
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if not same:  # the holder released (unlinked) it between our open and our flock: start over
                continue
            ours = True
            # (writing syncs to disk: long enough for a signal, RunCancelled, to land in it)
            _write(fd, json.dumps(_identity()))
            _held[path] = fd
            _depth[path] = 1
            fd = None
        except BaseException:  # taken whole or not at all: no lock file of ours is left behind
            if ours:
                _held.pop(path, None)
                _depth.pop(path, None)
                _unlink_if_same(path, fd)
            raise
        finally:
            if fd is not None:
                os.close(fd)
        if not content.strip():
            return None
        note = f"cleared a stale lock on {published} left by a killed run"
        if owner and owner.get("flow_run") and owner.get("api_url"):
            message = (f"lvzhi: the run on {published} (pid {owner['pid']}) ended without closing this flow run "
                       f"(killed); marked crashed by the next run on it")
            if close_flow_run(str(owner["flow_run"]), str(owner["api_url"]), message, only_if=("RUNNING", "PENDING")):
                note += f"; its Prefect flow run {owner['flow_run']} marked Crashed"
        return note
    raise WarehouseBusy(f"another run is using {published} (lock {path} keeps changing)")


def _write(fd: int, content: str) -> None:
    data = content.encode("utf-8")
    os.ftruncate(fd, 0)
    os.pwrite(fd, data, 0)
    os.fsync(fd)


def release(published: Path, every: bool = False) -> None:
    """Remove the lock file, then drop the flock (a process that opened it meanwhile starts over); an
    inner holder's release only counts down. ``every``: let it go whatever the count (the outermost
    holder, ``lvzhi run`` as it ends: an inner holder stopped before its own release leaves it no lock)."""
    path = lock_path(published)
    if _depth.get(path, 0) > 1 and not every:
        _depth[path] -= 1
        return
    _depth.pop(path, None)
    flow_runs.pop(path, None)
    damaged.discard(published)
    fd = _held.pop(path, None)
    if fd is None:
        return
    try:
        _unlink_if_same(path, fd)
    finally:
        os.close(fd)


def _unlink_if_same(path: Path, fd: int) -> None:
    """Remove ``path`` if it is still the file ``fd`` has open (not one a later run created)."""
    try:
        if os.path.samestat(os.fstat(fd), os.stat(path)):
            path.unlink()
    except FileNotFoundError:
        pass


def note_flow_run(published: Path, flow_run_id: str, api_url: str, headers: dict | None = None) -> None:
    """The held lock's run is the Prefect flow run ``flow_run_id`` on ``api_url``: its content names it
    (for the next run, should this process be killed) and end_at_once marks it Crashed."""
    path = lock_path(published)
    fd = _held.get(path)
    if fd is None:
        return
    # (no headers known: None, so that closing it sends the environment's credentials)
    flow_runs[path] = (flow_run_id, api_url, dict(headers) if headers is not None else None)
    owner = parse_owner(_read(fd)) or _identity()
    owner.update(flow_run=flow_run_id, api_url=api_url)
    _write(fd, json.dumps(owner))


def _auth_headers(api_url: str | None = None) -> dict:
    """Prefect's credentials from the environment (PREFECT_API_AUTH_STRING, else PREFECT_API_KEY), and
    only for this environment's own server (PREFECT_API_URL): ``api_url`` comes from a lock file, which
    anyone who can write the warehouse's folder can write, so a key never goes to a server it names."""
    import base64

    if api_url is not None and api_url.rstrip("/") != os.environ.get("PREFECT_API_URL", "").rstrip("/"):
        return {}
    if os.environ.get("PREFECT_API_AUTH_STRING"):
        token = base64.b64encode(os.environ["PREFECT_API_AUTH_STRING"].encode("utf-8")).decode("ascii")
        return {"Authorization": f"Basic {token}"}
    if os.environ.get("PREFECT_API_KEY"):
        return {"Authorization": f"Bearer {os.environ['PREFECT_API_KEY']}"}
    return {}


def close_flow_run(flow_run_id: str, api_url: str, message: str, headers: dict | None = None,
                   only_if: tuple[str, ...] = (), seconds: float = FLOW_RUN_CALL_SECONDS) -> bool:
    """Set a flow run Crashed on its Prefect server (``only_if``: only while its state is one of
    those), with the server's REST API (no Prefect import: ``lvzhi run`` takes the lock before Prefect
    loads). In a thread given ``seconds`` at most: a server that is gone or does not answer costs no
    more, and nothing is raised. True when the server took the new state."""
    import threading

    accepted: list[bool] = []

    def call() -> None:
        import urllib.request

        base = api_url.rstrip("/")
        sent = {"Content-Type": "application/json", "Accept": "application/json",
                **(headers if headers is not None else _auth_headers(api_url))}
        if only_if:
            with urllib.request.urlopen(urllib.request.Request(f"{base}/flow_runs/{flow_run_id}", headers=sent),
                                        timeout=seconds) as answer:
                if json.load(answer).get("state_type") not in only_if:
                    return
        body = json.dumps({"state": {"type": "CRASHED", "name": "Crashed", "message": message[:1000]}}).encode()
        request = urllib.request.Request(f"{base}/flow_runs/{flow_run_id}/set_state", data=body, headers=sent,
                                         method="POST")
        with urllib.request.urlopen(request, timeout=seconds) as answer:
            accepted.append(json.load(answer).get("status") == "ACCEPT")

    def quietly() -> None:
        try:
            call()
        except Exception:  # gone, refused, timed out, not Prefect: the record stays as it is
            pass

    thread = threading.Thread(target=quietly, name="lvzhi-close-flow-run", daemon=True)
    thread.start()
    thread.join(seconds)
    return bool(accepted) and accepted[0]


class RunCancelled(BaseException):
    """SIGTERM (or SIGINT) arrived during a run. A BaseException, like KeyboardInterrupt, so that no
    ``except Exception`` on the way mistakes it for a failure of the stage it interrupted."""

    def __init__(self, signal_number: int):
        super().__init__(f"cancelled by signal {signal_number}")
        self.signal_number = signal_number


received: list[int] = []  # signals that stopped this process's run, first first
published: list[Path] = []  # the file this process's run renamed into place (a signal after it stops a published run)
END_AT_ONCE = 3  # the third SIGINT/SIGTERM ends the process without waiting for the clean-up
# temporary files of the run in progress (its build, WAL, compacted copy): a process ended at once
# removes them; the flow adds them before it writes them
scratch: set[Path] = set()
_watching: list[int] = []  # the wakeup pipe's read end, once watched
counted: list[int] = []  # the SIGINT/SIGTERM the watcher has counted, first first
_handler: list = []  # stop_on_signals' handler, once installed (reclaim_sigterm puts it back)


def stop_on_signals() -> None:
    """SIGINT and SIGTERM raise RunCancelled in the main thread, once; a second signal while the
    run cleans up is only remembered (no traceback from the middle of the clean-up); the third ends
    the process at once (``_watch_signals``)."""
    import signal

    def handler(number: int, _frame) -> None:
        received.append(number)
        if len(received) == 1:
            raise RunCancelled(number)

    _handler.append(handler)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, handler)
    _watch_signals()


def reclaim_sigterm() -> None:
    """Put stop_on_signals' SIGTERM handler back in place of Prefect's (the flow calls it first).
    Prefect's bridge, installed while a flow runs, raises TerminationSignal on every SIGTERM, so a
    second SIGTERM breaks into the clean-up of the first; and a TerminationSignal that leaves the
    flow makes Prefect send the process SIGTERM once more (os.kill), which the watcher counts: a
    second SIGTERM from outside would then be the third and end the run at once. Nothing to do in a
    process that did not call stop_on_signals (a flow run that ``lvzhi serve``'s runner started)."""
    import signal

    if _handler:
        try:
            signal.signal(signal.SIGTERM, _handler[-1])
        except ValueError:  # not the main thread: signals stay as they are
            pass


def _watch_signals() -> None:
    """Count SIGINT/SIGTERM in a thread of its own, from the interpreter's wakeup pipe, and end the
    process at the third. Not in the handler: a Python handler runs only when the main thread comes
    back to Python code, so a clean-up stuck in a C call (a join, a DuckDB call) never sees it, and
    Prefect's own SIGTERM handler replaces ours as a flow starts (until ``reclaim_sigterm``); the
    C-level handler writes every signal's number to the wakeup pipe whichever Python handler is
    installed."""
    import signal
    import threading

    if _watching:
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)  # the signal handler must never block on a full pipe
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    _watching.append(read_end)

    def watch() -> None:
        while True:
            for number in os.read(read_end, 64):
                if number in (signal.SIGINT, signal.SIGTERM):
                    counted.append(number)
                    if len(counted) >= END_AT_ONCE:
                        end_at_once(number)

    threading.Thread(target=watch, name="lvzhi-signal-watch", daemon=True).start()


def end_at_once(number: int) -> None:
    """Exit now with 128 + the signal: remove the run's temporary files, mark its Prefect flow run
    Crashed (one call, FLOW_RUN_CALL_SECONDS at most: a server that does not answer does not hold the
    exit), then remove its lock files (in that order: once the lock is gone another run may start a
    build of its own at the same path). The published file needs nothing: it is only ever replaced by
    one rename, so it is the old file or the new one, whole; the run is not journalled (the clean-up
    that would have was cut short)."""
    import signal

    name = signal.Signals(number).name
    for path in list(scratch):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
    _unlink_semaphores()
    warehouses = []
    for path, fd in list(_held.items()):
        file = path.with_name(path.name.removesuffix(".lock"))
        if file in published or (file.exists() and file not in damaged):
            warehouses.append(f"{file} is whole")
        elif file.exists():  # the run found it damaged and had not replaced it yet
            warehouses.append(f"{file} is as it was (damaged before this run)")
        else:  # a first run has no published file to be whole
            warehouses.append(f"nothing published at {file}")
        if path in flow_runs:
            flow_run_id, api_url, headers = flow_runs[path]
            close_flow_run(flow_run_id, api_url, f"lvzhi: ended at once by a third signal ({name}) during the "
                                                 f"run on {file}", headers)
        try:
            _unlink_if_same(path, fd)
        except OSError:
            pass
    # no lock held: the run had not taken it yet, or had ended (its line printed) and let it go
    what = (f"{', '.join(warehouses)}, its lock released, the run's build removed" if warehouses
            else "no warehouse locked")
    os.write(2, f"lvzhi: ended at once by a third signal ({name}): {what}\n".encode())
    os._exit(128 + number)


def _unlink_semaphores() -> None:
    """Remove the named semaphores this process made through multiprocessing (the queues of a local
    Dask cluster's nannies, three each) and tell the resource tracker, as the exit handlers os._exit
    skips would: else the tracker, outliving the process, removes them itself and warns of "leaked
    semaphore objects". Only semaphores: other finalizers (pools, queues' threads) may block."""
    import sys

    util, synchronize = sys.modules.get("multiprocessing.util"), sys.modules.get("multiprocessing.synchronize")
    if util is None or synchronize is None:
        return
    for finalizer in list(getattr(util, "_finalizer_registry", {}).values()):
        if getattr(finalizer, "_callback", None) is synchronize.SemLock._cleanup:
            try:
                finalizer()
            except Exception:  # already gone: nothing to tell
                pass
