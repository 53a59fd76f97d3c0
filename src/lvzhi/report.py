"""An offline HTML report of the published warehouse: ``lvzhi report`` and every published run.

Pages (all relative links, nothing loaded from the network):
  index.html              which bodies and years the warehouse covers; headline measures by level and province
  bodies/<body>.html      per body: proposal funnel per year, headline measures over the years, activities
  quality.html            flagged figures, findings, validation results, run history with stage times
  documents/<doc>.html    each document's text with every figure marked (anchor m-<metric_id>)
Every number read from a text links to its figure's anchor in its document page. Charts are Apache
ECharts (SVG renderer); its script is copied from the package `make setup` fetched from the npm
registry (report_templates/assets.csv), never loaded at run time. The warehouse is opened read-only.

A report costs what changed: each body and document page has a fingerprint of everything it is drawn
from (its rows, the figures it links to, the templates and this code), kept in .pages.json; a page
whose fingerprint is the previous report's is hard-linked from it, not drawn again. The overview and
the quality page (run history, the generation time) are drawn every time. The result is the same,
byte for byte, as drawing every page.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import pickle
import re
import shutil
import sys
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, Iterator, Protocol

import duckdb
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from . import data_docs, duck, superset_bundle

TEMPLATES = Path(__file__).resolve().parent / "report_templates"
ASSETS_CSV = TEMPLATES / "assets.csv"
STATIC = ("report.css", "report.js")  # our own files, copied beside the vendored ones
SUPERSET_ZIP = "superset_dashboard.zip"
MANIFEST = ".pages.json"  # {"salt": …, "pages": {page: fingerprint}} of the report in its folder
# body pages are drawn in batches, each batch's rows of the large tables read in one query and let go
# after it: at most this many rows (a page with more is a batch of its own) and this many pages
BATCH_ROWS = 20000
BODY_BATCH = 200  # bodies
FIGURE_BATCH = 5000  # figures looked up per query (where a link points and the words it shows)
# a body page lists at most this many activities of each type and figures behind each total: a body
# of a large corpus has ~100k activities, a page nobody reads whole and that would cost minutes and
# gigabytes to draw. Counts and sums are taken over all rows (in SQL); the page says how many more
# there are and the query that lists them.
ACTIVITY_ROWS = 100  # per body and activity type
HEADLINE_ROWS = 100  # per body, year and headline measure

MEASURES = {  # mart_org_year_metrics headline columns → label (seeds headline_measures hold the rules)
    "consultations": "协商活动",
    "research_and_inspections": "调研视察",
    "suggestions": "意见建议",
    "publicity_pieces": "宣传稿件",
    "outreach_activities": "联系群众活动",
    "outreach_people": "联系群众人次",
    "study_sessions": "学习培训",
}
FUNNEL_STAGES = {"received": "收到", "filed": "立案", "merged": "并案", "transferred": "转来信",
                 "completed": "办复", "adopted": "采纳", "key_supervised": "重点督办"}
RATES = {"filing": "立案率", "completion": "办复率", "adoption": "采纳率"}
ACTIVITY_TYPES = {"consultation": "协商", "research": "调研", "inspection": "视察", "study": "学习",
                  "training": "培训", "oversight": "民主监督", "outreach": "联系群众", "publicity": "宣传",
                  "exchange": "交流"}
OPINION_STAGES = {"submitted": "收集报送", "reported": "上报", "adopted": "采用", "instructed": "批示"}
LEVELS = {"national": "全国", "province": "省级", "city": "市级", "county": "县级", None: "未知"}
STAGE_COLUMNS = ["discover", "ingest", "extract", "transform", "validate", "publish"]


@dataclass(frozen=True)
class VendorFile:
    package: str  # npm spec, name@version
    path: str  # file inside the package
    target: str  # name under report/assets/

    @property
    def asset(self) -> data_docs.Asset:
        return data_docs.Asset(url="", package=self.package, path=self.path, with_folder="")


def vendor_files(path: Path = ASSETS_CSV) -> list[VendorFile]:
    with path.open(encoding="utf-8") as handle:
        return [VendorFile(**row) for row in csv.DictReader(handle)]


def fetch(target: Path = data_docs.ASSETS_DIR) -> None:
    """Unpack the charting library from the npm registry (``make setup``; never at run time)."""
    data_docs.fetch(target, [f.asset for f in vendor_files()])


def report_dir(published: Path) -> Path:
    """Where a run writes its report: <warehouse folder>/report/."""
    return published.parent / "report"


# ---------------------------------------------------------------- reading the warehouse

def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# the large tables: read only for the pages drawn; each page's share fingerprinted in the warehouse
LARGE = {
    "metrics": "select metric_id, document_id, org_name, report_year, char_start, char_end, mention_text, value, "
               "unit, subject, category, period, actor, flagged, flag_rules, repeat_of_metric_id from marts.fct_metrics",
    "activities": "select * from marts.fct_activities",
    "headline": "select * from marts.fct_headline_figures",
}
LARGE_BY_PAGE = {"documents": [("metrics", "document_id"), ("activities", "document_id")],
                 "bodies": [("activities", "org_name"), ("headline", "org_name")]}


def read_warehouse(warehouse: Path) -> dict[str, list[dict[str, Any]]]:
    """The small tables, whole (every run draws the overview and the quality page from them); the
    figures a page links to are looked up as it is drawn (``Figures``)."""
    queries = {
        # loaded_at (when a file was read) is shown nowhere and differs each run: kept out of the fingerprints.
        # The text is its file's bytes as read by the pipeline that published (in the salt): no text is
        # read here (100 MB of text: 1-3 s to read and hash)
        "documents": "select d.* exclude (loaded_at), r.content_sha256 from marts.dim_documents d "
                     "join raw.documents r using (document_id) "
                     "order by d.org_name nulls last, d.report_year, d.document_id",
        "organizations": "select * from marts.dim_organizations order by org_name",
        "org_years": "select * from marts.mart_org_year_metrics order by org_name, report_year",
        "funnels": "select * from marts.mart_proposal_funnel order by org_name nulls last, report_year, funnel_id",
        "opinion": "select * from marts.mart_public_opinion order by org_name, report_year",
        "flagged": "select * from quality.flagged_figures order by document_id, rule, metric_id",
        "findings": "select * from quality.findings order by document_id, rule",
        "validation": "select * from quality.validation_results order by checked_at desc, success, suite",
        "runs": "select * from quality.runs order by started_at",
        "rejected": "select * from raw.rejected_documents order by source_path",
    }
    with _connect(warehouse) as con:
        # (no query parameters: binding them makes duckdb import pandas, seconds for nothing)
        tables = _tables(con)
        return {name: (_rows(con, sql) if _first_table(sql) in tables else []) for name, sql in queries.items()}


# the report's queries are scans, group-bys and sorts that spill well: a smaller pool than the run's
# keeps the report (drawn inside the run's process) from adding gigabytes of cached blocks to its peak
# (300 MB corpus: 1.42 GiB at 2GB, 1.07 GiB at 512MB, and no slower)
REPORT_MEMORY = "512MB"


# a worker drawing document pages beside the run's process streams one range of documents: its
# sorts spill, but its joins of a range's rows need room (256MB ran out on a 1 GB corpus's ranges)
WORKER_MEMORY = "512MB"


def _connect(warehouse: Path, at_most: str = REPORT_MEMORY) -> duckdb.DuckDBPyConnection:
    """Read-only, and quiet: a progress bar would land in the run's output."""
    con = duck.connect(warehouse, read_only=True, at_most=at_most)
    con.execute("set enable_progress_bar = false")
    return con


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {f"{schema}.{name}" for schema, name in con.execute(
        "select table_schema, table_name from information_schema.tables").fetchall()}


def large_fingerprints(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], dict[Any, tuple]]:
    """{(table, page key): {key value: fingerprint}}: each document's and each body's rows of the large
    tables, with where the figures they link to are, summed as row hashes in the warehouse (order-free,
    no row read into Python). A row's hash is DuckDB's hash of its columns (not of the row cast to text:
    5x the CPU). A table fingerprinted by two keys (activities: by document and by body) is read once,
    grouped both ways."""
    tables, fingerprints = _tables(con), {}
    keys_by_table: dict[str, list[str]] = defaultdict(list)
    for pairs in LARGE_BY_PAGE.values():
        for table, key in pairs:
            keys_by_table[table].append(key)
    for table, keys in keys_by_table.items():
        select = LARGE[table]
        if _first_table(select) not in tables:
            fingerprints.update({(table, key): {} for key in keys})
            continue
        if table == "metrics":  # its rows are the figures: where each is, it says itself
            rows, row_hash = f"({select}) r", "hash(*columns(r.*))"
        else:
            rows = (f"({select}) r left join (select metric_id, document_id, mention_text "
                    f"from marts.fct_metrics) f on f.metric_id = r.metric_id")
            row_hash = "hash(*columns(r.*), f.document_id, f.mention_text)"
        grouped = ", ".join(f"r.{key}" for key in keys)
        sets = ", ".join(f"(r.{key})" for key in keys)
        query = (f"select grouping(r.{keys[0]}) as set_number, {grouped}, sum({row_hash})::varchar, count(*) "
                 f"from {rows} group by grouping sets ({sets})")
        found: dict[str, dict[Any, tuple]] = {key: {} for key in keys}
        for set_number, *values, fingerprint, count in con.execute(query).fetchall():
            # grouping(first key) is 0 in the first key's set, 1 in the other's
            key = keys[0] if set_number == 0 or len(keys) == 1 else keys[1]
            found[key][values[keys.index(key)]] = (fingerprint, count)
        fingerprints.update({(table, key): found[key] for key in keys})
    return fingerprints


# a body page's long lists: the first rows in the page's order, and the size of the whole list
BODY_LISTS = {
    "activities": ("marts.fct_activities", "activity_type",
                   "report_year, document_id, char_start, activity_id", "ACTIVITY_ROWS"),
    "headline": ("marts.fct_headline_figures", "report_year, measure",
                 "counted desc, value desc, metric_id", "HEADLINE_ROWS"),
}


# the two columns read_body_lists adds to each row: where the figure its metric_id names is
LINKED_FIGURE = ("linked_figure_document_id", "linked_figure_mention_text")


def read_body_lists(con: duckdb.DuckDBPyConnection, table: str, bodies: list[str]) -> list[dict[str, Any]]:
    """The first rows of each list (activities of a type, figures behind a total) of some bodies, each
    with where the figure it links to is (LINKED_FIGURE: read in the same query, not looked up after
    by a list of thousands of ids, whose SQL alone takes DuckDB ~0.1 s to parse per 5,000)."""
    name, lists, order, most = BODY_LISTS[table]
    tables = _tables(con)
    if not bodies or name not in tables:
        return []
    limit = globals()[most]  # read at call time: tests draw with small caps
    # which rows, chosen on the row ids and the sort keys only; then those rows whole: a window over
    # whole rows carries every activity's sentence through the sort (100 MB corpus, 10 bodies'
    # activities: 0.59 -> 0.25 s). (The marts listed are tables, dbt's incremental models: a rowid each.)
    chosen = (f"select rowid from {name} where org_name in ({_literals(bodies)}) "
              f"qualify row_number() over (partition by org_name, {lists} order by {order}) <= {limit}")
    listed = f"select * from {name} where rowid in ({chosen})"
    figures = ("(select metric_id, document_id, mention_text from marts.fct_metrics)" if "marts.fct_metrics" in tables
               else "(select null::varchar as metric_id, null::varchar as document_id, null::varchar as mention_text)")
    return _rows(con, f"select l.*, f.document_id as {LINKED_FIGURE[0]}, f.mention_text as {LINKED_FIGURE[1]} "
                      f"from ({listed}) l left join {figures} f on f.metric_id = l.metric_id "
                      f"order by l.org_name, {', '.join('l.' + c.strip() for c in f'{lists}, {order}'.split(','))}")


def read_body_totals(con: duckdb.DuckDBPyConnection, bodies: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Over every row of some bodies: activities by type and year (how many, how many state a count,
    the counts' sum) and the figures behind each total (how many, how many counted)."""
    tables, listed = _tables(con), _literals(bodies)
    activities = _rows(con, "select org_name, activity_type, report_year, count(*) as activities, "
                            "count(*) filter (where count_value <> 0) as counted, "
                            "sum(count_value) filter (where count_value <> 0) as count_sum "
                            f"from marts.fct_activities where org_name in ({listed}) "
                            "group by all order by all") if bodies and "marts.fct_activities" in tables else []
    headline = _rows(con, "select org_name, report_year, measure, count(*) as figures, "
                          "count(*) filter (where counted) as counted "
                          f"from marts.fct_headline_figures where org_name in ({listed}) "
                          "group by all order by all") if bodies and "marts.fct_headline_figures" in tables else []
    return {"activity_totals": activities, "headline_totals": headline}


def sql_literal(value: Any) -> str:
    """A value as it is written in the SQL a page shows its reader."""
    return str(value) if isinstance(value, (int, float)) else "'" + str(value).replace("'", "''") + "'"


class Figures:
    """Where a figure is (document_id, mention_text) by metric_id, for the links of the pages being
    drawn: read from the warehouse for the ids a batch of pages names, and let go after it, so memory
    follows the batch, not the corpus (fct_metrics has a row per figure: millions at 1 GB)."""

    def __init__(self, warehouse: Path):
        self.warehouse = warehouse
        self.held: dict[str, tuple[str, str] | None] = {}  # None: no such figure

    def hold(self, ids: set[str]) -> set[str]:
        """Read the figures of ``ids`` not held yet; returns those ids (for ``drop``)."""
        wanted = sorted(i for i in ids if i not in self.held)
        if not wanted:
            return set()
        with _connect(self.warehouse) as con:
            if "marts.fct_metrics" not in _tables(con):
                self.held.update(dict.fromkeys(wanted))
                return set(wanted)
            for start in range(0, len(wanted), FIGURE_BATCH):
                batch = wanted[start:start + FIGURE_BATCH]
                found = {m: (d, t) for m, d, t in con.execute(
                    "select metric_id, document_id, mention_text from marts.fct_metrics "
                    f"where metric_id in ({_literals(batch)})").fetchall()}
                self.held.update({m: found.get(m) for m in batch})
        return set(wanted)

    def take(self, rows: Iterable[dict[str, Any]]) -> set[str]:
        """The figures rows name by their metric_id, from the LINKED_FIGURE columns read with them
        (removed from the rows); returns the ids not held before (for ``drop``)."""
        added: set[str] = set()
        for row in rows:
            document_id, mention_text = row.pop(LINKED_FIGURE[0]), row.pop(LINKED_FIGURE[1])
            metric_id = row["metric_id"]
            if metric_id and metric_id not in self.held:
                self.held[metric_id] = None if document_id is None else (document_id, mention_text)
                added.add(metric_id)
        return added

    def drop(self, ids: set[str]) -> None:
        for metric_id in ids:
            self.held.pop(metric_id, None)

    def get(self, metric_id: str) -> tuple[str, str] | None:
        """(document_id, mention_text); a figure no batch asked for is read alone (slower, same answer)."""
        if metric_id not in self.held:
            self.hold({metric_id})
        return self.held[metric_id]


def linked_ids(*tables: list[dict[str, Any]]) -> set[str]:
    """The figures rows link to, by their *_metric_id / *_metric_ids columns."""
    ids: set[str] = set()
    for rows in tables:
        keys = [k for k in (rows[0] if rows else ()) if k.endswith(("metric_id", "metric_ids"))]
        for row in rows:
            for key in keys:
                if row[key]:
                    ids.update(str(row[key]).split(","))
    return ids


def _literals(values: list[str]) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)


def _first_table(sql: str) -> str:
    return re.search(r"from (\w+\.\w+)", sql).group(1)


# a document's rows of the large tables in the order its page marks them (LARGE's order, within one document)
WITHIN_DOCUMENT = {"metrics": "char_start, metric_id",
                   "activities": "org_name, report_year, activity_type, char_start, activity_id"}
STREAM_ROWS = 2000  # rows fetched at a time from each of the streams a document page is drawn from


def stream_documents(warehouse: Path, document_ids: list[str], every: bool = False,
                     positions: tuple[int, int] | None = None,
                     at_most: str = REPORT_MEMORY) -> Iterator[tuple[str, str, dict[str, list]]]:
    """(document_id, text, {"metrics": its figures, "activities": its activities}) of some documents,
    in the order the texts are stored. Each table is read once, as a stream in that order (the texts
    as stored, the rows sorted by their document's position), and the streams merged here: reading a
    batch of pages at a time made every batch scan every text and row again (quadratic: ~78 scans of
    1 GB of text at 1 GB). Memory follows STREAM_ROWS and the longest document, not the corpus.
    ``every``: ``document_ids`` are all the warehouse's documents (within ``positions``);
    ``positions``: the first and last rowid of raw.documents to read (a worker's range: the scans skip
    the rest of the table); ``at_most``: the connection's memory limit."""
    wanted = set(document_ids)
    if not wanted:
        return
    # the documents named (a re-run's): the rows of the others never leave the warehouse; all of them
    # (a first report): no list to match
    conditions = [] if every else [f"document_id in ({_literals(sorted(wanted))})"]
    if positions is not None:
        conditions.append(f"rowid between {int(positions[0])} and {int(positions[1])}")
    where = f"where {' and '.join(conditions)}" if conditions else ""
    with _connect(warehouse, at_most) as con:
        tables = _tables(con)
        positions = f"(select document_id, rowid as position from raw.documents {where})"
        # a plain scan returns the table in its stored order (preserve_insertion_order); a filtered
        # one need not (a long IN list is a join): then the named texts are sorted, a re-run's few
        order = "order by position" if where else ""
        texts = _stream(con, f"select rowid as position, document_id, text from raw.documents {where} {order}")
        next(texts)  # the column names
        rows = {name: _document_rows(_stream(con, f"select p.position, r.* from ({LARGE[name]}) r "
                                                  f"join {positions} p using (document_id) "
                                                  f"order by p.position, {WITHIN_DOCUMENT[name]}"))
                if _first_table(LARGE[name]) in tables else iter(())
                for name in WITHIN_DOCUMENT}
        pending = {name: next(stream, None) for name, stream in rows.items()}
        last = -1
        for position, document_id, text in (row for chunk in texts for row in chunk):
            if position <= last:
                raise RuntimeError("raw.documents was not read in its stored order")
            last = position
            own = {}
            for name, stream in rows.items():
                own[name] = []
                while pending[name] is not None and pending[name][0] <= position:
                    if pending[name][0] == position:
                        own[name] = pending[name][1]
                    pending[name] = next(stream, None)
            if document_id in wanted:
                yield document_id, text, own


def _stream(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[list[tuple]]:
    """A query's rows, STREAM_ROWS at a time, on a cursor of its own (several streams stay open at once)."""
    cursor = con.cursor()
    try:
        cursor.execute("set enable_progress_bar = false")
        result = cursor.execute(sql)
        names = [d[0] for d in result.description]
        yield names
        while chunk := result.fetchmany(STREAM_ROWS):
            yield chunk
    finally:
        cursor.close()


def _document_rows(chunks: Iterator[list]) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(position, rows as dicts) of each document, from a stream of (position, *columns) sorted by position."""
    names = next(chunks, None)
    if names is None:
        return
    names = names[1:]
    position, rows = None, []
    for chunk in chunks:
        for row in chunk:
            if row[0] != position and rows:
                yield position, rows
                rows = []
            position = row[0]
            rows.append(dict(zip(names, row[1:])))
    if rows:
        yield position, rows


# ---------------------------------------------------------------- small helpers

def number(value: Any) -> str:
    """12, 1.24, 1,501 — integers without a decimal point, others without trailing zeros."""
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


@functools.lru_cache(maxsize=65536)
def _slug(name: str) -> str:
    """A file name safe on every system and in a URL: the name itself when it is plain ASCII."""
    if re.fullmatch(r"[A-Za-z0-9_.-]{1,80}", name):
        return name
    return "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def body_file(org_name: str) -> str:
    return f"bodies/{_slug(org_name)}.html"


def document_file(document_id: str) -> str:
    return f"documents/{_slug(document_id)}.html"


def chart(chart_id: str, option: dict, height: int = 320) -> Markup:
    """A chart container and its ECharts option as JSON; report.js draws it."""
    spec = json.dumps(option, ensure_ascii=False).replace("</", "<\\/")
    return Markup(f'<div class="chart" id="{chart_id}" style="height:{height}px" data-chart="{chart_id}-spec">'
                  f'</div><script type="application/json" id="{chart_id}-spec">{spec}</script>')


def _bar(categories: list[str], series: dict[str, list], *, stack: bool = False, horizontal: bool = False,
         hidden: tuple[str, ...] = (), counts: bool = False) -> dict:
    value_axis = {"type": "value", **({"minInterval": 1} if counts else {})}
    label = {"interval": 0, "hideOverlap": True, **({"rotate": 40} if len(categories) > 8 and not horizontal else {})}
    category_axis = {"type": "category", "data": categories, "axisLabel": label}
    return {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "legend": {"top": 0, "selected": {name: False for name in hidden}},
        "grid": {"left": 20, "right": 20, "top": 28 + 22 * ((len(series) - 1) // 5), "bottom": 8,
                 "containLabel": True},
        "xAxis": value_axis if horizontal else category_axis,
        "yAxis": category_axis if horizontal else value_axis,
        "series": [{"name": name, "type": "bar", "data": data, **({"stack": "all"} if stack else {}),
                    "emphasis": {"focus": "series"}, "barMaxWidth": 56} for name, data in series.items()],
    }


# ---------------------------------------------------------------- the report

BODY_TABLES = ("org_years", "funnels", "opinion", "documents", "organizations")  # read whole; and LARGE_BY_PAGE


@dataclass
class Written:
    index: Path
    drawn: int  # pages drawn by this report
    kept: int  # pages whose inputs had not changed, linked from the previous report


class Report:
    def __init__(self, data: dict[str, list[dict[str, Any]]], warehouse: Path,
                 large: dict[tuple[str, str], dict[Any, tuple]]):
        """``data``: read_warehouse's tables; ``large``: large_fingerprints (the large tables' rows are
        read by ``write`` for the pages it draws)."""
        self.data, self.warehouse, self.large = data, warehouse, large
        self.generated = ""
        self.figures = Figures(warehouse)
        # rows grouped once by body and by document: pages are written in one pass each, not a scan per page
        self.by_body = {name: _group(data[name], "org_name") for name in BODY_TABLES}
        self.bodies = sorted({r["org_name"] for r in data["org_years"]}
                             | {f["org_name"] for f in data["funnels"] if f["org_name"]}
                             | {o for o in large[("activities", "org_name")] if o})
        self.body_set = set(self.bodies)
        self.env = environment()

    # links ---------------------------------------------------------------
    def figure_href(self, root: str) -> Callable[[str | None], str | None]:
        def href(metric_id: str | None) -> str | None:
            metric = self.figures.get(metric_id) if metric_id else None
            return f"{root}{document_file(metric[0])}#m-{metric_id}" if metric else None
        return href

    def figure_link(self, root: str) -> Callable[..., Markup]:
        fig = self.figure_href(root)

        def figure(value: Any, metric_id: str | None, title: str = "") -> Markup:
            """A number linked to its sentence (plain when no figure stands behind it)."""
            target = fig(metric_id)
            text = _e(number(value))
            if target is None or value is None:
                return Markup(f'<span class="num">{text}</span>')
            return Markup(f'<a class="num fig" href="{_e(target)}" title="{_e(title)}">{text}</a>')
        return figure

    def _render(self, out: Path, page: str, template: str, generated: str = "", **context: Any) -> None:
        """``generated``: the time of drawing, shown on the pages drawn every time (never on a page
        that a later report may keep)."""
        root = "../" * page.count("/")

        def mention(metric_id: str) -> str:
            metric = self.figures.get(metric_id)
            return metric[1] if metric else metric_id

        _write_page(self.env, out, page, template, fig=self.figure_href(root), figure=self.figure_link(root),
                    mention=mention, chart=chart, bodies=self.bodies, warehouse=self.warehouse.name,
                    generated=generated, **context)

    # pages ---------------------------------------------------------------
    def write(self, out: Path, previous: Path | None = None, workers: PageWorkers | None = None) -> Written:
        """Every page into ``out``; a body or document page whose fingerprint is the one in
        ``previous`` (the last report's folder) is linked from there instead of drawn. ``workers``:
        processes that draw document pages of a large report beside this one (_document_batches)."""
        self.generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        salt = self.salt()
        before = _manifest(previous) if previous else {}
        before = before.get("pages", {}) if before.get("salt") == salt else {}
        fingerprints: dict[str, str] = {}

        def keep(page: str, fingerprint: str) -> bool:
            fingerprints[page] = fingerprint
            return before.get(page) == fingerprint and _link(previous / page, out / page)

        documents = {d["document_id"]: d for d in self.data["documents"]}
        # the small tables' links, held throughout: the body fingerprints and every page name them
        self.figures.hold(linked_ids(*(self.data[name] for name in ("funnels", "opinion"))))
        bodies = [b for b in self.bodies if not keep(body_file(b), self.body_fingerprint(b))]
        to_draw = [d for d in documents if not keep(document_file(d), self.document_fingerprint(documents[d]))]
        # a large report's document pages: the workers start while this process draws the overview
        # and the quality page, and take the batches before it draws the body pages
        batches = self._document_batches(out, to_draw, documents, workers)
        if batches:
            workers.start()
        self._overview(out)
        with self._holding(linked_ids(self.data["flagged"]) | {
                m for f in self.data["findings"] for m in (f["metric_ids"] or "").split(",") if m}):
            self._quality(out)
        sent = [workers.submit(batch) for batch in batches]
        for batch in self._body_batches(bodies):
            held = self._read_large(batch)
            try:
                for body in batch:
                    self._body(out, body)
            finally:
                self.figures.drop(held)
        self._read_large([])  # the last batch's rows let go
        if batches:
            # this process takes the batches no worker has started yet, the last first (the workers
            # take them in order), then waits for the workers' own
            drawn_here = sum(draw_document_batch(batch) for batch in reversed(batches))
            # a worker that died (out of memory?) leaves its claimed batch undrawn: the report fails
            # (a warning of the run) instead of waiting for ever
            from . import parallel

            timeout = parallel.setting("LVZHI_BATCH_TIMEOUT", parallel.BATCH_TIMEOUT_SECONDS)
            drawn = drawn_here + sum(future.result(timeout=timeout) for future in sent)
            shutil.rmtree(out / CLAIMS, ignore_errors=True)
            if drawn != len(to_draw):
                raise RuntimeError(f"{drawn} of {len(to_draw)} document pages were drawn")
        else:
            every = len(to_draw) == len(documents)
            for document_id, text, rows in stream_documents(self.warehouse, to_draw, every=every):
                self._document(out, documents[document_id], text, rows)
        drawn = 2 + len(bodies) + len(to_draw)
        kept = len(self.bodies) - len(bodies) + len(documents) - len(to_draw)
        (out / MANIFEST).write_text(json.dumps({"salt": salt, "pages": fingerprints}, sort_keys=True,
                                               ensure_ascii=False, indent=0), encoding="utf-8")
        return Written(out / "index.html", drawn, kept)

    def _document_batches(self, out: Path, to_draw: list[str], documents: dict[str, dict[str, Any]],
                          workers: PageWorkers | None) -> list[DocumentBatch]:
        """The document pages to draw in batches for ``workers``, when there are workers and text
        enough to be worth starting them; else none (this process draws every page as it streams the
        documents)."""
        if workers is None or workers.workers < 2:
            return []
        from . import parallel  # (with extraction's imports: only where workers are offered, in a run)

        chars = sum(documents[d]["char_count"] or 0 for d in to_draw)
        if chars < parallel.setting("LVZHI_REPORT_PARALLEL_MIN_CHARS", REPORT_PARALLEL_MIN_CHARS):
            return []
        return document_batches(self.warehouse, out, [documents[d] for d in to_draw],
                                every=len(to_draw) == len(documents), workers=workers.workers, bodies=self.body_set)

    # fingerprints: everything a page is drawn from ---------------------------------
    def salt(self) -> str:
        """What every page depends on: the templates, this code, the warehouse's name (and duckdb's
        version: its row hashes are part of the fingerprints), and the pipeline that published it
        (its readers made the texts of the files a document page's fingerprint names by their bytes)."""
        files = sorted(TEMPLATES.iterdir()) + [Path(__file__)]
        pipelines = [r.get("pipeline_version") for r in self.data["runs"] if r.get("published")]
        return _digest([(f.name, f.read_bytes()) for f in files if f.is_file()], self.warehouse.name,
                       self.env.globals["superset_zip"], duckdb.__version__, pipelines[-1:])

    def body_fingerprint(self, body: str) -> str:
        rows = [self.by_body[name].get(body, []) for name in BODY_TABLES]
        large = [self.large[pair].get(body) for pair in LARGE_BY_PAGE["bodies"]]
        return _digest(body, rows, self._linked_figures(rows), large)

    def document_fingerprint(self, document: dict[str, Any]) -> str:
        document_id = document["document_id"]
        large = [self.large[pair].get(document_id) for pair in LARGE_BY_PAGE["documents"]]
        return _digest(document, large, document["org_name"] in self.body_set)

    def _body_batches(self, bodies: list[str]) -> Iterator[list[str]]:
        """``bodies`` in batches of at most BODY_BATCH pages and BATCH_ROWS rows of the large tables
        (by the counts their fingerprints hold, each list capped as a page reads it)."""
        batch: list[str] = []
        rows = 0
        for body in bodies:
            own = sum((self.large[pair].get(body) or (None, 0))[1] for pair in LARGE_BY_PAGE["bodies"])
            years = max(1, len(self.by_body["org_years"].get(body, ())))
            own = min(own, ACTIVITY_ROWS * len(ACTIVITY_TYPES) + HEADLINE_ROWS * len(MEASURES) * years)
            if batch and (len(batch) >= BODY_BATCH or rows + own > BATCH_ROWS):
                yield batch
                batch, rows = [], 0
            batch.append(body)
            rows += own
        if batch:
            yield batch

    @contextmanager
    def _holding(self, ids: set[str]) -> Iterator[None]:
        """The figures ``ids`` held while some pages are drawn, let go after."""
        held = self.figures.hold(ids)
        try:
            yield
        finally:
            self.figures.drop(held)

    def _read_large(self, bodies: list[str]) -> set[str]:
        """The large tables' rows of the body pages to draw next (those of earlier batches let go):
        each list capped, their totals summed in the warehouse. The figures the lists link to are
        held from then on: returns their ids, for Figures.drop when the pages are drawn."""
        with _connect(self.warehouse) as con:
            body_lists = {table: read_body_lists(con, table, bodies) for table in BODY_LISTS}
            totals = read_body_totals(con, bodies)
        held = self.figures.take(row for rows in body_lists.values() for row in rows)
        self.by_body.update({name: _group(rows, "org_name") for name, rows in {**body_lists, **totals}.items()})
        return held

    def _linked_figures(self, tables: list[list[dict[str, Any]]]) -> list[tuple]:
        """The figures a page links to (by the *_metric_id / *_metric_ids columns of its rows): where
        each link points and the words it shows."""
        linked = []
        for metric_id in sorted(linked_ids(*tables)):
            metric = self.figures.get(metric_id)
            linked.append((metric_id, *metric) if metric else (metric_id,))
        return linked

    def _overview(self, out: Path) -> None:
        org_years = self.data["org_years"]
        years = sorted({r["report_year"] for r in org_years})
        coverage = defaultdict(dict)
        for row in org_years:
            coverage[row["org_name"]][row["report_year"]] = row["actual_figures"]
        organizations = {o["org_name"]: o for o in self.data["organizations"]}
        documents_by_body = defaultdict(int)
        for document in self.data["documents"]:
            documents_by_body[document["org_name"]] += 1
        charts = []
        for key, label in (("org_level", "按级别"), ("province", "按省份")):
            groups = sorted({r[key] for r in org_years}, key=lambda g: (g is None, str(g)))
            names = [LEVELS.get(g, g) if key == "org_level" else (g or "未知") for g in groups]
            series = {MEASURES[m]: [sum(r[m] or 0 for r in org_years if r[key] == g) for g in groups]
                      for m in MEASURES}
            charts.append((f"by-{key.replace('_', '-')}", f"各项履职总量（{label}，所有年份）",
                           _bar(names, series, hidden=(MEASURES["outreach_people"],))))
        by_level = _group_totals(org_years, "org_level")
        by_province = _group_totals(org_years, "province")
        self._render(out, "index.html", "index.html", generated=self.generated, org_years=org_years, years=years,
                     coverage=coverage, organizations=organizations, documents_by_body=documents_by_body,
                     documents=self.data["documents"], document_rows=self._document_rows(""), charts=charts,
                     by_level=by_level, by_province=by_province, runs=self.data["runs"],
                     unnamed_funnels=[f for f in self.data["funnels"] if not f["org_name"]])

    def _document_rows(self, root: str) -> Markup:
        """The overview's table of documents (rows written here: a template call per cell costs seconds
        on thousands of documents)."""
        rows = []
        for d in self.data["documents"]:
            org = d["org_name"]
            body = (f'<a href="{root}{body_file(org)}">{_e(org)}</a>' if org in self.body_set
                    else _e(org or ""))
            rows.append(f'<tr><td>{_doc_link(root, d["document_id"])}</td><td>{_e(d["title"] or "")}</td>'
                        f'<td>{body}</td><td>{_e(d["report_year"] or "")}</td><td>{_e(d["doc_type"] or "")}'
                        f'</td><td class="n">{_e(number(d["char_count"]))}</td></tr>\n')
        return Markup("".join(rows))

    def _body(self, out: Path, body: str) -> None:
        org_years, funnels = self.by_body["org_years"][body], self.by_body["funnels"][body]
        activities = self.by_body["activities"][body]  # the first ACTIVITY_ROWS of each type
        headline = defaultdict(list)
        for figure in self.by_body["headline"][body]:
            headline[(figure["report_year"], figure["measure"])].append(figure)
        years = sorted({r["report_year"] for r in org_years})
        charts = []
        if funnels:
            stages = [s for s in FUNNEL_STAGES if any(f[s] is not None for f in funnels)]
            series = {str(f["report_year"]): [
                {"value": f[s], "href": self.figure_href("../")(f[f"{s}_metric_id"])} for s in stages]
                for f in funnels}
            charts.append(("funnel", "提案办理各环节（件）", _bar([FUNNEL_STAGES[s] for s in stages], series)))
            rates = [r for r in RATES if any(f[f"stated_{r}_rate"] is not None or f[f"computed_{r}_rate"]
                                             is not None for f in funnels)]
            if rates:
                categories = [f"{f['report_year']} {RATES[r]}" for f in funnels for r in rates]
                charts.append(("rates", "提案比率：报告所述与按件数计算（%）", _bar(categories, {
                    "报告所述": [{"value": f[f"stated_{r}_rate"],
                              "href": self.figure_href("../")(f[f"{r}_rate_metric_id"])}
                             for f in funnels for r in rates],
                    "按件数计算": [f[f"computed_{r}_rate"] for f in funnels for r in rates]})))
        if org_years:
            present = [m for m in MEASURES if any(r[m] is not None for r in org_years)]
            series = {MEASURES[m]: [r[m] for r in org_years] for m in present}
            if series:
                charts.append(("measures", "各项履职总量（按年份）", _bar([str(y) for y in years], series,
                                                                 hidden=(MEASURES["outreach_people"],))))
        activity_totals = self.by_body["activity_totals"][body]
        if activity_totals:
            charts.append(("activities", "履职活动（按类型，条）", _activity_chart(activity_totals)))
        by_type = _group(activities, "activity_type")
        type_totals = _activity_type_totals(activity_totals)
        documents = self.by_body["documents"][body]
        self._render(out, body_file(body), "body.html", body=body, org_years=org_years, years=years,
                     funnels=funnels, headline=headline, charts=charts,
                     headline_years={year for year, _ in headline},
                     headline_rows={key: self._headline_rows(key[1], figures) for key, figures in headline.items()},
                     headline_totals={(t["report_year"], t["measure"]): t
                                      for t in self.by_body["headline_totals"][body]},
                     activity_types=sorted(type_totals, key=lambda t: t["type"]),
                     activity_rows={t: self._activity_rows(rows) for t, rows in by_type.items()},
                     sql_literal=sql_literal, ACTIVITY_ROWS=ACTIVITY_ROWS, HEADLINE_ROWS=HEADLINE_ROWS,
                     organization=next(iter(self.by_body["organizations"][body]), None),
                     opinion=self.by_body["opinion"][body], documents=documents,
                     document_links=Markup("；").join(
                         Markup(_doc_link("../", d["document_id"], f"{d['title'] or d['document_id']}"
                                                                   f"（{d['report_year'] or '年份未知'}）"))
                         for d in documents))

    def _headline_rows(self, measure: str, figures: list[dict[str, Any]]) -> Markup:
        """The rows of one total: each figure it sums or leaves out, linked to its sentence. (The
        link is looked up once a row and its number written here, as figure_link writes it: a body
        of a large corpus has tens of thousands of these rows.)"""
        fig = self.figure_href("../")
        rows = []
        for i, h in enumerate(figures):
            first = f'<td rowspan="{len(figures)}">{_e(MEASURES[measure])}</td>' if i == 0 else ""
            counted = ('<span class="badge ok">计入</span>' if h["counted"]
                       else f'<span class="badge">{_e(h["excluded_because"])}</span>')
            excluded = "" if h["counted"] else ' class="excluded"'
            target = fig(h["metric_id"])
            href = _e(target)
            value = _e(number(h["value"]))
            number_cell = (f'<span class="num">{value}</span>' if target is None or h["value"] is None
                           else f'<a class="num fig" href="{href}" title="">{value}</a>')
            rows.append(f'<tr{excluded}>{first}'
                        f'<td><a class="fig" href="{href}">{_e(h["mention_text"])}</a></td>'
                        f'<td class="n">{number_cell}</td><td>{_e(h["unit"])}</td>'
                        f'<td>{_e(h["subject"] or "")}</td><td>{counted}</td>'
                        f'<td>{_doc_link("../", h["document_id"])}</td></tr>\n')
        return Markup("".join(rows))

    def _activity_rows(self, activities: list[dict[str, Any]]) -> Markup:
        figure = self.figure_link("../")
        rows = []
        for a in activities:
            count = f'{figure(a["count_value"], a["metric_id"])}{_e(a["count_unit"] or "")}' if a["metric_id"] else ""
            rows.append(f'<tr><td>{_e(a["report_year"] or "")}</td><td><a href="../{document_file(a["document_id"])}'
                        f'#a-{_e(a["activity_id"])}" title="{_e(a["sentence"])}">{_e(a["keyword"])}</a></td>'
                        f'<td>{_e(a["form"])}</td><td>{_e(a["topic"] or "")}</td><td class="n">{count}</td>'
                        f'<td>{_e(a["activity_date"] or "")}</td><td>{_e(a["period"] or "")}</td></tr>\n')
        return Markup("".join(rows))

    def _quality(self, out: Path) -> None:
        runs = self.data["runs"]
        latest = next((r["run_id"] for r in reversed(runs) if r["published"]), runs[-1]["run_id"] if runs else None)
        validation = [v for v in self.data["validation"] if v["run_id"] == latest]
        charts = []
        if runs:
            labels = [f"{r['started_at']:%m-%d %H:%M} {r['run_id'][:6]}" for r in runs]
            charts.append(("stage-seconds", "每次运行各阶段耗时（秒）", _bar(
                labels, {s: [round(r.get(f"{s}_seconds") or 0, 2) for r in runs] for s in STAGE_COLUMNS},
                stack=True)))
        if validation:
            suites = sorted({v["suite"] for v in validation})
            charts.append(("validation", "最近一次发布的校验结果（条）", _bar(suites, {
                "通过": [sum(1 for v in validation if v["suite"] == s and v["success"]) for s in suites],
                "未通过": [sum(1 for v in validation if v["suite"] == s and not v["success"]) for s in suites]},
                stack=True, horizontal=True, counts=True)))
        rules = defaultdict(int)
        for flag in self.data["flagged"]:
            rules[flag["rule"]] += 1
        if rules:
            charts.append(("flag-rules", "被标记的数字（按规则）", _bar(sorted(rules), {"数字": [
                rules[r] for r in sorted(rules)]}, horizontal=True, counts=True)))
        findings = [{**f, "metric_id_list": [m for m in (f["metric_ids"] or "").split(",") if m]}
                    for f in self.data["findings"]]
        self._render(out, "quality.html", "quality.html", generated=self.generated, runs=list(reversed(runs)),
                     latest=latest, validation=validation, flagged=self.data["flagged"], findings=findings,
                     charts=charts, rejected=self.data["rejected"],
                     documents={d["document_id"]: d for d in self.data["documents"]})

    def _document(self, out: Path, document: dict[str, Any], text: str, rows: dict[str, list]) -> None:
        draw_document(self.env, out, self.warehouse.name, self.body_set, document, text, rows)


# ---------------------------------------------------------------- document pages on workers

# below this much text to draw (~300 MB of Chinese UTF-8), starting a worker costs about what it saves:
# it imports distributed, Prefect, DuckDB and jinja (~5 s of CPU with its share of the cluster's
# start), and one process draws ~12 MB of text a second. 100 MB corpus (35 M characters), report
# drawn afresh: 9-12 s of CPU in one process, 14-18 s with a worker, for no clear gain in wall time
# on a shared machine; at 1 GB the report takes 81 s in one process
REPORT_PARALLEL_MIN_CHARS = 100_000_000
# batches per worker: enough that a worker done early takes another while the slower one ends,
# few enough that submitting them (Prefect serializes its run context for each) costs little
REPORT_BATCHES_PER_WORKER = 4


CLAIMS = ".claims"  # in the folder being drawn: a file per batch, made by whichever process draws it


class DocumentBatch:
    """The document pages of a range of raw.documents (its rows in stored order): the rows of
    dim_documents to draw in it. Each batch is sent to a worker, and the report's own process takes
    the batches no worker has started when its other pages are drawn: whichever process claims a batch
    first draws it (``claim``). One opaque object, as extraction's parallel.Batch: Prefect does not
    walk its documents looking for futures, Dask names the task by the ids."""
    __slots__ = ("warehouse", "out", "number", "documents", "positions", "every", "bodies")

    def __init__(self, warehouse: Path, out: Path, number: int, documents: list[dict[str, Any]],
                 positions: tuple[int, int], every: bool, bodies: set[str]):
        self.warehouse, self.out, self.number, self.documents = warehouse, out, number, documents
        self.positions, self.every, self.bodies = positions, every, bodies

    def __dask_tokenize__(self) -> tuple:
        return (str(self.warehouse), str(self.out), self.number, tuple(d["document_id"] for d in self.documents))

    def claim(self) -> bool:
        """True for the first process to ask (the file's exclusive creation decides; the worker and
        the report's process share the folder being drawn)."""
        claims = self.out / CLAIMS
        claims.mkdir(exist_ok=True)
        try:
            os.close(os.open(claims / str(self.number), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return False
        return True


class PageWorkers(Protocol):
    """Processes that draw document pages beside the report's own (flows/pipeline.py ReportWorkers,
    on the task runner that extraction's batches run on)."""
    workers: int  # processes drawing, the report's own included: batches are planned for them

    def start(self) -> None:
        """Start the workers (in the background: ``submit`` waits for them)."""

    def submit(self, batch: DocumentBatch) -> Any:
        """Starts draw_document_batch(batch) on a worker; returns a future (``result()``: pages drawn)."""


def document_batches(warehouse: Path, out: Path, documents: list[dict[str, Any]], every: bool, workers: int,
                     bodies: set[str]) -> list[DocumentBatch]:
    """``documents`` (rows of dim_documents) in batches of consecutive texts as stored, of about equal
    text, REPORT_BATCHES_PER_WORKER per worker: each worker's scans read its own range of the tables.
    ``every``: these are all the warehouse's documents (a batch reads its range whole, no list to match)."""
    from . import parallel

    with _connect(warehouse) as con:
        position = dict(con.execute("select document_id, rowid from raw.documents").fetchall())
    documents = sorted(documents, key=lambda d: position[d["document_id"]])
    chars = sum(d["char_count"] or 0 for d in documents)
    size = chars // (REPORT_BATCHES_PER_WORKER * max(workers, 1)) + 1
    batches = []
    for batch in parallel.batches(documents, max_chars=size, max_documents=len(documents),
                                  size=lambda d: d["char_count"] or 0):
        # a batch's range starts where the previous one's ended: a text stored between two drawn
        # ones belongs to exactly one range
        first = batches[-1].positions[1] + 1 if batches else 0
        last = position[batch[-1]["document_id"]]
        batches.append(DocumentBatch(warehouse, out, len(batches), batch, (first, last), every,
                                     {d["org_name"] for d in batch} & bodies))
    return batches


def draw_document_batch(batch: DocumentBatch) -> int:
    """The pages of a batch, unless another process claimed it: each drawn from its text and rows
    streamed in stored order, as the report's own process draws them; returns how many."""
    if not batch.claim():
        return 0
    env, documents = environment(), {d["document_id"]: d for d in batch.documents}
    drawn = 0
    for document_id, text, rows in stream_documents(batch.warehouse, list(documents), every=batch.every,
                                                     positions=batch.positions, at_most=WORKER_MEMORY):
        draw_document(env, batch.out, batch.warehouse.name, batch.bodies, documents[document_id], text, rows)
        drawn += 1
    return drawn


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    """The report's templates, set up once per process (a worker drawing pages sets up its own). The
    templates are compiled once per checkout, not on every run (~0.3 s; keyed by each template's
    source, in the user's temporary folder)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      bytecode_cache=FileSystemBytecodeCache(), trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = number
    env.globals.update(MEASURES=MEASURES, FUNNEL_STAGES=FUNNEL_STAGES, RATES=RATES, LEVELS=LEVELS,
                       ACTIVITY_TYPES=ACTIVITY_TYPES, OPINION_STAGES=OPINION_STAGES,
                       STAGES=STAGE_COLUMNS, body_file=body_file, document_file=document_file,
                       superset_zip=superset_bundle.FOLDER.exists())
    return env


def _write_page(env: Environment, out: Path, page: str, template: str, **context: Any) -> None:
    """One page drawn from its template into ``out``, written as drawn: a page of thousands of rows
    is never one string."""
    chunks = env.get_template(template).generate(root="../" * page.count("/"), page=page, **context)
    path = out / page
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(chunks)


def draw_document(env: Environment, out: Path, warehouse_name: str, bodies: Collection[str],
                  document: dict[str, Any], text: str, rows: dict[str, list]) -> None:
    """A document's page: its text with every figure and activity marked. ``bodies``: the bodies that
    have a page (the document links to its body's); ``rows``: the document's figures ("metrics") and
    activities, as stream_documents gives them. The page draws nothing else, so a worker process draws
    it exactly as the report's own process would."""
    _write_page(env, out, document_file(document["document_id"]), "document.html", bodies=bodies,
                warehouse=warehouse_name, generated="", document=document, metrics=rows["metrics"],
                text=marked_text(text, rows["metrics"], rows["activities"]))


def _e(value: Any) -> str:
    """HTML-escaped text of a value, as jinja's autoescape writes it (None as "None"); a plain str, not
    Markup: the row builders call it hundreds of thousands of times."""
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&#34;").replace("'", "&#39;"))


def _doc_link(root: str, document_id: str, label: str | None = None) -> str:
    return f'<a href="{root}{document_file(document_id)}">{_e(label or document_id)}</a>'


def _digest(*parts: Any) -> str:
    """A fingerprint of plain values (rows as dicts of str, numbers, dates). Pickled without its memo,
    so equal values give equal bytes whichever objects hold them."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(parts)
    return hashlib.blake2b(buffer.getvalue(), digest_size=16).hexdigest()


def _manifest(folder: Path) -> dict[str, Any]:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _link(source: Path, target: Path) -> bool:
    """``target`` as a second name of ``source`` (a copy where no hard link can be made); False when
    the previous report lacks the page. Linked first, asked after: thousands of kept pages share a
    few folders, so a stat and a mkdir per page cost more than the rare retry."""
    try:
        os.link(source, target)
        return True
    except FileNotFoundError:  # no such page before, or the first page of its folder
        if not source.is_file():
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return True


def _group(rows: list[dict[str, Any]], key: str) -> defaultdict[Any, list[dict[str, Any]]]:
    groups: defaultdict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return groups


def _activity_type_totals(totals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per activity type, most frequent first: how many activities, how many state a count, their sum."""
    types: dict[str, dict[str, Any]] = {}
    for row in totals:
        kind = types.setdefault(row["activity_type"], {"type": row["activity_type"], "activities": 0,
                                                       "counted": 0, "count_sum": None})
        kind["activities"] += row["activities"]
        kind["counted"] += row["counted"]
        if row["count_sum"] is not None:
            kind["count_sum"] = (kind["count_sum"] or 0) + row["count_sum"]
    return sorted(types.values(), key=lambda t: (-t["activities"], t["type"]))


def _activity_chart(totals: list[dict[str, Any]]) -> dict:
    """Activities by type (most frequent first), stacked by year."""
    types = [t["type"] for t in _activity_type_totals(totals)]
    counts = {(r["activity_type"], r["report_year"]): r["activities"] for r in totals}
    years = sorted({r["report_year"] for r in totals}, key=lambda y: (y is None, y))
    return _bar([ACTIVITY_TYPES.get(t, t) for t in types],
                {str(y) if y is not None else "年份未知": [counts.get((t, y), 0) for t in types] for y in years},
                stack=True, counts=True)


def _group_totals(org_years: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Headline totals summed over the body-years of one level or province (each total is a body's
    own work), with the body-years they sum."""
    groups: dict[Any, dict[str, Any]] = {}
    for row in org_years:
        label = LEVELS.get(row[key], row[key]) if key == "org_level" else (row[key] or "未知")
        group = groups.setdefault(row[key], {"group": row[key], "label": label, "rows": [],
                                             **{m: None for m in MEASURES}})
        group["rows"].append(row)
        for measure in MEASURES:
            if row[measure] is not None:
                group[measure] = (group[measure] or 0) + row[measure]
    return sorted(groups.values(), key=lambda g: (g["group"] is None, str(g["group"])))


def marked_text(text: str, metrics: list[dict[str, Any]], activities: list[dict[str, Any]]) -> Markup:
    """The document with each figure in <mark id="m-…"> and each activity keyword in <span id="a-…">;
    offsets are code points (Python str indices). An overlapping span is left unmarked. (Built as
    plain strings escaped by _e and made Markup once: a Markup per piece cost more than the rest of
    drawing a document page.)"""
    spans = [(m["char_start"], m["char_end"], "m", m) for m in metrics]
    spans += [(a["char_start"], a["char_end"], "a", a) for a in activities if a["char_start"] is not None]
    spans.sort(key=lambda s: (s[0], s[2] != "m"))
    parts, cursor = [], 0
    for start, end, kind, row in spans:
        if start < cursor or end > len(text) or end <= start:
            continue
        parts.append(_e(text[cursor:start]))
        inner = _e(text[start:end])
        if kind == "m":
            classes = "fig" + (" flagged" if row["flagged"] else "") + (" repeat" if row["repeat_of_metric_id"] else "")
            title = (f"{row['subject'] or ''} · {row['category']} · {row['period']} · {row['actor']} · "
                     f"{number(row['value'])}{row['unit']}" + (f" · ⚑ {row['flag_rules']}" if row["flagged"] else ""))
            parts.append(f'<mark id="m-{row["metric_id"]}" class="{classes}" title="{_e(title)}">{inner}</mark>')
        else:
            parts.append(f'<span id="a-{row["activity_id"]}" class="act" '
                         f'title="{_e(row["activity_type"])} · {_e(row["form"])}">{inner}</span>')
        cursor = end
    parts.append(_e(text[cursor:]))
    return Markup("".join(parts))


def copy_assets(out: Path, source: Path = data_docs.ASSETS_DIR) -> None:
    assets = out / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for vendor in vendor_files():
        origin = source / vendor.asset.folder / vendor.path
        if not origin.exists():
            raise FileNotFoundError(f"report asset {origin} is missing; `make setup` fetches it")
        shutil.copyfile(origin, assets / vendor.target)
    for name in STATIC:
        shutil.copyfile(TEMPLATES / name, assets / name)


def build_report(warehouse: Path, out: Path | None = None, assets: Path = data_docs.ASSETS_DIR) -> Path:
    """Write the report of ``warehouse`` into ``out`` (default <warehouse folder>/report); returns index.html."""
    return write_report_folder(warehouse, out, assets).index


def write_report_folder(warehouse: Path, out: Path | None = None, assets: Path = data_docs.ASSETS_DIR,
                        incremental: bool = True, workers: PageWorkers | None = None) -> Written:
    """The report of ``warehouse`` in ``out``. Pages are written to a fresh folder that then replaces
    the old one, so a reader never sees a mix; with ``incremental``, the pages whose inputs did not
    change are linked from the old folder into the fresh one, not drawn again. ``workers``: processes
    that draw the document pages of a large report (the same pages, byte for byte)."""
    out = Path(out) if out else report_dir(warehouse)
    staging, old = out.with_name(out.name + ".building"), out.with_name(out.name + ".old")
    shutil.rmtree(staging, ignore_errors=True)
    # one connection held open while the report is drawn: the connections its steps open then share
    # its DuckDB instance and the blocks it has read, where each alone started cold (100 MB corpus,
    # every body page drawn: 5.8 -> 4.4 s CPU)
    with _connect(warehouse) as held:
        try:
            data, large = read_warehouse(warehouse), large_fingerprints(held)
            copy_assets(staging, assets)
            written = Report(data, warehouse, large).write(staging, out if incremental and out.is_dir() else None,
                                                           workers)
            if superset_bundle.FOLDER.exists():  # the Superset dashboard over this warehouse, ready to import
                superset_bundle.zip_bundle(staging / SUPERSET_ZIP, warehouse)
            shutil.rmtree(old, ignore_errors=True)
            if out.exists():
                out.rename(old)
            staging.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return Written(out / "index.html", written.drawn, written.kept)


if __name__ == "__main__":  # python -m lvzhi.report fetch [DIR]
    if sys.argv[1:2] != ["fetch"]:
        sys.exit("usage: python -m lvzhi.report fetch [DIR]")
    fetch(Path(sys.argv[2]) if len(sys.argv) > 2 else data_docs.ASSETS_DIR)
