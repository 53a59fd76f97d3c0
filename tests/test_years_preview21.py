"""A preview of a coming session counts only what is planned: the year it plans for is its year."""
from lvzhi.extract import extract, load_vocabulary

VOCAB = load_vocabulary()

PREVIEW = ("2026-03-02 通讯社\n2026年全国政协会议5日开幕\n"
           "新闻发言人宣布,全国政协十四届四次会议5日下午将在北京开幕。大会期间,将安排3次大会发言,还将举办2场委员通道采访活动。"
           "这位发言人于2024年被任命为十四届二次会议新闻发言人,并于2025年的两会期间首次主持记者会。")
REVIEW = ("2026-03-02 通讯社\n全国政协十四届四次会议明日开幕\n"
          "发言人介绍,十四届三次会议以来,共收到提案5800件,立案5000件。大会期间,将安排3次大会发言。")


def test_a_preview_with_only_planned_counts_takes_the_year_it_plans_for() -> None:
    result = extract(PREVIEW, VOCAB)
    assert {m.period for m in result.metrics} == {"target"}
    assert result.document.report_year == 2026


def test_done_work_still_decides_when_the_text_counts_any() -> None:
    # the counts since the last session are the work reported; the planned speeches do not vote
    assert extract(REVIEW, VOCAB).document.report_year == 2025


def test_a_goal_years_ahead_does_not_date_a_preview() -> None:
    # review32: 到2030年 goals in a coming session's preview do not outvote the session's own year
    text = ("某市政协十四届一次会议将于2027年1月开幕\n2026年12月5日\n会议期间将安排大会发言12个。"
            "到2030年,全市将建成委员工作室100个,到2030年将培训委员500人次。\n")
    assert extract(text, VOCAB).document.report_year == 2027
