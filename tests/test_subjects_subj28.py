"""Subject readings of subj28: a gift keeps who gave it and to whom (labels of the mini dev sets name the
giver: 社会界别政协委员捐款, 全市政协系统向地震灾区捐款捐物); a person named by title and name keeps those
alone; the reporting body itself (省政协还向…发放) names no giver. Where no giver stands before the verb, or the donors are counted themselves, nothing changes.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("文教界别、社科界别的政协委员捐款56.3万元,县工商联捐款12万元。", "56.3", "文教界别、社科界别的政协委员捐款"),
    ("文教界别、社科界别的政协委员捐款56.3万元,县工商联捐款12万元。", "12", "县工商联捐款"),
    ("县政协常委、县建筑商会会长周志强捐赠5万元。", "5", "会长周志强捐赠"),          # title and name alone
    ("全区政协系统向受灾群众捐款捐物80余万元。", "80", "全区政协系统向受灾群众捐款捐物"),  # giver and receiver
    ("省政协还向贫困群众发放2吨面粉、5吨化肥。", "2", "向贫困群众发放面粉"),   # the body itself is no giver
    ("市政协向福利院赠送了200床棉被。", "200", "向福利院赠送棉被"),
])
def test_a_gift_keeps_its_giver(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("共收到爱心捐款12万元。", "12", "收到爱心捐款"),      # no giver named
    ("捐款捐物共计45万元。", "45", "捐款捐物"),
    ("寄给各县文史委员会,以及关心文史工作的老同志赠送了3000余册。", "3000", "赠送"),  # a list's tail is no giver
    ("全区26名政协委员捐款3.5万元。", "3.5", "政协委员捐款"),  # donors with a count of their own: unchanged
])
def test_no_giver_no_change(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject
