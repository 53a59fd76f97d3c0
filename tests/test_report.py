"""The offline HTML report (lvzhi report, and every published run): every page present, every link
relative and resolving, every figure marked in its document, and the pages drawn in headless
Chromium with all network names unresolvable — charts drawn, no script errors, Chinese in real glyphs."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb
import pytest

from conftest import REPO, SHARED
from lvzhi.report import body_file, document_file, marked_text
from test_data_docs import _distinct_colours

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OFFLINE = ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND",
           "--virtual-time-budget=10000", "--window-size=1280,1600", "--hide-scrollbars"]
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="make browser installs chromium from the Debian packages")


@pytest.fixture(scope="module")
def report(seed_run) -> Path:
    """index.html of the report the seed run wrote beside its warehouse."""
    _, warehouse = seed_run
    index = warehouse.parent / "report" / "index.html"
    assert index.exists(), "a published run writes its report beside the warehouse"
    return index


@pytest.fixture(scope="module")
def marts(seed_run) -> dict[str, list[tuple]]:
    _, warehouse = seed_run
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            "bodies": con.execute("select distinct org_name from marts.mart_org_year_metrics").fetchall(),
            "documents": con.execute("select document_id, text from raw.documents").fetchall(),
            "metrics": con.execute("select metric_id, document_id, char_start, char_end from marts.fct_metrics").fetchall(),
            "funnel": con.execute("select completed, completed_metric_id from marts.mart_proposal_funnel "
                                  "where org_name = '重庆市政协' and report_year = 2021").fetchall(),
            "consultations": con.execute("select consultations from marts.mart_org_year_metrics "
                                         "where org_name = '重庆市政协' and report_year = 2021").fetchall(),
        }


class _Page(HTMLParser):
    """Links (href, src) and element ids of one page, and the text of <mark> elements by id."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.attributes: list[str] = []
        self.marks: dict[str, str] = {}
        self._mark: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.attributes += [v for v in values.values() if v]
        if "id" in values:
            self.ids.add(values["id"])
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name])
        if tag == "mark":
            self._mark = values.get("id")
            self.marks[self._mark] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._mark:
            self.marks[self._mark] += data


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_report_has_an_overview_a_quality_page_a_page_per_body_and_per_document(report, marts):
    root = report.parent
    assert (root / "quality.html").exists()
    for (body,) in marts["bodies"]:
        assert (root / body_file(body)).exists(), body
    for document_id, _ in marts["documents"]:
        assert (root / document_file(document_id)).exists(), document_id
    assert (root / "assets" / "echarts.min.js").stat().st_size > 500_000  # the library itself, shipped


def test_every_link_is_relative_and_resolves_to_a_file_and_anchor(report):
    root = report.parent
    pages = {path: _parse(path) for path in root.rglob("*.html")}
    checked = 0
    for path, page in pages.items():
        assert not [v for v in page.attributes if re.search(r"https?://", v)], f"{path}: an address on the network"
        for link in page.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc and not link.startswith("/"), f"{path}: {link}"
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            assert target.exists(), f"{path.relative_to(root)} links to missing {link}"
            assert root.resolve() in target.parents or target == root.resolve(), f"{path}: {link} leaves the report"
            if parts.fragment and target.suffix == ".html":
                assert unquote(parts.fragment) in pages[target].ids, f"{path.relative_to(root)}: no anchor {link}"
            checked += 1
    assert checked > 500


def test_every_figure_is_marked_at_its_span_in_its_document(report, marts):
    texts = dict(marts["documents"])
    pages: dict[str, _Page] = {}
    for metric_id, document_id, start, end in marts["metrics"]:
        page = pages.setdefault(document_id, _parse(report.parent / document_file(document_id)))
        assert page.marks.get(f"m-{metric_id}") == texts[document_id][start:end], metric_id


def test_numbers_link_to_their_figures_and_totals_to_the_figures_they_sum(report, marts):
    (completed, completed_metric_id), = marts["funnel"]
    (consultations,), = marts["consultations"]
    body = (report.parent / body_file("重庆市政协")).read_text(encoding="utf-8")
    # "并案交办的1085件已全部办结": the funnel number opens the sentence it was read from
    assert re.search(rf'href="\.\./documents/[^"#]+#m-{completed_metric_id}"[^>]*>{completed:,.0f}<', body)
    # the total of consultations lists the 4100 held by pilot bodies as left out
    section = body.split('id="t-2021-consultations"')[1].split("</tbody>")[0]
    assert "4100多次" in section and "work of subordinate bodies" in section
    overview = report.read_text(encoding="utf-8")
    assert re.search(rf'href="{body_file("重庆市政协")}#t-2021-consultations"[^>]*>{consultations:,.0f}<', overview)


def test_marked_text_escapes_counts_code_points_and_skips_overlaps():
    text = "𠀀委员<提交>提案12件，其中3件"  # an astral character first: offsets are code points
    start = text.index("12")
    metrics = [{"metric_id": "a", "char_start": start, "char_end": start + 2, "flagged": False,
                "repeat_of_metric_id": None, "subject": "提案", "category": "proposals", "period": "actual",
                "actor": "body", "value": 12.0, "unit": "件", "flag_rules": None},
               {"metric_id": "b", "char_start": start + 1, "char_end": start + 3, "flagged": True,
                "repeat_of_metric_id": None, "subject": "", "category": "other", "period": "actual",
                "actor": "body", "value": 2.0, "unit": "", "flag_rules": "x"}]
    html = str(marked_text(text, metrics, []))
    assert '<mark id="m-a" class="fig" ' in html and ">12</mark>" in html
    assert 'id="m-b"' not in html  # overlaps the first
    assert "&lt;提交&gt;" in html and html.startswith("𠀀")


def test_lvzhi_report_on_a_warehouse_built_from_the_seeds(seed_run, tmp_path):
    _, warehouse = seed_run
    out = tmp_path / "elsewhere"
    command = [sys.executable, "-m", "lvzhi.cli", "report", "--warehouse", str(warehouse), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert str(out / "index.html") in done.stdout
    assert sorted(p.relative_to(out) for p in out.rglob("*.html")) == \
        sorted(p.relative_to(warehouse.parent / "report") for p in (warehouse.parent / "report").rglob("*.html"))
    missing = subprocess.run([sys.executable, "-m", "lvzhi.cli", "report", "--warehouse", str(tmp_path / "no.duckdb")],
                             capture_output=True, text=True, timeout=300, cwd=REPO)
    assert missing.returncode == 2 and "no warehouse" in missing.stderr


def test_a_report_drawn_a_page_at_a_time_is_the_report_drawn_at_once(seed_run, tmp_path, monkeypatch):
    """Issue 14: the large tables' rows and the figures pages link to are read a batch of pages at a
    time and let go after it, so memory follows the batch, not the corpus. Batches of one page (and
    one figure per lookup) write every file byte for byte as batches holding the whole seeds (but
    the time of drawing), and never hold every figure at once."""
    from lvzhi import report

    _, warehouse = seed_run
    whole = report.write_report_folder(warehouse, tmp_path / "whole", incremental=False)
    held, hold = [], report.Figures.hold

    def recording(self, ids):
        added = hold(self, ids)
        held.append(len(self.held))
        return added

    for name in ("BATCH_ROWS", "STREAM_ROWS", "BODY_BATCH", "FIGURE_BATCH"):
        monkeypatch.setattr(report, name, 1)
    monkeypatch.setattr(report.Figures, "hold", recording)
    paged = report.write_report_folder(warehouse, tmp_path / "paged", incremental=False)
    assert (paged.drawn, paged.kept) == (whole.drawn, whole.kept)
    ours, theirs = paged.index.parent, whole.index.parent
    files = sorted(p.relative_to(ours) for p in ours.rglob("*") if p.is_file() and p.suffix != ".zip")
    assert files == sorted(p.relative_to(theirs) for p in theirs.rglob("*") if p.is_file() and p.suffix != ".zip")
    stamp = re.compile(re.escape(" · 生成于 ".encode()) + rb"[^<]*")
    different = [str(f) for f in files if stamp.sub(b"", (ours / f).read_bytes()) != stamp.sub(b"", (theirs / f).read_bytes())]
    assert not different, different
    with duckdb.connect(str(warehouse), read_only=True) as con:
        figures = con.execute("select count(*) from marts.fct_metrics").fetchone()[0]
    assert held and max(held) < figures / 2, (max(held), figures)


def test_a_body_page_lists_a_screenful_counts_every_row_and_names_the_query_for_the_rest(seed_run, tmp_path,
                                                                                    monkeypatch):
    """Issue 14: a body of a large corpus has ~100k activities; its page lists the first ACTIVITY_ROWS
    of each type and HEADLINE_ROWS of each total, while the counts and sums it shows are over every
    row, and a note gives the SQL that lists the rest (which the warehouse answers)."""
    from lvzhi import report

    _, warehouse = seed_run
    monkeypatch.setattr(report, "ACTIVITY_ROWS", 1)
    monkeypatch.setattr(report, "HEADLINE_ROWS", 1)
    root = report.write_report_folder(warehouse, tmp_path / "capped", incremental=False).index.parent
    body = "重庆市政协"
    page = (root / body_file(body)).read_text(encoding="utf-8")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        types = con.execute("select activity_type, count(*), count(*) filter (where count_value <> 0), "
                            "sum(count_value) filter (where count_value <> 0) from marts.fct_activities "
                            "where org_name = ? group by all", [body]).fetchall()
        assert any(n > 1 for _, n, _, _ in types)  # else the cap is not tried
        for activity_type, n, counted, total in types:
            section = page.split(f'id="act-{activity_type}"')[1].split("</details>")[0]
            assert f"（{n:,} 处" in section, activity_type
            if counted:
                assert f"其中 {counted:,} 处写明次数，合计 {report.number(total)}" in section
            assert section.count("<tr><td>") == 1  # the one row listed
            if n > 1:
                query = re.search(r"<code>(select .*?)</code>", section).group(1)
                assert f"另有 {n - 1:,} 处" in section
                assert len(con.execute(query.replace("&#39;", "'")).fetchall()) == n
            else:
                assert "另有" not in section
        (n, counted), = con.execute("select count(*), count(*) filter (where counted) from marts.fct_headline_figures "
                                    "where org_name = ? and report_year = 2021 and measure = 'consultations'",
                                    [body]).fetchall()
    assert n > 1
    section = page.split('id="t-2021-consultations"')[1].split("</tbody>")[0]
    assert section.count('<a class="fig"') == 1 and f"只列出 {n:,} 个数字中的前 1 个" in section
    assert f"共计入 {counted:,} 个" in section and "marts.fct_headline_figures" in section


def test_a_report_that_cannot_be_written_only_warns(tmp_path, capsys):
    from flows.pipeline import write_report

    write_report(tmp_path / "not-a-warehouse.duckdb")  # must not raise: the run is published already
    assert "warning: report not written" in capsys.readouterr().err


def _browse(page: Path) -> tuple[dict[str, str], str]:
    """The attributes report.js wrote onto <html> after the page ran, and Chromium's console lines."""
    done = subprocess.run([CHROMIUM, *OFFLINE, "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=300)
    opening = re.search(r"<html[^>]*>", done.stdout).group()
    attributes = {k: v.replace("&quot;", '"') for k, v in re.findall(r'([\w-]+)="([^"]*)"', opening)}
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    return attributes | {"svg_charts": str(len(re.findall(r'class="chart"[^>]*data-rendered="true"', done.stdout)))}, \
        "\n".join(console)


def _assert_drawn(page: Path, root: Path) -> int:
    """The page ran offline: charts drawn, no script error or console line, Chinese in real glyphs."""
    seen, console = _browse(page)
    name = page.relative_to(root)
    assert seen.get("data-ready") == "true", f"{name}: report.js did not finish"
    assert json.loads(seen["data-errors"]) == [], f"{name}: {seen['data-errors']}"
    assert console == "", f"{name}: console output\n{console}"
    assert seen["data-cjk"] == "glyphs", f"{name}: Chinese drawn as boxes (install fonts-noto-cjk)"
    drawn, present = map(int, seen["data-charts"].split("/"))
    assert drawn == present == int(seen["svg_charts"]), f"{name}: {seen['data-charts']} charts drawn"
    if page.parent == root:  # the overview and the quality page always have charts
        assert drawn >= 2, name
    return drawn


@needs_browser
def test_pages_draw_their_charts_offline_without_errors_in_real_chinese_glyphs(report):
    root = report.parent
    pages = [report, root / "quality.html", *sorted((root / "bodies").glob("*.html")),
             *sorted((root / "documents").glob("*.html"))[:1]]
    assert sum(_assert_drawn(page, root) for page in pages) >= 10


@needs_browser
@pytest.mark.skipif(not (SHARED / "dev" / "texts").is_dir(), reason="../shared/dev/texts sits beside the clone")
def test_the_report_of_the_dev_corpus_draws_offline(prefect_harness, tmp_path):
    from flows.pipeline import lvzhi_run

    warehouse = tmp_path / "dev.duckdb"
    assert lvzhi_run(source=str(SHARED / "dev" / "texts"), warehouse_path=str(warehouse)).published
    root = tmp_path / "report"
    bodies = sorted((root / "bodies").glob("*.html"))
    assert len(bodies) >= 30  # a page per body of the 90 texts
    pages = [root / "index.html", root / "quality.html", *bodies[::10]]
    assert sum(_assert_drawn(page, root) for page in pages) >= 10
    for page in [root / "index.html", *bodies]:  # every link of the overview and body pages resolves
        for link in _parse(page).links:
            target = urlsplit(link)
            assert not target.scheme, f"{page.name}: {link}"
            if target.path:
                assert (page.parent / unquote(target.path)).exists(), f"{page.name}: {link}"


@needs_browser
@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig lists the installed fonts")
def test_the_first_font_of_the_stack_is_installed():
    fonts = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True).stdout
    assert "Noto Sans CJK SC" in fonts, "make browser installs fonts-noto-cjk"


@needs_browser
def test_the_overview_screenshot_is_not_blank(report, tmp_path):
    shot = tmp_path / "index.png"
    subprocess.run([CHROMIUM, *OFFLINE, f"--screenshot={shot}", report.as_uri()],
                   capture_output=True, timeout=300, check=True)
    assert _distinct_colours(shot) > 40  # charts in colour, text, tables — not a blank or unstyled page


# ---------------------------------------------------------------- the Superset dashboard bundle

# the fields Superset's ImportV1*Schema accept (marshmallow refuses unknown ones)
SUPERSET_FIELDS = {
    "databases": {"database_name", "sqlalchemy_uri", "password", "cache_timeout", "expose_in_sqllab",
                  "allow_run_async", "allow_ctas", "allow_cvas", "allow_dml", "allow_csv_upload", "extra", "uuid",
                  "version"},
    "datasets": {"table_name", "main_dttm_col", "description", "default_endpoint", "offset", "cache_timeout",
                 "schema", "sql", "params", "template_params", "filter_select_enabled", "fetch_values_predicate",
                 "extra", "uuid", "metrics", "columns", "version", "database_uuid"},
    "charts": {"slice_name", "description", "certified_by", "certification_details", "viz_type", "params",
               "query_context", "cache_timeout", "uuid", "version", "dataset_uuid"},
    "dashboards": {"dashboard_title", "description", "css", "slug", "uuid", "position", "metadata", "version",
                   "certified_by", "certification_details", "published"},
}


@pytest.fixture(scope="module")
def bundle(report) -> dict[str, dict]:
    import zipfile

    import yaml

    with zipfile.ZipFile(report.parent / "superset_dashboard.zip") as archive:
        names = archive.namelist()
        assert all(name.startswith("lvzhi_dashboard/") for name in names)  # one root folder, as an export
        return {name.split("/", 1)[1]: yaml.safe_load(archive.read(name)) for name in names}


def test_superset_bundle_is_a_consistent_dashboard_export(bundle, seed_run):
    _, warehouse = seed_run
    assert bundle["metadata.yaml"]["type"] == "Dashboard"
    kinds: dict[str, list[dict]] = {kind: [v for k, v in bundle.items() if k.startswith(kind + "/")]
                                    for kind in SUPERSET_FIELDS}
    for kind, documents in kinds.items():
        assert documents, kind
        for document in documents:
            assert set(document) <= SUPERSET_FIELDS[kind], (kind, set(document) - SUPERSET_FIELDS[kind])
    (database,) = kinds["databases"]
    assert database["sqlalchemy_uri"] == f"duckdb:///{warehouse.resolve()}"
    assert database["extra"]["engine_params"]["connect_args"] == {"read_only": True}
    datasets = {d["uuid"]: d for d in kinds["datasets"]}
    assert {d["database_uuid"] for d in datasets.values()} == {database["uuid"]}
    charts = {c["uuid"]: c for c in kinds["charts"]}
    (dashboard,) = kinds["dashboards"]
    placed = {v["meta"]["uuid"] for v in dashboard["position"].values() if isinstance(v, dict) and v.get("type") == "CHART"}
    assert placed == set(charts)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for dataset in datasets.values():
            table = f"{dataset['schema']}.{dataset['table_name']}"
            columns = [row[0] for row in con.execute(f"describe {table}").fetchall()]
            assert [c["column_name"] for c in dataset["columns"]] == columns, \
                f"{table} changed: python -m lvzhi.superset_bundle write docs/superset/lvzhi_dashboard --warehouse FILE"
            for metric in dataset["metrics"]:
                con.execute(f"select {metric['expression']} from {table}").fetchall()
        for chart in charts.values():
            dataset = datasets[chart["dataset_uuid"]]
            columns = {c["column_name"] for c in dataset["columns"]}
            metrics = {m["metric_name"] for m in dataset["metrics"]}
            params = chart["params"]
            used = [*params.get("all_columns", []), *params.get("groupby", []), *filter(None, [params.get("x_axis")])]
            assert set(used) <= columns, chart["slice_name"]
            assert set(params.get("metrics", []) + list(filter(None, [params.get("metric")]))) <= metrics, chart["slice_name"]


def test_figures_read_with_a_body_list_are_held_and_the_rows_keep_their_own_columns(tmp_path):
    """A body list's rows come with where the figure each links to is (one query, not a lookup by
    thousands of ids after): the figures are held until dropped, a row without a figure holds none,
    a figure held before is not taken again (so dropping the list's figures keeps it)."""
    from lvzhi import report

    figures = report.Figures(tmp_path / "never-opened.duckdb")
    figures.held["m0"] = ("d0", "已有")
    rows = [{"metric_id": "m1", "value": 3, "linked_figure_document_id": "d1", "linked_figure_mention_text": "3次"},
            {"metric_id": "m2", "value": 5, "linked_figure_document_id": None, "linked_figure_mention_text": None},
            {"metric_id": None, "value": 7, "linked_figure_document_id": None, "linked_figure_mention_text": None},
            {"metric_id": "m0", "value": 9, "linked_figure_document_id": "d0", "linked_figure_mention_text": "已有"}]
    taken = figures.take(rows)
    assert taken == {"m1", "m2"}
    assert [sorted(r) for r in rows] == [["metric_id", "value"]] * 4
    assert figures.get("m1") == ("d1", "3次") and figures.get("m2") is None
    figures.drop(taken)
    assert set(figures.held) == {"m0"}
