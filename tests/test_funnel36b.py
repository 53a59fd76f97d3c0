"""Proposal figures read by funnel36b: the bare count of the members' proposals alone in its clause, the only
count of proposals in its sentence, is the intake (…报送信息180篇,委员提案320多件); beside other counts of
proposals it is a part. A year between a count and its stage word is no figure (8件提案作为2023年…的重点提案).
A total after the shares of the degrees of satisfaction (非常满意的占52.1%,满意的占40.3%,两项合计92.4%)
is the satisfaction rate. Material gathered for proposals (提案素材) is no intake. Sentences written for the
test."""
from __future__ import annotations

import pytest

from funnels import funnel_rows

# the members' proposals in a list of the year's work: the intake
MEMBERS_PROPOSALS_IN_A_LIST = (
    "中国人民政治协商会议泉州市委员会\n2023年1月\n"
    "去年市政协组织视察调研25项,编报社情民意信息180篇,委员提案320多件,有力服务了全市发展大局。\n"
)
# the members' proposals beside the other classes: a part of the filed count, no intake
MEMBERS_PROPOSALS_AS_A_PART = (
    "中国人民政治协商会议莆田市委员会\n2023年2月\n"
    "本次会议经审查立案240件,其中党派团体提案30件,委员提案210件。\n"
)
# key proposals named after a year
KEY_PROPOSALS_AFTER_A_YEAR = (
    "中国人民政治协商会议漳州市委员会\n2023年3月\n"
    "本次会议以来共收到提案198件,立案176件,并确定8件提案作为2023年市政府领导领衔办理的重点提案。\n"
)
# the satisfied by degree, then their total
SATISFACTION_TOTAL = (
    "中国人民政治协商会议三明市委员会\n2023年1月\n"
    "去年市政协共收到提案215件,立案196件。委员对提案办理非常满意的占52.1%,满意的占40.3%,两项合计为92.4%。\n"
)
# a total of classes, no degrees of satisfaction: no rate
CLASS_TOTAL = (
    "中国人民政治协商会议南平市委员会\n2023年1月\n"
    "去年市政协共收到提案200件,立案180件,经济类和社会类提案合计占65%。\n"
)
# material gathered for proposals is no intake; proposals turned into material are transferred
MATERIAL_GATHERED = (
    "中国人民政治协商会议龙岩市委员会\n2023年2月\n"
    "会前共收到提案素材350多件。经整理,本次会议共收到提案280件,立案260件。\n"
)
TURNED_INTO_MATERIAL = (
    "中国人民政治协商会议宁德市委员会\n2023年2月\n"
    "本次会议共收到提案300件,经审查立案290件,转为提案素材10件。\n"
)

# review36c: the members' proposals as a part, named so in other ways than a sibling count in the sentence
MEMBERS_PROPOSALS_BY_SOURCE = (
    "中国人民政治协商会议福州市委员会\n2023年1月\n"
    "去年市政协提案工作成效明显。从提案来源看,委员提案246件。集体提案34件。\n"
)
MEMBERS_PROPOSALS_WITH_A_SHARE = (
    "中国人民政治协商会议厦门市委员会\n2023年1月\n"
    "去年市政协立案提案中,委员提案246件,占87.9%。\n"
)
MEMBERS_PROPOSALS_OF_ALL = (
    "中国人民政治协商会议泉州市委员会\n2023年1月\n"
    "去年市政协各类提案中,委员提案246件,同比增长5%。\n"
)
# review36c: a total after the degrees that totals something else
CLASS_TOTAL_AFTER_DEGREES = (
    "中国人民政治协商会议三明市委员会\n2023年1月\n"
    "去年市政协共收到提案215件,立案196件。委员对办理结果非常满意的占52.1%,满意的占40.3%,经济类提案合计占35%。\n"
)
ADOPTION_TOTAL_AFTER_A_DEGREE = (
    "中国人民政治协商会议南平市委员会\n2023年1月\n"
    "去年市政协共收到提案215件,立案196件,委员表示非常满意的占52.1%,所提建议被采纳和部分采纳的合计占85%。\n"
)

CELLS = ("received", "filed", "transferred", "key_supervised", "stated_satisfaction_rate")

TEXTS = {
    "in_a_list": MEMBERS_PROPOSALS_IN_A_LIST, "as_a_part": MEMBERS_PROPOSALS_AS_A_PART,
    "key_after_year": KEY_PROPOSALS_AFTER_A_YEAR, "satisfaction_total": SATISFACTION_TOTAL,
    "class_total": CLASS_TOTAL, "material": MATERIAL_GATHERED, "turned_into_material": TURNED_INTO_MATERIAL,
    "by_source": MEMBERS_PROPOSALS_BY_SOURCE, "with_a_share": MEMBERS_PROPOSALS_WITH_A_SHARE,
    "of_all": MEMBERS_PROPOSALS_OF_ALL, "class_total_after_degrees": CLASS_TOTAL_AFTER_DEGREES,
    "adoption_total_after_a_degree": ADOPTION_TOTAL_AFTER_A_DEGREE,
}


@pytest.fixture(scope="module")
def funnels(prefect_harness, tmp_path_factory):
    """{document stem: [funnel rows as dicts]} of one flow run over the texts above."""
    return funnel_rows(tmp_path_factory.mktemp("funnel36b"), TEXTS, CELLS)


def test_the_members_proposals_alone_in_a_list_of_the_years_work_are_the_intake(funnels):
    [row] = funnels["in_a_list"]
    assert row["received"] == 320


def test_the_members_proposals_beside_other_classes_are_no_intake(funnels):
    [row] = funnels["as_a_part"]
    assert (row["received"], row["filed"]) == (None, 240)


def test_a_year_between_a_count_and_its_stage_word_is_no_figure(funnels):
    [row] = funnels["key_after_year"]
    assert (row["received"], row["filed"], row["key_supervised"]) == (198, 176, 8)


def test_the_total_of_the_degrees_of_satisfaction_is_the_satisfaction_rate(funnels):
    [row] = funnels["satisfaction_total"]
    assert (row["received"], row["stated_satisfaction_rate"]) == (215, 92.4)


def test_a_total_of_classes_states_no_satisfaction_rate(funnels):
    [row] = funnels["class_total"]
    assert (row["received"], row["stated_satisfaction_rate"]) == (200, None)


def test_material_gathered_for_proposals_is_no_intake(funnels):
    [row] = funnels["material"]
    assert (row["received"], row["filed"]) == (280, 260)


def test_proposals_turned_into_material_are_transferred(funnels):
    [row] = funnels["turned_into_material"]
    assert (row["received"], row["transferred"]) == (300, 10)


@pytest.mark.parametrize("name", ["by_source", "with_a_share", "of_all"])
def test_the_members_proposals_named_as_a_part_are_no_intake(funnels, name):
    assert [row["received"] for row in funnels.get(name, [])] in ([], [None])


@pytest.mark.parametrize("name", ["class_total_after_degrees", "adoption_total_after_a_degree"])
def test_a_total_of_something_else_after_the_degrees_is_no_satisfaction_rate(funnels, name):
    [row] = funnels[name]
    assert (row["received"], row["stated_satisfaction_rate"]) == (215, None)
