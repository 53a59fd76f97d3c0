"""Review31 narrowings: a rate ensured with no requirement word is a result (a review in present tense),
将参加 inside a relative clause is no plan, 只有/共有一个 is rhetoric, 由三部分 no count, an 、 list shares
its last verb only with a total/joint adverb, a comparison's year still dates a text that writes no other.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure
from lvzhi.extract import extract


@pytest.mark.parametrize("sentence, numeral, period", [
    ("各承办单位高度重视,主要领导亲自抓,确保办复率100%。", "100", "actual"),   # a review: done
    ("市政府办公室实行台账管理,确保按时办复率达100%。", "100", "actual"),
    ("各承办单位务必在年底前完成办理,确保沟通率达到100%。", "100", "target"),  # required
    ("县人大常委会将参加省人代会的15名代表组织起来开展视察。", "15", "actual"),  # 将参加…的: who they are
    ("县政协委员将参加3次专题协商会。", "3", "target"),
])
def test_period(sentence, numeral, period):
    assert the_figure(sentence, numeral).period == period


@pytest.mark.parametrize("sentence", [
    "我们只有一个目标,就是服务群众。", "全体委员共有一个心愿。", "调研组由三部分组成。",
])
def test_no_count(sentence):
    assert [m.mention_text for m in extract(sentence).metrics] == []


def test_only_three_seats_still_counts():
    assert the_figure("澳门区只有三个名额。", "三").unit == "个"


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全区建成12个委员工作室、8个联络组、50名委员下沉基层开展服务。", "12", "委员工作室"),
    ("全区建成12个委员工作室、8个联络组、50名委员下沉基层开展服务。", "8", "联络组"),
])
def test_list_without_shared_adverb(sentence, numeral, subject):
    assert the_figure(sentence, numeral, leading=True).subject == subject


def test_comparison_year_alone_still_dates_the_text():
    text = "市政协常委会工作报告\n与2018年相比,今年提案数量增加明显。全年共收到提案386件,立案352件,办复率100%。"
    assert extract(text).document.report_year == 2019
