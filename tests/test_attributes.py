"""Period and category readings added from fresh pages (issue 11): a rule's thresholds are targets,
money given away is outreach, and members are counted by what their sentence goes on to do.
Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract

from figures import the_figure


def _reading(sentence: str, numeral: str) -> tuple[str, str]:
    figure = the_figure(sentence, numeral)
    return figure.period, figure.category


@pytest.mark.parametrize("sentence, numeral", [
    ("该办法规定,委员每年参加专题视察不少于3次。", "3"),              # a threshold in a rule
    ("按照新制度,常委一年内无故缺席常委会议2次者,予以书面通报。", "2"),  # a condition (N次者)
    ("届内提交提案少于 4 件的委员,换届时不再提名。", "4"),             # a floor, spaced as in PDFs
    ("读书小组一般每月进行1次集中研讨。", "1"),                        # a rhythm the rule sets
])
def test_rules_and_quotas_are_targets(sentence, numeral):
    assert _reading(sentence, numeral)[0] == "target"


@pytest.mark.parametrize("sentence, numeral", [
    ("全年组织专题视察12次,形成视察报告5篇。", "12"),
    ("今年以来共收到委员意见建议86条。", "86"),
])
def test_reports_without_a_rule_stay_actual(sentence, numeral):
    assert _reading(sentence, numeral)[0] == "actual"


@pytest.mark.parametrize("sentence, numeral, category", [
    ("县工商联界委员向山区小学捐赠资金8万元。", "8", "outreach"),         # money given is a donation
    ("委员们为困难家庭捐资3万元。", "3", "outreach"),
    ("区政协为结对村争取民生项目资金50万元。", "50", "economy"),          # money raised for a project is not
])
def test_money_given_away_is_outreach(sentence, numeral, category):
    assert _reading(sentence, numeral)[1] == category


@pytest.mark.parametrize("sentence, numeral, category", [
    # taking part after a comma: the members are counted by the activity, not as members
    ("区政协副主席以及9名政协委员,参加了义诊活动启动仪式。", "9", "outreach"),
    # their clause goes on past them to a doing verb and its activity
    ("民革6名市政协委员随工作组,前往园区开展专题调研。", "6", "research"),
    # a count that closes its clause, or frames a set, is the body's make-up
    ("会议增选常委4人,通过了有关决议。", "4", "organization"),
    ("在全体委员316人中,提交提案的委员有280人。", "316", "organization"),
])
def test_members_are_counted_by_what_their_sentence_has_them_do(sentence, numeral, category):
    assert _reading(sentence, numeral)[1] == category


@pytest.mark.parametrize("sentence, numeral, category", [
    # sectors counted as the body's make-up, whatever their clause frames
    ("本届市政协委员来自28个界别,共有委员410名。", "28", "organization"),
    ("大会邀请了来自16个界别的120名委员列席。", "16", "organization"),
    # ... unless their clause says what they did
    ("今年共有11个界别提交界别提案35件。", "11", "proposals"),
])
def test_sectors_are_the_bodys_make_up_unless_they_did_something(sentence, numeral, category):
    assert _reading(sentence, numeral)[1] == category


@pytest.mark.parametrize("sentence, numeral", [
    ("市政协书画院成立,聘请了6名顾问。", "6"),                # the verb right before the count
    ("提案委员会从有关部门聘任特约联络员14名。", "14"),         # the verb before the noun the count follows
    ("首批特聘18名专家组成参政议政智库。", "18"),
    ("区政协选派4名干部到结对村驻村帮扶。", "4"),             # a posting, as before
])
def test_people_appointed_or_posted_are_the_bodys_staffing(sentence, numeral):
    assert _reading(sentence, numeral)[1] == "organization"


def test_a_dispatch_verb_far_from_the_count_does_not_make_staff():
    # 选派专家开展义诊: the people counted are those the clinics served, not the experts sent
    assert _reading("县政协选派专家开展义诊服务群众260人次。", "260")[1] == "outreach"


@pytest.mark.parametrize("sentence, numeral", [
    ("主席强调,一要抓好学习;二要抓好提案督办,对18件重点提案逐件跟踪。", "18"),  # a speech's requirements
    ("按照工作室制度要求,每位成员年内至少提交2件提案。", "2"),                  # a requirement's floor
    ("常委每届至少要撰写1篇调研报告。", "1"),
    ("会议要求各委员至少走访2户群众,每月至少一次到联系点。", "一"),  # a floor right after another
])
def test_requirements_are_targets(sentence, numeral):
    assert _reading(sentence, numeral)[0] == "target"


@pytest.mark.parametrize("sentence, numeral", [
    ("全年共走访委员82人次,统一思想。", "82"),          # 统一 is no numbered requirement
    ("全年组织视察9次,提出意见建议40条。", "9"),
])
def test_reports_without_a_requirement_stay_actual(sentence, numeral):
    assert _reading(sentence, numeral)[0] == "actual"


def test_income_per_head_is_context_not_a_quota():
    # 人均 as a quota (每名委员人均…) is a target; a place's income per head is a fact about it
    assert _reading("该村2019年人均纯收入不足3800元,是省定贫困村。", "3800")[0] == "context"
    assert _reading("委员人均提交提案2件。", "2")[0] == "target"


@pytest.mark.parametrize("sentence, numeral, category", [
    # what was endorsed, named just before, not the 件 items (提案) the sentence goes on to count
    ("全年报送社情民意信息56篇,获市领导批示31件次,办复委员提案260件。", "31", "public_opinion"),
    ("向县委报送调研报告12件,县领导批示20件次,承办单位办复提案188件。", "20", "reporting"),
    # an endorsement of proposals stays proposals
    ("市领导审阅《提案摘报》后作出批示15件次。", "15", "proposals"),
])
def test_an_endorsement_counts_what_was_endorsed(sentence, numeral, category):
    assert _reading(sentence, numeral)[1] == category


@pytest.mark.parametrize("sentence, numeral, period", [
    # 累计 opens a running total that the rest of its sentence goes on listing
    ("三年来,委员工作室累计开展活动86场,收集意见建议410条,帮助解决问题57个。", "410", "cumulative"),
    ("三年来,委员工作室累计开展活动86场,帮助解决问题57个。", "57", "cumulative"),
    # ... up to a semicolon, after which another party's figures follow
    ("县政协累计募集善款30万元;某企业为敬老院捐赠棉被200床。", "200", "actual"),
])
def test_a_running_total_governs_the_rest_of_its_sentence(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, category", [
    # a deferring head (稿件) whose sentence names nothing before it takes the kind the sentence
    # before names: 文史 manuscripts are culture
    ("县政协的文史资料征集工作逐步走上正轨。截至目前,共收集稿件316篇。", "316", "culture"),
    # ... and keeps publicity where its own sentence says so
    ("县政协的文史资料征集工作逐步走上正轨。全年在市级以上媒体刊发宣传稿件52篇。", "52", "publicity"),
])
def test_a_deferring_head_reads_the_sentence_before_when_its_own_names_nothing(sentence, numeral, category):
    assert _reading(sentence, numeral)[1] == category


@pytest.mark.parametrize("sentence, numeral, category", [
    # a dispatch verb whose object is a deed, not a post: the people counted are those the deed reached
    ("县政协选派干部慰问困难群众500人。", "500", "outreach"),
    ("市政协聘请律师服务群众300人次。", "300", "outreach"),
    # an object that ends in a post is the people appointed
    ("政协聘任特邀社情民意信息员28名。", "28", "organization"),
    ("市政协决定聘请某某等40名同志为特邀委员。", "40", "organization"),
])
def test_an_appointment_s_object_must_name_a_post(sentence, numeral, category):
    assert _reading(sentence, numeral)[1] == category


def test_a_running_total_does_not_reach_past_this_year_s_part():
    # 其中本年度新增…: a part of the running total that is one year's own
    sentence = "累计收到提案1200件,办结率100%,其中本年度新增提案300件。"
    assert _reading(sentence, "1200")[0] == "cumulative"
    assert _reading(sentence, "300")[0] == "actual"
    # … while the parts of a running total are its own (其中国家级14篇)
    assert _reading("去年以来累计发稿226篇,其中国家级14篇、省级136篇。", "14")[0] == "cumulative"


@pytest.mark.parametrize("sentence, numeral", [
    ("按照要求每位委员至少提交1件提案,今年共收到提案398件。", "398"),  # the floor is the first figure's
    ("今年,我们坚持“三要三不要”,共收到提案300件。", "300"),            # a quoted slogan, no requirement
])
def test_a_requirement_governs_its_own_clause_only(sentence, numeral):
    assert _reading(sentence, numeral)[0] == "actual"


@pytest.mark.parametrize("sentence, numeral, period", [
    # a streak frames its own clause only: an award streak or a semicolon does not make this year's work
    # cumulative, nor does a plan's streak outvote its plan
    ("县政协连续三年开展助学活动,资助学生累计45名。", "45", "cumulative"),
    ("县政协连续3年被评为先进集体,今年组织视察12次,提出建议30条。", "30", "actual"),
    ("区政协连续五年荣获综合考核一等奖;本年度共收到提案215件。", "215", "actual"),
])
def test_a_streak_frames_its_own_clause(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral", [
    # what the body set up, and those whose work came in, are counted (not its standing make-up)
    ("县政协共设5个调研组,分赴各乡镇开展调研。", "5"),
    ("本次会议共收到来自56名委员的提案86件。", "56"),
    # a count of people the sentence then picks from is still people who did something
    ("在受表彰的30名优秀委员中,有12名是党外委员。", "30"),
    ("今年提交提案的210名委员中,新委员占四成。", "210"),
    # 按 a number of groups or a standard is how the work was done, not a quota
    ("委员们按5个专题分组开展调研。", "5"),
    ("县政协按2000元的标准慰问了30户困难家庭。", "2000"),
])
def test_counts_of_work_near_make_up_words_stay_actual(sentence, numeral):
    assert _reading(sentence, numeral)[0] == "actual"


@pytest.mark.parametrize("sentence, numeral, period", [
    # an amount handed to each recipient at an event is given, not a quota
    ("活动现场,委员们向每名困难学生发放助学金1500元。", "1500", "actual"),
    ("仪式上,每位受助学生获得资助2000元。", "2000", "actual"),
    # ... a sum each member is asked to give is still a quota
    ("倡议每名委员捐款不少于500元。", "500", "target"),
    ("倡议每位委员为贫困学生捐款500元。", "500", "target"),
    ("明确每名委员每年联系3名以上界别群众。", "3", "target"),
])
def test_a_sum_handed_to_each_recipient_is_actual(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, period", [
    # the make-up of a new term's members (非中共委员占60%) is a fact about the body
    ("新一届委员中,非中共委员占61.2%,妇女委员占28.5%。", "61.2", "context"),
    ("新一届委员中,非中共委员占61.2%,妇女委员占28.5%。", "28.5", "context"),
    # ... the members who took part in something are counted as done
    ("本次视察活动中,党外委员达到35人。", "35", "actual"),
    ("参与提案的委员达320人,占委员总数的81.5%。", "81.5", "actual"),
])
def test_the_members_make_up_is_context(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, period", [
    # 争取 before funds is money secured (为村里争取资金80万元), not a goal strived for
    ("县政协为结对村争取道路硬化等项目资金80万元。", "80", "actual"),
    ("近年来,委员们每年争取资金和物资200余万元支持帮扶村。", "200", "actual"),
    # ... while 争取 before what is to be done, or funds still to be won, stays a target
    ("今年争取完成重点调研课题6项。", "6", "target"),
    ("明年,县政协将积极争取上级项目资金500万元。", "500", "target"),
    ("2024年计划争取各类帮扶资金300万元。", "300", "target"),
])
def test_funds_secured_are_actual(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, period", [
    # the members counted after their word, with nothing done: the body's standing make-up
    ("经协商,新一届市政协委员共有386名,其中女性委员97名。", "386", "context"),
    ("经协商,新一届市政协委员共有386名,其中女性委员97名。", "97", "context"),
    ("本届县政协常委有41名,委员总数为215名。", "41", "context"),
    ("本届县政协常委有41名,委员总数为215名。", "215", "context"),
    ("名单中,特邀界别人士有18人。", "18", "context"),
    # the whole body a part is taken from (N名…委员中)
    ("据统计,在186名市政协委员中,有52名是党外委员。", "186", "context"),
    # guards: a roll call, an election, a sign-up or people who did something stay actual
    ("大会应到委员260人,特邀委员12人;实到委员248人,特邀委员10人。", "12", "actual"),
    ("会议选举产生了主席1名、副主席4名、常务委员29名。", "29", "actual"),
    ("截至目前,已有231名委员报名参会,其中少数民族委员26人。", "26", "cumulative"),
    ("今年参与调研的委员有45名,提交调研报告12篇。", "45", "actual"),
    ("今年有项目的委员68人参加了招商推介会。", "68", "actual"),
    ("委员工作室设召集委员2名,参与委员11名。", "2", "actual"),
    ("会议增补委员6名,委员总数为233名。", "233", "actual"),  # a change: the total after it too
    ("截至目前,驻省全国政协委员有9人17篇发言被采用。", "9人", "cumulative"),
    ("本组委员共有12人提交提案。", "12", "actual"),
])
def test_members_named_before_their_count_are_the_make_up(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, period", [
    # a comparison with the term before is context, as one with last year is
    ("新一届委员名单较上届减少12人。", "12", "context"),
    ("港澳委员由上届20人增至24人。", "24", "context"),
    # guard: this term's own count, named beside the last term, stays actual
    ("本届以来共收到提案1500件,上届同期为1300件。", "1500", "cumulative"),
])
def test_a_comparison_with_the_last_term_is_context(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, period", [
    # a streak (连续N年) frames its own clause only: an award streak or a habit before this year's work leaves
    # that work this year's (a sentence-scope streak was tried twice and made such counts cumulative)
    ("县政协提案已连续两年实现办复率100%、满意率98%。", "98", "actual"),
    ("县政协连续三年开展助学活动,今年资助学生30名。", "30", "actual"),
    ("市政协连续三年在全市综合考核中被评为优秀等次,共收到提案300件。", "300", "actual"),
    ("市政协连续两年入选全省信息工作先进集体,报送信息85篇。", "85", "actual"),
    ("该委员连续5年参加全国两会,提交提案10件。", "10", "actual"),
])
def test_a_streak_frames_its_clause_only(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, period", [
    # members counted with what they did right after, or by a clause of their work, are no membership
    ("今年,市政协委员45人深入基层开展调研,形成报告8篇。", "45", "actual"),
    ("区政协委员15人获评优秀委员。", "15", "actual"),
    ("来自医卫界的政协委员20余名为群众义诊。", "20", "actual"),
    ("开展视察活动的委员有50名,占委员总数的12%。", "50", "actual"),
    ("开展视察活动的委员有50名,占委员总数的12%。", "12", "actual"),
    ("参加培训的人员共150名,其中委员80名。", "80", "actual"),
    # a membership may go on after its count (分属, 组成, 和 …)
    ("县政协现有委员230名分属15个界别。", "230", "context"),
    ("区政协现有委员206名和特邀委员12名。", "206", "context"),
    # an election elsewhere in the sentence leaves a membership one; a list of those elected stays actual
    ("经过换届选举,新一届市政协共有委员380名。", "380", "context"),
    ("会议选举产生了主席1名、副主席4名、常务委员29名。", "29", "actual"),
    # a share of a group that is not the body's members is no make-up
    ("受益群众中妇女的占60%。", "60", "actual"),
    ("在评选出的优秀提案中,党外委员提出的占70%。", "70", "actual"),
    # working with this term's members is no comparison with the last term
    ("由本届委员牵头开展调研12次。", "12", "actual"),
    ("今年,市政协和本届委员一起走访群众200户。", "200", "actual"),
])
def test_members_at_work_are_not_the_make_up(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


@pytest.mark.parametrize("sentence, numeral, period", [
    # a breakdown of the members by their shares of the whole is the body's make-up
    ("在28名住区全国政协委员中,民盟4名,占委员总数的14%;教育界3名,占委员总数的11%。", "4名", "context"),
    ("在28名住区全国政协委员中,民盟4名,占委员总数的14%;教育界3名,占委员总数的11%。", "11", "context"),
    ("中共委员人选占41.2%,新提名的占46.5%。", "41.2", "context"),
    ("中共委员人选占41.2%,新提名的占46.5%。", "46.5", "context"),
    # guards: the share of members who did something is their work
    ("今年共有212名委员提交提案,占委员总数的88.3%。", "88.3", "actual"),
    ("参与提案的委员288人,占委员总数的76.4%。", "288", "actual"),
])
def test_a_breakdown_of_the_members_is_the_make_up(sentence, numeral, period):
    assert _reading(sentence, numeral)[0] == period


def test_a_class_of_another_count_in_its_own_sentence_keeps_that_thing():
    # the class's sentence counts letters first: the class divides them, not the proposals above
    text = "大会共收到提案320件。\n市政协全年受理群众来信来访46件,其中涉及民生方面的30件。"
    assert [m.category for m in extract(text).metrics][-1] != "proposals"


def test_a_class_below_a_count_of_proposals_is_proposals():
    # the class list starts a paragraph of its own: the count above it says what the classes divide
    text = "本次会议共收到提案320件。\n按内容分,经济发展方面的98件,占30.6%。"
    assert [m.category for m in extract(text).metrics] == ["proposals", "proposals", "proposals"]


@pytest.mark.parametrize("text", ["委员们赠药送医260人次。", "委员们开展科技宣讲12场。"])
def test_medicine_taken_to_villages_and_science_talks_are_outreach(text):
    assert extract(text).metrics[0].category == "outreach"
