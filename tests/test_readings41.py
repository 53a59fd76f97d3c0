"""Narrowings of round 40's readings (campaign40, sessionlen40) a reviewer proposed: a duty that names no
category of its own takes its campaign's (or other), never the sentence's other duties'; a campaign named
as a thing built (“三个一”工程, 机制, 平台: campaign_heads.csv) lists no duties; a 会期 whose own sentence
names another organ's session is that organ's (subject, and org for a 人大); a range's half (会期3-4天半)
stays in its phrase. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract

from figures import orgs_by_mention, the_figure


def _ones(text: str) -> list:
    return [m for m in extract(text).metrics if m.numeral == "一"]


# 1. a duty's category: its own words, else its campaign's name words, else other

def test_a_duty_naming_no_category_does_not_take_the_sentences():
    ones = _ones("某县政协开展“三个一”活动,即提一件提案、读一本好书、交一位朋友。")
    assert [m.mention_text for m in ones] == ["一件", "一本", "一位"]
    assert [m.category for m in ones] == ["proposals", "study", "other"]  # 读好书 is study (读书)


def test_a_duty_naming_none_takes_its_campaigns_words():
    ones = _ones("该县政协组织委员开展“三个一”结对帮扶活动。即:走进一户人家,吃好一顿便饭,提出一条建议。")
    assert [m.mention_text for m in ones] == ["一户", "一顿", "一条"]
    assert [m.category for m in ones] == ["outreach", "outreach", "suggestions"]


def test_a_duty_naming_its_own_category_keeps_it():
    ones = _ones("某区政协开展“两个一”帮扶活动,即每名委员撰写一篇调研报告,报送一条社情民意。")
    assert [m.category for m in ones] == ["research", "public_opinion"]


# 2. a campaign named as a thing built lists no duties

@pytest.mark.parametrize("text", [
    "某县政协实施“三个一”工程,即建设一个平台、培育一支队伍、打造一批品牌。",
    # (召开一次 may still be read as a count of its own; it is no duty of a campaign)
    "某市政协建立“两个一”机制。具体是:每季度召开一次协商会,每年形成一份报告。",
    "搭建“三个一”履职平台,即建好一个委员之家、开通一个公众号、组建一支服务队。",
    "某区政协探索“四个一”工作体系,即一套制度、一张清单、一个平台、一支队伍。",
])
def test_things_built_are_no_duties(text):
    assert [m.subject for m in extract(text).metrics if "个一" in m.subject] == []


@pytest.mark.parametrize("text, count", [
    ("某县政协开展“三个一”行动,即联系一户群众、提交一件提案、参加一次视察。", 3),
    # 一批 stays readable in a duty list of an activity
    ("开展“两个一”活动,即办好一件实事、报送一批意见建议。", 2),
    # the activity's head comes first: a 平台 among its duties' words names no campaign
    ("开展“两个一”活动,即为平台提一条建议、办一件实事。", 2),
])
def test_activities_and_actions_still_list_duties(text, count):
    ones = _ones(text)
    assert len(ones) == count and all(m.period == "target" for m in ones)


# 3. another organ's session length

@pytest.mark.parametrize("text, subject", [
    ("某市政协九届三次会议于1月5日闭幕。市十七届人大二次会议会期5天。", "人大会期"),
    ("某县政协十届二次会议1月3日开幕。县十八届人民代表大会第二次会议1月5日开幕,会期4天。", "人大会期"),
    ("某县政协十届二次会议1月3日开幕。中共某县第十五次代表大会会期3天。", "党代会会期"),
    ("某市政协九届三次会议闭幕。共青团某市第八次代表大会会期2天。", "团代会会期"),
])
def test_another_organs_session_length_is_not_the_cppccs(text, subject):
    figure = the_figure(text, "天")
    assert figure.subject == subject
    assert (figure.category, figure.period) == ("meetings", "target")


@pytest.mark.parametrize("text, subject", [
    # the 政协 named after the 人大 in the same sentence: its own session
    ("区人大二次会议闭幕后,区政协九届三次会议1月8日开幕,会期4天。", "九届三次会议会期"),
    ("市政协九届二次会议将于2月3日开幕,会期4天。", "九届二次会议会期"),
])
def test_the_cppccs_own_session_length_keeps_its_session(text, subject):
    assert the_figure(text, "天").subject == subject


def test_a_congress_session_length_carries_that_congress_as_its_body():
    text = "开州区政协九届三次会议1月5日开幕,会期4天。开州区十七届人大二次会议1月6日开幕,会期5天。"
    orgs = orgs_by_mention(text)
    assert orgs["4天"] == "开州区政协"
    assert orgs["5天"] == "开州区人大"


# 4. a range's half

@pytest.mark.parametrize("text, phrase", [
    ("会期3-4天半,委员们将审议常委会工作报告。", "3-4天半"),
    ("按照安排,大会会期3至4天半。", "3至4天半"),
])
def test_a_ranges_half_stays_in_its_phrase_and_the_value_is_the_first_number(text, phrase):
    figure = the_figure(text, "3")
    assert (figure.mention_text, figure.value, figure.approx) == (phrase, 3.0, "about")
    assert text[figure.char_start:figure.char_end] == "3"


@pytest.mark.parametrize("text, phrase, value", [
    ("会期3-4天,委员们将审议常委会工作报告。", "3-4天", 3.0),
    ("调研组历时3-4天半个月,走访了12个乡镇。", "3-4天", 3.0),   # 半个月 is a duration of its own
    ("这次大会会期4天半,委员们将审议常委会工作报告。", "4天半", 4.5),
])
def test_other_lengths_read_as_before(text, phrase, value):
    figure = the_figure(text, phrase[0])
    assert (figure.mention_text, figure.value) == (phrase, value)
