"""The duties of an “N个一” campaign are figures (mentions._campaign_items, campaign_list_openers.csv): a body's
“三个一”活动 lists three duties each worded with 一 and a unit (提交一件提案, 反映一条社情民意 …), in the sentence
the list words open right after the one naming it (…“三个一”活动。即:…) or before the name when it follows 的
(…办一件实事的“四个一”活动). Each is a count (value 1, period target) whose subject names the duty; only a list
holding exactly the N items the name promises counts, so an article 一 elsewhere stays unread.
Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _ones(text: str) -> list:
    return [m for m in extract(text).metrics if m.numeral == "一"]


LIST_AFTER = ("某县政协在全体委员中开展“三个一”活动。即:每年提交一件有质量的提案,反映一条社情民意信息,"
              "参加一次视察活动。")
LIST_BEFORE = ("今年,该市政协组织委员开展每人撰写一篇调研报告、报送一条社情民意、走访一户困难群众、"
               "参加一次协商座谈的“四个一”活动,委员们积极参与。")
TRADITIONAL = ("某縣政協開展“三個一”幫扶活動,具體是:為貧困戶落實一項扶持政策、聯繫一個幫扶項目、"
               "辦好一件實事。")


def test_a_list_after_ji_gives_each_duty_as_a_target():
    ones = _ones(LIST_AFTER)
    assert [m.mention_text for m in ones] == ["一件", "一条", "一次"]
    assert all(m.value == 1 and m.period == "target" and m.approx == "exact" for m in ones)
    assert [m.category for m in ones] == ["proposals", "public_opinion", "research"]
    assert all(m.subject.startswith("“三个一”活动要求") for m in ones)
    assert "提交有质量的提案" in ones[0].subject and "反映社情民意信息" in ones[1].subject


def test_items_before_the_name_after_de():
    ones = _ones(LIST_BEFORE)
    assert [m.mention_text for m in ones] == ["一篇", "一条", "一户", "一次"]
    assert all(m.period == "target" for m in ones)
    assert ones[0].category == "research" and ones[1].category == "public_opinion"
    assert "撰写调研报告" in ones[0].subject


def test_traditional_script_and_another_list_word():
    ones = _ones(TRADITIONAL)
    assert [m.mention_text for m in ones] == ["一項", "一個", "一件"]
    assert all(m.period == "target" for m in ones)


@pytest.mark.parametrize("text", [
    # two items for a “三个一”: not the campaign's list (提一件, 办一件: no cue reads them otherwise)
    "某县政协开展“三个一”活动。即:每年提一件提案,为群众办一件实事。",
    # four items for a “三个一”
    "某县政协开展“三个一”活动。即:提一件提案,办一件实事,写一份建议,访一户群众。",
    # the name not after 的, the sentence after it no list
    "委员们提一件提案、写一份建议,开展“两个一”活动。会后大家又办一件实事。",
    # a campaign named with no list: 履职“五个一”情况记录
    "档案内容包含个人基本信息、委员履职“五个一”情况记录、委员拓展履职情况等方面。",
    # a quoted name of another kind (四个一体化) is no campaign
    "会议研究了推动“四个一体化”工作,即:一项任务、一个机制、一批项目、一套制度。",
])
def test_no_list_of_exactly_n_items_adds_nothing(text):
    assert _ones(text) == []


def test_an_article_elsewhere_in_the_text_stays_unread():
    text = LIST_AFTER + "会上还通过了一项决议,成立了一个工作组。"
    assert [m.mention_text for m in _ones(text)] == ["一件", "一条", "一次"]


def test_a_duty_written_again_elsewhere_is_the_same_figure():
    text = ("“为困难户办好一件实事”\n某区政协开展“两个一”活动。即:为困难户办好一件实事,向区委报送一份建议。"
            "一年来,委员们为困难户办好一件实事的承诺全部兑现。")
    ones = _ones(text)
    assert [m.char_start for m in ones] == [text.find("一件"), text.find("一件", 20), text.find("一份"),
                                            text.rfind("一件")]
    assert all(m.period == "target" and "办好实事" in m.subject for m in ones if m.unit == "件")
