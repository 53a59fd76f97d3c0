"""What a text requires of its members is a target (period_cues.csv): a duty 要/须/应/必须 with a doing verb
right before a count (每年要撰写N篇, 须提交N件, also in a leader's reported speech: 他要求…要撰写…), and a
limit per person (每人最多, 每人至多, 每人限, 最多可推荐). The same counts in narrative keep the actual reading:
共撰写, 主要撰写了, 重要提案, 需要解决的问题, 要闻, 要报, 纪要, 应邀, 只要 name no duty, and a capacity
(最多可容纳) no quota. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("镇政协工作组组长每季度要撰写调研报告1篇以上。", "1"),            # 要 + 撰写 right before the count
    ("各委员小组要提交集体提案2件,委员个人要撰写社情民意3条。", "2"),   # 要 + verb + object + count
    ("各委员小组要提交集体提案2件,委员个人要撰写社情民意3条。", "3"),
    ("各界别每年须提交联名提案5件。", "5"),                             # 须
    ("委员每半年应报送履职情况报告1份。", "1"),                          # 应
    ("各专门委员会必须完成重点调研课题4个。", "4"),                       # 必须
    ("主席在会上强调,驻会委员要走访基层群众30户。", "30"),               # reported speech: still a duty
    ("他要求各位常委要联系界别群众10名。", "10"),
    ("本次征集活动每人最多提交意见8条。", "8"),                           # per-person limits
    ("投票时每人至多选择3个项目。", "3"),
    ("每人限报2个课题。", "2"),
    ("每个界别最多可推荐6名人选。", "6"),
])
def test_duties_and_quotas_are_targets(sentence, numeral):
    assert the_figure(sentence, numeral).period == "target"


@pytest.mark.parametrize("sentence, numeral", [
    ("去年委员共撰写调研报告7篇。", "7"),                 # a count done
    ("委员们主要撰写了7篇调研报告。", "7"),               # 主要: no duty
    ("去年委员提交重要提案7件。", "7"),                   # 重要提案
    ("座谈会梳理出需要解决的问题7个。", "7"),              # 需要
    ("全年编发政协要闻70条。", "70"),                     # 要闻
    ("全年编发社情民意要报14期。", "14"),                 # 要报: a publication, not 要 + 报
    ("会议纪要提出意见建议9条。", "9"),                   # 纪要
    ("应邀出席座谈会的委员25名。", "25"),                 # 应邀
    ("响应号召提交提案40件。", "40"),                     # 响应
    ("只要有4名委员联名即可提出提案。", "4"),              # 只要
    ("按要求,去年提交的提案7件均已办复。", "7"),           # 要求 as a noun
    ("新建的委员活动室最多可容纳120人。", "120"),          # a capacity, no quota
    ("去年为困难学生每人发放助学金800元。", "800"),        # 每人 with no limit
])
def test_narrative_counts_stay_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"


@pytest.mark.parametrize("sentence, numeral", [
    ("开展“我要联系群众”主题活动走访群众300户。", "300"),      # 要 inside a programme's name
    ("按照应提交尽提交的原则提交提案88件。", "88"),             # 应X尽X: an idiom of thoroughness
    ("每个工作室最多的一天接待群众50人。", "50"),               # a peak in narrative, no limit
    ("每个月最多时开展活动8次。", "8"),
    ("每个小组最多的一次提交提案12件。", "12"),
    ("每人最多的撰写了社情民意18条。", "18"),
])
def test_names_idioms_and_peaks_are_no_duty(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"
