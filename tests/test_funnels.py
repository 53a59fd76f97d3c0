"""Proposal funnels (mart_proposal_funnel) read from texts written for these tests."""
from __future__ import annotations

import duckdb
import pytest

from funnels import funnel_rows

from lvzhi.extract import extract

# every stage and stated rate of one body's year, in simplified script
FULL_FUNNEL = (
    "中国人民政治协商会议重庆市江北区委员会常务委员会工作报告\n2024年工作回顾\n"
    "一年来,区政协提案工作扎实推进。十届三次会议以来,共收到提案260件,经审查立案231件,并案12件,"
    "不予立案17件,已转为社情民意信息处理,立案率88.8%。\n"
    "截至11月底,231件提案全部办复,办复率100%,委员满意和基本满意率99.1%。\n"
    "所提建议被采纳或部分采纳178件、占77.1%。\n"
    "遴选重点提案9件,由主席会议成员领衔督办,其中3件由区领导牵头督办。\n"
)

# traditional script; the government's handling total (建议 and 提案 mixed) is larger than the intake
GOVERNMENT_TOTAL = (
    "中國人民政治協商會議重慶市大足區委員會常務委員會工作報告\n2024年工作回顧\n"
    "全年區政協共收到提案180件,經審查立案165件,辦復率100%。\n"
    "區政府及各承辦單位共收到政協提案和人大代表建議412件,均已按期辦結。\n"
)

# 全部办复 with no count of its own, after the filed count in its sentence: that count is the completed one
# (funnel33: dev gold reads 立案468件,…,至9月份已全部办复 so); the rate is still not computed
ALL_ANSWERED = (
    "中国人民政治协商会议重庆市璧山区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案95件,经审查立案88件,所有立案提案已全部办复。\n"
    "与去年收到提案120件相比有所减少。\n"
)

# a selection from among the filed proposals, a part of those not filed, a count before a percentage
SELECTION_AND_PARTS = (
    "中国人民政治协商会议重庆市南岸区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案150件,经审查立案142件,不予立案8件,其中作为意见建议转有关部门参考5件。\n"
    "从142件立案提案中遴选出10件重点提案,由主席会议成员领衔督办。\n"
    "目前142件提案100%办复。\n"
    "提案办复率和委员满意率分别为100%和98.6%。\n"
)

# two counts in one clause: the verb between them is the second one's
TWO_COUNTS_IN_A_CLAUSE = (
    "中国人民政治协商会议重庆市渝北区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年收到提案120件已办复115件。\n"
)

# a transfer written after its count, a rate written before the handling verb, a count that only a
# part of was handled, a count before a percentage
WORDS_AFTER = (
    "中国人民政治协商会议重庆市巴南区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案210件,经审查立案190件,另有20件提案转为委员来信处理。\n"
    "截至10月底,97.5%的提案已经办复。\n"
    "立案的190余件提案绝大多数已经办结。\n"
)

# the government's part of what it received is not the body's intake either
GOVERNMENT_PART = (
    "中国人民政治协商会议重庆市綦江区委员会常务委员会工作报告\n2024年工作回顾\n"
    "区政府共收到区政协提案130件,其中会议期间收到126件,委员满意率98%。\n"
    "区科技局主办的重点提案有4件。\n"
)

# two texts on one body and year: each keeps its own row
SAME_BODY_A = (
    "中国人民政治协商会议重庆市荣昌区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年区政协共收到提案2.1万余件,立案约1.9万件。\n"
)
SAME_BODY_B = (
    "中国人民政治协商会议重庆市荣昌区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年区政协共收到提案21046件,经审查立案18977件。\n"
)

# a yearbook copied at a fixed width: its lines break inside words (立\n案), equal in length
WRAPPED = (
    "政协工作\n"
    "2015年,市政协提案委员会共收到委员和各参加单位提案132件,经审查\n"
    "立案120件,交由市直有关部门和各区县人民政府办理,年内已全部办复\n"
    "完毕。从委员反馈情况看,对办理工作表示满意和基本满意的占98.5%。\n"
)

# a session's proposals beside those of the rest of the year (traditional script): no total intake
SESSION_AND_YEAR = (
    "中國人民政治協商會議重慶市長壽區委員會常務委員會工作報告\n2024年工作回顧\n"
    "一年來,共提交大會提案212件,平時提案17件。經審查,立案203件,提案辦理回復率100%。\n"
    "堅持重點提案重點辦理,主席會議成員領銜督辦14件。\n"
)

# like proposals put together (归并) before filing, and what they became
GROUPED = (
    "中国人民政治协商会议重庆市涪陵区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案176件,对内容相近的31件提案归并为12件,共归并提案19件,经审查立案150件。\n"
)

# those satisfied, written after a percentage or as a count with its share; separate 满意 and 基本满意
# shares state no combined rate
SATISFIED = (
    "中国人民政治协商会议重庆市铜梁区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案118件,经审查立案109件,99.1%的提案人对办理结果表示满意或基本满意。\n"
)
SATISFIED_COUNT = (
    "中国人民政治协商会议重庆市梁平区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案88件,经审查立案80件。提案者表示满意和基本满意的76件,占95%。\n"
)
SATISFIED_APART = (
    "中国人民政治协商会议重庆市武隆区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案90件,经审查立案80件。对办理结果满意的65件,占81.3%;基本满意的12件,占15%。\n"
)

# a headline repeats the filed count the body gives with its share (traditional script)
HEADLINE_REPEAT = (
    "潼南區政協一年來立案156件提案全部辦復\n2024年工作回顧\n"
    "區政協全年共提交提案170件,經審查,立案156件,佔提案總數的91.8%。\n"
)

# an outcome class worded with 采纳 states the adoption rate; 不具备条件采纳 and 办结类型 state nothing
OUTCOME_CLASSES = (
    "中国人民政治协商会议重庆市城口县委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案140件,经审查立案128件,截至年底全部办复。\n"
    "其中所提建议已解决或采纳的占41.4%,列入计划逐步解决的占50.8%。\n"
    "因财力所限暂不具备条件采纳的C类10件,占7.8%。办结类型为A类的有53件。\n"
)

# 近七成 stands between a count and the stage word after it: the word is true of a part only
TENTHS = (
    "中国人民政治协商会议重庆市垫江县委员会常务委员会工作报告\n2024年工作回顾\n"
    "五年来共征集提案1520件 近七成立案提案得到解决\n"
    "五年来,县政协共征集提案1520件,经审查立案1306件。\n"
)

# a rate word after a count (办复率) is no stage of the count
KEY_RATES = (
    "中国人民政治协商会议重庆市秀山县委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案96件,经审查立案90件。其中12件重点提案办复率、满意率均达100%。\n"
)

# proposals merged into fewer (26件…并案为9件): the 26 are the merged count, the 9 what they became; a
# transfer worded 作意见
MERGED_INTO = (
    "中国人民政治协商会议重庆市丰都县委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案150件,对内容相同或相近的26件提案并案为9件,作意见处理8件,经审查立案125件。\n"
)

# a province's delegation of national members counts its own share of the national body's proposals
DELEGATION = (
    "住湘全国政协委员在全国两会上积极建言\n2024年3月\n"
    "全国政协十四届二次会议共收到提案5898件,经审查立案4979件,立案率84.4%。\n"
    "住湘全国政协委员共提交提案86件,立案71件,立案率82.6%。\n"
)

# groups of the body's own members count their share of its proposals: a democratic party's members who
# sit in the body, the members from Hong Kong and Macao; the body's totals stay
MEMBER_GROUPS = (
    "中国人民政治协商会议重庆市綦江区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案168件,经审查立案150件。\n"
    "九三学社社员委员共提交提案12件。\n"
    "区政协港澳委员围绕招商引资提出提案4件。\n"
)

# only a party's own account of what its members submitted: no row at all
MEMBER_GROUP_ONLY = (
    "民盟市委组织盟员参加市政协全会\n2024年1月\n"
    "民盟盟员政协委员在全会期间共提交提案23件,立案20件。\n"
)

# a party's members named from inside the party (会员中的…委员, 社内…委员) or its committee submitting in
# its own name: the party's share, no row
PARTY_INSIDE_ONLY = (
    "民进市委会员积极参加市政协全会\n2024年1月\n"
    "会员中的12名市政协委员共向大会提交个人提案31件。\n"
    "以市委会名义提交集体提案5件。\n"
)
PARTY_INSIDE_ONLY_TRADITIONAL = (
    "九三學社省委參加省政協全會\n2024年1月\n"
    "社內省政協委員提交提案27件,其中立案25件。\n"
)

# a provincial body's own proposals to the national body are no intake of either
UPWARD_ONLY = (
    "省政协2024年工作情况通报\n2024年12月\n"
    "省政协积极服务国家战略,向全国政协提交推动西部陆海新通道建设等提案26件。\n"
)

# those sent on as letters (转信) beside filed proposals that hold merged ones
SENT_AS_LETTERS = (
    "中国人民政治协商会议重庆市大渡口区委员会提案委员会关于提案审查情况的报告\n2024年1月10日\n"
    "截至2024年1月9日下午5时,共收到提案320件。经审查,立案280件(其中并案30件),转信10件。\n"
)

# a bureau named as the one that handled its share: its own account, no row; quoted in a body's news it
# leaves the body's figures
BUREAU_SHARE = (
    "区教育局2024年建议提案办理情况\n2024年12月\n"
    "2024年,区教育局共承办区人大代表建议12件、区政协提案8件,均已按时办结。\n"
    "办复率和满意率均为100%。\n"
)
BUREAU_QUOTED = (
    "县政协召开提案办理协商会\n2024年9月\n"
    "今年县政协共收到提案130件,经审查立案121件。\n"
    "会上,县住建局共承办县政协提案11件,已全部办复。\n"
)

# a body's own report that names the bureau it passed a share to, the national intake by members, and a
# 委员会内 (no party's inside): each keeps the body's row
BUREAU_NAMED_LATER = (
    "县政协提案工作情况通报\n2024年12月\n"
    "今年县政协共收到提案140件,经审查立案126件,其中涉及农业的14件交县农业农村局承办。\n"
    "目前已办复120件。\n"
)
NATIONAL_INTAKE_BY_MEMBERS = (
    "全国政协提案工作综述\n2024年3月\n"
    "截至3月8日,委员们向全国政协提交提案5600件,经审查立案4900件。\n"
)
COMMITTEE_INSIDE = (
    "市政协全会新闻\n2024年1月\n"
    "市政协委员会内共有委员420名,本次会议共收到提案360件,经审查立案330件。\n"
)

# a headline's rounded intake over the exact one, a plan and a change in counts, adoption written after
# its count and its negation
ROUNDED_AND_ADOPTED = (
    "中国人民政治协商会议重庆市奉节县委员会常务委员会工作报告\n2024年工作回顾\n"
    "县政协全年收到提案近200件。\n"
    "全年共收到提案196件,经审查立案180件,严把立案标准,减少立案数量20多件。\n"
    "已办结的提案中,36件提案建议得到采纳,45件提案暂不具备条件未被采纳。\n"
    "下一步,各民主党派拟提交提案300余件。\n"
)

# only a delegation's figures: no row at all
DELEGATION_ONLY = (
    "在渝全国政协委员履职综述\n2024年3月\n"
    "在渝全国政协委员共提交提案65件,立案58件。\n"
)

# every proposal received filed, the count written before 予以立案
ALL_FILED = (
    "中国人民政治协商会议重庆市石柱县委员会提案委员会关于提案审查情况的报告\n2024年1月\n"
    "截至1月10日,大会共收到提案49件,经审查,49件全部予以立案。\n"
)

# a five-year total written as 提案总数; 重要提案 selected first, then the fewer 重点提案 among them
TOTAL_AND_KEY = (
    "中国人民政治协商会议重庆市巫山县委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年提案总数达156件,经审查立案141件,从中筛选出重要提案30件,最后确定8件重点提案。\n"
)

# a people's congress's items beside the body's proposals: deputies' suggestions and bills counted in
# a sentence that never writes 提案 (and its rates) are the congress's, not the body's
CONGRESS_ITEMS = (
    "中国人民政治协商会议重庆市开州区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案140件,经审查立案128件,委员满意率98%。\n"
    "区政府办复议案3件、代表建议152件,办复率和满意率均为100%。\n"
    "同期共收到、立案人大代表建议152件。\n"
)

# a government's report on deputies' suggestions alone: no word 提案 anywhere, so no funnel at all
CONGRESS_ONLY = (
    "开州区人民政府关于2024年人大代表建议办理情况的报告\n2024年12月\n"
    "2024年,区政府共收到代表建议96件,分别交由31个部门承办。\n"
    "经各承办单位认真办理,96件建议全部按期办理完毕,答复率、满意率均为100%。\n"
)

# a department's report on its own share of the proposals it handled: its rates are no body's
DEPARTMENT_SHARE = (
    "区交通局2024年建议提案办理工作总结\n2024年11月\n"
    "截至10月底,所承办的建议提案全部按期办复,代表委员满意率100%。\n"
    "今年我局共承办区人大代表建议6件、区政协提案9件,其中主办提案7件,协办提案2件。\n"
)

# a 政协's news quoting a department on its share: the department's sentence is no body's count, the
# body's own figures stay
DEPARTMENT_QUOTED = (
    "县政协召开提案办理协商会\n2024年9月12日,县政协召开提案办理协商会。\n"
    "今年县政协共收到提案126件,经审查立案118件。\n"
    "县交通局负责人介绍,今年我局共承办县政协提案9件,已全部办复。\n"
)

# a news item early in a year reports the year before under 去年: its counts are that year's, not a
# comparison; a count compared with last year (较去年同期多提交…) stays out
LAST_YEAR_REPORTED = (
    "渝中区政协十五届三次会议开幕\n2024年1月10日\n"
    "去年全年区政协共收集提案132件,经审查立案120件。\n"
    "去年主席会议成员领衔督办重点提案6件。\n"
    "今年会议期间,委员较去年同期多提交提案15件。\n"
)

# a headline's rate below 100 after a count: only a part of the count was handled
PART_HANDLED_HEADLINE = (
    "衢江区政协:委员提交提案180件 立案160件 98.1%已办复\n2024年1月8日\n"
    "衢江区政协十届三次会议今天开幕。\n"
)

# those satisfied split by degree: each degree's share is no satisfaction rate, a word of 率 still is
SATISFIED_BY_DEGREE = (
    "中国人民政治协商会议重庆市铜梁区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案168件,经审查立案150件,办复率100%。\n"
    "委员对办理结果非常满意的占52.4%,满意的占40.1%,满意率合计92.5%。\n"
)
SATISFIED_BY_DEGREE_TRADITIONAL = (
    "中國人民政治協商會議重慶市潼南區委員會常務委員會工作報告\n2024年工作回顧\n"
    "全年共收到提案142件,經審查立案131件。\n"
    "委員對辦理結果非常滿意的佔61.3%,滿意的佔35.2%。\n"
)

# one government named among the handlers: its count and the rate after it are its own share
ONE_HANDLER_AMONG = (
    "中国人民政治协商会议重庆市永川区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案136件,经审查立案121件。\n"
    "其中,区政府承办98件,满意率达到97%。\n"
)

# the last count of a list the handling verb covers with 均: no count of all that were handled
LIST_ALL_HANDLED = (
    "中国人民政治协商会议重庆市江津区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案91件,经审查立案86件。\n"
    "大会提案80件和平时提案6件均已办复。\n"
)

# (fix20b) the government's share stops at its own clause: rates further on are the body's again
HANDLER_THEN_BODY_RATES = (
    "中国人民政治协商会议重庆市綦江区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案186件,共立案172件,其中区政府承办140件,目前已全部办复,办复率100%,满意率97%。\n"
)
HANDLERS_THEN_BODY_RATES = (
    "中国人民政治协商会议重庆市大足区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案228件,共立案205件,其中由区政府系统承办170件,群团组织承办35件,"
    "提案办复率100%,委员满意和基本满意率达99%。\n"
)
# (fix20b) a degree joined to the bare word is counted with it: the total; degrees' shares 分别 are not
DEGREE_JOINED = (
    "中国人民政治协商会议重庆市璧山区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案150件,经审查立案139件。\n"
    "提案者表示满意和非常满意的占96%。\n"
)
DEGREES_RESPECTIVELY = (
    "中国人民政治协商会议重庆市荣昌区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案133件,经审查立案120件。\n"
    "委员对办理结果非常满意和满意的分别占58%和37%。\n"
)

# a selection word earlier in the sentence picks the count after it (the clause before the count is
# cut by another figure: 4个方面18件), written forward or as 从中选出; an award is no selection
SELECTED_ACROSS_A_FIGURE = (
    "中国人民政治协商会议重庆市永川区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案128件,经审查立案116件。\n"
    "区政协在听取各党派团体意见的基础上,遴选出涉及乡村振兴、城市更新、养老服务等4个方面18件提案,"
    "经主席会议研究,确定为年度督办提案。\n"
)
SELECTED_FROM_THEM = (
    "中国人民政治协商会议重庆市铜梁区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案104件,经审查确定立案97件。区政协提案委员会从中选出11件提案,由区领导分别领办。\n"
)
AWARDED_NOT_SELECTED = (
    "中国人民政治协商会议重庆市潼南区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案96件,经审查立案90件。全会评选出优秀提案15件。\n"
)

# a selection of what is no key proposal: a speech, a topic, a report or a book (review29)
SELECTED_FOR_OTHER_USES = (
    "中国人民政治协商会议重庆市綦江区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案126件,经审查立案112件。从立案提案中选出12件作为全会大会发言材料。"
    "主席会议遴选出10件提案作为年度协商议题。各专委会从中选出5份调研报告报送区委。\n"
)
# a handling word right before a percentage names its rate though 率 is not written (立案N件办结100%),
# as does 办理答复 after one (提案100%得到办理答复); a handling word earlier in the clause names none
HANDLED_NO_RATE_WORD = (
    "中国人民政治协商会议重庆市大足区委员会常务委员会工作报告\n2024年工作回顾\n"
    "区政协全年调研23次,收到提案150件 立案136件办复100%\n"
)
ANSWERED_AFTER = (
    "中国人民政治协商会议重庆市璧山区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案152件,经审查立案141件。提案100%得到办理答复,所提问题已经解决的89件。\n"
)
HANDLED_EARLIER_IN_CLAUSE = (
    "中国人民政治协商会议重庆市荣昌区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案118件,经审查立案104件。已办结提案中落实的占90%。\n"
)

# a handling word before a percentage names the proposals' rate only after proposals in its sentence and
# with no other body's items before it (社情民意信息按时答复100%, 群众来信按时答复100%, 人大代表建议和政协提案办复100%)
OTHER_ITEMS_ANSWERED = (
    "中国人民政治协商会议重庆市合川区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案150件,经审查立案139件。社情民意信息按时答复100%。\n"
)
LETTERS_ANSWERED = (
    "中国人民政治协商会议重庆市梁平区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案108件,经审查立案99件。群众来信按时答复100%,提案办理满意率97%。\n"
)
DEPUTIES_AND_PROPOSALS = (
    "中国人民政治协商会议重庆市江津区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案160件,经审查立案148件。全区人大代表建议和政协提案办复100%,代表委员满意率98%。\n"
)

# a rate without 率 for adoption and filing: the adoption word after a percentage (43.5%的提案建议得到采纳),
# the count of filings taking its share before one (立案数占收到提案总数的92.1%); not a denial (未被采纳)
# and not a share of the filed proposals (占立案数的40%)
ADOPTED_SHARE_AFTER = (
    "中国人民政治协商会议重庆市铜梁区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案126件,经审查立案117件。从答复情况看,43.5%的提案建议得到采纳落实,"
    "38.2%的提案建议正在办理落实中。\n"
)
NOT_ADOPTED_SHARE = (
    "中国人民政治协商会议重庆市潼南区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案131件,经审查立案120件。从答复情况看,6%的提案未被采纳。\n"
)
SUGGESTIONS_ADOPTED = (  # members' suggestions adopted, not proposals: no adoption rate
    "中国人民政治协商会议重庆市南川区委员会常务委员会工作报告\n2024年工作回顾\n"
    "全年共收到提案230件,经审查立案210件。委员提出的建议有85%得到采纳。\n"
)
FILINGS_SHARE_BEFORE = (
    "中国人民政治协商会议重庆市永川区委员会常务委员会工作报告\n2024年工作回顾\n"
    "截至1月20日,共收到提案241件。经提案委员会审查,共立案222件,立案数占收到提案总数的92.1%。"
    "立案的提案中,委员提案150件,占立案数的67.6%。\n"
)

# proposals counted in 个 where the noun 提案 follows the count directly (委员们共提交了386个提案);
# a count in 个 of anything else beside proposals (调整承办单位25个) is none
COUNTED_IN_GE = (
    "中国人民政治协商会议重庆市綦江区委员会常务委员会工作报告\n2024年工作回顾\n"
    "会议期间,委员们共提交了386个提案,调整承办单位25个,提案全部交办到位。\n"
)

CELLS = ("received", "filed", "merged", "transferred", "completed", "adopted", "key_supervised",
         "stated_filing_rate", "stated_completion_rate", "stated_satisfaction_rate", "stated_adoption_rate")


TEXTS = {
    "full": FULL_FUNNEL, "government": GOVERNMENT_TOTAL, "answered": ALL_ANSWERED, "selection": SELECTION_AND_PARTS,
    "clause": TWO_COUNTS_IN_A_CLAUSE, "after": WORDS_AFTER, "handler": GOVERNMENT_PART, "same_a": SAME_BODY_A,
    "same_b": SAME_BODY_B, "wrapped": WRAPPED, "session": SESSION_AND_YEAR, "grouped": GROUPED,
    "satisfied": SATISFIED, "satisfied_count": SATISFIED_COUNT, "satisfied_apart": SATISFIED_APART,
    "headline": HEADLINE_REPEAT, "classes": OUTCOME_CLASSES, "tenths": TENTHS, "key_rates": KEY_RATES,
    "merged_into": MERGED_INTO, "delegation": DELEGATION, "rounded": ROUNDED_AND_ADOPTED,
    "total_and_key": TOTAL_AND_KEY, "delegation_only": DELEGATION_ONLY, "all_filed": ALL_FILED,
    "congress": CONGRESS_ITEMS, "congress_only": CONGRESS_ONLY, "department": DEPARTMENT_SHARE,
    "department_quoted": DEPARTMENT_QUOTED, "last_year": LAST_YEAR_REPORTED, "member_groups": MEMBER_GROUPS,
    "member_group_only": MEMBER_GROUP_ONLY, "part_handled": PART_HANDLED_HEADLINE,
    "party_inside_only": PARTY_INSIDE_ONLY, "party_inside_only_traditional": PARTY_INSIDE_ONLY_TRADITIONAL,
    "upward_only": UPWARD_ONLY, "letters": SENT_AS_LETTERS, "bureau": BUREAU_SHARE, "bureau_quoted": BUREAU_QUOTED,
    "bureau_named_later": BUREAU_NAMED_LATER, "national_by_members": NATIONAL_INTAKE_BY_MEMBERS,
    "committee_inside": COMMITTEE_INSIDE, "degrees": SATISFIED_BY_DEGREE,
    "degrees_traditional": SATISFIED_BY_DEGREE_TRADITIONAL, "one_handler": ONE_HANDLER_AMONG,
    "list_all": LIST_ALL_HANDLED, "handler_then_body": HANDLER_THEN_BODY_RATES,
    "handlers_then_body": HANDLERS_THEN_BODY_RATES, "degree_joined": DEGREE_JOINED,
    "degrees_respectively": DEGREES_RESPECTIVELY, "selected_across": SELECTED_ACROSS_A_FIGURE,
    "selected_from": SELECTED_FROM_THEM, "awarded": AWARDED_NOT_SELECTED, "other_uses": SELECTED_FOR_OTHER_USES,
    "handled_no_rate_word": HANDLED_NO_RATE_WORD, "answered_after": ANSWERED_AFTER,
    "handled_earlier": HANDLED_EARLIER_IN_CLAUSE, "other_items_answered": OTHER_ITEMS_ANSWERED,
    "letters_answered": LETTERS_ANSWERED, "deputies_and_proposals": DEPUTIES_AND_PROPOSALS,
    "adopted_share_after": ADOPTED_SHARE_AFTER, "not_adopted_share": NOT_ADOPTED_SHARE,
    "suggestions_adopted": SUGGESTIONS_ADOPTED, "filings_share_before": FILINGS_SHARE_BEFORE,
    "counted_in_ge": COUNTED_IN_GE,
}


@pytest.fixture(scope="module")
def funnels(prefect_harness, tmp_path_factory):
    """{document stem: [funnel rows as dicts]} of one flow run over the texts above."""
    return funnel_rows(tmp_path_factory.mktemp("funnels"), TEXTS, CELLS)


def test_a_report_of_every_stage_gets_one_row_with_each_cell_right(funnels):
    assert funnels["full"] == [{
        "received": 260, "filed": 231, "merged": 12, "transferred": 17, "completed": 231, "adopted": 178,
        "key_supervised": 9, "stated_filing_rate": 88.8, "stated_completion_rate": 100,
        "stated_satisfaction_rate": 99.1, "stated_adoption_rate": 77.1,
    }]


def test_a_governments_handling_total_is_not_the_bodys_intake(funnels):
    [row] = funnels["government"]
    assert (row["received"], row["filed"], row["stated_completion_rate"]) == (180, 165, 100)


def test_all_answered_after_the_filed_count_completes_it_but_states_no_rate(funnels):
    [row] = funnels["answered"]
    assert (row["received"], row["filed"]) == (95, 88)  # 去年收到…120件 is last year's, not this one's
    assert row["completed"] == 88 and row["stated_completion_rate"] is None


def test_a_selection_among_filed_proposals_and_a_part_of_the_transferred_keep_their_totals(funnels):
    [row] = funnels["selection"]
    assert (row["received"], row["filed"], row["transferred"], row["key_supervised"], row["completed"]) == \
        (150, 142, 8, 10, 142)
    assert (row["stated_completion_rate"], row["stated_satisfaction_rate"]) == (100, 98.6)  # 分别 in order


def test_the_verb_between_two_counts_is_the_second_ones(funnels):
    [row] = funnels["clause"]
    assert (row["received"], row["completed"]) == (120, 115)


def test_words_after_a_figure_transfer_it_or_state_a_rate_unless_a_part_or_a_figure_stands_between(funnels):
    [row] = funnels["after"]
    assert (row["received"], row["filed"], row["transferred"]) == (210, 190, 20)
    assert row["stated_completion_rate"] == 97.5
    assert row["completed"] is None  # 绝大多数已经办结 is true of only part of the 190


def test_a_part_of_what_the_government_received_is_not_the_bodys_intake(funnels):
    [row] = funnels["handler"]
    assert row["received"] is None and row["filed"] is None and row["key_supervised"] is None
    assert row["stated_satisfaction_rate"] == 98


def test_two_texts_on_one_body_and_year_keep_a_row_each(funnels):
    [a], [b] = funnels["same_a"], funnels["same_b"]
    assert (a["received"], a["filed"]) == (21000, 19000)
    assert (b["received"], b["filed"]) == (21046, 18977)


def test_the_words_around_a_figure_are_kept_in_simplified_script():
    metrics = extract("經審查,立案803件﹔不予立案28件。立案的129件提案已全部辦理完畢,辦結率達100%。").metrics
    words = [(m.mention_text, m.clause_before, m.clause_after) for m in metrics]
    assert words == [("803件", "立案", ""), ("28件", "不予立案", ""),  # ﹔ folds to a clause break
                     ("129件", "立案的", "提案已全部办理完毕"), ("100%", "办结率达", "")]


def test_a_fixed_width_copy_reads_across_its_line_breaks(funnels):
    [row] = funnels["wrapped"]
    assert (row["received"], row["filed"], row["stated_satisfaction_rate"]) == (132, 120, 98.5)
    assert row["completed"] == 120  # 立案120件,交由…办理,年内已全部办复(wrapped)完毕 (funnel33)


def test_a_sessions_count_beside_the_years_other_proposals_is_no_total_intake(funnels):
    [row] = funnels["session"]
    assert row["received"] is None and row["filed"] == 203
    assert row["stated_completion_rate"] == 100  # 回复率 is the rate of answered proposals
    assert row["key_supervised"] == 14  # 重点提案…主席会议成员领衔督办14件


def test_proposals_grouped_together_count_as_merged_not_what_they_became(funnels):
    [row] = funnels["grouped"]
    assert (row["received"], row["filed"], row["merged"]) == (176, 150, 19)


def test_a_line_break_of_a_fixed_width_copy_is_no_clause_break():
    """Three lines of one width break inside words; the short headings after them stay lines."""
    text = ("2019年,县政协提案委员会共收到提案86件,经提案委员会审查立\n"
            "案80件,均已交有关单位办理,至年底已全部办复,办复率达100%,\n"
            "委员对办理结果表示满意和基本满意的占97.6%,较上年有所提高。\n"
            "一、提案工作\n二、视察工作\n")
    metrics = extract(text).metrics
    assert [(m.value, m.clause_before) for m in metrics][:2] == [(86, "县政协提案委员会共收到提案"),
                                                                  (80, "经提案委员会审查立案")]


def test_a_headline_over_its_source_line_is_no_fixed_width_block():
    from lvzhi.extract.normalize import analysis_text

    text = "提案质量提升 区政协三届二次会议收到提案186件\n信息来源:区政协办公室 发布日期:2021年1月\n正文"
    assert "186件\n信息来源" in analysis_text(text).text


def test_rows_of_a_list_are_not_joined_as_wrapped_lines():
    """Lines of about the same width that start a new entry (2022年…) are rows, not one wrapped
    phrase; two numbers across a break stay two numbers."""
    from lvzhi.extract.normalize import _wrap_spans

    rows = "\n".join(f"{year}年全市政协委员提交提案共计{count}件，立案率百分之九十" for year, count in
                     [(2021, 356), (2022, 371), (2023, 380), (2024, 412)])
    assert _wrap_spans(rows) == []
    table = "\n".join(["全市政协委员共提交提案的数量为356", "2022年全市政协委员共提交提案数为371", "2023年全市政协委员共提交提案数为380"])
    assert _wrap_spans(table) == []
    wrapped = "\n".join(["本届以来经过各专门委员会认真审查后予以立", "案六十六件，并案处理的提案共有十二件，其",
                         "余的全部转为委员来信交由有关部门研究处理"])
    assert len(_wrap_spans(wrapped)) == 2


def test_the_words_of_those_satisfied_after_a_percentage_or_a_count_state_the_satisfaction_rate(funnels):
    [after] = funnels["satisfied"]
    assert (after["received"], after["filed"], after["stated_satisfaction_rate"]) == (118, 109, 99.1)
    [share] = funnels["satisfied_count"]
    assert (share["filed"], share["stated_satisfaction_rate"]) == (80, 95)
    [apart] = funnels["satisfied_apart"]
    assert apart["stated_satisfaction_rate"] is None  # 满意 and 基本满意 apart: no combined rate


def test_a_share_of_a_count_written_twice_is_its_stages_rate(funnels):
    [row] = funnels["headline"]
    assert (row["received"], row["filed"], row["completed"], row["stated_filing_rate"]) == (170, 156, 156, 91.8)


def test_outcome_classes_state_adoption_only_where_adopted(funnels):
    [row] = funnels["classes"]
    assert (row["filed"], row["stated_adoption_rate"]) == (128, 41.4)
    assert row["adopted"] is None  # 不具备条件采纳 is no stage
    # 办结类型为A类的有53件 is no stage; 立案128件,截至年底全部办复 completes the filed count (funnel33)
    assert row["completed"] == 128


def test_a_part_in_tenths_before_a_stage_word_gives_the_count_no_stage(funnels):
    [row] = funnels["tenths"]
    assert (row["received"], row["filed"]) == (1520, 1306)


def test_a_rate_word_after_a_count_is_no_stage_of_the_count(funnels):
    [row] = funnels["key_rates"]
    assert (row["filed"], row["key_supervised"], row["stated_completion_rate"]) == (90, 12, 100)
    assert row["completed"] is None  # 12件重点提案办复率…100%: a rate, not 12 completed


def test_a_rate_below_100_between_a_count_and_its_handling_verb_leaves_the_count_unhandled(funnels):
    [row] = funnels["part_handled"]
    assert (row["received"], row["filed"], row["stated_completion_rate"]) == (180, 160, 98.1)
    assert row["completed"] is None  # 立案160件 98.1%已办复: 98.1% of the 160 were handled, not all


def test_proposals_merged_into_fewer_count_before_the_word_and_a_transfer_worded_as_opinions(funnels):
    [row] = funnels["merged_into"]
    assert (row["received"], row["filed"], row["merged"], row["transferred"]) == (150, 125, 26, 8)


def test_a_delegations_proposals_make_no_funnel_beside_the_bodys(funnels):
    [row] = funnels["delegation"]
    assert (row["received"], row["filed"], row["stated_filing_rate"]) == (5898, 4979, 84.4)


def test_a_group_of_the_bodys_members_counts_its_own_share_not_the_bodys_intake(funnels):
    [row] = funnels["member_groups"]
    assert (row["received"], row["filed"]) == (168, 150)


def test_a_text_of_a_member_groups_proposals_only_makes_no_row(funnels):
    assert "member_group_only" not in funnels


def test_a_partys_members_named_from_inside_the_party_make_no_row(funnels):
    assert "party_inside_only" not in funnels
    assert "party_inside_only_traditional" not in funnels


def test_a_bureaus_account_of_its_share_makes_no_row_and_quoted_leaves_the_bodys_figures(funnels):
    assert "bureau" not in funnels
    [row] = funnels["bureau_quoted"]
    assert (row["received"], row["filed"]) == (130, 121)
    assert row["completed"] is None  # the bureau's 11 answered are its own share


def test_a_local_bodys_proposals_to_the_national_body_make_no_row(funnels):
    assert "upward_only" not in funnels


def test_those_sent_on_as_letters_are_transferred_and_the_merged_inside_the_filed_are_merged(funnels):
    [row] = funnels["letters"]
    assert (row["received"], row["filed"], row["merged"], row["transferred"]) == (320, 280, 30, 10)


@pytest.mark.parametrize("sentence_before, a_group", [
    # a democratic party, its committee or its members in the body as the ones who submit
    ("民建会员政协委员共提交了", True),
    ("民進市委在全會期間先後遞交", True),
    ("九三学社社员委员共提出", True),
    # members from Hong Kong, Macao or overseas Chinese circles
    ("五年来,省政协港澳委员共提交", True),
    ("特邀香港委員提出", True),
    ("僑界委员积极建言,共提交", True),
    # the body's own total, with its contributors named as a whole, is no group's share
    ("一年来,政协委员、各民主党派、工商联和人民团体共提交", False),
    ("政协委员和民建、民盟等参加单位共提交", False),
    # a committee named after those members is not them
    ("省政协港澳台侨委员会提出", False),
    ("港澳委员会副主任介绍,全会共收到", False),
    # a party's members or committee named from inside the party
    ("会员中的12名市政协委员共向大会提交", True),
    ("社內省政協委員提交", True),
    ("以市委会名义提交", True),
    # the body's own proposals to the national body; the national intake from its members is not that
    ("省政协积极服务国家战略,向全国政协提交", True),
    ("全国政协委员向全国政协提交", False),
    ("委员们踊跃提交", False),
])
def test_a_group_of_members_is_told_from_the_bodys_total(sentence_before, a_group):
    """The cues are RE2 patterns (\\p{Han}): matched here by duckdb, as int_proposal_figures does."""
    import csv

    from lvzhi.extract.vocab import reference_dir

    with (reference_dir() / "proposal_handler_cues.csv").open(encoding="utf-8", newline="") as handle:
        cues = [row for row in csv.DictReader(handle) if "adoption_rate" in row["blocks"]]
    con = duckdb.connect()
    matched = any(con.execute("select regexp_matches(?, ?)", [sentence_before, cue["pattern"]]).fetchone()[0]
                  for cue in cues)
    assert matched == a_group


def test_an_exact_intake_beats_a_rounded_repeat_and_adoption_reads_after_its_count_unless_negated(funnels):
    [row] = funnels["rounded"]
    assert (row["received"], row["filed"], row["adopted"]) == (196, 180, 36)


def test_a_total_worded_as_such_is_the_intake_and_key_proposals_are_the_final_selection(funnels):
    [row] = funnels["total_and_key"]
    assert (row["received"], row["filed"], row["key_supervised"]) == (156, 141, 8)


def test_a_text_of_a_delegations_proposals_only_makes_no_row(funnels):
    assert "delegation_only" not in funnels


def test_a_count_all_filed_is_the_filed_count(funnels):
    [row] = funnels["all_filed"]
    assert (row["received"], row["filed"]) == (49, 49)


def test_a_congresss_suggestions_and_bills_and_their_rates_are_no_proposal_figures(funnels):
    [row] = funnels["congress"]
    assert (row["received"], row["filed"], row["stated_satisfaction_rate"]) == (140, 128, 98)
    assert row["completed"] is None and row["stated_completion_rate"] is None


def test_a_text_on_deputies_suggestions_alone_makes_no_row(funnels):
    assert "congress_only" not in funnels


def test_a_departments_report_on_its_own_share_makes_no_row(funnels):
    assert "department" not in funnels


def test_a_department_quoted_in_a_bodys_news_leaves_the_bodys_figures(funnels):
    [row] = funnels["department_quoted"]
    assert (row["received"], row["filed"]) == (126, 118)
    assert row["completed"] is None  # the department's 9 answered are its own share


@pytest.mark.parametrize("sentence", [
    "今年我局共计承办区政协提案9件。",
    "今年我局共計承辦區政協提案9件。",  # the sentence is read as written: traditional script too
    "本单位累计办理政协提案12件。",
    "本單位累計辦理政協提案12件。",
    "今年我局共受理代表建议、政协提案4件。",
    "截至目前,该局已成功办理提案答复5件。",
    "2022年,区交通运输局共承办区人大代表建议20件和区政协提案9件。",
    "市教育局累計承辦政協提案6件。",
])
def test_a_departments_own_share_is_told_in_either_script(sentence):
    import csv
    import re

    from lvzhi.extract.vocab import reference_dir

    with (reference_dir() / "proposal_text_cues.csv").open(encoding="utf-8", newline="") as handle:
        patterns = [row["pattern"] for row in csv.DictReader(handle)]
    assert any(re.search(pattern, sentence) for pattern in patterns)


def test_last_years_counts_reported_under_qunian_are_that_years_funnel(funnels):
    [row] = funnels["last_year"]  # the count compared with last year makes no row of its own
    assert (row["received"], row["filed"], row["key_supervised"]) == (132, 120, 6)


def _outside_words() -> list[str]:
    import csv

    from lvzhi.extract.vocab import reference_dir

    with (reference_dir() / "proposal_outside_words.csv").open(encoding="utf-8", newline="") as handle:
        return [row["word"] for row in csv.DictReader(handle)]


@pytest.mark.parametrize("words_before, outside", [
    # a count compared with last year's is not the body's intake (int_proposal_figures: instr of a word)
    ("立案数高于去年的", True),
    ("提交数量少于去年的", True),
    # ... but last year as the time of the body's own intake is no comparison
    ("区政协于去年12月至今共收到提案", False),
    ("于去年共收到委员提案", False),
])
def test_last_year_is_outside_only_in_a_comparison(words_before, outside):
    assert any(word in words_before for word in _outside_words()) == outside


@pytest.mark.parametrize(("stem", "received", "filed"), [
    ("bureau_named_later", 140, 126), ("national_by_members", 5600, 4900), ("committee_inside", 360, 330)])
def test_a_bureau_or_a_group_named_in_passing_leaves_the_body_s_row(funnels, stem, received, filed):
    [row] = funnels[stem]
    assert (row["received"], row["filed"]) == (received, filed)


def test_shares_of_those_satisfied_by_degree_state_no_satisfaction_rate(funnels):
    [row] = funnels["degrees"]  # 非常满意的占52.4%, 满意的占40.1% are degrees; 满意率合计92.5% is the rate
    assert (row["received"], row["stated_completion_rate"], row["stated_satisfaction_rate"]) == (168, 100, 92.5)
    [row] = funnels["degrees_traditional"]
    assert (row["received"], row["filed"], row["stated_satisfaction_rate"]) == (142, 131, None)


def test_one_government_among_the_handlers_counts_its_own_share_and_rate(funnels):
    [row] = funnels["one_handler"]
    assert (row["received"], row["filed"], row["stated_satisfaction_rate"]) == (136, 121, None)


def test_the_last_count_of_a_list_all_handled_is_no_completed_count(funnels):
    [row] = funnels["list_all"]
    assert (row["received"], row["filed"], row["completed"]) == (91, 86, None)


def test_rates_after_the_handlers_own_clause_are_the_bodys(funnels):
    [row] = funnels["handler_then_body"]
    assert (row["received"], row["filed"], row["stated_completion_rate"], row["stated_satisfaction_rate"]) \
        == (186, 172, 100, 97)
    [row] = funnels["handlers_then_body"]
    assert (row["received"], row["filed"], row["stated_completion_rate"], row["stated_satisfaction_rate"]) \
        == (228, 205, 100, 99)


def test_a_degree_joined_to_the_bare_word_is_the_total_rate(funnels):
    [row] = funnels["degree_joined"]
    assert (row["received"], row["filed"], row["stated_satisfaction_rate"]) == (150, 139, 96)
    [row] = funnels["degrees_respectively"]
    assert (row["received"], row["filed"], row["stated_satisfaction_rate"]) == (133, 120, None)


@pytest.mark.parametrize("sentence_before, blocked", [
    # the handler's own count, and the clause right after it
    ("共立案172件,其中区政府承办", True),
    ("其中,区政府承办86件,满意率达到", True),
    ("其中区政府共承办提案120余件,满意率", True),
    ("共立案205件,其中由区政府系统承办170件,群团组织承办", True),
    # rates in a later clause are the body's again
    ("共立案172件,其中区政府承办140件,目前已全部办复,办复率", False),
    ("其中由区政府系统承办170件,群团组织承办35件,提案办复率", False),
])
def test_a_handler_among_others_blocks_only_its_own_clause(sentence_before, blocked):
    """The handler row (其中…政府…承办) reaches the handler's count and the clause after it, no further."""
    import csv

    from lvzhi.extract.vocab import reference_dir

    with (reference_dir() / "proposal_handler_cues.csv").open(encoding="utf-8", newline="") as handle:
        cues = [row["pattern"] for row in csv.DictReader(handle) if row["pattern"].startswith("其中")]
    con = duckdb.connect()
    assert any(con.execute("select regexp_matches(?, ?)", [sentence_before, cue]).fetchone()[0]
               for cue in cues) == blocked


def test_a_selection_word_earlier_in_the_sentence_picks_the_key_proposals(funnels):
    [row] = funnels["selected_across"]  # 遴选出…等4个方面18件提案: the 4个方面 cuts the clause
    assert (row["received"], row["filed"], row["key_supervised"]) == (128, 116, 18)
    [row] = funnels["selected_from"]  # 从中选出11件提案
    assert (row["received"], row["filed"], row["key_supervised"]) == (104, 97, 11)


def test_proposals_awarded_are_not_key_proposals(funnels):
    [row] = funnels["awarded"]  # 评选出优秀提案15件
    assert (row["received"], row["filed"], row["key_supervised"]) == (96, 90, None)


def test_a_selection_for_a_speech_a_topic_or_a_report_is_no_key_proposal(funnels):
    (row,) = funnels["other_uses"]
    assert (row["received"], row["filed"], row["key_supervised"]) == (126, 112, None)


def test_a_handling_word_right_before_or_after_a_percentage_states_the_completion_rate(funnels):
    [row] = funnels["handled_no_rate_word"]
    assert (row["received"], row["filed"], row["completed"], row["stated_completion_rate"]) == (150, 136, 136, 100)
    [row] = funnels["answered_after"]
    assert (row["received"], row["filed"], row["stated_completion_rate"]) == (152, 141, 100)
    assert row["completed"] is None  # 100%得到办理答复 ties no count


def test_a_handling_word_earlier_in_the_clause_states_no_rate(funnels):
    [row] = funnels["handled_earlier"]
    assert (row["received"], row["filed"]) == (118, 104)
    assert row["stated_completion_rate"] is None  # 已办结提案中落实的占90%: a share of those handled


@pytest.mark.parametrize("name, received, filed", [
    ("other_items_answered", 150, 139), ("letters_answered", 108, 99), ("deputies_and_proposals", 160, 148)])
def test_a_handling_word_of_other_items_states_no_proposal_rate(funnels, name, received, filed):
    [row] = funnels[name]
    assert (row["received"], row["filed"], row["stated_completion_rate"]) == (received, filed, None)


def test_a_percentage_followed_by_the_adoption_word_states_the_adoption_rate(funnels):
    [row] = funnels["adopted_share_after"]
    assert (row["received"], row["filed"], row["stated_adoption_rate"]) == (126, 117, 43.5)
    assert row["adopted"] is None and row["stated_completion_rate"] is None  # 正在办理落实中 states none
    [row] = funnels["not_adopted_share"]
    assert (row["received"], row["filed"], row["stated_adoption_rate"]) == (131, 120, None)
    [row] = funnels["suggestions_adopted"]
    assert (row["received"], row["filed"], row["stated_adoption_rate"]) == (230, 210, None)


def test_the_count_of_filings_taking_its_share_states_the_filing_rate(funnels):
    [row] = funnels["filings_share_before"]
    assert (row["received"], row["filed"], row["stated_filing_rate"]) == (241, 222, 92.1)


def test_proposals_counted_in_ge_are_received(funnels):
    [row] = funnels["counted_in_ge"]
    assert row["received"] == 386
    assert all(row[cell] is None for cell in CELLS if cell != "received")  # 承办单位25个 is no stage
