"""One run per warehouse: a lock file beside it, holding the owner's PID, cleared when stale."""
from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path


class WarehouseBusy(Exception):
    """Another live run holds the warehouse's lock."""


def lock_path(published: Path) -> Path:
    return published.with_name(f"{published.name}.lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(published: Path) -> dict | None:
    """The live run holding the lock, or None (no lock, or a stale one from a killed run)."""
    path = lock_path(published)
    try:
        owner = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    if owner.get("host") == socket.gethostname() and not _alive(int(owner.get("pid", 0))):
        return None
    return owner


def acquire(published: Path) -> str | None:
    """Take the lock; returns a note when a stale lock was cleared. Raises WarehouseBusy."""
    path = lock_path(published)
    path.parent.mkdir(parents=True, exist_ok=True)
    note = None
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            owner = holder(published)
            if owner is not None:
                raise WarehouseBusy(f"another run is using {published} (pid {owner.get('pid')} since "
                                    f"{owner.get('started')})") from None
            path.unlink(missing_ok=True)  # the run that held it was killed
            note = f"cleared a stale lock on {published} left by a killed run"
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"pid": os.getpid(), "host": socket.gethostname(),
                       "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}, handle)
        return note
    raise WarehouseBusy(f"another run is using {published} (lock {path} reappeared)")


def release(published: Path) -> None:
    path = lock_path(published)
    try:
        owner = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return
    if owner.get("pid") == os.getpid():
        path.unlink(missing_ok=True)
