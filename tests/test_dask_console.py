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


KILL_ONCE = '''
import importlib.abc, importlib.util, os, sys
FLAG = os.environ["LVZHI_TEST_KILL_FLAG"]
class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "lvzhi.parallel":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        sys.meta_path.insert(0, self)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            real = module.extract_batch
            def extract_batch(documents, version):
                import multiprocessing
                if multiprocessing.current_process().name != "MainProcess" and not os.path.exists(FLAG):
                    open(FLAG, "w").close()
                    os._exit(1)  # the worker holding this batch dies (out of memory, say)
                return real(documents, version)
            module.extract_batch = extract_batch
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _Finder())
'''


def test_a_worker_dying_with_a_batch_does_not_fail_the_run(server_env, tmp_path):
    """A worker that dies mid-batch costs a rerun of the batch's task on another worker, not the run: the
    batch's texts travel in its task (scattered data would have died with the worker, and distributed then
    forgets the task), and the run publishes every document."""
    import os

    source = make_corpus(tmp_path / "source", 40)
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(KILL_ONCE, encoding="utf-8")
    flag = tmp_path / "killed"
    warehouse = tmp_path / "w.duckdb"
    env = {**server_env, "LVZHI_TEST_KILL_FLAG": str(flag),
           "PYTHONPATH": os.pathsep.join([str(hook), server_env.get("PYTHONPATH", os.environ.get("PYTHONPATH", ""))]),
           "LVZHI_PARALLEL_MIN_CHARS": "1", "LVZHI_BATCH_CHARS": "20000", "LVZHI_WORKER_BATCH_CHARS": "40000"}
    out = subprocess.run([str(LVZHI), "run", "--source", str(source), "--warehouse", str(warehouse),
                          "--workers", "2"], capture_output=True, text=True, env=env, timeout=900)
    assert flag.exists()  # a worker did die with a batch
    assert out.returncode == 0, out.stderr
    assert "documents extracted on 2 workers" in out.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(distinct document_id) from marts.fct_metrics").fetchone()[0] == 40
