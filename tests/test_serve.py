"""The scheduled deployment: registered with its cron schedule on a Prefect server, then run once."""
from __future__ import annotations

import shutil

import duckdb
from prefect import get_client
from prefect.deployments import run_deployment
from prefect.flow_engine import run_flow

from conftest import SEEDS


def test_deployment_registers_its_schedule_and_runs_once(prefect_harness, tmp_path):
    from flows.pipeline import deployment, lvzhi_run

    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "scheduled.duckdb"
    deployment_id = deployment("0 6 * * *", str(source), str(warehouse)).apply()

    with get_client(sync_client=True) as client:
        registered = client.read_deployment(deployment_id)
        assert [s.schedule.cron for s in registered.schedules] == ["0 6 * * *"]
        assert registered.parameters["warehouse_path"] == str(warehouse.resolve())

    flow_run = run_deployment(f"lvzhi-run/{registered.name}", timeout=0)
    summary = run_flow(lvzhi_run, flow_run=flow_run, parameters=flow_run.parameters)
    assert summary.published
    with get_client(sync_client=True) as client:
        assert client.read_flow_run(flow_run.id).state.is_completed()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == 5
