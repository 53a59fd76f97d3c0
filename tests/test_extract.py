"""Extraction on real sentences from the seeds: numbers, units, qualifiers, and the look-alikes."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def only(sentence: str):
    metrics = extract(sentence).metrics
    assert len(metrics) == 1, [m.mention_text for m in metrics]
    return metrics[0]


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("全年共立案298件提案", "298", 298, "件", "exact"),
    ("试点区县基层协商4100多次", "4100", 4100, "次", "over"),
    ("累计分享书目200余册", "200", 200, "册", "over"),
    ("提案办结率100%", "100", 100, "%", "exact"),
    ("满意率98.7%", "98.7", 98.7, "%", "exact"),
    ("注册资金4300万元", "4300", 43_000_000, "元", "exact"),
    ("价值3万余元", "3", 30_000, "元", "over"),
    ("客户数突破10万", "10", 100_000, "", "over"),
    ("共有近180家统战成员单位", "180", 180, "家", "under"),
    ("添置十几种配套健身器材", "十几", 10, "种", "about"),
    ("仅一场直播带货", "一", 1, "场", "exact"),
    ("召开座谈会12场", "12", 12, "场", "exact"),
    ("接待群众 100余人次", "100", 100, "人次", "over"),
    ("组织3-5次专题调研", "3", 3, "次", "about"),
    ("开展调研３０至３５个", "３０", 30, "个", "about"),
    ("收到提案1,234件", "1,234", 1234, "件", "exact"),
    ("采纳率达百分之九十", "九十", 90, "%", "exact"),
    ("點擊量超過100萬人次", "100", 1_000_000, "人次", "over"),
])
def test_quantity(sentence, numeral, value, unit, approx):
    metric = only(sentence)
    assert metric.numeral == numeral
    assert sentence[metric.char_start:metric.char_end] == numeral
    assert metric.value == pytest.approx(value)
    assert metric.unit == unit
    assert metric.approx == approx


def test_wan_multiplier_keeps_span_on_digits():
    sentence = "各方参与达到1.24万人"
    metric = only(sentence)
    assert (metric.numeral, metric.value, metric.unit, metric.mention_text) == ("1.24", 12400, "人", "1.24万人")


@pytest.mark.parametrize("sentence", [
    "2024年,是中华人民共和国成立75周年",           # year, anniversary
    "(2024年12月27日)",                             # date
    "中国人民政治协商会议第十五届重庆市开州区委员会",  # ordinal
    "打造党组统领政协履职“1+4”模式",                 # slogan with a formula
    "推动5G网络建设",                                # a name with a number
    "编制“十四五”规划",                              # plan name
    "坚决做到“两个维护”",                            # political slogan
    "5年来,我们始终坚持",                            # time scope
    "10个月内助解群众急难愁盼问题",                   # time scope without a count
    "1. 打造党组统领政协履职模式",                     # list marker
    "区委十五届六次全会",                            # session numbers
    "2025-02-15 18:43:29",                          # timestamp
])
def test_not_a_mention(sentence):
    assert extract(sentence).metrics == []


def test_issue_number_that_looks_like_a_year():
    metric = only("编发信息2022期")
    assert (metric.value, metric.unit) == (2022, "期")


def test_counts_inside_a_time_scope_are_cumulative():
    metrics = extract("5年共确定课题126个,开展调研活动630余次。").metrics
    assert [(m.value, m.period) for m in metrics] == [(126, "cumulative"), (630, "cumulative")]


def test_offsets_point_into_the_original_traditional_full_width_text():
    text = "全年共立案２９８件提案，辦結率１００％。"
    metrics = extract(text).metrics
    assert [text[m.char_start:m.char_end] for m in metrics] == ["２９８", "１００"]
    assert [(m.value, m.unit) for m in metrics] == [(298, "件"), (100, "%")]


def test_org_and_year_from_the_title_and_review_heading():
    text = ("中国人民政治协商会议\n大连市中山区第十一届委员会常务委员会工作报告\n"
            "2024年工作回顾\n全年召开党组会议32次。")
    result = extract(text)
    assert result.document.org_name == "中山区政协"
    assert result.document.report_year == 2024
    assert [(m.org_name, m.report_year, m.category) for m in result.metrics] == [("中山区政协", 2024, "meetings")]


def test_each_article_on_a_page_keeps_its_own_body():
    text = ("四川省政协召开工作务虚会\n全年共征集到提案1194件。\n"
            "10个月内助解群众急难愁盼问题220余个\n——大连市普兰店区政协深入开展恳谈协商活动\n"
            "助力解决群众急难愁盼问题220余个。")
    orgs = [m.org_name for m in extract(text).metrics]
    assert orgs == ["四川省政协", "普兰店区政协", "普兰店区政协"]


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("惠及群众万余人", "万", 10_000, "人", "over"),
    ("收集意见千余条", "千", 1_000, "条", "over"),
    ("吸引数百名委员参与", "数百", 100, "名", "about"),
    ("共召开两次专题协商会", "两", 2, "次", "exact"),
    ("累计开展活动三十多场", "三十", 30, "场", "over"),
    ("撰写提案约40件", "40", 40, "件", "about"),
    ("覆盖不足30%的社区", "30", 30, "%", "under"),
    ("开展调研至少3次", "3", 3, "次", "at_least"),
    ("逾200人参加", "200", 200, "人", "over"),
    ("提出意见建议近千条", "千", 1000, "条", "under"),
    ("建成协商阵地１２个", "１２", 12, "个", "exact"),
    ("提升８．５％", "８．５", 8.5, "%", "exact"),
    ("收到建議5,000余條", "5,000", 5000, "条", "over"),
    ("舉辦讀書活動37場次", "37", 37, "场次", "exact"),
    ("新增面積1200平方米", "1200", 1200, "平方米", "exact"),
    ("全年共立案298 件提案", "298", 298, "件", "exact"),      # a stray space from a web copy
    ("满意率98.7 %", "98.7", 98.7, "%", "exact"),
    ("投入资金1.5亿元", "1.5", 150_000_000, "元", "exact"),
])
def test_language_features(sentence, numeral, value, unit, approx):
    test_quantity(sentence, numeral, value, unit, approx)


def test_invisible_noise_from_web_copies_is_skipped_and_offsets_still_fit():
    text = "全年共立案2\u200b98件提案,,办结率&nbsp;100%。。"
    metrics = extract(text).metrics
    assert [(m.value, m.unit) for m in metrics] == [(298, "件"), (100, "%")]
    assert [text[m.char_start:m.char_end] for m in metrics] == ["2\u200b98", "100"]


def test_traditional_document_gets_simplified_units_and_the_same_meaning():
    simplified = "全年组织开展读书活动37场次,收集委员意见建议102条。"
    traditional = "全年組織開展讀書活動37場次,收集委員意見建議102條。"
    pairs = [(m.value, m.unit, m.category) for m in extract(simplified).metrics]
    assert [(m.value, m.unit, m.category) for m in extract(traditional).metrics] == pairs


def test_explain_marks_every_mention_and_lists_attributes(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    source = tmp_path / "report.txt"
    source.write_text("中国人民政治协商会议第十五届重庆市开州区委员会常务委员会工作报告\n"
                      "委员撰写读书心得体会123篇,其中6篇被《重庆政协报》刊载。", encoding="gb18030")
    lvzhi = Path(sys.executable).with_name("lvzhi")
    out = subprocess.run([str(lvzhi), "explain", str(source)], capture_output=True, text=True, check=True).stdout
    assert "【123】[1]" in out and "【6】[2]" in out
    assert "org: 开州区政协 (county, 重庆)" in out
    assert "part_of=[1]" in out and "2 mentions:" in out


def test_activities_with_form_topic_date_and_count():
    from datetime import date

    text = ("中国人民政治协商会议重庆市开州区委员会常务委员会工作报告\n2024年工作回顾\n"
            "7月30日,围绕“乡村振兴”开展专题协商3次。组织委员赴企业开展调研。中国人民政治协商会议章程。")
    result = extract(text)
    rows = [(a.form, a.activity_type, a.topic, a.activity_date, a.org_name) for a in result.activities]
    assert ("专题协商", "consultation", "乡村振兴", date(2024, 7, 30), "开州区政协") in rows
    assert ("调研", "research", "", None, "开州区政协") in rows
    assert len(rows) == 2  # 政治协商 in the body's name is no activity
    consult = next(a for a in result.activities if a.form == "专题协商")
    assert result.metrics[consult.mention_index].mention_text == "3次"


@pytest.mark.parametrize("text, org, level, year", [
    ("政协北京市委员会常务委员会工作报告\n(2020年1月12日)\n全年召开专题协商会12次。", "北京市政协", "province", 2019),
    ("中國人民政治協商會議全國委員會常務委員會工作報告\n2018年工作回顧\n全年召開雙周協商座談會20次。",
     "全国政协", "national", 2018),
    ("政协提案委员会召开会议\n发布时间:2023-12-20 10:00\n江西鹰潭市政协开展调研5次。", "鹰潭市政协", "city", 2023),
    ("来源:人民政协网 发布时间:2021-06-18 09:12\n湖北省政协召开专题协商会\n省政协开展调研5次。",
     "湖北省政协", "province", 2021),  # news reports its own year
    ("政協第十一屆廣東省委員會常務委員會工作報告\n二〇一二年工作回顧\n一年來,共召開常委會會議4次。",
     "广东省政协", "province", 2012),  # a year in Chinese digits
    ("政协北京市第十届委员会常务委员会工作报告\n(2008年1月)\n过去一年,市政协共收到提案1027件。",
     "北京市政协", "province", 2007),  # given in January: it reviews the year before
])
def test_bodies_and_years_in_other_title_formats(text, org, level, year):
    document = extract(text).document
    assert (document.org_name, document.org_level, document.report_year) == (org, level, year)


def test_subject_keeps_words_that_start_like_fillers():
    subjects = [m.subject for m in extract("举办专题协商会6次、对口协商会15次。共青团委员20名。").metrics]
    assert subjects == ["专题协商会", "对口协商会", "共青团委员"]


# What each figure counts, on seed sentences: one case per clause structure the subject rules read.
@pytest.mark.parametrize("sentence, numeral, subject, category", [
    # VERB+OBJ+NUM+UNIT
    ("围绕学习习近平总书记重要讲话精神等开展学习交流34次。", "34", "学习交流", "study"),
    # NUM+UNIT+NOUN
    ("召开13次党组理论学习中心组学习会。", "13", "党组理论学习中心组学习会", "study"),
    # NOUN+NUM+UNIT, a quoted name
    ("组建“委员宣讲团”20个,开展宣讲58场次。", "20", "委员宣讲团", "organization"),
    # NOUN率 + 达 + NUM%
    ("提案办理满意率达97.9%。", "97.9", "提案办理满意率", "proposals"),
    # NUM+UNIT+NOUN+predicate: the people counted by what they did
    ("4名干部派驻长沙镇参与乡村振兴工作。", "4", "派驻长沙镇参与乡村振兴工作的干部", "organization"),
    ("3个党派和10个区县政协联合调研。", "3", "联合调研的党派", "research"),
    ("3个党派和10个区县政协联合调研。", "10", "联合调研的区县政协", "research"),
    # a list of topics before 事项/问题: the verb before the list says what was counted
    ("向区委请示报告年度协商计划、重点调研课题、各项大型活动等事项16次。", "16", "向区委请示报告事项", "reporting"),
    # beneficiaries of the activity in the clause before
    ("定期开展义诊、健康宣传、专家讲坛等活动,受益群众达500余人次。", "500",
     "义诊、健康宣传、专家讲坛等活动受益群众", "outreach"),
    # a bare output takes the activity named before its verb
    ("发动两地委员和各界群众589人参与专题网络议政提出建言855条。", "855", "专题网络议政提出建言", "suggestions"),
    # topic + 已 + verb
    ("目前,立案提案已办结994件。", "994", "办结提案", "proposals"),
    # 占 NUM%: the share of the figure before
    ("全年共征集到提案1194件,经审查立案1006件。目前,立案提案已办结994件,所提意见和建议采纳或部分采纳917件、占92.3%。",
     "92.3", "所提意见和建议采纳或部分采纳的提案占比", "proposals"),
    # 和 joining two nouns, not two counts
    ("《行千里 致广大—重庆人文丛书》编撰工作高质量推进,10个小组分工负责,已形成12卷概述和纲目初稿。", "12",
     "概述和纲目初稿", "culture"),
    # 6个方面意见建议 counts aspects of the suggestions
    ("提出加快制造业高质量发展、全面促进消费等6个方面意见建议。", "6", "意见建议方面", "suggestions"),
])
def test_subject_and_category(sentence, numeral, subject, category):
    found = [m for m in extract(sentence).metrics if m.numeral == numeral]
    assert [(m.subject, m.category) for m in found] == [(subject, category)]


@pytest.mark.parametrize("sentence, numeral, period", [
    ("5年共确定课题126个。", "126", "cumulative"),
    ("连续8年民主评议市级部门提案办理工作。", "8", "cumulative"),
    ("明确每名委员联系5名以上界别群众。", "5", "target"),
    ("截至目前,累计建成委员工作室52个。", "52", "cumulative"),
    ("全区186个社区实现恳谈协商全覆盖。", "186", "context"),
    ("全年共立案298件提案。", "298", "actual"),
])
def test_period(sentence, numeral, period):
    assert [m.period for m in extract(sentence).metrics if m.numeral == numeral] == [period]


def test_subtotal_links_to_its_total():
    metrics = extract("全年共收到提案1194件,其中委员提案1100件、党派团体提案94件。").metrics
    total, members, parties = metrics
    assert members.parent_index == 0 and parties.parent_index == 0 and total.parent_index is None
    assert members.subject == "委员提案"


def test_a_noisy_web_copy_reads_like_the_clean_text():
    clean = "形成调研报告、协商专报等智力成果12篇,收集群众意见381条,提交平时提案8件。"
    noisy = "形成调研 报告、、协商专报等智力▲成果12篇,,收集群众意见381条，提交■平时提案8件。。"
    def meaning(text):
        return [(m.value, m.unit, m.subject, m.category) for m in extract(text).metrics]
    assert meaning(noisy) == meaning(clean)
    assert [m.subject for m in extract(clean).metrics][0] == "调研报告、协商专报等智力成果"


def test_decimal_multipliers_give_exact_values():
    """x.yy万 and x.yy亿 are applied in decimal arithmetic: 1.13万 is 11300, never 11299.999999999998."""
    for whole in range(1, 100, 7):
        for hundredths in range(100):
            numeral = f"{whole}.{hundredths:02d}"
            metrics = extract(f"全年接待群众{numeral}万人次，投入资金{numeral}亿元。").metrics
            assert [m.value for m in metrics] == [whole * 10_000 + hundredths * 100,
                                                  whole * 100_000_000 + hundredths * 1_000_000], numeral
            assert all(m.value == int(m.value) for m in metrics)


def test_a_number_beyond_a_double_is_no_figure():
    assert extract("收到" + "9" * 400 + "件提案。").metrics == []


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("累计出版地方史料38万字", "38", 380_000, "字", "exact"),       # 万字: text volume
    ("编成县志初稿约52万余字", "52", 520_000, "字", "about"),
    ("收到回忆文章三万多字", "三万", 30_000, "字", "over"),
    ("向敬老院捐赠了120瓶洗手液", "120", 120, "瓶", "exact"),
    ("先后印发宣传册 35 余份", "35", 35, "份", "over"),            # PDF copy: spaces before 余
    ("区政协今年共组织界别委员开展视察活动 26\n        次", "26", 26, "次", "exact"),  # wrapped line
    ("县政协在各乡镇建立了五个委员联络站", "五", 5, "个", "exact"),
    ("经过半年调研形成了两份调研报告", "两", 2, "份", "exact"),
])
def test_long_tail_units_and_pdf_copies(sentence, numeral, value, unit, approx):
    test_quantity(sentence, numeral, value, unit, approx)


@pytest.mark.parametrize("sentence", [
    "牢记二十四字方针",                   # 字 without 万 names a slogan
    "坚持12字工作要求",
    "政协委员讲述\n2025\n人民政协报",      # a short line: a number above a heading is no count
    "委员们提出了一批有分量的建议",         # 一批: a vague batch
])
def test_long_tail_look_alikes(sentence):
    assert extract(sentence).metrics == []


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("收集群众诉求上百件", "百", 100, "件", "over"),                # 上百, 上千: bare power words
    ("吸引上千名市民参与", "千", 1000, "名", "over"),
    ("委员企业捐款两千多万元", "两千", 20_000_000, "元", "over"),    # span stays on 两千
    ("群众满意度达九成以上", "九", 9, "成", "over"),
])
def test_vague_chinese_counts(sentence, numeral, value, unit, approx):
    test_quantity(sentence, numeral, value, unit, approx)


@pytest.mark.parametrize("sentence", [
    "会议回顾了上一次全会以来的工作",     # 上一次: the last session, no count
    "建立了一套协商议事规则",             # 一 after a verb of making is an article
])
def test_vague_chinese_look_alikes(sentence):
    assert extract(sentence).metrics == []


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("提案满意率达97.6&#37;", "97.6", 97.6, "%", "exact"),      # an escaped percent sign
    ("提案见面率100﹪", "100", 100, "%", "exact"),                # small form percent sign
])
def test_web_copy_percent_signs(sentence, numeral, value, unit, approx):
    test_quantity(sentence, numeral, value, unit, approx)


def test_page_view_counter_is_no_figure():
    assert extract("发布日期:2024-05-06 来源:本站 阅读:1268次").metrics == []
    assert extract("更新时间 2023-11-02 人气：345 次").metrics == []


@pytest.mark.parametrize("line", ["发稿时间：2022-09-14 08:07:33 人民日报客户端讯",
                                  "2019年6月3日 16:40 人 来源:县融媒体中心"])
def test_clock_time_before_a_unit_word_is_no_figure(line):
    assert [m.numeral for m in extract(line + "\n县政协组织委员视察4次。").metrics] == ["4"]


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("提交提案的委员约占三分之二", "三分之二", 66.67, "%", "about"),   # a fraction is a share
    ("联名提案占四分之一以上", "四分之一", 25, "%", "over"),
])
def test_fractions_are_shares(sentence, numeral, value, unit, approx):
    test_quantity(sentence, numeral, value, unit, approx)


def test_shifen_as_an_adverb_is_no_fraction():
    assert extract("这项工作十分之重要").metrics == []


def test_rows_are_the_records_fields_in_order():
    from dataclasses import asdict

    result = extract("市政协全年共收到提案320件,立案298件,办复率100%。组织视察调研12次。")
    records = [*result.metrics, *result.activities, *result.organizations]
    assert records
    for record in records:
        row = record.as_row()
        assert row == asdict(record) and list(row) == list(asdict(record))


def test_a_batch_is_named_by_its_documents_not_their_text():
    from datetime import datetime

    from dask.base import tokenize

    from lvzhi.ingest import Document
    from lvzhi.parallel import Batch

    def document(doc_id: str, sha: str) -> Document:
        return Document(document_id=doc_id, source_path=f"{doc_id}.txt", encoding="utf-8",
                        content_sha256=sha, text="委员提案12件。", loaded_at=datetime(2024, 1, 1))

    one, same, other = (Batch([document("a", "1")]), Batch([document("a", "1")]),
                        Batch([document("a", "2")]))
    assert tokenize(one) == tokenize(same) != tokenize(other)


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("区政协助推企业签约56亿元", "56", 5_600_000_000, "元", "exact"),         # 签约 ends in 约 but is no "about"
    ("通过优化流程节约资金30万元", "30", 300_000, "元", "exact"),
    ("会后收到委员提案超过了七百件", "七百", 700, "件", "over"),
    ("委员每年提交提案不超过3件", "3", 3, "件", "under"),                  # 不超过 is "at most", not 超过
    ("届内提交提案少于 2 件的委员", "2", 2, "件", "under"),
    ("每个小组全年开展活动不少于四次", "四", 4, "次", "at_least"),
    ("界别小组提出提案两件", "两", 2, "件", "exact"),
    ("该项助学活动已连续开展了十五年", "十五", 15, "年", "exact"),          # a streak
    ("全会期间还将安排两次大会发言", "两", 2, "次", "exact"),              # 两 before an event unit counts
    ("社会建设类约占全部提案的31.5%", "31.5", 31.5, "%", "about"),        # 约占 … 的 N%
    ("每次有二三十名委员列席", "二三十", 20, "名", "about"),              # neighbouring digits: a range
    ("收到团体提案一百零一件", "一百零一", 101, "件", "exact"),            # 零一 is no range
    ("发言比例仅为3%-4%", "3", 3, "%", "about"),                         # a range with its unit twice
    ("每场邀请群众代表10人至15人", "10", 10, "人", "about"),
])
def test_qualifier_words_and_chinese_counts_on_probes(sentence, numeral, value, unit, approx):
    metric = only(sentence)
    assert sentence[metric.char_start:metric.char_end] == numeral
    assert (metric.value, metric.unit, metric.approx) == (pytest.approx(value), unit, approx)


def test_chinese_count_after_a_pdf_line_wrap():
    text = "先后编印文史资料 9 辑(共\n                              五册),累计 80 万字。"
    found = [(text[m.char_start:m.char_end], m.value, m.unit) for m in extract(text).metrics]
    assert ("五", 5, "册") in found


@pytest.mark.parametrize("sentence", [
    "回望这项工作,至今已 31 个年头了",     # years counted as a span of time
    "最近3年来委员们一直关注此事",          # 最近 is no qualifier and 3年来 frames a period
    "始终做到两个维护,开好五届二次会议",     # 两个 and 二次 name things
])
def test_spans_of_time_are_no_figures(sentence):
    assert extract(sentence).metrics == []


def test_headlines_under_a_link_list_heading_are_no_figures():
    text = ("县政协全年收到提案126件。\n相关新闻：\n- ·外省春运发送旅客超1500万人次\n"
            "- ·专家预计物价涨幅为3%\n\n县政协全年立案118件,办复率100%。")
    found = [text[m.char_start:m.char_end] for m in extract(text).metrics]
    assert found == ["126", "118", "100"]


@pytest.mark.parametrize("page", [
    "首页 > 相关新闻\n相关新闻\n市政协召开专题协商会议12次，收到提案520件\n",  # prose under the heading
    "相关新闻\r\n市政协2023年收到提案520件 2023-05-06\r\n",  # a Windows copy: still a list of links
])
def test_a_link_list_ends_where_prose_begins(page):
    numerals = [m.numeral for m in extract(page).metrics]
    assert numerals == (["12", "520"] if "，" in page else [])


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    ("要求每个专委会每年至少组织一次对口协商", "一", 1, "次", "at_least"),   # 至少 reaches over the verb
    ("本届以来至少已有16位常委提交了履职报告", "16", 16, "位", "at_least"),
    ("委员联络组至少为群众办成3件实事", "3", 3, "件", "at_least"),
    ("这批委员企业共投入帮扶资金1亿3500万元", "1亿3500", 135_000_000, "元", "exact"),  # across its multipliers
    ("市政协机关为结对村筹措资金26万4800元", "26万4800", 264_800, "元", "exact"),
    ("该项目总投资2亿600万,已完成过半", "2亿600", 206_000_000, "", "exact"),  # 亿…万 needs no unit
    ("向养殖户赠送鸭苗800只、鱼苗3000尾、种羊20头", "800", 800, "只", "exact"),
])
def test_qualifiers_over_a_verb_compound_numbers_and_livestock(sentence, numeral, value, unit, approx):
    metric = extract(sentence).metrics[0]
    assert sentence[metric.char_start:metric.char_end] == numeral
    assert (metric.value, metric.unit, metric.approx) == (pytest.approx(value), unit, approx)


def test_at_least_reaches_no_further_than_the_next_number():
    found = [(m.value, m.approx) for m in extract("至少两名常委参加了一次视察").metrics]
    assert found == [(2, "at_least"), (1, "exact")]
    assert extract("人数最少的界别共有委员5人").metrics[0].approx == "exact"  # a superlative


def test_a_lakh_below_its_multiplier_needs_three_digits_and_a_unit():
    found = [(m.value, m.unit) for m in extract("募集善款30万,1名委员捐赠600元").metrics]
    assert found == [(300_000, ""), (1, "名"), (600, "元")]


@pytest.mark.parametrize("page", [
    "学术期刊网\n来源 : 政协论坛 | 被引量 : 3次 | 上传用户:abc\n",       # citation counter
    "选择字号:   本文共阅读 2450 次 更新时间:2021-06-01 10:20\n",          # counter as a phrase
    "首页 > 工作报告\n县政协常委会工作报告12篇\n发布时间:2023-01-05\n",     # a collection's title line
    "《镇政协工作总结》(共8篇)\n",
    "由第十一、十二组召集人和第7、8组委员参加\n",                          # later items of ordinal lists
    "专项监督开展三个多月来,历时4个半月\n",                                 # months as a span of time
])
def test_web_chrome_ordinal_lists_and_month_spans_are_no_figures(page):
    assert extract(page).metrics == []


def test_a_single_digit_before_a_person_measure_word_counts_people():
    found = [(m.value, m.unit) for m in extract("座谈会邀请了六位企业家和三名基层代表。").metrics]
    assert found == [(6, "位"), (3, "名")]
    assert extract("坚持三位一体推进,评比中进入前三名").metrics == []  # a slogan and a ranking


@pytest.mark.parametrize("sentence, numeral, category", [
    # people posted somewhere by the body are its staffing, whatever the post's name holds
    ("县政协选派3名干部到“招商引资攻坚”专班挂职。", "3", "organization"),
    ("今年5名机关干部选派到“项目招商”工作组。", "5", "organization"),
])
def test_people_posted_by_the_body_are_organization(sentence, numeral, category):
    found = [m for m in extract(sentence).metrics if m.numeral == numeral]
    assert [m.category for m in found] == [category]


@pytest.mark.parametrize("sentence, numeral, category", [
    # people drawn for a task (抽调, 选调) are not posted: they take the task's category, as after 组织
    ("县政协抽调12名委员组成调研组,深入园区开展专题调研。", "12", "research"),
    ("市政协选调6名委员参加全市重点项目督查。", "6", "oversight"),
])
def test_people_drawn_for_a_task_take_the_tasks_category(sentence, numeral, category):
    found = [m for m in extract(sentence).metrics if m.numeral == numeral]
    assert [m.category for m in found] == [category]


@pytest.mark.parametrize("sentence, numeral, value, unit, approx", [
    # measure words of donated goods and relief: weight in 斤, tents, bedding, barrels, blood, foreign money
    ("委员企业向受灾乡镇送去大米2万斤", "2", 20_000, "斤", "exact"),
    ("帮助果农销售蜜橘30余万斤", "30", 300_000, "斤", "over"),
    ("为安置点调运救灾帐篷80顶", "80", 80, "顶", "exact"),
    ("给敬老院送去棉被45床", "45", 45, "床", "exact"),
    ("为缺水群众送去桶装水260余桶", "260", 260, "桶", "over"),
    ("机关干部无偿献血4200毫升", "4200", 4200, "毫升", "exact"),
    ("港区委员认捐善款350万港元", "350", 3_500_000, "港元", "exact"),
    ("旅外委员捐资两百万港币", "两百万", 2_000_000, "港币", "exact"),
    ("委员牵线引进外资1.5亿美元", "1.5", 150_000_000, "美元", "exact"),
])
def test_measure_words_of_goods_and_foreign_money(sentence, numeral, value, unit, approx):
    test_quantity(sentence, numeral, value, unit, approx)


@pytest.mark.parametrize("sentence", [
    "政协委员组织了一大批志愿者奔赴一线",      # 一大批: a vague batch, like 一批
    "调研组走访了十八里铺乡和五里河村",        # a place named by its distance
    "委员们在杨柳村6组召开院坝协商会",         # a village group in an address
    "戴着一顶草帽走进田间",                   # 一 before a measure word is an article
])
def test_vague_batches_and_numbers_inside_place_names_are_no_figures(sentence):
    assert extract(sentence).metrics == []


def test_hours_that_frame_a_time_are_no_count_of_things():
    # 个小时 is one measure word (not 个 + 小时): like 个月, a span of hours counts only after a duration cue
    assert [m.numeral for m in extract("倡议发出后,短短4个小时内委员们纷纷响应").metrics] == []
    found = [(m.value, m.unit) for m in extract("这次协商历时5个小时,形成建议12条").metrics]
    assert found == [(5, "个小时"), (12, "条")]
