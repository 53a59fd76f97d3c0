"""Page bodies read from fresh pages (org22): a page that never writes a 政协 but reports a 人大 standing
committee's work (a 人大常委会 report, a 省人大常委会 review) is that 人大's, and so are its figures; a page that
writes any 政协 keeps the 政协 reading. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text, body", [
    # the 人大 named with its place in the title
    ("嘉兴市人大常委会2023年工作回顾\n\n"
     "一年来,常委会共召开会议8次,审议地方性法规4部,听取专项工作报告15个。", "嘉兴市人大"),
    # the 人大 named by level only; the province is written elsewhere on the page
    ("五年来,省人大常委会依法履职,常委会共作出决议决定37项,推动浙江高质量发展。", "浙江省人大"),
    # traditional script
    ("湖州市人大常委會工作報告\n\n一年來,常委會共召開會議9次,審議法規2部。", "湖州市人大"),
])
def test_congress_only_page_is_the_congress(text, body):
    result = extract(text)
    assert result.document.org_name == body
    assert result.metrics and {m.org_name for m in result.metrics} == {body}


def test_page_writing_a_cppcc_keeps_the_cppcc_reading():
    text = ("嘉兴市人大常委会主任某某一行来访\n\n"
            "座谈中,市政协通报了全年工作,共开展协商活动12次,收到提案320件。")
    result = extract(text)
    assert result.document.org_name != "嘉兴市人大"
    assert "嘉兴市人大" not in {m.org_name for m in result.metrics}


def test_unplaced_congress_gives_no_body():
    text = "一年来,常委会共召开会议8次,县人大常委会审议报告12个。"
    assert extract(text).document.org_name == ""


@pytest.mark.parametrize("text", [
    # the only city the page writes is the national session's venue
    "3月4日下午,全国政协十四届三次会议在北京人民大会堂隆重开幕。市政协党组书记、主席某某,副主席某某和机关"
    "全体干部职工一道,通过电视直播,认真收看了开幕盛况。\n大家表示,要认真学习领会全国两会精神,紧扣市委重点任务,"
    "围绕市政协2025年协商计划和重点工作,共60余人参加。",
    "3月5日上午,全國政協十四屆二次會議在北京人民大會堂隆重開幕。市政協主席某某和機關全體幹部職工一道,通過電視"
    "直播收看了開幕盛況。\n大家表示,要緊扣市委重點任務,圍繞市政協協商計劃和重點工作,共50餘人參加。",
])
def test_national_venue_places_no_local_body(text):
    assert extract(text).document.org_name != "北京市政协"
    assert "北京市政协" not in {m.org_name for m in extract(text).metrics}


def test_named_beijing_body_keeps_its_page():
    text = ("北京市政协机关组织收看全国政协开幕会\n\n"
            "3月5日上午,全国政协十四届二次会议在北京人民大会堂开幕。北京市政协机关干部80余人集中收看。")
    assert extract(text).document.org_name == "北京市政协"


def test_wish_for_happiness_is_no_place():
    # 幸福安康 spells 福安 (福安市) across two words
    text = "市政协召开常委会议,审议通过协商计划12项,为全市人民幸福安康贡献政协力量。"
    result = extract(text)
    assert result.document.org_name != "福安市政协"
    assert "福安市政协" not in {m.org_name for m in result.metrics}
