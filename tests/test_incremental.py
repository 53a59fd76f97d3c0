"""A re-run with a few documents changed rebuilds only their rows (issue 14): dbt's per-document models
are incremental, tests and GX check the changed documents' rows, and the result equals a build from
scratch on the changed corpus, table for table and row for row. Real flow runs, real dbt and DuckDB."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS, seed_copies

# what a run records about itself, not what it built from the texts
RUN_RECORDS = {("quality", "runs"), ("quality", "validation_results"), ("quality", "document_metric_counts"),
               ("quality", "storage"), ("raw", "changed_documents")}
VARYING_COLUMNS = {"loaded_at"}  # the time a file was read


def _relations(con) -> list[tuple[str, str]]:
    """(schema, name) of every table and view the run built from the texts (raw, staging, intermediate,
    marts, quality models; a mart may be a view)."""
    names = con.execute("select schema_name, table_name from duckdb_tables() where schema_name <> 'reference' "
                        "union all select schema_name, view_name from duckdb_views() "
                        "where not internal and schema_name <> 'reference' order by all").fetchall()
    return [name for name in names if name not in RUN_RECORDS]


def _tables(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table and view the run built from the texts (raw, intermediate, marts, quality models), sorted rows."""
    tables = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = _relations(con)
        for schema, table in names:
            if (schema, table) in RUN_RECORDS:
                continue
            columns = [c for (c,) in con.execute(
                "select column_name from duckdb_columns() where schema_name = ? and table_name = ? "
                "order by column_index", [schema, table]).fetchall() if c not in VARYING_COLUMNS]
            listed = ", ".join(f'"{c}"' for c in columns)
            tables[f"{schema}.{table}"] = con.execute(f'select {listed} from "{schema}"."{table}" order by all').fetchall()
    return tables


def differing_relations(ours: Path, theirs: Path) -> dict[str, tuple[int, int]]:
    """Every relation the run built (tables and views, but a run's own records and the time a file was
    read), compared in SQL: {name: (rows only ours holds, rows only theirs holds)} counted with EXCEPT
    ALL both ways (a row twice in one and once in the other differs), for each that differs or exists
    in one file only (-1)."""
    differing = {}
    with duckdb.connect(str(ours), read_only=True) as con:
        con.execute(f"attach '{theirs}' as theirs (read_only)")
        ours_names = set(_relations(con))
        theirs_names = {tuple(row) for row in con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = 'theirs' "
            "union all select schema_name, view_name from duckdb_views() where database_name = 'theirs' "
            "and not internal").fetchall()} - RUN_RECORDS
        mine = con.execute("select current_database()").fetchone()[0]
        for schema, table in sorted(ours_names | {n for n in theirs_names if n[0] != 'reference'}):
            if (schema, table) not in ours_names or (schema, table) not in theirs_names:
                differing[f"{schema}.{table}"] = (-1, -1)
                continue
            columns = [c for (c,) in con.execute(
                "select column_name from duckdb_columns() where database_name = ? and schema_name = ? "
                "and table_name = ? order by column_index", [mine, schema, table]).fetchall()
                if c not in VARYING_COLUMNS]
            listed = ", ".join(f'"{c}"' for c in columns)
            a, b = f'"{mine}"."{schema}"."{table}"', f'theirs."{schema}"."{table}"'
            only_ours = con.execute(f"select count(*) from (select {listed} from {a} except all select {listed} from {b})").fetchone()[0]
            only_theirs = con.execute(f"select count(*) from (select {listed} from {b} except all select {listed} from {a})").fetchone()[0]
            if only_ours or only_theirs:
                differing[f"{schema}.{table}"] = (only_ours, only_theirs)
    return differing


def _corpus(folder: Path) -> Path:
    """The seeds three times over (a distinct first line each): figures repeated across documents, so
    a fact's first statement (int_metric_repeats) and bodies and years span documents."""
    return seed_copies(folder)


def _change(source: Path) -> None:
    """Edit one document, remove one whose figures others repeat, add one."""
    edited = next(source.glob("1_002_*.txt"))
    edited.write_text(edited.read_text("utf-8") + "\n全年开展专题调研17次，视察9次。共收到提案321件，经审查立案300件。\n",
                      "utf-8")
    next(source.glob("0_000_*.txt")).unlink()  # the first statement of facts copies 1 and 2 repeat
    original = next(SEEDS.glob("004_*.txt"))
    (source / "3_004_added.txt").write_text("第3份\n" + original.read_text("utf-8"), "utf-8")


def _change_again(source: Path) -> set[str]:
    """A second round on the re-run's result: edit another document, remove the one that now states
    first what the removed one did; the document_ids touched."""
    edited = next(source.glob("2_001_*.txt"))
    edited.write_text(edited.read_text("utf-8") + "\n全年共收到提案321件，立案300件，办复率100%。\n", "utf-8")
    removed = next(source.glob("1_000_*.txt"))
    removed.unlink()
    return {edited.stem, removed.stem}


@pytest.fixture(scope="module")
def builds(prefect_harness, tmp_path_factory):
    """(warehouse built by a full run then two changed-only re-runs, warehouse built from scratch on the
    changed corpus, the changed_only flags dbt was run with, the reports each run wrote, the documents
    the second re-run changed)."""
    from flows import pipeline
    from lvzhi import report, transform

    flags: list[bool] = []
    reports: list[report.Written] = []
    build, write_report_folder = transform.build, report.write_report_folder

    def recording(database: Path, changed_only: bool = False):
        flags.append(changed_only)
        return build(database, changed_only)

    def recording_report(*args, **kwargs):
        reports.append(write_report_folder(*args, **kwargs))
        return reports[-1]

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(transform, "build", recording)
    monkeypatch.setattr(report, "write_report_folder", recording_report)
    tmp_path = tmp_path_factory.mktemp("incremental")
    source = _corpus(tmp_path / "source")
    incremental = tmp_path / "incremental" / "lvzhi.duckdb"
    assert pipeline.lvzhi_run(source=str(source), warehouse_path=str(incremental)).published
    _change(source)
    rerun = pipeline.lvzhi_run(source=str(source), warehouse_path=str(incremental))
    assert rerun.status == "published", rerun.error
    assert (rerun.documents_new, rerun.documents_changed, rerun.documents_removed) == (1, 1, 1)
    touched = _change_again(source)  # a second changed-only re-run, on the first one's result
    again = pipeline.lvzhi_run(source=str(source), warehouse_path=str(incremental))
    assert again.status == "published", again.error
    assert (again.documents_new, again.documents_changed, again.documents_removed) == (0, 1, 1)
    scratch = tmp_path / "scratch" / "lvzhi.duckdb"
    assert pipeline.lvzhi_run(source=str(source), warehouse_path=str(scratch)).published
    monkeypatch.undo()
    return incremental, scratch, flags, reports, touched


def test_a_changed_only_rerun_builds_what_a_full_run_builds(builds):
    incremental, scratch, flags, _, _ = builds
    assert flags == [False, True, True, False]  # full, changed-only twice, full
    ours, theirs = _tables(incremental), _tables(scratch)
    assert sorted(ours) == sorted(theirs)
    assert {"marts.fct_metrics", "marts.fct_activities", "intermediate.int_metric_repeats"} <= set(ours)
    different = [name for name in ours if ours[name] != theirs[name]]
    assert not different, different
    assert differing_relations(incremental, scratch) == {}  # the same, in SQL: EXCEPT ALL both ways
    assert {"marts.dim_documents", "marts.mart_org_year_metrics", "quality.flagged_figures"} <= set(ours)
    # the removed document's figures are gone, the others repeat the first statement still there
    with duckdb.connect(str(incremental), read_only=True) as con:
        assert con.execute("select count(*) from marts.fct_metrics where document_id like '0_000_%'").fetchone()[0] == 0
        assert con.execute("select count(*) from marts.fct_metrics where repeat_of_metric_id is not null").fetchone()[0] > 0
        assert con.execute("select count(*) from marts.fct_metrics where document_id = '3_004_added'").fetchone()[0] > 0


def test_a_changed_only_build_lists_what_changed_and_passes_every_check(builds):
    """raw.changed_documents names the edited and removed documents; GX's checks (every row of the
    figures, the changed documents' spans sliced from their texts) all passed."""
    incremental, _, _, _, touched = builds
    with duckdb.connect(str(incremental), read_only=True) as con:
        run_id = con.execute("select run_id from quality.runs order by finished_at desc limit 1").fetchone()[0]
        failed = con.execute("select suite, expectation, column_name from quality.validation_results "
                             "where run_id = ? and not success and severity = 'critical'", [run_id]).fetchall()
        checked = con.execute("select count(*) from quality.validation_results where run_id = ?", [run_id]).fetchone()[0]
        changed = {d for (d,) in con.execute("select document_id from raw.changed_documents").fetchall()}
    assert checked > 0 and failed == []
    assert changed == touched and len(touched) == 2


def test_texts_stored_by_another_pipeline_are_read_again(builds, prefect_harness, tmp_path):
    """A published file whose last run was another pipeline's (say, an older reader that decoded
    differently): every file is read afresh, not kept as that pipeline stored it."""
    from flows import pipeline

    incremental, _, _, _, _ = builds
    source = next(p for p in incremental.parents[1].iterdir() if p.name == "source")
    warehouse = tmp_path / "lvzhi.duckdb"
    shutil.copyfile(incremental, warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("update quality.runs set pipeline_version = 'an older pipeline'")
        con.execute("update raw.documents set text = replace(text, '政协', '政治协商') where document_id = '3_004_added'")
    rerun = pipeline.lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    assert rerun.status == "published", rerun.error
    with duckdb.connect(str(warehouse), read_only=True) as con:
        stored = con.execute("select text from raw.documents where document_id = '3_004_added'").fetchone()[0]
    assert stored == (source / "3_004_added.txt").read_text("utf-8")


def test_the_report_of_a_rerun_draws_what_changed_and_equals_a_full_report(builds, tmp_path):
    """The re-run's report drew the changed documents' pages (and their bodies', the overview, the
    quality page) and linked the rest from the last report; every file is the one a report drawn
    whole from the same warehouse writes, byte for byte (but the time of drawing)."""
    from lvzhi import report

    incremental, _, _, reports, _ = builds
    first, rerun = reports[0], reports[2]
    assert rerun.index == incremental.parent / "report" / "index.html"
    assert first.kept == 0 and rerun.kept > 0 and rerun.drawn >= 2 + 2  # the overview, quality, changed pages
    full = report.write_report_folder(incremental, tmp_path / "full", incremental=False)
    assert full.kept == 0 and full.drawn == rerun.drawn + rerun.kept
    ours, theirs = rerun.index.parent, full.index.parent
    files = sorted(p.relative_to(ours) for p in ours.rglob("*") if p.is_file() and p.suffix != ".zip")
    assert files == sorted(p.relative_to(theirs) for p in theirs.rglob("*") if p.is_file() and p.suffix != ".zip")
    assert report.document_file("3_004_added") in {str(f) for f in files}
    assert report.document_file("0_000_13de0a4cc9b2606a") not in {str(f) for f in files}
    stamp = re.compile(re.escape(" · 生成于 ".encode()) + rb"[^<]*")
    different = [str(f) for f in files if stamp.sub(b"", (ours / f).read_bytes()) != stamp.sub(b"", (theirs / f).read_bytes())]
    assert not different, different
    stamped = [str(f) for f in files if stamp.search((ours / f).read_bytes())]
    assert stamped == ["index.html", "quality.html"]  # a page a later report may keep carries no time


def test_each_content_s_figure_count_is_recorded_once(builds):
    """quality.document_metric_counts holds one count for each content and extractor: re-runs add the
    counts of new contents only, not a row per document on every run (issue 14: the file grew by it)."""
    incremental, *_ = builds
    with duckdb.connect(str(incremental), read_only=True) as con:
        repeated = con.execute("select count(*) from (select content_sha256, extractor_version "
                               "from quality.document_metric_counts group by all having count(*) > 1)").fetchone()[0]
        unrecorded = con.execute("select count(*) from marts.dim_documents where content_sha256 not in "
                                 "(select content_sha256 from quality.document_metric_counts)").fetchone()[0]
        runs = con.execute("select count(distinct run_id) from quality.document_metric_counts").fetchone()[0]
    assert repeated == 0 and unrecorded == 0
    assert runs == 3  # the full run and the two re-runs, each with contents of its own
