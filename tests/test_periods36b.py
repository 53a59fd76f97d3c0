"""Three period readings of period_cues.csv: a goal stated as such (目标是/目标为/目标: … the figures of its
clause and the next) is a target; a recent span of years framing a sentence (近三年, 近5年, 最近两年) makes
its figures cumulative; a count per month, week, quarter or half-year (每月走访2次以上) is a standard
members keep, a target. What must not fire: a goal's share reached (完成了…目标任务的95%), a goal met
after the figure (达到了预期目标), narrative 围绕…目标任务; 近N年来 (read by the N年来 cue), 近一年, a
per-year figure (近两年每年), an average (近3年的平均), a comparison (为近5年最多); a monthly average.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("明年,区政协将加强协商,目标为推动重点提案办理100%当面协商。", "100"),       # 目标为: a goal
    ("明年,区政协将加强协商,目标为推动重点提案当面协商,实现办理协商率98%。", "98"),  # (the next clause too)
    ("区政协今年的工作目标是:组织专题调研8次,开展协商活动6场。", "8"),
    ("区政协今年的工作目标是:组织专题调研8次,开展协商活动6场。", "6"),
    ("委员联络工作目标:全年走访群众300户以上。", "300"),
    ("委員聯絡工作目標為走訪群眾300戶以上。", "300"),                          # traditional script
])
def test_a_stated_goal_is_a_target(sentence, numeral):
    assert the_figure(sentence, numeral).period == "target"


@pytest.mark.parametrize("sentence, numeral", [
    ("全年开展视察12次,完成了年度目标任务的95%。", "95"),                      # a share of a goal reached
    ("全年开展视察12次,完成了年度目标任务的95%。", "12"),
    ("委员们紧紧围绕全县目标任务,共提出提案210件。", "210"),                   # narrative 目标任务
    ("全年提案办复率100%,达到了预期目标。", "100"),                            # the goal met after the figure
    ("区政协的目标是推动协商,全年收到提案150件,立案142件,办复率100%。", "142"),  # two clauses on: no longer the goal
])
def test_goals_in_narrative_stay_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"


@pytest.mark.parametrize("sentence, numeral", [
    ("近三年,委员们通过助学基金资助困难学生260人。", "260"),                   # 近N年 frames the sentence
    ("委员发动社会各界捐款,近4年帮扶困难家庭86户,共计捐资35万元。", "86"),
    ("委员发动社会各界捐款,近4年帮扶困难家庭86户,共计捐资35万元。", "35"),     # (its later clauses too)
    ("最近两年,县政协共组织视察24次。", "24"),
    ("近兩年,委員通過慈善協會幫扶學生120人。", "120"),                           # traditional script
])
def test_a_recent_span_of_years_is_cumulative(sentence, numeral):
    assert the_figure(sentence, numeral).period == "cumulative"


@pytest.mark.parametrize("sentence, numeral", [
    ("近两年每年提交提案30件。", "30"),                                        # per year
    ("近3年的平均办结率为98%。", "98"),                                        # an average
    ("今年收到提案500件,为近5年最多,立案450件。", "450"),                      # a comparison, not the frame
    ("近一年,委员走访群众80户。", "80"),                                       # one year
])
def test_recent_years_that_do_not_frame_a_total_are_not_cumulative(sentence, numeral):
    assert the_figure(sentence, numeral).period != "cumulative"


@pytest.mark.parametrize("sentence, numeral", [
    ("驻村委员利用周末每月入户走访3次以上。", "3"),                              # a standard members keep
    ("结对委员每个月上门走访2次,其他委员每季度联系1次。", "2"),
    ("结对委员每个月上门走访2次,其他委员每季度联系1次。", "1"),
    ("工作室每半年向主席会议报告工作1次。", "1"),
    ("委員每月入戶走訪2次以上。", "2"),                                         # traditional script
])
def test_a_count_per_month_or_quarter_is_a_target(sentence, numeral):
    assert the_figure(sentence, numeral).period == "target"


@pytest.mark.parametrize("sentence, numeral", [
    ("工作室每月平均接待群众30人。", "30"),                                    # a monthly average: done
    ("委员工作室每周开放,全年接待群众500人次。", "500"),                        # 每周 in another clause
])
def test_per_month_words_outside_a_quota_stay_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"


def test_a_monthly_peak_is_no_quota():
    assert the_figure("每月最多时接待群众60人。", "60").period == "actual"        # a peak in narrative
