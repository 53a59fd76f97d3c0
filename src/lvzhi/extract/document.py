"""Whole-document facts: title, the body that reports, the year reviewed, the kind of document.

A page may carry several articles; ``org_scopes`` says which body each stretch of text is about.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .vocab import Vocabulary

_ADMIN_SUFFIX = r"(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|盟)"
# 中国人民政治协商会议 [第N届] 重庆市开州区 [第N届] 委员会, or 政协大连市中山区第十一届委员会
_FORMAL_NAME = re.compile(
    r"(?:中国人民政治协商会议|政协)\s*(?:第[一二三四五六七八九十]+届)?\s*"
    r"(?P<place>[\u4e00-\u9fff]{2,20}?)\s*(?:第[一二三四五六七八九十]+届)?委员会")
_SHORT_NAME = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,14}}?{_ADMIN_SUFFIX})政协")
_ADMIN_UNIT = re.compile(rf"[^第届省市区县旗盟]{{2,8}}?{_ADMIN_SUFFIX}")
# characters that never occur in a place name: where one stands, the name starts after it
_NOT_IN_PLACE = re.compile(r".*[年月日的在与和是这只了对向把将由被从为及并化立建强会各届第、，,。“”《》\s]")
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
    _scope_starts: list[int] = field(default_factory=list, repr=False)

    def org_at(self, offset: int) -> str:
        if len(self._scope_starts) != len(self.org_scopes):
            self._scope_starts = [s for s, _ in self.org_scopes]
        index = bisect_right(self._scope_starts, offset) - 1
        return self.org_scopes[index][1] if index >= 0 else self.org_name

    def in_plan_section(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.plan_sections)


def short_org_name(place: str, vocab: Vocabulary) -> str:
    """重庆市开州区 → 开州区政协; 十三届上海市 → 上海市政协; 全国 → 全国政协."""
    if "全国" in place:
        return "全国政协"
    place = _NOT_IN_PLACE.sub("", place) if "全国" not in place else place
    units = _ADMIN_UNIT.findall(place)
    last = units[-1] if units else place
    for name, short in vocab.provinces:
        prefix = name if last.startswith(name) else short if last.startswith(short) else ""
        if prefix and len(last) - len(prefix) >= 2:  # 江西鹰潭市 → 鹰潭市, but 上海市 stays
            last = last[len(prefix):]
            break
    return f"{last}政协"


def locate_org(org: str, text: str, vocab: Vocabulary) -> dict[str, str]:
    """Level, province and city of a body: from its own name, else from the place names written
    just before it in the text (大连市普兰店区 → 辽宁, 大连市)."""
    place = org.removesuffix("政协")
    if not place:
        return {"org_level": "", "province": "", "city": ""}
    if place == "全国":
        return {"org_level": "national", "province": "", "city": ""}
    known = vocab.admin_divisions.get(place)
    if known and known[0] == "province":
        return {"org_level": "province", "province": known[1], "city": ""}
    if known and known[0] == "city":
        return {"org_level": "city", "province": known[1], "city": place}
    level = "county" if place.endswith(("区", "县", "旗")) or place.endswith("市") else "city"
    province = city = ""
    for found in re.finditer(re.escape(place), text):
        before = text[max(0, found.start() - 16):found.start()]
        for unit in _ADMIN_UNIT.findall(_NOT_IN_PLACE.sub("", before)) or []:
            entry = vocab.admin_divisions.get(unit)
            if entry:
                province = entry[1]
                city = unit if entry[0] == "city" else city
        if province:
            break
    if not province:  # a municipality's district: 重庆市开州区 is written 开州区 inside the text
        for name, (kind, short) in vocab.admin_divisions.items():
            if kind == "province" and name + place in text:
                province = short
                break
    if not province:  # the province the text names most often
        counts = Counter({short: text.count(short) for _, (kind, short) in vocab.admin_divisions.items()
                          if kind == "province"})
        (best, hits), = counts.most_common(1)
        province = best if hits >= 3 else ""
    return {"org_level": level, "province": province, "city": city}


def full_org_name(org: str, located: dict[str, str], vocab: Vocabulary) -> str:
    """开州区政协 → 中国人民政治协商会议重庆市开州区委员会 (as far as the place is known)."""
    place = org.removesuffix("政协")
    if place == "全国":
        return "中国人民政治协商会议全国委员会"
    province_full = {short: name for name, short in vocab.provinces}.get(located.get("province", ""), "")
    # official names carry the nearest enclosing unit only: 大连市中山区, 重庆市开州区, 辽宁省大连市
    city = located.get("city", "")
    if city and city != place:
        parts = [city]
    else:
        parts = [province_full] if province_full and not place.startswith(province_full) else []
    parts.append(place)
    return "中国人民政治协商会议" + "".join(parts) + "委员会"


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 40 and not re.search(r"[。！？!?;；]$", stripped)


def _named_org(fragment: str, vocab: Vocabulary) -> str | None:
    for formal in _FORMAL_NAME.finditer(fragment):
        place = formal.group("place")
        # a place, not a committee of the body (政协提案委员会): 全国 or an administrative unit
        if place == "全国" or _ADMIN_UNIT.search(place):
            return short_org_name(place, vocab)
    if "全国政协" in fragment[:12]:
        return "全国政协"
    short = _SHORT_NAME.search(fragment)
    if short:
        name = short_org_name(short.group("place"), vocab)
        if len(name) >= 5:  # 开州区政协, not a bare 市政协 / 区政协
            return name
    return None


def analyse_document(text: str, vocab: Vocabulary) -> DocumentInfo:
    lines = _lines(text)
    non_empty = [(o, l.strip()) for o, l in lines if l.strip()]
    title = non_empty[0][1][:120] if non_empty else ""
    head = "\n".join(l for _, l in non_empty[:8])

    main_org = _named_org(head, vocab)
    if main_org is None:
        names = (short_org_name(m.group("place"), vocab) for m in _SHORT_NAME.finditer(text))
        counts = Counter(n for n in names if len(n) >= 5)
        main_org = counts.most_common(1)[0][0] if counts else ""

    scopes: list[tuple[int, str]] = [(0, main_org)]
    block_start: int | None = None  # first line of the current run of heading lines
    for offset, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        heading = _is_heading(stripped)
        block_start = (offset if block_start is None else block_start) if heading else None
        # an article starts where its headline block, or a paragraph's opening words, name a body
        fragment = stripped if heading else stripped[:14]
        org = _named_org(fragment, vocab)
        if org and org != scopes[-1][1]:
            start = block_start if heading and block_start is not None else offset
            scopes = [scope for scope in scopes if scope[0] < start] + [(start, org)]

    return DocumentInfo(
        title=title,
        org_name=main_org,
        **locate_org(main_org, text, vocab),
        report_year=_report_year(_arabic_years(text), _arabic_years(head),
                                 [(offset, _arabic_years(line)) for offset, line in lines], _doc_type(title, head)),
        doc_type=_doc_type(title, head),
        org_scopes=scopes,
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
