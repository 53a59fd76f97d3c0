"""dbt's own folder per call: concurrent runs from one checkout, and partial parsing kept."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from conftest import SEEDS

LVZHI = Path(sys.executable).with_name("lvzhi")


def _counts(warehouse: Path) -> tuple:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("""
            select (select count(*) from marts.dim_documents), (select count(*) from marts.fct_metrics),
                   (select count(*) from staging.stg_documents),
                   (select list(status) from quality.runs)""").fetchone()


def test_two_concurrent_runs_from_one_checkout_both_publish(server_env, seed_run, tmp_path):
    """Two warehouses (one folder, and another folder with the same file name) built at the same time
    from this checkout: each dbt call has its own target and logs, and each publishes the seeds whole."""
    summary, _ = seed_run
    warehouses = [tmp_path / "a" / "lvzhi.duckdb", tmp_path / "a" / "other.duckdb", tmp_path / "b" / "lvzhi.duckdb"]
    runs = [subprocess.Popen([str(LVZHI), "run", "--source", str(SEEDS), "--warehouse", str(w)], env=server_env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in warehouses]
    outputs = [run.communicate(timeout=900) for run in runs]
    for run, (out, err), warehouse in zip(runs, outputs, warehouses):
        assert run.returncode == 0, out + err
        assert _counts(warehouse) == (5, summary.metrics_extracted, 5, ["published"])
    leftovers = [p.name for w in warehouses for p in w.parent.iterdir() if ".dbt-" in p.name or ".building" in p.name]
    assert not leftovers


def test_views_read_under_any_file_name(seed_run, tmp_path):
    """The views (staging, and the marts that are views) name no catalog: a copy of the warehouse
    under another name reads them."""
    _, warehouse = seed_run
    renamed = tmp_path / "renamed.duckdb"
    shutil.copyfile(warehouse, renamed)
    with duckdb.connect(str(renamed), read_only=True) as con:
        assert con.execute("select count(*) from staging.stg_documents").fetchone()[0] == 5
        assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == 5
        views = {name for (name,) in con.execute("select schema_name || '.' || view_name from duckdb_views() "
                                                 "where not internal").fetchall()}
        assert {"marts.dim_documents", "marts.dim_organizations", "marts.mart_public_opinion"} <= views
        for view in views:
            con.execute(f"select count(*) from {view}").fetchone()


def test_dbt_sees_one_profile_for_every_build_and_leaves_the_build_as_it_was(tmp_path):
    """The profile names the same relative path whatever the build's name and folder (dbt keeps its
    partial parse only while the profile is unchanged); the hard link and the folder go afterwards and
    a write-ahead log comes back beside the build."""
    from lvzhi import transform

    seen = []
    for folder in ("one", "two"):
        build = tmp_path / folder / f".{folder}.duckdb.building"
        build.parent.mkdir()
        with duckdb.connect(str(build)) as con:
            con.execute("create table t as select 1 as x")
        work = transform._workspace(build)
        with transform._linked(build, work) as (profile_path, opened):
            assert opened.samefile(build) and opened.parent == work and (work / "target").is_dir()
            transform._wal(opened).write_bytes(b"")  # as if dbt had left writes not yet checkpointed
            seen.append(profile_path)
        assert not work.exists() and transform._wal(build).exists()
        assert sorted(p.name for p in build.parent.iterdir()) == sorted([build.name, build.name + ".wal"])
    assert seen == [transform.DBT_DATABASE] * 2


def test_the_cli_starts_dbt_for_the_build_the_flow_makes(tmp_path):
    from lvzhi import cli, warehouse

    published = tmp_path / "w.duckdb"
    assert cli._build_file(published) == warehouse.build_path(published)


def test_dbt_started_ahead_builds_what_the_run_asks_for_later(seed_run, tmp_path):
    """The dbt the CLI starts before Prefect loads learns its arguments (a full or a changed-only build)
    only when the transform comes: it is used for either, not thrown away."""
    from lvzhi import transform

    _, published = seed_run
    for changed_only in (False, True):
        build = tmp_path / f".w{int(changed_only)}.duckdb.building"
        shutil.copyfile(published, build)
        transform.prestart(build)
        outcome = transform.build(build, changed_only=changed_only)
        assert outcome.success and outcome.started_ahead, outcome.failures
        assert _counts(build)[:3] == _counts(published)[:3]


def test_a_folder_without_hard_links_builds_with_a_cold_dbt(seed_run, tmp_path, monkeypatch):
    """Where no hard link can be made (vfat, some network shares) dbt opens the build by its own path:
    the dbt started ahead (parsed for the linked name) is stopped and a new one builds in the same
    folder."""
    from lvzhi import transform

    _, published = seed_run
    build = tmp_path / ".w.duckdb.building"
    shutil.copyfile(published, build)
    transform.prestart(build)

    def no_links(*_args, **_kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(transform.os, "link", no_links)
    outcome = transform.build(build)
    assert outcome.success and not outcome.started_ahead, outcome.failures
    assert _counts(build)[:3] == _counts(published)[:3]
    assert [p.name for p in tmp_path.iterdir() if ".dbt-" in p.name] == []


def test_a_warehouse_named_by_a_relative_path_leaves_nothing_in_the_project(seed_run, tmp_path, monkeypatch):
    """`lvzhi run --warehouse warehouse/x.duckdb`: dbt's folder is beside the build, not under
    dbt_project (dbt reads a relative target path against its project folder)."""
    from lvzhi import transform

    _, published = seed_run
    (tmp_path / "warehouse").mkdir()
    shutil.copyfile(published, tmp_path / "warehouse" / ".w.duckdb.building")
    monkeypatch.chdir(tmp_path)
    build = Path("warehouse/.w.duckdb.building")
    before = sorted(p.name for p in transform.PROJECT_DIR.iterdir())
    transform.prestart(build)
    outcome = transform.build(build)
    assert outcome.success and outcome.started_ahead and outcome.nodes > 0, outcome.failures
    assert sorted(p.name for p in transform.PROJECT_DIR.iterdir()) == before
    assert [p.name for p in (tmp_path / "warehouse").iterdir() if ".dbt-" in p.name] == []


def test_a_workspace_folder_is_stale_when_its_process_is_gone_or_its_pid_was_recycled(tmp_path):
    """A killed run's dbt folder goes with the next run: its PID names no process, or names a process
    that started at another time (PIDs recycle); a live run's folder stays."""
    import os
    import subprocess
    import sys

    from lvzhi import runlock, transform

    build = tmp_path / ".w.duckdb.building"
    build.write_bytes(b"")
    me = os.getpid()
    started = runlock.process_start(me)
    assert started is not None  # Linux: /proc holds it
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    dead_pid = int(finished.stdout)
    live = tmp_path / f"{build.name}.dbt-{me}.{started}-abc"
    recycled = tmp_path / f"{build.name}.dbt-{me}.{int(started) + 1}-abc"
    dead = tmp_path / f"{build.name}.dbt-{dead_pid}.{started}-abc"
    for folder in (live, recycled, dead):
        folder.mkdir()
    work = transform._workspace(build)
    left = sorted(p.name for p in tmp_path.iterdir() if ".dbt-" in p.name)
    assert left == sorted([live.name, work.name])
    assert work.name.startswith(f"{build.name}.dbt-{me}.{started}-")
