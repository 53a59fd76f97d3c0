"""The console shows only lvzhi's own lines when batches go to Dask workers (README, "What a run does").

A batch's texts travel to the workers as scattered data, not inside the task's graph: distributed warns
(`UserWarning: Sending large graph of size …`, several lines on stderr) when a graph it is sent is larger
than `distributed.admin.large-graph-warning-threshold` (10MB by default; here lowered to 200kB through
Dask's environment configuration: a task's own graph, Prefect's run context included, is ~50 kB, and
each batch's texts here ~400 kB).
"""
from __future__ import annotations

import socket
import subprocess

import duckdb

from test_production import LVZHI, make_corpus


def test_a_run_on_workers_sends_no_large_graph_and_prints_no_dask_warning(server_env, tmp_path):
    """No `Sending large graph`, and no `Port 8787 is already in use` when another cluster holds it."""
    source = make_corpus(tmp_path / "source", 60)  # ~540 k characters
    warehouse = tmp_path / "w.duckdb"
    env = {**server_env,
           "DASK_DISTRIBUTED__ADMIN__LARGE_GRAPH_WARNING_THRESHOLD": "200kB",
           "LVZHI_PARALLEL_MIN_CHARS": "1",  # a large corpus, as far as lvzhi goes: batches go to workers
           "LVZHI_BATCH_CHARS": "100000", "LVZHI_WORKER_BATCH_CHARS": "300000"}
    # a second run's cluster at the same time holds distributed's default HTTP port (8787)
    other = socket.socket()
    try:
        other.bind(("", 8787))
        other.listen()
    except OSError:  # something holds it already: the same case
        pass
    try:
        out = subprocess.run([str(LVZHI), "run", "--source", str(source), "--warehouse", str(warehouse),
                              "--workers", "2"], capture_output=True, text=True, env=env, timeout=900)
    finally:
        other.close()
    assert out.returncode == 0, out.stderr
    assert "documents extracted on 2 workers" in out.stderr
    assert "UserWarning" not in out.stderr and "large graph" not in out.stderr, out.stderr
    assert "warnings.warn" not in out.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(distinct document_id) from marts.fct_metrics").fetchone()[0] == 60
