"""Where doc24's report readings must NOT fire (review24's narrowings). Texts written for the test: another's
speaker line quoted on a page, a session that closes having done its own business, a national or provincial term's
first year on a local page, and pages whose sessions are dated both by a sentence and by the rhythm."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text", [
    ("临泉县政协组织收看全国政协开幕会\n\n3月3日,临泉县政协组织委员收看开幕会。汪洋主席在报告中说:"
     "我代表政协第十三届全国委员会常务委员会,向大会报告工作。县政协共有45名委员参加。"),
    ("临泉县政协十一届三次会议开幕\n\n会上,阜阳市政协副主席致辞。他说:我代表阜阳市政协常务委员会,"
     "对大会的召开表示热烈祝贺!临泉县政协本次会议共收到提案156件。"),
])
def test_a_quoted_speaker_line_is_not_the_pages_report(text):
    assert extract(text).document.org_name == "临泉县政协"


def test_a_session_that_completed_its_own_business_is_the_session_at_hand():
    text = ("某市政协会议闭幕\n\n2016年1月12日上午,大会胜利闭幕。"
            "会议圆满完成了市政协十届四次会议确定的各项议程。会议期间共收到提案386件。")
    result = extract(text)
    assert result.document.report_year == 2016
    assert [m.report_year for m in result.metrics if m.unit == "件"] == [2016]


def test_targets_of_an_earlier_session_met_look_back_to_it():
    text = ("政协某市第十届委员会常务委员会工作报告\n(2017年1月5日在政协某市第十届委员会第五次会议上)\n\n"
            "过去一年,市政协各项工作取得新进展,顺利完成了十届四次会议确定的各项任务,共收到提案320件。")
    assert extract(text).document.report_year == 2016


@pytest.mark.parametrize("other_term", ["十三届全国政协", "十三届省政协"])
def test_another_bodys_first_year_dates_no_local_term(other_term):
    text = (f"政协某市第十三届委员会常务委员会工作报告\n\n各位委员:\n\n2018年是{other_term}的开局之年。"
            "在政协某市第十三届委员会第二次会议期间,委员共提交提案210件。")
    assert extract(text).document.report_year != 2019


@pytest.mark.parametrize("text", [
    "县政协召开常委会议\n会议回顾了2016年12月政协某县第十届委员会第一次会议以来的工作。会议强调,要筹备好县政协十一届一次会议,共确定议题5项。",
    "某市政协工作回顾\n2017年1月,政协某市第十三届委员会第一次会议胜利召开。五年来,市政协十二届五次会议以来共收到提案1200件。",
])
def test_sessions_dated_by_a_sentence_and_by_the_rhythm_read_without_error(text):
    assert extract(text).metrics  # (the month a sentence dates its session by once shadowed the writing month)
