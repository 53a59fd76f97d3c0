"""Numerals read from fresh pages (gen31): an Arabic tens with 几 after it (10几个, 30幾人次) is an
estimate like 十几 (value of the digits, approx about, span on the digits); the old written tens 廿 (20)
and 卅 (30) are digits of a Chinese numeral (廿八 = 28). Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("sentence, numeral, value, unit, mention_text", [
    ("县政协先后组团到10几个兄弟县政协学习交流。", "10", 10, "个", "10几个"),
    ("委员们驱车20幾公里赶到受灾村组。", "20", 20, "公里", "20幾公里"),
    ("全年接待来访群众30几人次。", "30", 30, "人次", "30几人次"),
    ("累计筹集助学资金10几万元。", "10", 100_000, "元", "10几万元"),
])
def test_digits_and_ji_are_an_estimate(sentence, numeral, value, unit, mention_text):
    [metric] = extract(sentence).metrics
    assert sentence[metric.char_start:metric.char_end] == numeral == metric.numeral
    assert (metric.value, metric.unit, metric.approx, metric.mention_text) == (value, unit, "about", mention_text)
    assert metric.numeral_kind == "arabic"


@pytest.mark.parametrize("sentence", [
    "今年是政协成立70周年,几代政协人接续奋斗。",   # 几 not after digits: no estimate
    "2024年几经修改形成报告。",                   # a year before 几: still a year
])
def test_ji_after_no_count_makes_none(sentence):
    assert extract(sentence).metrics == []


def test_exact_digits_stay_exact():
    [metric] = extract("全年开展视察12次,几乎覆盖所有乡镇。").metrics
    assert (metric.value, metric.approx, metric.mention_text) == (12, "exact", "12次")


@pytest.mark.parametrize("sentence, numeral, value, unit", [
    ("本届委员中来自港澳地区的共有廿八人。", "廿八", 28, "人"),
    ("全年共收到提案卅五件。", "卅五", 35, "件"),
    ("本届共有委员二百廿人。", "二百廿", 220, "人"),
])
def test_old_written_tens(sentence, numeral, value, unit):
    [metric] = extract(sentence).metrics
    assert sentence[metric.char_start:metric.char_end] == numeral
    assert (metric.value, metric.unit, metric.approx, metric.numeral_kind) == (value, unit, "exact", "chinese")


@pytest.mark.parametrize("sentence", [
    "《县志》文史资料第廿四辑出版发行。",      # an ordinal
    "正月廿八,县政协召开主席会议。",          # a lunar date, no unit
])
def test_old_written_tens_in_no_count(sentence):
    assert extract(sentence).metrics == []
