"""What a text requires or announces is a target (period_cues.csv): a rate a body must ensure (确保…率,
要…做到…率), guests and sittings a coming session will hold (将邀请, 将安排) and members who will attend it (…将出席会议);
the same words in a result (确保了, 做到 with no requirement, 已邀请, 出席了) keep the actual reading.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("各承办单位要确保提案见面率达到100%、办复率95%。", "100"),       # 确保: a rate required
    ("各承办单位要确保提案见面率达到100%、办复率95%。", "95"),        # (the list after 确保 too)
    ("办理工作要坚持实事求是,做到与提案人沟通率98%。", "98"),          # 要 … 做到 … 率
    ("各部门务必做到建议提案答复率100%。", "100"),
    ("本届大会将邀请20名市民代表旁听开幕式。", "20"),                  # 将邀请: guests of a coming session
    ("下周开幕的会议将邀请12名港澳人士列席。", "12"),
    ("大会期间将安排开幕会、闭幕会和3次大会发言。", "3"),                # 将安排: a coming session's agenda
    ("来自各界的500多名委员将出席本次大会。", "500"),                  # …将出席会议: a coming roll call
    ("400余名委员和100多名列席人员将参加这次会议。", "100"),
])
def test_requirements_and_announcements_are_targets(sentence, numeral):
    assert the_figure(sentence, numeral).period == "target"


@pytest.mark.parametrize("sentence, numeral", [
    ("承办单位确保了提案办复率达到100%。", "100"),                   # 确保了: a result
    ("全年办理提案200件,做到办复率100%。", "100"),                   # 做到 with no requirement
    ("全年办理提案200件,做到办复率100%。", "200"),
    ("去年大会邀请了20名市民代表旁听开幕式。", "20"),                # invited: done
    ("区政协将联谊作为重点,邀请30名港澳委员参加活动。", "30"),        # 将…作为, no 将邀请
    ("来自各界的500多名委员出席了本次大会。", "500"),                 # attended: done
    ("300名委员参加了会议,会议将于明年继续举办。", "300"),
    ("去年大会期间安排了3次大会发言。", "3"),                          # arranged: done
])
def test_results_near_such_words_stay_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"
