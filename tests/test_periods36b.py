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


# review36c: a goal stated in narrative, and a clause after it that reports what was done
@pytest.mark.parametrize("sentence, numeral", [
    ("区政协的目标是建设人民满意政协,全年开展视察12次,提出意见建议86条。", "12"),  # the next clause is work done
    ("我们的目标是建设一流政协,为此去年召开主席会议12次。", "12"),
    ("年初确定的工作目标是组织调研10次,实际组织调研12次,超额完成任务。", "12"),   # 实际: what was done
    ("全面完成了年初确定的目标:全年共开展视察12次,提交调研报告20篇。", "12"),       # a goal met
    ("全面完成了年初确定的目标:全年共开展视察12次,提交调研报告20篇。", "20"),
    ("目标:已组织调研10次,协商6场。", "10"),                                       # 已: done
])
def test_a_goal_in_narrative_leaves_the_work_done_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"


# review36c: 近N年 inside a sentence that has counted already, or not opening it, frames nothing
@pytest.mark.parametrize("sentence, numeral", [
    ("全年收到提案320件,较近两年有所增加,立案300件。", "300"),                   # a comparison mid-sentence
    ("全年共收到提案280件,近两年提案数量持续增长,立案260件。", "260"),
    ("全年编报社情民意信息120篇,其中近两年新任委员提交50篇。", "50"),             # who, not when
    ("区政协近两年的提案数量分别为300件和320件。", "300"),                          # one figure per year
])
def test_recent_years_that_do_not_open_the_sentence_are_not_cumulative(sentence, numeral):
    assert the_figure(sentence, numeral).period != "cumulative"


# review36c: a monthly level in a report of the year, an average, a volume: done, no quota
@pytest.mark.parametrize("sentence, numeral", [
    ("委员工作室平均每月接待群众30人。", "30"),                                    # 平均 before 每月
    ("委员工作室去年每月接待群众30余人次。", "30"),                                # the year reported on
    ("2023年,委员工作室每月接待群众超过100人次。", "100"),
    ("一年来,委员工作室每月接待群众30余人次。", "30"),
    ("去年,委员每月走访群众3次以上,全年共走访群众2000余户。", "3"),
    ("委员们每个月都走访群众30户以上。", "30"),                                    # 都: what happened
    ("工作室每月接待量从年初的20人增加到年底的80人。", "20"),                       # a volume
])
def test_a_monthly_level_of_work_done_stays_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"
