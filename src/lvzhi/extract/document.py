"""Whole-document facts: title, the body that reports, the year reviewed, the kind of document.

A page may carry several articles; ``org_scopes`` says which body each stretch of text is about.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .vocab import Vocabulary
from .years import PINYIN_GLOSS, YearFrame, analyse_years

_ADMIN_SUFFIX = r"(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|盟)"
# 中国人民政治协商会议 [第N届] 重庆市开州区 [第N届] 委员会, or 政协大连市中山区第十一届委员会
_FORMAL_NAME = re.compile(
    r"(?:中国人民政治协商会议|政协)\s*(?:第[一二三四五六七八九十]+届)?\s*"
    r"(?P<place>[\u4e00-\u9fff]{2,20}?)\s*(?:第[一二三四五六七八九十]+届)?委员会")
_SHORT_NAME = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,14}}?{_ADMIN_SUFFIX})政协")
_ADMIN_UNIT = re.compile(rf"[^第届省市区县旗盟]{{2,8}}?{_ADMIN_SUFFIX}")
# characters that never occur in a place name: where one stands, the name starts after it
_NOT_IN_PLACE = re.compile(r".*[年月日的在与和是这只了对向把将由被从为及并化立建强会各届第、，,。“”《》\s]")
# 2022年工作打算 / 二、2025年:为…凝心聚力 / 新的一年工作建议 / 下一步工作
_PLAN_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+[、.]\s*)?(?:(?P<year>20\d{2})年(?:[:：]|工作(?:建议|安排|打算|思路|任务|要点)|的?主要任务)"
    r"|新的一年|下一步工作|今后工作|\d{4}年工作建议)")


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
    year_source: str = ""  # where report_year was read: title, dateline, session, heading, term_review …
    years: YearFrame | None = field(default=None, repr=False)  # dates each figure (years.py)
    gazetteer: bool = False  # a gazetteer or yearbook entry: it reports the latest year it records
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

    located = locate_org(main_org, text, vocab)
    doc_type = _doc_type(title, head, non_empty)
    years = analyse_years(text, lines, located["org_level"], located["province"], doc_type, vocab)
    return DocumentInfo(
        title=title,
        org_name=main_org,
        **located,
        report_year=years.doc_year,
        year_source=years.doc_source,
        years=years,
        doc_type=doc_type,
        gazetteer=doc_type == "other" and any(_REFERENCE_MARKS.search(line) for _, line in non_empty[:10]),
        org_scopes=scopes,
        plan_sections=_plan_sections(text, lines),
    )


# a report's own title line: …关于十二届四次会议提案审查情况的报告, …常务委员会工作报告
_PROPOSAL_REPORT_TITLE = re.compile(r"^(?:[^。,;:]{0,60}关于[^。,;:]{0,40}|[^。,;:]{0,60}(?:常务委员会|常委会|提案委员会))"
                                    r"提案[^。,;:]{0,24}报告\s*(?:\(.*\))?$")
_WORK_REPORT_TITLE = re.compile(r"^[^。,;:]{0,60}(?:常务委员会|常委会)工作报告\s*(?:\(.*\))?$")
_NEWS_MARKS = re.compile(r"记者|本报讯|日电|通讯员|网讯|报道|笔者|讯\s*\(")
_DISCLOSURE_MARKS = re.compile(r"索\s*引\s*号|发布机构|信息公开|人民政府办公室|人民政府关于")
_REFERENCE_MARKS = re.compile(r"地方志|[县市州区省]志》|年鉴|知识类型|地情")
# 在政协…第三次会议闭幕会上的讲话
_SPEECH_TITLE = re.compile(r"^(?:[^。,;:]{0,12}[:])?在[^。,;:]{2,60}(?:上|时)的(?:讲话|致辞)$")
_FORMAL_ADOPTION = re.compile(r"^\(\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^)]{0,40}通过\)")


def _doc_type(title: str, head: str, non_empty: list[tuple[int, str]] | None = None) -> str:
    """work_report, proposal_report, news, speech or other (government disclosures, yearbooks,
    gazetteers, plans, bulletins), from the document's own title lines and its first lines."""
    first = [PINYIN_GLOSS.sub("", line.replace(" ", "").replace("\u3000", "")) for _, line in (non_empty or [])[:10]]
    if any(_REFERENCE_MARKS.search(line) for line in first) or _DISCLOSURE_MARKS.search(head):
        return "other"
    if any(_PROPOSAL_REPORT_TITLE.match(line) for line in first):
        return "proposal_report"
    if any(_WORK_REPORT_TITLE.match(line) for line in first):
        return "work_report"
    if first and _FORMAL_ADOPTION.match(first[0]):  # a plan or rule adopted by a meeting
        return "other"
    opening = "\n".join(first[:4])
    if not _NEWS_MARKS.search(head) and any(line.startswith("常委会") for line in first[:3]):
        return "work_report"  # an excerpt of a work report: 常委会 is its subject
    if any(_SPEECH_TITLE.match(line) for line in first[:3]) and not _NEWS_MARKS.search(opening):
        return "speech"
    return "news"


def _plan_sections(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """A plan section runs from a plan heading (2025年工作建议, 新的一年…) to the end of the text."""
    for offset, line in lines:
        stripped = line.strip()
        if _is_heading(stripped) and _PLAN_HEADING.match(stripped):
            return [(offset, len(text))]
    return []
