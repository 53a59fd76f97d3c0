"""Period and category readings added from fresh pages (percat22): a count in a scoring rule is a quota,
a duty set as a floor (至少) is a quota, a class or sector of members standing alone before its count is the
body's make-up. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _reading(text: str, numeral: str) -> tuple[str, str]:
    figure = the_figure(text, numeral)
    return figure.period, figure.category


@pytest.mark.parametrize("text, numeral", [
    ("考核办法规定,委员无故缺席常委会议1次扣3分。", "1次"),            # the score follows in its clause
    ("委员每提交提案1件计8分,被采纳的另加4分。", "1件"),
    ("委员提交一件界别提案并被立案的,计 12 分。", "一件"),         # the score in the next clause
])
def test_a_count_in_a_scoring_rule_is_a_quota(text, numeral):
    assert _reading(text, numeral)[0] == "target"


def test_a_score_earned_is_no_rule():
    assert _reading("县政协今年组织视察5次,在全市考核中名列第一。", "5次")[0] == "actual"


@pytest.mark.parametrize("text, numeral", [
    ("各界别小组全年至少组织一次界别协商活动。", "一次"),
    ("专委会每季度至少开展2次调研。", "2次"),
])
def test_a_floor_set_for_a_duty_is_a_quota(text, numeral):
    assert _reading(text, numeral)[0] == "target"


def test_a_floor_reached_stays_work_done():
    assert _reading("全市委员今年至少参加了3次视察活动。", "3次")[0] == "actual"


@pytest.mark.parametrize("text, numeral", [
    ("本届县政协委员共168名。其中,中共党员66名,占39.3%;妇女41名,占24.4%。", "66名"),
    ("本届县政协委员共168名。其中,中共党员66名,占39.3%;妇女41名,占24.4%。", "41名"),
    ("新一届委员名单中:\n民进12人;\n中华全国总工会9人;\n无党派人士15人;", "12人"),  # a party's name
    ("新一届委员名单中:\n民进12人;\n中华全国总工会9人;\n无党派人士15人;", "9人"),
    ("新一届委员名单中:\n民进12人;\n中华全国总工会9人;\n无党派人士15人;", "15人"),  # a bare …人士
    ("新一届委员名单中:\n农业界21人;\n医药卫生界18人;", "18人"),                    # a bare sector
])
def test_a_class_of_members_standing_alone_is_the_make_up(text, numeral):
    assert _reading(text, numeral)[1] == "organization"


@pytest.mark.parametrize("text, numeral", [
    ("本届县政协委员共168名。其中,中共党员66名,占39.3%;妇女41名,占24.4%。", "66名"),
    ("新一届委员名单中:\n民进12人;\n中华全国总工会9人;", "9人"),
    ("新一届委员名单中:\n农业界21人;\n医药卫生界18人;", "18人"),
])
def test_a_part_of_the_make_up_is_counted_as_of_the_period(text, numeral):
    # counted like 常务委员30名 and 体育界、宗教界各1人 in dev gold (actual); context is kept for the whole
    # membership (全国委员会委员2237人) and for background facts
    assert _reading(text, numeral)[0] == "actual"


@pytest.mark.parametrize("text, numeral, category", [
    ("区政协组织委员走访慰问贫困妇女30名。", "30名", "outreach"),        # the class is not all the words
    ("农工党5名医务界委员随队赴山区开展义诊活动。", "5名", "outreach"),    # the people named after the count
])
def test_people_of_a_class_reached_or_named_after_keep_their_deed(text, numeral, category):
    assert _reading(text, numeral) == ("actual", category)
