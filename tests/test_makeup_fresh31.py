"""A body's make-up read as context and organization (membership_cues.csv, makeup31): its headcount named
by 人数, the list of its members, its standing committee's make-up, members counted by the body's posts
they hold, members chosen (获选), and its seats counted by 个 (名额); members kept on or new (留任, 连任,
新面孔) are organization as well. Members who did something, a roll call, a quota handed out and a
year's new admissions are not the make-up. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("本届县政协委员人数达到215名,比上届略有增加。", "215"),           # a headcount named by 人数
    ("会议审议通过了新一届市政协委员名单(286人)。", "286"),            # the list of members
    ("政协第九届委员会常委会组成人员48人。", "48"),                    # the standing committee's make-up
    ("在新一届市政协中,本市有5人担任专委会副主任。", "5"),             # members by the body's posts
    ("1990年以来,市政协先后邀请12位知名人士出任市政协委员。", "12"),
    ("名单公布后,澳区获选的28名全国政协委员中,有5名是新人。", "28"),   # chosen as members
    ("本届县政协农业界委员的名额仍为3个。", "3"),                        # seats counted by 个
    ("对比上一届,科技界只有2个名额。", "2"),
])
def test_a_body_s_make_up_is_context_and_organization(sentence, numeral):
    figure = the_figure(sentence, numeral)
    assert (figure.period, figure.category) == ("context", "organization")


@pytest.mark.parametrize("sentence, numeral", [
    ("名单公布后,另有4人留任。", "4"),
    ("新一届市政协委员中,有31位委员连任。", "31"),
])
def test_members_kept_on_are_organization(sentence, numeral):
    figure = the_figure(sentence, numeral)
    assert (figure.period, figure.category) == ("actual", "organization")


@pytest.mark.parametrize("sentence, numeral", [
    ("全年有46名委员参加视察活动。", "46"),                      # members who did something
    ("今年共有35名委员提出提案52件。", "35"),
    ("疫情期间,8名委员捐款12万元。", "8"),
    ("全年参加履职活动的委员人数达到320名。", "320"),           # a headcount of those who took part
    ("5名委员担任调研组组长,带队深入企业。", "5"),              # a post in a piece of work
    ("会议应到委员180人,实到委员165人。", "165"),              # a roll call
    ("今年支部新发展会员15名。", "15"),                        # a year's new admissions
])
def test_members_at_work_are_not_the_make_up(sentence, numeral):
    assert the_figure(sentence, numeral).period != "context"


def test_a_quota_handed_out_is_no_seat_count():
    assert the_figure("每个界别推荐名额2个。", "2").period != "context"


def test_a_roll_call_keeps_its_category():
    # (实到 is read as the session's roll call, organization, as before; the make-up rule does not touch it)
    figure = the_figure("会议应到委员180人,实到委员165人。", "165")
    assert (figure.period, figure.category) == ("actual", "organization")


def test_members_new_to_the_term_are_its_change():
    # 新委员人数 counts the change (actual, as 新增 is); 新一届委员人数 is the make-up
    assert the_figure("本届市政协新委员人数达到168名。", "168").period == "actual"
    assert the_figure("新一届市政协委员人数达到368名。", "368").period == "context"
