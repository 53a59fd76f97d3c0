"""Years of news pages read as year25's fresh pages needed (a standing committee's draft reports in
book-title marks, another body's report, a year a speaker looks back on). Every sentence here was
written for the test."""
from lvzhi.extract import extract, load_vocabulary


def test_a_draft_in_book_title_marks_is_business_not_a_look_back():
    # a standing committee before its session discusses the drafts (《县政协常委会工作报告》(征求意见稿),
    # …报告(审议稿)): it reports the year it meets in, not the one the reports review
    named = load_vocabulary().year_cue_regex["report_named"]
    assert named.search("《县政协常委会工作报告》(征求意见稿)")
    assert named.search("《某某县政协常务委员会工作报告(审议稿)》")
    assert named.search("审议通过县政协常务委员会关于提案工作情况的报告(讨论稿)")
    text = ("发布时间:2021-01-08\n1月7日上午,县政协八届常委会第二十次会议召开。\n"
            "会议审议通过了九届县政协委员名单,讨论了《县政协常委会工作报告》(征求意见稿)、"
            "《县政协提案工作报告》(征求意见稿),审议了关于召开县政协九届一次会议的有关事项。")
    assert extract(text).document.report_year == 2021


def test_another_bodys_report_is_no_look_back():
    # 政府工作报告 and a Party congress's report (十九大工作报告) studied or discussed are not the body's
    # own look back: news dated in January stays in its year
    review = load_vocabulary().year_cue_regex["previous_year_review"]
    assert not review.search("学习解读十九大工作报告")
    assert not review.search("讨论政府工作报告")
    assert review.search("听取常委会工作报告")
    text = ("发布时间: 2018年01月12日\n1月6日,市政协副主席率委员赴某地开展交流活动。\n"
            "座谈会上,副主席向委员们传达了中共十九大精神,解读十九大工作报告中关于人民政协的新论述。")
    assert extract(text).document.report_year == 2018


def test_a_year_only_looked_back_on_dates_the_session_after_it():
    # the only year a session text writes is one a speaker looks back on (回顾总结了2018年…, 充分肯定了…
    # 2018年的工作): the session meets after it, and its news is of the session's year
    cue = load_vocabulary().year_cue_regex["reviewed_year"]
    assert cue.search("县委书记充分肯定了县政协常委会和广大委员")
    assert cue.search("副县长回顾总结了")
    assert not cue.search("会议部署了")
    text = ("县政协十一届三次会议胜利闭幕\n县政协十一届三次会议圆满完成各项议程后闭幕。\n"
            "县委书记在讲话中充分肯定了县政协常委会和广大政协委员2018年的工作,并提出了殷切希望。")
    document = extract(text).document
    assert document.year_source == "rhythm" and document.report_year == document.years.base_year
    session = next(s for s in document.years.sessions if not s.since)
    assert session.year >= 2019
    # a year it plans (谋划2019年工作) is no look back: the session is not moved past it
    planned = text.replace("充分肯定了县政协常委会和广大政协委员2018年的工作", "要求认真谋划好2019年的工作")
    assert not cue.search(planned[:planned.index("2019年")])


def test_a_reviewed_year_whose_session_the_text_follows_up_stays():
    # a year-end meeting looks back on 2016 and follows up the proposals of a session held that year
    # (十一届五次: the rhythm holds no fifth session in 2017): the session is 2016's, and so is the news
    text = ("县政协召开提案办理工作总结会\n会议回顾总结了2016年提案办理工作。"
            "县政协十一届五次会议期间共收到提案186件,目前已全部办复。")
    assert extract(text).document.report_year == 2016
