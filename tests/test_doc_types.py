"""The kind of a document from its title, headings and opening (seeds/reference/doc_type_cues.csv).
Every text here was written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text, doc_type", [
    # work reports: the title, split or whole, or an excerpt that opens with its delivery
    ("中国人民政治协商会议临江市第六届委员会\n常务委员会工作报告\n——在政协临江市第六届委员会第二次会议上\n"
     "各位委员:\n现在,我代表常务委员会向大会报告工作,请予审议。", "work_report"),
    ("政協臨江市第六屆委員會常務委員會工作報告(摘要)\n一年來,共召開常委會議5次。", "work_report"),
    ("各位委员:\n我受政协第九届临江县委员会常务委员会委托,向大会报告工作,请予审议。\n"
     "2023年,县政协共召开常委会议6次。", "work_report"),
    ("一、2023年主要工作回顾\n一年来,县政协共召开主席会议12次,组织视察8次。", "work_report"),
    # proposal reports: the title, a headline naming one, an excerpt that opens with its delivery
    ("政协临江县第九届委员会提案工作情况报告\n一年来,共收到提案121件。", "proposal_report"),
    ("临江市政协提案审查情况报告:民生类提案占比近四成\n大会共收到提案402件,立案376件。", "proposal_report"),
    ("各位委员:\n受常务委员会委托,现向大会报告三次会议以来的提案工作情况,请予审议。\n共收到提案288件。",
     "proposal_report"),
    # the title with its adoption note in brackets, on a page's record line (title | 时间:… | 来源:…)
    ("政协临江市第六届委员会第三次会议提案审查报告(2025年1月6日政协临江市第六届委员会第三次会议通过) |\n"
     "时间:2025-01-06 18:20:11 来源:临江新闻 |\n会议期间,共收到提案356件,经审查立案331件。", "proposal_report"),
    ("中国人民政治协商会议临江市第六届委员会常务委员会工作报告(2025年1月6日政协临江市第六届委员会第三次会议通过)"
     "|时间:2025-01-06|来源:临江政协网\n一年来,共召开常委会议6次。", "work_report"),
    # … but a headline on the session adopting one is news
    ("市政协六届三次会议通过提案审查报告 | 时间:2025-01-06 | 来源:临江新闻\n大会共收到提案356件。", "news"),
    # news: a byline or dateline wins over a report it quotes
    ("市政协常委会工作报告:全年立案提案312件\n本报讯(记者 李华)市政协六届二次会议今天开幕。", "news"),
    ("临江日报3月2日电 受常务委员会委托,县政协副主席向大会报告提案工作情况。共收到提案150件。", "news"),
    ("市政协召开常委会议审议提案工作情况报告\n3月1日,市政协召开常委会议,立案提案210件。", "news"),
    ("3月1日上午,市政协六届二次会议开幕。市政协主席王明代表常务委员会向大会报告工作。\n会议收到提案305件。", "news"),
    ("会议开幕\n市政协副主席李华受常务委员会委托,向大会报告了提案工作情况。共收到提案305件。", "news"),
    ("临江县政协五年收到提案1200件\n受政协第九届临江县委员会常务委员会委托,县政协副主席张明在开幕会上向大会报告"
     "九届政协提案工作情况。五年来共收到提案1200件。", "news"),
    ("委员履职有声有色\n近日,临江县政协组织委员视察12次,提出意见建议46条。", "news"),
    ("首页>专题>两会报道>政协常委会工作报告\n王明:全年办复提案412件\n3月2日,市政协六届二次会议开幕。", "news"),
    # other: government handling reports, plans, resolutions, introductions
    ("关于2023年市政协提案办理情况的报告\n今年承办市政协提案186件,全部按时办结。", "other"),
    ("一、建议提案办理基本情况\n全年共承办政协提案96件,已全部办复。", "other"),
    ("政协临江市委员会2024年工作要点\n全年组织专题协商3次。", "other"),
    ("政协临江市第六届委员会第二次会议关于常务委员会工作报告的决议\n会议充分肯定常务委员会过去一年的工作。", "other"),
    ("“委员会客厅”是市政协打造的协商议事平台。\n累计举办活动56场。", "other"),
    ("政协临江市委员会 关于印发《2025年委员读书活动计划》的通知\n全年组织读书活动4次,每次集中学习半天。",
     "other"),
    ("市政协印发《2025年委员读书活动计划》\n近日,市政协印发计划,全年组织读书活动4次。", "news"),
    # speeches
    ("张明在政协临江市第六届委员会第二次会议闭幕会上的讲话\n各位委员、同志们:\n一年来,委员们提交提案318件。",
     "speech"),
    ("建议提案办理工作总结暨交办会议讲话\n同志们:\n今天召开会议,总结去年建议提案办理工作。全市共承办提案96件。", "speech"),
    ("市政协主席在全委会上发表讲话\n3月2日,市政协主席王明发表讲话,肯定一年来提交提案318件。", "news"),
])
def test_doc_type(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text", [
    "临江县政协\n【概况】2023年,县政协共召开常委会议6次。\n【提案工作】全年收到提案118件。",
    "关于市政协六届二次会议第86号提案的答复\n王明委员:\n您提出的关于加快老旧小区改造的提案收悉。",
    "临江县政协2023年大事记\n1月5日 召开六届二次会议,收到提案126件。",
    # a yearbook's entry on one of the body's committees, and a history's chapter numbered in digits
    "专门委员会工作\n【文史和学习委员会工作】全年征集文史资料42篇,编印《临江文史》第9辑。",
    "第37章 提案工作(3)\n第五次全体会议期间,共收到提案84件,到年底已处理答复80件。",
])
def test_reference_and_reply_documents_are_other(text):
    assert extract(text).document.doc_type == "other"


@pytest.mark.parametrize("text, doc_type", [
    ("临江县政协2023年工作报告\n一年来,县政协共召开常委会议6次。", "work_report"),
    ("2024年临江市政府工作报告\n过去一年,全市地区生产总值增长5.2%。", "news"),
    ("王明在政协临江市第六届委员会第二次会议闭幕会上的讲话(全文)\n各位委员:\n一年来,委员们提交提案318件。", "speech"),
])
def test_titles_without_the_standing_committee(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_an_excerpt_opening_with_a_proposal_report_s_first_section():
    text = "一、提案提出和立案情况\n三次会议以来,委员和各参加单位共提出提案312件,经审查立案290件。"
    assert extract(text).document.doc_type == "proposal_report"


def test_a_headline_about_a_plan_is_news():
    assert extract("市政协印发2024年工作要点\n近日,市政协印发工作要点,明确全年组织专题协商3次。").document.doc_type == "news"


@pytest.mark.parametrize("text, doc_type", [
    # a web copy that lost its line breaks: the delivery follows the salutation on the same line
    ("县政协提案工作报告 各位委员: 我受政协临江县第八届委员会常务委员会的委托,向大会报告八届三次会议以来提案工作情况,"
     "请予审议。一年来共收到提案96件。", "proposal_report"),
    # the delivery names the report after what it is about
    ("县政协提案工作报告\n各位委员:\n我受政协临江县委员会常务委员会的委托,向大会作县政协三次会议以来提案工作情况的报告,"
     "请予审议。\n共立案88件。", "proposal_report"),
    # a government's own account of the proposals it handled is a disclosure
    ("市政协五届二次会议期间,市政府共收到政协提案132件,交由28个单位承办。\n目前已全部办复。", "other"),
    # ... but a news report on it stays news
    ("本报讯(记者 王林)市政协五届二次会议期间,市政府共收到政协提案132件。\n目前已全部办复。", "news"),
    # a gazetteer's chapter heading
    ("第四章 中国人民政治协商会议临江县委员会\n第一节 委员会\n第二次会议1992年3月召开,出席委员180人。", "other"),
])
def test_openings_of_copied_reports_disclosures_and_gazetteers(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # an address opens with its salutation: a speech even without a title naming it
    ("各位老领导、老同志:\n今天请大家回来座谈,向各位汇报半年来县政协的工作。半年来共组织视察6次。", "speech"),
    ("临江县政协信息工作交流发言\n范文网\n2025-03-01\n各位领导,同志们:\n今年以来,共报送信息42篇。", "speech"),
    ("尊敬的各位来宾、各位委员:\n在这喜庆的日子里,我们欢聚一堂。一年来,委员们提交提案210件。", "speech"),
    # ... but a report opening the same way is told by its delivery sentence
    ("各位委员、同志们:\n我代表政协临江县第九届委员会常务委员会,向大会报告工作,请予审议。\n全年召开常委会议5次。",
     "work_report"),
    ("各位委员:\n我受常务委员会委托,向大会报告一年来的提案工作情况,请予审议。\n共收到提案160件。", "proposal_report"),
    ("各位委员:\n我受政协临江区第五届委员会常务委员会的委托,向大会作工作报告,请予审议。\n五年来共召开常委会议28次。",
     "work_report"),
    # ... and a news story quoting an address stays news
    ("本报讯(记者 李华)\n同志们:\n市政协主席王明在会上说,一年来共组织调研12次。", "news"),
])
def test_salutation_openings(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a handling office's account titled by the handling itself is a disclosure
    ("2023年临江区政协提案办理落实情况\n区政府系统共办理政协提案36件,办复率100%。", "other"),
    ("市水务局2022年度建议提案办理工作情况\n全年共承办市政协提案18件,全部按时办结。", "other"),
    # ... but a headline on a meeting about it is news
    ("市政协视察重点提案办理情况\n5月10日,市政协组织委员视察重点提案办理情况,督办提案8件。", "news"),
    # a page of a printed volume turned to a web page (flipbook export)
    ("Page 212 - 临江政协\nP. 212\n文史资料征集工作回顾\n五年来共征集文史稿件320篇。", "other"),
    ("Page 8 - 临江日报\n本报讯(记者 王林)县政协昨日召开常委会议,审议提案15件。", "news"),
])
def test_disclosures_titled_by_handling_and_book_pages(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # an announcement or call says so in its opening, with or without a title line
    ("为提高提案质量,区政协决定向社会公开征集提案线索。现将有关事项公告如下:\n一、征集时间\n即日起至11月30日。", "other"),
    ("临江县政协成立于1981年。为记录四十年历程,拟编印文史资料专辑。\n一、征稿对象:\n历届县政协委员。", "other"),
    ("关于公开征集2025年提案线索的启事\n欢迎社会各界提供提案线索,字数300字以内。", "other"),
    # ... but a story about a call stays news
    ("市政协发出倡议书\n本报讯(记者 王林)市政协昨日向全体委员发出倡议书,号召捐款。", "news"),
    # an address titled as a statement or a host's script
    ("县政协社情民意信息工作交流发言\n今年以来,共报送信息36篇,被采用21篇。", "speech"),
    ("政协临江县第九届委员会第三次会议开幕会主持词\n现在开会。本次会议应到委员186名。", "speech"),
])
def test_announcements_and_statements(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # an opening or closing address by its title, or by a salutation naming 政协委员 and guests
    ("临江市政协全会闭幕词\n各位委员:\n市政协六届二次会议完成了各项议程。会议收到提案305件。", "speech"),
    ("闭幕词 篇一\n尊敬的各位政协委员、各位嘉宾、女士们、先生们:\n大会收到提案126件,圆满完成各项议程。", "speech"),
    # a conference speech titled by its speaker and the body spoken for
    ("王明代表政协临江市委员会的发言:发挥文史资料存史资政作用 市政协编印文史资料3辑,为发展作出贡献。", "speech"),
    ("王明委员代表民盟临江市委的发言\n我们围绕教育公平开展调研12次。", "speech"),
    # a notice, and a rule adopted by a meeting under a page's date line, are other
    ("关于反映社情民意信息须知\n一、稿件一事一议,字数控制在1500字以内。", "other"),
    ("发布日期:2023-07-31\n(2023年7月30日政协临江市委员会第六届十次常委会议通过)\n委员届内累计缺席全体会议3次,应劝其辞去委员职务。",
     "other"),
    # a proposal review report whose title line web noise broke, then its adoption line
    ("政协临江市第六届委员会第二次会议广告网址,某某官网提案审查情况的报告\n(2024年1月5日市政协六届二次会议通过)\n"
     "大会共收到提案287件,经审查立案274件。", "proposal_report"),
    # a news headline on a speech stays news
    ("王明代表民盟临江市委作大会发言\n3月2日,市政协六届二次会议举行大会发言,7位委员发言。", "news"),
])
def test_addresses_notices_and_adopted_texts(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a headline on the report's delivery is news, however the report is named
    ("两会·政协开幕|王明发表市政协常委会工作报告\n3月2日,市政协六届二次会议开幕。全年立案提案312件。", "news"),
    ("李华作市政协常务委员会关于提案工作情况的报告\n3月2日上午,大会收到提案305件。", "news"),
    # a numbered heading on the two reports is no report's title
    ("委员热议两份报告\n一、高度认同政协两份工作报告\n委员们认为,报告总结了立案提案312件的成绩。", "news"),
    # a headline counting speeches is news
    ("民盟临江市委提交32件提案、7篇大会发言\n民盟临江市委围绕教育公平提交提案32件。", "news"),
    # a proposal report's own section heading on collecting and handling is no handling office's title
    ("各位委员:\n我受政协临江市第七届委员会常务委员会委托,向大会报告一次会议以来提案工作情况,请予审议。\n"
     "提案征集、办理情况\n一年来共收到提案318件。", "proposal_report"),
    ("政协提案审查工作报告\n大会闭幕后,提案审查委员会共立案提案209件。", "proposal_report"),
    ("县政协会议简报\n1月26日上午,县政协八届四次会议开幕。会议收到提案150件。", "other"),
])
def test_headlines_on_reports_and_report_sections(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_a_breadcrumb_filing_news_under_disclosure_is_no_disclosure():
    text = ("您现在的位置 首页 > 政务公开 > 政府信息公开 > 各区动态\n临江区政协六届一次会议召开\n"
            "10月16日上午,政协临江区第六届委员会第一次会议开幕,会议收到提案188件。")
    assert extract(text).document.doc_type == "news"
    disclosure = ("索 引 号: 0000/2026-001\n发布机构: 临江县人民政府办公室\n政府信息公开\n"
                  "2025年县政府共承办政协提案96件,已全部答复。")
    assert extract(disclosure).document.doc_type == "other"


def test_news_of_a_meeting_where_the_government_reports_its_handling():
    # a dated lede on the meeting makes it news, though the headline gives the government's figures
    news = ("2023年区政府承办政协提案办理满意率达99%\n1月12日,在区政协三届二十四次常委会上,副区长王明代表区政府"
            "通报了提案办理情况。区政府共收到提案115件。")
    assert extract(news).document.doc_type == "news"
    account = "市政协六届一次会议以来,交由市政府办理的提案共92件,已全部办复。\n从办理情况来看,已解决22件。"
    assert extract(account).document.doc_type == "other"


@pytest.mark.parametrize("text, doc_type", [
    ("政协临江市委员会关于表彰2023年度优秀提案的决定\n经主席会议审定,评选产生年度优秀提案30件。", "other"),
    ("提案委员会主要职责\n负责提案征集、审查、立案和督办工作,每年遴选重点提案10件左右。", "other"),
    ("临江县政协委员履职考核办法\n委员每年提交提案不少于1件。", "other"),
    ("市政协常委会通过关于表彰优秀提案的决定\n3月1日,市政协常委会议表彰优秀提案30件。", "news"),
])
def test_decisions_duties_and_rules(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a copy that lost its line breaks runs the title, date and salutation of an address into one line
    ("在县政协十届一次常委会议上的讲话2024年05月10日各位常委、同志们:今天召开新一届县政协的第一次常委会议,"
     "主要任务是学习履职知识。过去一年,委员们提交提案186件,开展视察调研12次,希望各位常委带头履职。", "speech"),
    ("年度提案交办会讲话范文 年度提案交办会讲话范文同志们:今天召开全县政协提案交办会,主要任务是交办"
     "今年的政协提案。全县共承办政协提案96件,其中重点提案8件,请各承办单位认真办理,按时答复委员,"
     "办理结果向社会公开。", "speech"),
    # … or the title of a department's account of handling proposals, cut off by the gap after it
    ("县水利局政协提案办理工作总结() 县水利局政协提案办理工作总结(3篇) 2023年,我局共承办县政协提案12件,"
     "全部按时办结,办结率100%,委员满意率100%。其中已解决9件,列入计划解决3件,"
     "办理情况已向委员反馈。", "other"),
    # a long first line of news with no salutation near its start stays news
    ("3月2日,临江县政协十届二次会议开幕,县政协主席王明代表常务委员会向大会报告工作,报告指出,一年来县政协"
     "共组织视察12次,提出意见建议86条,收到提案186件,立案172件,全部办复。会议号召全体委员同志们团结奋进:", "news"),
])
def test_pages_that_lost_their_line_breaks(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_an_address_to_a_standing_committee_opens_with_its_members():
    text = "在市政协常委会议上的总结发言提纲摘录\n各位常委、同志们:\n本次常委会议审议通过了年度工作要点,协商议题12项。"
    assert extract(text).document.doc_type == "speech"


@pytest.mark.parametrize("text, doc_type", [
    # a site of model texts decorates the title (多篇, 范文, 【第1篇】, 12篇) and the delivery may say 提案工作的情况
    ("县政协提案工作情况报告多篇\n【第1篇】县政协提案工作情况报告范文\n各位委员:\n"
     "我受县政协常务委员会的委托,向大会报告一年来提案工作的情况,请予审议。\n一年来共收到提案96件,立案90件。",
     "proposal_report"),
    ("政协常委会工作报告12篇\n一年来,县政协共召开常委会议6次,组织视察9次。", "work_report"),
])
def test_titles_decorated_by_model_text_sites(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a committee's or an office's work summary is its own account, not the standing committee's report
    ("临江市政协提案委员会工作总结\n(2022年7月)\n一、上半年主要工作\n全会期间共收到提案215件,经审查立案198件。", "other"),
    ("政协2023上半年工作总结范文5篇\n政协2023上半年工作总结 篇1\n半年来,文史委共征集文史稿件46篇。", "other"),
    # a member's account of his own duties
    ("政协委员述职报告\n一年来,我参加政协会议6次,提交提案3件,报送社情民意信息5篇。", "other"),
    ("第二篇:政协委员2022年个人年度总结\n我是县政协教育界别委员。一年来,我撰写提案2件,参加视察4次。", "other"),
    # ... but a headline on a meeting that summed up the year's work is news
    ("区政协召开2023年度工作总结会\n12月28日,区政协召开会议,总结全年开展视察9次、协商12次的工作。", "news"),
    ("县政协举行委员述职报告会\n6月5日,县政协举行委员述职报告会,8名委员报告了一年来提交提案15件等履职情况。", "news"),
    # ... and a collection page titled as a summary that reprints a work report keeps the report's kind
    ("政协临江县第五届委员会工作总结\n临江县第五届委员会常务委员会工作报告\n各位委员:\n"
     "我代表常务委员会,向大会报告工作,请予审议。五年来共召开常委会议26次。", "work_report"),
])
def test_work_summaries_and_duty_reports_are_other(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a speaker announcing the points he will make is giving an address, though the title is lost
    ("政协工作意见汇编\n今天召开这次委员培训会,主要是学习政协章程。结合一年来的实际,讲三点意见。\n"
     "一、加强学习。全年组织委员学习8次。", "speech"),
    # ... or a document-sharing site renamed it after the file (…讲话.docx) and ran its lines together
    ("副县长在提案交办会上的讲话.docx\n《副县长在提案交办会上的讲话.docx》由会员分享,可在线阅读。\n"
     "1、同志们:今天召开交办会,共交办提案118件。下面,就做好今年的办理工作,我谈两点意见。", "speech"),
    # ... but a story that reports the points he made is news
    ("县政协召开提案交办会\n3月5日,县政协召开提案交办会,交办提案118件。县政协主席王明讲了三点意见。", "news"),
    ("市政协主席到县政协调研\n本报讯(记者 李华)王明在座谈会上说,下面我讲三点意见。一年来县政协组织视察6次。", "news"),
])
def test_an_address_announcing_its_points(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_a_model_text_site_numbering_its_essays_before_a_colon():
    # 第一篇:… numbers the essays a collection page offers; the title after it is the text's own
    text = ("第一篇:政协临江县委员会常务委员会工作报告\n各位委员:\n我代表常务委员会,向大会报告工作,请予审议。\n"
            "一年来共召开常委会议6次。")
    assert extract(text).document.doc_type == "work_report"


@pytest.mark.parametrize("text, doc_type", [
    # a notice or letter names the bodies it is addressed to before its text
    ("关于征集县政协五届三次会议提案的函\n各位委员、各专委会、乡镇政协工委:\n县政协五届三次会议将于明年1月召开,"
     "请围绕全县中心工作撰写提案,每位委员至少提交1件。\n县政协提案委员会", "other"),
    ("市政协委员:\n为筹备专门委员会工作会议,现征求意见建议。请于8月15日前将意见发送至市政协研究室,字数2000字以内。",
     "other"),
    ("各乡镇(街道)、县直各单位、县政协委员:\n县政协九届二次会议定于2月3日召开,会期3天。委员报到时请交提案。", "other"),
    # ... an address greets people, not units
    ("各位政协委员、同志们:\n一年来,委员们提交提案318件,我代表市委表示感谢。", "speech"),
    # ... and a story quoting what a meeting asked of the units is news
    ("县政协召开提案交办会\n会议要求,各承办单位要做到三点:按时办结、当面协商、如实答复。共交办提案96件。", "news"),
    # ... and a member named before a colon is a sound bite in news, no addressee
    ("两会声音\n市政协委员王小明:建议加快老旧小区改造\n今年全会期间,王小明委员提交了3件提案,聚焦民生。\n"
     "县政协常委李红:推动乡村振兴\n李红常委说,她今年提交了2件提案。", "news"),
    # a call whose preamble was cut off opens with its terms
    ("一、征集时间\n即日起至11月30日。\n二、征集范围\n围绕全市中心工作提出提案线索,字数500字以内。", "other"),
])
def test_notices_letters_and_calls(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a document-sharing page that lost its line breaks runs the title into the first sentence, with no gap left
    ("1、关于临江县政协九届三次会议提案审查情况的报告政协临江县第九届委员会第三次会议期间,政协委员、政协各参加单位"
     "和各专门委员会围绕全县中心工作积极建言献策。截至1月8日18时,共收到提案186件,经审查立案170件,转作委员来信16件。",
     "proposal_report"),
    ("2023年办理人大代表建议和政协委员提案工作总结现将县人民政府办理县政协九届二次会议委员提案的情况总结如下:"
     "一、办理情况2023年,县人民政府共承办政协提案58件,已全部办结,办结率100%,委员满意率98%。", "other"),
    # ... but a flattened news story stays news: its headline names no document, or names one its meeting
    # studied (…的讲话精神) or reviewed (审议…常委会工作报告)
    ("市政协党组召开会议传达学习全国政协主席在中央政协工作会议上的讲话精神3月5日上午,市政协党组召开会议,传达"
     "学习讲话精神。会议指出,要认真组织委员学习,全年组织专题学习活动10次,推动各项工作落地见效。", "news"),
    ("县政协召开常委会议审议县政协常委会工作报告1月5日,县政协召开十届二十次常委会议,审议常委会工作报告和提案"
     "工作情况报告,会议由县政协主席主持,共有28名常委出席会议,会议决定十届三次会议于1月12日召开。", "news"),
    ("县政协召开九届三次会议提案审查会议1月8日,县政协召开提案审查会议,对大会期间收到的提案进行审查。"
     "截至1月8日18时,共收到提案186件,经审查立案170件,县政协副主席出席会议并讲话,要求认真做好交办工作。", "news"),
])
def test_a_flattened_title_run_into_the_text(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_a_lede_sentence_naming_a_report_is_no_run_on_title():
    text = ("临江市政协提案委员会发布了关于市政协六届二次会议提案审查情况的报告。报告指出,大会期间委员们积极建言献策,"
            "截至1月8日18时共收到提案386件,经审查立案352件,并案20件,转为意见和建议14件,立案率91.2%。")
    assert extract(text).document.doc_type == "news"


@pytest.mark.parametrize("text, doc_type", [
    # a rule titled as one, under the file name a document-sharing site keeps
    ("临江县政协提案督办工作制度.docx\n《临江县政协提案督办工作制度.docx》由会员分享,可在线阅读。\n"
     "第一条 每年确定重点提案10件左右,由主席会议成员领衔督办。", "other"),
    ("政协提案办理制度\n为规范提案办理,制定本制度。第一条 承办单位应在3个月内答复,每件提案须当面协商。", "other"),
    # ... but a headline on setting one up is news
    ("市政协建立提案办理协商制度\n本报讯(记者 李华)市政协日前建立提案办理协商制度,全年已开展协商26次。", "news"),
    ("县政协健全委员履职考核制度\n近日,县政协健全委员履职考核制度,对150名委员逐一建立履职档案。", "news"),
])
def test_rules_and_file_named_titles(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a headline or subtitle that reports who spoke at a meeting is news: the speaking is a verb there
    # (主持并讲话, 出席并讲话, 作动员讲话, 在会上讲话), or a person is named with no occasion (某某讲话)
    ("青石县政协召开九届八次常委会议 赵平主持并讲话\n8月2日,青石县政协召开九届八次常委会议,"
     "协商讨论全县农村供水工作,提出建议12条。", "news"),
    ("青石县政协举行界别活动日启动仪式 县委书记钱东出席并讲话\n9月3日,县政协举行界别活动日启动仪式,"
     "全县42个界别小组参加。", "news"),
    ("青石县政协九届四次会议闭幕\n孙立等到会祝贺 周文讲话\n3月6日下午,县政协九届四次会议闭幕,"
     "会议收到提案156件。", "news"),
    ("青石市政协开展“委员进社区”活动\n吴敏作动员讲话\n4月9日,市政协组织委员走进23个社区。", "news"),
    ("青石县政协九届九次常委会议召开\n县长郑海在会上讲话\n10月8日,县政协召开常委会议,审议通过人事事项3项。", "news"),
    ("青石市政协九届三次会议闭幕\n市政协主席冯远讲话\n1月12日,市政协九届三次会议闭幕,共立案提案210件。", "news"),
    ("青石县政协举办迎新春茶话会\n王芳致辞\n1月20日,县政协举办迎新春茶话会,130余名委员参加。", "news"),
    # ... and a headline on studying a speech, whose speaker and occasion it names, is news too
    ("青石县政协党组学习省委书记在省委全会上的讲话\n7月5日,县政协党组召开会议,组织党组成员学习3个小时。",
     "news"),
    # a speech's own title names its occasion (…上的讲话, …讲话, 开幕词), even after a motto line
    ("守正创新 团结奋进\n——在青石县政协九届四次会议闭幕会上的讲话\n各位委员,同志们:\n本次会议收到提案156件。",
     "speech"),
    ("青石县政协九届四次会议开幕词\n各位委员、同志们:\n出席本次会议的委员应到186名,实到175名。", "speech"),
    ("青石市提案交办会讲话\n同志们:\n今年共交办提案210件,请各单位按时办复。", "speech"),
])
def test_a_headline_on_who_spoke_is_news_and_a_speech_title_names_its_occasion(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a numbered section on handling is part of a longer report, whose own title decides ...
    ("政协青石县第九届委员会常务委员会关于九届三次会议以来提案工作情况的报告\n各位委员:\n"
     "我代表常务委员会,向大会报告九届三次会议以来的提案工作情况,请予审议。\n一、提案提出和立案情况\n"
     "共收到提案176件,立案160件。\n二、提案办理情况\n已办复160件。", "proposal_report"),
    ("政协青石县第九届委员会常务委员会工作报告\n各位委员:\n现在,我代表常务委员会,向大会报告工作,请予审议。\n"
     "(三)建议提案办理情况\n全年办复提案160件。", "work_report"),
    # ... while a handling office's account titled by the handling itself stays a disclosure
    ("2023年政协提案办理情况\n今年我局承办政协提案26件,已全部办复。", "other"),
    # a chronicle titled with the span it covers
    ("青石县政协大事记(2023年7月—12月)\n7月6日 县政协召开九届八次常委会议。", "other"),
])
def test_a_numbered_section_heading_does_not_type_the_page(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_a_long_first_line_studying_without_a_zai_is_typed_in_linear_time():
    # a page flattened to one line: the speech cues' look for a study word before 在 stops where a
    # title's 在 can stand, so a line of 学习 with no 在 costs a short line's time, not its square
    import time
    line = "县政协学习讲话" * 40000
    started = time.process_time()
    assert extract(line).document.doc_type == "news"
    assert time.process_time() - started < 5  # was ~25 s with the unbounded look
    assert extract("县政协党组学习省委书记在省委全会上的讲话\n7月5日,县政协党组召开会议。").document.doc_type == "news"
    assert extract("张明在县政协十届三次会议闭幕会上的讲话\n各位委员:").document.doc_type == "speech"


@pytest.mark.parametrize("text, doc_type", [
    # the handling side's own account names itself as the handler: a district, the government's system,
    # and what it handled may be deputies' suggestions and motions as well as proposals
    ("2023年,临江区承办市人大六届二次会议代表建议共5件,其中主办3件,协办2件。\n截至目前,建议均已办理完毕。",
     "other"),
    ("市七届人大三次会议交由市政府系统办理的议案2件、代表建议86件。\n目前已全部办复,满意率100%。", "other"),
    ("2022年,由政府系统牵头办理的代表建议、提案分别为410件、536件。\n办复率均为100%。", "other"),
    # a department's report to the government, titled by the handling and worded 状况汇报
    ("县住建局建议提案办理状况汇报\n2023年,我局承办的建议、提案共12件,全部按时办复。", "other"),
    # news: a lede on the meeting (日前/近日 as well as a date), or a headline on hearing such a report
    ("日前,我县召开建议提案交办会议,部署今年办理工作。\n2023年,县政府承办人大代表建议96件、政协提案128件,"
     "已全部办结。", "news"),
    ("临江县政协听取提案办理情况汇报\n县政协主席会议听取了县政府关于提案办理情况的汇报,全年承办提案96件。", "news"),
    ("临江市政府专题会议听取政府系统承办建议提案办理情况\n昨天,市长主持召开专题会议。今年政府系统承办"
     "市政协提案306件。", "news"),
])
def test_accounts_of_handling_suggestions_and_proposals(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a journal article on the 政协: its classification lines, its keywords, its numbered citations
    ("李明 王华\n[摘要]县级政协是协商民主的重要平台。\n[关键词]县级政协;协商民主\n中图分类号:D627 文献标识码:A\n"
     "临江县政协近五年共开展协商活动48次。", "other"),
    ("赵红\n协商民主是县级政协的重要职能。学者认为,政协是“协商民主的重要渠道”[1],"
     "也是“凝聚共识的重要平台”[2]。\n临江县政协近五年共开展协商活动48次。", "other"),
    ("协商民主在县级政协的实践\n2020-05-06 李明\n关键词:县级政协\n[收稿日期]2019-12-01\n"
     "[作者简介]李明,临江大学讲师。\n临江县政协近五年共开展协商活动48次。", "other"),
    ("摘要\n<正>县级政协是协商民主的重要平台。临江县政协近五年共开展协商活动48次,提出建议120条。", "other"),
    # a news site's [摘要] line over a story, and a page list, are no such marks
    ("临江县政协开展委员视察\n[摘要]3月5日,县政协组织委员视察重点项目12个。\n本报讯(记者 王林)3月5日,"
     "县政协组织委员视察重点项目12个。", "news"),
    ("县政协召开常委会议\n3月5日,县政协召开常委会议,审议提案108件。\n[1] [2] [3] 下一页", "news"),
    # a story summed up with its sources numbered after a space, as a search page's summary writes them
    ("临江县政协全会开幕\n2026-01-21 本报讯\n全年开展协商活动96场 [1] - 立案提案203件,全部按期办复 [2]", "news"),
    # an excerpt of a story on a meeting that opens with the figures reported there
    ("2023年,由政府系统牵头办理的代表建议、提案分别为410件、536件。\n今年共受理代表建议520件、委员提案480件。\n"
     "副市长王明、市政协副主席李华出席会议并讲话。", "news"),
])
def test_research_articles_and_meeting_stories(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a proposal report reprinted without its title opens with its formula on who proposed
    ("县政协九届三次会议期间,政协委员、政协各参加单位和各专门委员会围绕全县中心工作,积极通过提案建言献策。\n"
     "截至1月10日12时,共收到提案156件。经审查,立案141件。", "proposal_report"),
    ("两会专题\n区政协六届二次会议以来,政协委员、各参加单位和专门委员会聚焦民生问题,积极运用提案履行职能。\n"
     "一年来共提交提案203件,经审查立案183件。", "proposal_report"),
    # a story that paraphrases it names its source, and a transcript quotes it under its headline and dateline
    ("县政协九届三次会议期间,政协委员、政协各参加单位和各专门委员会积极通过提案建言献策。\n"
     "县政协提案委员会主任王明表示,共收到提案156件,立案141件。", "news"),
    ("截至1月10日共提交提案156件\n2024-01-12 来源:临江日报\n1月12日上午,县政协九届三次会议举行闭幕会。\n"
     "[工作人员]县政协提案委员会关于九届三次会议提案审查情况的报告(草案)。\n会议期间,政协委员、政协各参加单位和"
     "各专门委员会积极通过提案建言献策。共提交提案156件。", "news"),
    # under a numbered section heading the formula opens a section of a longer report (here the government's)
    ("一、提案基本情况和办理成效\n五届二次会议以来,市政协委员、各参加单位和专门委员会围绕中心工作,积极通过提案建言。"
     "\n市政府共承办提案312件,已全部办复。", "other"),
])
def test_untitled_proposal_reports(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_an_opening_with_one_citation_mark_is_typed_in_linear_time():
    # numbered citations type a research article only in pairs: an opening with one mark (见附表[1]) is
    # read once from that mark, not again from every character before it (quadratic in the opening)
    import time
    opening = "县政协组织委员深入基层开展视察调研活动,形成报告。" * 1000 + "详见附表[1]"
    started = time.process_time()
    assert extract(opening + "\n县政协开展视察5次。").document.doc_type == "news"
    assert time.process_time() - started < 3  # was ~10 s when the cue opened with a lazy run
    assert extract("赵红\n政协是“协商民主的重要渠道”[1],也是“凝聚共识的平台”[2]。\n临江县政协开展协商活动48次。"
                   ).document.doc_type == "other"


@pytest.mark.parametrize("text, doc_type", [
    # a gazetteer's section heading names the standing committee above its bracketed entries
    ("常委会主要工作\n【提案工作】\n2004年至2010年,县政协委员共提出提案1300件,审查立案1200件。", "other"),
    ("常委会工作\n【视察调研】\n全年组织委员视察12次,形成调研报告8篇。", "other"),
    # an excerpt of a work report opens with 常委会 as its subject, no entry marks below it
    ("常委会坚持协商于决策之前,全年召开常委会议6次。\n共组织委员视察12次。", "work_report"),
])
def test_a_gazetteer_heading_on_the_standing_committee_is_no_work_report(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a page of rules whose title was cut off opens with one of its articles
    ("第十二条 承办单位应当在收到提案之日起三个月内办理完毕,并书面答复提案者。\n第十三条 答复意见分为A、B、C三类。",
     "other"),
    ("第5条 提案委员会对提案进行审查,符合条件的予以立案。", "other"),
    # news that quotes an article stays news
    ("本报讯 根据提案工作条例第十二条,县政协共立案提案136件。", "news"),
])
def test_a_page_that_opens_with_an_article_of_rules(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # an address whose title and salutation were cut off says whom it speaks for and whom it greets
    ("在新春佳节到来之际,我们在这里欢聚一堂。首先,我代表县委、县政府向各位政协委员致以新春的问候!\n"
     "过去一年,县政协组织视察调研12次。", "speech"),
    ("临江县政协十届一次会议圆满完成各项议程。我代表中共临江县委,对大会的圆满成功表示热烈的祝贺!", "speech"),
    # a story gives such words in the third person, or quotes them
    ("本报讯 县委书记王明代表县委向大会表示热烈的祝贺。县政协共收到提案150件。", "news"),
    ("县长在会上说:“我代表县政府向各位委员表示衷心感谢。”会议收到提案136件。", "news"),
])
def test_an_address_that_greets_in_the_first_person_is_a_speech(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # pages that explain the institution: an encyclopedia entry, a glossary entry, a question answered
    ("中国人民政治协商会议临江县委员会,简称临江县政协,由各党派、团体和各界代表组成,每届任期5年。", "other"),
    ("两会辞典\n政协委员的提案\n提案是政协委员向政协全体会议提出的书面意见和建议,全国政协每年收到提案5000余件。", "other"),
    ("什么是界别?\n界别是政协的组成单位,县政协共设18个界别。", "other"),
    ("临江县政协的组织机构\n临江县政协设办公室和6个专门委员会,现有委员210名。", "other"),
    ("县政协委员是怎么产生的?\n县政协委员由各参加单位推荐,经常委会协商决定,本届共有委员210名。", "other"),
    # news stays news: a headline states its news, a byline marks a story
    ("县政协组织委员视察民生实事\n本报讯 县政协组织委员视察12次。", "news"),
    ("提案办得怎么样?委员们这样说\n本报讯(记者 李华)县政协组织委员评议提案办理工作,共评议提案36件。", "news"),
])
def test_pages_that_explain_the_institution(text, doc_type):
    assert extract(text).document.doc_type == doc_type


def test_a_breadcrumb_that_names_a_news_section_does_not_make_the_page_news():
    # 首页 > 两会专题报道 files the page in a section of stories; the page itself explains a term
    text = "首页 > 2024两会专题报道\n什么是政协提案?\n提案是政协委员向政协全体会议提出的书面意见和建议。\n"
    assert extract(text).document.doc_type == "other"
    # a byline under the headline still marks a story
    story = "首页 > 两会专题报道\n提案有哪些形式?\n本报讯(记者 李华)县政协共收到提案150件。\n"
    assert extract(story).document.doc_type == "news"


@pytest.mark.parametrize("text, doc_type", [
    # a standing committee's decision to convene a session, released under a news agency's dateline
    ("新华社北京1月30日电\n关于召开政协临江县第十届委员会第二次会议的决定\n政协临江县第十届委员会常务委员会"
     "第五次会议决定:第二次会议于2025年2月20日召开,委员210名出席。", "other"),
    # a headline on adopting such a decision is news of the meeting
    ("县政协常委会审议通过关于召开十届二次会议的决定\n本报讯 县政协召开常委会议,出席常委32名。", "news"),
    # a department's summary whose title runs straight into its text on a document-sharing copy
    ("区水利局关于2024年人大建议政协提案办理工作的总结2024年,区水利局共承办政协提案12件,已全部办结。"
     "我局高度重视议提案办理工作,在接到区政府有关工作通知后,第一时间进行研判,逐一细化责任分工,"
     "安排专人联系代表委员,充分了解各方诉求,加速推动工作落实。", "other"),
])
def test_a_decision_to_convene_and_a_run_on_summary_title(text, doc_type):
    assert extract(text).document.doc_type == doc_type


@pytest.mark.parametrize("text", [
    # a feature's headline may ask how: it states its news below, not an explainer's answer
    "县政协如何推动民生实事落地见效?\n3月5日,县政协组织委员视察民生实事项目12个,提出建议20条。",
    "委员履职如何提质增效?\n县政协探索建立委员履职档案,全年组织委员视察调研18次,提交提案136件。",
    # a greeting quoted after a colon is a story's
    "县政协十届三次会议隆重开幕\n县委书记王明出席开幕会。他说:我代表县委、县政府,向大会的召开表示热烈祝贺。"
    "大会共收到提案150件。",
    # a report's closing thanks speaks for its standing committee: no speech
    "过去一年,县政协常委会提交提案136件。\n在此,我代表政协临江县第十届委员会常务委员会,向所有关心支持政协工作的"
    "同志们表示衷心的感谢!",
    # a decision named in a meeting's business, below its headline
    "县政协召开十届十次常委会议\n会议审议通过了以下事项:\n关于召开政协临江县第十届委员会第三次会议的决定(草案)\n"
    "会议立案提案120件。",
    # setting up a body's offices is news; a menu's 百科 is no glossary label
    "县政协优化内设机构\n今年县政协新设2个专门委员会。",
    "县政协完成机构设置\n今年县政协新设2个专门委员会。",
    "首页\n新闻\n百科\n县政协召开常委会议\n会议立案提案120件。",
    # a short name given in a story's lede
    "临江县政协委员企业家联谊会,简称委企联,近日成立,首批会员企业86家。",
])
def test_news_that_looks_like_an_explainer_a_speech_or_a_decision(text):
    assert extract(text).document.doc_type != "other"
    assert extract(text).document.doc_type != "speech"


@pytest.mark.parametrize("text", [
    # a scanned yearbook's section label in square brackets, its space kept
    "提案工作\n[ 提案工作] 2016年,共收到提案72件,经审查立案65件,全部办复。2017年,共收到提案80件,立案74件。",
    # a section label naming the body before the section
    "【政协提案工作】\n2005年,县政协共收到提案110件,立案98件。",
    # a page of the provincial gazetteer database's mirror, whatever its heading
    "三届二次全委会议\nOriginal URL: http://lib.sdsqw.cn/bin/mse.exe?K=c99&A=1&rec=12\n"
    "1992年3月5~8日,政协第三届某县委员会第二次会议在县委礼堂召开。会议收到提案75件。",
])
def test_gazetteer_entries_in_other_layouts(text):
    document = extract(text).document
    assert (document.doc_type, document.gazetteer) == ("other", True)


@pytest.mark.parametrize("text", [
    # a news lede in square brackets is no section label
    "[本报讯] 县政协召开常委会议,会议立案提案120件。",
    "【提案工作动态】县政协召开提案督办会\n会议通报,今年立案提案120件。",
    # a column label before a headline, in square brackets or naming the body (review17b)
    "[会议] 县政协召开主席会议\n5月8日上午,县政协召开主席会议,会议确定重点提案10件。",
    "【政协会议】县政协召开常委会议\n3月5日,县政协召开常委会议,全年立案提案120件。",
    # a newspaper's page line or running issue number above the headline
    "2022年01月07日\n第A05版:专题报道\n县政协召开常委会议\n本报讯 会议立案提案120件。",
    "人民政协报\n总第5023期\n县政协召开常委会议\n本报讯 会议立案提案120件。",
])
def test_labels_and_page_lines_above_news_keep_it_news(text):
    assert extract(text).document.doc_type == "news"


@pytest.mark.parametrize("text, kind", [
    # a story that ends by naming a local-records office among the guests is no gazetteer entry (doc18)
    ("3月2日,县政协文史馆开馆。\n文史馆设6个展厅,展出图片300多幅。与会领导为县档案馆和县地方志办公室赠送了文史丛书。", "news"),
    # a place word run on before 情 (两地情谊) is no 地情 site
    ("县政协委员工作室与对口县结对帮扶,资助学生12名,进一步加深了两地情谊,县政协委员将继续开展助学活动。", "news"),
    # a book named at the start of a line is its source
    ("《某某县志》\n第十五编 人民政协\n县政协共收到提案110件,立案98件。", "other"),
    # a long title line names its source at its end (摘自《…县志》): a gazetteer entry, however far in
    ("中国人民政治协商会议某某县委员会提案工作概况(1990—2005年)(摘自《某某县志》)\n1990年至2005年,县政协共收到提案860件。\n",
     "other"),
    ("第五篇 政治 第三章 中国人民政治协商会议某某县委员会 第二节 提案工作 某某县年鉴\n2005年,县政协共收到提案86件。\n", "other"),
    # … only if it is one (县志, 年鉴): not any 志, nor 地方志 ending a news headline
    ("县政协委员读书会共读《三国志》\n会上,10名委员作交流发言。\n", "news"),
    ("传承红色基因赓续历史文脉——某某县政协文史委员会向县档案馆捐赠文史资料和地方志\n县政协捐赠资料200册。\n", "news"),
])
def test_where_a_line_names_a_reference_book(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text, kind", [
    # a review report reprinted without its title, or with only its adoption line above it (kind25)
    ("临江县政协九届三次会议期间,广大政协委员紧扣县委中心工作,积极运用提案建言献策。\n"
     "截至1月15日18时,共收到提案152件。根据提案工作条例,经提案审查委员会审查,立案138件,不予立案14件。",
     "proposal_report"),
    ("(2025年1月10日政协临江市第六届委员会第三次会议通过)\n"
     "政协临江市第六届委员会第三次会议期间,政协委员、各人民团体以及政协各专门委员会,积极通过提案履行职能。"
     "大会共收到提案320件,提案委员会进行了审查,共立案296件。", "proposal_report"),
    # a story on the same intake names its source, and a plan adopted by a meeting stays other
    ("临江县政协九届三次会议期间,广大政协委员积极运用提案建言献策。\n"
     "记者从大会提案组获悉,共收到提案152件,经审查立案138件。", "news"),
    ("(2025年2月20日政协临江市第六届委员会主席会议通过)\n全年组织委员视察6次,开展专题协商3次。", "other"),
])
def test_a_review_report_without_its_title(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text, kind", [
    # a live page's transcript tags the delivery with its speaker in brackets: news of the session (kind25)
    ("王明:一年来市政协工作取得新进展\n3月2日15时,市政协六届二次会议开幕,听取王明主席作常务委员会工作报告。\n"
     "[王明]各位委员:我代表政协临江市第六届委员会常务委员会,向大会报告工作,请予审议。\n全年召开常委会议6次。",
     "news"),
    # the report itself opens with the salutation and its delivery
    ("各位委员:我代表政协临江市第六届委员会常务委员会,向大会报告工作,请予审议。\n全年召开常委会议6次。",
     "work_report"),
])
def test_a_live_transcript_is_news(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text, kind", [
    # a call whose title and terms were cut off still speaks as the body deciding to collect (kind25)
    ("为进一步提高提案质量,县政协决定即日起至2025年11月30日止,面向社会征集政协提案线索。\n"
     "热忱欢迎社会各界积极参与,每条线索字数在300字以内。", "other"),
    # a story on such a call is news by its byline
    ("县政协面向社会征集提案线索\n本报讯(记者 李华)县政协决定即日起面向社会征集提案线索,已收到线索36条。", "news"),
])
def test_a_call_in_the_bodys_own_voice(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text", [
    # a headline on the intake over a lede that opens as the review report does (no 记者): news (kind25)
    "市政协十届二次会议收到提案356件\n市政协十届二次会议期间,广大委员积极运用提案建言献策。"
    "截至1月12日17时,大会共收到提案356件,经提案委员会审查,立案318件。",
    # a story that retells a call's decision without its window (即日起) is news
    "县政协面向社会征集提案线索\n日前,县政协决定面向社会征集2025年度提案线索。截至目前,已收到线索56条。",
    "市政协向社会征集协商议题\n近日,市政协党组研究决定,面向社会征集年度协商议题,共征集到议题建议120余条。",
])
def test_stories_on_an_intake_or_a_call_stay_news(text):
    assert extract(text).document.doc_type == "news"


@pytest.mark.parametrize("text, kind", [
    # a yearbook entry headed by the meeting or document it records, in square brackets
    ("【中国人民政治协商会议第八届临江市委员会第三次会议】会议于3月5~8日在城关召开,应到委员320名,"
     "实到委员301名。会议收到提案286件。", "other"),
    ("党政 群团\n政协临江市委员会\n【贯彻市委关于加强新时代人民政协工作的《意见》】\n"
     "2019年,市政协召开专题协商会议4次,组织视察12次。", "other"),
    # a repost's column tag or a headline in brackets is news
    ("【政协会议】临江县政协召开常委会议\n3月2日,县政协召开十届五次常委会议,审议提案12件。", "news"),
    ("【临江市政协召开2021年重点提案督办会议】6月3日上午,市政协组织召开重点提案督办会议,督办提案8件。", "news"),
    ("【两会快讯】市政协十届二次会议收到提案305件\n1月12日,大会共收到提案305件。", "news"),
])
def test_a_bracketed_entry_heading(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text, kind", [
    # a chronicle page headed by a bare year, its entries dated by day (past the page's edit-date line)
    ("2011年度\n编辑日期:2013/02/01 作者:县政协办\n2月14日至17日,县政协八届二次会议召开,出席委员196人。\n"
     "4月8日,县政协组织委员视察农田水利建设,参加委员22人。", "other"),
    # a gazetteer or encyclopedia entry headed by the bare session, its text opening with the dates
    ("县政协六届二次会议\n2002年2月20—23日,政协临江县第六届委员会第二次会议召开,实到委员188人,"
     "会议期间收到提案152件。", "other"),
    ("第三次会议(2010年3月3日~13日)\n中国人民政治协商会议第十一届全国委员会第三次会议于2010年3月3日至13日举行,"
     "大会共收到提案5800件。", "other"),
    # a headline saying what happened, or a reporter's lede under the session's name, is news
    ("县政协六届二次会议\n提案交办会召开\n4月2日上午,县政协六届二次会议提案交办会召开,交办提案140件。", "news"),
    ("市政协九届三次会议\n1月10日电(记者 王林)市政协九届三次会议今天开幕,到会委员285人。", "news"),
])
def test_a_chronicle_or_reference_entry_headed_by_a_bare_name(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text, kind", [
    # a department's own account of what it handled, in the first person
    ("您将离开本站\n2022年,我局共办理市人大代表建议21件、市政协提案36件,办复率100%。", "other"),
    ("临江市水利局关于办理建议提案的情况\n2021年,我局共牵头承办人大代表建议和政协委员提案9件,均已按时办结。",
     "other"),
    # a story quoting the head of the department is news
    ("市水利局办结提案36件\n局长王林介绍:“今年我局共办理市政协提案36件,满意率100%。”", "news"),
])
def test_a_departments_own_handling_account(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text, kind", [
    # a repost's topic tag over a dated lede, or over a headline, is news
    ("【十四届全国人大二次会议】\n3月5日上午,十四届全国人大二次会议在人民大会堂开幕,出席代表2900余人。", "news"),
    ("【政协第十三届临江市委员会第二次会议】委员们积极建言献策\n1月8日下午,各小组分组讨论,共收到提案356件。", "news"),
    ("【学习贯彻《中共中央关于加强新时代人民政协工作的意见》】\n2月3日,市政协党组召开会议,提出意见12条。", "news"),
    # a bare session name over a dated lede, or a speech's date line, is no entry
    ("全国政协十四届二次会议\n3月5日上午,十四届全国人大二次会议开幕,全国政协委员2100余人列席。", "news"),
    ("市政协十届三次会议\n1月12日,市政协十届三次会议举行第二次全体会议,12名委员作大会发言。", "news"),
    ("县政协五届二次会议\n2月26日\n各位委员、同志们:\n这次会议共收到提案180件,经审查立案162件。", "speech"),
    ("政协临江县第五届委员会第一次会议\n2月20日\n各位委员:\n我受政协临江县第四届委员会常务委员会委托,"
     "向大会报告提案工作情况。四届一次会议以来共收到提案426件。", "proposal_report"),
    # a 政协's own 我会/我委/我办, or a department head quoted in a story, is no department's disclosure
    ("临江市政协召开提案工作座谈会\n2023年,我会共收到委员提案386件,立案352件。", "news"),
    ("市政协提案委员会\n2023年,我委共收到提案352件,立案318件。", "news"),
    ("区政协召开主席会议\n会议指出,今年以来,我办共收到提案线索56条。", "news"),
    ("市教育局召开建议提案办理工作会\n会上,局长张华指出,2023年,我局共承办政协提案42件。", "news"),
    ("市水利局召开会议\n局长王林指出,我局共承办提案36件。", "news"),
    # entries the rows are for still read other
    ("县政协九届四次会议\n2月14日至17日召开,出席委员196人,收到提案180件。", "other"),
    ("党政群团\n中国人民政治协商会议临江市委员会\n【贯彻市委关于加强人民政协工作的《意见》】\n2019年,市政协召开专题协商会议4次。",
     "other"),
])
def test_reposts_speeches_and_a_bodys_own_account_are_no_entry(text, kind):
    assert extract(text).document.doc_type == kind


@pytest.mark.parametrize("text, kind", [
    ("全国政协十四届二次会议\n2024年3月4日下午,全国政协十四届二次会议在人民大会堂开幕,委员2100余人出席。", "news"),
    ("2024年\n3月5日上午,市政协十届三次会议开幕,委员300人出席。", "news"),
    ("2008年\n1月11日至15日,县政协六届二次会议召开,收到提案168件。", "other"),
])
def test_a_session_or_year_over_a_dated_lede(text, kind):
    assert extract(text).document.doc_type == kind
