"""Every query in docs/queries.md runs against the seed warehouse and answers something."""
from __future__ import annotations

import re

import pytest

from conftest import REPO

QUERIES = re.findall(r"### (\d+)\. (.+?)\n\n```sql\n(.+?)```", (REPO / "docs" / "queries.md").read_text("utf-8"),
                     re.S)


def test_the_page_has_at_least_ten_questions():
    assert len(QUERIES) >= 10


@pytest.mark.parametrize("number, question, sql", QUERIES, ids=[q[0] for q in QUERIES])
def test_query_runs_and_answers(con, number, question, sql):
    rows = con.execute(sql).fetchall()
    if number != "5":  # question 5 lists disagreements; the seeds have none
        assert rows, question


def test_funnels_match_the_texts(con):
    funnel = {r[0]: r[1:] for r in con.execute("""
        select org_name || ' ' || report_year, received, filed, merged, transferred, completed, adopted,
               key_supervised, stated_completion_rate, stated_satisfaction_rate, stated_adoption_rate
        from marts.mart_proposal_funnel""").fetchall()}
    assert funnel["开州区政协 2024"] == (None, 298, None, None, None, None, 15, 100, 98.7, None)
    assert funnel["中山区政协 2024"] == (109, 69, 5, 35, None, None, 4, 100, 100, None)
    assert funnel["四川省政协 2022"] == (1194, 1006, None, None, 994, 917, None, None, None, 92.3)
    assert funnel["重庆市政协 2021"][:2] == (1501, 1307)
    assert funnel["重庆市政协 2021"][8] == 97.9


def test_public_opinion_of_chongqing_2021(con):
    row = con.execute("select submitted, reported, adopted from marts.mart_public_opinion "
                      "where org_name = '重庆市政协' and report_year = 2021").fetchone()
    assert row == (5536, 581 + 218, 127)


def test_activities_link_their_counts(con):
    rows = con.execute("""
        select a.form, m.mention_text from marts.fct_activities a join marts.fct_metrics m using (metric_id)
        where a.document_id = '000_13de0a4cc9b2606a'""").fetchall()
    assert ("座谈会", "12场") in rows and ("调研", "21次") in rows
