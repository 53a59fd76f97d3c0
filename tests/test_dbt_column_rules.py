"""The column rules of each model run as one dbt test (dbt_project/macros/generic_tests.sql
columns_hold): a broken rule still fails the build, and the message names the column and the rule."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest


def _build_from(published: Path, folder: Path, *statements: str) -> Path:
    """A copy of the published warehouse with its raw tables changed by ``statements``."""
    build = folder / ".w.duckdb.building"
    shutil.copyfile(published, build)
    with duckdb.connect(str(build)) as con:
        for statement in statements:
            con.execute(statement)
    return build


def _failed_build(build: Path) -> str:
    from lvzhi import transform

    with pytest.raises(transform.TransformError) as failed:
        transform.build(build)
    return str(failed.value)


def test_a_null_in_a_not_null_column_fails_the_build_naming_the_column(seed_run, tmp_path):
    _, published = seed_run
    build = _build_from(published, tmp_path, """
        update raw.mentions set char_start = null
        where (document_id, mention_index) = (select (document_id, mention_index) from raw.mentions limit 1)""")
    message = _failed_build(build)
    assert "columns_hold_stg_mentions" in message
    assert "column_name=char_start rule=not_null failing_rows=1" in message
    # the example finds the row: its document and mention index, and the null it holds
    assert "example=document_id=" in message and "mention_index=" in message and "char_start=null" in message


def test_duplicates_values_outside_the_list_and_orphans_fail_naming_column_and_value(seed_run, tmp_path):
    _, published = seed_run
    build = _build_from(
        published, tmp_path,
        # two rows of attributes for one document: it is twice in stg_documents
        "insert into raw.document_attributes select * from raw.document_attributes limit 1",
        "update raw.mentions set numeral_kind = 'roman' where mention_index = 0")
    message = _failed_build(build)
    assert "columns_hold_stg_documents" in message and "column_name=document_id rule=unique" in message
    assert "column_name=numeral_kind rule=accepted_values" in message and "numeral_kind=roman" in message


def test_every_rule_of_a_mart_is_checked_in_its_one_test(seed_run, tmp_path):
    """fct_metrics' rules (a duplicated id, a value outside its list, a total that is no figure) fail
    together in columns_hold_fct_metrics, each named with an example."""
    from lvzhi import transform

    _, published = seed_run
    build = _build_from(
        published, tmp_path,
        "insert into marts.fct_metrics select * from marts.fct_metrics limit 1",
        "update marts.fct_metrics set period = 'someday' where metric_id = (select max(metric_id) from marts.fct_metrics)",
        "update marts.fct_metrics set parent_metric_id = 'nowhere' where metric_id = (select min(metric_id) from marts.fct_metrics)")
    outcome = transform.run_dbt(["build", "--select", "columns_hold_fct_metrics"], build)
    message = "; ".join(outcome.failures)
    assert not outcome.success and "columns_hold_fct_metrics" in message, message
    assert "column_name=metric_id rule=unique failing_rows=1" in message
    assert "column_name=period rule=accepted_values failing_rows=1 example=metric_id=" in message
    assert "period=someday" in message
    assert "column_name=parent_metric_id rule=relationships failing_rows=1 example=nowhere" in message
