"""``lvzhi explain FILE``: the document with each mention marked, then the mentions' attributes."""
from __future__ import annotations

from pathlib import Path

from .extract import extract
from .ingest import read_text


def explain_text(text: str) -> str:
    result = extract(text)
    info = result.document
    marked, cursor = [], 0
    for number, metric in enumerate(result.metrics, 1):
        marked.append(text[cursor:metric.char_start])
        marked.append(f"【{metric.numeral}】[{number}]")
        cursor = metric.char_end
    marked.append(text[cursor:])
    lines = [f"title: {info.title}",
             f"org: {info.org_name} ({info.org_level or 'level unknown'}, {info.province or 'province unknown'})"
             f"   year: {info.report_year} (from {info.year_source or 'nothing'})   type: {info.doc_type}",
             "", "".join(marked), "", f"{len(result.metrics)} mentions:"]
    for number, m in enumerate(result.metrics, 1):
        lines.append(f"[{number}] {m.char_start}-{m.char_end} {m.mention_text!r} value={m.value:g} unit={m.unit!r} "
                     f"approx={m.approx} period={m.period} category={m.category} org={m.org_name} ({m.org_source}) "
                     f"year={m.report_year} ({m.year_source}) subject={m.subject}"
                     + (f" part_of=[{m.parent_index + 1}]" if m.parent_index is not None else ""))
    return "\n".join(lines)


def explain_file(path: Path) -> str:
    text, _ = read_text(path)
    return explain_text(text)
