"""Where this round's rules must NOT fire (review23's narrowings of org22, subj24, subj25). Sentences written
for the test: a 人大常委会 named in passing on a party committee's or government's page, a provincial 人民大会堂,
people described by where they come from, 一对一 help, members' own proposals and a topic beside the collective
share, a gap with the province beside a change of a share."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text", [
    "中共某某县委十五届六次全体会议召开\n\n会议由县委常委会主持,县人大常委会、县政府主要领导出席。会议审议通过文件3个。",
    "市政府召开第25次常务会议\n\n会议研究办理市人大常委会交办的审议意见,部署重点工作12项。",
])
def test_congress_named_in_passing_is_no_page_body(text):
    result = extract(text)
    assert result.document.org_name == ""
    assert all("人大" not in m.org_name for m in result.metrics)


def test_a_provincial_great_hall_keeps_its_province():
    result = extract("自治区政协十三届二次会议在广西人民大会堂开幕,1000余名委员出席。")
    assert result.document.org_name == "广西壮族自治区政协"


def test_a_wish_of_wellbeing_is_no_place():
    result = extract("市政协号召委员为全市人民幸福安宁贡献力量,全年开展活动12次。")
    assert result.document.org_name != "福安市政协"


def _subjects(text: str) -> list[str]:
    return [m.subject for m in extract(text).metrics]


@pytest.mark.parametrize("text, kept", [
    ("县政协邀请30名医疗卫生、教育领域的专家开展义诊。", "领域的专家"),  # where they come from
    ("委员们开展一对一帮扶的30户困难群众全部脱贫。", "一对一帮扶"),  # 一对一 is how, not who dealt
])
def test_descriptions_that_say_who_are_kept(text, kept):
    assert kept in _subjects(text)[0]


def test_a_long_plain_description_still_gives_way():
    assert _subjects("市政协资助50名家庭困难、品学兼优的高考学生。")[0].endswith("资助高考学生")


@pytest.mark.parametrize("text", [
    "民主党派委员和工商联界委员提交提案120件,占45%。",  # members' own proposals
    "关于加强民主党派和工商联自身建设的提案6件,占2.9%。",  # a topic, not the authors
])
def test_bodies_named_otherwise_make_no_collective_share(text):
    assert "集体提案" not in _subjects(text)[1]


def test_a_roll_of_submitting_bodies_is_the_collective_share():
    assert _subjects("各民主党派、工商联、人民团体等提出提案50件,占34.5%。")[1] == "集体提案占比"


def test_a_gap_with_the_province_is_no_change_of_a_share():
    assert not _subjects("全市地区生产总值增长6.5%,比全省高0.8个百分点。")[1].endswith("提高")
    assert _subjects("女委员占21.5%,比上届提高2.5个百分点。")[1] == "女委员占比提高"
