"""Activities: clauses where the body did something (调研, 视察, 协商 and its forms, 座谈会, 学习 …).

An activity keyword (seeds/reference/activity_types.csv) counts as an activity when its clause has
an action verb (activity_verbs.csv) or a count of occasions (次, 场, 场次 …). The count, when
stated, links the activity to its metric.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date

from .segments import Segmenter
from .document import DocumentInfo
from .mentions import RawMention
from .vocab import Vocabulary

OCCASION_UNITS = {"次", "场", "场次", "项", "期", "轮", "批", "批次"}
_TOPIC_QUOTED = re.compile(r"[“《]([^“”《》]{2,40})[”》]")
_TOPIC_AROUND = re.compile(r"(?:围绕|聚焦|就)([^,，;；。“”]{2,30}?)(?:等)?(?:问题|工作|情况)?(?:开展|进行|召开|组织)")
_DATE = re.compile(r"(?:(?P<year>20\d{2})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日")


@dataclass
class Activity:
    analysis_start: int  # offsets in the analysis copy; the caller maps them to the original
    analysis_end: int
    keyword: str
    activity_type: str
    form: str
    topic: str
    mention_index: int | None
    activity_date: date | None
    org_name: str
    report_year: int | None
    period: str

    def as_row(self) -> dict:
        return asdict(self)


def find_activities(text: str, mentions: list[RawMention], info: DocumentInfo, segmenter: Segmenter,
                    vocab: Vocabulary) -> list[Activity]:
    has_verb = vocab.activity_verb_regex.search
    starts = [m.char_start for m in mentions]
    found: list[Activity] = []
    dates: dict[int, date | None] = {}  # per sentence: activities in one sentence share its date
    arounds: dict[tuple[int, int], str] = {}  # per sentence: its 围绕…开展 topic, read once
    verbed: dict[tuple[int, int], bool] = {}  # per clause: whether it holds an activity verb, read once
    for match in vocab.activity_regex.finditer(text):
        keyword = match.group()
        if keyword in vocab.activity_stop_set:
            continue
        start, end = match.span()
        s_begin, s_end = segmenter.sentence_bounds(start)
        c_begin = segmenter.clause_start(start, s_begin)
        c_end = _clause_end(segmenter, end, s_end)
        clause = text[c_begin:c_end]
        count = _occasion_count(mentions, starts, c_begin, c_end, end)
        if count is None and not _holds_verb(verbed, (c_begin, c_end), clause, has_verb):
            continue
        activity_type, form = vocab.activity_types[keyword]
        found.append(Activity(
            analysis_start=start, analysis_end=end, keyword=keyword, activity_type=activity_type,
            form=form, topic=_topic(clause, text, s_begin, s_end, arounds), mention_index=count,
            activity_date=dates[s_begin] if s_begin in dates else dates.setdefault(
                s_begin, _date(text[s_begin:s_end], info.report_year)),
            org_name=info.org_at(start), report_year=info.report_year,
            period="target" if info.in_plan_section(start) else "actual",
        ))
    return found


def _holds_verb(verbed: dict[tuple[int, int], bool], span: tuple[int, int], clause: str,
                has_verb: Callable[[str], re.Match[str] | None]) -> bool:
    """Whether the clause at ``span`` holds an activity verb, read once per clause (``verbed``): a
    clause may name several activities (视察、调研和协商)."""
    if span not in verbed:
        verbed[span] = has_verb(clause) is not None
    return verbed[span]


def _clause_end(segmenter: Segmenter, end: int, sentence_end: int) -> int:
    index = bisect_left(segmenter.clause_breaks, end)
    return min(sentence_end, segmenter.clause_breaks[index]) if index < len(segmenter.clause_breaks) else sentence_end


def _occasion_count(mentions: list[RawMention], starts: list[int], begin: int, end: int,
                    keyword_end: int) -> int | None:
    """Index of the count of occasions in the clause, nearest after the keyword (or before it)."""
    first, stop = bisect_left(starts, begin), bisect_left(starts, end)
    if first == stop:
        return None  # no figure in the clause (most keywords)
    inside = [(i, mentions[i]) for i in range(first, stop) if mentions[i].unit in OCCASION_UNITS]
    after = [i for i, m in inside if m.char_start >= keyword_end]
    if after:
        return after[0]
    return inside[-1][0] if inside else None


def _topic(clause: str, text: str, s_begin: int, s_end: int, arounds: dict[tuple[int, int], str]) -> str:
    """A quoted name in the clause, else the sentence's 围绕…开展 topic (``arounds`` keeps it per
    sentence: a sentence names several activities)."""
    quoted = _TOPIC_QUOTED.search(clause)
    if quoted:
        return quoted.group(1)
    key = (s_begin, s_end)
    if key not in arounds:
        around = _TOPIC_AROUND.search(text, s_begin, s_end)
        arounds[key] = around.group(1) if around else ""
    return arounds[key]


def _date(sentence: str, report_year: int | None) -> date | None:
    found = _DATE.search(sentence) if "月" in sentence and "日" in sentence else None  # cheap test first
    if not found:
        return None
    year = int(found.group("year")) if found.group("year") else report_year
    if year is None:
        return None
    try:
        return date(year, int(found.group("month")), int(found.group("day")))
    except ValueError:
        return None
