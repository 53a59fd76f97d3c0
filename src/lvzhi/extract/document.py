"""Whole-document facts: title, the body that reports, the year reviewed, the kind of document.

A page may carry several articles; ``org_scopes`` says which body each stretch of text is about.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .bodies import Body, read_bodies
from .vocab import Vocabulary

_HEADING_YEAR = re.compile(r"(20\d{2}|19\d{2})年(?:工作回顾|度?工作|履职|全年|以来|,|，)")
_DATELINE = re.compile(r"(20\d{2}|19\d{2})(?:年(\d{1,2})月(\d{1,2})日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))")
# 2022年工作打算 / 二、2025年:为…凝心聚力 / 新的一年工作建议 / 下一步工作
_PLAN_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+[、.]\s*)?(?:(?P<year>20\d{2})年(?:[:：]|工作(?:建议|安排|打算|思路|任务|要点)|的?主要任务)"
    r"|新的一年|下一步工作|今后工作|\d{4}年工作建议)")
_YEAR_MONTH = re.compile(r"(?<!\d)(20\d{2})(?:年|[-/.])(\d{1,2})(?:月|[-/.]\d{1,2}(?!\d))")
_TITLE_MONTH = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年(\d{1,2})月(?!\d{0,2}日)")
_ANY_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")


@dataclass
class DocumentInfo:
    title: str
    org_name: str
    report_year: int | None
    doc_type: str
    org_level: str  # national | province | city | county | ''
    province: str
    city: str
    org_scopes: list[tuple[int, str]]  # (start offset, org) in ascending order
    plan_sections: list[tuple[int, int]]  # [start, end) of plan / target sections
    bodies: dict[str, Body] = field(default_factory=dict)  # every body named, by org_name
    org_owners: dict[int, str] = field(default_factory=dict)  # a figure whose own words name its body
    _scope_starts: list[int] = field(default_factory=list, repr=False)

    def org_at(self, offset: int) -> str:
        if offset in self.org_owners:
            return self.org_owners[offset]
        if len(self._scope_starts) != len(self.org_scopes):
            self._scope_starts = [s for s, _ in self.org_scopes]
        index = bisect_right(self._scope_starts, offset) - 1
        return self.org_scopes[index][1] if index >= 0 else self.org_name

    def in_plan_section(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.plan_sections)


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 40 and not re.search(r"[。！？!?;；]$", stripped)


def analyse_document(text: str, vocab: Vocabulary) -> DocumentInfo:
    lines = _lines(text)
    non_empty = [(o, l.strip()) for o, l in lines if l.strip()]
    title = non_empty[0][1][:120] if non_empty else ""
    head = "\n".join(l for _, l in non_empty[:8])

    bodies = read_bodies(text, lines, vocab.gazetteer)
    main = bodies.main

    return DocumentInfo(
        title=title,
        org_name=main.org_name if main else "",
        org_level=main.level if main else "",
        province=main.province if main else "",
        city=main.city if main else "",
        report_year=_report_year(_arabic_years(text), _arabic_years(head),
                                 [(offset, _arabic_years(line)) for offset, line in lines], _doc_type(title, head)),
        doc_type=_doc_type(title, head),
        org_scopes=bodies.scopes,
        bodies=bodies.by_name,
        org_owners=bodies.owners,
        plan_sections=_plan_sections(text, lines),
    )


_CHINESE_YEAR = re.compile(r"[一二][〇零○一二三四五六七八九]{3}(?=年)")
_CHINESE_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _arabic_years(text: str) -> str:
    """二〇一二年 → 2012年 (same length, so offsets hold)."""
    return _CHINESE_YEAR.sub(lambda m: m.group().translate(_CHINESE_DIGITS), text)


def _report_year(text: str, head: str, lines: list[tuple[int, str]], doc_type: str) -> int | None:
    """The year reviewed: a review heading, else the plan heading's year − 1, else the title's
    year, else the dateline: a news item reports its own year, a report given in the first half
    of a year reviews the year before."""
    for _, line in lines:
        review = _is_heading(line) and not _PLAN_HEADING.match(line.strip())
        heading = _HEADING_YEAR.search(line) if review else None
        if heading:
            return int(heading.group(1))
    for _, line in lines:
        plan = _PLAN_HEADING.match(line.strip())
        if plan and plan.group("year") and _is_heading(line):
            return int(plan.group("year")) - 1
    title_lines = "\n".join(head.split("\n")[:3])
    given = _TITLE_MONTH.search(title_lines)
    if given and doc_type != "news" and not _DATELINE.search(head):
        # (2008年1月): a report given in the first half of a year reviews the year before
        year, month = int(given.group(1)), int(given.group(2))
        return year if month > 6 else year - 1
    title_year = _ANY_YEAR.search(title_lines)
    if title_year and not _DATELINE.search(head):
        return int(title_year.group(1))
    dateline = _DATELINE.search(head)
    if dateline:
        year, month = int(dateline.group(1)), int(dateline.group(2) or dateline.group(4))
        return year if doc_type == "news" or month > 6 else year - 1
    # a page with no heading year: its latest dated event tells when it was written
    dated = [(int(y), int(m)) for y, m in _YEAR_MONTH.findall(text) if 1 <= int(m) <= 12]
    if dated:
        year, month = max(dated)
        return year if month >= 10 else year - 1
    years = Counter(int(y) for y in _ANY_YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


def _doc_type(title: str, head: str) -> str:
    if "提案工作" in title or "提案工作情况" in head:
        return "proposal_report"
    if "常务委员会工作报告" in head.replace(" ", "") or "工作报告" in title:
        return "work_report"
    return "news"


def _plan_sections(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """A plan section runs from a plan heading (2025年工作建议, 新的一年…) to the end of the text."""
    for offset, line in lines:
        stripped = line.strip()
        if _is_heading(stripped) and _PLAN_HEADING.match(stripped):
            return [(offset, len(text))]
    return []
