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
    "中国人民政治协商会议\n丽水市第一届委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案120件,经审查立案100件,已办结100件,所提意见和建议采纳或部分采纳60件、占92.3%。\n"
    "组织委员开展专题调研12次。委员撰写调研报告12篇,其中15篇被采用。\n"
)


def test_every_suite_names_a_dataset_and_a_severity():
    suites = {s["name"]: s for s in load_suites()}
    assert set(suites) == {"fct_metrics", "dim_documents", "mart_proposal_funnel", "documents"}
    severities = {e["severity"] for s in suites.values() for e in s["expectations"]}
    assert severities == {"critical", "warning"}


def _run_one(name: str, text: str, folder: Path):
    """One flow run over a one-document corpus: (summary, warehouse)."""
    from flows.pipeline import lvzhi_run

    source = folder / "source"
    source.mkdir()
    (source / name).write_text(text, encoding="utf-8")
    warehouse = folder / "w.duckdb"
    return lvzhi_run(source=str(source), warehouse_path=str(warehouse)), warehouse


def test_inconsistent_report_is_a_finding_and_still_publishes(prefect_harness, tmp_path):
    summary, warehouse = _run_one("inconsistent.txt", INCONSISTENT_REPORT, tmp_path)
    assert summary.published
    failed = [r for r in summary.validation_rows if not r["success"]]
    assert {r["severity"] for r in failed} == {"warning"}
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


def test_corrupted_mart_does_not_publish_and_keeps_the_earlier_warehouse(seed_run, server_env, tmp_path):
    _, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    warehouse.write_bytes(seed_warehouse.read_bytes())
    before = (_sha(warehouse), warehouse.stat().st_mtime_ns)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        document_id, metric_id, mention_text = con.execute(
            "select document_id, metric_id, mention_text from marts.fct_metrics where unit = '%' "
            "order by metric_id limit 1").fetchone()
    # the span no longer slices the document to its numeral: the warehouse itself is broken
    env = {**server_env, "LVZHI_TEST_INJECT_SQL":
           f"update marts.fct_metrics set char_start = char_start + 1 where metric_id = '{metric_id}'"}
    lvzhi = Path(sys.executable).with_name("lvzhi")
    out = subprocess.run([str(lvzhi), "run", "--source", str(seed_warehouse.parent / "source"),
                          "--warehouse", str(warehouse)], capture_output=True, text=True, env=env)
    assert out.returncode == 1, out.stderr
    last_line = out.stderr.strip().splitlines()[-1]
    assert last_line.startswith("lvzhi: not published: validate: critical expectations failed")
    assert "fct_metrics.expect_column_values_to_be_in_set(span_is_numeral)" in last_line
    assert f"metric_id={metric_id}" in last_line and f"document_id={document_id}" in last_line
    assert f"mention_text={mention_text}" in last_line
    assert (_sha(warehouse), warehouse.stat().st_mtime_ns) == before
    assert not warehouse.with_name(f".{warehouse.name}.building").exists()
    journal = [json.loads(line) for line in
               warehouse.with_name(f"{warehouse.name}.failed-runs.jsonl").read_text().splitlines()]
    assert journal[0]["run"]["status"] == "failed"
    failed = [r for r in journal[0]["validation_results"] if not r["success"] and r["severity"] == "critical"]
    assert [(r["expectation"], r["column_name"]) for r in failed] == [
        ("expect_column_values_to_be_in_set", "span_is_numeral")]
    assert metric_id in failed[0]["details"] and document_id in failed[0]["details"]


# Each way the warehouse itself can be broken, as SQL run on the build after dbt, the check that must
# refuse it, and what its message must name. {metric_id} / {document_id} / {mention_text} name one
# figure of the seeds and its document.
FIGURE = ["metric_id={metric_id}", "document_id={document_id}", "mention_text={mention_text}"]
INTEGRITY_CORRUPTIONS = {
    "contract column dropped": (
        "alter table marts.fct_metrics drop column sentence",
        "fct_metrics.expect_table_columns_to_match_set", ["missing columns ['sentence']"]),
    "duplicate key": (
        "insert into marts.fct_metrics select * from marts.fct_metrics where metric_id = '{metric_id}'",
        "fct_metrics.expect_column_values_to_be_unique(metric_id)", FIGURE),
    "figure of an unknown document": (
        "update marts.fct_metrics set document_id = 'ghost' where metric_id = '{metric_id}'",
        "fct_metrics.expect_column_values_to_be_in_set(document_known)", ["{metric_id}", "{mention_text}", "ghost"]),
    "span off its numeral": (
        "update marts.fct_metrics set char_end = char_end + 2 where metric_id = '{metric_id}'",
        "fct_metrics.expect_column_values_to_be_in_set(span_is_numeral)", FIGURE),
    "document lost between raw and marts": (
        # (dim_documents is a view of the staging documents: a definition that drops one loses it)
        "alter view marts.dim_documents rename to dim_documents_whole; create view marts.dim_documents as "
        "select * from marts.dim_documents_whole where document_id <> '{document_id}'",
        "documents.expect_column_values_to_be_in_set(in_marts)", ["document_id={document_id}"]),
    "figure lost from an unchanged document": (
        "delete from marts.fct_metrics where metric_id = '{metric_id}'",
        "documents.expect_column_pair_values_to_be_equal(metric_count,previous_metric_count)",
        ["document_id={document_id}"]),
    "rows repeated beyond what the input explains": (
        "insert into marts.fct_metrics select * replace (metric_id || 'x' as metric_id) "
        "from marts.fct_metrics where document_id = '{document_id}'",
        "documents.expect_column_pair_values_to_be_equal(metric_count,raw_mention_count)",
        ["document_id={document_id}"]),
}


@pytest.mark.parametrize("corruption", list(INTEGRITY_CORRUPTIONS))
def test_broken_integrity_refuses_to_publish_naming_document_and_figure(corruption, seed_run, tmp_path,
                                                                         monkeypatch):
    from flows.pipeline import RunFailed, lvzhi_run

    _, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    warehouse.write_bytes(seed_warehouse.read_bytes())
    before = _sha(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        metric_id, document_id, mention_text = con.execute(
            "select metric_id, document_id, mention_text from marts.fct_metrics order by metric_id limit 1").fetchone()
    sql, check, names = INTEGRITY_CORRUPTIONS[corruption]
    figure = {"metric_id": metric_id, "document_id": document_id, "mention_text": mention_text}
    monkeypatch.setenv("LVZHI_TEST_INJECT_SQL", sql.format(**figure))
    with pytest.raises(RunFailed) as failure:
        lvzhi_run(source=str(seed_warehouse.parent / "source"), warehouse_path=str(warehouse))
    message = failure.value.summary.error
    assert message.startswith("validate: critical expectations failed")
    assert check in message, message
    for name in names:
        assert name.format(**figure) in message, message
    assert _sha(warehouse) == before


ODD_BUT_HONEST_REPORT = (
    "中国人民政治协商会议\n湖州市第九届委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案120件,经审查立案100件,并案交办的130件已全部办结,办结率100%。\n"
    "开展界别协商活动参与人数同比增长250%,全年接待群众1.13万人次。\n"
)


def test_a_growth_over_100_and_a_mispaired_completion_rate_publish_with_flags(prefect_harness, tmp_path):
    summary, warehouse = _run_one("odd.txt", ODD_BUT_HONEST_REPORT, tmp_path)
    assert summary.published
    assert summary.flags.by_rule.get("completed_exceeds_filed") == 2
    with duckdb.connect(str(warehouse), read_only=True) as con:
        growth = con.execute("select value, value_kind, flagged from marts.fct_metrics "
                             "where mention_text = '250%'").fetchone()
        assert growth == (250.0, "change", False)  # a change, not a share: no 0–100 rule applies
        people = con.execute("select value, flagged from marts.fct_metrics where mention_text = '1.13万人次'").fetchone()
        assert people == (11300.0, False)  # decimal arithmetic: a whole count, not 11299.999999999998
        flags = con.execute("""select rule, source, mention_text, sentence, expected, funnel_id
                               from quality.flagged_figures where rule = 'completed_exceeds_filed'
                               order by mention_text""").fetchall()
        # exact Arabic figures of one paragraph: the report's own inconsistency, so also a finding
        assert [(f[0], f[1], f[2]) for f in flags] == [("completed_exceeds_filed", "report", "100件"),
                                                      ("completed_exceeds_filed", "report", "130件")]
        assert con.execute("select count(*) from quality.findings where rule = 'completed_exceeds_filed'").fetchone()[0] == 1
        assert all("并案交办的130件已全部办结" in f[3] and f[5] == "湖州市政协:2024" for f in flags)
        funnel = con.execute("select completed, computed_completion_rate, flagged, flag_rules "
                             "from marts.mart_proposal_funnel").fetchone()
        # 并案交办的130件已全部办结: every merged case completed, so the computed rate is 100 (issue 15);
        # the count above the filed 100 is still flagged
        assert funnel[0] == 130 and funnel[1] == 100.0 and funnel[2] is True
        assert "completed_exceeds_filed" in funnel[3]
        kept = con.execute("select count(*) from marts.mart_proposal_funnel where not flagged").fetchone()[0]
        assert kept == 0
    failed = {(r["suite"], r["column_name"]) for r in summary.validation_rows if not r["success"]}
    assert ("mart_proposal_funnel", "flagged") in failed
    assert all(r["severity"] == "warning" for r in summary.validation_rows if not r["success"])


REPEATED_DOUBTS_REPORT = (
    "中国人民政治协商会议\n衢州市第八届委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案150件,经审查立案的120件提案已全部办结,办结率98.5%。\n"
    "组织委员开展视察调研40次,其中专题视察50次、界别调研60次。\n"
)


def test_a_doubt_repeated_on_one_figure_is_one_flag_and_the_run_publishes(prefect_harness, tmp_path):
    # two 其中 parts over one total are two findings on the total; the 120 that is both filed and
    # completed stands twice among the completion rate's figures: each is still one flag a figure
    summary, warehouse = _run_one("repeated.txt", REPEATED_DOUBTS_REPORT, tmp_path)
    assert summary.published
    with duckdb.connect(str(warehouse), read_only=True) as con:
        flags = con.execute("""select rule, mention_text, detail from quality.flagged_figures
                               where rule in ('subtotal_exceeds_total', 'completion_rate_mismatch')
                               order by rule, mention_text""").fetchall()
        assert con.execute("select count(*) = count(distinct flag_id) from quality.flagged_figures").fetchone()[0]
    total = [f for f in flags if f[0] == "subtotal_exceeds_total" and f[1] == "40次"]
    assert len(total) == 1 and "50次" in total[0][2] and "60次" in total[0][2]
    completion = [f[1] for f in flags if f[0] == "completion_rate_mismatch"]
    assert completion == ["120件", "98.5%"]


def test_drift_beyond_its_threshold_fails_with_the_stated_severity(tmp_path):
    from lvzhi.validate import check_drift

    thresholds = tmp_path / "thresholds.json"
    thresholds.write_text(json.dumps({"measures": [
        {"measure": "flagged_share", "max_increase": 0.05, "severity": "warning"},
        {"measure": "no_org_share", "max_increase": 0.10, "severity": "critical"}]}), encoding="utf-8")
    before = {"flagged_share": 0.01, "no_org_share": 0.20}
    steady = check_drift({"flagged_share": 0.05, "no_org_share": 0.25}, before, thresholds)
    assert all(r.success for r in steady)
    jumped = check_drift({"flagged_share": 0.10, "no_org_share": 0.45}, before, thresholds)
    assert [(r.column_name, r.success, r.severity) for r in jumped] == [
        ("flagged_share", False, "warning"), ("no_org_share", False, "critical")]
    assert json.loads(jumped[1].details)["observed"] == {"now": 0.45, "last_published": 0.2, "max_increase": 0.1}
    assert all(r.success for r in check_drift({"flagged_share": 0.9}, None, thresholds))  # a first run


def test_a_run_whose_documents_stop_yielding_figures_reports_drift(seed_run, server_env, tmp_path):
    _, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    warehouse.write_bytes(seed_warehouse.read_bytes())
    source = tmp_path / "source"
    source.mkdir()
    (source / "one.txt").write_text((seed_warehouse.parent / "source" / "000_13de0a4cc9b2606a.txt").read_text())
    for n in range(3):  # pages without a single figure
        (source / f"empty{n}.txt").write_text(f"政协委员风采第{n}期。委员们积极履职。\n", encoding="utf-8")
    lvzhi = Path(sys.executable).with_name("lvzhi")
    out = subprocess.run([str(lvzhi), "run", "--source", str(source), "--warehouse", str(warehouse)],
                         capture_output=True, text=True, env=server_env)
    assert out.returncode == 0, out.stderr
    assert "warning drift.share_rises_at_most(empty_document_share) [warning]" in out.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        shares = con.execute("select empty_document_share from quality.runs where published "
                             "order by finished_at").fetchall()
        assert shares[-2:] == [(0.0,), (0.75,)]
        failed = con.execute("select column_name, details from quality.validation_results "
                             "where suite = 'drift' and not success").fetchall()
        assert failed[0][0] == "empty_document_share" and '"last_published": 0.0' in failed[0][1]


def test_a_suite_reads_only_the_columns_its_expectations_name_and_checks_the_same(seed_run):
    """Issue 14: a suite's frame holds values only in the columns it checks (the frame of every figure
    of a 1 GB corpus is gigabytes whole); every column name stays for the column-set check, and the
    results, examples included, are those of the whole frame."""
    from lvzhi import validate
    from lvzhi.warehouse import read_table

    _, warehouse = seed_run
    suites = {s["name"]: s for s in load_suites()}
    metrics = suites["fct_metrics"]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        version = con.execute("select extractor_version from quality.runs where published").fetchone()[0]
    frame = validate.read_frame(warehouse, metrics, version)
    whole = read_table(warehouse, validate._query("fct_metrics", False)).to_pandas()
    assert list(frame.columns) == list(whole.columns)
    assert frame["sentence"].isna().all() and not whole["sentence"].isna().all()  # read by no expectation
    read = validate.suite_columns(metrics, list(whole.columns))
    assert {"metric_id", "span_is_numeral", "period", "org_name", "flag_rules"} <= set(read)
    assert "sentence" not in read and "unit" not in read
    assert frame[read].equals(whole[read])

    everything = list(suites.values())
    whole_frames = {s["name"]: read_table(warehouse, validate._query(s["dataset"], False),
                                          {"extractor_version": version} if s["dataset"] == "documents" else None
                                          ).to_pandas() for s in everything}
    ours = validate.validate_warehouse(warehouse, version, suites=everything)
    assert ours == validate.validate_frames(everything, whole_frames)
    assert any(not r.success for r in ours)  # the seeds fail two warnings: their examples compared too


def test_an_expectation_of_unknown_columns_reads_every_column():
    suite = {"identify_by": ["a"], "expectations": [
        {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "b", "row_condition": 'c == "x"'}},
        {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}}]}
    from lvzhi.validate import suite_columns

    assert suite_columns(suite, ["a", "b", "c", "d"]) == ["a", "b", "c"]
    suite["expectations"].append({"type": "expect_compound_columns_to_be_unique", "kwargs": {"column_list": ["d"]}})
    assert suite_columns(suite, ["a", "b", "c", "d", "e"]) == ["a", "b", "c", "d"]
    suite["expectations"].append({"type": "expect_some_table_wide_thing", "kwargs": {}})
    assert suite_columns(suite, ["a", "b", "c", "d", "e"]) == ["a", "b", "c", "d", "e"]


# Figures broken in documents a changed-only run did not change (rows no dbt model of that run wrote): its
# GX frame holds the changed documents' figures only, so these are the critical checks' SQL's to find.
UNCHANGED_DOCUMENT_BREAKAGES = [
    "update marts.fct_metrics set char_end = char_end + 2 where metric_id = (select min(metric_id) from marts.fct_metrics)",
    "update marts.fct_metrics set category = 'gardening' where metric_id = (select max(metric_id) from marts.fct_metrics)",
    "update marts.fct_metrics set value = null where metric_id = (select min(metric_id) from marts.fct_metrics "
    "where unit = '%')",
    "insert into marts.fct_metrics select * from marts.fct_metrics where metric_id = "
    "(select max(metric_id) from marts.fct_metrics where unit = '件')",
    "update marts.fct_metrics set document_id = 'no_such_document' where metric_id = "
    "(select min(metric_id) from marts.fct_metrics where unit = '件')",
]


def test_a_changed_only_validation_checks_every_figure_as_a_full_one_does(seed_run, tmp_path):
    """GX reads the changed documents' figures only; every figure still passes the critical checks, in
    SQL, which count the rows GX counts on the whole frame (nulls and missing pairs read alike)."""
    from lvzhi import validate
    from lvzhi.extract.fingerprint import extractor_fingerprint

    summary, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    warehouse.write_bytes(seed_warehouse.read_bytes())
    with duckdb.connect(str(warehouse)) as con:
        documents = [d for (d,) in con.execute("select document_id from marts.dim_documents order by document_id").fetchall()]
        con.execute("create or replace table raw.changed_documents as select ? as document_id", [documents[-1]])
        intact = con.execute("select count(*) from marts.fct_metrics where document_id = ?", [documents[-1]]).fetchone()
        for sql in UNCHANGED_DOCUMENT_BREAKAGES:
            con.execute(sql)
        broken = con.execute("select count(distinct document_id) from marts.fct_metrics "
                             "where document_id <> ?", [documents[-1]]).fetchone()
    assert intact[0] > 0 and broken[0] > 0
    version = extractor_fingerprint()
    full = validate.validate_warehouse(warehouse, version)
    changed = validate.validate_warehouse(warehouse, version, changed_only=True)
    critical = [(r.suite, r.expectation, r.column_name, r.success, r.unexpected_count)
                for r in full if r.severity == "critical"]
    assert [(r.suite, r.expectation, r.column_name, r.success, r.unexpected_count)
            for r in changed if r.severity == "critical"] == critical
    failed = {(suite, column) for suite, _, column, success, _ in critical if not success}
    assert {("fct_metrics", "span_is_numeral"), ("fct_metrics", "category"), ("fct_metrics", "value"),
            ("fct_metrics", "metric_id"), ("fct_metrics", "document_known")} <= failed
    # a re-run that changed no document's figures: GX's frame is empty, the row count is the table's
    with duckdb.connect(str(warehouse)) as con:
        con.execute("delete from raw.changed_documents")
    none_changed = validate.validate_warehouse(warehouse, version, changed_only=True)
    assert [(r.suite, r.expectation, r.column_name, r.success, r.unexpected_count)
            for r in none_changed if r.severity == "critical"] == critical
    # each failure names the figure that broke it
    span = next(r for r in changed if r.column_name == "span_is_numeral")
    assert json.loads(span.details)["rows"][0]["metric_id"]
    # the warnings read the changed document's figures only
    flagged = [r.unexpected_count for r in changed if r.suite == "fct_metrics" and r.column_name == "flagged"]
    assert flagged[0] <= intact[0]


def test_unexpected_conditions_read_nulls_as_gx_does():
    """A missing value is neither in nor out of a set or a range; a pair with one value missing fails."""
    from lvzhi.validate import unexpected_condition

    assert unexpected_condition({"type": "expect_column_values_to_be_in_set",
                                 "kwargs": {"column": "unit", "value_set": ["件", "it's"]}}) == \
        """"unit" is not null and "unit" not in ('件', 'it''s')"""
    assert unexpected_condition({"type": "expect_column_values_to_be_between",
                                 "kwargs": {"column": "share", "min_value": 0, "max_value": 100}}) == \
        '"share" is not null and ("share" < 0 or "share" > 100)'
    assert unexpected_condition({"type": "expect_column_pair_values_a_to_be_greater_than_b",
                                 "kwargs": {"column_A": "end", "column_B": "start", "or_equal": True}}) == \
        'not ("end" is null and "start" is null) and not coalesce("end" >= "start", false)'
    # a pandas row condition is GX's alone (the warnings)
    assert unexpected_condition({"type": "expect_column_values_to_not_be_null",
                                 "kwargs": {"column": "org_name", "row_condition": 'period == "actual"'}}) is None


def test_a_changed_only_validation_of_a_mart_that_lost_a_checked_column_fails_naming_it(seed_run, tmp_path):
    """The SQL of every row cannot read a column the mart lost; GX's checks name it, as in a full run."""
    from lvzhi import validate
    from lvzhi.extract.fingerprint import extractor_fingerprint

    _, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    warehouse.write_bytes(seed_warehouse.read_bytes())
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create or replace table raw.changed_documents as select min(document_id) as document_id "
                    "from marts.dim_documents")
        con.execute("alter table marts.fct_metrics drop column category")
    results = validate.validate_warehouse(warehouse, extractor_fingerprint(), changed_only=True)
    failed = {(r.expectation, r.column_name) for r in results if not r.success and r.severity == "critical"}
    assert failed == {("expect_table_columns_to_match_set", None), ("expect_column_values_to_be_in_set", "category")}
