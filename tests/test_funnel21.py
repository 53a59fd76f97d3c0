"""Proposal readings added from fresh pages (funnel21): a traditional copy's 辦覆 is 办复, and a
yearless as-of date whose sentence says the proposals were handled (截至2月20日,已办复提案…件) dates
the handling by the year the report reviews, not by the session it is given at; so does 截至今年一月…办复.
Sentences written for the test."""
from __future__ import annotations

from lvzhi.extract import extract, load_vocabulary
from lvzhi.extract.normalize import analysis_text


def _years(text: str) -> list[tuple[str, int | None]]:
    return [(m.numeral, m.report_year) for m in extract(text).metrics]


def test_a_traditional_copy_writing_辦覆_reads_办复():
    vocab = load_vocabulary()
    copy = analysis_text("已辦覆提案812件,辦覆率達99.5%,覆蓋各界別", None, vocab.names_kept_in_script,
                         vocab.traditional_spellings)
    # 覆 alone keeps its own sense (覆蓋 → 覆盖): only the phrase is respelled
    assert copy.text == "已办复提案812件,办复率达99.5%,覆盖各界别"


def test_a_handled_count_written_辦覆_reads_like_the_one_written_辦復():
    head = "全國政協副主席近日指出,過去一年來,委員們共提出提案5120件,經審查立案4811件。"
    tail = "\n他受常委會委託,在政協十三屆三次會議上報告提案工作。"
    variant = extract(head + "截至2月20日,已辦覆提案4790件,辦覆率為99.6%。" + tail)
    standard = extract(head + "截至2月20日,已辦復提案4790件,辦復率為99.6%。" + tail)
    read = [(m.numeral, m.subject, m.category, m.report_year) for m in variant.metrics]
    assert read == [(m.numeral, m.subject, m.category, m.report_year) for m in standard.metrics]
    assert [(n, y) for n, _, _, y in read] == [("5120", 2019), ("4811", 2019), ("4790", 2019), ("99.6", 2019)]


def test_an_as_of_date_of_handling_keeps_the_reviewed_year():
    # a report at the 三次会议 (2020) on the year since the last one: 截至2月20日 is when the handling
    # was read, early in the session's year; the proposals handled are of the year the report reviews
    text = ("全国政协副主席近日指出,过去一年来,委员们共提出提案5120件,经审查立案4811件。"
            "截至2月20日,已办复提案4790件,办复率为99.6%。\n"
            "他受常委会委托,在政协十三届三次会议上报告提案工作。")
    assert _years(text) == [("5120", 2019), ("4811", 2019), ("4790", 2019), ("99.6", 2019)]


def test_an_as_of_date_at_the_session_still_dates_its_own_count():
    # 截至…时 of a count taken at the session (no handling said): the session's own intake and year
    text = ("全国政协十三届三次会议开幕。过去一年来,委员们共提出提案5120件。\n"
            "截至5月25日12时,共收到提案5300件。")
    assert _years(text) == [("5120", 2019), ("5300", 2020)]


def test_this_years_early_as_of_date_of_handling_dates_the_year_before():
    # 截至今年一月…已办复 in a text written at the 2021 session: the handling is of 2020's proposals
    text = ("2021年1月12日\n县政协十届五次会议开幕。十届四次会议以来,委员们共提交提案150件。"
            "截至今年一月十日,百分之九十七的提案已经办复。")
    assert _years(text) == [("150", 2020), ("九十七", 2020)]


def test_this_years_late_or_intake_dates_keep_this_year():
    # 十二月 is no early month, and a count received is no handling: both stay in the year written
    assert _years("2021年12月20日\n截至今年十二月十日,县政协已办复提案98件。") == [("98", 2021)]
    assert _years("2021年1月12日\n截至今年1月10日,县政协共收到提案160件。") == [("160", 2021)]


def test_an_early_as_of_date_counting_an_intake_keeps_this_year():
    # the handling must be completed (已答复, 全部办结, 办复率) with no intake word (收到, 提交, 本次, 大会)
    # between the date and it: a count received at the session stays the session's own
    assert _years("2022年1月14日\n截至今年1月12日,大会共收到提案173件,其中已答复的有25件。") \
        == [("173", 2022), ("25", 2022)]
    assert _years("2022年1月14日\n截至今年一月十二日,共收到委员提案86件,将确保按时办复。") == [("86", 2022)]
    assert _years("2022年1月14日\n截至今年2月10日,本次会议收到的提案中已有9件办结。") == [("9", 2022)]


def test_an_early_as_of_date_of_a_completed_handling_dates_the_year_before():
    assert _years("2022年1月14日\n截至今年一月十二日,县政协提案已全部办结,办复率达100%。") == [("100", 2021)]


def test_an_as_of_date_at_the_session_with_a_handling_to_come_is_the_sessions_count():
    # 将…交办答复 is no completed handling: the as-of date is the session's intake
    text = ("县政协十届二次会议开幕。过去一年来,委员们共提交提案140件。\n"
            "截至3月2日18时,委员们共提交提案177件,将在会后交办答复。")
    assert _years(text)[-1] == ("177", _years(text.replace("将在会后交办答复", "会后交办"))[-1][1])
