"""Page bodies read from fresh pages (org23): a visiting party counted and led before a comma
(某区政协一行9人,在某某的带领下,来…) or whose visit is on a topic named before its verb (来某县就…进行考察调研)
is still a visit: the page is the host's, and the party's count stays the visitor's. Sentences written for
the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text", [
    # the party counted, then a comma before the trip
    "6月3日,宁波市鄞州区政协一行9人,来永康市开展学习考察。永康市政协副主席某某陪同。",
    # the party's leader written after the count, and a long topic (with a comma) before the visit's verb
    ("6月3日,宁波市鄞州区政协文史研究会一行9人在某某会长的带领下,来永康市就如何建好委员工作室,"
     "推动协商向基层延伸进行学习调研。永康市政协副主席某某陪同。"),
    # traditional script
    "6月3日,寧波市鄞州區政協一行9人,來永康市就委員工作室建設進行考察調研。永康市政協副主席某某陪同。",
])
def test_a_party_counted_or_led_before_its_trip_still_visits_the_host(text):
    result = extract(text)
    assert result.document.org_name == "永康市政协"
    assert {m.mention_text: m.org_name for m in result.metrics} == {"9人": "鄞州区政协"}


def test_a_party_named_after_a_long_committee_title_is_the_visitor_s():
    text = ("临海市政协召开座谈会\n9月2日,天台县政协文化文史和学习委员会主任某某考察组一行6人到我市考察。"
            "临海市政协今年开展协商活动18次。")
    result = extract(text)
    assert result.document.org_name == "临海市政协"
    orgs = {m.mention_text: m.org_name for m in result.metrics}
    assert orgs["6人"] == "天台县政协"
    assert orgs["18次"] == "临海市政协"


def test_a_topic_clause_after_a_place_the_page_names_no_body_of_leaves_the_visitor_s_page():
    # the host's 政协 is never named: the visitor stays the page's body
    text = "宁波市鄞州区政协一行9人,来永康就乡村振兴进行考察调研,共走访企业5家。"
    assert extract(text).document.org_name == "鄞州区政协"


def test_a_host_accompanying_a_visiting_party_does_not_take_its_count():
    text = ("6月3日,永康市政协主席陪同金华市政协副主席李某一行7人,到石柱镇就乡村振兴进行调研。"
            "永康市政协今年开展协商活动11次。")
    result = extract(text)
    assert result.document.org_name == "永康市政协"
    assert {m.mention_text: m.org_name for m in result.metrics} == {"7人": "金华市政协", "11次": "永康市政协"}


@pytest.mark.parametrize("text, org", [
    # the visitor's own meeting held at a place, then a trip: no visit to the place's body
    ("6月3日,浙江省政协在杭州市就共同富裕示范区建设召开专题协商会,会后赴桐庐县调研。杭州市政协主席某某参加。",
     "浙江省政协"),
    ("6月3日,金华市政协在义乌市就农村饮水安全召开协商会,听取有关部门汇报,并安排下一步调研。义乌市政协副主席某某参加。",
     "金华市政协"),
    # a party speaking at another's meeting: 调研 in its words is no visit
    ("6月3日,金华市政协副主席某某一行6人,在义乌市委召开的座谈会上就营商环境问题调研成果作了反馈。义乌市政协主席某某参加。",
     "金华市政协"),
])
def test_a_meeting_held_at_a_place_is_no_visit(text, org):
    assert extract(text).document.org_name == org
