"""A document's year from its own date line, a year's praise list, a report heard and
the era of 专门协商机构 (issue 11). Every sentence here was written for the test."""
import pytest

from lvzhi.extract import extract, load_vocabulary
from lvzhi.extract.years import era_bounds


@pytest.mark.parametrize("date_line", ["(2012年1月9日)", "——2012年1月9日在政协青田县第九届委员会第五次会议上"])
def test_a_text_s_own_date_line_beats_a_page_stamp_above_it(date_line):
    # a site that reprints an old report stamps it with the day it was posted
    text = ("发布时间:2023-05-18\n"
            "政协青田县第九届委员会常务委员会工作报告\n"
            f"{date_line}\n"
            "各位委员:\n"
            "我代表政协青田县第九届委员会常务委员会,向大会报告工作,请予审议。\n"
            "一年来,县政协共组织视察调研26次,委员提交提案152件。\n")
    assert extract(text).document.report_year == 2011


def test_a_page_stamp_still_dates_a_text_without_its_own_date_line():
    text = ("发布时间:2023-05-18\n"
            "县政协召开专题协商会\n"
            "5月16日,县政协召开专题协商会,围绕乡村旅游提出建议18条。\n")
    assert extract(text).document.report_year == 2023


def test_a_year_s_praise_list_is_a_year_of_work_and_dates_no_session():
    # the next session is dated in the text; the list names the year the meeting reviews
    text = ("12月18日,松阳区政协召开六届十九次常委会议。会议听取了区政协六届三次会议以来提案办理情况的通报,"
            "审议通过了区政协2019年度“履职之星”表扬名单以及区政协六届四次会议议程。"
            "会议决定,区政协六届四次会议于2020年1月8日召开。\n"
            "一年来,承办单位共办复提案176件。\n")
    assert extract(text).document.report_year == 2019


@pytest.mark.parametrize("verb", ["聆听", "收听收看"])
def test_a_report_heard_is_news_of_the_session_not_a_look_back(verb):
    text = ("3月3日下午,全国政协十三届二次会议在北京开幕。市政协机关干部集中收看开幕会直播,"
            f"{verb}汪洋主席所作的全国政协常委会工作报告。大家表示,要把报告精神落实到今年的工作中。\n")
    assert extract(text).document.report_year == 2019


def test_the_consultative_body_wording_dates_a_text_from_2014():
    text = "县政协要更好发挥专门协商机构作用,围绕民生开展协商。"
    assert era_bounds(text, load_vocabulary())[0] == 2014


def test_a_study_that_says_what_this_paper_does_is_no_news():
    text = ("县级政协协商工作研究\n"
            "市政协研究室课题组\n"
            "近年来,各县政协积极探索协商议事平台建设,取得了明显成效。\n"
            "本文通过梳理三个县的做法,分析存在的问题,提出加强县级政协协商工作的对策建议。\n")
    assert extract(text).document.doc_type == "other"


def test_a_news_page_naming_its_source_stays_news():
    text = ("县政协召开协商议事会\n"
            "本报讯 5月12日,县政协召开协商议事会,委员提出建议16条。\n"
            "本文来源:县融媒体中心\n")
    assert extract(text).document.doc_type == "news"


def test_a_bracketed_date_below_the_first_sentence_is_a_date_the_story_quotes():
    text = ("发布时间:2024-03-02\n"
            "县政协召开纪念大会\n"
            "会上回顾了县政协成立以来的历史。\n"
            "(1989年10月1日)\n"
            "县政协第一届委员会第一次会议召开,委员共有86名。\n")
    assert extract(text).document.report_year == 2024


@pytest.mark.parametrize("lede", ["本文从县政协办公室获悉,5月6日,县政协组织委员视察,提出建议8条。",
                                  "本文就此采访了县政协主席,他说,今年将提出建议10条。"])
def test_a_reporter_s_本文_is_no_research_paper(lede):
    text = "县政协组织委员视察\n" + lede + "\n"
    assert extract(text).document.doc_type == "news"
