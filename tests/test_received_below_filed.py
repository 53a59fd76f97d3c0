"""A received count below filed (README, Validation: flag sources and findings).

`source` is `report` when the text itself states figures that cannot all be true (exact Arabic numbers
in one paragraph; the same rows are quality.findings), `extractor` when the reading may be at fault.
A text stating 收到提案200件 and 立案250件 in one sentence is the report's contradiction; the seeds' 8件
(a group's share read as the intake beside 全年共立案298件) stays the extractor's doubt.
"""
from __future__ import annotations

import shutil

import duckdb

from conftest import SEEDS
from test_production import run_cli

STATED = "重庆市沙坪坝区政协2023年工作报告\n\n2023年,重庆市沙坪坝区政协共收到提案200件,经审查立案250件,办结率100%。\n"


def test_a_received_count_the_report_states_below_filed_is_the_reports_finding(server_env, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    (source / "沙坪坝区_矛盾.txt").write_text(STATED, encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    out = run_cli(server_env, source, warehouse)
    assert out.returncode == 0, out.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        flags = con.execute("select document_id, mention_text, source from quality.flagged_figures "
                            "where rule = 'received_below_filed' order by document_id").fetchall()
        findings = con.execute("select document_id, rule, detail from quality.findings "
                               "where rule = 'received_below_filed'").fetchall()
        funnel = con.execute("select received, filed, flag_rules from marts.mart_proposal_funnel "
                             "where funnel_id = '沙坪坝区政协:2023'").fetchall()
    assert flags == [("000_13de0a4cc9b2606a", "8件", "extractor"), ("沙坪坝区_矛盾", "200件", "report")]
    assert findings == [("沙坪坝区_矛盾", "received_below_filed",
                         "stated 200.0, the counts give 250.0 (沙坪坝区政协 2023)")]
    # the received count stays set aside from the funnel's counts (it cannot be the year's intake), flagged
    assert funnel == [(None, 250.0, "received_below_filed")]
    assert "'200件': received_below_filed (report)" in out.stderr
