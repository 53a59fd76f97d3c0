"""Shared fixtures: one real flow run over the shipped seeds, inside Prefect's test harness."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds" / "raw"
SHARED = REPO.parent / "shared"


def seed_copies(folder: Path, copies: int = 3) -> Path:
    """The seeds ``copies`` times over under ``folder`` (created): n_<seed name>, each with a distinct first
    line, so each copy is a document of its own (same bytes would fold into one) and the copies' figures
    repeat one another across documents."""
    folder.mkdir(parents=True)
    for copy in range(copies):
        for path in sorted(SEEDS.glob("*.txt")):
            (folder / f"{copy}_{path.name}").write_text(f"第{copy}份\n" + path.read_text("utf-8"), "utf-8")
    return folder


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def seed_run(prefect_harness, tmp_path_factory):
    """(summary, warehouse path) of one full flow run over seeds/raw."""
    from flows.pipeline import lvzhi_run

    folder = tmp_path_factory.mktemp("seed_run")
    source = folder / "source"
    shutil.copytree(SEEDS, source)
    warehouse = folder / "lvzhi.duckdb"
    summary = lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    return summary, warehouse


@pytest.fixture(scope="module")
def con(seed_run):
    """A read-only connection to the seed run's published warehouse."""
    import duckdb

    summary, warehouse = seed_run
    assert summary.published, summary.error
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def server_env(prefect_harness):
    """The environment for a CLI run in a child process, pointed at the harness's Prefect server."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
