"""DuckDB's memory is bounded (issue 14): every connection lvzhi opens and dbt's profile take the limit
LVZHI_DUCKDB_MEMORY (default 1GB), not DuckDB's default of 80% of the machine."""
from __future__ import annotations

import pytest
import yaml

from conftest import REPO


def test_a_connection_takes_the_memory_setting_and_refuses_what_is_no_size(tmp_path, monkeypatch):
    from lvzhi import duck

    monkeypatch.delenv(duck.MEMORY_SETTING, raising=False)
    with duck.connect(tmp_path / "a.duckdb") as con:
        assert con.execute("select current_setting('memory_limit')").fetchone()[0] == "953.6 MiB"  # 1GB
    monkeypatch.setenv(duck.MEMORY_SETTING, "300MB")
    with duck.connect(tmp_path / "a.duckdb", read_only=True) as con:
        assert con.execute("select current_setting('memory_limit')").fetchone()[0] == "286.1 MiB"
    monkeypatch.setenv(duck.MEMORY_SETTING, "1GB'; drop table x; --")
    with pytest.raises(ValueError, match="no size"):
        duck.connect(tmp_path / "a.duckdb")


def test_dbt_is_given_the_same_limit(monkeypatch):
    from lvzhi import duck, transform

    monkeypatch.setenv(duck.MEMORY_SETTING, "2GB")
    assert transform._env("lvzhi.duckdb")[duck.MEMORY_SETTING] == "2GB"
    monkeypatch.delenv(duck.MEMORY_SETTING)
    assert transform._env("lvzhi.duckdb")[duck.MEMORY_SETTING] == duck.DEFAULT_MEMORY
    profile = yaml.safe_load((REPO / "dbt_project" / "profiles.yml").read_text(encoding="utf-8"))
    settings = profile["lvzhi"]["outputs"]["build"]["settings"]
    assert settings["memory_limit"] == f"{{{{ env_var('{duck.MEMORY_SETTING}', '{duck.DEFAULT_MEMORY}') }}}}"
