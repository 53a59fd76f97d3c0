"""DuckDB's memory is bounded (issue 14): every connection lvzhi opens and dbt's profile take the limit
LVZHI_DUCKDB_MEMORY (default 1400MB), not DuckDB's default of 80% of the machine."""
from __future__ import annotations

import pytest
import yaml

from conftest import REPO


def test_a_connection_takes_the_memory_setting_and_refuses_what_is_no_size(tmp_path, monkeypatch):
    from lvzhi import duck

    monkeypatch.delenv(duck.MEMORY_SETTING, raising=False)
    with duck.connect(tmp_path / "a.duckdb") as con:
        assert con.execute("select current_setting('memory_limit')").fetchone()[0] == "1.3 GiB"  # 1400MB
    monkeypatch.setenv(duck.MEMORY_SETTING, "300MB")
    with duck.connect(tmp_path / "a.duckdb", read_only=True) as con:
        assert con.execute("select current_setting('memory_limit')").fetchone()[0] == "286.1 MiB"
    monkeypatch.setenv(duck.MEMORY_SETTING, "1GB'; drop table x; --")
    with pytest.raises(ValueError, match="no size"):
        duck.connect(tmp_path / "a.duckdb")


def test_the_streaming_stages_connections_hold_at_most_their_own_cap(tmp_path, monkeypatch):
    """Ingest and extract append a batch at a time: their connection is capped below the run's limit
    (DuckDB would otherwise cache every page written up to it), never raised above a lower setting."""
    from lvzhi import duck, warehouse

    monkeypatch.delenv(duck.MEMORY_SETTING, raising=False)
    with warehouse.ExtractionStore(tmp_path / "b.duckdb") as store:
        assert store.con.execute("select current_setting('memory_limit')").fetchone()[0] == "488.2 MiB"  # 512MB
    with warehouse.DocumentWriter(tmp_path / "b.duckdb", replacing=False) as writer:
        assert writer.con.execute("select current_setting('memory_limit')").fetchone()[0] == "488.2 MiB"
    monkeypatch.setenv(duck.MEMORY_SETTING, "300MB")
    with warehouse.ExtractionStore(tmp_path / "b.duckdb") as store:
        assert store.con.execute("select current_setting('memory_limit')").fetchone()[0] == "286.1 MiB"


def test_dbt_is_given_the_same_limit(monkeypatch):
    from lvzhi import duck, transform

    monkeypatch.setenv(duck.MEMORY_SETTING, "2GB")
    assert transform._env("lvzhi.duckdb")[duck.MEMORY_SETTING] == "2GB"
    monkeypatch.delenv(duck.MEMORY_SETTING)
    assert transform._env("lvzhi.duckdb")[duck.MEMORY_SETTING] == duck.DEFAULT_MEMORY
    profile = yaml.safe_load((REPO / "dbt_project" / "profiles.yml").read_text(encoding="utf-8"))
    settings = profile["lvzhi"]["outputs"]["build"]["settings"]
    assert settings["memory_limit"] == f"{{{{ env_var('{duck.MEMORY_SETTING}', '{duck.DEFAULT_MEMORY}') }}}}"


def test_the_span_checks_hash_spans_not_texts_and_still_catch_a_broken_span(seed_run, tmp_path):
    """The dbt span test and GX's span_is_numeral stream the texts past each document's spans (a join
    hashing the texts needed about three times the corpus in memory); a span off its numeral is still
    caught by both."""
    import shutil

    import duckdb

    from lvzhi import transform, validate

    _, warehouse = seed_run
    copy = tmp_path / "lvzhi.duckdb"
    shutil.copyfile(warehouse, copy)
    with duckdb.connect(str(copy)) as con:
        document_id, char_start = con.execute(
            "select document_id, char_start from raw.mentions order by document_id, char_start limit 1").fetchone()
        con.execute("update raw.mentions set char_end = char_end + 1 where document_id = ? and char_start = ?",
                    [document_id, char_start])
        con.execute("update marts.fct_metrics set char_end = char_end + 1 where document_id = ? and char_start = ?",
                    [document_id, char_start])
        sql = f"select metric_id, span_is_numeral from ({validate._query('fct_metrics', False)}) where not span_is_numeral"
        assert len(con.execute(sql).fetchall()) >= 1
    outcome = transform.run_dbt(["test", "--select", "assert_spans_slice_to_numeral"], copy)
    assert not outcome.success
    assert any("Got 1 result" in failure for failure in outcome.failures), outcome.failures  # the one span
