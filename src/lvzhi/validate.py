"""Great Expectations validation of the marts, read from DuckDB into pandas DataFrames.

GX's SQL datasource fails on DuckDB, so each suite names a dataset (a query over the marts); the
frame is validated with GX's pandas datasource, and GX Data Docs are built from the results.
Suites are JSON files in expectations/, each expectation tagged ``critical`` (blocks publishing)
or ``warning`` (recorded only).
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .warehouse import read_table

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"

# Each dataset is one query; $extractor_version is bound, never pasted.
DATASETS = {
    "fct_metrics": """
        select m.*, d.char_count as document_char_count,
               m.unit in (select unit from reference.units where kind = 'count') as is_count_unit,
               m.value = floor(m.value) as is_whole
        from marts.fct_metrics as m
        left join marts.dim_documents as d using (document_id)
    """,
    "mart_proposal_funnel": """
        select f.*,
               exists (select 1 from intermediate.int_funnel_checks as c
                       where c.funnel_id = f.funnel_id and c.violated and c.high_confidence) as explained_by_finding
        from marts.mart_proposal_funnel as f
    """,
    "subtotals": """
        select child.metric_id, child.value, child.unit, parent.value as parent_value, parent.unit as parent_unit
        from marts.fct_metrics as child
        join marts.fct_metrics as parent on child.parent_metric_id = parent.metric_id
    """,
    "documents": """
        with counts as (
            select document_id, count(*) as metric_count from marts.fct_metrics group by document_id
        ),
        previous as (
            select content_sha256, arg_max(metric_count, recorded_at) as previous_metric_count
            from quality.document_metric_counts
            where extractor_version = $extractor_version
            group by content_sha256
        )
        select d.document_id, d.content_sha256, coalesce(counts.metric_count, 0) as metric_count,
               e.document_id is not null as expected_without_figures, previous.previous_metric_count
        from marts.dim_documents as d
        left join counts using (document_id)
        left join reference.documents_without_figures as e using (document_id)
        left join previous using (content_sha256)
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
        detail = json.loads(self.details)
        examples = detail.get("examples") or detail.get("observed")
        return (f"{self.suite}.{self.expectation}({self.column_name or ''}) [{self.severity}]: "
                f"{self.unexpected_count} rows, e.g. {examples}")


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


def validate_frames(suites: list[dict], frames: dict[str, pd.DataFrame],
                    docs_dir: Path | None = None) -> list[CheckResult]:
    """Validate each suite's frame with GX; one CheckResult per expectation; Data Docs to docs_dir."""
    import great_expectations as gx

    context = _context(docs_dir)
    source = context.data_sources.add_pandas(name="lvzhi")
    definitions, parameters = [], {}
    for suite in suites:
        batch_definition = source.add_dataframe_asset(name=suite["name"]).add_batch_definition_whole_dataframe("all")
        gx_suite = context.suites.add(gx.ExpectationSuite(name=suite["name"], meta={"notes": suite.get("description", "")}))
        for index, item in enumerate(suite["expectations"]):
            gx_suite.add_expectation(_expectation_class(item["type"])(
                **item["kwargs"], meta={"index": index, "severity": item["severity"], "why": item.get("why", "")}))
        definitions.append(context.validation_definitions.add(
            gx.ValidationDefinition(name=suite["name"], data=batch_definition, suite=gx_suite)))
    results: list[CheckResult] = []
    for suite, definition in zip(suites, definitions):
        suite_result = definition.run(batch_parameters={"dataframe": frames[suite["name"]]},
                                      result_format="SUMMARY")
        results.extend(_check_results(suite, suite_result))
    if docs_dir is not None:
        context.build_data_docs(site_names=["lvzhi"])
    return results


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
                                "observed": detail.get("observed_value"),
                                "error": result.exception_info.get("exception_message") if raised else None},
                               ensure_ascii=False, default=str),
        ))
    return results


def read_frames(database: Path, suites: list[dict], extractor_version: str) -> dict[str, pd.DataFrame]:
    frames = {}
    for suite in suites:
        query = DATASETS[suite["dataset"]]
        params = {"extractor_version": extractor_version} if "$extractor_version" in query else None
        frames[suite["name"]] = read_table(database, query, params).to_pandas()
    return frames


def validate_warehouse(database: Path, extractor_version: str, docs_dir: Path | None = None,
                       suites: list[dict] | None = None) -> list[CheckResult]:
    suites = suites or load_suites()
    return validate_frames(suites, read_frames(database, suites, extractor_version), docs_dir)


def summary_markdown(results: list[CheckResult], run_id: str) -> str:
    lines = [f"# lvzhi validation, run {run_id}", "",
             f"{sum(r.success for r in results)} of {len(results)} expectations passed.", "",
             "| suite | expectation | column | severity | result | unexpected |", "|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.suite} | {r.expectation} | {r.column_name or ''} | {r.severity} | "
                     f"{'pass' if r.success else 'FAIL'} | {r.unexpected_count} |")
    return "\n".join(lines)


def now() -> datetime:
    return datetime.now(timezone.utc)
