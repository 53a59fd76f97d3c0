"""A real Prefect server's scheduler runs the served deployment; SIGINT and SIGTERM stop `lvzhi serve`.

No manual trigger: the server's scheduler service creates the run from the one-minute cron, the
`lvzhi serve` runner picks it up and the run publishes.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest

from conftest import SEEDS

LVZHI = Path(sys.executable).with_name("lvzhi")
PREFECT = Path(sys.executable).with_name("prefect")
WAIT_SECONDS = 600  # a generous limit for a loaded machine; not a speed bound


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _until(condition, what: str, seconds: float = WAIT_SECONDS, every: float = 2.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(every)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real `prefect server start` on loopback, its scheduler looping every 5 s."""
    home = tmp_path_factory.mktemp("prefect_home")
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5", "PREFECT_RUNNER_POLL_FREQUENCY": "5"}
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("w")
    server = subprocess.Popen([str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def healthy():
        try:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return server.poll() is not None and pytest.fail((home / "server.log").read_text())

    _until(healthy, "the Prefect server to answer", every=1.0)
    yield {**env, "PREFECT_API_URL": api}
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=60)
    log.close()


def _serve(env: dict, source: Path, warehouse: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen([str(LVZHI), "serve", "--cron", "* * * * *", "--source", str(source),
                             "--warehouse", str(warehouse)], env=env, stdout=log.open("w"),
                            stderr=subprocess.STDOUT)


def _flow_runs(api: str, *states: str) -> list[dict]:
    """Flow runs in these states (the scheduler creates many future runs: filter, don't page)."""
    query = {"limit": 50, "flow_runs": {"state": {"type": {"any_": list(states)}}}}
    response = httpx.post(f"{api}/flow_runs/filter", json=query, timeout=10)
    response.raise_for_status()
    return response.json()


def test_the_scheduler_runs_the_served_deployment_and_sigint_stops_serving(prefect_server, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "scheduled.duckdb"
    serving = _serve(prefect_server, source, warehouse, tmp_path / "serve.log")
    api = prefect_server["PREFECT_API_URL"]
    try:
        def a_scheduled_run_completed():
            runs = [r for r in _flow_runs(api, "COMPLETED") if r["auto_scheduled"]]
            failed = _flow_runs(api, "FAILED", "CRASHED")
            assert not failed, (failed, (tmp_path / "serve.log").read_text())
            return runs

        runs = _until(a_scheduled_run_completed, "a run the scheduler created to complete")
        assert runs[0]["auto_scheduled"] is True and "auto-scheduled" in runs[0]["tags"]
        assert runs[0]["deployment_id"]
        with duckdb.connect(str(warehouse), read_only=True) as con:
            assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == 5
            assert con.execute("select bool_and(published) from quality.runs").fetchone()[0] is True
    finally:
        serving.send_signal(signal.SIGINT)
        code = serving.wait(timeout=120)
    assert code == 0, (tmp_path / "serve.log").read_text()
    assert "stopped serving" in (tmp_path / "serve.log").read_text()
    assert not warehouse.with_name(f"{warehouse.name}.lock").exists()


def test_sigterm_stops_serving_cleanly(prefect_server, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "w.duckdb"
    log = tmp_path / "serve.log"
    serving = _serve({**prefect_server}, source, warehouse, log)
    api = prefect_server["PREFECT_API_URL"]

    def registered():
        response = httpx.post(f"{api}/deployments/filter", json={"limit": 50}, timeout=10)
        return any(d["name"] == "scheduled" for d in response.json()) and "serving" in log.read_text()

    _until(registered, "the deployment to be served")
    serving.send_signal(signal.SIGTERM)
    code = serving.wait(timeout=120)
    output = log.read_text()
    assert code == 0, output
    assert "stopped serving" in output and "never awaited" not in output and "Traceback" not in output
    assert not warehouse.with_name(f"{warehouse.name}.lock").exists()
