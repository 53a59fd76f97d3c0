"""A filed count handled in full later in its sentence is the completed count (funnel33): 立案N件, then
全部/均 + 办复/办结/答复/办理完毕 in the same sentence (a count of those handling, 分送N个承办单位, may stand
between) gives completed = N. Not in a later sentence, not with no filed count, not when another count, a
part (其中, 其余, 大部分), a list of filed counts, a plan (力争) or a handing over (全部交由…) stands between,
not for a rate (全部提案办复率100%), not when the completed word does not end its clause (办结时间) or its
clause names another subject (重点提案全部办结). Sentences written for the test."""
from __future__ import annotations

import pytest

from funnels import funnel_rows

HEAD = "中国人民政治协商会议{place}委员会\n2023年12月\n"

FIRES = {
    # a count of the units handling them between the filed count and the handling
    "handlers_between": ("南平市", "本届一次会议以来,共收到提案350件,经审查,立案321件,分送62个承办单位办理,"
                                   "截至10月底已全部办复,办复率100%。", 321),
    # right after, in the next clause
    "next_clause": ("三明市", "今年共征集到提案75件,经审查立案70件,全部办复完毕。", 70),
    # 全部提案 … 办结, a date between the quantifier and the word
    "all_proposals": ("龙岩市", "全年收到提案96件。对立案的88件提案,及时转交有关部门,全部提案于10月底办结。", 88),
    # 均已, traditional script
    "traditional": ("寧德市", "全年共收到提案210件,經審查立案196件,均已按時辦結。", 196),
}

STAYS_EMPTY = {
    # 全部办复 in a later sentence, with no count
    "later_sentence": ("莆田市", "全年共收到提案120件,经审查立案110件。各承办单位高度重视,已全部办复完毕。"),
    # no filed count before it
    "no_filed_count": ("泉州市", "全年共收到提案140件,交由各承办单位办理,目前均已办复。"),
    # another count the handling may be about, or a part
    "count_between": ("漳州市", "全年共收到提案250件,经审查立案230件,其中重点提案12件,均已办结。"),
    "suggestions_between": ("厦门市", "全年共收到提案190件,经审查立案180件,提出意见建议420条,全部按时答复。"),
    "the_rest": ("福州市", "全年共收到提案160件,立案150件,重点提案已先行办复,其余全部办结。"),
    "most": ("宜春市", "全年共收到提案170件,立案158件,绝大多数已经办复,全部办结尚需时日。"),
    # two filed counts, one 均 over both: no count of the whole
    "filed_list": ("萍乡市", "全年共收到提案180件,委员提案立案140件,集体提案立案25件,均已办复。"),
    # a plan, a handing over, a rate
    "plan": ("上饶市", "全年共收到提案170件,立案160件,力争年底前全部办结。"),
    "handed_over": ("抚州市", "全年共收到提案100件,立案90件,全部交由承办单位答复。"),
    "rate": ("吉安市", "全年共收到提案220件,立案200件,全部提案办复率100%。"),
    # (review33) the completed word does not end its clause: a time, a period, a system, a follow-up
    "average": ("鹰潭市", "全年共收到提案200件,经审查立案186件,平均办结时间缩短至45天。"),
    "time_limit": ("新余市", "全年共收到提案200件,经审查立案186件,全部提案办结时限为三个月。"),
    "follow_up": ("景德镇市", "全年共收到提案200件,经审查立案186件,对全部提案的办理答复情况开展跟踪问效。"),
    "afterwards": ("九江市", "全年共收到提案200件,经审查立案186件,待全部办结后开展满意度测评。"),
    # (review33) another subject handled in full: a part, last year's, other items
    "key_only": ("南昌市", "全年共收到提案200件,经审查立案186件,重点提案全部办结。"),
    "carried_over": ("赣州市", "全年共收到提案200件,经审查立案186件,上年度结转提案全部办结。"),
    "problems": ("丽水市", "全年共收到提案200件,经审查立案186件,委员反映的问题均得到答复。"),
    # (review33) all but some, a rule
    "but_some": ("衢州市", "全年共收到提案200件,经审查立案186件,除个别提案因涉及政策调整仍在办理外,均已办复。"),
    "rule": ("金华市", "全年共收到提案200件,经审查立案186件,均要在三个月内办复。"),
}

TEXTS = {name: HEAD.format(place=place) + sentence + "\n"
         for name, (place, sentence, *_) in {**FIRES, **STAYS_EMPTY}.items()}

CELLS = ("received", "filed", "completed", "stated_completion_rate")


@pytest.fixture(scope="module")
def funnels(prefect_harness, tmp_path_factory):
    """{document stem: [funnel rows as dicts]} of one flow run over the texts above."""
    return funnel_rows(tmp_path_factory.mktemp("funnel33"), TEXTS, CELLS)


@pytest.mark.parametrize("name", sorted(FIRES))
def test_a_filed_count_handled_in_full_in_its_sentence_is_the_completed_count(funnels, name):
    [row] = funnels[name]
    completed = FIRES[name][2]
    assert (row["filed"], row["completed"]) == (completed, completed)


@pytest.mark.parametrize("name", sorted(STAYS_EMPTY))
def test_handled_in_full_with_no_count_of_its_own_leaves_completed_empty(funnels, name):
    [row] = funnels[name]
    assert row["received"] is not None
    assert row["completed"] is None


def test_the_rate_stays_a_rate(funnels):
    [row] = funnels["rate"]
    assert (row["filed"], row["completed"], row["stated_completion_rate"]) == (200, None, 100)
    [row] = funnels["handlers_between"]
    assert row["stated_completion_rate"] == 100
