"""A review of a whole term or of a five-year plan period governs the figures after it (year_cues.csv): a
term review opened by 五年以来 (as by 五年来), and a plan period named as the time that opens a clause
(“十三五”时期,…; 据悉,“十四五”期间…; 十四五以来) read like a term review: their figures are cumulative, of
the plan's last year (its span read from its number), or of the text's year while the plan still runs.
Not a plan ahead or as a document (谋划“十五五”, 编制“十三五”规划, “十四五”期间将…, a plan not yet a year old when
the text is dated, or ending after the latest year an undated text may report on), nor a plan period naming
a topic (开展“十四五”时期…调研); a sentence about another plan ends the review. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("text, numeral", [
    # 五年以来 opens a term review: the paragraphs after it are the term's totals
    ("五年以来,县政协共组织视察45次。\n深入开展民生调研。委员们共走访群众1200户。", "45"),
    ("五年以来,县政协共组织视察45次。\n深入开展民生调研。委员们共走访群众1200户。", "1200"),
    ("九届县政协三年以来,委员们积极履职尽责。\n助力乡村振兴。组织委员开展专题调研28次。", "28"),
    # a plan period opening a clause: its review, paragraph after paragraph
    ("“十三五”时期,区政协共组织专题调研24次。\n聚焦民生保障。委员们走访困难群众360户。", "24"),
    ("“十三五”时期,区政协共组织专题调研24次。\n聚焦民生保障。委员们走访困难群众360户。", "360"),
    ("2025年12月20日\n据介绍,“十四五”期间,省政协开展视察活动150项。\n加强制度建设。修订工作规则38件。", "38"),
    ("2023年6月10日\n十四五以来,县政协累计立案提案620件。\n服务中心大局。召开协商座谈会17次。", "17"),
])
def test_term_and_plan_reviews_are_cumulative(text, numeral):
    assert the_figure(text, numeral).period == "cumulative"


@pytest.mark.parametrize("text, numeral, year", [
    ("“十三五”时期,区政协共组织专题调研24次。\n聚焦民生保障。委员们走访困难群众360户。", "360", 2020),
    ("“十二五”时期,县政协组织视察活动31项。", "31", 2015),
    ("2025年12月20日\n据介绍,“十四五”期间,省政协开展视察活动150项。\n加强制度建设。修订工作规则38件。", "38", 2025),
    # a plan still running when the text is dated: its review so far, of that year
    ("2023年6月10日\n十四五以来,县政协累计立案提案620件。\n服务中心大局。召开协商座谈会17次。", "17", 2023),
])
def test_a_plan_review_takes_the_plans_last_year(text, numeral, year):
    assert the_figure(text, numeral).report_year == year


@pytest.mark.parametrize("text, numeral", [
    # a sentence about another plan is no longer the review's
    ("“十二五”时期,县政协组织视察活动31项。在“十三五”规划编制中,委员们提出建议25条。", "25"),
    # the plan ahead, or the plan as a document
    ("谋划“十五五”,县政协提出建议40条。\n助推产业发展。组织委员视察11次。", "11"),
    ("编制“十三五”规划期间,委员们提出建议30条。", "30"),
    ("“十五五”时期,委员们围绕产业转型积极建言。\n县政协组织委员视察13次。", "13"),  # undated: 2026-2030 ahead
    ("2020年11月20日\n“十四五”时期,县政协围绕乡村振兴开展专题调研。\n县政协组织委员视察18次。", "18"),
    # a plan period naming a topic, not the time of the clause
    ("县政协开展“十四五”时期巩固脱贫成果专题调研。\n县政协收到提案35件。", "35"),
    # 十五年以来 is no term (nor is the paragraph after it)
    ("县政协成立十五年以来,各项工作稳步推进。\n积极开展调研。组织委员视察22次。", "22"),
])
def test_plans_ahead_and_named_topics_open_no_review(text, numeral):
    assert the_figure(text, numeral).period == "actual"


def test_a_plan_period_with_future_words_is_no_review():
    figure = the_figure("“十四五”期间,全县将新建学校12所。\n推进医疗改革。县政协组织视察9次。", "9次")
    assert figure.period == "actual"


# review36: sentences the rules were not written for
@pytest.mark.parametrize("text, numeral", [
    # N年以来 after an event counts since the event, not the term (nor the paragraph after it)
    ("2023年1月10日\n县政协常委会工作报告\n过去一年,县政协组织视察14次。\n该项目开工两年以来,已完成投资5亿元。", "5亿元"),
    ("2023年4月1日\n新冠疫情发生三年以来,县政协组织委员捐款12万元。", "12万元"),
    ("2023年5月8日\n该县脱贫摘帽两年以来,群众收入持续增长。\n县政协组织委员视察12次。", "12次"),
    # the plan period as a sentence's subject (“十四五”时期是…) opens no review
    ("2023年1月10日\n县政协常委会工作报告\n一年来,县政协组织视察14次。\n“十四五”时期是全面建设社会主义现代化国家的开局"
     "起步期。县政协全年开展协商活动8次。", "8次"),
])
def test_event_spans_and_plan_subjects_open_no_review(text, numeral):
    assert the_figure(text, numeral).period == "actual"


def test_a_running_plan_reviewed_at_a_spring_session_is_of_the_year_reported_on():
    from lvzhi.extract import extract
    text = "2024年1月20日\n区政协常委会工作报告\n“十四五”期间,区政协开展调研45次。\n2023年,区政协组织视察16次。"
    assert the_figure(text, "45次").report_year == 2023
    assert extract(text).document.report_year == 2023


def test_a_running_plan_does_not_redate_a_titled_summary():
    from lvzhi.extract import extract
    text = "2023年3月1日\n区政协2022年工作总结\n“十四五”时期,区政协围绕产业发展建言资政,2022年组织调研23次,提交调研报告9篇。"
    assert extract(text).document.report_year == 2022
