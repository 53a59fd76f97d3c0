"""Period readings added from fresh pages (period20): background facts about a place or an economy
named beside a body's work are context, not the body's work: territory a river or county spans
(流经7个乡镇, 辖12个乡镇), population (人口48万, 3.2万人口), economic totals (年产值, 营业收入,
地区生产总值) and planned investment (计划投资);
a cap with words between it and its figure (不得超过委员总数的百分之十, 不超出…) is a rule, a target.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _period(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral).period


@pytest.mark.parametrize("sentence, numeral, period", [
    ("县政协视察的这条河流经7个乡镇,沿岸群众饮水安全问题突出。", "7", "context"),      # territory
    ("该县辖12个乡镇,县政协委员分片开展调研。", "12", "context"),
    ("该市下辖5个县区,市政协组织委员开展视察。", "5", "context"),
    ("该区管辖15个街道,区政协在每个街道设立委员工作室。", "15", "context"),
    ("全县总人口48万人,县政协围绕养老服务开展协商。", "48", "context"),           # population
    ("该镇有3.2万人口,县政协组织委员调研4次。", "3.2", "context"),
    ("该镇有3.2万人口,县政协组织委员调研4次。", "4", "actual"),                  # the body's work stays
    ("园区企业年产值2.3亿元,委员建议加快配套建设。", "2.3", "context"),           # economic totals
    ("去年该区地区生产总值达到420亿元。", "420", "context"),
    ("该企业营业收入5亿元,吸纳就业600人。", "5", "context"),
    ("项目计划投资1.2亿元,县政协视察3次。", "1.2", "context"),                 # planned investment
    ("项目计划投资1.2亿元,县政协视察3次。", "3", "actual"),
    ("在18个乡镇全覆盖建成委员工作室。", "18", "actual"),                 # 全覆盖 as a manner: what was built
])
def test_background_facts_are_context(sentence, numeral, period):
    assert _period(sentence, numeral) == period


@pytest.mark.parametrize("sentence, numeral, period", [
    ("县政协在辖区内开展视察5次。", "5", "actual"),              # 辖区 is where the work was done
    ("参会委员中有30人口头发言。", "30", "actual"),              # 口头 is no population
    ("县政协组织医卫界委员为流动人口1200人提供免费体检。", "1200", "actual"),  # people served, no population
    ("市政协所辖8个委员活动组全年开展活动40次。", "40", "actual"),
    ("委员企业助推园区新增产值5亿元。", "5", "actual"),          # output the work added is its result
    ("科技界委员指导农户提高产量两成,增收30万元。", "30", "actual"),
    ("科技界委员指导合作社提高产量20%。", "20", "actual"),
    ("科技界委员指导合作社后,水稻产量提高了15%。", "15", "actual"),   # raised by the work, after the word
    ("医卫界委员义诊,检查300人口腔健康。", "300", "actual"),      # 口腔 and 口碑 are no population
    ("活动共服务200人口碑良好。", "200", "actual"),
])
def test_look_alikes_stay_the_bodys_work(sentence, numeral, period):
    assert _period(sentence, numeral) == period


@pytest.mark.parametrize("sentence, numeral, period", [
    ("按照章程,特邀委员不得超过委员总数的百分之十。", "百分之十", "target"),     # a cap with words between
    ("港澳委員名額不超出委員總額百分之八。", "百分之八", "target"),           # traditional script
    ("每位委员每年提交提案不少於2件。", "2", "target"),
    ("按照规定,每位委员发言不得多于5次。", "5", "target"),            # the cap right before its figure
    ("本届委员中港澳委员超过委员总数的百分之十。", "百分之十", "actual"),      # no cap: a share stated
])
def test_caps_are_rules(sentence, numeral, period):
    assert _period(sentence, numeral) == period
