"""News of a session: counts made during the plenary (大会期间, 这次会议) and members joining by video
are the session's own, not the year its work report looks back on. Sentences written for the test."""
from lvzhi.extract import extract

_OPENING = ("3月4日,全国政协十四届二次会议在北京开幕。王沪宁代表常委会向大会报告工作。\n")


def test_proposals_made_during_the_plenary_are_the_session_s_own():
    text = _OPENING + "大会期间,九三学社界别的委员共提交提案16件,内容涉及科技、教育等领域。\n"
    result = extract(text)
    assert [m.report_year for m in result.metrics if m.unit == "件"] == [2024]
    assert result.document.report_year == 2024


def test_this_session_opens_the_session_s_own_count():
    text = _OPENING + "这次会议是在特殊条件下召开的。民盟以界别名义提交提案7件。\n"
    assert [m.report_year for m in extract(text).metrics if m.unit == "件"] == [2024]


def test_the_last_plenary_is_not_this_one():
    # 上次大会期间: the count of the session before, which the work report reviews
    text = _OPENING + "上次大会期间,委员共提交提案5800件。\n"
    assert [m.report_year for m in extract(text).metrics if m.unit == "件"] == [2023]


def test_the_work_report_s_look_back_keeps_the_year_before():
    text = _OPENING + "报告指出,一年来,全国政协共收到提案5621件。\n"
    assert [m.report_year for m in extract(text).metrics if m.unit == "件"] == [2023]


def test_members_joining_by_video_are_a_roll_call_of_the_session():
    text = _OPENING + "会议应出席委员2100人,实到2010人,另有30名港澳委员以视频形式参加会议。\n"
    result = extract(text)
    assert [m.report_year for m in result.metrics] == [2024, 2024, 2024]
    assert result.document.report_year == 2024


def test_an_unmarked_count_after_the_report_keeps_the_year_before():
    text = _OPENING + "委员共提交提案5800件。\n"
    assert [m.report_year for m in extract(text).metrics if m.unit == "件"] == [2023]
