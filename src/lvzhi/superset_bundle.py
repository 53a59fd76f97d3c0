"""A Superset dashboard bundle over the marts, in Superset's versioned export format (YAML).

``python -m lvzhi.superset_bundle write docs/superset/lvzhi_dashboard --warehouse FILE`` regenerates
the committed folder from a warehouse's columns (database, datasets, charts, dashboard, metadata).
``zip_bundle`` packs that folder into the ZIP ``superset import-dashboards -p FILE -u admin`` reads,
with the database URI pointing at a given warehouse (opened read-only); ``lvzhi report`` writes one
beside the report for the warehouse it reports on.
"""
from __future__ import annotations

import sys
import uuid
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import yaml

FOLDER = Path(__file__).resolve().parents[2] / "docs" / "superset" / "lvzhi_dashboard"
ROOT = "lvzhi_dashboard"  # the folder name inside the ZIP (Superset strips it)
PLACEHOLDER_URI = "duckdb:////ABSOLUTE/PATH/warehouse/lvzhi.duckdb"
NAMESPACE = uuid.UUID("6f1c3a52-7d0e-4b8e-9a3c-1b2d4e5f6a70")  # stable uuids: a re-import updates, not duplicates

DATABASE = "lvzhi"
# schema.table → dataset metrics, name: (label, SQL); a metric never shares a column's name (SQL aliases)
DATASETS = {
    "marts.mart_org_year_metrics": {
        "bodies": ("机构数", "COUNT(DISTINCT org_name)"),
        "sum_consultations": ("协商活动", "SUM(consultations)"),
        "sum_research_and_inspections": ("调研视察", "SUM(research_and_inspections)"),
        "sum_suggestions": ("意见建议", "SUM(suggestions)"),
        "sum_publicity_pieces": ("宣传稿件", "SUM(publicity_pieces)"),
        "sum_outreach_activities": ("联系群众活动", "SUM(outreach_activities)"),
        "sum_study_sessions": ("学习培训", "SUM(study_sessions)"),
    },
    "marts.mart_proposal_funnel": {"sum_received": ("收到提案", "SUM(received)"),
                                   "sum_filed": ("立案", "SUM(filed)"),
                                   "sum_completed": ("办复", "SUM(completed)")},
    "marts.fct_headline_figures": {"figures": ("数字", "COUNT(*)")},
    "marts.fct_activities": {"activities": ("活动", "COUNT(*)")},
    "quality.flagged_figures": {"flags": ("标记", "COUNT(*)")},
    "quality.runs": {"sum_transform_seconds": ("transform 秒", "SUM(transform_seconds)"),
                     "sum_validate_seconds": ("validate 秒", "SUM(validate_seconds)")},
}
MEASURE_METRICS = ["sum_consultations", "sum_research_and_inspections", "sum_suggestions", "sum_publicity_pieces",
                   "sum_outreach_activities", "sum_study_sessions"]
MEASURE_COLUMNS = [m.removeprefix("sum_") for m in MEASURE_METRICS]


def _uuid(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[dict]:
    rows = con.execute(f"describe {table}").fetchall()
    return [{"column_name": name, "verbose_name": None, "is_dttm": kind.startswith(("TIMESTAMP", "DATE")),
             "is_active": True, "type": kind, "groupby": True, "filterable": True, "expression": None,
             "description": None, "python_date_format": None} for name, kind, *_ in rows]


def _dataset(con: duckdb.DuckDBPyConnection, qualified: str, metrics: dict[str, tuple[str, str]]) -> dict:
    schema, table = qualified.split(".")
    columns = _columns(con, qualified)
    dttm = next((c["column_name"] for c in columns if c["is_dttm"]), None)
    return {
        "table_name": table, "main_dttm_col": dttm, "description": None, "default_endpoint": None,
        "offset": 0, "cache_timeout": None, "schema": schema, "sql": None, "params": None,
        "template_params": None, "filter_select_enabled": True, "fetch_values_predicate": None, "extra": None,
        "uuid": _uuid(f"dataset:{qualified}"),
        "metrics": [{"metric_name": name, "verbose_name": label, "metric_type": None, "expression": sql,
                     "description": None, "d3format": None, "extra": None, "warning_text": None}
                    for name, (label, sql) in metrics.items()],
        "columns": columns, "version": "1.0.0", "database_uuid": _uuid("database"),
    }


def _chart(name: str, viz_type: str, dataset: str, params: dict) -> dict:
    return {"slice_name": name, "description": None, "certified_by": None, "certification_details": None,
            "viz_type": viz_type, "params": {"datasource": "1__table", "viz_type": viz_type, "adhoc_filters": [],
                                             "row_limit": 10000, **params},
            "query_context": None, "cache_timeout": None, "uuid": _uuid(f"chart:{name}"), "version": "1.0.0",
            "dataset_uuid": _uuid(f"dataset:{dataset}")}


def _bar(by: str) -> dict:
    return {"x_axis": by, "metrics": MEASURE_METRICS, "groupby": [], "orientation": "vertical",
            "show_legend": True, "legendType": "scroll", "legendOrientation": "top", "y_axis_format": "SMART_NUMBER",
            "x_axis_sort_asc": True, "rich_tooltip": True, "color_scheme": "supersetColors"}


def _table(columns: list[str]) -> dict:
    return {"query_mode": "raw", "all_columns": columns, "order_by_cols": [], "server_pagination": False,
            "table_timestamp_format": "smart_date", "show_cell_bars": True, "include_search": True}


def charts() -> list[dict]:
    return [
        _chart("Bodies covered", "big_number_total", "marts.mart_org_year_metrics",
               {"metric": "bodies", "header_font_size": 0.4, "subheader_font_size": 0.15, "y_axis_format": "SMART_NUMBER"}),
        _chart("Headline measures by province", "echarts_timeseries_bar", "marts.mart_org_year_metrics", _bar("province")),
        _chart("Headline measures by level", "echarts_timeseries_bar", "marts.mart_org_year_metrics", _bar("org_level")),
        _chart("Bodies and years", "table", "marts.mart_org_year_metrics", _table(
            ["org_name", "report_year", "org_level", "province", *MEASURE_COLUMNS, "proposals_received",
             "proposals_filed", "public_opinion_items"])),
        _chart("Proposal funnel: stated vs computed rates", "table", "marts.mart_proposal_funnel", _table(
            ["org_name", "report_year", "received", "filed", "completed", "adopted", "stated_filing_rate",
             "computed_filing_rate", "stated_completion_rate", "computed_completion_rate", "flagged"])),
        _chart("Activities by type", "echarts_timeseries_bar", "marts.fct_activities",
               {"x_axis": "activity_type", "metrics": ["activities"], "groupby": ["report_year"],
                "orientation": "horizontal", "stack": "Stack", "show_legend": True, "y_axis_format": "SMART_NUMBER"}),
        _chart("Figures each total sums", "table", "marts.fct_headline_figures", _table(
            ["org_name", "report_year", "measure", "mention_text", "value", "unit", "subject", "counted",
             "excluded_because", "document_id", "metric_id"])),
        _chart("Flagged figures", "table", "quality.flagged_figures", _table(
            ["rule", "source", "document_id", "mention_text", "expected", "detail", "sentence"])),
    ]


def dashboard(chart_list: list[dict]) -> dict:
    rows = [[0], [1, 2], [3], [4, 5], [6], [7]]
    widths = {0: 3, 1: 6, 2: 6, 3: 12, 4: 7, 5: 5, 6: 12, 7: 12}
    position: dict = {"DASHBOARD_VERSION_KEY": "v2",
                      "ROOT_ID": {"children": ["GRID_ID"], "id": "ROOT_ID", "type": "ROOT"},
                      "GRID_ID": {"children": [], "id": "GRID_ID", "type": "GRID", "parents": ["ROOT_ID"]},
                      "HEADER_ID": {"id": "HEADER_ID", "type": "HEADER", "meta": {"text": "lvzhi 政协履职数据"}}}
    for number, members in enumerate(rows, start=1):
        row_id = f"ROW-{number}"
        position["GRID_ID"]["children"].append(row_id)
        position[row_id] = {"children": [], "id": row_id, "type": "ROW", "parents": ["ROOT_ID", "GRID_ID"],
                            "meta": {"background": "BACKGROUND_TRANSPARENT"}}
        for index in members:
            chart = chart_list[index]
            chart_id = f"CHART-{index + 1}"
            position[row_id]["children"].append(chart_id)
            position[chart_id] = {"children": [], "id": chart_id, "type": "CHART",
                                  "parents": ["ROOT_ID", "GRID_ID", row_id],
                                  "meta": {"chartId": index + 1, "height": 50, "width": widths[index],
                                           "sliceName": chart["slice_name"], "uuid": chart["uuid"]}}
    return {"dashboard_title": "lvzhi 政协履职数据", "description": None, "css": "", "slug": "lvzhi",
            "certified_by": None, "certification_details": None, "published": True,
            "uuid": _uuid("dashboard"), "position": position,
            "metadata": {"color_scheme": "supersetColors", "refresh_frequency": 0, "expanded_slices": {},
                         "label_colors": {}, "timed_refresh_immune_slices": [], "cross_filters_enabled": True,
                         "native_filter_configuration": [], "shared_label_colors": [],
                         "color_scheme_domain": []},
            "version": "1.0.0"}


def database(uri: str = PLACEHOLDER_URI) -> dict:
    return {"database_name": DATABASE, "sqlalchemy_uri": uri, "cache_timeout": None, "expose_in_sqllab": True,
            "allow_run_async": False, "allow_ctas": False, "allow_cvas": False, "allow_dml": False,
            "allow_csv_upload": False,
            # readers open the warehouse read-only, so they never conflict with a run
            "extra": {"engine_params": {"connect_args": {"read_only": True}}, "metadata_params": {},
                      "allows_virtual_table_explore": True},
            "uuid": _uuid("database"), "version": "1.0.0"}


def _dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def bundle_files(warehouse: Path, uri: str = PLACEHOLDER_URI) -> dict[str, str]:
    """Relative path → YAML text of every file of the bundle."""
    chart_list = charts()
    files = {"metadata.yaml": _dump({"version": "1.0.0", "type": "Dashboard",
                                     "timestamp": datetime(2026, 1, 1, tzinfo=timezone.utc).isoformat()}),
             f"databases/{DATABASE}.yaml": _dump(database(uri)),
             "dashboards/lvzhi.yaml": _dump(dashboard(chart_list))}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for qualified, metrics in DATASETS.items():
            files[f"datasets/{DATABASE}/{qualified.replace('.', '_')}.yaml"] = _dump(_dataset(con, qualified, metrics))
    for chart in chart_list:
        files[f"charts/{chart['slice_name'].replace(' ', '_').replace(':', '')}.yaml"] = _dump(chart)
    return files


def write_folder(folder: Path, warehouse: Path) -> None:
    for relative, text in bundle_files(warehouse).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def zip_bundle(target: Path, warehouse: Path, folder: Path = FOLDER) -> Path:
    """The committed bundle as an importable ZIP whose database is ``warehouse`` (absolute path)."""
    uri = f"duckdb:///{Path(warehouse).resolve()}"
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*.yaml")):
            text = path.read_text(encoding="utf-8").replace(PLACEHOLDER_URI, uri)
            archive.writestr(f"{ROOT}/{path.relative_to(folder).as_posix()}", text)
    return target


if __name__ == "__main__":  # python -m lvzhi.superset_bundle write FOLDER --warehouse FILE
    if sys.argv[1:2] != ["write"] or "--warehouse" not in sys.argv:
        sys.exit("usage: python -m lvzhi.superset_bundle write FOLDER --warehouse FILE")
    write_folder(Path(sys.argv[2]), Path(sys.argv[sys.argv.index("--warehouse") + 1]))
