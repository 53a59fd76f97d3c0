"""Reports read whole: the body a report speaks for and the year a term review at a first session
covers (fresh batch doc24). Every text here was written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text, body", [
    # a site republishing a county's report under a heading that names the national body
    ("全国政协委员履职报告\n\n全国政协委员履职报告范文第3篇\n\n"
     "政协第七届临泉县委员会常务委员会工作报告\n\n各位委员:\n\n"
     "我代表政协第七届临泉县委员会常务委员会,向大会报告工作,请予审议。\n\n"
     "一年来,县政协共组织视察调研12次,收到提案150件。", "临泉县政协"),
    # a collection page titled after one city's summary, carrying another district's report
    ("政协新余市第三届委员会工作总结(共4篇)\n\n篇一\n\n"
     "各位委员:\n\n我受政协赣州市章贡区第五届委员会常务委员会的委托,向大会作工作报告,请予审议。\n\n"
     "五年来,区政协共开展协商活动40余次,提出意见建议300多条。", "章贡区政协"),
])
def test_a_report_is_the_body_its_speaker_speaks_for(text, body):
    assert extract(text).document.org_name == body


def test_a_page_without_a_speaker_line_keeps_its_headline_body():
    text = ("政协新余市第三届委员会工作总结\n\n"
            "一年来,市政协组织委员开展视察8次,编报社情民意信息60条,受到章贡区政协同行好评。")
    assert extract(text).document.org_name == "新余市政协"


def _republished_term_review(dateline: str) -> str:
    """A collection site's copy of a city's term review: its stamp and blurb, then the report."""
    return ("2016年政协某市第九届委员会常务委员会工作报告(共3篇)\n"
            "时间:2020-06-08 10:12:30 下载本文 作者:会员上传\n"
            "简介:小编为你整理了多篇相关的工作报告,但愿对你有帮助。\n"
            "第一篇:政协某市第九届委员会常务委员会工作报告\n"
            "政协某市第九届委员会常务委员会工作报告\n"
            f"({dateline}在政协某市第十届委员会第一次会议上)\n"
            "某 某 某\n各位委员:\n"
            "我受政协某市第九届委员会常务委员会委托,向大会作工作报告,请予审议。一、五年工作的回顾\n"
            "九届市政协任期的五年,是我市加快发展的五年。五年来,常委会共组织视察调研86次,立案提案1200件。")


@pytest.mark.parametrize("dateline, year", [
    ("2016年11月20日", 2016),  # late in a year: the old term's last plenary met that year
    ("2017年1月10日", 2016),  # early in a year: the old term last met the year before
])
def test_a_term_review_at_a_first_session_takes_the_old_term_s_last_year(dateline, year):
    assert extract(_republished_term_review(dateline)).document.report_year == year


@pytest.mark.parametrize("text, year", [
    # the session whose targets were met is the one reviewed (十届四次, placed by the city rhythm and the
    # 十八届五中全会 era in 2015): its year, not the year before it
    ("某市政协工作报告\n各位委员:\n我代表政协第十届某市委员会常务委员会,向大会报告工作,请予审议。\n"
     "一、20xx年工作回顾\n过去一年,市政协坚持团结和民主两大主题,认真履行职能,各项工作取得新进展,"
     "顺利完成了十届四次会议确定的目标任务。\n(一)加强思想政治建设\n"
     "常委会认真学习贯彻中共十八届三中、四中、五中全会精神,全年组织专题学习12次。", 2015),
])
def test_a_session_whose_targets_were_met_is_the_one_reviewed(text, year):
    assert extract(text).document.report_year == year


def test_targets_still_ahead_name_the_session_at_hand():
    # 为完成…会议确定的任务 looks ahead: the session named is the one the text is at
    text = ("某市政协九届三次会议闭幕\n本报讯 市政协九届三次会议今天闭幕。与会委员表示,"
            "要为完成九届三次会议确定的各项任务而努力。会议期间共收到提案310件。")
    session = next(s for s in extract(text).document.years.sessions if s.number == 3)
    assert not session.since


def test_a_year_named_as_a_term_s_first_dates_its_sessions():
    # a county body off the five-year cycle: the text says when its term opened
    text = ("政协某县第八届委员会第二次会议开幕\n1月18日,政协某县第八届委员会第二次会议开幕,"
            "县政协主席作工作报告。报告指出,2013年是政协某县第八届委员会的开局之年,"
            "一年来共开展视察12次,收到提案126件。")
    sessions = extract(text).document.years.sessions
    assert {s.year for s in sessions if s.term == 8 and s.number == 2} == {2014}
