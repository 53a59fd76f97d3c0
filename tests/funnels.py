"""Funnel rows of one real flow run over written texts: the funnel tests read them here, not through a copy
of the same run and query in every file."""
from __future__ import annotations

from pathlib import Path

import duckdb


def funnel_rows(folder: Path, texts: dict[str, str], cells: tuple[str, ...]) -> dict[str, list[dict]]:
    """{text name: [its funnel rows as {cell: value}]} after ``lvzhi_run`` over ``texts`` written into ``folder``."""
    from flows.pipeline import lvzhi_run

    source = folder / "source"
    source.mkdir()
    for name, text in texts.items():
        (source / f"{name}.txt").write_text(text, encoding="utf-8")
    warehouse = folder / "w.duckdb"
    summary = lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    assert summary.published
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(f"""
            select d.source_path, {', '.join('f.' + c for c in cells)}
            from marts.mart_proposal_funnel as f
            join marts.fct_metrics as m
                on m.metric_id = coalesce(f.received_metric_id, f.filed_metric_id, f.completed_metric_id,
                                          f.satisfaction_rate_metric_id)
            join marts.dim_documents as d using (document_id)""").fetchall()
    by_document: dict[str, list[dict]] = {}
    for path, *values in rows:
        stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        by_document.setdefault(stem, []).append(dict(zip(cells, values)))
    return by_document
