"""Validation gates publishing: findings about a report publish, a corrupted mart does not."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from lvzhi.validate import load_suites

INCONSISTENT_REPORT = (
    "中国人民政治协商会议\n鹰潭市第一届委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案120件,经审查立案100件,已办结100件,所提意见和建议采纳或部分采纳60件、占92.3%。\n"
    "组织委员开展专题调研12次。委员撰写调研报告12篇,其中15篇被采用。\n"
)


def test_every_suite_names_a_dataset_and_a_severity():
    suites = {s["name"]: s for s in load_suites()}
    assert set(suites) == {"fct_metrics", "mart_proposal_funnel", "subtotals", "documents"}
    severities = {e["severity"] for s in suites.values() for e in s["expectations"]}
    assert severities == {"critical", "warning"}


def test_inconsistent_report_is_a_finding_and_still_publishes(prefect_harness, tmp_path):
    from flows.pipeline import lvzhi_run

    source = tmp_path / "source"
    source.mkdir()
    (source / "inconsistent.txt").write_text(INCONSISTENT_REPORT, encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    summary = lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    assert summary.published and summary.checks_failed == 0
    with duckdb.connect(str(warehouse), read_only=True) as con:
        findings = con.execute("select rule, document_id, metric_ids, detail from quality.findings order by rule").fetchall()
        rules = [f[0] for f in findings]
        assert rules == ["adoption_rate_mismatch", "subtotal_exceeds_total"]
        assert all(f[1] == "inconsistent" for f in findings)
        adoption = findings[0]
        texts = con.execute("select mention_text from marts.fct_metrics where list_contains(string_split(?, ','), metric_id) "
                            "order by char_start", [adoption[2]]).fetchall()
        assert [t[0] for t in texts] == ["100件", "60件", "92.3%"]
        assert "92.3" in adoption[3] and "60" in adoption[3]
        funnel = con.execute("select stated_adoption_rate, computed_adoption_rate from marts.mart_proposal_funnel").fetchone()
        assert funnel == (92.3, 60.0)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corrupted_mart_does_not_publish_and_keeps_the_earlier_warehouse(seed_run, tmp_path):
    _, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    warehouse.write_bytes(seed_warehouse.read_bytes())
    before = (_sha(warehouse), warehouse.stat().st_mtime_ns)
    env = {**os.environ, "LVZHI_TEST_INJECT_SQL":
           "update marts.fct_metrics set value = 150 where metric_id = "
           "(select min(metric_id) from marts.fct_metrics where unit = '%')"}
    lvzhi = Path(sys.executable).with_name("lvzhi")
    out = subprocess.run([str(lvzhi), "run", "--source", str(seed_warehouse.parent / "source"),
                          "--warehouse", str(warehouse)], capture_output=True, text=True, env=env)
    assert out.returncode == 1, out.stderr
    last_line = out.stderr.strip().splitlines()[-1]
    assert last_line.startswith("lvzhi: not published: validate: critical expectations failed")
    assert "fct_metrics.expect_column_values_to_be_between(value)" in last_line and "150" in last_line
    assert (_sha(warehouse), warehouse.stat().st_mtime_ns) == before
    assert not warehouse.with_name(f".{warehouse.name}.building").exists()
    journal = [json.loads(line) for line in
               warehouse.with_name(f"{warehouse.name}.failed-runs.jsonl").read_text().splitlines()]
    assert journal[0]["run"]["status"] == "failed"
    failed = [r for r in journal[0]["validation_results"] if not r["success"]]
    assert [(r["expectation"], r["severity"]) for r in failed] == [("expect_column_values_to_be_between", "critical")]
