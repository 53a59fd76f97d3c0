"""Bodies counted as the handlers of proposals (minidev s27a): the proposal handed out may open the
figure's sentence far before the count, past a long roll of recipients, and the bodies may 研究办理 it.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    # the handed document opens the sentence, a roll of recipients longer than the near window between
    ("立案的提案,分别送交省委各部门、省人大常委会办公厅、省政府各厅局和直属机构、省法院、省检察院,"
     "中央驻省有关单位,各市、县(区)党委和人民政府,以及有关人民团体共128个承办单位办理。", "128"),
    # 研究办理: a co-verb before the verb, the bodies still 办理 the proposals
    ("立案的提案由64个承办单位研究办理、推动落实。", "64"),
    ("本次会议立案提案交由41个单位研究办理。", "41"),
])
def test_handlers_of_proposals_are_named_by_what_they_do(sentence, numeral):
    figure = the_figure(sentence, numeral)
    assert figure.subject.startswith("办理提案的")
    assert figure.category == "proposals"


def test_a_proposal_in_an_earlier_sentence_far_back_names_no_handlers():
    # the sentence's own head is read, not a sentence before it beyond the near window
    text = ("大会共收到提案200件。本月以来,委员企业为群众开展了多项便民服务,先后走访困难家庭、个体工商户、"
            "小微企业和多个社区的老年人、残疾人,并帮助23家单位办理了相关手续。")
    assert "提案" not in the_figure(text, "23").subject


def test_bodies_that_study_something_else_are_no_handlers():
    # 研究 followed by its own object, no verb of handling: not the handler reading
    assert the_figure("全年共收到提案90件。12家单位研究了产业规划。", "12").subject != "办理提案的单位"


def test_a_verb_with_its_own_object_looks_only_near():
    # 办理了各类审批手续: the bodies' errand has its object; the 提案 the sentence opened with is not it
    text = ("全年共收到提案312件,立案286件;组织委员开展“三服务”活动,深入园区、企业、社区、乡村走访调研,"
            "协调解决融资、用工、用地等难题,帮助56家单位办理了各类审批手续。")
    assert "提案" not in the_figure(text, "56").subject
