"""A sentence written twice states its facts twice and is counted once (review 41): two sites' copies
of one press release (different headers, the same sentence), a page whose text appears twice (a print
copy, a plain text pasted twice). A sentence is a place in a text, not its words: before, two copies of
one sentence were "one sentence", so neither copy's figure repeated the other and the totals held both.
What must stay apart: two figures of one sentence (提案100件,其中100件已办复), a 其中 sub-total, facts of
one value and unit with unlike subjects. Real flow runs (real dbt and DuckDB); the changed-only re-run
that adds and then removes the second copies builds what a from-scratch build does."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from test_incremental import differing_relations

SENTENCE = "2023年,重庆市南岸区政协全年组织委员开展调研44次,报送社情民意信息91条。"
# two sites' copies of one press release: different headers and footers, one sentence word for word
WEBSITE = f"南岸区政协2023年工作综述\n\n{SENTENCE}\n"
NEWS = f"政协新闻 南岸区政协召开全会\n\n{SENTENCE}\n责任编辑:张三\n"
# a report whose paragraph (a total, its 其中 sub-total, two more figures) stands in it twice
PARAGRAPH = "2023年,奉节县政协共收到提案120件,其中委员提案100件。全年组织委员开展调研44次,报送社情民意信息91条。"
REPORT_ONCE = f"奉节县政协2023年工作报告\n\n{PARAGRAPH}\n"
REPORT_TWICE = f"奉节县政协2023年工作报告\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"
# what is no repeat of what: two figures of one sentence (a total and its 其中 sub-total), one value and
# unit of unlike subjects; the paragraph written twice, so the second copy's figures repeat figures
APART = "2023年,开州区政协共收到提案100件,其中100件已办复。全年开展专题调研12次。组织委员视察12次。"


def _write(source: Path, twice: bool) -> None:
    """The corpus with the second copies (``twice``) or without them."""
    source.mkdir(parents=True, exist_ok=True)
    (source / "南岸区_网站稿.txt").write_text(WEBSITE, "utf-8")
    (source / "开州区_报告.txt").write_text(f"开州区政协2023年工作报告\n\n{APART}\n" + (f"\n{APART}\n" if twice else ""),
                                        "utf-8")
    (source / "奉节县_报告.txt").write_text(REPORT_TWICE if twice else REPORT_ONCE, "utf-8")
    news = source / "南岸区_新闻稿.txt"
    if twice:
        news.write_text(NEWS, "utf-8")
    else:
        news.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def builds(prefect_harness, tmp_path_factory):
    """{name: warehouse}: 'added' built without the second copies, then re-run changed-only with them;
    'removed' that file re-run changed-only without them again; 'twice' and 'once' built from scratch
    on the same source with and without them. And the changed_only flag of each dbt build."""
    from flows import pipeline
    from lvzhi import transform

    flags: list[bool] = []
    build = transform.build

    def recording(database: Path, changed_only: bool = False):
        flags.append(changed_only)
        return build(database, changed_only)

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(transform, "build", recording)
    tmp = tmp_path_factory.mktemp("written_twice")
    warehouses = {}

    def run(name: str, source: Path, warehouse: Path) -> None:
        summary = pipeline.lvzhi_run(source=str(source), warehouse_path=str(warehouse))
        assert summary.status == "published", summary.error
        warehouses[name] = warehouse

    source, rerun = tmp / "source", tmp / "rerun" / "lvzhi.duckdb"  # (one source: the same source_path)
    _write(source, twice=False)
    run("first", source, rerun)
    _write(source, twice=True)
    run("added", source, rerun)
    added = tmp / "added.duckdb"
    added.write_bytes(rerun.read_bytes())  # (the warehouse as the re-run that added them left it)
    warehouses["added"] = added
    run("twice", source, tmp / "twice.duckdb")
    _write(source, twice=False)
    run("removed", source, rerun)
    run("once", source, tmp / "once.duckdb")
    monkeypatch.undo()
    warehouses["flags"] = flags
    return warehouses


def _rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _copies(warehouse: Path, org: str, value: float) -> list[tuple]:
    """(document_id, whether it repeats an earlier figure) of a body's figures of one value, in order."""
    return _rows(warehouse, """
        select document_id, repeat_of_metric_id is not null from marts.fct_metrics
        where org_name = ? and value = ? order by document_id, char_start""", [org, value])


def _totals(warehouse: Path, org: str) -> tuple:
    return _rows(warehouse, """
        select m.research_and_inspections, m.research_and_inspections_sources, o.reported, o.reported_sources
        from marts.mart_org_year_metrics as m left join marts.mart_public_opinion as o using (org_name, report_year)
        where m.org_name = ? and m.report_year = 2023""", [org])[0]


def test_one_sentence_in_two_documents_is_counted_once(builds):
    twice = builds["twice"]
    for value in (44, 91):
        # the later copy (by document_id, as all first statements) repeats the earlier one
        assert _copies(twice, "南岸区政协", value) == [("南岸区_新闻稿", False), ("南岸区_网站稿", True)]
    assert _totals(twice, "南岸区政协") == (44, 1, 91, 1)
    counted = _rows(twice, """
        select h.counted, coalesce(h.excluded_because, '') like 'repeat of %' from marts.fct_headline_figures as h
        join marts.fct_metrics as m using (metric_id)
        where m.org_name = '南岸区政协' and m.value = 44 order by m.document_id""")
    assert counted == [(True, False), (False, True)]


def test_a_paragraph_written_twice_in_one_document_is_counted_once(builds):
    twice = builds["twice"]
    for value in (44, 91, 120):
        assert _copies(twice, "奉节县政协", value) == [("奉节县_报告", False), ("奉节县_报告", True)]
    assert _totals(twice, "奉节县政协") == (44, 1, 91, 1)
    # the 其中 sub-total of each copy stays a part of its own copy's total, counted in no total
    parts = _rows(twice, """
        select m.char_start - parent.char_start, parent.value from marts.fct_metrics as m
        join marts.fct_metrics as parent on parent.metric_id = m.parent_metric_id
        where m.org_name = '奉节县政协' and m.value = 100 order by m.char_start""")
    assert parts == [(11, 120), (11, 120)]
    # the funnel reads the report once: one row, the first copy's figures
    funnel = _rows(twice, "select funnel_id, received from marts.mart_proposal_funnel where org_name = '奉节县政协'")
    assert funnel == [("奉节县政协:2023", 120)]


def test_figures_of_one_sentence_and_unlike_subjects_are_no_repeats(builds):
    """In a paragraph written twice, each copy's figure repeats the first copy's figure of its subject:
    never a figure of its own sentence (提案100件,其中100件已办复), never one of an unlike subject
    (专题调研12次, 视察12次), though value and unit agree."""
    figures = _rows(builds["twice"], """
        select m.char_start, m.subject, m.parent_metric_id is not null, first.char_start, first.subject
        from marts.fct_metrics as m left join marts.fct_metrics as first on first.metric_id = m.repeat_of_metric_id
        where m.org_name = '开州区政协' order by m.char_start""")
    copy = len(APART) + 2  # where the second copy starts after the first
    first = [(start, subject, part, None, None) for start, subject, part, *_ in figures[:4]]
    assert figures[:4] == first  # nothing in the first copy repeats anything
    (total, received), (part, _), (research, studied), (inspection, inspected) = \
        [(start, subject) for start, subject, *_ in figures[:4]]
    assert [row[3:] for row in figures[4:]] == [
        (total, received),  # the second total repeats the first total
        (total, received),  # its sub-total (收到提案已办复) the first statement alike, not its own total
        (research, studied), (inspection, inspected)]  # each its own subject's, not the other's
    assert [start - copy for start, *_ in figures[4:]] == [total, part, research, inspection]
    assert [row[2] for row in figures] == [False, True, False, False] * 2
    assert _totals(builds["twice"], "开州区政协")[:2] == (24, 2)
    # without the second copies nothing repeats anywhere
    assert _rows(builds["once"], "select count(*) from marts.fct_metrics where repeat_of_metric_id is not null") == [(0,)]


def test_adding_and_removing_the_second_copy_changed_only_equals_a_full_build(builds):
    assert builds["flags"] == [False, True, False, True, False]  # a full run, re-runs, builds from scratch
    # adding the news copy and the second paragraph: their figures repeat the first copies, as from scratch
    assert differing_relations(builds["added"], builds["twice"]) == {}
    assert _totals(builds["added"], "南岸区政协") == (44, 1, 91, 1)
    assert _totals(builds["added"], "奉节县政协") == (44, 1, 91, 1)
    # removing them again: no repeat left, as from scratch
    assert differing_relations(builds["removed"], builds["once"]) == {}
    assert _rows(builds["removed"], "select count(*) from marts.fct_metrics where repeat_of_metric_id is not null") == [(0,)]
