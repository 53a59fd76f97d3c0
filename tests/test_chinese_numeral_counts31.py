"""Small counts written in Chinese numerals (numeral31): a count after 提交了/只有/另有/由, after 安排
from 两 up, a count bounded by 至少 over its verb, and an item of a list of event counts (一场大会发言、三次分组讨论) are figures; articles,
ordinals, names and 一次性 stay out. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _mentions(sentence: str) -> list[tuple[str, float]]:
    return [(m.mention_text, m.value) for m in extract(sentence).metrics]


@pytest.mark.parametrize("sentence, mention, value", [
    ("九三学社市委会向全会提交了四份集体提案。", "四份", 4),          # 提交了 as 提交
    ("本届常委会中该界别只有两个名额。", "两个", 2),                  # 只有 as 只
    ("新一届委员中另有五张新面孔。", "五张", 5),                      # 另有: the rest counted
    ("每月第一个周五由一名常委带队走访企业。", "一名", 1),            # 由 一名: who does it
    ("闭幕会共有六项议程。", "六项", 6),                              # 共有 as 共
    ("区政协机关安排了三个分会场收看直播。", "三个", 3),              # 安排 from 两 up
    ("每位委员每年至少撰写一件个人提案。", "一件", 1),                # 至少 over the verb bounds a count
    ("会期内安排了两场专题协商会、三次小组讨论、一场界别联组会。", "三次", 3),  # a list of event counts
    ("会期内安排了两场专题协商会、三次小组讨论、一场界别联组会。", "一场", 1),
    ("全会将安排两次大会发言,十二次小组会议,一次界别协商会。", "一次", 1),  # the list split by commas
])
def test_small_chinese_counts(sentence, mention, value):
    assert (mention, value) in _mentions(sentence)


@pytest.mark.parametrize("sentence, numeral", [
    ("县里安排一次性补助资金用于修路。", "一次"),
    ("至少要统一思想、形成一致意见。", "一"),                # 至少 before no counted unit            # 一次性: an adjective
    ("会议安排了一些委员作书面发言。", "一些"),              # no unit: vague
    ("镇里统一安排一批项目集中开工。", "一批"),              # 一批: a batch
    ("会上安排一场座谈,听取意见。", "一场"),                # after 安排, 一 is an article
    ("七届一次、二次会议先后在市里召开。", "二次"),          # session numbers, not a list of counts
    ("第一次、三次全会的决议均已落实。", "三次"),            # an ordinal before the list
    ("会议听取了第二次报告,一次性通过三项决议。", "一次"),    # an ordinal item, then 一次性
    ("要坚持四个全面、两个维护,推进一带一路建设。", "两个"),  # names (个 is no event count)
])
def test_not_counts(sentence, numeral):
    assert not [m for m in _mentions(sentence) if m[0].startswith(numeral)]
