"""A total since an earlier session of the term (…一次会议以来…三年间), reported at a later one, runs to the
year before the session it is reported at, as a term's total runs to its last year; since the session just
before it (三次会议以来 at the 四次会议) that is the year of the session reviewed, as before. Not when no later
session of the same term is named, nor a session of another term (a term review). A year of work the session
commends (2022-2024年度优秀提案…获表彰) is over when the session meets: the rhythm places the session after
it. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract
from lvzhi.extract.years import _only_reviewed, _YEAR_OF_WORK
from lvzhi.extract.vocab import load_vocabulary


def years_of(text: str) -> list[tuple[str, int | None]]:
    return [(m.numeral, m.report_year) for m in extract(text).metrics]


@pytest.mark.parametrize("text, expected", [
    # since the first session, reported at the fourth (dated by the dateline): three years, to the year before it
    ("发布时间:2019-03-05\n市政协八届四次会议昨日闭幕。会上获悉,八届一次会议以来,委员们共提交提案980件,"
     "经审查立案902件。\n", [("980", 2018), ("902", 2018)]),
    # the national calendar: 十三届四次会议 (2021), since its first session (2018)
    ("全国政协十三届四次会议开幕。据报告,十三届一次会议以来,委员们共提交提案17000件。\n", [("17000", 2020)]),
    # since the session just before: that session's year, which is the year before the one reported at
    ("发布时间:2019-03-05\n市政协八届四次会议昨日闭幕。会上获悉,八届三次会议以来,委员们共提交提案380件,"
     "经审查立案352件。\n", [("380", 2018), ("352", 2018)]),
])
def test_a_total_since_an_earlier_session_runs_to_the_year_before_the_one_reported_at(text, expected):
    assert years_of(text) == expected


def test_no_later_session_named_keeps_the_year_of_the_session_looked_back_to():
    text = "发布时间:2019-03-05\n会上获悉,市政协八届一次会议以来,委员们共提交提案980件,经审查立案902件。\n"
    result = extract(text)
    since = result.document.years.sessions[0]
    assert since.since and {m.report_year for m in result.metrics} == {since.year}


def test_a_session_of_the_term_before_is_a_term_review_not_this_rule():
    text = "发布时间:2018-01-10\n市政协九届一次会议开幕。会上获悉,八届一次会议以来,委员们共提交提案1980件。\n"
    assert years_of(text) == [("1980", 2017)]


def test_a_commended_year_of_work_places_an_undated_session_after_it():
    text = ("本报讯 县政协九届四次会议昨日上午闭幕。在闭幕大会上,九届县政协2022-2024年度优秀提案和先进单位获表彰。\n"
            "九届一次会议以来,委员们积极履职。三年间,共提出提案560件,经审查立案521件。\n")
    result = extract(text)
    assert [(s.number, s.year) for s in result.document.years.sessions] == [(4, 2025), (1, 2022)]
    assert years_of(text) == [("560", 2024), ("521", 2024)]


@pytest.mark.parametrize("text", [
    # the year also written as the year of the figures: not only a year of work looked back on
    "本报讯 县政协九届四次会议昨日上午闭幕。在闭幕大会上,九届县政协2022-2024年度优秀提案获表彰。"
    "2024年,委员们共提出提案190件。\n",
    # a year named as a topic, not a year of work commended
    "本报讯 县政协九届四次会议昨日上午闭幕。会议期间,委员们围绕2024年重点工作共提出提案190件。\n",
])
def test_a_year_not_only_commended_leaves_the_rhythm(text):
    assert [(s.number, s.year) for s in extract(text).document.years.sessions] == [(4, 2024)]


def test_only_reviewed_reads_years_of_work_only_when_asked():
    cue = load_vocabulary().year_cue_regex.get("reviewed_year")
    text = "会上表彰了2022-2024年度优秀提案。"
    assert _YEAR_OF_WORK.match(text, text.index("2024年") + 5)
    assert _only_reviewed(text, 2024, cue, True)
    assert not _only_reviewed(text, 2024, cue)
    assert not _only_reviewed(text + "2024年,共提交提案190件。", 2024, cue, True)
