"""Page bodies read from fresh pages (docorg22): a local body named by its level alone that the page never
places (市政协, 县政协), at work at a higher body's event — watching its session, attending its course —
leaves the page without a body we know, rather than the higher body's. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text", [
    # the title opens with the unplaced body watching the national session
    "县政协机关组织收看全国政协十四届二次会议开幕会\n\n"
    "3月5日上午,县政协主席王某某与机关干部一起收看了开幕会实况,共30余人参加。",
    # a paragraph opens with the national course the unplaced body's officers attend
    "本报讯 6月3日,全国政协第88期委员学习培训班开班。市政协副主席李某某、张某某通过视频参加学习。"
    "培训为期5天。",
])
def test_unplaced_local_body_at_a_national_event(text):
    assert extract(text).document.org_name == ""


def test_placed_local_body_keeps_its_page():
    text = ("临泽县政协机关组织收看全国政协十四届二次会议开幕会\n\n"
            "3月5日上午,县政协主席王某某与机关干部一起收看了开幕会实况,共30余人参加。")
    assert extract(text).document.org_name == "临泽县政协"


def test_national_course_page_stays_national():
    text = ("全国政协第88期委员学习培训班在京开班\n\n"
            "6月3日,全国政协第88期委员学习培训班开班,全国政协副主席某某某出席开班式并讲话,共120名委员参加。")
    assert extract(text).document.org_name == "全国政协"


def test_placed_local_body_at_a_national_session_takes_the_page():
    # the national body is named only as the session watched; the placed body at work is the page's
    text = ("本报讯 3月5日下午,全国政协十四届二次会议在京开幕,全国政协十四届二次会议开幕会全程直播。\n\n"
            "临泽县政协组织收看全国政协十四届二次会议开幕会\n\n"
            "县政协主席王某某与机关干部一起收看了开幕会实况,共30余人参加。")
    assert extract(text).document.org_name == "临泽县政协"


# a body from elsewhere visiting 我县 is a guest: the page is the host's, whose place the page writes,
# even where the host's own prefecture (市政协, 广元政协) accompanies the guest and is named more often
GUEST_PAGE = ("{guest}来我县考察调研\n\n"
              "6月2日,{guest}主席王某某率队到我县就基层协商工作开展考察调研。市政协主席李某某、县委书记周某某、"
              "县政协主席赵某某陪同。\n\n"
              "考察组走进村协商议事室,实地了解全市政协系统协商工作开展情况,表示要把广元政协工作的好做法带回去。\n\n"
              "苍溪红心猕猴桃产业园负责人介绍了产业发展情况,考察组希望两地政协加强交流。\n\n"
              "县政协副主席孙某某陪同考察。")


def test_guest_from_elsewhere_leaves_the_page_to_its_host():
    assert extract(GUEST_PAGE.format(guest="绵阳市政协")).document.org_name == "苍溪县政协"


def test_name_opening_with_a_place_after_a_post():
    # 黄平 (a county) opens the chairman's name: no place of the page's 县政协
    text = "县政协召开常委会议\n\n会议由县政协主席黄平林主持,县政协委员共45人参加。"
    assert extract(text).document.org_name == ""
    # a verb before the place is no post: 代表 here says whom the speaker speaks for
    text = "县政协召开常委会议\n\n会上,王某某代表黄平民建支部发言,县政协委员共45人参加。"
    assert extract(text).document.org_name == "黄平县政协"


@pytest.mark.parametrize("text", [
    # a provincial body named as where a speaker comes from, or a stop of the course's visit: not at work there
    "本报讯 全国政协第12期委员学习研讨班日前在京结业。研讨班为期5天,共有86名全国政协委员参加学习。"
    "全国政协副主席某某某出席结业式并讲话,来自湖南省政协的委员代表作交流发言。",
    "本报讯 全国政协第12期委员学习研讨班日前在京结业。研讨班为期5天,共有86名全国政协委员参加学习。"
    "研讨班期间,学员赴湖南省政协机关开展现场教学,听取了湖南省政协经验介绍。",
])
def test_a_national_course_page_naming_a_body_in_passing_stays_national(text):
    assert extract(text).document.org_name == "全国政协"


@pytest.mark.parametrize("other", ["考察团表示要学习借鉴杭州市政协的做法。", "考察团表示,将把我市的经验与温州市政协分享。"])
def test_a_host_never_placed_is_not_a_body_named_in_passing(other):
    # 我市 is never placed: the 杭州/温州 named in passing is no host; the page stays the visitor's
    text = ("宁波市政协来我市考察交流\n"
            "5月20日,宁波市政协副主席王某某率考察团一行12人来我市考察交流。市政协主席李某某陪同。"
            f"{other}双方共签订合作协议3项。")
    assert extract(text).document.org_name == "宁波市政协"
