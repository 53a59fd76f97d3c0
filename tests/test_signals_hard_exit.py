"""A run ended hard (a third signal, kill -9): what it leaves behind for a user to read. Its Prefect flow
run ends (Crashed) instead of staying Running; its last line says what is true of a published file the
run found damaged; with local Dask workers, a hard exit and a terminal's Ctrl-C print no warnings or
tracebacks from the multiprocessing machinery. Real `lvzhi run` processes against the harness's Prefect
server, real local Dask clusters; the probes send the signals themselves (no timing involved)."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from conftest import seed_copies
from lvzhi import runlock
from test_production import LVZHI, _published_copy_and_a_changed_source, fingerprint


def _flow_run(flow_run_id: str):
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(uuid.UUID(flow_run_id))


def _flow_run_id(stderr: str) -> str:
    """The flow run a probe's validate_task named on stderr (the test reads the run's record with it)."""
    return next(line.split(" ", 1)[1] for line in stderr.splitlines() if line.startswith("flow-run "))


# a probe's opening: its validate_task prints the run's flow run id (_flow_run_id reads it), then acts
_NAMING_ITS_FLOW_RUN = (
    "import os, signal, sys\n"
    "from lvzhi.cli import main\n"
    "import flows.pipeline as pipeline\n"
    "def validate_task(build, *args, **kwargs):\n"
    "    from prefect.context import get_run_context\n"
    "    print('flow-run', get_run_context().flow_run.id, file=sys.stderr, flush=True)\n")


def _third_signal_in_validation(source: Path, warehouse: Path) -> str:
    """A probe: the first signal as validation starts, the clean-up hanging in a C call, the probe sending
    the second and third (as tests/test_production.py's third-signal tests)."""
    return (
        _NAMING_ITS_FLOW_RUN +
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    raise AssertionError('the first signal did not cancel the run')\n"
        "def cancelled(*args):\n"
        "    for n in (signal.SIGINT, signal.SIGTERM):\n"
        "        signal.signal(n, lambda *a: None)\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    os.read(os.pipe()[0], 1)  # never returns\n"
        "pipeline.validate_task, pipeline._cancelled = validate_task, cancelled\n"
        f"sys.exit(main(['run', '--source', {str(source)!r}, '--warehouse', {str(warehouse)!r}]))\n")


def test_a_third_signal_marks_its_flow_run_crashed(server_env, seed_run, tmp_path):
    """The process ended at once sets its own flow run Crashed (one bounded call) before it exits: the
    Prefect UI shows no run that never ends."""
    warehouse, before, source = _published_copy_and_a_changed_source(seed_run, tmp_path)
    out = subprocess.run([sys.executable, "-c", _third_signal_in_validation(source, warehouse)],
                         capture_output=True, text=True, env=server_env, timeout=900)
    assert out.returncode == 130, out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("lvzhi: ended at once by a third signal (SIGINT)")
    assert fingerprint(warehouse) == before
    state = _flow_run(_flow_run_id(out.stderr)).state
    assert state.type.value == "CRASHED", state
    assert state.message == f"lvzhi: ended at once by a third signal (SIGINT) during the run on {warehouse}"


def test_the_next_run_marks_a_killed_runs_flow_run_crashed(server_env, seed_run, tmp_path):
    """kill -9 leaves the flow run Running and the lock naming it: the next run on the warehouse (holding
    the lock, so sure no other run is live) sets it Crashed and says so."""
    warehouse, before, source = _published_copy_and_a_changed_source(seed_run, tmp_path)
    probe = (
        _NAMING_ITS_FLOW_RUN +
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "pipeline.validate_task = validate_task\n"
        f"sys.exit(main(['run', '--source', {str(source)!r}, '--warehouse', {str(warehouse)!r}]))\n")
    killed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=server_env, timeout=900)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    flow_run_id = _flow_run_id(killed.stderr)
    assert _flow_run(flow_run_id).state.type.value == "RUNNING"  # what the UI showed for ever
    assert fingerprint(warehouse) == before

    out = subprocess.run([str(LVZHI), "run", "--source", str(source), "--warehouse", str(warehouse)],
                         capture_output=True, text=True, env=server_env, timeout=900)
    assert out.returncode == 0, out.stderr
    assert (f"cleared a stale lock on {warehouse} left by a killed run; its Prefect flow run {flow_run_id} "
            "marked Crashed") in out.stderr
    state = _flow_run(flow_run_id).state
    assert state.type.value == "CRASHED", state
    assert str(warehouse) in state.message and "killed" in state.message


def test_a_server_that_does_not_answer_does_not_hold_a_hard_exit(tmp_path):
    """The third signal's call to the Prefect server is bounded: a server that takes the connection and
    never answers (a socket nobody reads) leaves the process to exit with its line all the same."""
    warehouse = tmp_path / "w.duckdb"
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/api"
        probe = ("import signal; from pathlib import Path; from lvzhi import runlock\n"
                 f"runlock.acquire(Path({str(warehouse)!r}))\n"
                 f"runlock.note_flow_run(Path({str(warehouse)!r}), {str(uuid.uuid4())!r}, {url!r})\n"
                 "runlock.end_at_once(signal.SIGINT)\n")
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=600)
    assert (out.returncode, out.stderr) == (130, f"lvzhi: ended at once by a third signal (SIGINT): nothing "
                                                 f"published at {warehouse}, its lock released, the run's build removed\n")
    assert not runlock.lock_path(warehouse).exists()


def test_a_third_signal_does_not_call_a_damaged_warehouse_whole(server_env, seed_run, tmp_path):
    """The run found the published file damaged (it rebuilds from the source): ended at once before its
    rename, its line says the file is as it was, damaged before this run, not whole."""
    warehouse, _, source = _published_copy_and_a_changed_source(seed_run, tmp_path)
    data = bytearray(warehouse.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\x00" * 4096
    data[:4096] = b"not a duckdb file" * 240 + b"\x00" * 16  # a header DuckDB cannot read
    warehouse.write_bytes(bytes(data))
    before = fingerprint(warehouse)
    out = subprocess.run([sys.executable, "-c", _third_signal_in_validation(source, warehouse)],
                         capture_output=True, text=True, env=server_env, timeout=900)
    assert out.returncode == 130, out.stderr
    assert f"the published warehouse {warehouse} is damaged" in out.stderr
    assert out.stderr.strip().splitlines()[-1] == (
        f"lvzhi: ended at once by a third signal (SIGINT): {warehouse} is as it was (damaged before this run), "
        "its lock released, the run's build removed")
    assert fingerprint(warehouse) == before


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds under several names: several batches for the workers."""
    return seed_copies(tmp_path_factory.mktemp("workers") / "source")


def _with_workers(server_env: dict) -> dict:
    """A first build on two local workers, started as ingest runs (flows.pipeline.EarlyWorkers)."""
    return {**server_env, "LVZHI_PARALLEL_MIN_CHARS": "1", "LVZHI_BATCH_CHARS": "60000"}


def _once_the_workers_are_up(action: str, corpus: Path, warehouse: Path) -> str:
    """A probe running `lvzhi run --workers 2` that does ``action`` once its workers have started."""
    return (
        "import os, signal, sys\n"
        "from lvzhi.cli import main\n"
        "import flows.pipeline as pipeline\n"
        "ready = pipeline.EarlyWorkers.ready\n"
        "def ready_then(self):\n"
        "    runner = ready(self)\n"
        f"    {action}\n"
        "    return runner\n"
        "pipeline.EarlyWorkers.ready = ready_then\n"
        f"sys.exit(main(['run', '--source', {str(corpus)!r}, '--warehouse', {str(warehouse)!r}, '--workers', '2']))\n")


def test_a_hard_exit_with_workers_leaves_no_leaked_semaphore_warning(server_env, corpus, tmp_path):
    """The nannies' queues hold named semaphores; a process ended at once removes them itself, or the
    resource tracker (which outlives it) warns of "leaked semaphore objects" on the terminal."""
    warehouse = tmp_path / "w.duckdb"
    hang = ("for n in (signal.SIGINT, signal.SIGTERM): signal.signal(n, lambda *a: None)\n"
            "    for _ in range(3): os.kill(os.getpid(), signal.SIGINT)\n"
            "    os.read(os.pipe()[0], 1)  # never returns")
    out = subprocess.run([sys.executable, "-c", _once_the_workers_are_up(hang, corpus, warehouse)],
                         capture_output=True, text=True, env=_with_workers(server_env), timeout=900)
    assert out.returncode == 130, out.stderr
    assert out.stderr.strip().splitlines()[-1] == (
        f"lvzhi: ended at once by a third signal (SIGINT): nothing published at {warehouse}, its lock released, "
        "the run's build removed")
    assert "leaked semaphore" not in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_a_ctrl_c_to_the_process_group_leaves_no_worker_traceback(server_env, corpus, tmp_path):
    """A terminal's Ctrl-C goes to the whole process group, the Dask workers too: they ignore it, the run
    cancels (and stops them); no KeyboardInterrupt traceback from a worker."""
    warehouse = tmp_path / "w.duckdb"
    ctrl_c = "os.killpg(os.getpgid(0), signal.SIGINT)"
    out = subprocess.run([sys.executable, "-c", _once_the_workers_are_up(ctrl_c, corpus, warehouse)],
                         capture_output=True, text=True, env=_with_workers(server_env), timeout=900,
                         start_new_session=True)  # its own group, as a terminal's foreground job
    assert out.returncode == 130, out.stderr
    assert out.stderr.strip().splitlines()[-1] == (
        f"lvzhi: cancelled by SIGINT: nothing published, {warehouse} is as it was")
    assert "Traceback" not in out.stderr and "KeyboardInterrupt" not in out.stderr, out.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("w.duckdb")) == [
        "w.duckdb.failed-runs.jsonl"]  # the cancelled run journalled, no lock left


def test_a_stale_lock_naming_another_server_gets_no_credentials(tmp_path, monkeypatch):
    """The next run marks a killed run's flow run on the server the lock names; the lock is a file in the
    warehouse's folder, so this environment's key goes only to this environment's own server."""
    import http.server
    import json as json_
    import threading

    from lvzhi import runlock

    seen: list[dict] = []

    class Server(http.server.BaseHTTPRequestHandler):
        def _answer(self, body: dict) -> None:
            seen.append(dict(self.headers))
            data = json_.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):  # noqa: N802
            self._answer({"state_type": "RUNNING"})

        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._answer({"status": "ACCEPT"})

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        other = f"http://127.0.0.1:{server.server_port}/api/"
        monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
        monkeypatch.setenv("PREFECT_API_KEY", "secret-key")
        published = tmp_path / "w.duckdb"
        runlock.lock_path(published).write_text(json_.dumps(
            {"pid": 999999, "host": "elsewhere-or-gone", "flow_run": "f-1", "api_url": other}))
        note = runlock.acquire(published)
        runlock.release(published, every=True)
        assert note and "marked Crashed" in note
        assert seen and not any("Authorization" in headers for headers in seen)
        # this environment's own server gets them
        seen.clear()
        monkeypatch.setenv("PREFECT_API_URL", other.rstrip("/"))
        assert runlock.close_flow_run("f-1", other, "m", only_if=("RUNNING",))
        assert seen and all(headers.get("Authorization") == "Bearer secret-key" for headers in seen)
    finally:
        server.shutdown()


def test_the_flow_run_is_named_in_the_lock_without_the_clients_private_httpx_client(tmp_path, monkeypatch):
    """_note_flow_run reads the client's headers through a private attribute; without it the flow run is
    still named (the credentials then come from the environment when the run is closed)."""
    import json as json_
    from types import SimpleNamespace

    from flows import pipeline
    from lvzhi import runlock

    published = tmp_path / "w.duckdb"
    runlock.acquire(published)
    try:
        context = SimpleNamespace(flow_run=SimpleNamespace(id="f-2"),
                                  client=SimpleNamespace(api_url="http://127.0.0.1:9/api/"))  # no _client
        pipeline._note_flow_run(published, context)
        assert json_.loads(runlock.lock_path(published).read_text())["flow_run"] == "f-2"
        flow_run_id, api_url, headers = runlock.flow_runs[runlock.lock_path(published)]
        assert (flow_run_id, api_url, headers) == ("f-2", "http://127.0.0.1:9/api/", None)
    finally:
        runlock.release(published, every=True)
