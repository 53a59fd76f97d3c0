"""A plenary session's length written 会期N天 / 会期N天半 is a figure (units.csv: 会期 a cue for 天;
chinese_numeral_cues.csv: 会期三天): value N (a half day after the unit adds 0.5, the span stays on the
digits), category meetings (category_keywords.csv: 会期 with 天), period target (period_cues.csv: the
session's schedule), subject the session named in its sentence or the one before + 会期. 为期/历时 N天 of a
meeting, 会期内 and 闭会期间 are no session length. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, value", [
    ("本届大会会期5天,共安排三次全体会议。", "5", 5.0),
    ("今年的全体会议会期三天半,议程共有六项。", "三", 3.5),
    ("这次大会会期4天半,委员们将审议常委会工作报告。", "4", 4.5),
    ("按照安排,全会会期7天。", "7", 7.0),
])
def test_session_length_is_a_meeting_target(sentence, numeral, value):
    figure = the_figure(sentence, numeral)
    assert figure.value == value
    assert (figure.unit, figure.approx, figure.category, figure.period) == ("天", "exact", "meetings", "target")


def test_half_day_keeps_the_span_on_the_digits():
    sentence = "这次大会会期4天半,委员们将审议常委会工作报告。"
    figure = the_figure(sentence, "4")
    assert sentence[figure.char_start:figure.char_end] == "4"
    assert figure.mention_text == "4天半"
    assert [m.mention_text for m in extract(sentence).metrics] == ["4天半"]  # 半 is no figure of its own


@pytest.mark.parametrize("sentence, subject", [
    ("市政协九届二次会议将于2月3日开幕,2月6日闭幕,会期4天。", "九届二次会议会期"),
    ("政协某某省第十届委员会第四次会议今天上午开幕。本次会议会期5天半。", "十届四次会议会期"),
    ("本次大会会期4天半,主要议程是听取和审议工作报告。", "会期"),  # no session named near it
])
def test_subject_names_the_session(sentence, subject):
    numeral = "4" if "4天" in sentence else "5"
    assert the_figure(sentence, numeral, leading=True).subject == subject


@pytest.mark.parametrize("sentence", [
    "在为期4天的会议中,委员们认真履行职责。",            # 为期: the length of any event, not read
    "历时三天的大会顺利闭幕。",                        # 历时 with a Chinese numeral stays unread
    "会期内,委员们积极建言献策。",                      # 会期内: no length
    "闭会期间,委员们围绕中心工作开展调研。",            # 闭会期间: no length
    "今年大会拟于2月召开,会期共4天。",                 # only 会期 right before the number
])
def test_other_lengths_and_session_words_are_not_read(sentence):
    assert [m.mention_text for m in extract(sentence).metrics if m.unit == "天"] == []
