"""Category readings added from fresh pages (cat20): a 合作社 (a cooperative) is an economic body, not
交流合作 with partners; members rated 优秀等次 in their yearly assessment are the body's own make-up, as
考核优秀 members are; the 征询/反馈意见表 members return on how proposals were handled are proposal
work, as 满意率 is, not 意见建议 offered. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _category(sentence: str, numeral: str) -> str:
    found = [m.category for m in extract(sentence).metrics if numeral in m.mention_text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, numeral, category", [
    ("全县有31名政协委员牵头创办农民专业合作社。", "31", "economy"),     # a cooperative is no partnership
    ("委员们领办种养合作社17家,带动农户增收。", "17", "economy"),
    ("区政协进一步完善委员履职管理办法,增设线上议政等履职项目,获优秀等次委员45名,占21%。", "45", "organization"),  # members rated
    ("区政协进一步完善委员履职管理办法,增设线上议政等履职项目,获优秀等次委员45名,占21%。", "21", "organization"),
    ("区政协与周边三市政协签订合作协议4份。", "4", "exchange"),          # 合作 with partners stays exchange
])
def test_cooperatives_and_rated_members(sentence, numeral, category):
    assert _category(sentence, numeral) == category


@pytest.mark.parametrize("sentence, numeral, category", [
    ("各承办单位共答复提案118件,收回委员征询意见表112份。", "112", "proposals"),  # feedback forms
    ("共发出办理情况反馈意见表60份。", "60", "proposals"),
    ("委员们提交书面意见建议9份。", "9", "suggestions"),                  # suggestions offered stay
])
def test_feedback_forms_are_proposal_work(sentence, numeral, category):
    assert _category(sentence, numeral) == category
