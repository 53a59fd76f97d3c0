"""Period and category readings added from fresh pages (percat21): a part of the membership measured
against its total is organization, a list of one-off duties is a quota, a share takes its figure's period,
a term named in body text opens no term review, compatriots invited to a plenary are exchange.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _reading(text: str, numeral: str) -> tuple[str, str]:
    figure = the_figure(text, numeral)
    return figure.period, figure.category


@pytest.mark.parametrize("text, numeral", [
    ("本届县政协共有委员180名。其中,农工党9名,占委员总数的5%。", "9名"),   # a part of the membership
    ("本届县政协共有委员180名。其中,农工党9名,占委员总数的5%。", "5%"),    # and its share
    ("本届区政协委员中,民进6人,占委员总人数的4%。", "6人"),
])
def test_a_part_measured_against_the_membership_is_its_make_up(text, numeral):
    assert _reading(text, numeral)[1] == "organization"


@pytest.mark.parametrize("text, numeral, category", [
    ("今年撰写提案的委员共52人,占委员总数的40%。", "40%", "proposals"),   # what those members did decides
    ("参加视察调研的委员63名,占委员总数的45%。", "63名", "research"),
])
def test_members_counted_by_what_they_did_keep_that_activity(text, numeral, category):
    assert _reading(text, numeral)[1] == category


@pytest.mark.parametrize("text, numeral", [
    ("本届区政协委员总数235名。其中,新推荐的140名,占59.6%;连任的95名,占40.4%。", "235名"),   # the total
    ("本届区政协委员总数235名。其中,新推荐的140名,占59.6%;连任的95名,占40.4%。", "140名"),   # its parts
    ("本届区政协委员总数235名。其中,新推荐的140名,占59.6%;连任的95名,占40.4%。", "40.4%"),
])
def test_the_membership_total_and_its_breakdown_are_its_make_up(text, numeral):
    assert _reading(text, numeral)[1] == "organization"


@pytest.mark.parametrize("text, numeral, category", [
    ("全年组织委员参加专题调研52人次,占委员总数的41%。", "52人次", "research"),   # visits, not members
    ("全年组织委员参加专题调研52人次,占委员总数的41%。", "41%", "research"),
])
def test_visits_measured_against_the_membership_keep_their_activity(text, numeral, category):
    assert _reading(text, numeral)[1] == category


def test_a_figure_the_share_of_members_does_not_follow_keeps_its_kind():
    text = "常委会议到会率达92%,请假常委占常委总数的8%。"
    assert _reading(text, "92%")[1] != "organization"


@pytest.mark.parametrize("text, numeral", [
    ("区政协倡导委员开展“三个一”活动:提交一件提案,报送一条社情民意信息,参加一次调研。", "一次"),
    ("每名常委全年至少提交一件集体提案,反映一条社情民意信息。", "一条"),
    # the quota named in the sentence before, the list opening with 即 (what the name means)
    ("镇政协联络组开展“四个一”活动。即:提交一件提案,参加一次视察,撰写一篇调研报告。", "一次"),
])
def test_a_list_of_one_off_duties_is_a_quota(text, numeral):
    assert _reading(text, numeral)[0] == "target"


@pytest.mark.parametrize("text, numeral", [
    ("区政协办理一件重点提案,举办一次专题协商会,收到提案138件。", "一次"),   # work done, no quota
    ("区政协办理一件重点提案,举办一次专题协商会,收到提案138件。", "138件"),
    ("李委员撰写一篇调研报告,报送一条社情民意信息,均获采用。", "一篇"),
])
def test_one_off_counts_without_a_quota_frame_are_work_done(text, numeral):
    assert _reading(text, numeral)[0] != "target"


def test_a_single_one_off_count_is_work_done():
    assert _reading("市政协今年召开一次专题协商会,收到提案120件。", "一次")[0] == "actual"


@pytest.mark.parametrize("text, numeral", [
    ("五年来,本届区政协委员共有210名,其中无党派人士21名,占10%。", "10%"),   # a share of the make-up
    ("本届以来,县政协委员中共有少数民族委员33名,占15.2%。", "15.2%"),
])
def test_a_share_of_the_membership_is_context_like_its_count(text, numeral):
    assert _reading(text, numeral)[0] == "context"


def test_a_share_after_a_rate_keeps_its_own_period():
    # the base figure is a rate (增长12%): its period is not the share's to copy
    text = "本届以来,县政协委员共提交提案980件,比上届增长12%,占全市的8%。"
    assert _reading(text, "8%")[0] == _reading(text.replace("比上届增长12%,", ""), "8%")[0]
    assert _reading(text, "8%")[0] != "context"


def test_a_share_of_work_done_keeps_its_period():
    text = "今年共收到提案150件,其中经济类提案45件,占30%。"
    assert _reading(text, "30%")[0] == "actual"


def test_an_earlier_term_named_in_the_body_opens_no_term_review():
    # news on a new term's members: 十二届 is named in body text as a comparison, not in a title
    text = ("新一届市政协委员结构合理\n\n"
            "本报讯 中国人民政治协商会议第十三届绵阳市委员会第一次会议,定于1月10日至13日召开。\n\n"
            "据介绍,十三届市政协界别设置与十二届保持不变,各界别的委员名额仍按十二届市政协各界别的名额分配。"
            "新提名的委员98名。\n")
    assert _reading(text, "98名")[0] == "actual"


@pytest.mark.parametrize("text, numeral", [
    ("今年邀请来自12个国家的35位侨胞列席市政协全体会议。", "35位"),
    ("邀请6位台湾同胞列席省政协全体会议。", "6位"),
])
def test_compatriots_invited_to_a_plenary_are_exchange(text, numeral):
    assert _reading(text, numeral)[1] == "exchange"


def test_plenaries_held_stay_meetings():
    assert _reading("全年召开全体会议2次,常委会议4次。", "2次")[1] == "meetings"
