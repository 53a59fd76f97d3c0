"""A title honouring a year's work dates the document by that year (year_cues.csv: award_year).

Every sentence here was written for the test."""
from lvzhi.extract import extract


def test_an_award_notice_issued_early_next_year_is_of_the_year_it_honours():
    # not the year of the dateline, which would date the session it names
    text = ("政协某某市委员会关于表扬2022年度政协履职好委员、好提案的通报\n"
            "【发布日期:2023-02-10】\n"
            "市政协八届二次会议以来,委员们积极履职。从310件立案提案中评选出25件好提案(市政协八届二次会议),"
            "其中集体提案9件。\n")
    assert extract(text).document.report_year == 2022


def test_an_award_decision_given_during_a_term_is_of_the_year_it_honours():
    # without the award title, 十四届全国政协以来 would date it by the term's last year
    text = ("政协全国委员会关于颁发2025年度委员履职奖的决定\n"
            "(2026年2月28日)\n"
            "十四届全国政协以来,委员们围绕中心建言资政,主席会议决定授予30名委员2025年度履职奖。\n")
    assert extract(text).document.report_year == 2025


def test_the_year_may_stand_before_the_honour():
    text = ("2022年度社情民意信息工作通报表扬\n"
            "2023年1月16日\n"
            "市政协办公室对报送信息较多的8个单位予以表扬,全年共编报信息156期。\n")
    assert extract(text).document.report_year == 2022


def test_a_plan_of_a_year_is_still_of_that_year():
    text = ("某县政协2021年度协商计划\n"
            "(2021年2月3日)\n"
            "全年安排协商议题6项,其中专题协商2项。\n")
    assert extract(text).document.report_year == 2021


def test_an_award_named_in_passing_in_the_body_does_not_date_the_text():
    text = ("县政协组织委员视察乡村振兴项目\n"
            "2021年6月18日\n"
            "今年以来,县政协组织委员视察12次。此前县政协表扬了2020年度优秀委员20名。\n")
    assert extract(text).document.report_year == 2021


def test_an_award_title_that_also_names_another_year_is_not_dated_by_the_award():
    # review32: the same joint meeting must read the same whichever order its title names the two years
    first = ("市政协召开2023年度提案工作表彰暨2024年度提案交办会\n2024-03-28\n"
             "市政协六届三次会议以来,共收到提案352件,经审查立案326件。会议表彰了优秀提案20件。\n")
    second = ("市政协召开2024年度提案交办会暨2023年度优秀提案表彰会\n2024-03-28\n"
              "市政协六届三次会议以来,共收到提案352件,经审查立案326件。会议表彰了优秀提案20件。\n")
    assert extract(first).document.report_year == extract(second).document.report_year
