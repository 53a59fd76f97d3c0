"""A year or a session named as the base of a comparison (比2018年提高5%, 比十三届一次会议期间增加了12%,
与2018年相比) is what the figures are measured against, not the year whose work they count: it neither
dates its own sentence nor the sentences after it. Sentences written for the test."""
from lvzhi.extract import extract

_REPORT = ("3月3日,全国政协十三届三次会议在北京开幕。会上作了关于十三届二次会议以来提案工作情况的报告。\n"
           "据报告,十三届二次会议以来,委员共提出提案5400件,经审查立案4600件。\n")


def _years(text: str, unit: str = "") -> list[int | None]:
    return [m.report_year for m in extract(text).metrics if not unit or m.unit == unit]


def test_a_year_compared_with_does_not_date_the_change():
    text = _REPORT + "从办理情况看,62%的提案建议已经采纳,比2018年提高4%;31%正在落实,5%列入计划。\n"
    assert _years(text, "%") == [2019, 2019, 2019, 2019]
    assert extract(text).document.report_year == 2019


def test_a_year_compared_with_after_it_does_not_date_the_sentence():
    text = _REPORT + "与2018年相比,集体提案增加了35件,联名提案增加了20件,委员个人提案增加了41件。\n"
    assert _years(text, "件")[2:] == [2019, 2019, 2019]
    assert extract(text).document.report_year == 2019


def test_a_session_compared_with_does_not_date_the_sentences_after_it():
    text = ("全国政协十三届三次会议提案委员会关于提案审查情况的报告\n"
            "十三届三次会议期间,截至3月8日,共收到提案5800件,经审查立案5000件。"
            "集体提案300件,比十三届二次会议期间增加了12%。"
            "经济建设方面的1800件,占36%;社会建设方面的1700件,占34%。\n")
    assert _years(text) == [2020] * 8
    assert extract(text).document.report_year == 2020


def test_a_work_report_on_last_year_keeps_last_year():
    # read at this year's session, the report's look back counts last year's work; the comparison
    # with the year before that dates nothing
    text = ("3月3日,全国政协十三届三次会议在北京开幕。汪洋代表常委会作工作报告。\n"
            "报告显示,一年来,共收到提案5400件,比2018年增加120件;立案4600件。\n")
    assert _years(text, "件") == [2019, 2019, 2019]
    assert extract(text).document.report_year == 2019


def test_a_year_that_is_the_topic_still_dates_its_figures():
    # a year opening the sentence is what it counts, though a comparison follows it
    text = "2018年,县政协共收到提案186件,比上年增加12件,立案170件。\n2019年1月10日 县政协办公室\n"
    assert _years(text, "件") == [2018, 2018, 2018]
    assert extract(text).document.report_year == 2018
