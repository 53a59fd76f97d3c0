"""Readings added from kinds mined across the fresh batches (mineattr): members' and staff's own training
stays study, whatever skill it teaches; a count of person-times keeps the members who took part with their deed (委员参加…N人次).
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


_figure = the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("市政协举办新任委员履职培训班2期。", "2"),
    ("全年组织委员学习培训6次。", "6"),
    # (技能培训/技术培训 as outreach keywords were tried: they made these members' and staff's own
    # training outreach, so training for villagers is left to the words around it)
    ("组织委员开展履职技能培训3期。", "3"),
    ("机关干部参加信息技术培训2期。", "2"),
])
def test_members_training_stays_study(sentence, numeral):
    assert _figure(sentence, numeral).category == "study"


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全年举办读书沙龙40场,委员参加各类活动860余人次。", "860", "委员参加各类活动"),
    ("今年以来,常委参加专题视察120人次。", "120", "常委参加专题视察"),
    ("组织机关干部参与了志愿服务活动300多人次。", "300", "干部参与志愿服务活动"),
])
def test_person_times_keep_who_took_part(sentence, numeral, subject):
    assert _figure(sentence, numeral).subject == subject



@pytest.mark.parametrize("sentence, numeral, subject", [
    # 让 is no verb row (a causative 让 before people was tried): it would cut 转让, 让利, 让出 apart
    ("县政协协调企业转让土地120亩。", "120", "协调企业转让土地"),
    ("商会会员企业让利群众500万元。", "500", "商会会员企业让利群众"),
])
def test_words_holding_rang_stay_whole(sentence, numeral, subject):
    assert _figure(sentence, numeral).subject == subject
