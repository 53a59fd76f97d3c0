"""Preloaded by each worker of a run's local Dask cluster (``distributed.worker.preload`` in
flows.pipeline.LOCAL_CLUSTER_CONFIG).

A Ctrl-C at a terminal sends SIGINT to the whole process group: the run's own process and its worker
processes. The run's process cancels the run and stops its workers; a worker that took the SIGINT
itself ended its event loop with a KeyboardInterrupt traceback on the terminal, which a user reads as
a crash. So workers ignore SIGINT (SIGTERM, what their nanny sends, still stops them).
"""
from __future__ import annotations

import signal


def dask_setup(worker) -> None:
    """Run by the worker as it starts, in its main thread, before it takes any task."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread (a worker run inside another process): leave it as it is
        pass
