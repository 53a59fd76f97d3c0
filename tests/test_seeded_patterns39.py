"""regexp_matches_seeded (dbt_project/macros/seeded_patterns.sql) writes one CASE branch per value of a seed
column, each with its pattern a constant. With ``where`` it writes branches only for the rows the condition
selects (the rows the query's join can meet); a value outside them still matches, by the ELSE branch's plain
call. With ``prefix_sql`` a SQL expression of constants (a seeded_alternation) stands before the prefix.
Rendered as dbt would (the seed built, or not yet), evaluated in DuckDB. Sentences written for the test."""
from __future__ import annotations

import duckdb
import pytest

from dbt_macros import render_macro


@pytest.fixture
def con():
    connection = duckdb.connect()
    connection.execute("create table stages (keyword varchar, kind varchar)")
    connection.executemany("insert into stages values (?, ?)", [
        ("办结", "rate"), ("答复", "rate"), ("立案", "count"),
        ("已经", "done"), ("均已", "done"), ("得到", "passive")])
    connection.execute("create table figures (words_after varchar)")
    connection.executemany("insert into figures values (?)", [
        ("的提案已经办结",), ("得到答复",), ("的提案尚未办结",), ("立案",), ("经审查立案",)])
    yield connection
    connection.close()


def _matches(con, sql: str) -> list[tuple[str, str]]:
    return con.execute(f"select f.words_after, s.keyword from figures as f join stages as s on {sql}"
                       " order by all").fetchall()


def test_where_writes_branches_only_for_the_rows_it_selects(con):
    sql = render_macro(con, True, "regexp_matches_seeded('f.words_after', 's.keyword', seed, prefix='^', "
                             "where=\"kind = 'rate'\")")
    assert sql.count(" when ") == 2 and "'办结'" in sql and "'立案'" not in sql
    every = render_macro(con, True, "regexp_matches_seeded('f.words_after', 's.keyword', seed, prefix='^')")
    assert every.count(" when ") == 6


@pytest.mark.parametrize("built", [True, False])
def test_a_value_outside_the_where_still_matches(con, built):
    # the join meets 立案 and 得到 though the branches are for the rate words only: the ELSE branch reads them
    sql = render_macro(con, built, "regexp_matches_seeded('f.words_after', 's.keyword', seed, prefix='^', "
                              "where=\"kind = 'rate'\")")
    assert _matches(con, sql) == [("得到答复", "得到"), ("立案", "立案")]


@pytest.mark.parametrize("built", [True, False])
def test_prefix_sql_stands_before_the_prefix(con, built):
    words = render_macro(con, built, "seeded_alternation(seed, 'keyword', \"kind in ('done', 'passive')\")")
    sql = render_macro(con, built, "regexp_matches_seeded('f.words_after', 's.keyword', seed, where=\"kind = 'rate'\", "
                              "prefix_sql=\"'^(?:的)?(?:提案)?' || \" ~ words ~ \" || '*'\")", words=words)
    # 已经办结 and 得到答复 are read, 尚未办结 is not (尚未 is no word of done or passive)
    assert _matches(con, sql + " and s.kind = 'rate'") == [("得到答复", "答复"), ("的提案已经办结", "办结")]
