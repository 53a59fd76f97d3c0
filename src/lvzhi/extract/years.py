"""Which year a figure's work was done in, and where that year was read.

A reader dates a figure by what the text says around it: a year written in its sentence, a
plenary session it names (全国政协十一届四次会议 → 2011, by the session calendar), a heading, a
review of the whole term (五年来, 本届以来 → the term's last year), the year before a session when
the session's work report reviews it, or the dateline. ``analyse_years`` reads these cues once per
document; ``YearFrame.figure`` dates one figure. Every year comes with its source (title, dateline,
session, heading, term_review, sentence, previous_sentence, previous_year, …).

Texts that never write the year they report on are common (web reprints, excerpts): a provincial
session of an unnamed province takes the calendar most provinces share; a prefecture or county
session takes the local five-year rhythm (``rhythm``), placed by the latest year the text writes or,
failing that, by words current only in some years (``era_cues``: 新时代, 十三五 …); a text that
celebrates a national anniversary (庆祝新中国成立70周年, 喜迎建党百年) is of that anniversary's year
(``anniversary_years``); a text with no year and no session takes the middle of its era (``era``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import InitVar, dataclass, field
from functools import lru_cache
from .bodies import body_cues
from .vocab import (DIGITS_BY_TABLE, Vocabulary, line_spans, might_match, might_start, required_words,
                    skipping_finditer)

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}


def chinese_int(numeral: str) -> int | None:
    """一 → 1, 十二 → 12, 二十一 → 21, 12 → 12."""
    if numeral.isdigit():
        return int(numeral)
    if "十" not in numeral:
        return _CN_DIGITS.get(numeral) if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    value = (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    return value if value else None


_TERM = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
# 全国政协十一届四次会议, 政协第十一届西藏自治区委员会第二次会议, 市政协五届六次会议以来, and the short
# 全会 (政协九届四次全会, 八届二次全会以来); a 全会 whose 精神 or 部署 is studied is a Party plenum
# (区委十三届十次全会精神), whatever stands before it
_SESSION = re.compile(
    rf"第?(?P<term>{_TERM})届(?P<mid>[^,，。;；、:：\n届]{{0,16}}?)第?(?P<x>[一二三四五六七八九十]|\d)次"
    r"(?:(?:全体|全委)?(?:会议|大会)|全会(?!精神|部署|决策))(?P<since>以来)?")
# a session of another body: the Party's 省委十二届二次全会 and its Central Committee's plenums
# (十九届中央四次全会, 十九届中央委员会第四次全体会议), a discipline commission's (十九届中央纪委二次全会),
# a 人大 session
_OTHER_BODY = re.compile(r"人大|人民代表大会|党|中共|中央|纪委|[省市县区州]委(?!员)")
_NOT_PLENARY = re.compile("常委|常务|主席|秘书长|专委|委员会\\S*委员会")
# a term named as a body, with or without 政协 (十一届全国政协, 政协第十一届西藏自治区委员会), not one of its
# sessions (…委员会第二次会议) nor a person's post in it (十二届全国政协委员张某, 副主席: a title a member
# keeps in later years, not news of the term)
_TERM_BODY = re.compile(rf"第?(?P<term>{_TERM})届(?P<mid>[\u4e00-\u9fff]{{0,10}}?)(?:政协|委员会)"
                        r"(?!第|[一二三四五六七八九十\d]+次|委员(?!会)|常委(?!会)|副?主席|副?秘书长|驻会)")
# a term named without a session: 十届省政协, 十二届广东省政协, 四届市政协; not a leader's post in it
# (县八届政协副主席某某, 三届区政协驻会常委: a person, not a review of that term)
_TERM_NAME = re.compile(rf"(?P<term>{_TERM})届(?P<mid>[\u4e00-\u9fff]{{0,8}}?)政协"
                        r"(?!委员会|第|[一二三四五六七八九十\d]+次|副?主席|秘书长|驻会|常委(?!会))")
# 四次会议以来 without its term: a session of the term the text's current session belongs to
_BARE_SESSION = re.compile(r"(?P<x>[一二三四五六七八九])(?<![届一二三四五六七八九十第].)次(?:全体)?会议(?P<since>以来)")
_PLACE_END = re.compile(r"(自治区|省|市|自治州|州|区|县|旗|盟)$")
_FORMAL_NOISE = re.compile("中国人民政治协商会议|政协|委员会|第")
# where one of these stands, a place name starts after it
_NOT_IN_PLACE = re.compile(r".*[年月日的在与和是这只了对向把将由被从为及并、,，。;；:：!！?？“”《》()\s\d]")
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# 19 or 20 not right after a digit; the digit test sits after the first character (a look-behind
# over both), so a pattern starts with a plain character and the engine skips to its next 1 or 2
_YEAR_START = r"(?:1(?<!\d1)9|2(?<!\d2)0)"
# 2020年1月10日, 2020-01-10, and a date written in words (二〇二〇年一月十日: its year is made digits first)
_DATE = re.compile(rf"({_YEAR_START}\d{{2}})(?:\s*年\s*(\d{{1,2}})\s*月\s*\d{{1,2}}\s*日|[-/.](\d{{1,2}})[-/.]\d{{1,2}}(?!\d)"
                   r"|年(十[一二]?|[一二三四五六七八九])月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)")
_YEAR = re.compile(rf"({_YEAR_START}\d{{2}})\s*年(?!以来|来)")
# the start of a span up to the time of writing (2014年以来, 自1959年至今, 1985年迄今): not the year of its figures
_SINCE_YEAR = re.compile(rf"{_YEAR_START}\d{{2}}\s*年(?:\d{{1,2}}月)?(?:[^,。;]{{0,12}})?(?:以来|(?<!截)至今|(?<!截)至目前|迄今)"
                         rf"|(?<=[自从]){_YEAR_START}\d{{2}}\s*年(?:\d{{1,2}}月)?[^,。;]{{0,12}}?(?:开始|起)")
# how long ago a year was (1998年当上委员至今已经有12年, 从1983年开始…到现在,已27个年头): the text is written then
_ELAPSED = re.compile(rf"({_YEAR_START}\d{{2}})\s*年[^。;]{{0,24}}?(?:至今|以来|到现在|迄今)[^。;\d]{{0,6}}?"
                      r"(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:年|个年头)")
_AS_OF = re.compile(r"(?:截至|截止|至)\s*$")
# after the year of an as-of date: its month (截至2019年2月20日), or a year's end (截至2019年底)
_AS_OF_MONTH = re.compile(r"\s*(?:(1[0-2]|[1-9])\s*月)?")
# a month right after a year (2011年11月14日…): the session's own date
_MONTH_AFTER = re.compile(r"\s*(\d{1,2})\s*月")
# January or February right after 今年 (截至今年二月二十日), not 十二月
_EARLY_MONTH = re.compile(r"\s*(?:0?[12]|[一二])\s*月")
# a state of handling read at an as-of date (not a session's intake count)
_HANDLED = re.compile("办复|办结|答复|办理完毕|落实")
# a handling completed (已经办复, 全部办结, 均已答复, 办复率) with no intake word between the date and it:
# 截至今年1月10日,大会共收到提案160件,其中已答复的有20件 is still the session's own count
_HANDLED_DONE = re.compile("(?:(?!收到|提交|本次|大会)[^。\n])*?(?:(?:已经?|全部|均已)[^。,，\n]{0,8}?(?:办复|办结|答复)|办复率)")
# a change between two years: the figure is the later year's
_CHANGE = re.compile("增加|增长|增多|减少|下降|提高|提升|上升|降低|多出|[增减多少]了?$")
# a month and day (12月19日) not after a digit or 年; led by 月, the month read behind it (a literal first is
# a fast scan; one that opens with a look-behind is tried at every position): its month is group 1 or 2
_HEAD_MONTH = re.compile(r"月(?:(?<=(?<![\d年])(1[0-2])月)|(?<=(?<![\d年])([1-9])月))\d{1,2}日")
_GOAL_YEAR = re.compile(r"(?:(?<![年月日])到|力争|预计|计划)$")
_AS_OF_DATE = re.compile(r"(?:截至|截止|截止到|到)\s*$")
# a year that opens a heading; what follows it (review_heading cues: 工作回顾, 履职, 2021年:…) says the
# heading opens the review of that year
_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PLAN_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+[、.]\s*)?(?:(?P<year>20\d{2})年(?::|[\u4e00-\u9fff]{0,4}工作(?:建议|安排|打算|思路|任务|要点)|的?主要任务)"
    r"|新的一年|下一步工作|今后工作)")
_TITLE_MONTH = re.compile(rf"({_YEAR_START}\d{{2}})年(\d{{1,2}})月(?!\d{{0,2}}日)")
_ANY_YEAR = re.compile(rf"({_YEAR_START}\d{{2}})年")
_DATED = re.compile(r"(20(?<!\d20)\d{2})(?:年|[-/.])(\d{1,2})(?:月|[-/.]\d{1,2}(?!\d))")
# a review that looks back on a term just ended (not 本届以来, a term still running)
_ENDED_TERM = re.compile(r"五年|5年|届[^。，,；;次]{0,10}(?:期间|的五年)|届[^。，,；;次]{0,8}政协(?!以来)")
# a term's years written as a span before its name (1994-1998年,第十届市政协…: a gazetteer's account of
# each term)
_TERM_SPAN = re.compile(rf"(?P<first>{_YEAR_START}\d{{2}})\s*年?\s*(?:至|到|—|–|-|－|~|～)\s*(?P<last>(?:19|20)\d{{2}})\s*年"
                        rf"\s*[,，]?\s*第?(?P<term>{_TERM})届")
_TERM_SPAN_REACH = 40  # characters before its 届 a _TERM_SPAN match may start (1994 年 — 1998 年 , 第十届: ~20)


def _term_spans(text: str) -> Iterator[re.Match[str]]:
    """The _TERM_SPAN matches of ``text``, read only just before each 届 (a span's match ends at one):
    a scan of the whole text from every year-like digit cost ~2% of extract() on the seeds."""
    at, searched_to = text.find("届"), 0
    while at >= 0:
        found = _TERM_SPAN.search(text, max(searched_to, at - _TERM_SPAN_REACH), at + 1)
        if found is not None:
            yield found
            searched_to = found.end()
        at = text.find("届", at + 1)


@lru_cache(maxsize=4)
def _term_total_regex(words_after: str) -> re.Pattern[str]:
    """A term named as the subject of a total (第九届市政协共征集提案1594件, 十二届政协期间共…): its number,
    then ``words_after`` (year_cues.csv, term_total: not 县五届政协共有委员, a standing headcount, nor
    十四届区政协三次会议以来共…, a session, nor a plan, 十四届市政协共计划…, nor a total of one year of the
    term, 十四届县政协共…,今年以来…), not right after 今年 (今年,十四届市政协共收到…: one year's). The
    term total's row of period_cues.csv writes out the same words after its own term number; the two
    readers differ only where they did before the words were shared (kept so, to change no output): here
    a term may be written in digits (第10届, as _TERM_SPAN writes one), and neither a single year right
    before the term (2015年,十届政协共…) nor a term's first year later in the sentence (开局之年) rules the
    total out, as they do for the period row (its figures are then that year's, not cumulative)."""
    return re.compile(rf"(?<![第一二三四五六七八九十\d])(?<![今本当全]年)(?<![今本当全]年[,，])"
                      rf"第?(?P<term>{_TERM})(?:{words_after})")


# a paragraph that opens another time scope ends a term review
# (not the as-of date a term's total is read at: 截至2017年10月31日,十二届市政协共编报…)
_SCOPE_BREAK = re.compile(r"一年来|过去一年|今年|去年|(?<!\d)(?<!截至)(?<!截止)(?:19|20)\d{2}年(?!以来|底|末)|工作(?:建议|打算|安排|思路)"
                          r"|新的一年|下一步")
# where a session's year was read: the calendar, the dateline, the local five-year rhythm
# a site's banner of the day it was read (今天是:2020年5月8日), not the day the text was written
_TODAY = re.compile(r"(?:今天是|今日是|今天|今日)\s*[:：]?\s*$")
# (政协 first, its level word read behind it: a literal first is a fast scan; the text is only asked
# whether it holds one)
_COUNTY_BODY = re.compile(r"政协(?<=(?:[县旗]|(?<![自治])区)政协)")
_CHRONICLE_YEARS, _CHRONICLE_SPAN = 3, 5  # distinct years, and how far apart, that make a chronicle
_CALENDAR_SLACK = 6  # years a text may write after the session it is at (a term's five, and one)
_SESSION_SOURCES = ("session", "session+dateline", "rhythm")
# a figure dated by its own words, not by the document
_EXPLICIT_SOURCES = ("sentence", "previous_sentence", "previous_year", "heading", "this_year")
# 一九九八年, 二〇二三年, 二○一九年, 二O一九年 (a Latin O or a zero for 〇 is common in typed copies)
# 今年 as a time frame (今年以来, 今年承办); not 今年是…之年, which names the year, nor 今年度 plans
_THIS_YEAR = re.compile(r"今年(?![是为度])")
# 去年 opening a clause as its topic; not a comparison (比去年, 较去年同期) nor a span (去年以来, 去年底)
_LAST_YEAR_AFTER_OPENING = r"\s*(?:据[^,，。]{0,6}[,，])?(去年)(?!同期|以来|年底|年末|底|末)"
_LAST_YEAR_TOPIC = re.compile(rf"(?:^|[。\n,，;；:：]){_LAST_YEAR_AFTER_OPENING}")
# the same after a clause mark only: a pattern the engine skips to its marks by itself (``^|`` in the
# one above makes it try every position); see _last_year_topics
_LAST_YEAR_AFTER_MARK = re.compile(rf"[。\n,，;；:：]{_LAST_YEAR_AFTER_OPENING}")
# a yearbook names the edition, which records the year before it: 六盘水年鉴2017, 2017年鉴, 年鉴(2017)
# (a library catalogue writes the volume after a dot: 《鹰潭年鉴.2005》)
_YEARBOOK = re.compile(rf"年鉴\s*[(（.·]?\s*({_YEAR_START}\d{{2}})|({_YEAR_START}\d{{2}})\s*年?\s*[\u4e00-\u9fff]{{0,8}}年鉴")
# a year of work under review (2020年度先进集体, 2023年度政协工作先进名单, 2020年度考核): no year that dates a
# session named beside it; a plan's or a handling year (2021年度协商计划, 2010年度…提案交办会) still does
_YEAR_OF_WORK = re.compile("度[^,，。;；、]{0,6}?(?:先进|优秀|優秀|表彰|表扬|表揚|考核|考评|考評|总结|總結|评选|評選|工作报告|工作報告)")
_REVIEWED = re.compile(r"(?:总结|回顾)$")
_CHINESE_YEAR = re.compile(r"(?:一九|二[〇零○OoΟ0])[〇零○OoΟ0一二三四五六七八九]{2}(?=年)")
_CHINESE_YEAR_DIGITS = str.maketrans("〇零○OoΟ0一二三四五六七八九", "0000000123456789")
# a local body's anniversary (县政协成立三十周年, 喜迎四十华诞) and the sentence that dates its founding
# (the look-behinds follow 政协, so the scan starts with a literal the engine skips to by itself)
_LOCAL_ANNIVERSARY = re.compile(r"政协(?<!全国政协)(?<!人民政协)[^,，。;；\n]{0,8}?(?P<n>[一二三四五六七八九十]{1,3}|\d{2,3})\s*(?:周年|华诞)")
_FOUNDING = re.compile("成立|第一届|一届一次|首届")
# a historical limit (以1949年前为节点, 1978年以前): a year the text looks back to, not one it reports on;
# not 2023年前三季度, 2023年前10个月, 2023年前半年 (the first part of that year, which it reports on)
_BEFORE_YEAR = re.compile(rf"{_YEAR_START}\d{{2}}\s*年(?:以前|之前|前)(?![后夕\d一二三四五六七八九十两半几])")
# a year that bounds a span rather than dates the text: a historical limit, or the start of a range
# (2003年至2004年: the text is of the range's end)
_BOUND_YEAR = re.compile(rf"{_YEAR_START}\d{{2}}\s*年?\s*(?:至|到|—|~|～|-)\s*(?:19|20)\d{{2}}\s*年|{_BEFORE_YEAR.pattern}")
# a year named as the topic of what follows (2024年,省政协…; 2024年全年; 截至2024年底), not a month of it, a
# comparison (比2024年增长) nor a start (2024年以来)
# (the look-behind on the character before the year is read after its first digit, joined with
# _YEAR_START's own: a digit first is a fast scan; the same matches)
# the base a change is measured against (比2015年提高10%, 较2015年同期, 比十一届二次会议期间…增加了11%, 与2015年
# 相比): an earlier year or session the figures are compared with, not the one whose work they count, which
# is the text's own (as 比去年增加25件 is this year's; see previous_year). Read just before a written year or a
# session (a body may stand between: 比省政协十一届二次会议), and just after a year (2015年相比)
_COMPARED_BEFORE = re.compile(r"(?:比|较|相比|相较|对比|同比)于?\s*(?:(?:全国|自治区|省|市|县|区|州)?政协)?\s*$")
_COMPARED_AFTER = re.compile(r"\s*(?:同期)?(?:相比|相较|比较)")
_TOPIC_YEAR = re.compile(r"((?:1(?<![比较与同和自从\d]1)9|2(?<![比较与同和自从\d]2)0)\d{2})\s*年(?:度|全年|底|末)?(?![\d月以来初])")



def _compared(text: str, start: int, end: int) -> bool:
    """Whether the year or session written at [start, end) is the base of a comparison (比2015年提高10%,
    与2015年相比): the figures near it are not of its year."""
    return _COMPARED_BEFORE.search(text, max(0, start - 12), start) is not None \
        or _COMPARED_AFTER.match(text, end) is not None


def _last_year_topics(text: str) -> list[re.Match[str]]:
    """``_LAST_YEAR_TOPIC.finditer(text)``: its ``^`` holds at the start only, so past a match there
    (or from the start) the topics are those after a clause mark, found without trying every position."""
    first = _LAST_YEAR_TOPIC.match(text)
    return ([first] if first else []) + list(_LAST_YEAR_AFTER_MARK.finditer(text, first.end() if first else 0))


# where a four-digit year (19xx, 20xx, not right after a digit) starts: two scans led by a literal, each
# several times faster than one scan for the class [12] that _YEAR_START opens with
_YEAR_STARTS = (re.compile(r"19(?<!\d19)\d\d"), re.compile(r"20(?<!\d20)\d\d"))


def _year_starts(text: str) -> list[int]:
    """The offsets in ``text`` where a year may start: every match of a pattern that opens with
    ``_YEAR_START`` and two digits (_YEAR, _ANY_YEAR, _DATE, _ELAPSED) starts at one of them."""
    return sorted([found.start() for scan in _YEAR_STARTS for found in scan.finditer(text)])


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``starts``
    (_year_starts of ``text`` or of a text it begins): a call at each year, not a scan of every character
    (a text writes a year every few hundred characters at most)."""
    end = 0
    for start in starts:
        if start >= len(text):
            return
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


def _sentence_end(text: str, start: int) -> int:
    ends = [i for i in (text.find("。", start, start + 200), text.find("\n", start, start + 200)) if i >= 0]
    return min(ends) if ends else min(len(text), start + 200)


@dataclass
class Session:
    start: int  # offsets in the analysis text
    end: int
    level: str  # national | province | local
    body: str  # 全国, a province's short name, or ''
    term: int
    number: int
    since: bool  # …次会议以来
    year: int | None = None
    source: str = ""
    month: int | None = None  # the month of a date its own sentence writes (2011年11月14日在…第一次会议上)


@dataclass
class FigureYear:
    year: int | None
    source: str
    term_review: bool  # inside a review of a whole term (its figures are cumulative)


@dataclass
class YearFrame:
    doc_year: int | None
    doc_source: str
    base_year: int | None  # the year of the session the text is about (or the document's year)
    base_source: str
    sessions: list[Session] = field(default_factory=list)
    term_scopes: list[tuple[int, int, int | None]] = field(default_factory=list)  # [start, end), year
    session_cues: list[tuple[int, str]] | None = None  # (offset, kind) ascending; read on first use
    heading_years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) ascending
    paragraph_starts: list[int] = field(default_factory=list)
    default_review: bool = False  # a work report: figures review the year before its session
    _text: str = field(default="", repr=False)
    _vocab: Vocabulary | None = field(default=None, repr=False)
    _load_session_cues: Callable[[], list[tuple[int, str]]] | None = field(default=None, repr=False)
    era: tuple[int | None, int | None] = (None, None)  # years the text's words allow (era_bounds)
    reference_year: int | None = None  # the latest year the text may report on (_reference_year)
    headline_end: int = 0  # end of the text's first line when that is a headline
    head_reviews: bool = False  # the head names the year before its session as its topic
    anniversary: int | None = None  # the year of the body's own anniversary the text celebrates
    celebrates: Celebrated | None = None  # a national anniversary it marks (新中国成立70周年)
    late_session: bool = False  # its session is dated by a dateline late in a year: it reviews that year
    # written in the year before its session, which it prepares or announces (关于召开…会议的决定, 建议…于明年
    # 3月3日召开): the text and its figures are of that earlier year, save the session's own counts
    before_session: bool = False
    written_in: int | None = None  # the year the text was written in (its 今年; 去年 is the one before)
    # where _text writes a year (_year_starts), when the caller has read it: kept as ``_year_starts``
    year_starts: InitVar[list[int] | None] = None

    def __post_init__(self, year_starts: list[int] | None) -> None:
        self._heading_offsets = [o for o, _ in self.heading_years]
        # every year written in the text and every dated session, in text order:
        # (offset, year, source, breaks a term review, an as-of date: 截至2019年2月20日)
        marks: list[tuple[int, int, str, bool, bool]] = []
        text = self._text
        self._year_starts = _year_starts(text) if year_starts is None else year_starts
        for found in _matches_at(_YEAR, text, self._year_starts):
            if _SINCE_YEAR.match(text, found.start()) or _BEFORE_YEAR.match(text, found.start()) \
                    or _compared(text, found.start(), found.end()):
                continue
            as_of = bool(_AS_OF.search(text, max(0, found.start() - 4), found.start()))
            year, read_at = int(found.group(1)), as_of
            if as_of:
                month = _AS_OF_MONTH.match(text, found.end())
                if month is None or month.group(1) is None or int(month.group(1)) == 12:
                    read_at = False  # 截至2019年底, 截至2019年: the year's own state
                elif int(month.group(1)) <= 2 and _HANDLED.search(text, found.end(), _sentence_end(text, found.end())):
                    year -= 1  # 截至2015年1月31日已办复: read early the next year, the handling of the year before
            marks.append((found.start(), year, "sentence", not as_of, read_at))
        marks.extend((session.start, self.since_year(session), session.source or "session",
                      not (session.since and session.number == 1), False)
                     for session in self.sessions if session.year is not None
                     and not _compared(text, session.start, session.end))
        marks.sort(key=lambda mark: mark[0])
        self._marks = marks
        self._mark_offsets = [mark[0] for mark in marks]

    def since_year(self, session: Session) -> int | None:
        """The year of the work counted since ``session`` (…次会议以来): that session's year; but a total
        since an earlier session of the term than the one before the session the text reports at
        (十一届一次会议以来…三年间, at the 十一届四次会议) runs to the year before that session, as a
        term's total runs to its last year. Any other session's year is its own."""
        if not session.since or session.year is None:
            return session.year
        current = next((s for s in self.sessions if not s.since), None)
        if current is None or current.year is None or current.number <= session.number + 1 \
                or (current.level, current.body, current.term) != (session.level, session.body, session.term):
            return session.year
        return max(session.year, current.year - 1)

    def add_this_year(self, written_in: int | None) -> None:
        """Date 今年 by the year the text was written in (``written_in``): a report given early in
        a year reviews the year before but says 今年 for its own (今年承办提案107件)."""
        self.written_in = written_in
        if written_in is None:
            return
        found = [(m.start(), written_in - 1 if self._handled_early(m) else written_in, "this_year", True, False)
                 for m in _THIS_YEAR.finditer(self._text)]
        # 去年 as the topic of a clause (据介绍,去年212件立案提案…) dates the sentences after it as well
        if might_match(_LAST_YEAR_TOPIC, self._text):  # (most texts never write 去年)
            found += [(m.start(1), written_in - 1, "previous_year", True, False)
                      for m in _last_year_topics(self._text)]
        if found:
            self._marks = sorted(self._marks + found, key=lambda mark: mark[0])
            self._mark_offsets = [mark[0] for mark in self._marks]

    def _handled_early(self, this_year: re.Match[str]) -> bool:
        """截至今年二月二十日,98%的提案已经办复: the handling read early in the year the text is written
        in is the year before's, as with a written year (截至2015年1月31日已办复)."""
        text = self._text
        return bool(_AS_OF.search(text, max(0, this_year.start() - 4), this_year.start())
                    and _EARLY_MONTH.match(text, this_year.end())
                    and _HANDLED_DONE.match(text, this_year.end(), _sentence_end(text, this_year.end())))

    def figure(self, offset: int, sentence_begin: int) -> FigureYear:
        """The year of the figure at ``offset`` whose sentence starts at ``sentence_begin``."""
        text, vocab = self._text, self._vocab
        before = text[sentence_begin:offset]
        term = None
        for scope in self.term_scopes:
            if scope[0] <= offset < scope[1]:
                term = scope
                break
        term_year = term[2] if term is not None else None

        def breaks(found: tuple[int, str, bool, int]) -> bool:  # a year of the term itself, not the reporting date
            return found[2] and (term_year is None or found[0] <= term_year)

        # an as-of date (截至2019年2月20日, 99.2%已办复) is when a figure was read, not the year of its work: the
        # figure keeps the year of the passage it belongs to (its session, its term, a year written before
        # it in its paragraph, a heading); only a text with none of them is dated by it
        framed = term is not None or (self.base_source in _SESSION_SOURCES and self.doc_source in _SESSION_SOURCES)
        # a session dated only by the rhythm is a guess: in a text dated otherwise (headings, a title) it
        # does not date its sentence
        guessed = self.doc_source not in _SESSION_SOURCES
        specific = self._sentence_year(sentence_begin, offset, True, guessed)
        if specific:
            if term is not None and not breaks(specific):  # a reporting date inside a term review
                return FigureYear(term_year or specific[0], "term_review", True)
            if self._reviews_before(specific, offset):
                return FigureYear(specific[0] - 1, specific[1], False)
            return FigureYear(specific[0], specific[1], False)
        if vocab is not None and "previous_year" in vocab.year_cue_regex:
            clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:]
            cue = vocab.year_cue_regex["previous_year"]
            # 去年… in the figure's clause, or 去年, opening its sentence as the topic of all of it; not a
            # change measured against last year (比去年增加25件, 较去年提高1.9个百分点): that is this year's
            opening = cue.match(before.lstrip())
            found = list(cue.finditer(clause)) or ([opening] if opening else [])
            if found and self.base_year:
                rest = clause[found[-1].end():] if cue.search(clause) else before.lstrip()[found[-1].end():]
                if not _CHANGE.search(rest):  # the year before the one the text was written in
                    return FigureYear((self.written_in or self.base_year) - 1, "previous_year", False)
        paragraph = self.paragraph_starts[bisect_right(self.paragraph_starts, offset) - 1] \
            if self.paragraph_starts else 0
        review_cue = vocab.year_cue_regex.get("previous_year_review") if vocab is not None else None
        # 一年来/工作报告显示 in the figure's own sentence outweighs a date of the session written before it
        own_review = framed and review_cue is not None and review_cue.search(before) is not None
        if sentence_begin > paragraph and not own_review:
            carried = self._sentence_year(paragraph, sentence_begin, True, guessed)
            if carried and (term is None or breaks(carried)):
                back = self._reviews_before(carried, offset) or self._prepared(carried, before)
                return FigureYear(carried[0] - back, "previous_sentence", False)
        if term is not None:
            return FigureYear(term[2], "term_review", True) if term[2] is not None \
                else FigureYear(self.doc_year, "document", True)
        if offset < self.headline_end:  # a headline sums up the document: its year (全国政协提案办复率:99.9%)
            return FigureYear(self.doc_year, "document", False)
        index = bisect_right(self._heading_offsets, offset) - 1
        if index >= 0:
            return FigureYear(self.heading_years[index][1], "heading", False)
        if not framed:
            read = self._sentence_year(paragraph, offset, False, guessed)
            if read:
                return FigureYear(read[0], read[1], False)
        # the session's own year or the year before it, when the document is dated by its session (a
        # session named in passing inside a report dated by its headings is an event, not the frame)
        if self.base_year is not None and self.base_source in _SESSION_SOURCES \
                and self.doc_source in _SESSION_SOURCES:
            if self.session_cues is None:
                self.session_cues = self._load_session_cues() if self._load_session_cues else []
                self._cue_offsets = [o for o, _ in self.session_cues]
            index = bisect_right(self._cue_offsets, offset) - 1
            # …次会议以来 reviews the year of that session, until a cue says otherwise
            since = next((s for s in reversed(self.sessions) if s.since and s.year is not None
                          and s.start < offset), None)
            if since is not None and (index < 0 or self.session_cues[index][0] < since.start):
                return FigureYear(self.since_year(since), "session", False)
            named = self._session_of_cue(index)
            if named is not None:  # 二次会议期间收到719件 after 二次会议以来: that session's own count
                return FigureYear(named.year, "session", False)
            review = self.session_cues[index][1] == "previous_year_review" if index >= 0 else self.default_review
            if since is not None and since.year == self.base_year \
                    and not any(not s.since and not self._names_again(s) for s in self.sessions):
                review = False  # 一年来 after 二次会议以来: the year since that session, not the one before it
            review = (review and not self.late_session) or self._prepared(None, before)
            return FigureYear(self.base_year - 1 if review else self.base_year, "session", False)
        return FigureYear(self.doc_year, "document", False)

    def session_own(self) -> FigureYear | None:
        """The year of a count that is a session's own state (its roll call: 应出席委员2237人, 实到2195人):
        the session the text is at, whatever look back its report or a term review frames around it.
        None for a work report (its 列席会议 counts are of the year it reviews), for a text whose session
        is not dated by its own words (the rhythm guesses), and for a chronicle of several sessions (each
        entry's roll call is its own session's)."""
        if self.default_review or self.before_session or self.base_year is None \
                or self.base_source not in ("session", "session+dateline"):
            return None
        if any(s.year != self.base_year for s in self.sessions if not s.since and s.year is not None):
            return None
        return FigureYear(self.base_year, "session", False)

    def names_year_reviewed(self) -> bool:
        """Whether the text writes the year before its session as a topic (他说,2018年,县政协常委会…): the
        year its work report reviews, which a plenary's news then reports on."""
        return self.base_year is not None and any(
            int(found.group(1)) == self.base_year - 1 for found in _TOPIC_YEAR.finditer(self._text))

    def _session_of_cue(self, index: int) -> Session | None:
        """The dated session a session-count cue is written onto (十一届二次会议期间), when it names one:
        the count is that session's, not the one the text is at."""
        cues = self.session_cues
        if index < 0 or cues is None or cues[index][1] != "session_count":
            return None
        at = cues[index][0]
        return next((s for s in self.sessions if s.start <= at <= s.end + 1 and s.year is not None), None)

    def _reviews_before(self, mark: tuple[int, str, bool, int], offset: int) -> bool:
        """Whether the session ``mark`` is the one a review between it and the figure looks back from:
        在十三届五次会议上获悉,一年来,委员共提交提案305件 counts the year before that session."""
        if mark[1] not in _SESSION_SOURCES or self._vocab is None:
            return False
        session = next((s for s in self.sessions if s.start == mark[3]), None)
        cue = self._vocab.year_cue_regex.get("review_opener")
        if session is None or session.since or cue is None or self._names_again(session):
            return False
        return cue.search(self._text, session.end, offset) is not None

    def _names_again(self, session: Session) -> bool:
        """Whether ``session`` is one the text already looked back to (十一届二次会议以来…贯彻十一届二次会议
        工作部署…一年来,共提交提案5820件): a report on the work since a session names it again as the plan it
        carried out, and its 一年来 is the year since that session, not the year before it."""
        return any(s.since and s.start < session.start and (s.level, s.body, s.term, s.number)
                   == (session.level, session.body, session.term, session.number) for s in self.sessions)

    def _prepared(self, mark: tuple[int, str, bool, int] | None, before: str) -> bool:
        """Whether a figure in a text written the year before the session it prepares (before_session) is
        of that earlier year: carried from a sentence that names the session (``mark``; None when read
        from the session itself), and not a count its own sentence gives as the session's (大会收到提案,
        截至12月20日已收到提案: the session's own, whenever submitted)."""
        if not self.before_session or (mark is not None and (mark[1] not in _SESSION_SOURCES
                                                             or mark[0] != self.base_year)):
            return False
        own = self._vocab.year_cue_regex.get("session_count") if self._vocab is not None else None
        return own is None or own.search(before) is None

    def _sentence_year(self, begin: int, end: int, skip_as_of: bool = False,
                       skip_rhythm: bool = False) -> tuple[int, str, bool, int] | None:
        """(year, source, breaks a term review, offset) of the last year or dated session in [begin, end);
        with ``skip_as_of``, of the last one that is not an as-of date; with ``skip_rhythm``, not a
        session dated only by the rhythm."""
        index = bisect_right(self._mark_offsets, end - 1) - 1
        while index >= 0 and self._marks[index][0] >= begin:
            at, year, source, breaks, as_of = self._marks[index]
            if not (skip_as_of and as_of) and not (skip_rhythm and source == "rhythm"):
                return year, source, breaks, at
            index -= 1
        return None


def _date_month(found: re.Match[str]) -> int:
    """The month of a _DATE match, in digits or in words."""
    return int(found.group(2) or found.group(3)) if found.group(2) or found.group(3) else chinese_int(found.group(4)) or 0


# a text's own date line: a full date alone in brackets under its title, or after a dash, with where it
# was given or adopted ((2007年12月11日), ——2018年1月6日在…会议上, (2024年2月20日…通过))
_OWN_DATE_LINE = re.compile(r"^[ \t]*(?:\(|——?|──?|-{1,2})[ \t]*(?:在)?[ \t]*(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
                            r"(?:[ \t]*\)[ \t]*$|[^()\n]{0,40}?(?:在[^()\n]{2,40}上|通过)[ \t]*\)?[ \t]*$))",
                            re.MULTILINE)


def _own_date(head: str) -> tuple[int, int] | None:
    """(year, month) of ``head``'s own date line (_OWN_DATE_LINE), None without one or with no real
    month: when the text was given or adopted, which a page stamp above it (2024-09-22 on a site that
    reprints a 2007 report, 时间:2021-6-9) is not."""
    # only above the body's first sentence: a bracketed date alone on a line deeper down is a date the
    # story quotes ((1989年10月1日) under a paragraph on a founding), not when the text was written
    first_sentence = head.find("。")
    line = _OWN_DATE_LINE.search(head, 0, len(head) if first_sentence < 0 else first_sentence) if "月" in head else None
    found = _DATE.match(head, line.end()) if line else None
    month = _date_month(found) if found else 0
    return (int(found.group(1)), month) if 1 <= month <= 12 else None


def _dateline(head: str, starts: list[int] | None = None) -> tuple[int, int] | None:
    """The date of ``head``'s own date line, else its first full date (its year and month) that is not
    a site's 今天是 banner; ``starts``: _year_starts of ``head``, when known."""
    own = _own_date(head)
    if own is not None:
        return own
    for found in (_DATE.finditer(head) if starts is None else _matches_at(_DATE, head, starts)):
        month = _date_month(found)
        if 1 <= month <= 12 and not _TODAY.search(head, max(0, found.start() - 6), found.start()):
            return int(found.group(1)), month
    return None


def _session_anchor(text: str, starts: list[int] | None = None) -> tuple[int, int] | None:
    """The first full date of ``text`` (the head, else the whole text), which dates a local session. A
    state reached by a date (截至2007年8月31日,所有提案已办复) is reported at a later session: after
    the spring session season, that is the next year's."""
    found = _dateline(text, starts)
    if found is None:
        return None
    dates = _DATE.finditer(text) if starts is None else _matches_at(_DATE, text, starts)
    at = next((m for m in dates if 1 <= _date_month(m) <= 12), None)
    if at is not None and _AS_OF_DATE.search(text, max(0, at.start() - 4), at.start()) and 4 <= found[1] <= 9:
        return found[0] + 1, 1
    return found


def _session_body(window: str, mid: str, org_level: str, province,
                  vocab: Vocabulary) -> tuple[str, str]:
    """(level, body) of a session from the words just before it and between 届 and 次."""
    place_text = _FORMAL_NOISE.sub("", window + mid)
    tail = _NOT_IN_PLACE.sub("", place_text)[-10:]
    # 全国政协十四届二次会议; not 全国两会期间,政协第九届…, a local session after a clause on the nation
    if "全国" in tail[-4:]:
        return "national", "全国"
    end = _PLACE_END.search(tail)
    shorts = [short for _, short in vocab.provinces]
    if end is None:
        if org_level == "national":
            return "national", "全国"
        if org_level == "province":
            return "province", province()
        return "unknown", ""
    suffix = end.group(1)
    stem = tail[:end.start()]
    named = next((s for s in shorts if stem.endswith(s) or stem.endswith(s + "省")), "")
    if suffix in ("自治区", "省"):
        return "province", named or province()
    if suffix == "市":
        if named in _MUNICIPALITIES:
            return "province", named
        if not stem.strip() and org_level == "province" and province() in _MUNICIPALITIES:
            return "province", province()
    return "local", ""


def _named_province(text: str, vocab: Vocabulary) -> str:
    """The one province a text names most often (其他 cue for a bare 省政协), or ''."""
    counts = Counter({short: text.count(short) for name, short in vocab.provinces if short in text})
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ""


def _calendar_year(vocab: Vocabulary, level: str, body: str, term: int) -> int | None:
    """The year a national or provincial term first met. A provincial body whose province the text
    never names (省政协十一届一次会议) takes the year most provinces' term of that number began."""
    if level == "national":
        return vocab.session_calendar.get(("全国", term))
    if level != "province":
        return None
    if body:
        return vocab.session_calendar.get((body, term))
    years = Counter(year for (name, number), year in vocab.session_calendar.items()
                    if number == term and name != "全国")
    ranked = years.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def era_bounds(text: str, vocab: Vocabulary) -> tuple[int | None, int | None]:
    """(earliest, latest) year a text can be from, by words current only in some years (新时代 → 2017
    on). A text cannot use a word coined after it; it may still name an old one, so when the bounds
    cross, the earliest year wins."""
    lows, highs = [], []
    for _, first, last in vocab.era_cues_in(text):
        if first is not None:
            lows.append(first)
        if last is not None:
            highs.append(last)
    low, high = (max(lows) if lows else None), (min(highs) if highs else None)
    if low is not None and high is not None and high < low:
        high = None
    return low, high


def _local_anniversary(text: str) -> int | None:
    """The year a text on its own body's Nth anniversary is written in: the founding year it writes
    (1980年…政协…第一届委员会第一次全体会议, …成立) plus N. Its years are history it recalls."""
    # (most texts name no anniversary: two substring tests rather than a stop at every 政协)
    found = _LOCAL_ANNIVERSARY.search(text) if "周年" in text or "华诞" in text else None
    count = chinese_int(found.group("n")) if found else None
    if not count or found is None:
        return None
    start = max(text.rfind(mark, 0, found.start()) for mark in "。\n") + 1
    stop = min([i for i in (text.find(mark, found.end()) for mark in "。\n") if i >= 0] or [len(text)])
    named = [int(m.group(1)) for m in _ANY_YEAR.finditer(text, start, stop)]
    if named:  # 2024年,是…岳阳市政协成立40周年: the year it names
        return max(named)
    for sentence in re.split("[。\n]", text):
        if "政协" in sentence and _FOUNDING.search(sentence):
            years = [int(m.group(1)) for m in _ANY_YEAR.finditer(sentence) if not _SINCE_YEAR.match(sentence, m.start())]
            if years:
                return min(years) + count
    return None


# the count after a national event's name: 70周年, 七十五周年, 百年华诞, 40年来, 建党百年之际 (not 党的
# 百年奋斗, a resolution cited for years after)
_ANNIVERSARY_COUNT = (r"\s*(?P<n>\d{1,3}|[一二三四五六七八九十百零〇两]{1,5})\s*"
                      r"(?:周年|年华诞|华诞|年来|年(?=之际|主题|系列|庆|[,，。、;；“”]))")
# a speech given at an anniversary's celebration (在庆祝…100周年大会上的重要讲话) is recalled in later years
_ANNIVERSARY_RECALLED = re.compile(r"[^,，。;；\n]{0,6}?(?:大会|座谈会|纪念会|会议)上|[^,，。;；\n]{0,10}?讲话")
_YEARS_SINCE = re.compile(r"年来(?<=[\d〇一二三四五六七八九十]年来)")  # (a literal first: a fast scan)


def _may_name_anniversary(text: str) -> bool:
    """Whether ``text`` holds 周年, 华诞, 百年 or N年来: substring tests and one literal-led scan, not a
    scan for a class of numerals (frequent in any report) followed by 年来."""
    return "周年" in text or "华诞" in text or "百年" in text or _YEARS_SINCE.search(text) is not None
# a year named relative to the text's own just before the anniversary (去年纪念…周年, 明年是…周年)
_ANNIVERSARY_SHIFT = re.compile(r"去年|上年|前年|明年(?=[^,，。;；]*$)")
_SHIFTS = {"去年": 1, "上年": 1, "前年": 2, "明年": -1}
# a goal set for an anniversary still to come (到建党100周年, 在建党100周年时全面建成)
_ANNIVERSARY_AHEAD = re.compile(r"(?:到|至|于)\s*$")
_ANNIVERSARY_AHEAD_AFTER = re.compile(r"(?:之?时|之?前)")
# an anniversary welcomed (以优异成绩迎接建党100周年, 喜迎, 向…献礼): the text is from its year or the one before
_ANNIVERSARY_WELCOMED = re.compile(r"(?:迎接|喜迎|向)\s*$")


def _anniversary_count(numeral: str) -> int | None:
    """70 → 70, 七十五 → 75, 百 → 100, 一百 → 100, 一百零五 → 105."""
    if numeral.isdigit():
        return int(numeral)
    if "百" not in numeral:
        return chinese_int(numeral.replace("两", "二"))
    hundreds, _, rest = numeral.partition("百")
    rest = rest.lstrip("零〇")
    value = (_CN_DIGITS.get(hundreds, 0) if hundreds else 1) * 100
    return value + ((chinese_int(rest) or 0) if rest else 0)


@dataclass(frozen=True)
class Celebrated:
    """The national anniversary a text marks: its ``year``; ``welcomed`` when the text only looks
    forward to it (迎接, 喜迎), so it may be from the year before."""
    year: int
    welcomed: bool = False


def _national_anniversary(text: str, vocab: Vocabulary) -> Celebrated | None:
    """The year of the national anniversary a text celebrates (庆祝新中国成立70周年 → 2019, 喜迎建党
    百年 → 2021), from the founding years of ``anniversary_years``: the latest, as a text cannot come
    before any anniversary it marks. Not a speech recalled from a celebration (在庆祝…周年大会上的讲话)
    nor a goal set for one (到建党100周年时)."""
    if not vocab.anniversary_years or not _may_name_anniversary(text):
        return None
    found: list[Celebrated] = []
    regexes, any_event, reach = _anniversary_regexes(tuple(vocab.anniversary_years))
    # (the windows where no event's regex matches, most of them, are dropped by one search each)
    windows = [(start, stop) for start, stop in _anniversary_windows(text, reach)
               if any_event is None or any_event.search(text, start, stop)]
    # every match lies in a window: an event whose words no window holds is not sought there
    # (most events on most pages; one substring test, not a search per window)
    in_windows = "\n".join(text[start:stop] for start, stop in windows)
    for (pattern, founded), words in zip(regexes, _event_words(tuple(vocab.anniversary_years))):
        if words is not None and not any(word in in_windows for word in words):
            continue
        for match in _finditer_in(pattern, text, windows):
            count = _anniversary_count(match.group("n"))
            if not count or _ANNIVERSARY_RECALLED.match(text, match.end()) \
                    or _ANNIVERSARY_AHEAD.search(text, max(0, match.start() - 2), match.start()) \
                    or _ANNIVERSARY_AHEAD_AFTER.match(text, match.end()):
                continue
            # 去年纪念抗战胜利四十周年时 … : the anniversary was the year before the text's
            shift = _ANNIVERSARY_SHIFT.search(text, max(0, match.start() - 8), match.start())
            welcomed = _ANNIVERSARY_WELCOMED.search(text, max(0, match.start() - 2), match.start()) is not None
            found.append(Celebrated(founded + count + (_SHIFTS[shift.group()] if shift else 0), welcomed))
    reference = vocab.reference_year
    found = [c for c in found if reference is None or c.year <= reference]
    # the latest; of two marks of one year, a celebration over a welcome
    return max(found, key=lambda c: (c.year, not c.welcomed)) if found else None


@lru_cache(maxsize=4)
def _anniversary_regexes(rows: tuple[tuple[str, int], ...]) \
        -> tuple[list[tuple[re.Pattern[str], int]], re.Pattern[str] | None, int | None]:
    """The rows' regexes; one that matches wherever any of them does (None when rows cannot be joined:
    a back-reference would point at another row's group, a group name may repeat); and the most
    characters an event's name spans (None: unbounded)."""
    from re import _parser  # type: ignore[attr-defined]  # private: no stub
    widest = max((_parser.parse(pattern).getwidth()[1] for pattern, _ in rows), default=0)
    any_event = None
    if rows and not any(re.search(r"\\[1-9]|\(\?P=", pattern) for pattern, _ in rows):
        try:
            any_event = re.compile("(?:" + "|".join(f"(?:{pattern})" for pattern, _ in rows) + f"){_ANNIVERSARY_COUNT}")
        except re.error:
            pass
    return ([(re.compile(f"(?:{pattern}){_ANNIVERSARY_COUNT}"), founded) for pattern, founded in rows],
            any_event, widest if widest < _parser.MAXREPEAT else None)


@lru_cache(maxsize=4)
def _event_words(rows: tuple[tuple[str, int], ...]) -> list[tuple[str, ...] | None]:
    """Per row of ``_anniversary_regexes``, the words one of which its every match holds (or None)."""
    return [required_words(pattern) for pattern, _ in _anniversary_regexes(rows)[0]]


# the last digit of a count and the word after it (70周年, 百年华诞, 40年来): every celebrated count
# ends in one, so an event's name is only looked for just before one (30 names, not 30 whole-text scans)
_COUNT_LAST_DIGIT = "一二三四五六七八九十百零〇两"  # or \d
# (the digits' class written as a table, then read back: a scan twice as fast as one for [\d一…])
_ANNIVERSARY_COUNT_END = re.compile(f"[{DIGITS_BY_TABLE}{_COUNT_LAST_DIGIT}](?<=[\\d{_COUNT_LAST_DIGIT}])"
                                    r"\s*(?:周年|年华诞|华诞|年来|年(?=之际|主题|系列|庆|[,，。、;；“”]))")
# the words a count ends in, found by three scans that each open with a literal (each several times
# faster than the scan for a numeral's class above): a count's end is read only before one of them
_COUNT_WORDS = (re.compile(r"年(?:华诞|来|(?=之际|主题|系列|庆|[,，。、;；“”]))"), re.compile("周年"), re.compile("华诞"))
_COUNT_MAX_CHARS = 5  # the longest numeral _ANNIVERSARY_COUNT takes
_COUNT_LOOKAHEAD = 2  # characters the count's last word looks at after it (年之际)


def _anniversary_windows(text: str, reach: int | None) -> list[tuple[int, int]]:
    """[start, end) spans of ``text`` that hold every match of an anniversary regex: an event's name
    (at most ``reach`` characters), spaces and a numeral before each count's end; the whole text
    when ``reach`` is unbounded."""
    if reach is None:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    for end in _count_ends(text):
        start = max(0, end.start() - (_COUNT_MAX_CHARS - 1))
        while start > 0 and text[start - 1].isspace():  # the spaces a count may follow its name by
            start -= 1
        start, stop = max(0, start - reach), min(len(text), end.end() + _COUNT_LOOKAHEAD)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], stop)
        else:
            windows.append((start, stop))
    return windows


def _count_ends(text: str) -> Iterator[re.Match[str]]:
    """``_ANNIVERSARY_COUNT_END.finditer(text)``: every match ends in one of _COUNT_WORDS, right after the
    numeral's last character and any spaces, so it is matched there only."""
    words = sorted(found.start() for scan in _COUNT_WORDS for found in scan.finditer(text))
    end = 0
    for word in words:
        at = word
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at > end and (text[at - 1].isdecimal() or text[at - 1] in _COUNT_LAST_DIGIT) \
                and (match := _ANNIVERSARY_COUNT_END.match(text, at - 1)) is not None:
            end = match.end()
            yield match


def _finditer_in(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]):
    """``pattern.finditer(text)`` for a pattern whose every match lies inside one of ``windows``."""
    at = 0
    for start, stop in windows:
        for match in pattern.finditer(text, max(start, at), stop):
            at = match.end()
            yield match


def _elapsed_year(text: str, starts: list[int]) -> int | None:
    """The year a text counts the years since an event up to (1998年…至今已经有12年 → 2010);
    ``starts``: _year_starts of ``text``."""
    if not might_match(_ELAPSED, text):
        return None
    years = [int(m.group(1)) + (chinese_int(m.group("n")) or 0) for m in _matches_at(_ELAPSED, text, starts)
             if chinese_int(m.group("n"))]
    return max(years) if years else None


def _rhythm_year(vocab: Vocabulary, number: int, written: int | None, era: tuple[int | None, int | None],
                 since: bool = False, reference: int | None = None, month: int | None = None) -> int | None:
    """The year session ``number`` of a prefecture or county term met, when the text gives no date.
    Their terms follow a five-year rhythm: a term's first session meets late in a year of the cycle of
    ``local_rhythm_year`` or early the next, so session X meets in first + X − 1 or first + X.
    A year the text writes (``written``, the latest it reports) is close to when it was written: the
    session the text is at meets in the first of those years not before it; a session it looks back
    to (``since``: …次会议以来) in the last not after it. Era words only bound the text loosely:
    then the session is placed in the first cycle they allow; with no evidence, the latest. Without a
    written year the usual case is taken: a first session late in the cycle year (first), or early the
    next year when the text dates it early in a year (``month`` ≤ 6), a later one
    in first + X (most terms' first session met early the next year, or stood in for that year's),
    but first + X − 1 for a session held late in a year (``month``: the next year's, brought forward)
    and for a sixth one (only a term begun late in the cycle year has six). ``reference`` is the latest
    year a text may report on; its texts come from its spring session season, so a session held late
    in a year (a first one, or ``month`` ≥ 10) is placed before it."""
    base = vocab.local_rhythm_year
    if base is None:
        return None
    this_year = reference if reference is not None else base + 5  # the latest year a text may report on
    firsts = range(base - 50, base + 11, 5)
    if written is not None and era[0] is not None and not since:
        written = max(written, era[0])  # both bound from below when the text was written
    if written is not None:
        near = sorted(year for first in firsts for year in (first + number - 1, first + number)
                      if (year <= written if since else written <= year <= this_year))
        if near:
            return near[-1] if since else near[0]
    held_late = month is not None and month >= 10 and not since  # the text's month is the session's own
    # a first session the text dates early in a year (1月9日,市政协十五届一次会议…) met early the year after
    # its cycle year, as most terms' first sessions did
    held_early = number == 1 and month is not None and month <= 6 and not since
    # the work since a first session (一次会议以来) is the next year's whether it met late or early
    offset = number if (1 < number or since or held_early) and number <= 5 and not held_late else number - 1
    # texts of the reference year are from its spring session season: a session late in a year is older
    last = this_year - 1 if (number == 1 and not held_early) or held_late else this_year
    candidates = [first + offset for first in firsts if first + offset <= last]
    if not candidates:
        return None
    low, high = era
    if low is not None:
        fitting = [year for year in candidates if year >= low and (high is None or year <= high)]
        later = fitting or [year for year in candidates if year >= low]
        return later[0] if later else candidates[-1]
    if high is not None:
        earlier = [year for year in candidates if year <= high]
        return earlier[-1] if earlier else candidates[0]
    return candidates[-1]


def _sessions(text: str, org_level: str, province, vocab: Vocabulary,
              dateline: tuple[int, int] | None,
              written: int | None = None, era: tuple[int | None, int | None] = (None, None),
              month: int | None = None, reviews: bool = False, reference: int | None = None) -> list[Session]:
    """Every plenary session the text names, dated. ``month``: the month the text was written in
    (_writing_date: 12月19日, 从…会议上获悉), when the session itself is dated by the rhythm."""
    found_sessions: list[Session] = []
    matches, last_end, at = [], -1, text.find("届")
    while at >= 0:  # a session always has 届: look only around those
        found = _SESSION.search(text, max(0, at - 4, last_end), at + 40)
        if found and found.start() <= at < found.end():
            matches.append(found)
            last_end = found.end()
        at = text.find("届", max(at + 1, last_end))
    met_before = vocab.year_cue_regex.get("targets_met_before")
    set_after = vocab.year_cue_regex.get("targets_set_after")
    for found in matches:
        term, number = chinese_int(found.group("term")), chinese_int(found.group("x"))
        mid = found.group("mid")
        if not term or not number or number > 8 or _NOT_PLENARY.search(mid):
            continue
        window = text[max(0, found.start() - 12):found.start()]
        if _OTHER_BODY.search(window[-6:] + mid):
            continue
        level, body = _session_body(window, mid, org_level, province, vocab)
        # a session written without its place on a national or provincial page (政协第九届委员会第三次会议)
        inferred = level in ("national", "province") and _session_body(window, mid, "", province, vocab)[0] == "unknown"
        # a session whose targets the text says were met (顺利完成了十届四次会议确定的目标任务) is one it
        # looks back to, as with …次会议以来: the work reviewed is that session's year
        clause = text[max(text.rfind(mark, 0, found.start()) for mark in ",，。;；\n") + 1:found.start()]
        met = bool(met_before and set_after and met_before.search(window)
                   and set_after.match(text[found.end():found.end() + 8])
                   and not _MEETING_ITSELF.search(clause))
        session = Session(found.start(), found.end(), level, body, term, number,
                          bool(found.group("since")) or met)
        first = _calendar_year(vocab, level, body, term)
        if first is not None:
            session.year, session.source = first + number - 1, "session"
            if dateline and (session.year > dateline[0] + 1  # the calendar does not fit this text
                             or (not body and abs(session.year - dateline[0]) > 1)):  # nor the common one
                session.year, session.source = None, ""
            elif inferred and session.year < (written if written is not None else era[0] or 0) - _CALENDAR_SLACK:
                # the page's own session, yet the text writes years (or words: 新时代) long after that
                # calendar's: a local body's, which keeps its own rhythm
                session.level, session.body, session.year, session.source = "local", "", None, ""
        if session.year is None:  # a date written in the same sentence: 2018年1月25日在市政协五届一次会议上
            s_begin = max(text.rfind(mark, 0, found.start()) for mark in "。\n!?") + 1
            s_end = min([i for i in (text.find(mark, found.end()) for mark in "。\n") if i >= 0] or [len(text)])
            # not an as-of date (截至2008年8月31日已全部办复): the state is read after the session it follows
            # nor a year reviewed (总结2017年…工作, 将…二次会议提案交办; 2020年度…先进名单, 关于召开…五次会议的决定):
            # the session meets after it
            # nor the topic a sentence turns to after naming the session (从…二次会议上获悉,2022年,…): a
            # year after the session dates it only as part of a date (会议于2011年12月26日召开)
            years = [(abs(m.start() - found.start()), int(m.group(1)), m.end()) for m in _YEAR.finditer(text, s_begin, s_end)
                     if not _AS_OF_DATE.search(text, max(0, m.start() - 4), m.start())
                     and not _REVIEWED.search(text, max(0, m.start() - 2), m.start())
                     and not _YEAR_OF_WORK.match(text, m.end())  # (2020年度先进名单: a year of work, reviewed)
                     and (m.start() < found.start() or _MONTH_AFTER.match(text[m.end():m.end() + 4]))]
            if years:
                _, session.year, year_end = min(years)
                session.source = "session"
                dated = _MONTH_AFTER.match(text[year_end:year_end + 5])
                session.month = int(dated.group(1)) if dated else None
        found_sessions.append(session)
    current = next((s for s in found_sessions if not s.since), None)
    if current is not None:
        for found in _BARE_SESSION.finditer(text):
            number = chinese_int(found.group("x"))
            if number and number < current.number:
                found_sessions.append(Session(found.start(), found.end(), current.level,
                                              current.body, current.term, number, True))
        found_sessions.sort(key=lambda s: s.start)
    # a session named without a place (闽政协九届三次会议) belongs to the one body of that term
    # (on a city's or county's page it is that body's own: 传达全国政协十四届二次会议精神 and 政协第十四届
    # 委员会第三次会议 on a county's page are two bodies' sessions)
    for session in found_sessions:
        if session.level == "unknown":
            bodies = {(s.level, s.body) for s in found_sessions if s.term == session.term and s.level != "unknown"}
            session.level, session.body = bodies.pop() if len(bodies) == 1 and org_level not in ("city", "county") \
                else ("local", "")
            if session.level in ("national", "province") and session.year is None:
                first = _calendar_year(vocab, session.level, session.body, session.term)
                session.year = first + session.number - 1 if first else None
                session.source = "session" if first else ""
    # sessions of one term: a known one dates the others; else the latest takes the dateline's year
    groups: dict[tuple[str, str, int], list[Session]] = {}
    for session in found_sessions:
        groups.setdefault((session.level, session.body, session.term), []).append(session)
    latest_term = max((s.term for s in found_sessions), default=0)
    for members in groups.values():
        known = [s for s in members if s.year is not None]
        if not known and dateline and members[0].term == latest_term:
            latest = max(members, key=lambda s: s.number)
            # the one session a text looks back to (三次会议以来), dated in the spring session season: it
            # met the year before
            looked_back = all(s.since and s.number == latest.number for s in members)
            latest.year = dateline[0] - (looked_back and dateline[1] <= 3)
            latest.source = "session+dateline"
            known = [latest]
        if not known and dateline is None and members[0].level not in ("national", "province"):
            opened = _term_first_year(text, members[0].term, vocab)
            if opened is not None:
                for session in members:
                    session.year, session.source = opened + session.number - 1, "session"
                continue
            latest = max(members, key=lambda s: s.number)
            # a report at a session reviews the years it writes: the session meets after them
            after = written + 1 if written is not None and reviews and not latest.since else written
            latest.year = _rhythm_year(vocab, latest.number, after, era, latest.since, reference, month)
            if after != written and latest.year is not None and latest.year > after:
                # the rhythm holds no such session the year right after the one reviewed (十一届五次会议
                # with 回顾总结了2016年提案工作: its fifth session met in 2016, the next in 2020): the
                # session is the reviewed year's own, whose proposals the text follows up
                latest.year = _rhythm_year(vocab, latest.number, written, era, latest.since, reference, month)
            if latest.year is not None:
                latest.source = "rhythm"
                known = [latest]
        if known:
            anchor = known[0]
            assert anchor.year is not None  # known sessions are dated
            # a session held late in a year (the next year's, brought forward) shares that year
            # with the session before it
            # (or dated by its own sentence, 于2011年12月26日召开, in the year of a late-year dateline)
            late = (anchor.source == "session+dateline" and dateline is not None and dateline[1] >= 10) \
                or (anchor.source == "session" and dateline is not None and dateline[1] >= 10
                    and dateline[0] == anchor.year) \
                or (anchor.source == "rhythm" and month is not None and month >= 10)
            for session in members:
                if session.year is None:
                    session.year = anchor.year + session.number - anchor.number
                    if late and session.number < anchor.number:
                        session.year += 1
                    session.source = anchor.source
    return found_sessions


# the meeting itself as the one that completed its business (大会圆满完成了…会议确定的各项任务): the session at hand
_MEETING_ITSELF = re.compile("大会|会议|本次|这次|本届")
# a national or provincial term named on a local page (2018年是十三届全国政协的开局之年)
_OTHER_TERM_BODY = re.compile("全国|省|自治区|中央|党")


def _term_first_year(text: str, term: int, vocab: Vocabulary) -> int | None:
    """The year the text names as term ``term``'s first (2013年是政协某县第八届委员会的开局之年;
    year_cues.csv, term_first_year), in one sentence."""
    cue = vocab.year_cue_regex.get("term_first_year")
    if cue is None or cue.search(text) is None:
        return None
    for found in _TERM_FIRST_YEAR.finditer(text):
        if chinese_int(found.group("term")) == term and cue.match(text, found.end()) \
                and not _OTHER_TERM_BODY.search(text, max(found.start(), found.start("term") - 6), found.end()):
            return int(found.group("year"))
    return None


# a year, then in the same sentence a term (2013年是政协某县第八届委员会的…, 2018年…也是十二届自治区政协的…),
# up to where the term_first_year cue may stand
_TERM_FIRST_YEAR = re.compile(rf"(?P<year>(?:19|20)\d{{2}})年[^。！？!?\n]{{0,40}}?第?(?P<term>{_TERM})届"
                              r"[^。！？!?\n，,]{0,16}?的(?=[\u4e00-\u9fff]{2}之年)")


def _term_end(level: str, body: str, term: int, sessions: list[Session], vocab: Vocabulary,
              dateline: tuple[int, int] | None) -> int | None:
    """The last year of a term with a plenary session."""
    first = _calendar_year(vocab, level, body, term)
    if first is not None:
        return first + 4
    for session in sessions:
        if session.term == term + 1 and session.number == 1 and session.year is not None \
                and session.level == level and session.body == body:
            # a first session dated by the rhythm stands in its cycle's year, the old term's last one
            # (a first session the rhythm placed early the year after its cycle year is not late)
            late = session.source == "rhythm" and vocab.local_rhythm_year is not None \
                and (session.year - vocab.local_rhythm_year) % 5 == 0 \
                or (session.source in ("session+dateline", "session")
                                                  and dateline is not None and dateline[1] > 6
                                                  and (session.source != "session" or dateline[0] == session.year)) \
                or (session.month is not None and session.month > 6)  # (2011年11月14日在…第一次会议上)
            return session.year if late else session.year - 1
    years = [s.year for s in sessions if s.term == term and s.year is not None and s.level == level]
    return max(years) if years else None


def _reference_year(text: str, vocab: Vocabulary, starts: list[int]) -> int | None:
    """The latest year the text may report on: the seeds' reference year, or a later full date the text
    writes itself. Never the clock: an undated text keeps its year when the calendar turns. ``starts``:
    _year_starts of ``text``."""
    dated = [int(m.group(1)) for m in _matches_at(_DATE, text, starts)]
    known = [year for year in (vocab.reference_year, max(dated) if dated else None) if year is not None]
    return max(known) if known else None


def _latest_written(text: str, reference: int | None = None, starts: list[int] | None = None) -> int | None:
    """The latest past year a text writes; 截至2025年底 is written after that year ended; 到2020年
    (全面建成小康社会) is a goal still ahead, and so is a year after ``reference``. ``starts``: _year_starts
    of ``text`` or of a text it begins, when known."""
    # (截至2022年12月 is read after that year ended too)
    years = [int(m.group(1)) + (text[m.end():m.end() + 1] in ("底", "末") or (
                text[m.end():m.end() + 3] == "12月" and _AS_OF_DATE.search(text, max(0, m.start() - 4), m.start())
                is not None)) for m in (_ANY_YEAR.finditer(text) if starts is None else _matches_at(_ANY_YEAR, text, starts))
             if not _GOAL_YEAR.search(text, max(0, m.start() - 2), m.start())
             or re.match(r"[底末]|\d{1,2}月", text[m.end():m.end() + 3])]
    years = [year for year in years if reference is None or year <= reference]
    return max(years) if years else None


def _only_reviewed(text: str, year: int | None, cue: re.Pattern[str] | None, work: bool = False) -> bool:
    """Whether every place ``text`` writes ``year`` is a year looked back on (回顾总结了2016年…, 充分肯定了
    县政协常委会…2020年的工作; year_cues.csv, reviewed_year): a session text whose latest year is one it
    reviews meets after that year, as a work report's session does. With ``work``, a year of work the
    session commends or assesses (2012-2014年度优秀提案…获表彰) is looked back on as well: it is over."""
    if year is None or cue is None:
        return False
    places = [m.start() for m in re.finditer(f"{year}年", text)]
    return bool(places) and all(cue.search(text, max(0, at - 24), at)
                                or (work and _YEAR_OF_WORK.match(text, at + len(f"{year}年"))) for at in places)


# a date written day first with dots, as some web mirrors stamp a page (02.01.2014  14:06): the day and
# month are one or two digits each, and neither touches another digit or dot (a version, a decimal)
_DAY_FIRST_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")
_DOTTED_YEAR = re.compile(r"\.(?:19|20)\d{2}")  # what every such date holds; a literal first: a fast scan


def _year_first_date(found: re.Match[str]) -> str:
    """26.01.2015 → 2015.01.26: the same characters reordered, so offsets hold; not a date → unchanged."""
    day, month, year = found.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return found.group()
    return f"{year}.{month}.{day}"


def _arabic_years(text: str) -> str:
    """二〇一二年 → 2012年, and a day-first date 02.01.2014 → 2014.01.02, so that the date patterns read
    both (same length, so offsets hold)."""
    if _DOTTED_YEAR.search(text):  # (the date pattern starts with a look-behind: slow over a whole text)
        text = _DAY_FIRST_DATE.sub(_year_first_date, text)
    if not might_start(_CHINESE_YEAR, text):
        return text
    return _CHINESE_YEAR.sub(lambda m: m.group().translate(_CHINESE_YEAR_DIGITS), text)


def _is_plan_heading(line: str, session_year: int | None) -> bool:
    """Whether a heading opens a plan section (2024年工作建议, 新的一年, 2024年:…). A plan is for the year of
    the session the text is given at: a heading naming a year before it opens the review of that year
    (a work report given at a 2022 session reviews 2021 under 一、2021年:锚定开局“十四五”…)."""
    plan = _PLAN_HEADING.match(line.strip())
    if plan is None:
        return False
    year = plan.group("year")
    return not (year and session_year is not None and int(year) < session_year)


def _heading_year(line: str, tail: re.Pattern[str] | None) -> int | None:
    """The year a review heading opens (2023年工作回顾, 一、2021年:…): a year followed by a review_heading cue."""
    if tail is None:
        return None
    for found in _HEADING_YEAR.finditer(line):
        if tail.match(line, found.end()):
            return int(found.group(1))
    return None


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 40 and stripped[-1] not in "。！？!?;；"


# a site's date bar: a line holding only a full date and its weekday (2025年05月01日 星期四 |), the day
# the page was read, as a 今天是 banner is (a reprint crawled years after its story, a 2020 story under a
# 2024 bar): not when the text was written, and no year the text writes
_DATE_BAR = re.compile(r"^[ \t|｜]*(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2})[ \t]*"
                       r"(?:星期|礼拜|周)[一二三四五六日天][ \t|｜]*$", re.MULTILINE)


def _date_bars(text: str) -> list[tuple[int, int]]:
    """The spans of the date bars: read after each line break (line_spans), since the pattern's ``^``
    and class first would have the engine try every position of the text."""
    return line_spans(_DATE_BAR, text)


# a page's stamp: a line that opens with a short label and a colon, then a full date (时间:2023-03-08
# 10:06:09, 上传日期:2022年4月2日); not a text's own date line in brackets or after a dash (_OWN_DATE_LINE)
_STAMP_LINE = re.compile(rf"^[ \t]*[\u4e00-\u9fff]{{1,6}}[ \t]*[:：][ \t]*(?={_YEAR_START}\d{{2}}(?:[-/.]\d|\s*年\s*\d))",
                         re.MULTILINE)


def _without_upload_stamp(text: str, vocab: Vocabulary) -> str:
    """``text`` with its stamp lines (_STAMP_LINE) blanked, offsets kept, when its head (first 8 lines
    that hold anything) says the page is a user's upload to a template site (Vocabulary.upload_page_regex:
    …范文, 一文来源于网友上传): the stamp is when a copy was uploaded, often years after the text was
    written, so the text's own evidence (its sessions, its era's words, the rhythm) dates it instead."""
    head_end, seen = 0, 0
    while seen < 8:
        line_end = text.find("\n", head_end)
        if line_end < 0:
            head_end = len(text)
            break
        seen += bool(text[head_end:line_end].strip())
        head_end = line_end + 1
    head = text[:head_end]
    if not _STAMP_LINE.search(head) or not vocab.upload_page_regex.search(head):
        return text
    for found in reversed(list(_STAMP_LINE.finditer(head))):
        end = text.find("\n", found.start())
        end = len(text) if end < 0 else end
        text = text[:found.start()] + " " * (end - found.start()) + text[end:]
    return text


def _without_link_lines(text: str, vocab: Vocabulary, bars: bool = True) -> str:
    """``text`` with its lines of links to other pages (上一篇: 十四届三次会议提案审查情况报告, 下一篇: …2023年
    工作要点) blanked, offsets kept: other pages' headlines, whose sessions and years date none of this
    page's figures (as their bodies name none of its bodies, see BodyCues.link_spans); a date bar
    (_DATE_BAR) likewise, unless ``bars`` is false."""
    spans = body_cues(vocab.body_cues, vocab.democratic_parties).link_spans(text)
    bar_spans = _date_bars(text) if bars else []
    if bar_spans:
        spans = sorted(spans + bar_spans)
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        parts += [text[at:start], " " * (end - start)]
        at = end
    return "".join(parts) + text[at:]


def analyse_years(text: str, lines: list[tuple[int, str]], org_level: str, province: str, doc_type: str,
                  vocab: Vocabulary) -> YearFrame:
    """Year cues of a whole document (``text`` is the analysis text, ``lines`` its (offset, line)).
    A date bar is read last: a page it alone dates (a paper's edition bar, 2014年3月6日 星期四, over a
    story naming no year, or a local session only the bar places) is of the bar's year, better than of
    none or of a guess from a session's rhythm or the era's words."""
    frame = _analyse_years(text, lines, org_level, province, doc_type, vocab, True)
    if (frame.doc_year is None or frame.doc_source in ("rhythm", "era")) and _date_bars(text):
        return _analyse_years(text, lines, org_level, province, doc_type, vocab, False)
    return frame


def _analyse_years(text: str, lines: list[tuple[int, str]], org_level: str, province: str, doc_type: str,
                   vocab: Vocabulary, bars: bool) -> YearFrame:
    text = _without_upload_stamp(_without_link_lines(_arabic_years(text), vocab, bars), vocab)
    lines = [(offset, text[offset:offset + len(line)]) for offset, line in lines]  # 二〇二〇年 read as 2020年
    # a web page's furniture (breadcrumb, 来源:, 分享到) is not its title; a 发布时间 date in it still
    # dates the page, so the head keeps the furniture lines that hold a date
    every_line = [(o, l.strip()) for o, l in lines if l.strip()]
    non_empty = [(o, l) for o, l in every_line if not vocab.page_chrome_regex.match(l)]
    head = "\n".join(l for _, l in [(o, l) for o, l in every_line
                                    if not vocab.page_chrome_regex.match(l) or _DATE.search(l)][:8])
    title_lines = "\n".join(l for _, l in non_empty[:3])
    head_end = non_empty[min(2, len(non_empty) - 1)][0] + len(non_empty[min(2, len(non_empty) - 1)][1]) \
        if non_empty else 0
    head_starts = _year_starts(head)
    dateline = _dateline(head, head_starts)
    starts = _year_starts(text)  # where the text writes a year: the readers below match there only
    known: list[str] = []

    def province_of_text() -> str:  # the body's province, else the one the text names most (read once)
        if not known:
            known.append(province or _named_province(text, vocab))
        return known[0]

    # an undated text: the latest year it writes and the years its words belong to date its sessions
    era = era_bounds(text, vocab)
    anniversary = _local_anniversary(text) or _elapsed_year(text, starts)
    reference = _reference_year(text, vocab, starts)
    if anniversary is not None and reference is not None and anniversary > reference:
        anniversary = None  # a year not yet come: a misread founding year
    celebrated = _national_anniversary(text, vocab)
    celebrates = celebrated.year if celebrated else None
    welcomed = celebrated.year - 1 if celebrated and celebrated.welcomed else celebrates
    for bound in (anniversary, welcomed):
        if bound is not None:  # written in its anniversary year: a later bound than any word
            era = (max(era[0] or bound, bound), era[1] if era[1] is None or era[1] >= bound else None)
    if dateline is not None and anniversary is not None and dateline[0] < anniversary - _CALENDAR_SLACK:
        dateline = None  # a date the text recalls (1980年6月27日,…第一次全体会议), not when it was written
    # sessions of a local body are dated by the dateline, else by the first full date the text writes
    anchor = _session_anchor(head, head_starts) if dateline else _session_anchor(text, starts)
    # years in a plan section (2024年工作打算 …) are still to come: not evidence of when the text was written
    headings = [(offset, line) for offset, line in lines if _is_heading(line)]  # read once, used twice
    plan_start = next((o for o, l in headings if _PLAN_HEADING.match(l.strip())), len(text))
    written = _latest_written(text[:plan_start], reference, starts)
    yearbook = _YEARBOOK.search(title_lines) if "年鉴" in title_lines else None  # (most titles: no scan)
    recorded = int(yearbook.group(1) or yearbook.group(2)) - 1 if yearbook else None
    if recorded is not None:  # the latest year a yearbook records: its sessions are near it
        written = max(written or recorded, recorded)
    # the date the text was written on (one reading for every use: not an as-of date, nor a 今天是 stamp)
    writing = _writing_date(head, head_starts)
    writing_month = writing[1] if writing is not None else None
    cues = vocab.year_cue_regex
    # a page whose body is unnamed but speaks of its 县政协 or 区政协 is a county's: its placeless sessions
    # are that body's own
    session_level = org_level or ("county" if _COUNTY_BODY.search(text) else "")
    sessions = _sessions(text, session_level, province_of_text, vocab, anchor, written, era,
                         writing_month,
                         doc_type == "work_report" or bool(cues.get("review_word") and cues["review_word"].search(head))
                         or _only_reviewed(text[:plan_start], written, cues.get("reviewed_year"), True),
                         reference)
    cues = vocab.year_cue_regex

    # the session the text is about: the first one it names that is not a '…以来' of an earlier one
    # (not one dated long before the anniversary the text celebrates, or the latest year it writes: a
    # session it recalls)
    recalled_before = anniversary if anniversary is not None else written
    recent = [s for s in sessions if s.year is None or recalled_before is None
              or s.year >= recalled_before - _CALENDAR_SLACK]
    current = next((s for s in recent if not s.since), recent[0] if recent else None)
    base_year = current.year if current else None
    base_source = (current.source or "session") if current and current.year is not None else ""
    # news from a session early in a year that names the year before as its topic (从…会议新闻发布会上获悉,
    # 2024年,省政协…) reports on that year, as a work report does
    # (not a year a speaker looks back on, 回顾总结了2016年…, 肯定了…2020年的工作, in every place the text
    # writes it: the session's own business, whose news is of the session's year)
    head_reviews = base_year is not None and any(
        int(m.group(1)) == base_year - 1 for m in _TOPIC_YEAR.finditer(head)) \
        and not _only_reviewed(text[:plan_start], base_year - 1, cues.get("reviewed_year"))

    # reviews of a whole term
    term_cue = cues.get("term_review")
    openers = [(m.start(), m) for m in skipping_finditer(term_cue, text)] if term_cue else []
    new_terms = {s.term for s in sessions if s.number == 1 and not s.since}
    for session in sessions:
        if session.since and session.number == 1 and (openers or session.term + 1 in new_terms):
            openers.append((session.start, None))
    # (every term name holds 届: a title without one is not scanned; only title lines are: the first
    # lines of an excerpt are body text, where an earlier term is named as a comparison, 与十五届保持不变)
    title_rows = [(offset, line) for offset, line in non_empty[:3] if "届" in line and _is_title(line)]
    term_names = [found for offset, line in title_rows for found in _TERM_NAME.finditer(text, offset, offset + len(line))]
    # (not a term whose report a meeting heard as its business: 听取并审议了十二届市政协常委会工作报告, said of
    # the next term's first session, is that session's news, not a review of the term)
    heard = [m.span() for offset, line in title_rows
             for m in cues["report_named"].finditer(text, offset, offset + len(line))] \
        if term_names and "report_named" in cues else []
    for found in term_names:
        term = chinese_int(found.group("term"))
        if any(start <= found.start() < end for start, end in heard):
            continue
        if term and (openers or term + 1 in new_terms):
            openers.append((found.start(), found))
    # reviews of a five-year plan period (“十二五”时期…, “十四五”期间…): read as a term's review, of the
    # plan's last year
    plans = _plan_reviews(text, cues.get("plan_review"), dateline[0] if dateline else base_year, reference)
    openers.extend((position, None) for position in plans)
    openers.sort(key=lambda item: item[0])
    paragraph_starts = [o for o, l in lines if l.strip()]
    term_scopes: list[tuple[int, int, int | None]] = []
    line_starts = [offset for offset, _ in lines]
    for position, _ in openers:
        if term_scopes and term_scopes[-1][0] <= position < term_scopes[-1][1]:
            continue
        sentence_start = max(text.rfind(mark, 0, position) for mark in "。\n!?;") + 1
        start = 0 if position <= head_end or sentence_start <= head_end else sentence_start
        end = len(text)
        line_index = bisect_right(line_starts, position) - 1
        line_start, line_text = lines[line_index] if line_index >= 0 else (0, text)
        first_stop = line_text.find("。")
        if position > head_end and not _is_heading(line_text) and first_stop >= 0 \
                and position > line_start + first_stop:
            # opened in the middle of a paragraph: it governs the rest of that paragraph only
            end = line_start + len(line_text)
        else:
            for offset, line in lines:
                stripped = line.strip()
                if offset <= position or not stripped:
                    continue
                opening = stripped[:24]
                if _SCOPE_BREAK.search(opening) and not (term_cue and term_cue.search(opening)):
                    end = offset
                    break
        if position in plans:  # a plan period's review: of its year, until a sentence names another plan
            year, plan = plans[position]
            end = _other_plan(text, position, end, plan)
        else:
            year = _term_year(text, position, title_lines, sessions, current, vocab, anchor,
                              org_level, province_of_text)
        term_scopes.append((start, end, year))

    # a term's total whose term the text dates by a span (that term's, or the next one's start): the
    # total's sentence is of the term's last year
    words_after_term = vocab.year_cue_patterns.get("term_total")
    term_last: dict[int, int] = {}
    for found in _term_spans(text) if words_after_term else ():
        term, first, last = chinese_int(found.group("term")), int(found.group("first")), int(found.group("last"))
        if term and first < last:
            term_last.setdefault(term, last)
            term_last.setdefault(term - 1, first - 1)
    if term_last:  # (most texts date no term by a span: the totals' scan is skipped)
        assert words_after_term is not None
        for found in _term_total_regex(words_after_term).finditer(text):
            year = term_last.get(chinese_int(found.group("term")) or 0)
            if year is None or any(start <= found.start() < end for start, end, _ in term_scopes):
                continue
            term_scopes.append((max(text.rfind(mark, 0, found.start()) for mark in "。\n!?") + 1,
                                _sentence_end(text, found.end()), year))
        term_scopes.sort(key=lambda scope: scope[0])

    # at a session: the work report reviews the year before; the session's own count is its year
    def session_cues() -> list[tuple[int, str]]:  # read when a figure first needs them
        found = [(at, "previous_year_review") for at in _look_backs(text, cues)]
        if "session_count" in cues:
            found.extend((m.start(), "session_count") for m in cues["session_count"].finditer(text))
        return sorted(found)

    heading_years = []
    session_year = base_year if base_source in ("session", "session+dateline") else None
    for offset, line in headings:
        if not _is_plan_heading(line, session_year):
            year = _heading_year(line, cues.get("review_heading"))
            if year is not None:
                heading_years.append((offset, year))

    frame = YearFrame(None, "", base_year, base_source, sessions, term_scopes, None, heading_years,
                      paragraph_starts, doc_type == "work_report" or head_reviews, text, vocab, session_cues,
                      head_reviews=head_reviews, anniversary=anniversary, celebrates=celebrated,
                      late_session=anchor is not None and anchor[1] > 6 and (
                          base_source == "session+dateline" or base_source == "session" and current is not None
                          and current.level == "local" and current.year == anchor[0])
                      # or by a date its own sentence writes (2011年11月14日在…第一次会议上)
                      or (current is not None and not current.since and current.month is not None and current.month > 6
                          and current.year == base_year),
                      era=era,
                      reference_year=reference,
                      headline_end=non_empty[0][0] + len(non_empty[0][1])
                      if len(non_empty) > 1 and _is_title(non_empty[0][1]) else 0,
                      year_starts=starts)
    frame.before_session = _written_before_session(frame, writing, cues)
    frame.doc_year, frame.doc_source = _document_year(frame, text, lines, head, title_lines, doc_type, dateline,
                                                      cues)
    if frame.doc_year is None or frame.doc_source == "era":
        opening_year = _term_opening_year(text, org_level, province_of_text, vocab, cues)
        if opening_year is not None:
            frame.doc_year, frame.doc_source = opening_year, "term_opening"
    if recorded is not None:
        frame.doc_year, frame.doc_source = recorded, "yearbook"
    frame.add_this_year(_written_in(frame, dateline, doc_type, head, cues, writing_month))
    if frame.base_year is None:
        frame.base_year, frame.base_source = frame.doc_year, frame.doc_source
    return frame


# a five-year plan's number (十一五 … 十五五; not inside a longer numeral, 三十四五个)
_PLAN_NUMBER = re.compile(r"(?<![一二三四五六七八九十百千\d])十([一二三四五])五")
_FIRST_PLAN_YEAR = 2006  # 十一五 (2006-2010); each plan after it starts five years later


def _plan_number(found: re.Match[str]) -> int:
    """The plan a _PLAN_NUMBER match names (十二五 → 12)."""
    return 11 + "一二三四五".index(found.group(1))


def _plan_reviews(text: str, cue: re.Pattern[str] | None, dated: int | None,
                  reference: int | None) -> dict[int, tuple[int | None, int]]:
    """Where a review of a five-year plan period opens (year_cues.csv, plan_review: “十二五”时期, 十四五期间),
    with the year its figures are of and the plan's number: the plan's last year, or None (the year the
    text reports on) while the plan still runs in the year the text is dated in (``dated``: its
    dateline's, else its session's). Not a plan that has not yet run a year by then (“十四五”时期 written
    in 2021 looks ahead), nor, in an undated text, one ending after the latest year the text may report
    on (``reference``)."""
    found: dict[int, tuple[int | None, int]] = {}
    if cue is None or "五" not in text:
        return found
    # (screened by the cue's openings, 十一…十五, “十, 回顾: its look-ahead first would have the engine try every position)
    for match in skipping_finditer(cue, text):
        number = _PLAN_NUMBER.search(match.group())
        if number is None:
            continue
        plan = _plan_number(number)
        first = _FIRST_PLAN_YEAR + 5 * (plan - 11)
        last = first + 4
        if dated is not None:
            if dated <= first:
                continue
            # a plan still running when the text is dated (or in its last year: a report given at its
            # spring session reviews the year before) is reviewed so far: of the year the text reports on,
            # read as for any figure of it (a work report dated 2024年1月 on “十四五”期间 is of 2023)
            year = last if dated > last else None
        elif reference is not None and last > reference:
            continue
        else:
            year = last
        found[match.start()] = (year, plan)
    return found


def _other_plan(text: str, position: int, end: int, plan: int) -> int:
    """The end of a plan review opened at ``position``: the first sentence after the opener's that
    names another plan (在“十三五”规划编制中…, after a review of 十二五) is no longer of it."""
    for found in _PLAN_NUMBER.finditer(text, _sentence_end(text, position), end):
        if _plan_number(found) != plan:
            return max(text.rfind(mark, 0, found.start()) for mark in "。\n!?;") + 1
    return end


def _term_year(text, position, title_lines, sessions, current, vocab, dateline, org_level,
               province) -> int | None:
    """The last year of the term a review opener at ``position`` looks back on."""
    sentence_start = max(text.rfind(mark, 0, position) for mark in "。\n!?") + 1
    sentence_end = min([i for i in (text.find(mark, position) for mark in "。\n") if i >= 0] or [len(text)])
    candidates = [text[sentence_start:sentence_end], title_lines]
    for scope in candidates:
        for found in _TERM_NAME.finditer(scope):
            term = chinese_int(found.group("term"))
            if not term:
                continue
            level, body = _session_body(scope[max(0, found.start() - 8):found.start()],
                                        found.group("mid"), org_level, province, vocab)
            year = _term_end(level, body, term, sessions, vocab, dateline)
            if year is not None:
                return year
    for session in sessions:  # 十届一次会议以来 in the opener's sentence
        if sentence_start <= session.start < sentence_end and session.since and session.number == 1:
            year = _term_end(session.level, session.body, session.term, sessions, vocab, dateline)
            if year is not None:
                return year
    if current is not None and current.year is not None:
        if current.since and current.number == 1:
            # the only session named is the one the term opened with (自政协第九届…第一次会议以来, 五年来):
            # the review covers that term, not the one before it
            year = _term_end(current.level, current.body, current.term, sessions, vocab, dateline)
            if year is not None and dateline is not None:
                year = min(year, dateline[0])  # (a review dated mid-term looks back no later than its date)
            return year if year is not None else current.year
        if current.number == 1:  # reported at the first session of the next term
            year = _term_end(current.level, current.body, current.term - 1, sessions, vocab, dateline)
            return year if year is not None else current.year - 1
        return current.year - 1
    # a local term with no session to date it: a review is written as its term ends, so the term's
    # last year is the latest year the review writes (截至2021年7月底,…全部办复)
    if dateline is None:
        return _latest_written(text[position:], vocab.reference_year)
    # a review of the five years just ended (五年来, 十一届政协期间), dated in the spring session season:
    # it is given at the next term's first session, so the term ended the year before the date (a review
    # of a term still running, 本届以来, is not dated this way)
    if dateline[1] <= 3 and _ENDED_TERM.search(text, max(0, position - 2), position + 12):
        return dateline[0] - 1
    return None


def _document_year(frame: YearFrame, text: str, lines, head: str, title_lines: str, doc_type: str,
                   dateline: tuple[int, int] | None, cues) -> tuple[int | None, str]:
    """The year the document reports on, and where it was read."""
    # a title honouring a year's work (关于表扬2020年度好提案的通报) is of that year: it is issued early
    # the next, sometimes in a term's later years (十四届全国政协以来…), and neither dates the work it honours
    award = cues.get("award_year")
    if award is not None:
        honoured = next((found for line in title_lines.split("\n") if _is_title(line)
                         for found in [award.search(line)] if found), None)
        # a title that also names another year (2023年度提案工作表彰暨2024年度提案交办会) is not only an award's
        if honoured is not None and len(set(_ANY_YEAR.findall(honoured.string))) == 1:
            return int(_ANY_YEAR.search(honoured.group()).group(1)), "title"
    if frame.term_scopes and frame.term_scopes[0][0] == 0 and frame.term_scopes[0][2] is not None:
        return frame.term_scopes[0][2], "term_review"
    # news of a body watching another's plenary open (组织收看全国政协…会议开幕实况) is of that session's
    # year: its own event is the watching, even where it retells the report's look back (报告总结2014年…)
    watched = doc_type == "news" and _head_says(head, cues, "watched_session")
    review = cues.get("review_word")
    if review and not watched:
        found = review.search(head)
        if found:
            written = _ANY_YEAR.match(head, found.end())
            if written:
                return int(written.group(1)), "title"
    summary = cues.get("summary_year")
    found = summary.search(title_lines) if summary and might_match(summary, title_lines) else None
    summed_at = _ANY_YEAR.match(found.group()) if found else None  # the cue opens with its year
    summed = int(summed_at.group(1)) if summed_at else None
    if summed is not None and (not frame.heading_years or frame.heading_years[0][1] == summed):
        return summed, "title"  # a report's own heading (2023年工作回顾) outweighs its head
    plan = cues.get("plan_year")
    if plan and doc_type == "other":
        found = plan.search(head)
        planned = _ANY_YEAR.search(found.group()) if found else None  # the cue holds its year
        if planned:
            return int(planned.group(1)), "title"
    if frame.heading_years:
        return frame.heading_years[0][1], "heading"
    for _, line in lines:
        plan = _PLAN_HEADING.match(line.strip())
        if plan and plan.group("year") and _is_heading(line):
            return int(plan.group("year")) - 1, "heading"
    if frame.base_year is not None:
        if frame.before_session:
            return frame.base_year - 1, frame.base_source or "session"
        # refined from its figures' years once they are known (see resolve_document_year)
        current = next((s for s in frame.sessions if not s.since), None)
        since = next((s for s in frame.sessions if s.since and s.year is not None), None)
        if since is not None and (current is None or since.start < current.start):
            return frame.since_year(since), "session"
        review = doc_type == "work_report" or frame.head_reviews or (
            _head_looks_back(head, cues) and not _closes_session(head, cues))
        review = review and not frame.late_session and not watched
        return (frame.base_year - 1 if review else frame.base_year), frame.base_source or "session"
    # a title is a short line; the first lines of an excerpt are body text, their years are events
    title_lines = "\n".join(line for line in title_lines.split("\n") if _is_title(line))
    given = _TITLE_MONTH.search(title_lines)
    if given and doc_type != "news" and not _DATE.search(head):
        year, month = int(given.group(1)), int(given.group(2))
        return (year if month > 6 else year - 1), "title"
    # a year a title names (2022年县政协十件大事) is what it is about, even when it is dated early the next
    named = next((int(m.group(1)) for m in _ANY_YEAR.finditer(title_lines)
                  if not _DATE.match(title_lines, m.start()) and not _SINCE_YEAR.match(title_lines, m.start())
                  and not re.match(r"\d{1,2}月", title_lines[m.end():m.end() + 3])), None)
    if named is not None and (not _DATE.search(head) or (dateline is not None and dateline[0] - named in (0, 1))):
        return named, "title"
    title_year = _ANY_YEAR.search(title_lines)
    if title_year and not _DATE.search(head):
        return int(title_year.group(1)), "title"
    if dateline:
        year, month = dateline
        if doc_type == "news" and month <= 3 and (_reports_on_last_year(head, cues, month) or _names_only(head, year - 1)):
            # news of a plenary early in the year (the work report reviews the year before), or news early
            # in a year on the year before it names (市政协2021-2022年度…一等奖, 2023年全市政协…)
            return year - 1, "dateline"
        if doc_type == "speech" and month <= 6 and not _head_says(head, cues, "speech_review"):
            # a speech of the first half of a year looks back only where it says so (过去一年…): a session's
            # closing speech, or one at a meeting of spring, is of the year it is given in
            return year, "dateline"
        return (year if doc_type == "news" or month > 6 else year - 1), "dateline"
    if frame.anniversary is not None:
        return frame.anniversary, "anniversary"
    # a date a period starts from (自2014年2月创办以来) is not when the text was written, nor one it
    # announces ahead (将于2023年1月上旬揭晓)
    starts = frame._year_starts
    dated = [(int(m.group(1)), int(m.group(2))) for m in _matches_at(_DATED, text, starts)
             if 1 <= int(m.group(2)) <= 12 and not _SINCE_YEAR.match(text, m.start())
             and not _announced(text, m.start())]
    if dated:
        year, month = max(dated)
        return (year if month >= 10 else year - 1), "latest_date"
    year_marks = list(_matches_at(_ANY_YEAR, text, starts))  # (the years written and those announced ahead)
    written = [m for m in year_marks
               if not _SINCE_YEAR.match(text, m.start()) and not _BOUND_YEAR.match(text, m.start())
               and not _announced(text, m.start())]
    # (a comparison's base year is left out unless it is the only year written: 与2018年相比,今年…)
    years = Counter(int(m.group(1)) for m in written if not _compared(text, m.start(), m.end())) \
        or Counter(int(m.group(1)) for m in written)
    if frame.era[0] is not None and any(year >= frame.era[0] for year in years):
        # a year before the text's era is an event it recalls, not the year it reports on
        years = Counter({year: n for year, n in years.items() if year >= frame.era[0]})
    celebrated = frame.celebrates
    if celebrated is not None and (not years or not celebrated.welcomed
                                   and celebrated.year - 1 <= max(years) <= celebrated.year):
        # 庆祝新中国成立70周年 in a text that writes no year, or none but that year and the one before:
        # it is from that anniversary's year (a text on 2016 that names 2021's is setting a goal)
        return celebrated.year, "anniversary"
    if years:
        return years.most_common(1)[0][0], "most_common_year"
    ahead = next((m for m in year_marks if _announced(text, m.start())), None)
    if ahead is not None:  # written before the day it announces: the year before one early in a year
        return int(ahead.group(1)) - bool(_EARLY_IN_A_YEAR.match(text, ahead.end())), "announced"
    return _era_year(frame.era, frame.reference_year, _campaign_years(text, frame._vocab))


# a day the text announces ahead (最终结果将于2023年1月上旬揭晓, 将于2025年元旦前完成): it is written before it
_ANNOUNCED = re.compile(r"(?:将于|将在|预计于|计划于|拟于|(?<!原)定于)\s*$")  # (原定于: planned once, past)
_EARLY_IN_A_YEAR = re.compile(r"\s*(?:元旦|春节|年初|初|(?:[1-3]|[一二三])月)")


def _announced(text: str, start: int) -> bool:
    """Whether the year at ``start`` is announced ahead (将于2023年…)."""
    return _ANNOUNCED.search(text, max(0, start - 4), start) is not None


_PLENARY = re.compile(r"全体会议|次会议|开幕|常委会|常务委员会")


def _look_backs(text: str, cues) -> list[int]:
    """Where ``text`` reviews the year before its session (一年来, 报告显示, X作常委会工作报告): the cues of
    the previous year's review that are not inside a report merely named as a meeting's business
    (听取和审议了常委会工作报告, 常务委员会工作报告(草案), 工作报告委托报告人名单): news of a meeting that
    handles the report is of that meeting, whose year is the session's own."""
    review = cues.get("previous_year_review")
    found = [m.start() for m in review.finditer(text)] if review is not None else []
    if not found or "report_named" not in cues:  # the business reading only where a look back is
        return found
    named = [m.span() for m in cues["report_named"].finditer(text)]
    return [at for at in found if not any(start <= at < end for start, end in named)]


def _head_looks_back(head: str, cues) -> bool:
    """The head reviews the year before its session (_look_backs)."""
    return bool(_look_backs(head, cues))


def _closes_session(head: str, cues) -> bool:
    """The head tells of a session closing (闭幕, 审议通过…工作报告的决议) without a look back (一年来): its
    news is of that session's own business, not of the year its report reviewed."""
    closing, opener = cues.get("closing_session"), cues.get("review_opener")
    return closing is not None and closing.search(head) is not None \
        and (opener is None or opener.search(head) is None)


def _head_says(head: str, cues, kind: str) -> bool:
    """The head holds a year cue of ``kind`` (year_cues.csv): watched_session, a body watching or hearing
    a plenary open (收看…开幕实况); speech_review, a speech reviewing the year before (过去一年, 一年来)."""
    cue = cues.get(kind)
    return cue is not None and cue.search(head) is not None


def _reports_on_last_year(head: str, cues, month: int = 3) -> bool:
    """The head tells of a plenary and of its work report looking back (一年来, 报告显示 …); in January
    or February a look back alone says it (1月8日…一年来,县政协…): the year just ended."""
    return _head_looks_back(head, cues) and (month <= 2 or _PLENARY.search(head) is not None)


def _names_only(head: str, year: int) -> bool:
    """The head names ``year`` as a topic, and not the year after it (the dateline's own)."""
    named = {int(m.group(1)) for m in _TOPIC_YEAR.finditer(head) if not _DATE.match(head, m.start())}
    return year in named and year + 1 not in named


def _written_in(frame: YearFrame, dateline: tuple[int, int] | None, doc_type: str, head: str,
                cues, month: int | None = None) -> int | None:
    """The year the text was written in (what its 今年 means): its dateline's, its session's, or the
    year after the one it reviews (总结2017年…, a 2017年工作回顾 heading, a work report)."""
    if dateline is not None:
        return dateline[0]
    if frame.base_year is not None and frame.base_source in _SESSION_SOURCES and frame.base_source != "rhythm":
        # a session announced for next year (十二届五次会议将于明年1月18日召开): written the year before it
        return frame.base_year - (_announces_session(frame, cues) or _prepares_session(frame, month))
    guessed = frame.base_year if frame.base_source == "rhythm" else None
    if frame.doc_year is None:
        return guessed
    review = cues.get("review_word")
    reviews = frame.doc_source == "heading" or doc_type == "work_report" or frame.doc_source == "term_review" \
        or (frame.doc_source == "title" and review is not None and review.search(head) is not None)
    if reviews:
        return frame.doc_year + 1
    return guessed if guessed is not None else frame.doc_year


def _written_before_session(frame: YearFrame, writing: tuple[int | None, int] | None, cues) -> bool:
    """Whether the text was written in the year before the session it is about: it says the session
    meets next year (明年…召开), or it prepares a national or provincial session (those meet from January
    to March: 筹备, 关于召开…的决定) and is dated late in a year (12月14日) or in the year before the
    session's (定于2013年12月26日举行常委会议, 审议…关于召开第二次会议的决定). Such a text reports on its
    own year. A state read at a date (截至2025年12月15日已全部办复) does not date the text: ``writing`` is
    the date the text was written on (_writing_date), read once for this and for the rhythm."""
    if frame.base_year is None or frame.base_source != "session":
        return False
    current = next((s for s in frame.sessions if not s.since), None)
    if current is None or current.year != frame.base_year:
        return False
    if _announces_session(frame, cues):
        return True
    if current.level not in ("national", "province"):  # a local session may meet in December
        return False
    # named late in a year without preparing words, the session is one already held (its proposals
    # followed up in October): only a text that prepares it is dated by its own date
    if not _session_sentence_says(frame, cues.get("prepares_session")):
        return False
    if writing is None:
        return False
    year, month = writing
    return year == frame.base_year - 1 if year is not None else month >= 10


def _writing_date(head: str, starts: list[int]) -> tuple[int | None, int] | None:
    """(year or None, month) of the first date in ``head`` that dates the text itself: not an as-of
    date (截至12月15日), nor a page's 今天是 stamp. ``starts``: _year_starts of ``head``."""
    own = _own_date(head)
    if own is not None:
        return own
    found = [(m.start(), int(m.group(1)), _date_month(m)) for m in _matches_at(_DATE, head, starts)]
    found += [(m.start(1) if m.group(1) else m.start(2), None, int(m.group(1) or m.group(2)))
              for m in _HEAD_MONTH.finditer(head)] if "月" in head else []
    for at, year, month in sorted(found, key=lambda item: item[0]):
        if not 1 <= month <= 12 or _AS_OF_DATE.search(head, max(0, at - 4), at) \
                or _TODAY.search(head, max(0, at - 6), at):
            continue
        return year, month
    return None


def _prepares_session(frame: YearFrame, month: int | None) -> bool:
    """A text dated late in a year (12月14日, its year unwritten) at a national or provincial session
    the calendar dates: those sessions meet from January to March, so the text prepares it (审议…会议
    筹备工作方案) in the year before, and its 今年 is that year."""
    if month is None or month < 10 or frame.base_source != "session":
        return False
    current = next((s for s in frame.sessions if not s.since and s.year == frame.base_year), None)
    return current is not None and current.level in ("national", "province")


def _announces_session(frame: YearFrame, cues) -> bool:
    """Whether the sentence that names the text's own session says it meets next year (明年…召开):
    a text preparing a session is written late in the year before it."""
    return _session_sentence_says(frame, cues.get("announced_session"))


def _session_sentence_says(frame: YearFrame, cue: re.Pattern[str] | None) -> bool:
    """Whether ``cue`` is found in the sentence that names the text's own session."""
    current = next((s for s in frame.sessions if not s.since and s.year == frame.base_year), None)
    if cue is None or current is None:
        return False
    text = frame._text
    begin = max(text.rfind(mark, 0, current.start) for mark in "。\n") + 1
    return cue.search(text, begin, _sentence_end(text, current.end)) is not None


def _term_opening_year(text: str, org_level: str, province, vocab: Vocabulary, cues) -> int | None:
    """A text that writes no year but tells of a national or provincial term's opening (实现了本届政协良好开局,
    十一届全国政协13日选举新领导层): the year that term first met, by the session calendar."""
    cue = cues.get("term_opening")
    if cue is None or cue.search(text) is None:
        return None
    for found in _TERM_BODY.finditer(text):
        term = chinese_int(found.group("term"))
        if not term:
            continue
        level, body = _session_body(text[max(0, found.start() - 8):found.start()], found.group("mid"),
                                    org_level, province, vocab)
        year = _calendar_year(vocab, level, body, term)
        if year is not None:
            return year
    return None


def _campaign_years(text: str, vocab: Vocabulary | None) -> list[int]:
    """The years of the one-year campaigns and plenums ``text`` names (三严三实 → 2015, 党史学习教育 →
    2021; era_cues.csv, peak_year)."""
    if vocab is None:
        return []
    return [year for pattern, year in vocab.era_peaks if pattern.search(text)]


def _era_year(era: tuple[int | None, int | None], reference: int | None = None,
              campaigns: Iterable[int] = ()) -> tuple[int | None, str]:
    """A text that writes no year at all: the middle of the years its words allow (a word still
    current allows every year up to the reference year). A campaign or plenum of one year it names
    within them (``campaigns``) dates it instead: its words run on into the next year's January
    (三严三实 2015–2016), but most texts that use them come from the campaign's own year, which the
    middle, rounded up, misses; of several, the latest (the others are recalled)."""
    low, high = era
    if low is None and high is None:
        return None, ""
    if low is None:
        return high, "era"
    high = high if high is not None else max(low, reference if reference is not None else low)
    within = [year for year in campaigns if low <= year <= high]
    if within:
        return max(within), "era"
    return (low + high + 1) // 2, "era"


def _is_title(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 60 and stripped[-1] not in "。！？!?;；,，、"


def resolve_document_year(frame: YearFrame, figure_years: list[tuple[int | None, str, str]], doc_type: str,
                          gazetteer: bool) -> tuple[int | None, str]:
    """The document's year once its figures are dated: a session text reports the year most of its
    own figures (actual or cumulative) fall in; a gazetteer entry, the latest year it records."""
    years = [year for year, period, _ in figure_years if year is not None and period in ("actual", "cumulative")]
    if not years:  # a preview or plan counts only what is to come: the year it plans for is the one it reports
        # … near the frame's year: a goal set for years ahead (到2030年建成…) is not the year planned for
        years = [year for year, period, _ in figure_years if year is not None and period == "target"
                 and (frame.doc_year is None or abs(year - frame.doc_year) <= 1)]
    if frame.doc_source == "yearbook":
        return frame.doc_year, frame.doc_source
    if gazetteer and years:
        # … or a later entry that counts nothing (1989年5月,县政协…进行考察: the latest year it records)
        entry = _latest_entry_year(frame)
        if entry is not None and entry > max(years):
            return entry, "latest_entry"
        return max(years), "latest_figure"
    recorded = _latest_recorded(frame) if gazetteer else None
    # an entry without dated figures (a chronicle's meeting) reports the latest year it writes, unless
    # the text was read to a later year already (已27个年头 since the first volume: an essay's own year)
    if recorded is not None and (frame.doc_year is None or recorded > frame.doc_year):
        return recorded, "latest_recorded"
    # an undated text (its year the one it writes most) reports up to its latest dated entry
    chronicle = _chronicle_year(figure_years, 2 if frame.doc_source == "most_common_year" else _CHRONICLE_YEARS)
    if chronicle is not None and frame.doc_source in _SESSION_SOURCES + ("most_common_year", "latest_date") \
            and chronicle > (frame.doc_year or 0):
        return chronicle, "latest_figure"
    if years and frame.doc_source in _SESSION_SOURCES:
        counts = Counter(years)
        best = max(counts.values())
        for year in years:  # ties: the first figure's year
            if counts[year] == best:
                return year, frame.doc_source
    if years and frame.doc_source in ("dateline", "latest_date", "most_common_year"):
        # a January news item on last year's work: the year its figures say, when most of them say it
        explicit = Counter(year for year, period, source in figure_years
                           if source in _EXPLICIT_SOURCES and period in ("actual", "cumulative") and year is not None)
        if explicit:
            year, count = explicit.most_common(1)[0]
            # … the year before or after the one read: a year long before it is history the text recalls
            near = frame.doc_year is None or abs(year - frame.doc_year) <= 1
            if year != frame.doc_year and count >= max(2, (len(years) + 1) // 2) and near:
                return year, "figures"
    return frame.doc_year, frame.doc_source


def _latest_recorded(frame: YearFrame) -> int | None:
    """The latest year a reference entry's text writes (1984年5月16日…), none after its reference year."""
    years = [int(found.group(1)) for found in _matches_at(_YEAR, frame._text, frame._year_starts)]
    years = [year for year in years if frame.reference_year is None or year <= frame.reference_year]
    return max(years) if years else None


# an entry of a chronicle opens with its date (1986年6月,县政协…; 1987~1989年间,…): a year that opens a
# sentence or a line; a span's end is its latest year. (A year inside a sentence may be the end of the
# whole book's span, 1984年1月至2006年底, not an entry of the excerpt.)
_ENTRY_YEAR = re.compile(rf"({_YEAR_START}\d{{2}})(?:\s*[~～\-—–至到]\s*({_YEAR_START}\d{{2}}))?\s*年")
_ENTRY_OPENERS = "。！？!?；;\n"


def _latest_entry_year(frame: YearFrame) -> int | None:
    """The latest year that opens an entry of a reference text, none after its reference year."""
    text, latest = frame._text, None
    for start in frame._year_starts:
        at = start - 1
        while at >= 0 and text[at] in " \t\u3000":
            at -= 1
        if at >= 0 and text[at] not in _ENTRY_OPENERS:
            continue
        if (found := _ENTRY_YEAR.match(text, start)) is None:
            continue
        year = int(found.group(2) or found.group(1))
        if frame.reference_year is not None and year > frame.reference_year:
            continue
        latest = year if latest is None else max(latest, year)
    return latest


def _chronicle_year(figure_years: list[tuple[int | None, str, str]], least: int = _CHRONICLE_YEARS) -> int | None:
    """The latest year of a chronicle (a county history's entries: 1984年…, 1998年…, 2010年…): figures
    each dated by their own sentences in several years far apart. Such a text reports up to its latest
    entry, not the year of the first session it names or the year most of its figures fall in."""
    explicit = sorted({year for year, period, source in figure_years
                       if year is not None and period in ("actual", "cumulative") and source == "sentence"})
    # three years far apart, or four in a row (a gazetteer's yearly sessions: 1988年…, 1989年…, 1990年…, 1991年…)
    if len(explicit) >= least and (least < _CHRONICLE_YEARS or explicit[-1] - explicit[0] >= _CHRONICLE_SPAN
                                   or len(explicit) > _CHRONICLE_YEARS):
        return explicit[-1]
    return None
