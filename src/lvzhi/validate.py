"""Great Expectations validation of the marts, read from DuckDB into pandas DataFrames.

GX's SQL datasource fails on DuckDB, so each suite names a dataset (a query over the marts); the
frame is validated with GX's pandas datasource, and GX Data Docs are built from the results.
Suites are JSON files in expectations/, each expectation tagged ``critical`` (blocks publishing)
or ``warning`` (recorded only).
"""
from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from threading import Thread
from typing import TYPE_CHECKING

from . import duck
from .warehouse import read_table

if TYPE_CHECKING:  # pandas and GX load in ``preload`` (while dbt runs) or when validation starts
    import pandas as pd

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"

# Each dataset is one query; $extractor_version is bound, never pasted.
DATASETS = {
    "fct_metrics": """
        -- span_is_numeral: the figure's span is one the extractor read (a raw mention of its document
        -- with that span), and dbt's span test (dbt_project/tests/assert_spans_slice_to_numeral.sql), in
        -- the same build and before it, sliced the texts to the raw mentions' numerals: the texts are
        -- read once a run, not twice (100 MB corpus, a loaded machine: this query 5.3-7.6 s when it
        -- sliced them again, 0.07 s). dbt leaves documents of 2 million characters and more out
        -- (slicing deep into a huge string costs time in proportion to the offset): their figures are
        -- checked to lie inside them
        select m.*, d.char_count as document_char_count,
               d.document_id is not null as document_known,
               m.parent_metric_id is null or coalesce(parent.document_id = m.document_id, false) as parent_known,
               case
                   when rd.char_count >= 2000000 then m.char_end <= rd.char_count
                   else r.document_id is not null
               end as span_is_numeral
        from marts.fct_metrics as m
        left join marts.dim_documents as d using (document_id)
        left join marts.fct_metrics as parent on parent.metric_id = m.parent_metric_id
        left join (select document_id, char_count from raw.documents) as rd on rd.document_id = m.document_id
        left join raw.mentions as r
            on r.document_id = m.document_id and r.char_start = m.char_start and r.char_end = m.char_end
        {changed_rows}
    """,
    "dim_documents": "select * from marts.dim_documents",
    "mart_proposal_funnel": "select * from marts.mart_proposal_funnel",
    "documents": """
        with counts as (
            select document_id, count(*) as metric_count from marts.fct_metrics group by document_id
        ),
        raw_counts as (
            select document_id, count(*) as raw_mention_count from raw.mentions group by document_id
        ),
        previous as (
            select content_sha256, arg_max(metric_count, recorded_at) as previous_metric_count
            from quality.document_metric_counts
            where extractor_version = $extractor_version
            group by content_sha256
        )
        select r.document_id, r.source_path, r.content_sha256, r.char_count,
               d.document_id is not null as in_marts,
               coalesce(counts.metric_count, 0) as metric_count,
               coalesce(raw_counts.raw_mention_count, 0) as raw_mention_count,
               e.document_id is not null as expected_without_figures, previous.previous_metric_count
        from raw.documents as r
        left join marts.dim_documents as d using (document_id)
        left join counts using (document_id)
        left join raw_counts using (document_id)
        left join reference.documents_without_figures as e using (document_id)
        left join previous on previous.content_sha256 = r.content_sha256
    """,
}


@dataclass
class CheckResult:
    suite: str
    expectation: str
    column_name: str | None
    success: bool
    unexpected_count: int
    severity: str
    details: str

    def as_row(self, run_id: str, checked_at: datetime) -> dict:
        return {"run_id": run_id, "suite": self.suite, "expectation": self.expectation,
                "column_name": self.column_name, "success": self.success,
                "unexpected_count": self.unexpected_count, "severity": self.severity,
                "details": self.details, "checked_at": checked_at}

    def describe(self) -> str:
        """One line naming the check and the rows that broke it (document, figure and value)."""
        detail = json.loads(self.details)
        rows = detail.get("rows")
        if rows:
            examples = "; ".join(" ".join(f"{k}={v}" for k, v in row.items()) for row in rows[:3])
        elif detail.get("missing"):
            examples = f"missing columns {detail['missing']}"
        else:
            examples = detail.get("examples") or detail.get("observed") or detail.get("error")
        return (f"{self.suite}.{self.expectation}({self.column_name or ''}) [{self.severity}]: "
                f"{self.unexpected_count} rows, e.g. {examples} — {detail.get('why', '')}")


def _import_gx() -> None:
    try:
        import great_expectations  # noqa: F401
        import pandas  # noqa: F401
    except Exception:  # validation imports them again and reports what fails
        pass


@dataclass
class _Prepared:
    """A GX context with the suites' expectations and validation definitions, waiting for frames."""
    suites: list[dict]
    docs_dir: Path | None
    context: object
    definitions: list


def _import_and_prepare(docs_dir: Path | None) -> None:
    global _prepared
    _import_gx()
    try:
        suites = load_suites()
        _prepared = _prepare(suites, docs_dir)
    except Exception:  # validation prepares again and reports what fails
        _prepared = None


def preload(docs_dir: Path | None = None) -> Thread:
    """Import GX and pandas (several seconds) and build the GX context with every suite of
    expectations/ (for Data Docs in ``docs_dir``) in a background thread, so that it overlaps dbt's run
    in its own process; ``validate_warehouse`` waits for it, so no import runs twice at once."""
    global _preloading, _prepared
    _prepared = None
    _preloading = Thread(target=_import_and_prepare, args=(docs_dir,), name="lvzhi-preload-gx", daemon=True)
    _preloading.start()
    return _preloading


_preloading: Thread | None = None
_prepared: _Prepared | None = None


def _wait_for_preload() -> None:
    if _preloading is not None:
        _preloading.join()


def _take_prepared(suites: list[dict], docs_dir: Path | None) -> _Prepared | None:
    """The context the preload built, when it is for these suites and docs folder (used once: a
    context holds the results of its runs)."""
    global _prepared
    prepared, _prepared = _prepared, None
    if prepared is not None and prepared.suites == suites and prepared.docs_dir == docs_dir:
        return prepared
    return None


def load_suites(directory: Path = EXPECTATIONS_DIR) -> list[dict]:
    suites = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))]
    for suite in suites:
        if suite["dataset"] not in DATASETS:
            raise ValueError(f"suite {suite['name']} names unknown dataset {suite['dataset']}")
        for item in suite["expectations"]:
            if item.get("severity") not in {"critical", "warning"}:
                raise ValueError(f"suite {suite['name']}: {item['type']} needs severity critical or warning")
            _expectation_class(item["type"])
    return suites


def _expectation_class(type_name: str):
    import great_expectations as gx

    class_name = "".join(part.upper() if part in {"a", "b"} else part.capitalize()
                         for part in type_name.split("_"))
    try:
        return getattr(gx.expectations, class_name)
    except AttributeError:
        raise ValueError(f"unknown expectation type {type_name}") from None


def _context(docs_dir: Path | None):
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        context.add_data_docs_site(site_name="lvzhi", site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())},
        })
    return context


def _prepare(suites: list[dict], docs_dir: Path | None) -> _Prepared:
    """A GX context holding each suite, its expectations and a validation definition over a dataframe."""
    import great_expectations as gx

    context = _context(docs_dir)
    source = context.data_sources.add_pandas(name="lvzhi")
    definitions = []
    for suite in suites:
        batch_definition = source.add_dataframe_asset(name=suite["name"]).add_batch_definition_whole_dataframe("all")
        gx_suite = context.suites.add(gx.ExpectationSuite(name=suite["name"], meta={"notes": suite.get("description", "")}))
        for index, item in enumerate(suite["expectations"]):
            gx_suite.add_expectation(_expectation_class(item["type"])(
                **item["kwargs"], meta={"index": index, "severity": item["severity"], "why": item.get("why", "")}))
        definitions.append(context.validation_definitions.add(
            gx.ValidationDefinition(name=suite["name"], data=batch_definition, suite=gx_suite)))
    return _Prepared(suites, docs_dir, context, definitions)


def validate_frames(suites: list[dict], frames: Mapping[str, pd.DataFrame] | Callable[[dict], pd.DataFrame],
                    docs_dir: Path | None = None, prepared: _Prepared | None = None) -> list[CheckResult]:
    """Validate each suite's frame with GX; one CheckResult per expectation; Data Docs to docs_dir.
    ``frames``: by suite name, or a function reading a suite's frame (then one frame at a time is held).
    ``prepared``: the context ``preload`` built for these suites and docs_dir (else built here)."""
    prepared = prepared or _prepare(suites, docs_dir)
    results: list[CheckResult] = []
    for suite, definition in zip(suites, prepared.definitions):
        # rows are named by the suite's identify_by columns (metric_id, document_id, mention_text …)
        frame = frames(suite) if callable(frames) else frames[suite["name"]]
        result_format = {"result_format": "SUMMARY", "partial_unexpected_count": 20,
                         "unexpected_index_column_names": [c for c in suite.get("identify_by", [])
                                                           if c in frame.columns]}
        suite_result = definition.run(batch_parameters={"dataframe": frame},
                                      result_format=result_format)
        results.extend(_check_results(suite, suite_result))
        del frame, suite_result  # the next suite's frame is read without this one beside it
    if docs_dir is not None:
        prepared.context.build_data_docs(site_names=["lvzhi"])
        _offline(docs_dir)
    return results


def _offline(docs_dir: Path) -> None:
    """Point the Data Docs at local copies of their scripts and styles (see lvzhi.data_docs)."""
    from .data_docs import localize

    try:
        localize(docs_dir)
    except FileNotFoundError as missing:  # docs still open, unstyled without network
        print(f"  (Data Docs left with CDN links: {missing})", file=sys.stderr)


def _check_results(suite: dict, suite_result) -> list[CheckResult]:
    by_index = {r.expectation_config.meta["index"]: r for r in suite_result.results}
    results = []
    for index, item in enumerate(suite["expectations"]):
        result = by_index[index]
        detail = result.result or {}
        raised = bool(result.exception_info and result.exception_info.get("raised_exception"))
        kwargs = item["kwargs"]
        results.append(CheckResult(
            suite=suite["name"],
            expectation=item["type"],
            column_name=kwargs.get("column") or ",".join(str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs) or None,
            success=bool(result.success),
            unexpected_count=int(detail.get("unexpected_count") or (0 if result.success else 1)),
            severity=item["severity"],
            details=json.dumps({"why": item.get("why", ""),
                                "examples": (detail.get("partial_unexpected_list") or [])[:5],
                                "rows": _named_rows(detail.get("partial_unexpected_index_list") or []),
                                "observed": detail.get("observed_value"),
                                "missing": ((detail.get("details") or {}).get("mismatched") or {}).get("missing"),
                                "error": result.exception_info.get("exception_message") if raised else None},
                               ensure_ascii=False, default=str),
        ))
    return results


def _named_rows(rows: list[dict]) -> list[dict]:
    """The failing rows as plain JSON values (GX hands numpy scalars; NaN is a missing value)."""
    named = []
    for row in rows[:20]:
        plain = {}
        for key, value in row.items():
            value = value.item() if hasattr(value, "item") else value
            plain[key] = None if isinstance(value, float) and value != value else value
        named.append(plain)
    return named


# A changed-only run (lvzhi.transform.build; raw.changed_documents lists the documents added, changed or
# removed) runs GX on the figures of those documents only: the other figures are rows the published run
# checked, and in them only the repeat link and the flags can have changed. Every figure still passes the
# critical checks, as one SQL aggregate over the dataset (``sql_checks``), with no frame: on the 100 MB
# corpus the figures' frame and GX's passes over it took ~2.4 of the ~2.6 s of a 1%-changed re-run's
# validation.
CHANGED_ROWS = "where m.document_id in (select document_id from raw.changed_documents)"
# the datasets a changed-only run cuts to the changed documents' rows ({changed_rows} in the query)
CUT_TO_CHANGED_ROWS = {name for name, query in DATASETS.items() if "{changed_rows}" in query}


def _query(dataset: str, changed_only: bool, every_row: bool = False) -> str:
    """The dataset's query; ``changed_only``: cut to the changed documents' rows (unless ``every_row``)."""
    return DATASETS[dataset].replace("{changed_rows}", CHANGED_ROWS if changed_only and not every_row else "")


# expectations that read a table's column names or row count, never a column's values
TABLE_SHAPE_EXPECTATIONS = {"expect_table_columns_to_match_set", "expect_table_columns_to_match_ordered_list",
                            "expect_table_column_count_to_equal", "expect_table_column_count_to_be_between",
                            "expect_table_row_count_to_equal", "expect_table_row_count_to_be_between"}
COLUMN_ARGUMENTS = ("column", "column_A", "column_B", "column_list")


def suite_columns(suite: dict, columns: list[str]) -> list[str]:
    """The dataset's columns whose values a suite reads: those its expectations name (and their
    row_condition), and identify_by. Every column when an expectation may read any (a kind not known
    to name its columns)."""
    wanted = set(suite.get("identify_by", []))
    for item in suite["expectations"]:
        kwargs = item["kwargs"]
        named = [kwargs[k] for k in COLUMN_ARGUMENTS if k in kwargs]
        if not named and item["type"] not in TABLE_SHAPE_EXPECTATIONS:
            return list(columns)
        for value in named:
            wanted.update(value if isinstance(value, list) else [value])
        wanted.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", str(kwargs.get("row_condition") or "")))
    return [c for c in columns if c in wanted]


# The figures' dataset is read in parts of about this many figures, each part the figures of a share of
# the documents (by a hash of document_id) with every table it joins cut to those documents: one query
# over a 1 GB corpus's 1.9 M figures filled DuckDB's whole memory limit (~1.4 GB) beside the frame
# being made, a part needs a fraction of it. Each figure's row is the same: its document, raw mention,
# text and parent (a parent in another document is no parent: parent_known is false either way) are
# in its part.
PART_FIGURES = 400_000
PART_MEMORY = "512MB"  # DuckDB's limit for a part's query (a lower LVZHI_DUCKDB_MEMORY wins)
PARTITIONED = {"fct_metrics": ("marts.fct_metrics", "marts.dim_documents", "raw.documents", "raw.mentions")}


def _parts(database: Path, dataset: str) -> int:
    if dataset not in PARTITIONED:
        return 1
    figures = int(read_table(database, "select count(*) as n from marts.fct_metrics")["n"][0])
    return max(1, -(-figures // PART_FIGURES))


def _part(query: str, dataset: str, parts: int, part: int) -> str:
    """``query`` with each of the dataset's tables cut to the documents of part ``part`` of ``parts``."""
    if parts == 1:
        return query
    tables = "|".join(re.escape(t) for t in PARTITIONED[dataset])
    return re.sub(rf"\b({tables})\b",
                  lambda m: f"(select * from {m.group(1)} where hash(document_id) % {parts} = {part})", query)


def read_frame(database: Path, suite: dict, extractor_version: str, changed_only: bool = False) -> pd.DataFrame:
    """A suite's dataset as a frame, with values only in the columns the suite reads: the others are
    carried empty (every column name is there for the column-set checks), so the frame of a
    corpus's figures holds what is checked, not every column of every figure. A large dataset is
    read in parts (PART_FIGURES), put together as one frame."""
    import pandas as pd
    import polars as pl
    import pyarrow as pa

    query = _query(suite["dataset"], changed_only)
    params = {"extractor_version": extractor_version} if "$extractor_version" in query else None
    columns = read_table(database, f"select * from ({query}) as dataset limit 0", params).columns
    read = suite_columns(suite, columns)
    listed = ", ".join(_quoted(c) for c in read)
    parts = 1 if changed_only else _parts(database, suite["dataset"])  # the changed rows: a few
    pieces = []
    for part in range(parts):
        # a connection per part, lower capped: DuckDB keeps the blocks a query read (a part reads every
        # text) cached up to its limit, beside the parts already read
        with duck.connect(database, read_only=True, at_most=PART_MEMORY if parts > 1 else None) as con:
            pieces.append(con.execute(f"select {listed} from ({_part(query, suite['dataset'], parts, part)}) "
                                      "as dataset", params).pl())
    whole = pieces[0] if parts == 1 else pl.concat(pieces, rechunk=False)
    del pieces
    frame = whole.to_pandas()
    del whole
    if read == columns:
        return frame
    for position, name in enumerate(columns):
        if name not in read:
            frame.insert(position, name, pd.arrays.ArrowExtensionArray(pa.nulls(len(frame))))  # no bytes a row
    return frame


def read_frames(database: Path, suites: list[dict], extractor_version: str,
                changed_only: bool = False) -> dict[str, pd.DataFrame]:
    return {suite["name"]: read_frame(database, suite, extractor_version, changed_only) for suite in suites}


def validate_warehouse(database: Path, extractor_version: str, docs_dir: Path | None = None,
                       suites: list[dict] | None = None, changed_only: bool = False) -> list[CheckResult]:
    """Each suite's frame read as it is validated, one at a time; ``changed_only``: GX on the changed
    documents' figures, every figure through the critical checks in SQL (see CHANGED_ROWS)."""
    _wait_for_preload()
    suites = suites or load_suites()
    results = validate_frames(suites, lambda suite: read_frame(database, suite, extractor_version, changed_only),
                              docs_dir, _take_prepared(suites, docs_dir))
    if not changed_only:
        return results
    return _with_every_row_checked(database, suites, results, extractor_version)


def _with_every_row_checked(database: Path, suites: list[dict], results: list[CheckResult],
                            extractor_version: str) -> list[CheckResult]:
    """``results`` (one a suite's expectation, in order; GX's on the changed rows) with each critical
    expectation of a dataset cut to the changed rows also checked on every row, in SQL."""
    checked: list[CheckResult] = []
    position = 0
    for suite in suites:
        whole = _sql_checks_or_none(database, suite, extractor_version) if suite["dataset"] in CUT_TO_CHANGED_ROWS else {}
        for index, item in enumerate(suite["expectations"]):
            result = results[position]
            position += 1
            if index in whole:  # a row count is the whole table's (the changed rows may be none)
                result = whole[index] if item["type"] in ROW_COUNT_EXPECTATIONS else _joined(result, whole[index])
            checked.append(result)
    return checked


ROW_COUNT_EXPECTATIONS = {"expect_table_row_count_to_equal", "expect_table_row_count_to_be_between"}


def _sql_checks_or_none(database: Path, suite: dict, extractor_version: str) -> dict[int, CheckResult]:
    """``sql_checks``, or none when the dataset lacks a column they name (a mart that lost a column):
    GX's checks of the columns and of that column fail the run, naming it."""
    import duckdb

    try:
        return sql_checks(database, suite, extractor_version)
    except duckdb.BinderException:
        return {}


def _joined(on_changed_rows: CheckResult, on_every_row: CheckResult) -> CheckResult:
    """One expectation's result from GX on the changed rows and SQL on every row: failed when either
    failed, counted on every row, its rows named by GX when GX saw them."""
    if not on_every_row.success and on_changed_rows.success:
        return on_every_row
    return CheckResult(**{**on_changed_rows.__dict__, "success": on_changed_rows.success and on_every_row.success,
                          "unexpected_count": max(on_changed_rows.unexpected_count, on_every_row.unexpected_count)})


def _quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def _literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def unexpected_condition(item: dict) -> str | None:
    """A SQL condition true on each row GX counts as unexpected for this expectation (nulls as GX treats
    them: a column's missing value is neither in nor out of a set or a range), or None for a kind not
    translated or one with a pandas row_condition."""
    kind, kwargs = item["type"], item["kwargs"]
    if "row_condition" in kwargs or kwargs.get("mostly") is not None:
        return None
    if kind == "expect_column_values_to_not_be_null":
        return f"{_quoted(kwargs['column'])} is null"
    if kind == "expect_column_values_to_be_in_set":
        values = ", ".join(_literal(v) for v in kwargs["value_set"])
        return f"{_quoted(kwargs['column'])} is not null and {_quoted(kwargs['column'])} not in ({values})"
    if kind == "expect_column_values_to_be_between":
        column, bounds = _quoted(kwargs["column"]), []
        if kwargs.get("min_value") is not None:
            bounds.append(f"{column} {'<=' if kwargs.get('strict_min') else '<'} {_literal(kwargs['min_value'])}")
        if kwargs.get("max_value") is not None:
            bounds.append(f"{column} {'>=' if kwargs.get('strict_max') else '>'} {_literal(kwargs['max_value'])}")
        return f"{column} is not null and ({' or '.join(bounds) or 'false'})"
    if kind == "expect_column_pair_values_a_to_be_greater_than_b":
        a, b = _quoted(kwargs["column_A"]), _quoted(kwargs["column_B"])
        ignored = {"both_values_are_missing": f"{a} is null and {b} is null",
                   "either_value_is_missing": f"{a} is null or {b} is null"}.get(kwargs.get("ignore_row_if",
                                                                                       "both_values_are_missing"))
        if ignored is None:
            return None
        return f"not ({ignored}) and not coalesce({a} {'>=' if kwargs.get('or_equal') else '>'} {b}, false)"
    return None


def sql_checks(database: Path, suite: dict, extractor_version: str) -> dict[int, CheckResult]:
    """The suite's critical expectations that SQL can answer (row count, uniqueness, ``unexpected_condition``)
    over every row of its dataset, in one aggregate and a grouped count for each unique column; by expectation index.
    The first failing rows are read, named by identify_by, only when a check fails."""
    query = _query(suite["dataset"], changed_only=True, every_row=True)
    params = {"extractor_version": extractor_version} if "$extractor_version" in query else None
    conditions: dict[int, str] = {}
    unique: dict[int, str] = {}
    for index, item in enumerate(suite["expectations"]):
        if item["severity"] != "critical":
            continue
        if item["type"] == "expect_column_values_to_be_unique" and "row_condition" not in item["kwargs"]:
            unique[index] = _quoted(item["kwargs"]["column"])
        elif (condition := unexpected_condition(item)) is not None:
            conditions[index] = condition
    counted = ", ".join([f"count(*) filter (where {condition}) as c{index}" for index, condition in conditions.items()]
                        + [f"(select coalesce(sum(n), 0) from (select count(*) as n from dataset where {column} "
                           f"is not null group by {column} having count(*) > 1)) as c{index}"
                           for index, column in unique.items()])
    # the dataset's joins run once: its checked columns are kept for the aggregate and the grouped counts
    named = {column for index in [*conditions, *unique] for column in _named_columns(suite["expectations"][index])}
    kept = ", ".join(_quoted(column) for column in sorted(named)) or "1 as one"
    with duck.connect(database, read_only=True) as con:
        row = con.execute(f"with dataset as materialized (select {kept} from ({query}) as whole) "
                          f"select count(*) as row_count{', ' + counted if counted else ''} from dataset",
                          params).fetchone()
        counts = dict(zip(["row_count", *[f"c{i}" for i in [*conditions, *unique]]], row))
        results = {}
        for index, item in enumerate(suite["expectations"]):
            if item["severity"] != "critical":
                continue
            if item["type"] in ROW_COUNT_EXPECTATIONS:
                results[index] = _row_count_result(suite, item, counts["row_count"])
            elif index in conditions or index in unique:
                failing = (f"{unique[index]} in (select {unique[index]} from dataset group by all having count(*) > 1)"
                           if index in unique else conditions[index])
                results[index] = _sql_result(con, suite, item, query, params, counts[f"c{index}"], failing)
    return results


def _named_columns(item: dict) -> list[str]:
    kwargs = item["kwargs"]
    return [kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs]


def _row_count_result(suite: dict, item: dict, observed: int) -> CheckResult:
    low, high = item["kwargs"].get("min_value"), item["kwargs"].get("max_value")
    if "value" in item["kwargs"]:  # expect_table_row_count_to_equal
        low = high = item["kwargs"]["value"]
    success = (low is None or observed >= low) and (high is None or observed <= high)
    return CheckResult(suite["name"], item["type"], None, success, 0 if success else 1, item["severity"],
                       json.dumps({"why": item.get("why", ""), "examples": [], "rows": [], "observed": observed,
                                   "missing": None, "error": None, "checked": "every row, in SQL"},
                                  ensure_ascii=False))


def _sql_result(con, suite: dict, item: dict, query: str, params: dict | None, unexpected: int,
                failing: str) -> CheckResult:
    kwargs = item["kwargs"]
    rows: list[dict] = []
    if unexpected:
        named = [c for c in dict.fromkeys([*suite.get("identify_by", []),
                                           *_named_columns(item)])]
        cursor = con.execute(f"with dataset as ({query}) select {', '.join(map(_quoted, named))} from dataset "
                             f"where {failing} limit 5", params)
        rows = [dict(zip(named, values)) for values in cursor.fetchall()]
    column = kwargs.get("column") or ",".join(str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs) or None
    return CheckResult(suite["name"], item["type"], column, unexpected == 0, int(unexpected), item["severity"],
                       json.dumps({"why": item.get("why", ""), "examples": [], "rows": _named_rows(rows),
                                   "observed": None, "missing": None, "error": None,
                                   "checked": "every row, in SQL"}, ensure_ascii=False, default=str))


class Child:
    """Validation in a process of its own (lvzhi.validate_child): it imports GX and builds the suites'
    context as it starts, then validates once and ends, and the memory its frames took goes back to the system with it. In the flow process,
    pandas' and GX's hold of a corpus's figures (~2 GiB at 1 GB) stayed with the process after
    validation, under the report drawn next."""

    def __init__(self, docs_dir: Path | None = None):
        import os
        import subprocess

        from .transform import _die_with_parent

        self.docs_dir = docs_dir
        package_root = str(Path(__file__).resolve().parents[1])  # this lvzhi, whatever the child's path
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lvzhi.validate_child", *([str(docs_dir)] if docs_dir is not None else [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, preexec_fn=_die_with_parent)

    def validate(self, database: Path, extractor_version: str, changed_only: bool = False) -> list[CheckResult]:
        """The results of every suite; the child has ended when this returns."""
        from .validate_child import RESULTS

        request = json.dumps({"database": str(Path(database).resolve()), "extractor_version": extractor_version,
                              "changed_only": changed_only})
        output, _ = self.process.communicate((request + "\n").encode("utf-8"))
        lines = output.decode("utf-8", errors="replace").splitlines()
        found = [line[len(RESULTS):] for line in lines if line.startswith(RESULTS)]
        if self.process.returncode != 0 or not found:
            raise RuntimeError(f"the validation process ended with code {self.process.returncode} "
                               f"without results (its errors are printed above); it printed: {lines[-5:]}")
        return [CheckResult(**fields) for fields in json.loads(found[-1])]

    def kill(self) -> None:
        """End the child now (not used, or not waited for): it writes nothing the run keeps."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()


def validate_in_child(database: Path, extractor_version: str, docs_dir: Path | None = None,
                      changed_only: bool = False) -> list[CheckResult]:
    """``validate_warehouse`` in a process of its own, which has ended when this returns."""
    child = Child(docs_dir)
    try:
        return child.validate(database, extractor_version, changed_only)
    except BaseException:  # a signal or an error here: the checks are not waited for
        child.kill()
        raise


def summary_markdown(results: list[CheckResult], run_id: str, flags: FlagSummary | None = None) -> str:
    lines = [f"# lvzhi validation, run {run_id}", "",
             f"{sum(r.success for r in results)} of {len(results)} expectations passed.", ""]
    if flags is not None:
        lines += [f"Plausibility: {flags.describe()} — published, listed in quality.flagged_figures.", ""]
        if flags.examples:
            lines += ["| document | metric_id | figure | rule | source | detail |", "|---|---|---|---|---|---|"]
            lines += [f"| {f['document_id']} | {f['metric_id']} | {f['mention_text']} | {f['rule']} | "
                      f"{f['source']} | {f['detail']} |" for f in flags.examples]
            lines.append("")
    lines += [
             "| suite | expectation | column | severity | result | unexpected |", "|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.suite} | {r.expectation} | {r.column_name or ''} | {r.severity} | "
                     f"{'pass' if r.success else 'FAIL'} | {r.unexpected_count} |")
    failed = [r for r in results if not r.success]
    if failed:
        lines += ["", "## Failed", ""] + [f"- {r.describe()}" for r in failed]
    return "\n".join(lines)


def now() -> datetime:
    return datetime.now(timezone.utc)


# --- plausibility flags and drift -------------------------------------------------------------

DRIFT_THRESHOLDS = EXPECTATIONS_DIR / "drift" / "thresholds.json"
DRIFT_MEASURES = """
    select
        (select avg(flagged::int) from marts.fct_metrics) as flagged_share,
        (select avg((org_name is null)::int) from marts.fct_metrics where period = 'actual') as no_org_share,
        (select avg((report_year is null)::int) from marts.fct_metrics where period = 'actual') as no_year_share,
        (select avg((not exists (select 1 from marts.fct_metrics as m
                                 where m.document_id = d.document_id))::int)
         from marts.dim_documents as d) as empty_document_share
"""
PREVIOUS_DRIFT_MEASURES = """
    select flagged_share, no_org_share, no_year_share, empty_document_share
    from quality.runs where published and flagged_share is not null
    order by finished_at desc limit 1
"""


@dataclass
class FlagSummary:
    by_rule: dict[str, int]
    figures: int  # distinct figures flagged
    examples: list[dict]

    def describe(self) -> str:
        if not self.by_rule:
            return "0 figures flagged"
        rules = ", ".join(f"{rule} {count}" for rule, count in self.by_rule.items())
        return f"{self.figures} figures flagged ({rules})"


def flag_summary(database: Path, examples: int = 10) -> FlagSummary:
    """What the plausibility rules flagged in a built warehouse (quality.flagged_figures)."""
    by_rule = read_table(database, """
        select rule, count(distinct metric_id) as figures from quality.flagged_figures
        group by rule order by figures desc, rule""")
    figures = read_table(database, "select count(distinct metric_id) as n from quality.flagged_figures")
    shown = read_table(database, f"""
        select document_id, metric_id, mention_text, rule, source, detail, sentence
        from quality.flagged_figures order by document_id, rule, metric_id limit {int(examples)}""")
    return FlagSummary(dict(zip(by_rule["rule"].to_list(), by_rule["figures"].to_list())),
                       int(figures["n"][0]), shown.to_dicts())


def drift_measures(database: Path) -> dict[str, float | None]:
    return read_table(database, DRIFT_MEASURES).to_dicts()[0]


def check_drift(now: dict[str, float | None], before: dict[str, float | None] | None,
                thresholds: Path = DRIFT_THRESHOLDS) -> list[CheckResult]:
    """Each measure against the last published run: a rise beyond its threshold fails."""
    results = []
    for item in json.loads(thresholds.read_text(encoding="utf-8"))["measures"]:
        measure, limit = item["measure"], float(item["max_increase"])
        current, previous = now.get(measure), (before or {}).get(measure)
        rise = None if current is None or previous is None else current - previous
        success = rise is None or rise <= limit
        results.append(CheckResult(
            suite="drift", expectation="share_rises_at_most", column_name=measure, success=success,
            unexpected_count=0 if success else 1, severity=item["severity"],
            details=json.dumps({"why": item.get("why", ""),
                                "observed": {"now": _rounded(current), "last_published": _rounded(previous),
                                             "max_increase": limit}}, ensure_ascii=False)))
    return results


def previous_drift_measures(database: Path) -> dict[str, float | None] | None:
    rows = read_table(database, PREVIOUS_DRIFT_MEASURES).to_dicts()
    return rows[0] if rows else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
