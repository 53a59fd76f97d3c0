"""A body's standing parts counted by 个 (its 界别 and 专门委员会) are its make-up: context, as its
membership is (standing_structures.csv); parts that did something, a reach, a new part, or the make-up
of a body being set up keep their reading. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("2016年,本届省政协共有32个界别,委员650人。", "32"),                       # 共有: the body has
    ("省政协设办公厅、研究室和提案委员会、文史委员会等9个专门委员会。", "9"),     # 设…等: its organs listed
    ("区政协下设5个专委会。", "5"),
    ("会议开幕,来自28个界别的500多名委员出席。", "28"),                         # 来自: where members come from
    ("本届委员由29个界别组成。", "29"),
    ("會議開幕,來自31個界別的600多名委員出席。", "31"),                         # traditional script
])
def test_standing_parts_are_context(sentence, numeral):
    assert the_figure(sentence, numeral).period == "context"


@pytest.mark.parametrize("sentence, numeral, period", [
    ("组织5个专委会开展联合调研。", "5", "actual"),                 # the parts did something
    ("由3个专委会牵头开展视察。", "3", "actual"),
    ("市政协5个专委会选择对口的课题开展调研。", "5", "actual"),      # no cue of the make-up
    ("活动覆盖了26个界别。", "26", "actual"),                       # a reach
    ("今年新设2个专门委员会。", "2", "actual"),                     # a new part
    ("8个界别小组分别与23家民营企业结对。", "8", "actual"),          # 界别小组: groups, not sectors
    ("1990年3月成立第三届委员会,由22个界别的150名委员组成。", "22", "actual"),  # a body being set up
    ("11个界别的100余名委员参加。", "11", "actual"),
])
def test_parts_at_work_keep_their_reading(sentence, numeral, period):
    assert the_figure(sentence, numeral).period == period
