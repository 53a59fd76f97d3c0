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


def test_the_span_checks_read_the_texts_once_and_still_catch_a_broken_span(seed_run, tmp_path):
    """The dbt span test streams the texts past each document's spans (a join hashing the texts needed
    about three times the corpus in memory) and catches a raw mention off its numeral; GX's
    span_is_numeral reads no text (dbt sliced it in the same build): it catches a figure whose span is
    no raw mention's."""
    import shutil

    import duckdb

    from lvzhi import transform, validate

    _, warehouse = seed_run
    copy = tmp_path / "lvzhi.duckdb"
    shutil.copyfile(warehouse, copy)
    with duckdb.connect(str(copy)) as con:
        (document_id, char_start), (other_document, other_start) = con.execute(
            "select document_id, char_start from raw.mentions order by document_id, char_start limit 2").fetchall()
        # a raw mention and its figure moved together: the text no longer reads as the numeral
        con.execute("update raw.mentions set char_end = char_end + 1 where document_id = ? and char_start = ?",
                    [document_id, char_start])
        con.execute("update marts.fct_metrics set char_end = char_end + 1 where document_id = ? and char_start = ?",
                    [document_id, char_start])
        # a figure moved off the span the extractor read
        con.execute("update marts.fct_metrics set char_start = char_start - 1 where document_id = ? and char_start = ?",
                    [other_document, other_start])
        sql = f"select document_id, char_start from ({validate._query('fct_metrics', False)}) where not span_is_numeral"
        assert con.execute(sql).fetchall() == [(other_document, other_start - 1)]
    outcome = transform.run_dbt(["test", "--select", "assert_spans_slice_to_numeral"], copy)
    assert not outcome.success
    assert any("Got 1 result" in failure for failure in outcome.failures), outcome.failures  # the one span


def test_validation_runs_in_a_process_of_its_own_that_ends_with_the_same_results(seed_run, tmp_path):
    """Issue 14: a large run validates in a child process (lvzhi.validate_child), so the
    memory of the frames of every figure (gigabytes at 1 GB, which Python and Arrow never hand back)
    ends with it instead of staying under the report; its results are those of validating in-process,
    examples included, and it writes the Data Docs."""
    import os

    import duckdb

    from lvzhi import validate

    _, warehouse = seed_run
    with duckdb.connect(str(warehouse), read_only=True) as con:
        version = con.execute("select extractor_version from quality.runs where published").fetchone()[0]
    docs = tmp_path / "data_docs"
    child = validate.Child(docs)
    assert child.process.pid != os.getpid()
    results = child.validate(warehouse, version)
    assert child.process.returncode == 0  # ended: its memory is the system's again
    assert results == validate.validate_warehouse(warehouse, version)
    assert any(not r.success for r in results)  # the seeds' two warnings, their rows named alike
    assert (docs / "index.html").is_file()


def test_a_validation_process_left_unused_ends_and_one_that_fails_says_so(tmp_path):
    from lvzhi import validate

    child = validate.Child(None)
    child.kill()  # a run that failed before its validation
    assert child.process.returncode is not None
    with pytest.raises(RuntimeError, match="validation process ended with code 1"):
        validate.validate_in_child(tmp_path / "no-such.duckdb", "v")


def test_the_figures_read_in_parts_are_the_figures_read_at_once(seed_run, monkeypatch):
    """Issue 14: the figures' dataset is read in parts of documents (one query over 1.9 M figures filled
    DuckDB's whole memory limit beside the frame); the frame put together holds the same rows, and
    validating it gives the same verdicts."""
    import duckdb

    from lvzhi import validate

    _, warehouse = seed_run
    with duckdb.connect(str(warehouse), read_only=True) as con:
        version = con.execute("select extractor_version from quality.runs where published").fetchone()[0]
        figures = con.execute("select count(*) from marts.fct_metrics").fetchone()[0]
    suites = validate.load_suites()
    metrics = next(s for s in suites if s["name"] == "fct_metrics")
    whole = validate.read_frame(warehouse, metrics, version)
    whole_results = validate.validate_warehouse(warehouse, version, suites=suites)
    monkeypatch.setattr(validate, "PART_FIGURES", figures // 4)
    assert validate._parts(warehouse, "fct_metrics") == 4  # the 5 seed documents in up to 4 parts
    parted = validate.read_frame(warehouse, metrics, version)
    assert list(parted.columns) == list(whole.columns) and list(parted.dtypes) == list(whole.dtypes)
    assert (parted.sort_values("metric_id").reset_index(drop=True)
            .equals(whole.sort_values("metric_id").reset_index(drop=True)))
    verdicts = [(r.suite, r.expectation, r.column_name, r.success, r.unexpected_count)
                for r in validate.validate_warehouse(warehouse, version, suites=suites)]
    assert verdicts == [(r.suite, r.expectation, r.column_name, r.success, r.unexpected_count) for r in whole_results]


def test_a_large_full_build_is_validated_in_its_own_process_with_the_same_results(prefect_harness, tmp_path,
                                                                                 monkeypatch, seed_run):
    """A full build above VALIDATION_IN_PROCESS_DOCUMENTS validates in lvzhi.validate_child (its frames'
    memory ends with it): lowered to 0, a seeds run publishes with the same checks and outcomes as
    the seeds run validated in the flow process."""
    import shutil

    import duckdb
    from conftest import SEEDS
    from flows import pipeline

    monkeypatch.setattr(pipeline, "VALIDATION_IN_PROCESS_DOCUMENTS", 0)
    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "lvzhi.duckdb"
    summary = pipeline.lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    assert summary.status == "published"

    def outcomes(database) -> list[tuple]:
        with duckdb.connect(str(database), read_only=True) as con:
            return con.execute("select suite, expectation, column_name, success, unexpected_count "
                               "from quality.validation_results order by all").fetchall()

    apart = outcomes(warehouse)
    assert apart and apart == outcomes(seed_run[1])
