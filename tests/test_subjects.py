"""What shares, rates and outcome classes count, and which category they take; mentions that need
a unit or a cue beyond the common ones. Every sentence here was written for the test."""
from __future__ import annotations

import re

import pytest

from lvzhi.extract import extract


def figure(text: str, numeral: str):
    found = [m for m in extract(text).metrics if m.numeral == numeral]
    assert len(found) == 1, [(m.numeral, m.subject) for m in extract(text).metrics]
    return found[0]


@pytest.mark.parametrize("text, numeral, subject, category", [
    # a stage rate names the thing the passage counts
    ("去年委员共提交提案412件,提案辦復率為100%。", "100", "提案办复率", "proposals"),
    # the name of a rate is found past adverbs and a closing quote
    ("各承办单位的“满意率”均稳定在96%以上。", "96", "满意率", "proposals"),
    # ... and in the clause before when this one only links it to the figure
    ("新一届委员的调整率,达到百分之四十。", "四十", "调整率", "other"),
    # a share named before 占 is that thing's share
    ("全年收到提案520件,其中经济发展类提案约占35%。", "35", "经济发展类提案占比", "proposals"),
    # a share right after a figure is the share of that figure
    ("立案提案480件,占92%。", "92", "立案提案占比", "proposals"),
    # a list of shares after one 占 keeps one measure
    ("经济、民生、文化领域提案分别占40%、35%和25%。", "35", "经济、民生、文化领域提案占比", "proposals"),
    # a change right after a figure is that figure's rate of change
    ("今年收到提案300件,同比增长12%。", "12", "收到提案增长率", "proposals"),
])
def test_subject_of_rates_and_shares(text, numeral, subject, category):
    metric = figure(text, numeral)
    assert (metric.subject, metric.category) == (subject, category)


@pytest.mark.parametrize("text, numeral, subject", [
    # outcome classes after a sentence about proposals count proposals
    ("本年度提案均已按期办复。已经解决的有60件,占70%;列入计划解决的有25件。", "60", "解决的提案"),
    ("本年度提案均已按期办复。已经解决的有60件,占70%;列入计划解决的有25件。", "70", "解决的提案占比"),
    ("本年度提案均已按期办复。已经解决的有60件,占70%;列入计划解决的有25件。", "25", "列入计划解决的提案"),
    # a breakdown by field after the total of proposals
    ("经审查立案提案230件。有关城乡建设方面的48件,占20.9%。", "48", "城乡建设方面提案"),
    # a bare stage takes the thing it is a stage of
    ("全会期间共收到委员提案305件。经审查,立案281件。", "281", "立案提案"),
    # a figure taken out of a pool is named by what sets it apart
    ("在已办复的200件提案中,得到解决的有150件。", "150", "得到解决的提案"),
    ("从大会收到的300件提案中初选出20件。", "20", "初选出的提案"),
    ("从大会收到的300件提案中初选出20件优秀提案。", "20", "初选出优秀提案"),
])
def test_outcome_classes_name_what_they_count(text, numeral, subject):
    metric = figure(text, numeral)
    assert metric.subject == subject
    assert metric.category == "proposals"


@pytest.mark.parametrize("text, numeral, subject", [
    # bodies a document is handed to are named by what they do with it, not by the handing over
    ("全年共收到提案210件,分别交由46个单位具体承办。", "46", "承办提案的单位"),
    ("会议期间收到的代表建议,交由28家部门办理。", "28", "办理建议的部门"),
    ("市政府共有35个部门和单位承办市政协提案188件。", "35", "承办提案的部门和单位"),
])
def test_bodies_handling_documents(text, numeral, subject):
    metric = figure(text, numeral)
    assert metric.subject == subject
    assert metric.category in ("proposals", "suggestions")


@pytest.mark.parametrize("text, numeral, subject", [
    # a bare verb takes the thing its clause opens with, past adverbs between them
    ("今年以来,机关青年读书会已顺利举办了六期。", "六", "机关青年读书会举办"),
    # ... or the heading line right above a clause that opens its line
    ("界别协商会客厅\n举办19场\n参与委员300余人次", "19", "界别协商会客厅举办"),
])
def test_a_bare_verb_takes_its_topic(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # the worth of a thing is named by the thing, after the figure or in the clause before
    ("张委员捐赠价值3万元的图书,李委员捐款2000元。", "3", "图书价值"),
    ("委员们为敬老院送去了棉被等过冬物资,价值1.6万元。", "1.6", "过冬物资价值"),
    ("某企业捐物价值20万元。", "20", "某企业捐物价值"),
    # money before 的+thing after a verb of giving, or as the next item of a worth, is that thing's worth
    ("医疗队为村民免费发放了两千余元的常用药。", "两千", "发放常用药价值"),
    ("向敬老院赠送价值1.2万元的米面、3000多元的食用油。", "3000", "食用油价值"),
    # in a list of who gave what, each item's words are its own (the donor, 钱委员, is no part of the gift)
    ("王委员捐赠书包300个、赵委员捐赠价值2万元的文具、钱委员现场捐款6000元。", "6000", "钱委员捐款"),
    # ... but a list of activities after a figure of others is one item (the 12 units took part in all)
    ("组织12个单位参与义诊巡诊、法律咨询、政策宣讲等各类活动36场次。", "36", "义诊巡诊、法律咨询、政策宣讲等各类活动"),
    # a joiner right before the next count parts two items; the 、 inside the first one stays
    ("8位省委、省政府领导和5位市政协副主席先后到县里调研。", "8", "省委、省政府领导"),
    # a joiner right after a figure opens the next item: its words are not this figure's
    ("会议期间收到提案86件和会后提出的2件提案均已办结。", "86", "收到提案"),
    ("本辑收录文章23篇及征集到的老照片若干。", "23", "本辑收录文章"),
    # ... unless it is a word of the noun (和美乡村)
    ("全县已建成和美乡村示范村15个,今年又建成9个和美乡村。", "9", "和美乡村"),
])
def test_worth_and_list_items(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_a_subject_naming_its_own_thing_keeps_it():
    text = "上年度提案全部办结。委员反映社情民意46件。"
    assert figure(text, "46").subject == "委员反映社情民意"


def test_inline_pinyin_glosses_never_reach_subjects():
    text = "市政協(xié)委員提交提案(àn)326件,經(jīng)濟(jì)類(lèi)提案占41%。"
    for metric in extract(text).metrics:
        assert not re.search("[a-zāáǎàēéěèīíǐìōóǒòūúǔùü()]", metric.subject), metric.subject
        assert text[metric.char_start:metric.char_end] == metric.numeral
    assert figure(text, "326").subject == "提交提案"
    assert figure(text, "41").subject == "经济类提案占比"


@pytest.mark.parametrize("text, numeral, category", [
    # another body's suggestions stay suggestions in a sentence about proposals
    ("市政府共办理人大代表建议180件、政协提案240件。", "180", "suggestions"),
    ("市政府共办理人大代表建议180件、政协提案240件。", "240", "proposals"),
    # members counted as such
    ("本届共有委员310名,其中常务委员45名。", "310", "organization"),
    ("本届共有委员310名,其中常务委员45名。", "45", "organization"),
    # a sector of members, whatever its name holds
    ("全会应到委员200人,其中文化界委员12人、经济界委员30人。", "12", "organization"),
    ("全会应到委员200人,其中文化界委员12人、经济界委员30人。", "30", "organization"),
    # … and a group of members named without 界 in a history's make-up of a session
    ("到会委员120人,其中民主人士40人,非党群众18人,归侨、台属6人。", "40", "organization"),
    ("到会委员120人,其中民主人士40人,非党群众18人,归侨、台属6人。", "18", "organization"),
    ("到会委员120人,其中民主人士40人,非党群众18人,归侨、台属6人。", "6", "organization"),
    # the terms a body has had are its make-up
    ("临江县政协成立于1981年,至1995年,并有四届委员会。", "四", "organization"),
    # people counted by what they did keep the activity's category
    ("组织参加专题调研的委员86人。", "86", "research"),
    # places set up are organization; what is held in them keeps the activity's
    ("今年新建社情民意征集点18个。", "18", "organization"),
    ("委员议事厅全年举办议事活动24场。", "24", "consultation"),
    # the words just past a figure name its thing only up to its clause's end: the next clause's
    # activity is that clause's own
    ("调研组深入9个县、41家企业,召开座谈会12场。", "41", "research"),
    ("组织委员视察3个园区、15家企业,提出建议9条。", "15", "research"),
    # ... while a next clause without a figure of its own may say what the counted things were for
    ("商会会长王某筹集的800个口罩,当天全部赠送给社区卫生服务站。", "800", "outreach"),
    # cadres counted as such are organization; counted by what they attended or gave, that
    ("市政协机关现有干部职工45人。", "45", "organization"),
    ("县政协举办法治专题讲座,80余名机关干部参加。", "80", "study"),
    ("组织机关干部和委员为受灾群众捐款12万元。", "12", "outreach"),
    # money given or raised in aid is outreach; money drawn in by investment is economy
    ("港澳委员多年来为家乡学校捐资1800多万元。", "1800", "outreach"),
    ("委员企业资助贫困学生120人次,资助金额36万元。", "36", "outreach"),
    ("在家乡文化旅游节期间与两家企业签订协议,计划引资2.6亿元。", "2.6", "economy"),
])
def test_category(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, numeral, value, unit, approx", [
    ("民生类提案超过三成。", "三", 3, "成", "over"),
    ("港澳委员上限为委员总额的百分之五。", "五", 5, "%", "exact"),
    ("港澳委员占到86席。", "86", 86, "席", "exact"),
    ("收到各界来信25封。", "25", 25, "封", "exact"),
    ("连续三年结对帮扶一所乡村小学。", "三", 3, "年", "exact"),
    ("该委员已连任两届。", "两", 2, "届", "exact"),
    ("每名委员全年至少撰写一篇调研报告。", "一", 1, "篇", "at_least"),  # 至少 reaches over the verb
    ("围绕两会提交《关于校园安全的建议》《关于社区养老的建议》两份集体提案。", "两", 2, "份", "exact"),
])
def test_newly_found_mentions(text, numeral, value, unit, approx):
    metric = figure(text, numeral)
    assert (metric.value, metric.unit, metric.approx) == (value, unit, approx)


def test_titles_listed_before_a_count_are_its_examples():
    text = "围绕两会提交《关于校园安全的建议》《关于社区养老的建议》两份集体提案。"
    assert figure(text, "两").subject == "提交集体提案"


@pytest.mark.parametrize("text", [
    "市政协十三届三次会议开幕。",
    "全县共有23个成员单位参加。",  # 23 counts 个; 成员 is no unit
    "他的一席话让人深受启发。",
])
def test_still_not_a_mention_of_the_new_units(text):
    assert all(m.unit not in {"成", "席", "届"} for m in extract(text).metrics)


def test_a_sentence_opening_with_its_topic_names_its_bare_figures():
    text = "社情民意信息工作扎实开展,全年编报210期。"
    assert figure(text, "210").subject == "编报社情民意信息"
    text = "委员“履职为民”活动深入开展,全年开展活动86项。"
    assert figure(text, "86").subject == "开展委员“履职为民”活动"


def test_small_form_punctuation_and_particles_stay_out_of_subjects():
    text = "立案提案803件﹔不予立案28件。会上邀请了8位台胞列席。"
    assert figure(text, "28").subject == "不予立案的提案"
    assert not figure(text, "8").subject.startswith("了")


def test_a_range_of_chinese_numerals_is_a_count_whatever_precedes_it():
    metric = figure("每季度安排一至两个专题开展视察。", "一")
    assert (metric.value, metric.unit, metric.approx, metric.mention_text) == (1, "个", "about", "一至两个")


def test_the_session_a_count_belongs_to_stays_in_its_subject():
    assert figure("县政协七届二次会议期间共收到提案168件。", "168").subject == "七届二次会议期间收到提案"


def test_a_completion_predicate_after_the_noun_says_which_ones_were_counted():
    assert figure("交办的268件提案全部办复。", "268").subject.startswith("全部办复的")


@pytest.mark.parametrize("text, numeral, unit, approx, subject", [
    ("其中经济类提案约占46%,社会类约为30%。", "46", "%", "about", "经济类提案占比"),
    ("其中经济类提案约占46%,社会类约为30%。", "30", "%", "about", "社会类占比"),
    ("调研成果得到市领导批示15人(次)。", "15", "人次", "exact", None),
    ("全年提案办结率为100%。", "100", "%", "exact", "提案办结率"),
])
def test_linked_qualifiers_and_bracketed_units(text, numeral, unit, approx, subject):
    metric = figure(text, numeral)
    assert (metric.unit, metric.approx) == (unit, approx)
    if subject:
        assert metric.subject == subject


def test_a_count_after_a_comparison_is_the_change_of_the_figure_before():
    text = "本届港澳委员28人,比上届少两人。今年收到提案300件,同比增加20件,增长7.1%。"
    assert figure(text, "两").subject == "本届港澳委员减少"
    assert figure(text, "两").category == "organization"
    assert figure(text, "20").subject == "收到提案增加"
    assert figure(text, "7.1").subject == "收到提案增长率"


def test_a_share_of_the_figure_before_takes_its_category():
    text = "出席会议的委员中,港澳委员达到86席,占总数的15%。"
    assert figure(text, "86").category == "organization"
    assert figure(text, "15").category == "organization"
    assert figure(text, "15").subject == "港澳委员占比"


def test_a_figure_whose_sentence_names_nothing_takes_the_heading_before():
    text = "三、委员议事厅\n全年共举办35场,参与人数达2800人。"
    assert figure(text, "35").category == "consultation"


def test_who_acted_does_not_vote_in_a_list_of_activities():
    text = "主席会议成员谈心谈话、走访慰问等活动共46人次。"
    assert figure(text, "46").category == "outreach"


def test_stray_bullets_inside_a_phrase_stay_out_of_subjects():
    text = "开展消费•帮扶活动12场,形成◎调研报告5篇。"
    assert figure(text, "12").subject == "消费帮扶活动"
    assert figure(text, "5").subject == "调研报告"


def test_a_list_of_who_acted_only_still_gets_a_category():
    assert figure("主席会议成员、专委会成员共28人参加。", "28").category == "organization"


def test_subjects_keep_the_verb_of_a_stage_but_not_a_light_verb():
    text = "全年收到委员提案326件,开展重点协商12次。"
    assert figure(text, "326").subject == "收到委员提案"
    assert figure(text, "12").subject == "重点协商"


def test_a_headless_clause_keeps_its_topic_and_verb_order():
    text = "交办的96件提案中所提问题已经解决的有40件。"
    assert figure(text, "40").subject == "所提问题已经解决的提案"
    assert figure("委员全年报送了社情民意信息45条。", "45").subject == "报送社情民意信息"


@pytest.mark.parametrize("text, numeral, category", [
    # an endorsement takes the category of what was endorsed
    ("全年报送社情民意信息210条,社情民意信息获省领导批示26次。", "26", "public_opinion"),
    ("市委主要领导对政协工作作出批示18次。", "18", "reporting"),
    # studying instructions is study, whatever word names them
    ("及时传达学习重要讲话和指示批示精神60余次。", "60", "study"),
    # a generic head gives way to the specific word before it
    ("召开各类会议56次,其中专题协商会议3次。", "56", "meetings"),
    ("召开各类会议56次,其中专题协商会议3次。", "3", "consultation"),
    ("委员接待群众来访320人次。", "320", "outreach"),
    ("接待外地政协来访考察32批次。", "32", "exchange"),
    ("开展民主监督性视察8次。", "8", "oversight"),
    ("报送信息420篇,被采用138篇。", "138", "public_opinion"),
    ("开展送医送药下乡活动45场。", "45", "outreach"),
    ("召开全委会1次、主席会议12次。", "1", "meetings"),
    # a subject that names its own thing keeps it in a sentence about proposals
    ("委员们先后反映社情民意39件,撰写提案41件。", "39", "public_opinion"),
    ("委员们先后反映社情民意39件,撰写提案41件。", "41", "proposals"),
    # ... and so do the speeches members hand in with their proposals
    ("大会期间委员们共提交提案520件、大会发言86件。", "86", "consultation"),
    # ... and a 人大's 建议 beside proposals in a government's handling totals
    ("今年县水利局共办理建议和提案18件,其中建议7件、提案11件。", "7", "suggestions"),
    ("今年县水利局共办理建议和提案18件,其中建议7件、提案11件。", "11", "proposals"),
    ("该局承办县人大议案建议9件,主办建议6件;县政协提案12件。", "6", "suggestions"),
    ("会议期间委员共提出建议、提案64件(其中建议21件,提案43件)。", "21", "suggestions"),
    # ... while 建议 a proposal was turned into, or proposals by another name, stay with the proposals
    ("经审查,立案提案210件,不予立案转为意见建议15件。", "15", "proposals"),
    ("截至昨日,提案组共收到以提案形式提出的意见建议236件。", "236", "proposals"),
    ("委员们围绕中心工作积极撰写提案。会议期间共提出意见建议168件,经审查立案150件。", "168", "proposals"),
    # outcome words alone say the figure is about proposals
    ("所提问题已经解决或基本解决的218件,占52.3%。", "218", "proposals"),
    ("因条件限制留作参考的43件。", "43", "proposals"),
])
def test_category_of_common_work_words(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, numeral, subject", [
    # who submitted stays in front of a light verb
    ("大会共收到提案260件,委员个人或联名提出提案180件,占69.2%。", "180", "委员个人或联名提出提案"),
    ("各民主党派、工商联提出集体提案52件。", "52", "民主党派、工商联提出集体提案"),
    ("市政协委员提交提案326件。", "326", "提交提案"),
    # an outcome class opening with the thing keeps the thing whole, at its end
    ("全部提案已办复。提案所提问题已经解决或基本解决的399件,占71.1%。", "399", "所提问题已经解决或基本解决的提案"),
    ("全部提案已办复。提案所提问题已经解决或基本解决的399件,占71.1%。", "71.1", "所提问题已经解决或基本解决的提案占比"),
    ("全部提案已办复。被有关部门列入计划逐步解决的120件。", "120", "被有关部门列入计划逐步解决的提案"),
])
def test_subject_of_authors_and_outcome_classes(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject, category", [
    # a share worded 比例 or 比重 is named like one worded 占比
    ("民生类提案所占比例达到42%。", "42", "民生类提案占比", "proposals"),
    ("集体提案比例为25%。", "25", "集体提案占比", "proposals"),
    # a share of members is the body's make-up
    ("女性委员占比28%。", "28", "女性委员占比", "organization"),
    # a verb inside a quoted name is no verb of the clause
    ("开展“委员接待日”活动24次。", "24", "委员接待日活动", "outreach"),
])
def test_shares_and_quoted_names(text, numeral, subject, category):
    metric = figure(text, numeral)
    assert (metric.subject, metric.category) == (subject, category)


def test_a_share_after_a_clause_that_ranks_a_kind_is_that_kind_s():
    text = "全年收到提案312件,其中社会事业方面的提案最多,占32.1%。"
    assert figure(text, "32.1").subject == "社会事业方面的提案占比"
    assert figure("全年收到提案312件,占目标的104%。", "104").subject == "收到提案占比"


def test_an_endorsement_takes_the_kind_named_just_before_it():
    text = "全年向市委报送社情民意信息40期,得到市领导批示18人次。"
    assert figure(text, "18").category == "public_opinion"
    assert figure("全年向区委请示报告重大事项15次,区委主要领导对政协工作批示4次。", "4").category == "reporting"


def test_people_are_counted_by_what_their_clause_says_they_did():
    text = "在市委的重要讲话精神指引下,12位省市领导先后到县调研指导。"
    assert figure(text, "12").category == "research"


def test_a_rate_named_after_a_headline_count_is_not_what_it_counts():
    metrics = extract("临江市政协2023年办复提案412件 办复率99.5%\n全年共立案412件。").metrics
    count, rate = metrics[:2]
    assert count.subject.endswith("办复提案") and "率" not in count.subject
    assert rate.subject == "提案办复率"


def test_handling_departments_and_places_set_up_for_members_take_their_category():
    metrics = extract("全年收到提案120件,这些提案分别交由46家单位承办。全市10个镇政协联络室全部建成。").metrics
    assert [(m.mention_text, m.category) for m in metrics] == [
        ("120件", "proposals"), ("46家", "proposals"), ("10个", "organization")]


@pytest.mark.parametrize("text, numeral, category", [
    # a class label names the field of the proposals counted, not an activity (文化 is culture)
    ("全会共立案提案98件。按内容分,经济类31件,占31.6%;科教文化类26件,占26.5%;民生类41件。", "26", "proposals"),
    ("全会共立案提案98件。按内容分,经济类31件,占31.6%;科教文化类26件,占26.5%;民生类41件。", "26.5", "proposals"),
    # group and joint discussions at a plenary session are meetings, whoever joins them
    ("大会期间召开大会发言2次,举行小组讨论9次,与台盟联组讨论1次。", "9", "meetings"),
    ("大会期间召开大会发言2次,举行小组讨论9次,与台盟联组讨论1次。", "1", "meetings"),
])
def test_class_labels_and_discussions_take_their_category(text, numeral, category):
    assert figure(text, numeral).category == category


def test_a_year_before_the_counted_thing_stays_out_of_its_subject():
    found = figure("某市政协常委会2021年办结提案812件 办结率100%", "812")
    assert found.subject == "办结提案"


@pytest.mark.parametrize("text, numeral, category", [
    # people the body sends out are counted by the activity the sentence goes on to name
    ("去年5月,市政协组织40余名委员,分3个小组,对全市中小学食堂进行视察。", "40", "research"),
    ("区政协主席带领12名委员赴邻县学习考察乡村振兴经验。", "12", "research"),
])
def test_people_sent_out_take_the_activity_they_were_sent_to(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, numeral, subject, category", [
    # the class before a light verb is what the proposals are (not 提出提案)
    ("在全部提案中,围绕城乡建设方面提出提案58件,占31.2%。", "58", "城乡建设方面提案", "proposals"),
    ("在全部提案中,围绕城乡建设方面提出提案58件,占31.2%。", "31.2", "城乡建设方面提案占比", "proposals"),
    # a verb alone acts on the thing the figure before counts
    ("今年共收到委员报送的社情民意信息88条,编发12期35条。", "12", "编发社情民意信息", "public_opinion"),
    # who held an activity is no part of what the activity was
    ("三年来,县政协办公室、四个专委会开展专项民主监督活动40余次。", "40", "专项民主监督活动", "oversight"),
    # a body and its term before the counted thing frame it, like a year
    ("政协临江县第三届委员会设12个界别,委员120名。", "12", "设界别", "organization"),
    # an adverb between the counted thing and its figure is no part of it
    ("过去三年,县政协举办的专题协商活动就有36场。", "36", "专题协商活动", "consultation"),
    # and so does a month after a year
    ("出席委员198人(2019年3月增补委员5人)。", "5", "增补委员", "organization"),
])
def test_subjects_keep_the_counted_thing_without_stray_words(text, numeral, subject, category):
    metric = figure(text, numeral)
    assert (metric.subject, metric.category) == (subject, category)


@pytest.mark.parametrize("text, numeral, subject, category", [
    # a member word ends the person noun when what follows names nothing they did
    ("今天,共有260多名县政协委员肩负重托,出席了开幕会。", "260", "县政协委员", "organization"),
    # a framing clause without figures names what they attended
    ("为期三天的专题培训班,共有70余名市政协委员在主会场听取辅导。", "70", "市政协委员", "study"),
    # members who take part in, or lead, an activity are counted by it
    ("开展委员议政会,全年380名政协委员参与。", "380", "政协委员", "consultation"),
    ("围绕乡村振兴开展专题调研,2位副主席带队,深入12个乡镇。", "2", "副主席", "research"),
    # sectors that take part in an activity are counted by it, not as the body's make-up
    ("组织工商界、农业界等10多个界别参与送科技下乡等活动30场次。", "10", "参与送科技下乡等活动的界别", "outreach"),
    # how they did it (分别, 准时, 积极) is no part of what they did, nor of who they are
    ("会上,7位委员分别作交流发言。", "7", "作交流发言的委员", "study"),
    ("活动中,12名委员准时参加了镇里组织的义诊服务活动。", "12", "参加义诊服务活动的委员", "outreach"),
    ("全县8名常委也积极参加了调研。", "8", "参加调研的全县常委", "research"),
    # a role they took names no activity: they stay the body's members
    ("目前全县86名政协委员担任林长。", "86", "担任林长的全县政协委员", "organization"),  # (目前 is a time scope)
])
def test_people_counted_by_what_they_attended_or_did(text, numeral, subject, category):
    metric = figure(text, numeral)
    assert (metric.subject, metric.category) == (subject, category)


@pytest.mark.parametrize("text, numeral, category", [
    # 文史 copy collected is culture, not publicity; its size in characters too
    ("全年征集文史稿件60余篇,编印《临江文史》第八辑,共计20万字。", "60", "culture"),
    ("全年征集文史稿件60余篇,编印《临江文史》第八辑,共计20万字。", "20", "culture"),
    ("全年编发宣传稿件120篇。", "120", "publicity"),
    # a talk series for the public is study; promoting the body's experience is publicity
    ("面向青年学生举办国情报告会16场。", "16", "study"),
    ("全年5次在省政协会议上作典型经验推介。", "5", "publicity"),
    # people a body sends out to a role take the role's category
    ("委派24名政协委员到8个部门担任民主监督员。", "24", "oversight"),
])
def test_activity_words_decide_the_category(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, numeral, subject", [
    # those a service was given to are counted by it, not by who gave it
    ("今年以来,医卫界别组已为全县650多名留守老人提供了免费体检。", "650", "提供免费体检的留守老人"),
    ("专家们共为300余名群众提供健康咨询。", "300", "提供健康咨询的群众"),
    # 每人 starts what each of them got, not the people's name
    ("企业界委员为12名困难学生每人资助2000元。", "12", "困难学生"),
    # a frame that holds the counted things (…活动共有) is no part of them
    ("两期恳谈活动共有35家企业参加。", "35", "企业"),
    # the aspect particle of a verb that went with the number is no part of what it counted
    ("服务站先后接待过15个兄弟县政协考察交流。", "15", "兄弟县政协考察交流"),
    # a place or party after a preposition is counted by what was done there; who did it is no part of it
    ("县政协今年在全县14个乡镇分别设立委员联络站。", "14", "设立委员联络站的乡镇"),
    ("市政协办公室向27个承办单位交办。", "27", "承办单位交办"),
    ("本次培训班学员来自全省41个县区的政协机关。", "41", "县区"),
    # elsewhere a 的 after the count qualifies the counted noun, which stays
    ("市政协对18名履职优秀的委员予以表扬。", "18", "予以表扬的履职优秀的委员"),
])
def test_people_served_and_things_held_by_a_frame(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # a verb that ends in a preposition's character takes the count as its object: what stands before
    # the verb holds what is counted and stays in the name (a place after a preposition drops it);
    # the verb and how (主要) are no part of it
    ("全县政协委员分布在31个界别。", "31", "全县政协委员界别"),
    ("今年的建议主要集中在7个领域。", "7", "建议领域"),
    ("农村养老服务存在4个方面的短板。", "4", "农村养老服务方面的短板"),
    # the prepositions themselves still count the place or party something was done in or to
    ("县政协先后在11个社区建立协商议事室。", "11", "建立协商议事室的社区"),
    ("区政协向15个镇街派驻委员联络员。", "15", "派驻委员联络员的镇街"),
    ("全会对9个先进集体进行表彰。", "9", "进行表彰的先进集体"),
])
def test_a_verb_ending_in_a_preposition_is_no_place_lead(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_the_length_limit_never_cuts_the_keyword_that_names_a_figure():
    metric = figure("全年6次在省政协、市政协有关会议上作典型经验推介。", "6")
    assert metric.subject.endswith("经验推介") and metric.category == "publicity"


def test_a_figure_that_names_nothing_takes_the_head_of_the_activity_before():
    # 稿件 gives way to the 文史 named before it, in the sentence as in a subject
    assert figure("全年征集文史稿件50余篇,收集老照片二十余幅。", "二十").category == "culture"


@pytest.mark.parametrize("text, numeral, category", [
    # attendance at a plenary counts members, with or without a keyword after it
    ("市政协六届二次会议应出席委员315人,实到296人,符合法定人数。", "296", "organization"),
    # 交流 after who is met says how, not with whom: a press event is publicity
    ("会上,8位委员与中外记者面对面互动交流。", "8", "publicity"),
    ("大会期间举办两场“委员通道”采访活动。", "两", "publicity"),
    # ... a meeting of information gatherers is public opinion work, whatever it exchanges
    ("全年召开信息员例会4次,交流信息写作经验。", "4", "public_opinion"),
    # ... 座谈交流 is consultation; exchange with Hong Kong and Macao stays exchange
    ("组织委员座谈交流6次。", "6", "consultation"),
    ("开展港澳交流活动9次。", "9", "exchange"),
    # schools built with donations reach the public
    ("委员企业家捐建希望小学3所。", "3", "outreach"),
    # 意见 counted by themselves are suggestions
    ("会议期间收到代表委员限时办理意见14件,已全部办结。", "14", "suggestions"),
    ("视察结束后,委员们当场提出意见23条。", "23", "suggestions"),
    # speeches at a plenary, spoken or written, are consultation
    ("本次会议收到委员书面发言17篇。", "17", "consultation"),
    ("今年我带来了5份提案、3份发言。", "3", "consultation"),
])
def test_category_of_attendance_press_events_and_opinions(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("numeral, category", [("120", "suggestions"), ("80", "suggestions"),
                                                ("95", "proposals"), ("60", "proposals")])
def test_a_breakdown_belongs_to_the_thing_named_last_before_it(numeral, category):
    # a handling office's sentence names both bodies' items: each breakdown follows its own
    text = "其中,人大代表建议120件(主办80件,会办40件),政协提案95件(主办60件,会办35件)。"
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, numeral, subject", [
    # a verb of judging right before a percentage names the rate, with who judged
    ("从反馈意见看,委员满意或基本满意达98%以上。", "98", "委员满意或基本满意率"),
    ("全年满意100%。", "100", "满意率"),
])
def test_a_judging_verb_before_a_percentage_names_a_rate(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_a_bare_count_after_a_clause_ranking_a_class_counts_that_class():
    text = "从提案内容看,民生保障类依然是关注焦点,共88件。"
    assert figure(text, "88").subject == "民生保障类提案"


def test_adopted_counts_name_the_thing_of_the_clause_before_and_never_stack():
    text = "今年全县政协系统撰写的宣传稿件,被人民政协报采用4篇,被省政协报采用17篇,被市日报采用23篇。"
    subjects = [figure(text, numeral).subject for numeral in ("4", "17", "23")]
    assert subjects == ["宣传稿件被人民政协报采用", "宣传稿件被省政协报采用", "宣传稿件被市日报采用"]


@pytest.mark.parametrize("text, numeral, subject", [
    # a verb inside a compound noun does not open a relative clause (办理|意见已全部办结)
    ("今年9件督促办理意见已全部办结。", "9", "督促办理意见"),
    # a body before 已 is no counted thing: the words keep their order
    ("该联谊会成立八年来已累计筹款超过300万元。", "300", "累计筹款"),
])
def test_subject_words_keep_their_order(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # the means or theme right before the verb sets the counted things apart
    ("全年委员通过网上履职平台提交提案320件。", "320", "通过网上履职平台提交提案"),
    ("今年市政协聚焦乡村全面振兴开展9项履职活动。", "9", "聚焦乡村全面振兴开展履职活动"),
    # a theme too long to name the things, before a short means, gives way to the means
    ("委员们围绕城乡融合发展中群众反映强烈的热点难点问题通过网上履职平台提交提案56件。", "56",
     "通过网上履职平台提交提案"),
])
def test_a_means_or_theme_before_the_verb_stays_in_the_subject(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_passing_a_document_is_no_means():
    assert not figure("常委会议表决通过了界别调整方案,增补委员12名。", "12").subject.startswith("通过")


@pytest.mark.parametrize("text, numeral, subject, category", [
    # a count after a clause that ranks a class counts that class, not what the figure before counts
    ("本次会议提案可分为10类,其中关于教育卫生类的提案最多,有70件,占21%;其次是农业农村类的,有52件,占16%。",
     "70", "教育卫生类提案", "proposals"),
    ("本次会议提案可分为10类,其中关于教育卫生类的提案最多,有70件,占21%;其次是农业农村类的,有52件,占16%。",
     "21", "教育卫生类提案占比", "proposals"),
    ("本次会议提案可分为10类,其中关于教育卫生类的提案最多,有70件,占21%;其次是农业农村类的,有52件,占16%。",
     "52", "农业农村类提案", "proposals"),
    # the items before 等方面 name the class of the thing counted before the number
    ("大会收到提案300件。涉及交通、教育、养老等方面的提案85件;涉及环保、水利等方面的提案40件。",
     "85", "交通、教育、养老等方面的提案", "proposals"),
    # with the class word alone the thing comes after the number: the items are only examples
    ("调研组提出“建设智慧养老平台”等方面30余条对策建议。", "30", "对策建议方面", "suggestions"),
])
def test_subject_of_ranked_and_listed_classes(text, numeral, subject, category):
    metric = figure(text, numeral)
    assert (metric.subject, metric.category) == (subject, category)


@pytest.mark.parametrize("text, numeral, category", [
    # a figure whose own words name no activity takes what its sentence goes on to do with it,
    # not the suggestions the visit produced
    ("1982年5月,县政协文教组到城关、河口等5个乡的中学,就师资队伍建设进行考察,提出4条建议。", "5", "research"),
    ("1984年,由3名省政协委员和9名县政协委员组成两个小组,就农村电网改造进行了调查,并提出了意见。", "9", "research"),
    # a periodical takes the kind of what it carries
    ("全年报送社情民意专刊48期,编发社情民意简报20期。", "48", "public_opinion"),
    ("全年报送社情民意专刊48期,编发社情民意简报20期。", "20", "public_opinion"),
    # money raised for charity is outreach, not economy
    ("在爱心捐赠仪式上,现场募集资金8万余元。", "8", "outreach"),
    # an outcome of reported information (吸纳进规划) takes the kind of that information
    ("委员反映的社情民意有3篇被吸纳进市“十五五”规划。", "3", "public_opinion"),
])
def test_category_of_what_is_done_or_carried(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, numeral, unit", [
    # packs and kinds are counts too
    ("委员们为敬老院送去中药汤剂260包、口罩800只。", "260", "包"),
    ("宣传医保、就业等各类政策18类120余项。", "18", "类"),
])
def test_units_of_packs_and_kinds(text, numeral, unit):
    assert figure(text, numeral).unit == unit


def test_no_pack_in_a_word_after_a_number():
    assert not [m for m in extract("委员们的建议3包括两个方面。").metrics if m.unit == "包"]


@pytest.mark.parametrize("text, numeral, subject", [
    # 一等奖 and 均等化 hold a 等 that closes no list
    ("市政协连续三年获评信息工作先进单位,其中一等奖2次,二等奖1次。", "2", "一等奖"),
    ("征文活动评出一等奖3名、二等奖6名。", "6", "二等奖"),
])
def test_a_word_with_deng_is_no_list(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_a_session_named_without_its_term_is_no_count():
    metrics = extract("县政协委员提交三次会议提案210件,三次会议以来共编报社情民意信息60期。").metrics
    assert [m.numeral for m in metrics] == ["210", "60"]
    assert metrics[0].subject == "提交三次会议提案"


def test_outcome_classes_on_a_page_of_deputies_suggestions_are_suggestions():
    # a 人大 page: the outcome classes count the 代表建议 named sentences before, not 解决 done for people
    text = ("市人大三次会议交由市政府办理代表建议80件,其中城建方面30件。这些建议分别交由40家单位承办,"
            "建议答复率100%。从办理情况看,已经解决或基本解决的(A类)50件,占62.5%;"
            "正在解决的(B类)25件,占31.25%。")
    assert figure(text, "50").category == "suggestions"
    assert figure(text, "25").category == "suggestions"


def test_the_group_before_he_is_no_part_of_the_counted_name():
    text = "1978年,由县政协副主席带领部分常委和60余名各界人士,对农田水利建设进行专题考察。"
    assert figure(text, "60").subject == "各界人士"


def test_the_parts_a_report_is_laid_out_in_are_no_mentions():
    text = ("主席所作的常委会工作报告,从6个方面对一年来的工作进行了回顾。会议从五个方面进行了总结,"
            "全年提出4个方面20条建议。")
    assert [m.numeral for m in extract(text).metrics] == ["4", "20"]


def test_a_higher_body_that_adopts_or_commissions_is_not_at_work():
    # 全国政协、市委…采用 / 全国政协和市委约稿: the higher body receives the city body's information
    text = ("五年来,杭州市政协共编报社情民意信息900件,其中全国政协和市委约稿专报150件。"
            "全国政协、市委、市政府共采用或得到领导批示600件。")
    orgs = {m.numeral: m.org_name for m in extract(text).metrics}
    assert orgs == {"900": "杭州市政协", "150": "杭州市政协", "600": "杭州市政协"}


@pytest.mark.parametrize("text, numeral, subject", [
    # 与 inside a word (参与) before the next number opens no next item
    ("组织委员30人参与调研3次。", "30", "参与调研的委员"),
    ("组织委员20人参与视察2次。", "20", "参与视察的委员"),
])
def test_a_word_holding_a_joiner_before_the_next_number_is_no_next_item(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral", [
    # money given as money (慰问金, 助学金, 善款) is the sum given, not the worth of a thing
    ("委员们为困难户发放了2000元的慰问金。", "2000"),
    ("向贫困学生发放了5万元的助学金。", "5"),
    ("爱心企业捐赠了10万元的善款。", "10"),
])
def test_money_given_as_money_is_no_worth(text, numeral):
    assert not figure(text, numeral).subject.endswith("价值")


def test_bodies_doing_another_errand_are_no_handlers_of_documents():
    # 办理 here is a formality, and no proposal or suggestion is named: no 承办提案的单位 reading
    assert "办理" in figure("委员企业帮助23家单位办理了相关手续。", "23").subject
    assert figure("委员企业帮助23家单位办理了相关手续。", "23").subject != "办理单位"


def test_a_total_worth_is_named_by_its_thing():
    # 总价值 as 价值: the thing in the clause before names it
    text = "委员们为敬老院送去了棉被等过冬物资,总价值1.6万元。"
    assert figure(text, "1.6").subject == "过冬物资价值"


@pytest.mark.parametrize("text, numeral, subject", [
    # each item of a run of adoptions and endorsements borrows the thing the run is about, not the
    # item before's own predicate
    ("去年共编报社情民意信息210篇,2篇被省委书记批示,9篇被全国政协采用,被省政协采用40篇。", "9",
     "编报社情民意信息被全国政协采用"),
    ("去年共编报社情民意信息210篇,2篇被省委书记批示,9篇被全国政协采用,被省政协采用40篇。", "40",
     "编报社情民意信息被省政协采用"),
    # a figure whose own subject is worded in the passive lends its thing, not its predicate
    ("委员撰写的调研报告被市委采用12篇,有3篇被写入全市规划。", "3", "撰写的调研报告被写入全市规划"),
    # ... and the 被 of bedding (被服, 棉被) is part of the thing, no passive
    ("县政协机关采购被服150套,其中60套被送往安置点。", "60", "县政协机关采购被服被送往安置点"),
])
def test_a_run_of_adoptions_borrows_the_thing_not_the_predicate_before(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_a_figure_that_borrows_a_verb_keeps_its_own_verb_for_the_next_one():
    # 编印 acts on the thing the 58 count; the 9 after it are of what was 编印, not of what was received
    text = "截至目前,共收到各界反映的社情民意58条,编印9期36条。"
    assert figure(text, "36").subject == "编印社情民意"


def test_an_endorsement_of_the_bodys_own_results_stays_reporting():
    text = "今年形成调研报告16篇,其中7篇获得县委主要领导批示。"
    metric = figure(text, "7")
    assert (metric.subject, metric.category) == ("调研报告获得县委主要领导批示", "reporting")


@pytest.mark.parametrize("text, numeral, subject", [
    # a long list cut to length keeps whole words: a short first item whole ...
    ("县政协动员部分市区政协委员、新乡贤、返乡青年捐助困难学生资金8万元。", "8", "新乡贤、返乡青年捐助困难学生资金"),
    # ... a long one's broken last character dropped
    ("县政协动员在外地创业的政协委员、返乡青年捐助困难学生资金8万元。", "8", "返乡青年捐助困难学生资金"),
])
def test_a_list_cut_to_length_starts_at_a_whole_word(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # a phrase cut to length does not start inside a word: one just past the limit keeps its first
    # word whole (承办, not 办) ...
    ("去年市交通局共承办人大代表建议和政协委员提案26件。", "26", "承办人大代表建议和政协委员提案"),
    ("去年市政协委员围绕重大文化工程编辑出版文史类图书8部。", "8", "重大文化工程编辑出版文史类图书"),
    ("该局今年正在进一步讨论落实或列入规划逐步解决的有6件。", "6", "讨论落实或列入规划逐步解决"),
    # (乡村振兴, not 村振兴)
    ("今年全市两级政协委员在乡村振兴示范点累计捐建文化广场9个。", "9", "乡村振兴示范点累计捐建文化广场"),
    # ... nor at the joiner between two items
    ("今年共收到有关人民团体和市政协各专门委员会集体提案45件。", "45", "市政协各专门委员会集体提案"),
])
def test_a_phrase_cut_to_length_starts_at_a_word(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_a_cut_inside_a_bracketed_aside_starts_past_it():
    text = "王明委员(某某市建筑材料贸易有限责任公司)捐赠防护服500套。"
    assert figure(text, "500").subject == "捐赠防护服"


@pytest.mark.parametrize("text, numeral", [
    # money raised for charity is outreach, whatever fund or business word stands near it
    ("县政协牵头组织了一次书画义卖活动,募集的12万余元善款全部纳入奖励基金。", "12"),
    ("市政协发起倡议,委员们捐出的8万元善款已交给县慈善总会。", "8"),
    ("商会会员积极响应,募得资金3万元,用于资助困难家庭。", "3"),
])
def test_money_raised_for_charity_is_outreach(text, numeral):
    assert figure(text, numeral).category == "outreach"


@pytest.mark.parametrize("text, numeral", [
    # bodies counted as handlers of proposals count proposals, even where the sentence also hands
    # them another thing, or names the proposals only after the bodies
    ("会议共收到提案64件、社情民意信息7件,分别交由22个部门具体承办。", "22"),
    ("去年,市政府系统共有52个部门和单位办理市政协五届三次会议以来提案240件。", "52"),
])
def test_handlers_of_proposals_count_proposals(text, numeral):
    assert figure(text, numeral).category == "proposals"


@pytest.mark.parametrize("text, numeral, category", [
    # members counted as a session's roll call tell the body's make-up, not a meeting
    ("第三次全体会议在县礼堂举行,出席会议的委员118人。", "118", "organization"),
    ("会议应到委员95名,列席会议的常委8名。", "8", "organization"),
    # ... while members counted by an activity keep the activity
    ("年内组织参加视察的委员36人。", "36", "research"),
])
def test_members_attending_a_session_are_its_roll_call(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, numeral, subject", [
    # an attendance word alone counts the people the roll call's figure before named
    ("全会应到委员168名,实到151名,符合规定人数。", "151", "实到委员"),
    ("常委会议应到常委41人,实到36人,缺席5人。", "5", "缺席常委"),
    ("全会应到委员168名,因病因事请假9名,实到159名。", "9", "因病因事请假委员"),
    ("全会应到委员168名,因病因事请假9名,实到159名。", "159", "实到委员"),
    # people counted by their attendance are named by it
    ("区政协主席主持大会。296名委员出席开幕式。", "296", "出席开幕式的委员"),
    # ... not the things a figure before counted
    ("会议收到提案86件,实到12人。", "12", "实到"),
])
def test_an_attendance_word_alone_counts_the_people_named_before(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # an endorsement after an endorsement is another item of the run, not an endorsement of the first
    ("全年编发社情民意专报52期,省领导批示6次,市领导批示14次。", "14", "市领导批示"),
    # ... while one after a count of things endorses those things
    ("全年编发社情民意专报52期,市领导批示14期。", "14", "社情民意专报获市领导批示"),
])
def test_a_run_of_endorsements_names_each_by_its_own_words(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # an outcome class's bracketed label is a word of the name, not an aside cut in half
    ("全年办理提案120件。其中已经落实的(A类)70件,占58.3%;正在落实的(B类)有45件。", "70", "落实的A类提案"),
    ("全年办理提案120件。所提问题已经解决的(A类)有64件,占53.3%。", "53.3", "所提问题已经解决的A类提案占比"),
])
def test_an_outcome_class_label_in_brackets_is_part_of_the_name(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # a headline sets its phrases apart with spaces, which the analysis copy joins: the figure's words
    # start after the last one
    ("县政协十一届三次会议开幕 五年提案1860件\n本报讯", "1860", "提案"),
    ("春节慰问活动结束 委员捐赠物资价值近30万元\n本报讯", "30", "委员捐赠物资价值"),  # (the donor stays: _gift_only)
    # ... and end them: the next phrase is no word of the figure's
    ("县政协五年履职成效显著!提出建议260条 助推项目落地45个\n本报讯", "260", "提出建议"),
    # a stray space inside a word is no break
    ("县政协编辑出版文 史资料18辑\n本报讯", "18", "县政协编辑出版文史资料"),
    # nor is a space in a sentence, whose commas part its phrases
    ("会议期间,县政协共 收到提案212件,立案200件。", "212", "收到提案"),
])
def test_a_headlines_spaces_part_its_phrases(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # a clause that only names a theme sets apart the things the next clause counts, not who submitted them
    ("其中,围绕乡村振兴,委员和各民主党派提出提案126件,占总数的31%。", "126", "围绕乡村振兴提出提案"),
    ("其中,围绕乡村振兴,委员和各民主党派提出提案126件,占总数的31%。", "31", "围绕乡村振兴提出提案占比"),
    # a theme listed by examples is named by the head after 等
    ("围绕老旧小区改造、停车难、加装电梯等群众关心的民生难题提出提案88件。", "88", "围绕群众关心的民生难题提出提案"),
    # a head that only says what kind of thing the examples were (等主题, 等方面) names no theme
    ("围绕养老托育、停车难等主题开展协商活动15次。", "15", "协商活动"),
    # a clause that does something is no bare theme
    ("围绕乡村振兴开展专题调研,3位副主席带队。", "3", "副主席"),
    # a theme too long to stand beside the things leaves them their means
    ("其中,围绕基层治理现代化重点难点问题,通过网上平台提交书面提案45件。", "45", "通过网上平台提交书面提案"),
])
def test_a_theme_sets_apart_what_is_counted(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # a long list of submitters names a part of a total, kept as far as its last items fit
    ("立案提案中,委员个人提出提案300件,占75%;各民主党派、有关人民团体、各界别和各专门委员会提出提案100件,占25%。",
     "100", "有关人民团体、各界别和各专门委员会提出提案"),
    # a total after no other figure is named by its verb alone, whoever submitted it
    ("会议期间,政协委员、各民主党派、工商联和各专门委员会共提出提案400件。", "400", "提出提案"),
])
def test_a_list_of_submitters_names_a_part(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject", [
    # 进行 is a verb: what it was done to, or by, is counted by it (the verb alone is no deed)
    ("医卫界委员为全镇60名留守儿童进行了健康体检。", "60", "进行健康体检的留守儿童"),
    ("会议对3份调研报告进行了专题审议。", "3", "进行专题审议的调研报告"),
    ("两会期间委员们共进行了12次分组讨论。", "12", "分组讨论"),
])
def test_things_done_with_jinxing_are_named_by_the_deed(text, numeral, subject):
    assert figure(text, numeral).subject == subject


@pytest.mark.parametrize("text, numeral, subject, category", [
    # a part named by a relative clause alone counts the thing of the figure before
    ("全年组织专题视察活动18项,其中关注教育的有7项,关注养老的有11项。", "7", "关注教育的专题视察活动", "research"),
    # ... and the next part of the run too, not the part before it
    ("全年组织专题视察活动18项,其中关注教育的有7项,关注养老的有11项。", "11", "关注养老的专题视察活动", "research"),
    # a class is written before its thing, without 的
    ("去年立案提案96件,其中关于城市建设方面的31件。", "31", "城市建设方面提案", "proposals"),
    # people: the member word of the figure before
    ("应到常委42名,按时出席的有39名。", "39", "按时出席的常委", "organization"),
])
def test_a_part_named_by_a_relative_clause_counts_the_thing_before(text, numeral, subject, category):
    metric = figure(text, numeral)
    assert (metric.subject, metric.category) == (subject, category)


@pytest.mark.parametrize("text, numeral, lent", [
    # a part lends no modifier to the suggestions after a semicolon
    ("开展走访活动12项,其中关注就业的有5项;委员们向镇党委提出意见建议26条。", "26", "关注就业"),
    # people counted before lend no modifier to the people served
    ("开展义诊下乡活动30余场,参与委员超过400人次,服务群众逾6000人次。", "6000", "委员"),
])
def test_what_a_figure_does_not_borrow_from_the_figure_before(text, numeral, lent):
    assert lent not in figure(text, numeral).subject


def test_an_activity_before_lends_its_name_to_the_suggestions_it_produced():
    assert figure("组织专题视察9次,提出意见建议41条。", "41").subject == "专题视察意见建议"


@pytest.mark.parametrize("text, numeral, subject, category", [
    # 当中 opens a pool like 其中: what was adopted is the thing before
    ("全年收到社情民意来稿860篇,当中有210篇获采用。", "210", "收到社情民意来稿获采用", "public_opinion"),
    # a count of aspects keeps 方面; the count after it counts the suggestions
    ("课题组走访企业,归纳出5个方面共24条建议。", "24", "建议", "suggestions"),
    # a liaison group is an author of proposals
    ("共收到提案65件,其中街道联络组提出的提案9件。", "9", "街道联络组提出的提案", "proposals"),
    # people named by what they did keep the verb that says it
    ("参与提出提案的委员88人,占委员总数的59%。", "88", "参与提出提案的委员", "proposals"),
    # a verb after 的 inside the name of an activity is no predicate
    ("街道委员工作室去年开展了40余场形式多样的联系界别群众活动。", "40", "形式多样的联系界别群众活动", "outreach"),
    # a model name's digits do not end the noun after a count
    ("委员企业向社区捐赠了2000个N95口罩。", "2000", "委员企业向社区捐赠N95口罩", "outreach"),  # (the giver and receiver stay: _gift_only)
])
def test_subject_words_around_the_figure(text, numeral, subject, category):
    metric = figure(text, numeral)
    assert (metric.subject, metric.category) == (subject, category)


def test_a_run_of_long_titles_before_a_count_is_examples():
    text = ("县政协把《关于加快农村污水处理设施建设,改善乡村人居环境的建议》和《关于扶持本地茶叶品牌"
            "发展的建议》2件提案列为重点提案。")
    assert "建议" not in figure(text, "2").subject


@pytest.mark.parametrize("text, numeral, category", [
    # counted heads before 有 are the body's make-up
    ("区政协机关召开座谈会。本届区政协常委有27名,委员有180名。", "27", "organization"),
    # receiving visiting groups and friends from abroad is exchange
    ("一年来,接待外地学习考察团组35个、境外友人120人次。", "35", "exchange"),
    ("一年来,接待外地学习考察团组35个、境外友人120人次。", "120", "exchange"),
    # the words of a document's title never say what was endorsed
    ("民建区委会报送社情民意信息18篇。王某撰写的《关于加强老旧小区电梯加装的建议》等3篇信息获市领导批示。",
     "3", "public_opinion"),
    # ... while a periodical's short name does
    ("全年向区委报送《社情民意》12期,得到区领导9人次的批示。", "9", "public_opinion"),
    # the reach of a public account is publicity
    ("机关公众号全年推送文章320篇,阅读总量达85万次。", "85", "publicity"),
])
def test_categories_of_figures_on_unseen_pages(text, numeral, category):
    assert figure(text, numeral).category == category


@pytest.mark.parametrize("text, subject", [
    # 由 is a filler before who did it (由委员个人提出的), not the first character of 由此, 由于, 由衷
    ("项目建成投产,由此带动就业岗位300个。", "由此带动就业岗位"),
    ("由于疫情防控需要取消线下活动3场。", "由于疫情防控需要取消线下活动"),
])
def test_a_word_that_opens_with_a_filler_keeps_it(text, subject):
    assert extract(text).metrics[0].subject == subject


@pytest.mark.parametrize("text, category", [
    # a delegation (来访团组) is exchange; a youth league branch (团组织) is no delegation
    ("全年接待来访团组15批。", "exchange"),
    ("全年指导新建基层党团组织12个。", "other"),
    ("推动非公企业建立团组织23个。", "other"),
])
def test_a_delegation_is_exchange_and_a_league_branch_is_not(text, category):
    assert extract(text).metrics[0].category == category


@pytest.mark.parametrize("text, numeral, subject", [
    # those given to are counted, not who gave: 向 + a place before the count, like 为
    ("会上,县政协委员向河口镇60名留守儿童赠送了学习用品。", "60", "留守儿童赠送了学习用品"),  # (the gift stays: 获赠学习用品的留守儿童)
    # 对 + a year: the things the verb after the count acts on, with their year
    ("会议安排对2015年的12件重点提案进行跟踪督办。", "12", "进行跟踪督办的2015年重点提案"),
    # who reviewed the proposals is no part of what was filed
    ("全会期间共收到提案210件,经大会提案审查组审查立案196件。", "196", "审查立案的提案"),
])
def test_who_acted_is_no_part_of_what_was_counted(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_economy_is_no_reviewer():
    # 经济… opens a noun, not 经 + the body that reviewed (经提案委员会审查)
    assert figure("全年完成经济合同审查12件。", "12").subject == "经济合同审查"


@pytest.mark.parametrize("text, numeral, subject", [
    # 参与 is a verb of its own: its 与 joins nothing
    ("这次座谈共有35名居民参与,大家畅所欲言。", "35", "居民"),
    # what 将 takes is counted; who handed it on is no part of it
    ("区政协主席李明将各界捐赠的12万元善款交给了村委会。", "12", "各界捐赠善款交给了村委会"),
    # and 将 after the thing starts what is done with it
    ("此次募集的8万元资金将全部用于修建村道。", "8", "此次募集资金"),
    # 即将 is no 将 taking an object
    ("学校为150名即将入学的新生发放助学金。", "150", "即将入学的新生发放助学金"),
])
def test_jiang_parts_the_counted_thing_from_who_handed_it_on(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_a_quoted_name_after_the_count_is_one_noun():
    # 就 inside a name ends nothing
    assert figure("全区已建成8个“邻里就来坐”议事点。", "8").subject == "邻里就来坐议事点"


def test_items_before_a_class_word_name_the_class_of_a_bare_count():
    # 等方面的64件: the listed fields are the class, not examples of a head left out
    assert figure("大会收到提案210件,其中涉及交通、水利、能源等方面的64件。", "64").subject == "交通、水利、能源等方面提案"


@pytest.mark.parametrize("text, numeral, subject", [
    # who gave (a title and a name) and to whom (向…) set the gift apart; the currency does not
    ("当天,商会会长刘建华捐赠8万元。", "8", "会长刘建华捐赠"),
    ("委员孙丽向县福利院捐资人民币3万元,用于添置被褥。", "3", "委员孙丽向县福利院捐资"),
    ("全县政协系统向受灾乡镇捐款捐物260余万元。", "260", "全县政协系统向受灾乡镇捐款捐物"),
    # a share keeps its words
    ("县政协委员向每名学生捐款800元。", "800", "县政协委员向每名学生捐款"),
])
def test_a_gift_is_named_with_its_giver_and_receiver(text, numeral, subject):
    assert figure(text, numeral).subject == subject


def test_a_place_named_with_jiang_is_no_disposal():
    # 将乐县 is a county: its 将 hands nothing on
    assert "将乐县" in extract("将乐县政协组织委员30名开展视察。").metrics[0].subject
