"""Document years read on fresh pages, third round (doc22): news of a body watching a plenary open,
and a county's first session dated by the five-year rhythm within its era words.

Every sentence here was written for the test."""
from lvzhi.extract import extract


def test_news_of_watching_a_national_opening_is_of_the_sessions_year():
    # the report's look back retold (总结2017年…) does not make the watching news a review of 2017
    text = ("区政协组织收看全国政协十三届一次会议开幕实况\n"
            "3月3日下午,区政协主席、副主席和机关干部集中收看了大会开幕实况。"
            "大家认为,报告总结2017年全国政协的工作实事求是,部署今年工作重点突出。")
    result = extract(text)
    assert result.document.report_year == 2018
    assert result.document.doc_type == "news"


def test_news_of_watching_that_retells_last_years_work_keeps_the_sessions_year():
    text = ("本报讯 今天下午,中国人民政治协商会议第十三届全国委员会第四次会议在北京开幕。"
            "市政协机关干部共同观看了开幕式电视直播。"
            "大家认真听取了常务委员会工作报告,认为报告讲实情,对去年一年的工作总结全面。")
    assert extract(text).document.report_year == 2021


def test_a_session_report_in_the_news_still_reviews_the_year_before():
    # without the watching, news of the report's look back keeps the year it reviews
    text = ("3月3日下午,全国政协十三届二次会议开幕。报告指出,一年来,全国政协围绕中心工作"
            "开展协商活动,共收到提案5400件。")
    assert extract(text).document.report_year == 2018


def test_a_rhythm_dated_first_session_stays_within_the_era_of_its_words():
    # 全面深化改革 (the 2013 plenum's words) bounds a county text from 2013 on: the first session
    # held early in a year falls in the next cycle, not the one before it
    text = ("1月16日,县政协九届一次会议胜利闭幕。会议选举产生了县政协第九届委员会主席、副主席。"
            "县政协主席在讲话中指出,今后一个时期是全面建成小康社会、"
            "全面深化改革的关键时期。")
    result = extract(text)
    assert (result.document.report_year, result.document.year_source) == (2017, "rhythm")


def test_watching_an_exhibition_open_is_no_watched_session():
    # only a plenary watched makes the news the session's: an exhibition opening leaves the look back
    text = ("3月3日下午,全国政协十三届二次会议开幕。委员们观看了书画展开幕仪式。报告指出,一年来,"
            "全国政协围绕中心工作开展协商活动,共收到提案5400件。")
    assert extract(text).document.report_year == 2018


def test_the_later_plenums_words_do_not_bound_a_text_from_2013():
    # 进一步全面深化改革 is the wording of 2024: it sets no 2013 lower bound that would pull a rhythm-dated
    # first session a cycle back
    text = ("县政协九届一次会议开幕\n"
            "1月12日,县政协九届一次会议开幕,应到委员160名。报告提出,要围绕进一步全面深化改革建言献策,"
            "五年来共收到提案680件。")
    assert extract(text).document.report_year != 2016
