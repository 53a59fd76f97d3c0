"""Great Expectations validation of the marts, read from DuckDB into pandas DataFrames.

GX's SQL datasource fails on DuckDB, so each suite names a dataset (a query over the marts); the
frame is validated with GX's pandas datasource. Suites are JSON files in expectations/, each
expectation tagged critical (blocks publishing) or warning (recorded only).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .warehouse import read_table

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"

DATASETS = {
    "fct_metrics": """
        select m.*, d.char_count as document_char_count
        from marts.fct_metrics as m
        left join marts.dim_documents as d using (document_id)
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


def load_suites(directory: Path = EXPECTATIONS_DIR) -> list[dict]:
    suites = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))]
    for suite in suites:
        if suite["dataset"] not in DATASETS:
            raise ValueError(f"suite {suite['name']} names unknown dataset {suite['dataset']}")
        for item in suite["expectations"]:
            if item.get("severity") not in {"critical", "warning"}:
                raise ValueError(f"suite {suite['name']}: {item['type']} needs severity critical or warning")
    return suites


def _expectation_class(type_name: str):
    import great_expectations as gx

    class_name = "".join(part.capitalize() if part not in {"a", "b"} else part.upper()
                         for part in type_name.split("_"))
    try:
        return getattr(gx.expectations, class_name)
    except AttributeError:
        raise ValueError(f"unknown expectation type {type_name}") from None


def _quiet_context():
    import logging

    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def validate_frame(suite: dict, frame: pd.DataFrame) -> list[CheckResult]:
    """Validate ``frame`` against one suite in a single GX run; one CheckResult per expectation."""
    import great_expectations as gx

    context = _quiet_context()
    source = context.data_sources.add_pandas(name=f"lvzhi_{suite['name']}")
    asset = source.add_dataframe_asset(name=suite["dataset"])
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": frame})
    gx_suite = gx.ExpectationSuite(name=suite["name"])
    for index, item in enumerate(suite["expectations"]):
        gx_suite.add_expectation(_expectation_class(item["type"])(**item["kwargs"], meta={"index": index}))
    outcome = batch.validate(gx_suite)
    by_index = {r.expectation_config.meta["index"]: r for r in outcome.results}
    results: list[CheckResult] = []
    for index, item in enumerate(suite["expectations"]):
        result = by_index[index]
        detail = result.result or {}
        examples = detail.get("partial_unexpected_list") or []
        failed_to_run = bool(result.exception_info and result.exception_info.get("raised_exception"))
        results.append(CheckResult(
            suite=suite["name"],
            expectation=item["type"],
            column_name=item["kwargs"].get("column") or
            ",".join(str(item["kwargs"][k]) for k in ("column_A", "column_B") if k in item["kwargs"]) or None,
            success=bool(result.success),
            unexpected_count=int(detail.get("unexpected_count") or (0 if result.success else 1)),
            severity=item["severity"],
            details=json.dumps({"why": item.get("why", ""), "examples": examples[:5],
                                "observed": detail.get("observed_value"),
                                "error": result.exception_info.get("exception_message") if failed_to_run else None},
                               ensure_ascii=False, default=str),
        ))
    return results


def validate_warehouse(database: Path, suites: list[dict] | None = None) -> list[CheckResult]:
    results: list[CheckResult] = []
    for suite in suites or load_suites():
        frame = read_table(database, DATASETS[suite["dataset"]]).to_pandas()
        results.extend(validate_frame(suite, frame))
    return results


def now() -> datetime:
    return datetime.now(timezone.utc)
