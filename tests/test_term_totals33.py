"""A figure counted over a whole term of a body is cumulative (period_cues.csv): a term named as the subject
of a total (第N届市政协共…, N届政协期间共…, 任期内共…) for its sentence (not for the paragraph it opens:
a held dev text reads the sentences after such a paragraph head otherwise). Such a total takes
the term's last year where the text's spans date the term (years.py: 2009-2013年,第八届… dates 八届 and
ends 七届 in 2008). A session's report (十三届四次会议以来共收到), a standing headcount (县五届政协共有委员)
and plans keep their readings. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("text, numeral", [
    ("第七届县政协共收到提案812件,其中集体提案30件。", "812"),             # a term as the subject of a total
    ("第七届县政协共收到提案812件,其中集体提案30件。", "30"),
    ("七届县政协期间共组织视察46次。", "46"),
    ("第十一届区政协累计编报社情民意信息350期。", "350"),
    ("市政协在任期内共办复提案1230件,占97%。", "1230"),                     # 任期内共
    ("市政协在任期内共办复提案1230件,占97%。", "97"),
    # a span opening the total's own sentence
    ("2004-2008年,县政协共收到提案903件。提案内容涉及农业农村方面215件,城乡建设方面160件。", "903"),
])
def test_term_totals_are_cumulative(text, numeral):
    assert the_figure(text, numeral).period == "cumulative"


@pytest.mark.parametrize("text, numeral", [
    ("十三届四次会议以来共收到提案456件。", "456"),                          # a session's report
    ("区政协十四届三次会议以来共收到提案312件,立案290件。", "312"),
    ("今年县政协共收到提案220件。", "220"),                                   # one year's work
    # a span opening a paragraph, then a sentence of one year of it: that year's own work (and a paragraph
    # head scopes no later sentence at all)
    ("2004-2008年,县政协坚持协商议政。2007年,县政协收到提案185件。", "185"),
    # a term total opening a paragraph, then a sentence of the current year
    ("第七届县政协共收到提案812件。今年县政协组织视察15次。", "15"),
    ("一、提案工作\n第七届县政协共收到提案812件。提案内容中,经济方面310件,社会事业方面220件。", "310"),
    # (review33) one year of a term named with its year: that year's work, not the term's total
    ("今年,十四届市政协共收到提案420件,立案395件。", "420"),
    ("2023年,十四届区政协共召开常委会会议4次。", "4次"),
    ("十四届市政协累计编报社情民意信息350期,今年以来编报68期。", "68"),
    ("2009-2013年,第八届县政协共征集提案1105件。\n今年,第八届县政协共征集提案230件,立案215件。", "230"),
])
def test_session_and_year_figures_stay_actual(text, numeral):
    assert the_figure(text, numeral).period == "actual"


def test_a_standing_headcount_is_no_term_total():
    # 共有委员 N名 is the body's make-up (membership), not a total of its term's work
    figure = the_figure("县五届政协共有委员186名,其中中共党员72名。", "186")
    assert figure.period == "context" and figure.category == "organization"


@pytest.mark.parametrize("text", [
    "2024-2028年,县政协将围绕中心工作履职。计划开展视察30次。",       # a plan's span: its figures are planned
    "2024-2028年,县政协将围绕中心工作履职。力争组织视察30次。",
])
def test_a_plan_span_stays_a_target(text):
    assert the_figure(text, "30").period == "target"


@pytest.mark.parametrize("text", [
    "第十四届市政协共计划开展视察30次。",        # (review33) a term's plan, not its total
    "委员任期内共需提交提案30件以上。",
])
def test_a_term_plan_is_no_term_total(text):
    assert the_figure(text, "30").period != "cumulative"


@pytest.mark.parametrize("text, numeral, year", [
    # 八届 ran 2009-2013, so 七届 ended in 2008: its total is of 2008
    ("第七届县政协共征集提案1320件,其中集体提案41件。\n2009-2013年,第八届县政协共征集提案1105件。", "1320", 2008),
    ("第七届县政协共征集提案1320件,其中集体提案41件。\n2009-2013年,第八届县政协共征集提案1105件。", "1105", 2013),
    # the term's own span, written before its name
    ("2009-2013年,第八届县政协共征集提案1105件。\n第八届县政协共办复提案1080件。", "1080", 2013),
])
def test_a_term_total_takes_the_terms_last_year(text, numeral, year):
    assert the_figure(text, numeral).report_year == year


def test_a_term_total_without_a_dated_term_keeps_its_year():
    # no span dates 七届: the total's year is not read from the term
    figure = the_figure("2012年1月,县政协召开全会。第七届县政协共征集提案1320件。", "1320")
    assert figure.year_source != "term_review"
